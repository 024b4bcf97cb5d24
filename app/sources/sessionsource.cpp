// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsource.h"

SessionSource::~SessionSource() = default;

SourceCommand* SessionSource::kill(const KillRequest& request, QObject* owner)
{
    auto* command = new SourceCommand(request.sessionIds, owner);
    command->finishLater(FetchError(FetchError::Category::Unsupported, QStringLiteral("Unsupported"),
        request.scope == KillRequest::Scope::Query ? tr("This source cannot kill a running statement.")
                                                   : tr("This source cannot kill sessions.")));
    return command;
}

QString SessionSource::killMethod(const KillRequest& request) const
{
    Q_UNUSED(request)
    return {};
}
