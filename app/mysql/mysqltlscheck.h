// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/connectionsettings.h"
#include "base/fetcherror.h"

#include <QByteArray>
#include <QCoreApplication>

// The certificate checks of --ssl-mode verify-ca and verify-identity, made on a TCP connection of
// their own just before Qt Sql's MySQL driver connects: Qt 6.4's driver can hand the client library
// a CA file but cannot ask it to verify the server's certificate or its host name. The check speaks
// the MySQL protocol up to the TLS handshake (the server's greeting, an SSLRequest), verifies the
// certificate chain against the CA file alone and, for verify-identity, the host name the user gave,
// then closes without logging in. Blocks for up to the connect timeout: run it on the worker thread.
//
// Over a Unix socket there is no host name to verify and no TCP connection to make: the check does
// not apply, and the socket's local permissions are what protect the connection.
class MySqlTlsCheck
{
    Q_DECLARE_TR_FUNCTIONS(MySqlTlsCheck)

public:
    // The server's greeting (protocol 10), as far as the check needs it.
    struct Greeting
    {
        bool valid = false;
        int protocol = 0;
        quint32 capabilities = 0;
        // When the server refused the connection at once (an error packet instead of a greeting).
        int errorNumber = 0;
        QString errorMessage;
    };

    static constexpr quint32 ClientProtocol41 = 0x0200;
    static constexpr quint32 ClientSsl = 0x0800;
    static constexpr quint32 ClientSecureConnection = 0x8000;

    static bool applies(const ConnectionSettings& settings);
    // No error when the server's certificate passed (or the check does not apply).
    static FetchError run(const ConnectionSettings& settings);

    // The protocol's pieces, apart for tests: reads a greeting's payload (without the 4-byte packet
    // header); the whole SSLRequest packet, header included.
    static Greeting parseGreeting(const QByteArray& payload);
    static QByteArray sslRequest();
};
