// SPDX-License-Identifier: GPL-3.0-or-later
#include "dasresponsewriter.h"

#include "sessions/sessionsnapshot.h"

namespace DasResponseWriter {

namespace {

using L = QLatin1StringView;

void writeHead(JsonWriter& json)
{
    json.beginObject();
    json.key(L("Code"));
    json.integer(200);
    json.key(L("Message"));
    json.string(L("Successful"));
}

void writeTail(JsonWriter& json, const Envelope& envelope)
{
    json.key(L("RequestId"));
    json.string(envelope.requestId);
    json.key(L("Success"));
    json.boolean(true);
    json.endObject();
}

void writeAsyncState(JsonWriter& json, const Envelope& envelope, bool finished, const char* state, bool fail)
{
    json.key(L("ResultId"));
    json.string(envelope.resultId);
    json.key(L("IsFinish"));
    json.boolean(finished);
    json.key(L("State"));
    json.string(L(state));
    json.key(L("Complete"));
    json.boolean(finished);
    json.key(L("Fail"));
    json.boolean(fail);
    json.key(L("Timestamp"));
    json.integer(envelope.requestTimeMs);
}

void writeSession(JsonWriter& json, const Session& session)
{
    json.beginObject();
    json.key(L("SessionId"));
    json.integer(session.sessionId);
    json.key(L("User"));
    json.string(session.user);
    json.key(L("Client"));
    json.string(session.client);
    json.key(L("DbName"));
    json.string(session.dbName);
    json.key(L("Command"));
    json.string(session.command);
    json.key(L("Time"));
    json.integer(session.time);
    json.key(L("State"));
    json.string(session.state);
    json.key(L("SqlText"));
    json.string(session.sqlText);
    json.key(L("UserClientAlias"));
    json.string(session.userClientAlias);
    json.key(L("TrxId"));
    json.string(session.trxId);
    json.key(L("TrxDuration"));
    json.integer(session.trxDuration);
    json.key(L("SqlTemplateId"));
    json.string(session.sqlTemplateId);
    json.endObject();
}

void writeSessionList(JsonWriter& json, const SessionSnapshot& snapshot)
{
    json.beginArray();
    for (const Session& session : snapshot.sessions)
        writeSession(json, session);
    json.endArray();
}

void writeStats(JsonWriter& json, const QList<DimensionStat>& stats)
{
    json.beginArray();
    for (const DimensionStat& stat : stats) {
        json.beginObject();
        json.key(L("Key"));
        json.string(stat.key);
        json.key(L("TotalCount"));
        json.integer(stat.totalCount);
        json.key(L("ActiveCount"));
        json.integer(stat.activeCount);
        json.key(L("ThreadIdList"));
        json.beginArray();
        for (const qint64 id : stat.threadIds)
            json.integer(id);
        json.endArray();
        json.key(L("UserList"));
        json.beginArray();
        for (const QString& user : stat.users)
            json.string(user);
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

// Enough for the usual session; a reallocation or two for the rest is cheap.
qsizetype estimatedSize(const SessionSnapshot& snapshot)
{
    return 1024 + snapshot.sessions.size() * 420;
}

} // namespace

QByteArray running(const Envelope& envelope, JsonStyle style)
{
    JsonWriter json(style, 512);
    json.beginObject();
    json.key(L("Code"));
    json.integer(200);
    json.key(L("Message"));
    json.string(L("Successful"));
    json.key(L("Success"));
    json.boolean(true);
    json.key(L("RequestId"));
    json.string(envelope.requestId);
    json.key(L("Data"));
    json.beginObject();
    writeAsyncState(json, envelope, false, "RUNNING", false);
    json.endObject();
    json.endObject();
    return json.take();
}

namespace {

// The finished response. `mangled` gives the wrongTypes fault its shape: SessionList stringified (as
// a double-encoding gateway would send it), no SessionData.TimeStamp, and Data.Timestamp an object.
QByteArray writeFinished(
    const Envelope& envelope, const SessionSnapshot& snapshot, qint64 sessionTimeStampUs, JsonStyle style, bool mangled)
{
    QByteArray stringifiedList;
    if (mangled) {
        JsonWriter list(style, estimatedSize(snapshot));
        writeSessionList(list, snapshot);
        stringifiedList = list.take();
    }
    JsonWriter json(style, mangled ? stringifiedList.size() * 2 + 1024 : estimatedSize(snapshot));
    writeHead(json);
    json.key(L("Data"));
    json.beginObject();
    json.key(L("Fail"));
    json.boolean(false);
    json.key(L("SessionData"));
    json.beginObject();
    json.key(L("TotalSessionCount"));
    json.integer(snapshot.totalSessionCount);
    json.key(L("ActiveSessionCount"));
    json.integer(snapshot.activeSessionCount);
    json.key(L("MaxActiveTime"));
    json.integer(snapshot.maxActiveTime);
    json.key(L("SessionList"));
    if (mangled)
        json.string(QString::fromUtf8(stringifiedList));
    else
        writeSessionList(json, snapshot);
    json.key(L("UserStats"));
    writeStats(json, snapshot.userStats);
    json.key(L("ClientStats"));
    writeStats(json, snapshot.clientStats);
    json.key(L("DbStats"));
    writeStats(json, snapshot.dbStats);
    if (!mangled) {
        json.key(L("TimeStamp"));
        json.integer(sessionTimeStampUs);
    }
    json.endObject();
    json.key(L("ResultId"));
    json.string(envelope.resultId);
    json.key(L("IsFinish"));
    json.boolean(true);
    json.key(L("State"));
    json.string(L("SUCCESS"));
    json.key(L("Complete"));
    json.boolean(true);
    json.key(L("Timestamp"));
    if (mangled) {
        json.beginObject();
        json.key(L("Value"));
        json.integer(envelope.requestTimeMs);
        json.endObject();
    } else {
        json.integer(envelope.requestTimeMs);
    }
    json.endObject();
    writeTail(json, envelope);
    return json.take();
}

} // namespace

QByteArray finished(
    const Envelope& envelope, const SessionSnapshot& snapshot, qint64 sessionTimeStampUs, JsonStyle style)
{
    return writeFinished(envelope, snapshot, sessionTimeStampUs, style, false);
}

QByteArray failed(const Envelope& envelope, JsonStyle style)
{
    JsonWriter json(style, 512);
    writeHead(json);
    json.key(L("Data"));
    json.beginObject();
    writeAsyncState(json, envelope, true, "FAIL", true);
    json.endObject();
    writeTail(json, envelope);
    return json.take();
}

QByteArray wrongTypes(const Envelope& envelope, const SessionSnapshot& snapshot, JsonStyle style)
{
    return writeFinished(envelope, snapshot, 0, style, true);
}

QByteArray successFalse(const QString& requestId, const QString& code, const QString& message, JsonStyle style)
{
    JsonWriter json(style, 512);
    json.beginObject();
    json.key(L("Code"));
    json.string(code);
    json.key(L("Message"));
    json.string(message);
    json.key(L("Data"));
    json.null();
    json.key(L("RequestId"));
    json.string(requestId);
    json.key(L("Success"));
    json.boolean(false);
    json.endObject();
    return json.take();
}

QByteArray invalidJson(const Envelope& envelope)
{
    QByteArray body = "{\"Code\":200,\"Message\":\"Successful\",\"RequestId\":\"";
    body += envelope.requestId.toLatin1();
    body += "\",\"Data\":{\"ResultId\":\"";
    body += envelope.resultId.toLatin1();
    body += "\",\"IsFinish\":tru<html><body><h1>502 Bad Gateway</h1></body></html>";
    return body;
}

QByteArray killTaskCreated(const QString& requestId, const QStringList& taskIds, bool asList, JsonStyle style)
{
    JsonWriter json(style, 256);
    writeHead(json);
    json.key(L("Data"));
    if (asList) {
        json.beginArray();
        for (const QString& id : taskIds)
            json.string(id);
        json.endArray();
    } else {
        json.string(taskIds.value(0));
    }
    writeTail(json, {requestId, {}, 0});
    return json.take();
}

QByteArray killTaskResult(const KillTaskState& task, JsonStyle style)
{
    JsonWriter json(style, 512 + task.reports.size() * 300);
    writeHead(json);
    json.key(L("Data"));
    json.beginObject();
    json.key(L("TaskId"));
    json.string(task.taskId);
    json.key(L("UserId"));
    json.string(task.userId);
    json.key(L("InstanceId"));
    json.string(task.instanceId);
    if (!task.nodeId.isEmpty()) {
        json.key(L("NodeId"));
        json.string(task.nodeId);
    }
    json.key(L("TaskState"));
    json.string(task.taskState);
    json.key(L("Sessions"));
    json.beginArray();
    for (const qint64 id : task.sessionIds)
        json.integer(id);
    json.endArray();
    qint64 killed = 0;
    qint64 ignored = 0;
    for (const KillReport& report : task.reports) {
        if (report.reason == QLatin1String("SESSION_KILLED"))
            ++killed;
        else if (report.reason == QLatin1String("SESSION_IGNORED_USER")
            || report.reason == QLatin1String("SESSION_INTERNAL_USER_OR_COMMAND"))
            ++ignored;
    }
    json.key(L("KillSuccessCount"));
    json.integer(killed);
    json.key(L("KillFailCount"));
    json.integer(task.reports.size() - killed - ignored);
    json.key(L("IgnoredUserSessionCount"));
    json.integer(ignored);
    json.key(L("Result"));
    json.beginArray();
    for (const KillReport& report : task.reports) {
        const Session& session = report.session;
        json.beginObject();
        json.key(L("Id"));
        json.integer(session.sessionId);
        json.key(L("User"));
        json.string(session.user);
        json.key(L("Host"));
        json.string(session.client);
        json.key(L("Db"));
        json.string(session.dbName);
        json.key(L("Command"));
        json.string(session.command);
        json.key(L("Time"));
        json.integer(session.time);
        json.key(L("State"));
        json.string(session.state);
        json.key(L("Info"));
        json.string(session.sqlText);
        json.key(L("Active"));
        json.boolean(session.isActive());
        json.key(L("Reason"));
        json.string(report.reason);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    writeTail(json, {task.requestId, {}, 0});
    return json.take();
}

QByteArray errorJson(const Error& error)
{
    JsonWriter json({}, 512);
    json.beginObject();
    json.key(L("RequestId"));
    json.string(error.requestId);
    json.key(L("HostId"));
    json.string(error.hostId);
    json.key(L("Code"));
    json.string(error.code);
    json.key(L("Message"));
    json.string(error.message);
    json.key(L("Recommend"));
    json.string(error.recommend);
    json.endObject();
    return json.take();
}

QByteArray errorXml(const Error& error)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>";
    const auto element = [&xml](const char* name, const QString& text) {
        xml.append('<').append(name).append('>');
        xml.append(text.toHtmlEscaped().toUtf8());
        xml.append("</").append(name).append('>');
    };
    element("RequestId", error.requestId);
    element("HostId", error.hostId);
    element("Code", error.code);
    element("Message", error.message);
    element("Recommend", error.recommend);
    xml.append("</Error>");
    return xml;
}

} // namespace DasResponseWriter
