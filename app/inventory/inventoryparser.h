// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"
#include "cloudinstance.h"

#include <QByteArray>

// Reads one page of DescribeDBInstances (RDS) or DescribeDBClusters (PolarDB). Keys are matched
// whatever their case, numbers may come as strings, as everywhere the service is read.
namespace InventoryParser {

struct Page
{
    // MySQL entries only, a PolarDB cluster as one entry per node.
    CloudInstanceList instances;
    // DBInstance / DBCluster entries on the page, whatever their engine.
    qsizetype entries = 0;
    // -1 when the answer did not say, or said something that is not a count.
    qint64 totalRecordCount = -1;
    qint64 pageNumber = -1;
    // Set when the page cannot be read; then nothing else is.
    FetchError error;
};

// Items.DBInstance[]: DBInstanceId, DBInstanceDescription, RegionId, Engine, EngineVersion,
// DBInstanceStatus.
Page rdsInstances(const QByteArray& body);
// Items.DBCluster[]: DBClusterId, DBClusterDescription, RegionId, DBType, DBVersion, DBClusterStatus
// and DBNodes.DBNode[] with DBNodeId, DBNodeRole.
Page polarDbClusters(const QByteArray& body);

} // namespace InventoryParser
