// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerthreads.h"

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

namespace {

Q_LOGGING_CATEGORY(lcWorkerThreads, "sessionscope.workerthreads")

// The released threads not yet deleted. Only the thread that owns them (the GUI thread) touches
// the list: they are released, deleted and waited for there.
QList<QPointer<QThread>>& released()
{
    static QList<QPointer<QThread>> threads;
    threads.removeIf([](const QPointer<QThread>& thread) { return thread.isNull(); });
    return threads;
}

// Runs in QCoreApplication's destructor. The threads' own deleteLater needs an event loop that no
// longer runs, so the finished ones are deleted here; one still running is left alone (deleting it
// would abort the process), and said so.
void waitAtExit()
{
    if (!WorkerThreads::waitForAll(QDeadlineTimer(WorkerThreads::ExitWaitMs)))
        qCWarning(lcWorkerThreads, "%d worker thread(s) still running at exit", WorkerThreads::running());
    for (const QPointer<QThread>& thread : std::as_const(released())) {
        if (thread && thread->isFinished())
            delete thread.data();
    }
}

} // namespace

namespace WorkerThreads {

void release(QThread* thread)
{
    Q_ASSERT(thread && thread->thread() == QThread::currentThread());
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->requestInterruption();
    thread->quit();
    released().append(thread);
    // Post routines run last added first. The MariaDB driver adds its own (the client library's
    // shutdown) when it opens the first connection, which was before this thread was released; the
    // wait goes to the front again, so that it runs before that shutdown.
    qRemovePostRoutine(waitAtExit);
    qAddPostRoutine(waitAtExit);
}

bool waitForAll(QDeadlineTimer deadline)
{
    for (const QPointer<QThread>& thread : std::as_const(released())) {
        if (thread && !thread->wait(deadline))
            return false;
    }
    return true;
}

int running()
{
    const QList<QPointer<QThread>>& threads = released();
    return int(std::count_if(threads.cbegin(), threads.cend(),
        [](const QPointer<QThread>& thread) { return thread && !thread->isFinished(); }));
}

} // namespace WorkerThreads
