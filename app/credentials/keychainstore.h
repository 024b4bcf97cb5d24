// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain: service "SessionScope", one entry per credential,
// keyed by the credential id, holding compact JSON: an AccessKey as {"id", "secret", "token"} (the
// form of every entry written before database logins existed), a database login as
// {"kind": "database", "user", "password"}. The insecure
// plain-text fallback of QtKeychain is always off.
//
// When no keychain answers (no Secret Service or no session bus, a locked or refused keychain), the
// store switches to memory for the rest of the run and says so once through keychainUnavailable():
// from then on secrets live in this object only and are written nowhere. A write the user refuses at
// the keychain's own prompt (no keyring yet, and its "choose a password" prompt cancelled) is not
// that: it fails with a message that says so, and the next write asks again.
//
// Every operation answers asynchronously, exactly once, through finished(). Nothing here logs.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    static constexpr char ServiceName[] = "SessionScope";

    enum class Operation
    {
        Read,
        Write,
        Remove,
        Probe,
    };

    enum class Status
    {
        Ok, // Remove is Ok also when nothing was saved
        NotFound, // Read only: nothing is saved under this id. Not an error.
        Failed, // `message` says why
    };

    enum class Backend
    {
        Keychain,
        Memory, // no keychain is reachable in this run
    };

    struct Result
    {
        quint64 requestId = 0;
        Operation operation = Operation::Read;
        QString credentialId;
        Status status = Status::Failed;
        Backend backend = Backend::Keychain; // where the operation was served
        Credential credential; // Read with Ok only
        QString message; // Failed only; for the user, never contains a secret
    };

    explicit KeychainStore(QObject* parent = nullptr);
    ~KeychainStore() override;

    Backend backend() const { return m_backend; }
    bool isKeychainAvailable() const { return m_backend == Backend::Keychain; }
    // Empty while the keychain is in use; otherwise the message of keychainUnavailable().
    QString unavailableMessage() const { return m_unavailableMessage; }

    // Each returns the request id that its finished() carries.
    quint64 read(const QString& credentialId);
    quint64 write(const QString& credentialId, const Credential& credential);
    quint64 remove(const QString& credentialId);
    // Finds out early whether a keychain answers, so that the user is told before typing a secret.
    quint64 probe();

    // The JSON blob stored in an entry, and back; exposed for tests.
    static QByteArray encode(const Credential& credential);
    static std::optional<Credential> decode(const QByteArray& blob);

signals:
    void finished(const KeychainStore::Result& result);
    // Emitted once, when the store falls back to memory.
    void keychainUnavailable(const QString& message);

private:
    struct Pending
    {
        Result result;
        Credential credential; // Write: what to keep in memory if the keychain turns out unavailable
    };

    quint64 start(Operation operation, const QString& credentialId, const Credential& credential);
    void startJob(const Pending& pending);
    void onJobFinished(QKeychain::Job* job, const Pending& pending);
    void serveFromMemory(Pending pending);
    void switchToMemory(const QString& reason);
    void finishLater(const Result& result);
    static bool isRefusedKeyringCreation(const QString& errorString);
    static QString promptCancelledMessage();

    Backend m_backend = Backend::Keychain;
    QString m_unavailableMessage;
    QHash<QString, Credential> m_memory;
    quint64 m_nextRequestId = 1;
};
