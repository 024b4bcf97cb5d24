// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsnapshot.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace {

struct BackgroundDeleter
{
    void operator()(SessionSnapshot* snapshot) const
    {
        const QCoreApplication* app = QCoreApplication::instance();
        if (app && QThread::currentThread() == app->thread() && !QCoreApplication::closingDown())
            QThreadPool::globalInstance()->start([snapshot] { delete snapshot; });
        else
            delete snapshot;
    }
};

} // namespace

std::shared_ptr<SessionSnapshot> SessionSnapshot::create()
{
    return std::shared_ptr<SessionSnapshot>(new SessionSnapshot, BackgroundDeleter {});
}

std::shared_ptr<SessionSnapshot> SessionSnapshot::create(SessionSnapshot&& snapshot)
{
    return std::shared_ptr<SessionSnapshot>(new SessionSnapshot(std::move(snapshot)), BackgroundDeleter {});
}

const QList<DimensionStat>& SessionSnapshot::stats(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::User:
        return userStats;
    case Dimension::Client:
        return clientStats;
    case Dimension::Database:
        break;
    }
    return dbStats;
}

QList<DimensionStat>& SessionSnapshot::stats(Dimension dimension)
{
    return const_cast<QList<DimensionStat>&>(std::as_const(*this).stats(dimension));
}

qint64 SessionSnapshot::blockerOf(qint64 sessionId) const
{
    for (const LockWait& wait : lockWaits) {
        if (wait.waitingSessionId == sessionId)
            return wait.blockingSessionId;
    }
    return 0;
}

QList<qint64> SessionSnapshot::blockedBy(qint64 sessionId) const
{
    QList<qint64> waiting;
    for (const LockWait& wait : lockWaits) {
        if (wait.blockingSessionId == sessionId && !waiting.contains(wait.waitingSessionId))
            waiting.append(wait.waitingSessionId);
    }
    return waiting;
}
