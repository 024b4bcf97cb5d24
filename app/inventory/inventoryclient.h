// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/fetcherror.h"
#include "cloudinstance.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

class DasCall;
class DasClient;

// Lists the MySQL databases of an account in one region: RDS instances through DescribeDBInstances
// (RDS 2014-08-15) and PolarDB clusters, node by node, through DescribeDBClusters (PolarDB
// 2017-08-01). Both are signed RPC calls like DAS's (DasClient), to each product's endpoint; every
// page is fetched, one request at a time. docs/reference/instance-inventory.md holds the facts the
// requests and the parsing rest on.
//
// Paging stops at the first of: as many entries as TotalRecordCount said, a short or empty page, a
// page that repeats entries already seen, MaxPages. A count the pages do not bear out ends the
// listing with what was listed and a warning, never a loop.
class InventoryClient : public QObject
{
    Q_OBJECT

public:
    enum class Product
    {
        Rds,
        PolarDb,
    };

    static constexpr char RdsVersion[] = "2014-08-15";
    static constexpr char PolarDbVersion[] = "2017-08-01";
    static constexpr char RdsAction[] = "DescribeDBInstances";
    static constexpr char PolarDbAction[] = "DescribeDBClusters";
    // Valid for both: RDS takes 1 to 100, PolarDB 30, 50 or 100.
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 500;

    struct Settings
    {
        AccessKey key;
        QString regionId;
        // Empty: defaultEndpoint(product, regionId).
        QUrl rdsEndpoint;
        QUrl polarDbEndpoint;
        // As DasClient::setCaFile.
        QString caFile;
        int transferTimeoutMs = 10'000;
    };

    explicit InventoryClient(QObject* parent = nullptr);
    ~InventoryClient() override;

    // The product's public endpoint for a region, as the SDKs choose it: the central one for the
    // regions they map to it, else <product>.<region>.aliyuncs.com.
    static QUrl defaultEndpoint(Product product, const QString& regionId);
    // Region ids are lower-case letters, digits and hyphens.
    static bool isValidRegionId(const QString& regionId);
    // The RAM action a product's listing needs, e.g. rds:DescribeDBInstances.
    static QString ramAction(Product product);

    // Starts listing; a listing under way is cancelled first. Reports exactly one of finished or
    // failed, from the event loop, unless cancelled.
    void start(const Settings& settings);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // "RDS instances, page 2", for a status line.
    void progress(const QString& detail);
    // RDS instances first, then PolarDB nodes, each in the service's order. `warnings` says where
    // the pages did not add up.
    void finished(const CloudInstanceList& instances, const QStringList& warnings);
    void failed(const FetchError& error);

private:
    void requestPage();
    void onPage(const QByteArray& body);
    void onFailed(const FetchError& error);
    void productDone();
    void finish();
    FetchError explained(FetchError error) const;

    DasClient* m_rds;
    DasClient* m_polarDb;
    QPointer<DasCall> m_call;
    Settings m_settings;
    bool m_running = false;
    Product m_product = Product::Rds;
    int m_page = 1;
    qint64 m_entriesSeen = 0;
    qint64 m_expectedTotal = -1;
    QSet<QString> m_seen;
    CloudInstanceList m_instances;
    QStringList m_warnings;
};
