// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain's own prompt, as a user meets it on a fresh desktop: gnome-keyring with no keyring
// yet asks, through its real prompter (gcr-prompter on a private X server), for the password of a
// new keyring before the first secret is saved. The instance dialog runs offscreen; the prompt is
// answered with real key presses (xdotool). Cancelling must say so, once, and save nothing; the next
// Save asks again, and answering it stores the key in the new keyring.
#include "credentials/keychainstore.h"
#include "instancedialog.h"
#include "profiles/profilestore.h"
#include "support/secretguard.h"
#include "support/testkeychain.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr char TypedSecret[] = "Prompt-Typed-S3cret-Do-Not-Leak";
constexpr char PromptPath[] = "/usr/libexec/gcr-prompter";

// A child that must outlive the test function and be stopped at the end.
struct Child
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    ~Child()
    {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
};

// The first line a child prints, which the daemons below use to say where they listen.
QByteArray firstLine(QProcess& process, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine() && !deadline.hasExpired()) {
        if (!process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return process.canReadLine() ? process.readLine().trimmed() : QByteArray();
}

} // namespace

class TestKeychainPrompt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void cancelledPromptSaysSoOnceAndSavesNothing();
    void answeredPromptCreatesTheKeyringAndSaves();

private:
    QProcessEnvironment childEnvironment() const;
    bool xdotool(const QStringList& arguments, QByteArray* output = nullptr);
    bool waitForPrompt();
    void fill(InstanceDialog& dialog);
    QLabel* status(const InstanceDialog& dialog) const;

    QTemporaryDir m_root;
    QString m_display;
    QString m_busAddress;
    Child m_xserver;
    Child m_bus;
    Child m_keyring;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainStore> m_keychain;
    SecretGuard m_logGuard;
};

void TestKeychainPrompt::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    const QStringList tools {QStringLiteral("Xvfb"), QStringLiteral("xdotool"), QStringLiteral("dbus-daemon"),
        QStringLiteral("gnome-keyring-daemon")};
    for (const QString& tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            if (qEnvironmentVariableIsSet("SESSIONSCOPE_KEYCHAIN_REQUIRED"))
                QFAIL(qPrintable(tool + QStringLiteral(" is missing; run scripts/bootstrap")));
            QSKIP(qPrintable(tool + QStringLiteral(" is missing")));
        }
    }
    if (!QFile::exists(QLatin1String(PromptPath)))
        QFAIL("gcr-prompter, the keyring's prompter, is missing; run scripts/bootstrap");

    for (const char* name : {"home", "data", "runtime", "config"}) {
        const QString path = m_root.filePath(QLatin1String(name));
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    // A private X server for the prompter; -displayfd 1 prints the display number it found free.
    m_xserver.process->start(QStringLiteral("Xvfb"),
        {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
            QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1024x768x24")});
    const QByteArray display = firstLine(*m_xserver.process, 20'000);
    QVERIFY2(!display.isEmpty(), "Xvfb did not start");
    m_display = QLatin1Char(':') + QString::fromLatin1(display);

    // A private session bus that starts the prompter on that display when the keyring asks for it.
    m_bus.process->setProcessEnvironment(childEnvironment());
    m_bus.process->start(QStringLiteral("dbus-daemon"),
        {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
            QStringLiteral("--address=unix:path=") + m_root.filePath(QStringLiteral("runtime/bus"))});
    m_busAddress = QString::fromLatin1(firstLine(*m_bus.process, 20'000));
    QVERIFY2(!m_busAddress.isEmpty(), "dbus-daemon did not start");

    // gnome-keyring with an empty data directory: no keyring exists, so the first write prompts.
    m_keyring.process->setProcessEnvironment(childEnvironment());
    m_keyring.process->setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.process->start(QStringLiteral("gnome-keyring-daemon"),
        {QStringLiteral("--foreground"), QStringLiteral("--components=secrets")});
    QVERIFY(m_keyring.process->waitForStarted());
    QProcess owner;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            owner.setProcessEnvironment(childEnvironment());
            owner.start(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                    QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                    QStringLiteral("string:org.freedesktop.secrets")});
            owner.waitForFinished(5000);
            return owner.readAllStandardOutput().contains("boolean true");
        }(),
        20'000);

    // From here on this process's keychain is that one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
    m_store = std::make_unique<ProfileStore>(m_root.filePath(QStringLiteral("profiles.ini")));
    m_keychain = std::make_unique<KeychainStore>();
    m_logGuard.watch(QLatin1String(TypedSecret), "the typed secret");
    m_logGuard.install();
}

void TestKeychainPrompt::cleanupTestCase()
{
    m_logGuard.uninstall();
    m_logGuard.verifyNothingLeaked();
}

QProcessEnvironment TestKeychainPrompt::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    if (!m_busAddress.isEmpty())
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    else
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return environment;
}

bool TestKeychainPrompt::xdotool(const QStringList& arguments, QByteArray* output)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(10'000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The prompter's window, mapped on the private display and holding the keyboard.
bool TestKeychainPrompt::waitForPrompt()
{
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        QByteArray windows;
        if (xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--class"),
                        QStringLiteral("gcr-prompter")},
                &windows)
            && !windows.trimmed().isEmpty()) {
            QTest::qWait(500); // the entry takes the focus once the window is shown
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

void TestKeychainPrompt::fill(InstanceDialog& dialog)
{
    dialog.displayNameEdit()->setText(QStringLiteral("Orders primary"));
    dialog.instanceIdEdit()->setText(QStringLiteral("rm-bp1orders"));
    dialog.credentialCombo()->setCurrentIndex(
        dialog.credentialCombo()->findData(int(CredentialReference::Kind::Keychain)));
    dialog.accessKeyIdEdit()->setText(QStringLiteral("LTAIprompt0001"));
    dialog.accessKeySecretEdit()->setText(QLatin1String(TypedSecret));
}

QLabel* TestKeychainPrompt::status(const InstanceDialog& dialog) const
{
    return dialog.statusLabel();
}

void TestKeychainPrompt::cancelledPromptSaysSoOnceAndSavesNothing()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog.keychainLabel()->text().contains(QStringLiteral("Looking for the system keychain")), 30'000);
    QVERIFY(m_keychain->isKeychainAvailable());
    fill(dialog);

    QSignalSpy answers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isSaving());
    QVERIFY2(waitForPrompt(), "the keyring's password prompt never appeared");
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Escape")}));

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30'000);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_store->profiles().isEmpty());

    // The user is told what happened: the prompt was cancelled, nothing saved, and how to go on —
    // in one place, once; the keychain is not declared missing.
    const QString shown = status(dialog)->text();
    QVERIFY2(shown.contains(QStringLiteral("cancelled")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("nothing was saved")), qPrintable(shown));
    int mentions = 0;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible())
            mentions += int(label->text().count(QStringLiteral("cancelled")));
    }
    QCOMPARE(mentions, 1);
    QVERIFY2(!shown.contains(QStringLiteral("could not be reached")), qPrintable(shown));
    QVERIFY(m_keychain->isKeychainAvailable());
    QVERIFY(m_keychain->unavailableMessage().isEmpty());
    QVERIFY2(
        !dialog.keychainLabel()->text().contains(QStringLiteral("memory")), qPrintable(dialog.keychainLabel()->text()));

    int writes = 0;
    for (const QList<QVariant>& arguments : answers) {
        const auto result = arguments.at(0).value<KeychainStore::Result>();
        if (result.operation != KeychainStore::Operation::Write)
            continue;
        ++writes;
        QCOMPARE(result.status, KeychainStore::Status::Failed);
        QCOMPARE(result.backend, KeychainStore::Backend::Keychain);
    }
    QCOMPARE(writes, 1);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestKeychainPrompt::answeredPromptCreatesTheKeyringAndSaves()
{
    InstanceDialog dialog(nullptr, m_store.get(), m_keychain.get());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog.keychainLabel()->text().contains(QStringLiteral("Looking for the system keychain")), 30'000);
    fill(dialog);

    QSignalSpy saved(&dialog, &InstanceDialog::profileSaved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY2(waitForPrompt(), "Save after a cancelled prompt must ask again");
    // The new keyring's password, twice, then Continue.
    QVERIFY(xdotool(
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), QStringLiteral("keyring-pass")}));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Tab")}));
    QVERIFY(xdotool(
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), QStringLiteral("keyring-pass")}));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));

    QVERIFY(saved.wait(30'000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<InstanceProfile> profile = m_store->profile(saved.first().first().toUuid());
    QVERIFY(profile);

    // In the keychain itself: a second store reads it back from the new keyring.
    KeychainStore reader;
    QSignalSpy finished(&reader, &KeychainStore::finished);
    const std::optional<KeychainStore::Result> entry
        = TestKeychain::answerTo(finished, reader.read(profile->credential.name));
    QVERIFY(entry);
    QCOMPARE(entry->status, KeychainStore::Status::Ok);
    QCOMPARE(entry->backend, KeychainStore::Backend::Keychain);
    QVERIFY(entry->credential.accessKey());
    QCOMPARE(entry->credential.accessKey()->secret, QLatin1String(TypedSecret));
}

QTEST_MAIN(TestKeychainPrompt)
#include "tst_keychainprompt.moc"
