// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionaggregator.h"

#include "sessionsnapshot.h"

#include <QHash>

#include <algorithm>

namespace {

class StatsBuilder
{
public:
    void add(const QString& key, const Session& session)
    {
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            it = m_index.insert(key, m_stats.size());
            m_stats.append(DimensionStat {key, 0, 0, {}, {}});
        }
        DimensionStat& stat = m_stats[*it];
        ++stat.totalCount;
        if (session.isActive())
            ++stat.activeCount;
        stat.threadIds.append(session.sessionId);
        if (!stat.users.contains(session.user))
            stat.users.append(session.user);
    }

    QList<DimensionStat> take()
    {
        // Keys are unique here, so the ranking is a total order.
        std::sort(m_stats.begin(), m_stats.end(), &DimensionStat::ranksBefore);
        return std::move(m_stats);
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<DimensionStat> m_stats;
};

} // namespace

namespace SessionAggregator {

void aggregate(SessionSnapshot& snapshot)
{
    StatsBuilder users;
    StatsBuilder clients;
    StatsBuilder databases;
    qint64 active = 0;
    qint64 maxActiveTime = 0;
    for (const Session& session : std::as_const(snapshot.sessions)) {
        if (session.isActive()) {
            ++active;
            maxActiveTime = std::max(maxActiveTime, session.time);
        }
        users.add(session.user, session);
        clients.add(session.client, session);
        databases.add(session.dbName, session);
    }
    snapshot.totalSessionCount = snapshot.sessions.size();
    snapshot.activeSessionCount = active;
    snapshot.maxActiveTime = maxActiveTime;
    snapshot.userStats = users.take();
    snapshot.clientStats = clients.take();
    snapshot.dbStats = databases.take();
    snapshot.serverAggregated = false;
    fillDerivedCounts(snapshot);
}

void fillDerivedCounts(SessionSnapshot& snapshot)
{
    snapshot.idleInTransactionCount = std::count_if(
        snapshot.sessions.cbegin(), snapshot.sessions.cend(), [](const Session& s) { return s.isIdleInTransaction(); });
}

} // namespace SessionAggregator
