// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "export/sessioncsv.h"
#include "killplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace {

// The account that made the kill, from the system's user database rather than an environment
// variable that anyone can set.
QString osUser()
{
    if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::getuid());
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject targetJson(const KillTarget& target)
{
    QJsonObject object {
        {QStringLiteral("sessionId"), target.sessionId},
        {QStringLiteral("status"), KillPlan::statusName(target.status)},
    };
    if (target.status == KillTarget::Status::Excluded) {
        object.insert(QStringLiteral("exclusion"), KillPlan::exclusionName(target.exclusion));
        object.insert(QStringLiteral("includedAnyway"), target.includedAnyway);
    }
    if (target.status != KillTarget::Status::Gone) {
        const Session& session = target.session;
        object.insert(QStringLiteral("user"), session.user);
        object.insert(QStringLiteral("client"), session.client);
        object.insert(QStringLiteral("db"), session.dbName);
        object.insert(QStringLiteral("command"), session.command);
        object.insert(QStringLiteral("time"), session.time);
        object.insert(QStringLiteral("trxId"), session.trxId);
        object.insert(QStringLiteral("trxDuration"), session.trxDuration);
        object.insert(QStringLiteral("sql"), session.sqlText);
    }
    return object;
}

AuditRecord::Target targetFromJson(const QJsonObject& object)
{
    AuditRecord::Target target;
    target.sessionId = object.value(QLatin1String("sessionId")).toInteger();
    target.status = object.value(QLatin1String("status")).toString();
    target.exclusion = object.value(QLatin1String("exclusion")).toString();
    target.includedAnyway = object.value(QLatin1String("includedAnyway")).toBool();
    target.user = object.value(QLatin1String("user")).toString();
    target.client = object.value(QLatin1String("client")).toString();
    target.dbName = object.value(QLatin1String("db")).toString();
    target.command = object.value(QLatin1String("command")).toString();
    target.time = object.value(QLatin1String("time")).toInteger();
    target.trxId = object.value(QLatin1String("trxId")).toString();
    target.trxDuration = object.value(QLatin1String("trxDuration")).toInteger();
    target.sql = object.value(QLatin1String("sql")).toString();
    return target;
}

QJsonObject recordJson(const AuditRecord& record)
{
    QJsonArray targets;
    for (const AuditRecord::Target& target : record.targets) {
        QJsonObject object {{QStringLiteral("sessionId"), target.sessionId}, {QStringLiteral("status"), target.status},
            {QStringLiteral("exclusion"), target.exclusion}, {QStringLiteral("includedAnyway"), target.includedAnyway},
            {QStringLiteral("user"), target.user}, {QStringLiteral("client"), target.client},
            {QStringLiteral("db"), target.dbName}, {QStringLiteral("command"), target.command},
            {QStringLiteral("time"), target.time}, {QStringLiteral("trxId"), target.trxId},
            {QStringLiteral("trxDuration"), target.trxDuration}, {QStringLiteral("sql"), target.sql},
            {QStringLiteral("outcome"), target.outcome}, {QStringLiteral("message"), target.message}};
        targets.append(object);
    }
    return QJsonObject {{QStringLiteral("id"), record.id},
        {QStringLiteral("time"), record.time.toString(Qt::ISODateWithMs)}, {QStringLiteral("osUser"), record.osUser},
        {QStringLiteral("machine"), record.machine}, {QStringLiteral("interface"), record.context.interface},
        {QStringLiteral("sourceKind"), record.context.sourceKind},
        {QStringLiteral("instance"), record.context.instance}, {QStringLiteral("node"), record.context.node},
        {QStringLiteral("profile"), record.context.profile}, {QStringLiteral("mode"), record.mode},
        {QStringLiteral("method"), record.method}, {QStringLiteral("taskId"), record.taskId},
        {QStringLiteral("completed"), record.completed},
        {QStringLiteral("completedTime"),
            record.completed ? record.completedTime.toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("error"), record.error}, {QStringLiteral("targets"), targets}};
}

} // namespace

AuditLog::AuditLog(const QString& path)
    : m_path(path)
{ }

QString AuditLog::defaultPath()
{
    // The window's AppLocalDataLocation, spelled out: sessionscope-cli has another application name
    // but must write (and read) the same log.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SessionScope/SessionScope/audit.jsonl");
}

bool AuditLog::append(const QByteArray& line, QString* error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the audit log.").arg(info.absolutePath());
        return false;
    }
    QFile file(m_path);
    // Unbuffered: the line goes to the file in one write, appended after whatever another
    // SessionScope process wrote meanwhile.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot open the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray data = line;
    data.append('\n');
    if (file.write(data) != data.size() || ::fsync(file.handle()) != 0) {
        if (error)
            *error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QString AuditLog::recordAttempt(
    const AuditContext& context, const KillPlan& plan, const QString& method, QString* error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray targets;
    for (const KillTarget& target : plan.targets())
        targets.append(targetJson(target));
    const QJsonObject object {{QStringLiteral("event"), QStringLiteral("kill")}, {QStringLiteral("id"), id},
        {QStringLiteral("time"), isoNow()}, {QStringLiteral("osUser"), osUser()},
        {QStringLiteral("machine"), QHostInfo::localHostName()}, {QStringLiteral("interface"), context.interface},
        {QStringLiteral("sourceKind"), context.sourceKind}, {QStringLiteral("instance"), context.instance},
        {QStringLiteral("node"), context.node}, {QStringLiteral("profile"), context.profile},
        {QStringLiteral("mode"), KillPlan::scopeName(plan.scope())}, {QStringLiteral("method"), method},
        {QStringLiteral("targets"), targets}};
    if (!append(QJsonDocument(object).toJson(QJsonDocument::Compact), error))
        return {};
    return id;
}

bool AuditLog::recordOutcome(const QString& id, const KillPlan& plan, const CommandResult& result, QString* error)
{
    QJsonArray outcomes;
    for (const KillPlan::Outcome& outcome : plan.outcomes(result)) {
        QJsonObject object {
            {QStringLiteral("sessionId"), outcome.target.sessionId}, {QStringLiteral("outcome"), outcome.outcome}};
        if (!outcome.code.isEmpty())
            object.insert(QStringLiteral("code"), outcome.code);
        if (!outcome.message.isEmpty())
            object.insert(QStringLiteral("message"), outcome.message);
        outcomes.append(object);
    }
    QJsonObject object {{QStringLiteral("event"), QStringLiteral("outcome")}, {QStringLiteral("id"), id},
        {QStringLiteral("time"), isoNow()}, {QStringLiteral("taskId"), result.taskId},
        {QStringLiteral("outcomes"), outcomes}};
    if (result.error.isError())
        object.insert(QStringLiteral("error"), result.error.message());
    return append(QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

QList<AuditRecord> AuditLog::read(const QString& path, QString* error, int* unreadableLines)
{
    QList<AuditRecord> records;
    int unreadable = 0;
    QFile file(path);
    if (!file.exists()) {
        if (unreadableLines)
            *unreadableLines = 0;
        return records;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open the audit log %1: %2").arg(path, file.errorString());
        return records;
    }
    QHash<QString, qsizetype> indexById;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            ++unreadable;
            continue;
        }
        const QJsonObject object = document.object();
        const QString event = object.value(QLatin1String("event")).toString();
        const QString id = object.value(QLatin1String("id")).toString();
        if (event == QLatin1String("kill") && !id.isEmpty()) {
            AuditRecord record;
            record.id = id;
            record.time = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            record.osUser = object.value(QLatin1String("osUser")).toString();
            record.machine = object.value(QLatin1String("machine")).toString();
            record.context.interface = object.value(QLatin1String("interface")).toString();
            record.context.sourceKind = object.value(QLatin1String("sourceKind")).toString();
            record.context.instance = object.value(QLatin1String("instance")).toString();
            record.context.node = object.value(QLatin1String("node")).toString();
            record.context.profile = object.value(QLatin1String("profile")).toString();
            record.mode = object.value(QLatin1String("mode")).toString();
            record.method = object.value(QLatin1String("method")).toString();
            const QJsonArray targets = object.value(QLatin1String("targets")).toArray();
            for (const QJsonValue& target : targets)
                record.targets.append(targetFromJson(target.toObject()));
            indexById.insert(id, records.size());
            records.append(record);
        } else if (event == QLatin1String("outcome") && indexById.contains(id)) {
            AuditRecord& record = records[indexById.value(id)];
            record.completed = true;
            record.completedTime
                = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            record.taskId = object.value(QLatin1String("taskId")).toString();
            record.error = object.value(QLatin1String("error")).toString();
            QHash<qint64, QJsonObject> outcomes;
            for (const QJsonValue& value : object.value(QLatin1String("outcomes")).toArray())
                outcomes.insert(value.toObject().value(QLatin1String("sessionId")).toInteger(), value.toObject());
            for (AuditRecord::Target& target : record.targets) {
                const QJsonObject outcome = outcomes.value(target.sessionId);
                target.outcome = outcome.value(QLatin1String("outcome")).toString();
                target.message = outcome.value(QLatin1String("message")).toString();
            }
        } else {
            ++unreadable;
        }
    }
    if (unreadableLines)
        *unreadableLines = unreadable;
    return records;
}

QByteArray AuditLog::toCsv(const QList<AuditRecord>& records)
{
    const SessionCsv::Options options;
    QByteArray out = "Time,OsUser,Machine,Interface,Source,Instance,Node,Profile,Mode,Method,TaskId,"
                     "SessionId,Status,Exclusion,User,Client,DbName,Command,SessionTime,TrxId,TrxDuration,"
                     "SqlText,Outcome,Message\r\n";
    for (const AuditRecord& record : records) {
        for (const AuditRecord::Target& target : record.targets) {
            const QStringList text {record.time.toString(Qt::ISODateWithMs), record.osUser, record.machine,
                record.context.interface, record.context.sourceKind, record.context.instance, record.context.node,
                record.context.profile, record.mode, record.method, record.taskId};
            for (const QString& field : text)
                out += SessionCsv::textField(field, options) + ',';
            out += QByteArray::number(target.sessionId) + ',';
            for (const QString& field :
                {target.status, target.exclusion, target.user, target.client, target.dbName, target.command})
                out += SessionCsv::textField(field, options) + ',';
            out += QByteArray::number(target.time) + ',';
            out += SessionCsv::textField(target.trxId, options) + ',';
            out += QByteArray::number(target.trxDuration) + ',';
            out += SessionCsv::textField(target.sql, options) + ',';
            out += SessionCsv::textField(record.completed ? target.outcome : QStringLiteral("unknown"), options) + ',';
            out += SessionCsv::textField(target.message.isEmpty() ? record.error : target.message, options);
            out += "\r\n";
        }
    }
    return out;
}

QByteArray AuditLog::toJsonLines(const QList<AuditRecord>& records)
{
    QByteArray out;
    for (const AuditRecord& record : records)
        out += QJsonDocument(recordJson(record)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

QString AuditLog::outcomeName(SessionOutcome::Result result)
{
    switch (result) {
    case SessionOutcome::Result::Done:
        return QStringLiteral("killed");
    case SessionOutcome::Result::AlreadyGone:
        return QStringLiteral("already-gone");
    case SessionOutcome::Result::Refused:
        return QStringLiteral("refused");
    case SessionOutcome::Result::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString AuditLog::outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("killed"))
        return tr("Killed");
    if (outcome == QLatin1String("already-gone"))
        return tr("Already gone");
    if (outcome == QLatin1String("refused"))
        return tr("Refused");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    if (outcome == QLatin1String("skipped"))
        return tr("Skipped");
    return tr("No outcome recorded");
}
