// SPDX-License-Identifier: GPL-3.0-or-later
#include "dassource.h"

#include "das/dasclient.h"
#include "das/killtask.h"
#include "das/snapshotfetch.h"

#include <climits>
#include <cstdlib>

DasSource::DasSource(const QUrl& endpoint, const AccessKey& key, const QString& instanceId, const QString& nodeId,
    const FetchOptions& options, QObject* parent)
    : SessionSource(parent)
    , m_client(new DasClient(this))
    , m_fetch(new SnapshotFetch(m_client, instanceId, nodeId, options, this))
    , m_instanceId(instanceId)
    , m_nodeId(nodeId)
    , m_options(options)
{
    m_client->setEndpoint(endpoint);
    m_client->setAccessKey(key);
    m_client->setTransferTimeoutMs(options.transferTimeoutMs);
    connect(m_fetch, &SnapshotFetch::progress, this,
        [this](int pollCount) { emit progress(tr("poll %1").arg(pollCount)); });
    connect(m_fetch, &SnapshotFetch::retrying, this, &SessionSource::retrying);
    connect(m_fetch, &SnapshotFetch::clockSkewCorrected, this, [this](qint64 offsetMs) {
        // Rounded for people: "3599.1 s" is noise; whole minutes say it.
        const qint64 seconds = (std::abs(offsetMs) + 500) / 1000;
        emit notice(seconds >= 120 ? tr("The local clock is about %n min off the service's; requests are corrected.",
                        nullptr, int(std::min<qint64>((seconds + 30) / 60, INT_MAX)))
                                   : tr("The local clock is about %n s off the service's; requests are corrected.",
                                       nullptr, int(seconds)));
    });
    connect(m_fetch, &SnapshotFetch::finished, this, &SessionSource::snapshotReady);
    connect(m_fetch, &SnapshotFetch::failed, this, &SessionSource::fetchFailed);
}

DasSource::~DasSource()
{
    m_fetch->cancel();
}

void DasSource::setEndpointCaFile(const QString& path)
{
    m_client->setCaFile(path);
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

SessionSource::Capabilities DasSource::capabilities() const
{
    Capabilities capabilities;
    capabilities.killSession = true;
    return capabilities;
}

SourceCommand* DasSource::kill(const KillRequest& request, QObject* owner)
{
    if (request.scope == KillRequest::Scope::Query)
        return SessionSource::kill(request, owner);
    auto* command = new SourceCommand(request.sessionIds, owner);
    // The command owns the task: dropping the command stops the waiting (the service's task runs on).
    auto* task = new DasKillTask(m_client, m_instanceId, m_nodeId, request, m_options, command);
    connect(task, &DasKillTask::finished, command, [command, task](const CommandResult& result) {
        task->deleteLater();
        command->finish(result);
    });
    task->start();
    return command;
}

QString DasSource::killMethod(const KillRequest& request) const
{
    if (request.scope == KillRequest::Scope::Query)
        return SessionSource::killMethod(request);
    return DasKillTask::actionFor(request);
}
