// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet beside the monitor, against the emulator over loopback HTTP: the instance open in the
// monitor is fetched once, by the monitor, and the fleet reports the monitor's snapshots and
// failures for it; when another instance is opened, the first goes back to the fleet's own fetches.
#include "base/credential.h"
#include "emulator/dasemulator.h"
#include "monitor/fleetmonitor.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "support/emulatorfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

const AccessKey key {QStringLiteral("LTAIfleetmonitor01"), QStringLiteral("fleet-monitor-secret-01"), {}};

// Requests that start a fetch of `instanceId` (the polls that follow carry a ResultId).
int fetchesOf(const DasEmulator& service, const QString& instanceId)
{
    const QList<DasEmulator::RequestRecord> requests = service.requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const DasEmulator::RequestRecord& record) {
        return record.params.value(QStringLiteral("InstanceId")) == instanceId
            && !record.params.contains(QStringLiteral("ResultId"));
    }));
}

} // namespace

class TestFleetMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openInstanceIsFetchedOnce();
};

void TestFleetMonitor::initTestCase()
{
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", key.id.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", key.secret.toUtf8());
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
}

void TestFleetMonitor::openInstanceIsFetchedOnce()
{
    const auto service = EmulatorFixture::start(key,
        {EmulatorFixture::instance(QStringLiteral("rm-open"), 40, 1),
            EmulatorFixture::instance(QStringLiteral("rm-other"), 40, 1)});
    QVERIFY(service);

    QList<InstanceProfile> profiles;
    for (const QString& instanceId : {QStringLiteral("rm-open"), QStringLiteral("rm-other")}) {
        InstanceProfile profile;
        profile.id = QUuid::createUuid();
        profile.displayName = instanceId;
        profile.instanceId = instanceId;
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = service->endpoint();
        profile.credential = {CredentialReference::Kind::Environment, {}};
        // The monitor's cadence is slower than the fleet's: fetches of the fleet's own would outnumber its.
        profile.refreshIntervalMs = 900;
        profiles.append(profile);
    }
    const QUuid open = profiles.at(0).id;
    const QUuid other = profiles.at(1).id;

    FetchOptions fetchOptions;
    fetchOptions.pollIntervalMs = 10;
    fetchOptions.maxRetries = 0;
    FleetScheduler::Options options;
    options.defaultIntervalMs = 300;
    options.firstSpreadMs = 50;
    options.seed = 7;
    FleetMonitor fleet(nullptr, options);
    fleet.setFetchOptions(fetchOptions);
    InstanceMonitor monitor;
    InstanceController controller(&monitor, nullptr);
    controller.setFetchOptions(fetchOptions);
    // As the window does: whatever is open in the monitor is the fleet's open profile.
    connect(&controller, &InstanceController::currentChanged, &fleet,
        [&fleet](const std::optional<InstanceProfile>& profile) {
            fleet.setOpenProfile(profile ? profile->id : QUuid(), profile ? profile->refreshIntervalMs : 0);
        });
    fleet.follow(&monitor);

    QList<SnapshotPtr> monitorSnapshots;
    int monitorFetches = 0;
    connect(&monitor, &InstanceMonitor::snapshotChanged, this, [&](const SnapshotPtr& snapshot) {
        if (snapshot)
            monitorSnapshots.append(snapshot);
    });
    connect(&monitor, &InstanceMonitor::stateChanged, this,
        [&](InstanceMonitor::State state) { monitorFetches += state == InstanceMonitor::State::Fetching; });
    QHash<QUuid, QList<SnapshotPtr>> reported;
    connect(&fleet, &FleetMonitor::snapshotTaken, this,
        [&](const QUuid& id, const SnapshotPtr& snapshot) { reported[id].append(snapshot); });

    fleet.setProfiles(profiles);
    controller.open(profiles.at(0));
    QVERIFY(fleet.isFollowed(open));
    QVERIFY(!fleet.isFollowed(other));
    QCOMPARE(fleet.intervalMs(open), 900);

    // From the monitor's first snapshot on, every fetch of the open instance is the monitor's, and
    // what the fleet reports for it is what the monitor took.
    QTRY_VERIFY_WITH_TIMEOUT(!monitorSnapshots.isEmpty(), 15'000);
    service->clearRequests();
    reported.clear();
    monitorFetches = 0;
    QTRY_VERIFY_WITH_TIMEOUT(reported.value(open).size() >= 3 && reported.value(other).size() >= 3, 30'000);
    for (const SnapshotPtr& snapshot : reported.value(open)) {
        QVERIFY(monitorSnapshots.contains(snapshot));
        QCOMPARE(snapshot->instanceId, QStringLiteral("rm-open"));
    }
    QVERIFY2(fetchesOf(*service, QStringLiteral("rm-open")) <= monitorFetches,
        qPrintable(QStringLiteral("%1 fetches of the open instance, %2 by the monitor")
                       .arg(fetchesOf(*service, QStringLiteral("rm-open")))
                       .arg(monitorFetches)));
    // The other instance is the fleet's, at the fleet's cadence.
    QVERIFY(fetchesOf(*service, QStringLiteral("rm-other")) >= 3);
    for (const SnapshotPtr& snapshot : reported.value(other))
        QVERIFY(!monitorSnapshots.contains(snapshot));

    // The monitor's failures are the fleet's too.
    QSignalSpy failed(&fleet, &FleetMonitor::fetchFailed);
    EmulatorFault unavailable;
    unavailable.type = EmulatorFault::Type::Http503;
    service->setPersistentFault(QStringLiteral("rm-open"), unavailable);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(failed.cbegin(), failed.cend(),
                                 [&](const QList<QVariant>& arguments) {
                                     return arguments.at(0).toUuid() == open
                                         && arguments.at(1).value<FetchError>().code()
                                         == QLatin1String("ServiceUnavailable");
                                 }),
        15'000);
    service->setPersistentFault(QStringLiteral("rm-open"), std::nullopt);

    // The service throttling the monitor holds back the fleet's fetches with the same AccessKey.
    const QString sharedKey = FleetMonitor::backoffKey(profiles.at(1));
    QCOMPARE(FleetMonitor::backoffKey(profiles.at(0)), sharedKey);
    QCOMPARE(fleet.scheduler()->backoffUntilMs(sharedKey), 0);
    EmulatorFault throttled;
    throttled.type = EmulatorFault::Type::Throttling;
    throttled.retryAfterMs = 3'000;
    throttled.times = 1;
    service->injectFaults(QStringLiteral("rm-open"), {throttled});
    QTRY_VERIFY_WITH_TIMEOUT(fleet.scheduler()->backoffUntilMs(sharedKey) > 0, 15'000);

    // Another instance opened: the first is fetched by the fleet again, a cadence later, and the
    // new one only by the monitor.
    monitorSnapshots.clear();
    controller.open(profiles.at(1));
    QVERIFY(fleet.isFollowed(other));
    QVERIFY(!fleet.isFollowed(open));
    QCOMPARE(fleet.intervalMs(open), options.defaultIntervalMs);
    QTRY_VERIFY_WITH_TIMEOUT(!monitorSnapshots.isEmpty(), 15'000);
    service->clearRequests();
    reported.clear();
    monitorFetches = 0;
    QTRY_VERIFY_WITH_TIMEOUT(reported.value(open).size() >= 3 && reported.value(other).size() >= 3, 30'000);
    for (const SnapshotPtr& snapshot : reported.value(open)) {
        QVERIFY(!monitorSnapshots.contains(snapshot));
        QCOMPARE(snapshot->instanceId, QStringLiteral("rm-open"));
    }
    for (const SnapshotPtr& snapshot : reported.value(other))
        QVERIFY(monitorSnapshots.contains(snapshot));
    QVERIFY(fetchesOf(*service, QStringLiteral("rm-open")) >= 3);
    QVERIFY(fetchesOf(*service, QStringLiteral("rm-other")) <= monitorFetches);

    // Nothing open: both are the fleet's.
    controller.close();
    QVERIFY(!fleet.isFollowed(other));
    QCOMPARE(fleet.intervalMs(other), options.defaultIntervalMs);
}

QTEST_GUILESS_MAIN(TestFleetMonitor)
#include "tst_fleetmonitor.moc"
