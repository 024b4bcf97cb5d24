// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessioncsv.h"
#include "sessions/sessionsnapshot.h"

#include <QFutureWatcher>
#include <QObject>

// Writes a snapshot's sessions CSV, stats CSV and lock waits CSV on a worker thread, in exactly the formats of
// sessionscope-cli, reporting progress. All of them are written, each replaced atomically, or none is.
class SnapshotExporter : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        SnapshotPtr snapshot;
        // Indexes into snapshot->sessions to export (the rows a filtered view shows); empty
        // optional: every session. A subset gets statistics computed from that subset.
        std::optional<QList<qsizetype>> rows;
        QString sessionsPath;
        // Empty: no stats file.
        QString statsPath;
        SessionCsv::Options options;
        // Empty: no lock waits file. With `rows`, the lock waits in which an exported session waits
        // or blocks.
        QString locksPath;
        // Empty: no statements file. With `rows`, the statements of the exported sessions.
        QString statementsPath = {};
    };

    explicit SnapshotExporter(QObject* parent = nullptr);
    ~SnapshotExporter() override;

    void start(const Request& request);
    void cancel();
    bool isRunning() const;

    // "<instance>-<UTC yyyyMMdd-HHmmss>-sessions.csv" for a snapshot taken at `epochMs`.
    static QString defaultFileName(
        const QString& instanceId, qint64 epochMs, const QString& kind = QStringLiteral("sessions"));

    // The work itself, synchronous; `progress` gets 0..100 and returns false to stop.
    static QString write(const Request& request, const std::function<bool(int)>& progress);

signals:
    void progressChanged(int percent);
    // `error` is empty on success.
    void finished(const QString& error);

private:
    QFutureWatcher<QString>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
