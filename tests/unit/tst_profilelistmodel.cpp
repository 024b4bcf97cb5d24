// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profilelistmodel.h"
#include "profiles/profilestore.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

InstanceProfile profileNamed(const QString& name)
{
    InstanceProfile profile;
    profile.displayName = name;
    profile.instanceId = QStringLiteral("rm-") + name.toLower().remove(QLatin1Char(' '));
    return profile;
}

QStringList namesOf(const ProfileListModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row).data().toString());
    return names;
}

} // namespace

class TestProfileListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheStoredProfilesByName();
    void rolesCarryTheProfile();
    void credentialTextNamesTheSource_data();
    void credentialTextNamesTheSource();
    void directProfileShowsItsTarget();
    void addInsertsInPlace();
    void renameMovesTheRowAndKeepsThePersistentIndex();
    void updateInPlaceIsDataChanged();
    void removeRemovesOneRow();
    void importAddsEveryProfile();
    void changesBehindTheStoresBackReset();

private:
    QString settingsFile() const { return m_root.filePath(QStringLiteral("profiles.ini")); }

    QTemporaryDir m_root;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
}

void TestProfileListModel::init()
{
    QFile::remove(settingsFile());
    m_store = std::make_unique<ProfileStore>(settingsFile());
}

void TestProfileListModel::cleanup()
{
    m_store.reset();
}

void TestProfileListModel::listsTheStoredProfilesByName()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Orders"))).ok());
    QVERIFY(m_store->add(profileNamed(QStringLiteral("analytics"))).ok());
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Billing"))).ok());

    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(namesOf(model),
        (QStringList {QStringLiteral("analytics"), QStringLiteral("Billing"), QStringLiteral("Orders")}));
}

void TestProfileListModel::rolesCarryTheProfile()
{
    InstanceProfile profile = profileNamed(QStringLiteral("Orders"));
    profile.nodeId = QStringLiteral("pi-node1");
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
    profile.credential = {CredentialReference::Kind::CliProfile, QStringLiteral("prod")};
    profile.refreshIntervalMs = 5000;
    const ProfileStore::SaveResult saved = m_store->add(profile);
    QVERIFY(saved.ok());

    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(ProfileListModel::IdRole).toUuid(), saved.id);
    QCOMPARE(index.data(ProfileListModel::InstanceIdRole).toString(), QStringLiteral("rm-orders"));
    QCOMPARE(index.data(ProfileListModel::NodeIdRole).toString(), QStringLiteral("pi-node1"));
    QCOMPARE(index.data(ProfileListModel::EndpointRole).toString(), QStringLiteral("http://127.0.0.1:8080/"));
    QCOMPARE(index.data(ProfileListModel::RefreshIntervalRole).toInt(), 5000);
    QCOMPARE(index.data(ProfileListModel::CredentialRole).toString(), QStringLiteral("Aliyun CLI profile 'prod'"));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("rm-orders")) && toolTip.contains(QStringLiteral("pi-node1"))
            && toolTip.contains(QStringLiteral("'prod'")),
        qPrintable(toolTip));
    QCOMPARE(model.rowOf(saved.id), 0);
    QCOMPARE(model.idAt(0), saved.id);
    QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    QVERIFY(model.idAt(1).isNull());
}

void TestProfileListModel::credentialTextNamesTheSource_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addRow("environment") << int(CredentialReference::Kind::Environment) << QString()
                                 << QStringLiteral("environment variables");
    QTest::addRow("cli named") << int(CredentialReference::Kind::CliProfile) << QStringLiteral("dev")
                               << QStringLiteral("Aliyun CLI profile 'dev'");
    QTest::addRow("cli current") << int(CredentialReference::Kind::CliProfile) << QString()
                                 << QStringLiteral("the Aliyun CLI's current profile");
    QTest::addRow("keychain") << int(CredentialReference::Kind::Keychain) << QStringLiteral("credential-1")
                              << QStringLiteral("AccessKey saved in the keychain");
    QTest::addRow("default") << int(CredentialReference::Kind::DefaultChain) << QString()
                             << QStringLiteral("environment, then the Aliyun CLI profile");
}

void TestProfileListModel::credentialTextNamesTheSource()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QCOMPARE(ProfileListModel::credentialText({CredentialReference::Kind(kind), name}), text);
}

void TestProfileListModel::addInsertsInPlace()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Alpha"))).ok());
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Gamma"))).ok());
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex gamma = model.index(1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(m_store->add(profileNamed(QStringLiteral("Beta"))).ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(namesOf(model), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    QCOMPARE(gamma.row(), 2);
}

void TestProfileListModel::renameMovesTheRowAndKeepsThePersistentIndex()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Alpha"))).ok());
    const ProfileStore::SaveResult beta = m_store->add(profileNamed(QStringLiteral("Beta")));
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Gamma"))).ok());
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex betaIndex = model.index(1);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    InstanceProfile renamed = *m_store->profile(beta.id);
    renamed.displayName = QStringLiteral("Zeta");
    QVERIFY(m_store->update(renamed).ok());
    QCOMPARE(namesOf(model), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Gamma"), QStringLiteral("Zeta")}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(betaIndex.row(), 2);
    QCOMPARE(betaIndex.data().toString(), QStringLiteral("Zeta"));

    // And back to the front.
    renamed.displayName = QStringLiteral("Aardvark");
    QVERIFY(m_store->update(renamed).ok());
    QCOMPARE(
        namesOf(model), (QStringList {QStringLiteral("Aardvark"), QStringLiteral("Alpha"), QStringLiteral("Gamma")}));
    QCOMPARE(betaIndex.row(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestProfileListModel::updateInPlaceIsDataChanged()
{
    const ProfileStore::SaveResult saved = m_store->add(profileNamed(QStringLiteral("Orders")));
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    InstanceProfile profile = *m_store->profile(saved.id);
    profile.instanceId = QStringLiteral("rm-changed");
    QVERIFY(m_store->update(profile).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(model.index(0).data(ProfileListModel::InstanceIdRole).toString(), QStringLiteral("rm-changed"));
}

void TestProfileListModel::directProfileShowsItsTarget()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Cloud"))).ok());
    InstanceProfile direct;
    direct.displayName = QStringLiteral("Local");
    direct.source = InstanceProfile::Source::MySql;
    direct.host = QStringLiteral("db.example.com");
    direct.port = 3307;
    direct.databaseUser = QStringLiteral("monitor");
    direct.sslMode = ConnectionSettings::SslMode::VerifyCa;
    direct.sslCa = QStringLiteral("/etc/ssl/ca.pem");
    direct.credential = {CredentialReference::Kind::Keychain, QStringLiteral("login-1")};
    const ProfileStore::SaveResult saved = m_store->add(direct);
    QVERIFY(saved.ok());

    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(namesOf(model), (QStringList {QStringLiteral("Cloud"), QStringLiteral("Local")}));
    const QModelIndex cloud = model.index(0);
    QCOMPARE(cloud.data(ProfileListModel::SourceRole).toInt(), int(InstanceProfile::Source::Das));
    QCOMPARE(cloud.data(ProfileListModel::SourceTagRole).toString(), QStringLiteral("DAS"));
    QCOMPARE(cloud.data(ProfileListModel::TargetRole).toString(), QStringLiteral("rm-cloud"));

    const QModelIndex local = model.index(1);
    QCOMPARE(local.data(ProfileListModel::SourceRole).toInt(), int(InstanceProfile::Source::MySql));
    QCOMPARE(local.data(ProfileListModel::SourceTagRole).toString(), QStringLiteral("MySQL"));
    QCOMPARE(local.data(ProfileListModel::TargetRole).toString(), QStringLiteral("db.example.com:3307"));
    QCOMPARE(local.data(ProfileListModel::CredentialRole).toString(), QStringLiteral("saved in the keychain"));
    const QString tip = local.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("db.example.com:3307")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("monitor")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("verify-ca, CA /etc/ssl/ca.pem")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("Endpoint")), qPrintable(tip));

    // A socket replaces host and port, in the list as in the connection.
    InstanceProfile bySocket = *m_store->profile(saved.id);
    bySocket.socket = QStringLiteral("/run/mysqld/mysqld.sock");
    bySocket.credential = {};
    QVERIFY(m_store->update(bySocket).ok());
    QCOMPARE(model.index(1).data(ProfileListModel::TargetRole).toString(), QStringLiteral("/run/mysqld/mysqld.sock"));
    QCOMPARE(
        model.index(1).data(ProfileListModel::CredentialRole).toString(), QStringLiteral("MYSQL_PWD, else ~/.my.cnf"));
}

void TestProfileListModel::removeRemovesOneRow()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Alpha"))).ok());
    const ProfileStore::SaveResult beta = m_store->add(profileNamed(QStringLiteral("Beta")));
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Gamma"))).ok());
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex gamma = model.index(2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(m_store->remove(beta.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(namesOf(model), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Gamma")}));
    QCOMPARE(gamma.row(), 1);
}

void TestProfileListModel::importAddsEveryProfile()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Middle"))).ok());
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray json = R"({"profiles": [
        {"displayName": "Zulu", "instanceId": "rm-z"},
        {"displayName": "Alpha", "instanceId": "rm-a"},
        {"displayName": "", "instanceId": "rm-broken"}
    ]})";
    const ProfileStore::ImportResult result = m_store->importJson(json);
    QCOMPARE(result.imported.size(), 2);
    QCOMPARE(namesOf(model), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Middle"), QStringLiteral("Zulu")}));
}

void TestProfileListModel::changesBehindTheStoresBackReset()
{
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Alpha"))).ok());
    QCOMPARE(m_store->sync(), QSettings::NoError);

    // Another store on the same file adds a profile the model was not told about.
    {
        ProfileStore other(settingsFile());
        QVERIFY(other.add(profileNamed(QStringLiteral("Hidden"))).ok());
        QCOMPARE(other.sync(), QSettings::NoError);
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Beta"))).ok());
    // QSettings objects of one process share a file's contents, so the store sees the other writer;
    // the model must then show the whole list, not Beta inserted into a stale one.
    QCOMPARE(m_store->profiles().size(), 3);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(namesOf(model), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Hidden")}));
}

QTEST_GUILESS_MAIN(TestProfileListModel)

#include "tst_profilelistmodel.moc"
