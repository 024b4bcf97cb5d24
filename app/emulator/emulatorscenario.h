// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/connectionsettings.h"
#include "emulatorfault.h"
#include "jsonwriter.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One emulated database instance: how many sessions it has, how its asynchronous results behave
// and how its responses are spelled. The scenario file's keys are documented in README.md.
struct EmulatorInstance
{
    enum class Engine
    {
        RdsMySql, // rm-...
        PolarDbMySql, // pc-..., has nodes
        PolarDbX, // pxc-..., reports SqlTemplateId
    };

    static constexpr int MaxSessions = 100000;

    QString instanceId;
    // Empty: NodeId is not checked. Otherwise NodeId must be one of these; the first is the primary.
    QStringList nodeIds;
    int sessions = 600;
    quint64 seed = 1;
    // RUNNING answers before the finished one; 0: the first call already returns the snapshot.
    int runningPolls = 2;
    int resultTtlSeconds = 120;
    // Simulated seconds between two finished snapshots.
    int tickSeconds = 5;
    // RUNNING answers of GetKillInstanceSessionTaskResult before the task's result.
    int killRunningPolls = 1;
    // Database accounts (user → password) that CreateKillInstanceSessionTask may kill as; empty:
    // any account is accepted.
    QMap<QString, QString> databaseAccounts;
    Engine engine = Engine::RdsMySql;
    // What DescribeDBInstances / DescribeDBClusters say of it (PolarDB-X instances are listed by
    // neither). An empty description is written as the instance id.
    QString regionId = QStringLiteral("cn-hangzhou");
    QString description;
    QString engineVersion = QStringLiteral("8.0");
    JsonStyle style;
    // Queued for the instance's first requests when the scenario is loaded.
    QList<EmulatorFault> faults;
    // Set: the instance serves and kills the real sessions of this server (RealServer) instead of
    // generated ones; `sessions`, `seed`, `tickSeconds` and `nodeIds` do not apply. Never read from a
    // scenario file, so that no password is ever written in one.
    std::optional<ConnectionSettings> server;

    // The engine an Alibaba Cloud instance id implies: pxc- PolarDB-X, pc- PolarDB, else RDS.
    static Engine engineForInstanceId(const QString& instanceId);
    static QString engineName(Engine engine);
};

// The account the instances belong to, as DescribeDBInstances (RDS) and DescribeDBClusters
// (PolarDB) list it: the scenario's instances, plus as many generated ones as asked for here, each a
// full instance whose sessions DAS serves.
struct EmulatorAccount
{
    static constexpr int MaxGenerated = 5000;

    // rm-acct-0001, ... (40 sessions each)
    int rdsInstances = 0;
    // pc-acct-0001 with nodes pi-acct-0001-1 (Writer), pi-acct-0001-2, ... (20 sessions a node)
    int polarDbClusters = 0;
    int nodesPerCluster = 2;
    QString regionId = QStringLiteral("cn-hangzhou");
    // Listing operations answered 403 Forbidden.RAM: DescribeDBInstances, DescribeDBClusters.
    QStringList deniedActions;

    // The generated instances.
    QList<EmulatorInstance> generatedInstances() const;
};

struct EmulatorScenario
{
    qint64 clockSkewSeconds = 0;
    QList<EmulatorInstance> instances;
    EmulatorAccount account;

    const EmulatorInstance* instance(const QString& instanceId) const;

    // rm-demo (600 sessions, 2 RUNNING polls), pc-demo (PolarDB, nodes pi-demo-1 and pi-demo-2),
    // pxc-demo (PolarDB-X, SqlTemplateId set) and rm-busy (20,000 sessions).
    static EmulatorScenario demo();
    // Strict: an unknown key, a wrong type or an out-of-range value is an error naming its path.
    static std::optional<EmulatorScenario> fromJson(const QByteArray& json, QString* error);
    static std::optional<EmulatorScenario> fromFile(const QString& path, QString* error);
};
