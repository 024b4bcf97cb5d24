// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatureverifier.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

constexpr std::array<const char*, 6> requiredSignedHeaders {
    "host",
    "x-acs-action",
    "x-acs-version",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-content-sha256",
};

SignatureVerifier::Outcome failure(int status, const char* code, const QString& message)
{
    SignatureVerifier::Outcome outcome;
    outcome.httpStatus = status;
    outcome.code = QLatin1String(code);
    outcome.message = message;
    return outcome;
}

SignatureVerifier::Outcome incomplete(const QString& detail)
{
    return failure(400, "IncompleteSignature",
        QStringLiteral("The request signature does not conform to Aliyun standards. ") + detail);
}

// Duplicate headers are joined with ',' as the signer does; nullopt when absent.
std::optional<QByteArray> headerValue(const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    std::optional<QByteArray> value;
    for (const auto& [headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (value)
            value->append(',').append(headerValue.trimmed());
        else
            value = headerValue.trimmed();
    }
    return value;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

void SignatureVerifier::setAccessKey(const AccessKey& key)
{
    m_key = key;
}

void SignatureVerifier::forgetNonces()
{
    m_nonces.clear();
    m_nonceOrder.clear();
}

bool SignatureVerifier::nonceUsed(const QByteArray& nonce, qint64 nowMs)
{
    const qint64 horizon = nowMs - NonceWindowSeconds * 1000;
    while (!m_nonceOrder.empty() && m_nonceOrder.front().first < horizon) {
        const auto it = m_nonces.constFind(m_nonceOrder.front().second);
        if (it != m_nonces.constEnd() && *it == m_nonceOrder.front().first)
            m_nonces.erase(it);
        m_nonceOrder.pop_front();
    }
    const auto seen = m_nonces.constFind(nonce);
    if (seen != m_nonces.constEnd() && *seen >= horizon)
        return true;
    m_nonces.insert(nonce, nowMs);
    m_nonceOrder.emplace_back(nowMs, nonce);
    return false;
}

SignatureVerifier::Outcome SignatureVerifier::verify(const Request& request, const QDateTime& now)
{
    const auto authorization = headerValue(request.headers, "authorization");
    if (!authorization || authorization->isEmpty())
        return incomplete(QStringLiteral("The Authorization header is missing."));
    const QByteArray prefix = QByteArray(Acs3::Algorithm) + ' ';
    if (!authorization->startsWith(prefix))
        return incomplete(QStringLiteral("The signature algorithm must be %1.").arg(QLatin1String(Acs3::Algorithm)));

    QByteArray credential;
    QByteArray signedHeaderList;
    QByteArray providedSignature;
    for (const QByteArray& part : authorization->mid(prefix.size()).split(',')) {
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            return incomplete(QStringLiteral("The Authorization header is malformed."));
        const QByteArray name = part.left(equals).trimmed();
        const QByteArray value = part.mid(equals + 1).trimmed();
        if (name == "Credential")
            credential = value;
        else if (name == "SignedHeaders")
            signedHeaderList = value;
        else if (name == "Signature")
            providedSignature = value;
        else
            return incomplete(QStringLiteral("The Authorization header is malformed."));
    }
    if (credential.isEmpty() || signedHeaderList.isEmpty() || providedSignature.isEmpty())
        return incomplete(QStringLiteral("Credential, SignedHeaders and Signature are all required."));

    if (credential != m_key.id.toUtf8())
        return failure(404, "InvalidAccessKeyId.NotFound", QStringLiteral("Specified access key is not found."));

    const QList<QByteArray> signedNames = signedHeaderList.split(';');
    for (const char* required : requiredSignedHeaders) {
        if (!signedNames.contains(QByteArray(required)))
            return incomplete(QStringLiteral("The header %1 must be signed.").arg(QLatin1String(required)));
    }
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-acs-") && !signedNames.contains(lower))
            return incomplete(QStringLiteral("The header %1 is present but not signed.").arg(QString::fromUtf8(lower)));
    }
    Acs3::HeaderList signedHeaders;
    for (const QByteArray& name : signedNames) {
        const auto value = headerValue(request.headers, name);
        if (!value)
            return incomplete(QStringLiteral("The signed header %1 is missing.").arg(QString::fromUtf8(name)));
        signedHeaders.append({name, *value});
    }

    const QByteArray date = *headerValue(request.headers, "x-acs-date");
    static const QRegularExpression dateFormat(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    QDateTime requestTime;
    if (dateFormat.match(QString::fromLatin1(date)).hasMatch())
        requestTime = QDateTime::fromString(QString::fromLatin1(date), Qt::ISODate);
    if (!requestTime.isValid())
        return failure(400, "InvalidTimeStamp.Format",
            QStringLiteral("Specified time stamp or date value is not well formatted: x-acs-date must be "
                           "yyyy-MM-ddTHH:mm:ssZ (UTC), got \"%1\".")
                .arg(QString::fromLatin1(date)));
    if (std::abs(requestTime.secsTo(now)) > MaxClockSkewSeconds)
        return failure(400, "InvalidTimeStamp.Expired",
            QStringLiteral("Specified time stamp or date value is expired: x-acs-date %1 is more than 15 "
                           "minutes away from the server time %2.")
                .arg(QString::fromLatin1(date), now.toUTC().toString(Qt::ISODate)));

    const auto token = headerValue(request.headers, "x-acs-security-token");
    if (m_key.isSts() && (!token || token->isEmpty()))
        return failure(400, "MissingSecurityToken", QStringLiteral("SecurityToken is mandatory for this action."));
    if (token && !token->isEmpty() && *token != m_key.securityToken.toUtf8())
        return failure(403, "InvalidSecurityToken.Mismatch",
            QStringLiteral("Specified SecurityToken mismatch with the AccessKey."));

    Acs3::Request canonical;
    canonical.method = request.method;
    canonical.canonicalUri = "/";
    canonical.query = request.query;
    canonical.headers = signedHeaders;
    canonical.payloadHash = Acs3::hexSha256(request.body);
    const Acs3::Signature expected = Acs3::sign(canonical, m_key);
    const QString mismatch
        = QStringLiteral("Specified signature does not match our calculation. Server string to sign is:")
        + QString::fromUtf8(expected.stringToSign);
    if (*headerValue(request.headers, "x-acs-content-sha256") != canonical.payloadHash) {
        Outcome outcome = failure(400, "SignatureDoesNotMatch",
            mismatch + QStringLiteral(" (x-acs-content-sha256 is not the SHA-256 of the body)"));
        outcome.stringToSign = expected.stringToSign;
        return outcome;
    }
    if (!constantTimeEquals(providedSignature, expected.signature)) {
        Outcome outcome = failure(400, "SignatureDoesNotMatch", mismatch);
        outcome.stringToSign = expected.stringToSign;
        return outcome;
    }

    const QByteArray nonce = *headerValue(request.headers, "x-acs-signature-nonce");
    if (nonce.isEmpty())
        return incomplete(QStringLiteral("x-acs-signature-nonce must not be empty."));
    if (nonceUsed(nonce, now.toMSecsSinceEpoch()))
        return failure(400, "SignatureNonceUsed", QStringLiteral("Specified signature nonce was used already."));

    Outcome outcome;
    outcome.ok = true;
    outcome.stringToSign = expected.stringToSign;
    return outcome;
}
