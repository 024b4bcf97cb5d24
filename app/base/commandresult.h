// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credential.h"
#include "fetcherror.h"

#include <QList>

#include <optional>

// What a kill asks for: the sessions, and whether to end each connection or only its statement.
struct KillRequest
{
    enum class Scope
    {
        Connection, // KILL [CONNECTION] id
        Query, // KILL QUERY id
    };

    QList<qint64> sessionIds;
    Scope scope = Scope::Connection;
    // DAS: the database account the service kills as (CreateKillInstanceSessionTask); without one
    // it kills as its own maintenance user (…WithMaintainUser). Resolved for this one kill and
    // never stored, logged or written to the audit log.
    std::optional<DatabaseLogin> account;
};

// How one target of a command fared.
struct SessionOutcome
{
    enum class Result
    {
        Done,
        AlreadyGone, // the session had ended before the command reached it
        Refused, // the server would not (no permission, a protected session); `error` says why
        Failed, // the command could not be carried out; `error` says why
    };

    qint64 sessionId = 0;
    Result result = Result::Failed;
    FetchError error;

    // Done or already gone: nothing is left to do for this target.
    bool ok() const { return result == Result::Done || result == Result::AlreadyGone; }
};

// The result of a command: an outcome per target, or one error when the command as a whole could
// not be carried out (no connection, no permission, not supported).
struct CommandResult
{
    FetchError error;
    QList<SessionOutcome> outcomes;
    // The service's id for the command (DAS's kill task id); empty when it has none.
    QString taskId;

    bool ok() const;
    QList<qint64> succeeded() const;
    QList<qint64> failed() const;
};
