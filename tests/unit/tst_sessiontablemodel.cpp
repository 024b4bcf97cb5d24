// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <map>
#include <vector>

using IdList = QList<qint64>;
using RowRange = QPair<int, int>;
using RangeList = QList<RowRange>;

namespace {

QString instanceA()
{
    return QStringLiteral("rm-a");
}

Session makeSession(qint64 id, qint64 time)
{
    SessionBuilder s(id);
    s.user(QStringLiteral("user%1").arg(id % 7))
        .client(QStringLiteral("10.0.0.%1").arg(id % 250))
        .db(QStringLiteral("db%1").arg(id % 3))
        .command(id % 2 ? QStringLiteral("Query") : QStringLiteral("Sleep"))
        .time(time)
        .state(QStringLiteral("executing"))
        .sql(QStringLiteral("SELECT %1").arg(id))
        .alias(QStringLiteral("alias%1").arg(id % 5))
        .sqlTemplate(QStringLiteral("tpl%1").arg(id % 4));
    if (id % 3 == 0)
        s.transaction(QString::number(900'000 + id), time);
    return s;
}

// Time derived from the id but not monotonic in it, so the proxy's order differs from the model's.
qint64 defaultTime(qint64 id)
{
    return (id * 37) % 101;
}

QList<Session> sessionsFor(const IdList& ids)
{
    QList<Session> sessions;
    for (const qint64 id : ids)
        sessions.append(makeSession(id, defaultTime(id)));
    return sessions;
}

// A visible change, in a different field depending on the id.
Session changed(Session s)
{
    switch (s.sessionId % 5) {
    case 0:
        s.time += 1000;
        break;
    case 1:
        s.state = QStringLiteral("Sending data");
        break;
    case 2:
        s.sqlText = QStringLiteral("UPDATE t SET v = %1").arg(s.sessionId);
        break;
    case 3:
        s.command = s.command == QLatin1String("Sleep") ? QStringLiteral("Query") : QStringLiteral("Sleep");
        break;
    default:
        s.trxId = QStringLiteral("trx-%1").arg(s.sessionId);
        break;
    }
    return s;
}

SnapshotPtr snapshotOf(const QList<Session>& sessions, const QString& instance = instanceA(), const QString& node = {})
{
    return SnapshotBuilder(instance).node(node).sessions(sessions).counted().build();
}

IdList sorted(IdList ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

IdList modelIds(const SessionTableModel& model)
{
    IdList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.session(row).sessionId);
    return ids;
}

IdList proxyIds(const QAbstractItemModel& proxy)
{
    IdList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong());
    return ids;
}

IdList newIds(const SessionTableModel& model)
{
    IdList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, SessionTableModel::UserColumn).data(SessionTableModel::NewRole).toBool())
            ids.append(model.session(row).sessionId);
    }
    return sorted(ids);
}

// The (first, last) rows of each emission of a rows* signal, in emission order.
RangeList rowRanges(const QSignalSpy& spy)
{
    RangeList ranges;
    for (const QVariantList& args : spy)
        ranges.append({args.at(1).toInt(), args.at(2).toInt()});
    return ranges;
}

// The row ranges of each dataChanged emission. A range that does not span every column is reported
// as (-1, -1), so that a partial change never passes for a whole row.
RangeList changedRanges(const QSignalSpy& spy)
{
    RangeList ranges;
    for (const QVariantList& args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.column() != 0 || bottomRight.column() != SessionTableModel::ColumnCount - 1)
            ranges.append({-1, -1});
        else
            ranges.append({topLeft.row(), bottomRight.row()});
    }
    return ranges;
}

bool inRanges(const RangeList& ranges, int row)
{
    return std::any_of(
        ranges.cbegin(), ranges.cend(), [row](const RowRange& r) { return r.first <= row && row <= r.second; });
}

// Empty when the model holds exactly the snapshot's sessions (matched by id, in any order) and its
// lookups by id agree with its rows; otherwise what differs.
QString mismatch(const SessionTableModel& model, const SessionSnapshot& snapshot)
{
    if (model.rowCount() != snapshot.sessions.size())
        return QStringLiteral("model has %1 rows, the snapshot %2 sessions")
            .arg(model.rowCount())
            .arg(snapshot.sessions.size());
    std::map<qint64, const Session*> expected;
    for (const Session& s : snapshot.sessions)
        expected.emplace(s.sessionId, &s);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Session& s = model.session(row);
        const auto it = expected.find(s.sessionId);
        if (it == expected.end())
            return QStringLiteral("row %1 holds session %2, which is not in the snapshot").arg(row).arg(s.sessionId);
        if (!(s == *it->second))
            return QStringLiteral("row %1: session %2 differs from the snapshot").arg(row).arg(s.sessionId);
        if (seen.contains(s.sessionId))
            return QStringLiteral("session %1 appears twice").arg(s.sessionId);
        seen.insert(s.sessionId);
        if (model.rowOfSession(s.sessionId) != row)
            return QStringLiteral("rowOfSession(%1) is %2, expected %3")
                .arg(s.sessionId)
                .arg(model.rowOfSession(s.sessionId))
                .arg(row);
        if (model.indexOfSession(s.sessionId, SessionTableModel::TimeColumn)
            != model.index(row, SessionTableModel::TimeColumn))
            return QStringLiteral("indexOfSession(%1) points at the wrong cell").arg(s.sessionId);
        const QModelIndex time = model.index(row, SessionTableModel::TimeColumn);
        if (time.data(SessionTableModel::SessionIdRole).toLongLong() != s.sessionId
            || time.data(SessionTableModel::SortRole).toLongLong() != s.time
            || time.data(Qt::DisplayRole).toString() != QString::number(s.time)
            || model.index(row, SessionTableModel::SqlTextColumn).data().toString() != s.sqlText)
            return QStringLiteral("row %1: data() disagrees with session %2").arg(row).arg(s.sessionId);
    }
    return {};
}

// Empty when every row's id lookup agrees with the row, as a slot connected to the model sees it.
QString lookupProblem(const SessionTableModel& model, const char* when)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.session(row).sessionId;
        if (model.rowOfSession(id) != row || model.indexOfSession(id) != model.index(row, 0))
            return QStringLiteral("in %1: rowOfSession(%2) is %3, the session is at row %4")
                .arg(QLatin1String(when))
                .arg(id)
                .arg(model.rowOfSession(id))
                .arg(row);
    }
    return {};
}

bool proxySortedByTimeDescending(const QAbstractItemModel& proxy)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const qint64 above
            = proxy.index(row - 1, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong();
        const qint64 below
            = proxy.index(row, SessionTableModel::TimeColumn).data(SessionTableModel::SortRole).toLongLong();
        if (above < below)
            return false;
    }
    return true;
}

// The model under test, the proxy the session view sorts and filters it with (SessionFilterProxy,
// set up as MainWindow does: the table's default sort, Time longest first), and a model tester on both.
class Harness
{
public:
    Harness()
        : modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        , proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        proxy.setSourceModel(&model);
        proxy.sort(SessionTableModel::TimeColumn, Qt::DescendingOrder);
        QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &model, [this] { ++resets; });
    }

    SessionTableModel model;
    SessionFilterProxy proxy;
    QAbstractItemModelTester modelTester;
    QAbstractItemModelTester proxyTester;
    int resets = 0;
};

IdList range(qint64 first, qint64 last)
{
    IdList ids;
    for (qint64 id = first; id <= last; ++id)
        ids.append(id);
    return ids;
}

IdList without(const IdList& ids, const IdList& removed)
{
    IdList rest;
    for (const qint64 id : ids) {
        if (!removed.contains(id))
            rest.append(id);
    }
    return rest;
}

} // namespace

class TestSessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void firstFillResets();
    void laterSnapshotsNeverReset();
    void removal_data();
    void removal();
    void insertion_data();
    void insertion();
    void changes_data();
    void changes();
    void persistentIndexesFollowTheirSession();
    void selectionSurvivesMerge();
    void proxySortHoldsAfterMerge();
    void newRoleMarksOnlyTheLatestArrivals();
    void sessionsEndedReportsExactlyTheVanished();
    void otherInstanceResets_data();
    void otherInstanceResets();
    void clearThenFillResets();
    void lookupsStayCorrectAfterMerges();
    void lookupsAreCorrectInsideModelSignals();
    void duplicateIdsDoNotAccumulate();
    void longRunningThreshold();
    void randomizedMerges();
};

void TestSessionTableModel::firstFillResets()
{
    Harness h;
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    const auto snapshot = snapshotOf(sessionsFor({5, 3, 9, 1}));
    h.model.setSnapshot(snapshot);

    QCOMPARE(h.resets, 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(modelIds(h.model), IdList({5, 3, 9, 1}));
    QVERIFY2(mismatch(h.model, *snapshot).isEmpty(), qPrintable(mismatch(h.model, *snapshot)));
    QVERIFY(h.model.snapshot() == snapshot);
    // The first fill is not "new": every session would otherwise be highlighted on start.
    QCOMPARE(newIds(h.model), IdList());
    QCOMPARE(h.proxy.rowCount(), 4);
}

void TestSessionTableModel::laterSnapshotsNeverReset()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(range(1, 10))));
    QCOMPARE(h.resets, 1);

    const QList<IdList> later {range(1, 10), range(3, 12), {}, range(20, 25), range(20, 25), {7}};
    for (const IdList& ids : later) {
        QList<Session> sessions = sessionsFor(ids);
        if (!sessions.isEmpty())
            sessions.first() = changed(sessions.first());
        const auto snapshot = snapshotOf(sessions);
        h.model.setSnapshot(snapshot);
        QVERIFY2(mismatch(h.model, *snapshot).isEmpty(), qPrintable(mismatch(h.model, *snapshot)));
    }
    QCOMPARE(h.resets, 1);
}

void TestSessionTableModel::removal_data()
{
    QTest::addColumn<IdList>("before");
    QTest::addColumn<IdList>("removed");
    // rowsAboutToBeRemoved (first, last), in emission order: from the back.
    QTest::addColumn<RangeList>("ranges");

    const IdList ten = range(1, 10);
    QTest::addRow("first") << ten << IdList {1} << RangeList {{0, 0}};
    QTest::addRow("first two") << ten << IdList {1, 2} << RangeList {{0, 1}};
    QTest::addRow("middle") << ten << IdList {5} << RangeList {{4, 4}};
    QTest::addRow("middle run") << ten << IdList {4, 5, 6} << RangeList {{3, 5}};
    QTest::addRow("last") << ten << IdList {10} << RangeList {{9, 9}};
    QTest::addRow("last three") << ten << IdList {8, 9, 10} << RangeList {{7, 9}};
    QTest::addRow("disjoint ranges") << ten << IdList {1, 2, 5, 7, 8, 10} << RangeList {{9, 9}, {6, 7}, {4, 4}, {0, 1}};
    QTest::addRow("every other") << ten << IdList {2, 4, 6, 8, 10}
                                 << RangeList {{9, 9}, {7, 7}, {5, 5}, {3, 3}, {1, 1}};
    QTest::addRow("all but one") << ten << without(ten, {6}) << RangeList {{6, 9}, {0, 4}};
    QTest::addRow("all") << ten << ten << RangeList {{0, 9}};
    QTest::addRow("the only row") << IdList {42} << IdList {42} << RangeList {{0, 0}};
    QTest::addRow("nothing") << ten << IdList {} << RangeList {};
}

void TestSessionTableModel::removal()
{
    QFETCH(IdList, before);
    QFETCH(IdList, removed);
    QFETCH(RangeList, ranges);

    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(before)));

    QSignalSpy aboutToRemove(&h.model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy rowsRemoved(&h.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy dataChanged(&h.model, &QAbstractItemModel::dataChanged);
    QSignalSpy ended(&h.model, &SessionTableModel::sessionsEnded);
    // What each range held when it was announced: exactly sessions that vanished.
    IdList announced;
    connect(&h.model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row)
            announced.append(h.model.session(row).sessionId);
    });

    const IdList remaining = without(before, removed);
    // The snapshot lists the survivors in another order: the merge goes by id, not by position.
    IdList reversed = remaining;
    std::reverse(reversed.begin(), reversed.end());
    const auto next = snapshotOf(sessionsFor(reversed));
    h.model.setSnapshot(next);

    QCOMPARE(h.resets, 1);
    QCOMPARE(rowRanges(aboutToRemove), ranges);
    QCOMPARE(rowRanges(rowsRemoved), ranges);
    QCOMPARE(sorted(announced), sorted(removed));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(dataChanged.count(), 0);
    // Survivors keep their relative order, so nothing in the view jumps.
    QCOMPARE(modelIds(h.model), remaining);
    QVERIFY2(mismatch(h.model, *next).isEmpty(), qPrintable(mismatch(h.model, *next)));
    if (removed.isEmpty()) {
        QCOMPARE(ended.count(), 0);
    } else {
        QCOMPARE(ended.count(), 1);
        QCOMPARE(sorted(ended.first().first().value<IdList>()), sorted(removed));
    }
    QCOMPARE(sorted(proxyIds(h.proxy)), sorted(remaining));
    QVERIFY(proxySortedByTimeDescending(h.proxy));
}

void TestSessionTableModel::insertion_data()
{
    QTest::addColumn<IdList>("before");
    QTest::addColumn<IdList>("after");
    // The single rowsInserted range and the ids it appends, in the snapshot's order.
    QTest::addColumn<RowRange>("insertedRows");
    QTest::addColumn<IdList>("appended");

    QTest::addRow("one at the end") << range(1, 5) << range(1, 6) << RowRange {5, 5} << IdList {6};
    QTest::addRow("several, listed first")
        << range(1, 5) << IdList {9, 7, 1, 2, 3, 4, 5, 8} << RowRange {5, 7} << IdList {9, 7, 8};
    QTest::addRow("into an empty model") << IdList {} << IdList {4, 2, 8} << RowRange {0, 2} << IdList {4, 2, 8};
    QTest::addRow("with removals") << range(1, 5) << IdList {2, 4, 11, 12} << RowRange {2, 3} << IdList {11, 12};
    QTest::addRow("replacing all") << range(1, 3) << IdList {7, 8} << RowRange {0, 1} << IdList {7, 8};
}

void TestSessionTableModel::insertion()
{
    QFETCH(IdList, before);
    QFETCH(IdList, after);
    QFETCH(RowRange, insertedRows);
    QFETCH(IdList, appended);

    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(before)));
    QSignalSpy aboutToInsert(&h.model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy rowsInserted(&h.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(&h.model, &QAbstractItemModel::dataChanged);

    const auto next = snapshotOf(sessionsFor(after));
    h.model.setSnapshot(next);

    QCOMPARE(h.resets, 1);
    QCOMPARE(rowRanges(aboutToInsert), RangeList {insertedRows});
    QCOMPARE(rowRanges(rowsInserted), RangeList {insertedRows});
    QCOMPARE(dataChanged.count(), 0);
    const IdList ids = modelIds(h.model);
    QCOMPARE(ids.mid(insertedRows.first), appended);
    QCOMPARE(ids.first(insertedRows.first), without(before, without(before, after)));
    QVERIFY2(mismatch(h.model, *next).isEmpty(), qPrintable(mismatch(h.model, *next)));
    QCOMPARE(newIds(h.model), sorted(appended));
    QCOMPARE(sorted(proxyIds(h.proxy)), sorted(after));
    QVERIFY(proxySortedByTimeDescending(h.proxy));
}

void TestSessionTableModel::changes_data()
{
    QTest::addColumn<IdList>("removed");
    QTest::addColumn<IdList>("changedIds");
    // dataChanged row ranges, each spanning every column, in emission order.
    QTest::addColumn<RangeList>("ranges");

    QTest::addRow("nothing") << IdList {} << IdList {} << RangeList {};
    QTest::addRow("one") << IdList {} << IdList {4} << RangeList {{3, 3}};
    QTest::addRow("first") << IdList {} << IdList {1} << RangeList {{0, 0}};
    QTest::addRow("last") << IdList {} << IdList {10} << RangeList {{9, 9}};
    QTest::addRow("one run") << IdList {} << IdList {3, 4, 5} << RangeList {{2, 4}};
    QTest::addRow("disjoint runs") << IdList {} << IdList {1, 2, 5, 9, 10} << RangeList {{0, 1}, {4, 4}, {8, 9}};
    QTest::addRow("every field kind") << IdList {} << IdList {5, 6, 7, 8, 9} << RangeList {{4, 8}};
    QTest::addRow("all") << IdList {} << range(1, 10) << RangeList {{0, 9}};
    // Rows after the removal: 1 4 5 6 7 8 9 10.
    QTest::addRow("after removals") << IdList {2, 3} << IdList {4, 6, 7} << RangeList {{1, 1}, {3, 4}};
    QTest::addRow("around removals") << IdList {5} << IdList {4, 6} << RangeList {{3, 4}};
}

void TestSessionTableModel::changes()
{
    QFETCH(IdList, removed);
    QFETCH(IdList, changedIds);
    QFETCH(RangeList, ranges);

    Harness h;
    const IdList before = range(1, 10);
    h.model.setSnapshot(snapshotOf(sessionsFor(before)));
    QSignalSpy dataChanged(&h.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);

    QList<Session> sessions;
    for (const Session& s : sessionsFor(without(before, removed)))
        sessions.append(changedIds.contains(s.sessionId) ? changed(s) : s);
    const auto next = snapshotOf(sessions);
    h.model.setSnapshot(next);

    QCOMPARE(h.resets, 1);
    QCOMPARE(changedRanges(dataChanged), ranges);
    QCOMPARE(inserted.count(), 0);
    QVERIFY2(mismatch(h.model, *next).isEmpty(), qPrintable(mismatch(h.model, *next)));
    QCOMPARE(newIds(h.model), IdList());
    QVERIFY(proxySortedByTimeDescending(h.proxy));
}

void TestSessionTableModel::persistentIndexesFollowTheirSession()
{
    Harness h;
    const IdList before = range(1, 20);
    h.model.setSnapshot(snapshotOf(sessionsFor(before)));

    struct Tracked
    {
        qint64 id;
        QPersistentModelIndex source;
        QPersistentModelIndex proxy;
    };
    std::vector<Tracked> tracked;
    for (const qint64 id : before) {
        const QModelIndex source = h.model.indexOfSession(id, SessionTableModel::StateColumn);
        tracked.push_back({id, source, h.proxy.mapFromSource(source)});
    }

    // Three refreshes: removals at the edges and in the middle, time changes that move rows in the
    // proxy's order, and arrivals.
    const QList<IdList> removals {{1, 5, 6, 20}, {2, 12}, {19}};
    const QList<IdList> changes {{3, 7, 19}, {4, 8, 9, 18}, {3, 10, 11}};
    const QList<IdList> arrivals {{21, 22, 23}, {24}, {25, 26}};
    IdList alive = before;
    QMap<qint64, Session> current;
    for (const Session& s : sessionsFor(before))
        current.insert(s.sessionId, s);
    for (qsizetype step = 0; step < removals.size(); ++step) {
        alive = without(alive, removals[step]) + arrivals[step];
        for (const qint64 id : removals[step])
            current.remove(id);
        for (const qint64 id : changes[step])
            current[id] = changed(current[id]);
        for (const Session& s : sessionsFor(arrivals[step]))
            current.insert(s.sessionId, s);
        const auto next = snapshotOf(current.values());
        h.model.setSnapshot(next);
        QVERIFY2(mismatch(h.model, *next).isEmpty(), qPrintable(mismatch(h.model, *next)));

        for (const Tracked& t : tracked) {
            if (!alive.contains(t.id)) {
                QVERIFY2(!t.source.isValid(), qPrintable(QString::number(t.id)));
                QVERIFY2(!t.proxy.isValid(), qPrintable(QString::number(t.id)));
                continue;
            }
            QVERIFY(t.source.isValid());
            QVERIFY(t.proxy.isValid());
            QCOMPARE(t.source.column(), int(SessionTableModel::StateColumn));
            QCOMPARE(t.proxy.column(), int(SessionTableModel::StateColumn));
            QCOMPARE(t.source.data(SessionTableModel::SessionIdRole).toLongLong(), t.id);
            QCOMPARE(t.proxy.data(SessionTableModel::SessionIdRole).toLongLong(), t.id);
            QCOMPARE(t.proxy.data().toString(), current[t.id].state);
            QCOMPARE(h.proxy.mapToSource(t.proxy), QModelIndex(t.source));
        }
    }
    QCOMPARE(h.resets, 1);
}

void TestSessionTableModel::selectionSurvivesMerge()
{
    Harness h;
    QItemSelectionModel selection(&h.proxy);
    const IdList before = range(1, 30);
    QMap<qint64, Session> current;
    for (const Session& s : sessionsFor(before))
        current.insert(s.sessionId, s);
    h.model.setSnapshot(snapshotOf(current.values()));

    const IdList selected {4, 9, 17, 25};
    for (const qint64 id : selected)
        selection.select(
            h.proxy.mapFromSource(h.model.indexOfSession(id)), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(
        h.proxy.mapFromSource(h.model.indexOfSession(9, SessionTableModel::UserColumn)), QItemSelectionModel::NoUpdate);

    const auto selectedIds = [&] {
        IdList ids;
        for (const QModelIndex& index : selection.selectedRows())
            ids.append(index.data(SessionTableModel::SessionIdRole).toLongLong());
        return sorted(ids);
    };
    QCOMPARE(selectedIds(), selected);

    // Removes a selected session and neighbours of selected ones, moves selected and unselected
    // rows in the sort order, and adds sessions.
    for (const qint64 id : {3, 10, 25, 26})
        current.remove(id);
    for (const qint64 id : {4, 12, 17, 18}) {
        current[id].time = 500 + id;
        current[id].state = QStringLiteral("moved");
    }
    for (const Session& s : sessionsFor({31, 32, 33}))
        current.insert(s.sessionId, s);
    current[33].time = 1000;
    h.model.setSnapshot(snapshotOf(current.values()));

    QCOMPARE(h.resets, 1);
    QCOMPARE(selectedIds(), IdList({4, 9, 17}));
    // Whole rows, nothing more: no cell of any other session is selected.
    QCOMPARE(selection.selectedIndexes().size(), 3 * int(SessionTableModel::ColumnCount));
    QCOMPARE(selection.currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(), 9);
    QCOMPARE(selection.currentIndex().column(), int(SessionTableModel::UserColumn));
    QVERIFY(proxySortedByTimeDescending(h.proxy));

    // A second refresh that changes nothing leaves the selection alone.
    h.model.setSnapshot(snapshotOf(current.values()));
    QCOMPARE(selectedIds(), IdList({4, 9, 17}));
}

void TestSessionTableModel::proxySortHoldsAfterMerge()
{
    Harness h;
    QList<Session> sessions;
    const QList<QPair<qint64, qint64>> idTime {{1, 9}, {2, 100}, {3, 10}, {4, 1000}, {5, 0}, {6, 99}, {7, 2}};
    for (const auto& [id, time] : idTime)
        sessions.append(makeSession(id, time));
    h.model.setSnapshot(snapshotOf(sessions));

    // Numeric, longest first: a text sort would put 9 above 100 and 1000.
    QCOMPARE(proxyIds(h.proxy), IdList({4, 2, 6, 3, 1, 7, 5}));
    QCOMPARE(h.proxy.index(1, SessionTableModel::TimeColumn).data().toString(), QStringLiteral("100"));
    QCOMPARE(h.proxy.index(4, SessionTableModel::TimeColumn).data().toString(), QStringLiteral("9"));

    // Times grow, one session goes, two arrive.
    sessions.removeAt(3); // id 4
    for (Session& s : sessions)
        s.time += s.sessionId == 1 ? 300 : 1;
    sessions.append(makeSession(8, 11));
    sessions.append(makeSession(9, 250));
    h.model.setSnapshot(snapshotOf(sessions));

    // 1: 309, 9: 250, 2: 101, 6: 100, 8: 11, 3: 11, 7: 3, 5: 1.
    const IdList order = proxyIds(h.proxy);
    QCOMPARE(order.size(), 8);
    QCOMPARE(order.mid(0, 4), IdList({1, 9, 2, 6}));
    QCOMPARE(sorted(order.mid(4, 2)), IdList({3, 8}));
    QCOMPARE(order.mid(6), IdList({7, 5}));
    QVERIFY(proxySortedByTimeDescending(h.proxy));
    QCOMPARE(h.resets, 1);

    QCOMPARE(h.model.headerData(SessionTableModel::TimeColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
        int(Qt::DescendingOrder));
    QCOMPARE(h.model.headerData(SessionTableModel::UserColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
        int(Qt::AscendingOrder));
}

void TestSessionTableModel::newRoleMarksOnlyTheLatestArrivals()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(range(1, 5))));
    QCOMPARE(newIds(h.model), IdList());

    h.model.setSnapshot(snapshotOf(sessionsFor({1, 2, 3, 4, 5, 11, 12})));
    QCOMPARE(newIds(h.model), IdList({11, 12}));

    // The next arrivals replace the mark; the former arrivals are repainted as no longer new.
    QSignalSpy dataChanged(&h.model, &QAbstractItemModel::dataChanged);
    h.model.setSnapshot(snapshotOf(sessionsFor({1, 2, 3, 4, 5, 11, 12, 13})));
    QCOMPARE(newIds(h.model), IdList({13}));
    RangeList expected {{h.model.rowOfSession(11), h.model.rowOfSession(12)}};
    QCOMPARE(changedRanges(dataChanged), expected);

    // A refresh without arrivals leaves nothing marked.
    dataChanged.clear();
    h.model.setSnapshot(snapshotOf(sessionsFor({1, 2, 3, 4, 5, 11, 12, 13})));
    QCOMPARE(newIds(h.model), IdList());
    expected = {{h.model.rowOfSession(13), h.model.rowOfSession(13)}};
    QCOMPARE(changedRanges(dataChanged), expected);

    // A session that left and came back is new again.
    h.model.setSnapshot(snapshotOf(sessionsFor({2, 3, 4, 5, 11, 12, 13})));
    h.model.setSnapshot(snapshotOf(sessionsFor({1, 2, 3, 4, 5, 11, 12, 13})));
    QCOMPARE(newIds(h.model), IdList({1}));
    QCOMPARE(h.resets, 1);
}

void TestSessionTableModel::sessionsEndedReportsExactlyTheVanished()
{
    Harness h;
    QSignalSpy ended(&h.model, &SessionTableModel::sessionsEnded);
    h.model.setSnapshot(snapshotOf(sessionsFor(range(1, 8))));
    QCOMPARE(ended.count(), 0);

    // Changes and arrivals alone end nothing.
    QList<Session> sessions = sessionsFor(range(1, 10));
    sessions[2] = changed(sessions[2]);
    h.model.setSnapshot(snapshotOf(sessions));
    QCOMPARE(ended.count(), 0);

    h.model.setSnapshot(snapshotOf(sessionsFor({2, 4, 5, 9, 11})));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(sorted(ended.takeFirst().first().value<IdList>()), IdList({1, 3, 6, 7, 8, 10}));

    h.model.setSnapshot(snapshotOf({}));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(sorted(ended.takeFirst().first().value<IdList>()), IdList({2, 4, 5, 9, 11}));
}

void TestSessionTableModel::otherInstanceResets_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("node");

    QTest::addRow("another instance") << QStringLiteral("rm-b") << QStringLiteral("pi-1");
    QTest::addRow("another node") << instanceA() << QStringLiteral("pi-2");
    QTest::addRow("no node") << instanceA() << QString();
}

void TestSessionTableModel::otherInstanceResets()
{
    QFETCH(QString, instance);
    QFETCH(QString, node);

    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(range(1, 5)), instanceA(), QStringLiteral("pi-1")));
    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy ended(&h.model, &SessionTableModel::sessionsEnded);

    // Shares ids with the first instance: they are other sessions all the same.
    const auto other = snapshotOf(sessionsFor({6, 4, 3}), instance, node);
    h.model.setSnapshot(other);
    QCOMPARE(h.resets, 2);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(ended.count(), 0);
    QCOMPARE(modelIds(h.model), IdList({6, 4, 3}));
    QCOMPARE(newIds(h.model), IdList());
    QVERIFY2(mismatch(h.model, *other).isEmpty(), qPrintable(mismatch(h.model, *other)));

    // The next snapshot of the new instance merges again.
    h.model.setSnapshot(snapshotOf(sessionsFor({6, 4, 3, 8}), instance, node));
    QCOMPARE(h.resets, 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(newIds(h.model), IdList({8}));
}

void TestSessionTableModel::clearThenFillResets()
{
    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(range(1, 5))));
    h.model.clear();
    QCOMPARE(h.resets, 2);
    QCOMPARE(h.model.rowCount(), 0);
    QVERIFY(!h.model.snapshot());
    QCOMPARE(h.model.rowOfSession(3), -1);

    h.model.setSnapshot(snapshotOf(sessionsFor(range(3, 6))));
    QCOMPARE(h.resets, 3);
    QCOMPARE(modelIds(h.model), range(3, 6));
    QCOMPARE(newIds(h.model), IdList());

    // A null snapshot empties the model too.
    h.model.setSnapshot({});
    QCOMPARE(h.resets, 4);
    QCOMPARE(h.model.rowCount(), 0);
}

void TestSessionTableModel::lookupsStayCorrectAfterMerges()
{
    Harness h;
    const QList<IdList> steps {
        range(1, 12), {12, 3, 1, 5, 7, 9, 13, 14}, {14, 2, 5, 9}, {9, 5, 20, 21, 22, 14}, {}, {30}};
    IdList everSeen;
    for (const IdList& ids : steps) {
        const auto snapshot = snapshotOf(sessionsFor(ids));
        h.model.setSnapshot(snapshot);
        QVERIFY2(mismatch(h.model, *snapshot).isEmpty(), qPrintable(mismatch(h.model, *snapshot)));
        for (const qint64 id : std::as_const(everSeen)) {
            if (ids.contains(id))
                continue;
            QCOMPARE(h.model.rowOfSession(id), -1);
            QVERIFY(!h.model.indexOfSession(id).isValid());
        }
        for (const qint64 id : ids) {
            if (!everSeen.contains(id))
                everSeen.append(id);
        }
    }
    QCOMPARE(h.resets, 1);
}

void TestSessionTableModel::lookupsAreCorrectInsideModelSignals()
{
    // A view that restores its current session by id does so from these signals; the lookup must
    // already describe the rows the signal announces.
    Harness h;
    h.model.setSnapshot(snapshotOf(sessionsFor(range(1, 12))));
    QStringList problems;
    const auto check = [&](const char* when) {
        if (const QString problem = lookupProblem(h.model, when); !problem.isEmpty())
            problems.append(problem);
    };
    connect(&h.model, &QAbstractItemModel::rowsRemoved, this, [&] { check("rowsRemoved"); });
    connect(&h.model, &QAbstractItemModel::rowsInserted, this, [&] { check("rowsInserted"); });
    connect(&h.model, &QAbstractItemModel::dataChanged, this, [&] { check("dataChanged"); });
    connect(&h.model, &SessionTableModel::sessionsEnded, this, [&] { check("sessionsEnded"); });

    QList<Session> sessions = sessionsFor({2, 4, 5, 6, 9, 11, 12, 13, 14});
    sessions[3] = changed(sessions[3]);
    sessions[6] = changed(sessions[6]);
    h.model.setSnapshot(snapshotOf(sessions));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSessionTableModel::duplicateIdsDoNotAccumulate()
{
    // A malformed answer may list a session twice; the table is keyed by id and shows it once,
    // and repeating that answer must not add a row on every refresh.
    Harness h;
    QList<Session> sessions = sessionsFor({1, 2, 3});
    Session twin = changed(sessions[1]);
    sessions.insert(2, twin);
    h.model.setSnapshot(snapshotOf(sessions));
    QCOMPARE(sorted(modelIds(h.model)), IdList({1, 2, 3}));

    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    for (int refresh = 0; refresh < 3; ++refresh)
        h.model.setSnapshot(snapshotOf(sessions));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(sorted(modelIds(h.model)), IdList({1, 2, 3}));
    QCOMPARE(h.model.rowOfSession(2), modelIds(h.model).indexOf(2));

    h.model.setSnapshot(snapshotOf(sessions + sessionsFor({4, 4})));
    QCOMPARE(sorted(modelIds(h.model)), IdList({1, 2, 3, 4}));
    QCOMPARE(newIds(h.model), IdList({4}));
}

void TestSessionTableModel::longRunningThreshold()
{
    Harness h;
    QList<Session> sessions {makeSession(1, 30), makeSession(3, 90), makeSession(5, 600), makeSession(2, 600)};
    h.model.setSnapshot(snapshotOf(sessions));
    const auto longRunning = [&] {
        IdList ids;
        for (int row = 0; row < h.model.rowCount(); ++row) {
            if (h.model.index(row, 0).data(SessionTableModel::LongRunningRole).toBool())
                ids.append(h.model.session(row).sessionId);
        }
        return sorted(ids);
    };
    // Session 2 sleeps: idle time is not a long-running query.
    QCOMPARE(longRunning(), IdList({3, 5}));

    QSignalSpy dataChanged(&h.model, &QAbstractItemModel::dataChanged);
    h.model.setLongRunningThresholdSeconds(120);
    QCOMPARE(longRunning(), IdList({5}));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(2).value<QList<int>>(), QList<int>({SessionTableModel::LongRunningRole}));
    h.model.setLongRunningThresholdSeconds(120);
    QCOMPARE(dataChanged.count(), 1);
}

void TestSessionTableModel::randomizedMerges()
{
    QRandomGenerator rng(20'240'611);
    Harness h;
    QSignalSpy dataChanged(&h.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedRows(&h.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layoutChanged(&h.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy ended(&h.model, &SessionTableModel::sessionsEnded);
    int layoutMerges = 0;

    std::map<qint64, Session> current;
    qint64 nextId = 1000;
    const auto randomSession = [&](qint64 id) {
        Session s = makeSession(id, rng.bounded(0, 5000));
        s.command = rng.bounded(3) == 0 ? QStringLiteral("Sleep") : QStringLiteral("Query");
        return s;
    };
    const auto snapshotOfCurrent = [&] {
        QList<Session> sessions;
        for (const auto& [id, s] : current)
            sessions.append(s);
        std::shuffle(sessions.begin(), sessions.end(), rng);
        return snapshotOf(sessions);
    };
    for (int i = 0; i < 100; ++i, ++nextId)
        current.emplace(nextId, randomSession(nextId));
    h.model.setSnapshot(snapshotOfCurrent());

    std::vector<qint64> endedEarlier;
    constexpr int Iterations = 200;
    constexpr int MaxSessions = 500;
    int largest = 0;
    for (int iteration = 0; iteration < Iterations; ++iteration) {
        std::vector<qint64> ids;
        for (const auto& entry : current)
            ids.push_back(entry.first);
        std::shuffle(ids.begin(), ids.end(), rng);

        // Every so often everything ends at once, as when an instance restarts.
        const bool wipe = iteration % 70 == 69;
        // Modest churn most of the time (the model testers walk both models on every signal), now and
        // then a burst.
        const bool burst = iteration % 50 == 0;
        const int removeCount = wipe ? int(ids.size()) : int(rng.bounded(quint32(ids.size() / (burst ? 3 : 10) + 1)));
        const int changeCount = int(rng.bounded(quint32(ids.size() / (burst ? 3 : 16) + 1)));
        IdList removed;
        QSet<qint64> changedIds;
        for (int i = 0; i < removeCount; ++i) {
            removed.append(ids[i]);
            current.erase(ids[i]);
        }
        for (int i = removeCount; i < std::min(int(ids.size()), removeCount + changeCount); ++i) {
            Session& s = current[ids[i]];
            const Session before = s;
            s = rng.bounded(2) ? changed(s) : randomSession(s.sessionId);
            if (!(s == before))
                changedIds.insert(s.sessionId);
        }
        const int room = MaxSessions - int(current.size());
        const int addCount = room > 0 ? int(rng.bounded(quint32(std::min(room, burst ? 450 : 10) + 1))) : 0;
        IdList added;
        for (int i = 0; i < addCount; ++i) {
            // Now and then a session id comes back after it ended in an earlier refresh.
            qint64 id = nextId;
            if (!endedEarlier.empty() && rng.bounded(10) == 0) {
                id = endedEarlier.back();
                endedEarlier.pop_back();
            } else {
                ++nextId;
            }
            current.emplace(id, randomSession(id));
            added.append(id);
        }
        endedEarlier.insert(endedEarlier.end(), removed.cbegin(), removed.cend());

        const IdList previouslyNew = newIds(h.model);
        const int rowsBefore = h.model.rowCount() - int(removed.size());
        // Removals scattered over more than MaxRemovalRanges runs of rows arrive as one layout change.
        const QSet<qint64> removedSet(removed.cbegin(), removed.cend());
        int removalRanges = 0;
        for (int row = 0; row < h.model.rowCount(); ++row) {
            if (removedSet.contains(h.model.session(row).sessionId)
                && (row == 0 || !removedSet.contains(h.model.session(row - 1).sessionId)))
                ++removalRanges;
        }
        const bool asLayout = removalRanges > SessionTableModel::MaxRemovalRanges;
        layoutMerges += asLayout ? 1 : 0;
        dataChanged.clear();
        inserted.clear();
        removedRows.clear();
        layoutChanged.clear();
        ended.clear();
        const auto snapshot = snapshotOfCurrent();
        h.model.setSnapshot(snapshot);

        const QString where = QStringLiteral("iteration %1: ").arg(iteration);
        const QString problem = mismatch(h.model, *snapshot);
        QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
        QCOMPARE(h.resets, 1);
        QCOMPARE(newIds(h.model), sorted(added));
        if (removed.isEmpty())
            QCOMPARE(ended.count(), 0);
        else
            QCOMPARE(sorted(ended.first().first().value<IdList>()), sorted(removed));
        if (asLayout) {
            // One layout change carries removals, changes and additions: no row signals at all.
            QCOMPARE(layoutChanged.count(), 1);
            QCOMPARE(inserted.count() + removedRows.count() + dataChanged.count(), 0);
            QVERIFY2(proxySortedByTimeDescending(h.proxy), qPrintable(where + QStringLiteral("proxy out of order")));
            QCOMPARE(h.proxy.rowCount(), h.model.rowCount());
            largest = std::max(largest, h.model.rowCount());
            continue;
        }
        QCOMPARE(layoutChanged.count(), 0);
        if (added.isEmpty()) {
            QCOMPARE(inserted.count(), 0);
        } else {
            const RangeList expected {RowRange {rowsBefore, rowsBefore + int(added.size()) - 1}};
            QCOMPARE(rowRanges(inserted), expected);
        }
        // Repainted: exactly the rows that changed, and the rows that stop being new.
        const RangeList ranges = changedRanges(dataChanged);
        for (int row = 0; row < rowsBefore; ++row) {
            const qint64 id = h.model.session(row).sessionId;
            const bool expected = changedIds.contains(id) || previouslyNew.contains(id);
            QVERIFY2(inRanges(ranges, row) == expected,
                qPrintable(where
                    + QStringLiteral("row %1 (session %2) %3")
                          .arg(row)
                          .arg(id)
                          .arg(expected ? QStringLiteral("not repainted") : QStringLiteral("repainted needlessly"))));
        }
        for (const RowRange& r : ranges) {
            QVERIFY2(
                r.first >= 0 && r.second < rowsBefore, qPrintable(where + QStringLiteral("bad dataChanged range")));
        }
        QVERIFY2(proxySortedByTimeDescending(h.proxy), qPrintable(where + QStringLiteral("proxy out of order")));
        QCOMPARE(h.proxy.rowCount(), h.model.rowCount());
        largest = std::max(largest, h.model.rowCount());
    }
    // The bursts did reach the size of a busy instance, and both kinds of merge were exercised.
    QVERIFY2(largest > MaxSessions * 8 / 10, qPrintable(QString::number(largest)));
    QVERIFY2(layoutMerges > 0 && layoutMerges < 200, qPrintable(QString::number(layoutMerges)));
}

QTEST_GUILESS_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
