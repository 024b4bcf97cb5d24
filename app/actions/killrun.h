// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlog.h"
#include "killplan.h"

#include <QObject>
#include <QPointer>

#include <optional>

class SessionSource;
class SourceCommand;

// One confirmed kill: records the attempt in the audit log (on disk before anything is sent),
// sends it through the source, and records the outcome. The window and the command-line tool both
// kill through it. Nothing is retried: a failed kill is started again by the user.
class KillRun : public QObject
{
    Q_OBJECT

public:
    KillRun(SessionSource* source, const KillPlan& plan, const AuditContext& context, const AuditLog& log,
        QObject* parent = nullptr);
    ~KillRun() override;

    // The database account DAS kills as, for this kill only.
    void setAccount(const DatabaseLogin& account) { m_account = account; }

    // Records the attempt and sends it. False when nothing was sent: nothing to kill, or the audit
    // log could not be written (a kill that cannot be recorded is not made); error() says why.
    bool start();

    const KillPlan& plan() const { return m_plan; }
    QString error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    CommandResult result() const { return m_result; }
    QList<KillPlan::Outcome> outcomes() const { return m_plan.outcomes(m_result); }
    // Every target was killed or was already gone.
    bool succeeded() const;

signals:
    void finished();

private:
    void onFinished(const CommandResult& result);

    QPointer<SessionSource> m_source;
    KillPlan m_plan;
    AuditContext m_context;
    AuditLog m_log;
    std::optional<DatabaseLogin> m_account;
    QString m_attemptId;
    QString m_error;
    CommandResult m_result;
    bool m_finished = false;
};
