// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QString RaisedEvent = QStringLiteral("raised");
const QString ClearedEvent = QStringLiteral("cleared");

QByteArray raisedLine(const AlertRecord& record)
{
    QJsonArray sessions;
    for (const qint64 id : record.sessionIds)
        sessions.append(id);
    const QJsonObject object {
        {QStringLiteral("event"), RaisedEvent},
        {QStringLiteral("id"), record.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("time"), record.raisedMs},
        {QStringLiteral("profile"), record.profileId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("instance"), record.instance},
        {QStringLiteral("rule"), record.rule},
        {QStringLiteral("value"), record.value},
        {QStringLiteral("subject"), record.subject},
        {QStringLiteral("sessions"), sessions},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray clearedLine(const AlertRecord& record)
{
    const QJsonObject object {
        {QStringLiteral("event"), ClearedEvent},
        {QStringLiteral("id"), record.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("time"), record.clearedMs},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// A whole number of milliseconds (JSON numbers are doubles); nullopt for anything else.
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

} // namespace

AlertHistory::AlertHistory(const QString& path)
    : m_path(path)
{ }

QString AlertHistory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("alerts.jsonl"));
}

QList<AlertRecord> AlertHistory::load()
{
    m_problem.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("The alert history %1 could not be read: %2.").arg(m_path, file.errorString());
        return {};
    }
    QList<AlertRecord> records;
    QHash<QUuid, qsizetype> rowOf;
    int lineNumber = 0;
    int damagedLine = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const QJsonObject object = document.object();
        const QString event = object.value(QLatin1String("event")).toString();
        const QUuid id = QUuid::fromString(object.value(QLatin1String("id")).toString());
        const std::optional<qint64> time = wholeNumber(object.value(QLatin1String("time")));
        if (!document.isObject() || id.isNull() || !time) {
            damagedLine = lineNumber;
            break;
        }
        if (event == RaisedEvent) {
            const std::optional<qint64> value = wholeNumber(object.value(QLatin1String("value")));
            const QJsonValue sessions = object.value(QLatin1String("sessions"));
            if (!value || !sessions.isArray() || !object.value(QLatin1String("rule")).isString()) {
                damagedLine = lineNumber;
                break;
            }
            AlertRecord record;
            record.id = id;
            record.raisedMs = *time;
            record.clearedMs = AlertRecord::NotSeenCleared;
            record.profileId = QUuid::fromString(object.value(QLatin1String("profile")).toString());
            record.instance = object.value(QLatin1String("instance")).toString();
            record.rule = object.value(QLatin1String("rule")).toString();
            record.value = *value;
            record.subject = object.value(QLatin1String("subject")).toString();
            for (const QJsonValue& session : sessions.toArray()) {
                if (const std::optional<qint64> sessionId = wholeNumber(session))
                    record.sessionIds.append(*sessionId);
            }
            rowOf.insert(id, records.size());
            records.append(record);
        } else if (event == ClearedEvent) {
            // A clear whose raise was compacted away has nothing left to clear.
            if (const auto row = rowOf.constFind(id); row != rowOf.cend())
                records[*row].clearedMs = *time;
        } else {
            damagedLine = lineNumber;
            break;
        }
    }
    file.close();

    if (damagedLine > 0) {
        // Set aside, never deleted: the user may want to look at it; the next alerts go to a fresh file.
        const QString aside = m_path + QStringLiteral(".damaged");
        QFile::remove(aside);
        const bool moved = QFile::rename(m_path, aside);
        m_problem = moved ? tr("The alert history %1 is damaged (line %2 cannot be read); it was set aside as %3 "
                               "and a new history was started.")
                                .arg(m_path)
                                .arg(damagedLine)
                                .arg(aside)
                          : tr("The alert history %1 is damaged (line %2 cannot be read) and could not be set "
                               "aside; alerts are not kept until it is removed.")
                                .arg(m_path)
                                .arg(damagedLine);
        return {};
    }
    if (records.size() > 2 * MaxRecords) {
        records = records.mid(records.size() - MaxRecords);
        rewrite(records);
    }
    return records;
}

bool AlertHistory::appendRaised(const AlertRecord& record)
{
    return append(raisedLine(record));
}

bool AlertHistory::appendCleared(const AlertRecord& record)
{
    return append(clearedLine(record));
}

bool AlertHistory::append(const QByteArray& line)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() || !file.flush()) {
        m_problem = tr("The alert history %1 could not be written: %2.").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool AlertHistory::rewrite(const QList<AlertRecord>& records)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const AlertRecord& record : records) {
        file.write(raisedLine(record));
        if (record.clearedMs > 0)
            file.write(clearedLine(record));
    }
    return file.commit();
}
