// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Recording {

class ReaderWorker;

// A Reader on a thread of its own, so that opening a large recording and rebuilding a moment never
// hold up the thread that asks (the window's). The worker owns the Reader and with it the Qt Sql
// connection, which belongs to the thread that made it. Requests are answered in order; a read
// that a newer one has overtaken before it started is skipped, so the newest request wins when the
// user drags through the recording.
class AsyncReader : public QObject
{
    Q_OBJECT

public:
    explicit AsyncReader(QObject* parent = nullptr);
    ~AsyncReader() override;

    // Opens the recording and lists it: opened() or openFailed().
    void open(const QString& path);
    // Rebuilds snapshot `id`: snapshotRead() or readFailed() with the returned serial, unless a
    // later read() overtakes it first (then nothing is said for it).
    quint64 read(qint64 id);
    // A read that no later read() can overtake (a second moment beside the one being watched).
    quint64 readAside(qint64 id);
    // The thread the reads happen on.
    QThread* thread() const { return m_thread; }

signals:
    // `warning` is not empty for a damaged recording that was read up to the damage.
    void opened(const QList<Recording::Entry>& entries, const QString& warning);
    void openFailed(const QString& error);
    void snapshotRead(quint64 serial, const SessionSnapshot& snapshot);
    void readFailed(quint64 serial, const QString& error);

private:
    QThread* m_thread;
    ReaderWorker* m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_serial = 0;
};

} // namespace Recording
