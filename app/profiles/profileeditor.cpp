// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "profilestore.h"

#include <QMetaObject>
#include <QUuid>

#include <utility>

namespace {

QString newEntryName()
{
    return QLatin1String("credential-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool usesKeychainEntry(const InstanceProfile& profile)
{
    return profile.credential.kind == CredentialReference::Kind::Keychain && !profile.credential.name.isEmpty();
}

} // namespace

ProfileEditor::ProfileEditor(ProfileStore* store, KeychainStore* keychain, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
{
    Q_ASSERT(m_store);
    Q_ASSERT(m_keychain);
    connect(m_keychain, &KeychainStore::finished, this, &ProfileEditor::onKeychainFinished);
}

ProfileEditor::~ProfileEditor() = default;

QString ProfileEditor::ownKeychainEntry(const QUuid& id) const
{
    const std::optional<InstanceProfile> stored = m_store->profile(id);
    if (!stored || !usesKeychainEntry(*stored) || m_store->isKeychainEntryUsed(stored->credential.name, stored->id))
        return {};
    return stored->credential.name;
}

void ProfileEditor::save(const InstanceProfile& profile, std::optional<Credential> typedCredential)
{
    if (m_saving) {
        // Not through answerFailed(): the save that is running still owns the one answer it gets.
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("The previous save has not finished yet.")); }, Qt::QueuedConnection);
        return;
    }
    m_saving = true;
    m_pending = {};
    m_pending.profile = profile;
    if (!profile.id.isNull())
        m_pending.original = m_store->profile(profile.id);

    if (!typedCredential) {
        storeProfile({});
        return;
    }
    // The profile's own entry is overwritten; an entry shared with a duplicate is left to it.
    const QString own = ownKeychainEntry(profile.id);
    m_pending.newEntry = own.isEmpty();
    m_pending.profile.credential = {CredentialReference::Kind::Keychain, m_pending.newEntry ? newEntryName() : own};
    m_pending.credentialKind = typedCredential->kind();
    m_pending.writeRequest = m_keychain->write(m_pending.profile.credential.name, *typedCredential);
}

void ProfileEditor::onKeychainFinished(const KeychainStore::Result& result)
{
    if (!m_saving || m_pending.writeRequest == 0 || result.requestId != m_pending.writeRequest)
        return;
    m_pending.writeRequest = 0;
    if (result.status != KeychainStore::Status::Ok) {
        // A refused write leaves nothing behind: the profile keeps what it had.
        answerFailed(m_pending.credentialKind == Credential::Kind::DatabaseLogin
                ? tr("The database login could not be saved: %1").arg(result.message)
                : tr("The AccessKey could not be saved: %1").arg(result.message));
        return;
    }
    storeProfile(result.backend == KeychainStore::Backend::Memory ? m_keychain->unavailableMessage() : QString());
}

void ProfileEditor::storeProfile(const QString& note)
{
    const InstanceProfile& profile = m_pending.profile;
    const ProfileStore::SaveResult result = profile.id.isNull() ? m_store->add(profile) : m_store->update(profile);
    if (!result.ok()) {
        if (m_pending.newEntry)
            m_keychain->remove(profile.credential.name);
        answerFailed(result.errors.join(QLatin1Char('\n')));
        return;
    }
    InstanceProfile saved = profile;
    saved.id = result.id;
    removeUnusedEntry(saved);
    answerSaved(saved, note);
}

// A keychain entry the edited profile no longer uses, and no other profile shares, is deleted.
void ProfileEditor::removeUnusedEntry(const InstanceProfile& saved)
{
    if (!m_pending.original || !usesKeychainEntry(*m_pending.original))
        return;
    const QString& previous = m_pending.original->credential.name;
    if (saved.credential.kind == CredentialReference::Kind::Keychain && saved.credential.name == previous)
        return;
    if (!m_store->isKeychainEntryUsed(previous, saved.id))
        m_keychain->remove(previous);
}

// The answer comes from the event loop even when nothing had to wait, so that every save is
// answered the same way and a caller may react by deleting itself.
void ProfileEditor::answerSaved(const InstanceProfile& profile, const QString& note)
{
    QMetaObject::invokeMethod(
        this,
        [this, profile, note] {
            m_saving = false;
            emit saved(profile, note);
        },
        Qt::QueuedConnection);
}

void ProfileEditor::answerFailed(const QString& message)
{
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            m_saving = false;
            emit failed(message);
        },
        Qt::QueuedConnection);
}
