// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/connectionsettings.h"
#include "base/fetchoptions.h"
#include "sessionsource.h"

#include <QHash>
#include <QPointer>

class MySqlWorker;
class QThread;
class QTimer;

// Snapshots straight from a MySQL or MariaDB server: its process list with each session's
// transaction and the lock waits, on a connection of its own that lives on a worker thread, so a
// slow or hung server never blocks the window. Retries transient failures with backoff within a
// fetch (the connection is re-opened); credentials and permission failures are reported at once.
class MySqlSource : public SessionSource
{
    Q_OBJECT

public:
    MySqlSource(const ConnectionSettings& settings, const FetchOptions& options = {}, QObject* parent = nullptr);
    ~MySqlSource() override;

    void fetch() override;
    void cancel() override;
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return m_target; }
    Capabilities capabilities() const override;
    SourceCommand* kill(const KillRequest& request, QObject* owner) override;
    QString killMethod(const KillRequest& request) const override;

private:
    void request();
    void onSnapshot(quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error);
    void finish();

    QThread* m_thread;
    MySqlWorker* m_worker;
    FetchOptions m_options;
    QString m_target;
    QTimer* m_retry;
    QTimer* m_deadline;
    quint64 m_ticket = 0;
    int m_attempt = 0;
    bool m_fetching = false;
    quint64 m_commandTicket = 0;
    QHash<quint64, QPointer<SourceCommand>> m_commands;
};
