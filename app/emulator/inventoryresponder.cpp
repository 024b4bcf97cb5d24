// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryresponder.h"

#include "jsonwriter.h"

namespace InventoryResponder {

namespace {

constexpr QLatin1StringView L(const char* text)
{
    return QLatin1StringView(text);
}

bool isRds(const QString& action)
{
    return action == QLatin1String("DescribeDBInstances");
}

Answer invalid(const QString& code, const QString& message)
{
    Answer answer;
    answer.status = 400;
    answer.code = code;
    answer.message = message;
    return answer;
}

} // namespace

QString hostId(const QString& action)
{
    return isRds(action) ? QStringLiteral("rds.aliyuncs.com") : QStringLiteral("polardb.aliyuncs.com");
}

Answer describe(const QString& action, const QMap<QString, QString>& params, const QList<EmulatorInstance>& instances,
    const QString& requestId, std::optional<qint64> totalOverride)
{
    const bool rds = isRds(action);
    const QString regionId = params.value(QStringLiteral("RegionId"));
    if (regionId.isEmpty())
        return invalid(QStringLiteral("MissingRegionId"), QStringLiteral("RegionId is mandatory for this action."));

    qint64 pageNumber = 1;
    if (params.contains(QStringLiteral("PageNumber"))) {
        bool ok = false;
        pageNumber = params.value(QStringLiteral("PageNumber")).toLongLong(&ok);
        if (!ok || pageNumber < 1 || pageNumber > 2147483647)
            return invalid(QStringLiteral("InvalidParameter"),
                QStringLiteral("PageNumber must be a whole number greater than 0, not \"%1\".")
                    .arg(params.value(QStringLiteral("PageNumber")).left(40)));
    }
    qint64 pageSize = 30;
    if (params.contains(QStringLiteral("PageSize"))) {
        bool ok = false;
        pageSize = params.value(QStringLiteral("PageSize")).toLongLong(&ok);
        const bool valid
            = ok && (rds ? pageSize >= 1 && pageSize <= 100 : (pageSize == 30 || pageSize == 50 || pageSize == 100));
        if (!valid)
            return invalid(QStringLiteral("InvalidParameter"),
                rds ? QStringLiteral("PageSize must be from 1 to 100, not \"%1\".")
                          .arg(params.value(QStringLiteral("PageSize")).left(40))
                    : QStringLiteral("PageSize must be 30, 50 or 100, not \"%1\".")
                          .arg(params.value(QStringLiteral("PageSize")).left(40)));
    }
    const QString engineFilter = params.value(rds ? QStringLiteral("Engine") : QStringLiteral("DBType"));

    QList<const EmulatorInstance*> listed;
    const EmulatorInstance::Engine wanted
        = rds ? EmulatorInstance::Engine::RdsMySql : EmulatorInstance::Engine::PolarDbMySql;
    for (const EmulatorInstance& instance : instances) {
        if (instance.engine != wanted || instance.regionId != regionId)
            continue;
        if (!engineFilter.isEmpty() && engineFilter.compare(QLatin1String("MySQL"), Qt::CaseInsensitive) != 0)
            continue;
        listed.append(&instance);
    }

    const qint64 first = (pageNumber - 1) * pageSize;
    const qint64 last = std::min<qint64>(listed.size(), first + pageSize);
    JsonWriter json({}, 4096);
    json.beginObject();
    json.key(L("Items"));
    json.beginObject();
    json.key(rds ? L("DBInstance") : L("DBCluster"));
    json.beginArray();
    for (qint64 i = first; i < last; ++i) {
        const EmulatorInstance& instance = *listed.at(i);
        const QString description = instance.description.isEmpty() ? instance.instanceId : instance.description;
        json.beginObject();
        if (rds) {
            json.key(L("DBInstanceId"));
            json.string(instance.instanceId);
            json.key(L("DBInstanceDescription"));
            json.string(description);
            json.key(L("RegionId"));
            json.string(instance.regionId);
            json.key(L("ZoneId"));
            json.string(instance.regionId + QStringLiteral("-i"));
            json.key(L("Engine"));
            json.string(L("MySQL"));
            json.key(L("EngineVersion"));
            json.string(instance.engineVersion);
            json.key(L("DBInstanceStatus"));
            json.string(L("Running"));
            json.key(L("DBInstanceType"));
            json.string(L("Primary"));
            json.key(L("DBInstanceClass"));
            json.string(L("mysql.n2.medium.1"));
            json.key(L("PayType"));
            json.string(L("Postpaid"));
        } else {
            json.key(L("DBClusterId"));
            json.string(instance.instanceId);
            json.key(L("DBClusterDescription"));
            json.string(description);
            json.key(L("RegionId"));
            json.string(instance.regionId);
            json.key(L("ZoneId"));
            json.string(instance.regionId + QStringLiteral("-i"));
            json.key(L("DBType"));
            json.string(L("MySQL"));
            json.key(L("DBVersion"));
            json.string(instance.engineVersion);
            json.key(L("Engine"));
            json.string(L("POLARDB"));
            json.key(L("DBClusterStatus"));
            json.string(L("Running"));
            json.key(L("DBNodeNumber"));
            json.integer(instance.nodeIds.size());
            json.key(L("DBNodes"));
            json.beginObject();
            json.key(L("DBNode"));
            json.beginArray();
            for (qsizetype node = 0; node < instance.nodeIds.size(); ++node) {
                json.beginObject();
                json.key(L("DBNodeId"));
                json.string(instance.nodeIds.at(node));
                json.key(L("DBNodeRole"));
                json.string(node == 0 ? L("Writer") : L("Reader"));
                json.key(L("DBNodeClass"));
                json.string(L("polar.mysql.x4.large"));
                json.key(L("RegionId"));
                json.string(instance.regionId);
                json.key(L("ZoneId"));
                json.string(instance.regionId + QStringLiteral("-i"));
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.key(L("TotalRecordCount"));
    json.integer(totalOverride.value_or(listed.size()));
    json.key(L("PageNumber"));
    json.integer(pageNumber);
    json.key(L("PageRecordCount"));
    json.integer(std::max<qint64>(0, last - first));
    json.key(L("RequestId"));
    json.string(requestId);
    json.endObject();
    Answer answer;
    answer.body = json.take();
    return answer;
}

QByteArray deniedBody(const QString& action, const QString& requestId)
{
    const QString ramAction = isRds(action) ? QStringLiteral("rds:") + action : QStringLiteral("polardb:") + action;
    JsonWriter json({}, 1024);
    json.beginObject();
    json.key(L("RequestId"));
    json.string(requestId);
    json.key(L("HostId"));
    json.string(hostId(action));
    json.key(L("Code"));
    json.string(L("Forbidden.RAM"));
    json.key(L("Message"));
    json.string(L("User not authorized to operate on the specified resource, or this API doesn't support RAM."));
    json.key(L("Recommend"));
    json.string(QStringLiteral("https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=%1&requestId=%2")
                    .arg(isRds(action) ? QStringLiteral("Rds") : QStringLiteral("polardb"), requestId));
    json.key(L("AccessDeniedDetail"));
    json.beginObject();
    json.key(L("AuthAction"));
    json.string(ramAction);
    json.key(L("NoPermissionType"));
    json.string(L("ImplicitDeny"));
    json.endObject();
    json.endObject();
    return json.take();
}

} // namespace InventoryResponder
