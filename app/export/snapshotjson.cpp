// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotjson.h"

#include "sessioncsv.h"
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
        sessions.append(QJsonObject {
            {QStringLiteral("sessionId"), s.sessionId},
            {QStringLiteral("user"), nullableText(s.user)},
            {QStringLiteral("client"), nullableText(s.client)},
            {QStringLiteral("userClientAlias"), nullableText(s.userClientAlias)},
            {QStringLiteral("dbName"), nullableText(s.dbName)},
            {QStringLiteral("command"), nullableText(s.command)},
            {QStringLiteral("time"), s.time},
            {QStringLiteral("state"), nullableText(s.state)},
            {QStringLiteral("trxId"), nullableText(s.trxId)},
            {QStringLiteral("trxDuration"), s.trxDuration},
            {QStringLiteral("sqlTemplateId"), nullableText(s.sqlTemplateId)},
            {QStringLiteral("sqlText"), nullableText(s.sqlText)},
            {QStringLiteral("active"), s.isActive()},
            {QStringLiteral("idleInTransaction"), s.isIdleInTransaction()},
        });
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
