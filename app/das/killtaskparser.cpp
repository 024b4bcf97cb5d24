// SPDX-License-Identifier: GPL-3.0-or-later
#include "killtaskparser.h"

#include "jsonfield.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>

namespace KillTaskParser {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KillTaskParser", text);
}

using DasJson::field;

QString text(const QJsonValue& value)
{
    return DasJson::scalarText(value).value_or(QString());
}

std::optional<qint64> integer(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) <= 9.0e15)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<QJsonObject> readRoot(const QByteArray& body, QString* error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = tr("the response is not valid JSON (%1 at byte %2 of %3)")
                     .arg(jsonError.errorString())
                     .arg(jsonError.offset)
                     .arg(body.size());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the response is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

Envelope readEnvelope(const QJsonObject& root)
{
    Envelope envelope;
    envelope.code = text(field(root, QLatin1StringView("Code")));
    envelope.message = text(field(root, QLatin1StringView("Message")));
    envelope.requestId = text(field(root, QLatin1StringView("RequestId")));
    const QJsonValue success = field(root, QLatin1StringView("Success"));
    if (success.isBool())
        envelope.success = success.toBool();
    else if (success.isString())
        envelope.success = success.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    else
        // Some gateways omit Success; then Code 200 is the only sign of it.
        envelope.success = envelope.code == QLatin1String("200");
    return envelope;
}

void appendTaskIds(const QJsonArray& array, QStringList& ids)
{
    for (const QJsonValue& element : array) {
        const QString id = text(element).trimmed();
        if (!id.isEmpty())
            ids.append(id);
    }
}

} // namespace

bool TaskResult::isFinished() const
{
    return taskState == QLatin1String("SUCCESS") || taskState == QLatin1String("FAILURE")
        || taskState == QLatin1String("ERROR");
}

Parsed<CreateResponse> parseCreate(const QByteArray& body)
{
    Parsed<CreateResponse> parsed;
    const auto root = readRoot(body, &parsed.error);
    if (!root)
        return parsed;
    parsed.value.envelope = readEnvelope(*root);
    if (!parsed.value.envelope.success)
        return parsed;
    const QJsonValue data = field(*root, QLatin1StringView("Data"));
    QStringList& ids = parsed.value.taskIds;
    if (data.isArray()) {
        appendTaskIds(data.toArray(), ids);
    } else if (data.isString() && data.toString().trimmed().startsWith(QLatin1Char('['))) {
        const QJsonDocument inner = QJsonDocument::fromJson(data.toString().toUtf8());
        if (!inner.isArray()) {
            parsed.error = tr("Data looks like a list of task ids but is not valid JSON");
            return parsed;
        }
        appendTaskIds(inner.array(), ids);
    } else if (data.isObject()) {
        const QString id = text(field(data.toObject(), QLatin1StringView("TaskId"))).trimmed();
        if (!id.isEmpty())
            ids.append(id);
    } else {
        const QString id = text(data).trimmed();
        if (!id.isEmpty())
            ids.append(id);
    }
    if (ids.isEmpty())
        parsed.error = tr("Data holds no kill task id");
    return parsed;
}

Parsed<TaskResult> parseResult(const QByteArray& body)
{
    Parsed<TaskResult> parsed;
    const auto root = readRoot(body, &parsed.error);
    if (!root)
        return parsed;
    TaskResult& result = parsed.value;
    result.envelope = readEnvelope(*root);
    if (!result.envelope.success)
        return parsed;
    const QJsonValue data = field(*root, QLatin1StringView("Data"));
    if (!data.isObject()) {
        parsed.error = tr("Data is missing from a successful response");
        return parsed;
    }
    const QJsonObject object = data.toObject();
    result.taskState = text(field(object, QLatin1StringView("TaskState"))).trimmed().toUpper();
    const QJsonValue reports = field(object, QLatin1StringView("Result"));
    if (reports.isUndefined() || reports.isNull())
        return parsed;
    if (!reports.isArray()) {
        parsed.error = tr("Data.Result: expected an array");
        return parsed;
    }
    const QJsonArray array = reports.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const auto id = integer(field(entry, QLatin1StringView("Id")));
        if (!id) {
            parsed.error = tr("Data.Result[%1]: the session id is missing or not a number").arg(i);
            return parsed;
        }
        SessionReport report;
        report.sessionId = *id;
        report.reason = text(field(entry, QLatin1StringView("Reason"))).trimmed().toUpper();
        report.user = text(field(entry, QLatin1StringView("User")));
        report.command = text(field(entry, QLatin1StringView("Command")));
        result.reports.append(report);
    }
    return parsed;
}

} // namespace KillTaskParser
