// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/fetchoptions.h"
#include "sessionsource.h"

#include <QUrl>

class DasClient;
class SnapshotFetch;

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
    QString target() const override;

private:
    DasClient* m_client;
    SnapshotFetch* m_fetch;
    QString m_instanceId;
    QString m_nodeId;
};
