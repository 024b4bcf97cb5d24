// SPDX-License-Identifier: GPL-3.0-or-later
// The keys the README lists, pressed as a user presses them on the real window (offscreen): each
// does what the table says.
#include "credentials/keychainstore.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sessiondetailpane.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "sources/sessionsource.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"
#include "trendchartview.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

class CountingSource : public SessionSource
{
    Q_OBJECT

public:
    void fetch() override
    {
        ++fetches;
        m_fetching = true;
    }
    void cancel() override { m_fetching = false; }
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return QStringLiteral("rm-keys"); }
    void deliver()
    {
        m_fetching = false;
        emit snapshotReady(
            SnapshotBuilder(QStringLiteral("rm-keys"))
                .sessions({SessionBuilder(1)
                               .user(QStringLiteral("alice"))
                               .command(QStringLiteral("Query"))
                               .time(5)
                               .sql(QStringLiteral("SELECT 1")),
                    SessionBuilder(2).user(QStringLiteral("bob")).command(QStringLiteral("Sleep")).time(9),
                    SessionBuilder(3)
                        .user(QStringLiteral("=HYPERLINK(\"http://x\")"))
                        .command(QStringLiteral("Sleep"))
                        .time(1)})
                .counted()
                .build());
    }

    int fetches = 0;

private:
    bool m_fetching = false;
};

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keysDoWhatTheReadmeSays();
    void ctrlITogglesTheInstanceList();
    void menusOfferTheWholeShell();
    void helpListsTheReadmeKeys();
    void aboutNamesVersionAndLicence();
    void pauseLabelFollowsTheState();
    void ctrlQQuits();
};

void TestKeys::initTestCase()
{
    // The window remembers its layout: in test-mode settings, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeys::init()
{
    QSettings().clear();
}

void TestKeys::keysDoWhatTheReadmeSays()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.resize(1280, 720);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    monitor->setRefreshIntervalMs(0);
    auto* source = new CountingSource;
    monitor->setSource(source);
    monitor->refreshNow();
    source->deliver();
    QVERIFY(monitor->snapshot());
    window.sessionView()->setFocus();

    // F5: a snapshot now.
    const int before = source->fetches;
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(source->fetches, before + 1);
    source->deliver();

    // Space: pause, and again: resume.
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(monitor->isPaused());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!monitor->isPaused());

    // Ctrl+F: the filter box takes the keys.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.filterBar()->searchEdit()->hasFocus());
    window.sessionView()->setFocus();

    // Ctrl+C: the selected rows as TSV.
    window.sessionView()->selectSessions({1});
    QTest::keyClick(window.sessionView(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1String("alice")) && !copied.contains(QLatin1String("bob")), qPrintable(copied));
    // Copied rows are guarded like the CSV exports: a pasted cell never runs as a formula.
    window.sessionView()->selectSessions({3});
    QTest::keyClick(window.sessionView(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(QApplication::clipboard()->text().contains(QLatin1String("\t'=HYPERLINK(")),
        qPrintable(QApplication::clipboard()->text()));

    // Esc: the drill-down goes.
    window.drillDown(Dimension::User, QStringLiteral("bob"), {2}, {});
    QCOMPARE(window.sessionProxy()->rowCount(), 1);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(window.sessionProxy()->rowCount(), 3);

    // Ctrl+E: the export dialog.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    ExportDialog* exportDialog = nullptr;
    QTRY_VERIFY((exportDialog = window.findChild<ExportDialog*>()) != nullptr);
    exportDialog->reject();
}

void TestKeys::ctrlITogglesTheInstanceList()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor;
    InstanceController controller(monitor, &keychain);
    DemoLauncher demo;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("instancesDock"));
    QVERIFY(dock);
    const bool shown = dock->isVisible();
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(dock->isVisible(), !shown);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(dock->isVisible(), shown);
}

namespace {

QStringList actionTexts(const QMenu* menu)
{
    QStringList texts;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions) {
        if (!action->isSeparator())
            texts.append(action->text().remove(QLatin1Char('&')));
    }
    return texts;
}

} // namespace

void TestKeys::menusOfferTheWholeShell()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor;
    InstanceController controller(monitor, &keychain);
    DemoLauncher demo;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(actionTexts(window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"))),
        QStringList({QStringLiteral("Add instance…"), QStringLiteral("Import instances…"), QStringLiteral("Instances"),
            QStringLiteral("Open recording…"), QStringLiteral("Export snapshot…"), QStringLiteral("Audit log"),
            QStringLiteral("Quit")}));
    QCOMPARE(actionTexts(window.viewMenu()),
        QStringList({QStringLiteral("Overview"), QStringLiteral("Panes"), QStringLiteral("Columns"),
            QStringLiteral("Hours and minutes beside seconds"), QStringLiteral("Language")}));
    QCOMPARE(actionTexts(window.helpMenu()),
        QStringList(
            {QStringLiteral("Keyboard shortcuts"), QStringLiteral("About SessionScope"), QStringLiteral("About Qt")}));
    QCOMPARE(window.fileMenu()->actions().constLast()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    // Panes: the details and the charts can be put away, and stay put away.
    auto* panes = window.viewMenu()->findChild<QMenu*>(QStringLiteral("panesMenu"));
    QVERIFY(panes);
    QVERIFY(actionTexts(panes).contains(QStringLiteral("Instances")));
    auto* details = panes->findChild<QAction*>(QStringLiteral("detailPaneAction"));
    QVERIFY(details && details->isChecked());
    // (No instance yet: the first-run view is in front, the monitor's panes behind it.)
    QVERIFY(!window.detailPane()->isHidden());
    details->trigger();
    QVERIFY(window.detailPane()->isHidden());
    auto* charts = panes->findChild<QAction*>(QStringLiteral("chartsAction"));
    auto* chartPane = window.findChild<QSplitter*>(QStringLiteral("bottomSplitter"));
    QVERIFY(chartPane && !chartPane->isHidden());
    charts->trigger();
    QVERIFY(chartPane->isHidden());
    window.close();
    {
        auto* again = new InstanceMonitor;
        MainWindow reopened(again);
        again->setParent(&reopened);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(!reopened.detailPane()->isVisible());
        QVERIFY(!reopened.trendView()->isVisible());
        reopened.viewMenu()->findChild<QAction*>(QStringLiteral("detailPaneAction"))->trigger();
        reopened.viewMenu()->findChild<QAction*>(QStringLiteral("chartsAction"))->trigger();
        QVERIFY(reopened.detailPane()->isVisible());
        reopened.close();
    }

    // Columns: one checkable entry per column, hiding and showing it.
    auto* columns = window.viewMenu()->findChild<QMenu*>(QStringLiteral("columnsMenu"));
    QVERIFY(columns);
    emit columns->aboutToShow();
    QCOMPARE(columns->actions().size(), int(SessionTableModel::ColumnCount));
    QAction* user = columns->actions().at(SessionTableModel::UserColumn);
    QCOMPARE(user->text(), SessionTableModel::columnTitle(SessionTableModel::UserColumn));
    QVERIFY(user->isChecked());
    user->trigger();
    QVERIFY(window.sessionView()->isColumnHidden(SessionTableModel::UserColumn));
    emit columns->aboutToShow();
    columns->actions().at(SessionTableModel::UserColumn)->trigger();
    QVERIFY(!window.sessionView()->isColumnHidden(SessionTableModel::UserColumn));

    // Language: remembered for the next start.
    auto* language = window.viewMenu()->findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QCOMPARE(actionTexts(language),
        QStringList({QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("简体中文")}));
    QVERIFY(language->actions().at(0)->isChecked());
}

void TestKeys::helpListsTheReadmeKeys()
{
    // The README's table of keys, row by row.
    QFile readme(QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(QLatin1String("### Keys"));
    QVERIFY(start >= 0);
    QList<std::pair<QString, QString>> readmeKeys;
    const QStringList lines = text.mid(start).split(QLatin1Char('\n'));
    for (const QString& line : lines.mid(1)) {
        if (line.startsWith(QLatin1String("## ")))
            break;
        const QStringList cells = line.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (cells.size() != 2 || cells[0].trimmed() == QLatin1String("key") || cells[0].contains(QLatin1String("---")))
            continue;
        readmeKeys.append({cells[0].trimmed(), cells[1].trimmed()});
    }
    QVERIFY(readmeKeys.size() >= 8);

    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.helpMenu()->findChild<QAction*>(QStringLiteral("keysAction"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("keysDialog"))) != nullptr);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("keysTable"));
    QVERIFY(table);
    QList<std::pair<QString, QString>> shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown.append({table->item(row, 0)->text(), table->item(row, 1)->text()});
    QCOMPARE(shown, readmeKeys);
    dialog->close();
}

void TestKeys::aboutNamesVersionAndLicence()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.helpMenu()->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("SessionScope " SESSIONSCOPE_VERSION)));
    QVERIFY(box->text().contains(QLatin1String("GPL-3.0-or-later")));
    box->close();
}

void TestKeys::pauseLabelFollowsTheState()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    monitor->setRefreshIntervalMs(0);
    auto* source = new CountingSource;
    monitor->setSource(source);
    QAction* pause = window.pauseAction();
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QVERIFY(!pause->isChecked());

    pause->trigger();
    QVERIFY(monitor->isPaused());
    QVERIFY(pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("Resume refresh"));

    // Resumed elsewhere (the banner's "Resume refresh"): the action follows.
    monitor->setPaused(false);
    QVERIFY(!pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));

    // Paused by a credential error: the same one label as the banner's button.
    monitor->refreshNow();
    emit source->fetchFailed(FetchError(FetchError::Category::Credentials,
        QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("Specified access key is not found.")));
    QVERIFY(monitor->isPaused());
    QVERIFY(pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("Resume refresh"));
    auto* resume = window.errorBanner()->findChild<QPushButton*>(QStringLiteral("errorResume"));
    QVERIFY(resume && resume->isVisible());
    QCOMPARE(resume->text(), pause->text());
    resume->click();
    QVERIFY(!monitor->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
}

void TestKeys::ctrlQQuits()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(TestKeys)
#include "tst_keys.moc"
