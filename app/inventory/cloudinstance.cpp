// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudinstance.h"

QString CloudInstance::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Rds:
        return QStringLiteral("rds");
    case Kind::PolarDbNode:
        return QStringLiteral("polardb");
    }
    return {};
}

QString CloudInstance::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Rds:
        return tr("RDS MySQL");
    case Kind::PolarDbNode:
        return tr("PolarDB MySQL node");
    }
    return {};
}

QString CloudInstance::key() const
{
    return nodeId.isEmpty() ? instanceId : instanceId + QLatin1Char('/') + nodeId;
}

QString CloudInstance::suggestedName() const
{
    const QString base = description.trimmed().isEmpty() ? instanceId : description.trimmed();
    if (nodeId.isEmpty())
        return base;
    return nodeRole.isEmpty() ? tr("%1 (%2)").arg(base, nodeId) : tr("%1 (%2, %3)").arg(base, nodeRole, nodeId);
}
