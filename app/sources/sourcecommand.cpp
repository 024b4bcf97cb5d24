// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecommand.h"

#include <QMetaObject>

bool CommandResult::ok() const
{
    return !error.isError()
        && std::all_of(outcomes.cbegin(), outcomes.cend(), [](const SessionOutcome& outcome) { return outcome.ok(); });
}

QList<qint64> CommandResult::succeeded() const
{
    QList<qint64> ids;
    for (const SessionOutcome& outcome : outcomes) {
        if (outcome.ok())
            ids.append(outcome.sessionId);
    }
    return ids;
}

QList<qint64> CommandResult::failed() const
{
    QList<qint64> ids;
    for (const SessionOutcome& outcome : outcomes) {
        if (!outcome.ok())
            ids.append(outcome.sessionId);
    }
    return ids;
}

SourceCommand::SourceCommand(QList<qint64> targets, QObject* parent)
    : QObject(parent)
    , m_targets(std::move(targets))
{ }

SourceCommand::~SourceCommand() = default;

void SourceCommand::abort()
{
    m_finished = true;
}

void SourceCommand::finish(const CommandResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

void SourceCommand::finishLater(const FetchError& error)
{
    CommandResult result;
    result.error = error;
    for (const qint64 id : std::as_const(m_targets))
        result.outcomes.append({id, error});
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}
