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
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

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
    void deliver(const QList<Session>& sessions, qint64 takenAtMs = 0)
    {
        SnapshotPtr snapshot = SnapshotBuilder(target())
                                   .takenAt(takenAtMs ? takenAtMs : QDateTime::currentMSecsSinceEpoch())
                                   .sessions(sessions)
                                   .counted()
                                   .build();
        deliver(snapshot);
    }
    void deliver(const SnapshotPtr& snapshot)
    {
        m_fetching = false;
        emit snapshotReady(snapshot);
    }
    void fail(const FetchError& error)
    {
        m_fetching = false;
        emit fetchFailed(error);
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

// RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks; rows end with CRLF.
QList<QList<QByteArray>> csvRows(const QByteArray& csv)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray cell;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(std::exchange(cell, {}));
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
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
    void currentRowAndScrollPositionSurviveARefresh();
    void contextMenuFiltersByValue();
    void contextMenuCopiesTheFullSql();
    void truncatedSqlIsNoted();
    void summaryStripShowsIdleTransactionsAndLongestActive();
    void bannerNamesTheRequestId();
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
    const qint64 currentId = currentBefore.data(SessionTableModel::SessionIdRole).toLongLong();
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
    // The current row is still the same session (the emulator's seed keeps it alive).
    QVERIFY(m_window->sessionModel()->rowOfSession(currentId) >= 0);
    QCOMPARE(view->currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(), currentId);
}

void TestMainWindow::currentRowAndScrollPositionSurviveARefresh()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    // Sessions 1..200, session n running 1000 - n s: sorted longest first, session n is row n - 1.
    QList<Session> first;
    for (qint64 id = 1; id <= 200; ++id)
        first << session(id, QStringLiteral("u%1").arg(id % 7), QStringLiteral("Query"), 1000 - id);
    source->deliver(first);
    // The view lays its rows out from the event loop, as after any snapshot.
    QCoreApplication::processEvents();
    SessionTableView* view = m_window->sessionView();
    const QAbstractItemModel* proxy = m_window->sessionProxy();
    const auto rowOf = [this](qint64 id) {
        return m_window->sessionProxy()->mapFromSource(m_window->sessionModel()->indexOfSession(id)).row();
    };
    const auto topId
        = [view] { return view->indexAt(QPoint(1, 1)).data(SessionTableModel::SessionIdRole).toLongLong(); };
    QCOMPARE(rowOf(101), 100);
    view->scrollTo(proxy->index(100, 0), QAbstractItemView::PositionAtTop);
    QCOMPARE(topId(), 101);
    view->setCurrentIndex(proxy->index(rowOf(110), SessionTableModel::UserColumn));

    // The next snapshot: 30 new sessions that sort above, ten of those above gone (5..14), one
    // below gone (150), and every survivor ten seconds older.
    QList<Session> second;
    for (qint64 id = 1001; id <= 1030; ++id)
        second << session(id, QStringLiteral("new"), QStringLiteral("Query"), 5000 + id);
    for (const Session& old : std::as_const(first)) {
        if ((old.sessionId >= 5 && old.sessionId <= 14) || old.sessionId == 150)
            continue;
        second << session(old.sessionId, old.user, QStringLiteral("Query"), old.time + 10);
    }
    m_monitor->refreshNow();
    source->deliver(second);

    QCOMPARE(proxy->rowCount(), 219);
    // Session 101 moved from row 100 to 100 + 30 - 10 = 120, and is still the top row shown.
    QCOMPARE(rowOf(101), 120);
    QCOMPARE(topId(), 101);
    QCOMPARE(view->currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(), 110);
    QCOMPARE(view->currentIndex().column(), int(SessionTableModel::UserColumn));

    // A view at the very top stays there, showing the new longest-running session.
    view->scrollToTop();
    QList<Session> third = second;
    third << session(2000, QStringLiteral("new"), QStringLiteral("Query"), 9000);
    m_monitor->refreshNow();
    source->deliver(third);
    QCOMPARE(topId(), 2000);
    QCOMPARE(view->currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(), 110);
}

namespace {

// Right-clicks `index` as a user does (the press makes it current), and returns the menu that opens.
QMenu* openContextMenu(SessionTableView* view, const QModelIndex& index)
{
    const QPoint position = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, position);
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(view->viewport(), &event);
    const QList<QMenu*> menus = view->findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        if (menu->isVisible())
            return menu;
    }
    return nullptr;
}

QAction* actionNamed(QMenu* menu, const QString& text)
{
    const QList<QAction*> actions = menu ? menu->actions() : QList<QAction*>();
    for (QAction* action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

void TestMainWindow::contextMenuFiltersByValue()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("app_rw"), QStringLiteral("Query"), 5),
        session(2, QStringLiteral("report"), QStringLiteral("Query"), 50),
        session(3, QStringLiteral("app_rw"), QStringLiteral("Sleep"), 500),
        session(4, QStringLiteral("etl"), QStringLiteral("Sleep"), 40)});
    SessionTableView* view = m_window->sessionView();
    const QModelIndex cell = m_window->sessionProxy()->mapFromSource(
        m_window->sessionModel()->indexOfSession(3, SessionTableModel::UserColumn));
    QMenu* menu = openContextMenu(view, cell);
    QVERIFY(menu);
    QAction* filter = actionNamed(menu, QStringLiteral("Filter by User = app_rw"));
    QVERIFY2(filter, qPrintable(menu->actions().value(0) ? menu->actions().value(0)->text() : QString()));
    filter->trigger();
    menu->close();

    QCOMPARE(shownIds(m_window->sessionProxy()), (QSet<qint64> {1, 3}));
    QCOMPARE(m_window->filterBar()->chipTexts().size(), 1);
    QVERIFY2(m_window->filterBar()->chipTexts().first().contains(QLatin1String("User = app_rw")),
        qPrintable(m_window->filterBar()->chipTexts().first()));
    // It holds through a refresh, and a new session of that user shows up.
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("app_rw"), QStringLiteral("Query"), 6),
        session(2, QStringLiteral("report"), QStringLiteral("Query"), 51),
        session(3, QStringLiteral("app_rw"), QStringLiteral("Sleep"), 501),
        session(5, QStringLiteral("app_rw"), QStringLiteral("Sleep"), 1)});
    QCOMPARE(shownIds(m_window->sessionProxy()), (QSet<qint64> {1, 3, 5}));
}

void TestMainWindow::contextMenuCopiesTheFullSql()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    Session multiLine = session(2, QStringLiteral("b"), QStringLiteral("Query"), 50);
    multiLine.sqlText
        = QStringLiteral("SELECT o.id,\n\to.total\nFROM shop.orders o\nWHERE o.id = 2 -- ") + QString(300, u'x');
    source->deliver({session(1, QStringLiteral("a"), QStringLiteral("Sleep"), 5), multiLine});
    QApplication::clipboard()->clear();
    SessionTableView* view = m_window->sessionView();
    const QModelIndex cell = m_window->sessionProxy()->mapFromSource(
        m_window->sessionModel()->indexOfSession(2, SessionTableModel::SqlTextColumn));
    QMenu* menu = openContextMenu(view, cell);
    QVERIFY(menu);
    QAction* copySql = actionNamed(menu, QStringLiteral("Copy SQL"));
    QVERIFY(copySql);
    QVERIFY(copySql->isEnabled());
    copySql->trigger();
    menu->close();
    // The statement as the server sent it: every line, tab and character, not the table's one line.
    QCOMPARE(QApplication::clipboard()->text(),
        QStringLiteral("SELECT o.id,\n\to.total\nFROM shop.orders o\nWHERE o.id = 2 -- ") + QString(300, u'x'));

    // A session without SQL offers nothing to copy.
    menu = openContextMenu(view,
        m_window->sessionProxy()->mapFromSource(
            m_window->sessionModel()->indexOfSession(1, SessionTableModel::UserColumn)));
    QVERIFY(menu);
    copySql = actionNamed(menu, QStringLiteral("Copy SQL"));
    QVERIFY(copySql);
    QVERIFY(!copySql->isEnabled());
    menu->close();
}

void TestMainWindow::truncatedSqlIsNoted()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    // 1024 characters: where the server's process list cuts a statement.
    Session cut = session(1, QStringLiteral("a"), QStringLiteral("Query"), 5);
    cut.sqlText = QStringLiteral("SELECT ") + QString(1024 - 7, u'9');
    Session whole = session(2, QStringLiteral("b"), QStringLiteral("Query"), 6);
    whole.sqlText = QStringLiteral("SELECT ") + QString(1000, u'9');
    source->deliver({cut, whole});
    SessionTableView* view = m_window->sessionView();
    view->setCurrentIndex(m_window->sessionProxy()->mapFromSource(m_window->sessionModel()->indexOfSession(1)));
    QCOMPARE(m_window->detailPane()->noticeText(),
        QStringLiteral("This SQL text looks cut off by the server (1024 characters); the statement may be longer."));
    view->setCurrentIndex(m_window->sessionProxy()->mapFromSource(m_window->sessionModel()->indexOfSession(2)));
    QCOMPARE(m_window->detailPane()->noticeText(), QString());
}

void TestMainWindow::summaryStripShowsIdleTransactionsAndLongestActive()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    // Two active (the longer 4,933 s), three asleep inside a transaction, one asleep outside one.
    const Session active = SessionBuilder(1).user(QStringLiteral("a")).command(QStringLiteral("Query")).time(4933);
    const Session shortActive = SessionBuilder(2).user(QStringLiteral("a")).command(QStringLiteral("Query")).time(12);
    QList<Session> sessions {active, shortActive};
    for (qint64 id = 3; id <= 5; ++id)
        sessions << SessionBuilder(id)
                        .user(QStringLiteral("b"))
                        .command(QStringLiteral("Sleep"))
                        .time(40)
                        .transaction(QStringLiteral("9%1").arg(id), 40);
    sessions << SessionBuilder(6).user(QStringLiteral("c")).command(QStringLiteral("Sleep")).time(7);
    source->deliver(SnapshotBuilder(QStringLiteral("rm-scripted"))
                        .takenAt(QDateTime::currentMSecsSinceEpoch())
                        .sessions(sessions)
                        .counts(6, 2, 3, 4933)
                        .build());
    QCOMPARE(m_window->summaryStrip()->totalText(), QStringLiteral("6"));
    QCOMPARE(m_window->summaryStrip()->activeText(), QStringLiteral("2"));
    QCOMPARE(m_window->summaryStrip()->idleInTransactionText(), QStringLiteral("3"));
    QCOMPARE(m_window->summaryStrip()->longestText(), QStringLiteral("4,933 s"));
}

void TestMainWindow::bannerNamesTheRequestId()
{
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    source->deliver({session(1, QStringLiteral("a"), QStringLiteral("Query"), 5)});
    m_monitor->refreshNow();
    FetchError throttled(FetchError::Category::Throttling, QStringLiteral("Throttling.User"),
        QStringLiteral("Request was denied due to user flow control."));
    throttled.setRequestId(QStringLiteral("5E6A1B2C-90AB-4CDE-8F01-23456789ABCD"));
    source->fail(throttled);
    QVERIFY(m_window->errorBanner()->isVisible());
    QVERIFY2(m_window->errorBanner()->text().startsWith(
                 QStringLiteral("Throttling.User: Request was denied due to user flow control. (request "
                                "5E6A1B2C-90AB-4CDE-8F01-23456789ABCD)")),
        qPrintable(m_window->errorBanner()->text()));
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
    // 2023-11-14T22:13:20Z.
    constexpr qint64 TakenAt = 1'700'000'000'000;
    auto* source = new ScriptedSource;
    m_monitor->setSource(source);
    m_monitor->refreshNow();
    Session quoted = session(5, QStringLiteral("=cmd"), QStringLiteral("Query"), 45);
    quoted.dbName = QStringLiteral("shop");
    quoted.sqlText = QStringLiteral("SELECT 'a,b'");
    quoted.trxId = QStringLiteral("421");
    quoted.trxDuration = 45;
    source->deliver(SnapshotBuilder(QStringLiteral("rm-scripted"))
                        .takenAt(TakenAt)
                        .sessions({session(1, QStringLiteral("a"), QStringLiteral("Query"), 5),
                            session(2, QStringLiteral("b"), QStringLiteral("Query"), 50),
                            session(3, QStringLiteral("c"), QStringLiteral("Sleep"), 500),
                            session(4, QStringLiteral("a"), QStringLiteral("Sleep"), 40), quoted})
                        .counted()
                        .stats(Dimension::User,
                            {DimensionStat {QStringLiteral("a"), 2, 1, {1, 4}, {QStringLiteral("a")}},
                                DimensionStat {QStringLiteral("b"), 1, 1, {2}, {QStringLiteral("b")}}})
                        .build());
    QCOMPARE(m_window->sessionProxy()->rowCount(), 5);

    QTemporaryDir dir;
    const QString sessions = dir.filePath(QStringLiteral("all-sessions.csv"));
    const QString stats = dir.filePath(QStringLiteral("all-stats.csv"));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    m_window->exportSnapshot(sessions, stats, false);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toString(), QString());
    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    };
    const QByteArray header = "SnapshotTime,InstanceId,NodeId,SessionId,User,Client,UserClientAlias,DbName,Command,"
                              "Time,State,TrxId,TrxDuration,SqlTemplateId,SqlText\r\n";
    const QByteArray row1 = "2023-11-14T22:13:20.000Z,rm-scripted,,1,a,192.0.2.1,,,Query,5,,,0,,SELECT 1\r\n";
    const QByteArray row2 = "2023-11-14T22:13:20.000Z,rm-scripted,,2,b,192.0.2.1,,,Query,50,,,0,,SELECT 2\r\n";
    const QByteArray row3 = "2023-11-14T22:13:20.000Z,rm-scripted,,3,c,192.0.2.1,,,Sleep,500,,,0,,\r\n";
    const QByteArray row4 = "2023-11-14T22:13:20.000Z,rm-scripted,,4,a,192.0.2.1,,,Sleep,40,,,0,,\r\n";
    const QByteArray row5
        = "2023-11-14T22:13:20.000Z,rm-scripted,,5,'=cmd,192.0.2.1,,shop,Query,45,,421,45,,\"SELECT 'a,b'\"\r\n";
    QCOMPARE(read(sessions), header + row1 + row2 + row3 + row4 + row5);
    QCOMPARE(read(stats),
        QByteArray("SnapshotTime,InstanceId,NodeId,Dimension,Key,TotalCount,ActiveCount,ThreadIds,Users\r\n"
                   "2023-11-14T22:13:20.000Z,rm-scripted,,user,a,2,1,1 4,a\r\n"
                   "2023-11-14T22:13:20.000Z,rm-scripted,,user,b,1,1,2,b\r\n"));

    // Only the rows shown, in the order shown: user a's sessions and session 2, longest first.
    m_window->drillDown(Dimension::User, QString(), {1, 2, 4}, QStringLiteral("Test"), true);
    const QString shown = dir.filePath(QStringLiteral("shown-sessions.csv"));
    m_window->exportSnapshot(shown, {}, true);
    QVERIFY(finished.wait());
    QCOMPARE(read(shown), header + row2 + row4 + row1);
    // Sorted by ID, ascending: the export follows.
    m_window->sessionView()->sortByColumn(SessionTableModel::SessionIdColumn, Qt::AscendingOrder);
    m_window->exportSnapshot(shown, {}, true);
    QVERIFY(finished.wait());
    QCOMPARE(read(shown), header + row1 + row2 + row4);
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
    // Every session in the table, one row each (the exact bytes are exportWritesTheCliFormat's).
    const QList<QList<QByteArray>> rows = csvRows(sessions.readAll());
    QCOMPARE(rows.value(0),
        QByteArray("SnapshotTime,InstanceId,NodeId,SessionId,User,Client,UserClientAlias,DbName,Command,Time,State,"
                   "TrxId,TrxDuration,SqlTemplateId,SqlText")
            .split(','));
    QCOMPARE(rows.size(), 1 + 300);
    QSet<qint64> written;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 15);
        QCOMPARE(rows[i].value(1), QByteArray("rm-gui"));
        written.insert(rows[i].value(3).toLongLong());
    }
    QCOMPARE(written, shownIds(m_window->sessionModel()));
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
