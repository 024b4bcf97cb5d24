// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmonitor.h"

#include "credentials/credentialresolver.h"
#include "instancemonitor.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"

FleetMonitor::FleetMonitor(
    KeychainStore* keychain, const FleetScheduler::Options& options, FleetClock* clock, QObject* parent)
    : QObject(parent)
    , m_resolver(new CredentialResolver(keychain, this))
    , m_scheduler(new FleetScheduler(clock, options, this))
{
    // A snapshot the service is slow to collect fails within the scheduler's timeout, not after it.
    setFetchOptions({});
    connect(m_scheduler, &FleetScheduler::fetchDue, this, &FleetMonitor::onFetchDue);
    connect(m_scheduler, &FleetScheduler::fetchTimedOut, this, [this](const QUuid& id) {
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            return;
        if (it->source)
            it->source->cancel();
        it->resolving = 0;
        emit fetchFailed(id,
            FetchError(FetchError::Category::DeadlineExceeded, QStringLiteral("DeadlineExceeded"),
                tr("No snapshot within %1 s.").arg(m_scheduler->options().fetchTimeoutMs / 1000)));
    });
    connect(m_resolver, &CredentialResolver::resolved, this, [this](const CredentialResolver::Result& result) {
        onResolved(result.requestId, result.credential, result.isValid() ? QString() : result.error);
    });
}

FleetMonitor::~FleetMonitor()
{
    for (Entry& entry : m_entries)
        dropSource(entry);
}

QString FleetMonitor::backoffKey(const InstanceProfile& profile)
{
    if (profile.source == InstanceProfile::Source::MySql)
        return QStringLiteral("mysql/") + profile.id.toString(QUuid::WithoutBraces);
    return QStringLiteral("das/") + InstanceProfile::credentialKindName(profile.credential.kind) + QLatin1Char('/')
        + profile.credential.name.trimmed();
}

void FleetMonitor::setProfiles(const QList<InstanceProfile>& profiles)
{
    QSet<QUuid> wanted;
    for (const InstanceProfile& profile : profiles) {
        wanted.insert(profile.id);
        auto it = m_entries.find(profile.id);
        if (it == m_entries.end()) {
            m_entries.insert(profile.id, Entry {profile, {}, 0});
        } else if (!(it->profile == profile)) {
            it->profile = profile;
            // Watched as it is now from the next fetch on; the one running for the old settings is
            // dropped, its slot freed.
            dropSource(*it);
            it->resolving = 0;
            if (m_scheduler->isInFlight(profile.id))
                m_scheduler->finished(profile.id);
        }
        if (!isFollowed(profile.id))
            m_scheduler->add(profile.id, backoffKey(profile), m_scheduler->intervalMs(profile.id));
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        m_scheduler->remove(it.key());
        dropSource(*it);
        it = m_entries.erase(it);
    }
}

void FleetMonitor::setFetchOptions(const FetchOptions& options)
{
    m_fetchOptions = options;
    m_fetchOptions.deadlineMs = std::min(m_fetchOptions.deadlineMs, m_scheduler->options().fetchTimeoutMs);
}

QList<QUuid> FleetMonitor::profileIds() const
{
    return m_entries.keys();
}

void FleetMonitor::setIntervalMs(const QUuid& id, int intervalMs)
{
    m_scheduler->setIntervalMs(id, intervalMs);
}

int FleetMonitor::intervalMs(const QUuid& id) const
{
    // Until the monitor watches the instance, its interval is still the previous one's.
    if (isFollowed(id))
        return m_monitor->source() && m_monitor->refreshIntervalMs() > 0 ? m_monitor->refreshIntervalMs()
                                                                         : m_openIntervalMs;
    return m_scheduler->intervalMs(id);
}

void FleetMonitor::follow(InstanceMonitor* monitor)
{
    if (m_monitor == monitor)
        return;
    const bool wasFollowed = isFollowed(m_open);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (monitor) {
        // A switch of instance clears the monitor (a null snapshot) before the profile open changes,
        // so whatever arrives while a profile is open is that profile's.
        connect(monitor, &InstanceMonitor::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
            if (snapshot && isFollowed(m_open))
                emit snapshotTaken(m_open, snapshot);
        });
        connect(monitor, &InstanceMonitor::errorOccurred, this, [this](const FetchError& error) {
            if (!isFollowed(m_open))
                return;
            // The service throttling the monitor throttles the others with the same key as well.
            if (error.category() == FetchError::Category::Throttling)
                m_scheduler->throttledKey(backoffKey(m_entries.value(m_open).profile), error);
            emit fetchFailed(m_open, error);
        });
        connect(monitor, &InstanceMonitor::retrying, this, [this](const FetchError& error) {
            if (isFollowed(m_open) && error.category() == FetchError::Category::Throttling)
                m_scheduler->throttledKey(backoffKey(m_entries.value(m_open).profile), error);
        });
        connect(monitor, &InstanceMonitor::stateChanged, this, [this](InstanceMonitor::State state) {
            if (state == InstanceMonitor::State::Fetching && isFollowed(m_open))
                emit fetchStarted(m_open);
        });
    }
    if (wasFollowed && !isFollowed(m_open))
        resume(m_open);
    else if (!wasFollowed && isFollowed(m_open))
        suspend(m_open);
}

void FleetMonitor::setOpenProfile(const QUuid& id, int intervalMs)
{
    const QUuid previous = m_open;
    const bool wasFollowed = isFollowed(previous);
    m_open = id;
    m_openIntervalMs = intervalMs;
    if (!previous.isNull() && previous != id) {
        if (wasFollowed)
            resume(previous);
        else
            m_scheduler->setIntervalMs(previous, 0);
    }
    if (id.isNull())
        return;
    if (isFollowed(id))
        suspend(id);
    else
        m_scheduler->setIntervalMs(id, intervalMs);
}

bool FleetMonitor::isFollowed(const QUuid& id) const
{
    return !id.isNull() && id == m_open && m_monitor && m_entries.contains(id);
}

void FleetMonitor::suspend(const QUuid& id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !m_scheduler->contains(id))
        return;
    if (it->source)
        it->source->cancel();
    it->resolving = 0;
    m_scheduler->remove(id);
}

void FleetMonitor::resume(const QUuid& id)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || m_scheduler->contains(id))
        return;
    // The monitor has just fetched it: the fleet's next fetch is a cadence away, not at once.
    m_scheduler->add(id, backoffKey(it->profile), 0, FleetScheduler::FirstFetch::AfterInterval);
}

void FleetMonitor::onFetchDue(const QUuid& id)
{
    if (!m_entries.contains(id)) {
        m_scheduler->finished(id);
        return;
    }
    emit fetchStarted(id);
    // Looked up after the signal: a receiver may have changed the profiles.
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->source) {
        startFetch(id);
        return;
    }
    const InstanceProfile& profile = it->profile;
    it->resolving = profile.source == InstanceProfile::Source::MySql
        ? m_resolver->resolveLogin(profile.credential, profile.databaseUser)
        : m_resolver->resolve(profile.credential);
}

void FleetMonitor::onResolved(quint64 requestId, const Credential& credential, const QString& error)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->resolving != requestId || requestId == 0)
            continue;
        it->resolving = 0;
        const QUuid id = it.key();
        if (!error.isEmpty()) {
            fail(id, FetchError(FetchError::Category::Credentials, QStringLiteral("NoCredentials"), error));
            return;
        }
        SourceFactory::Created created = SourceFactory::create(it->profile, credential, m_fetchOptions);
        if (!created.source) {
            fail(id, FetchError(FetchError::Category::Credentials, QStringLiteral("NoCredentials"), created.error));
            return;
        }
        SessionSource* source = created.source.release();
        source->setParent(this);
        it->source = source;
        connect(source, &SessionSource::snapshotReady, this, [this, id, source](const SnapshotPtr& snapshot) {
            if (!m_entries.contains(id) || m_entries[id].source != source)
                return;
            m_scheduler->finished(id);
            emit snapshotTaken(id, snapshot);
        });
        connect(source, &SessionSource::fetchFailed, this, [this, id, source](const FetchError& failure) {
            auto entry = m_entries.find(id);
            if (entry == m_entries.end() || entry->source != source)
                return;
            // A credential that stopped working is looked up again before the next fetch.
            if (failure.category() == FetchError::Category::Credentials)
                dropSource(*entry);
            fail(id, failure);
        });
        connect(source, &SessionSource::retrying, this, [this, id](const FetchError& failure, int, int) {
            if (failure.category() == FetchError::Category::Throttling)
                m_scheduler->throttled(id, failure);
        });
        startFetch(id);
        return;
    }
}

void FleetMonitor::startFetch(const QUuid& id)
{
    const Entry& entry = m_entries[id];
    if (!entry.source->isFetching())
        entry.source->fetch();
}

void FleetMonitor::fail(const QUuid& id, const FetchError& error)
{
    m_scheduler->finished(id, error);
    emit fetchFailed(id, error);
}

void FleetMonitor::dropSource(Entry& entry)
{
    if (!entry.source)
        return;
    disconnect(entry.source, nullptr, this, nullptr);
    entry.source->cancel();
    entry.source->deleteLater();
    entry.source = nullptr;
}
