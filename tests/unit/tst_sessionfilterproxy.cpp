// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

namespace {

Session makeSession(qint64 id, const QString& user, const QString& command, qint64 time, const QString& sql = {})
{
    SessionBuilder s(id);
    s.user(user)
        .client(QStringLiteral("192.0.2.%1").arg(id % 7))
        .db(id % 3 == 0 ? QString() : QStringLiteral("db%1").arg(id % 3))
        .command(command)
        .time(time)
        .state(command == QLatin1String("Query") ? QStringLiteral("Sending data") : QString())
        .sql(sql);
    if (command == QLatin1String("Sleep") && id % 4 == 0)
        s.transaction(QString::number(9000 + id));
    return s;
}

SnapshotPtr snapshotOf(const QList<Session>& sessions)
{
    return SnapshotBuilder(QStringLiteral("rm-proxy")).sessions(sessions).build();
}

QList<qint64> proxyIds(const QAbstractItemModel& proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong());
    return ids;
}

QSet<qint64> shownIdSet(const QAbstractItemModel& proxy)
{
    const QList<qint64> ids = proxyIds(proxy);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QList<Session> population(int count)
{
    QList<Session> sessions;
    for (int i = 1; i <= count; ++i) {
        const QString command = i % 5 == 0 ? QStringLiteral("Query")
                                           : (i % 11 == 0 ? QStringLiteral("Execute") : QStringLiteral("Sleep"));
        sessions.append(makeSession(i, i % 2 ? QStringLiteral("app_rw") : QStringLiteral("report"), command,
            (i * 37) % 500, i % 5 == 0 ? QStringLiteral("SELECT * FROM orders WHERE id = %1").arg(i) : QString()));
    }
    return sessions;
}

struct Harness
{
    SessionTableModel model;
    SessionFilterProxy proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    Harness()
    {
        proxy.setSourceModel(&model);
        proxy.sort(SessionTableModel::TimeColumn, Qt::DescendingOrder);
    }
};

} // namespace

class TestSessionFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void sortsNumericallyAndStably();
    void sortsTextCaseInsensitively();
    void activeOnlyAndIdleInTransaction();
    void textFilter_data();
    void textFilter();
    void invalidRegexKeepsThePreviousFilter();
    void chips();
    void systemSessionsAreHiddenButNotFromADrillDown();
    void drillDownShowsExactlyTheIds();
    void filtersAndSortHoldAfterMerges();
    void selectionSurvivesScatteredRemovals();
    void rowsLetBackInBySortOrder();
    void shownSnapshotIndexesFollowTheView();
    void blockersShowTheRootsOfLockChainsFirst();
};

void TestSessionFilterProxy::sortsNumericallyAndStably()
{
    Harness h;
    h.model.setSnapshot(snapshotOf({makeSession(1, QStringLiteral("a"), QStringLiteral("Query"), 9),
        makeSession(2, QStringLiteral("a"), QStringLiteral("Query"), 100),
        makeSession(3, QStringLiteral("a"), QStringLiteral("Query"), 9),
        makeSession(4, QStringLiteral("a"), QStringLiteral("Query"), 20)}));
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {2, 4, 3, 1}));
    h.proxy.sort(SessionTableModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {1, 3, 4, 2}));
    h.proxy.sort(SessionTableModel::SessionIdColumn, Qt::DescendingOrder);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {4, 3, 2, 1}));
}

void TestSessionFilterProxy::sortsTextCaseInsensitively()
{
    Harness h;
    h.model.setSnapshot(snapshotOf({makeSession(1, QStringLiteral("beta"), QStringLiteral("Sleep"), 1),
        makeSession(2, QStringLiteral("Alpha"), QStringLiteral("Sleep"), 1),
        makeSession(3, QStringLiteral("alpha"), QStringLiteral("Sleep"), 1),
        makeSession(4, QStringLiteral("Gamma"), QStringLiteral("Sleep"), 1)}));
    h.proxy.sort(SessionTableModel::UserColumn, Qt::AscendingOrder);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {2, 3, 1, 4}));
}

void TestSessionFilterProxy::activeOnlyAndIdleInTransaction()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(population(60)));
    QSignalSpy changed(&h.proxy, &SessionFilterProxy::filtersChanged);
    h.proxy.setActiveOnly(true);
    QCOMPARE(changed.count(), 1);
    for (int row = 0; row < h.proxy.rowCount(); ++row)
        QVERIFY(h.proxy.index(row, 0).data(SessionTableModel::ActiveRole).toBool());
    QCOMPARE(h.proxy.rowCount(),
        12 + 4); // every 5th is Query, 11 and 33 are Execute... of 60: 12 + (11,22,33,44) minus overlap
    h.proxy.setActiveOnly(false);
    h.proxy.setIdleInTransactionOnly(true);
    // Asleep (neither a multiple of 5 nor of 11) with a transaction (a multiple of 4): of 4..60
    // in steps of 4, not 20, 40, 60 (Query) nor 44 (Execute).
    QCOMPARE(h.proxy.rowCount(), 11);
    QCOMPARE(shownIdSet(h.proxy), (QSet<qint64> {4, 8, 12, 16, 24, 28, 32, 36, 48, 52, 56}));
    for (int row = 0; row < h.proxy.rowCount(); ++row)
        QVERIFY(h.proxy.index(row, 0).data(SessionTableModel::IdleInTransactionRole).toBool());
}

void TestSessionFilterProxy::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<int>("expected");
    QTest::addRow("user, any case") << QStringLiteral("REPORT") << false << 30;
    QTest::addRow("sql") << QStringLiteral("where id = 15") << false << 1;
    QTest::addRow("client") << QStringLiteral("192.0.2.6") << false << 8;
    QTest::addRow("regex") << QStringLiteral("^app_r[w]$") << true << 30;
    QTest::addRow("regex on sql") << QStringLiteral("id = (5|10)$") << true << 2;
    QTest::addRow("nothing") << QStringLiteral("no such thing") << false << 0;
    QTest::addRow("empty shows all") << QString() << false << 60;
}

void TestSessionFilterProxy::textFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(int, expected);
    Harness h;
    h.model.setSnapshot(snapshotOf(population(60)));
    QVERIFY(h.proxy.setTextFilter(text, regex));
    QCOMPARE(h.proxy.rowCount(), expected);
}

void TestSessionFilterProxy::invalidRegexKeepsThePreviousFilter()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(population(60)));
    QVERIFY(h.proxy.setTextFilter(QStringLiteral("report"), false));
    QCOMPARE(h.proxy.rowCount(), 30);
    QVERIFY(!h.proxy.setTextFilter(QStringLiteral("(unclosed"), true));
    QVERIFY(!h.proxy.textFilterError().isEmpty());
    QCOMPARE(h.proxy.textFilter(), QStringLiteral("report"));
    QCOMPARE(h.proxy.rowCount(), 30);
}

void TestSessionFilterProxy::chips()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(population(60)));
    const SessionFilterProxy::Chip user {SessionTableModel::UserColumn, QStringLiteral("report")};
    const SessionFilterProxy::Chip noDb {SessionTableModel::DbNameColumn, QString()};
    h.proxy.addChip(user);
    h.proxy.addChip(user);
    QCOMPARE(h.proxy.chips().size(), 1);
    QCOMPARE(h.proxy.rowCount(), 30);
    h.proxy.addChip(noDb);
    // Even ids that are multiples of 3: 6, 12, ..., 60.
    QCOMPARE(h.proxy.rowCount(), 10);
    h.proxy.removeChip(user);
    QCOMPARE(h.proxy.rowCount(), 20);
    h.proxy.clearAllFilters();
    QCOMPARE(h.proxy.rowCount(), 60);

    // Clearing the chips lifts them all in one change and leaves the other filters in place.
    h.proxy.addChip(user);
    h.proxy.addChip(noDb);
    h.proxy.setActiveOnly(true);
    QSignalSpy changed(&h.proxy, &SessionFilterProxy::filtersChanged);
    h.proxy.clearChips();
    QCOMPARE(changed.size(), 1);
    QVERIFY(h.proxy.chips().isEmpty());
    QVERIFY(h.proxy.activeOnly());
    // Active: the twelve multiples of 5 (Query) and 11, 22, 33, 44 (Execute).
    QCOMPARE(h.proxy.rowCount(), 16);
    h.proxy.clearChips();
    QCOMPARE(changed.size(), 1);
}

void TestSessionFilterProxy::systemSessionsAreHiddenButNotFromADrillDown()
{
    Harness h;
    QList<Session> sessions = population(20);
    sessions.append(makeSession(101, QStringLiteral("aliyun_root"), QStringLiteral("Sleep"), 5, {}));
    sessions.append(makeSession(102, QStringLiteral("event_scheduler"), QStringLiteral("Daemon"), 9000, {}));
    h.model.setSnapshot(snapshotOf(sessions));
    h.proxy.setSystemSessionRule([](const Session& session, qint64) {
        return session.user == QLatin1String("aliyun_root") || session.command == QLatin1String("Daemon");
    });
    QCOMPARE(h.proxy.rowCount(), 22);
    QCOMPARE(h.proxy.hiddenSystemCount(), 0);

    QSignalSpy changed(&h.proxy, &SessionFilterProxy::filtersChanged);
    h.proxy.setHideSystemSessions(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(h.proxy.rowCount(), 20);
    QVERIFY(!shownIdSet(h.proxy).contains(101));
    QVERIFY(!shownIdSet(h.proxy).contains(102));
    QCOMPARE(h.proxy.hiddenSystemCount(), 2);

    // A drill-down shows exactly its threads, system ones included.
    h.proxy.setDrillDown({1, 102});
    QCOMPARE(shownIdSet(h.proxy), (QSet<qint64> {1, 102}));
    QCOMPARE(h.proxy.hiddenSystemCount(), 0);
    h.proxy.clearDrillDown();

    // The count follows the next snapshot.
    sessions.removeLast();
    h.model.setSnapshot(snapshotOf(sessions));
    QCOMPARE(h.proxy.rowCount(), 20);
    QCOMPARE(h.proxy.hiddenSystemCount(), 1);
    h.proxy.setHideSystemSessions(false);
    QCOMPARE(h.proxy.rowCount(), 21);
    QCOMPARE(h.proxy.hiddenSystemCount(), 0);
}

void TestSessionFilterProxy::drillDownShowsExactlyTheIds()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(population(60)));
    h.proxy.setDrillDown({5, 7, 11, 999});
    QVERIFY(h.proxy.hasDrillDown());
    QCOMPARE(shownIdSet(h.proxy), (QSet<qint64> {5, 7, 11}));
    QCOMPARE(h.proxy.drillDownMissingCount(), 1);
    // Combined with another filter, both apply.
    h.proxy.setActiveOnly(true);
    QCOMPARE(shownIdSet(h.proxy), (QSet<qint64> {5, 11}));
    h.proxy.clearDrillDown();
    QVERIFY(!h.proxy.hasDrillDown());
    QCOMPARE(h.proxy.rowCount(), 16);
}

void TestSessionFilterProxy::filtersAndSortHoldAfterMerges()
{
    Harness h;
    QList<Session> sessions = population(200);
    h.model.setSnapshot(snapshotOf(sessions));
    h.proxy.setActiveOnly(true);
    // The active sessions (Query or Execute) after each round, counted outside this program.
    const QList<int> activeAfterRound {64, 66, 70, 76, 74};
    for (int round = 0; round < 5; ++round) {
        // Time grows, some sessions change command, a few end, a few start.
        for (Session& s : sessions) {
            s.time += 5;
            if (s.sessionId % 7 == round)
                s.command = s.command == QLatin1String("Sleep") ? QStringLiteral("Query") : QStringLiteral("Sleep");
        }
        sessions.removeIf([round](const Session& s) { return s.sessionId % 13 == round; });
        sessions.append(makeSession(1000 + round, QStringLiteral("new"), QStringLiteral("Query"), 0));
        h.model.setSnapshot(snapshotOf(sessions));
        QCOMPARE(h.proxy.rowCount(), activeAfterRound[round]);
        for (int row = 0; row < h.proxy.rowCount(); ++row) {
            QVERIFY(h.proxy.index(row, 0).data(SessionTableModel::ActiveRole).toBool());
            if (row > 0)
                QVERIFY(
                    h.proxy.index(row - 1, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong()
                    >= h.proxy.index(row, SessionTableModel::TimeColumn)
                           .data(SessionTableModel::SortRole)
                           .toLongLong());
        }
    }
}

void TestSessionFilterProxy::selectionSurvivesScatteredRemovals()
{
    Harness h;
    QList<Session> sessions = population(400);
    h.model.setSnapshot(snapshotOf(sessions));
    QItemSelectionModel selection(&h.proxy);
    const QList<qint64> chosen {3, 4, 100, 101, 250};
    for (const qint64 id : chosen) {
        const QModelIndex index = h.proxy.mapFromSource(h.model.indexOfSession(id));
        selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    selection.setCurrentIndex(h.proxy.mapFromSource(h.model.indexOfSession(250)), QItemSelectionModel::NoUpdate);
    QSignalSpy layout(&h.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
    // Every odd session ends: 200 separate ranges, far more than MaxRemovalRanges.
    sessions.removeIf([](const Session& s) { return s.sessionId % 2 == 1; });
    for (Session& s : sessions)
        s.time += 5;
    h.model.setSnapshot(snapshotOf(sessions));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(h.model.rowCount(), 200);
    QSet<qint64> selectedIds;
    for (const QModelIndex& index : selection.selectedRows())
        selectedIds.insert(index.data(SessionTableModel::SessionIdRole).toLongLong());
    QCOMPARE(selectedIds, (QSet<qint64> {4, 100, 250}));
    QCOMPARE(selection.currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(), 250);
}

void TestSessionFilterProxy::rowsLetBackInBySortOrder()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(population(120)));
    QItemSelectionModel selection(&h.proxy);
    const QModelIndex chosen = h.proxy.mapFromSource(h.model.indexOfSession(40));
    selection.select(chosen, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    for (const bool activeOnly : {true, false}) {
        h.proxy.setActiveOnly(activeOnly);
        for (int row = 1; row < h.proxy.rowCount(); ++row) {
            QVERIFY(h.proxy.index(row - 1, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong()
                >= h.proxy.index(row, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong());
        }
    }
    QCOMPARE(h.proxy.rowCount(), 120);
    // Session 40 is active (every fifth is a Query): it stayed selected through both changes.
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(SessionTableModel::SessionIdRole).toLongLong(), 40);
}

void TestSessionFilterProxy::shownSnapshotIndexesFollowTheView()
{
    Harness h;
    QVERIFY(h.proxy.shownSnapshotIndexes().isEmpty());
    const auto query
        = [](qint64 id, qint64 time) { return makeSession(id, QStringLiteral("a"), QStringLiteral("Query"), time); };
    h.model.setSnapshot(snapshotOf({query(1, 10), query(2, 50), query(3, 30), query(4, 40), query(5, 20)}));
    // A merge keeps the model's rows where they were, so they no longer follow the snapshot's order.
    const SnapshotPtr merged = snapshotOf({query(6, 60), query(3, 30), query(1, 10), query(5, 20), query(2, 50)});
    h.model.setSnapshot(merged);
    h.proxy.setDrillDown({1, 2, 3, 6});
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {6, 2, 3, 1}));
    QCOMPARE(h.proxy.shownSnapshotIndexes(), (QList<qsizetype> {0, 4, 1, 2}));

    h.proxy.sort(SessionTableModel::SessionIdColumn, Qt::AscendingOrder);
    QCOMPARE(h.proxy.shownSnapshotIndexes(), (QList<qsizetype> {2, 4, 1, 0}));
    h.proxy.setDrillDown({});
    QVERIFY(h.proxy.shownSnapshotIndexes().isEmpty());
    h.proxy.clearDrillDown();
    QCOMPARE(h.proxy.shownSnapshotIndexes().size(), merged->sessions.size());
}

void TestSessionFilterProxy::blockersShowTheRootsOfLockChainsFirst()
{
    // 1 blocks 2, which blocks 3; 5 blocks 6. The roots, 1 and 5, wait for no one.
    QList<Session> sessions {makeSession(1, QStringLiteral("a"), QStringLiteral("Sleep"), 10),
        makeSession(2, QStringLiteral("a"), QStringLiteral("Query"), 500),
        makeSession(3, QStringLiteral("a"), QStringLiteral("Query"), 400),
        makeSession(5, QStringLiteral("a"), QStringLiteral("Sleep"), 300),
        makeSession(6, QStringLiteral("a"), QStringLiteral("Query"), 200),
        makeSession(7, QStringLiteral("a"), QStringLiteral("Query"), 900)};
    sessions[1].blockedBy = 1;
    sessions[2].blockedBy = 2;
    sessions[4].blockedBy = 5;
    auto snapshot = SnapshotBuilder(QStringLiteral("db:3306")).sessions(sessions).build();
    snapshot->lockWaitsKnown = true;
    snapshot->lockWaits = {{2, 1, {}, {}, 0, {}, {}}, {3, 2, {}, {}, 0, {}, {}}, {6, 5, {}, {}, 0, {}, {}}};
    Harness h;
    h.model.setSnapshot(snapshot);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {7, 2, 3, 5, 6, 1})); // by time, longest first
    h.proxy.setBlockersOnly(true);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {5, 1, 2}));
    h.proxy.sort(SessionTableModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {1, 5, 2}));
    h.proxy.setBlockersOnly(false);
    QCOMPARE(proxyIds(h.proxy), (QList<qint64> {1, 6, 5, 3, 2, 7}));
}

QTEST_GUILESS_MAIN(TestSessionFilterProxy)
#include "tst_sessionfilterproxy.moc"
