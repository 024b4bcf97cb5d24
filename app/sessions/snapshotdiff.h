// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dimensionstat.h"
#include "session.h"
#include "sessionsnapshot.h"

#include <QCoreApplication>
#include <QList>

// What happened between two moments of an instance, session by session, keyed by SessionId:
// - appeared: in the later moment only;
// - vanished: in the earlier moment only;
// - changed: in both, and its Command, State, SQL text, database or time bucket differs. The time
//   bucket is the band the session's Time falls in (under 1 s, 1–10 s, 10 s–1 min, 1–10 min,
//   10 min–1 h, 1 h or more), so a statement that keeps running is "changed" only when it crosses
//   into a longer band, not at every second;
// - anything else is unchanged (a session that kept sleeping in the same band).
// Counts per user, client and database say where the change is: an appeared or changed session is
// counted under its later values, a vanished one under its earlier ones.
class SnapshotDiff
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)

public:
    enum class Kind
    {
        Appeared,
        Vanished,
        Changed,
    };

    // What differs in a changed session.
    enum Field
    {
        CommandField = 0x1,
        StateField = 0x2,
        SqlField = 0x4,
        DatabaseField = 0x8,
        TimeBucketField = 0x10,
    };

    struct Change
    {
        Kind kind = Kind::Appeared;
        qint64 sessionId = 0;
        // The session then and now: `before` is empty for an appeared one, `after` for a vanished one.
        Session before;
        Session after;
        int fields = 0;

        // The session as it is best described: its later state, or its last one if it vanished.
        const Session& session() const { return kind == Kind::Vanished ? before : after; }
    };

    struct Count
    {
        QString key;
        int appeared = 0;
        int vanished = 0;
        int changed = 0;

        int total() const { return appeared + vanished + changed; }
    };

    // `before` is the earlier moment; either may be null (then every session of the other is new or gone).
    static SnapshotDiff compare(const SnapshotPtr& before, const SnapshotPtr& after);

    // The band of a session's Time (0 for under a second … 5 for an hour or more), and its name.
    static int timeBucket(qint64 seconds);
    static QString timeBucketName(int bucket);
    // "Command, SQL", for a changed session.
    static QString fieldNames(int fields);

    // Appeared first, then changed, then vanished; by SessionId within each.
    const QList<Change>& changes() const { return m_changes; }
    // Keys with any change, the most changed first.
    const QList<Count>& counts(Dimension dimension) const;
    int appeared() const { return m_appeared; }
    int vanished() const { return m_vanished; }
    int changed() const { return m_changed; }
    int unchanged() const { return m_unchanged; }

private:
    QList<Change> m_changes;
    QList<Count> m_counts[3];
    int m_appeared = 0;
    int m_vanished = 0;
    int m_changed = 0;
    int m_unchanged = 0;
};
