// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The [client] section of a MySQL option file (~/.my.cnf), as the mysql client reads it: user,
// password, host, port, socket and ssl-ca. Only what a monitoring connection needs; other
// sections and options are ignored, and nothing is ever written back.
class MySqlOptionFile
{
    Q_DECLARE_TR_FUNCTIONS(MySqlOptionFile)

public:
    struct Client
    {
        QString path;
        std::optional<QString> user;
        std::optional<QString> password;
        std::optional<QString> host;
        std::optional<int> port;
        std::optional<QString> socket;
        std::optional<QString> sslCa;
    };

    // ~/.my.cnf
    static QString defaultPath();
    // Nothing when the file does not exist or cannot be read.
    static std::optional<Client> load(const QString& path = defaultPath());
    static Client parse(const QByteArray& contents, const QString& path);
};
