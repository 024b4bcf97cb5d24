// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's listing model (ticks, instances already watched) under
// QAbstractItemModelTester, what counts as already watched, and the listing pages read the way the
// service may spell them.
#include "inventory/inventoryimport.h"
#include "inventory/inventoryparser.h"
#include "models/cloudinstancemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

CloudInstance rds(const QString& id)
{
    CloudInstance instance;
    instance.instanceId = id;
    instance.description = id + QStringLiteral(" db");
    instance.status = QStringLiteral("Running");
    return instance;
}

CloudInstance node(const QString& cluster, const QString& nodeId, const QString& role)
{
    CloudInstance instance;
    instance.kind = CloudInstance::Kind::PolarDbNode;
    instance.instanceId = cluster;
    instance.nodeId = nodeId;
    instance.nodeRole = role;
    return instance;
}

InstanceProfile profile(const QString& instanceId, const QString& nodeId = {})
{
    InstanceProfile profile;
    profile.displayName = instanceId;
    profile.instanceId = instanceId;
    profile.nodeId = nodeId;
    return profile;
}

} // namespace

class TestCloudInstanceModel : public QObject
{
    Q_OBJECT

private slots:
    void ticksAndPresentRows();
    void presence();
    void profileForANode();
    void pagesReadTolerantly();
    void unreadablePages_data();
    void unreadablePages();
};

void TestCloudInstanceModel::ticksAndPresentRows()
{
    CloudInstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &CloudInstanceModel::checkedCountChanged);
    const CloudInstanceList instances {rds(QStringLiteral("rm-a")), rds(QStringLiteral("rm-b")),
        node(QStringLiteral("pc-c"), QStringLiteral("pi-c-1"), QStringLiteral("Writer"))};
    model.setInstances(instances, {QStringLiteral("rm-b")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CloudInstanceModel::ColumnCount));
    QCOMPARE(model.presentCount(), 1);
    QCOMPARE(model.index(1, CloudInstanceModel::StatusColumn).data().toString(), QStringLiteral("Already added"));
    QCOMPARE(model.index(0, CloudInstanceModel::StatusColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(2, CloudInstanceModel::NodeColumn).data().toString(), QStringLiteral("pi-c-1"));
    QCOMPARE(model.index(2, 0).data(CloudInstanceModel::KeyRole).toString(), QStringLiteral("pc-c/pi-c-1"));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEnabled));

    QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 2);
    QCOMPARE(counted.constLast().at(0).toInt(), 2);
    QCOMPARE(model.checkedInstances(), CloudInstanceList({instances.at(0), instances.at(2)}));
    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedInstances(), CloudInstanceList({instances.at(2)}));

    // Once added, a row can no longer be ticked.
    model.markPresent({QStringLiteral("pc-c/pi-c-1")});
    QCOMPARE(model.checkedCount(), 0);
    QVERIFY(!model.setChecked(2, true));
    QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.presentCount(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCloudInstanceModel::presence()
{
    const CloudInstance writer = node(QStringLiteral("pc-c"), QStringLiteral("pi-c-1"), QStringLiteral("Writer"));
    const CloudInstance reader = node(QStringLiteral("pc-c"), QStringLiteral("pi-c-2"), QStringLiteral("Reader"));
    // A cluster's profile without a node watches its primary, the Writer.
    QVERIFY(InventoryImport::isPresent({profile(QStringLiteral("pc-c"))}, writer));
    QVERIFY(!InventoryImport::isPresent({profile(QStringLiteral("pc-c"))}, reader));
    QVERIFY(InventoryImport::isPresent({profile(QStringLiteral("pc-c"), QStringLiteral("pi-c-2"))}, reader));
    QVERIFY(InventoryImport::isPresent({profile(QStringLiteral("rm-a"))}, rds(QStringLiteral("rm-a"))));
    QVERIFY(!InventoryImport::isPresent({profile(QStringLiteral("rm-a"))}, rds(QStringLiteral("rm-ab"))));
    // A direct profile is no DAS profile of that instance.
    InstanceProfile direct = profile(QStringLiteral("rm-a"));
    direct.source = InstanceProfile::Source::MySql;
    QVERIFY(!InventoryImport::isPresent({direct}, rds(QStringLiteral("rm-a"))));
}

void TestCloudInstanceModel::profileForANode()
{
    InventoryImport::Options options;
    options.credential = {CredentialReference::Kind::CliProfile, QStringLiteral("ops")};
    options.endpointKind = InstanceProfile::EndpointKind::Vpc;
    CloudInstance reader = node(QStringLiteral("pc-c"), QStringLiteral("pi-c-2"), QStringLiteral("Reader"));
    reader.description = QStringLiteral("analytics");
    const InstanceProfile made = InventoryImport::profileFor(reader, options);
    QCOMPARE(made.source, InstanceProfile::Source::Das);
    QCOMPARE(made.instanceId, QStringLiteral("pc-c"));
    QCOMPARE(made.nodeId, QStringLiteral("pi-c-2"));
    QCOMPARE(made.credential, options.credential);
    QCOMPARE(made.endpointKind, InstanceProfile::EndpointKind::Vpc);
    QCOMPARE(made.displayName, QStringLiteral("analytics (Reader, pi-c-2)"));
    QVERIFY(made.validate().isEmpty());
}

void TestCloudInstanceModel::pagesReadTolerantly()
{
    // lowerCamel keys, numbers as strings, one entry written as an object, other engines left out.
    const InventoryParser::Page rdsPage = InventoryParser::rdsInstances(
        R"({"items": {"dBInstance": {"dBInstanceId": "rm-one", "engine": "MySQL", "engineVersion": 8.0,
            "dBInstanceStatus": "Running", "regionId": "cn-hangzhou"}}, "totalRecordCount": "1", "pageNumber": "1"})");
    QVERIFY2(!rdsPage.error.isError(), qPrintable(rdsPage.error.message()));
    QCOMPARE(rdsPage.totalRecordCount, 1);
    QCOMPARE(rdsPage.entries, 1);
    QCOMPARE(rdsPage.instances.size(), 1);
    QCOMPARE(rdsPage.instances.at(0).instanceId, QStringLiteral("rm-one"));

    const InventoryParser::Page mixed = InventoryParser::rdsInstances(
        R"({"Items": {"DBInstance": [{"DBInstanceId": "rm-pg", "Engine": "PostgreSQL"},
            {"DBInstanceId": "rm-my", "Engine": "MySQL"}]}, "TotalRecordCount": 2})");
    QCOMPARE(mixed.entries, 2);
    QCOMPARE(mixed.instances.size(), 1);
    QCOMPARE(mixed.instances.at(0).instanceId, QStringLiteral("rm-my"));

    const InventoryParser::Page clusters = InventoryParser::polarDbClusters(
        R"({"Items": {"DBCluster": [{"DBClusterId": "pc-1", "DBType": "MySQL", "DBVersion": "8.0",
            "DBClusterDescription": "x", "DBNodes": {"DBNode": [{"DBNodeId": "pi-1", "DBNodeRole": "Writer"},
            {"DBNodeId": "pi-2", "DBNodeRole": "Reader"}]}},
            {"DBClusterId": "pc-pg", "DBType": "PostgreSQL", "DBNodes": {"DBNode": [{"DBNodeId": "pi-9"}]}}]},
            "TotalRecordCount": 2, "PageNumber": 1})");
    QCOMPARE(clusters.entries, 2);
    QCOMPARE(clusters.instances.size(), 2);
    QCOMPARE(clusters.instances.at(1).nodeId, QStringLiteral("pi-2"));
    QCOMPARE(clusters.instances.at(1).nodeRole, QStringLiteral("Reader"));
    QCOMPARE(clusters.instances.at(1).engineVersion, QStringLiteral("8.0"));

    // No Items at all: an empty page; a count that is not a count: unknown.
    const InventoryParser::Page empty = InventoryParser::polarDbClusters(R"({"TotalRecordCount": "many"})");
    QVERIFY(!empty.error.isError());
    QCOMPARE(empty.entries, 0);
    QCOMPARE(empty.totalRecordCount, -1);
}

void TestCloudInstanceModel::unreadablePages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("not json") << QByteArray("<html>");
    QTest::addRow("an array") << QByteArray("[]");
    QTest::addRow("items a string") << QByteArray(R"({"Items": "none"})");
    QTest::addRow("list a number") << QByteArray(R"({"Items": {"DBInstance": 3}})");
}

void TestCloudInstanceModel::unreadablePages()
{
    QFETCH(QByteArray, body);
    const InventoryParser::Page page = InventoryParser::rdsInstances(body);
    QCOMPARE(page.error.category(), FetchError::Category::MalformedResponse);
    QVERIFY(page.instances.isEmpty());
}

QTEST_GUILESS_MAIN(TestCloudInstanceModel)
#include "tst_cloudinstancemodel.moc"
