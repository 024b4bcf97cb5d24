// SPDX-License-Identifier: GPL-3.0-or-later
#include "dassource.h"

#include "das/dasclient.h"
#include "das/snapshotfetch.h"

DasSource::DasSource(const QUrl& endpoint, const AccessKey& key, const QString& instanceId, const QString& nodeId,
    const FetchOptions& options, QObject* parent)
    : SessionSource(parent)
    , m_client(new DasClient(this))
    , m_fetch(new SnapshotFetch(m_client, instanceId, nodeId, options, this))
    , m_instanceId(instanceId)
    , m_nodeId(nodeId)
{
    m_client->setEndpoint(endpoint);
    m_client->setAccessKey(key);
    m_client->setTransferTimeoutMs(options.transferTimeoutMs);
    connect(m_fetch, &SnapshotFetch::progress, this,
        [this](int pollCount) { emit progress(tr("poll %1").arg(pollCount)); });
    connect(m_fetch, &SnapshotFetch::retrying, this, &SessionSource::retrying);
    connect(m_fetch, &SnapshotFetch::clockSkewCorrected, this, [this](qint64 offsetMs) {
        emit notice(tr("The local clock is %1 s off the service's; requests are corrected.").arg(offsetMs / 1000.0));
    });
    connect(m_fetch, &SnapshotFetch::finished, this, &SessionSource::snapshotReady);
    connect(m_fetch, &SnapshotFetch::failed, this, &SessionSource::fetchFailed);
}

DasSource::~DasSource()
{
    m_fetch->cancel();
}

void DasSource::fetch()
{
    if (!m_fetch->isRunning())
        m_fetch->start();
}

void DasSource::cancel()
{
    m_fetch->cancel();
}

bool DasSource::isFetching() const
{
    return m_fetch->isRunning();
}

QString DasSource::target() const
{
    return m_nodeId.isEmpty() ? m_instanceId : tr("%1 (node %2)").arg(m_instanceId, m_nodeId);
}
