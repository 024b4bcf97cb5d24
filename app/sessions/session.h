// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One row of a snapshot: the twelve fields DAS reports for a session. Text fields that the server
// reported as null stay null QStrings, so "no database" and "empty database name" remain distinct.
struct Session
{
    qint64 sessionId = 0;
    QString user;
    QString client;
    QString dbName;
    QString command;
    qint64 time = 0;
    QString state;
    QString sqlText;
    QString userClientAlias;
    QString trxId;
    qint64 trxDuration = 0;
    QString sqlTemplateId;
    // Derived, not reported by any server: the session whose lock this one waits for (direct
    // connections); 0 when it waits for none.
    qint64 blockedBy = 0;

    // Command is Query or Execute (case-insensitive).
    bool isActive() const;
    // Command is Sleep with an open transaction: holds locks while doing nothing.
    bool isIdleInTransaction() const;

    bool operator==(const Session&) const = default;
};

// Only QStrings and integers: a session can be moved in memory as bytes, which keeps inserting and
// removing rows of a large snapshot cheap.
Q_DECLARE_TYPEINFO(Session, Q_RELOCATABLE_TYPE);
