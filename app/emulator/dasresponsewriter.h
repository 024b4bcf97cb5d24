// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonwriter.h"

#include "sessions/session.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct SessionSnapshot;

// The bodies the DAS emulator answers with: GetMySQLAllSessionAsync responses in the documented
// shape (field order as in the documentation's example), the service's error bodies, and the
// malformed ones its faults need.
namespace DasResponseWriter {

struct Envelope
{
    QString requestId;
    QString resultId;
    // Data.Timestamp: when the asynchronous request was made, epoch milliseconds.
    qint64 requestTimeMs = 0;
};

struct Error
{
    QString requestId;
    QString hostId;
    QString code;
    QString message;
    QString recommend;
};

// {"Code":200,"Message":"Successful","Success":true,"RequestId":..,"Data":{"ResultId":..,
//  "IsFinish":false,"State":"RUNNING","Complete":false,"Fail":false,"Timestamp":..}}
QByteArray running(const Envelope& envelope, JsonStyle style);
// The finished response with Data.SessionData; `sessionTimeStampUs` is SessionData.TimeStamp,
// microseconds as in the documentation's example.
QByteArray finished(
    const Envelope& envelope, const SessionSnapshot& snapshot, qint64 sessionTimeStampUs, JsonStyle style);
// IsFinish true, State FAIL, Fail true, no SessionData.
QByteArray failed(const Envelope& envelope, JsonStyle style);
// A finished response whose Data.Timestamp is an object and SessionData.SessionList a string.
QByteArray wrongTypes(const Envelope& envelope, const SessionSnapshot& snapshot, JsonStyle style);
// HTTP 200 but Success false.
QByteArray successFalse(const QString& requestId, const QString& code, const QString& message, JsonStyle style);
// Starts like a response, then is not JSON.
QByteArray invalidJson(const Envelope& envelope);

// What a kill task did to one session: Reason is SESSION_KILLED, SESSION_EXPIRED, …; `session` is
// the session as it was (only its id when the task did not find it).
struct KillReport
{
    Session session;
    QString reason;
};

struct KillTaskState
{
    QString requestId;
    QString taskId;
    QString userId;
    QString instanceId;
    // Empty for an instance without nodes (then NodeId is left out).
    QString nodeId;
    // RUNNING or SUCCESS.
    QString taskState;
    QList<qint64> sessionIds;
    // Empty while RUNNING.
    QList<KillReport> reports;
};

// CreateKillInstanceSessionTask[WithMaintainUser]: Data is the task id, or an array of ids (one per
// node) when `asList`.
QByteArray killTaskCreated(const QString& requestId, const QStringList& taskIds, bool asList, JsonStyle style);
// GetKillInstanceSessionTaskResult.
QByteArray killTaskResult(const KillTaskState& task, JsonStyle style);

// {"RequestId","HostId","Code","Message","Recommend"}
QByteArray errorJson(const Error& error);
// <Error><RequestId/><HostId/><Code/><Message/><Recommend/></Error>
QByteArray errorXml(const Error& error);

} // namespace DasResponseWriter
