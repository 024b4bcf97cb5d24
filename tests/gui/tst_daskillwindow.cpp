// SPDX-License-Identifier: GPL-3.0-or-later
// A kill from the window through DAS as the user's database account, end to end: the instance
// profile says whom to kill as, the preview asks for the password, the emulator checks it, the
// result says what the service did, and a password the user asked to remember is in the real
// keychain (Secret Service) and filled in next time. A wrong password is reported per session.
#include "base/credential.h"
#include "credentials/keychainstore.h"
#include "filterbar.h"
#include "killdialog.h"
#include "killresultdialog.h"
#include "mainwindow.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "support/emulatorfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIkillwindow01"), QStringLiteral("kill-window-secret-1"), {}};
const QString KillUser = QStringLiteral("ops_kill");
const QString KillPassword = QStringLiteral("ops-kill-pass-3");

} // namespace

class TestDasKillWindow : public QObject
{
    Q_OBJECT

private slots:
    void killAsTheDatabaseAccountAndRememberItsPassword();

private:
    KillResultDialog* kill(MainWindow& window, qint64 sessionId, const QString& password, bool remember);
};

KillResultDialog* TestDasKillWindow::kill(MainWindow& window, qint64 sessionId, const QString& password, bool remember)
{
    window.requestKill({sessionId}, KillRequest::Scope::Connection);
    KillDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window.findChild<KillDialog*>()) != nullptr; }, 5'000))
        return nullptr;
    if (!password.isNull()) {
        dialog->passwordEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), password);
    }
    dialog->rememberPasswordBox()->setChecked(remember);
    dialog->killButton()->click();
    KillResultDialog* result = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                result = window.findChild<KillResultDialog*>();
                return result && !result->headingLabel()->text().startsWith(QLatin1String("Sending"));
            },
            30'000))
        return nullptr;
    return result;
}

void TestDasKillWindow::killAsTheDatabaseAccountAndRememberItsPassword()
{
    EmulatorInstance instance = EmulatorFixture::instance(QStringLiteral("rm-kill"), 50, 0);
    instance.tickSeconds = 0;
    instance.databaseAccounts.insert(KillUser, KillPassword);
    std::unique_ptr<DasEmulator> emulator = EmulatorFixture::start(key, {instance});
    QVERIFY(emulator);

    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor;
    InstanceController controller(monitor, &keychain);
    FetchOptions options;
    options.pollIntervalMs = 10;
    controller.setFetchOptions(options);
    DemoLauncher demo;
    MainWindow window(monitor);
    window.filterBar()->hideSystemBox()->setChecked(false);
    monitor->setParent(&window);
    window.setAuditLogPath(dir.filePath(QStringLiteral("audit.jsonl")));
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();

    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.displayName = QStringLiteral("orders-prod");
    profile.instanceId = QStringLiteral("rm-kill");
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = emulator->endpoint();
    profile.killAccount = InstanceProfile::KillAccount::DatabaseAccount;
    profile.databaseUser = KillUser;
    keychain.remove(profile.killAccountCredentialId());
    monitor->setRefreshIntervalMs(0);
    controller.open(profile, key);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot() != nullptr, 30'000);
    QList<qint64> ids;
    for (const Session& session : monitor->snapshot()->sessions) {
        if (session.user != QLatin1String("aliyun_root") && session.command != QLatin1String("Daemon")
            && !session.command.startsWith(QLatin1String("Binlog")))
            ids.append(session.sessionId);
    }
    QVERIFY(ids.size() >= 3);

    // A wrong password: the service refuses that session, with its reason in words.
    KillResultDialog* refused = kill(window, ids.at(0), QStringLiteral("not-the-password"), false);
    QVERIFY(refused);
    QCOMPARE(refused->table()->item(0, 2)->text(), QStringLiteral("Refused"));
    QVERIFY2(refused->table()->item(0, 3)->text().contains(QLatin1String("account")),
        qPrintable(refused->table()->item(0, 3)->text()));
    QVERIFY(refused->retryButton()->isEnabled());
    refused->close();
    QTRY_VERIFY(!window.findChild<KillResultDialog*>());

    // The right one, remembered.
    KillResultDialog* killed = kill(window, ids.at(1), KillPassword, true);
    QVERIFY(killed);
    QCOMPARE(killed->table()->item(0, 2)->text(), QStringLiteral("Killed"));
    killed->close();
    QTRY_VERIFY(!window.findChild<KillResultDialog*>());
    QSignalSpy read(&keychain, &KeychainStore::finished);
    const quint64 request = keychain.read(profile.killAccountCredentialId());
    QTRY_VERIFY(!read.isEmpty() && read.constLast().constFirst().value<KeychainStore::Result>().requestId == request);
    const KeychainStore::Result saved = read.constLast().constFirst().value<KeychainStore::Result>();
    QCOMPARE(saved.status, KeychainStore::Status::Ok);
    QCOMPARE(saved.backend, KeychainStore::Backend::Keychain);
    QVERIFY(saved.credential.databaseLogin());
    QCOMPARE(saved.credential.databaseLogin()->user, KillUser);

    // Next time the password is filled in from the keychain.
    window.requestKill({ids.at(2)}, KillRequest::Scope::Connection);
    KillDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<KillDialog*>()) != nullptr);
    QTRY_COMPARE(dialog->passwordEdit()->text(), KillPassword);
    QVERIFY(dialog->killButton()->isEnabled());
    dialog->reject();
    keychain.remove(profile.killAccountCredentialId());
}

QTEST_MAIN(TestDasKillWindow)
#include "tst_daskillwindow.moc"
