// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer: a session whose text fields are the input (separated by 0xFF bytes, which UTF-8
// never holds) is written and read back with a strict RFC 4180 reader, and every cell must give
// back its value exactly as documented: control characters other than TAB, CR and LF as their
// control pictures, a leading ' on a formula-like cell when the guard is on, nothing else changed.
// No raw control character but TAB, CR and LF may appear in the file.
#include "fuzzcheck.h"

#include "export/sessioncsv.h"
#include "sessions/sessionfield.h"
#include "sessions/sessionsnapshot.h"

#include <optional>

namespace {

using Record = QList<QByteArray>;

// Strict RFC 4180: every record ends in CRLF, fields are separated by commas, a field is either
// quoted ("" for a quote inside) or holds no quote, CR or LF. Nothing otherwise.
std::optional<QList<Record>> readCsv(const QByteArray& in)
{
    QList<Record> records;
    Record record;
    qsizetype i = 0;
    const qsizetype n = in.size();
    while (i < n) {
        QByteArray field;
        if (in.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt;
                if (in.at(i) == '"') {
                    if (i + 1 < n && in.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(in.at(i++));
            }
        } else {
            while (i < n && in.at(i) != ',' && in.at(i) != '\r') {
                if (in.at(i) == '"' || in.at(i) == '\n')
                    return std::nullopt;
                field.append(in.at(i++));
            }
        }
        record.append(field);
        if (i < n && in.at(i) == ',') {
            ++i;
            if (i == n)
                return std::nullopt;
            continue;
        }
        if (i + 1 < n && in.at(i) == '\r' && in.at(i + 1) == '\n') {
            i += 2;
            records.append(record);
            record.clear();
            continue;
        }
        return std::nullopt;
    }
    return records;
}

// The documented rendering of a value: C0 controls but TAB, CR and LF, and DEL, as control pictures.
QString shown(const QString& value)
{
    QString out = value;
    for (QChar& c : out) {
        const char16_t code = c.unicode();
        if ((code < 0x20 && code != u'\t' && code != u'\r' && code != u'\n') || code == 0x7f)
            c = QChar(code == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + code));
    }
    return out;
}

void checkNoRawControls(const QByteArray& csv)
{
    for (const char c : csv) {
        const auto byte = static_cast<unsigned char>(c);
        Fuzz::check(!((byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n') || byte == 0x7f),
            "a raw control character in the CSV");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> pieces = Fuzz::bytes(data, size).split('\xff');
    qsizetype next = 0;
    const auto take = [&] { return next < pieces.size() ? Fuzz::text(pieces.at(next++)) : QString(); };

    auto snapshot = std::make_shared<SessionSnapshot>();
    snapshot->snapshotTimeMs = 1659581514000;
    snapshot->instanceId = take();
    snapshot->nodeId = take();
    Session session;
    session.sessionId = 42;
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.isDerived() || field.type != SessionFields::Type::Text)
            continue;
        session.*field.text = take();
    }
    snapshot->sessions.append(session);

    for (const bool guard : {false, true}) {
        const SessionCsv::Options options {guard};
        const QByteArray csv = SessionCsv::sessions(*snapshot, options);
        checkNoRawControls(csv);
        const std::optional<QList<Record>> records = readCsv(csv);
        Fuzz::check(records.has_value(), "the sessions CSV is not strict RFC 4180");
        Fuzz::check(records->size() == 2, "the sessions CSV does not hold one header and one row");
        const Record& header = records->at(0);
        const Record& row = records->at(1);
        Fuzz::check(header.size() == row.size(), "the row and the header differ in length");
        const auto expect = [&](qsizetype column, const QString& value) {
            const QString written = guard ? SessionCsv::formulaGuarded(value) : value;
            Fuzz::check(Fuzz::text(row.at(column)) == shown(written), "a cell does not give back its value");
        };
        expect(1, snapshot->instanceId);
        expect(2, snapshot->nodeId);
        qsizetype column = 3;
        for (const SessionFields::Spec& field : SessionFields::all()) {
            if (field.isDerived())
                continue;
            Fuzz::check(column < row.size(), "a field is missing from the row");
            if (field.type == SessionFields::Type::Text)
                expect(column, session.*field.text);
            else
                Fuzz::check(row.at(column) == QByteArray::number(session.*field.integer), "a number changed");
            ++column;
        }
        Fuzz::check(column == row.size(), "the row has extra fields");
        const QByteArray stats = SessionCsv::stats(*snapshot, options);
        checkNoRawControls(stats);
        Fuzz::check(readCsv(stats).has_value(), "the statistics CSV is not strict RFC 4180");
    }
    return 0;
}
