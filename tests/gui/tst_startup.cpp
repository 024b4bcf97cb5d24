// SPDX-License-Identifier: GPL-3.0-or-later
// The `sessionscope` executable as a user starts it: its own process on the offscreen platform, a
// home of its own with saved profiles, the DAS emulator (in this process) on loopback. What it does
// is read from outside: the requests the emulator receives, and the monitor's log lines
// (QT_LOGGING_RULES="sessionscope.monitor.info=true").
#include "base/credential.h"
#include "emulator/dasemulator.h"
#include "profiles/instanceprofile.h"
#include "profiles/profilestore.h"
#include "support/emulatorfixture.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIstartup0001"), QStringLiteral("startup-secret-0001"), {}};

// The calls that start a snapshot (polls carry a ResultId) for `instanceId`.
QList<DasEmulator::RequestRecord> firstCalls(const DasEmulator& emulator, const QString& instanceId)
{
    QList<DasEmulator::RequestRecord> calls;
    for (const DasEmulator::RequestRecord& record : emulator.requests()) {
        if (record.params.value(QStringLiteral("InstanceId")) == instanceId
            && !record.params.contains(QStringLiteral("ResultId")))
            calls.append(record);
    }
    return calls;
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reopensTheLastInstance();
    void instanceAndIntervalFromTheCommandLine();
    void demoOpensTheEmulatorsInstance();

private:
    InstanceProfile profile(const QString& name, const QString& instanceId) const;
    QString configFile() const;
    void start(const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<DasEmulator> m_emulator;
    std::unique_ptr<QProcess> m_app;
    QByteArray m_log;
};

void TestStartup::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = EmulatorFixture::start(key,
        {EmulatorFixture::instance(QStringLiteral("rm-other"), 20, 0),
            EmulatorFixture::instance(QStringLiteral("rm-last"), 30, 0),
            EmulatorFixture::instance(QStringLiteral("rm-cli"), 10, 0)});
    QVERIFY(m_emulator);
    m_log.clear();
}

void TestStartup::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->terminate();
        if (!m_app->waitForFinished(10'000)) {
            m_app->kill();
            m_app->waitForFinished();
        }
    }
    m_app.reset();
    m_emulator.reset();
    m_home.reset();
}

QString TestStartup::configFile() const
{
    // Where QSettings keeps SessionScope's settings on Linux: $XDG_CONFIG_HOME/<organisation>/<application>.conf.
    return m_home->filePath(QStringLiteral("config/SessionScope/SessionScope.conf"));
}

InstanceProfile TestStartup::profile(const QString& name, const QString& instanceId) const
{
    InstanceProfile profile;
    profile.displayName = name;
    profile.instanceId = instanceId;
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = m_emulator->endpoint();
    profile.credential.kind = CredentialReference::Kind::Environment;
    profile.refreshIntervalMs = 60'000;
    return profile;
}

void TestStartup::start(const QStringList& arguments)
{
    m_app = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL", "LC_MESSAGES",
             "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_CONFIG_FILE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sessionscope.monitor.info=true"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), key.id);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), key.secret);
    m_app->setProcessEnvironment(env);
    connect(m_app.get(), &QProcess::readyReadStandardError, this, [this] { m_log += m_app->readAllStandardError(); });
    m_app->start(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/ui/sessionscope"), arguments);
    QVERIFY2(m_app->waitForStarted(10'000), qPrintable(m_app->errorString()));
}

void TestStartup::reopensTheLastInstance()
{
    // Two saved profiles; the one watched last comes second in the list (by name). Without the
    // memory of it, the first would open.
    QString lastId;
    {
        ProfileStore store(configFile());
        QVERIFY(store.add(profile(QStringLiteral("Archive"), QStringLiteral("rm-other"))).ok());
        const ProfileStore::SaveResult last = store.add(profile(QStringLiteral("Orders"), QStringLiteral("rm-last")));
        QCOMPARE(store.profiles().first().instanceId, QStringLiteral("rm-other"));
        QVERIFY(last.ok());
        lastId = last.id.toString();
    }
    {
        QSettings settings(configFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("lastProfile"), lastId);
    }

    start({});
    QTRY_VERIFY_WITH_TIMEOUT(m_log.contains("snapshot of rm-last: 30 sessions"), 20'000);
    // The overview watches every profile in the background, on its own spread-out schedule, so the
    // emulator may see rm-other's first call; what the window opens is what the monitor logs, and
    // the overview follows the open instance rather than fetching it a second time.
    QCOMPARE(firstCalls(*m_emulator, QStringLiteral("rm-last")).size(), 1);
    QVERIFY(!m_log.contains("rm-other"));
    QCOMPARE(m_app->state(), QProcess::Running);
}

void TestStartup::instanceAndIntervalFromTheCommandLine()
{
    // A saved profile would open by itself; the command line's instance comes instead.
    {
        ProfileStore store(configFile());
        QVERIFY(store.add(profile(QStringLiteral("Other"), QStringLiteral("rm-other"))).ok());
    }
    start({QStringLiteral("--instance"), QStringLiteral("rm-cli"), QStringLiteral("--endpoint"),
        m_emulator->endpoint().toString(), QStringLiteral("--interval"), QStringLiteral("1")});
    // Every second (a profile's default is ten): three snapshots within a few seconds, each a
    // second (plus the time the snapshot took) after the last.
    QTRY_VERIFY_WITH_TIMEOUT(firstCalls(*m_emulator, QStringLiteral("rm-cli")).size() >= 3, 15'000);
    const QList<DasEmulator::RequestRecord> calls = firstCalls(*m_emulator, QStringLiteral("rm-cli"));
    for (qsizetype i = 1; i < 3; ++i) {
        const qint64 gap = calls[i - 1].receivedAt.msecsTo(calls[i].receivedAt);
        QVERIFY2(gap >= 900 && gap < 5'000, qPrintable(QString::number(gap)));
    }
    QVERIFY(m_log.contains("snapshot of rm-cli: 10 sessions"));
    QVERIFY(!m_log.contains("rm-other"));
}

void TestStartup::demoOpensTheEmulatorsInstance()
{
    // The demo runs the das-emulator that ships beside the window, on a port of its own, and
    // watches its rm-demo instance (600 sessions); nothing reaches the emulator of this test.
    start({QStringLiteral("--demo")});
    QTRY_VERIFY_WITH_TIMEOUT(m_log.contains("snapshot of rm-demo: 600 sessions"), 30'000);
    QCOMPARE(m_emulator->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
