// SPDX-License-Identifier: GPL-3.0-or-later
// TLS on the direct source against the private MariaDB server, which scripts/with-mariadb starts
// with a certificate of a throwaway CA for IP:127.0.0.1 and DNS:localhost: required encrypts the
// monitoring connection; verify-ca and verify-identity accept the server with its own CA and refuse
// it, without retrying, with an unrelated one. A server whose certificate names another host, and
// one that offers no TLS, are played by a small stand-in here that speaks the MySQL protocol up to
// the TLS handshake: the real server has one certificate, and any second name that reaches it
// (a loopback alias, an /etc/hosts entry) depends on the machine.
#include "mysql/mysqlconnection.h"
#include "mysql/mysqltlscheck.h"
#include "sources/mysqlsource.h"
#include "support/mariadbserver.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

FetchOptions quickOptions()
{
    FetchOptions options;
    options.deadlineMs = 20'000;
    options.retryBaseMs = 50;
    options.retryMaxMs = 500;
    options.maxRetries = 2;
    return options;
}

ConnectionSettings tlsSettings(ConnectionSettings::SslMode mode, const QString& ca)
{
    ConnectionSettings settings = MariaDbServer::rootSettings();
    settings.sslMode = mode;
    settings.sslCa = ca;
    return settings;
}

struct Taken
{
    SnapshotPtr snapshot;
    FetchError error;
    int retries = 0;
    bool answered = false;
};

Taken take(const ConnectionSettings& settings)
{
    MySqlSource source(settings, quickOptions());
    QSignalSpy ready(&source, &SessionSource::snapshotReady);
    QSignalSpy failed(&source, &SessionSource::fetchFailed);
    QSignalSpy retrying(&source, &SessionSource::retrying);
    source.fetch();
    Taken taken;
    taken.answered = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30'000);
    taken.retries = int(retrying.count());
    if (!ready.isEmpty())
        taken.snapshot = ready.first().first().value<SnapshotPtr>();
    else if (!failed.isEmpty())
        taken.error = failed.first().first().value<FetchError>();
    return taken;
}

// Runs the certificate check off this thread, so that a stand-in server on this thread can answer.
FetchError checkAside(const ConnectionSettings& settings)
{
    QFuture<FetchError> check = QtConcurrent::run([settings] { return MySqlTlsCheck::run(settings); });
    if (!QTest::qWaitFor([&] { return check.isFinished(); }, 30'000))
        return FetchError(FetchError::Category::DeadlineExceeded, QStringLiteral("TestTimeout"), QString());
    return check.result();
}

// Greets as a MariaDB server does and, when it offers TLS, takes the client's SSLRequest and
// completes the TLS handshake with the certificate it was given. It never logs anyone in.
class TlsStandIn : public QTcpServer
{
public:
    TlsStandIn(bool offerTls, const QSslCertificate& certificate, const QSslKey& key)
        : m_offerTls(offerTls)
        , m_certificate(certificate)
        , m_key(key)
    { }

    bool isUsable() const { return !m_certificate.isNull() && !m_key.isNull(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        // Unbuffered: the client's TLS hello may arrive with its SSLRequest and must stay unread.
        if (!socket->setSocketDescriptor(
                descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            delete socket;
            return;
        }
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, request] {
            if (socket->isEncrypted() || socket->mode() != QSslSocket::UnencryptedMode)
                return;
            // Exactly the SSLRequest: what follows is the client's TLS hello, for the handshake.
            constexpr qint64 SslRequestSize = 4 + 32;
            *request += socket->read(SslRequestSize - request->size());
            if (request->size() < SslRequestSize)
                return;
            socket->setLocalCertificate(m_certificate);
            socket->setPrivateKey(m_key);
            socket->startServerEncryption();
        });
        socket->write(greeting());
    }

private:
    QByteArray greeting() const
    {
        QByteArray payload;
        payload.append(char(10));
        payload.append("5.5.5-10.11.0-MariaDB-standin");
        payload.append('\0');
        payload.append("\x07\x00\x00\x00", 4);
        payload.append("abcdefgh");
        payload.append('\0');
        // Everything a MariaDB server offers but TLS, and TLS when asked.
        quint16 lower = 0xf7ff;
        if (m_offerTls)
            lower |= quint16(MySqlTlsCheck::ClientSsl);
        payload.append(char(lower & 0xff));
        payload.append(char(lower >> 8));
        payload.append(char(33));
        payload.append("\x02\x00", 2);
        payload.append("\xff\x81", 2);
        payload.append(char(21));
        payload.append(QByteArray(10, '\0'));
        payload.append("ijklmnopqrst");
        payload.append('\0');
        payload.append("mysql_native_password");
        payload.append('\0');
        QByteArray packet;
        packet.append(char(payload.size() & 0xff));
        packet.append(char((payload.size() >> 8) & 0xff));
        packet.append(char(0));
        packet.append(char(0));
        return packet + payload;
    }

    bool m_offerTls;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TestMySqlTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requiredEncryptsTheMonitoringConnection();
    void verifiedModesAcceptTheServersCa_data();
    void verifiedModesAcceptTheServersCa();
    void anUnrelatedCaIsRefusedWithoutRetry_data();
    void anUnrelatedCaIsRefusedWithoutRetry();
    void hostNameInTheCertificateIsAccepted_data();
    void hostNameInTheCertificateIsAccepted();
    void hostNameTheCertificateDoesNotCarryIsRefused();
    void serverWithoutTlsIsRefused();
    void socketConnectionsSkipTheCheck();
    void cliSnapshotWithVerifyIdentity();

private:
    std::unique_ptr<TlsStandIn> standIn(bool offerTls);

    QString m_ca;
    QString m_otherCa;
};

void TestMySqlTls::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_ca = env("SESSIONSCOPE_MARIADB_SSL_CA");
    m_otherCa = env("SESSIONSCOPE_MARIADB_OTHER_CA");
    QVERIFY2(QFile::exists(m_ca) && QFile::exists(m_otherCa),
        "scripts/with-mariadb exports SESSIONSCOPE_MARIADB_SSL_CA and SESSIONSCOPE_MARIADB_OTHER_CA");
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend is needed");
    QCOMPARE(MariaDbServer::queryAsRoot(QStringLiteral("SELECT @@have_ssl")), QStringLiteral("YES"));
}

std::unique_ptr<TlsStandIn> TestMySqlTls::standIn(bool offerTls)
{
    QFile certificateFile(env("SESSIONSCOPE_MARIADB_WRONG_NAME_CERT"));
    QFile keyFile(env("SESSIONSCOPE_MARIADB_WRONG_NAME_KEY"));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return {};
    auto server = std::make_unique<TlsStandIn>(
        offerTls, QSslCertificate(&certificateFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    if (!server->isUsable() || !server->listen(QHostAddress::LocalHost))
        return {};
    return server;
}

void TestMySqlTls::requiredEncryptsTheMonitoringConnection()
{
    MySqlConnection connection(tlsSettings(ConnectionSettings::SslMode::Required, {}));
    const MySqlConnection::Outcome outcome = connection.takeSnapshot();
    QVERIFY2(outcome.snapshot, qPrintable(outcome.error.summary()));
    QVERIFY2(!connection.tlsCipher().isEmpty(), "the server reports no cipher for the monitoring connection");
}

void TestMySqlTls::verifiedModesAcceptTheServersCa_data()
{
    QTest::addColumn<ConnectionSettings::SslMode>("mode");
    QTest::addRow("verify-ca") << ConnectionSettings::SslMode::VerifyCa;
    QTest::addRow("verify-identity") << ConnectionSettings::SslMode::VerifyIdentity;
}

void TestMySqlTls::verifiedModesAcceptTheServersCa()
{
    QFETCH(ConnectionSettings::SslMode, mode);
    const ConnectionSettings settings = tlsSettings(mode, m_ca);
    QCOMPARE(settings.host, QStringLiteral("127.0.0.1"));

    const Taken taken = take(settings);
    QVERIFY(taken.answered);
    QVERIFY2(taken.snapshot, qPrintable(taken.error.summary()));
    QCOMPARE(taken.retries, 0);

    MySqlConnection connection(settings);
    const MySqlConnection::Outcome outcome = connection.takeSnapshot();
    QVERIFY2(outcome.snapshot, qPrintable(outcome.error.summary()));
    QVERIFY(!connection.tlsCipher().isEmpty());
}

void TestMySqlTls::anUnrelatedCaIsRefusedWithoutRetry_data()
{
    verifiedModesAcceptTheServersCa_data();
}

void TestMySqlTls::anUnrelatedCaIsRefusedWithoutRetry()
{
    QFETCH(ConnectionSettings::SslMode, mode);
    const Taken taken = take(tlsSettings(mode, m_otherCa));
    QVERIFY(taken.answered);
    QVERIFY(!taken.snapshot);
    QCOMPARE(taken.error.category(), FetchError::Category::Tls);
    QCOMPARE(taken.error.code(), QStringLiteral("TlsUntrustedCertificate"));
    QCOMPARE(taken.error.message(),
        QStringLiteral("The server's certificate is not signed by the CA in %1.").arg(m_otherCa));
    QVERIFY(!taken.error.isRetryable());
    QCOMPARE(taken.retries, 0);
}

void TestMySqlTls::hostNameInTheCertificateIsAccepted_data()
{
    QTest::addColumn<QString>("host");
    QTest::addRow("IP address") << QStringLiteral("127.0.0.1");
    // The driver would take "localhost" for the Unix socket; the check alone goes over TCP.
    QTest::addRow("DNS name") << QStringLiteral("localhost");
}

void TestMySqlTls::hostNameInTheCertificateIsAccepted()
{
    QFETCH(QString, host);
    ConnectionSettings settings = tlsSettings(ConnectionSettings::SslMode::VerifyIdentity, m_ca);
    settings.host = host;
    const FetchError error = MySqlTlsCheck::run(settings);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
}

void TestMySqlTls::hostNameTheCertificateDoesNotCarryIsRefused()
{
    // Signed by the right CA, for db1.example.com only.
    const std::unique_ptr<TlsStandIn> server = standIn(true);
    QVERIFY(server);
    ConnectionSettings settings = tlsSettings(ConnectionSettings::SslMode::VerifyIdentity, m_ca);
    settings.port = server->serverPort();

    const Taken taken = take(settings);
    QVERIFY(taken.answered);
    QVERIFY(!taken.snapshot);
    QCOMPARE(taken.error.category(), FetchError::Category::Tls);
    QVERIFY2(taken.error.code() == QStringLiteral("TlsHostNameMismatch"), qPrintable(taken.error.summary()));
    QCOMPARE(taken.error.message(), QStringLiteral("The server's certificate is for db1.example.com, not 127.0.0.1."));
    QCOMPARE(taken.retries, 0);

    // verify-ca checks the chain only: the same certificate passes.
    settings.sslMode = ConnectionSettings::SslMode::VerifyCa;
    const FetchError chainOnly = checkAside(settings);
    QVERIFY2(!chainOnly.isError(), qPrintable(chainOnly.summary()));
}

void TestMySqlTls::serverWithoutTlsIsRefused()
{
    const std::unique_ptr<TlsStandIn> server = standIn(false);
    QVERIFY(server);
    ConnectionSettings settings = tlsSettings(ConnectionSettings::SslMode::VerifyCa, m_ca);
    settings.port = server->serverPort();
    const Taken taken = take(settings);
    QVERIFY(taken.answered);
    QCOMPARE(taken.error.category(), FetchError::Category::Tls);
    QCOMPARE(taken.error.code(), QStringLiteral("TlsNotOffered"));
    QVERIFY2(taken.error.message().contains(QLatin1String("does not offer TLS")), qPrintable(taken.error.message()));
    QCOMPARE(taken.retries, 0);
}

void TestMySqlTls::socketConnectionsSkipTheCheck()
{
    // No host name to verify over a Unix socket: the check does not even read the CA file.
    ConnectionSettings settings
        = tlsSettings(ConnectionSettings::SslMode::VerifyIdentity, QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(MySqlTlsCheck::run(settings).isError());
    settings.socket = env("SESSIONSCOPE_MARIADB_SOCKET");
    QVERIFY(!MySqlTlsCheck::applies(settings));
    QVERIFY(!MySqlTlsCheck::run(settings).isError());
}

void TestMySqlTls::cliSnapshotWithVerifyIdentity()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString password = MariaDbServer::rootSettings().password;
    const auto cli = [&](const QString& ca, QByteArray* out, QByteArray* err) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MYSQL_PWD"), password);
        environment.insert(QStringLiteral("HOME"), home.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli"),
            {QStringLiteral("snapshot"), QStringLiteral("--mysql"),
                env("SESSIONSCOPE_MARIADB_HOST") + QLatin1Char(':') + env("SESSIONSCOPE_MARIADB_PORT"),
                QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--ssl-mode"),
                QStringLiteral("verify-identity"), QStringLiteral("--ssl-ca"), ca});
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return -1;
        }
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray out;
    QByteArray err;
    QCOMPARE(cli(m_ca, &out, &err), 0);
    QVERIFY2(out.startsWith("SnapshotTime,InstanceId,NodeId,SessionId,"), err.constData());
    QVERIFY(!err.contains(password.toUtf8()));

    QVERIFY(cli(m_otherCa, &out, &err) != 0);
    QVERIFY2(err.contains("not signed by the CA in"), err.constData());
    QVERIFY(!out.contains("SessionId"));
    QVERIFY(!err.contains(password.toUtf8()));
}

QTEST_GUILESS_MAIN(TestMySqlTls)
#include "tst_mysqltls.moc"
