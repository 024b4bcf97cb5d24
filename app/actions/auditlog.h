// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class KillPlan;

// Where a kill was made from and what it was made on, for the audit log.
struct AuditContext
{
    QString interface; // "gui" or "cli"
    QString sourceKind; // "das", "mysql"
    QString instance; // the instance ID, or host:port
    QString node;
    QString profile; // the profile's display name; empty when none was used
};

// One kill attempt as the audit log holds it: what was asked for, and how each target fared.
struct AuditRecord
{
    struct Target
    {
        qint64 sessionId = 0;
        QString status; // KillPlan::statusName()
        QString exclusion; // KillPlan::exclusionName(), when excluded
        bool includedAnyway = false;
        QString user;
        QString client;
        QString dbName;
        QString command;
        qint64 time = 0;
        QString trxId;
        qint64 trxDuration = 0;
        QString sql;
        // "killed", "already-gone", "refused", "failed", "skipped"; empty while no outcome is recorded.
        QString outcome;
        QString message;
    };

    QString id;
    QDateTime time;
    QString osUser;
    QString machine;
    AuditContext context;
    QString mode; // "connection" or "query"
    QString method; // the API or statement
    QList<Target> targets;

    // Filled in from the outcome line.
    bool completed = false;
    QDateTime completedTime;
    QString taskId;
    QString error;
};

// The local record of every kill: audit.jsonl in the app's data directory, one JSON object per
// line, appended only. A kill writes (and flushes to disk) its attempt before anything is sent,
// then a second line with the outcome; reading merges the two, so an attempt whose outcome never
// came (a crash, a lost connection) still shows. No password, AccessKey secret or token is ever
// written: nothing in a record can hold one.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const QString& path = defaultPath());

    // The window's <AppLocalDataLocation>/audit.jsonl (~/.local/share/SessionScope/SessionScope on
    // Linux), for the window and sessionscope-cli alike.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Appends the attempt and flushes it to disk. Returns its id, or an empty string and `error`.
    QString recordAttempt(
        const AuditContext& context, const KillPlan& plan, const QString& method, QString* error = nullptr);
    // Appends the outcome of attempt `id`.
    bool recordOutcome(const QString& id, const KillPlan& plan, const CommandResult& result, QString* error = nullptr);

    // Every attempt in the file, oldest first. A line that cannot be read is skipped and counted in
    // `unreadableLines`; a missing file is an empty log.
    static QList<AuditRecord> read(const QString& path, QString* error = nullptr, int* unreadableLines = nullptr);

    // One row per target, header first (RFC 4180, formulas guarded).
    static QByteArray toCsv(const QList<AuditRecord>& records);
    // One merged JSON object per line.
    static QByteArray toJsonLines(const QList<AuditRecord>& records);

    // The words for an outcome name, for the result view and the audit window.
    static QString outcomeText(const QString& outcome);
    static QString outcomeName(SessionOutcome::Result result);

private:
    bool append(const QByteArray& line, QString* error);

    QString m_path;
};
