// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleetmodel.h"
#include "models/fleetproxy.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

namespace {

InstanceProfile profile(const QString& name, const QStringList& tags = {})
{
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.displayName = name;
    profile.instanceId = QStringLiteral("rm-") + name;
    profile.tags = tags;
    return profile;
}

SnapshotPtr snapshot(qint64 total, qint64 active, qint64 idleInTrx, qint64 longest)
{
    return SnapshotBuilder(QStringLiteral("rm-x")).counts(total, active, idleInTrx, longest).build();
}

FetchError throttled()
{
    return FetchError(FetchError::Category::Throttling, QStringLiteral("Throttling.User"), QStringLiteral("slow down"));
}

} // namespace

class TestFleetModel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 T0 = 1'700'000'000'000;

    static QString text(const QAbstractItemModel& model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }
    static QStringList namesInOrder(const QAbstractItemModel& model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(text(model, row, FleetModel::NameColumn));
        return names;
    }

private slots:
    void rowsShowTheSnapshotsFigures()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile orders = profile(QStringLiteral("orders"), {QStringLiteral("prod")});
        model.setProfiles({orders});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, FleetModel::StatusColumn), QStringLiteral("Waiting"));
        QCOMPARE(text(model, 0, FleetModel::ActiveColumn), QString());

        model.applySnapshot(orders.id, *snapshot(600, 42, 3, 95), T0);
        QCOMPARE(text(model, 0, FleetModel::TagsColumn), QStringLiteral("prod"));
        QCOMPARE(text(model, 0, FleetModel::StatusColumn), QStringLiteral("Up to date"));
        QCOMPARE(text(model, 0, FleetModel::SessionsColumn), QStringLiteral("600"));
        QCOMPARE(text(model, 0, FleetModel::ActiveColumn), QStringLiteral("42"));
        QCOMPARE(text(model, 0, FleetModel::IdleInTransactionColumn), QStringLiteral("3"));
        QCOMPARE(text(model, 0, FleetModel::LongestActiveColumn), QStringLiteral("95 s"));
        // DAS does not see lock waits: blank, not a misleading 0.
        QCOMPARE(text(model, 0, FleetModel::LockWaitsColumn), QString());
        QCOMPARE(text(model, 0, FleetModel::AlertsColumn), QString());
        QCOMPARE(model.index(0, 0).data(FleetModel::SortRole).toString(), QStringLiteral("orders"));
        QCOMPARE(model.index(0, FleetModel::ActiveColumn).data(FleetModel::SortRole).toLongLong(), 42);
    }

    void directSourceShowsLockWaits()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile db = profile(QStringLiteral("db"));
        model.setProfiles({db});
        auto withLocks = SnapshotBuilder(QStringLiteral("db")).counts(10, 4, 1, 12).build();
        withLocks->lockWaitsKnown = true;
        LockWait wait;
        wait.waitingSessionId = 7;
        wait.blockingSessionId = 3;
        withLocks->lockWaits.append(wait);
        wait.waitingSessionId = 8;
        withLocks->lockWaits.append(wait);
        model.applySnapshot(db.id, *withLocks, T0);
        QCOMPARE(text(model, 0, FleetModel::LockWaitsColumn), QStringLiteral("2"));
    }

    void staleAfterTwoCadencesNeverFresh()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile orders = profile(QStringLiteral("orders"));
        model.setProfiles({orders});
        model.setCadenceMs(orders.id, 30'000);
        model.applySnapshot(orders.id, *snapshot(600, 42, 3, 95), T0);
        QSignalSpy changed(&model, &FleetModel::dataChanged);
        model.updateStaleness(T0 + 59'000);
        QCOMPARE(model.statusAt(0), FleetModel::Status::UpToDate);
        QCOMPARE(changed.count(), 0);
        model.updateStaleness(T0 + 61'000);
        QCOMPARE(model.statusAt(0), FleetModel::Status::Stale);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(model, 0, FleetModel::StatusColumn), QStringLiteral("Stale"));
        QVERIFY(model.index(0, FleetModel::ActiveColumn).data(FleetModel::FiguresStaleRole).toBool());
        // The figures stay, marked stale.
        QCOMPARE(text(model, 0, FleetModel::ActiveColumn), QStringLiteral("42"));
        model.applySnapshot(orders.id, *snapshot(610, 40, 2, 15), T0 + 62'000);
        QCOMPARE(model.statusAt(0), FleetModel::Status::UpToDate);
        QVERIFY(!model.index(0, FleetModel::ActiveColumn).data(FleetModel::FiguresStaleRole).toBool());
    }

    void failureKeepsTheLastFiguresMarkedStale()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile orders = profile(QStringLiteral("orders"));
        model.setProfiles({orders});
        model.applySnapshot(orders.id, *snapshot(600, 42, 3, 95), T0);
        model.applyFailure(orders.id, throttled(), T0 + 30'000);
        QCOMPARE(model.statusAt(0), FleetModel::Status::Failing);
        QCOMPARE(text(model, 0, FleetModel::StatusColumn), QStringLiteral("Failing: Throttling.User"));
        QCOMPARE(model.index(0, 0).data(FleetModel::ErrorCodeRole).toString(), QStringLiteral("Throttling.User"));
        QCOMPARE(text(model, 0, FleetModel::ActiveColumn), QStringLiteral("42"));
        QVERIFY(model.index(0, FleetModel::ActiveColumn).data(FleetModel::FiguresStaleRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Throttling.User")));
    }

    void trendKeepsTheLastHour()
    {
        FleetModel model;
        const InstanceProfile orders = profile(QStringLiteral("orders"));
        model.setProfiles({orders});
        for (int minute = 0; minute <= 90; ++minute)
            model.applySnapshot(orders.id, *snapshot(600, minute, 0, 1), T0 + minute * 60'000LL);
        const auto trend = model.index(0, FleetModel::TrendColumn).data(FleetModel::TrendRole).value<QList<qint64>>();
        QCOMPARE(trend.size(), 61);
        QCOMPARE(trend.first(), 30);
        QCOMPARE(trend.last(), 90);
    }

    void profilesMergeInPlace()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstanceProfile a = profile(QStringLiteral("a"));
        const InstanceProfile b = profile(QStringLiteral("b"));
        const InstanceProfile c = profile(QStringLiteral("c"));
        model.setProfiles({a, b, c});
        model.applySnapshot(b.id, *snapshot(100, 9, 0, 1), T0);
        QSignalSpy reset(&model, &FleetModel::modelReset);
        QSignalSpy removed(&model, &FleetModel::rowsRemoved);
        QSignalSpy inserted(&model, &FleetModel::rowsInserted);
        const QPersistentModelIndex bIndex = model.index(model.rowOf(b.id), 0);
        a.displayName = QStringLiteral("a2");
        a.tags = {QStringLiteral("prod")};
        const InstanceProfile d = profile(QStringLiteral("d"));
        model.setProfiles({a, b, d});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(bIndex.isValid());
        QCOMPARE(bIndex.data(FleetModel::IdRole).toUuid(), b.id);
        // Figures survive a profile change.
        QCOMPARE(text(model, model.rowOf(b.id), FleetModel::ActiveColumn), QStringLiteral("9"));
        QCOMPARE(text(model, model.rowOf(a.id), FleetModel::NameColumn), QStringLiteral("a2"));
        QCOMPARE(model.index(model.rowOf(a.id), 0).data(FleetModel::TagsRole).toStringList(),
            QStringList {QStringLiteral("prod")});
        QCOMPARE(model.rowOf(c.id), -1);
    }

    void raisedAlertsAreHookable()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile a = profile(QStringLiteral("a"));
        model.setProfiles({a});
        QSignalSpy changed(&model, &FleetModel::dataChanged);
        model.setRaisedAlerts(a.id, 2);
        QCOMPARE(text(model, 0, FleetModel::AlertsColumn), QStringLiteral("2"));
        QCOMPARE(changed.count(), 1);
        model.setRaisedAlerts(a.id, 2);
        QCOMPARE(changed.count(), 1);
    }

    void proxySortsBySeverityAndKeepsSelection()
    {
        FleetModel model;
        FleetProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile quiet = profile(QStringLiteral("quiet"));
        const InstanceProfile busy = profile(QStringLiteral("busy"));
        const InstanceProfile broken = profile(QStringLiteral("broken"));
        const InstanceProfile old = profile(QStringLiteral("old"));
        const InstanceProfile fresh = profile(QStringLiteral("fresh"));
        model.setProfiles({quiet, busy, broken, old, fresh});
        for (const InstanceProfile& p : {quiet, busy, broken, old, fresh})
            model.setCadenceMs(p.id, 30'000);
        model.applySnapshot(old.id, *snapshot(10, 1, 0, 1), T0 - 120'000);
        model.applySnapshot(quiet.id, *snapshot(10, 1, 0, 1), T0);
        model.applySnapshot(busy.id, *snapshot(900, 80, 0, 5), T0);
        model.applySnapshot(fresh.id, *snapshot(50, 1, 0, 300), T0);
        model.applyFailure(broken.id, throttled(), T0);
        model.updateStaleness(T0 + 1'000);
        // Failing, stale, then by active sessions, then by the longest active time.
        QTRY_COMPARE(namesInOrder(proxy),
            QStringList({QStringLiteral("broken"), QStringLiteral("old"), QStringLiteral("busy"),
                QStringLiteral("fresh"), QStringLiteral("quiet")}));

        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.currentIndex().data(FleetModel::IdRole).toUuid(), busy.id);
        // busy fails: it moves up; the selection follows it, not the row number.
        model.applyFailure(busy.id, throttled(), T0 + 2'000);
        QTRY_COMPARE(proxy.index(1, 0).data(FleetModel::StatusRole).toInt(), int(FleetModel::Status::Failing));
        QCOMPARE(proxy.index(0, 0).data(FleetModel::StatusRole).toInt(), int(FleetModel::Status::Failing));
        QCOMPARE(selection.currentIndex().data(FleetModel::IdRole).toUuid(), busy.id);
        QCOMPARE(selection.selectedRows().value(0).data(FleetModel::IdRole).toUuid(), busy.id);

        // A user's sort by name holds through refreshes.
        proxy.sort(FleetModel::NameColumn, Qt::AscendingOrder);
        model.applySnapshot(quiet.id, *snapshot(10, 500, 0, 1), T0 + 3'000);
        QTRY_VERIFY(!proxy.isResortPending());
        QCOMPARE(namesInOrder(proxy).first(), QStringLiteral("broken"));
        QCOMPARE(namesInOrder(proxy).last(), QStringLiteral("quiet"));
    }

    void burstOfArrivalsMovesRowsOnce()
    {
        FleetModel model;
        FleetProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<InstanceProfile> fleet {profile(QStringLiteral("a")), profile(QStringLiteral("b")),
            profile(QStringLiteral("c")), profile(QStringLiteral("d")), profile(QStringLiteral("e"))};
        model.setProfiles(fleet);
        for (int i = 0; i < fleet.size(); ++i)
            model.applySnapshot(fleet.at(i).id, *snapshot(100, 10 + i, 0, 1), T0);
        // The busiest first.
        const QStringList busiestFirst {
            QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
        QTRY_COMPARE(namesInOrder(proxy), busiestFirst);
        QTRY_VERIFY(!proxy.isResortPending());
        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(proxy.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy layouts(&proxy, &FleetProxy::layoutChanged);
        QSignalSpy changed(&proxy, &FleetProxy::dataChanged);
        // Every instance reports at once, the quietest now the busiest.
        for (int i = 0; i < fleet.size(); ++i)
            model.applySnapshot(fleet.at(i).id, *snapshot(100, 50 - i, 0, 1), T0 + 30'000);
        // The figures show at once, where the rows were.
        QCOMPARE(changed.count(), fleet.size());
        QCOMPARE(proxy.index(0, FleetModel::ActiveColumn).data().toString(), QStringLiteral("46"));
        QCOMPARE(layouts.count(), 0);
        // Then the rows move, in one go, and the selection goes with its instance.
        QTRY_COMPARE(namesInOrder(proxy),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                QStringLiteral("e")}));
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(selection.currentIndex().data(FleetModel::IdRole).toUuid(), fleet.at(4).id);
        QCOMPARE(selection.currentIndex().row(), 4);

        // An arrival that leaves the order as it is moves nothing: only its row changes.
        model.applySnapshot(fleet.at(2).id, *snapshot(100, 47, 0, 1), T0 + 60'000);
        QVERIFY(proxy.isResortPending());
        QTRY_VERIFY(!proxy.isResortPending());
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(changed.count(), fleet.size() + 1);
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 2);

        // A new instance takes its place in the order too.
        proxy.sort(FleetModel::NameColumn, Qt::AscendingOrder);
        QList<InstanceProfile> grown = fleet;
        grown.append(profile(QStringLiteral("0-new")));
        model.setProfiles(grown);
        QTRY_COMPARE(namesInOrder(proxy).first(), QStringLiteral("0-new"));
    }

    void proxyResortsForItsCurrentSource()
    {
        FleetModel first;
        FleetModel second;
        FleetProxy proxy;
        proxy.setSourceModel(&first);
        proxy.setSourceModel(&second);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile calm = profile(QStringLiteral("calm"));
        const InstanceProfile loud = profile(QStringLiteral("loud"));
        second.setProfiles({calm, loud});
        second.applySnapshot(calm.id, *snapshot(10, 1, 0, 1), T0);
        second.applySnapshot(loud.id, *snapshot(10, 30, 0, 1), T0);
        QTRY_COMPARE(namesInOrder(proxy), QStringList({QStringLiteral("loud"), QStringLiteral("calm")}));
        QTRY_VERIFY(!proxy.isResortPending());
        // The model it no longer shows moves nothing.
        const InstanceProfile gone = profile(QStringLiteral("gone"));
        first.setProfiles({gone});
        first.applySnapshot(gone.id, *snapshot(10, 99, 0, 1), T0);
        QVERIFY(!proxy.isResortPending());
    }

    void proxyGroupsAndFiltersByTag()
    {
        FleetModel model;
        FleetProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InstanceProfile a = profile(QStringLiteral("a"), {QStringLiteral("staging")});
        const InstanceProfile b = profile(QStringLiteral("b"), {QStringLiteral("prod")});
        const InstanceProfile c = profile(QStringLiteral("c"));
        const InstanceProfile d = profile(QStringLiteral("d"), {QStringLiteral("prod")});
        model.setProfiles({a, b, c, d});
        model.applyFailure(c.id, throttled(), T0);
        model.applySnapshot(d.id, *snapshot(10, 9, 0, 1), T0);
        model.applySnapshot(b.id, *snapshot(10, 1, 0, 1), T0);
        proxy.setGroupByTag(true);
        // prod, then staging, then the untagged; by severity within each group.
        QCOMPARE(namesInOrder(proxy),
            QStringList({QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
        proxy.setTagFilter(QStringLiteral("prod"));
        QCOMPARE(namesInOrder(proxy), QStringList({QStringLiteral("d"), QStringLiteral("b")}));
        // Re-tagged, an instance joins the tag it now carries.
        InstanceProfile retagged = a;
        retagged.tags = {QStringLiteral("prod")};
        model.setProfiles({retagged, b, c, d});
        QTRY_COMPARE(namesInOrder(proxy), QStringList({QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a")}));
        proxy.setTagFilter({});
        proxy.setGroupByTag(false);
        QCOMPARE(namesInOrder(proxy).first(), QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
