// SPDX-License-Identifier: GPL-3.0-or-later
// The Statements tab on real widgets (offscreen): the sessions grouped by statement, a statement
// drilling the session table down to exactly its sessions with a chip, its sort, selection and
// scroll position surviving a refresh, and "Kill these N sessions…" opening the kill preview of
// exactly those sessions, offered only where kills are allowed.
#include "export/sessioncsv.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "killdialog.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "models/statementmodel.h"
#include "monitor/instancemonitor.h"
#include "sessiondetailpane.h"
#include "sources/sessionsource.h"
#include "statementview.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

class ScriptedSource : public SessionSource
{
    Q_OBJECT

public:
    explicit ScriptedSource(bool canKill)
        : m_canKill(canKill)
    { }
    void fetch() override { m_fetching = true; }
    void cancel() override { m_fetching = false; }
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return QStringLiteral("db-test:3306"); }
    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.killSession = m_canKill;
        return capabilities;
    }
    QString killMethod(const KillRequest&) const override { return QStringLiteral("KILL CONNECTION <id>"); }

    void deliver(const QList<Session>& sessions)
    {
        auto snapshot = SnapshotBuilder(QStringLiteral("db-test:3306")).sessions(sessions).counted().build();
        snapshot->sourceKind = QStringLiteral("mysql");
        m_fetching = false;
        emit snapshotReady(snapshot);
    }

private:
    bool m_canKill;
    bool m_fetching = false;
};

Session running(qint64 id, const QString& sql, qint64 time)
{
    return SessionBuilder(id)
        .user(QStringLiteral("app"))
        .db(QStringLiteral("shop"))
        .command(QStringLiteral("Query"))
        .time(time)
        .sql(sql);
}

// Three sessions of one point select, two of one update, an idle connection, and enough other
// statements (each its own table) for the list to scroll.
QList<Session> workload(bool later = false)
{
    QList<Session> sessions {
        running(11, QStringLiteral("SELECT * FROM orders WHERE id = 1"), later ? 41 : 40),
        running(12, QStringLiteral("select * from orders where id = 2"), 30),
        running(13, QStringLiteral("select * from orders where id=3"), 20),
        running(21, QStringLiteral("UPDATE stock SET n = n - 1 WHERE sku = 'a'"), 5),
        running(22, QStringLiteral("update stock set n = n - 7 where sku = 'b'"), 4),
        SessionBuilder(30).user(QStringLiteral("app")).command(QStringLiteral("Sleep")).time(500),
    };
    if (later)
        sessions.append(running(23, QStringLiteral("update stock set n = n - 2 where sku = 'c'"), 1));
    for (int i = 0; i < 80; ++i)
        sessions.append(running(1000 + i, QStringLiteral("select count(*) from report_%1").arg(i), 1 + i % 3));
    return sessions;
}

QString ordersKey()
{
    return StatementStat::group(workload()).constFirst().key;
}

QString stockKey()
{
    for (const StatementStat& stat : StatementStat::group(workload())) {
        if (stat.text.startsWith(QLatin1String("update stock")))
            return stat.key;
    }
    return {};
}

} // namespace

class TestStatementsView : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void statementsAreShownAndDrillDown();
    void sortSelectionAndScrollSurviveARefresh();
    void killPreviewListsExactlyTheStatementsSessions();
    void killIsNotOfferedWhereTheSourceCannotKill();
    void exportWritesTheStatementsOfTheRowsShown();

private:
    void open(bool canKill);
    void showStatements();
    QList<qint64> shownSessionIds() const;
    KillDialog* dialog() const { return m_window->findChild<KillDialog*>(); }

    QTemporaryDir m_dir;
    InstanceMonitor* m_monitor = nullptr;
    ScriptedSource* m_source = nullptr;
    MainWindow* m_window = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestStatementsView::open(bool canKill)
{
    m_monitor = new InstanceMonitor;
    m_monitor->setRefreshIntervalMs(0);
    m_window = new MainWindow(m_monitor);
    m_monitor->setParent(m_window);
    m_window->setAuditLogPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_window->resize(1280, 720);
    m_window->show();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->statementView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_source = new ScriptedSource(canKill);
    m_monitor->setSource(m_source);
    m_monitor->refreshNow();
    m_source->deliver(workload());
}

void TestStatementsView::cleanup()
{
    m_tester.reset();
    delete m_window;
    m_window = nullptr;
}

void TestStatementsView::showStatements()
{
    QSignalSpy changed(m_window->statementModel(), &StatementModel::statementsChanged);
    m_window->tableTabs()->setCurrentWidget(m_window->statementView());
    QVERIFY(changed.wait());
}

QList<qint64> TestStatementsView::shownSessionIds() const
{
    QList<qint64> ids;
    const SessionFilterProxy* proxy = m_window->sessionProxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestStatementsView::statementsAreShownAndDrillDown()
{
    open(true);
    // Not grouped while nobody looks: the tab shows them when opened.
    QCOMPARE(m_window->statementModel()->rowCount(), 0);
    showStatements();
    StatementView* view = m_window->statementView();
    QCOMPARE(view->model()->rowCount(), 82);
    // Longest total time first: the point select (40 + 30 + 20 s).
    const QModelIndex top = view->model()->index(0, 0);
    QCOMPARE(top.siblingAtColumn(StatementModel::StatementColumn).data().toString(),
        QStringLiteral("select * from orders where id = ?"));
    QCOMPARE(top.siblingAtColumn(StatementModel::SessionsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(top.siblingAtColumn(StatementModel::TotalTimeColumn).data().toString(), QStringLiteral("90"));
    QCOMPARE(top.siblingAtColumn(StatementModel::SampleColumn).data().toString(), QStringLiteral("11"));

    // At 1280×720 the statement's text starts on screen, beside its figures.
    QVERIFY2(view->columnViewportPosition(StatementModel::StatementColumn) + 100 < view->viewport()->width(),
        qPrintable(QStringLiteral("%1 of %2")
                       .arg(view->columnViewportPosition(StatementModel::StatementColumn))
                       .arg(view->viewport()->width())));

    // Clicking it shows exactly its sessions, with a chip, and its longest session's whole SQL.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(top).center());
    QCOMPARE(shownSessionIds(), (QList<qint64> {11, 12, 13}));
    QCOMPARE(m_window->filterBar()->chipTexts().size(), 1);
    QVERIFY2(m_window->filterBar()->chipTexts().constFirst().startsWith(
                 QStringLiteral("Statement select * from orders where id = ? · 3 thread(s)")),
        qPrintable(m_window->filterBar()->chipTexts().constFirst()));
    QCOMPARE(m_window->detailPane()->sqlText(), QStringLiteral("SELECT * FROM orders WHERE id = 1"));

    // Another statement, another set; Esc clears it.
    QVERIFY(view->selectKey(stockKey()));
    QCOMPARE(shownSessionIds(), (QList<qint64> {21, 22}));
    m_window->clearDrillDown();
    QCOMPARE(m_window->sessionProxy()->rowCount(), m_window->sessionModel()->rowCount());
    QVERIFY(m_window->filterBar()->chipTexts().isEmpty());
}

void TestStatementsView::sortSelectionAndScrollSurviveARefresh()
{
    open(true);
    showStatements();
    StatementView* view = m_window->statementView();
    view->sortByColumn(StatementModel::StatementColumn, Qt::AscendingOrder);
    QVERIFY(view->selectKey(stockKey()));
    QCOMPARE(shownSessionIds(), (QList<qint64> {21, 22}));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    // The next snapshot: times changed and one more session runs the update.
    QSignalSpy changed(m_window->statementModel(), &StatementModel::statementsChanged);
    QSignalSpy resets(m_window->statementModel(), &QAbstractItemModel::modelReset);
    m_monitor->refreshNow();
    m_source->deliver(workload(true));
    QVERIFY(changed.wait());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(StatementModel::StatementColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    for (int row = 1; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row - 1, StatementModel::StatementColumn).data().toString()
            <= view->model()->index(row, StatementModel::StatementColumn).data().toString());
    QCOMPARE(view->currentKey(), stockKey());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().data(StatementModel::KeyRole).toString(), stockKey());
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    // The drill-down follows the statement: the new session is in it.
    QCOMPARE(shownSessionIds(), (QList<qint64> {21, 22, 23}));
}

void TestStatementsView::killPreviewListsExactlyTheStatementsSessions()
{
    open(true);
    showStatements();
    StatementView* view = m_window->statementView();
    QVERIFY(view->selectKey(ordersKey()));
    QAction* kill = m_window->killStatementAction();
    QVERIFY(kill->isVisible());
    QVERIFY(kill->isEnabled());
    QCOMPARE(kill->text(), QStringLiteral("Kill these 3 session(s)…"));
    kill->trigger();
    QTRY_VERIFY(dialog());
    QList<qint64> listed;
    for (int row = 0; row < dialog()->table()->rowCount(); ++row)
        listed.append(dialog()->table()->item(row, 1)->text().toLongLong());
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, (QList<qint64> {11, 12, 13}));
    QCOMPARE(dialog()->killButton()->text(), QStringLiteral("Kill 3 session(s)"));
    dialog()->reject();
    QTRY_VERIFY(!dialog());

    // The chip's button beside the drill-down previews the same sessions.
    QToolButton* chipKill = m_window->filterBar()->killDrillDownButton();
    QVERIFY(chipKill);
    chipKill->click();
    QTRY_VERIFY(dialog());
    listed.clear();
    for (int row = 0; row < dialog()->table()->rowCount(); ++row)
        listed.append(dialog()->table()->item(row, 1)->text().toLongLong());
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, (QList<qint64> {11, 12, 13}));
    dialog()->reject();
}

void TestStatementsView::killIsNotOfferedWhereTheSourceCannotKill()
{
    open(false);
    showStatements();
    QVERIFY(m_window->statementView()->selectKey(ordersKey()));
    QCOMPARE(shownSessionIds(), (QList<qint64> {11, 12, 13}));
    QVERIFY(!m_window->killStatementAction()->isVisible());
    QVERIFY(!m_window->killStatementAction()->isEnabled());
    m_window->killStatementAction()->trigger();
    QTest::qWait(50);
    QVERIFY(!dialog());
}

void TestStatementsView::exportWritesTheStatementsOfTheRowsShown()
{
    open(true);
    // The export dialog offers the statements CSV beside the sessions CSV, off unless asked for.
    ExportDialog exportDialog(86, 3, QStringLiteral("db-test-20261201-120000-sessions.csv"));
    QVERIFY(exportDialog.statementsPath().isEmpty());
    exportDialog.statementsCheckBox()->setChecked(true);
    QVERIFY(exportDialog.statementsPath().endsWith(QLatin1String("/db-test-20261201-120000-statements.csv")));

    showStatements();
    QVERIFY(m_window->statementView()->selectKey(ordersKey()));
    QSignalSpy finished(m_window, &MainWindow::exportFinished);
    const QString sessions = m_dir.filePath(QStringLiteral("shown-sessions.csv"));
    const QString statements = m_dir.filePath(QStringLiteral("shown-statements.csv"));
    m_window->exportSnapshot(sessions, {}, true, {}, statements);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toString(), QString());
    QFile file(statements);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    // The header, the one statement of the three sessions shown, and the end of the last row.
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), SessionCsv::statementsHeader().chopped(1));
    QVERIFY2(rows.at(1).endsWith(",3,3,90,40,app,shop,11 12 13,select * from orders where id = ?\r"),
        rows.at(1).constData());
}

QTEST_MAIN(TestStatementsView)
#include "tst_statementsview.moc"
