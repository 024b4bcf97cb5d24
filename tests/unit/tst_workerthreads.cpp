// SPDX-License-Identifier: GPL-3.0-or-later
// Released worker threads: their owner goes on at once while the worker finishes what it was
// doing, the thread is deleted once it has ended, and waitForAll() waits for a worker still busy.
// A direct source's worker asked for a snapshot after its source is gone opens no connection.
#include "base/workerthreads.h"
#include "mysql/mysqlworker.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

// A worker that is busy when its thread is released: its destructor takes `ms`.
class SlowWorker : public QObject
{
public:
    SlowWorker(int ms, std::atomic<bool>* destroyed)
        : m_ms(ms)
        , m_destroyed(destroyed)
    { }
    ~SlowWorker() override
    {
        QThread::msleep(m_ms);
        m_destroyed->store(true);
    }

private:
    int m_ms;
    std::atomic<bool>* m_destroyed;
};

QThread* startedThreadWith(QObject* worker)
{
    auto* thread = new QThread;
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace

class TestWorkerThreads : public QObject
{
    Q_OBJECT

private slots:
    void releaseReturnsWhileTheWorkerIsStillBusy();
    void waitForAllWaitsForTheWorkerToEnd();
    void aReleasedWorkerOpensNoConnectionForASnapshot();
};

void TestWorkerThreads::releaseReturnsWhileTheWorkerIsStillBusy()
{
    std::atomic<bool> destroyed = false;
    QPointer<QThread> thread = startedThreadWith(new SlowWorker(400, &destroyed));
    WorkerThreads::release(thread);
    // The owner went on: the worker is still closing.
    QVERIFY(!destroyed.load());
    QCOMPARE(WorkerThreads::running(), 1);
    // Once it has ended, the thread object goes too.
    QTRY_VERIFY(destroyed.load());
    QTRY_VERIFY(thread.isNull());
    QCOMPARE(WorkerThreads::running(), 0);
}

void TestWorkerThreads::waitForAllWaitsForTheWorkerToEnd()
{
    std::atomic<bool> first = false;
    std::atomic<bool> second = false;
    WorkerThreads::release(startedThreadWith(new SlowWorker(300, &first)));
    WorkerThreads::release(startedThreadWith(new SlowWorker(100, &second)));
    QCOMPARE(WorkerThreads::running(), 2);

    // A deadline too short for the slower one is reported as such.
    QVERIFY(!WorkerThreads::waitForAll(QDeadlineTimer(10)));
    QVERIFY(!first.load());

    QVERIFY(WorkerThreads::waitForAll(QDeadlineTimer(10'000)));
    QVERIFY(first.load() && second.load());
    QCOMPARE(WorkerThreads::running(), 0);
}

void TestWorkerThreads::aReleasedWorkerOpensNoConnectionForASnapshot()
{
    // No server listens on port 1: a worker that tried would answer with a connection error.
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 1;
    settings.user = QStringLiteral("monitor");
    auto* worker = new MySqlWorker(settings);
    QThread* thread = startedThreadWith(worker);
    QSignalSpy answers(worker, &MySqlWorker::snapshotTaken);

    QMetaObject::invokeMethod(
        worker, [worker] { worker->takeSnapshot(1); }, Qt::BlockingQueuedConnection);
    QCOMPARE(answers.size(), 1);
    QVERIFY(!answers.at(0).at(1).value<SnapshotPtr>());

    thread->requestInterruption();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->takeSnapshot(2); }, Qt::BlockingQueuedConnection);
    QCOMPARE(answers.size(), 1);

    WorkerThreads::release(thread);
    QVERIFY(WorkerThreads::waitForAll(QDeadlineTimer(10'000)));
}

QTEST_GUILESS_MAIN(TestWorkerThreads)
#include "tst_workerthreads.moc"
