// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acs3signer.h"
#include "base/credential.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class DasCall;
class FetchError;
class QNetworkAccessManager;
class QNetworkReply;

// Sends signed DAS RPC requests: POST to the endpoint, every parameter in the query, an empty body,
// a fresh nonce and date each time. Remembers the clock offset learnt from the service so that a
// skewed local clock is corrected once, for every later request.
class DasClient : public QObject
{
    Q_OBJECT

public:
    static constexpr char ApiVersion[] = "2020-01-16";
    static constexpr int DefaultTransferTimeoutMs = 10'000;
    static constexpr qint64 DefaultMaxResponseBytes = 512LL * 1024 * 1024;
    // How much of an answer Qt may hold before the client has taken it.
    static constexpr qint64 ReadBufferBytes = 256 * 1024;

    explicit DasClient(QObject* parent = nullptr);
    ~DasClient() override;

    // Must be valid (see EndpointPolicy); an invalid or unset one makes every call fail as BadRequest.
    void setEndpoint(const QUrl& endpoint);
    QUrl endpoint() const { return m_endpoint; }
    void setAccessKey(const AccessKey& key);
    bool hasAccessKey() const { return m_key.isValid(); }
    // A PEM file whose certificates alone are trusted for the endpoint's TLS, in place of the
    // system's; empty: the system's. A file that cannot be read, or holds no certificate, makes every
    // call fail as a TLS error naming it (never a fallback to the system's CAs).
    void setCaFile(const QString& path);
    QString caFile() const { return m_caFile; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // The x-acs-version signed into every request: DAS's unless told otherwise. The same signing
    // and transport serve other RPC products (RDS, PolarDB) with their own version.
    void setApiVersion(const QByteArray& version) { m_apiVersion = version; }
    QByteArray apiVersion() const { return m_apiVersion; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Service clock minus local clock, learnt from an InvalidTimeStamp.Expired answer.
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 ms) { m_clockOffsetMs = ms; }

    // Starts the call at once. The returned object belongs to `owner`; it emits exactly one of
    // DasCall::succeeded or DasCall::failed, unless aborted.
    DasCall* call(const QByteArray& action, const Acs3::QueryParams& params, QObject* owner);

    // The canonical value of the Host header for `url`, as the HTTP stack will send it.
    static QByteArray hostHeader(const QUrl& url);
    // 128 random bits as 32 hex digits.
    static QByteArray newNonce();
    // Replaces the nonce source; tests use it to provoke the service's nonce-reuse answer.
    void setNonceGenerator(std::function<QByteArray()> generator) { m_nonceGenerator = std::move(generator); }
    static QByteArray formatDate(const QDateTime& utc);

private:
    friend class DasCall;
    // Signs and sends one request; `nonceUsedBefore` says whether its nonce was among the recent ones.
    QNetworkReply* send(const QByteArray& action, const Acs3::QueryParams& params, bool* nonceUsedBefore);

    QNetworkAccessManager* m_network;
    QUrl m_endpoint;
    AccessKey m_key;
    QString m_caFile;
    QList<QSslCertificate> m_caCertificates;
    QString m_caProblem;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QByteArray m_apiVersion = ApiVersion;
    qint64 m_clockOffsetMs = 0;
    std::function<QByteArray()> m_nonceGenerator;
    // The nonces of the latest requests: a refused nonce that is not among them twice was sent once
    // by this client, and reached the service twice.
    static constexpr qsizetype RecentNonceCount = 1024;
    QList<QByteArray> m_recentNonces;
};

// One logical RPC call. Re-signs once with a fresh nonce when the service reports a reused nonce
// (unless told not to), and once with a corrected date when it reports the local clock as skewed.
class DasCall : public QObject
{
    Q_OBJECT

public:
    ~DasCall() override;

    // Stops the call; no signal is emitted afterwards.
    void abort();
    QByteArray action() const { return m_action; }
    // A reused nonce means that this very request reached the service before (the HTTP stack sent
    // it again after a broken connection). For a call that must not run twice, such as creating a
    // kill task, that answer is reported rather than answered with a re-signed request.
    void setResignOnReusedNonce(bool resign) { m_resignOnReusedNonce = resign; }

signals:
    void succeeded(const QByteArray& body);
    void failed(const FetchError& error);
    // The local clock was found off by `offsetMs` and the request was re-sent with the service's time.
    void clockSkewCorrected(qint64 offsetMs);

private:
    friend class DasClient;
    DasCall(DasClient* client, const QByteArray& action, const Acs3::QueryParams& params, QObject* owner);

    void start();
    void onFinished();
    // Moves what `reply` has received into m_body; past the client's limit, aborts it instead.
    void takeBody(QNetworkReply* reply);
    void fail(const FetchError& error);

    QPointer<DasClient> m_client;
    QByteArray m_action;
    Acs3::QueryParams m_params;
    QPointer<QNetworkReply> m_reply;
    QString m_sslErrors;
    bool m_tooLarge = false;
    QByteArray m_body;
    bool m_resignOnReusedNonce = true;
    bool m_nonceRetried = false;
    bool m_nonceUsedBefore = false;
    bool m_clockRetried = false;
};
