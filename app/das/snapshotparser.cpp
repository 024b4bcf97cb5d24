// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotparser.h"

#include "jsonfield.h"

#include "sessions/sessionaggregator.h"
#include "sessions/sessionfield.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>

namespace SnapshotParser {

namespace {

// Thrown only inside this file, caught in parseAsyncResponse, so that a deeply nested field can
// report its path without every caller checking a flag.
struct ParseFailure
{
    QString message;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("SnapshotParser", text);
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

// `expected` is a phrase marked with QT_TRANSLATE_NOOP where it is passed.
[[noreturn]] void fail(const QString& path, const char* expected, const QJsonValue& got)
{
    throw ParseFailure {tr("%1: expected %2, got %3").arg(path, tr(expected), typeName(got))};
}

using DasJson::field;

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

std::optional<qint64> readInteger(const QJsonValue& value, const QString& path)
{
    if (isAbsent(value))
        return std::nullopt;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::abs(d) > 9.0e18)
            fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an integer"), value);
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 parsed = text.toLongLong(&ok);
        if (ok)
            return parsed;
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d) && std::abs(d) <= 9.0e18)
            return static_cast<qint64>(d);
        throw ParseFailure {tr("%1: expected an integer, got the text \"%2\"").arg(path, text.left(40))};
    }
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an integer"), value);
}

std::optional<bool> readBool(const QJsonValue& value, const QString& path)
{
    if (isAbsent(value))
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || text == QLatin1String("1"))
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || text == QLatin1String("0"))
            return false;
        if (text.isEmpty())
            return std::nullopt;
        throw ParseFailure {tr("%1: expected true or false, got the text \"%2\"").arg(path, text.left(40))};
    }
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "a boolean"), value);
}

// Null stays a null QString; numbers (TrxId is numeric on some versions) become their decimal text.
QString readString(const QJsonValue& value, const QString& path)
{
    if (isAbsent(value))
        return {};
    if (const std::optional<QString> text = DasJson::scalarText(value))
        return *text;
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "a string"), value);
}

std::optional<QJsonObject> readObject(const QJsonValue& value, const QString& path)
{
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject())
        fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an object"), value);
    return value.toObject();
}

std::optional<QJsonArray> readArray(const QJsonValue& value, const QString& path)
{
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isArray())
        fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an array"), value);
    return value.toArray();
}

QString indexed(const QString& path, qsizetype index)
{
    return path % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

QString child(const QString& path, QLatin1StringView name)
{
    return path % QLatin1Char('.') % name;
}

Session readSession(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an object"), value);
    const QJsonObject object = value.toObject();

    Session session;
    for (const SessionFields::Spec& spec : SessionFields::all()) {
        if (spec.isDerived())
            continue;
        const QJsonValue found = field(object, spec.dasKey);
        if (spec.type == SessionFields::Type::Integer) {
            const std::optional<qint64> number = readInteger(found, child(path, spec.dasKey));
            if (!number && spec.field == SessionField::SessionId)
                throw ParseFailure {tr("%1: SessionId is missing").arg(path)};
            session.*spec.integer = number.value_or(0);
        } else {
            session.*spec.text = readString(found, child(path, spec.dasKey));
        }
    }
    return session;
}

DimensionStat readStat(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an object"), value);
    const QJsonObject object = value.toObject();
    DimensionStat stat;
    stat.key = readString(field(object, QLatin1StringView("Key")), child(path, QLatin1StringView("Key")));
    stat.totalCount
        = readInteger(field(object, QLatin1StringView("TotalCount")), child(path, QLatin1StringView("TotalCount")))
              .value_or(0);
    stat.activeCount
        = readInteger(field(object, QLatin1StringView("ActiveCount")), child(path, QLatin1StringView("ActiveCount")))
              .value_or(0);
    const QString idsPath = child(path, QLatin1StringView("ThreadIdList"));
    if (const auto ids = readArray(field(object, QLatin1StringView("ThreadIdList")), idsPath)) {
        stat.threadIds.reserve(ids->size());
        for (qsizetype i = 0; i < ids->size(); ++i) {
            if (const auto id = readInteger(ids->at(i), indexed(idsPath, i)))
                stat.threadIds.append(*id);
        }
    }
    const QString usersPath = child(path, QLatin1StringView("UserList"));
    if (const auto users = readArray(field(object, QLatin1StringView("UserList")), usersPath)) {
        stat.users.reserve(users->size());
        for (qsizetype i = 0; i < users->size(); ++i)
            stat.users.append(readString(users->at(i), indexed(usersPath, i)));
    }
    return stat;
}

std::optional<QList<DimensionStat>> readStats(
    const QJsonObject& sessionData, QLatin1StringView name, const QString& parentPath)
{
    const QString path = child(parentPath, name);
    const auto array = readArray(field(sessionData, name), path);
    if (!array)
        return std::nullopt;
    QList<DimensionStat> stats;
    stats.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i)
        stats.append(readStat(array->at(i), indexed(path, i)));
    return stats;
}

SnapshotPtr readSnapshot(
    const QJsonObject& data, const QString& dataPath, const Context& context, const AsyncResponse& response)
{
    const QString path = child(dataPath, QLatin1StringView("SessionData"));
    const auto sessionData = readObject(field(data, QLatin1StringView("SessionData")), path);
    if (!sessionData)
        throw ParseFailure {tr("%1 is missing from a finished response").arg(path)};

    auto snapshot = SessionSnapshot::create();
    snapshot->instanceId = context.instanceId;
    snapshot->nodeId = context.nodeId;
    snapshot->requestTimeMs = response.requestTimeMs;
    snapshot->sourceKind = QStringLiteral("das");
    snapshot->sourceReference = response.requestId;
    const qint64 requestTimeMs = response.requestTimeMs;

    const auto integer = [&](const char* name) {
        const QLatin1StringView key(name);
        return readInteger(field(*sessionData, key), child(path, key));
    };
    const auto total = integer("TotalSessionCount");
    const auto active = integer("ActiveSessionCount");
    const auto maxActive = integer("MaxActiveTime");
    const auto timeStamp = integer("TimeStamp");

    const QString listPath = child(path, QLatin1StringView("SessionList"));
    const auto list = readArray(field(*sessionData, QLatin1StringView("SessionList")), listPath);
    if (!list && total.value_or(0) != 0)
        throw ParseFailure {tr("%1 is missing while TotalSessionCount is %2").arg(listPath).arg(*total)};
    if (list) {
        snapshot->sessions.reserve(list->size());
        for (qsizetype i = 0; i < list->size(); ++i)
            snapshot->sessions.append(readSession(list->at(i), indexed(listPath, i)));
    }

    auto userStats = readStats(*sessionData, QLatin1StringView("UserStats"), path);
    auto clientStats = readStats(*sessionData, QLatin1StringView("ClientStats"), path);
    auto dbStats = readStats(*sessionData, QLatin1StringView("DbStats"), path);

    // Whatever the server left out is derived locally, so every snapshot is complete; the
    // server's own figures are kept where it sent them.
    if (!total || !active || !maxActive || !userStats || !clientStats || !dbStats)
        SessionAggregator::aggregate(*snapshot);
    snapshot->serverAggregated = total && active && maxActive && userStats && clientStats && dbStats;
    if (total)
        snapshot->totalSessionCount = *total;
    if (active)
        snapshot->activeSessionCount = *active;
    if (maxActive)
        snapshot->maxActiveTime = *maxActive;
    if (userStats)
        snapshot->userStats = std::move(*userStats);
    if (clientStats)
        snapshot->clientStats = std::move(*clientStats);
    if (dbStats)
        snapshot->dbStats = std::move(*dbStats);
    SessionAggregator::fillDerivedCounts(*snapshot);

    if (timeStamp && *timeStamp > 0)
        snapshot->snapshotTimeMs = normalizeTimestampToMs(*timeStamp);
    else if (requestTimeMs > 0)
        snapshot->snapshotTimeMs = requestTimeMs;
    else
        snapshot->snapshotTimeMs = context.receivedAtMs;
    return snapshot;
}

AsyncResponse readResponse(const QJsonObject& root, const Context& context)
{
    const QString rootPath = QStringLiteral("response");
    AsyncResponse response;
    response.code = readString(field(root, QLatin1StringView("Code")), QStringLiteral("Code"));
    response.message = readString(field(root, QLatin1StringView("Message")), QStringLiteral("Message"));
    response.requestId = readString(field(root, QLatin1StringView("RequestId")), QStringLiteral("RequestId"));
    const auto success = readBool(field(root, QLatin1StringView("Success")), QStringLiteral("Success"));
    // Some gateways omit Success; then Code 200 is the only sign of it.
    response.success = success.value_or(response.code == QLatin1String("200"));
    if (!response.success)
        return response;

    const QString dataPath = QStringLiteral("Data");
    const auto data = readObject(field(root, QLatin1StringView("Data")), dataPath);
    if (!data)
        throw ParseFailure {tr("Data is missing from a successful response")};

    response.resultId = readString(field(*data, QLatin1StringView("ResultId")), QStringLiteral("Data.ResultId"));
    response.state = readString(field(*data, QLatin1StringView("State")), QStringLiteral("Data.State")).toUpper();
    response.fail = readBool(field(*data, QLatin1StringView("Fail")), QStringLiteral("Data.Fail")).value_or(false);
    response.requestTimeMs
        = readInteger(field(*data, QLatin1StringView("Timestamp")), QStringLiteral("Data.Timestamp")).value_or(0);
    const auto isFinish = readBool(field(*data, QLatin1StringView("IsFinish")), QStringLiteral("Data.IsFinish"));
    const auto complete = readBool(field(*data, QLatin1StringView("Complete")), QStringLiteral("Data.Complete"));
    if (isFinish)
        response.isFinish = *isFinish;
    else if (complete)
        response.isFinish = *complete;
    else if (!response.state.isEmpty())
        response.isFinish = response.state != QLatin1String("RUNNING");
    else
        throw ParseFailure {tr("Data.IsFinish is missing")};

    if (!response.isFinish) {
        if (response.resultId.isEmpty())
            throw ParseFailure {tr("Data.ResultId is missing from an unfinished response")};
        return response;
    }
    if (response.finishedWithFailure())
        return response;
    response.snapshot = readSnapshot(*data, dataPath, context, response);
    return response;
}

} // namespace

bool AsyncResponse::finishedWithFailure() const
{
    return isFinish && (fail || state == QLatin1String("FAIL"));
}

qint64 normalizeTimestampToMs(qint64 raw)
{
    if (raw >= 1'000'000'000'000'000LL)
        return raw / 1000;
    if (raw >= 1'000'000'000'000LL)
        return raw;
    return raw * 1000;
}

Result parseAsyncResponse(const QByteArray& body, const Context& context)
{
    Result result;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        result.error = tr("the response is not valid JSON (%1 at byte %2 of %3)")
                           .arg(jsonError.errorString())
                           .arg(jsonError.offset)
                           .arg(body.size());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("the response is not a JSON object");
        return result;
    }
    try {
        result.response = readResponse(document.object(), context);
    } catch (const ParseFailure& failure) {
        result.error = failure.message;
    }
    return result;
}

} // namespace SnapshotParser
