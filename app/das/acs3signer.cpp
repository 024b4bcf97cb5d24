// SPDX-License-Identifier: GPL-3.0-or-later
#include "acs3signer.h"

#include "base/credential.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Acs3 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

bool isSignedHeader(const QByteArray& lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

} // namespace

QByteArray percentEncode(const QString& text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

QByteArray canonicalQuery(const QueryParams& query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [name, value] : query)
        encoded.append({percentEncode(name), percentEncode(value)});
    std::stable_sort(encoded.begin(), encoded.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray out;
    for (const auto& [name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray hexSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Signature sign(const Request& request, const AccessKey& key)
{
    // Lower-cased names, sorted; duplicate names keep their values in order, joined by ','.
    QList<std::pair<QByteArray, QByteArray>> canonical;
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (!isSignedHeader(lower))
            continue;
        const QByteArray trimmed = value.trimmed();
        auto it = std::find_if(canonical.begin(), canonical.end(), [&](const auto& h) { return h.first == lower; });
        if (it == canonical.end())
            canonical.append({lower, trimmed});
        else
            it->second.append(',').append(trimmed);
    }
    std::sort(canonical.begin(), canonical.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    Signature result;
    QByteArray headerBlock;
    for (const auto& [name, value] : std::as_const(canonical)) {
        headerBlock.append(name).append(':').append(value).append('\n');
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders.append(';');
        result.signedHeaders.append(name);
    }

    result.canonicalRequest = request.method + '\n' + request.canonicalUri + '\n' + canonicalQuery(request.query) + '\n'
        + headerBlock + '\n' + result.signedHeaders + '\n'
        + (request.payloadHash.isEmpty() ? hexSha256(request.body) : request.payloadHash);
    result.stringToSign = QByteArray(Algorithm) + '\n' + hexSha256(result.canonicalRequest);
    result.signature
        = QMessageAuthenticationCode::hash(result.stringToSign, key.secret.toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    result.authorization = QByteArray(Algorithm) + " Credential=" + key.id.toUtf8()
        + ",SignedHeaders=" + result.signedHeaders + ",Signature=" + result.signature;
    return result;
}

HeaderList rpcHeaders(const QByteArray& host, const QByteArray& action, const QByteArray& version,
    const QByteArray& date, const QByteArray& nonce, const QByteArray& body, const AccessKey& key)
{
    HeaderList headers {
        {"host", host},
        {"x-acs-action", action},
        {"x-acs-version", version},
        {"x-acs-date", date},
        {"x-acs-signature-nonce", nonce},
        {"x-acs-content-sha256", hexSha256(body)},
    };
    if (key.isSts()) {
        // As the SDKs do: an STS request names its temporary AccessKey id in a header too.
        headers.append({"x-acs-accesskey-id", key.id.toUtf8()});
        headers.append({"x-acs-security-token", key.securityToken.toUtf8()});
    }
    return headers;
}

} // namespace Acs3
