// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QByteArray>
#include <QString>

// Reads GetMySQLAllSessionAsync responses. Tolerant as the service is inconsistent: keys match
// case-insensitively (PascalCase and lowerCamel both occur), numbers and booleans may arrive as
// strings, and any field may be null or missing. What cannot be read is an error naming the field.
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
};

Result parseAsyncResponse(const QByteArray& body, const Context& context);

// SessionData.TimeStamp's unit is not what the documentation says; decide it by magnitude.
qint64 normalizeTimestampToMs(qint64 raw);

} // namespace SnapshotParser
