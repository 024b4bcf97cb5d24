// SPDX-License-Identifier: GPL-3.0-or-later
#include "realserver.h"

#include "base/workerthreads.h"
#include "mysql/mysqlworker.h"

#include <QThread>

RealServer::RealServer(const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new MySqlWorker(settings))
    , m_target(settings.target())
{
    m_thread->setObjectName(QStringLiteral("emulated ") + m_target);
    m_worker->moveToThread(m_thread);
    // As MySqlSource: the worker dies on its own thread, where its connection lives, once the
    // thread ends, which may be after this object is gone; WorkerThreads then owns the thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MySqlWorker::snapshotTaken, this, &RealServer::snapshotTaken);
    connect(m_worker, &MySqlWorker::killed, this, &RealServer::killed);
    m_thread->start();
}

RealServer::~RealServer()
{
    WorkerThreads::release(m_thread);
}

quint64 RealServer::takeSnapshot()
{
    const quint64 ticket = ++m_ticket;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket] { worker->takeSnapshot(ticket); }, Qt::QueuedConnection);
    return ticket;
}

quint64 RealServer::kill(const QList<qint64>& sessionIds)
{
    const quint64 ticket = ++m_ticket;
    KillRequest request;
    request.sessionIds = sessionIds;
    request.scope = KillRequest::Scope::Connection;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, request] { worker->kill(ticket, request); }, Qt::QueuedConnection);
    return ticket;
}
