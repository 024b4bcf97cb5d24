// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/fetcherror.h"
#include "base/fetchoptions.h"
#include "fleetscheduler.h"
#include "profiles/instanceprofile.h"
#include "sessions/sessionsnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

class CredentialResolver;
class FleetClock;
class KeychainStore;
class SessionSource;

// Watches every instance profile in the background, each through a source of its own (built by
// SourceFactory from the credential CredentialResolver finds), at the moments a FleetScheduler
// chooses. Sources parse on worker threads, so nothing here blocks the event loop for long.
// Reports every snapshot and every failure by profile id; keeps nothing but the sources.
class FleetMonitor : public QObject
{
    Q_OBJECT

public:
    // `keychain` is not owned and may be null (no keychain references then); `clock` is not owned,
    // null for the event loop's.
    FleetMonitor(KeychainStore* keychain, const FleetScheduler::Options& options = {}, FleetClock* clock = nullptr,
        QObject* parent = nullptr);
    ~FleetMonitor() override;

    // The instances to watch: new ones are added, vanished ones dropped, and a changed one gets a
    // new source at its next fetch.
    void setProfiles(const QList<InstanceProfile>& profiles);
    QList<QUuid> profileIds() const;
    // How patiently each fetch is made (the sources' own retries and deadline).
    void setFetchOptions(const FetchOptions& options);
    // Fetch `id` every `intervalMs` (0: the fleet's default), e.g. the profile's own interval while
    // it is open in the monitor.
    void setIntervalMs(const QUuid& id, int intervalMs);
    int intervalMs(const QUuid& id) const { return m_scheduler->intervalMs(id); }
    FleetScheduler* scheduler() const { return m_scheduler; }

    // Which profiles share a backoff: the same AccessKey reference for DAS; a direct connection
    // has its own.
    static QString backoffKey(const InstanceProfile& profile);

signals:
    void fetchStarted(const QUuid& id);
    void snapshotTaken(const QUuid& id, const SnapshotPtr& snapshot);
    void fetchFailed(const QUuid& id, const FetchError& error);

private:
    struct Entry
    {
        InstanceProfile profile;
        QPointer<SessionSource> source;
        quint64 resolving = 0;
    };

    void onFetchDue(const QUuid& id);
    void onResolved(quint64 requestId, const Credential& credential, const QString& error);
    void startFetch(const QUuid& id);
    void fail(const QUuid& id, const FetchError& error);
    void dropSource(Entry& entry);

    CredentialResolver* m_resolver;
    FleetScheduler* m_scheduler;
    FetchOptions m_fetchOptions;
    QHash<QUuid, Entry> m_entries;
};
