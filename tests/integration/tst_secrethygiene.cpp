// SPDX-License-Identifier: GPL-3.0-or-later
// The promise that an AccessKey secret lives only in the keychain: a user adds an instance with a
// secret, watches it, exports what they see and the profiles, and quits. Afterwards no file in the
// app's config, data or cache locations, no export and no line of log or debug output contains the
// secret or an Authorization header.
#include "credentials/keychainstore.h"
#include "emulator/dasemulator.h"
#include "export/snapshotexporter.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "support/emulatorfixture.h"
#include "support/secretguard.h"
#include "support/testkeychain.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretStaysInTheKeychain();

private:
    QTemporaryDir m_home;
    SecretGuard m_logGuard;
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Every location the app writes to, inside this test's own directory.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
    // Every category on, the client's network stack included. Only the emulator's HTTP server is
    // left quiet: it plays the service, which receives the signed headers by design.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver.debug=false"));
    m_logGuard.install();
}

void TestSecretHygiene::secretStaysInTheKeychain()
{
    const AccessKey key {QStringLiteral("LTAIhygiene000001"), QStringLiteral("Hyg1ene-Secret-Do-Not-Leak-7f3a9c"),
        QStringLiteral("STS-token-also-secret-55aa")};
    const auto emulator = EmulatorFixture::start(key, {EmulatorFixture::instance(QStringLiteral("rm-hygiene"), 50, 1)});
    QVERIFY(emulator);

    const QString exportDir = m_home.filePath(QStringLiteral("exports"));
    QDir().mkpath(exportDir);
    {
        // Add the instance with its secret, as the instance dialog does.
        ProfileStore profiles;
        KeychainStore keychain;
        QSignalSpy stored(&keychain, &KeychainStore::finished);
        keychain.write(QStringLiteral("hygiene-credential"), key);
        QVERIFY(stored.wait(10'000));
        // The secret must really be in the keychain, not only in this process's memory.
        const auto result = stored.constFirst().constFirst().value<KeychainStore::Result>();
        QCOMPARE(result.status, KeychainStore::Status::Ok);
        if (TestKeychain::isRequired())
            QCOMPARE(result.backend, KeychainStore::Backend::Keychain);
        InstanceProfile profile;
        profile.displayName = QStringLiteral("hygiene");
        profile.instanceId = QStringLiteral("rm-hygiene");
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = emulator->endpoint();
        profile.credential = {CredentialReference::Kind::Keychain, QStringLiteral("hygiene-credential")};
        QVERIFY(profiles.add(profile).ok());

        // Use it: the credential is read back from the keychain and the instance watched.
        InstanceMonitor monitor;
        monitor.setRefreshIntervalMs(0);
        InstanceController controller(&monitor, &keychain);
        FetchOptions options;
        options.pollIntervalMs = 10;
        controller.setFetchOptions(options);
        QSignalSpy snapshots(&monitor, &InstanceMonitor::snapshotChanged);
        controller.open(*profiles.profile(profiles.profiles().first().id));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot() != nullptr, 15'000);
        QCOMPARE(monitor.snapshot()->sessions.size(), 50);

        // Export what is seen, and the profiles.
        SnapshotExporter exporter;
        QSignalSpy exported(&exporter, &SnapshotExporter::finished);
        exporter.start({monitor.snapshot(), std::nullopt, QDir(exportDir).filePath(QStringLiteral("s.csv")),
            QDir(exportDir).filePath(QStringLiteral("t.csv")), {}, {}});
        QVERIFY(exported.wait());
        QFile json(QDir(exportDir).filePath(QStringLiteral("profiles.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(profiles.exportJson());
        json.close();
        profiles.sync();
        controller.close();
    }
    // Quit: everything above is destroyed and flushed.

    const QList<QByteArray> secrets {
        key.secret.toUtf8(), key.securityToken.toUtf8(), key.secret.toUtf8().toBase64(), key.secret.toUtf8().toHex()};
    int filesScanned = 0;
    for (const QString& root : {m_home.filePath(QStringLiteral("config")), m_home.filePath(QStringLiteral("data")),
             m_home.filePath(QStringLiteral("cache")), exportDir}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++filesScanned;
            for (const QByteArray& secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName()));
        }
    }
    // The settings (the profile), both CSVs and the profile JSON at least.
    QVERIFY2(filesScanned >= 4, qPrintable(QString::number(filesScanned)));
    QVERIFY(!m_logGuard.messages().isEmpty());
    for (const QByteArray& secret : secrets)
        m_logGuard.watch(QString::fromUtf8(secret));
    m_logGuard.watch(QStringLiteral("ACS3-HMAC-SHA256 Credential"), "a signed Authorization header");
    m_logGuard.watch(QStringLiteral("Authorization"), "an Authorization header");
    m_logGuard.verifyNothingLeaked();
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
