// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statementmodel.h"
#include "sessions/sqlfingerprint.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <map>

namespace {

QString instance()
{
    return QStringLiteral("rm-a");
}

Session running(qint64 id, const QString& sql, qint64 time, const QString& user = QStringLiteral("app"),
    const QString& db = QStringLiteral("shop"))
{
    return SessionBuilder(id).user(user).db(db).command(QStringLiteral("Query")).time(time).sql(sql);
}

SnapshotPtr snapshotOf(const QList<Session>& sessions, const QString& instanceId = instance())
{
    return SnapshotBuilder(instanceId).sessions(sessions).counted().build();
}

QString keyOf(const QString& sql)
{
    return SqlFingerprint::hex(SqlFingerprint::hash(SqlFingerprint::normalized(sql)));
}

// The model, a sorting proxy as the Statements view uses, and a model tester on both.
class Harness
{
public:
    Harness()
        : modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        , proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        proxy.setSourceModel(&model);
        proxy.setSortRole(StatementModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(StatementModel::TotalTimeColumn, Qt::DescendingOrder);
        QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &model, [this] { ++resets; });
    }

    StatementModel model;
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester modelTester;
    QAbstractItemModelTester proxyTester;
    int resets = 0;
};

} // namespace

class TestStatementModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsSessionsByFingerprint();
    void templateIdGroupsWhereTheServerSendsOne();
    void groupsOnlyTheRowsAsked();
    void groupingRunsOnAWorkerAndShowsTheResult();
    void onlyTheNewestWaitingSnapshotIsShown();
    void clearDropsTheGroupingUnderWay();
    void otherInstanceResets();
    void randomizedMerges();
};

void TestStatementModel::groupsSessionsByFingerprint()
{
    const QList<Session> sessions {
        running(
            1, QStringLiteral("SELECT * FROM orders WHERE id = 1"), 30, QStringLiteral("app"), QStringLiteral("shop")),
        running(2, QStringLiteral("select * from orders where id = 2"), 50, QStringLiteral("batch"),
            QStringLiteral("shop")),
        SessionBuilder(3)
            .user(QStringLiteral("app"))
            .db(QStringLiteral("crm"))
            .command(QStringLiteral("Sleep"))
            .time(200)
            .sql(QStringLiteral("select *  from orders where id=3")),
        running(4, QStringLiteral("UPDATE stock SET n = n - 1 WHERE sku = 'a'"), 5),
        // No SQL: an idle connection runs no statement.
        SessionBuilder(5).command(QStringLiteral("Sleep")).time(900),
        // Only a comment: nothing to group either.
        running(6, QStringLiteral("/* ping */"), 1),
        // Listed twice by a malformed answer: counted once.
        running(1, QStringLiteral("SELECT * FROM orders WHERE id = 1"), 30),
    };
    const QList<StatementStat> statements = StatementStat::group(*snapshotOf(sessions));
    QCOMPARE(statements.size(), 2);

    const StatementStat& orders = statements.at(0);
    QCOMPARE(orders.text, QStringLiteral("select * from orders where id = ?"));
    QCOMPARE(orders.key, keyOf(QStringLiteral("select * from orders where id = 7")));
    QCOMPARE(orders.fingerprintHex(), orders.key);
    QCOMPARE(orders.sessionCount, 3);
    QCOMPARE(orders.activeCount, 2);
    QCOMPARE(orders.totalTime, 280);
    QCOMPARE(orders.maxTime, 200);
    QCOMPARE(orders.meanTime(), 280.0 / 3.0);
    QCOMPARE(orders.users, QStringList({QStringLiteral("app"), QStringLiteral("batch")}));
    QCOMPARE(orders.databases, QStringList({QStringLiteral("crm"), QStringLiteral("shop")}));
    QCOMPARE(orders.threadIds, QList<qint64>({1, 2, 3}));
    QCOMPARE(orders.sampleSessionId, 3);
    QCOMPARE(orders.sampleSql, QStringLiteral("select *  from orders where id=3"));

    const StatementStat& stock = statements.at(1);
    QCOMPARE(stock.text, QStringLiteral("update stock set n = n - ? where sku = ?"));
    QCOMPARE(stock.threadIds, QList<qint64>({4}));
    QVERIFY(orders.templateId.isEmpty());
}

void TestStatementModel::templateIdGroupsWhereTheServerSendsOne()
{
    // PolarDB-X names the template: sessions with one id are one statement even where the local
    // fingerprint would differ, and no others join them.
    QList<Session> sessions {
        SessionBuilder(1)
            .command(QStringLiteral("Query"))
            .time(4)
            .sql(QStringLiteral("select a from t where b = 1"))
            .sqlTemplate(QStringLiteral("9f2c")),
        SessionBuilder(2)
            .command(QStringLiteral("Query"))
            .time(9)
            .sql(QStringLiteral("select a from t where b in (1, 2)"))
            .sqlTemplate(QStringLiteral("9f2c")),
        SessionBuilder(3).command(QStringLiteral("Query")).time(1).sql(QStringLiteral("select a from t where b = 5")),
    };
    const QList<StatementStat> statements = StatementStat::group(*snapshotOf(sessions));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).templateId, QStringLiteral("9f2c"));
    QCOMPARE(statements.at(0).threadIds, QList<qint64>({1, 2}));
    // The text is the longest-running session's.
    QCOMPARE(statements.at(0).text, QStringLiteral("select a from t where b in(?+)"));
    QCOMPARE(statements.at(0).fingerprint, SqlFingerprint::hash(statements.at(0).text));
    QCOMPARE(statements.at(1).threadIds, QList<qint64>({3}));
    QVERIFY(statements.at(0).key != statements.at(1).key);
}

void TestStatementModel::groupsOnlyTheRowsAsked()
{
    const QList<Session> sessions {running(1, QStringLiteral("select 1"), 3), running(2, QStringLiteral("select 2"), 4),
        running(3, QStringLiteral("select 3"), 5)};
    const QList<qsizetype> rows {0, 2};
    const QList<StatementStat> statements = StatementStat::group(sessions, &rows);
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.at(0).threadIds, QList<qint64>({1, 3}));
    QCOMPARE(statements.at(0).totalTime, 8);
}

void TestStatementModel::groupingRunsOnAWorkerAndShowsTheResult()
{
    Harness h;
    QSignalSpy changed(&h.model, &StatementModel::statementsChanged);
    const SnapshotPtr snapshot = snapshotOf({running(1, QStringLiteral("select 1"), 3),
        running(2, QStringLiteral("select 2"), 4), running(3, QStringLiteral("delete from t"), 50)});
    h.model.setSnapshot(snapshot);
    QVERIFY(h.model.isGrouping());
    QCOMPARE(h.model.rowCount(), 0);
    QVERIFY(changed.wait());
    QVERIFY(!h.model.isGrouping());
    QCOMPARE(h.model.rowCount(), 2);
    QCOMPARE(h.model.snapshot(), snapshot);
    // Sorted by total time, longest first.
    QCOMPARE(h.proxy.index(0, StatementModel::StatementColumn).data().toString(), QStringLiteral("delete from t"));
    QCOMPARE(h.proxy.index(1, StatementModel::StatementColumn).data().toString(), QStringLiteral("select ?"));
    QCOMPARE(h.proxy.index(1, StatementModel::SessionsColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(h.proxy.index(1, 0).data(StatementModel::ThreadIdsRole).value<QList<qint64>>(), QList<qint64>({1, 2}));
    QCOMPARE(h.proxy.index(1, 0).data(StatementModel::SampleSessionIdRole).toLongLong(), 2);
    QCOMPARE(h.proxy.index(1, 0).data(StatementModel::SampleSqlRole).toString(), QStringLiteral("select 2"));
    QCOMPARE(h.proxy.index(1, StatementModel::MeanTimeColumn).data().toString(), QStringLiteral("3.5"));
}

void TestStatementModel::onlyTheNewestWaitingSnapshotIsShown()
{
    Harness h;
    QSignalSpy changed(&h.model, &StatementModel::statementsChanged);
    h.model.setSnapshot(snapshotOf({running(1, QStringLiteral("select 1"), 3)}));
    h.model.setSnapshot(snapshotOf({running(2, QStringLiteral("update t set a = 1"), 3)}));
    const SnapshotPtr newest = snapshotOf({running(3, QStringLiteral("delete from t"), 3)});
    h.model.setSnapshot(newest);
    QVERIFY(changed.wait());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(h.model.snapshot(), newest);
    QCOMPARE(h.model.rowCount(), 1);
    QCOMPARE(h.model.statement(0).text, QStringLiteral("delete from t"));
    QVERIFY(!h.model.isGrouping());
}

void TestStatementModel::clearDropsTheGroupingUnderWay()
{
    Harness h;
    h.model.setSnapshot(snapshotOf({running(1, QStringLiteral("select 1"), 3)}));
    h.model.clear();
    QTRY_VERIFY(!h.model.isGrouping());
    // Whatever was under way when another instance was opened never shows.
    QTest::qWait(50);
    QCOMPARE(h.model.rowCount(), 0);
    QVERIFY(!h.model.snapshot());
}

void TestStatementModel::otherInstanceResets()
{
    Harness h;
    const QList<Session> sessions {running(1, QStringLiteral("select 1"), 3)};
    h.model.setStatements(snapshotOf(sessions), StatementStat::group(sessions));
    QCOMPARE(h.resets, 1);
    h.model.setStatements(snapshotOf(sessions), StatementStat::group(sessions));
    QCOMPARE(h.resets, 1);
    h.model.setStatements(snapshotOf(sessions, QStringLiteral("rm-b")), StatementStat::group(sessions));
    QCOMPARE(h.resets, 2);
}

void TestStatementModel::randomizedMerges()
{
    QRandomGenerator rng(20'261'201);
    Harness h;
    QItemSelectionModel selection(&h.proxy);
    const QStringList shapes {QStringLiteral("select * from orders where id = %1"),
        QStringLiteral("select * from items where order_id in (%1, %1, %1)"),
        QStringLiteral("update stock set n = n - %1 where sku = 'x%1'"),
        QStringLiteral("insert into log values (%1, 'a')"), QStringLiteral("delete from carts where id = %1"),
        QStringLiteral("select count(*) from t%1"), QStringLiteral("select sleep(%1)")};
    std::map<qint64, Session> current;
    qint64 nextId = 1;
    const auto randomSession = [&](qint64 id) {
        const QString sql = shapes.at(rng.bounded(int(shapes.size()))).arg(rng.bounded(20));
        return running(id, sql, rng.bounded(0, 600), QStringLiteral("u%1").arg(rng.bounded(4)),
            QStringLiteral("db%1").arg(rng.bounded(3)));
    };
    const auto show = [&] {
        QList<Session> sessions;
        for (const auto& [id, session] : current)
            sessions.append(session);
        std::shuffle(sessions.begin(), sessions.end(), rng);
        const SnapshotPtr snapshot = snapshotOf(sessions);
        const QList<StatementStat> expected = StatementStat::group(*snapshot);
        h.model.setStatements(snapshot, expected);
        return expected;
    };
    for (int i = 0; i < 60; ++i, ++nextId)
        current.emplace(nextId, randomSession(nextId));
    show();

    for (int iteration = 0; iteration < 150; ++iteration) {
        // The user keeps a statement selected; it stays selected for as long as it exists.
        QString selectedKey;
        if (h.proxy.rowCount() > 0) {
            const QModelIndex pick = h.proxy.index(int(rng.bounded(h.proxy.rowCount())), 0);
            selection.setCurrentIndex(pick, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            selectedKey = pick.data(StatementModel::KeyRole).toString();
        }
        std::vector<qint64> ids;
        for (const auto& entry : current)
            ids.push_back(entry.first);
        std::shuffle(ids.begin(), ids.end(), rng);
        const int removeCount = int(rng.bounded(quint32(ids.size() / 4 + 1)));
        for (int i = 0; i < removeCount; ++i)
            current.erase(ids[i]);
        for (int i = removeCount; i < int(ids.size()) && i < removeCount + 10; ++i)
            current[ids[i]].time += rng.bounded(5);
        const int addCount = int(rng.bounded(quint32(20)));
        for (int i = 0; i < addCount; ++i, ++nextId)
            current.emplace(nextId, randomSession(nextId));

        const QList<StatementStat> expected = show();
        QCOMPARE(h.resets, 1);
        QCOMPARE(h.model.rowCount(), int(expected.size()));
        for (const StatementStat& stat : expected) {
            const int row = h.model.rowOfKey(stat.key);
            QVERIFY(row >= 0);
            QCOMPARE(h.model.statement(row), stat);
        }
        for (int row = 1; row < h.proxy.rowCount(); ++row) {
            QVERIFY(h.proxy.index(row - 1, StatementModel::TotalTimeColumn).data(StatementModel::SortRole).toLongLong()
                >= h.proxy.index(row, StatementModel::TotalTimeColumn).data(StatementModel::SortRole).toLongLong());
        }
        if (!selectedKey.isEmpty() && h.model.rowOfKey(selectedKey) >= 0) {
            QCOMPARE(selection.currentIndex().data(StatementModel::KeyRole).toString(), selectedKey);
            QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
        }
    }
}

QTEST_GUILESS_MAIN(TestStatementModel)
#include "tst_statementmodel.moc"
