// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a profile with its secret, headless: a real ProfileStore on a temporary INI file and a
// real KeychainStore. Under scripts/with-keyring that is gnome-keyring's Secret Service; without a
// session bus (tst_profileeditor_nokeychain) it is the in-memory fallback, and the tests assert its
// note instead.
#include "credentials/keychainstore.h"
#include "profiles/profileeditor.h"
#include "profiles/profilestore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace {

constexpr char OldSecret[] = "Editor-Old-S3cret-Do-Not-Leak";
constexpr char NewSecret[] = "Editor-New-S3cret-Do-Not-Leak";
constexpr char NewToken[] = "Editor-New-T0ken-Do-Not-Leak";
constexpr char NoBus[] = "unix:path=/nonexistent-sessionscope-bus";

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Entries of this run only, so that a developer's own keychain is never disturbed.
QString uniqueId(const char* purpose)
{
    return QLatin1String("sessionscope-test-editor-") + QLatin1String(purpose) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The store answers every request from the event loop, so a spy made right after the call sees it.
std::optional<KeychainStore::Result> answerTo(QSignalSpy& spy, quint64 requestId)
{
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant>& arguments : std::as_const(spy)) {
            const auto result = arguments.at(0).value<KeychainStore::Result>();
            if (result.requestId == requestId)
                return result;
        }
        spy.wait(50);
    }
    return std::nullopt;
}

QList<KeychainStore::Result> resultsOf(const QSignalSpy& spy, KeychainStore::Operation operation)
{
    QList<KeychainStore::Result> results;
    for (const QList<QVariant>& arguments : spy) {
        const auto result = arguments.at(0).value<KeychainStore::Result>();
        if (result.operation == operation)
            results.append(result);
    }
    return results;
}

InstanceProfile sampleProfile(const CredentialReference& credential)
{
    InstanceProfile profile;
    profile.displayName = QStringLiteral("Orders primary");
    profile.instanceId = QStringLiteral("rm-bp1orders");
    profile.credential = credential;
    return profile;
}

const AccessKey OldKey {QStringLiteral("LTAIold0001"), QLatin1String(OldSecret), {}};
const AccessKey NewKey {QStringLiteral("LTAInew0001"), QLatin1String(NewSecret), QLatin1String(NewToken)};

// What a form sends for a key that goes into an entry not named yet.
const CredentialReference Unnamed {CredentialReference::Kind::Keychain, QStringLiteral("credential-new")};

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void newSecretIsWrittenThenTheProfileSaved();
    void editWithoutASecretLeavesTheKeychainAlone();
    void editReplacingTheEntry_data();
    void editReplacingTheEntry();
    void refusedKeychainWriteSavesNothing_data();
    void refusedKeychainWriteSavesNothing();
    void failedProfileSaveRollsTheEntryBack_data();
    void failedProfileSaveRollsTheEntryBack();
    void noteSaysWhenTheSecretIsInMemoryOnly();
    void secondSaveWhileSavingIsRefused();

private:
    QString settingsFile() const { return m_root.filePath(QStringLiteral("profiles.ini")); }
    KeychainStore::Result writeEntry(const QString& id, const AccessKey& key);
    KeychainStore::Result readEntry(const QString& id);
    InstanceProfile addProfile(const CredentialReference& credential);
    bool waitForAnswer();
    InstanceProfile savedProfile() const { return m_saved->first().at(0).value<InstanceProfile>(); }
    QString savedNote() const { return m_saved->first().at(1).toString(); }
    QByteArray settingsBytes();

    QTemporaryDir m_root;
    bool m_expectKeychain = true;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileEditor> m_editor;
    std::unique_ptr<QSignalSpy> m_saved;
    std::unique_ptr<QSignalSpy> m_failed;
    std::unique_ptr<QSignalSpy> m_keychainAnswers;
    QStringList m_createdIds;
};

void TestProfileEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    // Outside scripts/with-keyring, keep away from the developer's own keychain.
    if (qEnvironmentVariableIsEmpty("SESSIONSCOPE_WITH_KEYRING"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", NoBus);
    m_expectKeychain = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") != QLatin1String(NoBus)
        && qEnvironmentVariable("SESSIONSCOPE_EXPECT_NO_KEYCHAIN") != QLatin1String("1");
    qInfo("Keychain expected: %s", m_expectKeychain ? "yes" : "no (in-memory fallback)");
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestProfileEditor::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    for (const QString& message : std::as_const(g_messages)) {
        for (const char* secret : {OldSecret, NewSecret, NewToken})
            QVERIFY2(!message.contains(QLatin1String(secret)), "a secret reached the log");
    }
}

void TestProfileEditor::init()
{
    QFile::remove(settingsFile());
    m_store = std::make_unique<ProfileStore>(settingsFile());
    m_keychain = std::make_unique<KeychainStore>();
    m_editor = std::make_unique<ProfileEditor>(m_store.get(), m_keychain.get());
    m_saved = std::make_unique<QSignalSpy>(m_editor.get(), &ProfileEditor::saved);
    m_failed = std::make_unique<QSignalSpy>(m_editor.get(), &ProfileEditor::failed);
    m_keychainAnswers = std::make_unique<QSignalSpy>(m_keychain.get(), &KeychainStore::finished);
    m_createdIds.clear();
}

void TestProfileEditor::cleanup()
{
    for (const InstanceProfile& profile : m_store->profiles()) {
        if (profile.credential.kind == CredentialReference::Kind::Keychain)
            m_createdIds.append(profile.credential.name);
    }
    for (const KeychainStore::Result& write : resultsOf(*m_keychainAnswers, KeychainStore::Operation::Write))
        m_createdIds.append(write.credentialId);
    m_createdIds.removeDuplicates();
    QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
    for (const QString& id : std::as_const(m_createdIds))
        answerTo(finished, m_keychain->remove(id));
    m_keychainAnswers.reset();
    m_failed.reset();
    m_saved.reset();
    m_editor.reset();
    m_store.reset();
    m_keychain.reset();
}

KeychainStore::Result TestProfileEditor::writeEntry(const QString& id, const AccessKey& key)
{
    m_createdIds.append(id);
    QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
    return answerTo(finished, m_keychain->write(id, key)).value_or(KeychainStore::Result {});
}

KeychainStore::Result TestProfileEditor::readEntry(const QString& id)
{
    QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
    return answerTo(finished, m_keychain->read(id)).value_or(KeychainStore::Result {});
}

InstanceProfile TestProfileEditor::addProfile(const CredentialReference& credential)
{
    InstanceProfile profile = sampleProfile(credential);
    const ProfileStore::SaveResult added = m_store->add(profile);
    profile.id = added.id;
    return profile;
}

// True when the editor answered, exactly once.
bool TestProfileEditor::waitForAnswer()
{
    if (!QTest::qWaitFor([this] { return m_saved->size() + m_failed->size() > 0; }, 30'000))
        return false;
    // Whatever the editor still had queued reaches the spies too.
    QCoreApplication::processEvents();
    return m_saved->size() + m_failed->size() == 1;
}

QByteArray TestProfileEditor::settingsBytes()
{
    if (m_store->sync() != QSettings::NoError)
        return {};
    QFile file(settingsFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProfileEditor::newSecretIsWrittenThenTheProfileSaved()
{
    m_editor->save(sampleProfile(Unnamed), Credential(NewKey));
    QVERIFY(m_editor->isSaving());
    QCOMPARE(m_saved->size(), 0);
    QVERIFY(m_store->profiles().isEmpty());

    QVERIFY(waitForAnswer());
    QCOMPARE(m_saved->size(), 1);
    QVERIFY(!m_editor->isSaving());
    const InstanceProfile profile = savedProfile();
    QVERIFY(!profile.id.isNull());
    QCOMPARE(m_store->profile(profile.id), std::optional<InstanceProfile>(profile));
    QCOMPARE(profile.credential.kind, CredentialReference::Kind::Keychain);
    QVERIFY2(profile.credential.name.startsWith(QLatin1String("credential-")), qPrintable(profile.credential.name));
    QVERIFY(profile.credential.name != Unnamed.name);

    const QList<KeychainStore::Result> writes = resultsOf(*m_keychainAnswers, KeychainStore::Operation::Write);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().credentialId, profile.credential.name);
    QVERIFY(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).isEmpty());
    const KeychainStore::Result entry = readEntry(profile.credential.name);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential, Credential(NewKey));
    const QByteArray ini = settingsBytes();
    QVERIFY(ini.contains("rm-bp1orders"));
    QVERIFY(!ini.contains(NewSecret));
    QVERIFY(!ini.contains(NewToken));
}

void TestProfileEditor::editWithoutASecretLeavesTheKeychainAlone()
{
    const QString entryId = uniqueId("keep");
    QCOMPARE(writeEntry(entryId, OldKey).status, KeychainStore::Status::Ok);
    InstanceProfile profile = addProfile({CredentialReference::Kind::Keychain, entryId});
    m_keychainAnswers->clear();

    profile.displayName = QStringLiteral("Orders (renamed)");
    m_editor->save(profile, std::nullopt);
    // Even with nothing to wait for, the answer comes from the event loop.
    QCOMPARE(m_saved->size(), 0);
    QVERIFY(waitForAnswer());
    QCOMPARE(m_saved->size(), 1);
    QCOMPARE(savedProfile(), profile);
    QVERIFY(savedNote().isEmpty());
    QCOMPARE(m_store->profile(profile.id)->displayName, QStringLiteral("Orders (renamed)"));

    const KeychainStore::Result entry = readEntry(entryId);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential, Credential(OldKey));
    QVERIFY(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Write).isEmpty());
    QVERIFY(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).isEmpty());
}

void TestProfileEditor::editReplacingTheEntry_data()
{
    QTest::addColumn<bool>("shared");
    QTest::addColumn<bool>("typedKey");

    // A new key for the profile's own entry overwrites it; for a shared one it gets an entry of its
    // own. Leaving the keychain deletes the entry unless another profile still reads it.
    QTest::addRow("new key, own entry") << false << true;
    QTest::addRow("new key, shared entry") << true << true;
    QTest::addRow("environment, own entry") << false << false;
    QTest::addRow("environment, shared entry") << true << false;
}

void TestProfileEditor::editReplacingTheEntry()
{
    QFETCH(bool, shared);
    QFETCH(bool, typedKey);

    const QString entryId = uniqueId("replace");
    QCOMPARE(writeEntry(entryId, OldKey).status, KeychainStore::Status::Ok);
    InstanceProfile profile = addProfile({CredentialReference::Kind::Keychain, entryId});
    if (shared)
        QVERIFY(m_store->duplicate(profile.id).ok());
    QCOMPARE(m_editor->ownKeychainEntry(profile.id), shared ? QString() : entryId);
    m_keychainAnswers->clear();

    if (typedKey) {
        m_editor->save(profile, Credential(NewKey));
    } else {
        profile.credential = {CredentialReference::Kind::Environment, {}};
        m_editor->save(profile, std::nullopt);
    }
    QVERIFY(waitForAnswer());
    QCOMPARE(m_saved->size(), 1);
    const InstanceProfile saved = savedProfile();
    QCOMPARE(m_store->profile(profile.id), std::optional<InstanceProfile>(saved));

    const bool removed = !shared && !typedKey;
    if (typedKey) {
        QCOMPARE(saved.credential.kind, CredentialReference::Kind::Keychain);
        QCOMPARE(saved.credential.name == entryId, !shared);
        QCOMPARE(readEntry(saved.credential.name).credential, Credential(NewKey));
    } else {
        QCOMPARE(saved.credential.kind, CredentialReference::Kind::Environment);
    }
    if (removed) {
        QTRY_COMPARE_WITH_TIMEOUT(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).size(), 1, 30'000);
        QCOMPARE(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).first().credentialId, entryId);
        QCOMPARE(readEntry(entryId).status, KeychainStore::Status::NotFound);
    } else {
        // Read after the editor answered: a removal it had started would be served first.
        const KeychainStore::Result old = readEntry(entryId);
        QCOMPARE(old.status, KeychainStore::Status::Ok);
        QCOMPARE(old.credential, Credential(shared || !typedKey ? OldKey : NewKey));
        QVERIFY(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).isEmpty());
    }
}

void TestProfileEditor::refusedKeychainWriteSavesNothing_data()
{
    QTest::addColumn<bool>("editing");
    QTest::addRow("new profile") << false;
    QTest::addRow("edit of the profile's own entry") << true;
}

void TestProfileEditor::refusedKeychainWriteSavesNothing()
{
    QFETCH(bool, editing);

    InstanceProfile profile = sampleProfile(Unnamed);
    const QString entryId = uniqueId("refused");
    if (editing) {
        QCOMPARE(writeEntry(entryId, OldKey).status, KeychainStore::Status::Ok);
        profile = addProfile({CredentialReference::Kind::Keychain, entryId});
    }
    const QByteArray before = settingsBytes();
    m_keychainAnswers->clear();

    // A key without its secret is refused by the keychain store.
    InstanceProfile changed = profile;
    changed.displayName = QStringLiteral("Orders (changed)");
    m_editor->save(changed, Credential(AccessKey {QStringLiteral("LTAInosecret"), {}, {}}));
    QVERIFY(waitForAnswer());
    QCOMPARE(m_failed->size(), 1);
    const QString message = m_failed->first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("The AccessKey could not be saved: ")), qPrintable(message));
    QVERIFY(!m_editor->isSaving());

    QCOMPARE(settingsBytes(), before);
    QCOMPARE(m_store->profiles().size(), editing ? 1 : 0);
    const QList<KeychainStore::Result> writes = resultsOf(*m_keychainAnswers, KeychainStore::Operation::Write);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().status, KeychainStore::Status::Failed);
    QCOMPARE(readEntry(writes.first().credentialId).status,
        editing ? KeychainStore::Status::Ok : KeychainStore::Status::NotFound);
    if (editing)
        QCOMPARE(readEntry(entryId).credential, Credential(OldKey));
    QVERIFY(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).isEmpty());
}

void TestProfileEditor::failedProfileSaveRollsTheEntryBack_data()
{
    QTest::addColumn<bool>("removedMeanwhile");
    QTest::addColumn<QString>("message");
    QTest::addRow("profile the store refuses") << false << QStringLiteral("The display name is empty.");
    QTest::addRow("profile removed while the key was written")
        << true << QStringLiteral("There is no saved profile with this id; it may have been removed.");
}

void TestProfileEditor::failedProfileSaveRollsTheEntryBack()
{
    QFETCH(bool, removedMeanwhile);
    QFETCH(QString, message);

    InstanceProfile profile;
    if (removedMeanwhile) {
        profile = addProfile({CredentialReference::Kind::Environment, {}});
        profile.credential = Unnamed;
    } else {
        profile = sampleProfile(Unnamed);
        profile.displayName.clear();
    }
    m_editor->save(profile, Credential(NewKey));
    if (removedMeanwhile)
        QVERIFY(m_store->remove(profile.id));
    QVERIFY(waitForAnswer());
    QCOMPARE(m_failed->size(), 1);
    QCOMPARE(m_failed->first().first().toString(), message);
    QVERIFY(m_store->profiles().isEmpty());

    // Written first, then removed again: no entry is left that no profile names.
    const QList<KeychainStore::Result> writes = resultsOf(*m_keychainAnswers, KeychainStore::Operation::Write);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().status, KeychainStore::Status::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).size(), 1, 30'000);
    QCOMPARE(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Remove).first().credentialId,
        writes.first().credentialId);
    QCOMPARE(readEntry(writes.first().credentialId).status, KeychainStore::Status::NotFound);
    QVERIFY(!settingsBytes().contains(NewSecret));
}

void TestProfileEditor::noteSaysWhenTheSecretIsInMemoryOnly()
{
    m_editor->save(sampleProfile(Unnamed), Credential(NewKey));
    QVERIFY(waitForAnswer());
    QCOMPARE(m_saved->size(), 1);
    QCOMPARE(m_keychain->isKeychainAvailable(), m_expectKeychain);
    const QString note = savedNote();
    if (m_expectKeychain) {
        QVERIFY2(note.isEmpty(), qPrintable(note));
    } else {
        QVERIFY(!m_keychain->unavailableMessage().isEmpty());
        QCOMPARE(note, m_keychain->unavailableMessage());
        QVERIFY2(note.contains(QLatin1String("kept in memory")), qPrintable(note));
    }
    // Either way the profile is saved and its key can be read back in this run.
    const InstanceProfile profile = savedProfile();
    QVERIFY(m_store->contains(profile.id));
    const KeychainStore::Result entry = readEntry(profile.credential.name);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.backend, m_expectKeychain ? KeychainStore::Backend::Keychain : KeychainStore::Backend::Memory);
    QCOMPARE(entry.credential, Credential(NewKey));
    QVERIFY(!settingsBytes().contains(NewSecret));
}

void TestProfileEditor::secondSaveWhileSavingIsRefused()
{
    m_editor->save(sampleProfile(Unnamed), Credential(NewKey));
    InstanceProfile other = sampleProfile(Unnamed);
    other.displayName = QStringLiteral("Second");
    m_editor->save(other, Credential(OldKey));
    QTRY_COMPARE_WITH_TIMEOUT(m_saved->size(), 1, 30'000);
    QCOMPARE(m_failed->size(), 1);
    QCOMPARE(m_failed->first().first().toString(), QStringLiteral("The previous save has not finished yet."));
    QCOMPARE(savedProfile().displayName, QStringLiteral("Orders primary"));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(resultsOf(*m_keychainAnswers, KeychainStore::Operation::Write).size(), 1);
}

QTEST_GUILESS_MAIN(TestProfileEditor)

#include "tst_profileeditor.moc"
