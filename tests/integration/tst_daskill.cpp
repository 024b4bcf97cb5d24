// SPDX-License-Identifier: GPL-3.0-or-later
// Killing sessions through DAS, end to end: DasSource and DasKillTask against the emulator over
// real HTTP on loopback. The kill task's RUNNING and SUCCESS answers, every Reason a DBA can meet,
// a kill that is never sent twice, retried result polls, multi-node clusters, and a database
// password that reaches the signed request and nothing else.
#include "base/credential.h"
#include "das/dasclient.h"
#include "das/killtask.h"
#include "emulator/dasemulator.h"
#include "sources/dassource.h"
#include "support/emulatorfixture.h"
#include "support/secretguard.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const AccessKey key {QStringLiteral("LTAIkilltest0001"), QStringLiteral("kill-test-secret-0001"), {}};
// Distinctive, so that any trace of it is found.
const QString dbPassword = QStringLiteral("Db-Pa55word-Never-Logged-9c1e");
const QString dbUser = QStringLiteral("dba_kill");
const QString instanceId = QStringLiteral("rm-kill");

FetchOptions fastOptions()
{
    FetchOptions options;
    options.pollIntervalMs = 10;
    options.deadlineMs = 15'000;
    options.retryBaseMs = 50;
    options.retryMaxMs = 500;
    options.maxRetries = 3;
    return options;
}

EmulatorInstance killInstance(const QString& id, int killRunningPolls = 2)
{
    EmulatorInstance instance = EmulatorFixture::instance(id, 400, 0);
    instance.seed = 42;
    // A frozen population: a session is gone from a later snapshot only because it was killed.
    instance.tickSeconds = 0;
    instance.killRunningPolls = killRunningPolls;
    instance.databaseAccounts.insert(dbUser, dbPassword);
    instance.engine = EmulatorInstance::engineForInstanceId(id);
    return instance;
}

KillRequest request(const QList<qint64>& ids, std::optional<DatabaseLogin> account = std::nullopt)
{
    KillRequest request;
    request.sessionIds = ids;
    request.account = std::move(account);
    return request;
}

QList<QByteArray> actions(const QList<DasEmulator::RequestRecord>& records)
{
    QList<QByteArray> list;
    for (const auto& record : records)
        list.append(record.action);
    return list;
}

// Every text of a result a user or a log could see.
QString allText(const CommandResult& result)
{
    QStringList texts {result.error.summary(), result.error.hint(), result.taskId};
    for (const SessionOutcome& outcome : result.outcomes)
        texts << outcome.error.summary() << outcome.error.message() << outcome.error.hint();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestDasKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void capabilitiesAndMethods();
    void killAsMaintainUserRunsThenSucceeds();
    void killAsDatabaseAccount_data();
    void killAsDatabaseAccount();
    void expiredSessionIsAlreadyGone();
    void protectedSessionsAreRefused();
    void queryScopeIsUnsupported();
    void failedCreateFailsEveryTargetOnce_data();
    void failedCreateFailsEveryTargetOnce();
    void reusedNonceOnCreateIsNotResent();
    void transientPollFailuresAreRetried();
    void unfinishedTaskFailsClearly();
    void multiNodeClusterPollsEveryTask();
    void lowerCamelAndStringNumbers();
    void passwordReachesNothingButTheRequest();

private:
    SnapshotPtr fetch(DasSource& source);
    CommandResult kill(DasSource& source, const KillRequest& request);
    std::unique_ptr<DasSource> makeSource(const QString& id = instanceId, const QString& nodeId = {});
    QList<qint64> ordinarySessions(const SnapshotPtr& snapshot, int count) const;

    std::unique_ptr<DasEmulator> m_emulator;
    SecretGuard m_logGuard;
};

void TestDasKill::initTestCase()
{
    // Every category on, the client's network stack included; only the emulator's HTTP server is
    // left quiet: it plays the service, which receives the signed request by design.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver.debug=false"));
    m_logGuard.watch(dbPassword, "the database password");
    m_logGuard.watch(key.secret, "the AccessKey secret");
    m_logGuard.install();
}

void TestDasKill::cleanupTestCase()
{
    m_logGuard.uninstall();
    m_logGuard.verifyNothingLeaked();
    QLoggingCategory::setFilterRules({});
}

void TestDasKill::init()
{
    m_emulator = EmulatorFixture::start(key, {killInstance(instanceId)});
    QVERIFY(m_emulator);
}

void TestDasKill::cleanup()
{
    if (m_emulator) {
        // Whatever a test did, the emulator never kept the password.
        for (const auto& record : m_emulator->requests()) {
            QVERIFY(!record.rawQuery.contains(dbPassword.toUtf8()));
            for (const QString& value : record.params)
                QVERIFY(!value.contains(dbPassword));
        }
    }
    m_emulator.reset();
}

std::unique_ptr<DasSource> TestDasKill::makeSource(const QString& id, const QString& nodeId)
{
    return std::make_unique<DasSource>(m_emulator->endpoint(), key, id, nodeId, fastOptions());
}

SnapshotPtr TestDasKill::fetch(DasSource& source)
{
    QSignalSpy ready(&source, &SessionSource::snapshotReady);
    QSignalSpy failed(&source, &SessionSource::fetchFailed);
    source.fetch();
    if (!QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, 20'000) || ready.isEmpty())
        return nullptr;
    return ready.first().first().value<SnapshotPtr>();
}

CommandResult TestDasKill::kill(DasSource& source, const KillRequest& request)
{
    SourceCommand* command = source.kill(request, this);
    QSignalSpy finished(command, &SourceCommand::finished);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20'000)) {
        delete command;
        CommandResult timeout;
        timeout.error = FetchError(FetchError::Category::DeadlineExceeded, QStringLiteral("TestTimeout"),
            QStringLiteral("the command never finished"));
        return timeout;
    }
    // Exactly one report.
    QTest::qWait(30);
    const int reports = int(finished.size());
    const CommandResult result = finished.first().first().value<CommandResult>();
    delete command;
    if (reports != 1) {
        CommandResult twice;
        twice.error = FetchError(FetchError::Category::None, QStringLiteral("TestReportedTwice"), {});
        return twice;
    }
    return result;
}

QList<qint64> TestDasKill::ordinarySessions(const SnapshotPtr& snapshot, int count) const
{
    QList<qint64> ids;
    for (const Session& session : snapshot->sessions) {
        if (ids.size() == count)
            break;
        if (!DasEmulator::internalUsers().contains(session.user) && !session.command.startsWith(QLatin1String("Binlog"))
            && session.command != QLatin1String("Daemon"))
            ids.append(session.sessionId);
    }
    return ids;
}

void TestDasKill::capabilitiesAndMethods()
{
    const auto source = makeSource();
    QVERIFY(source->canKillSession());
    QVERIFY(!source->canKillQuery());
    QCOMPARE(source->killMethod(request({1})), QStringLiteral("CreateKillInstanceSessionTaskWithMaintainUser"));
    QCOMPARE(source->killMethod(request({1}, DatabaseLogin {dbUser, dbPassword})),
        QStringLiteral("CreateKillInstanceSessionTask"));
    KillRequest query = request({1});
    query.scope = KillRequest::Scope::Query;
    QVERIFY(source->killMethod(query).isEmpty());
}

void TestDasKill::killAsMaintainUserRunsThenSucceeds()
{
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    const QList<qint64> targets = ordinarySessions(before, 3);
    QCOMPARE(targets.size(), 3);
    m_emulator->clearRequests();

    const CommandResult result = kill(*source, request(targets));
    QVERIFY2(result.ok(), qPrintable(allText(result)));
    QCOMPARE(result.outcomes.size(), 3);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QCOMPARE(result.outcomes[i].sessionId, targets[i]);
        QCOMPARE(result.outcomes[i].result, SessionOutcome::Result::Done);
    }
    QCOMPARE(result.succeeded(), targets);
    QVERIFY(!result.taskId.isEmpty());

    // One create, then the task answered RUNNING twice and SUCCESS once.
    const auto records = m_emulator->requests();
    QCOMPARE(actions(records),
        (QList<QByteArray> {"CreateKillInstanceSessionTaskWithMaintainUser", "GetKillInstanceSessionTaskResult",
            "GetKillInstanceSessionTaskResult", "GetKillInstanceSessionTaskResult"}));
    const auto& create = records.first().params;
    QCOMPARE(create.value(QStringLiteral("InstanceId")), instanceId);
    QCOMPARE(create.value(QStringLiteral("SessionIds")),
        QStringLiteral("[%1,%2,%3]").arg(targets[0]).arg(targets[1]).arg(targets[2]));
    QCOMPARE(create.value(QStringLiteral("KillAllSessions")), QStringLiteral("false"));
    QVERIFY(!create.contains(QStringLiteral("DbUser")));
    QVERIFY(!create.contains(QStringLiteral("DbUserPassword")));
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].httpStatus, 200);
        QCOMPARE(records[i].params.value(QStringLiteral("TaskId")), result.taskId);
    }

    // The killed sessions are gone from the next snapshot; the others are still there.
    const SnapshotPtr after = fetch(*source);
    QVERIFY(after);
    QSet<qint64> remaining;
    for (const Session& session : after->sessions)
        remaining.insert(session.sessionId);
    for (const qint64 id : targets)
        QVERIFY2(!remaining.contains(id), qPrintable(QString::number(id)));
    QCOMPARE(after->sessions.size(), before->sessions.size() - 3);
    QVERIFY(remaining.contains(ordinarySessions(after, 1).value(0)));
}

void TestDasKill::killAsDatabaseAccount_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("right password") << dbPassword << true;
    QTest::addRow("wrong password") << QStringLiteral("not-the-password") << false;
}

void TestDasKill::killAsDatabaseAccount()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    const QList<qint64> targets = ordinarySessions(before, 2);
    m_emulator->clearRequests();

    const CommandResult result = kill(*source, request(targets, DatabaseLogin {dbUser, password}));
    QCOMPARE(result.outcomes.size(), 2);
    QVERIFY(!result.taskId.isEmpty());
    const auto create = m_emulator->requests().first();
    QCOMPARE(create.action, QByteArray("CreateKillInstanceSessionTask"));
    QCOMPARE(create.params.value(QStringLiteral("DbUser")), dbUser);
    // It arrived (the emulator checked it) and was not kept.
    QCOMPARE(create.params.value(QStringLiteral("DbUserPassword")), QLatin1String(DasEmulator::RedactedPassword));

    const SnapshotPtr after = fetch(*source);
    QVERIFY(after);
    if (accepted) {
        QVERIFY2(result.ok(), qPrintable(allText(result)));
        QCOMPARE(after->sessions.size(), before->sessions.size() - 2);
        return;
    }
    QVERIFY(!result.ok());
    for (const SessionOutcome& outcome : result.outcomes) {
        QCOMPARE(outcome.result, SessionOutcome::Result::Refused);
        QCOMPARE(outcome.error.code(), QStringLiteral("SESSION_ACCOUNT_ERROR"));
        QCOMPARE(outcome.error.category(), FetchError::Category::Credentials);
        QVERIFY(outcome.error.message().contains(QLatin1String("could not log in")));
        QVERIFY(outcome.error.hint().contains(QLatin1String("password")));
    }
    // Left running.
    QCOMPARE(after->sessions.size(), before->sessions.size());
    QVERIFY(!allText(result).contains(password));
}

void TestDasKill::expiredSessionIsAlreadyGone()
{
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    const qint64 live = ordinarySessions(before, 1).value(0);
    const qint64 gone = 1; // below every id the emulator hands out

    const CommandResult result = kill(*source, request({gone, live}));
    QVERIFY2(result.ok(), qPrintable(allText(result)));
    QCOMPARE(result.outcomes.size(), 2);
    QCOMPARE(result.outcomes[0].sessionId, gone);
    QCOMPARE(result.outcomes[0].result, SessionOutcome::Result::AlreadyGone);
    QCOMPARE(result.outcomes[0].error.code(), QStringLiteral("SESSION_EXPIRED"));
    QVERIFY(result.outcomes[0].error.message().contains(QLatin1String("already ended")));
    QCOMPARE(result.outcomes[1].result, SessionOutcome::Result::Done);
}

void TestDasKill::protectedSessionsAreRefused()
{
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    qint64 internalUser = 0;
    qint64 binlogDump = 0;
    for (const Session& session : before->sessions) {
        if (!internalUser && session.user == QLatin1String("aliyun_root"))
            internalUser = session.sessionId;
        if (!binlogDump && session.command == QLatin1String("Binlog Dump"))
            binlogDump = session.sessionId;
    }
    QVERIFY(internalUser);
    QVERIFY(binlogDump);

    const CommandResult result = kill(*source, request({internalUser, binlogDump}));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isError());
    QCOMPARE(result.failed(), (QList<qint64> {internalUser, binlogDump}));
    for (const SessionOutcome& outcome : result.outcomes) {
        QCOMPARE(outcome.result, SessionOutcome::Result::Refused);
        QCOMPARE(outcome.error.code(), QStringLiteral("SESSION_INTERNAL_USER_OR_COMMAND"));
        QVERIFY(outcome.error.message().contains(QLatin1String("maintenance accounts")));
    }
    const SnapshotPtr after = fetch(*source);
    QVERIFY(after);
    QCOMPARE(after->sessions.size(), before->sessions.size());
}

void TestDasKill::queryScopeIsUnsupported()
{
    const auto source = makeSource();
    KillRequest query = request({12345});
    query.scope = KillRequest::Scope::Query;
    const CommandResult result = kill(*source, query);
    QCOMPARE(result.error.category(), FetchError::Category::Unsupported);
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes[0].result, SessionOutcome::Result::Failed);
    // Nothing was sent.
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestDasKill::failedCreateFailsEveryTargetOnce_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<int>("faultType");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("category");
    QTest::addRow("unknown instance") << QStringLiteral("rm-nowhere") << -1 << QStringLiteral("InvalidParams")
                                      << int(FetchError::Category::BadRequest);
    QTest::addRow("503, not retried") << instanceId << int(EmulatorFault::Type::Http503)
                                      << QStringLiteral("ServiceUnavailable") << int(FetchError::Category::Transient);
    QTest::addRow("throttled, not retried")
        << instanceId << int(EmulatorFault::Type::Throttling) << QStringLiteral("Throttling.User")
        << int(FetchError::Category::Throttling);
    QTest::addRow("no permission") << instanceId << int(EmulatorFault::Type::SuccessFalse)
                                   << QStringLiteral("Forbidden.RAM") << int(FetchError::Category::Permission);
}

void TestDasKill::failedCreateFailsEveryTargetOnce()
{
    QFETCH(QString, instance);
    QFETCH(int, faultType);
    QFETCH(QString, code);
    QFETCH(int, category);
    if (faultType >= 0) {
        EmulatorFault fault;
        fault.type = EmulatorFault::Type(faultType);
        fault.phase = EmulatorFault::Phase::First;
        fault.times = 5;
        fault.code = code;
        m_emulator->injectFaults(instanceId, {fault});
    }
    const auto source = makeSource(instance);
    const CommandResult result = kill(*source, request({11, 12}, DatabaseLogin {dbUser, dbPassword}));
    QCOMPARE(result.error.code(), code);
    QCOMPARE(int(result.error.category()), category);
    QVERIFY(result.taskId.isEmpty());
    QCOMPARE(result.outcomes.size(), 2);
    for (const SessionOutcome& outcome : result.outcomes) {
        QCOMPARE(outcome.result, SessionOutcome::Result::Failed);
        QCOMPARE(outcome.error.code(), code);
    }
    if (result.error.category() == FetchError::Category::Permission)
        QVERIFY(result.error.hint().contains(QLatin1String("hdm:CreateKillInstanceSessionTask")));
    if (result.error.isRetryable())
        QVERIFY(result.error.hint().contains(QLatin1String("never sent twice")));
    // Sent once, never again.
    QCOMPARE(m_emulator->requests().size(), 1);
    QVERIFY(!allText(result).contains(dbPassword));
}

void TestDasKill::reusedNonceOnCreateIsNotResent()
{
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    m_emulator->clearRequests();
    // The connection breaks with nothing answered: the HTTP stack sends the request again by itself,
    // and the service, which had seen the nonce, says so.
    EmulatorFault reset;
    reset.type = EmulatorFault::Type::ConnectionReset;
    reset.phase = EmulatorFault::Phase::First;
    m_emulator->injectFaults(instanceId, {reset});

    const CommandResult result = kill(*source, request(ordinarySessions(before, 1)));
    QVERIFY(!result.ok());
    QVERIFY(result.error.isError());
    QVERIFY(result.taskId.isEmpty());
    const auto records = m_emulator->requests();
    // At most the stack's own resend; SessionScope never adds one, and no task was created.
    QVERIFY2(records.size() <= 2, qPrintable(QString::number(records.size())));
    for (const auto& record : records) {
        QCOMPARE(record.action, QByteArray("CreateKillInstanceSessionTaskWithMaintainUser"));
        QVERIFY(record.httpStatus != 200);
    }
    if (records.size() == 2) {
        QCOMPARE(records[1].errorCode, QStringLiteral("SignatureNonceUsed"));
        QCOMPARE(result.error.code(), QStringLiteral("SignatureNonceUsed"));
        QVERIFY(result.error.message().contains(QLatin1String("already received")));
    }
}

void TestDasKill::transientPollFailuresAreRetried()
{
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    EmulatorFault unavailable;
    unavailable.type = EmulatorFault::Type::Http503;
    unavailable.phase = EmulatorFault::Phase::Poll;
    unavailable.times = 2;
    EmulatorFault throttled;
    throttled.type = EmulatorFault::Type::Throttling;
    throttled.phase = EmulatorFault::Phase::Poll;
    throttled.retryAfterMs = 100;
    m_emulator->injectFaults(instanceId, {unavailable, throttled});
    m_emulator->clearRequests();

    const QList<qint64> targets = ordinarySessions(before, 2);
    const CommandResult result = kill(*source, request(targets));
    QVERIFY2(result.ok(), qPrintable(allText(result)));
    QCOMPARE(result.succeeded(), targets);
    QCOMPARE(m_emulator->pendingFaultCount(instanceId), 0);
    int creates = 0;
    for (const auto& record : m_emulator->requests())
        creates += record.action.startsWith("CreateKill") ? 1 : 0;
    QCOMPARE(creates, 1);
}

void TestDasKill::unfinishedTaskFailsClearly()
{
    EmulatorFixture::serve(*m_emulator, {killInstance(instanceId, 1000)});
    DasClient client;
    client.setEndpoint(m_emulator->endpoint());
    client.setAccessKey(key);
    DasKillTask task(&client, instanceId, {}, request({5, 6}), fastOptions());
    task.setMaxPolls(3);
    QSignalSpy created(&task, &DasKillTask::created);
    QSignalSpy progress(&task, &DasKillTask::progress);
    QSignalSpy finished(&task, &DasKillTask::finished);
    task.start();
    QVERIFY(finished.wait(10'000));
    const CommandResult result = finished.first().first().value<CommandResult>();
    QCOMPARE(created.size(), 1);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(result.error.category(), FetchError::Category::DeadlineExceeded);
    QVERIFY(result.error.message().contains(QLatin1String("RUNNING after 3 polls")));
    QCOMPARE(result.taskId, created.first().first().toStringList().first());
    QCOMPARE(result.outcomes.size(), 2);
    QVERIFY(!task.isRunning());
}

void TestDasKill::multiNodeClusterPollsEveryTask()
{
    EmulatorInstance polar = killInstance(QStringLiteral("pc-kill"), 1);
    polar.nodeIds = {QStringLiteral("pi-kill-1"), QStringLiteral("pi-kill-2")};
    EmulatorFixture::serve(*m_emulator, {polar});
    // No NodeId: snapshots come from the primary, kills run on every node.
    const auto source = makeSource(QStringLiteral("pc-kill"));
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    const QList<qint64> targets = ordinarySessions(before, 1);
    m_emulator->clearRequests();

    const CommandResult result = kill(*source, request(targets));
    QVERIFY2(result.ok(), qPrintable(allText(result)));
    QCOMPARE(result.outcomes.size(), 1);
    // Killed on the primary; the other node's "expired" does not hide that.
    QCOMPARE(result.outcomes[0].result, SessionOutcome::Result::Done);
    QCOMPARE(result.taskId.count(QStringLiteral(", ")), 1);
    QSet<QString> polled;
    for (const auto& record : m_emulator->requests()) {
        if (record.action == "GetKillInstanceSessionTaskResult")
            polled.insert(record.params.value(QStringLiteral("TaskId")));
    }
    QCOMPARE(polled.size(), 2);
}

void TestDasKill::lowerCamelAndStringNumbers()
{
    EmulatorInstance camel = killInstance(QStringLiteral("rm-camel-kill"), 1);
    camel.style.lowerCamelKeys = true;
    camel.style.stringScalars = true;
    EmulatorFixture::serve(*m_emulator, {camel});
    const auto source = makeSource(QStringLiteral("rm-camel-kill"));
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    const QList<qint64> targets = ordinarySessions(before, 2);
    const CommandResult result = kill(*source, request(targets + QList<qint64> {2}));
    QVERIFY2(result.ok(), qPrintable(allText(result)));
    QCOMPARE(result.outcomes[0].result, SessionOutcome::Result::Done);
    QCOMPARE(result.outcomes[1].result, SessionOutcome::Result::Done);
    QCOMPARE(result.outcomes[2].result, SessionOutcome::Result::AlreadyGone);
}

void TestDasKill::passwordReachesNothingButTheRequest()
{
    // The kill runs with a logging guard on every category (initTestCase); here the result and
    // the request itself are checked as well.
    const auto source = makeSource();
    const SnapshotPtr before = fetch(*source);
    QVERIFY(before);
    const CommandResult result
        = kill(*source, request(ordinarySessions(before, 1), DatabaseLogin {dbUser, dbPassword}));
    QVERIFY(!allText(result).contains(dbPassword));
    // The emulator's records hold a placeholder where the password was.
    bool sawPlaceholder = false;
    for (const auto& record : m_emulator->requests()) {
        if (record.rawQuery.contains("DbUserPassword=******"))
            sawPlaceholder = true;
    }
    QVERIFY(sawPlaceholder);
    m_logGuard.verifyNothingLeaked();
}

QTEST_GUILESS_MAIN(TestDasKill)
#include "tst_daskill.moc"
