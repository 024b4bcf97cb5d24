// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialresolver.h"
#include "credentials/keychainstore.h"
#include "support/secretguard.h"
#include "support/testkeychain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestKeychain::takeResult;

namespace {

constexpr char BusAddress[] = "unix:path=/nonexistent-sessionscope-bus";
constexpr char SecretValue[] = "Unavailable-S3cret-Do-Not-Leak";
constexpr char TokenValue[] = "Unavailable-T0ken-Do-Not-Leak";

} // namespace

// No Secret Service on the bus: the store must say so, keep what is entered in memory for the run,
// and write nothing anywhere.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void probeSaysNoKeychain();
    void secretsLiveInMemoryForTheRun();
    void resolverUsesTheMemoryEntry();
    void nothingIsWrittenToDisk();

private:
    QTemporaryDir m_root;
    SecretGuard m_logGuard;
};

void TestKeychainUnavailable::initTestCase()
{
    QVERIFY(m_root.isValid());
    // Everything a process may write to by default points into the temporary tree, which is
    // searched for the secret at the end.
    for (const char* variable :
        {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString path = m_root.filePath(QString::fromLatin1(variable).toLower());
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        qputenv(variable, QFile::encodeName(path));
    }
    QVERIFY(QDir::setCurrent(m_root.filePath(QStringLiteral("home"))));
    // Set by tst_keychainunavailable.cmake too; repeated so that running the binary by hand tests the same.
    qputenv("DBUS_SESSION_BUS_ADDRESS", BusAddress);
    m_logGuard.watch(QLatin1String(SecretValue), "a secret");
    m_logGuard.watch(QLatin1String(TokenValue), "a token");
    m_logGuard.install();
}

void TestKeychainUnavailable::cleanupTestCase()
{
    m_logGuard.uninstall();
    m_logGuard.verifyNothingLeaked();
}

void TestKeychainUnavailable::probeSaysNoKeychain()
{
    KeychainStore store;
    QSignalSpy unavailable(&store, &KeychainStore::keychainUnavailable);
    QSignalSpy finished(&store, &KeychainStore::finished);
    QCOMPARE(store.backend(), KeychainStore::Backend::Keychain);

    const quint64 request = store.probe();
    QVERIFY(finished.wait());
    const KeychainStore::Result result = takeResult(finished);
    QCOMPARE(result.requestId, request);
    QCOMPARE(result.operation, KeychainStore::Operation::Probe);
    QCOMPARE(result.backend, KeychainStore::Backend::Memory);

    QCOMPARE(unavailable.size(), 1);
    const QString message = unavailable.takeFirst().at(0).toString();
    qInfo().noquote() << message;
    QVERIFY2(message.startsWith(QLatin1String("No keychain is available (")), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("); secrets entered now are kept in memory until SessionScope quits and "
                                            "are not saved.")),
        qPrintable(message));
    QCOMPARE(store.unavailableMessage(), message);
    QCOMPARE(store.backend(), KeychainStore::Backend::Memory);
    QVERIFY(!store.isKeychainAvailable());
}

void TestKeychainUnavailable::secretsLiveInMemoryForTheRun()
{
    KeychainStore store;
    QSignalSpy unavailable(&store, &KeychainStore::keychainUnavailable);
    QSignalSpy finished(&store, &KeychainStore::finished);

    // The first write finds out that there is no keychain and keeps the secret in memory.
    const AccessKey key {QStringLiteral("LTAI-memory"), QLatin1String(SecretValue), QLatin1String(TokenValue)};
    store.write(QStringLiteral("prod"), key);
    QVERIFY(finished.wait());
    KeychainStore::Result result = takeResult(finished);
    QCOMPARE(result.operation, KeychainStore::Operation::Write);
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    QCOMPARE(result.backend, KeychainStore::Backend::Memory);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!result.message.contains(QLatin1String(SecretValue)));

    store.read(QStringLiteral("prod"));
    QVERIFY(finished.wait());
    result = takeResult(finished);
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    QCOMPARE(result.backend, KeychainStore::Backend::Memory);
    QCOMPARE(result.credential.accessKey()->id, key.id);
    QCOMPARE(result.credential.accessKey()->secret, key.secret);
    QCOMPARE(result.credential.accessKey()->securityToken, key.securityToken);

    store.read(QStringLiteral("never-saved"));
    QVERIFY(finished.wait());
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::NotFound);
    store.remove(QStringLiteral("never-saved"));
    QVERIFY(finished.wait());
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::Ok);

    const AccessKey replacement {QStringLiteral("LTAI-memory-2"), QLatin1String(SecretValue), {}};
    store.write(QStringLiteral("prod"), replacement);
    store.read(QStringLiteral("prod"));
    store.remove(QStringLiteral("prod"));
    store.read(QStringLiteral("prod"));
    while (finished.size() < 4)
        QVERIFY(finished.wait());
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::Ok);
    result = takeResult(finished);
    QCOMPARE(result.credential.accessKey()->id, replacement.id);
    QVERIFY(result.credential.accessKey()->securityToken.isEmpty());
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::Ok);
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::NotFound);
    QCOMPARE(unavailable.size(), 1); // said once

    // Memory belongs to this run's store; nothing persists into a new one.
    store.write(QStringLiteral("prod"), key);
    QVERIFY(finished.wait());
    KeychainStore other;
    QSignalSpy otherFinished(&other, &KeychainStore::finished);
    other.read(QStringLiteral("prod"));
    QVERIFY(otherFinished.wait());
    result = takeResult(otherFinished);
    QCOMPARE(result.backend, KeychainStore::Backend::Memory);
    QCOMPARE(result.status, KeychainStore::Status::NotFound);
}

void TestKeychainUnavailable::resolverUsesTheMemoryEntry()
{
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(m_root.filePath(QStringLiteral("no-such-config.json"))));

    KeychainStore store;
    QSignalSpy finished(&store, &KeychainStore::finished);
    store.write(QStringLiteral("typed-in"), AccessKey {QStringLiteral("LTAI-typed"), QLatin1String(SecretValue), {}});
    QVERIFY(finished.wait());

    CredentialResolver resolver(&store);
    QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
    resolver.resolve({CredentialReference::Kind::DefaultChain, QStringLiteral("typed-in")});
    QVERIFY(resolved.wait());
    auto result = resolved.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(result.origin, CredentialResolver::Origin::Keychain);
    QVERIFY(result.inMemoryOnly);
    QCOMPARE(result.credential.accessKey()->id, QStringLiteral("LTAI-typed"));
    QCOMPARE(result.originText, QStringLiteral("keychain entry 'typed-in' (kept in memory for this session)"));

    resolver.resolve({CredentialReference::Kind::DefaultChain, QStringLiteral("other")});
    QVERIFY(resolved.wait());
    result = resolved.takeFirst().at(0).value<CredentialResolver::Result>();
    QVERIFY(!result.isValid());
    // Not "nothing is saved": the keychain could not be asked, which the message says.
    QVERIFY2(result.error.contains(QLatin1String("The keychain is not available in this run, so the saved key "
                                                 "cannot be read")),
        qPrintable(result.error));
    // What to do, not the entry's internal name.
    QVERIFY2(
        result.error.contains(QLatin1String("edit the instance and type the key again")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QLatin1String("'other'")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("There is no Aliyun CLI configuration")), qPrintable(result.error));
    qunsetenv("ALIBABA_CLOUD_CONFIG_FILE");
}

void TestKeychainUnavailable::nothingIsWrittenToDisk()
{
    QStringList files;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(SecretValue), qPrintable(path));
        QVERIFY2(!content.contains(TokenValue), qPrintable(path));
    }
    // Not even a settings file: QtKeychain's plain-text fallback stays off.
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
