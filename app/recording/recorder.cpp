// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder.h"

#include "recording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <memory>

namespace Recording {

// Lives on the Recorder's thread and owns the Writer (and with it the Qt Sql connection).
class RecorderWorker : public QObject
{
    Q_OBJECT

public:
    void start(const QString& directory, const QString& instance, const RetentionPolicy& policy)
    {
        stop();
        m_directory = directory;
        m_instance = instance;
        m_policy = policy;
        if (!QDir().mkpath(directory))
            emit failed(QCoreApplication::translate("Recording", "The folder %1 could not be created").arg(directory));
    }

    void startFile(const QString& path)
    {
        stop();
        m_fixedPath = path;
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            emit failed(QCoreApplication::translate("Recording", "The folder %1 could not be created").arg(folder));
    }

    void stop()
    {
        m_writer.reset();
        m_path.clear();
        m_fixedPath.clear();
        m_instance.clear();
        m_day = {};
    }

    void record(const SnapshotPtr& snapshot)
    {
        if (!writerFor(snapshot->snapshotTimeMs))
            return;
        if (!m_writer->append(*snapshot)) {
            emit failed(m_writer->error());
            return;
        }
        emit written(m_path, snapshot->snapshotTimeMs);
        keepWithinLimits(snapshot->snapshotTimeMs);
    }

    void recordFailure(qint64 atMs, const QString& instanceId, const QString& nodeId, const QString& error)
    {
        if (!writerFor(atMs))
            return;
        if (!m_writer->appendFailure(atMs, instanceId, nodeId, error)) {
            emit failed(m_writer->error());
            return;
        }
        emit written(m_path, atMs);
        keepWithinLimits(atMs);
    }

signals:
    void written(const QString& path, qint64 takenAtMs);
    void failed(const QString& error);
    void removed(const QStringList& paths);

private:
    // The writer of the day `atMs` falls on, opened when the day changes.
    Writer* writerFor(qint64 atMs)
    {
        if (!m_fixedPath.isEmpty()) {
            if (m_writer)
                return m_writer.get();
            auto writer = std::make_unique<Writer>();
            if (!writer->open(m_fixedPath)) {
                emit failed(writer->error());
                return nullptr;
            }
            m_writer = std::move(writer);
            m_path = m_fixedPath;
            return m_writer.get();
        }
        if (m_instance.isEmpty())
            return nullptr;
        const QDate day = QDateTime::fromMSecsSinceEpoch(atMs).date();
        if (m_writer && day == m_day)
            return m_writer.get();
        m_writer.reset();
        m_day = day;
        m_path = QDir(m_directory).filePath(Retention::fileName(m_instance, day));
        auto writer = std::make_unique<Writer>();
        if (!writer->open(m_path)) {
            emit failed(writer->error());
            m_day = {};
            return nullptr;
        }
        m_writer = std::move(writer);
        applyRetention(atMs);
        return m_writer.get();
    }

    // While a day's file grows, the limits are kept every RetentionCheckMs of recorded time too.
    void keepWithinLimits(qint64 atMs)
    {
        if (m_fixedPath.isEmpty() && m_writer && atMs >= m_nextRetentionMs)
            applyRetention(atMs);
    }

    void applyRetention(qint64 atMs)
    {
        m_nextRetentionMs = atMs + RetentionCheckMs;
        const QStringList removed = Retention::apply(m_directory, m_instance, m_policy, m_day, m_path);
        if (!removed.isEmpty())
            emit this->removed(removed);
    }

    static constexpr qint64 RetentionCheckMs = 10 * 60 * 1000;

    QString m_directory;
    QString m_instance;
    // The file the user named, in place of a file a day.
    QString m_fixedPath;
    RetentionPolicy m_policy;
    std::unique_ptr<Writer> m_writer;
    QString m_path;
    QDate m_day;
    qint64 m_nextRetentionMs = 0;
};

Recorder::Recorder(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new RecorderWorker)
{
    m_thread->setObjectName(QStringLiteral("recording writer"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RecorderWorker::written, this, &Recorder::written);
    connect(m_worker, &RecorderWorker::failed, this, &Recorder::failed);
    connect(m_worker, &RecorderWorker::removed, this, &Recorder::removed);
    m_thread->start();
}

Recorder::~Recorder()
{
    // What was queued is written, and the file closed on its own thread, before the thread ends.
    QMetaObject::invokeMethod(m_worker, &RecorderWorker::stop, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QObject* Recorder::writer() const
{
    return m_worker;
}

void Recorder::start(const QString& directory, const QString& instance, const RetentionPolicy& policy)
{
    m_recording = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, directory, instance, policy] { worker->start(directory, instance, policy); },
        Qt::QueuedConnection);
}

void Recorder::startFile(const QString& path)
{
    m_recording = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->startFile(path); }, Qt::QueuedConnection);
}

void Recorder::stop()
{
    m_recording = false;
    QMetaObject::invokeMethod(m_worker, &RecorderWorker::stop, Qt::QueuedConnection);
}

void Recorder::record(const SnapshotPtr& snapshot)
{
    if (!m_recording || !snapshot)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, snapshot] { worker->record(snapshot); }, Qt::QueuedConnection);
}

void Recorder::recordFailure(qint64 atMs, const QString& instanceId, const QString& nodeId, const QString& error)
{
    if (!m_recording)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, atMs, instanceId, nodeId, error] {
            worker->recordFailure(atMs, instanceId, nodeId, error);
        },
        Qt::QueuedConnection);
}

} // namespace Recording

#include "recorder.moc"
