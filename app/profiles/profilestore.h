// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instanceprofile.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

// The user's instance profiles, kept with QSettings: one group per profile, "profiles/<uuid>".
// Nothing secret is ever written: a profile names its credentials, it never holds them.
//
// Export / import format (UTF-8 JSON; unknown keys are ignored, so a secret added by hand is never
// read; everything but displayName and instanceId may be left out and takes the default shown):
//
//   {
//     "format": "sessionscope-profiles",          // optional; when present it must be exactly this
//     "version": 1,                                // optional; newer versions are refused
//     "profiles": [
//       {
//         "id": "5f0c7a2e-...",                   // UUID; a new one when absent or already in use
//         "displayName": "Orders primary",
//         "source": "das",                         // "das" | "mysql"
//         "instanceId": "rm-bp1xxxxxxxx",
//         "nodeId": "",                            // PolarDB node, empty for the whole instance
//         "endpoint": "public",                    // "public" | "vpc" | "custom"
//         "customEndpoint": "",                    // with "custom": https://host[:port]/ (http:// only to loopback)
//         "endpointCa": "/etc/ssl/proxy-ca.pem",   // optional: the CAs trusted for the endpoint instead of the
//         system's "credential": {
//           "kind": "default",                     // "default" (environment > CLI profile > keychain "name")
//                                                  // | "environment" | "cliProfile" | "keychain"
//           "name": ""                             // CLI profile name or keychain credential id
//         },
//         "refreshIntervalMs": 10000,              // 1000 .. 3600000
//         "tags": ["prod", "orders"]               // optional: the overview's groups
//       }
//     ]
//   }
//
// Import checks each profile on its own: valid ones are added, each broken one is reported as
// "Profile #n ('name'): what is wrong", and nothing malformed can crash it.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr char FormatName[] = "sessionscope-profiles";
    static constexpr int FormatVersion = 1;

    struct SaveResult
    {
        QUuid id;
        QStringList errors; // validation messages; nothing was written when not empty

        bool ok() const { return errors.isEmpty(); }
    };

    struct ImportResult
    {
        QString error; // the file as a whole could not be read; nothing was imported
        QList<QUuid> imported;
        QStringList profileErrors; // one line per profile that was skipped

        bool ok() const { return error.isEmpty() && profileErrors.isEmpty(); }
    };

    // The application's settings (QCoreApplication's organization and application names).
    explicit ProfileStore(QObject* parent = nullptr);
    // A settings file of its own, in INI format.
    explicit ProfileStore(const QString& settingsFile, QObject* parent = nullptr);
    ~ProfileStore() override;

    // Sorted by display name.
    QList<InstanceProfile> profiles() const;
    // Whether a profile other than `except` reads its key from the keychain entry `credentialId`;
    // such an entry must outlive the profile being removed or re-keyed.
    bool isKeychainEntryUsed(const QString& credentialId, const QUuid& except = {}) const;
    std::optional<InstanceProfile> profile(const QUuid& id) const;
    bool contains(const QUuid& id) const;

    // Adds a new profile. Keeps `profile.id` when it is set and free; otherwise assigns a new one.
    SaveResult add(const InstanceProfile& profile);
    // Replaces the stored profile with the same id.
    SaveResult update(const InstanceProfile& profile);
    // A copy under a new id, named "<name> (copy)" (or "(copy 2)", ... when taken).
    SaveResult duplicate(const QUuid& id);
    bool remove(const QUuid& id);

    // All profiles, or those in `ids`, in the format above.
    QByteArray exportJson(const QList<QUuid>& ids = {}) const;
    ImportResult importJson(const QByteArray& json);

    // Writes pending changes now and reports whether the settings could be written.
    QSettings::Status sync();
    QString fileName() const;

signals:
    void profileAdded(const QUuid& id);
    void profileUpdated(const QUuid& id);
    void profileRemoved(const QUuid& id);

private:
    void write(const InstanceProfile& profile);
    std::optional<InstanceProfile> read(const QString& key) const;
    QString copyName(const QString& name) const;

    std::unique_ptr<QSettings> m_settings;
};
