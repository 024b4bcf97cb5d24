// SPDX-License-Identifier: GPL-3.0-or-later
#include "killrun.h"

#include "sources/sessionsource.h"

KillRun::KillRun(
    SessionSource* source, const KillPlan& plan, const AuditContext& context, const AuditLog& log, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_plan(plan)
    , m_context(context)
    , m_log(log)
{ }

KillRun::~KillRun() = default;

bool KillRun::start()
{
    KillRequest request = m_plan.request();
    if (request.sessionIds.isEmpty()) {
        m_error = tr("There is no session to kill.");
        return false;
    }
    if (!m_source) {
        m_error = tr("The instance is no longer open.");
        return false;
    }
    request.account = m_account;
    QString error;
    m_attemptId = m_log.recordAttempt(m_context, m_plan, m_source->killMethod(request), &error);
    if (m_attemptId.isEmpty()) {
        m_error = tr("Nothing was killed: the kill could not be recorded in the audit log. %1").arg(error);
        return false;
    }
    SourceCommand* command = m_source->kill(request, this);
    connect(command, &SourceCommand::finished, this, &KillRun::onFinished);
    return true;
}

void KillRun::onFinished(const CommandResult& result)
{
    m_result = result;
    m_finished = true;
    QString error;
    if (!m_log.recordOutcome(m_attemptId, m_plan, result, &error))
        m_error = tr("The outcome could not be recorded in the audit log. %1").arg(error);
    emit finished();
}

bool KillRun::succeeded() const
{
    if (!m_finished || m_result.error.isError())
        return false;
    const QList<KillPlan::Outcome> list = outcomes();
    return std::all_of(list.cbegin(), list.cend(), [](const KillPlan::Outcome& outcome) {
        return outcome.outcome == QLatin1String("killed") || outcome.outcome == QLatin1String("already-gone")
            || outcome.outcome == QLatin1String("skipped");
    });
}
