// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"
#include "sessions/sessionsnapshot.h"
#include "sources/sessionsource.h"
#include "trendpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>

class QTimer;

// Watches one instance: asks its source for a snapshot on a timer (the next one armed only when the
// previous finished, so fetches never overlap), keeps the latest good snapshot, a bounded trend
// history and the last error, and says whether what is shown is fresh.
class InstanceMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle, // nothing fetched yet
        Fetching, // a snapshot is being taken
        UpToDate, // the latest fetch succeeded
        Failed, // the latest fetch failed; the last good snapshot, if any, is stale
    };
    Q_ENUM(State)

    static constexpr qint64 HistoryWindowMs = 60 * 60 * 1000;
    static constexpr int MaxHistoryPoints = 3600;
    // Once a new snapshot is shown, the heap's free pages go back to the system (HeapTrim), at
    // most this often across all monitors of the process.
    static constexpr qint64 HeapTrimIntervalMs = 10 * 1000;

    explicit InstanceMonitor(QObject* parent = nullptr);
    ~InstanceMonitor() override;

    // Takes ownership. Cancels the running fetch of the previous source and forgets its data, so
    // one instance's data never shows under another's name. Setting the current source again
    // changes nothing.
    void setSource(SessionSource* source);
    SessionSource* source() const { return m_source; }

    // 0 turns automatic refresh off.
    void setRefreshIntervalMs(int ms);
    int refreshIntervalMs() const { return m_intervalMs; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Why auto-refresh stopped by itself (credentials, permission); empty when it did not.
    QString pauseReason() const { return m_pauseReason; }

    // Fetches now unless a fetch is running.
    void refreshNow();
    void stop();

    State state() const { return m_state; }
    SnapshotPtr snapshot() const { return m_snapshot; }
    FetchError lastError() const { return m_lastError; }
    // How far the running fetch has got, as its source words it ("poll 3"); empty when it has not said.
    QString progressText() const { return m_progressText; }
    // The failure the running fetch is backing off from, and which retry comes next; no error when
    // the fetch has not had to retry.
    FetchError retryingAfter() const { return m_retryError; }
    int retryAttempt() const { return m_retryAttempt; }
    // Epoch ms of the last successful snapshot's arrival; 0 when none.
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }
    // The snapshot shown no longer reflects the instance: the last fetch failed, or it is older
    // than two refresh intervals.
    bool isStale() const;
    const std::deque<TrendPoint>& history() const { return m_history; }

signals:
    void snapshotChanged(const SnapshotPtr& snapshot);
    void stateChanged(InstanceMonitor::State state);
    void errorOccurred(const FetchError& error);
    void progress(const QString& detail);
    // A source's word for the user that is not a failure.
    void notice(const QString& message);
    void retrying(const FetchError& error, int attempt, int delayMs);
    void pausedChanged(bool paused);
    void historyChanged();

private:
    void onSnapshot(const SnapshotPtr& snapshot);
    void onFailure(const FetchError& error);
    void setState(State state);
    void armTimer();
    void appendHistory(const SessionSnapshot& snapshot);

    QPointer<SessionSource> m_source;
    QTimer* m_timer;
    int m_intervalMs = 10'000;
    bool m_paused = false;
    QString m_pauseReason;
    State m_state = State::Idle;
    SnapshotPtr m_snapshot;
    FetchError m_lastError;
    QString m_progressText;
    FetchError m_retryError;
    int m_retryAttempt = 0;
    qint64 m_lastSuccessMs = 0;
    // Counts the fetches started, so that a report can tell whether a receiver started another.
    quint64 m_fetchSerial = 0;
    std::deque<TrendPoint> m_history;
    // A fetch failed after the newest point of the history: the next one starts a new stretch.
    bool m_failedSinceLastPoint = false;
};
