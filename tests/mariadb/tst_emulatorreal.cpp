// SPDX-License-Identifier: GPL-3.0-or-later
// The DAS emulator backed by a real MariaDB server (scripts/with-mariadb): real client sessions, a
// statement running SELECT SLEEP() and a transaction left idle, read through the DAS path end to end
// (DasSource, signed HTTP, the emulator, the direct source's reader); a DAS kill that ends a real
// session; a kill of a session that does not exist; a kill the server refuses; the emulator's own
// monitoring connection, which is never among the sessions; and a hung server, which holds up no
// other instance of the emulator.
#include "base/credential.h"
#include "emulator/dasemulator.h"
#include "sources/dassource.h"
#include "sources/sourcecommand.h"
#include "support/emulatorfixture.h"
#include "support/mariadbserver.h"
#include "support/secretguard.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>

namespace {

const AccessKey key {QStringLiteral("LTAIemureal00001"), QStringLiteral("emulator-real-secret-0001"), {}};
const QString instanceId = QStringLiteral("rm-real");
const QString AppUser = QStringLiteral("emu_app");
const QString AppPassword = QStringLiteral("emu-app-pass-1");
const QString MonitorUser = QStringLiteral("emu_monitor");
const QString MonitorPassword = QStringLiteral("emu-monitor-pass-1");

FetchOptions fastOptions()
{
    FetchOptions options;
    options.pollIntervalMs = 50;
    options.deadlineMs = 20'000;
    options.retryBaseMs = 50;
    options.retryMaxMs = 500;
    options.maxRetries = 3;
    return options;
}

EmulatorInstance realInstance(const ConnectionSettings& server)
{
    EmulatorInstance instance = EmulatorFixture::instance(instanceId, 0, 0);
    instance.server = server;
    return instance;
}

const Session* find(const SnapshotPtr& snapshot, qint64 id)
{
    for (const Session& session : snapshot->sessions) {
        if (session.sessionId == id)
            return &session;
    }
    return nullptr;
}

const DimensionStat* stat(const QList<DimensionStat>& stats, const QString& key)
{
    for (const DimensionStat& entry : stats) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

KillRequest request(const QList<qint64>& ids)
{
    KillRequest request;
    request.sessionIds = ids;
    return request;
}

} // namespace

class TestEmulatorReal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void realSessionsThroughDas();
    void ownConnectionIsNotInTheSnapshot();
    void maintenanceKillEndsTheRealSession();
    void killOfAMissingSessionIsAlreadyGone();
    void killTheServerRefusesIsNoPermission();
    void hungServerHoldsUpNoOtherInstance();

private:
    SnapshotPtr fetch(DasSource& source);
    // Fetches, 250 ms apart (InnoDB's transaction view refreshes only then), until `ready` holds;
    // the last snapshot either way.
    SnapshotPtr fetchUntil(DasSource& source, const std::function<bool(const SnapshotPtr&)>& ready);
    CommandResult kill(DasSource& source, const KillRequest& request);
    std::unique_ptr<DasSource> makeSource();

    std::unique_ptr<DasEmulator> m_emulator;
    std::vector<std::unique_ptr<QProcess>> m_clients;
    SecretGuard m_logGuard;
};

void TestEmulatorReal::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_logGuard.watch(MariaDbServer::rootSettings().password, "the server's root password");
    m_logGuard.watch(key.secret, "the AccessKey secret");
    m_logGuard.watch(AppPassword, "a database password");
    m_logGuard.install();
    const QString setup = MariaDbServer::execAsRoot(
        QStringLiteral("CREATE DATABASE IF NOT EXISTS emu_shop; "
                       "CREATE TABLE IF NOT EXISTS emu_shop.orders (id INT PRIMARY KEY, qty INT) ENGINE=InnoDB; "
                       "REPLACE INTO emu_shop.orders VALUES (1, 10), (2, 20); "
                       "CREATE OR REPLACE USER '%1'@'127.0.0.1' IDENTIFIED BY '%2'; "
                       "GRANT SELECT, UPDATE ON emu_shop.* TO '%1'@'127.0.0.1'; "
                       "CREATE OR REPLACE USER '%3'@'127.0.0.1' IDENTIFIED BY '%4'; "
                       "GRANT PROCESS ON *.* TO '%3'@'127.0.0.1';")
            .arg(AppUser, AppPassword, MonitorUser, MonitorPassword));
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
}

void TestEmulatorReal::init()
{
    m_emulator = EmulatorFixture::start(key, {realInstance(MariaDbServer::rootSettings())});
    QVERIFY(m_emulator);
}

void TestEmulatorReal::cleanup()
{
    m_emulator.reset();
    for (auto& client : m_clients) {
        client->kill();
        client->waitForFinished();
    }
    m_clients.clear();
}

void TestEmulatorReal::cleanupTestCase()
{
    m_logGuard.uninstall();
    m_logGuard.verifyNothingLeaked();
}

std::unique_ptr<DasSource> TestEmulatorReal::makeSource()
{
    return std::make_unique<DasSource>(m_emulator->endpoint(), key, instanceId, QString(), fastOptions());
}

SnapshotPtr TestEmulatorReal::fetch(DasSource& source)
{
    QSignalSpy ready(&source, &SessionSource::snapshotReady);
    QSignalSpy failed(&source, &SessionSource::fetchFailed);
    source.fetch();
    if (!QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, 30'000))
        return nullptr;
    if (ready.isEmpty()) {
        qWarning("fetch failed: %s", qPrintable(failed.first().first().value<FetchError>().summary()));
        return nullptr;
    }
    return ready.first().first().value<SnapshotPtr>();
}

SnapshotPtr TestEmulatorReal::fetchUntil(DasSource& source, const std::function<bool(const SnapshotPtr&)>& ready)
{
    SnapshotPtr snapshot;
    for (int attempt = 0; attempt < 40; ++attempt) {
        if (attempt > 0)
            QTest::qWait(250);
        snapshot = fetch(source);
        if (snapshot && ready(snapshot))
            break;
    }
    return snapshot;
}

CommandResult TestEmulatorReal::kill(DasSource& source, const KillRequest& request)
{
    SourceCommand* command = source.kill(request, this);
    QSignalSpy finished(command, &SourceCommand::finished);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30'000)) {
        delete command;
        CommandResult timeout;
        timeout.error = FetchError(FetchError::Category::DeadlineExceeded, QStringLiteral("TestTimeout"),
            QStringLiteral("the command never finished"));
        return timeout;
    }
    const CommandResult result = finished.first().first().value<CommandResult>();
    delete command;
    return result;
}

void TestEmulatorReal::realSessionsThroughDas()
{
    // A transaction that updated a row and went idle, and a statement that sleeps.
    m_clients.push_back(MariaDbServer::openSession(
        AppUser, AppPassword, QStringLiteral("USE emu_shop; BEGIN; UPDATE orders SET qty = qty + 1 WHERE id = 1;")));
    qint64 idle = 0;
    QTRY_VERIFY_WITH_TIMEOUT((idle = MariaDbServer::findSession(AppUser)) > 0, 30'000);
    const QString holdsLock
        = QStringLiteral("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id "
                         "= %1 AND trx_rows_locked > 0 AND trx_query IS NULL")
              .arg(idle);
    QTRY_COMPARE_WITH_TIMEOUT(MariaDbServer::queryAsRoot(holdsLock), QStringLiteral("1"), 30'000);
    m_clients.push_back(
        MariaDbServer::openSession(AppUser, AppPassword, QStringLiteral("USE emu_shop; SELECT SLEEP(60);")));
    qint64 sleeper = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (sleeper = MariaDbServer::findSession(AppUser, QStringLiteral("SELECT SLEEP(60)%"))) > 0, 30'000);
    QTest::qWait(1100); // so that Time and the transaction's age are at least 1 s

    const auto source = makeSource();
    const SnapshotPtr snapshot = fetchUntil(*source, [&](const SnapshotPtr& taken) {
        const Session* idleSession = find(taken, idle);
        return idleSession && !idleSession->trxId.isEmpty() && find(taken, sleeper);
    });
    QVERIFY(snapshot);
    QCOMPARE(snapshot->instanceId, instanceId);
    QCOMPARE(snapshot->sourceKind, QStringLiteral("das"));

    const Session* idleSession = find(snapshot, idle);
    QVERIFY2(idleSession, qPrintable(MariaDbServer::describe()));
    QCOMPARE(idleSession->user, AppUser);
    QCOMPARE(idleSession->client, QStringLiteral("127.0.0.1"));
    QCOMPARE(idleSession->dbName, QStringLiteral("emu_shop"));
    QCOMPARE(idleSession->command, QStringLiteral("Sleep"));
    QVERIFY(idleSession->sqlText.isEmpty());
    QVERIFY(!idleSession->trxId.isEmpty());
    QVERIFY(idleSession->trxDuration >= 1);
    QVERIFY(idleSession->isIdleInTransaction());

    const Session* sleeping = find(snapshot, sleeper);
    QVERIFY(sleeping);
    QCOMPARE(sleeping->user, AppUser);
    QCOMPARE(sleeping->dbName, QStringLiteral("emu_shop"));
    QCOMPARE(sleeping->command, QStringLiteral("Query"));
    QCOMPARE(sleeping->sqlText, QStringLiteral("SELECT SLEEP(60)"));
    QVERIFY(sleeping->time >= 1);
    QVERIFY(sleeping->trxId.isEmpty());
    QVERIFY(sleeping->isActive());

    // The totals and statistics as DAS reports them, counted from the real sessions.
    QVERIFY(snapshot->serverAggregated);
    QCOMPARE(snapshot->totalSessionCount, qint64(snapshot->sessions.size()));
    qint64 active = 0;
    for (const Session& session : snapshot->sessions)
        active += session.isActive() ? 1 : 0;
    QCOMPARE(snapshot->activeSessionCount, active);
    QVERIFY(snapshot->maxActiveTime >= sleeping->time);
    const DimensionStat* user = stat(snapshot->userStats, AppUser);
    QVERIFY(user);
    QCOMPARE(user->totalCount, qint64(2));
    QCOMPARE(user->activeCount, qint64(1));
    QVERIFY(user->threadIds.contains(idle));
    QVERIFY(user->threadIds.contains(sleeper));
    const DimensionStat* database = stat(snapshot->dbStats, QStringLiteral("emu_shop"));
    QVERIFY(database);
    QCOMPARE(database->totalCount, qint64(2));
    QCOMPARE(database->users, QStringList {AppUser});
    const DimensionStat* client = stat(snapshot->clientStats, QStringLiteral("127.0.0.1"));
    QVERIFY(client);
    QVERIFY(client->threadIds.contains(idle));
    QVERIFY(client->users.contains(AppUser));

    // The service's flow: the first call of every fetch answered RUNNING, a poll the result.
    const auto records = m_emulator->requests();
    QVERIFY(!records.isEmpty());
    QVERIFY(!records.constFirst().params.contains(QStringLiteral("ResultId")));
    QVERIFY(records.size() >= 2);
    QVERIFY(records.at(1).params.contains(QStringLiteral("ResultId")));
}

void TestEmulatorReal::ownConnectionIsNotInTheSnapshot()
{
    const auto source = makeSource();
    const SnapshotPtr snapshot = fetch(*source);
    QVERIFY(snapshot);
    // Its connection is open now, idle between two reads: root's only session but the query below.
    const QStringList rootIds
        = MariaDbServer::queryAsRoot(QStringLiteral("SELECT GROUP_CONCAT(ID) FROM information_schema.PROCESSLIST "
                                                    "WHERE USER = 'root' AND ID <> CONNECTION_ID()"))
              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVERIFY2(!rootIds.isEmpty(), qPrintable(MariaDbServer::describe()));
    for (const QString& id : rootIds)
        QVERIFY2(!find(snapshot, id.toLongLong()), qPrintable(id));
    // Nor is the statement it read them with, which the server lists as running while it runs.
    for (const Session& session : snapshot->sessions)
        QVERIFY2(
            !session.sqlText.contains(QLatin1String("information_schema.PROCESSLIST")), qPrintable(session.sqlText));
}

void TestEmulatorReal::maintenanceKillEndsTheRealSession()
{
    auto client = MariaDbServer::openSession(AppUser, AppPassword, QStringLiteral("SELECT SLEEP(60);"));
    client->closeWriteChannel();
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (id = MariaDbServer::findSession(AppUser, QStringLiteral("SELECT SLEEP(60)%"))) > 0, 30'000);

    const auto source = makeSource();
    const SnapshotPtr before = fetchUntil(*source, [&](const SnapshotPtr& taken) { return find(taken, id); });
    QVERIFY(before && find(before, id));
    m_emulator->clearRequests();

    const CommandResult result = kill(*source, request({id}));
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes.constFirst().sessionId, id);
    QCOMPARE(result.outcomes.constFirst().result, SessionOutcome::Result::Done);
    QVERIFY(!result.taskId.isEmpty());
    QCOMPARE(m_emulator->requests().constFirst().action, QByteArray(DasEmulator::KillWithMaintainUserAction));

    // The real session ended: its client saw the connection go, and the server no longer lists it.
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QProcess::NotRunning, 30'000);
    const QByteArray error = client->readAllStandardError();
    QVERIFY2(error.contains("2013") || error.contains("2006"), error.constData());
    QTRY_COMPARE_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %1").arg(id)),
        QStringLiteral("0"), 30'000);
    const SnapshotPtr after = fetch(*source);
    QVERIFY(after);
    QVERIFY(!find(after, id));
}

void TestEmulatorReal::killOfAMissingSessionIsAlreadyGone()
{
    const auto source = makeSource();
    QVERIFY(fetch(*source));
    const qint64 missing = 987654;
    QCOMPARE(MariaDbServer::queryAsRoot(
                 QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %1").arg(missing)),
        QStringLiteral("0"));
    const CommandResult result = kill(*source, request({missing}));
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes.constFirst().sessionId, missing);
    QCOMPARE(result.outcomes.constFirst().result, SessionOutcome::Result::AlreadyGone);
    QVERIFY(result.ok());
}

void TestEmulatorReal::killTheServerRefusesIsNoPermission()
{
    // An instance watched by an account with PROCESS only: it sees every session and may end none.
    m_emulator = EmulatorFixture::start(key, {realInstance(MariaDbServer::settingsFor(MonitorUser, MonitorPassword))});
    QVERIFY(m_emulator);
    auto client = MariaDbServer::openSession(AppUser, AppPassword, QStringLiteral("SELECT SLEEP(60);"));
    client->closeWriteChannel();
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (id = MariaDbServer::findSession(AppUser, QStringLiteral("SELECT SLEEP(60)%"))) > 0, 30'000);
    const auto source = makeSource();
    const SnapshotPtr before = fetchUntil(*source, [&](const SnapshotPtr& taken) { return find(taken, id); });
    QVERIFY(before && find(before, id));

    const CommandResult result = kill(*source, request({id}));
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes.constFirst().result, SessionOutcome::Result::Refused);
    QCOMPARE(result.outcomes.constFirst().error.category(), FetchError::Category::Permission);
    QCOMPARE(result.outcomes.constFirst().error.code(), QStringLiteral("SESSION_NO_PERMISSION"));
    // The session lives on.
    QCOMPARE(client->state(), QProcess::Running);
    QVERIFY(MariaDbServer::findSession(AppUser, QStringLiteral("SELECT SLEEP(60)%")) == id);
    m_clients.push_back(std::move(client));
}

void TestEmulatorReal::hungServerHoldsUpNoOtherInstance()
{
    // A server that accepts connections and never says a word: reading it takes until the timeout.
    QTcpServer hung;
    QVERIFY(hung.listen(QHostAddress::LocalHost));
    ConnectionSettings settings = MariaDbServer::rootSettings();
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = hung.serverPort();
    EmulatorInstance generated = EmulatorFixture::instance(QStringLiteral("rm-generated"), 50, 1);
    m_emulator = EmulatorFixture::start(key, {realInstance(settings), generated});
    QVERIFY(m_emulator);

    const auto stuck = makeSource();
    QSignalSpy stuckReady(stuck.get(), &SessionSource::snapshotReady);
    QSignalSpy stuckFailed(stuck.get(), &SessionSource::fetchFailed);
    stuck->fetch();
    QTRY_VERIFY_WITH_TIMEOUT(!m_emulator->requests().isEmpty(), 10'000);

    // Meanwhile another instance of the same emulator answers as fast as ever.
    DasSource other(m_emulator->endpoint(), key, QStringLiteral("rm-generated"), QString(), fastOptions());
    const SnapshotPtr snapshot = fetch(other);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->sessions.size(), 50);
    // It answered while the hung one was still waiting: not held behind it. (No wall-clock bound: a
    // loaded machine overruns one; the order is what matters.)
    QVERIFY(stuckReady.isEmpty() && stuckFailed.isEmpty());

    // The hung server's instance fails once its connection has timed out: no snapshot is made up.
    QTRY_VERIFY_WITH_TIMEOUT(!stuckFailed.isEmpty(), 40'000);
    QVERIFY(stuckReady.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorReal)
#include "tst_emulatorreal.moc"
