// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "base/fetcherror.h"
#include "base/fetchoptions.h"
#include "killtaskparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class DasCall;
class DasClient;
class QTimer;

// Kills sessions through a DAS kill task: CreateKillInstanceSessionTask (as the database account of
// the request) or CreateKillInstanceSessionTaskWithMaintainUser (as DAS's own maintenance user),
// then GetKillInstanceSessionTaskResult every pollIntervalMs until the task ends. Emits finished()
// exactly once with an outcome per target, and nothing once cancelled.
//
// Creating a task is not idempotent: it is sent once and never retried, not even re-signed after a
// reused nonce (which means the service had received it already). Only the result polls are
// retried, with backoff, for transient failures and throttling. The database password goes into
// the signed request and nowhere else; the task forgets it once the request is sent.
class DasKillTask : public QObject
{
    Q_OBJECT

public:
    static constexpr char CreateAction[] = "CreateKillInstanceSessionTask";
    static constexpr char CreateWithMaintainUserAction[] = "CreateKillInstanceSessionTaskWithMaintainUser";
    static constexpr char ResultAction[] = "GetKillInstanceSessionTaskResult";
    static constexpr int DefaultMaxPolls = 120;

    // `options`: pollIntervalMs between result polls, deadlineMs for the whole task, retry* for
    // the polls' backoff.
    DasKillTask(DasClient* client, const QString& instanceId, const QString& nodeId, const KillRequest& request,
        const FetchOptions& options, QObject* parent = nullptr);
    ~DasKillTask() override;

    // The API that creates the task for `request`.
    static QString actionFor(const KillRequest& request);

    // At most this many result polls per task id; past them the task fails as unfinished.
    void setMaxPolls(int polls) { m_maxPolls = polls; }

    void start();
    // Stops waiting for the service; a task it already created runs on there. Nothing is emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    QStringList taskIds() const { return m_taskIds; }
    int pollCount() const { return m_pollCount; }

signals:
    // The service accepted the kill; `taskIds` has one id per node it runs on.
    void created(const QStringList& taskIds);
    // The task is still running after `pollCount` polls.
    void progress(int pollCount);
    // A failed result poll that will be retried after `delayMs`.
    void retrying(const FetchError& error, int attempt, int delayMs);
    void finished(const CommandResult& result);

private:
    void sendCreate();
    void onCreated(const QByteArray& body);
    void onCreateFailed(FetchError error);
    void pollNext();
    void onPolled(const QByteArray& body);
    void onPollFailed(const FetchError& error);
    void finishWithError(const FetchError& error, bool taskCreated);
    void finishFromReports();
    void stop();
    void dropCall();
    FetchError redacted(FetchError error) const;

    QPointer<DasClient> m_client;
    QString m_instanceId;
    QString m_nodeId;
    KillRequest m_request;
    // The password, kept only to scrub it from anything the service answers.
    QString m_password;
    FetchOptions m_options;
    int m_maxPolls = DefaultMaxPolls;

    QTimer* m_nextPoll;
    QTimer* m_deadline;
    QElapsedTimer m_elapsed;
    DasCall* m_call = nullptr;
    QStringList m_taskIds;
    // Index in m_taskIds of the task being polled.
    qsizetype m_current = 0;
    QString m_lastState;
    QString m_requestId;
    // The final report of each task id polled so far.
    QList<KillTaskParser::TaskResult> m_results;
    FetchError m_lastError;
    quint64 m_generation = 0;
    int m_pollCount = 0;
    int m_taskPolls = 0;
    int m_retryCount = 0;
    bool m_running = false;
};
