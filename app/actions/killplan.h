// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "sessions/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct SessionSnapshot;

// One session a kill was asked for, as the latest snapshot shows it.
struct KillTarget
{
    enum class Status
    {
        Included, // will be killed
        Excluded, // a system session: killed only when the user includes it deliberately
        Gone, // not in the latest snapshot: skipped
    };

    // Why a session is a system session.
    enum class Exclusion
    {
        None,
        Replication, // a binlog dump to a replica, or a replica's own SQL/IO threads
        Daemon, // a server thread: the event scheduler, background workers
        MaintenanceUser, // the cloud service's own maintenance account
        OwnConnection, // the connection SessionScope watches through
    };

    qint64 sessionId = 0;
    Status status = Status::Included;
    Exclusion exclusion = Exclusion::None;
    // Included although excluded by default: the user took the extra step.
    bool includedAnyway = false;
    // The session as the latest snapshot showed it; only the id when gone.
    Session session;

    bool willBeKilled() const { return status == Status::Included || (status == Status::Excluded && includedAnyway); }
};

// What a kill will do, worked out from the latest snapshot before anything is sent: the sessions
// it will kill, those it skips because they are gone, and the system sessions it leaves alone
// unless told otherwise. The preview dialog and the command-line tool show it; the audit log
// records it.
class KillPlan
{
    Q_DECLARE_TR_FUNCTIONS(KillPlan)

public:
    // Above this many sessions the user types the number to confirm.
    static constexpr int TypedConfirmationAbove = 10;

    KillPlan() = default;
    KillPlan(const SessionSnapshot& snapshot, const QList<qint64>& sessionIds, KillRequest::Scope scope);

    KillRequest::Scope scope() const { return m_scope; }
    void setScope(KillRequest::Scope scope) { m_scope = scope; }
    const QList<KillTarget>& targets() const { return m_targets; }
    bool isEmpty() const { return m_targets.isEmpty(); }

    // Includes (or leaves out again) an excluded system session; false for any other id.
    bool includeAnyway(qint64 sessionId, bool include);
    // Includes or leaves out every excluded session at once.
    void includeAllExcluded(bool include);

    // The ids that will be sent, in the order asked for.
    QList<qint64> idsToKill() const;
    int count(KillTarget::Status status) const;
    int excludedIncludedCount() const;

    // More than TypedConfirmationAbove sessions: the user must type how many.
    bool needsTypedConfirmation() const { return idsToKill().size() > TypedConfirmationAbove; }
    // Whether `typed` confirms this plan: the number of sessions to kill, when one is needed.
    bool isConfirmedBy(const QString& typed) const;

    // The request to send for this plan.
    KillRequest request() const;

    // How each target fared, once `result` came back: skipped targets as "skipped", the others as
    // the source reported them, or failed when it reported nothing for them.
    struct Outcome
    {
        KillTarget target;
        QString outcome; // AuditLog::outcomeName(), or "skipped"
        QString code;
        QString message;
    };
    QList<Outcome> outcomes(const CommandResult& result) const;

    // Why `session` is a system session, or None. `ownSessionId` is the source's own connection.
    static KillTarget::Exclusion classify(const Session& session, qint64 ownSessionId);
    // The reason in words, for the preview and the audit log.
    static QString exclusionText(KillTarget::Exclusion exclusion);
    // A stable name for files: "replication", "daemon", "maintenance-user", "own-connection".
    static QString exclusionName(KillTarget::Exclusion exclusion);
    static QString statusName(KillTarget::Status status);
    static QString scopeName(KillRequest::Scope scope);

private:
    KillRequest::Scope m_scope = KillRequest::Scope::Connection;
    QList<KillTarget> m_targets;
};
