// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retention.h"
#include "sessions/sessionsnapshot.h"

#include <QObject>

class QThread;

namespace Recording {

class RecorderWorker;

// Records an instance as it is watched: each snapshot and failed fetch handed to it is appended,
// on a thread of its own, to that day's file of the instance (Retention::fileName, by the
// snapshot's local date) in a folder, and the old files are removed by the retention policy
// whenever a new day's file is started. Nothing of it runs on the caller's thread: record() only
// queues, so a slow disk never holds up the window.
class Recorder : public QObject
{
    Q_OBJECT

public:
    explicit Recorder(QObject* parent = nullptr);
    ~Recorder() override;

    // Starts recording `instance` (the name its files carry) into `directory`, which is created.
    void start(const QString& directory, const QString& instance, const RetentionPolicy& policy);
    // Starts recording into the one file `path`, whatever the day; it is continued if it exists
    // and never removed.
    void startFile(const QString& path);
    // Closes the file; what was queued before is still written.
    void stop();
    bool isRecording() const { return m_recording; }

    void record(const SnapshotPtr& snapshot);
    void recordFailure(qint64 atMs, const QString& instanceId, const QString& nodeId, const QString& error);

    // The thread the files are written on.
    QThread* writerThread() const { return m_thread; }
    // The object that writes; it lives on writerThread().
    QObject* writer() const;

signals:
    // A snapshot (or failure) taken at `takenAtMs` is in `path`.
    void written(const QString& path, qint64 takenAtMs);
    // Writing failed; recording goes on with the next snapshot.
    void failed(const QString& error);
    // Old recordings removed by the retention policy.
    void removed(const QStringList& paths);

private:
    QThread* m_thread;
    RecorderWorker* m_worker;
    bool m_recording = false;
};

} // namespace Recording
