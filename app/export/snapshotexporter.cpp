// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotexporter.h"

#include "sessions/sessionaggregator.h"
#include "sessions/statementstat.h"

#include <QDateTime>
#include <QSaveFile>
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
    const SessionSnapshot& snapshot = *request.snapshot;
    const qsizetype total = request.rows ? request.rows->size() : snapshot.sessions.size();

    QSaveFile sessionsFile(request.sessionsPath);
    if (!sessionsFile.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(request.sessionsPath, sessionsFile.errorString());
    QByteArray chunk = SessionCsv::sessionsHeader();
    const SessionCsv::SessionRows rows(snapshot, request.options);
    constexpr qsizetype ChunkRows = 2000;
    for (qsizetype i = 0; i < total; ++i) {
        rows.append(chunk, snapshot.sessions.at(request.rows ? request.rows->at(i) : i));
        if ((i + 1) % ChunkRows == 0 || i + 1 == total) {
            if (sessionsFile.write(chunk) != chunk.size())
                return tr("Cannot write %1: %2").arg(request.sessionsPath, sessionsFile.errorString());
            chunk.resize(0);
            if (!progress(int((i + 1) * 90 / std::max<qsizetype>(total, 1)))) {
                sessionsFile.cancelWriting();
                return tr("The export was cancelled.");
            }
        }
    }
    if (!chunk.isEmpty() && sessionsFile.write(chunk) != chunk.size())
        return tr("Cannot write %1: %2").arg(request.sessionsPath, sessionsFile.errorString());

    if (!request.statsPath.isEmpty()) {
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
        QSaveFile statsFile(request.statsPath);
        if (!statsFile.open(QIODevice::WriteOnly) || statsFile.write(stats) != stats.size() || !statsFile.commit())
            return tr("Cannot write %1: %2").arg(request.statsPath, statsFile.errorString());
    }
    if (!request.locksPath.isEmpty()) {
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
        const QByteArray locks = SessionCsv::lockWaits(waits, request.options);
        QSaveFile locksFile(request.locksPath);
        if (!locksFile.open(QIODevice::WriteOnly) || locksFile.write(locks) != locks.size() || !locksFile.commit())
            return tr("Cannot write %1: %2").arg(request.locksPath, locksFile.errorString());
    }
    if (!request.statementsPath.isEmpty()) {
        const QByteArray statements = SessionCsv::statements(snapshot,
            StatementStat::group(snapshot.sessions, request.rows ? &*request.rows : nullptr), request.options);
        QSaveFile statementsFile(request.statementsPath);
        if (!statementsFile.open(QIODevice::WriteOnly) || statementsFile.write(statements) != statements.size()
            || !statementsFile.commit())
            return tr("Cannot write %1: %2").arg(request.statementsPath, statementsFile.errorString());
    }
    if (!sessionsFile.commit())
        return tr("Cannot write %1: %2").arg(request.sessionsPath, sessionsFile.errorString());
    progress(100);
    return {};
}
