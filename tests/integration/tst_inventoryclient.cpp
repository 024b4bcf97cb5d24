// SPDX-License-Identifier: GPL-3.0-or-later
// Listing an account's instances (RDS DescribeDBInstances, PolarDB DescribeDBClusters) against the
// emulator over loopback HTTP: every page of both, the region filter, a permission error naming the
// RAM action, a page that cannot be read, a TotalRecordCount the pages do not bear out, the
// emulator's strictness about versions and page sizes, and cancellation.
#include "base/credential.h"
#include "das/dasclient.h"
#include "emulator/dasemulator.h"
#include "inventory/inventoryclient.h"
#include "support/emulatorfixture.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIinventory01"), QStringLiteral("inventory-secret-01"), {}};

struct Listing
{
    CloudInstanceList instances;
    QStringList warnings;
    FetchError error;
    int finishedCount = 0;
    int failedCount = 0;
};

Listing list(DasEmulator& emulator, const QString& region, const AccessKey& with = key)
{
    InventoryClient client;
    QSignalSpy finished(&client, &InventoryClient::finished);
    QSignalSpy failed(&client, &InventoryClient::failed);
    InventoryClient::Settings settings;
    settings.key = with;
    settings.regionId = region;
    settings.rdsEndpoint = emulator.endpoint();
    settings.polarDbEndpoint = emulator.endpoint();
    client.start(settings);
    Listing listing;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000))
        return listing;
    listing.finishedCount = int(finished.size());
    listing.failedCount = int(failed.size());
    if (!finished.isEmpty()) {
        listing.instances = finished.at(0).at(0).value<CloudInstanceList>();
        listing.warnings = finished.at(0).at(1).toStringList();
    }
    if (!failed.isEmpty())
        listing.error = failed.at(0).at(0).value<FetchError>();
    return listing;
}

// The page numbers asked for, per action, in order.
QList<int> pagesAsked(const DasEmulator& emulator, const QByteArray& action)
{
    QList<int> pages;
    for (const DasEmulator::RequestRecord& record : emulator.requests()) {
        if (record.action == action)
            pages.append(record.params.value(QStringLiteral("PageNumber")).toInt());
    }
    return pages;
}

std::unique_ptr<DasEmulator> account(int rds, int clusters, int nodes = 2)
{
    auto emulator = std::make_unique<DasEmulator>();
    emulator->setAccessKey(key);
    EmulatorScenario scenario;
    // One instance of each kind in another region, and a PolarDB-X instance, neither listed.
    EmulatorInstance elsewhere = EmulatorFixture::instance(QStringLiteral("rm-beijing"), 10, 1);
    elsewhere.regionId = QStringLiteral("cn-beijing");
    EmulatorInstance polarX = EmulatorFixture::instance(QStringLiteral("pxc-one"), 10, 1);
    polarX.engine = EmulatorInstance::Engine::PolarDbX;
    scenario.instances = {elsewhere, polarX};
    scenario.account.rdsInstances = rds;
    scenario.account.polarDbClusters = clusters;
    scenario.account.nodesPerCluster = nodes;
    emulator->setScenario(scenario);
    if (emulator->listenOnLoopback() == 0)
        return nullptr;
    return emulator;
}

} // namespace

class TestInventoryClient : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryPageOfBothProducts();
    void emptyAccount();
    void permissionErrorNamesTheAction_data();
    void permissionErrorNamesTheAction();
    void unreadablePageFails();
    void inflatedTotalStopsWithAWarning();
    void unknownKeyIsACredentialsError();
    void invalidRegionIsRefusedBeforeSending();
    void emulatorRefusesWhatTheServiceRefuses_data();
    void emulatorRefusesWhatTheServiceRefuses();
    void cancelledListingReportsNothing();
    void defaultEndpoints();
    void accountFromAScenarioFile();
};

void TestInventoryClient::listsEveryPageOfBothProducts()
{
    const auto emulator = account(250, 120, 2);
    QVERIFY(emulator);
    const Listing listing = list(*emulator, QStringLiteral("cn-hangzhou"));
    QCOMPARE(listing.failedCount, 0);
    QCOMPARE(listing.finishedCount, 1);
    QVERIFY(listing.warnings.isEmpty());
    QCOMPARE(listing.instances.size(), 250 + 120 * 2);

    const CloudInstance& firstRds = listing.instances.at(0);
    QCOMPARE(firstRds.kind, CloudInstance::Kind::Rds);
    QCOMPARE(firstRds.instanceId, QStringLiteral("rm-acct-0001"));
    QVERIFY(firstRds.nodeId.isEmpty());
    QCOMPARE(firstRds.description, QStringLiteral("orders-0001"));
    QCOMPARE(firstRds.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(firstRds.engine, QStringLiteral("MySQL"));
    QCOMPARE(firstRds.engineVersion, QStringLiteral("8.0"));
    QCOMPARE(firstRds.status, QStringLiteral("Running"));
    QCOMPARE(listing.instances.at(249).instanceId, QStringLiteral("rm-acct-0250"));

    const CloudInstance& writer = listing.instances.at(250);
    QCOMPARE(writer.kind, CloudInstance::Kind::PolarDbNode);
    QCOMPARE(writer.instanceId, QStringLiteral("pc-acct-0001"));
    QCOMPARE(writer.nodeId, QStringLiteral("pi-acct-0001-1"));
    QCOMPARE(writer.nodeRole, QStringLiteral("Writer"));
    QCOMPARE(writer.description, QStringLiteral("analytics-0001"));
    const CloudInstance& reader = listing.instances.at(251);
    QCOMPARE(reader.instanceId, QStringLiteral("pc-acct-0001"));
    QCOMPARE(reader.nodeId, QStringLiteral("pi-acct-0001-2"));
    QCOMPARE(reader.nodeRole, QStringLiteral("Reader"));
    QCOMPARE(listing.instances.last().nodeId, QStringLiteral("pi-acct-0120-2"));
    for (const CloudInstance& instance : listing.instances)
        QVERIFY2(!instance.instanceId.startsWith(QLatin1String("rm-beijing"))
                && !instance.instanceId.startsWith(QLatin1String("pxc-")),
            qPrintable(instance.instanceId));

    // 250 entries in pages of 100, 120 clusters likewise; nothing asked twice, nothing after the end.
    QCOMPARE(pagesAsked(*emulator, "DescribeDBInstances"), QList<int>({1, 2, 3}));
    QCOMPARE(pagesAsked(*emulator, "DescribeDBClusters"), QList<int>({1, 2}));
    for (const DasEmulator::RequestRecord& record : emulator->requests()) {
        QCOMPARE(record.httpStatus, 200);
        QCOMPARE(record.params.value(QStringLiteral("RegionId")), QStringLiteral("cn-hangzhou"));
        QCOMPARE(record.params.value(QStringLiteral("PageSize")), QStringLiteral("100"));
        QCOMPARE(record.params.value(
                     record.action == "DescribeDBInstances" ? QStringLiteral("Engine") : QStringLiteral("DBType")),
            QStringLiteral("MySQL"));
    }
}

void TestInventoryClient::emptyAccount()
{
    const auto emulator = account(0, 0);
    QVERIFY(emulator);
    const Listing listing = list(*emulator, QStringLiteral("cn-shanghai"));
    QCOMPARE(listing.finishedCount, 1);
    QVERIFY(listing.instances.isEmpty());
    QVERIFY(listing.warnings.isEmpty());
    QCOMPARE(pagesAsked(*emulator, "DescribeDBInstances"), QList<int>({1}));
    QCOMPARE(pagesAsked(*emulator, "DescribeDBClusters"), QList<int>({1}));
}

void TestInventoryClient::permissionErrorNamesTheAction_data()
{
    QTest::addColumn<QString>("denied");
    QTest::addColumn<QString>("ramAction");
    QTest::addRow("rds") << QStringLiteral("DescribeDBInstances") << QStringLiteral("rds:DescribeDBInstances");
    QTest::addRow("polardb") << QStringLiteral("DescribeDBClusters") << QStringLiteral("polardb:DescribeDBClusters");
}

void TestInventoryClient::permissionErrorNamesTheAction()
{
    QFETCH(QString, denied);
    QFETCH(QString, ramAction);
    const auto emulator = account(3, 2);
    QVERIFY(emulator);
    emulator->setListingDenied(denied, true);
    const Listing listing = list(*emulator, QStringLiteral("cn-hangzhou"));
    QCOMPARE(listing.finishedCount, 0);
    QCOMPARE(listing.failedCount, 1);
    QCOMPARE(listing.error.category(), FetchError::Category::Permission);
    QCOMPARE(listing.error.code(), QStringLiteral("Forbidden.RAM"));
    QCOMPARE(listing.error.httpStatus(), 403);
    QVERIFY2(listing.error.message().contains(ramAction), qPrintable(listing.error.message()));
    QVERIFY2(listing.error.hint().contains(ramAction), qPrintable(listing.error.hint()));
    QVERIFY(!listing.error.requestId().isEmpty());
}

void TestInventoryClient::unreadablePageFails()
{
    const auto emulator = account(150, 0);
    QVERIFY(emulator);
    DasEmulator::InventoryFault broken;
    broken.action = QStringLiteral("DescribeDBInstances");
    broken.page = 2;
    broken.type = DasEmulator::InventoryFault::Type::InvalidJson;
    emulator->setInventoryFaults({broken});
    const Listing listing = list(*emulator, QStringLiteral("cn-hangzhou"));
    QCOMPARE(listing.finishedCount, 0);
    QCOMPARE(listing.failedCount, 1);
    QCOMPARE(listing.error.category(), FetchError::Category::MalformedResponse);
    QVERIFY2(listing.error.hint().contains(QLatin1String("Page 2")), qPrintable(listing.error.hint()));
    // Nothing is asked after the broken page.
    QCOMPARE(pagesAsked(*emulator, "DescribeDBInstances"), QList<int>({1, 2}));
    QVERIFY(pagesAsked(*emulator, "DescribeDBClusters").isEmpty());
}

void TestInventoryClient::inflatedTotalStopsWithAWarning()
{
    const auto emulator = account(150, 1);
    QVERIFY(emulator);
    DasEmulator::InventoryFault inflated;
    inflated.action = QStringLiteral("DescribeDBInstances");
    inflated.type = DasEmulator::InventoryFault::Type::TotalRecordCount;
    inflated.totalRecordCount = 1'000'000;
    emulator->setInventoryFaults({inflated});
    const Listing listing = list(*emulator, QStringLiteral("cn-hangzhou"));
    QCOMPARE(listing.failedCount, 0);
    QCOMPARE(listing.finishedCount, 1);
    // What there is, once each, and then the PolarDB nodes as usual.
    QCOMPARE(listing.instances.size(), 150 + 2);
    QCOMPARE(listing.warnings.size(), 1);
    QVERIFY2(listing.warnings.at(0).contains(QLatin1String("1000000"))
            && listing.warnings.at(0).contains(QLatin1String("150")),
        qPrintable(listing.warnings.at(0)));
    // The empty third page ends it: no walk towards a million entries.
    QCOMPARE(pagesAsked(*emulator, "DescribeDBInstances"), QList<int>({1, 2, 3}));
}

void TestInventoryClient::unknownKeyIsACredentialsError()
{
    const auto emulator = account(1, 0);
    QVERIFY(emulator);
    const AccessKey stranger {QStringLiteral("LTAIstranger"), QStringLiteral("whatever"), {}};
    const Listing listing = list(*emulator, QStringLiteral("cn-hangzhou"), stranger);
    QCOMPARE(listing.failedCount, 1);
    QCOMPARE(listing.error.category(), FetchError::Category::Credentials);
    QCOMPARE(listing.error.code(), QStringLiteral("InvalidAccessKeyId.NotFound"));
    QVERIFY(!listing.error.hint().isEmpty());
}

void TestInventoryClient::invalidRegionIsRefusedBeforeSending()
{
    const auto emulator = account(1, 0);
    QVERIFY(emulator);
    const Listing listing = list(*emulator, QStringLiteral("cn hangzhou; rm -rf"));
    QCOMPARE(listing.failedCount, 1);
    QCOMPARE(listing.error.category(), FetchError::Category::BadRequest);
    QCOMPARE(listing.error.code(), QStringLiteral("InvalidRegionId"));
    QVERIFY(emulator->requests().isEmpty());
}

void TestInventoryClient::emulatorRefusesWhatTheServiceRefuses_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("code");
    QTest::addRow("rds with polardb's version")
        << QByteArray("DescribeDBInstances") << QByteArray("2017-08-01")
        << QStringList {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")} << QStringLiteral("InvalidVersion");
    QTest::addRow("polardb with DAS's version")
        << QByteArray("DescribeDBClusters") << QByteArray("2020-01-16")
        << QStringList {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")} << QStringLiteral("InvalidVersion");
    QTest::addRow("rds without region") << QByteArray("DescribeDBInstances") << QByteArray("2014-08-15")
                                        << QStringList {QStringLiteral("PageSize"), QStringLiteral("10")}
                                        << QStringLiteral("MissingRegionId");
    QTest::addRow("rds page size 101") << QByteArray("DescribeDBInstances") << QByteArray("2014-08-15")
                                       << QStringList {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou"),
                                              QStringLiteral("PageSize"), QStringLiteral("101")}
                                       << QStringLiteral("InvalidParameter");
    QTest::addRow("polardb page size 20") << QByteArray("DescribeDBClusters") << QByteArray("2017-08-01")
                                          << QStringList {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou"),
                                                 QStringLiteral("PageSize"), QStringLiteral("20")}
                                          << QStringLiteral("InvalidParameter");
    QTest::addRow("page zero") << QByteArray("DescribeDBClusters") << QByteArray("2017-08-01")
                               << QStringList {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou"),
                                      QStringLiteral("PageNumber"), QStringLiteral("0")}
                               << QStringLiteral("InvalidParameter");
}

void TestInventoryClient::emulatorRefusesWhatTheServiceRefuses()
{
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, version);
    QFETCH(QStringList, params);
    QFETCH(QString, code);
    const auto emulator = account(1, 1);
    QVERIFY(emulator);
    DasClient client;
    client.setEndpoint(emulator->endpoint());
    client.setAccessKey(key);
    client.setApiVersion(version);
    Acs3::QueryParams query;
    for (qsizetype i = 0; i + 1 < params.size(); i += 2)
        query.append({params.at(i), params.at(i + 1)});
    DasCall* call = client.call(action, query, &client);
    QSignalSpy failed(call, &DasCall::failed);
    QSignalSpy succeeded(call, &DasCall::succeeded);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.at(0).at(0).value<FetchError>().code(), code);
    QCOMPARE(emulator->requests().constLast().errorCode, code);
}

void TestInventoryClient::cancelledListingReportsNothing()
{
    const auto emulator = account(250, 10);
    QVERIFY(emulator);
    InventoryClient client;
    QSignalSpy finished(&client, &InventoryClient::finished);
    QSignalSpy failed(&client, &InventoryClient::failed);
    QSignalSpy progress(&client, &InventoryClient::progress);
    InventoryClient::Settings settings;
    settings.key = key;
    settings.regionId = QStringLiteral("cn-hangzhou");
    settings.rdsEndpoint = emulator->endpoint();
    settings.polarDbEndpoint = emulator->endpoint();
    client.start(settings);
    QVERIFY(client.isRunning());
    QCOMPARE(progress.size(), 1);
    client.cancel();
    QVERIFY(!client.isRunning());
    QVERIFY(!finished.wait(500));
    QCOMPARE(failed.size(), 0);
    QVERIFY(emulator->requests().size() <= 1);
}

void TestInventoryClient::defaultEndpoints()
{
    QCOMPARE(InventoryClient::defaultEndpoint(InventoryClient::Product::Rds, QStringLiteral("cn-hangzhou")),
        QUrl(QStringLiteral("https://rds.aliyuncs.com/")));
    QCOMPARE(InventoryClient::defaultEndpoint(InventoryClient::Product::PolarDb, QStringLiteral("cn-beijing")),
        QUrl(QStringLiteral("https://polardb.aliyuncs.com/")));
    QCOMPARE(InventoryClient::defaultEndpoint(InventoryClient::Product::Rds, QStringLiteral("eu-central-1")),
        QUrl(QStringLiteral("https://rds.eu-central-1.aliyuncs.com/")));
    QCOMPARE(InventoryClient::defaultEndpoint(InventoryClient::Product::PolarDb, QStringLiteral("ap-northeast-1")),
        QUrl(QStringLiteral("https://polardb.ap-northeast-1.aliyuncs.com/")));
}

void TestInventoryClient::accountFromAScenarioFile()
{
    QString error;
    const auto scenario = EmulatorScenario::fromJson(R"({"instances": [
            {"instanceId": "rm-named", "regionId": "cn-shanghai", "description": "billing", "engineVersion": "5.7"}],
        "account": {"rdsInstances": 2, "polarDbClusters": 1, "nodesPerCluster": 3, "regionId": "cn-shanghai",
            "deniedActions": ["DescribeDBClusters"]}})",
        &error);
    QVERIFY2(scenario, qPrintable(error));
    DasEmulator emulator;
    emulator.setAccessKey(key);
    emulator.setScenario(*scenario);
    QVERIFY(emulator.listenOnLoopback() != 0);
    // Every generated instance serves sessions as well.
    QVERIFY(emulator.scenario().instance(QStringLiteral("pc-acct-0001")));
    QCOMPARE(emulator.scenario().instance(QStringLiteral("pc-acct-0001"))->nodeIds.size(), 3);

    const Listing denied = list(emulator, QStringLiteral("cn-shanghai"));
    QCOMPARE(denied.error.category(), FetchError::Category::Permission);

    emulator.setListingDenied(QStringLiteral("DescribeDBClusters"), false);
    const Listing listing = list(emulator, QStringLiteral("cn-shanghai"));
    QCOMPARE(listing.finishedCount, 1);
    QCOMPARE(listing.instances.size(), 3 + 3);
    QCOMPARE(listing.instances.at(0).instanceId, QStringLiteral("rm-named"));
    QCOMPARE(listing.instances.at(0).description, QStringLiteral("billing"));
    QCOMPARE(listing.instances.at(0).engineVersion, QStringLiteral("5.7"));
    QCOMPARE(listing.instances.at(5).nodeId, QStringLiteral("pi-acct-0001-3"));
    QCOMPARE(listing.instances.at(5).regionId, QStringLiteral("cn-shanghai"));
}

QTEST_GUILESS_MAIN(TestInventoryClient)
#include "tst_inventoryclient.moc"
