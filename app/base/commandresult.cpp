// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandresult.h"

#include <algorithm>

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
