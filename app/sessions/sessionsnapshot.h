// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dimensionstat.h"
#include "lockwait.h"
#include "session.h"

#include <QList>
#include <QString>

#include <memory>

// Everything known about an instance's sessions at one moment. Built once, then shared read-only
// as SnapshotPtr between threads, models and exporters.
struct SessionSnapshot
{
    QString instanceId;
    QString nodeId;
    // When the server listed the sessions (SessionData.TimeStamp), epoch milliseconds, UTC.
    qint64 snapshotTimeMs = 0;
    // When the asynchronous request was made (Data.Timestamp), epoch milliseconds; 0 if unknown.
    qint64 requestTimeMs = 0;

    qint64 totalSessionCount = 0;
    qint64 activeSessionCount = 0;
    qint64 maxActiveTime = 0;
    // Derived locally for every source: DAS has no such count.
    qint64 idleInTransactionCount = 0;

    QList<Session> sessions;
    QList<DimensionStat> userStats;
    QList<DimensionStat> clientStats;
    QList<DimensionStat> dbStats;

    // Who waits for whose locks; empty when the source cannot see them (see lockWaitsKnown).
    QList<LockWait> lockWaits;
    bool lockWaitsKnown = false;
    // Set when the server showed only this user's own sessions (no PROCESS privilege): the counts
    // are of what was visible, not of the instance.
    QString visibleOnlyToUser;
    // The session this program watches through (a direct source's own connection), left out of
    // `sessions`; 0 when there is none. Never a kill target.
    qint64 ownSessionId = 0;

    // True when the counts and stats came from the server as received (DAS), false when this
    // program aggregated them from the session list.
    bool serverAggregated = false;

    // Which kind of source took it ("das", "mysql", …) and the source's own reference for the
    // request that produced it (DAS's RequestId), for support and exports. Nothing branches on it.
    QString sourceKind;
    QString sourceReference;

    const QList<DimensionStat>& stats(Dimension dimension) const;
    // The session whose transaction `sessionId` waits for; 0 when it waits for none.
    qint64 blockerOf(qint64 sessionId) const;
    // The sessions waiting for `sessionId`'s locks.
    QList<qint64> blockedBy(qint64 sessionId) const;
    QList<DimensionStat>& stats(Dimension dimension);

    bool operator==(const SessionSnapshot&) const = default;

    // A new snapshot whose memory, when the last reference to it is dropped on the GUI thread, is
    // freed on a worker thread: a hundred thousand sessions are over a million strings, and
    // freeing them would stall the window for tens of milliseconds on every refresh.
    static std::shared_ptr<SessionSnapshot> create();
    static std::shared_ptr<SessionSnapshot> create(SessionSnapshot&& snapshot);
};

using SnapshotPtr = std::shared_ptr<const SessionSnapshot>;
