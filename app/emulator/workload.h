// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/connectionsettings.h"

#include <QList>
#include <QObject>

class WorkloadClient;

// Keeps a MySQL or MariaDB server busy the ways a DBA watches for: connections arriving and
// leaving, short queries, long SELECT SLEEP() statements, sessions idle in a transaction and a lock
// chain on shop.orders id=1, spread over several accounts, client hosts and databases.
class Workload : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // The administrative account that sets the workload's accounts up and stops its clients.
        ConnectionSettings admin;
        // When set as well as a host, clients are spread over TCP and the socket, so that they come
        // from more than one client host.
        QString extraSocket;
        int scale = 40;
        quint32 seed = 1;
    };

    explicit Workload(Options options, QObject* parent = nullptr);
    ~Workload() override;

    // Creates the databases, tables and accounts; the workload need not be running.
    QString setUp();
    // Gives the accounts passwords for this run and starts the clients. Returns the error text.
    QString start();
    int clientCount() const { return int(m_clients.size()); }
    // Stops every client and waits for it: idle ones roll back at once, ones the server is busy
    // with are killed. Returns once every client connection is closed.
    void stop();

signals:
    void problem(const QString& message);

private:
    QString openAdmin();
    void killBusyClients();

    Options m_options;
    QString m_adminName;
    QList<WorkloadClient*> m_clients;
};
