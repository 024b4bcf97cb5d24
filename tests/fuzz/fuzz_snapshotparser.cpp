// SPDX-License-Identifier: GPL-3.0-or-later
// The DAS response parser on any bytes: it answers a result or an error, never crashes; a snapshot
// it answers goes through the CSV and JSON writers as an export would.
//
// Large responses have their session list read in pieces; here every input is read both ways, as
// one document and in pieces of a few bytes (the size varies with the input, so that the cuts fall
// everywhere), and both readings, and the streaming one that conversion uses, must agree.
#include "fuzzcheck.h"

#include "das/snapshotparser.h"
#include "export/sessioncsv.h"
#include "export/snapshotjson.h"
#include "sessions/sessioncells.h"
#include "sessions/sessionsnapshot.h"

#include <simdjson.h>

#include <limits>

namespace {

QByteArray sessionRows(const SessionSnapshot& snapshot, const QList<Session>& sessions)
{
    const SessionCsv::SessionRows rows(snapshot, {});
    QByteArray out;
    for (const Session& session : sessions)
        rows.append(out, session);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    SnapshotParser::Context whole {QStringLiteral("rm-fuzz"), QStringLiteral("node-1"), 1659581514000};
    whole.splitAboveBytes = std::numeric_limits<qsizetype>::max();
    SnapshotParser::Context pieces = whole;
    pieces.splitAboveBytes = 0;
    pieces.pieceBytes = 1 + qsizetype(size % 61);
    // Read in order, or by two or three threads at once: the same answer.
    pieces.pieceReaders = 1 + int(size % 3);

    const SnapshotParser::Result one = SnapshotParser::parseAsyncResponse(body, whole);
    const SnapshotParser::Result cut = SnapshotParser::parseAsyncResponse(body, pieces);
    // On bytes that are not JSON, what the parser notices depends on what it reads, and the pieces
    // are read only when the list is wanted: there, only a snapshot read whole must be read in
    // pieces as well. On JSON, both readings give the same answer.
    simdjson::dom::parser validator;
    const bool isJson = validator.parse(body.constData(), size_t(body.size())).error() == simdjson::SUCCESS;
    if (one.ok() != cut.ok() && (isJson || (one.ok() && one.response.snapshot))) {
        std::fprintf(stderr, "whole: %s\nin pieces of %lld bytes: %s\n", qPrintable(one.error),
            static_cast<long long>(pieces.pieceBytes), qPrintable(cut.error));
        Fuzz::fail("the response read in pieces is not read as the whole one");
    }
    if (!one.ok() || !cut.ok())
        return 0;
    const SnapshotParser::AsyncResponse& a = one.response;
    const SnapshotParser::AsyncResponse& b = cut.response;
    Fuzz::check(a.success == b.success && a.code == b.code && a.message == b.message && a.requestId == b.requestId
            && a.resultId == b.resultId && a.isFinish == b.isFinish && a.state == b.state && a.fail == b.fail
            && a.requestTimeMs == b.requestTimeMs && bool(a.snapshot) == bool(b.snapshot),
        "the envelope read with the list in pieces differs");
    if (!a.snapshot)
        return 0;
    const SessionSnapshot& snapshot = *a.snapshot;
    const QByteArray sessions = SessionCsv::sessions(snapshot, {});
    const QByteArray stats = SessionCsv::stats(snapshot, {});
    const QByteArray json = SnapshotJson::toJson(snapshot);
    Fuzz::check(SessionCsv::sessions(*b.snapshot, {}) == sessions, "the sessions read in pieces differ");
    Fuzz::check(SessionCsv::stats(*b.snapshot, {}) == stats, "the statistics of the pieces differ");
    Fuzz::check(SnapshotJson::toJson(*b.snapshot) == json, "the snapshot read in pieces differs");

    // Converting a response streams its sessions, in pieces when it is large: the same rows. (Bytes
    // that are not JSON may be noticed in another place when streamed.)
    if (!isJson)
        return 0;
    SnapshotParser::SessionStream stream(body, pieces);
    const SnapshotParser::Result head = stream.readHead();
    Fuzz::check(head.ok() && head.response.snapshot, "the streamed head fails where the whole response is read");
    QList<Session> streamed;
    const bool read = stream.readSessions([&](const Session& session) {
        streamed.append(session);
        return true;
    });
    Fuzz::check(read, "a streamed session fails where the whole response is read");
    const QByteArray rows = sessionRows(snapshot, snapshot.sessions);
    Fuzz::check(sessionRows(*head.response.snapshot, streamed) == rows, "the streamed sessions differ");

    // `convert` streams them as cells, written without a QString in between, whole or in pieces:
    // the same bytes.
    for (const SnapshotParser::Context& context : {whole, pieces}) {
        SnapshotParser::SessionStream cellStream(body, context);
        const SnapshotParser::Result cellHead = cellStream.readHead();
        Fuzz::check(cellHead.ok() && cellHead.response.snapshot, "the head streamed for cells fails");
        const SessionCsv::SessionRows writer(snapshot, {});
        QByteArray cellRows;
        const bool cellsRead = cellStream.readCells([&](const SessionCells& cells) {
            writer.append(cellRows, cells);
            return true;
        });
        Fuzz::check(cellsRead, "a session streamed as cells fails where the whole response is read");
        Fuzz::check(cellRows == rows, "the sessions streamed as cells are written otherwise");
    }
    return 0;
}
