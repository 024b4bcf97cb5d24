// SPDX-License-Identifier: GPL-3.0-or-later
// The instance dialog as a user fills it in: real widgets (offscreen), a real ProfileStore on a
// temporary INI file and a real KeychainStore. Under scripts/with-keyring that is gnome-keyring's
// Secret Service; without a session bus (tst_instancedialog_nokeychain) it is the in-memory
// fallback, and the tests assert its message instead.
#include "credentials/keychainstore.h"
#include "instancedialog.h"
#include "profiles/profilestore.h"
#include "support/emulatorfixture.h"
#include "support/secretguard.h"
#include "support/testkeychain.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include <unistd.h>

using TestKeychain::answerTo;
using TestKeychain::uniqueId;

namespace {

constexpr char TypedSecret[] = "Dialog-Typed-S3cret-Do-Not-Leak";
constexpr char TypedToken[] = "Dialog-Typed-T0ken-Do-Not-Leak";
constexpr char CliSecret[] = "Dialog-Cli-S3cret-Do-Not-Leak";
constexpr char CliStsSecret[] = "Dialog-CliSts-S3cret-Do-Not-Leak";
constexpr char CliToken[] = "Dialog-Cli-T0ken-Do-Not-Leak";
constexpr char EditedSecret[] = "Dialog-Edited-S3cret-Do-Not-Leak";
constexpr char TypedPassword[] = "Dialog-Typed-Passw0rd-Do-Not-Leak";

const QStringList AllSecrets {QLatin1String(TypedSecret), QLatin1String(TypedToken), QLatin1String(CliSecret),
    QLatin1String(CliStsSecret), QLatin1String(CliToken), QLatin1String(EditedSecret), QLatin1String(TypedPassword)};

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

int comboRowOf(const QComboBox* combo, const QVariant& data)
{
    return combo->findData(data);
}

// The dialog's widgets as a user finds them, by name.
template<typename Widget> Widget* field(const QWidget& dialog, const char* name)
{
    auto* widget = dialog.findChild<Widget*>(QLatin1String(name));
    if (!widget)
        qWarning("No widget named %s", name);
    return widget;
}

} // namespace

class TestInstanceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void freshDialogCannotBeSaved();
    void testConnectionSaysWhatHappened();
    void validation_data();
    void validation();
    void loopbackHttpIsAccepted();
    void typedKeyIsSavedInTheKeychainOnly();
    void keychainLostWhileSavingKeepsTheDialogOpen();
    void cliProfilesAreListedAndOthersRefused();
    void cliProfileIsSavedByName();
    void missingCliConfigurationSaysSo();
    void brokenCliConfigurationSaysWhy();
    void unreachableCliConfigurationSaysWhatIsWrong_data();
    void unreachableCliConfigurationSaysWhatIsWrong();
    void importCliProfileIntoKeychain();
    void editingKeepsTheSecretWhenLeftEmpty();
    void editingWithANewSecretOverwritesTheEntry();
    void editingADuplicateWritesItsOwnEntry();
    void editingWithTheEntryGoneAsksForTheSecret();
    void leavingTheKeychainDeletesTheEntry();
    void failedSaveKeepsTheDialogOpenAndSaysWhy();
    void environmentShowsWhetherTheKeyIsSet();
    void editingKeepsAnUnlistedInterval();
    void switchingTheSourceShowsItsFields();
    void directValidation_data();
    void directValidation();
    void directProfileIsSavedWithTheLoginInTheKeychain();
    void editingADirectProfileKeepsThePassword();

private:
    QString settingsFile() const { return m_root.filePath(QStringLiteral("profiles.ini")); }
    QString cliConfigFile() const { return m_root.filePath(QStringLiteral("aliyun-config.json")); }
    KeychainStore::Result writeEntry(const QString& id, const AccessKey& key);
    KeychainStore::Result readEntry(const QString& id);
    void waitForProbe(const InstanceDialog& dialog);
    void fillValid(InstanceDialog& dialog);
    void fillValidDirect(InstanceDialog& dialog);
    QByteArray settingsBytes();

    QTemporaryDir m_root;
    bool m_expectKeychain = true;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    QStringList m_createdIds;
    SecretGuard m_logGuard;
};

void TestInstanceDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    // A keychain is expected when there is a session bus, unless this run was set up without one.
    m_expectKeychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && qEnvironmentVariable("SESSIONSCOPE_EXPECT_NO_KEYCHAIN") != QLatin1String("1");
    qInfo("Keychain expected: %s", m_expectKeychain ? "yes" : "no (in-memory fallback)");

    QFile config(cliConfigFile());
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QByteArray(R"({"current": "dev", "meta_path": "", "profiles": [
        {"name": "dev", "mode": "AK", "access_key_id": "LTAIclidev0001", "access_key_secret": ")")
        + CliSecret + R"(", "region_id": "cn-hangzhou"},
        {"name": "temp", "mode": "StsToken", "access_key_id": "STS.clitemp0001", "access_key_secret": ")"
        + CliStsSecret + R"(", "sts_token": ")" + CliToken + R"(", "region_id": "cn-shanghai"},
        {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIclirole01", "access_key_secret": "x",
         "ram_role_arn": "acs:ram::1:role/reader", "ram_session_name": "s"}
    ]})");
    config.close();
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", cliConfigFile().toUtf8());
    for (const char* name : {"ALIBABA_CLOUD_PROFILE", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
             "ALIBABA_CLOUD_SECURITY_TOKEN"})
        qunsetenv(name);

    for (const QString& secret : AllSecrets)
        m_logGuard.watch(secret);
    m_logGuard.install();
}

void TestInstanceDialog::cleanupTestCase()
{
    m_logGuard.uninstall();
    m_logGuard.verifyNothingLeaked();
}

void TestInstanceDialog::init()
{
    QFile::remove(settingsFile());
    m_store = std::make_unique<ProfileStore>(settingsFile());
    m_keychain = std::make_unique<KeychainStore>();
    m_createdIds.clear();
}

void TestInstanceDialog::cleanup()
{
    for (const InstanceProfile& profile : m_store->profiles()) {
        if (profile.credential.kind == CredentialReference::Kind::Keychain)
            m_createdIds.append(profile.credential.name);
    }
    TestKeychain::removeEntries(*m_keychain, m_createdIds);
    m_store.reset();
    m_keychain.reset();
}

KeychainStore::Result TestInstanceDialog::writeEntry(const QString& id, const AccessKey& key)
{
    m_createdIds.append(id);
    QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
    return answerTo(finished, m_keychain->write(id, key)).value_or(KeychainStore::Result {});
}

KeychainStore::Result TestInstanceDialog::readEntry(const QString& id)
{
    QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
    return answerTo(finished, m_keychain->read(id)).value_or(KeychainStore::Result {});
}

// The dialog asks early whether a keychain answers; most tests press Save once it knows.
void TestInstanceDialog::waitForProbe(const InstanceDialog& dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog.keychainLabel()->text().contains(QStringLiteral("Looking for the system keychain")), 30'000);
    QCOMPARE(m_keychain->isKeychainAvailable(), m_expectKeychain);
    if (!m_expectKeychain) {
        QVERIFY(!m_keychain->unavailableMessage().isEmpty());
        QVERIFY2(dialog.keychainLabel()->text().contains(m_keychain->unavailableMessage()),
            qPrintable(dialog.keychainLabel()->text()));
    }
}

void TestInstanceDialog::fillValid(InstanceDialog& dialog)
{
    dialog.displayNameEdit()->clear();
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Orders primary"));
    dialog.instanceIdEdit()->clear();
    QTest::keyClicks(dialog.instanceIdEdit(), QStringLiteral("rm-bp1orders"));
    dialog.credentialCombo()->setCurrentIndex(
        comboRowOf(dialog.credentialCombo(), int(CredentialReference::Kind::Keychain)));
    dialog.accessKeyIdEdit()->setText(QStringLiteral("LTAItyped0001"));
    dialog.accessKeySecretEdit()->setText(QLatin1String(TypedSecret));
}

void TestInstanceDialog::fillValidDirect(InstanceDialog& dialog)
{
    auto* source = field<QComboBox>(dialog, "sourceCombo");
    source->setCurrentIndex(comboRowOf(source, int(InstanceProfile::Source::MySql)));
    dialog.displayNameEdit()->clear();
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Local MariaDB"));
    QTest::keyClicks(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db.example.com"));
    QTest::keyClicks(field<QLineEdit>(dialog, "databaseUserEdit"), QStringLiteral("monitor"));
    QTest::keyClicks(field<QLineEdit>(dialog, "passwordEdit"), QLatin1String(TypedPassword));
}

QByteArray TestInstanceDialog::settingsBytes()
{
    if (m_store->sync() != QSettings::NoError)
        return {};
    QFile file(settingsFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestInstanceDialog::freshDialogCannotBeSaved()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    QVERIFY(!dialog.isEditing());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("The display name is empty.")));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("The instance ID is empty.")));
    // Pressing Enter (accept) does nothing while the form is incomplete.
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    dialog.accept();
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_store->profiles().isEmpty());
    waitForProbe(dialog);
}

void TestInstanceDialog::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    struct Case
    {
        const char* name;
        const char* field;
        const char* value;
        const char* message;
    };
    const Case cases[] = {
        {"empty display name", "displayName", "", "The display name is empty."},
        {"blank display name", "displayName", "   ", "The display name is empty."},
        {"empty instance id", "instanceId", "", "The instance ID is empty."},
        {"instance id with a space", "instanceId", "rm-bp1 orders", "The instance ID must not contain spaces."},
        {"node id with a space", "nodeId", "pi node", "The node ID must not contain spaces."},
        {"empty custom endpoint", "endpoint", "", "The custom endpoint is empty."},
        {"malformed endpoint", "endpoint", "not a url", "The endpoint is not a valid URL with a host name."},
        {"endpoint without scheme", "endpoint", "das.example.com", "The endpoint is not a valid URL with a host name."},
        {"ftp endpoint", "endpoint", "ftp://das.example.com/", "The endpoint must start with https://."},
        {"plain http to a remote host", "endpoint", "http://das.example.com/",
            "Plain http:// is allowed only for this computer (localhost); use https:// for das.example.com."},
        {"endpoint with a path", "endpoint", "https://das.example.com/api", "The endpoint must not contain a path."},
        {"empty AccessKey ID", "accessKeyId", "", "The AccessKey ID is empty."},
        {"AccessKey ID with a space", "accessKeyId", "LTAI 1", "The AccessKey ID must not contain spaces."},
        {"empty secret", "secret", "", "The AccessKey secret is empty."},
    };
    for (const Case& row : cases)
        QTest::addRow("%s", row.name) << QString::fromUtf8(row.field) << QString::fromUtf8(row.value)
                                      << QString::fromUtf8(row.message);
}

void TestInstanceDialog::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    fillValid(dialog);
    if (field == QLatin1String("endpoint")) {
        dialog.endpointCombo()->setCurrentIndex(
            comboRowOf(dialog.endpointCombo(), int(InstanceProfile::EndpointKind::Custom)));
        dialog.customEndpointEdit()->setText(QStringLiteral("https://das.example.com/"));
        QVERIFY(dialog.customEndpointEdit()->isEnabled());
    }
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.messageLabel()->isHidden());

    QLineEdit* edit = nullptr;
    if (field == QLatin1String("displayName"))
        edit = dialog.displayNameEdit();
    else if (field == QLatin1String("instanceId"))
        edit = dialog.instanceIdEdit();
    else if (field == QLatin1String("nodeId"))
        edit = dialog.nodeIdEdit();
    else if (field == QLatin1String("endpoint"))
        edit = dialog.customEndpointEdit();
    else if (field == QLatin1String("accessKeyId"))
        edit = dialog.accessKeyIdEdit();
    else if (field == QLatin1String("secret"))
        edit = dialog.accessKeySecretEdit();
    QVERIFY(edit);
    // As typed: select everything, then type over it (or delete it).
    edit->selectAll();
    if (value.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, value);
    QCOMPARE(edit->text(), value);

    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(dialog.messageLabel()->text(), message);
    QCOMPARE(dialog.problems(), QStringList {message});
    // Red once the user has typed.
    QCOMPARE(dialog.messageLabel()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));

    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    dialog.accept();
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestInstanceDialog::testConnectionSaysWhatHappened()
{
    const AccessKey key {QStringLiteral("LTAItyped0001"), QLatin1String(TypedSecret), {}};
    const std::unique_ptr<DasEmulator> emulator
        = EmulatorFixture::start(key, {EmulatorFixture::instance(QStringLiteral("rm-bp1orders"), 25, 1)});
    QVERIFY(emulator);
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    waitForProbe(dialog);
    fillValid(dialog);
    dialog.endpointCombo()->setCurrentIndex(
        comboRowOf(dialog.endpointCombo(), int(InstanceProfile::EndpointKind::Custom)));
    dialog.customEndpointEdit()->setText(emulator->endpoint().toString());
    QVERIFY(dialog.testConnectionButton()->isVisible());

    // The right key: one snapshot, its size said, nothing saved.
    QSignalSpy tested(&dialog, &InstanceDialog::connectionTested);
    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QVERIFY(!dialog.testConnectionButton()->isEnabled());
    QVERIFY2(tested.wait(30'000), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(tested.takeFirst().first().toBool(), true);
    QVERIFY2(dialog.statusLabel()->text().startsWith(QLatin1String("Connected: the snapshot holds 25 session")),
        qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.testConnectionButton()->isEnabled());
    QVERIFY(m_store->profiles().isEmpty());

    // A wrong secret: the service's own code, in the status line.
    dialog.accessKeySecretEdit()->setText(QStringLiteral("not-the-secret"));
    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QVERIFY2(tested.wait(30'000), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(tested.takeFirst().first().toBool(), false);
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("SignatureDoesNotMatch")),
        qPrintable(dialog.statusLabel()->text()));

    // A direct connection to a port where nothing listens: the server named, the failure precise.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    auto* source = field<QComboBox>(dialog, "sourceCombo");
    source->setCurrentIndex(comboRowOf(source, int(InstanceProfile::Source::MySql)));
    field<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    field<QSpinBox>(dialog, "portSpin")->setValue(port);
    field<QLineEdit>(dialog, "databaseUserEdit")->setText(QStringLiteral("monitor"));
    field<QLineEdit>(dialog, "passwordEdit")->setText(QLatin1String(TypedPassword));
    QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
    QVERIFY2(tested.wait(30'000), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(tested.takeFirst().first().toBool(), false);
    QVERIFY2(
        dialog.statusLabel()->text().contains(QStringLiteral("127.0.0.1")), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(m_store->profiles().isEmpty());
}

void TestInstanceDialog::loopbackHttpIsAccepted()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    fillValid(dialog);
    dialog.endpointCombo()->setCurrentIndex(
        comboRowOf(dialog.endpointCombo(), int(InstanceProfile::EndpointKind::Custom)));
    dialog.customEndpointEdit()->setText(QStringLiteral("http://127.0.0.1:18080/"));
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(dialog.formProfile().endpoint(), QUrl(QStringLiteral("http://127.0.0.1:18080/")));
    // The CAs trusted for the endpoint go with the profile.
    QTest::keyClicks(dialog.endpointCaEdit(), QStringLiteral("/etc/ssl/proxy-ca.pem"));
    QCOMPARE(dialog.formProfile().endpointCa, QStringLiteral("/etc/ssl/proxy-ca.pem"));
    // Back to the public endpoint: the custom URL no longer counts.
    dialog.customEndpointEdit()->setText(QStringLiteral("http://das.example.com/"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.endpointCombo()->setCurrentIndex(
        comboRowOf(dialog.endpointCombo(), int(InstanceProfile::EndpointKind::Public)));
    QVERIFY(!dialog.customEndpointEdit()->isEnabled());
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
}

void TestInstanceDialog::typedKeyIsSavedInTheKeychainOnly()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    waitForProbe(dialog);
    fillValid(dialog);
    dialog.securityTokenEdit()->setText(QLatin1String(TypedToken));
    QCOMPARE(dialog.accessKeySecretEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.securityTokenEdit()->echoMode(), QLineEdit::Password);
    dialog.refreshIntervalCombo()->setCurrentIndex(comboRowOf(dialog.refreshIntervalCombo(), 5000));
    dialog.nodeIdEdit()->setText(QStringLiteral("pi-node1"));

    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);

    // The keychain answers later; until then the dialog says so and cannot be closed or sent twice.
    QVERIFY(dialog.isSaving());
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Saving…"));
    QVERIFY(dialog.statusLabel()->isVisible());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(saved.size(), 0);

    QVERIFY(saved.wait(30'000));
    QCOMPARE(saved.size(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QList<KeychainStore::Result> writes = resultsOf(keychainAnswers, KeychainStore::Operation::Write);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().status, KeychainStore::Status::Ok);
    QCOMPARE(
        writes.first().backend, m_expectKeychain ? KeychainStore::Backend::Keychain : KeychainStore::Backend::Memory);

    const QUuid id = saved.first().first().toUuid();
    const std::optional<InstanceProfile> profile = m_store->profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->displayName, QStringLiteral("Orders primary"));
    QCOMPARE(profile->instanceId, QStringLiteral("rm-bp1orders"));
    QCOMPARE(profile->nodeId, QStringLiteral("pi-node1"));
    QCOMPARE(profile->refreshIntervalMs, 5000);
    QCOMPARE(profile->endpointKind, InstanceProfile::EndpointKind::Public);
    QCOMPARE(profile->credential.kind, CredentialReference::Kind::Keychain);
    QCOMPARE(profile->credential.name, writes.first().credentialId);

    const QByteArray ini = settingsBytes();
    QVERIFY(ini.contains("rm-bp1orders"));
    QVERIFY(!ini.contains(TypedSecret));
    QVERIFY(!ini.contains(TypedToken));
    QVERIFY(!ini.contains("LTAItyped0001"));
    QVERIFY(!m_store->exportJson().contains(TypedSecret));

    const KeychainStore::Result entry = readEntry(profile->credential.name);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential.accessKey()->id, QStringLiteral("LTAItyped0001"));
    QCOMPARE(entry.credential.accessKey()->secret, QLatin1String(TypedSecret));
    QCOMPARE(entry.credential.accessKey()->securityToken, QLatin1String(TypedToken));
}

void TestInstanceDialog::keychainLostWhileSavingKeepsTheDialogOpen()
{
    if (m_expectKeychain)
        QSKIP("Needs a run without a keychain; tst_instancedialog_nokeychain covers it.");

    // Save pressed before the dialog learnt that no keychain answers: the user has not been told yet.
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    fillValid(dialog);
    QVERIFY(m_keychain->isKeychainAvailable());
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(30'000));

    QVERIFY(dialog.isVisible());
    QVERIFY(!m_keychain->unavailableMessage().isEmpty());
    QVERIFY2(dialog.statusLabel()->text().contains(m_keychain->unavailableMessage()),
        qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.okButton()->text(), QStringLiteral("Close"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(m_store->contains(saved.first().first().toUuid()));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.size(), 1);
}

void TestInstanceDialog::cliProfilesAreListedAndOthersRefused()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    // A configured CLI is the default, with its current profile chosen.
    QCOMPARE(dialog.credentialCombo()->currentData().toInt(), int(CredentialReference::Kind::CliProfile));
    QComboBox* profiles = dialog.cliProfileCombo();
    QCOMPARE(profiles->count(), 3);
    QCOMPARE(profiles->currentData().toString(), QStringLiteral("dev"));
    const int dev = comboRowOf(profiles, QStringLiteral("dev"));
    const int temp = comboRowOf(profiles, QStringLiteral("temp"));
    const int role = comboRowOf(profiles, QStringLiteral("role"));
    QVERIFY(dev >= 0 && temp >= 0 && role >= 0);
    QCOMPARE(profiles->itemText(dev), QStringLiteral("dev (AK)"));
    QCOMPARE(profiles->itemText(temp), QStringLiteral("temp (StsToken)"));
    QCOMPARE(profiles->itemText(role), QStringLiteral("role (RamRoleArn, not supported)"));
    QVERIFY(profiles->itemData(role, Qt::ToolTipRole).toString().contains(QStringLiteral("RamRoleArn")));

    dialog.displayNameEdit()->setText(QStringLiteral("Orders"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));

    profiles->setCurrentIndex(dev);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.importIntoKeychainButton()->isEnabled());
    QVERIFY2(dialog.cliProfileLabel()->text().contains(QStringLiteral("Mode AK, region cn-hangzhou")),
        qPrintable(dialog.cliProfileLabel()->text()));

    profiles->setCurrentIndex(temp);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.importIntoKeychainButton()->isEnabled());
    QVERIFY(dialog.cliProfileLabel()->text().contains(QStringLiteral("Mode StsToken")));

    profiles->setCurrentIndex(role);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.importIntoKeychainButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("'role' uses mode RamRoleArn")),
        qPrintable(dialog.messageLabel()->text()));
    // The file's secrets are never shown.
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        for (const QString& secret : AllSecrets)
            QVERIFY(!label->text().contains(secret));
    }
}

void TestInstanceDialog::cliProfileIsSavedByName()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    dialog.displayNameEdit()->setText(QStringLiteral("Orders"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));
    dialog.cliProfileCombo()->setCurrentIndex(comboRowOf(dialog.cliProfileCombo(), QStringLiteral("temp")));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    // Nothing to write: saved without waiting for the keychain.
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!dialog.isVisible());
    const std::optional<InstanceProfile> profile = m_store->profile(saved.first().first().toUuid());
    QVERIFY(profile);
    QCOMPARE(
        profile->credential, (CredentialReference {CredentialReference::Kind::CliProfile, QStringLiteral("temp")}));
    const QByteArray ini = settingsBytes();
    QVERIFY(!ini.isEmpty());
    QVERIFY(!ini.contains(CliStsSecret));
    QVERIFY(!ini.contains(CliToken));
    QVERIFY(resultsOf(keychainAnswers, KeychainStore::Operation::Write).isEmpty());
}

void TestInstanceDialog::missingCliConfigurationSaysSo()
{
    const QByteArray previous = qgetenv("ALIBABA_CLOUD_CONFIG_FILE");
    const auto restore = qScopeGuard([previous] { qputenv("ALIBABA_CLOUD_CONFIG_FILE", previous); });
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", m_root.filePath(QStringLiteral("no-such/config.json")).toUtf8());

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    // Nothing to take from the CLI: the typed key is the default.
    QCOMPARE(dialog.credentialCombo()->currentData().toInt(), int(CredentialReference::Kind::Keychain));
    dialog.displayNameEdit()->setText(QStringLiteral("Orders"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));
    dialog.credentialCombo()->setCurrentIndex(
        comboRowOf(dialog.credentialCombo(), int(CredentialReference::Kind::CliProfile)));
    QCOMPARE(dialog.cliProfileCombo()->count(), 0);
    QVERIFY(!dialog.cliProfileCombo()->isEnabled());
    QVERIFY(!dialog.importIntoKeychainButton()->isEnabled());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("There is no Aliyun CLI configuration at ")),
        qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("no-such/config.json")));
    QVERIFY(dialog.cliProfileLabel()->text().contains(QStringLiteral("aliyun configure")));
}

void TestInstanceDialog::brokenCliConfigurationSaysWhy()
{
    const QString path = m_root.filePath(QStringLiteral("broken-config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "dev", "profiles": [ {"name": "dev", )");
    file.close();
    const QByteArray previous = qgetenv("ALIBABA_CLOUD_CONFIG_FILE");
    const auto restore = qScopeGuard([previous] { qputenv("ALIBABA_CLOUD_CONFIG_FILE", previous); });
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", path.toUtf8());

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.displayNameEdit()->setText(QStringLiteral("Orders"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));
    dialog.credentialCombo()->setCurrentIndex(
        comboRowOf(dialog.credentialCombo(), int(CredentialReference::Kind::CliProfile)));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("is not valid JSON")),
        qPrintable(dialog.messageLabel()->text()));
}

void TestInstanceDialog::unreachableCliConfigurationSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::addRow("dangling link") << QStringLiteral("dangling") << QStringLiteral("which does not exist");
    QTest::addRow("link loop") << QStringLiteral("loop") << QStringLiteral("form a loop");
    QTest::addRow("file as folder") << QStringLiteral("file-as-folder") << QStringLiteral("not a folder");
    QTest::addRow("folder that cannot be entered") << QStringLiteral("unreadable") << QStringLiteral("permission");
}

void TestInstanceDialog::unreachableCliConfigurationSaysWhatIsWrong()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QDir dir(home.path());
    QString path = dir.filePath(QStringLiteral(".aliyun/config.json"));
    if (setup == QLatin1String("dangling")) {
        QVERIFY(dir.mkdir(QStringLiteral(".aliyun")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere/config.json")), path));
    } else if (setup == QLatin1String("loop")) {
        QVERIFY(dir.mkdir(QStringLiteral(".aliyun")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral(".aliyun/other.json")), path));
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral(".aliyun/other.json"))));
    } else if (setup == QLatin1String("file-as-folder")) {
        QFile file(dir.filePath(QStringLiteral(".aliyun")));
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        if (::geteuid() == 0)
            QSKIP("the superuser enters any folder");
        QVERIFY(dir.mkdir(QStringLiteral(".aliyun")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral(".aliyun")), QFileDevice::Permissions {}));
    }
    const auto restorePermissions = qScopeGuard([&] {
        QFile::setPermissions(dir.filePath(QStringLiteral(".aliyun")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    const QByteArray previous = qgetenv("ALIBABA_CLOUD_CONFIG_FILE");
    const auto restore = qScopeGuard([previous] { qputenv("ALIBABA_CLOUD_CONFIG_FILE", previous); });
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(path));

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    dialog.displayNameEdit()->setText(QStringLiteral("Orders"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));
    dialog.credentialCombo()->setCurrentIndex(
        comboRowOf(dialog.credentialCombo(), int(CredentialReference::Kind::CliProfile)));
    QVERIFY(!dialog.okButton()->isEnabled());
    // Not "there is no configuration, run aliyun configure": the file is there and broken, and the
    // dialog says how, as the command line does.
    const QString message = dialog.messageLabel()->text();
    QVERIFY2(!message.contains(QLatin1String("There is no Aliyun CLI configuration")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("config.json")), qPrintable(message));
    QVERIFY2(!dialog.cliProfileLabel()->text().contains(QLatin1String("aliyun configure")),
        qPrintable(dialog.cliProfileLabel()->text()));
}

void TestInstanceDialog::importCliProfileIntoKeychain()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    waitForProbe(dialog);
    dialog.displayNameEdit()->setText(QStringLiteral("Temporary"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1temp"));
    dialog.cliProfileCombo()->setCurrentIndex(comboRowOf(dialog.cliProfileCombo(), QStringLiteral("temp")));
    QTest::mouseClick(dialog.importIntoKeychainButton(), Qt::LeftButton);

    QCOMPARE(dialog.credentialCombo()->currentData().toInt(), int(CredentialReference::Kind::Keychain));
    QCOMPARE(dialog.accessKeyIdEdit()->text(), QStringLiteral("STS.clitemp0001"));
    QCOMPARE(dialog.accessKeySecretEdit()->text(), QLatin1String(CliStsSecret));
    QCOMPARE(dialog.accessKeySecretEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.keychainLabel()->text().contains(QStringLiteral("Aliyun CLI profile 'temp'")));
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));

    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(30'000));
    const std::optional<InstanceProfile> profile = m_store->profile(saved.first().first().toUuid());
    QVERIFY(profile);
    QCOMPARE(profile->credential.kind, CredentialReference::Kind::Keychain);
    QVERIFY(profile->credential.name != QStringLiteral("temp"));
    const KeychainStore::Result entry = readEntry(profile->credential.name);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential.accessKey()->id, QStringLiteral("STS.clitemp0001"));
    QCOMPARE(entry.credential.accessKey()->secret, QLatin1String(CliStsSecret));
    QCOMPARE(entry.credential.accessKey()->securityToken, QLatin1String(CliToken));
    const QByteArray ini = settingsBytes();
    QVERIFY(!ini.contains(CliStsSecret));
    QVERIFY(!ini.contains(CliToken));
}

void TestInstanceDialog::editingKeepsTheSecretWhenLeftEmpty()
{
    const QString credentialId = uniqueId("dialog-edit");
    const AccessKey key {QStringLiteral("LTAIedit0001"), QLatin1String(TypedSecret), {}};
    QCOMPARE(writeEntry(credentialId, key).status, KeychainStore::Status::Ok);
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::Keychain, credentialId};
    const ProfileStore::SaveResult added = m_store->add(original);
    QVERIFY(added.ok());
    original.id = added.id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    dialog.show();
    QVERIFY(dialog.isEditing());
    QCOMPARE(dialog.credentialCombo()->currentData().toInt(), int(CredentialReference::Kind::Keychain));
    QVERIFY(dialog.accessKeySecretEdit()->text().isEmpty());
    QCOMPARE(dialog.accessKeySecretEdit()->placeholderText(), QStringLiteral("unchanged"));
    // The saved AccessKey ID is shown once the keychain answered; the secret never is.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.accessKeyIdEdit()->text(), QStringLiteral("LTAIedit0001"), 30'000);
    QVERIFY(dialog.accessKeySecretEdit()->text().isEmpty());
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));

    dialog.displayNameEdit()->selectAll();
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Orders (renamed)"));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toUuid(), original.id);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_store->profiles().size(), 1);
    const std::optional<InstanceProfile> profile = m_store->profile(original.id);
    QCOMPARE(profile->displayName, QStringLiteral("Orders (renamed)"));
    QCOMPARE(profile->credential, original.credential);

    const KeychainStore::Result entry = readEntry(credentialId);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential.accessKey()->secret, QLatin1String(TypedSecret));
    QVERIFY(resultsOf(keychainAnswers, KeychainStore::Operation::Write).isEmpty());
    QVERIFY(resultsOf(keychainAnswers, KeychainStore::Operation::Remove).isEmpty());
}

void TestInstanceDialog::editingWithANewSecretOverwritesTheEntry()
{
    const QString credentialId = uniqueId("dialog-overwrite");
    QCOMPARE(writeEntry(credentialId, {QStringLiteral("LTAIold0001"), QLatin1String(TypedSecret), {}}).status,
        KeychainStore::Status::Ok);
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::Keychain, credentialId};
    original.id = m_store->add(original).id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.accessKeyIdEdit()->text(), QStringLiteral("LTAIold0001"), 30'000);

    // A new AccessKey ID without its secret cannot be saved.
    dialog.accessKeyIdEdit()->setText(QStringLiteral("LTAInew0001"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messageLabel()->text(),
        QStringLiteral("Type the AccessKey secret that belongs to the new AccessKey ID."));
    dialog.accessKeySecretEdit()->setText(QLatin1String(EditedSecret));
    QVERIFY(dialog.okButton()->isEnabled());

    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(30'000));
    QCOMPARE(m_store->profile(original.id)->credential, original.credential);
    const KeychainStore::Result entry = readEntry(credentialId);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential.accessKey()->id, QStringLiteral("LTAInew0001"));
    QCOMPARE(entry.credential.accessKey()->secret, QLatin1String(EditedSecret));
}

void TestInstanceDialog::editingADuplicateWritesItsOwnEntry()
{
    const QString credentialId = uniqueId("dialog-shared");
    QCOMPARE(writeEntry(credentialId, {QStringLiteral("LTAIshared01"), QLatin1String(TypedSecret), {}}).status,
        KeychainStore::Status::Ok);
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::Keychain, credentialId};
    original.id = m_store->add(original).id;
    const ProfileStore::SaveResult copy = m_store->duplicate(original.id);
    QVERIFY(copy.ok());

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(*m_store->profile(copy.id));
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.accessKeyIdEdit()->text(), QStringLiteral("LTAIshared01"), 30'000);
    dialog.accessKeyIdEdit()->setText(QStringLiteral("LTAIcopy0001"));
    dialog.accessKeySecretEdit()->setText(QLatin1String(EditedSecret));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(30'000));

    const InstanceProfile copied = *m_store->profile(copy.id);
    QCOMPARE(copied.credential.kind, CredentialReference::Kind::Keychain);
    QVERIFY(copied.credential.name != credentialId);
    QCOMPARE(readEntry(copied.credential.name).credential.accessKey()->secret, QLatin1String(EditedSecret));
    // The original still has its own key.
    QCOMPARE(m_store->profile(original.id)->credential.name, credentialId);
    const KeychainStore::Result originalEntry = readEntry(credentialId);
    QCOMPARE(originalEntry.status, KeychainStore::Status::Ok);
    QCOMPARE(originalEntry.credential.accessKey()->secret, QLatin1String(TypedSecret));
}

void TestInstanceDialog::editingWithTheEntryGoneAsksForTheSecret()
{
    const QString credentialId = uniqueId("dialog-gone");
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::Keychain, credentialId};
    original.id = m_store->add(original).id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    dialog.show();
    // Gone from the keychain, or (without one) unreadable in this run: either way the dialog says which.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keychainLabel()->text().contains(QStringLiteral("Nothing is saved"))
            || dialog.keychainLabel()->text().contains(QStringLiteral("The keychain is not available in this run")),
        30'000);
    QCOMPARE(dialog.keychainLabel()->text().contains(QStringLiteral("Nothing is saved")),
        m_keychain->backend() == KeychainStore::Backend::Keychain);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("The AccessKey secret is empty.")));
    QVERIFY(dialog.accessKeySecretEdit()->placeholderText().isEmpty());
    dialog.accessKeyIdEdit()->setText(QStringLiteral("LTAIagain001"));
    dialog.accessKeySecretEdit()->setText(QLatin1String(EditedSecret));
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(30'000));
    QCOMPARE(readEntry(m_store->profile(original.id)->credential.name).credential.accessKey()->secret,
        QLatin1String(EditedSecret));
}

void TestInstanceDialog::leavingTheKeychainDeletesTheEntry()
{
    const QString credentialId = uniqueId("dialog-leave");
    QCOMPARE(writeEntry(credentialId, {QStringLiteral("LTAIleave001"), QLatin1String(TypedSecret), {}}).status,
        KeychainStore::Status::Ok);
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::Keychain, credentialId};
    original.id = m_store->add(original).id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.accessKeyIdEdit()->text(), QStringLiteral("LTAIleave001"), 30'000);
    dialog.credentialCombo()->setCurrentIndex(
        comboRowOf(dialog.credentialCombo(), int(CredentialReference::Kind::Environment)));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->profile(original.id)->credential.kind, CredentialReference::Kind::Environment);
    QTRY_COMPARE_WITH_TIMEOUT(resultsOf(keychainAnswers, KeychainStore::Operation::Remove).size(), 1, 30'000);
    QCOMPARE(resultsOf(keychainAnswers, KeychainStore::Operation::Remove).first().credentialId, credentialId);
    QCOMPARE(readEntry(credentialId).status, KeychainStore::Status::NotFound);
}

void TestInstanceDialog::failedSaveKeepsTheDialogOpenAndSaysWhy()
{
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::Environment, {}};
    original.id = m_store->add(original).id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    dialog.show();
    // Removed from the instance list while the dialog was open.
    QVERIFY(m_store->remove(original.id));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isSaving());
    QCOMPARE(dialog.statusLabel()->text(),
        QStringLiteral("There is no saved profile with this id; it may have been removed."));
    QVERIFY(dialog.statusLabel()->isVisible());
    QCOMPARE(dialog.statusLabel()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestInstanceDialog::environmentShowsWhetherTheKeyIsSet()
{
    const auto restore = qScopeGuard([] {
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    });
    {
        InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
        QVERIFY2(dialog.environmentLabel()->text().contains(QStringLiteral("are not set")),
            qPrintable(dialog.environmentLabel()->text()));
    }
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvironment01");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", TypedSecret);
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    const QString text = dialog.environmentLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID is set (LTAI…t01)")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("LTAIenvironment01")));
    QVERIFY(!text.contains(QLatin1String(TypedSecret)));

    dialog.displayNameEdit()->setText(QStringLiteral("Orders"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));
    dialog.credentialCombo()->setCurrentIndex(
        comboRowOf(dialog.credentialCombo(), int(CredentialReference::Kind::Environment)));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    dialog.accept();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->profile(saved.first().first().toUuid())->credential.kind, CredentialReference::Kind::Environment);
    QVERIFY(!settingsBytes().contains(TypedSecret));
}

void TestInstanceDialog::editingKeepsAnUnlistedInterval()
{
    InstanceProfile original;
    original.displayName = QStringLiteral("Orders");
    original.instanceId = QStringLiteral("rm-bp1orders");
    original.credential = {CredentialReference::Kind::CliProfile, QStringLiteral("dev")};
    original.refreshIntervalMs = 15'000;
    original.id = m_store->add(original).id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    QCOMPARE(dialog.refreshIntervalCombo()->currentData().toInt(), 15'000);
    QCOMPARE(dialog.refreshIntervalCombo()->currentText(), QStringLiteral("Every 15 s"));
    QCOMPARE(dialog.cliProfileCombo()->currentData().toString(), QStringLiteral("dev"));
    QCOMPARE(dialog.formProfile(), original);
    // The choices offered for a new value are the fixed ones; "Off" is not one of them.
    QComboBox* intervals = dialog.refreshIntervalCombo();
    QList<int> offered;
    for (int row = 0; row < intervals->count(); ++row)
        offered.append(intervals->itemData(row).toInt());
    QCOMPARE(offered, (QList<int> {1000, 2000, 5000, 10'000, 30'000, 60'000, 15'000}));
}

void TestInstanceDialog::switchingTheSourceShowsItsFields()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList dasOnly {QStringLiteral("instanceIdEdit"), QStringLiteral("nodeIdEdit"),
        QStringLiteral("endpointCombo"), QStringLiteral("customEndpointEdit"), QStringLiteral("endpointCaEdit"),
        QStringLiteral("credentialBox"), QStringLiteral("credentialCombo")};
    const QStringList directOnly {QStringLiteral("serverBox"), QStringLiteral("hostEdit"), QStringLiteral("portSpin"),
        QStringLiteral("socketEdit"), QStringLiteral("databaseUserEdit"), QStringLiteral("passwordBox"),
        QStringLiteral("passwordSourceCombo"), QStringLiteral("passwordEdit"), QStringLiteral("sslModeCombo"),
        QStringLiteral("sslCaEdit"), QStringLiteral("sslCaBrowseButton")};
    const auto visible = [&dialog](const QString& name) {
        const auto* widget = dialog.findChild<QWidget*>(name);
        return widget && widget->isVisibleTo(&dialog);
    };

    auto* source = field<QComboBox>(dialog, "sourceCombo");
    QVERIFY(source);
    QCOMPARE(source->currentData().toInt(), int(InstanceProfile::Source::Das));
    for (const QString& name : dasOnly)
        QVERIFY2(visible(name), qPrintable(name));
    for (const QString& name : directOnly)
        QVERIFY2(!visible(name), qPrintable(name));
    QVERIFY(visible(QStringLiteral("displayNameEdit")));
    QVERIFY(visible(QStringLiteral("refreshIntervalCombo")));

    source->setCurrentIndex(comboRowOf(source, int(InstanceProfile::Source::MySql)));
    for (const QString& name : dasOnly)
        QVERIFY2(!visible(name), qPrintable(name));
    for (const QString& name : directOnly)
        QVERIFY2(visible(name), qPrintable(name));
    QVERIFY(visible(QStringLiteral("displayNameEdit")));
    QVERIFY(visible(QStringLiteral("refreshIntervalCombo")));
    // The defaults a user expects: port 3306, TLS preferred, the password typed here.
    QCOMPARE(field<QSpinBox>(dialog, "portSpin")->value(), 3306);
    QCOMPARE(
        field<QComboBox>(dialog, "sslModeCombo")->currentData().toInt(), int(ConnectionSettings::SslMode::Preferred));
    QCOMPARE(field<QComboBox>(dialog, "sslModeCombo")->count(), 5);
    QCOMPARE(field<QComboBox>(dialog, "passwordSourceCombo")->currentData().toInt(),
        int(CredentialReference::Kind::Keychain));
    QCOMPARE(field<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.messageLabel()->text().contains(QStringLiteral("instance ID")));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("The server's host (or its socket) is empty.")));

    // The default chain needs no password field.
    auto* passwordFrom = field<QComboBox>(dialog, "passwordSourceCombo");
    passwordFrom->setCurrentIndex(comboRowOf(passwordFrom, int(CredentialReference::Kind::DefaultChain)));
    QVERIFY(!visible(QStringLiteral("passwordEdit")));
    QVERIFY(field<QLabel>(dialog, "passwordNote")->text().contains(QStringLiteral("~/.my.cnf")));

    // A socket replaces host and port, and the form says so.
    auto* socket = field<QLineEdit>(dialog, "socketEdit");
    QTest::keyClicks(socket, QStringLiteral("/run/mysqld/mysqld.sock"));
    QVERIFY(!field<QLineEdit>(dialog, "hostEdit")->isEnabled());
    QVERIFY(!field<QSpinBox>(dialog, "portSpin")->isEnabled());
    QVERIFY(field<QLabel>(dialog, "socketNote")->text().contains(QStringLiteral("host and port are not used")));

    source->setCurrentIndex(comboRowOf(source, int(InstanceProfile::Source::Das)));
    for (const QString& name : dasOnly)
        QVERIFY2(visible(name), qPrintable(name));
    for (const QString& name : directOnly)
        QVERIFY2(!visible(name), qPrintable(name));
}

void TestInstanceDialog::directValidation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty host") << QStringLiteral("host")
                                << QStringLiteral("The server's host (or its socket) is empty.");
    QTest::addRow("verify-ca without a CA")
        << QStringLiteral("verify-ca") << QStringLiteral("The SSL mode verify-ca needs a CA file.");
    QTest::addRow("verify-identity without a CA")
        << QStringLiteral("verify-identity") << QStringLiteral("The SSL mode verify-identity needs a CA file.");
    QTest::addRow("empty user") << QStringLiteral("user") << QStringLiteral("The user is empty.");
    QTest::addRow("empty password") << QStringLiteral(
        "password") << QStringLiteral("The password is empty; type it, or take it from MYSQL_PWD or ~/.my.cnf.");
}

void TestInstanceDialog::directValidation()
{
    QFETCH(QString, change);
    QFETCH(QString, message);

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    fillValidDirect(dialog);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.messageLabel()->isHidden());

    const auto clearByTyping = [](QLineEdit* edit) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(edit->text().isEmpty());
    };
    auto* sslMode = field<QComboBox>(dialog, "sslModeCombo");
    if (change == QLatin1String("host"))
        clearByTyping(field<QLineEdit>(dialog, "hostEdit"));
    else if (change == QLatin1String("user"))
        clearByTyping(field<QLineEdit>(dialog, "databaseUserEdit"));
    else if (change == QLatin1String("password"))
        clearByTyping(field<QLineEdit>(dialog, "passwordEdit"));
    else if (change == QLatin1String("verify-ca"))
        sslMode->setCurrentIndex(comboRowOf(sslMode, int(ConnectionSettings::SslMode::VerifyCa)));
    else if (change == QLatin1String("verify-identity"))
        sslMode->setCurrentIndex(comboRowOf(sslMode, int(ConnectionSettings::SslMode::VerifyIdentity)));

    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(dialog.messageLabel()->text(), message);
    QCOMPARE(dialog.messageLabel()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));

    // Fixing it as a user would enables Save again.
    if (change.startsWith(QLatin1String("verify"))) {
        QTest::keyClicks(field<QLineEdit>(dialog, "sslCaEdit"), QStringLiteral("/etc/ssl/ca.pem"));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    }
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    if (!dialog.okButton()->isEnabled())
        dialog.accept();
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestInstanceDialog::directProfileIsSavedWithTheLoginInTheKeychain()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    waitForProbe(dialog);
    fillValidDirect(dialog);
    auto* port = field<QSpinBox>(dialog, "portSpin");
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("3307"));
    QCOMPARE(port->value(), 3307);
    auto* sslMode = field<QComboBox>(dialog, "sslModeCombo");
    sslMode->setCurrentIndex(comboRowOf(sslMode, int(ConnectionSettings::SslMode::VerifyIdentity)));
    QTest::keyClicks(field<QLineEdit>(dialog, "sslCaEdit"), QStringLiteral("/etc/ssl/certs/db-ca.pem"));
    dialog.refreshIntervalCombo()->setCurrentIndex(comboRowOf(dialog.refreshIntervalCombo(), 5000));
    QVERIFY(field<QLabel>(dialog, "passwordNote")->text().contains(QStringLiteral("keychain")) || !m_expectKeychain);

    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isSaving());
    QVERIFY(saved.wait(30'000));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QList<KeychainStore::Result> writes = resultsOf(keychainAnswers, KeychainStore::Operation::Write);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.first().status, KeychainStore::Status::Ok);

    const std::optional<InstanceProfile> profile = m_store->profile(saved.first().first().toUuid());
    QVERIFY(profile);
    QCOMPARE(profile->source, InstanceProfile::Source::MySql);
    QCOMPARE(profile->displayName, QStringLiteral("Local MariaDB"));
    QCOMPARE(profile->host, QStringLiteral("db.example.com"));
    QCOMPARE(profile->port, 3307);
    QVERIFY(profile->socket.isEmpty());
    QCOMPARE(profile->databaseUser, QStringLiteral("monitor"));
    QCOMPARE(profile->sslMode, ConnectionSettings::SslMode::VerifyIdentity);
    QCOMPARE(profile->sslCa, QStringLiteral("/etc/ssl/certs/db-ca.pem"));
    QCOMPARE(profile->refreshIntervalMs, 5000);
    QVERIFY(profile->instanceId.isEmpty());
    QCOMPARE(profile->target(), QStringLiteral("db.example.com:3307"));
    QCOMPARE(profile->credential.kind, CredentialReference::Kind::Keychain);
    QCOMPARE(profile->credential.name, writes.first().credentialId);

    const KeychainStore::Result entry = readEntry(profile->credential.name);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential.kind(), Credential::Kind::DatabaseLogin);
    QCOMPARE(entry.credential.databaseLogin()->user, QStringLiteral("monitor"));
    QCOMPARE(entry.credential.databaseLogin()->password, QLatin1String(TypedPassword));

    const QByteArray ini = settingsBytes();
    QVERIFY(ini.contains("db.example.com"));
    QVERIFY(ini.contains("verify-identity"));
    QVERIFY(!ini.contains(TypedPassword));
    QVERIFY(!ini.toLower().contains("password"));
    QVERIFY(!m_store->exportJson().contains(TypedPassword));
}

void TestInstanceDialog::editingADirectProfileKeepsThePassword()
{
    const QString credentialId = uniqueId("dialog-direct-edit");
    m_createdIds.append(credentialId);
    {
        QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
        const std::optional<KeychainStore::Result> written = answerTo(finished,
            m_keychain->write(credentialId, DatabaseLogin {QStringLiteral("monitor"), QLatin1String(TypedPassword)}));
        QVERIFY(written);
        QCOMPARE(written->status, KeychainStore::Status::Ok);
    }
    InstanceProfile original;
    original.displayName = QStringLiteral("Local");
    original.source = InstanceProfile::Source::MySql;
    original.host = QStringLiteral("db.example.com");
    original.port = 3308;
    original.socket = QStringLiteral("/run/mysqld/mysqld.sock");
    original.databaseUser = QStringLiteral("monitor");
    original.sslMode = ConnectionSettings::SslMode::VerifyCa;
    original.sslCa = QStringLiteral("/etc/ssl/ca.pem");
    original.refreshIntervalMs = 2000;
    original.credential = {CredentialReference::Kind::Keychain, credentialId};
    const ProfileStore::SaveResult added = m_store->add(original);
    QVERIFY(added.ok());
    original.id = added.id;

    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.setProfile(original);
    dialog.show();
    QVERIFY(dialog.isEditing());
    QCOMPARE(field<QComboBox>(dialog, "sourceCombo")->currentData().toInt(), int(InstanceProfile::Source::MySql));
    QVERIFY(!dialog.instanceIdEdit()->isVisibleTo(&dialog));
    QCOMPARE(field<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(field<QSpinBox>(dialog, "portSpin")->value(), 3308);
    QCOMPARE(field<QLineEdit>(dialog, "socketEdit")->text(), QStringLiteral("/run/mysqld/mysqld.sock"));
    QCOMPARE(field<QLineEdit>(dialog, "databaseUserEdit")->text(), QStringLiteral("monitor"));
    QCOMPARE(
        field<QComboBox>(dialog, "sslModeCombo")->currentData().toInt(), int(ConnectionSettings::SslMode::VerifyCa));
    QCOMPARE(field<QLineEdit>(dialog, "sslCaEdit")->text(), QStringLiteral("/etc/ssl/ca.pem"));
    QCOMPARE(field<QComboBox>(dialog, "passwordSourceCombo")->currentData().toInt(),
        int(CredentialReference::Kind::Keychain));
    QCOMPARE(dialog.refreshIntervalCombo()->currentData().toInt(), 2000);
    auto* password = field<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(password->text().isEmpty());
    QVERIFY(password->placeholderText().contains(QStringLiteral("saved")));
    QTRY_VERIFY_WITH_TIMEOUT(
        field<QLabel>(dialog, "passwordNote")->text().contains(QStringLiteral("A password is saved")), 30'000);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));

    dialog.displayNameEdit()->selectAll();
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Local (renamed)"));
    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!dialog.isVisible());

    InstanceProfile expected = original;
    expected.displayName = QStringLiteral("Local (renamed)");
    QCOMPARE(m_store->profile(original.id), std::optional<InstanceProfile>(expected));
    QVERIFY(resultsOf(keychainAnswers, KeychainStore::Operation::Write).isEmpty());
    QVERIFY(resultsOf(keychainAnswers, KeychainStore::Operation::Remove).isEmpty());
    const KeychainStore::Result entry = readEntry(credentialId);
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential, Credential(DatabaseLogin {QStringLiteral("monitor"), QLatin1String(TypedPassword)}));
}

QTEST_MAIN(TestInstanceDialog)

#include "tst_instancedialog.moc"
