// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverflavor.h"
#include "sessions/sessionsnapshot.h"

#include <QList>
#include <QVariant>

// The direct source's queries, per server flavour, and the mapping of their rows to sessions and
// lock waits. Pure functions over rows, so that each flavour's result sets can be tested as
// recorded, without a server.
namespace ProcessList {

using Row = QVariantList;

// ID, USER, HOST, DB, COMMAND, TIME, STATE, INFO, trx_id, seconds since trx_started: every session
// with its transaction (needs PROCESS to see other users' sessions and any transaction).
QString sessionsQuery(const ServerFlavor& flavor);
// The same columns without the transaction, for an account without PROCESS.
QString sessionsWithoutTransactionsQuery();
// waiting thread, blocking thread, waiting trx, blocking trx, seconds waited, table, lock mode.
QString lockWaitsQuery(const ServerFlavor& flavor);

Session sessionFromRow(const Row& row);
LockWait lockWaitFromRow(const Row& row);

// "10.0.0.7:51234" → "10.0.0.7"; "localhost" stays; "[::1]:3306" and "::1:3306" → "::1".
QString clientHost(const QString& host);

struct Input
{
    QList<Row> sessions;
    QList<Row> lockWaits;
    bool lockWaitsKnown = false;
    // SessionScope's own connection, left out of the table and the counts.
    qint64 ownConnectionId = 0;
    // Set when the account lacks PROCESS: only its own sessions were visible.
    QString visibleOnlyToUser;
    QString instanceId;
    qint64 snapshotTimeMs = 0;
};

// A complete snapshot: sessions, lock waits, counts and statistics aggregated with the semantics
// every view uses.
std::shared_ptr<SessionSnapshot> snapshot(const Input& input);

} // namespace ProcessList
