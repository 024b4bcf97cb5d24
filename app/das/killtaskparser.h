// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the answers of DAS's kill operations (CreateKillInstanceSessionTask[WithMaintainUser] and
// GetKillInstanceSessionTaskResult) as tolerantly as the snapshot parser: keys match
// case-insensitively, numbers and booleans may arrive as strings, absent fields are empty.
namespace KillTaskParser {

// Code, Message, RequestId and Success, common to every answer.
struct Envelope
{
    bool success = false;
    QString code;
    QString message;
    QString requestId;
};

struct CreateResponse
{
    Envelope envelope;
    // One id, or one per node for a multi-node PolarDB cluster. Data comes as a string, an array of
    // strings, or a string holding a JSON array.
    QStringList taskIds;
};

// One entry of Data.Result: what the task did to one session.
struct SessionReport
{
    qint64 sessionId = 0;
    // SESSION_KILLED, SESSION_EXPIRED, …; upper-cased.
    QString reason;
    QString user;
    QString command;
};

struct TaskResult
{
    Envelope envelope;
    // RUNNING, SUCCESS, FAILURE or ERROR; upper-cased, empty when absent.
    QString taskState;
    QList<SessionReport> reports;

    bool isFinished() const;
};

template<typename T> struct Parsed
{
    T value;
    // Empty when the bytes were understood.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

Parsed<CreateResponse> parseCreate(const QByteArray& body);
Parsed<TaskResult> parseResult(const QByteArray& body);

} // namespace KillTaskParser
