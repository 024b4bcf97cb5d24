// SPDX-License-Identifier: GPL-3.0-or-later
#include "dasemulator.h"

#include "base/credential.h"
#include "dasresponsewriter.h"
#include "inventoryresponder.h"
#include "loopbacktcpserver.h"
#include "realserver.h"
#include "sessiongenerator.h"

#include <QHttpServerRequest>
#include <QLocale>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>
#include <cmath>
#include <deque>
#include <map>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

struct DasEmulator::Reply
{
    enum class Delivery
    {
        Send,
        Truncate, // full Content-Length, half the body, then close
        Reset, // RST, nothing answered
        Stall, // nothing answered for stallMs, then close
    };

    Delivery delivery = Delivery::Send;
    int status = 200;
    QByteArray contentType = "application/json;charset=utf-8";
    QByteArray body;
    QString requestId;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    int stallMs = 0;
    // Empty for a success.
    QString errorCode;
    QString fault;
};

struct DasEmulator::AsyncResult
{
    QString id;
    QString instanceId;
    QString nodeId;
    // Emulator clock, epoch ms: Data.Timestamp, and the start of its time to live.
    qint64 createdMs = 0;
    int runningLeft = 0;
    bool neverFinish = false;
    // Finished, then its snapshot was dropped to bound memory: polling it says "expired".
    bool evicted = false;
    // Counted among the results that can only answer "expired" (m_expiredOrder).
    bool counted = false;
    // Set once finished.
    std::shared_ptr<const SessionSnapshot> snapshot;
    qint64 sessionTimeStampUs = 0;
    // A real server's instance: its snapshot is being read, or was read (until finished), or could
    // not be read (then the result answers FAIL).
    bool realPending = false;
    SnapshotPtr realSnapshot;
    FetchError realError;
};

struct DasEmulator::KillTask
{
    QString id;
    QString instanceId;
    QString nodeId;
    int runningLeft = 0;
    QList<qint64> sessionIds;
    // Decided when the task was created; the sessions it killed were ended then. On a real server,
    // those sent to it have an empty reason until it has answered (`pending`).
    QList<DasResponseWriter::KillReport> reports;
    bool pending = false;
};

struct DasEmulator::InstanceState
{
    EmulatorInstance config;
    // Keyed by node id ("" for an instance without nodes).
    std::map<QString, std::unique_ptr<SessionGenerator>> generators;
    QList<EmulatorFault> queue;
    std::optional<EmulatorFault> persistent;
    // Finished results holding a snapshot, oldest first.
    std::deque<std::weak_ptr<AsyncResult>> finished;
    // Set when the instance is backed by a real server (config.server).
    std::unique_ptr<RealServer> real;
    // The real server's latest snapshot: who a kill task's sessions were.
    SnapshotPtr lastReal;
    // Ticket → the result or kill task waiting for it.
    QHash<quint64, QString> snapshotTickets;
    QHash<quint64, QString> killTickets;

    SessionGenerator& generator(const QString& nodeId)
    {
        auto& slot = generators[nodeId];
        if (!slot) {
            const qsizetype index = std::max<qsizetype>(config.nodeIds.indexOf(nodeId), 0);
            slot = std::make_unique<SessionGenerator>(SessionGenerator::optionsFor(config, index));
        }
        return *slot;
    }
};

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString newResultId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    return QStringLiteral("async__") + QString::fromLatin1(bytes.toHex());
}

QString newKillTaskId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

// The value of DbUserPassword in a raw query string replaced, so that no record holds it.
QByteArray redactPassword(const QByteArray& rawQuery)
{
    QList<QByteArray> pairs = rawQuery.split('&');
    bool changed = false;
    for (QByteArray& pair : pairs) {
        if (pair.startsWith("DbUserPassword=")) {
            pair = QByteArray("DbUserPassword=") + DasEmulator::RedactedPassword;
            changed = true;
        }
    }
    return changed ? pairs.join('&') : rawQuery;
}

// "[1,2]" → {1, 2}; nullopt unless a JSON array of positive integers.
std::optional<QList<qint64>> parseSessionIds(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue& value : document.array()) {
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 1 || d > 9.0e15 || std::floor(d) != d)
            return std::nullopt;
        ids.append(static_cast<qint64>(d));
    }
    return ids;
}

std::optional<QStringList> parseUserList(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList users;
    for (const QJsonValue& value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        users.append(value.toString());
    }
    return users;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Strict application/x-www-form-urlencoded decoding, as the gateway's: '+' is a space, '%' must be
// followed by two hex digits, the result must be UTF-8.
std::optional<QString> decodeComponent(const QByteArray& encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= encoded.size())
                return std::nullopt;
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

std::optional<SignatureVerifier::QueryParams> decodeQuery(const QByteArray& rawQuery)
{
    SignatureVerifier::QueryParams params;
    for (const QByteArray& pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto name = decodeComponent(equals < 0 ? pair : pair.left(equals));
        const auto value = decodeComponent(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value)
            return std::nullopt;
        params.append({*name, *value});
    }
    return params;
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace

DasEmulator::DasEmulator(QObject* parent)
    : QAbstractHttpServer(parent)
{
    setScenario(EmulatorScenario::demo());
}

DasEmulator::~DasEmulator() = default;

void DasEmulator::setAccessKey(const AccessKey& key)
{
    m_verifier.setAccessKey(key);
}

void DasEmulator::setScenario(const EmulatorScenario& scenario)
{
    m_scenario = scenario;
    for (const EmulatorInstance& generated : scenario.account.generatedInstances()) {
        if (!m_scenario.instance(generated.instanceId))
            m_scenario.instances.append(generated);
    }
    m_clockSkewSeconds = scenario.clockSkewSeconds;
    m_instances.clear();
    m_results.clear();
    m_expiredOrder.clear();
    m_killTasks.clear();
    m_killTaskOrder.clear();
    for (const EmulatorInstance& config : std::as_const(m_scenario.instances))
        m_instances.insert(config.instanceId, makeInstance(config));
}

void DasEmulator::setListingDenied(const QString& action, bool denied)
{
    QStringList& actions = m_scenario.account.deniedActions;
    actions.removeAll(action);
    if (denied)
        actions.append(action);
}

void DasEmulator::addInstance(const EmulatorInstance& instance)
{
    m_scenario.instances.removeIf([&](const EmulatorInstance& old) { return old.instanceId == instance.instanceId; });
    m_scenario.instances.append(instance);
    m_instances.insert(instance.instanceId, makeInstance(instance));
}

std::shared_ptr<DasEmulator::InstanceState> DasEmulator::makeInstance(const EmulatorInstance& config)
{
    auto state = std::make_shared<InstanceState>();
    state->config = config;
    state->queue = config.faults;
    if (config.server) {
        state->real = std::make_unique<RealServer>(*config.server);
        RealServer* real = state->real.get();
        const QString id = config.instanceId;
        connect(real, &RealServer::snapshotTaken, real,
            [this, id](quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error) {
                onRealSnapshot(id, ticket, snapshot, error);
            });
        connect(real, &RealServer::killed, real,
            [this, id](quint64 ticket, const CommandResult& result) { onRealKilled(id, ticket, result); });
    }
    return state;
}

void DasEmulator::onRealSnapshot(
    const QString& instanceId, quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error)
{
    const auto instance = m_instances.value(instanceId);
    if (!instance)
        return;
    const auto result = m_results.value(instance->snapshotTickets.take(ticket));
    if (snapshot)
        instance->lastReal = snapshot;
    if (!result)
        return;
    result->realPending = false;
    result->realSnapshot = snapshot;
    result->realError = snapshot ? FetchError() : error;
}

namespace {

// DAS's Reason for what the server did with one KILL CONNECTION.
QString reasonFor(const SessionOutcome& outcome)
{
    switch (outcome.result) {
    case SessionOutcome::Result::Done:
        return QStringLiteral("SESSION_KILLED");
    case SessionOutcome::Result::AlreadyGone:
        return QStringLiteral("SESSION_EXPIRED");
    case SessionOutcome::Result::Refused:
        // The emulator's own monitoring connection is the service's, as a maintenance account's is.
        if (outcome.error.category() != FetchError::Category::Permission)
            return QStringLiteral("SESSION_INTERNAL_USER_OR_COMMAND");
        return QStringLiteral("SESSION_NO_PERMISSION");
    case SessionOutcome::Result::Failed:
        break;
    }
    return QStringLiteral("SESSION_OTHER_ERROR");
}

} // namespace

void DasEmulator::onRealKilled(const QString& instanceId, quint64 ticket, const CommandResult& result)
{
    const auto instance = m_instances.value(instanceId);
    if (!instance)
        return;
    const auto task = m_killTasks.value(instance->killTickets.take(ticket));
    if (!task)
        return;
    for (const SessionOutcome& outcome : result.outcomes) {
        for (DasResponseWriter::KillReport& report : task->reports) {
            if (report.session.sessionId == outcome.sessionId && report.reason.isEmpty()) {
                report.reason = reasonFor(outcome);
                break;
            }
        }
    }
    // A session the server said nothing about was not killed.
    for (DasResponseWriter::KillReport& report : task->reports) {
        if (report.reason.isEmpty())
            report.reason = QStringLiteral("SESSION_OTHER_ERROR");
    }
    task->pending = false;
}

bool DasEmulator::loadScenarioFile(const QString& path, QString* error)
{
    const auto scenario = EmulatorScenario::fromFile(path, error);
    if (!scenario)
        return false;
    setScenario(*scenario);
    return true;
}

void DasEmulator::setClockSkewSeconds(qint64 seconds)
{
    m_clockSkewSeconds = seconds;
}

QDateTime DasEmulator::serverTime() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockSkewSeconds);
}

quint16 DasEmulator::listenOnLoopback(quint16 port)
{
    return listenOnLoopback(QSslConfiguration(), port);
}

quint16 DasEmulator::listenOnLoopback(const QSslConfiguration& tls, quint16 port)
{
    auto* server = new LoopbackTcpServer(this);
    server->setTlsConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_server = server;
    m_port = server->serverPort();
    return m_port;
}

QUrl DasEmulator::endpoint() const
{
    const bool tls = m_server && m_server->isTls();
    return QUrl((tls ? QStringLiteral("https://127.0.0.1:%1/") : QStringLiteral("http://127.0.0.1:%1/")).arg(m_port));
}

qsizetype DasEmulator::connectionCount() const
{
    return m_server ? m_server->connectionCount() : 0;
}

void DasEmulator::injectFaults(const QString& instanceId, const QList<EmulatorFault>& faults)
{
    if (const auto state = m_instances.value(instanceId))
        state->queue.append(faults);
}

void DasEmulator::setPersistentFault(const QString& instanceId, std::optional<EmulatorFault> fault)
{
    if (const auto state = m_instances.value(instanceId))
        state->persistent = std::move(fault);
}

qsizetype DasEmulator::pendingFaultCount(const QString& instanceId) const
{
    const auto state = m_instances.value(instanceId);
    return state ? state->queue.size() : 0;
}

bool DasEmulator::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    RequestRecord record;
    const Reply reply = process(request, socket, record);
    record.httpStatus
        = reply.delivery == Reply::Delivery::Reset || reply.delivery == Reply::Delivery::Stall ? 0 : reply.status;
    record.errorCode = reply.errorCode;
    record.fault = reply.fault;
    if (record.params.contains(QStringLiteral("DbUserPassword"))) {
        record.params.insert(QStringLiteral("DbUserPassword"), QLatin1String(RedactedPassword));
        record.rawQuery = redactPassword(record.rawQuery);
    }
    const bool closeAfter = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    deliver(socket, reply, closeAfter);

    m_requests.append(record);
    if (m_requests.size() > MaxRecords)
        m_requests.remove(0, m_requests.size() - MaxRecords);
    emit requestHandled(record);
    return true;
}

void DasEmulator::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    Reply reply;
    reply.status = 404;
    reply.requestId = newRequestId();
    reply.body = DasResponseWriter::errorJson({reply.requestId, QLatin1String(HostId),
        QStringLiteral("InvalidAction.NotFound"), QStringLiteral("Specified api is not found."), QString()});
    deliver(socket, reply, false);
}

DasEmulator::Reply DasEmulator::process(const QHttpServerRequest& request, QTcpSocket* socket, RequestRecord& record)
{
    const QDateTime now = serverTime();
    const QString requestId = newRequestId();
    const auto error = [&](int status, const char* code, const QString& message) {
        Reply reply;
        reply.status = status;
        reply.requestId = requestId;
        reply.errorCode = QLatin1String(code);
        const QString recommend = QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=DAS&requestId=%2")
                                      .arg(reply.errorCode, requestId);
        reply.body
            = DasResponseWriter::errorJson({requestId, QLatin1String(HostId), reply.errorCode, message, recommend});
        return reply;
    };

    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = methodName(request.method());
    record.action = request.value("x-acs-action");
    record.nonce = request.value("x-acs-signature-nonce");

    // The raw request-target when the tap followed the connection; QUrl's form otherwise.
    const QByteArray urlQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.rawQuery = urlQuery;
    if (const auto target = m_server ? m_server->takeRequestTarget(socket) : std::nullopt) {
        QByteArray rawTarget = *target;
        if (const qsizetype hash = rawTarget.indexOf('#'); hash >= 0)
            rawTarget.truncate(hash);
        const qsizetype question = rawTarget.indexOf('?');
        const QByteArray rawQuery = question < 0 ? QByteArray() : rawTarget.mid(question + 1);
        QUrl check;
        check.setQuery(QString::fromUtf8(rawQuery));
        if (check.query(QUrl::FullyEncoded).toUtf8() == urlQuery) {
            record.rawQuery = rawQuery;
            path = question < 0 ? rawTarget : rawTarget.left(question);
        }
    }
    const auto params = decodeQuery(record.rawQuery);
    if (params) {
        for (const auto& [name, value] : *params) {
            if (!record.params.contains(name))
                record.params.insert(name, value);
        }
    }

    if (path != "/")
        return error(404, "InvalidAction.NotFound",
            QStringLiteral("Specified api is not found, please check your url and method: RPC calls go to "
                           "the path /."));
    if (request.method() != QHttpServerRequest::Method::Post)
        return error(405, "UnsupportedHTTPMethod",
            QStringLiteral("The HTTP method %1 is not supported: use POST.").arg(QString::fromLatin1(record.method)));
    if (!params)
        return error(400, "InvalidParameter", QStringLiteral("The query string is not valid percent-encoded UTF-8."));

    SignatureVerifier::Request verification;
    verification.method = record.method;
    verification.query = *params;
    for (const auto& header : request.headers())
        verification.headers.append({header.first, header.second});
    verification.body = request.body();
    const SignatureVerifier::Outcome outcome = m_verifier.verify(verification, now);
    if (!outcome.ok)
        return error(outcome.httpStatus, outcome.code.toLatin1().constData(), outcome.message);

    if (record.action == RdsListAction || record.action == PolarDbListAction)
        return listing(request, record, requestId);

    const bool isKillCreate = record.action == KillAction || record.action == KillWithMaintainUserAction;
    const bool isKillResult = record.action == KillResultAction;
    if (record.action != Action && !isKillCreate && !isKillResult)
        return error(404, "InvalidAction.NotFound",
            QStringLiteral("Specified api is not found, please check your url and method: %1 is not an "
                           "action of DAS %2.")
                .arg(QString::fromUtf8(record.action), QLatin1String(Version)));
    if (request.value("x-acs-version") != Version)
        return error(400, "InvalidVersion",
            QStringLiteral("Specified parameter Version is not valid: DAS serves %1 with version %2.")
                .arg(QString::fromUtf8(record.action), QLatin1String(Version)));
    if (!request.body().isEmpty())
        return error(400, "InvalidParams",
            QStringLiteral("The request body must be empty: %1 takes its parameters in the query string.")
                .arg(QString::fromUtf8(record.action)));

    const QString instanceId = record.params.value(QStringLiteral("InstanceId"));
    if (instanceId.isEmpty())
        return error(
            400, "InvalidParams", QStringLiteral("The request parameters are invalid: InstanceId is mandatory."));
    const auto instance = m_instances.value(instanceId);
    if (!instance)
        return error(400, "InvalidParams",
            QStringLiteral("The request parameters are invalid: the instance %1 does not exist, or is not an "
                           "ApsaraDB RDS for MySQL, PolarDB for MySQL or PolarDB-X 2.0 instance.")
                .arg(instanceId));
    const QString requestedNode = record.params.value(QStringLiteral("NodeId"));
    const QStringList& nodes = instance->config.nodeIds;
    if (!nodes.isEmpty() && !requestedNode.isEmpty() && !nodes.contains(requestedNode))
        return error(400, "InvalidParams",
            QStringLiteral("The request parameters are invalid: the node %1 does not belong to the instance %2.")
                .arg(requestedNode, instanceId));
    // The primary node when none is named.
    const QString nodeId = nodes.isEmpty() ? QString() : (requestedNode.isEmpty() ? nodes.front() : requestedNode);

    if (isKillCreate || isKillResult) {
        if (const auto fault = takeFault(*instance, isKillResult, true)) {
            Reply reply = applyFault(*fault, *instance, nullptr, nodeId, requestId, now);
            reply.fault = EmulatorFault::typeName(fault->type);
            return reply;
        }
        return isKillCreate ? createKillTask(*instance, record, requestId, now)
                            : killTaskResult(*instance, record, requestId);
    }

    pruneResults(now);
    const QString resultId = record.params.value(QStringLiteral("ResultId"));
    const bool isPoll = !resultId.isEmpty();
    std::shared_ptr<AsyncResult> result;
    if (isPoll) {
        result = m_results.value(resultId);
        if (!result)
            return error(400, "InvalidParams",
                QStringLiteral("The request parameters are invalid: the ResultId %1 does not exist.").arg(resultId));
        if (result->instanceId != instanceId)
            return error(400, "InvalidParams",
                QStringLiteral("The request parameters are invalid: the ResultId %1 does not belong to the "
                               "instance %2.")
                    .arg(resultId, instanceId));
        if (result->nodeId != nodeId)
            return error(400, "InvalidParams",
                QStringLiteral("The request parameters are invalid: the ResultId %1 was created for the node "
                               "%2, not %3.")
                    .arg(resultId, result->nodeId, nodeId));
        if (result->evicted
            || now.toMSecsSinceEpoch() - result->createdMs > qint64(instance->config.resultTtlSeconds) * 1000)
            return error(400, "InvalidParams",
                QStringLiteral("The request parameters are invalid: the ResultId %1 has expired.").arg(resultId));
    }

    if (const auto fault = takeFault(*instance, isPoll)) {
        Reply reply = applyFault(*fault, *instance, result, nodeId, requestId, now);
        reply.fault = EmulatorFault::typeName(fault->type);
        return reply;
    }
    if (!result)
        result = createResult(*instance, nodeId, now);
    return answer(*instance, result, isPoll, requestId, now);
}

QStringList DasEmulator::internalUsers()
{
    return {QStringLiteral("aliyun_root")};
}

DasEmulator::Reply DasEmulator::errorReply(
    int status, const QString& code, const QString& message, const QString& requestId) const
{
    Reply reply;
    reply.status = status;
    reply.requestId = requestId;
    reply.errorCode = code;
    reply.body = DasResponseWriter::errorJson({requestId, QLatin1String(HostId), code, message,
        QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=DAS&requestId=%2").arg(code, requestId)});
    return reply;
}

DasEmulator::Reply DasEmulator::listing(
    const QHttpServerRequest& request, const RequestRecord& record, const QString& requestId)
{
    const QString action = QString::fromLatin1(record.action);
    const bool rds = record.action == RdsListAction;
    const QString host = InventoryResponder::hostId(action);
    const auto error = [&](int status, const QString& code, const QString& message) {
        Reply reply;
        reply.status = status;
        reply.requestId = requestId;
        reply.errorCode = code;
        reply.body = DasResponseWriter::errorJson({requestId, host, code, message,
            QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
                .arg(code, rds ? QStringLiteral("Rds") : QStringLiteral("polardb"), requestId)});
        return reply;
    };
    const QByteArray version = rds ? QByteArray(RdsVersion) : QByteArray(PolarDbVersion);
    if (request.value("x-acs-version") != version)
        return error(400, QStringLiteral("InvalidVersion"),
            QStringLiteral("Specified parameter Version is not valid: %1 is served with version %2.")
                .arg(action, QLatin1String(version)));
    if (!request.body().isEmpty())
        return error(400, QStringLiteral("InvalidParameter"),
            QStringLiteral("The request body must be empty: %1 takes its parameters in the query string.").arg(action));
    if (m_scenario.account.deniedActions.contains(action)) {
        Reply reply;
        reply.status = 403;
        reply.requestId = requestId;
        reply.errorCode = QStringLiteral("Forbidden.RAM");
        reply.body = InventoryResponder::deniedBody(action, requestId);
        return reply;
    }
    const int page = record.params.value(QStringLiteral("PageNumber"), QStringLiteral("1")).toInt();
    std::optional<qint64> total;
    for (const InventoryFault& fault : std::as_const(m_inventoryFaults)) {
        if (fault.action != action || (fault.page != 0 && fault.page != page))
            continue;
        if (fault.type == InventoryFault::Type::InvalidJson) {
            Reply reply;
            reply.requestId = requestId;
            reply.body = QByteArray("{\"Items\": {\"DBInstance\": [ <html>");
            reply.fault = QStringLiteral("invalidJson");
            return reply;
        }
        total = fault.totalRecordCount;
    }
    const InventoryResponder::Answer answer
        = InventoryResponder::describe(action, record.params, m_scenario.instances, requestId, total);
    if (answer.status != 200)
        return error(answer.status, answer.code, answer.message);
    Reply reply;
    reply.requestId = requestId;
    reply.body = answer.body;
    if (total)
        reply.fault = QStringLiteral("totalRecordCount");
    return reply;
}

DasEmulator::Reply DasEmulator::createKillTask(
    InstanceState& instance, const RequestRecord& record, const QString& requestId, const QDateTime& now)
{
    Q_UNUSED(now);
    const auto invalid = [&](const QString& message) {
        return errorReply(400, QStringLiteral("InvalidParams"),
            QStringLiteral("The request parameters are invalid: %1").arg(message), requestId);
    };
    const QMap<QString, QString>& params = record.params;
    const bool withAccount = record.action == KillAction;

    const QString killAllText = params.value(QStringLiteral("KillAllSessions"));
    if (!params.contains(QStringLiteral("KillAllSessions")))
        return invalid(QStringLiteral("KillAllSessions is mandatory."));
    bool killAll = false;
    if (killAllText.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        killAll = true;
    else if (killAllText.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        return invalid(QStringLiteral("KillAllSessions must be true or false, not \"%1\".").arg(killAllText.left(40)));

    QList<qint64> requested;
    if (!killAll) {
        const QString idsText = params.value(QStringLiteral("SessionIds"));
        if (idsText.trimmed().isEmpty())
            return invalid(QStringLiteral("SessionIds is mandatory when KillAllSessions is false."));
        const auto ids = parseSessionIds(idsText);
        if (!ids || ids->isEmpty())
            return invalid(QStringLiteral("SessionIds must be a non-empty JSON array of session IDs, such as "
                                          "[10805639,10805623], not \"%1\".")
                               .arg(idsText.left(100)));
        for (const qint64 id : *ids) {
            if (!requested.contains(id))
                requested.append(id);
        }
    }
    QStringList ignoredUsers;
    if (params.contains(QStringLiteral("IgnoredUsers")) && !params.value(QStringLiteral("IgnoredUsers")).isEmpty()) {
        const auto users = parseUserList(params.value(QStringLiteral("IgnoredUsers")));
        if (!users)
            return invalid(QStringLiteral("IgnoredUsers must be a JSON array of user names, such as [\"u1\",\"u2\"]."));
        ignoredUsers = *users;
    }
    bool accountAccepted = true;
    if (withAccount) {
        const QString user = params.value(QStringLiteral("DbUser"));
        if (user.isEmpty())
            return invalid(QStringLiteral("DbUser is mandatory."));
        // The password itself never goes into a message.
        if (!params.contains(QStringLiteral("DbUserPassword")))
            return invalid(QStringLiteral("DbUserPassword is mandatory."));
        const QMap<QString, QString>& accounts = instance.config.databaseAccounts;
        accountAccepted = accounts.isEmpty()
            || (accounts.contains(user) && accounts.value(user) == params.value(QStringLiteral("DbUserPassword")));
    }

    // A PolarDB cluster without a NodeId: one task per node.
    const QString requestedNode = params.value(QStringLiteral("NodeId"));
    const QStringList nodes = instance.config.nodeIds.isEmpty() || !requestedNode.isEmpty()
        ? QStringList {instance.config.nodeIds.isEmpty() ? QString() : requestedNode}
        : instance.config.nodeIds;
    const QStringList internal = internalUsers();
    QStringList taskIds;
    for (const QString& nodeId : nodes) {
        auto task = std::make_shared<KillTask>();
        task->id = newKillTaskId();
        task->instanceId = instance.config.instanceId;
        task->nodeId = nodeId;
        task->runningLeft = instance.config.killRunningPolls;
        if (instance.real) {
            createRealKillTask(instance, *task, killAll, requested, ignoredUsers, accountAccepted);
            m_killTasks.insert(task->id, task);
            m_killTaskOrder.append(task->id);
            taskIds.append(task->id);
            continue;
        }
        SessionGenerator& generator = instance.generator(nodeId);
        if (killAll) {
            for (const Session& session : generator.sessions())
                task->sessionIds.append(session.sessionId);
        } else {
            task->sessionIds = requested;
        }
        for (const qint64 id : std::as_const(task->sessionIds)) {
            DasResponseWriter::KillReport report;
            const Session* session = generator.find(id);
            if (!session) {
                report.session.sessionId = id;
                report.reason = QStringLiteral("SESSION_EXPIRED");
                task->reports.append(report);
                continue;
            }
            report.session = *session;
            if (internal.contains(session->user) || session->command.startsWith(QLatin1String("Binlog Dump")))
                report.reason = QStringLiteral("SESSION_INTERNAL_USER_OR_COMMAND");
            else if (ignoredUsers.contains(session->user))
                report.reason = QStringLiteral("SESSION_IGNORED_USER");
            else if (!accountAccepted)
                report.reason = QStringLiteral("SESSION_ACCOUNT_ERROR");
            else
                report.reason = QStringLiteral("SESSION_KILLED");
            if (report.reason == QLatin1String("SESSION_KILLED"))
                generator.remove(id);
            task->reports.append(report);
        }
        m_killTasks.insert(task->id, task);
        m_killTaskOrder.append(task->id);
        taskIds.append(task->id);
    }
    while (m_killTaskOrder.size() > MaxKillTasks)
        m_killTasks.remove(m_killTaskOrder.takeFirst());

    Reply reply;
    reply.requestId = requestId;
    reply.body = DasResponseWriter::killTaskCreated(requestId, taskIds, nodes.size() > 1, instance.config.style);
    return reply;
}

void DasEmulator::createRealKillTask(InstanceState& instance, KillTask& task, bool killAll,
    const QList<qint64>& requested, const QStringList& ignoredUsers, bool accountAccepted)
{
    // Who the sessions are, as far as the latest snapshot knows; the server decides the rest.
    QHash<qint64, const Session*> known;
    if (instance.lastReal) {
        for (const Session& session : instance.lastReal->sessions)
            known.insert(session.sessionId, &session);
    }
    if (killAll) {
        if (instance.lastReal) {
            for (const Session& session : instance.lastReal->sessions)
                task.sessionIds.append(session.sessionId);
        }
    } else {
        task.sessionIds = requested;
    }
    const QStringList internal = internalUsers();
    QList<qint64> toKill;
    for (const qint64 id : std::as_const(task.sessionIds)) {
        DasResponseWriter::KillReport report;
        report.session.sessionId = id;
        if (const Session* session = known.value(id)) {
            report.session = *session;
            if (internal.contains(session->user) || session->command.startsWith(QLatin1String("Binlog Dump")))
                report.reason = QStringLiteral("SESSION_INTERNAL_USER_OR_COMMAND");
            else if (ignoredUsers.contains(session->user))
                report.reason = QStringLiteral("SESSION_IGNORED_USER");
        }
        if (report.reason.isEmpty() && !accountAccepted)
            report.reason = QStringLiteral("SESSION_ACCOUNT_ERROR");
        if (report.reason.isEmpty())
            toKill.append(id);
        task.reports.append(report);
    }
    if (!toKill.isEmpty()) {
        instance.killTickets.insert(instance.real->kill(toKill), task.id);
        task.pending = true;
    }
}

DasEmulator::Reply DasEmulator::killTaskResult(
    InstanceState& instance, const RequestRecord& record, const QString& requestId)
{
    const auto invalid = [&](const QString& message) {
        return errorReply(400, QStringLiteral("InvalidParams"),
            QStringLiteral("The request parameters are invalid: %1").arg(message), requestId);
    };
    const QString taskId = record.params.value(QStringLiteral("TaskId"));
    if (taskId.isEmpty())
        return invalid(QStringLiteral("TaskId is mandatory."));
    const auto task = m_killTasks.value(taskId);
    if (!task)
        return invalid(QStringLiteral("the TaskId %1 does not exist.").arg(taskId));
    if (task->instanceId != instance.config.instanceId)
        return invalid(QStringLiteral("the TaskId %1 does not belong to the instance %2.")
                           .arg(taskId, instance.config.instanceId));
    const QString requestedNode = record.params.value(QStringLiteral("NodeId"));
    if (!requestedNode.isEmpty() && !task->nodeId.isEmpty() && requestedNode != task->nodeId)
        return invalid(
            QStringLiteral("the TaskId %1 runs on the node %2, not %3.").arg(taskId, task->nodeId, requestedNode));

    DasResponseWriter::KillTaskState state;
    state.requestId = requestId;
    state.taskId = task->id;
    state.userId = QStringLiteral("1648821913960000");
    state.instanceId = task->instanceId;
    state.nodeId = task->nodeId;
    state.sessionIds = task->sessionIds;
    if (task->runningLeft > 0 || task->pending) {
        if (task->runningLeft > 0)
            --task->runningLeft;
        state.taskState = QStringLiteral("RUNNING");
    } else {
        state.taskState = QStringLiteral("SUCCESS");
        state.reports = task->reports;
    }
    Reply reply;
    reply.requestId = requestId;
    reply.body = DasResponseWriter::killTaskResult(state, instance.config.style);
    return reply;
}

std::optional<EmulatorFault> DasEmulator::takeFault(InstanceState& instance, bool isPoll, bool killOperation)
{
    const auto applies = [&](const EmulatorFault& fault) {
        if (!fault.appliesTo(isPoll))
            return false;
        if (!killOperation)
            return true;
        switch (fault.type) {
        case EmulatorFault::Type::Http500:
        case EmulatorFault::Type::Http503:
        case EmulatorFault::Type::Throttling:
        case EmulatorFault::Type::ConnectionReset:
        case EmulatorFault::Type::Stall:
        case EmulatorFault::Type::SuccessFalse:
        case EmulatorFault::Type::XmlError:
            return true;
        default:
            return false;
        }
    };
    if (instance.persistent && applies(*instance.persistent))
        return instance.persistent;
    for (qsizetype i = 0; i < instance.queue.size(); ++i) {
        EmulatorFault& fault = instance.queue[i];
        if (!applies(fault))
            continue;
        const EmulatorFault taken = fault;
        if (--fault.times <= 0)
            instance.queue.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

std::shared_ptr<DasEmulator::AsyncResult> DasEmulator::createResult(
    InstanceState& instance, const QString& nodeId, const QDateTime& now)
{
    auto result = std::make_shared<AsyncResult>();
    result->id = newResultId();
    result->instanceId = instance.config.instanceId;
    result->nodeId = nodeId;
    result->createdMs = now.toMSecsSinceEpoch();
    result->runningLeft = instance.config.runningPolls;
    m_results.insert(result->id, result);
    if (instance.real) {
        instance.snapshotTickets.insert(instance.real->takeSnapshot(), result->id);
        result->realPending = true;
    }
    return result;
}

void DasEmulator::finish(InstanceState& instance, AsyncResult& result, const QDateTime& now)
{
    std::shared_ptr<SessionSnapshot> snapshot;
    qint64 listedMs = now.toMSecsSinceEpoch();
    if (result.realSnapshot) {
        // Counted and aggregated as the direct source does (ProcessList, SessionAggregator).
        snapshot = std::make_shared<SessionSnapshot>(*result.realSnapshot);
        listedMs = result.realSnapshot->snapshotTimeMs + m_clockSkewSeconds * 1000;
        result.realSnapshot.reset();
    } else {
        SessionGenerator& generator = instance.generator(result.nodeId);
        snapshot = std::make_shared<SessionSnapshot>(generator.snapshot());
        generator.advance(instance.config.tickSeconds);
    }
    snapshot->instanceId = result.instanceId;
    snapshot->nodeId = result.nodeId;
    snapshot->requestTimeMs = result.createdMs;
    snapshot->snapshotTimeMs = listedMs;
    result.snapshot = std::move(snapshot);
    // A 100,000-session snapshot is some 20 MB; a client polling every second would otherwise
    // keep a time-to-live's worth of them alive. Clients do not go back to old results.
    instance.finished.push_back(m_results.value(result.id));
    while (instance.finished.size() > MaxFinishedPerInstance) {
        if (const auto old = instance.finished.front().lock()) {
            old->snapshot.reset();
            old->evicted = true;
        }
        instance.finished.pop_front();
    }
    // Microseconds, as the documentation's example has them; the sub-millisecond part comes from
    // the real clock so that the value looks like a real one.
    const auto micros
        = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    result.sessionTimeStampUs = listedMs * 1000 + micros % 1000;
}

DasEmulator::Reply DasEmulator::answer(InstanceState& instance, const std::shared_ptr<AsyncResult>& result, bool isPoll,
    const QString& requestId, const QDateTime& now)
{
    Q_UNUSED(isPoll);
    Reply reply;
    reply.requestId = requestId;
    const DasResponseWriter::Envelope envelope {requestId, result->id, result->createdMs};
    if (!result->snapshot && (result->neverFinish || result->runningLeft > 0 || result->realPending)) {
        if (!result->neverFinish && result->runningLeft > 0)
            --result->runningLeft;
        reply.body = DasResponseWriter::running(envelope, instance.config.style);
        return reply;
    }
    if (!result->snapshot && result->realError.isError()) {
        // The server could not be read: the task failed, as the service says when it could not
        // reach the instance. The log line names the server's error code.
        reply.errorCode = result->realError.code();
        reply.body = DasResponseWriter::failed(envelope, instance.config.style);
        return reply;
    }
    if (!result->snapshot)
        finish(instance, *result, now);
    reply.body
        = DasResponseWriter::finished(envelope, *result->snapshot, result->sessionTimeStampUs, instance.config.style);
    return reply;
}

DasEmulator::Reply DasEmulator::applyFault(const EmulatorFault& fault, InstanceState& instance,
    const std::shared_ptr<AsyncResult>& result, const QString& nodeId, const QString& requestId, const QDateTime& now)
{
    const auto errorReply = [&](int status, const QString& code, const QString& message) {
        return DasEmulator::errorReply(status, code, message, requestId);
    };
    // Faults that answer in place of the service leave the asynchronous state as it was; the
    // result id they show for a first call is one nobody can poll.
    const DasResponseWriter::Envelope envelope {
        requestId, result ? result->id : newResultId(), result ? result->createdMs : now.toMSecsSinceEpoch()};
    Reply reply;
    reply.requestId = requestId;
    switch (fault.type) {
    case EmulatorFault::Type::Http500:
        return errorReply(500, QStringLiteral("InternalError"),
            QStringLiteral("The request processing has failed due to some unknown error, exception or "
                           "failure."));
    case EmulatorFault::Type::Http503:
        return errorReply(503, QStringLiteral("ServiceUnavailable"),
            QStringLiteral("The request has failed due to a temporary failure of the server."));
    case EmulatorFault::Type::Throttling: {
        reply = errorReply(
            400, QStringLiteral("Throttling.User"), QStringLiteral("Request was denied due to user flow control."));
        if (fault.retryAfterMs >= 0)
            reply.extraHeaders.append({"x-acs-retry-after", QByteArray::number(fault.retryAfterMs)});
        return reply;
    }
    case EmulatorFault::Type::ConnectionReset:
        reply.delivery = Reply::Delivery::Reset;
        return reply;
    case EmulatorFault::Type::Stall:
        reply.delivery = Reply::Delivery::Stall;
        reply.stallMs = fault.stallMs;
        return reply;
    case EmulatorFault::Type::TruncatedBody: {
        // The service did its work; the connection broke while sending the answer.
        const auto target = result ? result : createResult(instance, nodeId, now);
        reply = answer(instance, target, result != nullptr, requestId, now);
        reply.delivery = Reply::Delivery::Truncate;
        return reply;
    }
    case EmulatorFault::Type::InvalidJson:
        reply.body = DasResponseWriter::invalidJson(envelope);
        return reply;
    case EmulatorFault::Type::WrongTypes: {
        SessionSnapshot snapshot = instance.generator(nodeId).snapshot();
        reply.body = DasResponseWriter::wrongTypes(envelope, snapshot, instance.config.style);
        return reply;
    }
    case EmulatorFault::Type::SuccessFalse: {
        const QString code = fault.code.isEmpty() ? QStringLiteral("InternalError") : fault.code;
        reply.errorCode = code;
        reply.body = DasResponseWriter::successFalse(requestId, code,
            QStringLiteral("The request processing has failed due to some unknown error, exception or failure."),
            instance.config.style);
        return reply;
    }
    case EmulatorFault::Type::StateFail:
        reply.body = DasResponseWriter::failed(envelope, instance.config.style);
        return reply;
    case EmulatorFault::Type::NeverFinish: {
        const auto target = result ? result : createResult(instance, nodeId, now);
        target->neverFinish = true;
        return answer(instance, target, result != nullptr, requestId, now);
    }
    case EmulatorFault::Type::XmlError: {
        Reply xml;
        xml.status = 503;
        xml.requestId = requestId;
        xml.contentType = "application/xml;charset=utf-8";
        xml.errorCode = fault.code.isEmpty() ? QStringLiteral("ServiceUnavailable") : fault.code;
        xml.body = DasResponseWriter::errorXml({requestId, QLatin1String(HostId), xml.errorCode,
            QStringLiteral("The request has failed due to a temporary failure of "
                           "the server."),
            QString()});
        return xml;
    }
    }
    return reply;
}

void DasEmulator::pruneResults(const QDateTime& now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (auto it = m_results.begin(); it != m_results.end();) {
        const auto instance = m_instances.value((*it)->instanceId);
        const qint64 ttlMs = instance ? qint64(instance->config.resultTtlSeconds) * 1000 : 0;
        const qint64 age = nowMs - (*it)->createdMs;
        // An expired result keeps its id for an hour, so that polling it says "expired"; its
        // snapshot, possibly 100,000 sessions, goes at once.
        if (!instance || age > ttlMs + 3'600'000) {
            it = m_results.erase(it);
            continue;
        }
        if (age > ttlMs)
            (*it)->snapshot.reset();
        if ((age > ttlMs || (*it)->evicted) && !(*it)->counted) {
            (*it)->counted = true;
            m_expiredOrder.push_back((*it)->id);
        }
        ++it;
    }
    // Erasing an id that an hour's pruning took already does nothing.
    while (qsizetype(m_expiredOrder.size()) > MaxExpiredResults) {
        m_results.remove(m_expiredOrder.front());
        m_expiredOrder.pop_front();
    }
}

void DasEmulator::deliver(QTcpSocket* socket, const Reply& reply, bool closeAfter)
{
    switch (reply.delivery) {
    case Reply::Delivery::Reset: {
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send an RST instead of a FIN.
        const linger option {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
        socket->abort();
        return;
    }
    case Reply::Delivery::Stall: {
        QTimer::singleShot(reply.stallMs, socket, [socket] { socket->disconnectFromHost(); });
        return;
    }
    case Reply::Delivery::Send:
    case Reply::Delivery::Truncate:
        break;
    }

    const bool truncate = reply.delivery == Reply::Delivery::Truncate;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Date: " + httpDate(serverTime()) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    // A truncated answer announces keep-alive like any other: the connection just breaks.
    head += closeAfter ? QByteArray("Connection: close\r\n") : QByteArray("Connection: keep-alive\r\n");
    head += "x-acs-request-id: " + reply.requestId.toLatin1() + "\r\n";
    for (const auto& [name, value] : reply.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    // Head and body go out as two writes: with Nagle's algorithm the body's segment waits for the
    // client's delayed ACK of the head, some 40 ms on Linux, on every answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->write(head);
    socket->write(truncate ? reply.body.left(reply.body.size() / 2) : reply.body);
    if (closeAfter || truncate)
        socket->disconnectFromHost();
}
