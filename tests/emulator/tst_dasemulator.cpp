// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/credential.h"
#include "das/acs3signer.h"
#include "das/snapshotparser.h"
#include "emulator/dasemulator.h"
#include "emulator/dasresponsewriter.h"
#include "emulator/emulatorscenario.h"
#include "emulator/jsonwriter.h"
#include "emulator/sessiongenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// How a test request departs from a correct one.
struct SignOptions
{
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray action = DasEmulator::Action;
    QByteArray version = DasEmulator::Version;
    // Empty: now (client clock), shifted by dateOffsetSeconds.
    QByteArray date;
    qint64 dateOffsetSeconds = 0;
    // Empty: a fresh one.
    QByteArray nonce;
    QByteArray body;
    // Empty: the real SHA-256 of the body. The client signs whatever it claims.
    QByteArray claimedBodyHash;
    // Neither sent nor signed.
    QByteArray dropHeader;
    // Sent, not signed.
    QList<std::pair<QByteArray, QByteArray>> unsignedHeaders;
    // Replaces the computed Authorization; an empty value sends none.
    std::optional<QByteArray> authorization;
    // Default: the key the emulator accepts.
    std::optional<AccessKey> signingKey;
};

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    qint64 elapsedMs = 0;
    QByteArray stringToSign;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return field(json(), "Code").toVariant().toString(); }
    QString message() const { return field(json(), "Message").toString(); }
    QJsonObject data() const { return field(json(), "Data").toObject(); }
    QString state() const { return field(data(), "State").toString(); }
    QString resultId() const { return field(data(), "ResultId").toString(); }

    // PascalCase, or lowerCamel for instances configured so.
    static QJsonValue field(const QJsonObject& object, const char* pascalName)
    {
        const QString name = QLatin1String(pascalName);
        return object.contains(name) ? object.value(name) : object.value(name.front().toLower() + name.mid(1));
    }
};

// What a client that speaks plain sockets sees: the bytes, and how the connection ended.
struct RawOutcome
{
    QByteArray received;
    bool reset = false; // ECONNRESET: the peer sent an RST
    bool closed = false; // an orderly FIN
    qint64 elapsedMs = 0;
};

const AccessKey testKey {QStringLiteral("LTAI-emulator-test"), QStringLiteral("emulator-secret-Zq9"), {}};
const QString weirdInstanceId = QStringLiteral("rm-*weird id~/+中文");

EmulatorInstance instance(const char* id, int sessions, quint64 seed, int runningPolls)
{
    EmulatorInstance config;
    config.instanceId = QString::fromUtf8(id);
    config.engine = EmulatorInstance::engineForInstanceId(config.instanceId);
    config.sessions = sessions;
    config.seed = seed;
    config.runningPolls = runningPolls;
    return config;
}

EmulatorScenario testScenario()
{
    EmulatorScenario scenario;
    scenario.instances.append(instance("rm-test", 600, 7, 2));
    scenario.instances.append(instance("rm-zero", 50, 3, 0));
    scenario.instances.append(instance("rm-other", 20, 5, 1));
    EmulatorInstance polar = instance("pc-test", 120, 11, 1);
    polar.nodeIds = {QStringLiteral("pi-a"), QStringLiteral("pi-b")};
    scenario.instances.append(polar);
    EmulatorInstance camel = instance("rm-camel", 80, 19, 1);
    camel.style.lowerCamelKeys = true;
    camel.style.stringScalars = true;
    scenario.instances.append(camel);
    scenario.instances.append(instance("pxc-test", 150, 29, 0));
    EmulatorInstance weird = instance("rm-weird", 10, 31, 0);
    weird.instanceId = weirdInstanceId;
    scenario.instances.append(weird);
    scenario.instances.append(instance("rm-large", EmulatorInstance::MaxSessions, 37, 0));
    return scenario;
}

QByteArray clientDate(qint64 offsetSeconds)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(offsetSeconds)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
        .toLatin1();
}

QByteArray freshNonce()
{
    return QUuid::createUuid().toRfc4122().toHex();
}

Acs3::QueryParams instanceParams(const QString& instanceId, const QString& resultId = {}, const QString& nodeId = {})
{
    Acs3::QueryParams params {{QStringLiteral("InstanceId"), instanceId}};
    if (!nodeId.isEmpty())
        params.append({QStringLiteral("NodeId"), nodeId});
    if (!resultId.isEmpty())
        params.append({QStringLiteral("ResultId"), resultId});
    return params;
}

// Every key, recursively, and every scalar that is not a string.
void inspect(const QJsonValue& value, QStringList& keys, int& nonStringScalars)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            keys.append(it.key());
            inspect(it.value(), keys, nonStringScalars);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            inspect(element, keys, nonStringScalars);
    } else if (value.isDouble() || value.isBool()) {
        ++nonStringScalars;
    }
}

QSet<QString> keySet(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> stringSet(std::initializer_list<const char*> names)
{
    QSet<QString> set;
    for (const char* name : names)
        set.insert(QLatin1String(name));
    return set;
}

} // namespace

Q_DECLARE_METATYPE(SignOptions)
Q_DECLARE_METATYPE(EmulatorFault)

class TestDasEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void asyncFlowRunsThenSucceeds_data();
    void asyncFlowRunsThenSucceeds();
    void runningResponseShape();
    void finishedResponseShape();
    void snapshotsEvolveBetweenFetches();
    void lowerCamelAndStringNumbers();
    void polarDbXReportsTemplateIds();
    void responseHeaders();

    void requestErrors_data();
    void requestErrors();
    void signatureMismatchShowsServerStringToSign();
    void missingSignedHeader_data();
    void missingSignedHeader();
    void serverClockSkew_data();
    void serverClockSkew();
    void reusedNonce();
    void failedSignatureDoesNotBurnNonce();
    void securityToken_data();
    void securityToken();
    void invalidParams_data();
    void invalidParams();
    void forgetsExpiredResultsBeyondTheBound();
    void unusualInstanceIdSignsAndVerifies();
    void rawQueryIsRecordedAsSent();
    void requestsAreRecordedAndAnnounced();

    void faults_data();
    void faults();
    void faultPhaseAndTimes();
    void qnamResendsAfterSilentClose();
    void persistentFault();

    void scenarioFileLoads();
    void badScenario_data();
    void badScenario();

    void generatorIsDeterministic();
    void generatorSizes_data();
    void generatorSizes();
    void generatorEvolution();
    void generatorMix();
    void jsonEscaping_data();
    void jsonEscaping();
    void largeResponse();

    void commandLineServesAndLogsNoSecret();
    void commandLineRejectsBadScenario();

private:
    struct Prepared
    {
        QNetworkRequest request;
        QByteArray body;
        QByteArray method;
        Acs3::Signature signature;
    };

    Prepared prepare(quint16 port, const Acs3::QueryParams& params, const SignOptions& options = {}) const;
    HttpResult send(const Prepared& prepared, int timeoutMs = 30000);
    HttpResult call(const Acs3::QueryParams& params, const SignOptions& options = {}, int timeoutMs = 30000);
    // The request as HTTP/1.1 bytes; `wireQuery` replaces the canonical query on the request line.
    QByteArray rawRequest(const Prepared& prepared, const QByteArray& wireQuery) const;
    // Over a POSIX socket, so that an RST can be told from a FIN.
    RawOutcome posixExchange(const QByteArray& request, int timeoutMs);
    // First call, then polls until finished (or `maxPolls`); counts the RUNNING answers.
    HttpResult fetch(const QString& instanceId, const QString& nodeId = {}, int* running = nullptr, int maxPolls = 10);
    SessionSnapshot expectedSnapshot(const QString& instanceId, qsizetype nodeIndex, int advances = 0) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<DasEmulator> m_emulator;
    quint16 m_port = 0;
};

void TestDasEmulator::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_emulator = std::make_unique<DasEmulator>();
    m_emulator->setAccessKey(testKey);
    m_emulator->setScenario(testScenario());
    m_port = m_emulator->listenOnLoopback();
    QVERIFY(m_port != 0);
    QCOMPARE(m_emulator->endpoint(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
}

void TestDasEmulator::cleanup()
{
    m_emulator.reset();
    m_network.clearConnectionCache();
}

TestDasEmulator::Prepared TestDasEmulator::prepare(
    quint16 port, const Acs3::QueryParams& params, const SignOptions& options) const
{
    const AccessKey key = options.signingKey.value_or(testKey);
    const QByteArray query = Acs3::canonicalQuery(params);
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    Prepared prepared;
    prepared.method = options.method;
    prepared.body = options.body;
    const QByteArray date = options.date.isEmpty() ? clientDate(options.dateOffsetSeconds) : options.date;
    const QByteArray nonce = options.nonce.isEmpty() ? freshNonce() : options.nonce;
    Acs3::HeaderList headers = Acs3::rpcHeaders(host, options.action, options.version, date, nonce, options.body, key);
    for (auto& header : headers) {
        if (header.first == "x-acs-content-sha256" && !options.claimedBodyHash.isEmpty())
            header.second = options.claimedBodyHash;
    }
    headers.removeIf([&](const auto& header) { return header.first == options.dropHeader; });

    Acs3::Request signing;
    signing.method = options.method;
    signing.query = params;
    signing.headers = headers;
    signing.body = options.body;
    signing.payloadHash = options.claimedBodyHash;
    prepared.signature = Acs3::sign(signing, key);

    const QByteArray url = "http://" + host + options.path + (query.isEmpty() ? QByteArray() : "?" + query);
    prepared.request = QNetworkRequest(QUrl::fromEncoded(url));
    for (const auto& [name, value] : std::as_const(headers)) {
        if (name != "host")
            prepared.request.setRawHeader(name, value);
    }
    for (const auto& [name, value] : options.unsignedHeaders)
        prepared.request.setRawHeader(name, value);
    const QByteArray authorization = options.authorization.value_or(prepared.signature.authorization);
    if (!authorization.isEmpty())
        prepared.request.setRawHeader("Authorization", authorization);
    return prepared;
}

HttpResult TestDasEmulator::send(const Prepared& prepared, int timeoutMs)
{
    HttpResult result;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_network.sendCustomRequest(prepared.request, prepared.method, prepared.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    result.finished = reply->isFinished();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.stringToSign = prepared.signature.stringToSign;
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult TestDasEmulator::call(const Acs3::QueryParams& params, const SignOptions& options, int timeoutMs)
{
    return send(prepare(m_port, params, options), timeoutMs);
}

QByteArray TestDasEmulator::rawRequest(const Prepared& prepared, const QByteArray& wireQuery) const
{
    QByteArray request
        = prepared.method + " /?" + wireQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (const QByteArray& name : prepared.request.rawHeaderList())
        request += name + ": " + prepared.request.rawHeader(name) + "\r\n";
    request += "Content-Length: " + QByteArray::number(prepared.body.size()) + "\r\n\r\n" + prepared.body;
    return request;
}

RawOutcome TestDasEmulator::posixExchange(const QByteArray& request, int timeoutMs)
{
    RawOutcome outcome;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return outcome;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // A loopback connect completes in the kernel's backlog; no event loop needed.
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        || ::send(fd, request.constData(), size_t(request.size()), 0) != request.size()) {
        ::close(fd);
        return outcome;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QSocketNotifier notifier(fd, QSocketNotifier::Read);
    QSignalSpy readable(&notifier, &QSocketNotifier::activated);
    QElapsedTimer timer;
    timer.start();
    while (!outcome.reset && !outcome.closed && timer.elapsed() < timeoutMs) {
        char buffer[65536];
        const ssize_t received = ::recv(fd, buffer, sizeof buffer, 0);
        if (received > 0)
            outcome.received.append(buffer, received);
        else if (received == 0)
            outcome.closed = true;
        else if (errno == ECONNRESET)
            outcome.reset = true;
        else if (errno == EAGAIN || errno == EWOULDBLOCK)
            readable.wait(int(timeoutMs - timer.elapsed()));
        else
            break;
    }
    outcome.elapsedMs = timer.elapsed();
    notifier.setEnabled(false);
    ::close(fd);
    return outcome;
}

HttpResult TestDasEmulator::fetch(const QString& instanceId, const QString& nodeId, int* running, int maxPolls)
{
    int runningAnswers = 0;
    HttpResult result = call(instanceParams(instanceId, {}, nodeId));
    while (result.status == 200 && result.state() == QLatin1String("RUNNING") && runningAnswers < maxPolls) {
        ++runningAnswers;
        result = call(instanceParams(instanceId, result.resultId(), nodeId));
    }
    if (running)
        *running = runningAnswers;
    return result;
}

SessionSnapshot TestDasEmulator::expectedSnapshot(const QString& instanceId, qsizetype nodeIndex, int advances) const
{
    const EmulatorInstance* config = m_emulator->scenario().instance(instanceId);
    Q_ASSERT(config);
    SessionGenerator generator(SessionGenerator::optionsFor(*config, nodeIndex));
    for (int i = 0; i < advances; ++i)
        generator.advance(config->tickSeconds);
    return generator.snapshot();
}

void TestDasEmulator::asyncFlowRunsThenSucceeds_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<int>("nodeIndex");
    QTest::addColumn<int>("expectedRunning");
    QTest::addRow("two RUNNING polls") << QStringLiteral("rm-test") << QString() << 0 << 2;
    QTest::addRow("finished at once") << QStringLiteral("rm-zero") << QString() << 0 << 0;
    QTest::addRow("PolarDB primary by default") << QStringLiteral("pc-test") << QString() << 0 << 1;
    QTest::addRow("PolarDB second node") << QStringLiteral("pc-test") << QStringLiteral("pi-b") << 1 << 1;
}

void TestDasEmulator::asyncFlowRunsThenSucceeds()
{
    QFETCH(QString, instanceId);
    QFETCH(QString, nodeId);
    QFETCH(int, nodeIndex);
    QFETCH(int, expectedRunning);

    int running = -1;
    const HttpResult result = fetch(instanceId, nodeId, &running);
    QCOMPARE(result.status, 200);
    QCOMPARE(running, expectedRunning);
    QCOMPARE(result.state(), QStringLiteral("SUCCESS"));
    QVERIFY(QRegularExpression(QStringLiteral("^async__[0-9a-f]{32}$")).match(result.resultId()).hasMatch());

    const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {instanceId, nodeId, 0});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.response.finishedWithSnapshot());
    const SessionSnapshot expected = expectedSnapshot(instanceId, nodeIndex);
    const SessionSnapshot& got = *parsed.response.snapshot;
    QCOMPARE(got.totalSessionCount, m_emulator->scenario().instance(instanceId)->sessions);
    QCOMPARE(got.totalSessionCount, expected.totalSessionCount);
    QCOMPARE(got.activeSessionCount, expected.activeSessionCount);
    QCOMPARE(got.maxActiveTime, expected.maxActiveTime);
    QCOMPARE(got.idleInTransactionCount, expected.idleInTransactionCount);
    QVERIFY(got.activeSessionCount > 0);
    QVERIFY(got.sessions == expected.sessions);
    QVERIFY(got.userStats == expected.userStats);
    QVERIFY(got.clientStats == expected.clientStats);
    QVERIFY(got.dbStats == expected.dbStats);
    QVERIFY(got.serverAggregated);

    // A finished result keeps answering with the same snapshot.
    const HttpResult again = call(instanceParams(instanceId, result.resultId(), nodeId));
    QCOMPARE(again.status, 200);
    const auto reparsed = SnapshotParser::parseAsyncResponse(again.body, {instanceId, nodeId, 0});
    QVERIFY2(reparsed.ok(), qPrintable(reparsed.error));
    QVERIFY(reparsed.response.snapshot->sessions == got.sessions);
    QCOMPARE(reparsed.response.snapshot->snapshotTimeMs, got.snapshotTimeMs);
    QVERIFY(again.json().value(QLatin1String("RequestId")) != result.json().value(QLatin1String("RequestId")));
}

void TestDasEmulator::runningResponseShape()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpResult result = call(instanceParams(QStringLiteral("rm-test")));
    QCOMPARE(result.status, 200);
    const QJsonObject root = result.json();
    QCOMPARE(keySet(root), stringSet({"Code", "Message", "Success", "RequestId", "Data"}));
    QCOMPARE(root.value(QLatin1String("Code")), QJsonValue(200));
    QCOMPARE(root.value(QLatin1String("Message")), QJsonValue(QStringLiteral("Successful")));
    QCOMPARE(root.value(QLatin1String("Success")), QJsonValue(true));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"))
                .match(root.value(QLatin1String("RequestId")).toString())
                .hasMatch());
    const QJsonObject data = result.data();
    QCOMPARE(keySet(data), stringSet({"ResultId", "IsFinish", "State", "Complete", "Fail", "Timestamp"}));
    QCOMPARE(data.value(QLatin1String("IsFinish")), QJsonValue(false));
    QCOMPARE(data.value(QLatin1String("State")), QJsonValue(QStringLiteral("RUNNING")));
    QCOMPARE(data.value(QLatin1String("Complete")), QJsonValue(false));
    QCOMPARE(data.value(QLatin1String("Fail")), QJsonValue(false));
    const qint64 timestamp = data.value(QLatin1String("Timestamp")).toInteger();
    QVERIFY(timestamp >= before - 1000 && timestamp <= QDateTime::currentMSecsSinceEpoch() + 1000);

    const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(!parsed.response.isFinish);
    QCOMPARE(parsed.response.resultId, result.resultId());
}

void TestDasEmulator::finishedResponseShape()
{
    const HttpResult result = call(instanceParams(QStringLiteral("rm-zero")));
    QCOMPARE(result.status, 200);
    const QJsonObject root = result.json();
    QCOMPARE(keySet(root), stringSet({"Code", "Message", "Data", "RequestId", "Success"}));
    const QJsonObject data = result.data();
    QCOMPARE(
        keySet(data), stringSet({"Fail", "SessionData", "ResultId", "IsFinish", "State", "Complete", "Timestamp"}));
    QCOMPARE(data.value(QLatin1String("IsFinish")), QJsonValue(true));
    QCOMPARE(data.value(QLatin1String("Complete")), QJsonValue(true));
    QCOMPARE(data.value(QLatin1String("Fail")), QJsonValue(false));
    QCOMPARE(QByteArray::number(data.value(QLatin1String("Timestamp")).toInteger()).size(), 13);

    const QJsonObject sessionData = data.value(QLatin1String("SessionData")).toObject();
    QCOMPARE(keySet(sessionData),
        stringSet({"TotalSessionCount", "ActiveSessionCount", "MaxActiveTime", "SessionList", "UserStats",
            "ClientStats", "DbStats", "TimeStamp"}));
    // Microseconds, 16 digits, as in the documentation's example.
    const QRegularExpression microseconds(QStringLiteral("\"TimeStamp\":(\\d+)"));
    const auto match = microseconds.match(QString::fromUtf8(result.body));
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1).size(), 16);

    const QJsonArray list = sessionData.value(QLatin1String("SessionList")).toArray();
    QCOMPARE(list.size(), 50);
    bool nullDatabase = false;
    for (const QJsonValue& session : list) {
        QCOMPARE(keySet(session.toObject()),
            stringSet({"SessionId", "User", "Client", "DbName", "Command", "Time", "State", "SqlText",
                "UserClientAlias", "TrxId", "TrxDuration", "SqlTemplateId"}));
        nullDatabase = nullDatabase || session.toObject().value(QLatin1String("DbName")).isNull();
    }
    QVERIFY(nullDatabase);
    for (const char* stats : {"UserStats", "ClientStats", "DbStats"}) {
        const QJsonArray array = sessionData.value(QLatin1String(stats)).toArray();
        QVERIFY(!array.isEmpty());
        qint64 total = 0;
        for (const QJsonValue& stat : array) {
            QCOMPARE(
                keySet(stat.toObject()), stringSet({"Key", "TotalCount", "ActiveCount", "ThreadIdList", "UserList"}));
            total += stat.toObject().value(QLatin1String("TotalCount")).toInteger();
        }
        QCOMPARE(total, sessionData.value(QLatin1String("TotalSessionCount")).toInteger());
    }
}

void TestDasEmulator::snapshotsEvolveBetweenFetches()
{
    const HttpResult first = fetch(QStringLiteral("rm-test"));
    const HttpResult second = fetch(QStringLiteral("rm-test"));
    QCOMPARE(second.status, 200);
    QVERIFY(first.resultId() != second.resultId());
    const auto parsed = SnapshotParser::parseAsyncResponse(second.body, {QStringLiteral("rm-test"), {}, 0});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const SessionSnapshot expected = expectedSnapshot(QStringLiteral("rm-test"), 0, 1);
    QVERIFY(parsed.response.snapshot->sessions == expected.sessions);
    QVERIFY(parsed.response.snapshot->sessions != expectedSnapshot(QStringLiteral("rm-test"), 0).sessions);
}

void TestDasEmulator::lowerCamelAndStringNumbers()
{
    int running = 0;
    const HttpResult result = fetch(QStringLiteral("rm-camel"), {}, &running);
    QCOMPARE(result.status, 200);
    QCOMPARE(running, 1);
    const QJsonObject root = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(root.value(QLatin1String("code")), QJsonValue(QStringLiteral("200")));
    QCOMPARE(root.value(QLatin1String("success")), QJsonValue(QStringLiteral("true")));
    QStringList keys;
    int nonStringScalars = 0;
    inspect(root, keys, nonStringScalars);
    QCOMPARE(nonStringScalars, 0);
    QVERIFY(keys.contains(QStringLiteral("sessionList")));
    QVERIFY(keys.contains(QStringLiteral("threadIdList")));
    for (const QString& key : std::as_const(keys))
        QVERIFY2(key.front().isLower(), qPrintable(key));

    const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {QStringLiteral("rm-camel"), {}, 0});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.response.finishedWithSnapshot());
    QVERIFY(parsed.response.snapshot->sessions == expectedSnapshot(QStringLiteral("rm-camel"), 0).sessions);
}

void TestDasEmulator::polarDbXReportsTemplateIds()
{
    const auto templated = [this](const char* id) {
        const HttpResult result = fetch(QLatin1String(id));
        const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {});
        int count = 0;
        if (parsed.response.snapshot) {
            for (const Session& session : parsed.response.snapshot->sessions)
                count += session.sqlTemplateId.isEmpty() ? 0 : 1;
        }
        return count;
    };
    QVERIFY(templated("pxc-test") > 0);
    QCOMPARE(templated("rm-zero"), 0);
}

void TestDasEmulator::responseHeaders()
{
    m_emulator->setClockSkewSeconds(600);
    const HttpResult result = call(instanceParams(QStringLiteral("rm-test")));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.headers.value("content-type"), QByteArray("application/json;charset=utf-8"));
    QCOMPARE(result.headers.value("content-length").toLongLong(), result.body.size());
    QCOMPARE(result.headers.value("connection"), QByteArray("keep-alive"));
    QCOMPARE(QString::fromLatin1(result.headers.value("x-acs-request-id")),
        result.json().value(QLatin1String("RequestId")).toString());
    const QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(result.headers.value("date")), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QVERIFY(date.isValid());
    const QDateTime dateUtc(date.date(), date.time(), Qt::UTC);
    QVERIFY(qAbs(dateUtc.secsTo(QDateTime::currentDateTimeUtc().addSecs(600))) < 5);
}

void TestDasEmulator::requestErrors_data()
{
    QTest::addColumn<SignOptions>("options");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    SignOptions wrongSecret;
    wrongSecret.signingKey = AccessKey {testKey.id, QStringLiteral("not-the-secret"), {}};
    QTest::addRow("wrong secret") << wrongSecret << 400 << QStringLiteral("SignatureDoesNotMatch");
    SignOptions unknownKey;
    unknownKey.signingKey = AccessKey {QStringLiteral("LTAI-nobody"), testKey.secret, {}};
    QTest::addRow("unknown AccessKey id") << unknownKey << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
    SignOptions ahead;
    ahead.dateOffsetSeconds = 16 * 60;
    QTest::addRow("date 16 min ahead") << ahead << 400 << QStringLiteral("InvalidTimeStamp.Expired");
    SignOptions behind;
    behind.dateOffsetSeconds = -16 * 60;
    QTest::addRow("date 16 min behind") << behind << 400 << QStringLiteral("InvalidTimeStamp.Expired");
    SignOptions slightlyOff;
    slightlyOff.dateOffsetSeconds = -14 * 60;
    QTest::addRow("date 14 min behind is fine") << slightlyOff << 200 << QStringLiteral("200");
    SignOptions badDate;
    badDate.date = "2024-05-01 10:00:00";
    QTest::addRow("date not ISO 8601") << badDate << 400 << QStringLiteral("InvalidTimeStamp.Format");
    SignOptions millisDate;
    millisDate.date = clientDate(0).replace('Z', ".000Z");
    QTest::addRow("date with milliseconds") << millisDate << 400 << QStringLiteral("InvalidTimeStamp.Format");
    SignOptions noAuthorization;
    noAuthorization.authorization = QByteArray();
    QTest::addRow("no Authorization") << noAuthorization << 400 << QStringLiteral("IncompleteSignature");
    SignOptions garbled;
    garbled.authorization = QByteArray("ACS3-HMAC-SHA256 Credential=LTAI-emulator-test,garbage");
    QTest::addRow("garbled Authorization") << garbled << 400 << QStringLiteral("IncompleteSignature");
    SignOptions noSignature;
    noSignature.authorization = QByteArray("ACS3-HMAC-SHA256 Credential=LTAI-emulator-test,SignedHeaders=host");
    QTest::addRow("Authorization without Signature") << noSignature << 400 << QStringLiteral("IncompleteSignature");
    SignOptions otherAlgorithm;
    otherAlgorithm.authorization = QByteArray("ACS-HMAC-SHA1 Credential=LTAI-emulator-test");
    QTest::addRow("other algorithm") << otherAlgorithm << 400 << QStringLiteral("IncompleteSignature");
    SignOptions bodyHash;
    bodyHash.body = "InstanceId=rm-test";
    bodyHash.claimedBodyHash = Acs3::hexSha256({});
    QTest::addRow("body hash mismatch") << bodyHash << 400 << QStringLiteral("SignatureDoesNotMatch");
    SignOptions body;
    body.body = "InstanceId=rm-test";
    QTest::addRow("non-empty body") << body << 400 << QStringLiteral("InvalidParams");
    SignOptions action;
    action.action = "DescribeDBInstanceAttribute";
    QTest::addRow("unknown action") << action << 404 << QStringLiteral("InvalidAction.NotFound");
    SignOptions version;
    version.version = "2019-01-01";
    QTest::addRow("wrong version") << version << 400 << QStringLiteral("InvalidVersion");
    SignOptions get;
    get.method = "GET";
    QTest::addRow("GET") << get << 405 << QStringLiteral("UnsupportedHTTPMethod");
    SignOptions path;
    path.path = "/v1/sessions";
    QTest::addRow("path other than /") << path << 404 << QStringLiteral("InvalidAction.NotFound");
    SignOptions unsignedAcs;
    unsignedAcs.unsignedHeaders = {{"x-acs-extra", "1"}};
    QTest::addRow("unsigned x-acs header") << unsignedAcs << 400 << QStringLiteral("IncompleteSignature");
    SignOptions userAgent;
    userAgent.unsignedHeaders = {{"User-Agent", "SessionScope/test"}};
    QTest::addRow("unsigned User-Agent is fine") << userAgent << 200 << QStringLiteral("200");
}

void TestDasEmulator::requestErrors()
{
    QFETCH(SignOptions, options);
    QFETCH(int, status);
    QFETCH(QString, code);

    const HttpResult result = call(instanceParams(QStringLiteral("rm-test")), options);
    QVERIFY(result.finished);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    if (status != 200) {
        const QJsonObject error = result.json();
        QCOMPARE(keySet(error), stringSet({"RequestId", "HostId", "Code", "Message", "Recommend"}));
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(error.value(QLatin1String("HostId")).toString(), QLatin1String(DasEmulator::HostId));
        QCOMPARE(QString::fromLatin1(result.headers.value("x-acs-request-id")),
            error.value(QLatin1String("RequestId")).toString());
        QCOMPARE(m_emulator->requests().last().errorCode, code);
    }
    QCOMPARE(m_emulator->requests().last().httpStatus, status);
}

void TestDasEmulator::signatureMismatchShowsServerStringToSign()
{
    SignOptions options;
    options.signingKey = AccessKey {testKey.id, QStringLiteral("not-the-secret"), {}};
    const HttpResult result = call(instanceParams(weirdInstanceId), options);
    QCOMPARE(result.code(), QStringLiteral("SignatureDoesNotMatch"));
    // The string to sign does not depend on the secret: the server's equals the client's.
    QCOMPARE(result.message(),
        QStringLiteral("Specified signature does not match our calculation. Server string to sign is:")
            + QString::fromUtf8(result.stringToSign));
}

void TestDasEmulator::missingSignedHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    for (const char* header :
        {"x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"})
        QTest::addRow("%s", header) << QByteArray(header);
}

void TestDasEmulator::missingSignedHeader()
{
    QFETCH(QByteArray, header);
    SignOptions options;
    options.dropHeader = header;
    const HttpResult result = call(instanceParams(QStringLiteral("rm-test")), options);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("IncompleteSignature"));
    QVERIFY2(result.message().contains(QString::fromLatin1(header)), qPrintable(result.message()));
}

void TestDasEmulator::serverClockSkew_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<QString>("code");
    QTest::addRow("server 16 min ahead") << qint64(16 * 60) << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::addRow("server 16 min behind") << qint64(-16 * 60) << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::addRow("server 14 min ahead") << qint64(14 * 60) << QStringLiteral("200");
    QTest::addRow("server 14 min behind") << qint64(-14 * 60) << QStringLiteral("200");
}

void TestDasEmulator::serverClockSkew()
{
    QFETCH(qint64, skew);
    QFETCH(QString, code);
    m_emulator->setClockSkewSeconds(skew);
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test"))).code(), code);
}

void TestDasEmulator::reusedNonce()
{
    SignOptions options;
    options.nonce = freshNonce();
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test")), options).status, 200);
    const HttpResult reused = call(instanceParams(QStringLiteral("rm-zero")), options);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.code(), QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test"))).status, 200);
}

void TestDasEmulator::failedSignatureDoesNotBurnNonce()
{
    SignOptions forged;
    forged.nonce = freshNonce();
    forged.signingKey = AccessKey {testKey.id, QStringLiteral("forged"), {}};
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test")), forged).code(), QStringLiteral("SignatureDoesNotMatch"));
    SignOptions genuine;
    genuine.nonce = forged.nonce;
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test")), genuine).status, 200);
}

void TestDasEmulator::securityToken_data()
{
    QTest::addColumn<QString>("clientToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("no token") << QString() << 400 << QStringLiteral("MissingSecurityToken");
    QTest::addRow("wrong token") << QStringLiteral("CAIS-wrong") << 403
                                 << QStringLiteral("InvalidSecurityToken.Mismatch");
    QTest::addRow("right token") << QStringLiteral("CAIS-sts-token/+=") << 200 << QStringLiteral("200");
}

void TestDasEmulator::securityToken()
{
    QFETCH(QString, clientToken);
    QFETCH(int, status);
    QFETCH(QString, code);
    const AccessKey sts {
        QStringLiteral("STS.emulator"), QStringLiteral("sts-secret"), QStringLiteral("CAIS-sts-token/+=")};
    m_emulator->setAccessKey(sts);
    SignOptions options;
    options.signingKey = AccessKey {sts.id, sts.secret, clientToken};
    const HttpResult result = call(instanceParams(QStringLiteral("rm-test")), options);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
}

void TestDasEmulator::invalidParams_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addRow("missing InstanceId") << QStringLiteral("missing instance");
    QTest::addRow("unknown InstanceId") << QStringLiteral("unknown instance");
    QTest::addRow("unknown ResultId") << QStringLiteral("unknown result");
    QTest::addRow("ResultId of another instance") << QStringLiteral("foreign result");
    QTest::addRow("ResultId of another node") << QStringLiteral("other node");
    QTest::addRow("expired ResultId") << QStringLiteral("expired result");
    QTest::addRow("NodeId not of the instance") << QStringLiteral("bad node");
    QTest::addRow("finished ResultId evicted by newer ones") << QStringLiteral("evicted result");
}

void TestDasEmulator::invalidParams()
{
    QFETCH(QString, scenario);
    Acs3::QueryParams params;
    QString namedResult;
    if (scenario == QLatin1String("missing instance")) {
        params = {{QStringLiteral("NodeId"), QStringLiteral("pi-a")}};
    } else if (scenario == QLatin1String("unknown instance")) {
        params = instanceParams(QStringLiteral("rm-nosuch"));
    } else if (scenario == QLatin1String("unknown result")) {
        namedResult = QStringLiteral("async__00000000000000000000000000000000");
        params = instanceParams(QStringLiteral("rm-test"), namedResult);
    } else if (scenario == QLatin1String("foreign result")) {
        namedResult = call(instanceParams(QStringLiteral("rm-other"))).resultId();
        params = instanceParams(QStringLiteral("rm-test"), namedResult);
    } else if (scenario == QLatin1String("other node")) {
        namedResult = call(instanceParams(QStringLiteral("pc-test"), {}, QStringLiteral("pi-a"))).resultId();
        params = instanceParams(QStringLiteral("pc-test"), namedResult, QStringLiteral("pi-b"));
    } else if (scenario == QLatin1String("expired result")) {
        namedResult = call(instanceParams(QStringLiteral("rm-test"))).resultId();
        QCOMPARE(call(instanceParams(QStringLiteral("rm-test"), namedResult)).status, 200);
        // The default time to live is 120 s of emulator clock; moving it stays within the 15 minutes
        // a signature tolerates.
        m_emulator->setClockSkewSeconds(121);
        params = instanceParams(QStringLiteral("rm-test"), namedResult);
    } else if (scenario == QLatin1String("evicted result")) {
        namedResult = call(instanceParams(QStringLiteral("rm-zero"))).resultId();
        for (size_t i = 0; i < DasEmulator::MaxFinishedPerInstance; ++i)
            QCOMPARE(call(instanceParams(QStringLiteral("rm-zero"))).state(), QStringLiteral("SUCCESS"));
        params = instanceParams(QStringLiteral("rm-zero"), namedResult);
    } else if (scenario == QLatin1String("bad node")) {
        params = instanceParams(QStringLiteral("pc-test"), {}, QStringLiteral("pi-zzz"));
    }
    QVERIFY(!params.isEmpty());
    if (scenario.endsWith(QLatin1String("result")) || scenario == QLatin1String("other node"))
        QVERIFY(namedResult.startsWith(QLatin1String("async__")));

    const HttpResult result = call(params);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("InvalidParams"));
    if (!namedResult.isEmpty())
        QVERIFY2(result.message().contains(namedResult), qPrintable(result.message()));
}

void TestDasEmulator::forgetsExpiredResultsBeyondTheBound()
{
    // A client fetching many times a second: each fetch is a new result, finished at once, which
    // evicts the one MaxFinishedPerInstance fetches before it.
    const auto fresh = [this] {
        const HttpResult result = call(instanceParams(QStringLiteral("rm-zero")));
        [&] { QCOMPARE(result.state(), QStringLiteral("SUCCESS")); }();
        return result.resultId();
    };
    const QString first = fresh();
    const QString second = fresh();
    for (qsizetype i = 0; i < DasEmulator::MaxExpiredResults + qsizetype(DasEmulator::MaxFinishedPerInstance) - 2; ++i)
        fresh();
    QVERIFY(!QTest::currentTestFailed());
    const QString newest = fresh();

    // MaxExpiredResults + 1 results are evicted now: the oldest is forgotten, the next still
    // answers "expired", the newest its snapshot.
    const HttpResult forgotten = call(instanceParams(QStringLiteral("rm-zero"), first));
    QCOMPARE(forgotten.status, 400);
    QCOMPARE(forgotten.code(), QStringLiteral("InvalidParams"));
    QVERIFY2(forgotten.message().contains(QLatin1String("does not exist")), qPrintable(forgotten.message()));
    const HttpResult expired = call(instanceParams(QStringLiteral("rm-zero"), second));
    QCOMPARE(expired.status, 400);
    QVERIFY2(expired.message().contains(QLatin1String("has expired")), qPrintable(expired.message()));
    const HttpResult kept = call(instanceParams(QStringLiteral("rm-zero"), newest));
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.state(), QStringLiteral("SUCCESS"));
    QCOMPARE(kept.resultId(), newest);
}

void TestDasEmulator::unusualInstanceIdSignsAndVerifies()
{
    const Acs3::QueryParams params = instanceParams(weirdInstanceId);
    const HttpResult result = call(params);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.state(), QStringLiteral("SUCCESS"));
    const DasEmulator::RequestRecord record = m_emulator->requests().last();
    // The bytes on the wire are the bytes signed.
    QCOMPARE(record.rawQuery, Acs3::canonicalQuery(params));
    for (const char* encoded : {"%2A", "%20", "~", "%2F", "%2B", "%E4%B8%AD"})
        QVERIFY2(record.rawQuery.contains(encoded), encoded);
    QCOMPARE(record.params.value(QStringLiteral("InstanceId")), weirdInstanceId);
    const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {weirdInstanceId, {}, 0});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.response.snapshot->totalSessionCount, 10);
}

void TestDasEmulator::rawQueryIsRecordedAsSent()
{
    // QNetworkAccessManager normalises %7E to ~ before sending, so this client writes HTTP itself.
    const Acs3::QueryParams params {
        {QStringLiteral("InstanceId"), QStringLiteral("rm-zero")}, {QStringLiteral("Trace"), QStringLiteral("a~b")}};
    const QByteArray wireQuery = "InstanceId=rm-zero&Trace=a%7Eb";
    const QByteArray request = rawRequest(prepare(m_port, params), wireQuery);

    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(connected.wait());
    QSignalSpy handled(m_emulator.get(), &DasEmulator::requestHandled);
    socket.write(request);
    QVERIFY(handled.wait());
    const auto record = handled.takeFirst().at(0).value<DasEmulator::RequestRecord>();
    QCOMPARE(record.rawQuery, wireQuery);
    QCOMPARE(record.params.value(QStringLiteral("Trace")), QStringLiteral("a~b"));
    // %7E and ~ decode alike, so the signature over the canonical form holds, as at the service.
    QCOMPARE(record.httpStatus, 200);

    QByteArray response;
    while (!response.contains("\r\n\r\n") && QSignalSpy(&socket, &QTcpSocket::readyRead).wait())
        response += socket.readAll();
    response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.left(200).constData());
}

void TestDasEmulator::requestsAreRecordedAndAnnounced()
{
    QSignalSpy handled(m_emulator.get(), &DasEmulator::requestHandled);
    SignOptions options;
    options.nonce = "0123456789abcdef0123456789abcdef";
    const HttpResult first = call(instanceParams(QStringLiteral("pc-test"), {}, QStringLiteral("pi-b")), options);
    QCOMPARE(first.status, 200);
    QCOMPARE(handled.size(), 1);
    const auto record = handled.at(0).at(0).value<DasEmulator::RequestRecord>();
    QCOMPARE(record.method, QByteArray("POST"));
    QCOMPARE(record.action, QByteArray(DasEmulator::Action));
    QCOMPARE(record.nonce, options.nonce);
    QCOMPARE(record.params.value(QStringLiteral("InstanceId")), QStringLiteral("pc-test"));
    QCOMPARE(record.params.value(QStringLiteral("NodeId")), QStringLiteral("pi-b"));
    QCOMPARE(record.httpStatus, 200);
    QVERIFY(record.errorCode.isEmpty());
    QVERIFY(record.fault.isEmpty());
    QVERIFY(qAbs(record.receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(m_emulator->requests().size(), 1);
    m_emulator->clearRequests();
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestDasEmulator::faults_data()
{
    QTest::addColumn<EmulatorFault>("fault");
    // Injected on rm-zero, whose first call normally returns the finished snapshot at once.
    const auto fault = [](EmulatorFault::Type type) {
        EmulatorFault f;
        f.type = type;
        return f;
    };
    QTest::addRow("http500") << fault(EmulatorFault::Type::Http500);
    QTest::addRow("http503") << fault(EmulatorFault::Type::Http503);
    EmulatorFault throttling = fault(EmulatorFault::Type::Throttling);
    throttling.retryAfterMs = 300;
    QTest::addRow("throttling") << throttling;
    QTest::addRow("connectionReset") << fault(EmulatorFault::Type::ConnectionReset);
    EmulatorFault stall = fault(EmulatorFault::Type::Stall);
    stall.stallMs = 400;
    QTest::addRow("stall") << stall;
    QTest::addRow("truncatedBody") << fault(EmulatorFault::Type::TruncatedBody);
    QTest::addRow("invalidJson") << fault(EmulatorFault::Type::InvalidJson);
    QTest::addRow("wrongTypes") << fault(EmulatorFault::Type::WrongTypes);
    EmulatorFault successFalse = fault(EmulatorFault::Type::SuccessFalse);
    successFalse.code = QStringLiteral("Forbidden.RAM");
    QTest::addRow("successFalse") << successFalse;
    QTest::addRow("stateFail") << fault(EmulatorFault::Type::StateFail);
    QTest::addRow("neverFinish") << fault(EmulatorFault::Type::NeverFinish);
    QTest::addRow("xmlError") << fault(EmulatorFault::Type::XmlError);
}

void TestDasEmulator::faults()
{
    QFETCH(EmulatorFault, fault);
    const QString id = QStringLiteral("rm-zero");
    m_emulator->injectFaults(id, {fault});
    QCOMPARE(m_emulator->pendingFaultCount(id), 1);
    // QNetworkAccessManager resends a request whose connection closed without an answer (see
    // qnamResendsAfterSilentClose), which would hide these two; a plain socket sees them as they are.
    const bool silent = fault.type == EmulatorFault::Type::ConnectionReset || fault.type == EmulatorFault::Type::Stall;
    HttpResult result;
    RawOutcome raw;
    if (silent) {
        const Acs3::QueryParams params = instanceParams(id);
        raw = posixExchange(rawRequest(prepare(m_port, params), Acs3::canonicalQuery(params)), 10000);
    } else {
        result = call(instanceParams(id), {}, 10000);
        QVERIFY(result.finished);
    }
    QCOMPARE(m_emulator->pendingFaultCount(id), 0);
    QCOMPARE(m_emulator->requests().size(), 1);
    QCOMPARE(m_emulator->requests().last().fault, EmulatorFault::typeName(fault.type));
    const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {id, {}, 0});

    switch (fault.type) {
    case EmulatorFault::Type::Http500:
        QCOMPARE(result.status, 500);
        QCOMPARE(result.code(), QStringLiteral("InternalError"));
        break;
    case EmulatorFault::Type::Http503:
        QCOMPARE(result.status, 503);
        QCOMPARE(result.code(), QStringLiteral("ServiceUnavailable"));
        break;
    case EmulatorFault::Type::Throttling:
        QCOMPARE(result.status, 400);
        QCOMPARE(result.code(), QStringLiteral("Throttling.User"));
        QCOMPARE(result.headers.value("x-acs-retry-after"), QByteArray("300"));
        break;
    case EmulatorFault::Type::ConnectionReset:
        // A reset (RST), not the close (FIN) that ends a stall; no wall-clock bound, which a loaded
        // machine overruns.
        QVERIFY(raw.reset);
        QVERIFY(raw.received.isEmpty());
        QCOMPARE(m_emulator->requests().last().httpStatus, 0);
        break;
    case EmulatorFault::Type::Stall:
        QVERIFY(raw.closed);
        QVERIFY(!raw.reset);
        QVERIFY(raw.received.isEmpty());
        QVERIFY2(raw.elapsedMs >= 380, qPrintable(QString::number(raw.elapsedMs)));
        QCOMPARE(m_emulator->requests().last().httpStatus, 0);
        break;
    case EmulatorFault::Type::TruncatedBody:
        QVERIFY(result.error != QNetworkReply::NoError);
        QVERIFY(result.body.size() > 1000);
        QCOMPARE(result.headers.value("content-length").toLongLong(), result.body.size() * 2);
        QVERIFY(!parsed.ok());
        break;
    case EmulatorFault::Type::InvalidJson:
        QCOMPARE(result.status, 200);
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        QVERIFY(!parsed.ok());
        break;
    case EmulatorFault::Type::WrongTypes: {
        QCOMPARE(result.status, 200);
        const QJsonObject data = result.data();
        QVERIFY(data.value(QLatin1String("Timestamp")).isObject());
        QVERIFY(data.value(QLatin1String("SessionData")).toObject().value(QLatin1String("SessionList")).isString());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(QLatin1String("Timestamp")), qPrintable(parsed.error));
        break;
    }
    case EmulatorFault::Type::SuccessFalse:
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QLatin1String("Success")), QJsonValue(false));
        QCOMPARE(result.code(), QStringLiteral("Forbidden.RAM"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.response.success);
        break;
    case EmulatorFault::Type::StateFail:
        QCOMPARE(result.status, 200);
        QCOMPARE(result.state(), QStringLiteral("FAIL"));
        QCOMPARE(result.data().value(QLatin1String("IsFinish")), QJsonValue(true));
        QCOMPARE(result.data().value(QLatin1String("Fail")), QJsonValue(true));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.response.finishedWithFailure());
        break;
    case EmulatorFault::Type::NeverFinish: {
        QCOMPARE(result.state(), QStringLiteral("RUNNING"));
        for (int poll = 0; poll < 5; ++poll) {
            const HttpResult again = call(instanceParams(id, result.resultId()));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.state(), QStringLiteral("RUNNING"));
        }
        break;
    }
    case EmulatorFault::Type::XmlError:
        QCOMPARE(result.status, 503);
        QVERIFY(result.headers.value("content-type").startsWith("application/xml"));
        QVERIFY(result.body.contains("<Error><RequestId>"));
        QVERIFY(result.body.contains("<Code>ServiceUnavailable</Code>"));
        QVERIFY(result.body.contains("<HostId>"));
        QVERIFY(result.body.contains("<Recommend>"));
        break;
    }

    // Used up: the next request is served normally.
    const HttpResult next = call(instanceParams(id));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.state(), QStringLiteral("SUCCESS"));
    QVERIFY(m_emulator->requests().last().fault.isEmpty());
}

void TestDasEmulator::faultPhaseAndTimes()
{
    const QString id = QStringLiteral("rm-test");
    EmulatorFault throttling;
    throttling.type = EmulatorFault::Type::Throttling;
    throttling.phase = EmulatorFault::Phase::Poll;
    throttling.times = 2;
    EmulatorFault firstOnly;
    firstOnly.type = EmulatorFault::Type::Http503;
    firstOnly.phase = EmulatorFault::Phase::First;
    m_emulator->injectFaults(id, {throttling, firstOnly});

    // The first call skips the poll-only fault and takes the first-call one.
    QCOMPARE(call(instanceParams(id)).status, 503);
    const HttpResult first = call(instanceParams(id));
    QCOMPARE(first.state(), QStringLiteral("RUNNING"));
    QCOMPARE(call(instanceParams(id, first.resultId())).code(), QStringLiteral("Throttling.User"));
    QCOMPARE(call(instanceParams(id, first.resultId())).code(), QStringLiteral("Throttling.User"));
    QCOMPARE(m_emulator->pendingFaultCount(id), 0);
    // Throttled polls consumed no RUNNING answer: one more RUNNING, then SUCCESS.
    QCOMPARE(call(instanceParams(id, first.resultId())).state(), QStringLiteral("RUNNING"));
    QCOMPARE(call(instanceParams(id, first.resultId())).state(), QStringLiteral("SUCCESS"));
}

void TestDasEmulator::qnamResendsAfterSilentClose()
{
    // A fact every client on QNetworkAccessManager must know: when a connection closes without any
    // answer, QNAM sends the same request again, same nonce included, and the service, which
    // had seen the nonce, answers SignatureNonceUsed.
    const QString id = QStringLiteral("rm-zero");
    EmulatorFault reset;
    reset.type = EmulatorFault::Type::ConnectionReset;
    m_emulator->injectFaults(id, {reset});
    const HttpResult result = call(instanceParams(id));
    const QList<DasEmulator::RequestRecord> records = m_emulator->requests();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].fault, QStringLiteral("connectionReset"));
    QCOMPARE(records[1].nonce, records[0].nonce);
    QCOMPARE(records[1].errorCode, QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("SignatureNonceUsed"));
}

void TestDasEmulator::persistentFault()
{
    const QString id = QStringLiteral("rm-zero");
    EmulatorFault unavailable;
    unavailable.type = EmulatorFault::Type::Http503;
    m_emulator->setPersistentFault(id, unavailable);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(instanceParams(id)).status, 503);
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test"))).status, 200);
    m_emulator->setPersistentFault(id, std::nullopt);
    QCOMPARE(call(instanceParams(id)).status, 200);
}

void TestDasEmulator::scenarioFileLoads()
{
    QString error;
    QVERIFY2(m_emulator->loadScenarioFile(QStringLiteral(DAS_EMULATOR_SOURCE_DIR "/scenarios/example.json"), &error),
        qPrintable(error));
    const EmulatorScenario& scenario = m_emulator->scenario();
    QCOMPARE(scenario.instances.size(), 4);
    const EmulatorInstance* flaky = scenario.instance(QStringLiteral("pxc-flaky"));
    QVERIFY(flaky);
    QCOMPARE(flaky->engine, EmulatorInstance::Engine::PolarDbX);
    QVERIFY(flaky->style.lowerCamelKeys);
    QVERIFY(flaky->style.stringScalars);
    QCOMPARE(flaky->faults.size(), 3);
    QCOMPARE(flaky->faults[0].type, EmulatorFault::Type::Throttling);
    QCOMPARE(flaky->faults[0].times, 2);
    QCOMPARE(flaky->faults[0].retryAfterMs, 300);
    QCOMPARE(flaky->faults[2].code, QStringLiteral("Forbidden.RAM"));
    QCOMPARE(scenario.instance(QStringLiteral("pc-demo"))->nodeIds,
        QStringList({QStringLiteral("pi-demo-1"), QStringLiteral("pi-demo-2")}));

    // The scenario's faults are queued: two throttled requests come first.
    const HttpResult throttled = call(instanceParams(QStringLiteral("pxc-flaky")));
    QCOMPARE(throttled.code(), QStringLiteral("Throttling.User"));
    QCOMPARE(throttled.headers.value("x-acs-retry-after"), QByteArray("300"));
    QCOMPARE(call(instanceParams(QStringLiteral("pxc-flaky"))).code(), QStringLiteral("Throttling.User"));
    const HttpResult denied = call(instanceParams(QStringLiteral("pxc-flaky")));
    QCOMPARE(denied.status, 200);
    QCOMPARE(QJsonDocument::fromJson(denied.body).object().value(QLatin1String("code")),
        QJsonValue(QStringLiteral("Forbidden.RAM")));
    QCOMPARE(call(instanceParams(QStringLiteral("rm-test"))).code(), QStringLiteral("InvalidParams"));
}

void TestDasEmulator::badScenario_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not JSON") << QByteArray("{\"instances\": [") << QStringLiteral("not valid JSON");
    QTest::addRow("no instances") << QByteArray("{}") << QStringLiteral("instances: expected an array");
    QTest::addRow("misspelt key") << QByteArray(R"({"instances":[{"instanceId":"rm-a","sesions":5}]})")
                                  << QStringLiteral("instances[0].sesions: unknown key");
    QTest::addRow("too many sessions") << QByteArray(R"({"instances":[{"instanceId":"rm-a","sessions":100001}]})")
                                       << QStringLiteral("instances[0].sessions: must be between 0 and 100000");
    QTest::addRow("fractional polls") << QByteArray(R"({"instances":[{"instanceId":"rm-a","runningPolls":1.5}]})")
                                      << QStringLiteral("instances[0].runningPolls: expected an integer");
    QTest::addRow("unknown fault") << QByteArray(
        R"({"instances":[{"instanceId":"rm-a","faults":[{"type":"http418"}]}]})")
                                   << QStringLiteral("instances[0].faults[0].type: unknown fault type \"http418\"");
    QTest::addRow("unknown phase") << QByteArray(
        R"({"instances":[{"instanceId":"rm-a","faults":[{"type":"stall","phase":"later"}]}]})")
                                   << QStringLiteral("instances[0].faults[0].phase: unknown phase");
    QTest::addRow("unknown key style") << QByteArray(R"({"instances":[{"instanceId":"rm-a","keyStyle":"snake"}]})")
                                       << QStringLiteral("instances[0].keyStyle: unknown key style");
    QTest::addRow("duplicate instance") << QByteArray(R"({"instances":[{"instanceId":"rm-a"},{"instanceId":"rm-a"}]})")
                                        << QStringLiteral("instances[1].instanceId: duplicate instance id \"rm-a\"");
    QTest::addRow("missing instance id") << QByteArray(R"({"instances":[{"sessions":5}]})")
                                         << QStringLiteral("instances[0].instanceId: missing");
    QTest::addRow("misspelt account key") << QByteArray(R"({"instances":[],"account":{"rdsInstance":3}})")
                                          << QStringLiteral("account.rdsInstance: unknown key");
    QTest::addRow("too large an account") << QByteArray(R"({"instances":[],"account":{"polarDbClusters":5001}})")
                                          << QStringLiteral("account.polarDbClusters: must be between 0 and 5000");
    QTest::addRow("unknown denied listing")
        << QByteArray(R"({"instances":[],"account":{"deniedActions":["DescribeInstances"]}})")
        << QStringLiteral("account.deniedActions[0]: unknown action \"DescribeInstances\"");
}

void TestDasEmulator::badScenario()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!EmulatorScenario::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestDasEmulator::generatorIsDeterministic()
{
    SessionGenerator a({42, 3000, false});
    SessionGenerator b({42, 3000, false});
    SessionGenerator c({43, 3000, false});
    QVERIFY(a.sessions() == b.sessions());
    QVERIFY(a.sessions() != c.sessions());
    for (int tick = 0; tick < 3; ++tick) {
        a.advance(5);
        b.advance(5);
        QVERIFY(a.sessions() == b.sessions());
    }
    QCOMPARE(a.elapsedSeconds(), 15);
}

void TestDasEmulator::generatorSizes_data()
{
    QTest::addColumn<int>("count");
    for (int count : {0, 1, 3, 600, EmulatorInstance::MaxSessions})
        QTest::addRow("%d", count) << count;
}

void TestDasEmulator::generatorSizes()
{
    QFETCH(int, count);
    QElapsedTimer timer;
    timer.start();
    SessionGenerator generator({7, count, false});
    const qint64 generated = timer.elapsed();
    generator.advance(5);
    const qint64 advanced = timer.elapsed() - generated;
    if (count == EmulatorInstance::MaxSessions) {
        qInfo("generating %d sessions: %lld ms; one tick of evolution: %lld ms", count, generated, advanced);
    }
    QCOMPARE(generator.sessions().size(), count);
    QSet<qint64> ids;
    qint64 previous = 0;
    for (const Session& session : generator.sessions()) {
        QVERIFY(session.sessionId > previous);
        previous = session.sessionId;
        ids.insert(session.sessionId);
    }
    QCOMPARE(ids.size(), count);
}

void TestDasEmulator::generatorEvolution()
{
    constexpr int tick = 5;
    SessionGenerator generator({99, 4000, false});
    const QList<Session> before = generator.sessions();
    generator.advance(tick);
    const QList<Session> after = generator.sessions();
    QCOMPARE(after.size(), before.size());

    QHash<qint64, Session> old;
    qint64 maxOldId = 0;
    for (const Session& session : before) {
        old.insert(session.sessionId, session);
        maxOldId = std::max(maxOldId, session.sessionId);
    }
    int continuing = 0;
    int sameCommand = 0;
    int switched = 0;
    int newcomers = 0;
    int trxGrown = 0;
    for (const Session& session : after) {
        const auto it = old.constFind(session.sessionId);
        if (it == old.constEnd()) {
            QVERIFY(session.sessionId > maxOldId);
            ++newcomers;
            continue;
        }
        ++continuing;
        QCOMPARE(session.user, it->user);
        QCOMPARE(session.client, it->client);
        if (session.command == it->command) {
            ++sameCommand;
            QCOMPARE(session.time, it->time + tick);
        } else {
            ++switched;
            QVERIFY(session.time < tick);
        }
        if (session.isIdleInTransaction() && it->isIdleInTransaction() && session.trxId == it->trxId) {
            QCOMPARE(session.trxDuration, it->trxDuration + tick);
            ++trxGrown;
        }
    }
    QCOMPARE(newcomers, before.size() - continuing);
    QVERIFY(newcomers > 0);
    QVERIFY(continuing > before.size() / 2);
    QVERIFY(sameCommand > before.size() / 2);
    QVERIFY(switched > 0);
    QVERIFY(trxGrown > 0);
}

void TestDasEmulator::generatorMix()
{
    SessionGenerator generator({7, 600, false});
    QSet<QString> commands;
    QSet<QString> users;
    int idleInTransaction = 0;
    int nullDatabase = 0;
    int longRunning = 0;
    int multiLine = 0;
    int nonAscii = 0;
    int emoji = 0;
    int aliased = 0;
    int templated = 0;
    int sleeping = 0;
    const QRegularExpression documentationAddress(
        QStringLiteral("^(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}$|^localhost$"));
    for (const Session& session : generator.sessions()) {
        commands.insert(session.command);
        users.insert(session.user);
        idleInTransaction += session.isIdleInTransaction() ? 1 : 0;
        nullDatabase += session.dbName.isNull() ? 1 : 0;
        longRunning += session.isActive() && session.time >= 300 ? 1 : 0;
        multiLine += session.sqlText.contains(QLatin1Char('\n')) ? 1 : 0;
        nonAscii
            += std::any_of(session.sqlText.cbegin(), session.sqlText.cend(), [](QChar c) { return c.unicode() > 0x7f; })
            ? 1
            : 0;
        emoji += std::any_of(
                     session.sqlText.cbegin(), session.sqlText.cend(), [](QChar c) { return c.isHighSurrogate(); })
            ? 1
            : 0;
        aliased += session.userClientAlias.isEmpty() ? 0 : 1;
        templated += session.sqlTemplateId.isEmpty() ? 0 : 1;
        sleeping += session.command == QLatin1String("Sleep") ? 1 : 0;
        QVERIFY2(documentationAddress.match(session.client).hasMatch(), qPrintable(session.client));
        if (session.isIdleInTransaction())
            QVERIFY(session.trxDuration >= session.time);
    }
    for (const char* command : {"Sleep", "Query", "Execute", "Binlog Dump", "Binlog Dump GTID", "Daemon"})
        QVERIFY2(commands.contains(QLatin1String(command)), command);
    for (const char* user : {"app_rw", "app_ro", "report", "repl", "dts_sync", "root", "event_scheduler"})
        QVERIFY2(users.contains(QLatin1String(user)), user);
    QVERIFY(sleeping > 600 / 2);
    QVERIFY(idleInTransaction > 0);
    QVERIFY(nullDatabase > 0);
    QVERIFY(longRunning > 0);
    QVERIFY(multiLine > 0);
    QVERIFY(nonAscii > 0);
    QVERIFY(emoji > 0);
    QVERIFY(aliased > 0);
    QCOMPARE(templated, 0);

    SessionGenerator polarDbX({7, 600, true});
    QVERIFY(std::any_of(polarDbX.sessions().cbegin(), polarDbX.sessions().cend(),
        [](const Session& s) { return s.sqlTemplateId.size() == 8; }));
}

void TestDasEmulator::jsonEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto same = [](const QString& text) { return std::make_pair(text, text); };
    const QList<std::pair<const char*, std::pair<QString, QString>>> rows {
        {"plain", same(QStringLiteral("SELECT 1"))},
        {"quotes and backslashes", same(QStringLiteral("say \"hi\" \\ C:\\path"))},
        {"newlines and tabs", same(QStringLiteral("a\nb\r\nc\td"))},
        {"control characters", same(QString::fromUtf16(u"\u0001\u0008\u000c\u001f\u007f"))},
        {"nul", same(QString(QChar(0)) + QStringLiteral("x"))},
        {"Chinese", same(QStringLiteral("查询订单 /* 上海仓 */"))},
        {"emoji", same(QStringLiteral("小明🚀🔥"))},
        {"line separator", same(QString::fromUtf16(u"a\u2028b"))},
        {"lone high surrogate",
            {QString(QChar(0xd83d)) + QStringLiteral("x"), QString(QChar(0xfffd)) + QStringLiteral("x")}},
        {"lone low surrogate", {QString(QChar(0xdc00)), QString(QChar(0xfffd))}},
        {"long ASCII run", same(QString(1000, QLatin1Char('a')) + QStringLiteral("é"))},
    };
    for (const auto& [name, values] : rows)
        QTest::addRow("%s", name) << values.first << values.second;
}

void TestDasEmulator::jsonEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    JsonWriter writer;
    writer.beginArray();
    writer.string(text);
    writer.string(QString());
    writer.integer(-9'007'199'254'740'991LL);
    writer.boolean(true);
    writer.endArray();
    const QByteArray json = writer.take();
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.at(0).toString(), expected);
    QVERIFY(array.at(1).isNull());
    QCOMPARE(array.at(2).toInteger(), -9'007'199'254'740'991LL);
    QCOMPARE(array.at(3), QJsonValue(true));
    for (const char c : json)
        QVERIFY(static_cast<unsigned char>(c) >= 0x20);
}

void TestDasEmulator::largeResponse()
{
    QElapsedTimer timer;
    timer.start();
    SessionGenerator generator(
        SessionGenerator::optionsFor(*m_emulator->scenario().instance(QStringLiteral("rm-large")), 0));
    const qint64 generated = timer.restart();
    const SessionSnapshot snapshot = generator.snapshot();
    const qint64 aggregated = timer.restart();
    const QByteArray body = DasResponseWriter::finished(
        {QStringLiteral("REQ"), QStringLiteral("async__x"), 1}, snapshot, 1'700'000'000'000'000LL, {});
    const qint64 written = timer.restart();
    qInfo("100,000 sessions: generated in %lld ms, aggregated in %lld ms, written (%lld bytes) in %lld ms", generated,
        aggregated, qint64(body.size()), written);

    // The same over loopback HTTP, parsed by the client's parser.
    timer.restart();
    const HttpResult result = call(instanceParams(QStringLiteral("rm-large")), {}, 120000);
    const qint64 served = timer.restart();
    QCOMPARE(result.status, 200);
    const auto parsed = SnapshotParser::parseAsyncResponse(result.body, {QStringLiteral("rm-large"), {}, 0});
    const qint64 parsedIn = timer.elapsed();
    qInfo("100,000 sessions over loopback: answered in %lld ms (%lld bytes), parsed by SnapshotParser in %lld ms",
        served, qint64(result.body.size()), parsedIn);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.response.snapshot->sessions.size(), EmulatorInstance::MaxSessions);
    QCOMPARE(parsed.response.snapshot->totalSessionCount, snapshot.totalSessionCount);
    QCOMPARE(parsed.response.snapshot->activeSessionCount, snapshot.activeSessionCount);
    QVERIFY(parsed.response.snapshot->sessions == snapshot.sessions);
}

void TestDasEmulator::commandLineServesAndLogsNoSecret()
{
    QProcess process;
    process.start(QStringLiteral(DAS_EMULATOR_EXECUTABLE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key-id"), testKey.id,
            QStringLiteral("--access-key-secret"), testKey.secret});
    QVERIFY(process.waitForStarted());
    while (!process.canReadLine() && process.state() == QProcess::Running)
        process.waitForReadyRead(10000);
    const QString banner = QString::fromUtf8(process.readLine());
    const auto match
        = QRegularExpression(QStringLiteral("^das-emulator listening on http://127\\.0\\.0\\.1:(\\d+)/\\n$"))
              .match(banner);
    QVERIFY2(match.hasMatch(), qPrintable(banner));
    const quint16 port = quint16(match.captured(1).toUInt());
    QVERIFY(port != 0);

    const Prepared prepared = prepare(port, instanceParams(QStringLiteral("rm-demo")));
    const HttpResult result = send(prepared);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.state(), QStringLiteral("RUNNING"));
    SignOptions wrong;
    wrong.signingKey = AccessKey {testKey.id, QStringLiteral("wrong-secret-123"), {}};
    QCOMPARE(send(prepare(port, instanceParams(QStringLiteral("rm-demo")), wrong)).code(),
        QStringLiteral("SignatureDoesNotMatch"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GetMySQLAllSessionAsync instance=rm-demo"), log.constData());
    QVERIFY2(log.contains("status=200"), log.constData());
    QVERIFY2(log.contains("code=SignatureDoesNotMatch"), log.constData());
    QVERIFY(!log.contains(testKey.secret.toUtf8()));
    QVERIFY(!log.contains("wrong-secret-123"));
    QVERIFY(!log.contains(prepared.signature.signature));
    QVERIFY(!log.contains("Authorization"));
    QVERIFY(!log.contains("Credential"));
}

void TestDasEmulator::commandLineRejectsBadScenario()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"instances":[{"instanceId":"rm-a","sesions":5}]})");
    file.close();
    QProcess process;
    process.start(QStringLiteral(DAS_EMULATOR_EXECUTABLE),
        {QStringLiteral("--access-key-id"), testKey.id, QStringLiteral("--access-key-secret"), testKey.secret,
            QStringLiteral("--scenario"), file.fileName()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(file.fileName()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("instances[0].sesions: unknown key")), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestDasEmulator)
#include "tst_dasemulator.moc"
