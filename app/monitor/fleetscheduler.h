// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"
#include "base/fetchoptions.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

class FleetClock;

// Decides when each instance of a fleet is fetched, so that fifty instances neither fire together
// nor flood the service:
// - each instance has its own cadence, counted from the end of its previous fetch and jittered by
//   ±Options::jitter, and its first fetch falls at a random moment within Options::firstSpreadMs;
// - at most Options::maxInFlight fetches run at once; due instances wait for a slot in the order
//   they became due, so a slow instance holds one slot and never the others, and a fetch that
//   outlives Options::fetchTimeoutMs gives its slot back (fetchTimedOut());
// - instances that share a backoff key (the same AccessKey) share one backoff: when the service
//   throttles one of them, none of them is fetched until the backoff has passed.
// It starts nothing itself: fetchDue() asks the owner to fetch, and finished() says it has ended.
class FleetScheduler : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int defaultIntervalMs = 30'000;
        int maxInFlight = 4;
        // The cadence varies by this fraction either way, so instances added together drift apart.
        double jitter = 0.1;
        // The first fetches of instances added together are spread over this much (at most their
        // cadence).
        int firstSpreadMs = 10'000;
        // A fetch running longer than this is given up: its slot is freed and its owner told.
        int fetchTimeoutMs = 60'000;
        // The shared backoff after throttling: Backoff::delayMs with these.
        int backoffBaseMs = 5'000;
        int backoffMaxMs = 300'000;
        // 0: a random seed. Tests give one to make the jitter repeatable.
        quint32 seed = 0;
    };

    // `clock` is not owned; null means a clock of its own on the event loop.
    explicit FleetScheduler(FleetClock* clock = nullptr, QObject* parent = nullptr);
    FleetScheduler(FleetClock* clock, const Options& options, QObject* parent = nullptr);
    ~FleetScheduler() override;

    const Options& options() const { return m_options; }
    FleetClock* clock() const { return m_clock; }

    enum class FirstFetch
    {
        // At a random moment within Options::firstSpreadMs.
        Spread,
        // One (jittered) cadence from now: the instance was just fetched by someone else.
        AfterInterval,
    };

    // Adds an instance (or changes its key and cadence). `intervalMs` 0 takes the default.
    void add(const QUuid& id, const QString& backoffKey, int intervalMs = 0, FirstFetch first = FirstFetch::Spread);
    void remove(const QUuid& id);
    bool contains(const QUuid& id) const { return m_entries.contains(id); }
    void setIntervalMs(const QUuid& id, int intervalMs);
    int intervalMs(const QUuid& id) const;

    // The fetch started by fetchDue(id) has ended, with `error` when it failed. A throttling error
    // starts (or lengthens) the backoff of every instance with the same key.
    void finished(const QUuid& id, const FetchError& error = {});
    // The running fetch of `id` was throttled and is retrying on its own: the others sharing its key
    // back off now rather than be throttled too.
    void throttled(const QUuid& id, const FetchError& error);
    // Someone else fetching for `backoffKey` (the monitor) was throttled: the instances sharing it
    // back off too.
    void throttledKey(const QString& backoffKey, const FetchError& error);

    int inFlightCount() const { return m_inFlight; }
    bool isInFlight(const QUuid& id) const;
    // When the next fetch of `id` is due, on the clock; -1 while one is running.
    qint64 dueAtMs(const QUuid& id) const;
    // Until when the instances sharing `backoffKey` are held back; 0 when they are not.
    qint64 backoffUntilMs(const QString& backoffKey) const;

signals:
    // Fetch `id` now, and call finished() when it ends.
    void fetchDue(const QUuid& id);
    // The fetch of `id` took longer than the timeout: its slot is free; cancel it.
    void fetchTimedOut(const QUuid& id);

private:
    struct Entry
    {
        QString key;
        int intervalMs = 0;
        qint64 dueAtMs = 0;
        qint64 startedAtMs = 0;
        bool inFlight = false;
    };
    struct HeldBack
    {
        qint64 untilMs = 0;
        int attempt = 0;
    };

    void schedule();
    void run();
    void backOff(const QString& key, const FetchError& error);
    void release(Entry& entry);
    qint64 jittered(int intervalMs);

    FleetClock* m_clock;
    Options m_options;
    QRandomGenerator m_random;
    QHash<QUuid, Entry> m_entries;
    QHash<QString, HeldBack> m_backoffs;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_again = false;
};
