// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqlsource.h"

#include "base/backoff.h"
#include "base/workerthreads.h"
#include "mysql/mysqlworker.h"

#include <QThread>
#include <QTimer>

MySqlSource::MySqlSource(const ConnectionSettings& settings, const FetchOptions& options, QObject* parent)
    : SessionSource(parent)
    , m_thread(new QThread)
    , m_worker(new MySqlWorker(settings))
    , m_options(options)
    , m_target(settings.target())
    , m_retry(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("mysql ") + m_target);
    m_worker->moveToThread(m_thread);
    // The worker dies on its own thread, where its connection lives, once the thread ends: that
    // may be after this source is gone (a query still running). WorkerThreads then owns the thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MySqlWorker::snapshotTaken, this, &MySqlSource::onSnapshot);
    connect(m_worker, &MySqlWorker::killed, this, [this](quint64 ticket, const CommandResult& result) {
        if (const QPointer<SourceCommand> command = m_commands.take(ticket))
            command->finish(result);
    });
    m_thread->start();

    m_retry->setSingleShot(true);
    m_retry->setTimerType(Qt::PreciseTimer);
    connect(m_retry, &QTimer::timeout, this, &MySqlSource::request);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish();
        emit fetchFailed(FetchError(FetchError::Category::DeadlineExceeded, QStringLiteral("DeadlineExceeded"),
            tr("No snapshot from %1 within %2 s.").arg(m_target).arg(m_options.deadlineMs / 1000.0)));
    });
}

MySqlSource::~MySqlSource()
{
    ++m_ticket;
    WorkerThreads::release(m_thread);
}

SessionSource::Capabilities MySqlSource::capabilities() const
{
    Capabilities capabilities;
    capabilities.killSession = true;
    capabilities.killQuery = true;
    capabilities.reportLocks = true;
    return capabilities;
}

void MySqlSource::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_attempt = 0;
    m_deadline->start(m_options.deadlineMs);
    request();
}

void MySqlSource::request()
{
    const quint64 ticket = ++m_ticket;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket] { worker->takeSnapshot(ticket); }, Qt::QueuedConnection);
}

void MySqlSource::cancel()
{
    // A query already sent runs to its end on the worker; its answer no longer matches the ticket.
    ++m_ticket;
    finish();
}

void MySqlSource::finish()
{
    ++m_ticket;
    m_fetching = false;
    m_retry->stop();
    m_deadline->stop();
}

void MySqlSource::onSnapshot(quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error)
{
    if (ticket != m_ticket || !m_fetching)
        return;
    if (snapshot) {
        finish();
        emit snapshotReady(snapshot);
        return;
    }
    if (error.isRetryable() && m_attempt < m_options.maxRetries) {
        const int delay = Backoff::delayMs(m_options, m_attempt, error.retryAfterMs());
        ++m_attempt;
        m_retry->start(delay);
        emit retrying(error, m_attempt, delay);
        return;
    }
    finish();
    emit fetchFailed(error);
}

QString MySqlSource::killMethod(const KillRequest& request) const
{
    // One statement per session, on the source's own connection.
    return request.scope == KillRequest::Scope::Query ? QStringLiteral("KILL QUERY <id>")
                                                      : QStringLiteral("KILL CONNECTION <id>");
}

SourceCommand* MySqlSource::kill(const KillRequest& request, QObject* owner)
{
    auto* command = new SourceCommand(request.sessionIds, owner);
    const quint64 ticket = ++m_commandTicket;
    m_commands.insert(ticket, command);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, request] { worker->kill(ticket, request); }, Qt::QueuedConnection);
    return command;
}
