// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "das/snapshotfetch.h"
#include "sessionsource.h"

#include <QUrl>

class DasClient;
struct AccessKey;

// Snapshots through DAS GetMySQLAllSessionAsync.
class DasSource : public SessionSource
{
    Q_OBJECT

public:
    DasSource(const QUrl& endpoint, const AccessKey& key, const QString& instanceId, const QString& nodeId,
        const FetchOptions& options = {}, QObject* parent = nullptr);
    ~DasSource() override;

    void fetch() override;
    void cancel() override;
    bool isFetching() const override;
    QString instanceId() const override { return m_instanceId; }
    QString nodeId() const override { return m_nodeId; }

    DasClient* client() const { return m_client; }

private:
    DasClient* m_client;
    SnapshotFetch* m_fetch;
    QString m_instanceId;
    QString m_nodeId;
};
