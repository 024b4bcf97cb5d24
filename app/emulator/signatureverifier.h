// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <utility>

// Checks an incoming request's ACS3-HMAC-SHA256 signature the way the Alibaba Cloud gateway does,
// in this order, answering with the service's error code at the first failure:
//   Authorization missing or garbled, or a required header (host, x-acs-action, x-acs-version,
//   x-acs-date, x-acs-signature-nonce, x-acs-content-sha256) or any x-acs-* header present not
//   signed, or a signed header absent                                  IncompleteSignature      400
//   Credential is not the configured AccessKey id                      InvalidAccessKeyId.NotFound 404
//   x-acs-date not yyyy-MM-ddTHH:mm:ssZ                                InvalidTimeStamp.Format  400
//   x-acs-date more than 15 minutes from the server clock              InvalidTimeStamp.Expired 400
//   STS key configured, no x-acs-security-token                        MissingSecurityToken     400
//   token differs (or a token sent for a permanent key)                InvalidSecurityToken.Mismatch 403
//   x-acs-content-sha256 differs from the body's hash, or the
//   recomputed signature differs                                       SignatureDoesNotMatch    400
//   nonce already used within 15 minutes                               SignatureNonceUsed       400
// The canonical request is rebuilt from the method, "/", the decoded query parameters re-encoded
// canonically and the signed headers' values as received; SignatureDoesNotMatch's message ends
// with the server's string to sign, as the service's does.
//
// The canonical request, the string to sign and the HMAC are computed here from the protocol's
// definition, not by the app's signer: the app's requests are checked by a second implementation,
// so a signing bug cannot pass because both sides share it.
class SignatureVerifier
{
public:
    static constexpr qint64 MaxClockSkewSeconds = 15 * 60;
    static constexpr qint64 NonceWindowSeconds = 15 * 60;

    using QueryParams = QList<std::pair<QString, QString>>;

    struct Request
    {
        QByteArray method;
        // Decoded from the query string.
        QueryParams query;
        // As received; names in any case.
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    struct Outcome
    {
        bool ok = false;
        int httpStatus = 200;
        QString code;
        QString message;
        // The server's canonical request and string to sign, once it got that far.
        QByteArray canonicalRequest;
        QByteArray stringToSign;
    };

    void setAccessKey(const AccessKey& key);
    const AccessKey& accessKey() const { return m_key; }

    // `now` is the server clock. A request that passes has its nonce remembered.
    Outcome verify(const Request& request, const QDateTime& now);
    void forgetNonces();

private:
    bool nonceUsed(const QByteArray& nonce, qint64 nowMs);

    AccessKey m_key;
    QHash<QByteArray, qint64> m_nonces;
    std::deque<std::pair<qint64, QByteArray>> m_nonceOrder;
};
