// SPDX-License-Identifier: GPL-3.0-or-later
// DAS over HTTPS: the emulator serves TLS with certificates this test makes with openssl (a CA of
// its own, a certificate for 127.0.0.1 and one for another host, a second CA). An endpoint whose
// certificate is not trusted fails as a TLS error that says why, after one connection and without a
// request ever crossing it; a profile that names the CA file reaches the same endpoint.
#include "base/credential.h"
#include "base/fetcherror.h"
#include "das/dasclient.h"
#include "das/snapshotfetch.h"
#include "emulator/dasemulator.h"
#include "profiles/instanceprofile.h"
#include "sessions/sessionsnapshot.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"
#include "support/emulatorfixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAItlskey0001"), QStringLiteral("tls-secret-0001"), {}};
const QString Instance = QStringLiteral("rm-tls");
constexpr int Sessions = 25;

FetchOptions fastOptions()
{
    FetchOptions options;
    options.pollIntervalMs = 10;
    options.deadlineMs = 15'000;
    options.transferTimeoutMs = 5'000;
    options.retryBaseMs = 50;
    options.retryMaxMs = 200;
    options.maxRetries = 4;
    return options;
}

} // namespace

class TestDasTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void untrustedCertificateIsRefusedOnce_data();
    void untrustedCertificateIsRefusedOnce();
    void profileWithTheCaFileReachesTheEndpoint();
    void unreadableCaFileIsSaidAndNothingIsSent();
    void commandLineTakesTheEndpointCa();

private:
    bool openssl(const QStringList& arguments);
    // A key and a certificate signed by `ca` for `subjectAltName` (e.g. "IP:127.0.0.1").
    bool makeLeaf(const QString& name, const QString& ca, const QString& subjectAltName);
    bool makeCa(const QString& name, const QString& commonName);
    QString path(const QString& file) const { return m_dir.filePath(file); }
    // An emulator serving HTTPS with `leaf`.pem and `leaf`.key.
    std::unique_ptr<DasEmulator> startEmulator(const QString& leaf);
    std::unique_ptr<SessionSource> source(const DasEmulator& emulator, const QString& caFile);

    QTemporaryDir m_dir;
};

bool TestDasTls::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning(
            "openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool TestDasTls::makeCa(const QString& name, const QString& commonName)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool TestDasTls::makeLeaf(const QString& name, const QString& ca, const QString& subjectAltName)
{
    QFile extensions(path(name + QStringLiteral(".ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("subjectAltName=" + subjectAltName.toLatin1() + "\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
               name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
               QStringLiteral("-subj"), QStringLiteral("/CN=") + name})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
            ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-out"),
            name + QStringLiteral(".pem")});
}

void TestDasTls::initTestCase()
{
    qRegisterMetaType<FetchError>();
    qRegisterMetaType<SnapshotPtr>();
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCa(QStringLiteral("ca"), QStringLiteral("SessionScope Test CA")));
    QVERIFY(makeCa(QStringLiteral("otherca"), QStringLiteral("Some Other CA")));
    QVERIFY(makeLeaf(QStringLiteral("loopback"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1")));
    QVERIFY(makeLeaf(QStringLiteral("elsewhere"), QStringLiteral("ca"), QStringLiteral("DNS:das.example.com")));
    QFile empty(path(QStringLiteral("empty.pem")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

std::unique_ptr<DasEmulator> TestDasTls::startEmulator(const QString& leaf)
{
    QFile keyFile(path(leaf + QStringLiteral(".key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(path(leaf + QStringLiteral(".pem"))).value(0));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    if (tls.localCertificate().isNull() || tls.privateKey().isNull())
        return nullptr;
    auto emulator = std::make_unique<DasEmulator>();
    emulator->setAccessKey(key);
    EmulatorFixture::serve(*emulator, {EmulatorFixture::instance(Instance, Sessions, 1)});
    if (emulator->listenOnLoopback(tls) == 0)
        return nullptr;
    return emulator;
}

std::unique_ptr<SessionSource> TestDasTls::source(const DasEmulator& emulator, const QString& caFile)
{
    InstanceProfile profile;
    profile.displayName = QStringLiteral("TLS");
    profile.instanceId = Instance;
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = emulator.endpoint();
    profile.endpointCa = caFile;
    SourceFactory::Created created = SourceFactory::create(profile, Credential(key), fastOptions());
    if (!created.error.isEmpty())
        qWarning("%s", qPrintable(created.error));
    return std::move(created.source);
}

void TestDasTls::untrustedCertificateIsRefusedOnce_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("caFile");
    // Qt's wording of the certificate check that failed, which the message must carry.
    QTest::addColumn<QString>("reason");

    QTest::addRow("issuer unknown to the system")
        << QStringLiteral("loopback") << QString()
        << QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
    QTest::addRow("signed by another CA than the profile's")
        << QStringLiteral("loopback") << QStringLiteral("otherca.pem")
        << QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
    QTest::addRow("trusted CA, certificate for another host")
        << QStringLiteral("elsewhere") << QStringLiteral("ca.pem")
        << QStringLiteral("The host name did not match any of the valid hosts for this certificate");
}

void TestDasTls::untrustedCertificateIsRefusedOnce()
{
    QFETCH(QString, leaf);
    QFETCH(QString, caFile);
    QFETCH(QString, reason);

    const auto emulator = startEmulator(leaf);
    QVERIFY(emulator);
    QCOMPARE(emulator->endpoint().scheme(), QStringLiteral("https"));
    const auto watched = source(*emulator, caFile.isEmpty() ? QString() : path(caFile));
    QVERIFY(watched);
    QSignalSpy ready(watched.get(), &SessionSource::snapshotReady);
    QSignalSpy failed(watched.get(), &SessionSource::fetchFailed);
    QSignalSpy retrying(watched.get(), &SessionSource::retrying);
    watched->fetch();
    QVERIFY(failed.wait(10'000));
    // Longer than every backoff the options allow: a retry would have connected again by now.
    QTest::qWait(800);

    QCOMPARE(ready.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(retrying.size(), 0);
    const auto error = failed.first().first().value<FetchError>();
    QCOMPARE(error.category(), FetchError::Category::Tls);
    QCOMPARE(error.code(), QStringLiteral("SslHandshakeFailedError"));
    QVERIFY2(error.message().startsWith(
                 QStringLiteral("The TLS connection to 127.0.0.1:%1 was refused: ").arg(emulator->port())),
        qPrintable(error.message()));
    QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
    // One handshake, and no request sent over it: the certificate was not ignored.
    QCOMPARE(emulator->connectionCount(), 1);
    QCOMPARE(emulator->requests().size(), 0);
}

void TestDasTls::profileWithTheCaFileReachesTheEndpoint()
{
    const auto emulator = startEmulator(QStringLiteral("loopback"));
    QVERIFY(emulator);
    const auto watched = source(*emulator, path(QStringLiteral("ca.pem")));
    QVERIFY(watched);
    QSignalSpy ready(watched.get(), &SessionSource::snapshotReady);
    QSignalSpy failed(watched.get(), &SessionSource::fetchFailed);
    watched->fetch();
    QVERIFY(QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, 10'000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<FetchError>().summary()));
    const auto snapshot = ready.first().first().value<SnapshotPtr>();
    QCOMPARE(snapshot->instanceId, Instance);
    QCOMPARE(snapshot->sessions.size(), Sessions);
    // The first call and one poll (the result is RUNNING once), both answered over TLS.
    QCOMPARE(emulator->requests().size(), 2);
    for (const auto& request : emulator->requests())
        QCOMPARE(request.httpStatus, 200);
}

void TestDasTls::unreadableCaFileIsSaidAndNothingIsSent()
{
    const auto emulator = startEmulator(QStringLiteral("loopback"));
    QVERIFY(emulator);
    for (const QString& file : {path(QStringLiteral("missing.pem")), path(QStringLiteral("empty.pem"))}) {
        const auto watched = source(*emulator, file);
        QVERIFY(watched);
        QSignalSpy failed(watched.get(), &SessionSource::fetchFailed);
        watched->fetch();
        QVERIFY(failed.wait(5'000));
        const auto error = failed.first().first().value<FetchError>();
        QCOMPARE(error.category(), FetchError::Category::Tls);
        QCOMPARE(error.code(), QStringLiteral("TlsCaUnreadable"));
        QVERIFY2(error.message().contains(file), qPrintable(error.message()));
    }
    QCOMPARE(emulator->connectionCount(), 0);
}

void TestDasTls::commandLineTakesTheEndpointCa()
{
    const auto emulator = startEmulator(QStringLiteral("loopback"));
    QVERIFY(emulator);
    const auto cli = [&](const QStringList& extra) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), key.id);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), key.secret);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli"),
            QStringList {QStringLiteral("snapshot"), QStringLiteral("--instance"), Instance,
                QStringLiteral("--endpoint"), emulator->endpoint().toString(), QStringLiteral("--poll-interval"),
                QStringLiteral("0.05"), QStringLiteral("--format"), QStringLiteral("json")}
                + extra);
        // The emulator answers from this event loop while the tool waits.
        if (!finished.wait(30'000))
            process.kill();
        return std::make_pair(process.exitCode(), process.readAllStandardError());
    };
    const auto [refusedCode, refusedErr] = cli({});
    QCOMPARE(refusedCode, 1);
    QVERIFY2(refusedErr.contains("SslHandshakeFailedError"), refusedErr.constData());
    QCOMPARE(emulator->requests().size(), 0);

    const auto [code, err] = cli({QStringLiteral("--endpoint-ca"), path(QStringLiteral("ca.pem"))});
    QVERIFY2(code == 0, err.constData());
    QCOMPARE(emulator->requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestDasTls)
#include "tst_dastls.moc"
