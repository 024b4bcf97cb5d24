// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <variant>

// An Alibaba Cloud AccessKey pair, optionally with an STS security token. Never logged, never
// written to a file.
struct AccessKey
{
    QString id;
    QString secret;
    QString securityToken;

    bool isValid() const { return !id.isEmpty() && !secret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }

    friend bool operator==(const AccessKey&, const AccessKey&) = default;
};

// A login to a MySQL or MariaDB server. The password may be empty (socket or trust
// authentication); the user may not.
struct DatabaseLogin
{
    QString user;
    QString password;

    bool isValid() const { return !user.isEmpty(); }

    friend bool operator==(const DatabaseLogin&, const DatabaseLogin&) = default;
};

// What a source authenticates with: a cloud AccessKey or a database login. Held in memory only;
// the keychain is the one place it is stored.
class Credential
{
public:
    enum class Kind
    {
        None,
        AccessKey,
        DatabaseLogin,
    };

    Credential() = default;
    Credential(const ::AccessKey& key)
        : m_value(key)
    { }
    Credential(const ::DatabaseLogin& login)
        : m_value(login)
    { }

    Kind kind() const { return Kind(m_value.index()); }
    bool isValid() const;

    // Null when the credential is of the other kind.
    const ::AccessKey* accessKey() const { return std::get_if<::AccessKey>(&m_value); }
    const ::DatabaseLogin* databaseLogin() const { return std::get_if<::DatabaseLogin>(&m_value); }

    // The user-facing identity without the secret: the AccessKey ID or the database user.
    QString identity() const;

    friend bool operator==(const Credential&, const Credential&) = default;

private:
    std::variant<std::monostate, ::AccessKey, ::DatabaseLogin> m_value;
};
