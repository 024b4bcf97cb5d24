// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotjson.h"

#include "sessioncsv.h"
#include "sessions/sessionfield.h"
#include "sessions/sessionsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SnapshotJson {

namespace {

QJsonValue nullableText(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray statsArray(const QList<DimensionStat>& stats)
{
    QJsonArray array;
    for (const DimensionStat& stat : stats) {
        QJsonArray ids;
        for (const qint64 id : stat.threadIds)
            ids.append(id);
        array.append(QJsonObject {
            {QStringLiteral("key"), nullableText(stat.key)},
            {QStringLiteral("totalCount"), stat.totalCount},
            {QStringLiteral("activeCount"), stat.activeCount},
            {QStringLiteral("threadIds"), ids},
            {QStringLiteral("users"), QJsonArray::fromStringList(stat.users)},
        });
    }
    return array;
}

} // namespace

QByteArray toJson(const SessionSnapshot& snapshot)
{
    QJsonArray sessions;
    for (const Session& s : snapshot.sessions) {
        QJsonObject object;
        for (const SessionFields::Spec& field : SessionFields::all()) {
            if (field.isDerived())
                continue;
            object.insert(field.name,
                field.type == SessionFields::Type::Integer ? QJsonValue(s.*field.integer)
                                                           : nullableText(s.*field.text));
        }
        object.insert(QLatin1StringView("active"), s.isActive());
        object.insert(QLatin1StringView("idleInTransaction"), s.isIdleInTransaction());
        sessions.append(object);
    }
    const QJsonObject root {
        {QStringLiteral("schema"), QStringLiteral("sessionscope.snapshot/1")},
        {QStringLiteral("instanceId"), snapshot.instanceId},
        {QStringLiteral("nodeId"), snapshot.nodeId},
        {QStringLiteral("snapshotTime"), SessionCsv::isoTime(snapshot.snapshotTimeMs)},
        {QStringLiteral("requestTime"),
            snapshot.requestTimeMs > 0 ? QJsonValue(SessionCsv::isoTime(snapshot.requestTimeMs)) : QJsonValue()},
        {QStringLiteral("serverAggregated"), snapshot.serverAggregated},
        {QStringLiteral("totalSessionCount"), snapshot.totalSessionCount},
        {QStringLiteral("activeSessionCount"), snapshot.activeSessionCount},
        {QStringLiteral("idleInTransactionCount"), snapshot.idleInTransactionCount},
        {QStringLiteral("maxActiveTime"), snapshot.maxActiveTime},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("userStats"), statsArray(snapshot.userStats)},
        {QStringLiteral("clientStats"), statsArray(snapshot.clientStats)},
        {QStringLiteral("dbStats"), statsArray(snapshot.dbStats)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace SnapshotJson
