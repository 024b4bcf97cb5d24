// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancemonitor.h"

#include "base/heaptrim.h"
#include "sources/sessionsource.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

// Off unless asked for (QT_LOGGING_RULES="sessionscope.monitor.info=true"): one line per snapshot
// taken, naming the instance and its session count, never a credential.
Q_LOGGING_CATEGORY(lcMonitor, "sessionscope.monitor", QtWarningMsg)

InstanceMonitor::InstanceMonitor(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InstanceMonitor::refreshNow);
}

InstanceMonitor::~InstanceMonitor()
{
    stop();
}

void InstanceMonitor::setSource(SessionSource* source)
{
    if (source && source == m_source)
        return;
    stop();
    if (m_source) {
        // Disconnected now, so nothing it might still report reaches the next instance; deleted
        // later, because we may be inside one of its own signals (a handler switching instance).
        disconnect(m_source, nullptr, this, nullptr);
        m_source->deleteLater();
    }
    m_source = source;
    m_snapshot.reset();
    m_lastError = {};
    m_history.clear();
    m_failedSinceLastPoint = false;
    m_lastSuccessMs = 0;
    m_progressText.clear();
    // A pause caused by the old instance's credentials or permissions does not carry over; one the
    // user chose does.
    const bool liftPause = m_paused && !m_pauseReason.isEmpty();
    if (liftPause)
        m_paused = false;
    m_pauseReason.clear();
    if (m_source) {
        m_source->setParent(this);
        connect(m_source, &SessionSource::snapshotReady, this, &InstanceMonitor::onSnapshot);
        connect(m_source, &SessionSource::fetchFailed, this, &InstanceMonitor::onFailure);
        connect(m_source, &SessionSource::retrying, this, [this](const FetchError& error, int attempt, int delayMs) {
            m_retryError = error;
            m_retryAttempt = attempt;
            emit retrying(error, attempt, delayMs);
        });
        connect(m_source, &SessionSource::progress, this, [this](const QString& detail) {
            m_progressText = detail;
            emit progress(detail);
        });
        connect(m_source, &SessionSource::notice, this, &InstanceMonitor::notice);
    }
    emit snapshotChanged(m_snapshot);
    emit historyChanged();
    setState(State::Idle);
    if (liftPause)
        emit pausedChanged(false);
}

void InstanceMonitor::setRefreshIntervalMs(int ms)
{
    m_intervalMs = std::max(0, ms);
    m_timer->stop();
    if (m_state != State::Fetching)
        armTimer();
}

void InstanceMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        m_pauseReason.clear();
    m_timer->stop();
    if (!paused && m_state != State::Fetching)
        refreshNow();
    emit pausedChanged(m_paused);
}

void InstanceMonitor::refreshNow()
{
    m_timer->stop();
    if (!m_source || m_source->isFetching())
        return;
    m_progressText.clear();
    m_retryError = {};
    m_retryAttempt = 0;
    ++m_fetchSerial;
    setState(State::Fetching);
    m_source->fetch();
}

void InstanceMonitor::stop()
{
    m_timer->stop();
    if (m_source)
        m_source->cancel();
    if (m_state == State::Fetching)
        setState(m_lastError.isError() ? State::Failed : (m_snapshot ? State::UpToDate : State::Idle));
}

bool InstanceMonitor::isStale() const
{
    if (!m_snapshot)
        return false;
    if (m_lastError.isError())
        return true;
    if (m_intervalMs <= 0 || m_paused)
        return false;
    return QDateTime::currentMSecsSinceEpoch() - m_lastSuccessMs > 2LL * m_intervalMs + 5000;
}

// Receivers of the signals below may switch to another source or start the next fetch. After a
// switch the rest of the news belongs to the old instance and is dropped; after a new fetch its
// state stands and its own completion arms the timer.
void InstanceMonitor::onSnapshot(const SnapshotPtr& snapshot)
{
    // A snapshot came through, so whatever paused refreshing by itself is fixed.
    if (m_paused && !m_pauseReason.isEmpty()) {
        m_paused = false;
        m_pauseReason.clear();
        emit pausedChanged(false);
    }
    const SessionSource* source = m_source;
    const quint64 fetch = m_fetchSerial;
    m_snapshot = snapshot;
    m_lastError = {};
    m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
    qCInfo(lcMonitor, "snapshot of %s: %lld sessions", qUtf8Printable(snapshot->instanceId),
        static_cast<long long>(snapshot->sessions.size()));
    appendHistory(*snapshot);
    if (m_source != source)
        return;
    emit snapshotChanged(m_snapshot);
    // Once the views have let go of the snapshot this one replaced, and the parse of its
    // response has been freed; on a worker, as walking the heap takes milliseconds.
    QTimer::singleShot(0, this,
        [] { QThreadPool::globalInstance()->start([] { HeapTrim::releaseFreeAtMostEvery(HeapTrimIntervalMs); }); });
    if (m_source != source || m_fetchSerial != fetch)
        return;
    armTimer();
    setState(State::UpToDate);
}

void InstanceMonitor::onFailure(const FetchError& error)
{
    const SessionSource* source = m_source;
    const quint64 fetch = m_fetchSerial;
    m_lastError = error;
    m_failedSinceLastPoint = true;
    if (error.pausesAutoRefresh()) {
        m_pauseReason = error.hint();
        if (!m_paused) {
            m_paused = true;
            emit pausedChanged(true);
            if (m_source != source)
                return;
        }
    }
    emit errorOccurred(error);
    if (m_source != source || m_fetchSerial != fetch)
        return;
    armTimer();
    setState(State::Failed);
}

void InstanceMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void InstanceMonitor::armTimer()
{
    if (m_source && !m_paused && m_intervalMs > 0)
        m_timer->start(m_intervalMs);
}

void InstanceMonitor::appendHistory(const SessionSnapshot& snapshot)
{
    const qint64 time = snapshot.snapshotTimeMs > 0 ? snapshot.snapshotTimeMs : m_lastSuccessMs;
    m_history.push_back({time, snapshot.totalSessionCount, snapshot.activeSessionCount, snapshot.idleInTransactionCount,
        snapshot.maxActiveTime, m_failedSinceLastPoint && !m_history.empty()});
    m_failedSinceLastPoint = false;
    while (!m_history.empty()
        && (m_history.size() > MaxHistoryPoints
            || m_history.back().timeMs - m_history.front().timeMs > HistoryWindowMs))
        m_history.pop_front();
    emit historyChanged();
}
