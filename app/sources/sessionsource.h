// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"
#include "sessions/sessionsnapshot.h"
#include "sourcecommand.h"

#include <QObject>

// Where snapshots come from: DAS, or a direct connection to a server. A source takes one snapshot
// per fetch() and reports it, or why it could not, exactly once. The monitor above decides when.
// What a source can do beyond watching is announced by capabilities(); everything downstream of a
// snapshot is the same for every source.
class SessionSource : public QObject
{
    Q_OBJECT

public:
    struct Capabilities
    {
        // KILL <id>: ends the connection.
        bool killSession = false;
        // KILL QUERY <id>: ends only the running statement.
        bool killQuery = false;
        // Who waits for whose locks.
        bool reportLocks = false;
    };

    using QObject::QObject;
    ~SessionSource() override;

    // Starts one snapshot. Ignored while one is already being taken, so two never overlap.
    virtual void fetch() = 0;
    // Stops the snapshot being taken; nothing is reported for it.
    virtual void cancel() = 0;
    virtual bool isFetching() const = 0;
    // What is watched, for the user: "rm-bp1… (node …)", "db1.example.com:3306".
    virtual QString target() const = 0;

    virtual Capabilities capabilities() const { return {}; }
    // True for a recording: its snapshots are of the past, however recently they were read.
    virtual bool showsThePast() const { return false; }
    bool canKillSession() const { return capabilities().killSession; }
    bool canKillQuery() const { return capabilities().killQuery; }
    bool canReportLocks() const { return capabilities().reportLocks; }

    // Starts a kill. The command belongs to `owner` and reports once through finished(); a source
    // without the capability answers with an Unsupported error, from the event loop.
    virtual SourceCommand* kill(const KillRequest& request, QObject* owner);
    // What kill() will use for `request`, for the audit log and the preview: the API
    // ("CreateKillInstanceSessionTaskWithMaintainUser") or the statement ("KILL QUERY <id>").
    virtual QString killMethod(const KillRequest& request) const;

signals:
    // Still collecting; `detail` says how far, for a status line ("poll 3").
    void progress(const QString& detail);
    // A failure that will be retried after `delayMs`.
    void retrying(const FetchError& error, int attempt, int delayMs);
    // Something the user should know that is not a failure ("the local clock is 900 s off").
    void notice(const QString& message);
    void snapshotReady(const SnapshotPtr& snapshot);
    void fetchFailed(const FetchError& error);
};
