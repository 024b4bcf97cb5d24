// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulatorscenario.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The account's listings: RDS DescribeDBInstances (2014-08-15) and PolarDB DescribeDBClusters
// (2017-08-01), as far as SessionScope's import uses them. Parameters are checked as the services
// document them: RegionId required; PageNumber a whole number from 1; PageSize 1 to 100 (RDS) or
// 30, 50 or 100 (PolarDB), 30 when absent; Engine / DBType filter (only MySQL is listed). The
// instances of the region are listed in the scenario's order, a PolarDB cluster with its nodes (the
// first node the Writer), PolarDB-X instances by neither.
namespace InventoryResponder {

struct Answer
{
    int status = 200;
    // Empty for a success.
    QString code;
    QString message;
    QByteArray body;
};

// The host named in error bodies.
QString hostId(const QString& action);
// `totalOverride` replaces TotalRecordCount (a fault); the page is what it would have been.
Answer describe(const QString& action, const QMap<QString, QString>& params, const QList<EmulatorInstance>& instances,
    const QString& requestId, std::optional<qint64> totalOverride);
// 403 Forbidden.RAM, with AccessDeniedDetail naming the RAM action, as Alibaba Cloud's gateways answer.
QByteArray deniedBody(const QString& action, const QString& requestId);

} // namespace InventoryResponder
