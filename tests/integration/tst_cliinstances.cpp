// SPDX-License-Identifier: GPL-3.0-or-later
// sessionscope-cli instances end to end: the real executable against the emulator on loopback (which
// this test process serves while the CLI runs), its CSV checked byte for byte.
#include "base/credential.h"
#include "emulator/dasemulator.h"
#include "profiles/profilestore.h"
#include "support/emulatorfixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIcliinventory"), QStringLiteral("cli-inventory-secret"), {}};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

EmulatorInstance listed(const QString& id, const QString& description, const QString& version = QStringLiteral("8.0"))
{
    EmulatorInstance instance = EmulatorFixture::instance(id, 10, 1);
    instance.engine = EmulatorInstance::engineForInstanceId(id);
    instance.description = description;
    instance.engineVersion = version;
    return instance;
}

} // namespace

class TestCliInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void csvIsExact();
    void writesToAFile();
    void permissionErrorIsStatusOne();
    void withoutCredentialsIsStatusThree();
    void regionIsRequired();
    void regionAndKeyFromAnAliyunCliProfile();
    void credentialOfASavedProfile();
    void plainHttpToARemoteHostIsRefused();

private:
    Run cli(const QStringList& arguments, const AccessKey& credentials = key,
        const QProcessEnvironment& extra = QProcessEnvironment());
    QStringList emulatorEndpoint() const;

    QString m_cli;
    std::unique_ptr<DasEmulator> m_emulator;
    QTemporaryDir m_dir;
};

void TestCliInstances::initTestCase()
{
    m_cli = QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_dir.isValid());
}

void TestCliInstances::init()
{
    EmulatorInstance polar
        = listed(QStringLiteral("pc-eu"), QStringLiteral("analytics, \"EU\""), QStringLiteral("8.0"));
    polar.nodeIds = {QStringLiteral("pi-eu-1"), QStringLiteral("pi-eu-2")};
    EmulatorInstance elsewhere = listed(QStringLiteral("rm-beijing"), QStringLiteral("not listed"));
    elsewhere.regionId = QStringLiteral("cn-beijing");
    m_emulator = EmulatorFixture::start(key,
        {listed(QStringLiteral("rm-orders"), QStringLiteral("orders primary"), QStringLiteral("5.7")),
            listed(QStringLiteral("rm-formula"), QStringLiteral("=HYPERLINK(\"http://x\")")), polar, elsewhere});
    QVERIFY(m_emulator);
}

Run TestCliInstances::cli(const QStringList& arguments, const AccessKey& credentials, const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
             "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_PROFILE", "ALIBABA_CLOUD_CONFIG_FILE"})
        env.remove(QLatin1String(name));
    if (!credentials.id.isEmpty()) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), credentials.id);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), credentials.secret);
    }
    // No Aliyun CLI configuration of the user's can answer unless a test says so.
    env.insert(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-aliyun-config.json")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-empty")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(extra);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_cli, QStringList {QStringLiteral("instances")} + arguments);
    if (!finished.wait(30'000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList TestCliInstances::emulatorEndpoint() const
{
    return {QStringLiteral("--endpoint"), m_emulator->endpoint().toString()};
}

void TestCliInstances::csvIsExact()
{
    const Run run = cli(QStringList {QStringLiteral("--region"), QStringLiteral("cn-hangzhou")} + emulatorEndpoint());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.out,
        QByteArray("Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status\r\n"
                   "rds,rm-orders,,,orders primary,cn-hangzhou,MySQL,5.7,Running\r\n"
                   "rds,rm-formula,,,\"'=HYPERLINK(\"\"http://x\"\")\",cn-hangzhou,MySQL,8.0,Running\r\n"
                   "polardb,pc-eu,pi-eu-1,Writer,\"analytics, \"\"EU\"\"\",cn-hangzhou,MySQL,8.0,Running\r\n"
                   "polardb,pc-eu,pi-eu-2,Reader,\"analytics, \"\"EU\"\"\",cn-hangzhou,MySQL,8.0,Running\r\n"));
    QVERIFY(!run.out.contains(key.secret.toUtf8()));

    const Run unguarded = cli(
        QStringList {QStringLiteral("--region"), QStringLiteral("cn-hangzhou"), QStringLiteral("--no-formula-guard")}
        + emulatorEndpoint());
    QCOMPARE(unguarded.exitCode, 0);
    QVERIFY(unguarded.out.contains("rds,rm-formula,,,\"=HYPERLINK("));

    const Run beijing
        = cli(QStringList {QStringLiteral("--region"), QStringLiteral("cn-beijing")} + emulatorEndpoint());
    QCOMPARE(beijing.exitCode, 0);
    QCOMPARE(beijing.out,
        QByteArray("Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status\r\n"
                   "rds,rm-beijing,,,not listed,cn-beijing,MySQL,8.0,Running\r\n"));
}

void TestCliInstances::writesToAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("instances.csv"));
    const Run run
        = cli(QStringList {QStringLiteral("--region"), QStringLiteral("cn-hangzhou"), QStringLiteral("--output"), path}
            + emulatorEndpoint());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 5);

    const Run unwritable = cli(QStringList {QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
                                   QStringLiteral("--output"), QStringLiteral("/nonexistent-dir/instances.csv")}
        + emulatorEndpoint());
    QCOMPARE(unwritable.exitCode, 4);
}

void TestCliInstances::permissionErrorIsStatusOne()
{
    m_emulator->setListingDenied(QStringLiteral("DescribeDBClusters"), true);
    const Run run = cli(QStringList {QStringLiteral("--region"), QStringLiteral("cn-hangzhou")} + emulatorEndpoint());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("Forbidden.RAM") && run.err.contains("polardb:DescribeDBClusters"), run.err.constData());
}

void TestCliInstances::withoutCredentialsIsStatusThree()
{
    const Run run = cli(
        QStringList {QStringLiteral("--region"), QStringLiteral("cn-hangzhou")} + emulatorEndpoint(), AccessKey {});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("NoCredentials"), run.err.constData());
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCliInstances::regionIsRequired()
{
    const Run missing = cli(emulatorEndpoint());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("--region"), missing.err.constData());
    const Run bad = cli(QStringList {QStringLiteral("--region"), QStringLiteral("CN HANGZHOU")} + emulatorEndpoint());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCliInstances::regionAndKeyFromAnAliyunCliProfile()
{
    const QString path = m_dir.filePath(QStringLiteral("aliyun-config.json"));
    QFile config(path);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("{\"current\": \"other\", \"profiles\": [{\"name\": \"other\", \"mode\": \"AK\", "
                                "\"access_key_id\": \"LTAIwrong\", \"access_key_secret\": \"wrong\", \"region_id\": "
                                "\"cn-shanghai\"}, {\"name\": \"ops\", \"mode\": \"AK\", \"access_key_id\": \"%1\", "
                                "\"access_key_secret\": \"%2\", \"region_id\": \"cn-beijing\"}]}")
                     .arg(key.id, key.secret)
                     .toUtf8());
    config.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"), path);
    const Run run = cli(
        QStringList {QStringLiteral("--cli-profile"), QStringLiteral("ops")} + emulatorEndpoint(), AccessKey {}, extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out,
        QByteArray("Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status\r\n"
                   "rds,rm-beijing,,,not listed,cn-beijing,MySQL,8.0,Running\r\n"));
}

void TestCliInstances::credentialOfASavedProfile()
{
    // A profile that reads its key from the environment; the CLI takes that reference.
    const QString configHome = m_dir.filePath(QStringLiteral("config-profile"));
    {
        ProfileStore store(configHome + QStringLiteral("/SessionScope/SessionScope.conf"));
        InstanceProfile profile;
        profile.displayName = QStringLiteral("orders");
        profile.instanceId = QStringLiteral("rm-orders");
        profile.credential = {CredentialReference::Kind::Environment, {}};
        QVERIFY(store.add(profile).ok());
        store.sync();
    }
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    const Run run = cli(QStringList {QStringLiteral("--profile"), QStringLiteral("orders"), QStringLiteral("--region"),
                            QStringLiteral("cn-hangzhou")}
            + emulatorEndpoint(),
        key, extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count("\r\n"), 5);

    const Run missing = cli(QStringList {QStringLiteral("--profile"), QStringLiteral("nope"),
                                QStringLiteral("--region"), QStringLiteral("cn-hangzhou")}
            + emulatorEndpoint(),
        key, extra);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("NoSuchProfile"));
}

void TestCliInstances::plainHttpToARemoteHostIsRefused()
{
    const Run run = cli({QStringLiteral("--region"), QStringLiteral("cn-hangzhou"), QStringLiteral("--rds-endpoint"),
        QStringLiteral("http://rds.example.com/")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("InvalidEndpoint"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cliinstances.moc"
