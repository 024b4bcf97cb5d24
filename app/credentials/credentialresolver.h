// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/credentialreference.h"
#include "keychainstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

// Turns a CredentialReference into a Credential, following the SDKs' order for the default chain:
// environment variables, then the Aliyun CLI profile, then the keychain entry. Says where the key
// came from, or, when none was found, every place it looked and why each did not answer.
class CredentialResolver : public QObject
{
    Q_OBJECT

public:
    enum class Origin
    {
        None,
        Environment,
        CliProfile,
        Keychain,
        OptionFile, // ~/.my.cnf
        NoPassword,
    };

    struct Result
    {
        quint64 requestId = 0;
        CredentialReference reference;
        Origin origin = Origin::None;
        // For the user, e.g. "Aliyun CLI profile 'prod' (~/.aliyun/config.json)".
        QString originText;
        // An AccessKey from every link of the chain; a keychain entry may hold a database login.
        Credential credential;
        // The CLI profile's region_id when the key came from one.
        QString regionId;
        // From a keychain entry that lives in memory because no keychain is reachable in this run.
        bool inMemoryOnly = false;
        // Set when no key was found; never contains a secret.
        QString error;

        bool isValid() const { return credential.isValid(); }
    };

    // `keychain` answers keychain references; it is not owned.
    explicit CredentialResolver(KeychainStore* keychain, QObject* parent = nullptr);

    // Answers through resolved(), exactly once and always from the event loop.
    quint64 resolve(const CredentialReference& reference);
    // The same for a direct connection's login of `user`: the keychain entry the reference names;
    // otherwise MYSQL_PWD, then the [client] section of ~/.my.cnf, as the mysql client does; otherwise
    // no password (socket or trust authentication). An empty `user` takes ~/.my.cnf's.
    quint64 resolveLogin(const CredentialReference& reference, const QString& user);

    static QString environmentOriginText(const AccessKey& key);
    static QString cliProfileOriginText(const QString& profileName, const QString& path);
    static QString keychainOriginText(const QString& credentialId, bool inMemoryOnly);

signals:
    void resolved(const CredentialResolver::Result& result);

private:
    struct Waiting
    {
        Result result;
        QStringList notes; // why the earlier links of the chain did not answer
        bool wantLogin = false;
        QString loginUser;
    };

    void askKeychain(Waiting waiting);
    void onKeychainFinished(const KeychainStore::Result& answer);
    void finishLater(const Result& result);
    static QString noneFound(const QStringList& notes);

    QPointer<KeychainStore> m_keychain;
    QHash<quint64, Waiting> m_waiting; // by keychain request id
    quint64 m_nextRequestId = 1;
};
