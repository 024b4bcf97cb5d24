// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A recording: every snapshot of one instance taken over a stretch of time, and every fetch that
// failed meanwhile, in one SQLite file (Qt Sql's QSQLITE driver) that can be replayed later.
//
// The file (schema version 1, documented in docs/recording.md): a table `meta` (format, version)
// and a table `snapshots`, one row per snapshot or failed fetch, holding its head (counts, lock
// waits, source) as JSON and, compressed, the texts it introduced (each distinct text is written
// once per run) and the sessions that appeared, changed or ended.
// A keyframe holds every session; the snapshots after it hold only what changed, so a moment is
// rebuilt from its keyframe and at most KeyframeInterval - 1 changes. A session's Time and
// transaction time are stored as the second they began, so a statement that keeps running is not
// stored again. Statistics that SessionAggregator derives identically from the sessions are not
// stored at all. The file is written in WAL mode, one transaction per snapshot: a crash loses at
// most the snapshot being written.
namespace Recording {

constexpr int SchemaVersion = 1;
constexpr int KeyframeInterval = 60;

struct Entry
{
    qint64 id = 0;
    qint64 takenAtMs = 0;
    bool ok = true;
    qint64 sessions = 0;
    qint64 active = 0;
    // The longest active session's Time, in seconds (MaxActiveTime).
    qint64 maxActiveTime = 0;
    QString instanceId;
    // A failed fetch: what went wrong, in the words the window and the CLI show.
    QString error;
    // Sessions written at this snapshot (all of them in a keyframe, else the new and changed ones)
    // and sessions noted as ended.
    qint64 storedSessions = 0;
    qint64 endedSessions = 0;
};

// Appends snapshots to a recording. Use from one thread.
class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    // Creates the file, or continues one written by this format; false with error() otherwise.
    bool open(const QString& path);
    bool append(const SessionSnapshot& snapshot);
    bool appendFailure(qint64 atMs, const QString& instanceId, const QString& nodeId, const QString& error);
    QString error() const { return m_error; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

// Reads a recording. Use from one thread.
class Reader
{
public:
    Reader();
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    // Opens a recording. A damaged one (cut short) is opened too, with error() saying so, and is
    // read up to the damage.
    bool open(const QString& path);
    QString error() const { return m_error; }

    // Every snapshot and failure, oldest first.
    QList<Entry> entries();
    // The last snapshot taken at or before `atMs` (failures skipped); nullopt with error() when
    // there is none or the file is damaged there.
    std::optional<SessionSnapshot> snapshotAt(qint64 atMs);
    std::optional<SessionSnapshot> snapshot(qint64 id);

private:
    bool openFile(const QString& path, QString* error);
    void close();

    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace Recording
