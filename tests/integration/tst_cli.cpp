// SPDX-License-Identifier: GPL-3.0-or-later
// sessionscope-cli end to end: the real executable, run as a user would, against the DAS emulator
// on loopback (which this test process serves while the CLI runs).
#include "base/credential.h"
#include "credentials/keychainstore.h"
#include "emulator/dasemulator.h"
#include "emulator/emulatorfault.h"
#include "export/sessioncsv.h"
#include "profiles/profilestore.h"
#include "support/emulatorfixture.h"
#include "support/testkeychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const AccessKey key {QStringLiteral("LTAIclitest0001"), QStringLiteral("cli-secret-0001"), {}};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void convertMatchesGoldenFiles();
    void convertJson();
    void convertFormulaGuard();
    void convertMalformedInput();
    void convertWritesStatements();
    void snapshotWritesStatements();
    void watchReportsRaisedRulesAndExitsSeven();
    void watchRefusesBadRules();
    void watchRaisesAndClearsAFailingSource();
    void signPrintsTheOfficialVector();
    void signTakesSecretsFromTheEnvironmentOrAFileAndHidesTheToken();
    void snapshotCsvMatchesTheService();
    void snapshotJsonAndNode();
    void snapshotErrors_data();
    void snapshotErrors();
    void snapshotWithoutCredentials();
    void snapshotToAnUnwritablePathIsStatusFour();
    void snapshotWithAProfileAndTheKeychain();
    void snapshotRefusesPlainHttpToRemoteHosts();
    void killThroughDasChecksBeforeFetching();
    void killThroughDasEndToEnd();
    void killTheServiceRefusesIsStatusSix();
    void numericOptionsAreValidated_data();
    void numericOptionsAreValidated();
    void outputToAFifoIsWrittenInPlace();
    void fullDiskOnStandardOutputIsAnError();
    void endlessInputIsRefusedAtTheLimit();
    void serverTextNeverReachesTheTerminalRaw();
    void outputsAreWrittenAllOrNone();
    void resetConnectionsAreReportedAsSuch();
    void convertSaysWhatIsMissing_data();
    void convertSaysWhatIsMissing();
    void twoOutputsToOneFileAreRefused_data();
    void twoOutputsToOneFileAreRefused();

private:
    Run cli(const QStringList& arguments, const AccessKey& credentials = key, const QString& configHome = {});

    QString m_cli;
    // XDG_DATA_HOME of the tool: where its audit log goes.
    QString m_dataHome;
    std::unique_ptr<DasEmulator> m_emulator;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    m_cli = QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_dir.isValid());
}

void TestCli::init()
{
    EmulatorInstance instance = EmulatorFixture::instance(QStringLiteral("rm-cli"), 300, 2);
    // Frozen sessions: two fetches see the same list.
    instance.tickSeconds = 0;
    EmulatorInstance polar = EmulatorFixture::instance(QStringLiteral("pc-cli"), 20, 0);
    polar.nodeIds = {QStringLiteral("pi-cli-1"), QStringLiteral("pi-cli-2")};
    polar.engine = EmulatorInstance::Engine::PolarDbMySql;
    m_emulator = EmulatorFixture::start(key, {instance, polar});
    QVERIFY(m_emulator);
    m_dataHome = m_dir.filePath(QStringLiteral("data-") + QString::fromLatin1(QTest::currentTestFunction()));
}

Run TestCli::cli(const QStringList& arguments, const AccessKey& credentials, const QString& configHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    env.remove(QStringLiteral("MYSQL_PWD"));
    if (!credentials.id.isEmpty()) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), credentials.id);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), credentials.secret);
    }
    if (!configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_cli, arguments);
    // The emulator answers from this event loop while the CLI waits.
    if (!finished.wait(30'000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::convertMatchesGoldenFiles()
{
    const QString sessions = m_dir.filePath(QStringLiteral("golden-sessions.csv"));
    const QString stats = m_dir.filePath(QStringLiteral("golden-stats.csv"));
    const Run run = cli({QStringLiteral("convert"),
        QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"), QStringLiteral("--instance"),
        QStringLiteral("rm-sample"), QStringLiteral("--output"), sessions, QStringLiteral("--stats"), stats});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(readFile(sessions), readFile(QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-sessions.csv")));
    QCOMPARE(readFile(stats), readFile(QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-stats.csv")));
}

void TestCli::convertJson()
{
    const Run run
        = cli({QStringLiteral("convert"), QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"),
            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("sessionscope.snapshot/1"));
    QCOMPARE(root.value(QStringLiteral("snapshotTime")).toString(), QStringLiteral("2022-08-04T02:51:54.000Z"));
    QCOMPARE(root.value(QStringLiteral("totalSessionCount")).toInteger(), 988);
    const QJsonObject session = root.value(QStringLiteral("sessions")).toArray().first().toObject();
    QCOMPARE(session.value(QStringLiteral("sessionId")).toInteger(), 14521783);
    QCOMPARE(session.value(QStringLiteral("trxId")).toString(), QStringLiteral("754300775132"));
    QCOMPARE(session.value(QStringLiteral("active")).toBool(), true);
}

void TestCli::convertFormulaGuard()
{
    const QString path = m_dir.filePath(QStringLiteral("formula.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"Success":true,"Data":{"IsFinish":true,"State":"SUCCESS","SessionData":{"TimeStamp":1659581514000,)"
               R"("SessionList":[{"SessionId":1,"User":"@evil","Command":"Query","SqlText":"=cmd|' /C calc'!A0"}]}}})");
    file.close();
    Run run = cli({QStringLiteral("convert"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(",'@evil,"));
    QVERIFY(run.out.contains(",'=cmd|' /C calc'!A0\r\n"));
    run = cli({QStringLiteral("convert"), path, QStringLiteral("--no-formula-guard")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(",@evil,"));
    QVERIFY(run.out.contains(",=cmd|' /C calc'!A0\r\n"));
}

void TestCli::convertMalformedInput()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"Success":true,"Data":{"IsFinish":true,"SessionData":{"SessionList":"nope"}}})");
    file.close();
    const Run run = cli({QStringLiteral("convert"), path});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("MalformedResponse"));
    QVERIFY(run.err.contains("SessionList"));
}

void TestCli::convertWritesStatements()
{
    const QString path = m_dir.filePath(QStringLiteral("statements.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"Success":true,"Data":{"IsFinish":true,"State":"SUCCESS","SessionData":{"TimeStamp":1659581514000,)"
               R"("SessionList":[)"
               R"({"SessionId":1,"User":"app","DbName":"shop","Command":"Query","Time":12,)"
               R"("SqlText":"SELECT * FROM orders WHERE id = 1"},)"
               R"({"SessionId":2,"User":"batch","DbName":"shop","Command":"Query","Time":30,)"
               R"("SqlText":"select * from orders where id = 22"},)"
               R"({"SessionId":3,"User":"app","DbName":"crm","Command":"Sleep","Time":100,"SqlText":""},)"
               R"({"SessionId":4,"User":"@evil","DbName":"shop","Command":"Execute","Time":5,"SqlText":"=1+2"},)"
               R"({"SessionId":5,"User":"app","Command":"Query","Time":7,"SqlTemplateId":"tpl-9",)"
               R"json("SqlText":"select name from users where id in (1,2,3)"}]}}})json");
    file.close();
    const QString sessions = m_dir.filePath(QStringLiteral("statements-sessions.csv"));
    const QString statements = m_dir.filePath(QStringLiteral("statements.csv"));
    const Run run = cli({QStringLiteral("convert"), path, QStringLiteral("--instance"), QStringLiteral("rm-stmt"),
        QStringLiteral("--output"), sessions, QStringLiteral("--statements"), statements});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    // Longest total time first; the fingerprint is FNV-1a 64 of the normalised text; the server's
    // template id groups where it is sent; the idle session runs no statement; the formula guard
    // applies to names and statements alike.
    QCOMPARE(readFile(statements),
        QByteArray("SnapshotTime,InstanceId,NodeId,Fingerprint,TemplateId,Sessions,ActiveSessions,TotalTime,MaxTime,"
                   "Users,Databases,ThreadIds,Statement\r\n"
                   "2022-08-04T02:51:54.000Z,rm-stmt,,6cdf8c3f21acc0e8,,2,2,42,30,app batch,shop,1 2,"
                   "select * from orders where id = ?\r\n"
                   "2022-08-04T02:51:54.000Z,rm-stmt,,36ec4d3aebdccd52,tpl-9,1,1,7,7,app,,5,"
                   "select name from users where id in(?+)\r\n"
                   "2022-08-04T02:51:54.000Z,rm-stmt,,23740c3eb6bf88d1,,1,1,5,5,'@evil,shop,4,'= ? + ?\r\n"));
    QVERIFY(readFile(sessions).startsWith(SessionCsv::sessionsHeader()));

    // All outputs or none: a statements file that cannot be written leaves no sessions file.
    QFile::remove(sessions);
    const Run failed = cli({QStringLiteral("convert"), path, QStringLiteral("--output"), sessions,
        QStringLiteral("--statements"), m_dir.filePath(QStringLiteral("no-such-dir/statements.csv"))});
    QCOMPARE(failed.exitCode, 4);
    QVERIFY(!QFile::exists(sessions));

    // One file for two outputs is refused before anything is read.
    const Run shared = cli({QStringLiteral("convert"), path, QStringLiteral("--output"), statements,
        QStringLiteral("--statements"), statements});
    QVERIFY(shared.exitCode != 0);
    QVERIFY2(shared.err.contains("--output and --statements"), shared.err.constData());
}

void TestCli::snapshotWritesStatements()
{
    const QString out = m_dir.filePath(QStringLiteral("snap-for-statements.csv"));
    const QString statements = m_dir.filePath(QStringLiteral("snap-statements.csv"));
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--output"), out,
        QStringLiteral("--statements"), statements, QStringLiteral("--poll-interval"), QStringLiteral("0.05")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray csv = readFile(statements);
    QVERIFY(csv.startsWith(SessionCsv::statementsHeader()));
    // Each session is in at most one statement, and each statement counts exactly its sessions.
    QSet<qint64> grouped;
    qint64 sessionsCounted = 0;
    const QList<QByteArray> rows = csv.split('\n');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i).isEmpty())
            continue;
        const QList<QByteArray> cells = rows.at(i).split(',');
        QVERIFY(cells.size() >= 13);
        QCOMPARE(cells.at(3).size(), 16);
        sessionsCounted += cells.at(5).toLongLong();
        for (const QByteArray& id : cells.at(11).split(' ')) {
            QVERIFY(!grouped.contains(id.toLongLong()));
            grouped.insert(id.toLongLong());
        }
    }
    QVERIFY(!grouped.isEmpty());
    QCOMPARE(qint64(grouped.size()), sessionsCounted);
    QVERIFY(grouped.size() <= 300);
    QVERIFY(readFile(out).startsWith(SessionCsv::sessionsHeader()));
}

void TestCli::watchReportsRaisedRulesAndExitsSeven()
{
    const QStringList target {QStringLiteral("watch"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--poll-interval"),
        QStringLiteral("0.05"), QStringLiteral("--interval"), QStringLiteral("0.05"), QStringLiteral("--count"),
        QStringLiteral("3")};
    // The instance always has sessions: raised on the second snapshot in a row, once.
    Run run = cli(target
        + QStringList {QStringLiteral("--rule"), QStringLiteral("user>0"), QStringLiteral("--rule"),
            QStringLiteral("active>100000")});
    QVERIFY2(run.exitCode == 7, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z rm-cli raised user>0 \\d+ \\S+$"))
                 .match(QString::fromUtf8(lines.constFirst()))
                 .hasMatch(),
        lines.constFirst().constData());

    // Nothing breaches: nothing printed, exit 0. One snapshot is not enough to raise anything.
    run = cli(target + QStringList {QStringLiteral("--rule"), QStringLiteral("active>100000")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    run = cli(QStringList(target).replaceInStrings(QRegularExpression(QStringLiteral("^3$")), QStringLiteral("1"))
        + QStringList {QStringLiteral("--rule"), QStringLiteral("user>0")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
}

void TestCli::watchRaisesAndClearsAFailingSource()
{
    // The service fails three collections in a row, then recovers: failing>0 crosses its threshold
    // (failing for a second or more) and comes back.
    EmulatorFault fault;
    fault.type = EmulatorFault::Type::StateFail;
    fault.times = 3;
    m_emulator->injectFaults(QStringLiteral("rm-cli"), {fault});
    const Run run = cli({QStringLiteral("watch"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--poll-interval"),
        QStringLiteral("0.05"), QStringLiteral("--interval"), QStringLiteral("0.6"), QStringLiteral("--count"),
        QStringLiteral("4"), QStringLiteral("--consecutive"), QStringLiteral("1"), QStringLiteral("--rule"),
        QStringLiteral("failing>0")});
    QVERIFY2(run.exitCode == 7, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\S+Z \\S+ raised failing>0 [1-9]\\d*$"))
                 .match(QString::fromUtf8(lines.at(0)))
                 .hasMatch(),
        lines.at(0).constData());
    QVERIFY2(lines.at(1).endsWith(" rm-cli cleared failing>0 0"), lines.at(1).constData());
    // Each failed collection was said on standard error.
    QCOMPARE(run.err.count("AsyncTaskFailed"), 3);
}

void TestCli::watchRefusesBadRules()
{
    for (const QStringList& rules :
        {QStringList {}, QStringList {QStringLiteral("--rule"), QStringLiteral("threads>5")},
            QStringList {QStringLiteral("--rule"), QStringLiteral("active>-1")}}) {
        const Run run
            = cli(QStringList {QStringLiteral("watch"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
                      QStringLiteral("--endpoint"), m_emulator->endpoint().toString()}
                + rules);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.err.startsWith("sessionscope-cli: error: "), run.err.constData());
    }
}

void TestCli::signPrintsTheOfficialVector()
{
    const QString secretFile = m_dir.filePath(QStringLiteral("secret.txt"));
    {
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("YourAccessKeySecret\n");
    }
    const Run run = cli({QStringLiteral("sign"), QStringLiteral("--access-key-id"), QStringLiteral("YourAccessKeyId"),
        QStringLiteral("--access-key-secret-file"), secretFile, QStringLiteral("--date"),
        QStringLiteral("2023-10-26T10:22:32Z"), QStringLiteral("--nonce"),
        QStringLiteral("3156853299f313e23d1673dc12e1703d"), QStringLiteral("--action"), QStringLiteral("RunInstances"),
        QStringLiteral("--version"), QStringLiteral("2014-05-26"), QStringLiteral("--host"),
        QStringLiteral("ecs.cn-shanghai.aliyuncs.com"), QStringLiteral("--param"),
        QStringLiteral("ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"), QStringLiteral("--param"),
        QStringLiteral("RegionId=cn-shanghai")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QVERIFY(
        run.out.contains("Authorization: ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                         "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                         "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0\n"));
    QVERIFY(!run.out.contains("YourAccessKeySecret"));
}

void TestCli::signTakesSecretsFromTheEnvironmentOrAFileAndHidesTheToken()
{
    const Run run = cli(
        {QStringLiteral("sign"), QStringLiteral("--date"), QStringLiteral("2023-10-26T10:22:32Z"),
            QStringLiteral("--nonce"), QStringLiteral("3156853299f313e23d1673dc12e1703d"), QStringLiteral("--action"),
            QStringLiteral("RunInstances"), QStringLiteral("--version"), QStringLiteral("2014-05-26"),
            QStringLiteral("--host"), QStringLiteral("ecs.cn-shanghai.aliyuncs.com"),
            QStringLiteral("--security-token"), QStringLiteral("sts-token-not-for-printing")},
        AccessKey {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}});
    // A secret on the command line is refused, and not echoed in the refusal.
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--security-token would show the secret"), run.err.constData());
    QVERIFY(!run.err.contains("sts-token-not-for-printing"));

    const QString tokenFile = m_dir.filePath(QStringLiteral("token.txt"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sts-token-not-for-printing\n");
    }
    const Run fromEnvironment
        = cli({QStringLiteral("sign"), QStringLiteral("--date"), QStringLiteral("2023-10-26T10:22:32Z"),
                  QStringLiteral("--nonce"), QStringLiteral("3156853299f313e23d1673dc12e1703d"),
                  QStringLiteral("--action"), QStringLiteral("RunInstances"), QStringLiteral("--version"),
                  QStringLiteral("2014-05-26"), QStringLiteral("--host"),
                  QStringLiteral("ecs.cn-shanghai.aliyuncs.com"), QStringLiteral("--security-token-file"), tokenFile},
            AccessKey {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}});
    const Run& run2 = fromEnvironment;
    QCOMPARE(run2.exitCode, 0);
    QVERIFY(run2.out.contains("x-acs-security-token:<not shown>"));
    QVERIFY(!run2.out.contains("sts-token-not-for-printing"));
    QVERIFY(!run2.out.contains("YourAccessKeySecret"));
    QVERIFY(run2.out.contains("Authorization: ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"));
}

void TestCli::snapshotCsvMatchesTheService()
{
    const QString out = m_dir.filePath(QStringLiteral("snap.csv"));
    const QString stats = m_dir.filePath(QStringLiteral("snap-stats.csv"));
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--output"), out,
        QStringLiteral("--stats"), stats, QStringLiteral("--poll-interval"), QStringLiteral("0.05")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray csv = readFile(out);

    // The emulator's rm-cli (seed 1, 300 sessions, frozen) as this tool wrote it once, checked in
    // with the snapshot's time replaced: a change of the generator or of the format shows here.
    // Only SnapshotTime differs between two fetches: take it from the first row.
    const QByteArray header = "SnapshotTime,InstanceId,NodeId,SessionId,User,Client,UserClientAlias,DbName,Command,"
                              "Time,State,TrxId,TrxDuration,SqlTemplateId,SqlText\r\n";
    QVERIFY(csv.startsWith(header));
    const QByteArray snapshotTime = csv.mid(header.size(), 24);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                 .match(QString::fromLatin1(snapshotTime))
                 .hasMatch(),
        snapshotTime.constData());
    const auto golden = [&](const char* name) {
        return readFile(QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/") + QLatin1String(name))
            .replace("1970-01-01T00:00:00.000Z", snapshotTime);
    };
    QCOMPARE(csv.count(QByteArray("\r\n" + snapshotTime + ",rm-cli,,")), 300);
    QCOMPARE(csv, golden("emulator-rm-cli-sessions.csv"));
    QCOMPARE(readFile(stats), golden("emulator-rm-cli-stats.csv"));
}

void TestCli::snapshotJsonAndNode()
{
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("pc-cli"),
        QStringLiteral("--node"), QStringLiteral("pi-cli-2"), QStringLiteral("--endpoint"),
        m_emulator->endpoint().toString(), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("instanceId")).toString(), QStringLiteral("pc-cli"));
    QCOMPARE(root.value(QStringLiteral("nodeId")).toString(), QStringLiteral("pi-cli-2"));
    QCOMPARE(root.value(QStringLiteral("sessions")).toArray().size(), 20);
    QCOMPARE(m_emulator->requests().first().params.value(QStringLiteral("NodeId")), QStringLiteral("pi-cli-2"));
}

void TestCli::snapshotErrors_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("faultType");
    QTest::addColumn<QByteArray>("code");
    QTest::addRow("wrong secret") << QStringLiteral("rm-cli") << QStringLiteral("wrong") << -1
                                  << QByteArray("SignatureDoesNotMatch");
    QTest::addRow("unknown instance") << QStringLiteral("rm-nope") << key.secret << -1 << QByteArray("InvalidParams");
    QTest::addRow("throttled") << QStringLiteral("rm-cli") << key.secret << int(EmulatorFault::Type::Throttling)
                               << QByteArray("Throttling.User");
    QTest::addRow("task failed") << QStringLiteral("rm-cli") << key.secret << int(EmulatorFault::Type::StateFail)
                                 << QByteArray("AsyncTaskFailed");
}

void TestCli::snapshotErrors()
{
    QFETCH(QString, instance);
    QFETCH(QString, secret);
    QFETCH(int, faultType);
    QFETCH(QByteArray, code);
    if (faultType >= 0) {
        EmulatorFault fault;
        fault.type = EmulatorFault::Type(faultType);
        m_emulator->setPersistentFault(QStringLiteral("rm-cli"), fault);
    }
    const Run run
        = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), instance, QStringLiteral("--endpoint"),
                  m_emulator->endpoint().toString(), QStringLiteral("--timeout"), QStringLiteral("3")},
            AccessKey {key.id, secret, {}});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(code), run.err.constData());
    QVERIFY(!run.err.contains(key.secret.toUtf8()));
}

void TestCli::snapshotToAnUnwritablePathIsStatusFour()
{
    // The service answered; the file cannot be written (its folder is missing): status 4, the path
    // named, nothing written anywhere.
    const QString target = m_dir.filePath(QStringLiteral("missing-folder/snap.csv"));
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--output"), target,
        QStringLiteral("--poll-interval"), QStringLiteral("0.05")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(target.toUtf8()), run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing-folder"))));
    // The snapshot was taken: the failure is the file's, not the service's.
    QVERIFY(!m_emulator->requests().isEmpty());
    for (const auto& request : m_emulator->requests())
        QCOMPARE(request.httpStatus, 200);
}

void TestCli::snapshotWithoutCredentials()
{
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
                            QStringLiteral("--endpoint"), m_emulator->endpoint().toString()},
        AccessKey {});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCli::snapshotRefusesPlainHttpToRemoteHosts()
{
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), QStringLiteral("http://das.cn-shanghai.aliyuncs.com/")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("InvalidEndpoint"));
}

void TestCli::snapshotWithAProfileAndTheKeychain()
{
    // A profile saved by the window (same settings file), its key in the keychain; the CLI has no
    // key in its environment.
    const QString configHome = m_dir.filePath(QStringLiteral("config"));
    {
        ProfileStore store(configHome + QStringLiteral("/SessionScope/SessionScope.conf"));
        InstanceProfile profile;
        profile.displayName = QStringLiteral("orders-cli");
        profile.instanceId = QStringLiteral("pc-cli");
        profile.nodeId = QStringLiteral("pi-cli-1");
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = m_emulator->endpoint();
        profile.credential = {CredentialReference::Kind::Keychain, QStringLiteral("tst-cli-profile")};
        QVERIFY(store.add(profile).ok());
        store.sync();
    }
    KeychainStore keychain;
    QSignalSpy written(&keychain, &KeychainStore::finished);
    keychain.write(QStringLiteral("tst-cli-profile"), key);
    QVERIFY(written.wait(10'000));
    if (keychain.backend() != KeychainStore::Backend::Keychain) {
        if (TestKeychain::isRequired())
            QFAIL("scripts/with-keyring promised a keychain, and none answered");
        QSKIP("No keychain on this session bus: run the suite through scripts/with-keyring");
    }

    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--profile"), QStringLiteral("orders-cli"),
                            QStringLiteral("--format"), QStringLiteral("json")},
        AccessKey {}, configHome);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("instanceId")).toString(), QStringLiteral("pc-cli"));
    QCOMPARE(root.value(QStringLiteral("nodeId")).toString(), QStringLiteral("pi-cli-1"));
    QVERIFY(!run.out.contains(key.secret.toUtf8()));

    const Run missing = cli(
        {QStringLiteral("snapshot"), QStringLiteral("--profile"), QStringLiteral("nope")}, AccessKey {}, configHome);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("NoSuchProfile"));
    keychain.remove(QStringLiteral("tst-cli-profile"));
    QVERIFY(written.wait(10'000));
}

void TestCli::killThroughDasChecksBeforeFetching()
{
    // Read-only, and set to kill as a database account; both saved as the window saves them.
    const QString configHome = m_dir.filePath(QStringLiteral("config-kill"));
    {
        ProfileStore store(configHome + QStringLiteral("/SessionScope/SessionScope.conf"));
        InstanceProfile profile;
        profile.instanceId = QStringLiteral("rm-cli");
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = m_emulator->endpoint();
        profile.displayName = QStringLiteral("watch-only");
        profile.readOnly = true;
        QVERIFY(store.add(profile).ok());
        profile.displayName = QStringLiteral("as-account");
        profile.readOnly = false;
        profile.killAccount = InstanceProfile::KillAccount::DatabaseAccount;
        profile.databaseUser = QStringLiteral("ops_kill");
        QVERIFY(store.add(profile).ok());
        store.sync();
    }
    const auto kill = [&](const QStringList& arguments) {
        return cli(QStringList {QStringLiteral("kill"), QStringLiteral("--session"), QStringLiteral("12"),
                       QStringLiteral("--yes")}
                + arguments,
            key, configHome);
    };

    const Run readOnly = kill({QStringLiteral("--profile"), QStringLiteral("watch-only")});
    QCOMPARE(readOnly.exitCode, 2);
    QVERIFY2(readOnly.err.contains("profile \"watch-only\" is read-only"), readOnly.err.constData());

    // A database account needs its password; the maintenance user does not.
    const Run noPassword = kill({QStringLiteral("--profile"), QStringLiteral("as-account")});
    QCOMPARE(noPassword.exitCode, 3);
    QVERIFY2(noPassword.err.contains("ops_kill") && noPassword.err.contains("MYSQL_PWD"), noPassword.err.constData());
    const Run adHoc = kill({QStringLiteral("--instance"), QStringLiteral("rm-cli"), QStringLiteral("--endpoint"),
        m_emulator->endpoint().toString(), QStringLiteral("--db-user"), QStringLiteral("ops_kill")});
    QCOMPARE(adHoc.exitCode, 3);
    const Run both = kill({QStringLiteral("--instance"), QStringLiteral("rm-cli"), QStringLiteral("--maintain-user"),
        QStringLiteral("--db-user"), QStringLiteral("ops_kill")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCli::killThroughDasEndToEnd()
{
    const QStringList target {QStringLiteral("--instance"), QStringLiteral("rm-cli"), QStringLiteral("--endpoint"),
        m_emulator->endpoint().toString()};
    const auto sessionIds = [&] {
        const Run snapshot = cli(QStringList {QStringLiteral("snapshot")} + target);
        QList<qint64> ids;
        for (const QByteArray& line : snapshot.out.split('\n').mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            // SessionId, User, …, Command: ordinary sessions only.
            if (cells.size() > 8 && cells.at(4) != "aliyun_root" && cells.at(4) != "event_scheduler"
                && !cells.at(8).startsWith("Binlog") && cells.at(8) != "Daemon")
                ids.append(cells.at(3).toLongLong());
        }
        return ids;
    };
    const QList<qint64> before = sessionIds();
    QVERIFY(before.size() >= 2);
    const qint64 victim = before.at(0);
    const Run run = cli(QStringList {QStringLiteral("kill"), QStringLiteral("--session"), QString::number(victim),
                            QStringLiteral("--session"), QStringLiteral("99999999"), QStringLiteral("--yes")}
        + target);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The outcome line of the session: its id, then "killed".
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                 [&](const QByteArray& line) {
                     return line.startsWith(QByteArray::number(victim)) && line.contains("killed")
                         && !line.contains("will be");
                 }),
        run.out.constData());
    QVERIFY2(!sessionIds().contains(victim), run.out.constData());

    // The attempt and its outcome, as the service's task reported them.
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonObject record = QJsonDocument::fromJson(audit.out.trimmed().split('\n').constLast()).object();
    QCOMPARE(record.value(QLatin1String("interface")).toString(), QStringLiteral("cli"));
    QCOMPARE(record.value(QLatin1String("sourceKind")).toString(), QStringLiteral("das"));
    QCOMPARE(record.value(QLatin1String("instance")).toString(), QStringLiteral("rm-cli"));
    QCOMPARE(record.value(QLatin1String("method")).toString(),
        QStringLiteral("CreateKillInstanceSessionTaskWithMaintainUser"));
    QVERIFY(!record.value(QLatin1String("taskId")).toString().isEmpty());
    const QJsonArray targets = record.value(QLatin1String("targets")).toArray();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("killed"));
    QCOMPARE(targets.at(1).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("skipped"));
    QVERIFY(!audit.out.contains(key.secret.toUtf8()));
}

void TestCli::killTheServiceRefusesIsStatusSix()
{
    // A session of the service's own maintenance account, asked for deliberately: the kill is sent,
    // the service refuses it, and the tool says so and ends with status 6.
    const QStringList target {QStringLiteral("--instance"), QStringLiteral("rm-cli"), QStringLiteral("--endpoint"),
        m_emulator->endpoint().toString()};
    const Run snapshot = cli(QStringList {QStringLiteral("snapshot")} + target);
    QCOMPARE(snapshot.exitCode, 0);
    qint64 maintenance = 0;
    for (const QByteArray& line : snapshot.out.split('\n').mid(1)) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() > 4 && cells.at(4) == "aliyun_root") {
            maintenance = cells.at(3).toLongLong();
            break;
        }
    }
    QVERIFY2(maintenance > 0, snapshot.out.left(2000).constData());
    const Run run = cli(QStringList {QStringLiteral("kill"), QStringLiteral("--session"), QString::number(maintenance),
                            QStringLiteral("--include-system"), QStringLiteral("--yes")}
        + target);
    QVERIFY2(run.exitCode == 6, QByteArray(run.out + run.err).constData());
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                 [&](const QByteArray& line) {
                     return line.startsWith(QByteArray::number(maintenance)) && line.contains("refused");
                 }),
        run.out.constData());
}

void TestCli::numericOptionsAreValidated_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    for (const char* value : {"nan", "inf", "-inf", "1e10", "3000000", "0", "-5", "abc", ""})
        QTest::addRow("timeout %s", value) << QStringLiteral("--timeout") << QString::fromLatin1(value);
    for (const char* value : {"0", "nan", "inf", "-1", "61", "x"})
        QTest::addRow("poll %s", value) << QStringLiteral("--poll-interval") << QString::fromLatin1(value);
}

void TestCli::numericOptionsAreValidated()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), option, value});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(option.toUtf8()) && run.err.contains("from "), run.err.constData());
    QVERIFY(m_emulator->requests().isEmpty()); // refused before anything was sent
}

void TestCli::outputToAFifoIsWrittenInPlace()
{
    // A FIFO (as `--output >(gzip > f)` or a named pipe gives) stays a FIFO: the CSV is written into
    // it, not renamed over it.
    const QString fifo = m_dir.filePath(QStringLiteral("sessions.fifo"));
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    const Run run
        = cli({QStringLiteral("convert"), QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"),
            QStringLiteral("--instance"), QStringLiteral("rm-sample"), QStringLiteral("--output"), fifo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // (It may have finished already, while the tool ran.)
    QVERIFY(reader.state() == QProcess::NotRunning || reader.waitForFinished(10'000));
    QCOMPARE(reader.readAllStandardOutput(),
        readFile(QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-sessions.csv")));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestCli::fullDiskOnStandardOutputIsAnError()
{
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(m_cli,
        {QStringLiteral("convert"), QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"),
            QStringLiteral("--instance"), QStringLiteral("rm-sample")});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 4);
    QVERIFY(process.readAllStandardError().contains("cannot write to standard output"));
}

void TestCli::endlessInputIsRefusedAtTheLimit()
{
    // /dev/zero claims no size and never ends: the limit applies to the bytes read.
    const Run run = cli({QStringLiteral("convert"), QStringLiteral("/dev/zero")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("is larger than 512 MiB"), run.err.constData());
}

void TestCli::serverTextNeverReachesTheTerminalRaw()
{
    // The service answers with an error code that would clear the screen and retitle the terminal.
    EmulatorFault fault;
    fault.type = EmulatorFault::Type::SuccessFalse;
    fault.code = QStringLiteral("Evil\x1b]0;pwned\x07\x1b[2J") + QChar(0x202E) + QStringLiteral("Code");
    m_emulator->setPersistentFault(QStringLiteral("rm-cli"), fault);
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--timeout"),
        QStringLiteral("3")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Evil"), run.err.constData()); // the code is still named
    QVERIFY(!run.err.contains('\x1b'));
    QVERIFY(!run.err.contains('\x07'));
    QVERIFY(!run.err.contains("\xe2\x80\xae")); // U+202E
    QCOMPARE(run.err.count('\n'), 1); // one line
}

void TestCli::resetConnectionsAreReportedAsSuch()
{
    EmulatorFault fault;
    fault.type = EmulatorFault::Type::ConnectionReset;
    m_emulator->setPersistentFault(QStringLiteral("rm-cli"), fault);
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--instance"), QStringLiteral("rm-cli"),
        QStringLiteral("--endpoint"), m_emulator->endpoint().toString(), QStringLiteral("--timeout"),
        QStringLiteral("5")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.contains("SignatureNonceUsed:"), run.err.constData());
    QVERIFY2(run.err.contains("connection"), run.err.constData());
}

void TestCli::outputsAreWrittenAllOrNone()
{
    // The statistics cannot be written (their directory is missing): the sessions CSV, written
    // first, must not be left behind, and a file already there keeps its content.
    const QString sessions = m_dir.filePath(QStringLiteral("allornone-sessions.csv"));
    const QString stats = m_dir.filePath(QStringLiteral("no-such-dir/stats.csv"));
    QFile::remove(sessions);
    const QStringList arguments {QStringLiteral("convert"),
        QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"), QStringLiteral("--output"), sessions,
        QStringLiteral("--stats"), stats};
    Run run = cli(arguments);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("stats.csv"), run.err.constData());
    QVERIFY(!QFile::exists(sessions));
    {
        QFile previous(sessions);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("yesterday\n");
    }
    run = cli(arguments);
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(readFile(sessions), QByteArray("yesterday\n"));
    // No temporary file is left behind either.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*allornone*")}, QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("allornone-sessions.csv")});

    // The other way round: the sessions cannot be written, the statistics are not either.
    const QString goodStats = m_dir.filePath(QStringLiteral("allornone-stats.csv"));
    run = cli({QStringLiteral("convert"), QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"),
        QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no-such-dir/sessions.csv")),
        QStringLiteral("--stats"), goodStats});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!QFile::exists(goodStats));
}

void TestCli::twoOutputsToOneFileAreRefused_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("stats");
    const QString file = m_dir.filePath(QStringLiteral("shared.csv"));
    QTest::addRow("same path") << file << file;
    QTest::addRow("dot-dot") << file << m_dir.filePath(QStringLiteral("sub/../shared.csv"));
    QTest::addRow("symbolic link") << file << m_dir.filePath(QStringLiteral("link.csv"));
    QTest::addRow("standard output twice") << QStringLiteral("-") << QStringLiteral("-");
}

void TestCli::twoOutputsToOneFileAreRefused()
{
    QFETCH(QString, output);
    QFETCH(QString, stats);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    const QString shared = m_dir.filePath(QStringLiteral("shared.csv"));
    QFile::remove(shared);
    QFile::remove(m_dir.filePath(QStringLiteral("link.csv")));
    QVERIFY(QFile::link(shared, m_dir.filePath(QStringLiteral("link.csv"))));
    const Run run
        = cli({QStringLiteral("convert"), QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/seed-sample-response.json"),
            QStringLiteral("--output"), output, QStringLiteral("--stats"), stats});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--output and --stats both name"), run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QVERIFY(!QFile::exists(shared));
}

void TestCli::convertSaysWhatIsMissing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("named");
    const QStringList nothingSaid {QStringLiteral("Success"), QStringLiteral("Code")};
    QTest::addRow("empty object") << QByteArray("{}") << nothingSaid;
    QTest::addRow("bare Data") << QByteArray(R"({"Data":{}})") << nothingSaid;
    QTest::addRow("Fail 7") << QByteArray(R"({"Success":true,"Data":{"IsFinish":true,"Fail":7}})")
                            << QStringList {QStringLiteral("Data.Fail"), QStringLiteral("failed")};
    QTest::addRow("Fail true") << QByteArray(R"({"Success":true,"Data":{"IsFinish":true,"Fail":true}})")
                               << QStringList {QStringLiteral("Data.Fail"), QStringLiteral("failed")};
    QTest::addRow("State FAIL") << QByteArray(R"({"Success":true,"Data":{"IsFinish":true,"State":"FAIL"}})")
                                << QStringList {QStringLiteral("Data.State FAIL"), QStringLiteral("failed")};
}

void TestCli::convertSaysWhatIsMissing()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, named);
    const QString path = m_dir.filePath(QStringLiteral("unclear.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }
    const Run run = cli({QStringLiteral("convert"), path});
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.out, QByteArray());
    // Never an empty code and message ("error: : ... error: "), always what is wrong.
    QVERIFY2(!run.err.contains(": :"), run.err.constData());
    QVERIFY2(!run.err.trimmed().endsWith(':'), run.err.constData());
    for (const QString& word : named)
        QVERIFY2(run.err.contains(word.toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
