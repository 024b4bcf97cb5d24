// SPDX-License-Identifier: GPL-3.0-or-later
#include "dasclient.h"

#include "base/endpointpolicy.h"
#include "base/fetcherror.h"
#include "daserrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>

#include <utility>

namespace {

// QNetworkReply reports some HTTP statuses as errors of its own; those still carry the service's
// answer and are read as such, everything else is a failure of the transport.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError
        || (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}

// HTTP-date, as in the Date header: "Sun, 06 Nov 1994 08:49:37 GMT".
QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(value.trimmed()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    return date;
}

// A failure of the transport (no HTTP answer), worded for the user with the endpoint it was going to:
// "ConnectionRefusedError" tells a user nothing.
FetchError transportError(
    QNetworkReply::NetworkError error, const QString& enumName, const QUrl& url, const QString& qtText)
{
    const QString where
        = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return FetchError(FetchError::Category::Transient, QStringLiteral("ConnectionRefused"),
            DasCall::tr("%1 refused the connection: nothing listens there, or a firewall turns it away.").arg(where));
    case QNetworkReply::HostNotFoundError:
        return FetchError(FetchError::Category::Transient, QStringLiteral("HostNotFound"),
            DasCall::tr("The name %1 could not be resolved: check the endpoint and the DNS settings.").arg(url.host()));
    case QNetworkReply::RemoteHostClosedError:
        return FetchError(FetchError::Category::Transient, enumName,
            DasCall::tr("%1 closed the connection before answering.").arg(where));
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return FetchError(FetchError::Category::Transient, enumName,
            DasCall::tr("The network is down: %1 cannot be reached.").arg(where));
    default:
        return FetchError(FetchError::Category::Transient, enumName, DasCall::tr("%1: %2").arg(where, qtText));
    }
}

} // namespace

DasClient::DasClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // A signed POST must never be replayed elsewhere by a redirect.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

DasClient::~DasClient() = default;

void DasClient::setEndpoint(const QUrl& endpoint)
{
    m_endpoint = endpoint;
}

void DasClient::setAccessKey(const AccessKey& key)
{
    m_key = key;
}

void DasClient::setCaFile(const QString& path)
{
    m_caFile = path;
    m_caCertificates.clear();
    m_caProblem.clear();
    if (path.isEmpty())
        return;
    if (!QFileInfo(path).isReadable()) {
        m_caProblem = DasCall::tr("The CA file %1 cannot be read.").arg(path);
        return;
    }
    m_caCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (m_caCertificates.isEmpty())
        m_caProblem = DasCall::tr("The CA file %1 holds no PEM certificate.").arg(path);
}

DasCall* DasClient::call(const QByteArray& action, const Acs3::QueryParams& params, QObject* owner)
{
    auto* call = new DasCall(this, action, params, owner);
    call->start();
    return call;
}

QByteArray DasClient::hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray DasClient::newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

QByteArray DasClient::formatDate(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

QNetworkReply* DasClient::send(const QByteArray& action, const Acs3::QueryParams& params, bool* nonceUsedBefore)
{
    const QByteArray query = Acs3::canonicalQuery(params);
    QUrl url = m_endpoint;
    url.setPath(QStringLiteral("/"));
    // The query goes on the wire exactly as signed: set it pre-encoded, never re-encoded.
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
    Acs3::Request signing;
    signing.method = "POST";
    signing.query = params;
    const QByteArray nonce = m_nonceGenerator ? m_nonceGenerator() : newNonce();
    *nonceUsedBefore = m_recentNonces.contains(nonce);
    m_recentNonces.append(nonce);
    if (m_recentNonces.size() > RecentNonceCount)
        m_recentNonces.removeFirst();
    signing.headers = Acs3::rpcHeaders(hostHeader(url), action, m_apiVersion, formatDate(now), nonce, {}, m_key);
    const Acs3::Signature signature = Acs3::sign(signing, m_key);

    QNetworkRequest request(url);
    for (const auto& [name, value] : std::as_const(signing.headers)) {
        if (name != "host")
            request.setRawHeader(name, value);
    }
    request.setRawHeader("Authorization", signature.authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArray(QByteArray("SessionScope/" SESSIONSCOPE_VERSION " Qt/") + qVersion()));
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    return m_network->sendCustomRequest(request, "POST");
}

DasCall::DasCall(DasClient* client, const QByteArray& action, const Acs3::QueryParams& params, QObject* owner)
    : QObject(owner)
    , m_client(client)
    , m_action(action)
    , m_params(params)
{ }

DasCall::~DasCall()
{
    abort();
}

void DasCall::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void DasCall::start()
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(FetchError(FetchError::Category::BadRequest, QStringLiteral("NoClient"),
                    tr("The connection to the service was closed.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString endpointProblem = EndpointPolicy::problem(m_client->endpoint());
    if (!endpointProblem.isEmpty()) {
        // Reported from the event loop so that callers can connect first.
        QMetaObject::invokeMethod(
            this,
            [this, endpointProblem] {
                fail(FetchError(FetchError::Category::BadRequest, QStringLiteral("InvalidEndpoint"), endpointProblem));
            },
            Qt::QueuedConnection);
        return;
    }
    if (const QString caProblem = m_client->m_caProblem; !caProblem.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, caProblem] {
                fail(FetchError(FetchError::Category::Tls, QStringLiteral("TlsCaUnreadable"), caProblem));
            },
            Qt::QueuedConnection);
        return;
    }
    m_sslErrors.clear();
    m_tooLarge = false;
    m_reply = m_client->send(m_action, m_params, &m_nonceUsedBefore);
    connect(m_reply, &QNetworkReply::finished, this, &DasCall::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QStringLiteral("; "));
    });
    // The body is taken from the reply as it arrives and counted here, and Qt may hold only one
    // read buffer of it: a server that sends without end is cut off at the limit. (Counting in
    // downloadProgress is not enough: Qt emits it at most every 100 ms, and with no read buffer
    // limit its network thread buffers whatever arrives meanwhile, at loopback speed gigabytes.)
    m_body.clear();
    m_reply->setReadBufferSize(DasClient::ReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { takeBody(m_reply); });
}

void DasCall::takeBody(QNetworkReply* reply)
{
    if (!reply || m_tooLarge)
        return;
    const qint64 limit = m_client ? m_client->maxResponseBytes() : DasClient::DefaultMaxResponseBytes;
    const qint64 available = reply->bytesAvailable();
    if (m_body.size() + available > limit) {
        m_tooLarge = true;
        m_body.clear();
        reply->abort();
        return;
    }
    m_body.append(reply->read(available));
}

void DasCall::fail(const FetchError& error)
{
    emit failed(error);
}

void DasCall::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    // What arrived since the last readyRead.
    takeBody(reply);

    if (m_tooLarge) {
        fail(FetchError(FetchError::Category::MalformedResponse, QStringLiteral("ResponseTooLarge"),
            tr("The answer exceeded %1 MiB and was discarded.")
                .arg(m_client ? m_client->maxResponseBytes() / (1024 * 1024) : 0)));
        return;
    }

    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid() || !isHttpStatusError(networkError)) {
        const QString code
            = QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(networkError));
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            fail(FetchError(FetchError::Category::Transient, QStringLiteral("Timeout"),
                tr("No answer within %1 s.").arg((m_client ? m_client->transferTimeoutMs() : 0) / 1000.0)));
        } else if (networkError == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            const QUrl url = reply->url();
            fail(FetchError(FetchError::Category::Tls, code,
                tr("The TLS connection to %1:%2 was refused: %3")
                    .arg(url.host())
                    .arg(url.port(443))
                    .arg(m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors)));
        } else {
            fail(transportError(networkError, code, reply->url(), reply->errorString()));
        }
        return;
    }

    const int status = statusAttribute.toInt();
    const QByteArray body = std::exchange(m_body, {});
    if (status >= 200 && status < 300) {
        emit succeeded(body);
        return;
    }
    if (status >= 300 && status < 400) {
        fail(FetchError(FetchError::Category::BadRequest, QStringLiteral("HTTP%1").arg(status),
            tr("The endpoint redirected to %1; use that address as the endpoint.")
                .arg(QString::fromUtf8(reply->rawHeader("Location")))));
        return;
    }

    bool hasRetryAfter = false;
    const qint64 retryAfter = reply->rawHeader("x-acs-retry-after").trimmed().toLongLong(&hasRetryAfter);
    const FetchError error = DasErrors::fromHttpError(status, body, hasRetryAfter ? retryAfter : -1);

    if (error.code() == QLatin1String("SignatureNonceUsed") && m_resignOnReusedNonce) {
        if (!m_nonceRetried) {
            m_nonceRetried = true;
            start();
            return;
        }
        // This client sent the nonce once, so the service got the request twice: the connection
        // broke before the answer came, and Qt's HTTP stack sent the same signed request again on
        // a new one (it does so for a POST whose connection closes unanswered). What went wrong is
        // the network; the refused copy only hides it.
        if (!m_nonceUsedBefore) {
            FetchError broken(FetchError::Category::Transient, QStringLiteral("RemoteHostClosedError"),
                tr("The connection to the service broke before its answer arrived. (The request was sent again on "
                   "a new connection, and the service refused the copy as a repeat: SignatureNonceUsed.)"));
            broken.setRequestId(error.requestId());
            fail(broken);
            return;
        }
    }
    if (error.category() == FetchError::Category::ClockSkew && !m_clockRetried && m_client) {
        const QDateTime serverTime = parseHttpDate(reply->rawHeader("Date"));
        if (serverTime.isValid()) {
            m_clockRetried = true;
            const qint64 offset = QDateTime::currentDateTimeUtc().msecsTo(serverTime);
            m_client->setClockOffsetMs(offset);
            emit clockSkewCorrected(offset);
            start();
            return;
        }
    }
    fail(error);
}
