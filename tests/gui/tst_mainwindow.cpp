// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor window as a user drives it: real widgets (offscreen), a real monitor and DAS source,
// real HTTP to the emulator on loopback.
#include "base/credential.h"
#include "dimensionchartview.h"
#include "elidedlabel.h"
#include "emulator/dasemulator.h"
#include "errorbanner.h"
#include "export/sessioncsv.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancemonitor.h"
#include "sessiondetailpane.h"
#include "sessiontableview.h"
#include "sources/dassource.h"
#include "summarystrip.h"
#include "support/emulatorfixture.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIguitest0001"), QStringLiteral("gui-secret-0001"), {}};

FetchOptions fastOptions()
{
    FetchOptions options;
    options.pollIntervalMs = 10;
    options.retryBaseMs = 20;
    options.retryMaxMs = 100;
    options.maxRetries = 1;
    options.deadlineMs = 10'000;
    return options;
}

// Feeds hand-made snapshots, for the cases the emulator's random evolution cannot pin down.
class ScriptedSource : public SessionSource
{
public:
    using SessionSource::SessionSource;
    void fetch() override { m_fetching = true; }
    void cancel() override { m_fetching = false; }
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return QStringLiteral("rm-scripted"); }
    void deliver(const QList<Session>& sessions)
    {
        SnapshotPtr snapshot = SnapshotBuilder(target())
                                   .takenAt(QDateTime::currentMSecsSinceEpoch())
                                   .sessions(sessions)
                                   .counted()
                                   .build();
        m_fetching = false;
        emit snapshotReady(snapshot);
    }

private:
    bool m_fetching = false;
};

Session session(qint64 id, const QString& user, const QString& command, qint64 time)
{
    return SessionBuilder(id)
        .user(user)
        .client(QStringLiteral("192.0.2.1"))
        .command(command)
        .time(time)
        .sql(command == QLatin1String("Query") ? QStringLiteral("SELECT %1").arg(id) : QString());
}

QSet<qint64> shownIds(const QAbstractItemModel* model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong());
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstSnapshotFillsTheWindow();
    void clickingABarDrillsDownToExactlyItsThreads();
    void drillDownReportsMissingThreads();
    void filterSelectionAndSortSurviveARefresh();
    void staleBannerAppearsAndClears();
    void credentialErrorPausesRefresh();
    void exportWritesTheCliFormat();
    void detailPaneSaysWhenItsSessionEnded();
    void copyRowsAsTsv();
    void detailPaneKeepsItsSessionThroughFilters();
    void exportDialogWritesBothFiles();
    void exportOnAFreshAccount();
    void backingOffIsShown();
    void clockCorrectionIsShown();
    void layoutIsRemembered();

private:
    void refreshAndWait();

    std::unique_ptr<DasEmulator> m_emulator;
    InstanceMonitor* m_monitor = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance());
}

void TestMainWindow::init()
{
    // Each test starts from the default layout (test-mode settings, not the user's).
    QSettings().clear();
    EmulatorInstance instance = EmulatorFixture::instance(QStringLiteral("rm-gui"), 300, 1);
    instance.seed = 11;
    m_emulator = EmulatorFixture::start(key, {instance});
    QVERIFY(m_emulator);

    m_monitor = new InstanceMonitor;
    m_monitor->setRefreshIntervalMs(0);
    m_monitor->setSource(new DasSource(m_emulator->endpoint(), key, QStringLiteral("rm-gui"), {}, fastOptions()));
    m_window = std::make_unique<MainWindow>(m_monitor);
    // These tests count every session the service reports, system threads included.
    m_window->filterBar()->hideSystemBox()->setChecked(false);
    m_monitor->setParent(m_window.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->sessionProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_emulator.reset();
}

void TestMainWindow::refreshAndWait()
{
    QSignalSpy changed(m_monitor, &InstanceMonitor::stateChanged);
    m_monitor->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->state() != InstanceMonitor::State::Fetching, 10'000);
}

void TestMainWindow::firstSnapshotFillsTheWindow()
{
    refreshAndWait();
    QCOMPARE(m_monitor->state(), InstanceMonitor::State::UpToDate);
    const SnapshotPtr snapshot = m_monitor->snapshot();
    QCOMPARE(m_window->sessionModel()->rowCount(), 300);
    QCOMPARE(m_window->sessionProxy()->rowCount(), 300);
    QCOMPARE(m_window->summaryStrip()->totalText(), QLocale().toString(snapshot->totalSessionCount));
    QCOMPARE(m_window->summaryStrip()->activeText(), QLocale().toString(snapshot->activeSessionCount));
    QCOMPARE(m_window->summaryStrip()->stateText(), QStringLiteral("Up to date"));
    QVERIFY(!m_window->errorBanner()->isVisible());
    // Default sort: longest running first.
    const QAbstractItemModel* proxy = m_window->sessionProxy();
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong()
            >= proxy->index(row, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong());
}

void TestMainWindow::clickingABarDrillsDownToExactlyItsThreads()
{
    refreshAndWait();
    DimensionChartView* users = m_window->dimensionView(Dimension::User);
    QVERIFY(users);
    const DimensionStat top = m_monitor->snapshot()->userStats.first();
    const QStringList categories = users->categoryAxis()->categories();
    const qsizetype barIndex = categories.indexOf(top.key);
    QVERIFY2(barIndex >= 0, qPrintable(categories.join(QLatin1Char(','))));

    // A real click in the middle of the bar.
    const QPointF centre
        = users->chart()->mapToPosition(QPointF(top.totalCount / 2.0, double(barIndex)), users->series());
    QWidget* viewport = users->chartView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, users->chartView()->mapFromScene(centre));

    const QSet<qint64> expected(top.threadIds.cbegin(), top.threadIds.cend());
    QTRY_COMPARE(shownIds(m_window->sessionProxy()), expected);
    const QString label = m_window->drillDownLabel();
    QVERIFY2(
        label.startsWith(QStringLiteral("User = %1 · %2 thread").arg(top.key).arg(expected.size())), qPrintable(label));
    QCOMPARE(m_window->sessionProxy()->rowCount(), expected.size());
    QVERIFY(m_window->filterBar()->chipTexts().first().startsWith(label));

    // Esc clears it.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_window->sessionProxy()->rowCount(), 300);
    QVERIFY(m_window->drillDownLabel().isEmpty());
}

void TestMainWindow::drillDownReportsMissingThreads()
{
    refreshAndWait();
    const DimensionStat stat = m_monitor->snapshot()->dbStats.first();
    QList<qint64> ids = stat.threadIds;
    ids << 990'000'001 << 990'000'002;
    m_window->drillDown(Dimension::Database, QString(), ids, QStringLiteral("Test"), true);
    QCOMPARE(m_window->sessionProxy()->rowCount(), stat.threadIds.size());
    QVERIFY2(m_window->drillDownLabel().contains(QStringLiteral("2 threads not in the session list")),
        qPrintable(m_window->drillDownLabel()));
}

void TestMainWindow::filterSelectionAndSortSurviveARefresh()
{
    refreshAndWait();
    SessionTableView* view = m_window->sessionView();
    view->sortByColumn(SessionTableModel::SessionIdColumn, Qt::AscendingOrder);
    m_window->filterBar()->searchEdit()->setText(QStringLiteral("app_"));
    QTRY_VERIFY(m_window->sessionProxy()->rowCount() < 300);
    const int filtered = m_window->sessionProxy()->rowCount();
    QVERIFY(filtered > 10);

    // Select three rows; remember them by id.
    QList<qint64> selected;
    for (const int row : {1, 4, 7})
        selected << m_window->sessionProxy()->index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong();
    view->selectSessions(selected);
    QCOMPARE(view->selectedSessionIds().size(), 3);
    const QModelIndex currentBefore = m_window->sessionProxy()->index(4, 0);
    view->selectionModel()->setCurrentIndex(currentBefore, QItemSelectionModel::NoUpdate);
    QSignalSpy resets(m_window->sessionProxy(), &QAbstractItemModel::modelReset);

    refreshAndWait();
    refreshAndWait();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_window->filterBar()->searchEdit()->text(), QStringLiteral("app_"));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(SessionTableModel::SessionIdColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    const QAbstractItemModel* proxy = m_window->sessionProxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString user = proxy->index(row, SessionTableModel::UserColumn).data().toString();
        const QString rest
            = proxy->index(row, SessionTableModel::SqlTextColumn).data(SessionTableModel::FullSqlRole).toString()
            + proxy->index(row, SessionTableModel::ClientColumn).data().toString()
            + proxy->index(row, SessionTableModel::DbNameColumn).data().toString()
            + proxy->index(row, SessionTableModel::StateColumn).data().toString();
        QVERIFY(user.contains(QLatin1String("app_")) || rest.contains(QLatin1String("app_"), Qt::CaseInsensitive));
        if (row > 0)
            QVERIFY(proxy->index(row - 1, 0).data(SessionTableModel::SortRole).toLongLong()
                < proxy->index(row, 0).data(SessionTableModel::SortRole).toLongLong());
    }
    // Exactly the selected sessions that still exist are still selected.
    QSet<qint64> stillThere;
    for (const qint64 id : std::as_const(selected)) {
        if (m_window->sessionModel()->rowOfSession(id) >= 0)
            stillThere.insert(id);
    }
    const QList<qint64> after = view->selectedSessionIds();
    QCOMPARE(QSet<qint64>(after.cbegin(), after.cend()), stillThere);
}

void TestMainWindow::staleBannerAppearsAndClears()
{
    refreshAndWait();
    QVERIFY(!m_window->errorBanner()->isVisible());
    EmulatorFault unavailable;
    unavailable.type = EmulatorFault::Type::Http503;
    m_emulator->setPersistentFault(QStringLiteral("rm-gui"), unavailable);
    refreshAndWait();
    QCOMPARE(m_monitor->state(), InstanceMonitor::State::Failed);
    QVERIFY(m_window->errorBanner()->isVisible());
    QVERIFY(m_window->errorBanner()->text().contains(QLatin1String("ServiceUnavailable")));
    QVERIFY(m_window->errorBanner()->text().contains(QLatin1String("stale")));
    QVERIFY(m_window->summaryStrip()->stateText().startsWith(QLatin1String("Stale since")));
    QVERIFY(m_window->summaryStrip()->isStaleShown());
    // The last good snapshot stays visible.
    QCOMPARE(m_window->sessionModel()->rowCount(), 300);

    m_emulator->setPersistentFault(QStringLiteral("rm-gui"), std::nullopt);
    refreshAndWait();
    QCOMPARE(m_monitor->state(), InstanceMonitor::State::UpToDate);
    QVERIFY(!m_window->errorBanner()->isVisible());
    QVERIFY(!m_window->summaryStrip()->isStaleShown());
}

void TestMainWindow::credentialErrorPausesRefresh()
{
    m_monitor->setSource(new DasSource(m_emulator->endpoint(), AccessKey {key.id, QStringLiteral("wrong"), {}},
        QStringLiteral("rm-gui"), {}, fastOptions()));
    m_monitor->setRefreshIntervalMs(200);
    refreshAndWait();
    QCOMPARE(m_monitor->lastError().code(), QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(m_monitor->isPaused());
    QVERIFY(m_window->errorBanner()->isVisible());
    QVERIFY(m_window->errorBanner()->text().contains(QLatin1String("paused")));
    const qsizetype sent = m_emulator->requests().size();
    QTest::qWait(600);
    QCOMPARE(m_emulator->requests().size(), sent);
}

void TestMainWindow::exportWritesTheCliFormat()
{
    refreshAndWait();
    QTemporaryDir dir;
    const QString sessions = dir.filePath(QStringLiteral("all-sessions.csv"));
    const QString stats = dir.filePath(QStringLiteral("all-stats.csv"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    m_window->exportSnapshot(sessions, stats, false);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toString(), QString());
    QFile file(sessions);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), SessionCsv::sessions(*m_monitor->snapshot(), {}));
    QFile statsFile(stats);
    QVERIFY(statsFile.open(QIODevice::ReadOnly));
    QCOMPARE(statsFile.readAll(), SessionCsv::stats(*m_monitor->snapshot(), {}));

    // Only the rows shown, in the order shown.
    const DimensionStat stat = m_monitor->snapshot()->userStats.first();
    m_window->drillDown(Dimension::User, stat.key, stat.threadIds, {});
    const QString shown = dir.filePath(QStringLiteral("shown-sessions.csv"));
    m_window->exportSnapshot(shown, {}, true);
    QVERIFY(finished.wait());
    QFile shownFile(shown);
    QVERIFY(shownFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = shownFile.readAll().split('\n');
    const QByteArray firstRow = lines.value(1);
    const qint64 firstShown = m_window->sessionProxy()->index(0, 0).data(SessionTableModel::SessionIdRole).toLongLong();
    QVERIFY(firstRow.contains(QByteArray(QByteArray(",") + QByteArray::number(firstShown) + QByteArray(","))));
    const QByteArray all = SessionCsv::sessions(*m_monitor->snapshot(), {});
    qsizetype rows = 0;
    for (const QByteArray& line : lines)
        rows += line.startsWith("20") ? 1 : 0;
    QVERIFY(rows >= stat.threadIds.size());
    QVERIFY(all.size() > shownFile.size());
}

void TestMainWindow::detailPaneSaysWhenItsSessionEnded()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("a"), QStringLiteral("Query"), 5),
        session(2, QStringLiteral("b"), QStringLiteral("Query"), 50),
        session(3, QStringLiteral("c"), QStringLiteral("Sleep"), 500)});
    SessionTableView* view = m_window->sessionView();
    const QModelIndex second = m_window->sessionModel()->indexOfSession(2);
    view->setCurrentIndex(m_window->sessionProxy()->mapFromSource(second));
    QCOMPARE(m_window->detailPane()->sessionId(), std::optional<qint64>(2));
    QCOMPARE(m_window->detailPane()->sqlText(), QStringLiteral("SELECT 2"));

    // Session 2 changes, then vanishes: the pane follows it, then says it ended, and does not jump
    // to a neighbour.
    Session changed = session(2, QStringLiteral("b"), QStringLiteral("Query"), 55);
    changed.sqlText = QStringLiteral("SELECT 2 -- again");
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("a"), QStringLiteral("Query"), 6), changed,
        session(3, QStringLiteral("c"), QStringLiteral("Sleep"), 501)});
    QCOMPARE(m_window->detailPane()->sqlText(), QStringLiteral("SELECT 2 -- again"));
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("a"), QStringLiteral("Query"), 7),
        session(3, QStringLiteral("c"), QStringLiteral("Sleep"), 502)});
    QCOMPARE(m_window->detailPane()->sessionId(), std::optional<qint64>(2));
    QVERIFY(m_window->detailPane()->isEnded());
    QVERIFY(m_window->detailPane()->noticeText().contains(QLatin1String("ended")));
    QCOMPARE(m_window->detailPane()->sqlText(), QStringLiteral("SELECT 2 -- again"));
}

void TestMainWindow::copyRowsAsTsv()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    Session tricky = session(9, QStringLiteral("x"), QStringLiteral("Query"), 3);
    tricky.sqlText = QStringLiteral("SELECT 1\n\tFROM t");
    source->deliver({session(8, QStringLiteral("w"), QStringLiteral("Sleep"), 1), tricky});
    SessionTableView* view = m_window->sessionView();
    view->selectSessions({8, 9});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("ID\tUser\tClient")));
    QVERIFY(lines[1].startsWith(QStringLiteral("9\tx\t")));
    QVERIFY(lines[1].endsWith(QStringLiteral("SELECT 1  FROM t")));
    QVERIFY(lines[2].startsWith(QStringLiteral("8\tw\t")));
}

void TestMainWindow::detailPaneKeepsItsSessionThroughFilters()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("a"), QStringLiteral("Query"), 5),
        session(2, QStringLiteral("b"), QStringLiteral("Query"), 50),
        session(3, QStringLiteral("c"), QStringLiteral("Query"), 500)});
    SessionTableView* view = m_window->sessionView();
    view->setCurrentIndex(m_window->sessionProxy()->mapFromSource(m_window->sessionModel()->indexOfSession(2)));
    QCOMPARE(m_window->detailPane()->sessionId(), std::optional<qint64>(2));
    // A drill-down that hides it, then clearing it: the pane stays on the session the user chose.
    m_window->drillDown(Dimension::User, QString(), {1, 3}, QStringLiteral("Test"), true);
    QCOMPARE(m_window->sessionProxy()->rowCount(), 2);
    QCOMPARE(m_window->detailPane()->sessionId(), std::optional<qint64>(2));
    m_window->clearDrillDown();
    QCOMPARE(m_window->detailPane()->sessionId(), std::optional<qint64>(2));
    QVERIFY(!m_window->detailPane()->isEnded());
}

void TestMainWindow::exportDialogWritesBothFiles()
{
    refreshAndWait();
    QTemporaryDir dir;
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog*>()) != nullptr && dialog->isVisible());
    auto* path = dialog->findChild<QLineEdit*>();
    QVERIFY(path);
    auto* exportDialog = qobject_cast<ExportDialog*>(dialog);
    QVERIFY(exportDialog);
    QVERIFY(!exportDialog->locksCheckBox()->isVisibleTo(dialog));
    // The suggested name: <instance>-<UTC yyyyMMdd-HHmmss>-sessions.csv.
    QVERIFY2(QFileInfo(path->text()).fileName().startsWith(QLatin1String("rm-gui-")), qPrintable(path->text()));
    QVERIFY(path->text().endsWith(QLatin1String("-sessions.csv")));
    path->setText(dir.filePath(QStringLiteral("x-sessions.csv")));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    dialog->accept();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toString(), QString());
    QFile sessions(dir.filePath(QStringLiteral("x-sessions.csv")));
    QVERIFY(sessions.open(QIODevice::ReadOnly));
    QCOMPARE(sessions.readAll(), SessionCsv::sessions(*m_monitor->snapshot(), {}));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("x-stats.csv"))));
    // DAS reports no lock waits: none are offered, none written.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x-locks.csv"))));
}

void TestMainWindow::exportOnAFreshAccount()
{
    refreshAndWait();
    // A new account: a home without Documents.
    QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    const QByteArray realDocuments = qgetenv("XDG_DOCUMENTS_DIR");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_DOCUMENTS_DIR");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", realHome);
        if (!realDocuments.isEmpty())
            qputenv("XDG_DOCUMENTS_DIR", realDocuments);
    });
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("Documents"))));
    QCOMPARE(ExportDialog::proposedDirectory(), home.path());
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    QCOMPARE(ExportDialog::proposedDirectory(), home.filePath(QStringLiteral("Documents")));

    // A folder typed into the dialog that does not exist yet is made.
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    const QString nested = home.filePath(QStringLiteral("exports/today/x-sessions.csv"));
    m_window->exportSnapshot(nested, {}, false);
    QVERIFY(finished.wait());
    QCOMPARE(finished.takeFirst().first().toString(), QString());
    QVERIFY(QFileInfo(nested).isFile());
    // The last export's folder is proposed next time.
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog*>()) != nullptr && dialog->isVisible());
    dialog->pathEdit()->setText(nested);
    dialog->accept();
    QVERIFY(finished.wait());
    finished.clear();
    QCOMPARE(ExportDialog::proposedDirectory(), home.filePath(QStringLiteral("exports/today")));

    // A failed export is reported in a dialog, not only in the status bar.
    QFile blocker(home.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_window->exportSnapshot(home.filePath(QStringLiteral("not-a-folder/x-sessions.csv")), {}, false);
    QVERIFY(finished.wait());
    QVERIFY(!finished.first().first().toString().isEmpty());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("exportFailed"))) != nullptr);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(finished.first().first().toString()), qPrintable(box->text()));
    box->close();
}

void TestMainWindow::clockCorrectionIsShown()
{
    // The local clock is an hour off the service's: the request is corrected and re-signed, and
    // the window says so instead of failing or staying silent.
    m_emulator->setClockSkewSeconds(3600);
    QSignalSpy snapshots(m_monitor, &InstanceMonitor::snapshotChanged);
    m_monitor->refreshNow();
    QVERIFY(snapshots.wait(10'000));
    QVERIFY2(m_window->noticeLabel()->text().startsWith(QLatin1String("The local clock is ")),
        qPrintable(m_window->noticeLabel()->text()));
    QVERIFY2(m_window->noticeLabel()->text().contains(QLatin1String("about 60 min off")),
        qPrintable(m_window->noticeLabel()->text()));
    m_emulator->setClockSkewSeconds(0);
}

void TestMainWindow::backingOffIsShown()
{
    refreshAndWait();
    EmulatorFault throttled;
    throttled.type = EmulatorFault::Type::Throttling;
    throttled.retryAfterMs = 1500;
    m_emulator->injectFaults(QStringLiteral("rm-gui"), {throttled});
    m_monitor->refreshNow();
    // While the fetch waits out x-acs-retry-after, the status says why.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->summaryStrip()->stateText().startsWith(QLatin1String("Retrying (Throttling.User, attempt 2)")), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), InstanceMonitor::State::UpToDate, 10'000);
    QVERIFY(!m_window->summaryStrip()->stateText().startsWith(QLatin1String("Retrying")));
}

void TestMainWindow::layoutIsRemembered()
{
    refreshAndWait();
    QHeaderView* header = m_window->sessionView()->horizontalHeader();
    m_window->sessionView()->setColumnHidden(SessionTableModel::StateColumn, true);
    header->moveSection(header->visualIndex(SessionTableModel::SqlTextColumn), 1);
    header->resizeSection(SessionTableModel::UserColumn, 211);
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({600, 200});
    const QList<int> sizes = splitter->sizes();
    m_window->close();

    // A new window, as after a restart, comes back the way it was left.
    auto* monitor = new InstanceMonitor;
    MainWindow again(monitor);
    monitor->setParent(&again);
    again.resize(m_window->size());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QHeaderView* restored = again.sessionView()->horizontalHeader();
    QVERIFY(again.sessionView()->isColumnHidden(SessionTableModel::StateColumn));
    QCOMPARE(restored->visualIndex(SessionTableModel::SqlTextColumn), 1);
    QCOMPARE(restored->sectionSize(SessionTableModel::UserColumn), 211);
    QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
