// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetcherror.h"
#include "sessions/sessionsnapshot.h"

#include <QObject>

// Where snapshots come from: DAS, or a direct connection to a server. A source takes one snapshot
// per fetch() and reports it, or why it could not, exactly once. The monitor above decides when.
class SessionSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SessionSource() override;

    // Starts one snapshot. Ignored while one is already being taken, so two never overlap.
    virtual void fetch() = 0;
    // Stops the snapshot being taken; nothing is reported for it.
    virtual void cancel() = 0;
    virtual bool isFetching() const = 0;
    virtual QString instanceId() const = 0;
    virtual QString nodeId() const = 0;

signals:
    // Still collecting: the service answered RUNNING `pollCount` times.
    void progress(int pollCount);
    void retrying(const FetchError& error, int attempt, int delayMs);
    void clockSkewCorrected(qint64 offsetMs);
    void snapshotReady(const SnapshotPtr& snapshot);
    void fetchFailed(const FetchError& error);
};
