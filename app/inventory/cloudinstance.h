// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One database an account can watch through DAS: an RDS MySQL instance, or one node of a PolarDB
// MySQL cluster (DAS reads a cluster's sessions node by node). What DescribeDBInstances and
// DescribeDBClusters said about it, nothing secret.
struct CloudInstance
{
    Q_DECLARE_TR_FUNCTIONS(CloudInstance)

public:
    enum class Kind
    {
        Rds,
        PolarDbNode,
    };

    Kind kind = Kind::Rds;
    // DBInstanceId, or the cluster's DBClusterId.
    QString instanceId;
    // The node's DBNodeId; empty for RDS.
    QString nodeId;
    // Writer, Reader, ...; empty for RDS.
    QString nodeRole;
    // DBInstanceDescription or DBClusterDescription.
    QString description;
    QString regionId;
    // Engine (RDS) or DBType (PolarDB): MySQL.
    QString engine;
    // EngineVersion (RDS) or DBVersion (PolarDB).
    QString engineVersion;
    // DBInstanceStatus or DBClusterStatus.
    QString status;

    // The stable name of the kind, as in the CSV: rds, polardb.
    static QString kindName(Kind kind);
    // For the user: "RDS MySQL", "PolarDB MySQL node".
    static QString kindText(Kind kind);
    // What identifies it among an account's databases: the instance and node ids.
    QString key() const;
    // A name for a profile: the description when there is one, else the id; a node adds its id.
    QString suggestedName() const;

    friend bool operator==(const CloudInstance&, const CloudInstance&) = default;
};

using CloudInstanceList = QList<CloudInstance>;
