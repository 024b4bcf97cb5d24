// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "base/connectionsettings.h"
#include "base/fetcherror.h"
#include "sessions/sessionsnapshot.h"

#include <QObject>

class MySqlWorker;
class QThread;

// A real MySQL or MariaDB server behind an emulated instance: its sessions read, and killed, through
// the direct source's MySqlWorker on a thread of its own, so that a slow server never stalls the
// emulator's HTTP thread. Every call returns a ticket at once; the answer comes with the same ticket.
// The worker's own connection is left out of every snapshot (ProcessList) and never killed.
class RealServer : public QObject
{
    Q_OBJECT

public:
    explicit RealServer(const ConnectionSettings& settings, QObject* parent = nullptr);
    // Does not wait for a query still running: the thread ends, and deletes the worker, after it.
    ~RealServer() override;

    // "host:port" or the socket path; never the login.
    QString target() const { return m_target; }

    quint64 takeSnapshot();
    // KILL CONNECTION of each session, one statement each, through the worker's connection.
    quint64 kill(const QList<qint64>& sessionIds);

signals:
    void snapshotTaken(quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error);
    void killed(quint64 ticket, const CommandResult& result);

private:
    QThread* m_thread;
    MySqlWorker* m_worker;
    QString m_target;
    quint64 m_ticket = 0;
};
