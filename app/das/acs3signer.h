// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct AccessKey;

// Alibaba Cloud OpenAPI signature V3 (ACS3-HMAC-SHA256).
namespace Acs3 {

using QueryParams = QList<std::pair<QString, QString>>;
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

inline constexpr char Algorithm[] = "ACS3-HMAC-SHA256";

struct Request
{
    QByteArray method = "POST";
    QByteArray canonicalUri = "/";
    QueryParams query;
    // Every header the request will carry; only host, content-type and x-acs-* are signed.
    HeaderList headers;
    QByteArray body;
    // Hex SHA-256 of the body when it is not in `body` (streamed uploads); empty: hash `body`.
    QByteArray payloadHash;
};

struct Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
    QByteArray signedHeaders;
    QByteArray authorization;
};

// RFC 3986 percent-encoding of the UTF-8 bytes: only A-Z a-z 0-9 - _ . ~ stay literal.
QByteArray percentEncode(const QString& text);
// Parameters sorted by encoded name, "name=value" joined by '&'. These exact bytes go on the wire.
QByteArray canonicalQuery(const QueryParams& query);
QByteArray hexSha256(const QByteArray& data);

Signature sign(const Request& request, const AccessKey& key);

// The headers DAS and every V3 RPC API expect, in the form `sign` consumes. `date` is
// yyyy-MM-ddTHH:mm:ssZ in UTC.
HeaderList rpcHeaders(const QByteArray& host, const QByteArray& action, const QByteArray& version,
    const QByteArray& date, const QByteArray& nonce, const QByteArray& body, const AccessKey& key);

} // namespace Acs3
