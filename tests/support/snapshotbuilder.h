// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QList>
#include <QString>

#include <memory>

// A SessionSnapshot made as a source would hand it over, with only what a test names:
// SnapshotPtr s = SnapshotBuilder(QStringLiteral("rm-1")).sessions(list).counted().build();
// Nothing is derived behind the test's back: counts stay 0 unless counted() or counts() sets them.
class SnapshotBuilder
{
public:
    explicit SnapshotBuilder(const QString& instanceId = {});

    SnapshotBuilder& node(const QString& nodeId);
    SnapshotBuilder& takenAt(qint64 snapshotTimeMs);
    SnapshotBuilder& sessions(const QList<Session>& sessions);
    // totalSessionCount is the number of sessions given.
    SnapshotBuilder& counted();
    SnapshotBuilder& counts(qint64 total, qint64 active, qint64 idleInTransaction, qint64 maxActiveTime);
    SnapshotBuilder& stats(Dimension dimension, const QList<DimensionStat>& stats);

    std::shared_ptr<SessionSnapshot> build() const;

private:
    SessionSnapshot m_snapshot;
};
