// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqlworker.h"

#include "mysqlconnection.h"

#include <QThread>

MySqlWorker::MySqlWorker(ConnectionSettings settings)
    : m_settings(std::move(settings))
{ }

// Runs on the worker thread (deleteLater there), where the connection was opened.
MySqlWorker::~MySqlWorker() = default;

MySqlConnection& MySqlWorker::connection()
{
    if (!m_connection)
        m_connection = std::make_unique<MySqlConnection>(m_settings);
    return *m_connection;
}

void MySqlWorker::takeSnapshot(quint64 ticket)
{
    // The source is gone and nobody waits for the answer: no connection is opened for it. A kill
    // still goes out; it was confirmed.
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    const MySqlConnection::Outcome outcome = connection().takeSnapshot();
    emit snapshotTaken(ticket, outcome.snapshot, outcome.error);
}

void MySqlWorker::kill(quint64 ticket, const KillRequest& request)
{
    emit killed(ticket, connection().kill(request));
}
