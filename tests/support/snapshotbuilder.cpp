// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/snapshotbuilder.h"

SnapshotBuilder::SnapshotBuilder(const QString& instanceId)
{
    m_snapshot.instanceId = instanceId;
}

SnapshotBuilder& SnapshotBuilder::node(const QString& nodeId)
{
    m_snapshot.nodeId = nodeId;
    return *this;
}

SnapshotBuilder& SnapshotBuilder::takenAt(qint64 snapshotTimeMs)
{
    m_snapshot.snapshotTimeMs = snapshotTimeMs;
    return *this;
}

SnapshotBuilder& SnapshotBuilder::sessions(const QList<Session>& sessions)
{
    m_snapshot.sessions = sessions;
    return *this;
}

SnapshotBuilder& SnapshotBuilder::counted()
{
    m_snapshot.totalSessionCount = m_snapshot.sessions.size();
    return *this;
}

SnapshotBuilder& SnapshotBuilder::counts(qint64 total, qint64 active, qint64 idleInTransaction, qint64 maxActiveTime)
{
    m_snapshot.totalSessionCount = total;
    m_snapshot.activeSessionCount = active;
    m_snapshot.idleInTransactionCount = idleInTransaction;
    m_snapshot.maxActiveTime = maxActiveTime;
    return *this;
}

SnapshotBuilder& SnapshotBuilder::stats(Dimension dimension, const QList<DimensionStat>& stats)
{
    m_snapshot.stats(dimension) = stats;
    return *this;
}

std::shared_ptr<SessionSnapshot> SnapshotBuilder::build() const
{
    return std::make_shared<SessionSnapshot>(m_snapshot);
}
