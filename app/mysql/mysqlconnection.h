// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "base/connectionsettings.h"
#include "base/fetcherror.h"
#include "serverflavor.h"
#include "sessions/sessionsnapshot.h"

#include <QCoreApplication>

// One monitoring connection to a MySQL or MariaDB server, used from one thread only (Qt Sql binds
// a connection to the thread that opened it): the direct source runs it on a worker thread, never
// on the GUI thread. Opens lazily, detects the server flavour and the account's privileges once
// per connection, and closes itself after a failure so that the next call reconnects.
class MySqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(MySqlConnection)

public:
    struct Outcome
    {
        SnapshotPtr snapshot;
        FetchError error;
    };

    explicit MySqlConnection(ConnectionSettings settings);
    ~MySqlConnection();
    MySqlConnection(const MySqlConnection&) = delete;
    MySqlConnection& operator=(const MySqlConnection&) = delete;

    Outcome takeSnapshot();
    CommandResult kill(const KillRequest& request);

    bool isOpen() const;
    // Must not be called while a handle on the connection is alive (inside a query).
    void close();
    // Known after the first successful open.
    ServerFlavor flavor() const { return m_flavor; }
    qint64 connectionId() const { return m_connectionId; }
    bool hasProcessPrivilege() const { return m_hasProcess; }
    // The TLS cipher of the open connection as the server reports it (Ssl_cipher); empty when the
    // connection is not encrypted or the SSL mode is disabled.
    QString tlsCipher() const { return m_tlsCipher; }

private:
    FetchError open();
    FetchError fail(const FetchError& error);

    ConnectionSettings m_settings;
    QString m_name;
    ServerFlavor m_flavor;
    qint64 m_connectionId = 0;
    QString m_tlsCipher;
    bool m_hasProcess = false;
    bool m_lockWaitsReadable = true;
    bool m_broken = false;
};
