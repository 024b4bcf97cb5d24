// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/fleetclock.h"
#include "monitor/fleetscheduler.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <climits>

// A clock the test moves by hand: advance() fires every wake-up that falls within the step, at its
// own moment, as the event loop would.
class FakeClock : public FleetClock
{
    Q_OBJECT

public:
    qint64 nowMs() const override { return m_now; }
    void wakeAt(qint64 atMs) override { m_wakeAt = atMs; }

    void advance(qint64 ms)
    {
        const qint64 target = m_now + ms;
        while (m_wakeAt >= 0 && m_wakeAt <= target) {
            m_now = std::max(m_now, m_wakeAt);
            m_wakeAt = -1;
            emit wake();
        }
        m_now = target;
    }

private:
    qint64 m_now = 1'000'000;
    qint64 m_wakeAt = -1;
};

// Answers every fetch the scheduler asks for after `latencyMs`, except those of `hung` ids; records
// when each instance was fetched and how many ran at once.
class FakeFleet : public QObject
{
    Q_OBJECT

public:
    FakeFleet(FleetScheduler* scheduler, FakeClock* clock)
        : m_scheduler(scheduler)
        , m_clock(clock)
    {
        connect(scheduler, &FleetScheduler::fetchDue, this, [this](const QUuid& id) {
            starts[id].append(m_clock->nowMs());
            maxInFlight = std::max(maxInFlight, m_scheduler->inFlightCount());
            if (!hung.contains(id))
                running.append({id, m_clock->nowMs() + latencyMs});
        });
    }

    // Moves the clock in steps of `stepMs`, ending the fetches whose time has come.
    void run(qint64 totalMs, qint64 stepMs = 100)
    {
        for (qint64 elapsed = 0; elapsed < totalMs; elapsed += stepMs) {
            m_clock->advance(stepMs);
            const qint64 now = m_clock->nowMs();
            const QList<std::pair<QUuid, qint64>> current = running;
            for (const auto& [id, endsAt] : current) {
                if (endsAt > now)
                    continue;
                running.removeOne(std::pair<QUuid, qint64>(id, endsAt));
                m_scheduler->finished(id, errors.value(id));
            }
        }
    }

    QHash<QUuid, QList<qint64>> starts;
    QList<std::pair<QUuid, qint64>> running;
    QSet<QUuid> hung;
    QHash<QUuid, FetchError> errors;
    qint64 latencyMs = 500;
    int maxInFlight = 0;

private:
    FleetScheduler* m_scheduler;
    FakeClock* m_clock;
};

class TestFleetScheduler : public QObject
{
    Q_OBJECT

private:
    static FleetScheduler::Options options()
    {
        FleetScheduler::Options options;
        options.seed = 7;
        return options;
    }

    static FetchError throttling(qint64 retryAfterMs = -1)
    {
        FetchError error(FetchError::Category::Throttling, QStringLiteral("Throttling.User"),
            QStringLiteral("Request was denied due to user flow control."));
        error.setRetryAfterMs(retryAfterMs);
        return error;
    }

private slots:
    void neverMoreThanTheCapAtOnce()
    {
        FakeClock clock;
        FleetScheduler scheduler(&clock, options());
        FakeFleet fleet(&scheduler, &clock);
        fleet.latencyMs = 4'000;
        QList<QUuid> ids;
        for (int i = 0; i < 50; ++i) {
            ids.append(QUuid::createUuid());
            scheduler.add(ids.last(), QStringLiteral("key-%1").arg(i));
        }
        fleet.run(5 * 60'000);
        QCOMPARE(fleet.maxInFlight, 4);
        // With 4 slots and 4 s per fetch, 50 instances every ~30 s cannot all keep up; yet every one
        // is fetched, again and again: none is starved.
        for (const QUuid& id : std::as_const(ids))
            QVERIFY2(fleet.starts.value(id).size() >= 3, qPrintable(QString::number(fleet.starts.value(id).size())));
    }

    void capIsConfigurable()
    {
        FakeClock clock;
        FleetScheduler::Options opts = options();
        opts.maxInFlight = 2;
        FleetScheduler scheduler(&clock, opts);
        FakeFleet fleet(&scheduler, &clock);
        fleet.latencyMs = 3'000;
        for (int i = 0; i < 10; ++i)
            scheduler.add(QUuid::createUuid(), QStringLiteral("k"));
        fleet.run(60'000);
        QCOMPARE(fleet.maxInFlight, 2);
    }

    void firstFetchesAreSpreadOut()
    {
        FakeClock clock;
        FleetScheduler::Options opts = options();
        opts.maxInFlight = 100;
        FleetScheduler scheduler(&clock, opts);
        FakeFleet fleet(&scheduler, &clock);
        const qint64 start = clock.nowMs();
        for (int i = 0; i < 50; ++i)
            scheduler.add(QUuid::createUuid(), QStringLiteral("key-%1").arg(i));
        fleet.run(opts.firstSpreadMs + 1'000);
        QList<qint64> firsts;
        for (const QList<qint64>& times : std::as_const(fleet.starts))
            firsts.append(times.first() - start);
        QCOMPARE(firsts.size(), 50);
        std::sort(firsts.begin(), firsts.end());
        // Spread over the window, not fired together: no one 100 ms tick holds more than a few.
        QVERIFY(firsts.last() - firsts.first() > opts.firstSpreadMs / 2);
        QVERIFY(firsts.last() < opts.firstSpreadMs);
        int mostInOneTick = 0;
        for (qsizetype i = 0; i < firsts.size(); ++i) {
            const auto inTick = std::count_if(
                firsts.cbegin(), firsts.cend(), [&](qint64 t) { return t >= firsts[i] && t < firsts[i] + 100; });
            mostInOneTick = std::max(mostInOneTick, int(inTick));
        }
        QVERIFY2(mostInOneTick <= 5, qPrintable(QString::number(mostInOneTick)));
    }

    void cadenceIsJitteredAroundTheInterval()
    {
        FakeClock clock;
        FleetScheduler::Options opts = options();
        opts.maxInFlight = 100;
        FleetScheduler scheduler(&clock, opts);
        FakeFleet fleet(&scheduler, &clock);
        fleet.latencyMs = 0;
        QList<QUuid> ids;
        for (int i = 0; i < 20; ++i) {
            ids.append(QUuid::createUuid());
            scheduler.add(ids.last(), QStringLiteral("key-%1").arg(i));
        }
        fleet.run(10 * 60'000);
        QList<qint64> gaps;
        for (const QUuid& id : std::as_const(ids)) {
            const QList<qint64> times = fleet.starts.value(id);
            for (qsizetype i = 1; i < times.size(); ++i)
                gaps.append(times[i] - times[i - 1]);
        }
        QVERIFY(gaps.size() > 300);
        const auto [least, most] = std::minmax_element(gaps.cbegin(), gaps.cend());
        // 30 s ± 10 %, give or take the 100 ms the test steps by.
        QVERIFY2(*least >= 27'000 - 200 && *most <= 33'000 + 200,
            qPrintable(QStringLiteral("%1 .. %2").arg(*least).arg(*most)));
        // And really varied, so that instances added together drift apart.
        QVERIFY(*most - *least > 3'000);
    }

    void ownCadencePerInstance()
    {
        FakeClock clock;
        FleetScheduler scheduler(&clock, options());
        FakeFleet fleet(&scheduler, &clock);
        fleet.latencyMs = 0;
        const QUuid open = QUuid::createUuid();
        const QUuid other = QUuid::createUuid();
        scheduler.add(open, QStringLiteral("a"), 5'000);
        scheduler.add(other, QStringLiteral("b"));
        fleet.run(5 * 60'000);
        QVERIFY(fleet.starts.value(open).size() >= 50);
        QVERIFY(fleet.starts.value(other).size() <= 12);
    }

    void throttlingBacksOffEveryProfileWithTheSameKey()
    {
        FakeClock clock;
        FleetScheduler::Options opts = options();
        opts.maxInFlight = 10;
        FleetScheduler scheduler(&clock, opts);
        FakeFleet fleet(&scheduler, &clock);
        fleet.latencyMs = 200;
        const QUuid throttled = QUuid::createUuid();
        const QUuid sameKey = QUuid::createUuid();
        const QUuid otherKey = QUuid::createUuid();
        scheduler.add(throttled, QStringLiteral("das/keychain/prod"), 5'000);
        scheduler.add(sameKey, QStringLiteral("das/keychain/prod"), 5'000);
        scheduler.add(otherKey, QStringLiteral("das/keychain/staging"), 5'000);
        // Let each be fetched once, then the service throttles the first, asking for 60 s.
        fleet.run(6'000);
        QVERIFY(!fleet.starts.value(sameKey).isEmpty());
        fleet.errors.insert(throttled, throttling(60'000));
        const qint64 before = clock.nowMs();
        for (int i = 0; i < 200 && scheduler.backoffUntilMs(QStringLiteral("das/keychain/prod")) == 0; ++i)
            fleet.run(100);
        const qint64 throttledAt = clock.nowMs();
        QVERIFY(scheduler.backoffUntilMs(QStringLiteral("das/keychain/prod")) >= throttledAt + 59'000);
        QCOMPARE(scheduler.backoffUntilMs(QStringLiteral("das/keychain/staging")), 0);
        fleet.errors.remove(throttled);
        const auto countAfter = [&](const QUuid& id, qint64 from, qint64 to) {
            const QList<qint64> times = fleet.starts.value(id);
            return std::count_if(times.cbegin(), times.cend(), [&](qint64 t) { return t > from && t < to; });
        };
        fleet.run(59'000);
        // Held back together for the minute the service asked for...
        const qint64 until = throttledAt + 59'000;
        QCOMPARE(countAfter(sameKey, throttledAt, until), 0);
        QCOMPARE(countAfter(throttled, throttledAt, until), 0);
        // ...while the instance with another key goes on at its cadence.
        QVERIFY(countAfter(otherKey, before, until) >= 10);
        fleet.run(30'000);
        QVERIFY(countAfter(sameKey, until, clock.nowMs()) >= 1);
        QVERIFY(countAfter(throttled, until, clock.nowMs()) >= 1);
    }

    void throttleReportedWhileRetryingHoldsTheOthersAtOnce()
    {
        FakeClock clock;
        FleetScheduler scheduler(&clock, options());
        FakeFleet fleet(&scheduler, &clock);
        fleet.latencyMs = 0;
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        scheduler.add(a, QStringLiteral("k"), 5'000);
        scheduler.add(b, QStringLiteral("k"), 5'000);
        fleet.run(6'000);
        scheduler.throttled(a, throttling(30'000));
        QVERIFY(scheduler.dueAtMs(b) >= clock.nowMs() + 30'000);
    }

    void slowInstanceDoesNotBlockTheOthers()
    {
        FakeClock clock;
        FleetScheduler scheduler(&clock, options());
        FakeFleet fleet(&scheduler, &clock);
        const QUuid slow = QUuid::createUuid();
        fleet.hung.insert(slow);
        scheduler.add(slow, QStringLiteral("k"), 5'000);
        QList<QUuid> others;
        for (int i = 0; i < 3; ++i) {
            others.append(QUuid::createUuid());
            scheduler.add(others.last(), QStringLiteral("k"), 5'000);
        }
        QSignalSpy timedOut(&scheduler, &FleetScheduler::fetchTimedOut);
        fleet.run(3 * 60'000);
        // The others keep their 5 s cadence while the slow one hangs in its slot.
        for (const QUuid& id : std::as_const(others))
            QVERIFY2(fleet.starts.value(id).size() >= 25, qPrintable(QString::number(fleet.starts.value(id).size())));
        // The hung fetch is given up after the timeout, and tried again.
        QVERIFY(timedOut.count() >= 2);
        QCOMPARE(timedOut.first().first().toUuid(), slow);
        QVERIFY(fleet.starts.value(slow).size() >= 2);
    }

    void evenFourHungInstancesDoNotStopTheFleetForGood()
    {
        FakeClock clock;
        FleetScheduler scheduler(&clock, options());
        FakeFleet fleet(&scheduler, &clock);
        for (int i = 0; i < 4; ++i) {
            const QUuid id = QUuid::createUuid();
            fleet.hung.insert(id);
            scheduler.add(id, QStringLiteral("k"));
        }
        const QUuid healthy = QUuid::createUuid();
        scheduler.add(healthy, QStringLiteral("k"));
        fleet.run(5 * 60'000);
        QVERIFY(fleet.starts.value(healthy).size() >= 3);
    }

    void removedInstanceIsNotFetchedAgain()
    {
        FakeClock clock;
        FleetScheduler scheduler(&clock, options());
        FakeFleet fleet(&scheduler, &clock);
        const QUuid id = QUuid::createUuid();
        scheduler.add(id, QStringLiteral("k"), 2'000);
        fleet.run(5'000);
        const qsizetype fetched = fleet.starts.value(id).size();
        QVERIFY(fetched >= 1);
        scheduler.remove(id);
        fleet.run(20'000);
        QCOMPARE(fleet.starts.value(id).size(), fetched);
        QCOMPARE(scheduler.inFlightCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetScheduler)
#include "tst_fleetscheduler.moc"
