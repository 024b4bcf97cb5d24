// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/fetchoptions.h"
#include "profiles/instanceprofile.h"

#include <QObject>

#include <optional>

class CredentialResolver;
class InstanceMonitor;
class KeychainStore;

// Opens an instance profile in the monitor: the previous instance's fetch is cancelled and its data
// dropped at once, the credential is resolved (asynchronously: a keychain read), and only then is
// the new source installed. A switch that is overtaken by another one is abandoned, so a slow
// keychain answer can never put one instance's data under another's name.
class InstanceController : public QObject
{
    Q_OBJECT

public:
    InstanceController(InstanceMonitor* monitor, KeychainStore* keychain, QObject* parent = nullptr);
    ~InstanceController() override;

    // Resolves the profile's credential, then monitors it.
    void open(const InstanceProfile& profile);
    // Monitors with a credential already at hand (command line, the demo).
    void open(const InstanceProfile& profile, const Credential& credential);
    void close();

    std::optional<InstanceProfile> current() const { return m_current; }
    // Where the credential in use came from, for the user ("environment (ALIBABA_CLOUD_ACCESS_KEY_ID)").
    QString credentialOrigin() const { return m_origin; }

    // For tests and the CLI: poll faster than a person would need.
    void setFetchOptions(const FetchOptions& options) { m_fetchOptions = options; }

signals:
    // A new instance is current; its data is not there yet.
    void currentChanged(const std::optional<InstanceProfile>& profile);
    // The credential could not be found, or no source can be made from the profile and it; `message`
    // says why and never contains a secret.
    void credentialProblem(const QString& message);
    void opened(const QString& credentialOrigin);

private:
    void start(const InstanceProfile& profile, const Credential& credential, const QString& origin);

    InstanceMonitor* m_monitor;
    CredentialResolver* m_resolver;
    std::optional<InstanceProfile> m_current;
    QString m_origin;
    quint64 m_pendingRequest = 0;
    FetchOptions m_fetchOptions;
};
