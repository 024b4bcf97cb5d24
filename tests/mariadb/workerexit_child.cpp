// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a process whose worker is still closing its MariaDB connection when main returns, as
// the command-line tool's is after a kill or a snapshot: a worker thread takes a real snapshot of
// the test's server, its thread is released, and main returns at once. The worker takes a while to
// close its connection. It prints the sessions it saw, then "closed" once the connection is closed.
#include "base/workerthreads.h"
#include "mysql/mysqlconnection.h"
#include "support/mariadbserver.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <memory>

namespace {

class SlowClosingWorker : public QObject
{
public:
    explicit SlowClosingWorker(const ConnectionSettings& settings)
        : m_connection(std::make_unique<MySqlConnection>(settings))
    { }
    ~SlowClosingWorker() override
    {
        QThread::msleep(300);
        m_connection.reset();
        std::puts("closed");
        std::fflush(stdout);
    }

    void takeSnapshot()
    {
        const MySqlConnection::Outcome outcome = m_connection->takeSnapshot();
        if (outcome.snapshot)
            std::printf("sessions %lld\n", static_cast<long long>(outcome.snapshot->sessions.size()));
        else
            std::printf("error %s\n", qPrintable(outcome.error.summary()));
        std::fflush(stdout);
    }

private:
    std::unique_ptr<MySqlConnection> m_connection;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(reason));
        return 2;
    }
    auto* thread = new QThread;
    auto* worker = new SlowClosingWorker(MariaDbServer::rootSettings());
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->takeSnapshot(); }, Qt::BlockingQueuedConnection);
    WorkerThreads::release(thread);
    return 0;
}
