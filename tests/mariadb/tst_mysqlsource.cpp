// SPDX-License-Identifier: GPL-3.0-or-later
// The direct source against a real MariaDB server (scripts/with-mariadb): real client sessions —
// sleeping, idle in a transaction that holds a row lock, running SELECT SLEEP(), an UPDATE blocked
// by that transaction — read back field by field, with the lock wait; an account without PROCESS;
// a wrong password; a dropped monitoring connection; a server that never answers; kills.
#include "sources/mysqlsource.h"
#include "support/mariadbserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString AppPassword = QStringLiteral("app-rw-pass-1");
const QString ReadOnlyPassword = QStringLiteral("app-ro-pass-1");
const QString MonitorPassword = QStringLiteral("monitor-pass-1");

FetchOptions quickOptions()
{
    FetchOptions options;
    options.deadlineMs = 20'000;
    options.retryBaseMs = 50;
    options.retryMaxMs = 500;
    options.maxRetries = 2;
    return options;
}

struct Taken
{
    SnapshotPtr snapshot;
    FetchError error;
    int retries = 0;
};

Taken take(MySqlSource& source)
{
    QSignalSpy ready(&source, &SessionSource::snapshotReady);
    QSignalSpy failed(&source, &SessionSource::fetchFailed);
    QSignalSpy retrying(&source, &SessionSource::retrying);
    source.fetch();
    Taken taken;
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30'000))
        return taken;
    taken.retries = int(retrying.count());
    if (!ready.isEmpty())
        taken.snapshot = ready.first().first().value<SnapshotPtr>();
    else
        taken.error = failed.first().first().value<FetchError>();
    return taken;
}

const Session* find(const SnapshotPtr& snapshot, qint64 id)
{
    for (const Session& session : snapshot->sessions) {
        if (session.sessionId == id)
            return &session;
    }
    return nullptr;
}

} // namespace

class TestMySqlSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realSessionsFieldByField();
    void accountWithoutProcessIsToldWhatItCannotSee();
    void wrongPasswordIsCredentialsWithoutRetry();
    void droppedConnectionReconnects();
    void serverThatNeverAnswersTimesOut();
    void killQueryKeepsTheConnection();
    void killConnectionEndsTheSession();
    void killOfAnEndedSessionIsAlreadyGone();
    void killWithoutPermissionIsRefused();
    void cleanupTestCase();

private:
    std::vector<std::unique_ptr<QProcess>> m_clients;
};

void TestMySqlSource::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    const QString setup = MariaDbServer::execAsRoot(
        QStringLiteral("CREATE DATABASE IF NOT EXISTS shop; "
                       "CREATE TABLE IF NOT EXISTS shop.orders (id INT PRIMARY KEY, qty INT) ENGINE=InnoDB; "
                       "REPLACE INTO shop.orders VALUES (1, 10), (2, 20); "
                       "CREATE OR REPLACE USER 'app_rw'@'127.0.0.1' IDENTIFIED BY '%1'; "
                       "GRANT SELECT, UPDATE ON shop.* TO 'app_rw'@'127.0.0.1'; "
                       "CREATE OR REPLACE USER 'app_ro'@'127.0.0.1' IDENTIFIED BY '%2'; "
                       "GRANT SELECT ON shop.* TO 'app_ro'@'127.0.0.1'; "
                       "CREATE OR REPLACE USER 'scope_monitor'@'127.0.0.1' IDENTIFIED BY '%3'; "
                       "GRANT PROCESS ON *.* TO 'scope_monitor'@'127.0.0.1';")
            .arg(AppPassword, ReadOnlyPassword, MonitorPassword));
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
}

void TestMySqlSource::cleanupTestCase()
{
    for (auto& client : m_clients) {
        client->kill();
        client->waitForFinished();
    }
}

void TestMySqlSource::realSessionsFieldByField()
{
    // A transaction that updated row 1 and then went idle: it holds the row lock.
    m_clients.push_back(MariaDbServer::openSession(QStringLiteral("app_rw"), AppPassword,
        QStringLiteral("USE shop; BEGIN; UPDATE orders SET qty = qty + 1 WHERE id = 1;")));
    qint64 idle = 0;
    QTRY_VERIFY_WITH_TIMEOUT((idle = MariaDbServer::findSession(QStringLiteral("app_rw"))) > 0, 30'000);
    // Connected is not enough: wait until its UPDATE has run and holds the lock.
    const QString holdsLock
        = QStringLiteral("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id "
                         "= %1 AND trx_rows_locked > 0 AND trx_query IS NULL")
              .arg(idle);
    QTRY_COMPARE_WITH_TIMEOUT(MariaDbServer::queryAsRoot(holdsLock), QStringLiteral("1"), 30'000);
    // An UPDATE of the same row, waiting for that lock.
    m_clients.push_back(MariaDbServer::openSession(
        QStringLiteral("app_rw"), AppPassword, QStringLiteral("UPDATE shop.orders SET qty = qty + 2 WHERE id = 1;")));
    qint64 blocked = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (blocked = MariaDbServer::findSession(QStringLiteral("app_rw"), QStringLiteral("UPDATE shop.orders%"))) > 0,
        30'000);
    // A long statement, longer than SHOW PROCESSLIST's 100 characters.
    const QString longSql = QStringLiteral("SELECT SLEEP(30) AS long_running_statement_for_sessionscope, '%1'")
                                .arg(QString(120, QLatin1Char('x')));
    m_clients.push_back(
        MariaDbServer::openSession(QStringLiteral("app_ro"), ReadOnlyPassword, longSql + QLatin1Char(';')));
    qint64 sleeper = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (sleeper = MariaDbServer::findSession(QStringLiteral("app_ro"), QStringLiteral("SELECT SLEEP(30)%"))) > 0,
        30'000);
    QTest::qWait(1100); // so that Time and the transaction's age are at least 1 s

    MySqlSource source(MariaDbServer::rootSettings(), quickOptions());
    QVERIFY(source.canKillSession());
    QVERIFY(source.canKillQuery());
    QVERIFY(source.canReportLocks());
    const Taken taken = take(source);
    QVERIFY2(taken.snapshot, qPrintable(taken.error.summary()));
    const SnapshotPtr& snapshot = taken.snapshot;

    QCOMPARE(snapshot->instanceId, MariaDbServer::rootSettings().target());
    QCOMPARE(snapshot->sourceKind, QStringLiteral("mysql"));
    QVERIFY(snapshot->visibleOnlyToUser.isEmpty());
    QVERIFY(snapshot->snapshotTimeMs > 0);

    const Session* idleSession = find(snapshot, idle);
    QVERIFY(idleSession);
    QCOMPARE(idleSession->user, QStringLiteral("app_rw"));
    QCOMPARE(idleSession->client, QStringLiteral("127.0.0.1"));
    QVERIFY2(
        idleSession->userClientAlias.startsWith(QLatin1String("127.0.0.1:")), qPrintable(idleSession->userClientAlias));
    QCOMPARE(idleSession->dbName, QStringLiteral("shop"));
    QCOMPARE(idleSession->command, QStringLiteral("Sleep"));
    QVERIFY(idleSession->sqlText.isNull());
    QVERIFY(!idleSession->trxId.isEmpty());
    QVERIFY(idleSession->trxDuration >= 1);
    QVERIFY(idleSession->isIdleInTransaction());
    QVERIFY(!idleSession->isActive());

    const Session* blockedSession = find(snapshot, blocked);
    QVERIFY(blockedSession);
    QCOMPARE(blockedSession->command, QStringLiteral("Query"));
    QCOMPARE(blockedSession->sqlText, QStringLiteral("UPDATE shop.orders SET qty = qty + 2 WHERE id = 1"));
    QVERIFY(blockedSession->dbName.isNull());
    QVERIFY(!blockedSession->trxId.isEmpty());
    QVERIFY(blockedSession->isActive());

    const Session* sleeping = find(snapshot, sleeper);
    QVERIFY(sleeping);
    QCOMPARE(sleeping->user, QStringLiteral("app_ro"));
    QCOMPARE(sleeping->sqlText, longSql); // whole, not cut at 100 characters
    QVERIFY(sleeping->time >= 1);
    QVERIFY(sleeping->trxId.isEmpty());

    // The monitoring connection itself is not among the sessions.
    for (const Session& session : snapshot->sessions)
        QVERIFY2(
            !session.sqlText.contains(QLatin1String("information_schema.PROCESSLIST")), qPrintable(session.sqlText));

    // The lock wait: the UPDATE waits for the idle transaction, on shop.orders.
    QVERIFY(snapshot->lockWaitsKnown);
    QCOMPARE(snapshot->lockWaits.size(), 1);
    const LockWait& wait = snapshot->lockWaits.constFirst();
    QCOMPARE(wait.waitingSessionId, blocked);
    QCOMPARE(wait.blockingSessionId, idle);
    QCOMPARE(wait.blockingTrxId, idleSession->trxId);
    QCOMPARE(wait.waitingTrxId, blockedSession->trxId);
    QCOMPARE(wait.lockedTable, QStringLiteral("`shop`.`orders`"));
    QVERIFY2(wait.lockMode.startsWith(QLatin1Char('X')), qPrintable(wait.lockMode));
    QCOMPARE(snapshot->blockerOf(blocked), idle);
    QCOMPARE(snapshot->blockedBy(idle), QList<qint64> {blocked});

    // Counts and statistics, aggregated locally.
    QCOMPARE(snapshot->totalSessionCount, snapshot->sessions.size());
    QVERIFY(snapshot->activeSessionCount >= 2);
    QVERIFY(snapshot->idleInTransactionCount >= 1);
    QVERIFY(snapshot->maxActiveTime >= 1);
    bool appRwSeen = false;
    for (const DimensionStat& stat : snapshot->userStats) {
        if (stat.key == QLatin1String("app_rw")) {
            appRwSeen = true;
            QCOMPARE(stat.totalCount, 2);
            QCOMPARE(stat.activeCount, 1);
            QVERIFY(stat.threadIds.contains(idle) && stat.threadIds.contains(blocked));
        }
    }
    QVERIFY(appRwSeen);
}

void TestMySqlSource::accountWithoutProcessIsToldWhatItCannotSee()
{
    MySqlSource source(MariaDbServer::settingsFor(QStringLiteral("app_ro"), ReadOnlyPassword), quickOptions());
    const Taken taken = take(source);
    QVERIFY2(taken.snapshot, qPrintable(taken.error.summary()));
    QCOMPARE(taken.snapshot->visibleOnlyToUser, QStringLiteral("app_ro"));
    QVERIFY(!taken.snapshot->sessions.isEmpty());
    for (const Session& session : taken.snapshot->sessions)
        QCOMPARE(session.user, QStringLiteral("app_ro"));
    QVERIFY(!taken.snapshot->lockWaitsKnown);
}

void TestMySqlSource::wrongPasswordIsCredentialsWithoutRetry()
{
    MySqlSource source(MariaDbServer::settingsFor(QStringLiteral("app_rw"), QStringLiteral("wrong")), quickOptions());
    const Taken taken = take(source);
    QVERIFY(!taken.snapshot);
    QCOMPARE(taken.error.category(), FetchError::Category::Credentials);
    QCOMPARE(taken.error.code(), QStringLiteral("MySQL1045"));
    QVERIFY(taken.error.pausesAutoRefresh());
    QCOMPARE(taken.retries, 0);
    QVERIFY(!taken.error.hint().isEmpty());
    QVERIFY(!taken.error.summary().contains(QLatin1String("wrong"))
        || taken.error.message().contains(QLatin1String("using password")));
}

void TestMySqlSource::droppedConnectionReconnects()
{
    MySqlSource source(MariaDbServer::settingsFor(QStringLiteral("scope_monitor"), MonitorPassword), quickOptions());
    const Taken first = take(source);
    QVERIFY2(first.snapshot, qPrintable(first.error.summary()));
    // The monitoring connection is the account's only one; the server drops it.
    const qint64 monitoring = MariaDbServer::findSession(QStringLiteral("scope_monitor"));
    QVERIFY(monitoring > 0);
    QCOMPARE(MariaDbServer::execAsRoot(QStringLiteral("KILL %1").arg(monitoring)), QString());
    const Taken second = take(source);
    QVERIFY2(second.snapshot, qPrintable(second.error.summary()));
    QVERIFY(second.retries >= 1);
}

void TestMySqlSource::serverThatNeverAnswersTimesOut()
{
    // Accepts the connection and never sends the server greeting.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held.append(socket);
    });
    ConnectionSettings settings = MariaDbServer::settingsFor(QStringLiteral("app_rw"), AppPassword);
    settings.port = silent.serverPort();
    settings.connectTimeoutSeconds = 1;
    settings.readTimeoutSeconds = 1;
    FetchOptions options = quickOptions();
    options.maxRetries = 1;
    MySqlSource source(settings, options);
    QElapsedTimer clock;
    clock.start();
    const Taken taken = take(source);
    QVERIFY(!taken.snapshot);
    QCOMPARE(taken.error.category(), FetchError::Category::Transient);
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(taken.retries, 1);
    QVERIFY(!held.isEmpty());
}

void TestMySqlSource::killQueryKeepsTheConnection()
{
    auto client = MariaDbServer::openSession(QStringLiteral("app_ro"), ReadOnlyPassword,
        QStringLiteral("SELECT SLEEP(60) AS to_be_killed; SELECT 'still connected';"));
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (id = MariaDbServer::findSession(QStringLiteral("app_ro"), QStringLiteral("SELECT SLEEP(60)%"))) > 0, 30'000);
    MySqlSource source(MariaDbServer::rootSettings(), quickOptions());
    SourceCommand* command = source.kill({{id}, KillRequest::Scope::Query, {}}, this);
    QSignalSpy finished(command, &SourceCommand::finished);
    QVERIFY(finished.wait(30'000));
    const CommandResult result = finished.first().first().value<CommandResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.succeeded(), QList<qint64> {id});
    // The statement ended, the session lives on and runs the next one.
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += client->readAllStandardOutput()).contains("still connected"), 30'000);
    QCOMPARE(MariaDbServer::findSession(QStringLiteral("app_ro")), id);
    client->closeWriteChannel();
    client->waitForFinished();
}

void TestMySqlSource::killConnectionEndsTheSession()
{
    auto client
        = MariaDbServer::openSession(QStringLiteral("app_rw"), AppPassword, QStringLiteral("SELECT SLEEP(60);"));
    client->closeWriteChannel();
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (id = MariaDbServer::findSession(QStringLiteral("app_rw"), QStringLiteral("SELECT SLEEP(60)%"))) > 0, 30'000);
    MySqlSource source(MariaDbServer::rootSettings(), quickOptions());
    SourceCommand* command = source.kill({{id}, KillRequest::Scope::Connection, {}}, this);
    QSignalSpy finished(command, &SourceCommand::finished);
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().value<CommandResult>().ok());
    // The client sees its connection go.
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), QProcess::NotRunning, 30'000);
    const QByteArray error = client->readAllStandardError();
    QVERIFY2(error.contains("2013") || error.contains("2006"), error.constData());
}

void TestMySqlSource::killOfAnEndedSessionIsAlreadyGone()
{
    MySqlSource source(MariaDbServer::rootSettings(), quickOptions());
    SourceCommand* command = source.kill({{987654}, KillRequest::Scope::Connection, {}}, this);
    QSignalSpy finished(command, &SourceCommand::finished);
    QVERIFY(finished.wait(30'000));
    const CommandResult result = finished.first().first().value<CommandResult>();
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes.constFirst().result, SessionOutcome::Result::AlreadyGone);
    QVERIFY(result.ok());
}

void TestMySqlSource::killWithoutPermissionIsRefused()
{
    // PROCESS shows every session, but only the owner (or CONNECTION ADMIN / SUPER) may kill one.
    m_clients.push_back(
        MariaDbServer::openSession(QStringLiteral("app_ro"), ReadOnlyPassword, QStringLiteral("SELECT SLEEP(60);")));
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (id = MariaDbServer::findSession(QStringLiteral("app_ro"), QStringLiteral("SELECT SLEEP(60)%"))) > 0, 30'000);
    MySqlSource source(MariaDbServer::settingsFor(QStringLiteral("scope_monitor"), MonitorPassword), quickOptions());
    SourceCommand* command = source.kill({{id}, KillRequest::Scope::Connection, {}}, this);
    QSignalSpy finished(command, &SourceCommand::finished);
    QVERIFY(finished.wait(30'000));
    const CommandResult result = finished.first().first().value<CommandResult>();
    QCOMPARE(result.outcomes.size(), 1);
    const SessionOutcome& outcome = result.outcomes.constFirst();
    QCOMPARE(outcome.result, SessionOutcome::Result::Refused);
    QCOMPARE(outcome.error.code(), QStringLiteral("MySQL1095"));
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY(!result.ok());
    QCOMPARE(MariaDbServer::findSession(QStringLiteral("app_ro"), QStringLiteral("SELECT SLEEP(60)%")), id);
}

QTEST_GUILESS_MAIN(TestMySqlSource)
#include "tst_mysqlsource.moc"
