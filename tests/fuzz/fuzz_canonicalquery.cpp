// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical query encoder against a reference written from the specification: RFC 3986
// percent-encoding of the UTF-8 bytes (only A-Z a-z 0-9 - _ . ~ literal, %XX in upper case), pairs
// sorted by encoded name (stable for equal names), "name=value" joined by '&'. The input is one
// parameter per line, name and value separated by the first TAB.
#include "fuzzcheck.h"

#include "das/acs3signer.h"

#include <algorithm>

namespace {

QByteArray referenceEncode(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte == '-'
            || byte == '_' || byte == '.' || byte == '~') {
            out.append(char(byte));
        } else {
            out.append('%').append(hex[byte >> 4]).append(hex[byte & 0xf]);
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Acs3::QueryParams params;
    const QList<QByteArray> lines = Fuzz::bytes(data, size).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype tab = line.indexOf('\t');
        params.append(
            {Fuzz::text(tab < 0 ? line : line.left(tab)), Fuzz::text(tab < 0 ? QByteArray() : line.mid(tab + 1))});
    }
    QList<std::pair<QByteArray, QByteArray>> expected;
    for (const auto& [name, value] : std::as_const(params)) {
        Fuzz::check(Acs3::percentEncode(name) == referenceEncode(name), "percentEncode differs from RFC 3986");
        expected.append({referenceEncode(name), referenceEncode(value)});
    }
    std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray reference;
    for (const auto& [name, value] : std::as_const(expected)) {
        if (!reference.isEmpty())
            reference.append('&');
        reference.append(name).append('=').append(value);
    }
    Fuzz::check(Acs3::canonicalQuery(params) == reference, "canonicalQuery differs from the reference");
    return 0;
}
