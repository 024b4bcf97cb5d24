// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One session waiting for a row or table lock that another session's transaction holds. Only a
// direct connection sees these; a DAS snapshot has none.
struct LockWait
{
    qint64 waitingSessionId = 0;
    qint64 blockingSessionId = 0;
    QString waitingTrxId;
    QString blockingTrxId;
    qint64 waitSeconds = 0;
    // `schema`.`table`, as the server names it; empty when it did not say.
    QString lockedTable;
    // X, S, X,GAP, … as the server names it.
    QString lockMode;

    bool operator==(const LockWait&) const = default;
};
