// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "base/connectionsettings.h"
#include "base/fetcherror.h"
#include "sessions/sessionsnapshot.h"

#include <QObject>

#include <memory>

class MySqlConnection;

// Lives on the direct source's worker thread and owns its connection there. Every call arrives
// queued and answers with a signal carrying the caller's ticket, so that the caller can drop an
// answer it no longer wants (a cancelled fetch).
class MySqlWorker : public QObject
{
    Q_OBJECT

public:
    explicit MySqlWorker(ConnectionSettings settings);
    ~MySqlWorker() override;

    void takeSnapshot(quint64 ticket);
    void kill(quint64 ticket, const KillRequest& request);

signals:
    void snapshotTaken(quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error);
    void killed(quint64 ticket, const CommandResult& result);

private:
    MySqlConnection& connection();

    ConnectionSettings m_settings;
    std::unique_ptr<MySqlConnection> m_connection;
};
