// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecommand.h"

#include <QMetaObject>

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
        result.outcomes.append({id, SessionOutcome::Result::Failed, error});
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}
