// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include "sessions/sessionsnapshot.h"
#include "sessions/statementstat.h"

#include <algorithm>

namespace {

struct Name
{
    const char* text;
    AlertRule::Kind kind;
    bool takesKey;
};

constexpr Name Names[] = {
    {"active", AlertRule::Kind::ActiveSessions, false},
    {"longest_active", AlertRule::Kind::LongestActive, false},
    {"idle_in_trx", AlertRule::Kind::IdleInTransaction, false},
    {"user", AlertRule::Kind::UserSessions, true},
    {"client", AlertRule::Kind::ClientSessions, true},
    {"db", AlertRule::Kind::DatabaseSessions, true},
    {"statement", AlertRule::Kind::StatementSessions, false},
    {"lock_waits", AlertRule::Kind::LockWaits, false},
    {"failing", AlertRule::Kind::SourceFailing, false},
};

AlertRule::Measurement busiest(const QList<DimensionStat>& stats, const QString& key)
{
    AlertRule::Measurement measurement;
    const DimensionStat* chosen = nullptr;
    for (const DimensionStat& stat : stats) {
        if (key.isEmpty() ? (!chosen || DimensionStat::ranksBefore(stat, *chosen)) : stat.key == key)
            chosen = &stat;
        if (!key.isEmpty() && chosen)
            break;
    }
    if (chosen) {
        measurement.value = chosen->totalCount;
        measurement.subject = chosen->key;
        measurement.sessionIds = chosen->threadIds;
    } else {
        measurement.subject = key;
    }
    return measurement;
}

} // namespace

QString AlertRule::expression() const
{
    for (const Name& name : Names) {
        if (name.kind == kind) {
            QString text = QLatin1String(name.text);
            if (!key.isEmpty())
                text += QLatin1Char(':') + key;
            return text + QLatin1Char('>') + QString::number(threshold);
        }
    }
    return {};
}

QString AlertRule::text() const
{
    const QString n = QString::number(threshold);
    switch (kind) {
    case Kind::ActiveSessions:
        return tr("Active sessions above %1").arg(n);
    case Kind::LongestActive:
        return tr("Longest active session above %1 s").arg(n);
    case Kind::IdleInTransaction:
        return tr("A session idle in a transaction for longer than %1 s").arg(n);
    case Kind::UserSessions:
        return key.isEmpty() ? tr("Sessions of one user above %1").arg(n)
                             : tr("Sessions of user %1 above %2").arg(key, n);
    case Kind::ClientSessions:
        return key.isEmpty() ? tr("Sessions of one client above %1").arg(n)
                             : tr("Sessions of client %1 above %2").arg(key, n);
    case Kind::DatabaseSessions:
        return key.isEmpty() ? tr("Sessions of one database above %1").arg(n)
                             : tr("Sessions of database %1 above %2").arg(key, n);
    case Kind::StatementSessions:
        return tr("Sessions running one statement above %1").arg(n);
    case Kind::LockWaits:
        return tr("Lock waits above %1").arg(n);
    case Kind::SourceFailing:
        return tr("Every fetch failing for longer than %1 s").arg(n);
    }
    return expression();
}

qint64 AlertRule::defaultThreshold(Kind kind)
{
    switch (kind) {
    case Kind::ActiveSessions:
        return 50;
    case Kind::LongestActive:
        return 60;
    case Kind::IdleInTransaction:
        return 300;
    case Kind::UserSessions:
    case Kind::ClientSessions:
    case Kind::DatabaseSessions:
        return 200;
    case Kind::StatementSessions:
        return 50;
    case Kind::LockWaits:
        return 5;
    case Kind::SourceFailing:
        return 60;
    }
    return 0;
}

QList<AlertRule::Kind> AlertRule::kinds()
{
    QList<Kind> result;
    for (const Name& name : Names)
        result.append(name.kind);
    return result;
}

std::optional<AlertRule> AlertRule::parse(const QString& expression, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<AlertRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype gt = expression.lastIndexOf(QLatin1Char('>'));
    if (gt < 0)
        return fail(tr("\"%1\" is not a rule: write NAME>N, e.g. active>50").arg(expression));
    const QString left = expression.left(gt).trimmed();
    const QString right = expression.mid(gt + 1).trimmed();
    bool ok = false;
    const qint64 threshold = right.toLongLong(&ok);
    if (!ok || threshold < 0)
        return fail(tr("\"%1\": the threshold must be a whole number of 0 or more").arg(expression));
    const qsizetype colon = left.indexOf(QLatin1Char(':'));
    const QString name = (colon < 0 ? left : left.left(colon)).trimmed().toLower();
    const QString key = colon < 0 ? QString() : left.mid(colon + 1).trimmed();
    for (const Name& known : Names) {
        if (name != QLatin1String(known.text))
            continue;
        if (colon >= 0 && (!known.takesKey || key.isEmpty()))
            return fail(known.takesKey ? tr("\"%1\": name the %2 after the colon").arg(expression, name)
                                       : tr("\"%1\": %2 takes no name").arg(expression, name));
        AlertRule rule;
        rule.kind = known.kind;
        rule.threshold = threshold;
        rule.key = key;
        return rule;
    }
    return fail(tr("\"%1\": unknown rule \"%2\"; use active, longest_active, idle_in_trx, user, client, db, "
                   "statement, lock_waits or failing")
                    .arg(expression, name));
}

AlertRule::Measurement AlertRule::measure(const SessionSnapshot& snapshot) const
{
    Measurement measurement;
    switch (kind) {
    case Kind::ActiveSessions:
        measurement.value = snapshot.activeSessionCount;
        for (const Session& session : snapshot.sessions) {
            if (session.isActive())
                measurement.sessionIds.append(session.sessionId);
        }
        break;
    case Kind::LongestActive:
        measurement.value = snapshot.maxActiveTime;
        for (const Session& session : snapshot.sessions) {
            if (session.isActive() && breaches(session.time))
                measurement.sessionIds.append(session.sessionId);
        }
        break;
    case Kind::IdleInTransaction:
        for (const Session& session : snapshot.sessions) {
            if (!session.isIdleInTransaction())
                continue;
            // How long the transaction has been open where the server says, else how long it idles.
            const qint64 idle = session.trxDuration > 0 ? session.trxDuration : session.time;
            measurement.value = std::max(measurement.value, idle);
            if (breaches(idle))
                measurement.sessionIds.append(session.sessionId);
        }
        break;
    case Kind::UserSessions:
        return busiest(snapshot.userStats, key);
    case Kind::ClientSessions:
        return busiest(snapshot.clientStats, key);
    case Kind::DatabaseSessions:
        return busiest(snapshot.dbStats, key);
    case Kind::StatementSessions: {
        const QList<StatementStat> statements = StatementStat::group(snapshot);
        const StatementStat* chosen = nullptr;
        for (const StatementStat& statement : statements) {
            if (!chosen || statement.sessionCount > chosen->sessionCount)
                chosen = &statement;
        }
        if (chosen) {
            measurement.value = chosen->sessionCount;
            measurement.subject = chosen->text;
            measurement.sessionIds = chosen->threadIds;
        }
        break;
    }
    case Kind::LockWaits:
        measurement.known = snapshot.lockWaitsKnown;
        measurement.value = snapshot.lockWaits.size();
        for (const LockWait& wait : snapshot.lockWaits)
            measurement.sessionIds.append(wait.waitingSessionId);
        break;
    case Kind::SourceFailing:
        // A snapshot arrived: the source is not failing.
        break;
    }
    return measurement;
}
