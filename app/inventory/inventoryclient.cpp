// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryclient.h"

#include "das/dasclient.h"
#include "das/daserrors.h"
#include "inventoryparser.h"

#include <QRegularExpression>

namespace {

QString productText(InventoryClient::Product product)
{
    return product == InventoryClient::Product::Rds ? InventoryClient::tr("RDS instances")
                                                    : InventoryClient::tr("PolarDB clusters");
}

} // namespace

InventoryClient::InventoryClient(QObject* parent)
    : QObject(parent)
    , m_rds(new DasClient(this))
    , m_polarDb(new DasClient(this))
{
    m_rds->setApiVersion(RdsVersion);
    m_polarDb->setApiVersion(PolarDbVersion);
}

InventoryClient::~InventoryClient() = default;

QUrl InventoryClient::defaultEndpoint(Product product, const QString& regionId)
{
    const QString name = product == Product::Rds ? QStringLiteral("rds") : QStringLiteral("polardb");
    // The regions the SDKs' endpoint maps send to the central endpoint of both products.
    static const QStringList central {QStringLiteral("cn-qingdao"), QStringLiteral("cn-beijing"),
        QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-shenzhen"),
        QStringLiteral("cn-hongkong"), QStringLiteral("ap-southeast-1"), QStringLiteral("us-west-1")};
    if (regionId.isEmpty() || central.contains(regionId))
        return QUrl(QStringLiteral("https://%1.aliyuncs.com/").arg(name));
    return QUrl(QStringLiteral("https://%1.%2.aliyuncs.com/").arg(name, regionId));
}

bool InventoryClient::isValidRegionId(const QString& regionId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return regionId.size() <= 64 && pattern.match(regionId).hasMatch();
}

QString InventoryClient::ramAction(Product product)
{
    return product == Product::Rds ? QStringLiteral("rds:DescribeDBInstances")
                                   : QStringLiteral("polardb:DescribeDBClusters");
}

void InventoryClient::start(const Settings& settings)
{
    cancel();
    m_settings = settings;
    for (DasClient* client : {m_rds, m_polarDb}) {
        client->setAccessKey(settings.key);
        client->setCaFile(settings.caFile);
        client->setTransferTimeoutMs(settings.transferTimeoutMs);
    }
    m_rds->setEndpoint(
        settings.rdsEndpoint.isEmpty() ? defaultEndpoint(Product::Rds, settings.regionId) : settings.rdsEndpoint);
    m_polarDb->setEndpoint(settings.polarDbEndpoint.isEmpty() ? defaultEndpoint(Product::PolarDb, settings.regionId)
                                                              : settings.polarDbEndpoint);
    m_running = true;
    m_product = Product::Rds;
    m_page = 1;
    m_entriesSeen = 0;
    m_expectedTotal = -1;
    m_seen.clear();
    m_instances.clear();
    m_warnings.clear();
    if (!isValidRegionId(settings.regionId)) {
        const FetchError error(FetchError::Category::BadRequest, QStringLiteral("InvalidRegionId"),
            tr("\"%1\" is not a region ID such as cn-hangzhou.").arg(settings.regionId));
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (m_running) {
                    m_running = false;
                    emit failed(error);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    requestPage();
}

void InventoryClient::cancel()
{
    m_running = false;
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

void InventoryClient::requestPage()
{
    const bool rds = m_product == Product::Rds;
    Acs3::QueryParams params {
        {QStringLiteral("RegionId"), m_settings.regionId},
        {rds ? QStringLiteral("Engine") : QStringLiteral("DBType"), QStringLiteral("MySQL")},
        {QStringLiteral("PageNumber"), QString::number(m_page)},
        {QStringLiteral("PageSize"), QString::number(PageSize)},
    };
    emit progress(tr("%1, page %2").arg(productText(m_product)).arg(m_page));
    DasClient* client = rds ? m_rds : m_polarDb;
    m_call = client->call(rds ? QByteArray(RdsAction) : QByteArray(PolarDbAction), params, this);
    connect(m_call, &DasCall::succeeded, this, &InventoryClient::onPage);
    connect(m_call, &DasCall::failed, this, &InventoryClient::onFailed);
}

void InventoryClient::onPage(const QByteArray& body)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (!m_running)
        return;
    const InventoryParser::Page page
        = m_product == Product::Rds ? InventoryParser::rdsInstances(body) : InventoryParser::polarDbClusters(body);
    if (page.error.isError()) {
        onFailed(page.error);
        return;
    }
    if (m_page == 1)
        m_expectedTotal = page.totalRecordCount;
    qsizetype added = 0;
    for (const CloudInstance& instance : page.instances) {
        if (m_seen.contains(instance.key()))
            continue;
        m_seen.insert(instance.key());
        m_instances.append(instance);
        ++added;
    }
    const qint64 before = m_entriesSeen;
    m_entriesSeen += page.entries;
    const QString what = productText(m_product);
    if (page.entries == 0 || (!page.instances.isEmpty() && added == 0)) {
        if (m_expectedTotal >= 0 && before < m_expectedTotal)
            m_warnings.append(tr("%1: the service counted %2 but listed %3; page %4 brought nothing new, so the "
                                 "listing stopped there.")
                                  .arg(what)
                                  .arg(m_expectedTotal)
                                  .arg(before)
                                  .arg(m_page));
        productDone();
        return;
    }
    if (m_expectedTotal >= 0 ? m_entriesSeen >= m_expectedTotal : page.entries < PageSize) {
        productDone();
        return;
    }
    if (m_page >= MaxPages) {
        m_warnings.append(tr("%1: stopped after %2 pages.").arg(what).arg(MaxPages));
        productDone();
        return;
    }
    ++m_page;
    requestPage();
}

void InventoryClient::productDone()
{
    if (m_product == Product::PolarDb) {
        finish();
        return;
    }
    m_product = Product::PolarDb;
    m_page = 1;
    m_entriesSeen = 0;
    m_expectedTotal = -1;
    requestPage();
}

void InventoryClient::finish()
{
    m_running = false;
    emit finished(m_instances, m_warnings);
}

void InventoryClient::onFailed(const FetchError& error)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (!m_running)
        return;
    m_running = false;
    emit failed(explained(error));
}

FetchError InventoryClient::explained(FetchError error) const
{
    const QString action = ramAction(m_product);
    switch (error.category()) {
    case FetchError::Category::Permission: {
        FetchError denied(error.category(), error.code(),
            tr("Listing %1 is not allowed: the RAM identity may not call %2. (%3)")
                .arg(productText(m_product), action, error.message()));
        denied.setRequestId(error.requestId());
        denied.setHttpStatus(error.httpStatus());
        denied.setHint(tr("Grant the RAM user or role the action %1 in the RAM console, or choose another "
                          "credential.")
                           .arg(action));
        return denied;
    }
    case FetchError::Category::Credentials:
        error.setHint(tr("The AccessKey was refused. Check the credential: its ID, its secret and, for an STS "
                         "token, that it has not expired."));
        break;
    case FetchError::Category::BadRequest:
        error.setHint(tr("The service rejected the request for %1 (page %2). Check the region and the endpoint.")
                          .arg(productText(m_product))
                          .arg(m_page));
        break;
    case FetchError::Category::MalformedResponse:
        error.setHint(
            tr("Page %1 of %2 could not be read; nothing was imported.").arg(m_page).arg(productText(m_product)));
        break;
    default:
        break;
    }
    return error;
}
