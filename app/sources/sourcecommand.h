// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"

#include <QList>
#include <QObject>

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
};

// How one target of a command fared.
struct SessionOutcome
{
    qint64 sessionId = 0;
    // No error: done.
    FetchError error;

    bool ok() const { return !error.isError(); }
};

// The result of a command: an outcome per target, or one error when the command as a whole could
// not be carried out (no connection, no permission, not supported).
struct CommandResult
{
    FetchError error;
    QList<SessionOutcome> outcomes;

    bool ok() const;
    QList<qint64> succeeded() const;
    QList<qint64> failed() const;
};

// One command sent to a source (a kill). Reports exactly once, through finished(), and never after
// abort().
class SourceCommand : public QObject
{
    Q_OBJECT

public:
    SourceCommand(QList<qint64> targets, QObject* parent = nullptr);
    ~SourceCommand() override;

    QList<qint64> targets() const { return m_targets; }
    bool isFinished() const { return m_finished; }
    void abort();

    // For the source that runs the command.
    void finish(const CommandResult& result);
    // Reports `error` for every target, from the event loop, so that the caller can connect first.
    void finishLater(const FetchError& error);

signals:
    void finished(const CommandResult& result);

private:
    QList<qint64> m_targets;
    bool m_finished = false;
};
