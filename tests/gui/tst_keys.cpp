// SPDX-License-Identifier: GPL-3.0-or-later
// The keys the README lists, pressed as a user presses them on the real window (offscreen): each
// does what the table says.
#include "credentials/keychainstore.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "sources/sessionsource.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
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
    void keysDoWhatTheReadmeSays();
    void ctrlITogglesTheInstanceList();
};

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
    auto* dock = window.findChild<QDockWidget*>();
    QVERIFY(dock);
    const bool shown = dock->isVisible();
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(dock->isVisible(), !shown);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(dock->isVisible(), shown);
}

QTEST_MAIN(TestKeys)
#include "tst_keys.moc"
