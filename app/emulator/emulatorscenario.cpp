// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatorscenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace {

struct ScenarioError
{
    QString message;
};

[[noreturn]] void fail(const QString& path, const QString& what)
{
    throw ScenarioError {path % QLatin1String(": ") % what};
}

QString member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path % QLatin1Char('.') % key;
}

QString element(const QString& path, qsizetype index)
{
    return path % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

void rejectUnknownKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool found = false;
        for (const char* name : known)
            found = found || it.key() == QLatin1String(name);
        if (!found)
            fail(member(path, it.key()), QStringLiteral("unknown key"));
    }
}

qint64 readInteger(const QJsonValue& value, const QString& path, qint64 min, qint64 max)
{
    const double d = value.toDouble();
    if (!value.isDouble() || std::floor(d) != d)
        fail(path, QStringLiteral("expected an integer"));
    if (d < double(min) || d > double(max))
        fail(path, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return static_cast<qint64>(d);
}

QString readString(const QJsonValue& value, const QString& path)
{
    if (!value.isString())
        fail(path, QStringLiteral("expected a string"));
    return value.toString();
}

bool readBool(const QJsonValue& value, const QString& path)
{
    if (!value.isBool())
        fail(path, QStringLiteral("expected true or false"));
    return value.toBool();
}

EmulatorFault readFault(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        fail(path, QStringLiteral("expected an object"));
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(object, path, {"type", "times", "phase", "retryAfterMs", "stallMs", "code"});
    EmulatorFault fault;
    const QString typePath = member(path, QStringLiteral("type"));
    if (!object.contains(QLatin1String("type")))
        fail(typePath, QStringLiteral("missing"));
    const QString typeName = readString(object.value(QLatin1String("type")), typePath);
    const auto type = EmulatorFault::typeFromName(typeName);
    if (!type) {
        fail(typePath,
            QStringLiteral("unknown fault type \"%1\" (known: %2)")
                .arg(typeName, EmulatorFault::typeNames().join(QLatin1String(", "))));
    }
    fault.type = *type;
    if (object.contains(QLatin1String("times")))
        fault.times = int(
            readInteger(object.value(QLatin1String("times")), member(path, QStringLiteral("times")), 1, 1'000'000'000));
    if (object.contains(QLatin1String("phase"))) {
        const QString phasePath = member(path, QStringLiteral("phase"));
        const QString phaseName = readString(object.value(QLatin1String("phase")), phasePath);
        const auto phase = EmulatorFault::phaseFromName(phaseName);
        if (!phase)
            fail(phasePath, QStringLiteral("unknown phase \"%1\" (known: any, first, poll)").arg(phaseName));
        fault.phase = *phase;
    }
    if (object.contains(QLatin1String("retryAfterMs")))
        fault.retryAfterMs = int(readInteger(
            object.value(QLatin1String("retryAfterMs")), member(path, QStringLiteral("retryAfterMs")), 0, 86'400'000));
    if (object.contains(QLatin1String("stallMs")))
        fault.stallMs = int(
            readInteger(object.value(QLatin1String("stallMs")), member(path, QStringLiteral("stallMs")), 0, 3'600'000));
    if (object.contains(QLatin1String("code")))
        fault.code = readString(object.value(QLatin1String("code")), member(path, QStringLiteral("code")));
    return fault;
}

EmulatorInstance readInstance(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        fail(path, QStringLiteral("expected an object"));
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(object, path,
        {"instanceId", "nodeIds", "sessions", "seed", "runningPolls", "resultTtlSeconds", "tickSeconds", "engine",
            "keyStyle", "stringNumbers", "faults", "killRunningPolls", "databaseAccounts", "regionId", "description",
            "engineVersion"});
    EmulatorInstance instance;
    const QString idPath = member(path, QStringLiteral("instanceId"));
    if (!object.contains(QLatin1String("instanceId")))
        fail(idPath, QStringLiteral("missing"));
    instance.instanceId = readString(object.value(QLatin1String("instanceId")), idPath);
    if (instance.instanceId.isEmpty())
        fail(idPath, QStringLiteral("must not be empty"));
    instance.engine = EmulatorInstance::engineForInstanceId(instance.instanceId);

    const auto integer = [&](const char* name, qint64 min, qint64 max, auto& target) {
        if (object.contains(QLatin1String(name))) {
            using Target = std::remove_reference_t<decltype(target)>;
            target = static_cast<Target>(
                readInteger(object.value(QLatin1String(name)), member(path, QLatin1String(name)), min, max));
        }
    };
    integer("sessions", 0, EmulatorInstance::MaxSessions, instance.sessions);
    // Seeds stay below 2^53 so that JSON numbers carry them exactly.
    integer("seed", 0, 9'007'199'254'740'991LL, instance.seed);
    integer("runningPolls", 0, 1000, instance.runningPolls);
    integer("resultTtlSeconds", 1, 86400, instance.resultTtlSeconds);
    integer("tickSeconds", 0, 86400, instance.tickSeconds);
    integer("killRunningPolls", 0, 1000, instance.killRunningPolls);
    if (object.contains(QLatin1String("regionId")))
        instance.regionId
            = readString(object.value(QLatin1String("regionId")), member(path, QStringLiteral("regionId")));
    if (object.contains(QLatin1String("description")))
        instance.description
            = readString(object.value(QLatin1String("description")), member(path, QStringLiteral("description")));
    if (object.contains(QLatin1String("engineVersion")))
        instance.engineVersion
            = readString(object.value(QLatin1String("engineVersion")), member(path, QStringLiteral("engineVersion")));
    if (object.contains(QLatin1String("databaseAccounts"))) {
        const QString accountsPath = member(path, QStringLiteral("databaseAccounts"));
        const QJsonValue accounts = object.value(QLatin1String("databaseAccounts"));
        if (!accounts.isObject())
            fail(accountsPath, QStringLiteral("expected an object of user names to passwords"));
        const QJsonObject map = accounts.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (it.key().isEmpty())
                fail(accountsPath, QStringLiteral("user names must not be empty"));
            instance.databaseAccounts.insert(it.key(), readString(it.value(), member(accountsPath, it.key())));
        }
    }

    if (object.contains(QLatin1String("nodeIds"))) {
        const QString nodesPath = member(path, QStringLiteral("nodeIds"));
        const QJsonValue nodes = object.value(QLatin1String("nodeIds"));
        if (!nodes.isArray())
            fail(nodesPath, QStringLiteral("expected an array of strings"));
        const QJsonArray array = nodes.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString node = readString(array.at(i), element(nodesPath, i));
            if (node.isEmpty() || instance.nodeIds.contains(node))
                fail(element(nodesPath, i), QStringLiteral("node ids must be non-empty and distinct"));
            instance.nodeIds.append(node);
        }
    }
    if (object.contains(QLatin1String("engine"))) {
        const QString enginePath = member(path, QStringLiteral("engine"));
        const QString name = readString(object.value(QLatin1String("engine")), enginePath);
        if (name == QLatin1String("rds"))
            instance.engine = EmulatorInstance::Engine::RdsMySql;
        else if (name == QLatin1String("polardb"))
            instance.engine = EmulatorInstance::Engine::PolarDbMySql;
        else if (name == QLatin1String("polardbx"))
            instance.engine = EmulatorInstance::Engine::PolarDbX;
        else
            fail(enginePath, QStringLiteral("unknown engine \"%1\" (known: rds, polardb, polardbx)").arg(name));
    }
    if (object.contains(QLatin1String("keyStyle"))) {
        const QString stylePath = member(path, QStringLiteral("keyStyle"));
        const QString name = readString(object.value(QLatin1String("keyStyle")), stylePath);
        if (name == QLatin1String("PascalCase"))
            instance.style.lowerCamelKeys = false;
        else if (name == QLatin1String("lowerCamel"))
            instance.style.lowerCamelKeys = true;
        else
            fail(stylePath, QStringLiteral("unknown key style \"%1\" (known: PascalCase, lowerCamel)").arg(name));
    }
    if (object.contains(QLatin1String("stringNumbers")))
        instance.style.stringScalars
            = readBool(object.value(QLatin1String("stringNumbers")), member(path, QStringLiteral("stringNumbers")));
    if (object.contains(QLatin1String("faults"))) {
        const QString faultsPath = member(path, QStringLiteral("faults"));
        const QJsonValue faults = object.value(QLatin1String("faults"));
        if (!faults.isArray())
            fail(faultsPath, QStringLiteral("expected an array"));
        const QJsonArray array = faults.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            instance.faults.append(readFault(array.at(i), element(faultsPath, i)));
    }
    return instance;
}

EmulatorAccount readAccount(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        fail(path, QStringLiteral("expected an object"));
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(
        object, path, {"rdsInstances", "polarDbClusters", "nodesPerCluster", "regionId", "deniedActions"});
    EmulatorAccount account;
    const auto integer = [&](const char* name, qint64 min, qint64 max, int& target) {
        if (object.contains(QLatin1String(name)))
            target = int(readInteger(object.value(QLatin1String(name)), member(path, QLatin1String(name)), min, max));
    };
    integer("rdsInstances", 0, EmulatorAccount::MaxGenerated, account.rdsInstances);
    integer("polarDbClusters", 0, EmulatorAccount::MaxGenerated, account.polarDbClusters);
    integer("nodesPerCluster", 1, 16, account.nodesPerCluster);
    if (object.contains(QLatin1String("regionId")))
        account.regionId
            = readString(object.value(QLatin1String("regionId")), member(path, QStringLiteral("regionId")));
    if (object.contains(QLatin1String("deniedActions"))) {
        const QString deniedPath = member(path, QStringLiteral("deniedActions"));
        const QJsonValue denied = object.value(QLatin1String("deniedActions"));
        if (!denied.isArray())
            fail(deniedPath, QStringLiteral("expected an array of action names"));
        const QJsonArray array = denied.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString action = readString(array.at(i), element(deniedPath, i));
            if (action != QLatin1String("DescribeDBInstances") && action != QLatin1String("DescribeDBClusters"))
                fail(element(deniedPath, i),
                    QStringLiteral("unknown action \"%1\" (known: DescribeDBInstances, DescribeDBClusters)")
                        .arg(action));
            account.deniedActions.append(action);
        }
    }
    return account;
}

EmulatorInstance demoInstance(const char* id, int sessions, quint64 seed, int runningPolls)
{
    EmulatorInstance instance;
    instance.instanceId = QLatin1String(id);
    instance.engine = EmulatorInstance::engineForInstanceId(instance.instanceId);
    instance.sessions = sessions;
    instance.seed = seed;
    instance.runningPolls = runningPolls;
    return instance;
}

} // namespace

EmulatorInstance::Engine EmulatorInstance::engineForInstanceId(const QString& instanceId)
{
    if (instanceId.startsWith(QLatin1String("pxc-")))
        return Engine::PolarDbX;
    if (instanceId.startsWith(QLatin1String("pc-")))
        return Engine::PolarDbMySql;
    return Engine::RdsMySql;
}

QString EmulatorInstance::engineName(Engine engine)
{
    switch (engine) {
    case Engine::RdsMySql:
        return QStringLiteral("rds");
    case Engine::PolarDbMySql:
        return QStringLiteral("polardb");
    case Engine::PolarDbX:
        return QStringLiteral("polardbx");
    }
    return {};
}

QList<EmulatorInstance> EmulatorAccount::generatedInstances() const
{
    QList<EmulatorInstance> generated;
    for (int i = 1; i <= rdsInstances; ++i) {
        EmulatorInstance instance;
        instance.instanceId = QStringLiteral("rm-acct-%1").arg(i, 4, 10, QLatin1Char('0'));
        instance.engine = EmulatorInstance::Engine::RdsMySql;
        instance.description = QStringLiteral("orders-%1").arg(i, 4, 10, QLatin1Char('0'));
        instance.regionId = regionId;
        instance.engineVersion = i % 3 == 0 ? QStringLiteral("5.7") : QStringLiteral("8.0");
        instance.sessions = 40;
        instance.seed = 1000 + quint64(i);
        instance.runningPolls = 1;
        generated.append(instance);
    }
    for (int i = 1; i <= polarDbClusters; ++i) {
        EmulatorInstance instance;
        instance.instanceId = QStringLiteral("pc-acct-%1").arg(i, 4, 10, QLatin1Char('0'));
        instance.engine = EmulatorInstance::Engine::PolarDbMySql;
        instance.description = QStringLiteral("analytics-%1").arg(i, 4, 10, QLatin1Char('0'));
        instance.regionId = regionId;
        for (int node = 1; node <= nodesPerCluster; ++node)
            instance.nodeIds.append(QStringLiteral("pi-acct-%1-%2").arg(i, 4, 10, QLatin1Char('0')).arg(node));
        instance.sessions = 20;
        instance.seed = 5000 + quint64(i);
        instance.runningPolls = 1;
        generated.append(instance);
    }
    return generated;
}

const EmulatorInstance* EmulatorScenario::instance(const QString& instanceId) const
{
    for (const EmulatorInstance& candidate : instances) {
        if (candidate.instanceId == instanceId)
            return &candidate;
    }
    return nullptr;
}

EmulatorScenario EmulatorScenario::demo()
{
    EmulatorScenario scenario;
    scenario.instances.append(demoInstance("rm-demo", 600, 7, 2));
    EmulatorInstance polar = demoInstance("pc-demo", 300, 11, 1);
    polar.nodeIds = {QStringLiteral("pi-demo-1"), QStringLiteral("pi-demo-2")};
    scenario.instances.append(polar);
    scenario.instances.append(demoInstance("pxc-demo", 200, 13, 1));
    scenario.instances.append(demoInstance("rm-busy", 20000, 17, 1));
    return scenario;
}

std::optional<EmulatorScenario> EmulatorScenario::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError)
            fail(QStringLiteral("scenario"),
                QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
        if (!document.isObject())
            fail(QStringLiteral("scenario"), QStringLiteral("expected a JSON object"));
        const QJsonObject root = document.object();
        rejectUnknownKeys(root, QString(), {"clockSkewSeconds", "instances", "account"});
        EmulatorScenario scenario;
        if (root.contains(QLatin1String("clockSkewSeconds")))
            scenario.clockSkewSeconds = readInteger(root.value(QLatin1String("clockSkewSeconds")),
                QStringLiteral("clockSkewSeconds"), -10 * 365 * 86400LL, 10 * 365 * 86400LL);
        if (root.contains(QLatin1String("account")))
            scenario.account = readAccount(root.value(QLatin1String("account")), QStringLiteral("account"));
        const QJsonValue instances = root.value(QLatin1String("instances"));
        if (!instances.isArray())
            fail(QStringLiteral("instances"), QStringLiteral("expected an array of instances"));
        const QJsonArray array = instances.toArray();
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = element(QStringLiteral("instances"), i);
            EmulatorInstance instance = readInstance(array.at(i), path);
            if (ids.contains(instance.instanceId))
                fail(member(path, QStringLiteral("instanceId")),
                    QStringLiteral("duplicate instance id \"%1\"").arg(instance.instanceId));
            ids.insert(instance.instanceId);
            scenario.instances.append(std::move(instance));
        }
        return scenario;
    } catch (const ScenarioError& failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    }
}

std::optional<EmulatorScenario> EmulatorScenario::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString detail;
    auto scenario = fromJson(file.readAll(), &detail);
    if (!scenario && error)
        *error = path % QLatin1String(": ") % detail;
    return scenario;
}
