// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where and how to reach a MySQL or MariaDB server. The password is held in memory only.
struct ConnectionSettings
{
    // As the mysql client names them (--ssl-mode).
    enum class SslMode
    {
        Disabled,
        Preferred,
        Required,
        VerifyCa,
        VerifyIdentity,
    };

    static constexpr int DefaultPort = 3306;

    QString host;
    int port = DefaultPort;
    // A Unix socket path; when set, host and port are not used.
    QString socket;
    QString user;
    QString password;
    SslMode sslMode = SslMode::Preferred;
    QString sslCa;
    int connectTimeoutSeconds = 5;
    // For one query; a server that accepts the connection and never answers fails after this. 0: none.
    int readTimeoutSeconds = 10;

    // What is watched, for the user and the InstanceId column: "host:port" or the socket path.
    QString target() const;

    // For Qt Sql's MySQL driver: the host to give it ("localhost" for a socket, which makes the client
    // library use the socket) and its connect options (timeouts, the socket).
    QString driverHostName() const;
    QString driverConnectOptions() const;

    static QString sslModeName(SslMode mode);
    static bool sslModeFromName(const QString& name, SslMode* mode);
};
