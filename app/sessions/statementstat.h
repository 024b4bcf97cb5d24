// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct Session;
struct SessionSnapshot;

// The sessions of one snapshot running one statement: those whose SQL has the same fingerprint
// (SqlFingerprint), or the same SqlTemplateId where the server sends one (PolarDB-X). Sessions
// without SQL (idle connections) run no statement and are in none.
struct StatementStat
{
    // What the statement is known by within a snapshot: its template id where the server sent one,
    // else its fingerprint; unique within one grouping.
    QString key;
    // SqlFingerprint::hash of `text`.
    quint64 fingerprint = 0;
    // The server's SqlTemplateId; empty when the sessions carry none.
    QString templateId;
    // The normalised text (of the sample's SQL for a template).
    QString text;
    qint64 sessionCount = 0;
    qint64 activeCount = 0;
    // Sum and largest of the sessions' Time, seconds.
    qint64 totalTime = 0;
    qint64 maxTime = 0;
    // Distinct, ascending; empty names left out.
    QStringList users;
    QStringList databases;
    // Ascending.
    QList<qint64> threadIds;
    // The longest-running session (the lowest id among equals) and its whole SQL.
    qint64 sampleSessionId = 0;
    QString sampleSql;

    // Mean Time of the sessions, seconds.
    double meanTime() const;
    // The fingerprint as 16 lower-case hex digits.
    QString fingerprintHex() const;

    bool operator==(const StatementStat&) const = default;

    // Where statements are listed: larger total time first, then more sessions, then by key.
    static bool ranksBefore(const StatementStat& a, const StatementStat& b);
    // The statements of `sessions` (only those at `rows`, indexes into `sessions`, when given),
    // ranked; a session id listed twice counts once, as first listed. Pure and thread-safe: the
    // window runs it on a worker.
    static QList<StatementStat> group(const QList<Session>& sessions, const QList<qsizetype>* rows = nullptr);
    static QList<StatementStat> group(const SessionSnapshot& snapshot);
};
