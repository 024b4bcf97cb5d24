// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmonitor.h"

#include "credentials/credentialresolver.h"
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
