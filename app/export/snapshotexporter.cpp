// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotexporter.h"

#include "outputfiles.h"
#include "sessions/sessionaggregator.h"
#include "sessions/statementstat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>

SnapshotExporter::SnapshotExporter(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<QString>(this))
{
    connect(m_watcher, &QFutureWatcher<QString>::progressValueChanged, this, &SnapshotExporter::progressChanged);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_watcher->future().isValid() && m_watcher->future().resultCount() > 0)
            emit finished(m_watcher->result());
        else
            emit finished(tr("The export was cancelled."));
    });
}

SnapshotExporter::~SnapshotExporter()
{
    cancel();
}

QString SnapshotExporter::defaultFileName(const QString& instanceId, qint64 epochMs, const QString& kind)
{
    QString safe = instanceId.isEmpty() ? QStringLiteral("snapshot") : instanceId;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return safe % QLatin1Char('-') % stamp % QLatin1Char('-') % kind % QStringLiteral(".csv");
}

void SnapshotExporter::start(const Request& request)
{
    cancel();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    m_watcher->setFuture(QtConcurrent::run([request, cancelled](QPromise<QString>& promise) {
        promise.setProgressRange(0, 100);
        const QString error = write(request, [&](int percent) {
            promise.setProgressValue(percent);
            return !cancelled->load() && !promise.isCanceled();
        });
        promise.addResult(error);
    }));
}

void SnapshotExporter::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool SnapshotExporter::isRunning() const
{
    return m_watcher->isRunning();
}

QString SnapshotExporter::write(const Request& request, const std::function<bool(int)>& progress)
{
    if (!request.snapshot)
        return tr("There is no snapshot to export.");
    if (request.sessionsPath.isEmpty())
        return tr("There is no file name to export to.");
    const SessionSnapshot& snapshot = *request.snapshot;
    const qsizetype total = request.rows ? request.rows->size() : snapshot.sessions.size();

    // Absolute paths: for the files, "-" is a name like any other, not standard output.
    const auto absolute
        = [](const QString& path) { return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath(); };
    const QString sessionsPath = absolute(request.sessionsPath);
    const QString statsPath = absolute(request.statsPath);
    const QString locksPath = absolute(request.locksPath);
    const QString statementsPath = absolute(request.statementsPath);
    QStringList paths {sessionsPath};
    for (const QString& path : {statsPath, locksPath, statementsPath}) {
        if (!path.isEmpty())
            paths.append(path);
    }
    if (const auto shared = OutputFiles::firstSharedFile(paths))
        return tr("%1 is named for two files of the export; each needs a name of its own.")
            .arg(paths.at(shared->second));

    // Every file or none: a stats file that cannot be written leaves no sessions file behind, and
    // files from an earlier export stay as they were.
    OutputFiles outputs;
    outputs.add(sessionsPath, [&](const OutputFiles::Write& write, QString* error) {
        QByteArray chunk = SessionCsv::sessionsHeader();
        const SessionCsv::SessionRows rows(snapshot, request.options);
        constexpr qsizetype ChunkRows = 2000;
        for (qsizetype i = 0; i < total; ++i) {
            rows.append(chunk, snapshot.sessions.at(request.rows ? request.rows->at(i) : i));
            if ((i + 1) % ChunkRows == 0 || i + 1 == total) {
                if (!write(chunk))
                    return false;
                chunk.resize(0);
                if (!progress(int((i + 1) * 90 / std::max<qsizetype>(total, 1)))) {
                    *error = tr("The export was cancelled.");
                    return false;
                }
            }
        }
        return chunk.isEmpty() || write(chunk);
    });

    if (!statsPath.isEmpty()) {
        QByteArray stats;
        if (request.rows) {
            // The statistics of what was exported, not of the whole instance.
            SessionSnapshot subset = snapshot;
            subset.sessions.clear();
            subset.sessions.reserve(request.rows->size());
            for (const qsizetype row : *request.rows)
                subset.sessions.append(snapshot.sessions.at(row));
            SessionAggregator::aggregate(subset);
            stats = SessionCsv::stats(subset, request.options);
        } else {
            stats = SessionCsv::stats(snapshot, request.options);
        }
        outputs.add(statsPath, stats);
    }
    if (!locksPath.isEmpty()) {
        SessionSnapshot waits;
        waits.instanceId = snapshot.instanceId;
        waits.nodeId = snapshot.nodeId;
        waits.snapshotTimeMs = snapshot.snapshotTimeMs;
        waits.lockWaitsKnown = snapshot.lockWaitsKnown;
        if (request.rows) {
            QSet<qint64> exported;
            for (const qsizetype row : *request.rows)
                exported.insert(snapshot.sessions.at(row).sessionId);
            for (const LockWait& wait : snapshot.lockWaits) {
                if (exported.contains(wait.waitingSessionId) || exported.contains(wait.blockingSessionId))
                    waits.lockWaits.append(wait);
            }
        } else {
            waits.lockWaits = snapshot.lockWaits;
        }
        outputs.add(locksPath, SessionCsv::lockWaits(waits, request.options));
    }
    if (!statementsPath.isEmpty()) {
        outputs.add(statementsPath,
            SessionCsv::statements(snapshot,
                StatementStat::group(snapshot.sessions, request.rows ? &*request.rows : nullptr), request.options));
    }
    if (!outputs.write())
        return outputs.producerFailed() ? outputs.error() : tr("Nothing was written: %1").arg(outputs.error());
    progress(100);
    return {};
}
