// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's kill operations on their own: the parameters it refuses, the task's RUNNING and
// SUCCESS answers in the service's shape, a Reason per session, multi-node clusters, kill-all, and
// records that never hold the database password. Requests are signed by the app's client.
#include "base/credential.h"
#include "base/fetcherror.h"
#include "das/dasclient.h"
#include "emulator/dasemulator.h"
#include "emulator/emulatorscenario.h"
#include "emulator/sessiongenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const AccessKey key {QStringLiteral("LTAI-emulator-kill"), QStringLiteral("emulator-kill-secret"), {}};
const QString password = QStringLiteral("Emu-Kill-Pa55-4d2f");

struct Answer
{
    bool answered = false;
    QJsonObject json;
    FetchError error;

    QJsonObject data() const { return json.value(QLatin1String("Data")).toObject(); }
};

EmulatorScenario scenario()
{
    EmulatorInstance rds;
    rds.instanceId = QStringLiteral("rm-k");
    rds.sessions = 300;
    rds.seed = 5;
    rds.tickSeconds = 0;
    rds.killRunningPolls = 2;
    rds.databaseAccounts.insert(QStringLiteral("dba"), password);
    EmulatorInstance polar;
    polar.instanceId = QStringLiteral("pc-k");
    polar.nodeIds = {QStringLiteral("pi-k-1"), QStringLiteral("pi-k-2")};
    polar.sessions = 50;
    polar.killRunningPolls = 0;
    EmulatorScenario scenario;
    scenario.instances = {rds, polar};
    return scenario;
}

Acs3::QueryParams params(std::initializer_list<std::pair<const char*, QString>> list)
{
    Acs3::QueryParams result;
    for (const auto& [name, value] : list)
        result.append({QLatin1String(name), value});
    return result;
}

} // namespace

class TestEmulatorKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invalidParams_data();
    void invalidParams();
    void unknownTaskId();
    void taskRunsThenSucceeds();
    void reasonPerSession();
    void wrongPasswordIsAnAccountError();
    void multiNodeClusterAnswersAList();
    void killAllSparesProtectedAndIgnoredUsers();
    void recordsNeverHoldThePassword();
    void scenarioKeys();
    void generatorFindsAndRemoves();

private:
    Answer call(const char* action, const Acs3::QueryParams& params);
    QList<Session> sessions(const QString& instanceId);
    QString createTask(const Acs3::QueryParams& params);
    QJsonObject finishedTask(const QString& instanceId, const QString& taskId);

    std::unique_ptr<DasEmulator> m_emulator;
    std::unique_ptr<DasClient> m_client;
};

void TestEmulatorKill::initTestCase()
{
    // DasCall's signals name FetchError through a forward declaration.
    qRegisterMetaType<FetchError>();
}

void TestEmulatorKill::init()
{
    m_emulator = std::make_unique<DasEmulator>();
    m_emulator->setAccessKey(key);
    m_emulator->setScenario(scenario());
    QVERIFY(m_emulator->listenOnLoopback() != 0);
    m_client = std::make_unique<DasClient>();
    m_client->setEndpoint(m_emulator->endpoint());
    m_client->setAccessKey(key);
}

void TestEmulatorKill::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

Answer TestEmulatorKill::call(const char* action, const Acs3::QueryParams& params)
{
    Answer answer;
    DasCall* call = m_client->call(action, params, this);
    QSignalSpy succeeded(call, &DasCall::succeeded);
    QSignalSpy failed(call, &DasCall::failed);
    answer.answered = QTest::qWaitFor([&] { return succeeded.size() + failed.size() > 0; }, 10'000);
    if (!succeeded.isEmpty())
        answer.json = QJsonDocument::fromJson(succeeded.first().first().toByteArray()).object();
    if (!failed.isEmpty())
        answer.error = failed.first().first().value<FetchError>();
    delete call;
    return answer;
}

QList<Session> TestEmulatorKill::sessions(const QString& instanceId)
{
    const EmulatorInstance* config = m_emulator->scenario().instance(instanceId);
    // The emulator's population after kills is what its snapshots show: take one.
    Answer first = call(DasEmulator::Action, params({{"InstanceId", instanceId}}));
    while (first.answered && first.data().value(QLatin1String("State")).toString() == QLatin1String("RUNNING"))
        first = call(DasEmulator::Action,
            params(
                {{"InstanceId", instanceId}, {"ResultId", first.data().value(QLatin1String("ResultId")).toString()}}));
    QList<Session> list;
    const QJsonArray array
        = first.data().value(QLatin1String("SessionData")).toObject().value(QLatin1String("SessionList")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Session session;
        session.sessionId = object.value(QLatin1String("SessionId")).toInteger();
        session.user = object.value(QLatin1String("User")).toString();
        session.command = object.value(QLatin1String("Command")).toString();
        list.append(session);
    }
    Q_UNUSED(config);
    return list;
}

QString TestEmulatorKill::createTask(const Acs3::QueryParams& params)
{
    const Answer answer = call(DasEmulator::KillWithMaintainUserAction, params);
    return answer.json.value(QLatin1String("Data")).toString();
}

QJsonObject TestEmulatorKill::finishedTask(const QString& instanceId, const QString& taskId)
{
    for (int poll = 0; poll < 10; ++poll) {
        const Answer answer
            = call(DasEmulator::KillResultAction, params({{"InstanceId", instanceId}, {"TaskId", taskId}}));
        if (answer.data().value(QLatin1String("TaskState")).toString() != QLatin1String("RUNNING"))
            return answer.data();
    }
    return {};
}

void TestEmulatorKill::invalidParams_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<Acs3::QueryParams>("query");
    QTest::addColumn<QString>("message");
    const QByteArray maintain = DasEmulator::KillWithMaintainUserAction;
    const QByteArray account = DasEmulator::KillAction;
    const QString id = QStringLiteral("rm-k");
    QTest::addRow("SessionIds not an array")
        << maintain
        << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("10805639,10805623")},
               {"KillAllSessions", QStringLiteral("false")}})
        << QStringLiteral("SessionIds must be a non-empty JSON array");
    QTest::addRow("SessionIds empty array") << maintain
                                            << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("[]")},
                                                   {"KillAllSessions", QStringLiteral("false")}})
                                            << QStringLiteral("SessionIds must be a non-empty JSON array");
    QTest::addRow("SessionIds of strings") << maintain
                                           << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("[\"a\"]")},
                                                  {"KillAllSessions", QStringLiteral("false")}})
                                           << QStringLiteral("SessionIds must be a non-empty JSON array");
    QTest::addRow("SessionIds missing") << maintain
                                        << params({{"InstanceId", id}, {"KillAllSessions", QStringLiteral("false")}})
                                        << QStringLiteral("SessionIds is mandatory");
    QTest::addRow("KillAllSessions missing")
        << maintain << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("[1]")}})
        << QStringLiteral("KillAllSessions is mandatory");
    QTest::addRow("KillAllSessions not a boolean") << maintain
                                                   << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("[1]")},
                                                          {"KillAllSessions", QStringLiteral("maybe")}})
                                                   << QStringLiteral("KillAllSessions must be true or false");
    QTest::addRow("DbUser missing") << account
                                    << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("[1]")},
                                           {"KillAllSessions", QStringLiteral("false")}, {"DbUserPassword", password}})
                                    << QStringLiteral("DbUser is mandatory");
    QTest::addRow("DbUserPassword missing")
        << account
        << params({{"InstanceId", id}, {"SessionIds", QStringLiteral("[1]")},
               {"KillAllSessions", QStringLiteral("false")}, {"DbUser", QStringLiteral("dba")}})
        << QStringLiteral("DbUserPassword is mandatory");
    QTest::addRow("IgnoredUsers not a list") << maintain
                                             << params({{"InstanceId", id}, {"KillAllSessions", QStringLiteral("true")},
                                                    {"IgnoredUsers", QStringLiteral("app_ro")}})
                                             << QStringLiteral("IgnoredUsers must be a JSON array");
    QTest::addRow("unknown instance") << maintain
                                      << params({{"InstanceId", QStringLiteral("rm-none")},
                                             {"SessionIds", QStringLiteral("[1]")},
                                             {"KillAllSessions", QStringLiteral("false")}})
                                      << QStringLiteral("does not exist");
    QTest::addRow("TaskId missing") << QByteArray(DasEmulator::KillResultAction) << params({{"InstanceId", id}})
                                    << QStringLiteral("TaskId is mandatory");
}

void TestEmulatorKill::invalidParams()
{
    QFETCH(QByteArray, action);
    QFETCH(Acs3::QueryParams, query);
    QFETCH(QString, message);
    const Answer answer = call(action.constData(), query);
    QVERIFY(answer.answered);
    QCOMPARE(answer.error.code(), QStringLiteral("InvalidParams"));
    QCOMPARE(answer.error.httpStatus(), 400);
    QVERIFY2(answer.error.message().contains(message), qPrintable(answer.error.message()));
    QVERIFY(!answer.error.message().contains(password));
    // A refused create kills nothing.
    QCOMPARE(sessions(QStringLiteral("rm-k")).size(), 300);
}

void TestEmulatorKill::unknownTaskId()
{
    const Answer answer = call(DasEmulator::KillResultAction,
        params(
            {{"InstanceId", QStringLiteral("rm-k")}, {"TaskId", QStringLiteral("0123456789abcdef0123456789abcdef")}}));
    QCOMPARE(answer.error.code(), QStringLiteral("InvalidParams"));
    QVERIFY(answer.error.message().contains(QLatin1String("0123456789abcdef0123456789abcdef does not exist")));

    // A task of another instance is not found under this one.
    const QString taskId
        = createTask(params({{"InstanceId", QStringLiteral("pc-k")}, {"NodeId", QStringLiteral("pi-k-1")},
            {"SessionIds", QStringLiteral("[1]")}, {"KillAllSessions", QStringLiteral("false")}}));
    QVERIFY(!taskId.isEmpty());
    const Answer other
        = call(DasEmulator::KillResultAction, params({{"InstanceId", QStringLiteral("rm-k")}, {"TaskId", taskId}}));
    QCOMPARE(other.error.code(), QStringLiteral("InvalidParams"));
}

void TestEmulatorKill::taskRunsThenSucceeds()
{
    const QList<Session> before = sessions(QStringLiteral("rm-k"));
    const qint64 target = before.last().sessionId;
    const Answer created = call(DasEmulator::KillWithMaintainUserAction,
        params({{"InstanceId", QStringLiteral("rm-k")}, {"SessionIds", QStringLiteral("[%1]").arg(target)},
            {"KillAllSessions", QStringLiteral("false")}}));
    QCOMPARE(created.json.value(QLatin1String("Code")).toInt(), 200);
    QCOMPARE(created.json.value(QLatin1String("Success")).toBool(), true);
    const QString taskId = created.json.value(QLatin1String("Data")).toString();
    QCOMPARE(taskId.size(), 32);

    const auto poll = [&] {
        return call(DasEmulator::KillResultAction, params({{"InstanceId", QStringLiteral("rm-k")}, {"TaskId", taskId}}))
            .data();
    };
    for (int i = 0; i < 2; ++i) {
        const QJsonObject running = poll();
        QCOMPARE(running.value(QLatin1String("TaskState")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(running.value(QLatin1String("TaskId")).toString(), taskId);
        QVERIFY(running.value(QLatin1String("Result")).toArray().isEmpty());
    }
    const QJsonObject done = poll();
    QCOMPARE(done.value(QLatin1String("TaskState")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(done.value(QLatin1String("KillSuccessCount")).toInt(), 1);
    QCOMPARE(done.value(QLatin1String("KillFailCount")).toInt(), 0);
    QCOMPARE(done.value(QLatin1String("Sessions")).toArray(), QJsonArray {double(target)});
    const QJsonObject entry = done.value(QLatin1String("Result")).toArray().first().toObject();
    QCOMPARE(entry.value(QLatin1String("Id")).toInteger(), target);
    QCOMPARE(entry.value(QLatin1String("User")).toString(), before.last().user);
    QCOMPARE(entry.value(QLatin1String("Reason")).toString(), QStringLiteral("SESSION_KILLED"));
    for (const char* name : {"Host", "Db", "Command", "Time", "State", "Info", "Active"})
        QVERIFY2(entry.contains(QLatin1String(name)), name);
    // Polling a finished task again gives the same answer.
    QCOMPARE(poll(), done);

    const QList<Session> after = sessions(QStringLiteral("rm-k"));
    QCOMPARE(after.size(), before.size() - 1);
    for (const Session& session : after)
        QVERIFY(session.sessionId != target);
}

void TestEmulatorKill::reasonPerSession()
{
    const QList<Session> before = sessions(QStringLiteral("rm-k"));
    qint64 internal = 0, dump = 0, ordinary = 0;
    for (const Session& session : before) {
        if (!internal && session.user == QLatin1String("aliyun_root"))
            internal = session.sessionId;
        else if (!dump && session.command.startsWith(QLatin1String("Binlog Dump")))
            dump = session.sessionId;
        else if (!ordinary && session.user == QLatin1String("app_rw"))
            ordinary = session.sessionId;
    }
    QVERIFY(internal && dump && ordinary);
    const QString taskId = createTask(params({{"InstanceId", QStringLiteral("rm-k")},
        {"SessionIds", QStringLiteral("[%1,%2,%3,7]").arg(internal).arg(dump).arg(ordinary)},
        {"KillAllSessions", QStringLiteral("false")}}));
    const QJsonObject done = finishedTask(QStringLiteral("rm-k"), taskId);
    QHash<qint64, QString> reasons;
    for (const QJsonValue& value : done.value(QLatin1String("Result")).toArray())
        reasons.insert(value[QLatin1String("Id")].toInteger(), value[QLatin1String("Reason")].toString());
    QCOMPARE(reasons.value(internal), QStringLiteral("SESSION_INTERNAL_USER_OR_COMMAND"));
    QCOMPARE(reasons.value(dump), QStringLiteral("SESSION_INTERNAL_USER_OR_COMMAND"));
    QCOMPARE(reasons.value(ordinary), QStringLiteral("SESSION_KILLED"));
    QCOMPARE(reasons.value(7), QStringLiteral("SESSION_EXPIRED"));
    QCOMPARE(done.value(QLatin1String("IgnoredUserSessionCount")).toInt(), 2);
    QCOMPARE(sessions(QStringLiteral("rm-k")).size(), before.size() - 1);
}

void TestEmulatorKill::wrongPasswordIsAnAccountError()
{
    const QList<Session> before = sessions(QStringLiteral("rm-k"));
    const qint64 target = before.last().sessionId;
    const auto kill = [&](const QString& user, const QString& secret) {
        const Answer created = call(DasEmulator::KillAction,
            params({{"InstanceId", QStringLiteral("rm-k")}, {"SessionIds", QStringLiteral("[%1]").arg(target)},
                {"KillAllSessions", QStringLiteral("false")}, {"DbUser", user}, {"DbUserPassword", secret}}));
        const QJsonObject done
            = finishedTask(QStringLiteral("rm-k"), created.json.value(QLatin1String("Data")).toString());
        return done.value(QLatin1String("Result")).toArray().first()[QLatin1String("Reason")].toString();
    };
    QCOMPARE(kill(QStringLiteral("dba"), QStringLiteral("wrong")), QStringLiteral("SESSION_ACCOUNT_ERROR"));
    QCOMPARE(kill(QStringLiteral("nobody"), password), QStringLiteral("SESSION_ACCOUNT_ERROR"));
    QCOMPARE(sessions(QStringLiteral("rm-k")).size(), before.size());
    QCOMPARE(kill(QStringLiteral("dba"), password), QStringLiteral("SESSION_KILLED"));
    QCOMPARE(sessions(QStringLiteral("rm-k")).size(), before.size() - 1);
}

void TestEmulatorKill::multiNodeClusterAnswersAList()
{
    const Answer created = call(DasEmulator::KillWithMaintainUserAction,
        params({{"InstanceId", QStringLiteral("pc-k")}, {"SessionIds", QStringLiteral("[1]")},
            {"KillAllSessions", QStringLiteral("false")}}));
    const QJsonArray ids = created.json.value(QLatin1String("Data")).toArray();
    QCOMPARE(ids.size(), 2);
    QStringList nodes;
    for (const QJsonValue& id : ids) {
        const QJsonObject done = finishedTask(QStringLiteral("pc-k"), id.toString());
        QCOMPARE(done.value(QLatin1String("TaskState")).toString(), QStringLiteral("SUCCESS"));
        nodes.append(done.value(QLatin1String("NodeId")).toString());
    }
    QCOMPARE(nodes, (QStringList {QStringLiteral("pi-k-1"), QStringLiteral("pi-k-2")}));
    // A NodeId gives one task and a plain id.
    QVERIFY(!createTask(params({{"InstanceId", QStringLiteral("pc-k")}, {"NodeId", QStringLiteral("pi-k-2")},
                            {"SessionIds", QStringLiteral("[1]")}, {"KillAllSessions", QStringLiteral("false")}}))
                 .isEmpty());
}

void TestEmulatorKill::killAllSparesProtectedAndIgnoredUsers()
{
    const QString taskId = createTask(params({{"InstanceId", QStringLiteral("rm-k")},
        {"KillAllSessions", QStringLiteral("true")}, {"IgnoredUsers", QStringLiteral("[\"app_ro\"]")}}));
    const QJsonObject done = finishedTask(QStringLiteral("rm-k"), taskId);
    QCOMPARE(done.value(QLatin1String("Result")).toArray().size(), 300);
    for (const Session& session : sessions(QStringLiteral("rm-k"))) {
        const bool spared = session.user == QLatin1String("app_ro") || session.user == QLatin1String("aliyun_root")
            || session.command.startsWith(QLatin1String("Binlog Dump"));
        QVERIFY2(spared, qPrintable(session.user + QLatin1Char(' ') + session.command));
    }
}

void TestEmulatorKill::recordsNeverHoldThePassword()
{
    QSignalSpy handled(m_emulator.get(), &DasEmulator::requestHandled);
    call(DasEmulator::KillAction,
        params({{"InstanceId", QStringLiteral("rm-k")}, {"SessionIds", QStringLiteral("[1]")},
            {"KillAllSessions", QStringLiteral("false")}, {"DbUser", QStringLiteral("dba")},
            {"DbUserPassword", password}}));
    QCOMPARE(handled.size(), 1);
    const auto announced = handled.first().first().value<DasEmulator::RequestRecord>();
    const auto recorded = m_emulator->requests().last();
    for (const auto& record : {announced, recorded}) {
        QCOMPARE(record.params.value(QStringLiteral("DbUserPassword")), QLatin1String(DasEmulator::RedactedPassword));
        QVERIFY(record.rawQuery.contains("DbUserPassword=******"));
        QVERIFY(!record.rawQuery.contains(password.toUtf8()));
        QCOMPARE(record.params.value(QStringLiteral("DbUser")), QStringLiteral("dba"));
    }
}

void TestEmulatorKill::scenarioKeys()
{
    QString error;
    const auto parsed = EmulatorScenario::fromJson(
        R"({"instances":[{"instanceId":"rm-x","killRunningPolls":3,"databaseAccounts":{"dba":"pw"}}]})", &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->instances.first().killRunningPolls, 3);
    QCOMPARE(parsed->instances.first().databaseAccounts.value(QStringLiteral("dba")), QStringLiteral("pw"));
    QVERIFY(!EmulatorScenario::fromJson(R"({"instances":[{"instanceId":"rm-x","databaseAccounts":["dba"]}]})", &error));
    QVERIFY(error.contains(QLatin1String("databaseAccounts")));
    QVERIFY(!EmulatorScenario::fromJson(R"({"instances":[{"instanceId":"rm-x","killRunningPolls":-1}]})", &error));
}

void TestEmulatorKill::generatorFindsAndRemoves()
{
    SessionGenerator::Options options;
    options.seed = 9;
    options.sessionCount = 100;
    SessionGenerator generator(options);
    const QList<Session> all = generator.sessions();
    const qint64 middle = all[50].sessionId;
    QVERIFY(generator.find(middle));
    QCOMPARE(generator.find(middle)->user, all[50].user);
    QVERIFY(!generator.find(middle + 1000000));
    QVERIFY(generator.remove(middle));
    QVERIFY(!generator.find(middle));
    QVERIFY(!generator.remove(middle));
    QCOMPARE(generator.sessions().size(), 99);
    QCOMPARE(generator.snapshot().totalSessionCount, 99);
    // Evolution goes on with the smaller population, the killed id never returning.
    generator.advance(5);
    QCOMPARE(generator.sessions().size(), 99);
    QVERIFY(!generator.find(middle));
}

QTEST_GUILESS_MAIN(TestEmulatorKill)
#include "tst_emulatorkill.moc"
