// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatureverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <map>

namespace {

constexpr char algorithm[] = "ACS3-HMAC-SHA256";

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

QByteArray hexSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// RFC 3986 over the UTF-8 bytes, upper-case hex, as the protocol asks: Qt's encoder keeps exactly
// the unreserved set (A-Z a-z 0-9 - . _ ~) literal.
QByteArray rfc3986(const QString& text)
{
    return text.toUtf8().toPercentEncoding();
}

// Parameters encoded once, ordered by encoded name in byte order (a repeated name keeps its order),
// "name=value" joined by '&'; an empty value stays "name=".
QByteArray canonicalQueryString(const SignatureVerifier::QueryParams& query)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(query.size());
    for (const auto& [name, value] : query)
        pairs.append({rfc3986(name), rfc3986(value)});
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<QByteArray> parts;
    parts.reserve(pairs.size());
    for (const auto& [name, value] : std::as_const(pairs))
        parts.append(name + '=' + value);
    return parts.join('&');
}

// Only host, content-type and x-acs-* headers take part in the signature, whatever else the
// client lists.
bool takesPartInSignature(const QByteArray& lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
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
    const QByteArray prefix = QByteArray(algorithm) + ' ';
    if (!authorization->startsWith(prefix))
        return incomplete(QStringLiteral("The signature algorithm must be %1.").arg(QLatin1String(algorithm)));

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
    // Lower-case name to value, so the header block comes out ordered by name.
    std::map<QByteArray, QByteArray> signedHeaders;
    for (const QByteArray& name : signedNames) {
        const auto value = headerValue(request.headers, name);
        if (!value)
            return incomplete(QStringLiteral("The signed header %1 is missing.").arg(QString::fromUtf8(name)));
        const QByteArray lower = name.toLower();
        if (takesPartInSignature(lower))
            signedHeaders.insert_or_assign(lower, *value);
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

    // CanonicalRequest = method \n "/" \n query \n header lines \n signed header names \n body hash.
    const QByteArray payloadHash = hexSha256(request.body);
    QByteArray headerBlock;
    QList<QByteArray> canonicalNames;
    for (const auto& [name, value] : signedHeaders) {
        headerBlock += name + ':' + value + '\n';
        canonicalNames.append(name);
    }
    const QByteArray canonicalRequest = request.method + "\n/\n" + canonicalQueryString(request.query) + '\n'
        + headerBlock + '\n' + canonicalNames.join(';') + '\n' + payloadHash;
    const QByteArray stringToSign = QByteArray(algorithm) + '\n' + hexSha256(canonicalRequest);
    const QByteArray expectedSignature
        = QMessageAuthenticationCode::hash(stringToSign, m_key.secret.toUtf8(), QCryptographicHash::Sha256).toHex();

    const QString mismatch
        = QStringLiteral("Specified signature does not match our calculation. Server string to sign is:")
        + QString::fromUtf8(stringToSign);
    const auto mismatchOutcome = [&](const QString& message) {
        Outcome outcome = failure(400, "SignatureDoesNotMatch", message);
        outcome.canonicalRequest = canonicalRequest;
        outcome.stringToSign = stringToSign;
        return outcome;
    };
    if (*headerValue(request.headers, "x-acs-content-sha256") != payloadHash)
        return mismatchOutcome(mismatch + QStringLiteral(" (x-acs-content-sha256 is not the SHA-256 of the body)"));
    if (!constantTimeEquals(providedSignature, expectedSignature))
        return mismatchOutcome(mismatch);

    const QByteArray nonce = *headerValue(request.headers, "x-acs-signature-nonce");
    if (nonce.isEmpty())
        return incomplete(QStringLiteral("x-acs-signature-nonce must not be empty."));
    if (nonceUsed(nonce, now.toMSecsSinceEpoch()))
        return failure(400, "SignatureNonceUsed", QStringLiteral("Specified signature nonce was used already."));

    Outcome outcome;
    outcome.ok = true;
    outcome.canonicalRequest = canonicalRequest;
    outcome.stringToSign = stringToSign;
    return outcome;
}
