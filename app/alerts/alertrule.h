// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct SessionSnapshot;

// One condition worth telling someone about, as written on a command line ("active>50",
// "user:app_rw>200") and measured on a snapshot. A rule breaches when its value is above its
// threshold.
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(AlertRule)

public:
    enum class Kind
    {
        // active>N: sessions running a statement.
        ActiveSessions,
        // longest_active>T: the longest Time of an active session, seconds.
        LongestActive,
        // idle_in_trx>T: a session idle in an open transaction for longer than T seconds.
        IdleInTransaction,
        // user>N, user:NAME>N (and client, db): the sessions of one user (the busiest, or NAME).
        UserSessions,
        ClientSessions,
        DatabaseSessions,
        // statement>N: the sessions running one statement (by fingerprint or template id).
        StatementSessions,
        // lock_waits>N: sessions waiting for another's lock (sources that see lock waits).
        LockWaits,
        // failing>T: the source has failed every fetch for longer than T seconds.
        SourceFailing,
    };

    // What a rule measured on one snapshot.
    struct Measurement
    {
        // False when the snapshot cannot tell (lock waits of a source that does not see them).
        bool known = true;
        qint64 value = 0;
        // Which user, client, database or statement the value is of; empty for instance-wide rules.
        QString subject;
        // The sessions behind the value (those over the threshold, or of the subject).
        QList<qint64> sessionIds;
    };

    Kind kind = Kind::ActiveSessions;
    qint64 threshold = 0;
    // user, client, db: the one name watched; empty watches the busiest.
    QString key;

    // The rule as parse() reads it: "active>50", "user:app_rw>200".
    QString expression() const;
    // The rule in words, for the window and notifications: "Active sessions above 50".
    QString text() const;
    // The threshold a rule of `kind` starts with before the user sets one.
    static qint64 defaultThreshold(Kind kind);
    // Every kind, in the order the window lists them.
    static QList<Kind> kinds();
    // Measured on `snapshot`; SourceFailing is not (see AlertEvaluator::addFailure).
    Measurement measure(const SessionSnapshot& snapshot) const;
    bool breaches(qint64 value) const { return value > threshold; }

    // Reads "name>N" or "name:KEY>N" (names: active, longest_active, idle_in_trx, user, client, db,
    // statement, lock_waits, failing; N a whole number ≥ 0); nullopt with `error` saying why.
    static std::optional<AlertRule> parse(const QString& expression, QString* error = nullptr);

    bool operator==(const AlertRule&) const = default;
};
