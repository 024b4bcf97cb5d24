// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "base/fetcherror.h"
#include "emulatorfault.h"
#include "emulatorscenario.h"
#include "sessions/sessionsnapshot.h"
#include "signatureverifier.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>

class LoopbackTcpServer;
class QSslConfiguration;
struct AccessKey;

// Alibaba Cloud DAS, as far as GetMySQLAllSessionAsync and the kill tasks go, on 127.0.0.1 over
// plain HTTP/1.1. The kill operations are described in README.md.
//
// It is as strict as the service: only `POST /` with the parameters in the query and an empty
// body; the V3 signature is verified by SignatureVerifier (see there for the codes); the action
// must be GetMySQLAllSessionAsync or a kill operation (else InvalidAction.NotFound, 404) and the
// version 2020-01-16
// (else InvalidVersion, 400); InstanceId must name a scenario instance, NodeId one of its nodes
// when it has any, ResultId a live result of that instance and node (else InvalidParams, 400).
//
// The asynchronous flow: a call without ResultId creates `async__<32 hex>` for the instance and
// node; the first `runningPolls` answers of a result (counting that first call) are RUNNING, the
// next is the finished snapshot, which every later poll of that ResultId gets again. A result
// lives `resultTtlSeconds` on the emulator clock, then answers "expired" for an hour (the newest
// MaxExpiredResults of those do; older ones are forgotten). Each finished result takes the node's
// current sessions and then advances them by `tickSeconds` (SessionGenerator).
//
// Faults (EmulatorFault) are applied after the signature and parameter checks: first the
// instance's persistent fault if it matches the phase, else the first matching queued one.
//
// Responses are written raw onto the socket (Date from the emulator clock, x-acs-request-id,
// Content-Length, keep-alive), which is what lets faults reset, stall or truncate a connection.
// Every request is recorded (requests()) and announced (requestHandled) after it was answered.
// Without setScenario() the emulator serves EmulatorScenario::demo(); without setAccessKey() it
// knows no key, and every request fails with InvalidAccessKeyId.NotFound.
//
// An instance whose `server` is set is backed by a real MySQL or MariaDB server (RealServer): a
// first call starts reading its process list on a worker thread and answers RUNNING; polls answer
// RUNNING until that snapshot is in, then the finished result built from it (FAIL when the server
// could not be read). Its kill tasks send KILL CONNECTION to the server and answer RUNNING until
// the server has answered; each session's Reason is what the server did.
class DasEmulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr char Action[] = "GetMySQLAllSessionAsync";
    static constexpr char KillAction[] = "CreateKillInstanceSessionTask";
    static constexpr char KillWithMaintainUserAction[] = "CreateKillInstanceSessionTaskWithMaintainUser";
    static constexpr char KillResultAction[] = "GetKillInstanceSessionTaskResult";
    // The account's listings (inventoryresponder.h), with their products' versions.
    static constexpr char RdsListAction[] = "DescribeDBInstances";
    static constexpr char RdsVersion[] = "2014-08-15";
    static constexpr char PolarDbListAction[] = "DescribeDBClusters";
    static constexpr char PolarDbVersion[] = "2017-08-01";
    // Kill tasks kept for GetKillInstanceSessionTaskResult; older ones are forgotten.
    static constexpr qsizetype MaxKillTasks = 1000;
    // The maintenance accounts of the service: their sessions are never killed.
    static QStringList internalUsers();
    static constexpr char Version[] = "2020-01-16";
    static constexpr char HostId[] = "das.cn-shanghai.aliyuncs.com";
    // Oldest records are dropped beyond this many.
    static constexpr qsizetype MaxRecords = 10000;
    // Finished results per instance whose snapshot is kept; older ones answer "expired".
    static constexpr size_t MaxFinishedPerInstance = 4;
    // Results that can only answer "expired" (past their time to live, or evicted by newer ones)
    // are remembered for an hour, but no more than this many: older ones are forgotten and answer
    // "does not exist", so that a client polling many times a second does not grow the emulator.
    static constexpr qsizetype MaxExpiredResults = 1000;

    struct RequestRecord
    {
        QByteArray method;
        // The x-acs-action header.
        QByteArray action;
        // The query string exactly as it arrived (no leading '?'), except that a DbUserPassword value
        // is replaced by RedactedPassword.
        QByteArray rawQuery;
        // Decoded query parameters; the first of repeated names. DbUserPassword is RedactedPassword.
        QMap<QString, QString> params;
        QByteArray nonce;
        // Real (unskewed) time of arrival, UTC.
        QDateTime receivedAt;
        // 0 when nothing was answered (connectionReset, stall).
        int httpStatus = 0;
        // The error code answered; empty for a success.
        QString errorCode;
        // EmulatorFault::typeName of the fault applied; empty for none.
        QString fault;
    };

    // What the records hold in place of a database password.
    static constexpr char RedactedPassword[] = "******";

    explicit DasEmulator(QObject* parent = nullptr);
    ~DasEmulator() override;

    // The one key accepted. A non-empty securityToken makes STS mandatory.
    void setAccessKey(const AccessKey& key);

    // A listing page answered wrongly, for tests of the clients that page through them.
    struct InventoryFault
    {
        enum class Type
        {
            InvalidJson, // 200 with a body that is not JSON
            TotalRecordCount, // the page as usual, but TotalRecordCount says `totalRecordCount`
        };
        QString action;
        // 0: every page.
        int page = 0;
        Type type = Type::InvalidJson;
        qint64 totalRecordCount = 0;
    };

    // Replaces every instance, forgets every result, queues each instance's scenario faults and
    // sets the clock skew to the scenario's. The account's generated instances join the scenario's.
    void setScenario(const EmulatorScenario& scenario);
    const EmulatorScenario& scenario() const { return m_scenario; }
    bool loadScenarioFile(const QString& path, QString* error);
    // Adds an instance to the scenario (replacing one with the same id), its faults queued.
    void addInstance(const EmulatorInstance& instance);

    // Whether DescribeDBInstances / DescribeDBClusters answer 403 Forbidden.RAM.
    void setListingDenied(const QString& action, bool denied);
    void setInventoryFaults(const QList<InventoryFault>& faults) { m_inventoryFaults = faults; }

    // The emulator clock is the real clock plus this.
    void setClockSkewSeconds(qint64 seconds);
    qint64 clockSkewSeconds() const { return m_clockSkewSeconds; }
    QDateTime serverTime() const;

    // Binds 127.0.0.1 only. Returns the port, 0 on failure. With `tls` (its local certificate and
    // private key set) it serves HTTPS instead of HTTP.
    quint16 listenOnLoopback(quint16 port = 0);
    quint16 listenOnLoopback(const QSslConfiguration& tls, quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/, or https:// when serving TLS.
    QUrl endpoint() const;
    // TCP connections accepted, including those whose TLS handshake failed and that never carried
    // a request (requests() does not see those).
    qsizetype connectionCount() const;

    // Appended to the instance's queue; each hits `times` matching requests, then is gone.
    void injectFaults(const QString& instanceId, const QList<EmulatorFault>& faults);
    // Hits every matching request of the instance until cleared with std::nullopt.
    void setPersistentFault(const QString& instanceId, std::optional<EmulatorFault> fault);
    // Queued faults not used up yet.
    qsizetype pendingFaultCount(const QString& instanceId) const;

    QList<RequestRecord> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestHandled(const DasEmulator::RequestRecord& record);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Reply;
    struct InstanceState;
    struct AsyncResult;
    struct KillTask;

    Reply process(const QHttpServerRequest& request, QTcpSocket* socket, RequestRecord& record);
    Reply answer(InstanceState& instance, const std::shared_ptr<AsyncResult>& result, bool isPoll,
        const QString& requestId, const QDateTime& now);
    Reply applyFault(const EmulatorFault& fault, InstanceState& instance, const std::shared_ptr<AsyncResult>& result,
        const QString& nodeId, const QString& requestId, const QDateTime& now);
    Reply createKillTask(
        InstanceState& instance, const RequestRecord& record, const QString& requestId, const QDateTime& now);
    void createRealKillTask(InstanceState& instance, KillTask& task, bool killAll, const QList<qint64>& requested,
        const QStringList& ignoredUsers, bool accountAccepted);
    Reply killTaskResult(InstanceState& instance, const RequestRecord& record, const QString& requestId);
    Reply errorReply(int status, const QString& code, const QString& message, const QString& requestId) const;
    Reply listing(const QHttpServerRequest& request, const RequestRecord& record, const QString& requestId);
    // `killOperation`: only faults that answer in place of the service apply (no snapshot shapes).
    std::optional<EmulatorFault> takeFault(InstanceState& instance, bool isPoll, bool killOperation = false);
    std::shared_ptr<AsyncResult> createResult(InstanceState& instance, const QString& nodeId, const QDateTime& now);
    std::shared_ptr<InstanceState> makeInstance(const EmulatorInstance& config);
    void onRealSnapshot(
        const QString& instanceId, quint64 ticket, const SnapshotPtr& snapshot, const FetchError& error);
    void onRealKilled(const QString& instanceId, quint64 ticket, const CommandResult& result);
    void finish(InstanceState& instance, AsyncResult& result, const QDateTime& now);
    void pruneResults(const QDateTime& now);
    void deliver(QTcpSocket* socket, const Reply& reply, bool closeAfter);

    SignatureVerifier m_verifier;
    EmulatorScenario m_scenario;
    QHash<QString, std::shared_ptr<InstanceState>> m_instances;
    QHash<QString, std::shared_ptr<AsyncResult>> m_results;
    // The ids of the results that can only answer "expired", in the order they came to; bounds
    // them to MaxExpiredResults.
    std::deque<QString> m_expiredOrder;
    QHash<QString, std::shared_ptr<KillTask>> m_killTasks;
    // Oldest first, to bound m_killTasks.
    QList<QString> m_killTaskOrder;
    QList<RequestRecord> m_requests;
    QList<InventoryFault> m_inventoryFaults;
    qint64 m_clockSkewSeconds = 0;
    LoopbackTcpServer* m_server = nullptr;
    quint16 m_port = 0;
};

Q_DECLARE_METATYPE(DasEmulator::RequestRecord)
