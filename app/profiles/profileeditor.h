// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "credentials/keychainstore.h"
#include "instanceprofile.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class ProfileStore;

// Saves an instance profile together with the credential typed for it, keeping the keychain and
// the profiles consistent, without widgets:
//
// - A typed credential goes into the profile's own keychain entry, or into a newly named one when
//   the profile has none or shares its entry with another profile (a duplicate keeps its key).
// - The profile is saved only after the keychain accepted the credential; when saving the profile
//   fails, a newly written entry is removed again, so that no entry is left that nobody uses.
// - After an edit, an entry the profile no longer uses is removed unless another profile uses it.
// - When no keychain is reachable the credential lives in memory for this run only, and the answer
//   says so.
//
// A profile with a null id is added; any other is an edit of the stored profile with that id.
// Every save() is answered exactly once, from the event loop: saved() or failed().
class ProfileEditor : public QObject
{
    Q_OBJECT

public:
    // `store` and `keychain` are not owned and must outlive the editor.
    ProfileEditor(ProfileStore* store, KeychainStore* keychain, QObject* parent = nullptr);
    ~ProfileEditor() override;

    // Saves `profile`. With `typedCredential`, the credential is written to the keychain and the
    // profile refers to it by an entry name chosen here; without, the profile's credential reference
    // is saved as it is. A save while another is running is refused through failed().
    void save(const InstanceProfile& profile, std::optional<Credential> typedCredential);
    bool isSaving() const { return m_saving; }

    // The keychain entry a credential typed for the stored profile `id` overwrites: its own entry,
    // when it has one that no other profile uses. Empty when the credential goes into a new entry.
    QString ownKeychainEntry(const QUuid& id) const;

signals:
    // `profile` as stored, with its id and keychain entry. `note` is empty, or says for the user
    // that the credential is kept in memory only because no keychain is reachable.
    void saved(const InstanceProfile& profile, const QString& note);
    // Nothing was saved; `message` says why, for the user.
    void failed(const QString& message);

private:
    struct Pending
    {
        InstanceProfile profile;
        std::optional<InstanceProfile> original; // the stored profile being edited
        Credential::Kind credentialKind = Credential::Kind::None;
        bool newEntry = false;
        quint64 writeRequest = 0;
    };

    void onKeychainFinished(const KeychainStore::Result& result);
    void storeProfile(const QString& note);
    void removeUnusedEntry(const InstanceProfile& saved);
    void answerSaved(const InstanceProfile& profile, const QString& note);
    void answerFailed(const QString& message);

    QPointer<ProfileStore> m_store;
    QPointer<KeychainStore> m_keychain;
    Pending m_pending;
    bool m_saving = false;
};
