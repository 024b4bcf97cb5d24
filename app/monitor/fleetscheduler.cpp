// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetscheduler.h"

#include "base/backoff.h"
#include "fleetclock.h"

#include <algorithm>
#include <limits>

FleetScheduler::FleetScheduler(FleetClock* clock, QObject* parent)
    : FleetScheduler(clock, Options {}, parent)
{ }

FleetScheduler::FleetScheduler(FleetClock* clock, const Options& options, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : new FleetClock(this))
    , m_options(options)
    , m_random(options.seed ? QRandomGenerator(options.seed) : QRandomGenerator::securelySeeded())
{
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.jitter = std::clamp(m_options.jitter, 0.0, 0.5);
    connect(m_clock, &FleetClock::wake, this, &FleetScheduler::schedule);
}

FleetScheduler::~FleetScheduler() = default;

void FleetScheduler::add(const QUuid& id, const QString& backoffKey, int intervalMs, FirstFetch first)
{
    const int interval = intervalMs > 0 ? intervalMs : m_options.defaultIntervalMs;
    if (auto it = m_entries.find(id); it != m_entries.end()) {
        it->key = backoffKey;
        if (it->intervalMs != interval)
            setIntervalMs(id, interval);
        return;
    }
    Entry entry;
    entry.key = backoffKey;
    entry.intervalMs = interval;
    const int spread = std::max(1, std::min(m_options.firstSpreadMs, interval));
    entry.dueAtMs
        = m_clock->nowMs() + (first == FirstFetch::AfterInterval ? jittered(interval) : m_random.bounded(spread));
    m_entries.insert(id, entry);
    schedule();
}

void FleetScheduler::remove(const QUuid& id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->inFlight)
        --m_inFlight;
    m_entries.erase(it);
    schedule();
}

void FleetScheduler::setIntervalMs(const QUuid& id, int intervalMs)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const int interval = intervalMs > 0 ? intervalMs : m_options.defaultIntervalMs;
    if (it->intervalMs == interval)
        return;
    // A shorter cadence takes effect now rather than after the longer wait already planned.
    if (!it->inFlight)
        it->dueAtMs = std::min(it->dueAtMs, m_clock->nowMs() + jittered(interval));
    it->intervalMs = interval;
    schedule();
}

int FleetScheduler::intervalMs(const QUuid& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? 0 : it->intervalMs;
}

void FleetScheduler::finished(const QUuid& id, const FetchError& error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->inFlight)
        return;
    release(*it);
    const QString key = it->key;
    if (error.category() == FetchError::Category::Throttling) {
        backOff(key, error);
    } else if (!error.isError()) {
        // The service answers this key again: the next throttle starts from the shortest backoff.
        m_backoffs[key].attempt = 0;
    }
    schedule();
}

void FleetScheduler::throttled(const QUuid& id, const FetchError& error)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return;
    backOff(it->key, error);
    schedule();
}

void FleetScheduler::throttledKey(const QString& backoffKey, const FetchError& error)
{
    backOff(backoffKey, error);
    schedule();
}

bool FleetScheduler::isInFlight(const QUuid& id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && it->inFlight;
}

qint64 FleetScheduler::dueAtMs(const QUuid& id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || it->inFlight)
        return -1;
    return std::max(it->dueAtMs, backoffUntilMs(it->key));
}

qint64 FleetScheduler::backoffUntilMs(const QString& backoffKey) const
{
    const auto it = m_backoffs.constFind(backoffKey);
    return it == m_backoffs.constEnd() || it->untilMs <= m_clock->nowMs() ? 0 : it->untilMs;
}

void FleetScheduler::backOff(const QString& key, const FetchError& error)
{
    HeldBack& backoff = m_backoffs[key];
    FetchOptions options;
    options.retryBaseMs = m_options.backoffBaseMs;
    options.retryMaxMs = m_options.backoffMaxMs;
    options.deadlineMs = m_options.backoffMaxMs;
    const qint64 now = m_clock->nowMs();
    const qint64 until = now + Backoff::delayMs(options, backoff.attempt, error.retryAfterMs());
    ++backoff.attempt;
    backoff.untilMs = std::max(backoff.untilMs, until);
    // When the backoff ends, the instances it held are spread out again instead of all firing at once.
    for (Entry& entry : m_entries) {
        if (entry.key != key || entry.inFlight || entry.dueAtMs >= backoff.untilMs)
            continue;
        const int spread = std::max(1, int(entry.intervalMs * m_options.jitter * 2));
        entry.dueAtMs = backoff.untilMs + m_random.bounded(spread);
    }
}

void FleetScheduler::release(Entry& entry)
{
    entry.inFlight = false;
    --m_inFlight;
    entry.dueAtMs = m_clock->nowMs() + jittered(entry.intervalMs);
}

qint64 FleetScheduler::jittered(int intervalMs)
{
    const double factor = 1.0 + m_options.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max<qint64>(1, qint64(intervalMs * factor));
}

void FleetScheduler::schedule()
{
    // Receivers of fetchDue() may report a fetch finished (or add and remove instances) at once; the
    // outer pass then goes round again instead of recursing.
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    do {
        m_again = false;
        run();
    } while (m_again);
    m_running = false;
}

void FleetScheduler::run()
{
    const qint64 now = m_clock->nowMs();
    QList<QUuid> timedOut;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->inFlight && now - it->startedAtMs >= m_options.fetchTimeoutMs) {
            release(*it);
            timedOut.append(it.key());
        }
    }

    struct Due
    {
        qint64 atMs;
        QUuid id;
    };
    QList<Due> due;
    qint64 nextWake = std::numeric_limits<qint64>::max();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->inFlight) {
            nextWake = std::min(nextWake, it->startedAtMs + m_options.fetchTimeoutMs);
            continue;
        }
        const qint64 at = std::max(it->dueAtMs, backoffUntilMs(it->key));
        if (at <= now)
            due.append({at, it.key()});
        else
            nextWake = std::min(nextWake, at);
    }
    std::sort(due.begin(), due.end(),
        [](const Due& a, const Due& b) { return a.atMs != b.atMs ? a.atMs < b.atMs : a.id < b.id; });
    QList<QUuid> start;
    for (const Due& item : std::as_const(due)) {
        if (m_inFlight >= m_options.maxInFlight) {
            // Waiting for a slot: a finish will call schedule() again.
            break;
        }
        Entry& entry = m_entries[item.id];
        entry.inFlight = true;
        entry.startedAtMs = now;
        ++m_inFlight;
        nextWake = std::min(nextWake, now + m_options.fetchTimeoutMs);
        start.append(item.id);
    }
    m_clock->wakeAt(nextWake == std::numeric_limits<qint64>::max() ? -1 : nextWake);

    for (const QUuid& id : std::as_const(timedOut)) {
        if (m_entries.contains(id))
            emit fetchTimedOut(id);
    }
    for (const QUuid& id : std::as_const(start)) {
        if (isInFlight(id))
            emit fetchDue(id);
    }
}
