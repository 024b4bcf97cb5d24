// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryparser.h"

#include "das/jsonfield.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace InventoryParser {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InventoryParser", text);
}

QString text(const QJsonObject& object, const char* name)
{
    return DasJson::scalarText(DasJson::field(object, QLatin1StringView(name))).value_or(QString());
}

qint64 count(const QJsonObject& object, const char* name)
{
    bool ok = false;
    const qint64 value = text(object, name).toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

FetchError malformed(const QString& message)
{
    return FetchError(FetchError::Category::MalformedResponse, QStringLiteral("MalformedResponse"), message);
}

// The array at Items.<entry>: an object holding one entry is taken for an array of one (XML-minded
// gateways write it so); absent means none.
std::optional<QJsonArray> entries(const QJsonObject& root, const char* entry, FetchError* error)
{
    const QJsonValue items = DasJson::field(root, QLatin1StringView("Items"));
    if (items.isUndefined() || items.isNull())
        return QJsonArray();
    if (!items.isObject()) {
        *error = malformed(tr("Items is not an object."));
        return std::nullopt;
    }
    const QJsonValue list = DasJson::field(items.toObject(), QLatin1StringView(entry));
    if (list.isUndefined() || list.isNull())
        return QJsonArray();
    if (list.isObject())
        return QJsonArray {list};
    if (!list.isArray()) {
        *error = malformed(tr("Items.%1 is not a list.").arg(QLatin1String(entry)));
        return std::nullopt;
    }
    return list.toArray();
}

std::optional<QJsonObject> readRoot(const QByteArray& body, FetchError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = malformed(tr("The answer is not a JSON object (%1 bytes).").arg(body.size()));
        return std::nullopt;
    }
    return document.object();
}

bool isMySql(const QString& engine)
{
    return engine.isEmpty() || engine.compare(QLatin1String("MySQL"), Qt::CaseInsensitive) == 0;
}

void readCounts(const QJsonObject& root, Page& page)
{
    page.totalRecordCount = count(root, "TotalRecordCount");
    page.pageNumber = count(root, "PageNumber");
}

// A page of entries at Items.<entry>, each object among them read by readEntry into page.instances.
template<typename ReadEntry> Page readPage(const QByteArray& body, const char* entry, ReadEntry readEntry)
{
    Page page;
    const auto root = readRoot(body, &page.error);
    if (!root)
        return page;
    const auto list = entries(*root, entry, &page.error);
    if (!list)
        return page;
    readCounts(*root, page);
    page.entries = list->size();
    for (const QJsonValue& value : *list) {
        if (value.isObject())
            readEntry(value.toObject(), page.instances);
    }
    return page;
}

} // namespace

Page rdsInstances(const QByteArray& body)
{
    return readPage(body, "DBInstance", [](const QJsonObject& object, CloudInstanceList& instances) {
        CloudInstance instance;
        instance.kind = CloudInstance::Kind::Rds;
        instance.instanceId = text(object, "DBInstanceId");
        instance.engine = text(object, "Engine");
        if (instance.instanceId.isEmpty() || !isMySql(instance.engine))
            return;
        if (instance.engine.isEmpty())
            instance.engine = QStringLiteral("MySQL");
        instance.description = text(object, "DBInstanceDescription");
        instance.regionId = text(object, "RegionId");
        instance.engineVersion = text(object, "EngineVersion");
        instance.status = text(object, "DBInstanceStatus");
        instances.append(instance);
    });
}

Page polarDbClusters(const QByteArray& body)
{
    return readPage(body, "DBCluster", [](const QJsonObject& cluster, CloudInstanceList& instances) {
        CloudInstance base;
        base.kind = CloudInstance::Kind::PolarDbNode;
        base.instanceId = text(cluster, "DBClusterId");
        base.engine = text(cluster, "DBType");
        if (base.instanceId.isEmpty() || !isMySql(base.engine))
            return;
        if (base.engine.isEmpty())
            base.engine = QStringLiteral("MySQL");
        base.description = text(cluster, "DBClusterDescription");
        base.regionId = text(cluster, "RegionId");
        base.engineVersion = text(cluster, "DBVersion");
        base.status = text(cluster, "DBClusterStatus");
        QJsonArray nodes;
        const QJsonValue nodesValue = DasJson::field(cluster, QLatin1StringView("DBNodes"));
        if (nodesValue.isObject()) {
            const QJsonValue inner = DasJson::field(nodesValue.toObject(), QLatin1StringView("DBNode"));
            nodes = inner.isArray() ? inner.toArray() : (inner.isObject() ? QJsonArray {inner} : QJsonArray());
        } else if (nodesValue.isArray()) {
            nodes = nodesValue.toArray();
        }
        for (const QJsonValue& nodeValue : std::as_const(nodes)) {
            if (!nodeValue.isObject())
                continue;
            const QJsonObject node = nodeValue.toObject();
            CloudInstance instance = base;
            instance.nodeId = text(node, "DBNodeId");
            if (instance.nodeId.isEmpty())
                continue;
            instance.nodeRole = text(node, "DBNodeRole");
            const QString nodeRegion = text(node, "RegionId");
            if (instance.regionId.isEmpty())
                instance.regionId = nodeRegion;
            instances.append(instance);
        }
    });
}

} // namespace InventoryParser
