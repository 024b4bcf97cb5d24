// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct SessionCells;

// Reads GetMySQLAllSessionAsync responses. Tolerant as the service is inconsistent: keys match
// case-insensitively (PascalCase and lowerCamel both occur), numbers and booleans may arrive as
// strings, and any field may be null or missing. What cannot be read is an error naming the field.
//
// The bytes are read once, straight into sessions, without a tree of the whole document; the few
// distinct users, clients, databases, commands and states of a response are stored once and shared
// by every session that has them.
namespace SnapshotParser {

// One response of the asynchronous call: either still running, or finished (with a snapshot, or
// failed on the server's side).
struct AsyncResponse
{
    bool success = false;
    QString code;
    QString message;
    QString requestId;

    QString resultId;
    bool isFinish = false;
    QString state;
    bool fail = false;
    qint64 requestTimeMs = 0;

    // Set when the request finished successfully.
    SnapshotPtr snapshot;

    bool finishedWithSnapshot() const { return snapshot != nullptr; }
    bool finishedWithFailure() const;
};

struct Result
{
    AsyncResponse response;
    // Empty when the bytes were understood.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

struct Context
{
    QString instanceId;
    QString nodeId;
    // Used as the snapshot time when the response carries none.
    qint64 receivedAtMs = 0;
    // A response larger than this has its session list read in pieces of about `pieceBytes` each,
    // so that the parser's index never spans the whole response; the result is the same either way.
    // Tests and fuzzing lower both to read small responses in pieces.
    qsizetype splitAboveBytes = 2 * 1024 * 1024;
    qsizetype pieceBytes = 256 * 1024;
    // How many threads read the pieces of a session list read whole (the calling thread among
    // them); 0 is one per core, at most four, and one per eight pieces. The sessions, and any
    // error, are the same whatever the number.
    int pieceReaders = 0;
};

// Bytes beyond its size that a body's buffer should have room for (QByteArray::capacity()) to be
// read where it is; a body without them is copied once first, unless its session list is read in
// pieces (Context::splitAboveBytes), which are copies anyway: a large body may be a mapped file.
constexpr qsizetype InputPadding = 64;

Result parseAsyncResponse(const QByteArray& body, const Context& context);

// Reads a response in two steps, so that converting a large one never holds its sessions: first
// everything but the sessions, then the sessions one at a time.
class SessionStream
{
public:
    // `body` is kept (shared) until the stream goes.
    SessionStream(const QByteArray& body, const Context& context);
    ~SessionStream();
    SessionStream(const SessionStream&) = delete;
    SessionStream& operator=(const SessionStream&) = delete;

    // As parseAsyncResponse, but the snapshot's session list stays empty (and so does its
    // idle-in-transaction count) unless the response lacks figures that must be computed from the
    // sessions: then they are read here, and kept.
    Result readHead();
    // After a head with a snapshot: each session in order to `visit`, until it returns false. False
    // when `visit` stopped, or a session could not be read (error() then says which and why); what
    // was visited before is not taken back.
    bool readSessions(const std::function<bool(const Session&)>& visit);
    // As readSessions, each session as cells rather than a Session: the same values, read with the
    // same rules, but no string is made of them.
    bool readCells(const std::function<bool(const SessionCells&)>& visit);
    QString error() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Where a response's session list is cut to be read in pieces of about `pieceBytes`: the offsets of
// the commas that end each piece but the last. Nullopt when the list is not plainly where the
// service puts it, and the response is read as one document. For tests.
std::optional<QList<qsizetype>> sessionListCuts(const QByteArray& body, qsizetype pieceBytes);

// SessionData.TimeStamp's unit is not what the documentation says; decide it by magnitude.
qint64 normalizeTimestampToMs(qint64 raw);

} // namespace SnapshotParser
