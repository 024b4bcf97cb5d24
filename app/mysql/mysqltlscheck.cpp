// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqltlscheck.h"

#include "mysqlerrors.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

#include <algorithm>

namespace {

// The client library's own numbers, so that a failure to reach the server reads and classifies as
// the driver's would (transient, retried; an unknown host is a setting to fix).
constexpr int ErrorUnknownHost = 2005; // CR_UNKNOWN_HOST
constexpr int ErrorConnectHost = 2003; // CR_CONN_HOST_ERROR
constexpr int ErrorServerLost = 2013; // CR_SERVER_LOST

constexpr int GreetingProtocol = 10;
constexpr quint8 ErrorPacket = 0xff;
constexpr int MaxGreetingSize = 1024;
constexpr quint32 MaxPacketSize = 16 * 1024 * 1024;
constexpr quint8 CharsetUtf8 = 33; // utf8_general_ci: every server knows it

quint32 littleEndian(const QByteArray& bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

void appendLittleEndian(QByteArray& bytes, quint32 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

int remainingMs(const QDeadlineTimer& deadline)
{
    return static_cast<int>(std::max<qint64>(0, deadline.remainingTime()));
}

// The names a certificate is for: its subjectAltName entries, else its common name.
QString namesOf(const QSslCertificate& certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

bool isChainError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

} // namespace

bool MySqlTlsCheck::applies(const ConnectionSettings& settings)
{
    using SslMode = ConnectionSettings::SslMode;
    return settings.socket.isEmpty()
        && (settings.sslMode == SslMode::VerifyCa || settings.sslMode == SslMode::VerifyIdentity);
}

MySqlTlsCheck::Greeting MySqlTlsCheck::parseGreeting(const QByteArray& payload)
{
    Greeting greeting;
    if (payload.isEmpty())
        return greeting;
    if (static_cast<quint8>(payload.at(0)) == ErrorPacket) {
        if (payload.size() < 3)
            return greeting;
        greeting.errorNumber = static_cast<int>(littleEndian(payload, 1, 2));
        qsizetype text = 3;
        // "#" and a five-character SQL state, when the server sends one.
        if (payload.size() >= 9 && payload.at(3) == '#')
            text = 9;
        greeting.errorMessage = QString::fromUtf8(payload.mid(text));
        return greeting;
    }
    greeting.protocol = static_cast<quint8>(payload.at(0));
    if (greeting.protocol != GreetingProtocol)
        return greeting;
    // protocol, server version (NUL-terminated), connection id (4), scramble (8), filler (1),
    // capabilities (lower 2 bytes), character set (1), status (2), capabilities (upper 2 bytes).
    const qsizetype versionEnd = payload.indexOf('\0', 1);
    if (versionEnd < 0)
        return greeting;
    const qsizetype lower = versionEnd + 1 + 4 + 8 + 1;
    if (payload.size() < lower + 2)
        return greeting;
    greeting.capabilities = littleEndian(payload, lower, 2);
    const qsizetype upper = lower + 2 + 1 + 2;
    if (payload.size() >= upper + 2)
        greeting.capabilities |= littleEndian(payload, upper, 2) << 16;
    greeting.valid = true;
    return greeting;
}

QByteArray MySqlTlsCheck::sslRequest()
{
    QByteArray payload;
    appendLittleEndian(payload, ClientProtocol41 | ClientSsl | ClientSecureConnection, 4);
    appendLittleEndian(payload, MaxPacketSize, 4);
    payload.append(static_cast<char>(CharsetUtf8));
    payload.append(23, '\0');
    QByteArray packet;
    appendLittleEndian(packet, static_cast<quint32>(payload.size()), 3);
    packet.append(static_cast<char>(1)); // the sequence number: the answer to the greeting (0)
    return packet + payload;
}

FetchError MySqlTlsCheck::run(const ConnectionSettings& settings)
{
    if (!applies(settings))
        return {};
    const QString mode = ConnectionSettings::sslModeName(settings.sslMode);
    const QString target = settings.target();
    const bool checkHostName = settings.sslMode == ConnectionSettings::SslMode::VerifyIdentity;

    if (settings.sslCa.isEmpty()) {
        return MySqlErrors::tlsFailure(QStringLiteral("TlsNoCaFile"),
            tr("The SSL mode %1 needs a CA file to check the server against.").arg(mode));
    }
    const QFileInfo caFile(settings.sslCa);
    if (!caFile.isFile() || !caFile.isReadable()) {
        return MySqlErrors::tlsFailure(
            QStringLiteral("TlsCaUnreadable"), tr("The CA file %1 cannot be read.").arg(settings.sslCa));
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(settings.sslCa, QSsl::Pem);
    if (authorities.isEmpty()) {
        return MySqlErrors::tlsFailure(
            QStringLiteral("TlsCaEmpty"), tr("The CA file %1 holds no PEM certificate.").arg(settings.sslCa));
    }
    if (!QSslSocket::supportsSsl()) {
        return MySqlErrors::tlsFailure(QStringLiteral("TlsUnavailable"),
            tr("Qt's TLS support is not available, so the server's certificate cannot be checked (%1).")
                .arg(QSslSocket::sslLibraryVersionString()));
    }

    const int timeoutSeconds = settings.connectTimeoutSeconds > 0 ? settings.connectTimeoutSeconds : 30;
    const QDeadlineTimer deadline(timeoutSeconds * 1000);
    QSslSocket socket;
    // The driver's connection reaches the server directly; so must the check.
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(settings.host, static_cast<quint16>(settings.port));
    if (!socket.waitForConnected(remainingMs(deadline))) {
        const int number = socket.error() == QAbstractSocket::HostNotFoundError ? ErrorUnknownHost : ErrorConnectHost;
        return MySqlErrors::fromError(number, tr("Cannot connect to %1: %2").arg(target, socket.errorString()));
    }

    // The greeting: a 3-byte length and a sequence number, then the payload.
    auto readExactly = [&socket, &deadline](qint64 size, QByteArray* bytes) {
        while (socket.bytesAvailable() < size) {
            if (deadline.hasExpired() || !socket.waitForReadyRead(remainingMs(deadline)))
                return false;
        }
        *bytes = socket.read(size);
        return true;
    };
    const auto lost = [&] {
        return MySqlErrors::fromError(ErrorServerLost,
            tr("%1 did not greet within %2 s: %3").arg(target).arg(timeoutSeconds).arg(socket.errorString()));
    };
    QByteArray header;
    if (!readExactly(4, &header))
        return lost();
    const quint32 length = littleEndian(header, 0, 3);
    if (length == 0 || length > MaxGreetingSize) {
        return FetchError(FetchError::Category::BadRequest, QStringLiteral("NotMySql"),
            tr("%1 does not answer as a MySQL or MariaDB server does. Check the host and port.").arg(target));
    }
    QByteArray payload;
    if (!readExactly(length, &payload))
        return lost();
    const Greeting greeting = parseGreeting(payload);
    if (greeting.errorNumber != 0)
        return MySqlErrors::fromError(greeting.errorNumber, greeting.errorMessage);
    if (!greeting.valid) {
        return FetchError(FetchError::Category::BadRequest, QStringLiteral("NotMySql"),
            tr("%1 does not answer as a MySQL or MariaDB server does. Check the host and port.").arg(target));
    }
    if ((greeting.capabilities & ClientSsl) == 0) {
        return MySqlErrors::tlsFailure(QStringLiteral("TlsNotOffered"),
            tr("The server at %1 does not offer TLS, and the SSL mode %2 needs it.").arg(target, mode));
    }

    socket.write(sslRequest());
    if (!socket.waitForBytesWritten(remainingMs(deadline)))
        return lost();

    QSslConfiguration configuration = socket.sslConfiguration();
    // The CA file is the only authority: a certificate the system trusts is not enough.
    configuration.setCaCertificates(authorities);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    socket.setPeerVerifyName(settings.host);
    QList<QSslError> errors;
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError>& reported) {
        errors = reported;
        const bool onlyHostName = std::all_of(reported.cbegin(), reported.cend(),
            [](const QSslError& error) { return error.error() == QSslError::HostNameMismatch; });
        if (!checkHostName && onlyHostName)
            socket.ignoreSslErrors();
    });
    socket.startClientEncryption();
    const bool encrypted = socket.waitForEncrypted(remainingMs(deadline));
    const QAbstractSocket::SocketError socketError = socket.error();
    const QString socketErrorText = socket.errorString();
    socket.abort();
    if (encrypted)
        return {};

    if (!errors.isEmpty()) {
        const auto chain = std::find_if(
            errors.cbegin(), errors.cend(), [](const QSslError& error) { return isChainError(error.error()); });
        if (chain != errors.cend()) {
            return MySqlErrors::tlsFailure(QStringLiteral("TlsUntrustedCertificate"),
                tr("The server's certificate is not signed by the CA in %1.").arg(settings.sslCa));
        }
        const auto hostName = std::find_if(errors.cbegin(), errors.cend(),
            [](const QSslError& error) { return error.error() == QSslError::HostNameMismatch; });
        if (hostName != errors.cend()) {
            return MySqlErrors::tlsFailure(QStringLiteral("TlsHostNameMismatch"),
                tr("The server's certificate is for %1, not %2.").arg(namesOf(hostName->certificate()), settings.host));
        }
        const QSslError& first = errors.constFirst();
        if (first.error() == QSslError::CertificateExpired) {
            return MySqlErrors::tlsFailure(QStringLiteral("TlsCertificateExpired"),
                tr("The server's certificate expired on %1.")
                    .arg(QLocale().toString(first.certificate().expiryDate(), QLocale::ShortFormat)));
        }
        return MySqlErrors::tlsFailure(QStringLiteral("TlsCertificateRefused"),
            tr("The server's certificate was refused: %1").arg(first.errorString()));
    }
    if (socketError == QAbstractSocket::SocketTimeoutError)
        return MySqlErrors::fromError(ErrorServerLost,
            tr("The TLS handshake with %1 did not finish within %2 s.").arg(target).arg(timeoutSeconds));
    return MySqlErrors::tlsFailure(
        QStringLiteral("TlsHandshakeFailed"), tr("The TLS handshake with %1 failed: %2").arg(target, socketErrorText));
}
