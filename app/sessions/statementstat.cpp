// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementstat.h"

#include "session.h"
#include "sessionsnapshot.h"
#include "sqlfingerprint.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

struct Accumulator
{
    StatementStat stat;
    QSet<QString> users;
    QSet<QString> databases;
    const Session* sample = nullptr;
};

QStringList sorted(const QSet<QString>& names)
{
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

double StatementStat::meanTime() const
{
    return sessionCount > 0 ? double(totalTime) / double(sessionCount) : 0.0;
}

QString StatementStat::fingerprintHex() const
{
    return SqlFingerprint::hex(fingerprint);
}

bool StatementStat::ranksBefore(const StatementStat& a, const StatementStat& b)
{
    if (a.totalTime != b.totalTime)
        return a.totalTime > b.totalTime;
    if (a.sessionCount != b.sessionCount)
        return a.sessionCount > b.sessionCount;
    return a.key < b.key;
}

QList<StatementStat> StatementStat::group(const SessionSnapshot& snapshot)
{
    return group(snapshot.sessions);
}

QList<StatementStat> StatementStat::group(const QList<Session>& sessions, const QList<qsizetype>* rows)
{
    SqlFingerprint fingerprint;
    QList<Accumulator> groups;
    QHash<quint64, qsizetype> byFingerprint;
    QHash<QString, qsizetype> byTemplate;
    QSet<qint64> seen;
    const qsizetype count = rows ? rows->size() : sessions.size();
    seen.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Session& session = sessions.at(rows ? rows->at(i) : i);
        if (session.sqlTemplateId.isEmpty() && session.sqlText.isEmpty())
            continue;
        if (seen.contains(session.sessionId))
            continue;
        seen.insert(session.sessionId);

        qsizetype at = -1;
        if (!session.sqlTemplateId.isEmpty()) {
            const auto it = byTemplate.constFind(session.sqlTemplateId);
            if (it == byTemplate.constEnd()) {
                at = groups.size();
                byTemplate.insert(session.sqlTemplateId, at);
                Accumulator& group = groups.emplace_back();
                group.stat.key = QStringLiteral("template:") + session.sqlTemplateId;
                group.stat.templateId = session.sqlTemplateId;
            } else {
                at = *it;
            }
        } else {
            const QStringView text = fingerprint.normalize(session.sqlText);
            if (text.isEmpty())
                continue;
            const quint64 hash = SqlFingerprint::hash(text);
            const auto it = byFingerprint.constFind(hash);
            if (it == byFingerprint.constEnd()) {
                at = groups.size();
                byFingerprint.insert(hash, at);
                Accumulator& group = groups.emplace_back();
                group.stat.fingerprint = hash;
                group.stat.key = SqlFingerprint::hex(hash);
                group.stat.text = text.toString();
            } else {
                at = *it;
            }
        }

        Accumulator& group = groups[at];
        StatementStat& stat = group.stat;
        ++stat.sessionCount;
        if (session.isActive())
            ++stat.activeCount;
        stat.totalTime += session.time;
        stat.maxTime = std::max(stat.maxTime, session.time);
        if (!session.user.isEmpty())
            group.users.insert(session.user);
        if (!session.dbName.isEmpty())
            group.databases.insert(session.dbName);
        stat.threadIds.append(session.sessionId);
        if (!group.sample || session.time > group.sample->time
            || (session.time == group.sample->time && session.sessionId < group.sample->sessionId))
            group.sample = &session;
    }

    QList<StatementStat> result;
    result.reserve(groups.size());
    for (Accumulator& group : groups) {
        StatementStat& stat = group.stat;
        stat.users = sorted(group.users);
        stat.databases = sorted(group.databases);
        std::sort(stat.threadIds.begin(), stat.threadIds.end());
        stat.sampleSessionId = group.sample->sessionId;
        stat.sampleSql = group.sample->sqlText;
        if (!stat.templateId.isEmpty()) {
            stat.text = fingerprint.normalize(stat.sampleSql).toString();
            stat.fingerprint = SqlFingerprint::hash(stat.text);
        }
        result.append(std::move(stat));
    }
    std::sort(result.begin(), result.end(), &StatementStat::ranksBefore);
    return result;
}
