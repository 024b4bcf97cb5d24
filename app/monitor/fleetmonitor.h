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
class InstanceMonitor;
class KeychainStore;
class SessionSource;

// Watches every instance profile in the background, each through a source of its own (built by
// SourceFactory from the credential CredentialResolver finds), at the moments a FleetScheduler
// chooses. Sources parse on worker threads, so nothing here blocks the event loop for long.
// Reports every snapshot and every failure by profile id; keeps nothing but the sources.
// The instance open in the monitor it follows is not fetched a second time: while it is open, its
// snapshots and failures are the monitor's, reported under its profile id.
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
    // How often `id` is fetched: by the followed monitor while it is open there.
    int intervalMs(const QUuid& id) const;
    FleetScheduler* scheduler() const { return m_scheduler; }

    // Takes the news of the instance open in `monitor` from it (not owned; null: none) instead of
    // fetching that instance as well.
    void follow(InstanceMonitor* monitor);
    // The profile open in the followed monitor, fetched at `intervalMs` (its profile's); null: none
    // (or an instance that is not a saved profile). The fleet stops fetching it while it is open and
    // takes it back on its own schedule when another is opened. Without a followed monitor the
    // fleet fetches it itself, at `intervalMs`.
    void setOpenProfile(const QUuid& id, int intervalMs);
    QUuid openProfile() const { return m_open; }
    // Whether `id`'s news comes from the followed monitor rather than from fetches of the fleet's own.
    bool isFollowed(const QUuid& id) const;

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
    // Stops fetching `id` (a running fetch is cancelled, its slot freed) / fetches it again.
    void suspend(const QUuid& id);
    void resume(const QUuid& id);

    CredentialResolver* m_resolver;
    FleetScheduler* m_scheduler;
    FetchOptions m_fetchOptions;
    QHash<QUuid, Entry> m_entries;
    QPointer<InstanceMonitor> m_monitor;
    QUuid m_open;
    int m_openIntervalMs = 0;
};
