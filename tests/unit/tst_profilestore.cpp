// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/keychainstore.h"
#include "das/dasclient.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char SecretValue[] = "Profile-S3cret-Do-Not-Write";
constexpr char TokenValue[] = "Profile-T0ken-Do-Not-Write";

InstanceProfile sampleProfile(const QString& name = QStringLiteral("Orders primary"))
{
    InstanceProfile profile;
    profile.displayName = name;
    profile.source = InstanceProfile::Source::Das;
    profile.instanceId = QStringLiteral("rm-bp1orders");
    profile.nodeId = QStringLiteral("pi-node1");
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = QUrl(QStringLiteral("https://das.example.internal:8443/"));
    profile.endpointCa = QStringLiteral("/etc/ssl/das-proxy-ca.pem");
    profile.credential = {CredentialReference::Kind::Keychain, QStringLiteral("orders-ak")};
    profile.refreshIntervalMs = 5000;
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaults();
    void roundTrip();
    void alertRulesRoundTrip();
    void applicationSettingsLiveInTheConfigDirectory();
    void update();
    void duplicate();
    void remove();
    void listIsSortedByName();
    void validation_data();
    void validation();
    void invalidProfileIsNotSaved();
    void handEditedSettingsFallBackToDefaults();
    void exportImportRoundTrip();
    void importNeverOverwrites();
    void brokenImports_data();
    void brokenImports();
    void importReportsEachProfile();
    void importSurvivesDamagedFiles();
    void importIgnoresSecrets();
    void noSecretReachesAnyFile();
    void tagsAreKeptAndExported();

private:
    QString settingsFile() const { return m_root.filePath(QStringLiteral("profiles.ini")); }

    QTemporaryDir m_root;
};

void TestProfileStore::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char* variable :
        {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"}) {
        const QString path = m_root.filePath(QString::fromLatin1(variable).toLower());
        QVERIFY(QDir().mkpath(path));
        qputenv(variable, QFile::encodeName(path));
    }
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_root.filePath(QStringLiteral("xdg_config_home")));
    QCoreApplication::setOrganizationName(QStringLiteral("SessionScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
    // Outside scripts/with-keyring, keep away from the developer's own keychain.
    if (qEnvironmentVariableIsEmpty("SESSIONSCOPE_WITH_KEYRING"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-sessionscope-bus");
}

void TestProfileStore::init()
{
    QFile::remove(settingsFile());
    ProfileStore applicationStore;
    for (const InstanceProfile& profile : applicationStore.profiles())
        applicationStore.remove(profile.id);
}

void TestProfileStore::defaults()
{
    const InstanceProfile profile;
    QCOMPARE(profile.refreshIntervalMs, 10000);
    QCOMPARE(profile.source, InstanceProfile::Source::Das);
    QCOMPARE(profile.endpointKind, InstanceProfile::EndpointKind::Public);
    QCOMPARE(profile.endpoint(), InstanceProfile::dasEndpoint(InstanceProfile::EndpointKind::Public));
    QCOMPARE(profile.credential.kind, CredentialReference::Kind::DefaultChain);
    InstanceProfile vpc;
    vpc.endpointKind = InstanceProfile::EndpointKind::Vpc;
    QCOMPARE(vpc.endpoint(), InstanceProfile::dasEndpoint(InstanceProfile::EndpointKind::Vpc));
    QCOMPARE(sampleProfile().endpoint(), QUrl(QStringLiteral("https://das.example.internal:8443/")));
}

void TestProfileStore::roundTrip()
{
    InstanceProfile mysql;
    mysql.displayName = QStringLiteral("Local MariaDB");
    mysql.source = InstanceProfile::Source::MySql;
    mysql.host = QStringLiteral("127.0.0.1");
    mysql.port = 3307;
    mysql.databaseUser = QStringLiteral("monitor");
    mysql.sslMode = ConnectionSettings::SslMode::VerifyCa;
    mysql.sslCa = QStringLiteral("/etc/ssl/db-ca.pem");
    mysql.credential = {CredentialReference::Kind::Keychain, QStringLiteral("db-login")};
    mysql.refreshIntervalMs = 2000;

    QUuid dasId;
    QUuid mysqlId;
    {
        ProfileStore store(settingsFile());
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        const ProfileStore::SaveResult das = store.add(sampleProfile());
        QVERIFY2(das.ok(), qPrintable(das.errors.join(QLatin1Char(' '))));
        QVERIFY(!das.id.isNull());
        const ProfileStore::SaveResult direct = store.add(mysql);
        QVERIFY(direct.ok());
        QVERIFY(direct.id != das.id);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).at(0).value<QUuid>(), das.id);
        QCOMPARE(store.sync(), QSettings::NoError);
        dasId = das.id;
        mysqlId = direct.id;
    }

    ProfileStore reopened(settingsFile());
    QCOMPARE(reopened.profiles().size(), 2);
    InstanceProfile expected = sampleProfile();
    expected.id = dasId;
    QCOMPARE(reopened.profile(dasId), std::optional<InstanceProfile>(expected));
    mysql.id = mysqlId;
    QCOMPARE(reopened.profile(mysqlId), std::optional<InstanceProfile>(mysql));
    QVERIFY(!reopened.profile(QUuid::createUuid()));
    QVERIFY(!reopened.profile(QUuid()));
}

void TestProfileStore::alertRulesRoundTrip()
{
    // A profile starts with no rule, and keeps none through the settings and an export.
    QVERIFY(sampleProfile().alertRules.isEmpty());
    QCOMPARE(sampleProfile().alertConsecutive, 2);
    QVERIFY(!sampleProfile().toJson().contains(QLatin1String("alerts")));

    InstanceProfile profile = sampleProfile();
    const auto rule = [](const char* text) { return *AlertRule::parse(QString::fromUtf8(text)); };
    profile.alertRules = {{rule("active>40"), true}, {rule("user:app_rw>150"), true}, {rule("idle_in_trx>90"), false},
        {rule("lock_waits>3"), true}, {rule("failing>30"), true}};
    profile.alertConsecutive = 3;
    QCOMPARE(profile.enabledAlertRules(),
        (QList<AlertRule> {rule("active>40"), rule("user:app_rw>150"), rule("lock_waits>3"), rule("failing>30")}));

    // QSettings, through a store reopened from its file: the turned-off rule keeps its threshold.
    QUuid id;
    {
        ProfileStore store(settingsFile());
        const ProfileStore::SaveResult saved = store.add(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.errors.join(QLatin1Char(' '))));
        QCOMPARE(store.sync(), QSettings::NoError);
        id = saved.id;
    }
    profile.id = id;
    ProfileStore reopened(settingsFile());
    const std::optional<InstanceProfile> read = reopened.profile(id);
    QVERIFY(read);
    // The settings keep the enabled rules before the disabled ones.
    QCOMPARE(read->alertConsecutive, 3);
    QCOMPARE(read->enabledAlertRules(), profile.enabledAlertRules());
    QCOMPARE(read->alertRules.size(), 5);
    QCOMPARE(read->alertRules.last(), (InstanceProfile::AlertSetting {rule("idle_in_trx>90"), false}));

    // The export form, field for field.
    QStringList errors;
    const std::optional<InstanceProfile> imported = InstanceProfile::fromJson(profile.toJson(), errors);
    QVERIFY2(imported, qPrintable(errors.join(QLatin1Char(' '))));
    QCOMPARE(*imported, profile);
    const QJsonObject alerts = profile.toJson().value(QLatin1String("alerts")).toObject();
    QCOMPARE(alerts.value(QLatin1String("consecutive")).toInt(), 3);
    QCOMPARE(alerts.value(QLatin1String("rules")).toArray().at(1).toObject(),
        (QJsonObject {{QStringLiteral("rule"), QStringLiteral("user:app_rw>150")}, {QStringLiteral("enabled"), true}}));

    // A broken rule or count in an imported file is refused with a reason, never half-read.
    QJsonObject broken = profile.toJson();
    broken.insert(QStringLiteral("alerts"),
        QJsonObject {
            {QStringLiteral("rules"), QJsonArray {QJsonObject {{QStringLiteral("rule"), QStringLiteral("busy>3")}}}}});
    errors.clear();
    QVERIFY(!InstanceProfile::fromJson(broken, errors));
    QVERIFY2(errors.join(QLatin1Char(' ')).contains(QLatin1String("unknown rule \"busy\"")),
        qPrintable(errors.join(QLatin1Char(' '))));
    broken.insert(QStringLiteral("alerts"), QJsonObject {{QStringLiteral("consecutive"), 0}});
    errors.clear();
    QVERIFY(!InstanceProfile::fromJson(broken, errors));
    QVERIFY2(errors.join(QLatin1Char(' ')).contains(QLatin1String("1 to 100 snapshots")),
        qPrintable(errors.join(QLatin1Char(' '))));
}

void TestProfileStore::applicationSettingsLiveInTheConfigDirectory()
{
    ProfileStore store;
    QVERIFY2(store.fileName().startsWith(m_root.path()), qPrintable(store.fileName()));
    const ProfileStore::SaveResult saved = store.add(sampleProfile());
    QVERIFY(saved.ok());
    QCOMPARE(store.sync(), QSettings::NoError);
    QVERIFY(QFile::exists(store.fileName()));
    QCOMPARE(ProfileStore().profile(saved.id)->displayName, QStringLiteral("Orders primary"));
}

void TestProfileStore::update()
{
    ProfileStore store(settingsFile());
    const ProfileStore::SaveResult saved = store.add(sampleProfile());
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);

    InstanceProfile changed = *store.profile(saved.id);
    changed.displayName = QStringLiteral("Orders (renamed)");
    changed.endpointKind = InstanceProfile::EndpointKind::Vpc;
    changed.customEndpoint = QUrl();
    changed.credential = {};
    QVERIFY(store.update(changed).ok());
    QCOMPARE(updated.size(), 1);
    QCOMPARE(store.profile(saved.id), std::optional<InstanceProfile>(changed));
    QCOMPARE(store.profiles().size(), 1);

    InstanceProfile unknown = changed;
    unknown.id = QUuid::createUuid();
    const ProfileStore::SaveResult missing = store.update(unknown);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errors.constFirst().contains(QLatin1String("no saved profile")),
        qPrintable(missing.errors.join(QLatin1Char(' '))));
    QCOMPARE(store.profiles().size(), 1);

    changed.instanceId.clear();
    const ProfileStore::SaveResult invalid = store.update(changed);
    QCOMPARE(invalid.errors, QStringList {QStringLiteral("The instance ID is empty.")});
    QCOMPARE(store.profile(saved.id)->instanceId, QStringLiteral("rm-bp1orders")); // untouched
    QCOMPARE(updated.size(), 1);
}

void TestProfileStore::duplicate()
{
    ProfileStore store(settingsFile());
    const ProfileStore::SaveResult original = store.add(sampleProfile());

    const ProfileStore::SaveResult first = store.duplicate(original.id);
    QVERIFY(first.ok());
    QVERIFY(first.id != original.id);
    InstanceProfile copy = *store.profile(first.id);
    QCOMPARE(copy.displayName, QStringLiteral("Orders primary (copy)"));
    copy.id = original.id;
    copy.displayName = QStringLiteral("Orders primary");
    QCOMPARE(copy, *store.profile(original.id));

    const ProfileStore::SaveResult second = store.duplicate(original.id);
    QCOMPARE(store.profile(second.id)->displayName, QStringLiteral("Orders primary (copy 2)"));
    QCOMPARE(store.profiles().size(), 3);
    QVERIFY(!store.duplicate(QUuid::createUuid()).ok());
}

void TestProfileStore::remove()
{
    ProfileStore store(settingsFile());
    const QUuid keep = store.add(sampleProfile(QStringLiteral("Keep"))).id;
    const QUuid drop = store.add(sampleProfile(QStringLiteral("Drop"))).id;
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    QVERIFY(store.remove(drop));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.contains(drop));
    QVERIFY(store.contains(keep));
    QVERIFY(!store.remove(drop));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(store.sync(), QSettings::NoError);
    QCOMPARE(ProfileStore(settingsFile()).profiles().size(), 1);

    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(drop.toString(QUuid::WithoutBraces).toLatin1()));
}

void TestProfileStore::listIsSortedByName()
{
    ProfileStore store(settingsFile());
    for (const char* name : {"beta", "Gamma", "alpha 2", "Alpha"})
        QVERIFY(store.add(sampleProfile(QLatin1String(name))).ok());
    QStringList names;
    for (const InstanceProfile& profile : store.profiles())
        names.append(profile.displayName);
    QCOMPARE(names,
        (QStringList {
            QStringLiteral("Alpha"), QStringLiteral("alpha 2"), QStringLiteral("beta"), QStringLiteral("Gamma")}));
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<InstanceProfile>("profile");
    QTest::addColumn<QString>("expected"); // empty: valid

    InstanceProfile p = sampleProfile();
    QTest::addRow("valid") << p << QString();
    p.displayName = QStringLiteral("  ");
    QTest::addRow("blank name") << p << QStringLiteral("The display name is empty.");
    p = sampleProfile();
    p.instanceId.clear();
    QTest::addRow("no instance") << p << QStringLiteral("The instance ID is empty.");
    p.instanceId = QStringLiteral("rm-bp1 orders");
    QTest::addRow("instance with space") << p << QStringLiteral("The instance ID must not contain spaces.");
    p = sampleProfile();
    p.customEndpoint = QUrl();
    QTest::addRow("custom without URL") << p << QStringLiteral("The custom endpoint is empty.");
    p.customEndpoint = QUrl(QStringLiteral("https://"), QUrl::StrictMode);
    QTest::addRow("no host") << p << QStringLiteral("The endpoint is not a valid URL with a host name.");
    p.customEndpoint = QUrl(QStringLiteral("https://exa mple.com/"), QUrl::StrictMode);
    QTest::addRow("malformed") << p << QStringLiteral("The endpoint is not a valid URL with a host name.");
    p.customEndpoint = QUrl(QStringLiteral("ftp://das.example.com/"));
    QTest::addRow("ftp") << p << QStringLiteral("The endpoint must start with https://.");
    p.customEndpoint = QUrl(QStringLiteral("http://das.example.com/"));
    QTest::addRow("plain http remote")
        << p
        << QStringLiteral(
               "Plain http:// is allowed only for this computer (localhost); use https:// for das.example.com.");
    p.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:18080/"));
    QTest::addRow("plain http loopback") << p << QString();
    p.customEndpoint = QUrl(QStringLiteral("https://das.example.com/some/path"));
    QTest::addRow("path") << p << QStringLiteral("The endpoint must not contain a path.");
    p.source = InstanceProfile::Source::MySql;
    p.host = QStringLiteral("db1.example.com");
    QTest::addRow("endpoint ignored for MySQL") << p << QString();
    p.host.clear();
    QTest::addRow("MySQL without a host") << p << QStringLiteral("The server's host (or its socket) is empty.");
    p.socket = QStringLiteral("/run/mysqld/mysqld.sock");
    QTest::addRow("MySQL on a socket") << p << QString();
    p.sslMode = ConnectionSettings::SslMode::VerifyIdentity;
    QTest::addRow("verify without CA") << p << QStringLiteral("The SSL mode verify-identity needs a CA file.");
    p = sampleProfile();
    p.endpointKind = InstanceProfile::EndpointKind::Public;
    p.customEndpoint = QUrl(QStringLiteral("http://das.example.com/"));
    QTest::addRow("custom URL unused") << p << QString();
    p = sampleProfile();
    p.refreshIntervalMs = 999;
    QTest::addRow("too fast") << p << QStringLiteral("The refresh interval must be between 1 and 3600 seconds.");
    p.refreshIntervalMs = 3'600'001;
    QTest::addRow("too slow") << p << QStringLiteral("The refresh interval must be between 1 and 3600 seconds.");
    p = sampleProfile();
    p.credential = {CredentialReference::Kind::Keychain, {}};
    QTest::addRow("keychain without id") << p << QStringLiteral("No keychain credential is chosen.");
    p.credential = {CredentialReference::Kind::CliProfile, {}};
    QTest::addRow("CLI profile from the environment") << p << QString();
}

void TestProfileStore::validation()
{
    QFETCH(InstanceProfile, profile);
    QFETCH(QString, expected);
    const QStringList problems = profile.validate();
    if (expected.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    else
        QCOMPARE(problems, QStringList {expected});
}

void TestProfileStore::invalidProfileIsNotSaved()
{
    ProfileStore store(settingsFile());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    InstanceProfile profile;
    const ProfileStore::SaveResult result = store.add(profile);
    QCOMPARE(result.errors,
        (QStringList {QStringLiteral("The display name is empty."), QStringLiteral("The instance ID is empty.")}));
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(added.size(), 0);
}

void TestProfileStore::handEditedSettingsFallBackToDefaults()
{
    const QUuid id = QUuid::createUuid();
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.beginGroup(QLatin1String("profiles/") + id.toString(QUuid::WithoutBraces));
        settings.setValue(QStringLiteral("displayName"), QStringLiteral("Edited"));
        settings.setValue(QStringLiteral("instanceId"), QStringLiteral("rm-x"));
        settings.setValue(QStringLiteral("source"), QStringLiteral("oracle"));
        settings.setValue(QStringLiteral("endpoint"), 42);
        settings.setValue(QStringLiteral("refreshIntervalMs"), QStringLiteral("soon"));
        settings.endGroup();
        settings.setValue(QStringLiteral("profiles/not-a-uuid/displayName"), QStringLiteral("ignored"));
    }
    ProfileStore store(settingsFile());
    const QList<InstanceProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.constFirst().id, id);
    QCOMPARE(profiles.constFirst().source, InstanceProfile::Source::Das);
    QCOMPARE(profiles.constFirst().endpointKind, InstanceProfile::EndpointKind::Public);
    QCOMPARE(profiles.constFirst().refreshIntervalMs, InstanceProfile::DefaultRefreshIntervalMs);
}

void TestProfileStore::exportImportRoundTrip()
{
    ProfileStore store(settingsFile());
    const QUuid a = store.add(sampleProfile(QStringLiteral("A"))).id;
    InstanceProfile b = sampleProfile(QStringLiteral("B"));
    b.source = InstanceProfile::Source::MySql;
    b.host = QStringLiteral("db-b.example.com");
    b.databaseUser = QStringLiteral("monitor");
    b.endpointKind = InstanceProfile::EndpointKind::Public;
    b.customEndpoint = QUrl();
    b.endpointCa.clear();
    b.credential = {};
    const QUuid bId = store.add(b).id;
    const QList<InstanceProfile> before = store.profiles();

    const QByteArray exported = store.exportJson();
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("sessionscope-profiles"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("profiles")).toArray().size(), 2);
    QCOMPARE(
        QJsonDocument::fromJson(store.exportJson({bId})).object().value(QLatin1String("profiles")).toArray().size(), 1);

    QVERIFY(store.remove(a));
    QVERIFY(store.remove(bId));
    const ProfileStore::ImportResult result = store.importJson(exported);
    QVERIFY2(result.ok(), qPrintable(result.error + result.profileErrors.join(QLatin1Char('\n'))));
    QCOMPARE(result.imported.size(), 2);
    QCOMPARE(store.profiles(), before); // ids kept, since they were free
}

void TestProfileStore::importNeverOverwrites()
{
    ProfileStore store(settingsFile());
    const QUuid id = store.add(sampleProfile()).id;
    const QByteArray exported = store.exportJson();
    InstanceProfile edited = *store.profile(id);
    edited.nodeId = QStringLiteral("pi-edited");
    QVERIFY(store.update(edited).ok());

    const ProfileStore::ImportResult result = store.importJson(exported);
    QCOMPARE(result.imported.size(), 1);
    QVERIFY(result.imported.constFirst() != id);
    QCOMPARE(store.profile(id)->nodeId, QStringLiteral("pi-edited"));
    QCOMPARE(store.profile(result.imported.constFirst())->nodeId, QStringLiteral("pi-node1"));
}

void TestProfileStore::brokenImports_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("garbage") << QByteArray("\x00\xff\xfe{", 4) << QStringLiteral("not valid JSON");
    QTest::addRow("truncated") << QByteArray("{\"profiles\": [{\"displayName\": \"x\"") << QStringLiteral("at offset");
    QTest::addRow("list") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::addRow("no profiles") << QByteArray("{}") << QStringLiteral("no \"profiles\" list");
    QTest::addRow("profiles is number") << QByteArray("{\"profiles\": 5}") << QStringLiteral("no \"profiles\" list");
    QTest::addRow("other format") << QByteArray("{\"format\": \"aliyun-cli\", \"profiles\": []}")
                                  << QStringLiteral("\"format\" is not \"sessionscope-profiles\"");
    QTest::addRow("newer version") << QByteArray("{\"version\": 2, \"profiles\": []}")
                                   << QStringLiteral("newer SessionScope (format version 2)");
    QTest::addRow("version is text") << QByteArray("{\"version\": \"1\", \"profiles\": []}")
                                     << QStringLiteral("format version unknown");
}

void TestProfileStore::brokenImports()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ProfileStore store(settingsFile());
    const ProfileStore::ImportResult result = store.importJson(json);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.imported.isEmpty());
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::importReportsEachProfile()
{
    const QByteArray json = R"({"profiles": [
        {"displayName": "Good", "instanceId": "rm-good"},
        {"displayName": "No instance"},
        7,
        {"displayName": "Bad source", "instanceId": "rm-x", "source": "oracle"},
        {"displayName": "Bad types", "instanceId": ["rm-x"], "refreshIntervalMs": "fast", "credential": "env"},
        {"displayName": "Bad endpoint", "instanceId": "rm-x", "endpoint": "custom", "customEndpoint": "http://das.example.com/"},
        {"displayName": "Bad id", "instanceId": "rm-x", "id": "not-a-uuid"},
        {"displayName": "Bad interval", "instanceId": "rm-x", "refreshIntervalMs": 1e300},
        {"displayName": "Bad credential", "instanceId": "rm-x", "credential": {"kind": "vault", "name": 3}},
        {"displayName": "Also good", "host": "db.internal", "port": 3307, "user": "monitor", "source": "mysql", "endpoint": "vpc",
         "credential": {"kind": "cliProfile", "name": "prod"}, "refreshIntervalMs": 60000, "unknownKey": true}
    ]})";
    ProfileStore store(settingsFile());
    const ProfileStore::ImportResult result = store.importJson(json);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.imported.size(), 2);
    const QStringList expected {
        QStringLiteral("Profile #2 ('No instance'): The instance ID is empty."),
        QStringLiteral("Profile #3: A profile must be an object, not a number."),
        QStringLiteral("Profile #4 ('Bad source'): \"source\" must be \"das\" or \"mysql\"."),
        QStringLiteral("Profile #5 ('Bad types'): \"instanceId\" must be text, not a list. \"credential\" must be an "
                       "object, not text. \"refreshIntervalMs\" must be a number, not text."),
        QStringLiteral("Profile #6 ('Bad endpoint'): Plain http:// is allowed only for this computer (localhost); use "
                       "https:// for das.example.com."),
        QStringLiteral("Profile #7 ('Bad id'): \"id\" is not a UUID."),
        QStringLiteral("Profile #8 ('Bad interval'): The refresh interval must be between 1 and 3600 seconds."),
        QStringLiteral("Profile #9 ('Bad credential'): \"credential.kind\" must be \"default\", \"environment\", "
                       "\"cliProfile\" or \"keychain\". \"name\" must be text, not a number."),
    };
    QCOMPARE(result.profileErrors, expected);

    const QList<InstanceProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    const InstanceProfile& also = profiles.at(0);
    QCOMPARE(also.displayName, QStringLiteral("Also good"));
    QCOMPARE(also.source, InstanceProfile::Source::MySql);
    QCOMPARE(also.target(), QStringLiteral("db.internal:3307"));
    QCOMPARE(also.databaseUser, QStringLiteral("monitor"));
    QCOMPARE(also.endpointKind, InstanceProfile::EndpointKind::Vpc);
    QCOMPARE(also.credential, (CredentialReference {CredentialReference::Kind::CliProfile, QStringLiteral("prod")}));
    QCOMPARE(also.refreshIntervalMs, 60000);
    const InstanceProfile& good = profiles.at(1);
    QCOMPARE(good.refreshIntervalMs, InstanceProfile::DefaultRefreshIntervalMs);
    QCOMPARE(good.credential.kind, CredentialReference::Kind::DefaultChain);
}

void TestProfileStore::importSurvivesDamagedFiles()
{
    ProfileStore source(settingsFile());
    source.add(sampleProfile(QStringLiteral("A")));
    source.add(sampleProfile(QStringLiteral("B")));
    const QByteArray exported = source.exportJson();
    const QString scratch = m_root.filePath(QStringLiteral("scratch.ini"));

    int imported = 0;
    for (qsizetype length = 0; length < exported.size(); length += 7) {
        QFile::remove(scratch);
        ProfileStore store(scratch);
        const ProfileStore::ImportResult result = store.importJson(exported.left(length));
        // Every prefix is refused with a reason, never taken silently.
        QVERIFY2(!result.error.isEmpty() || !result.profileErrors.isEmpty(), qPrintable(QString::number(length)));
        imported += int(result.imported.size());
    }
    QCOMPARE(imported, 0); // no prefix of the file is a complete document

    QRandomGenerator random(20240601);
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = exported;
        for (int flips = 0; flips < 3; ++flips)
            damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        QFile::remove(scratch);
        ProfileStore store(scratch);
        const ProfileStore::ImportResult result = store.importJson(damaged);
        QCOMPARE(store.profiles().size(), result.imported.size());
        for (const InstanceProfile& profile : store.profiles())
            QVERIFY(profile.validate().isEmpty());
    }
}

void TestProfileStore::importIgnoresSecrets()
{
    const QByteArray json = R"({"profiles": [{"displayName": "With secret", "instanceId": "rm-x",
        "accessKeySecret": ")"
        + QByteArray(SecretValue) + R"(", "credential": {"kind": "keychain", "name": "k",
        "secret": ")"
        + QByteArray(SecretValue) + R"("}}]})";
    ProfileStore store(settingsFile());
    QCOMPARE(store.importJson(json).imported.size(), 1);
    QCOMPARE(store.sync(), QSettings::NoError);
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(SecretValue));
    QVERIFY(!store.exportJson().contains(SecretValue));
}

void TestProfileStore::noSecretReachesAnyFile()
{
    KeychainStore keychain;
    QSignalSpy written(&keychain, &KeychainStore::finished);
    const QString credentialId
        = QLatin1String("sessionscope-test-profilestore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    keychain.write(credentialId,
        AccessKey {QStringLiteral("LTAI-profilestore"), QLatin1String(SecretValue), QLatin1String(TokenValue)});
    QVERIFY(written.wait());
    const KeychainStore::Result stored = written.takeFirst().at(0).value<KeychainStore::Result>();
    QCOMPARE(stored.status, KeychainStore::Status::Ok);
    qInfo("credential kept in the %s", stored.backend == KeychainStore::Backend::Keychain ? "keychain" : "memory");

    InstanceProfile profile = sampleProfile();
    profile.credential = {CredentialReference::Kind::Keychain, credentialId};
    ProfileStore applicationStore;
    QVERIFY(applicationStore.add(profile).ok());
    QCOMPARE(applicationStore.sync(), QSettings::NoError);
    ProfileStore fileStore(settingsFile());
    QVERIFY(fileStore.add(profile).ok());
    QCOMPARE(fileStore.sync(), QSettings::NoError);
    QVERIFY(!applicationStore.exportJson().contains(SecretValue));

    int filesWithTheReference = 0;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(SecretValue), qPrintable(path));
        QVERIFY2(!content.contains(TokenValue), qPrintable(path));
        if (content.contains(credentialId.toLatin1()))
            ++filesWithTheReference;
    }
    QCOMPARE(filesWithTheReference, 2); // the search did read both settings files

    keychain.remove(credentialId);
    QVERIFY(written.wait());
}

void TestProfileStore::tagsAreKeptAndExported()
{
    InstanceProfile tagged = sampleProfile();
    tagged.tags = InstanceProfile::tagsFromText(QStringLiteral(" prod, orders ,, Prod "));
    QCOMPARE(tagged.tags, QStringList({QStringLiteral("prod"), QStringLiteral("orders")}));
    QCOMPARE(InstanceProfile::tagsText(tagged.tags), QStringLiteral("prod, orders"));
    QUuid id;
    {
        ProfileStore store(settingsFile());
        const ProfileStore::SaveResult saved = store.add(tagged);
        QVERIFY(saved.ok());
        id = saved.id;
        QVERIFY(store.add(sampleProfile(QStringLiteral("Untagged"))).ok());
    }
    ProfileStore reopened(settingsFile());
    QCOMPARE(reopened.profile(id)->tags, tagged.tags);

    const QJsonArray exported
        = QJsonDocument::fromJson(reopened.exportJson()).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(exported.size(), 2);
    for (const QJsonValue& profile : exported) {
        const QJsonObject object = profile.toObject();
        if (object.value(QStringLiteral("displayName")).toString() == QLatin1String("Untagged"))
            QVERIFY(!object.contains(QStringLiteral("tags")));
        else
            QCOMPARE(object.value(QStringLiteral("tags")).toArray(),
                QJsonArray({QStringLiteral("prod"), QStringLiteral("orders")}));
    }

    QStringList errors;
    QJsonObject object = reopened.profile(id)->toJson();
    const std::optional<InstanceProfile> parsed = InstanceProfile::fromJson(object, errors);
    QVERIFY2(parsed, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed->tags, tagged.tags);
    object.insert(QStringLiteral("tags"), QStringLiteral("prod"));
    QVERIFY(!InstanceProfile::fromJson(object, errors));
    QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("\"tags\"")));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
