// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"
#include "base/fetchoptions.h"
#include "sessions/sessionsnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class DasCall;
class DasClient;
class QTimer;

// Takes one snapshot with GetMySQLAllSessionAsync: a first call without ResultId, then polls with
// the returned ResultId until the service says IsFinish. Parsing runs on a worker thread. Emits
// exactly one of finished() or failed(), and nothing at all once cancelled.
class SnapshotFetch : public QObject
{
    Q_OBJECT

public:
    SnapshotFetch(DasClient* client, const QString& instanceId, const QString& nodeId, const FetchOptions& options,
        QObject* parent = nullptr);
    ~SnapshotFetch() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int pollCount() const { return m_pollCount; }
    int retryCount() const { return m_retryCount; }

    static constexpr char Action[] = "GetMySQLAllSessionAsync";

signals:
    // The service is still collecting: `pollCount` RUNNING answers so far.
    void progress(int pollCount);
    // A failure that will be retried after `delayMs`.
    void retrying(const FetchError& error, int attempt, int delayMs);
    // The local clock was found `offsetMs` off the service's; every later request is corrected.
    void clockSkewCorrected(qint64 offsetMs);
    void finished(const SnapshotPtr& snapshot);
    void failed(const FetchError& error);

private:
    void sendRequest();
    void onBody(const QByteArray& body);
    void onError(const FetchError& error);
    void scheduleRetry(const FetchError& error);
    void finish(const SnapshotPtr& snapshot);
    void fail(const FetchError& error);
    void stop();

    QPointer<DasClient> m_client;
    QString m_instanceId;
    QString m_nodeId;
    FetchOptions m_options;

    QTimer* m_nextRequest;
    QTimer* m_deadline;
    QElapsedTimer m_elapsed;
    DasCall* m_call = nullptr;
    QString m_resultId;
    FetchError m_lastError;
    // Bumped whenever work is superseded (cancel, new start); late results carrying an older value
    // are dropped.
    quint64 m_generation = 0;
    int m_pollCount = 0;
    int m_retryCount = 0;
    bool m_running = false;
    bool m_restartedAfterExpiry = false;
};
