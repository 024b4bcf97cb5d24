// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/instancemonitor.h"
#include "sources/sessionsource.h"
#include "support/snapshotbuilder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>

// What happened to a fake source. Kept apart from it because the monitor owns, and deletes, its sources.
struct SourceLog
{
    int fetchCalls = 0;
    int cancelCalls = 0;
    bool destroyed = false;
    bool destroyedWhileReporting = false;
};

// A source the test drives by hand: it records every fetch() and cancel() and reports only when told.
// fetch() is counted even while a fetch runs, so that an overlapping request from the monitor shows.
class FakeSource : public SessionSource
{
    Q_OBJECT

public:
    FakeSource(QString instanceId, std::shared_ptr<SourceLog> log)
        : m_instanceId(std::move(instanceId))
        , m_log(std::move(log))
    { }
    ~FakeSource() override
    {
        m_log->destroyed = true;
        m_log->destroyedWhileReporting = m_reporting;
    }

    void fetch() override
    {
        ++m_log->fetchCalls;
        m_fetching = true;
        emit fetchCalled();
    }
    void cancel() override
    {
        ++m_log->cancelCalls;
        m_fetching = false;
    }
    bool isFetching() const override { return m_fetching; }
    QString target() const override { return m_instanceId; }

    void succeed(const SnapshotPtr& snapshot)
    {
        report([&] { emit snapshotReady(snapshot); });
    }
    void fail(const FetchError& error)
    {
        report([&] { emit fetchFailed(error); });
    }

signals:
    void fetchCalled();

private:
    template<typename Emit> void report(const Emit& emitReport)
    {
        QPointer<FakeSource> self(this);
        m_fetching = false;
        m_reporting = true;
        emitReport();
        if (self)
            m_reporting = false;
    }

    QString m_instanceId;
    std::shared_ptr<SourceLog> m_log;
    bool m_fetching = false;
    bool m_reporting = false;
};

namespace {

constexpr int Interval = 50;
// Long enough for several intervals to pass: a fetch that should not happen would happen in it.
constexpr int Quiet = 6 * Interval;
constexpr int Patience = 5000;
constexpr qint64 BaseTimeMs = 1'700'000'000'000;

SnapshotPtr snapshotAt(qint64 timeMs, qint64 total = 10)
{
    return SnapshotBuilder(QStringLiteral("rm-a"))
        .takenAt(timeMs)
        .counts(total, total / 2, total / 5, total * 3)
        .build();
}

FetchError errorOf(FetchError::Category category)
{
    return {category, FetchError::categoryName(category), QStringLiteral("test failure")};
}

// A monitor with a fake source and a spy on that source's fetch() calls.
class Harness
{
public:
    explicit Harness(int intervalMs)
        : log(std::make_shared<SourceLog>())
        , source(new FakeSource(QStringLiteral("rm-a"), log))
        , fetches(source, &FakeSource::fetchCalled)
    {
        monitor.setRefreshIntervalMs(intervalMs);
        monitor.setSource(source);
    }

    InstanceMonitor monitor;
    std::shared_ptr<SourceLog> log;
    FakeSource* source;
    QSignalSpy fetches;
};

} // namespace

class TestInstanceMonitor : public QObject
{
    Q_OBJECT

private slots:
    void refreshNowWhileFetchingDoesNotOverlap();
    void timerIsArmedOnlyAfterCompletion();
    void intervalChangeWhileFetchingDoesNotOverlap();
    void intervalZeroMeansNoAutomaticFetch();
    void pausingErrorsStopAutoRefresh_data();
    void pausingErrorsStopAutoRefresh();
    void otherErrorsKeepRefreshing_data();
    void otherErrorsKeepRefreshing();
    void failureBeforeAnySnapshot();
    void resumeClearsPause();
    void successfulManualRefreshLiftsAnErrorPause();
    void manualPause();
    void resumeWhileFetchingDoesNotOverlap();
    void stopCancelsTheRunningFetch();
    void progressIsForwarded();
    void setSourceCancelsOldAndForgetsItsData();
    void setSourceLiftsAnErrorPauseButNotAManualOne();
    void setSourceWithTheCurrentSource();
    void setSourceFromInsideAReport();
    void refreshNowFromInsideAReport();
    void historyIsBoundedInCount();
    void historyDropsPointsOlderThanAnHour_data();
    void historyDropsPointsOlderThanAnHour();
    void historyPointWithoutServerTime();
    void historyMarksWhereFetchesFailed();
};

void TestInstanceMonitor::refreshNowWhileFetchingDoesNotOverlap()
{
    Harness h(0);
    QSignalSpy states(&h.monitor, &InstanceMonitor::stateChanged);
    // Whoever hears "up to date" finds the new snapshot already delivered (the window counts rows).
    int snapshotsDelivered = 0;
    int snapshotsWhenUpToDate = -1;
    connect(&h.monitor, &InstanceMonitor::snapshotChanged, this, [&] { ++snapshotsDelivered; });
    connect(&h.monitor, &InstanceMonitor::stateChanged, this, [&](InstanceMonitor::State state) {
        if (state == InstanceMonitor::State::UpToDate)
            snapshotsWhenUpToDate = snapshotsDelivered;
    });
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Idle);
    QCOMPARE(h.log->fetchCalls, 0);

    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 1);
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Fetching);
    for (int i = 0; i < 3; ++i)
        h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 1);

    const auto snapshot = snapshotAt(BaseTimeMs);
    h.source->succeed(snapshot);
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::UpToDate);
    QVERIFY(h.monitor.snapshot() == snapshot);
    QCOMPARE(states.count(), 2);
    QCOMPARE(snapshotsWhenUpToDate, 1);

    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 2);
    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 2);
}

void TestInstanceMonitor::timerIsArmedOnlyAfterCompletion()
{
    Harness h(Interval);
    // Setting a source does not fetch by itself; the owner asks for the first snapshot.
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 0);

    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 1);
    // The fetch hangs for many intervals: no timer fires a second one meanwhile.
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 1);

    QElapsedTimer clock;
    clock.start();
    h.source->succeed(snapshotAt(BaseTimeMs));
    QCOMPARE(h.log->fetchCalls, 1);
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 2);
    // Armed at completion, for one whole interval (coarse timers may fire 5 % early).
    QVERIFY2(clock.elapsed() >= Interval * 9 / 10, qPrintable(QString::number(clock.elapsed())));

    // Again the fetch hangs, again nothing overlaps it.
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);

    // And it keeps going, one fetch after the other.
    h.source->succeed(snapshotAt(BaseTimeMs + 1000));
    QVERIFY(h.fetches.wait(Patience));
    h.source->succeed(snapshotAt(BaseTimeMs + 2000));
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 4);
    QCOMPARE(h.monitor.history().size(), std::size_t(3));
}

void TestInstanceMonitor::intervalChangeWhileFetchingDoesNotOverlap()
{
    Harness h(0);
    h.monitor.refreshNow();
    h.monitor.setRefreshIntervalMs(Interval);
    QCOMPARE(h.monitor.refreshIntervalMs(), Interval);
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 1);

    // The new interval applies from the completion on.
    h.source->succeed(snapshotAt(BaseTimeMs));
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 2);
}

void TestInstanceMonitor::intervalZeroMeansNoAutomaticFetch()
{
    Harness h(0);
    QCOMPARE(h.monitor.refreshIntervalMs(), 0);
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs));
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 1);

    // Nor after a failure that would otherwise be retried.
    h.monitor.refreshNow();
    h.source->fail(errorOf(FetchError::Category::Transient));
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);

    // Switching refresh off disarms a timer that is already running.
    h.monitor.setRefreshIntervalMs(Interval);
    h.monitor.setRefreshIntervalMs(0);
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);
    // A negative interval is "off" as well.
    h.monitor.setRefreshIntervalMs(-5);
    QCOMPARE(h.monitor.refreshIntervalMs(), 0);
    QVERIFY(!h.fetches.wait(Quiet));

    // Switching it on while idle arms it.
    h.monitor.setRefreshIntervalMs(Interval);
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 3);
}

void TestInstanceMonitor::pausingErrorsStopAutoRefresh_data()
{
    QTest::addColumn<FetchError>("error");

    QTest::addRow("unknown AccessKey") << FetchError(FetchError::Category::Credentials,
        QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("Specified access key is not found."));
    QTest::addRow("wrong secret") << FetchError(FetchError::Category::Credentials,
        QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("The request signature does not conform."));
    QTest::addRow("expired STS token") << FetchError(FetchError::Category::Credentials,
        QStringLiteral("InvalidSecurityToken.Expired"), QStringLiteral("Specified SecurityToken is expired."));
    QTest::addRow("permission") << FetchError(FetchError::Category::Permission, QStringLiteral("Forbidden.RAM"),
        QStringLiteral("User not authorized to operate on the specified resource."));
}

void TestInstanceMonitor::pausingErrorsStopAutoRefresh()
{
    QFETCH(FetchError, error);

    Harness h(Interval);
    h.monitor.refreshNow();
    const auto good = snapshotAt(BaseTimeMs);
    h.source->succeed(good);
    QVERIFY(!h.monitor.isStale());
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 2);

    QSignalSpy paused(&h.monitor, &InstanceMonitor::pausedChanged);
    QSignalSpy errors(&h.monitor, &InstanceMonitor::errorOccurred);
    QSignalSpy snapshots(&h.monitor, &InstanceMonitor::snapshotChanged);
    h.source->fail(error);

    QVERIFY(h.monitor.isPaused());
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.first().first().toBool(), true);
    QCOMPARE(h.monitor.pauseReason(), error.hint());
    QVERIFY(!h.monitor.pauseReason().isEmpty());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<FetchError>().code(), error.code());
    QCOMPARE(h.monitor.lastError().category(), error.category());
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Failed);
    // The last good snapshot stays on screen, marked stale.
    QVERIFY(h.monitor.snapshot() == good);
    QCOMPARE(snapshots.count(), 0);
    QVERIFY(h.monitor.isStale());
    QCOMPARE(h.monitor.history().size(), std::size_t(1));

    // Retrying would only repeat the error: nothing more is fetched.
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);
}

void TestInstanceMonitor::otherErrorsKeepRefreshing_data()
{
    QTest::addColumn<FetchError::Category>("category");

    for (const auto category : {FetchError::Category::Transient, FetchError::Category::Throttling,
             FetchError::Category::MalformedResponse, FetchError::Category::TaskFailed,
             FetchError::Category::DeadlineExceeded, FetchError::Category::ClockSkew}) {
        QTest::addRow("%s", qPrintable(FetchError::categoryName(category))) << category;
    }
}

void TestInstanceMonitor::otherErrorsKeepRefreshing()
{
    QFETCH(FetchError::Category, category);

    Harness h(Interval);
    QSignalSpy paused(&h.monitor, &InstanceMonitor::pausedChanged);
    h.monitor.refreshNow();
    const auto good = snapshotAt(BaseTimeMs);
    h.source->succeed(good);
    QVERIFY(h.fetches.wait(Patience));

    h.source->fail(errorOf(category));
    QVERIFY(!h.monitor.isPaused());
    QVERIFY(h.monitor.pauseReason().isEmpty());
    QCOMPARE(paused.count(), 0);
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Failed);
    QCOMPARE(h.monitor.lastError().category(), category);
    QVERIFY(h.monitor.snapshot() == good);
    QVERIFY(h.monitor.isStale());

    // The next refresh comes on schedule and, once it succeeds, the error is gone.
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 3);
    const auto fresh = snapshotAt(BaseTimeMs + 10'000);
    h.source->succeed(fresh);
    QVERIFY(h.monitor.snapshot() == fresh);
    QVERIFY(!h.monitor.lastError().isError());
    QVERIFY(!h.monitor.isStale());
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::UpToDate);
    QCOMPARE(h.monitor.history().size(), std::size_t(2));
}

void TestInstanceMonitor::failureBeforeAnySnapshot()
{
    Harness h(0);
    h.monitor.refreshNow();
    h.source->fail(errorOf(FetchError::Category::BadRequest));
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Failed);
    QVERIFY(!h.monitor.snapshot());
    // Nothing is shown, so nothing is stale.
    QVERIFY(!h.monitor.isStale());
    QCOMPARE(h.monitor.lastSuccessMs(), qint64(0));
    QVERIFY(h.monitor.history().empty());
}

void TestInstanceMonitor::successfulManualRefreshLiftsAnErrorPause()
{
    Harness h(Interval);
    h.monitor.refreshNow();
    h.source->fail(errorOf(FetchError::Category::Credentials));
    QVERIFY(h.monitor.isPaused());
    QVERIFY(!h.fetches.wait(Quiet));
    // The user fixed the key and pressed F5: it works, so refreshing resumes by itself.
    QSignalSpy paused(&h.monitor, &InstanceMonitor::pausedChanged);
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs));
    QVERIFY(!h.monitor.isPaused());
    QVERIFY(h.monitor.pauseReason().isEmpty());
    QCOMPARE(paused.count(), 1);
    QVERIFY(h.fetches.wait(Patience));
}

void TestInstanceMonitor::resumeClearsPause()
{
    Harness h(Interval);
    h.monitor.refreshNow();
    const auto good = snapshotAt(BaseTimeMs);
    h.source->succeed(good);
    QVERIFY(h.fetches.wait(Patience));
    h.source->fail(errorOf(FetchError::Category::Permission));
    QVERIFY(h.monitor.isPaused());
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);

    QSignalSpy paused(&h.monitor, &InstanceMonitor::pausedChanged);
    h.monitor.setPaused(false);
    QVERIFY(!h.monitor.isPaused());
    QVERIFY(h.monitor.pauseReason().isEmpty());
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.first().first().toBool(), false);
    // Resuming fetches at once, then on schedule again.
    QCOMPARE(h.log->fetchCalls, 3);
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Fetching);
    h.source->succeed(snapshotAt(BaseTimeMs + 1000));
    QVERIFY(!h.monitor.isStale());
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 4);
}

void TestInstanceMonitor::manualPause()
{
    Harness h(Interval);
    QSignalSpy paused(&h.monitor, &InstanceMonitor::pausedChanged);
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs));

    // Pausing disarms the timer that completion armed.
    h.monitor.setPaused(true);
    QVERIFY(h.monitor.isPaused());
    QVERIFY(h.monitor.pauseReason().isEmpty());
    QCOMPARE(paused.count(), 1);
    h.monitor.setPaused(true);
    QCOMPARE(paused.count(), 1);
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 1);
    // A paused monitor is not stale: the user chose to look at an older snapshot.
    QVERIFY(!h.monitor.isStale());

    // "Refresh now" still works while paused, and does not restart the timer.
    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 2);
    h.source->succeed(snapshotAt(BaseTimeMs + 1000));
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);
}

void TestInstanceMonitor::resumeWhileFetchingDoesNotOverlap()
{
    Harness h(Interval);
    h.monitor.setPaused(true);
    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 1);
    h.monitor.setPaused(false);
    QCOMPARE(h.log->fetchCalls, 1);
    QVERIFY(!h.fetches.wait(Quiet));

    h.source->succeed(snapshotAt(BaseTimeMs));
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 2);
}

void TestInstanceMonitor::stopCancelsTheRunningFetch()
{
    Harness h(Interval);
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs));
    QVERIFY(h.fetches.wait(Patience));

    h.monitor.stop();
    QCOMPARE(h.log->cancelCalls, 1);
    QVERIFY(!h.source->isFetching());
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::UpToDate);
    // Stopped means stopped: the timer is not re-armed for a fetch that never completed.
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);

    // A stop between fetches disarms the timer.
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs + 1000));
    h.monitor.stop();
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 3);
}

void TestInstanceMonitor::progressIsForwarded()
{
    Harness h(0);
    QSignalSpy progress(&h.monitor, &InstanceMonitor::progress);
    h.monitor.refreshNow();
    emit h.source->progress(QStringLiteral("poll 1"));
    emit h.source->progress(QStringLiteral("poll 2"));
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.last().first().toString(), QStringLiteral("poll 2"));
    QCOMPARE(h.monitor.progressText(), QStringLiteral("poll 2"));
    h.source->succeed(snapshotAt(BaseTimeMs));

    // A new fetch starts counting again.
    h.monitor.refreshNow();
    QVERIFY(h.monitor.progressText().isEmpty());
}

void TestInstanceMonitor::setSourceCancelsOldAndForgetsItsData()
{
    Harness h(0);
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs));
    h.monitor.refreshNow();
    h.source->fail(errorOf(FetchError::Category::Transient));
    h.monitor.refreshNow();
    emit h.source->progress(QStringLiteral("poll 3"));
    QVERIFY(h.source->isFetching());
    QCOMPARE(h.monitor.history().size(), std::size_t(1));
    QVERIFY(h.monitor.lastError().isError());

    QSignalSpy snapshots(&h.monitor, &InstanceMonitor::snapshotChanged);
    QSignalSpy history(&h.monitor, &InstanceMonitor::historyChanged);
    const QPointer<FakeSource> old = h.source;
    auto logB = std::make_shared<SourceLog>();
    auto* sourceB = new FakeSource(QStringLiteral("rm-b"), logB);
    h.monitor.setSource(sourceB);

    QCOMPARE(h.log->cancelCalls, 1);
    QVERIFY(h.monitor.source() == sourceB);
    QVERIFY(!h.monitor.snapshot());
    QVERIFY(h.monitor.history().empty());
    QVERIFY(!h.monitor.lastError().isError());
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Idle);
    QCOMPARE(h.monitor.lastSuccessMs(), qint64(0));
    QVERIFY(h.monitor.progressText().isEmpty());
    QVERIFY(!h.monitor.isStale());
    QCOMPARE(snapshots.count(), 1);
    QVERIFY(!snapshots.first().first().value<SnapshotPtr>());
    QVERIFY(history.count() >= 1);

    // Whatever the old source might still say is not applied to the new instance.
    if (old)
        old->succeed(snapshotAt(BaseTimeMs + 1000));
    QVERIFY(!h.monitor.snapshot());
    QVERIFY(h.monitor.history().empty());
    // The monitor owned the old source and disposes of it.
    QTRY_VERIFY(h.log->destroyed);

    h.monitor.refreshNow();
    QCOMPARE(logB->fetchCalls, 1);
    QCOMPARE(h.log->fetchCalls, 3);
}

void TestInstanceMonitor::setSourceLiftsAnErrorPauseButNotAManualOne()
{
    {
        // The credential that failed belongs to the old instance; the new one refreshes normally.
        Harness h(Interval);
        h.monitor.refreshNow();
        h.source->fail(errorOf(FetchError::Category::Credentials));
        QVERIFY(h.monitor.isPaused());

        QSignalSpy paused(&h.monitor, &InstanceMonitor::pausedChanged);
        auto logB = std::make_shared<SourceLog>();
        auto* sourceB = new FakeSource(QStringLiteral("rm-b"), logB);
        QSignalSpy fetchesB(sourceB, &FakeSource::fetchCalled);
        h.monitor.setSource(sourceB);
        QVERIFY(!h.monitor.isPaused());
        QVERIFY(h.monitor.pauseReason().isEmpty());
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.first().first().toBool(), false);

        h.monitor.refreshNow();
        sourceB->succeed(snapshotAt(BaseTimeMs));
        QVERIFY(fetchesB.wait(Patience));
        QCOMPARE(logB->fetchCalls, 2);
    }
    {
        // A pause the user chose stays.
        Harness h(Interval);
        h.monitor.setPaused(true);
        auto logB = std::make_shared<SourceLog>();
        auto* sourceB = new FakeSource(QStringLiteral("rm-b"), logB);
        QSignalSpy fetchesB(sourceB, &FakeSource::fetchCalled);
        h.monitor.setSource(sourceB);
        QVERIFY(h.monitor.isPaused());
        h.monitor.refreshNow();
        sourceB->succeed(snapshotAt(BaseTimeMs));
        QVERIFY(!fetchesB.wait(Quiet));
        QCOMPARE(logB->fetchCalls, 1);
    }
}

void TestInstanceMonitor::setSourceWithTheCurrentSource()
{
    Harness h(0);
    h.monitor.refreshNow();
    const auto snapshot = snapshotAt(BaseTimeMs);
    h.source->succeed(snapshot);

    h.monitor.setSource(h.source);
    QVERIFY(!h.log->destroyed);
    QVERIFY(h.monitor.source() == h.source);
    QVERIFY(h.monitor.snapshot() == snapshot);
    h.monitor.refreshNow();
    QCOMPARE(h.log->fetchCalls, 2);
    // Still connected exactly once.
    QSignalSpy snapshots(&h.monitor, &InstanceMonitor::snapshotChanged);
    h.source->succeed(snapshotAt(BaseTimeMs + 1000));
    QCOMPARE(snapshots.count(), 1);
    QCOMPARE(h.monitor.history().size(), std::size_t(2));
}

void TestInstanceMonitor::setSourceFromInsideAReport()
{
    // The user switches instance from a handler of the failure (a dialog's "switch" button, say):
    // the old source is still inside its emit and must survive until it has returned.
    Harness h(0);
    auto logB = std::make_shared<SourceLog>();
    connect(&h.monitor, &InstanceMonitor::errorOccurred, this,
        [&] { h.monitor.setSource(new FakeSource(QStringLiteral("rm-b"), logB)); });
    h.monitor.refreshNow();
    h.source->fail(errorOf(FetchError::Category::Transient));

    QVERIFY(!h.log->destroyedWhileReporting);
    QVERIFY(h.monitor.source());
    QCOMPARE(h.monitor.source()->target(), QStringLiteral("rm-b"));
    QVERIFY(!h.monitor.lastError().isError());
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Idle);
    QTRY_VERIFY(h.log->destroyed);
    QVERIFY(!h.log->destroyedWhileReporting);
}

void TestInstanceMonitor::refreshNowFromInsideAReport()
{
    // A receiver that asks for another snapshot as soon as one arrives: the monitor is then
    // fetching again, says so, and arms no timer beside the running fetch.
    Harness h(Interval);
    bool again = true;
    connect(&h.monitor, &InstanceMonitor::snapshotChanged, this, [&] {
        if (std::exchange(again, false))
            h.monitor.refreshNow();
    });
    h.monitor.refreshNow();
    h.source->succeed(snapshotAt(BaseTimeMs));
    QCOMPARE(h.log->fetchCalls, 2);
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::Fetching);
    QVERIFY(!h.fetches.wait(Quiet));
    QCOMPARE(h.log->fetchCalls, 2);

    h.source->succeed(snapshotAt(BaseTimeMs + 1000));
    QCOMPARE(h.monitor.state(), InstanceMonitor::State::UpToDate);
    QVERIFY(h.fetches.wait(Patience));
    QCOMPARE(h.log->fetchCalls, 3);
}

void TestInstanceMonitor::historyIsBoundedInCount()
{
    Harness h(0);
    QSignalSpy historyChanged(&h.monitor, &InstanceMonitor::historyChanged);
    constexpr int Fed = InstanceMonitor::MaxHistoryPoints + 150;
    // 100 ms apart: all within the hour, so only the count limits.
    for (int i = 0; i < Fed; ++i) {
        h.monitor.refreshNow();
        h.source->succeed(snapshotAt(BaseTimeMs + i * 100LL, i));
    }
    QCOMPARE(h.log->fetchCalls, Fed);
    QCOMPARE(historyChanged.count(), Fed);
    const auto& history = h.monitor.history();
    QCOMPARE(int(history.size()), InstanceMonitor::MaxHistoryPoints);
    constexpr int FirstKept = Fed - InstanceMonitor::MaxHistoryPoints;
    QCOMPARE(history.front().timeMs, BaseTimeMs + FirstKept * 100LL);
    QCOMPARE(history.front().total, qint64(FirstKept));
    const TrendPoint newest {BaseTimeMs + (Fed - 1) * 100LL, Fed - 1, (Fed - 1) / 2, (Fed - 1) / 5, (Fed - 1) * 3};
    QCOMPARE(history.back(), newest);
    for (std::size_t i = 1; i < history.size(); ++i)
        QVERIFY(history[i - 1].timeMs < history[i].timeMs);
}

void TestInstanceMonitor::historyDropsPointsOlderThanAnHour_data()
{
    QTest::addColumn<QList<qint64>>("offsetsMs");
    QTest::addColumn<QList<qint64>>("keptMs");

    constexpr qint64 Minute = 60'000;
    constexpr qint64 Hour = InstanceMonitor::HistoryWindowMs;
    QTest::addRow("within the hour") << QList<qint64> {0, 30 * Minute, 59 * Minute}
                                     << QList<qint64> {0, 30 * Minute, 59 * Minute};
    QTest::addRow("exactly one hour is kept")
        << QList<qint64> {0, 30 * Minute, Hour} << QList<qint64> {0, 30 * Minute, Hour};
    QTest::addRow("one ms over is dropped")
        << QList<qint64> {0, 30 * Minute, Hour + 1} << QList<qint64> {30 * Minute, Hour + 1};
    QTest::addRow("several drop at once")
        << QList<qint64> {0, Minute, 2 * Minute, 10 * Minute, 70 * Minute} << QList<qint64> {10 * Minute, 70 * Minute};
    QTest::addRow("a long gap") << QList<qint64> {0, Minute, 2 * Minute, 3 * Hour} << QList<qint64> {3 * Hour};
}

void TestInstanceMonitor::historyDropsPointsOlderThanAnHour()
{
    QFETCH(QList<qint64>, offsetsMs);
    QFETCH(QList<qint64>, keptMs);

    Harness h(0);
    for (const qint64 offset : offsetsMs) {
        h.monitor.refreshNow();
        h.source->succeed(snapshotAt(BaseTimeMs + offset));
    }
    QList<qint64> kept;
    for (const TrendPoint& point : h.monitor.history())
        kept.append(point.timeMs - BaseTimeMs);
    QCOMPARE(kept, keptMs);
}

void TestInstanceMonitor::historyMarksWhereFetchesFailed()
{
    Harness h(0);
    for (int i = 0; i < 2; ++i) {
        h.monitor.refreshNow();
        h.source->succeed(snapshotAt(BaseTimeMs + i * 1000LL));
    }
    // An outage: two failed fetches, then the service is back.
    for (int i = 0; i < 2; ++i) {
        h.monitor.refreshNow();
        h.source->fail(FetchError(FetchError::Category::Transient, QStringLiteral("ServiceUnavailable"), {}));
    }
    for (int i = 4; i < 6; ++i) {
        h.monitor.refreshNow();
        h.source->succeed(snapshotAt(BaseTimeMs + i * 1000LL));
    }
    QList<bool> gaps;
    for (const TrendPoint& point : h.monitor.history())
        gaps.append(point.afterGap);
    QCOMPARE(gaps, QList<bool>({false, false, true, false}));
}

void TestInstanceMonitor::historyPointWithoutServerTime()
{
    Harness h(0);
    h.monitor.refreshNow();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    h.source->succeed(snapshotAt(0, 7));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(h.monitor.history().size(), std::size_t(1));
    // Without the server's time, the arrival time (read off this clock around the delivery) stands in.
    const qint64 pointTime = h.monitor.history().back().timeMs;
    QVERIFY2(pointTime >= before && pointTime <= after,
        qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(pointTime).arg(before).arg(after)));
    QVERIFY(h.monitor.lastSuccessMs() >= before && h.monitor.lastSuccessMs() <= after);
    QCOMPARE(h.monitor.history().back().total, qint64(7));
}

QTEST_GUILESS_MAIN(TestInstanceMonitor)
#include "tst_instancemonitor.moc"
