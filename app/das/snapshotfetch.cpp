// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfetch.h"

#include "base/backoff.h"
#include "das/snapshotparser.h"
#include "dasclient.h"
#include "daserrors.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

SnapshotFetch::SnapshotFetch(
    DasClient* client, const QString& instanceId, const QString& nodeId, const FetchOptions& options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_instanceId(instanceId)
    , m_nodeId(nodeId)
    , m_options(options)
    , m_nextRequest(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_nextRequest->setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would break the wait x-acs-retry-after asks for.
    m_nextRequest->setTimerType(Qt::PreciseTimer);
    m_deadline->setSingleShot(true);
    connect(m_nextRequest, &QTimer::timeout, this, &SnapshotFetch::sendRequest);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        FetchError error(FetchError::Category::DeadlineExceeded, QStringLiteral("DeadlineExceeded"),
            tr("No complete snapshot within %1 s (%2 polls, %3 retries).")
                .arg(m_options.deadlineMs / 1000.0)
                .arg(m_pollCount)
                .arg(m_retryCount));
        if (m_lastError.isError())
            error = FetchError(FetchError::Category::DeadlineExceeded, QStringLiteral("DeadlineExceeded"),
                error.message() + QLatin1Char(' ') + tr("Last error: %1").arg(m_lastError.summary()));
        fail(error);
    });
}

SnapshotFetch::~SnapshotFetch()
{
    stop();
}

void SnapshotFetch::start()
{
    stop();
    ++m_generation;
    m_running = true;
    m_resultId.clear();
    m_lastError = {};
    m_pollCount = 0;
    m_retryCount = 0;
    m_restartedAfterExpiry = false;
    m_elapsed.start();
    m_deadline->start(m_options.deadlineMs);
    sendRequest();
}

void SnapshotFetch::cancel()
{
    stop();
}

void SnapshotFetch::stop()
{
    ++m_generation;
    m_running = false;
    m_nextRequest->stop();
    m_deadline->stop();
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

void SnapshotFetch::sendRequest()
{
    if (!m_running)
        return;
    if (!m_client) {
        fail(FetchError(FetchError::Category::BadRequest, QStringLiteral("NoClient"), tr("No DAS client.")));
        return;
    }
    Acs3::QueryParams params {{QStringLiteral("InstanceId"), m_instanceId}};
    if (!m_nodeId.isEmpty())
        params.append({QStringLiteral("NodeId"), m_nodeId});
    if (!m_resultId.isEmpty())
        params.append({QStringLiteral("ResultId"), m_resultId});

    m_call = m_client->call(Action, params, this);
    const quint64 generation = m_generation;
    connect(m_call, &DasCall::succeeded, this, [this, generation](const QByteArray& body) {
        if (generation == m_generation)
            onBody(body);
    });
    connect(m_call, &DasCall::failed, this, [this, generation](const FetchError& error) {
        if (generation == m_generation)
            onError(error);
    });
    connect(m_call, &DasCall::clockSkewCorrected, this, &SnapshotFetch::clockSkewCorrected);
}

void SnapshotFetch::onBody(const QByteArray& body)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    const SnapshotParser::Context context {m_instanceId, m_nodeId, QDateTime::currentMSecsSinceEpoch()};
    auto* watcher = new QFutureWatcher<SnapshotParser::Result>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<SnapshotParser::Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        const SnapshotParser::Result result = watcher->result();
        if (!result.ok()) {
            onError(
                FetchError(FetchError::Category::MalformedResponse, QStringLiteral("MalformedResponse"), result.error));
            return;
        }
        const SnapshotParser::AsyncResponse& response = result.response;
        if (!response.success) {
            FetchError error = DasErrors::fromServiceFailure(response.code, response.message, response.requestId);
            onError(error);
            return;
        }
        if (response.finishedWithSnapshot()) {
            finish(response.snapshot);
            return;
        }
        if (response.finishedWithFailure()) {
            FetchError error(FetchError::Category::TaskFailed, QStringLiteral("AsyncTaskFailed"),
                tr("DAS reported the session collection as failed (State %1).")
                    .arg(response.state.isEmpty() ? QStringLiteral("FAIL") : response.state));
            error.setRequestId(response.requestId);
            fail(error);
            return;
        }
        m_resultId = response.resultId;
        ++m_pollCount;
        // Armed before telling anyone: a handler that cancels or restarts must find the state final.
        m_nextRequest->start(m_options.pollIntervalMs);
        emit progress(m_pollCount);
    });
    watcher->setFuture(QtConcurrent::run(&SnapshotParser::parseAsyncResponse, body, context));
}

void SnapshotFetch::onError(const FetchError& error)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    m_lastError = error;
    // A ResultId the service no longer knows (expired, or the service restarted): start over once.
    if (error.code() == QLatin1String("InvalidParams") && !m_resultId.isEmpty() && !m_restartedAfterExpiry) {
        m_restartedAfterExpiry = true;
        m_resultId.clear();
        sendRequest();
        return;
    }
    if (error.isRetryable()) {
        scheduleRetry(error);
        return;
    }
    fail(error);
}

void SnapshotFetch::scheduleRetry(const FetchError& error)
{
    if (m_retryCount >= m_options.maxRetries) {
        fail(error);
        return;
    }
    const int delay = Backoff::delayMs(m_options, m_retryCount, error.retryAfterMs());
    // A retry that could not finish before the deadline only hides the real reason behind a timeout.
    if (m_elapsed.elapsed() + delay >= m_options.deadlineMs) {
        fail(error);
        return;
    }
    ++m_retryCount;
    m_nextRequest->start(delay);
    emit retrying(DasErrors::withAdvice(error), m_retryCount, delay);
}

void SnapshotFetch::finish(const SnapshotPtr& snapshot)
{
    stop();
    emit finished(snapshot);
}

void SnapshotFetch::fail(const FetchError& error)
{
    stop();
    emit failed(DasErrors::withAdvice(error));
}
