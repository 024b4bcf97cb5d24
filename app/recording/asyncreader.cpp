// SPDX-License-Identifier: GPL-3.0-or-later
#include "asyncreader.h"

#include <QCoreApplication>
#include <QThread>

namespace Recording {

// Lives on AsyncReader's thread; every call reaches it queued.
class ReaderWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReaderWorker(std::shared_ptr<std::atomic<quint64>> latest)
        : m_latest(std::move(latest))
    { }

    void open(const QString& path)
    {
        // A fresh Reader: its connection is made here, on this thread.
        m_reader = std::make_unique<Reader>();
        if (!m_reader->open(path)) {
            const QString error = m_reader->error();
            m_reader.reset();
            emit openFailed(error);
            return;
        }
        const QString warning = m_reader->error();
        const QList<Entry> entries = m_reader->entries();
        if (entries.isEmpty()) {
            const QString error = m_reader->error().isEmpty()
                ? QCoreApplication::translate("Recording", "%1 holds no snapshot yet").arg(path)
                : m_reader->error();
            m_reader.reset();
            emit openFailed(error);
            return;
        }
        emit opened(entries, m_reader->error().isEmpty() ? warning : m_reader->error());
    }

    void read(qint64 id, quint64 serial, bool overtakable)
    {
        if (overtakable && serial < m_latest->load())
            return;
        if (!m_reader) {
            emit readFailed(serial, QCoreApplication::translate("Recording", "The recording is not open"));
            return;
        }
        std::optional<SessionSnapshot> snapshot = m_reader->snapshot(id);
        if (!snapshot) {
            emit readFailed(serial, m_reader->error());
            return;
        }
        emit snapshotRead(serial, *snapshot);
    }

    void close() { m_reader.reset(); }

signals:
    void opened(const QList<Recording::Entry>& entries, const QString& warning);
    void openFailed(const QString& error);
    void snapshotRead(quint64 serial, const SessionSnapshot& snapshot);
    void readFailed(quint64 serial, const QString& error);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Reader> m_reader;
};

AsyncReader::AsyncReader(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<QList<Recording::Entry>>();
    qRegisterMetaType<SessionSnapshot>();
    m_thread->setObjectName(QStringLiteral("recording reader"));
    m_worker = new ReaderWorker(m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReaderWorker::opened, this, &AsyncReader::opened);
    connect(m_worker, &ReaderWorker::openFailed, this, &AsyncReader::openFailed);
    connect(m_worker, &ReaderWorker::snapshotRead, this, &AsyncReader::snapshotRead);
    connect(m_worker, &ReaderWorker::readFailed, this, &AsyncReader::readFailed);
    m_thread->start();
}

AsyncReader::~AsyncReader()
{
    // The Reader (and its connection) goes on its own thread, before the thread ends.
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void AsyncReader::open(const QString& path)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

quint64 AsyncReader::read(qint64 id)
{
    const quint64 serial = ++m_serial;
    m_latest->store(serial);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, serial] { worker->read(id, serial, true); }, Qt::QueuedConnection);
    return serial;
}

quint64 AsyncReader::readAside(qint64 id)
{
    const quint64 serial = ++m_serial;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, serial] { worker->read(id, serial, false); }, Qt::QueuedConnection);
    return serial;
}

} // namespace Recording

#include "asyncreader.moc"
