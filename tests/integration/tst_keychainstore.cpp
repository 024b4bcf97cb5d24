// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialresolver.h"
#include "credentials/keychainstore.h"
#include "support/secretguard.h"
#include "support/testkeychain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using TestKeychain::takeResult;
using TestKeychain::uniqueId;

namespace {

constexpr char SecretValue[] = "Keychain-S3cret-Do-Not-Leak";
constexpr char TokenValue[] = "Keychain-T0ken-Do-Not-Leak";

} // namespace

// Against a real Secret Service: run it as `scripts/with-keyring ctest ...`.
class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void probeFindsTheKeychain();
    void roundTrip();
    void readingWhatWasNeverSavedIsNotFound();
    void entryIsTheDocumentedJsonBlob();
    void damagedEntryIsReportedNotHidden();
    void queuedOperationsAnswerInOrder();
    void resolverReadsTheKeychain();

private:
    void removeRaw(const QString& key);

    QStringList m_createdIds;
    SecretGuard m_logGuard;
};

void TestKeychainStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && TestKeychain::isRequired())
        QFAIL("scripts/with-keyring promised a keychain, and there is no session bus");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus to find a keychain on. Run this test as "
              "`scripts/with-keyring ctest -R keychainstore`.");
    m_logGuard.watch(QLatin1String(SecretValue), "a secret");
    m_logGuard.watch(QLatin1String(TokenValue), "a token");
    m_logGuard.install();
}

void TestKeychainStore::cleanupTestCase()
{
    for (const QString& id : std::as_const(m_createdIds))
        removeRaw(id);
    m_logGuard.uninstall();
    m_logGuard.verifyNothingLeaked();
}

void TestKeychainStore::removeRaw(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(KeychainStore::ServiceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(done.wait());
}

void TestKeychainStore::probeFindsTheKeychain()
{
    KeychainStore store;
    QSignalSpy unavailable(&store, &KeychainStore::keychainUnavailable);
    QSignalSpy finished(&store, &KeychainStore::finished);
    store.probe();
    QVERIFY(finished.wait());
    const KeychainStore::Result result = takeResult(finished);
    QVERIFY2(result.backend == KeychainStore::Backend::Keychain, qPrintable(store.unavailableMessage()));
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(store.unavailableMessage().isEmpty());
}

void TestKeychainStore::roundTrip()
{
    KeychainStore store;
    QSignalSpy unavailable(&store, &KeychainStore::keychainUnavailable);
    QSignalSpy finished(&store, &KeychainStore::finished);
    const QString id = uniqueId("roundtrip");
    m_createdIds.append(id);

    const AccessKey first {QStringLiteral("LTAI-first"), QLatin1String(SecretValue), QLatin1String(TokenValue)};
    const quint64 writeRequest = store.write(id, first);
    QVERIFY(finished.wait());
    KeychainStore::Result result = takeResult(finished);
    QCOMPARE(result.requestId, writeRequest);
    QCOMPARE(result.operation, KeychainStore::Operation::Write);
    QVERIFY2(result.status == KeychainStore::Status::Ok, qPrintable(result.message));
    QVERIFY2(result.backend == KeychainStore::Backend::Keychain, qPrintable(store.unavailableMessage()));

    store.read(id);
    QVERIFY(finished.wait());
    result = takeResult(finished);
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    QCOMPARE(result.backend, KeychainStore::Backend::Keychain);
    QCOMPARE(result.credentialId, id);
    QCOMPARE(result.credential.accessKey()->id, first.id);
    QCOMPARE(result.credential.accessKey()->secret, first.secret);
    QCOMPARE(result.credential.accessKey()->securityToken, first.securityToken);

    // Overwriting replaces the whole entry, the token included.
    const AccessKey second {QStringLiteral("LTAI-second"), QStringLiteral("second-secret"), {}};
    store.write(id, second);
    QVERIFY(finished.wait());
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::Ok);
    store.read(id);
    QVERIFY(finished.wait());
    result = takeResult(finished);
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    QCOMPARE(result.credential.accessKey()->id, second.id);
    QCOMPARE(result.credential.accessKey()->secret, second.secret);
    QVERIFY(result.credential.accessKey()->securityToken.isEmpty());

    store.remove(id);
    QVERIFY(finished.wait());
    result = takeResult(finished);
    QCOMPARE(result.operation, KeychainStore::Operation::Remove);
    QCOMPARE(result.status, KeychainStore::Status::Ok);

    store.read(id);
    QVERIFY(finished.wait());
    result = takeResult(finished);
    QCOMPARE(result.status, KeychainStore::Status::NotFound);
    QCOMPARE(result.backend, KeychainStore::Backend::Keychain);
    QVERIFY(result.message.isEmpty());
    QVERIFY(!result.credential.isValid());
    QCOMPARE(unavailable.size(), 0);
}

void TestKeychainStore::readingWhatWasNeverSavedIsNotFound()
{
    KeychainStore store;
    QSignalSpy unavailable(&store, &KeychainStore::keychainUnavailable);
    QSignalSpy finished(&store, &KeychainStore::finished);
    store.read(uniqueId("never"));
    QVERIFY(finished.wait());
    KeychainStore::Result result = takeResult(finished);
    QCOMPARE(result.status, KeychainStore::Status::NotFound);
    QCOMPARE(result.backend, KeychainStore::Backend::Keychain);
    QVERIFY(result.message.isEmpty());
    store.remove(uniqueId("never"));
    QVERIFY(finished.wait());
    result = takeResult(finished);
    QVERIFY2(result.status == KeychainStore::Status::Ok, qPrintable(result.message)); // nothing left to remove
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(store.isKeychainAvailable());
}

void TestKeychainStore::entryIsTheDocumentedJsonBlob()
{
    KeychainStore store;
    QSignalSpy finished(&store, &KeychainStore::finished);
    const QString id = uniqueId("blob");
    m_createdIds.append(id);
    store.write(id, AccessKey {QStringLiteral("LTAI-blob"), QLatin1String(SecretValue), QLatin1String(TokenValue)});
    QVERIFY(finished.wait());
    QCOMPARE(takeResult(finished).status, KeychainStore::Status::Ok);

    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(KeychainStore::ServiceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    QSignalSpy done(job, &QKeychain::Job::finished);
    QByteArray stored;
    connect(job, &QKeychain::Job::finished, this, [&stored, job] { stored = job->binaryData(); });
    job->start();
    QVERIFY(done.wait());
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    QCOMPARE(object.value(QLatin1String("id")).toString(), QStringLiteral("LTAI-blob"));
    QCOMPARE(object.value(QLatin1String("secret")).toString(), QLatin1String(SecretValue));
    QCOMPARE(object.value(QLatin1String("token")).toString(), QLatin1String(TokenValue));
}

void TestKeychainStore::damagedEntryIsReportedNotHidden()
{
    const QString id = uniqueId("damaged");
    m_createdIds.append(id);
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(KeychainStore::ServiceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    job->setTextData(QLatin1String(SecretValue)); // not the JSON blob
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(done.wait());

    KeychainStore store;
    QSignalSpy finished(&store, &KeychainStore::finished);
    store.read(id);
    QVERIFY(finished.wait());
    const KeychainStore::Result result = takeResult(finished);
    QCOMPARE(result.status, KeychainStore::Status::Failed);
    QCOMPARE(result.backend, KeychainStore::Backend::Keychain); // a damaged entry is no reason to stop saving
    QVERIFY2(result.message.contains(QLatin1String("damaged")), qPrintable(result.message));
    QVERIFY(!result.message.contains(QLatin1String(SecretValue)));
    QVERIFY(store.isKeychainAvailable());
}

void TestKeychainStore::queuedOperationsAnswerInOrder()
{
    KeychainStore store;
    QSignalSpy finished(&store, &KeychainStore::finished);
    const QString id = uniqueId("queued");
    m_createdIds.append(id);
    const quint64 write = store.write(id, AccessKey {QStringLiteral("LTAI-queued"), QLatin1String(SecretValue), {}});
    const quint64 read = store.read(id);
    const quint64 remove = store.remove(id);
    const quint64 readAgain = store.read(id);
    while (finished.size() < 4)
        QVERIFY(finished.wait());

    KeychainStore::Result result = takeResult(finished);
    QCOMPARE(result.requestId, write);
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    result = takeResult(finished);
    QCOMPARE(result.requestId, read);
    QCOMPARE(result.credential.accessKey()->id, QStringLiteral("LTAI-queued"));
    result = takeResult(finished);
    QCOMPARE(result.requestId, remove);
    QCOMPARE(result.status, KeychainStore::Status::Ok);
    result = takeResult(finished);
    QCOMPARE(result.requestId, readAgain);
    QCOMPARE(result.status, KeychainStore::Status::NotFound);
}

void TestKeychainStore::resolverReadsTheKeychain()
{
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    KeychainStore store;
    QSignalSpy finished(&store, &KeychainStore::finished);
    const QString id = uniqueId("resolver");
    m_createdIds.append(id);
    store.write(id, AccessKey {QStringLiteral("LTAI-resolver"), QLatin1String(SecretValue), {}});
    QVERIFY(finished.wait());

    CredentialResolver resolver(&store);
    QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
    resolver.resolve({CredentialReference::Kind::Keychain, id});
    QVERIFY(resolved.wait());
    const auto result = resolved.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(result.origin, CredentialResolver::Origin::Keychain);
    QVERIFY(!result.inMemoryOnly);
    QCOMPARE(result.credential.accessKey()->id, QStringLiteral("LTAI-resolver"));
    QCOMPARE(result.originText, QStringLiteral("keychain entry '%1'").arg(id));
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
