// SPDX-License-Identifier: GPL-3.0-or-later
#include "killtask.h"

#include "base/backoff.h"
#include "dasclient.h"
#include "daserrors.h"

#include <QSet>
#include <QTimer>

namespace {

using Result = SessionOutcome::Result;
using Category = FetchError::Category;

// How a session fared in one task, from its Reason; every message is for a DBA.
SessionOutcome outcomeFor(qint64 sessionId, const KillTaskParser::SessionReport& report, const QString& requestId)
{
    const QString& reason = report.reason;
    SessionOutcome outcome {sessionId, Result::Failed, {}};
    const auto set = [&](Result result, Category category, const QString& message, const QString& hint = {}) {
        outcome.result = result;
        outcome.error = FetchError(category, reason, message);
        outcome.error.setRequestId(requestId);
        if (!hint.isEmpty())
            outcome.error.setHint(hint);
    };
    if (reason == QLatin1String("SESSION_KILLED")) {
        outcome.result = Result::Done;
    } else if (reason == QLatin1String("SESSION_EXPIRED")) {
        set(Result::AlreadyGone, Category::BadRequest,
            DasKillTask::tr("Session %1 had already ended when the kill task reached it.").arg(sessionId));
    } else if (reason == QLatin1String("SESSION_NO_PERMISSION")) {
        set(Result::Refused, Category::Permission,
            DasKillTask::tr("The database account may not kill session %1.").arg(sessionId),
            DasKillTask::tr("Killing another user's session needs the CONNECTION_ADMIN or SUPER privilege; kill "
                            "as an account that has it, or as DAS's maintenance user."));
    } else if (reason == QLatin1String("SESSION_IGNORED_USER")) {
        set(Result::Refused, Category::BadRequest,
            DasKillTask::tr("Session %1 belongs to a user the kill task was told to leave alone.").arg(sessionId));
    } else if (reason == QLatin1String("SESSION_INTERNAL_USER_OR_COMMAND")) {
        set(Result::Refused, Category::BadRequest,
            DasKillTask::tr("Session %1 is protected: it belongs to one of Alibaba Cloud's maintenance accounts or "
                            "runs a command the service never kills, such as Binlog Dump.")
                .arg(sessionId));
    } else if (reason == QLatin1String("SESSION_ACCOUNT_ERROR")) {
        set(Result::Refused, Category::Credentials,
            DasKillTask::tr("The service could not log in with the database account given for the kill, so session "
                            "%1 was left running.")
                .arg(sessionId),
            DasKillTask::tr("Check the database user name and password, or kill as DAS's maintenance user."));
    } else if (reason == QLatin1String("SESSION_KILL_TASK_TIMEOUT")) {
        set(Result::Failed, Category::Transient,
            DasKillTask::tr("The kill task timed out before it reached session %1.").arg(sessionId),
            DasKillTask::tr("The session may still be running. Refresh, and kill it again if it is."));
    } else if (reason == QLatin1String("SESSION_OTHER_ERROR")) {
        set(Result::Failed, Category::TaskFailed,
            DasKillTask::tr("The service could not kill session %1 for a reason it did not state.").arg(sessionId),
            DasKillTask::tr("Refresh to see whether the session is still there, and try again."));
    } else {
        set(Result::Failed, Category::TaskFailed,
            DasKillTask::tr("The service reported session %1 with a reason SessionScope does not know (%2).")
                .arg(sessionId)
                .arg(reason.isEmpty() ? DasKillTask::tr("none") : reason));
    }
    return outcome;
}

// Across the tasks of several nodes a session lives on one node: the others report it as expired.
int rank(const SessionOutcome& outcome)
{
    switch (outcome.result) {
    case Result::Done:
        return 3;
    case Result::Refused:
    case Result::Failed:
        return 2;
    case Result::AlreadyGone:
        return 1;
    }
    return 0;
}

QString sessionIdsJson(const QList<qint64>& ids)
{
    QStringList parts;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            parts.append(QString::number(id));
        }
    }
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

DasKillTask::DasKillTask(DasClient* client, const QString& instanceId, const QString& nodeId,
    const KillRequest& request, const FetchOptions& options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_instanceId(instanceId)
    , m_nodeId(nodeId)
    , m_request(request)
    , m_options(options)
    , m_nextPoll(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    if (m_request.account)
        m_password = m_request.account->password;
    m_nextPoll->setSingleShot(true);
    m_nextPoll->setTimerType(Qt::PreciseTimer);
    m_deadline->setSingleShot(true);
    connect(m_nextPoll, &QTimer::timeout, this, &DasKillTask::pollNext);
    if (client) {
        connect(client, &QObject::destroyed, this, [this] {
            if (m_running)
                finishWithError(FetchError(Category::BadRequest, QStringLiteral("NoClient"),
                                    tr("The connection to the service was closed before the kill task ended.")),
                    !m_taskIds.isEmpty());
        });
    }
    connect(m_deadline, &QTimer::timeout, this, [this] {
        QString message = tr("The kill task did not finish within %1 s (%2 polls, last state %3); it may still "
                             "complete on the service.")
                              .arg(m_options.deadlineMs / 1000.0)
                              .arg(m_pollCount)
                              .arg(m_lastState.isEmpty() ? tr("unknown") : m_lastState);
        if (m_lastError.isError())
            message += QLatin1Char(' ') + tr("Last error: %1").arg(m_lastError.summary());
        FetchError error(Category::DeadlineExceeded, QStringLiteral("KillTaskUnfinished"), message);
        error.setHint(tr("Refresh to see which sessions are gone."));
        finishWithError(error, !m_taskIds.isEmpty());
    });
}

DasKillTask::~DasKillTask()
{
    stop();
}

QString DasKillTask::actionFor(const KillRequest& request)
{
    return QLatin1String(request.account ? CreateAction : CreateWithMaintainUserAction);
}

void DasKillTask::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_running = true;
    m_taskIds.clear();
    m_results.clear();
    m_current = 0;
    m_pollCount = 0;
    m_taskPolls = 0;
    m_retryCount = 0;
    m_lastError = {};
    m_lastState.clear();
    m_elapsed.start();
    m_deadline->start(m_options.deadlineMs);
    sendCreate();
}

void DasKillTask::cancel()
{
    stop();
}

void DasKillTask::stop()
{
    ++m_generation;
    m_running = false;
    m_nextPoll->stop();
    m_deadline->stop();
    dropCall();
}

void DasKillTask::dropCall()
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

FetchError DasKillTask::redacted(FetchError error) const
{
    if (m_password.isEmpty() || !error.message().contains(m_password))
        return error;
    FetchError clean(
        error.category(), error.code(), QString(error.message()).replace(m_password, QStringLiteral("••••••")));
    clean.setRequestId(error.requestId());
    clean.setHttpStatus(error.httpStatus());
    clean.setRetryAfterMs(error.retryAfterMs());
    return clean;
}

void DasKillTask::sendCreate()
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    onCreateFailed(FetchError(Category::BadRequest, QStringLiteral("NoClient"),
                        tr("The connection to the service was closed.")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_request.sessionIds.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    onCreateFailed(
                        FetchError(Category::BadRequest, QStringLiteral("NoSessions"), tr("No session to kill.")));
            },
            Qt::QueuedConnection);
        return;
    }
    Acs3::QueryParams params {{QStringLiteral("InstanceId"), m_instanceId}};
    if (!m_nodeId.isEmpty())
        params.append({QStringLiteral("NodeId"), m_nodeId});
    params.append({QStringLiteral("SessionIds"), sessionIdsJson(m_request.sessionIds)});
    params.append({QStringLiteral("KillAllSessions"), QStringLiteral("false")});
    if (m_request.account) {
        params.append({QStringLiteral("DbUser"), m_request.account->user});
        params.append({QStringLiteral("DbUserPassword"), m_request.account->password});
        // The signed request holds it now; nothing else of this task needs it.
        m_request.account->password.clear();
    }
    m_call = m_client->call(actionFor(m_request).toLatin1(), params, this);
    m_call->setResignOnReusedNonce(false);
    const quint64 generation = m_generation;
    connect(m_call, &DasCall::succeeded, this, [this, generation](const QByteArray& body) {
        if (generation == m_generation)
            onCreated(body);
    });
    connect(m_call, &DasCall::failed, this, [this, generation](const FetchError& error) {
        if (generation == m_generation)
            onCreateFailed(error);
    });
}

void DasKillTask::onCreated(const QByteArray& body)
{
    dropCall();
    const auto parsed = KillTaskParser::parseCreate(body);
    if (!parsed.ok()) {
        onCreateFailed(FetchError(Category::MalformedResponse, QStringLiteral("MalformedResponse"),
            tr("The answer to the kill request could not be read: %1").arg(parsed.error)));
        return;
    }
    const KillTaskParser::Envelope& envelope = parsed.value.envelope;
    if (!envelope.success) {
        onCreateFailed(DasErrors::fromServiceFailure(envelope.code, envelope.message, envelope.requestId));
        return;
    }
    m_password.clear();
    m_requestId = envelope.requestId;
    m_taskIds = parsed.value.taskIds;
    emit created(m_taskIds);
    if (!m_running)
        return;
    m_nextPoll->start(m_options.pollIntervalMs);
}

void DasKillTask::onCreateFailed(FetchError error)
{
    dropCall();
    error = redacted(error);
    m_password.clear();
    const QString action = actionFor(m_request);
    if (error.code() == QLatin1String("SignatureNonceUsed")) {
        FetchError unknown(Category::TaskFailed, error.code(),
            tr("The service had already received this kill request (the connection broke and it was sent again), "
               "so SessionScope did not send it a third time. The sessions may or may not have been killed."));
        unknown.setRequestId(error.requestId());
        unknown.setHttpStatus(error.httpStatus());
        error = unknown;
        error.setHint(tr("Refresh to see which sessions are gone, then kill the rest again."));
    } else if (error.category() == Category::Permission) {
        error.setHint(tr("The RAM identity may not kill sessions. Grant it hdm:%1 and "
                         "hdm:GetKillInstanceSessionTaskResult, for example through the AliyunHDMFullAccess policy.")
                          .arg(action));
    } else if (error.category() == Category::Transient || error.category() == Category::Throttling
        || error.category() == Category::MalformedResponse) {
        error.setHint(tr("A kill is never sent twice on its own, since the service may have carried out the first "
                         "one. Refresh to see which sessions are gone, then try again."));
    }
    finishWithError(DasErrors::withAdvice(error), false);
}

void DasKillTask::pollNext()
{
    if (!m_running)
        return;
    if (!m_client) {
        finishWithError(FetchError(Category::BadRequest, QStringLiteral("NoClient"),
                            tr("The connection to the service was closed.")),
            true);
        return;
    }
    if (m_taskPolls >= m_maxPolls) {
        FetchError error(Category::DeadlineExceeded, QStringLiteral("KillTaskUnfinished"),
            tr("The kill task %1 was still %2 after %3 polls; it may still complete on the service.")
                .arg(m_taskIds.value(m_current), m_lastState.isEmpty() ? tr("unfinished") : m_lastState)
                .arg(m_taskPolls));
        error.setHint(tr("Refresh to see which sessions are gone."));
        finishWithError(error, true);
        return;
    }
    Acs3::QueryParams params {
        {QStringLiteral("InstanceId"), m_instanceId}, {QStringLiteral("TaskId"), m_taskIds.value(m_current)}};
    if (!m_nodeId.isEmpty())
        params.append({QStringLiteral("NodeId"), m_nodeId});
    m_call = m_client->call(ResultAction, params, this);
    const quint64 generation = m_generation;
    connect(m_call, &DasCall::succeeded, this, [this, generation](const QByteArray& body) {
        if (generation == m_generation)
            onPolled(body);
    });
    connect(m_call, &DasCall::failed, this, [this, generation](const FetchError& error) {
        if (generation == m_generation)
            onPollFailed(error);
    });
}

void DasKillTask::onPolled(const QByteArray& body)
{
    dropCall();
    const auto parsed = KillTaskParser::parseResult(body);
    if (!parsed.ok()) {
        onPollFailed(FetchError(Category::MalformedResponse, QStringLiteral("MalformedResponse"),
            tr("The kill task's result could not be read: %1").arg(parsed.error)));
        return;
    }
    const KillTaskParser::TaskResult& result = parsed.value;
    if (!result.envelope.success) {
        onPollFailed(
            DasErrors::fromServiceFailure(result.envelope.code, result.envelope.message, result.envelope.requestId));
        return;
    }
    ++m_pollCount;
    ++m_taskPolls;
    m_lastState = result.taskState;
    m_requestId = result.envelope.requestId;
    if (!result.isFinished()) {
        m_nextPoll->start(m_options.pollIntervalMs);
        emit progress(m_pollCount);
        return;
    }
    m_results.append(result);
    m_taskPolls = 0;
    if (++m_current < m_taskIds.size()) {
        m_nextPoll->start(0);
        return;
    }
    finishFromReports();
}

void DasKillTask::onPollFailed(const FetchError& error)
{
    dropCall();
    m_lastError = error;
    if (error.isRetryable() && m_retryCount < m_options.maxRetries) {
        const int delay = Backoff::delayMs(m_options, m_retryCount, error.retryAfterMs());
        if (m_elapsed.elapsed() + delay < m_options.deadlineMs) {
            ++m_retryCount;
            m_nextPoll->start(delay);
            emit retrying(DasErrors::withAdvice(error), m_retryCount, delay);
            return;
        }
    }
    FetchError failure(error.category(), error.code(),
        tr("The kill task %1 was created, but its result could not be read: %2")
            .arg(m_taskIds.value(m_current), error.message()));
    failure.setRequestId(error.requestId());
    failure.setHttpStatus(error.httpStatus());
    failure.setHint(tr("The sessions may have been killed. Refresh to see which are gone."));
    finishWithError(failure, true);
}

void DasKillTask::finishWithError(const FetchError& error, bool taskCreated)
{
    CommandResult result;
    result.error = error;
    if (taskCreated)
        result.taskId = m_taskIds.join(QStringLiteral(", "));
    for (const qint64 id : std::as_const(m_request.sessionIds))
        result.outcomes.append({id, Result::Failed, error});
    stop();
    emit finished(result);
}

void DasKillTask::finishFromReports()
{
    CommandResult result;
    result.taskId = m_taskIds.join(QStringLiteral(", "));
    QStringList failedStates;
    for (const KillTaskParser::TaskResult& task : std::as_const(m_results)) {
        if (task.taskState != QLatin1String("SUCCESS"))
            failedStates.append(task.taskState);
    }
    if (!failedStates.isEmpty()) {
        result.error = FetchError(Category::TaskFailed, QStringLiteral("KillTask") + failedStates.first(),
            tr("DAS reported the kill task as %1.").arg(failedStates.join(QStringLiteral(", "))));
        result.error.setRequestId(m_requestId);
        result.error.setHint(tr("Some sessions may have been killed. Refresh to see which are gone."));
    }
    for (const qint64 id : std::as_const(m_request.sessionIds)) {
        SessionOutcome outcome {id, Result::Failed, {}};
        bool reported = false;
        for (const KillTaskParser::TaskResult& task : std::as_const(m_results)) {
            for (const KillTaskParser::SessionReport& report : task.reports) {
                if (report.sessionId != id)
                    continue;
                const SessionOutcome candidate = outcomeFor(id, report, task.envelope.requestId);
                if (!reported || rank(candidate) > rank(outcome))
                    outcome = candidate;
                reported = true;
            }
        }
        if (!reported) {
            outcome.error = result.error.isError() ? FetchError(Category::TaskFailed, QStringLiteral("NotReported"),
                                tr("The kill task ended as %1 without reporting this session.")
                                    .arg(failedStates.join(QStringLiteral(", "))))
                                                   : FetchError(Category::TaskFailed, QStringLiteral("NotReported"),
                                                       tr("The service did not report this session."));
            outcome.error.setRequestId(m_requestId);
            outcome.error.setHint(tr("Refresh to see whether the session is still there."));
        }
        result.outcomes.append(outcome);
    }
    stop();
    emit finished(result);
}
