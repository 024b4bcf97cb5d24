// SPDX-License-Identifier: GPL-3.0-or-later
#include "killplan.h"

#include "sessions/sessionsnapshot.h"

#include <QHash>
#include <QSet>

namespace {

// Case folding keeps every UTF-16 unit one unit long, so texts of other lengths never match: the
// window asks this of every session after every refresh, most of them of another length.
bool equalsIgnoringCase(const QString& text, QLatin1String other)
{
    return text.size() == other.size() && text.compare(other, Qt::CaseInsensitive) == 0;
}

// Accounts the cloud service keeps for itself on RDS and PolarDB; the DAS console does not let
// them be killed either.
bool isMaintenanceUser(const QString& user)
{
    static const QLatin1String users[] = {QLatin1String("aliyun_root"), QLatin1String("aurora"),
        QLatin1String("aurora_proxy"), QLatin1String("polardbx_root"), QLatin1String("rds_service")};
    for (const QLatin1String& candidate : users) {
        if (equalsIgnoringCase(user, candidate))
            return true;
    }
    return false;
}

} // namespace

KillPlan::KillPlan(const SessionSnapshot& snapshot, const QList<qint64>& sessionIds, KillRequest::Scope scope)
    : m_scope(scope)
{
    QHash<qint64, const Session*> byId;
    byId.reserve(snapshot.sessions.size());
    for (const Session& session : snapshot.sessions)
        byId.insert(session.sessionId, &session);
    QSet<qint64> seen;
    for (const qint64 id : sessionIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        KillTarget target;
        target.sessionId = id;
        target.session.sessionId = id;
        if (snapshot.ownSessionId != 0 && id == snapshot.ownSessionId) {
            target.status = KillTarget::Status::Excluded;
            target.exclusion = KillTarget::Exclusion::OwnConnection;
        } else if (const Session* session = byId.value(id)) {
            target.session = *session;
            target.exclusion = classify(*session, snapshot.ownSessionId);
            target.status = target.exclusion == KillTarget::Exclusion::None ? KillTarget::Status::Included
                                                                            : KillTarget::Status::Excluded;
        } else {
            target.status = KillTarget::Status::Gone;
        }
        m_targets.append(target);
    }
}

bool KillPlan::includeAnyway(qint64 sessionId, bool include)
{
    for (KillTarget& target : m_targets) {
        if (target.sessionId == sessionId && target.status == KillTarget::Status::Excluded) {
            target.includedAnyway = include;
            return true;
        }
    }
    return false;
}

void KillPlan::includeAllExcluded(bool include)
{
    for (KillTarget& target : m_targets) {
        if (target.status == KillTarget::Status::Excluded)
            target.includedAnyway = include;
    }
}

QList<qint64> KillPlan::idsToKill() const
{
    QList<qint64> ids;
    for (const KillTarget& target : m_targets) {
        if (target.willBeKilled())
            ids.append(target.sessionId);
    }
    return ids;
}

int KillPlan::count(KillTarget::Status status) const
{
    return int(std::count_if(
        m_targets.cbegin(), m_targets.cend(), [status](const KillTarget& target) { return target.status == status; }));
}

int KillPlan::excludedIncludedCount() const
{
    return int(std::count_if(m_targets.cbegin(), m_targets.cend(), [](const KillTarget& target) {
        return target.status == KillTarget::Status::Excluded && target.includedAnyway;
    }));
}

bool KillPlan::isConfirmedBy(const QString& typed) const
{
    if (!needsTypedConfirmation())
        return true;
    bool ok = false;
    const qsizetype number = typed.trimmed().toLongLong(&ok);
    return ok && number == idsToKill().size();
}

KillRequest KillPlan::request() const
{
    KillRequest request;
    request.sessionIds = idsToKill();
    request.scope = m_scope;
    return request;
}

QList<KillPlan::Outcome> KillPlan::outcomes(const CommandResult& result) const
{
    QHash<qint64, const SessionOutcome*> byId;
    for (const SessionOutcome& outcome : result.outcomes)
        byId.insert(outcome.sessionId, &outcome);
    QList<Outcome> list;
    for (const KillTarget& target : m_targets) {
        Outcome entry {target, {}, {}, {}};
        if (!target.willBeKilled()) {
            entry.outcome = QStringLiteral("skipped");
            entry.message = target.status == KillTarget::Status::Gone ? tr("Not in the latest snapshot.")
                                                                      : exclusionText(target.exclusion);
        } else if (const SessionOutcome* outcome = byId.value(target.sessionId)) {
            switch (outcome->result) {
            case SessionOutcome::Result::Done:
                entry.outcome = QStringLiteral("killed");
                break;
            case SessionOutcome::Result::AlreadyGone:
                entry.outcome = QStringLiteral("already-gone");
                break;
            case SessionOutcome::Result::Refused:
                entry.outcome = QStringLiteral("refused");
                break;
            case SessionOutcome::Result::Failed:
                entry.outcome = QStringLiteral("failed");
                break;
            }
            if (outcome->error.isError()) {
                entry.code = outcome->error.code();
                entry.message = outcome->error.message();
            }
        } else {
            entry.outcome = QStringLiteral("failed");
            entry.message
                = result.error.isError() ? result.error.message() : tr("The source reported nothing for this session.");
        }
        list.append(entry);
    }
    return list;
}

KillTarget::Exclusion KillPlan::classify(const Session& session, qint64 ownSessionId)
{
    if (ownSessionId != 0 && session.sessionId == ownSessionId)
        return KillTarget::Exclusion::OwnConnection;
    const QString& command = session.command;
    // The primary's side of replication, and the replica's own threads (MySQL shows them as
    // "system user"; MariaDB names their commands Slave_IO, Slave_SQL and Slave_worker).
    if (equalsIgnoringCase(command, QLatin1String("Binlog Dump"))
        || equalsIgnoringCase(command, QLatin1String("Binlog Dump GTID"))
        || command.startsWith(QLatin1String("Slave_"), Qt::CaseInsensitive)
        || equalsIgnoringCase(session.user, QLatin1String("system user")))
        return KillTarget::Exclusion::Replication;
    if (equalsIgnoringCase(command, QLatin1String("Daemon"))
        || equalsIgnoringCase(session.user, QLatin1String("event_scheduler")))
        return KillTarget::Exclusion::Daemon;
    if (isMaintenanceUser(session.user))
        return KillTarget::Exclusion::MaintenanceUser;
    return KillTarget::Exclusion::None;
}

QString KillPlan::exclusionText(KillTarget::Exclusion exclusion)
{
    switch (exclusion) {
    case KillTarget::Exclusion::None:
        return {};
    case KillTarget::Exclusion::Replication:
        return tr("Replication: killing it stops or breaks a replica.");
    case KillTarget::Exclusion::Daemon:
        return tr("A server thread (event scheduler or background work).");
    case KillTarget::Exclusion::MaintenanceUser:
        return tr("The cloud service's own maintenance account.");
    case KillTarget::Exclusion::OwnConnection:
        return tr("SessionScope's own connection.");
    }
    return {};
}

QString KillPlan::exclusionName(KillTarget::Exclusion exclusion)
{
    switch (exclusion) {
    case KillTarget::Exclusion::None:
        return {};
    case KillTarget::Exclusion::Replication:
        return QStringLiteral("replication");
    case KillTarget::Exclusion::Daemon:
        return QStringLiteral("daemon");
    case KillTarget::Exclusion::MaintenanceUser:
        return QStringLiteral("maintenance-user");
    case KillTarget::Exclusion::OwnConnection:
        return QStringLiteral("own-connection");
    }
    return {};
}

QString KillPlan::statusName(KillTarget::Status status)
{
    switch (status) {
    case KillTarget::Status::Included:
        return QStringLiteral("included");
    case KillTarget::Status::Excluded:
        return QStringLiteral("excluded");
    case KillTarget::Status::Gone:
        return QStringLiteral("gone");
    }
    return {};
}

QString KillPlan::scopeName(KillRequest::Scope scope)
{
    return scope == KillRequest::Scope::Query ? QStringLiteral("query") : QStringLiteral("connection");
}
