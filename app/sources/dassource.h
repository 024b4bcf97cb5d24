// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/fetchoptions.h"
#include "sessionsource.h"

#include <QUrl>

class DasClient;
class SnapshotFetch;

// Snapshots through DAS GetMySQLAllSessionAsync; kills through DAS kill tasks (DasKillTask), which
// end connections only: DAS has no equivalent of KILL QUERY.
class DasSource : public SessionSource
{
    Q_OBJECT

public:
    DasSource(const QUrl& endpoint, const AccessKey& key, const QString& instanceId, const QString& nodeId,
        const FetchOptions& options = {}, QObject* parent = nullptr);
    ~DasSource() override;

    // The CAs trusted for the endpoint instead of the system's (DasClient::setCaFile).
    void setEndpointCaFile(const QString& path);

    void fetch() override;
    void cancel() override;
    bool isFetching() const override;
    QString target() const override;

    Capabilities capabilities() const override;
    // Runs a DasKillTask, as the request's database account when it has one, else as DAS's
    // maintenance user. Scope::Query is answered Unsupported.
    SourceCommand* kill(const KillRequest& request, QObject* owner) override;
    QString killMethod(const KillRequest& request) const override;

private:
    DasClient* m_client;
    SnapshotFetch* m_fetch;
    QString m_instanceId;
    QString m_nodeId;
    FetchOptions m_options;
};
