// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlist.h"

#include "sessions/sessionaggregator.h"

#include <QHash>

namespace ProcessList {

namespace {

QString text(const QVariant& value)
{
    // NULL stays a null string: "no database" differs from an empty database name.
    return value.isNull() ? QString() : value.toString();
}

qint64 integer(const QVariant& value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? number : 0;
}

const QVariant& at(const Row& row, qsizetype column)
{
    static const QVariant null;
    return column < row.size() ? row.at(column) : null;
}

} // namespace

QString sessionsQuery(const ServerFlavor& flavor)
{
    Q_UNUSED(flavor)
    // information_schema.PROCESSLIST holds the whole statement in INFO (SHOW PROCESSLIST cuts it at
    // 100 characters) on MariaDB, MySQL 5.7 and 8.x alike.
    return QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.DB, p.COMMAND, p.TIME, p.STATE, p.INFO, t.trx_id, "
                          "TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) "
                          "FROM information_schema.PROCESSLIST p "
                          "LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID");
}

QString sessionsWithoutTransactionsQuery()
{
    return QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.DB, p.COMMAND, p.TIME, p.STATE, p.INFO, NULL, NULL "
                          "FROM information_schema.PROCESSLIST p");
}

QString lockWaitsQuery(const ServerFlavor& flavor)
{
    if (flavor.hasPerformanceSchemaLockWaits()) {
        return QStringLiteral(
            "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id, r.trx_id, b.trx_id, "
            "TIMESTAMPDIFF(SECOND, r.trx_wait_started, NOW()), "
            "CONCAT('`', l.OBJECT_SCHEMA, '`.`', l.OBJECT_NAME, '`'), l.LOCK_MODE "
            "FROM performance_schema.data_lock_waits w "
            "JOIN information_schema.INNODB_TRX r ON r.trx_id = w.REQUESTING_ENGINE_TRANSACTION_ID "
            "JOIN information_schema.INNODB_TRX b ON b.trx_id = w.BLOCKING_ENGINE_TRANSACTION_ID "
            "LEFT JOIN performance_schema.data_locks l ON l.ENGINE_LOCK_ID = w.REQUESTING_ENGINE_LOCK_ID");
    }
    return QStringLiteral(
        "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id, w.requesting_trx_id, w.blocking_trx_id, "
        "TIMESTAMPDIFF(SECOND, r.trx_wait_started, NOW()), l.lock_table, l.lock_mode "
        "FROM information_schema.INNODB_LOCK_WAITS w "
        "JOIN information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id "
        "JOIN information_schema.INNODB_TRX b ON b.trx_id = w.blocking_trx_id "
        "LEFT JOIN information_schema.INNODB_LOCKS l ON l.lock_id = w.requested_lock_id");
}

QString clientHost(const QString& host)
{
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        return close > 0 ? host.mid(1, close - 1) : host;
    }
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return host;
    bool isPort = false;
    host.mid(colon + 1).toUShort(&isPort);
    return isPort ? host.left(colon) : host;
}

Session sessionFromRow(const Row& row)
{
    Session session;
    session.sessionId = integer(at(row, 0));
    session.user = text(at(row, 1));
    const QString host = text(at(row, 2));
    session.client = host.isNull() ? QString() : clientHost(host);
    // The port is the only way to tell two connections from one host apart.
    session.userClientAlias = host;
    session.dbName = text(at(row, 3));
    session.command = text(at(row, 4));
    session.time = integer(at(row, 5));
    session.state = text(at(row, 6));
    session.sqlText = text(at(row, 7));
    session.trxId = text(at(row, 8));
    session.trxDuration = at(row, 9).isNull() ? 0 : integer(at(row, 9));
    return session;
}

LockWait lockWaitFromRow(const Row& row)
{
    LockWait wait;
    wait.waitingSessionId = integer(at(row, 0));
    wait.blockingSessionId = integer(at(row, 1));
    wait.waitingTrxId = text(at(row, 2));
    wait.blockingTrxId = text(at(row, 3));
    wait.waitSeconds = integer(at(row, 4));
    wait.lockedTable = text(at(row, 5));
    wait.lockMode = text(at(row, 6));
    return wait;
}

std::shared_ptr<SessionSnapshot> snapshot(const Input& input)
{
    auto snapshot = SessionSnapshot::create();
    snapshot->instanceId = input.instanceId;
    snapshot->snapshotTimeMs = input.snapshotTimeMs;
    snapshot->requestTimeMs = input.snapshotTimeMs;
    snapshot->sourceKind = QStringLiteral("mysql");
    snapshot->visibleOnlyToUser = input.visibleOnlyToUser;
    snapshot->sessions.reserve(input.sessions.size());
    for (const Row& row : input.sessions) {
        Session session = sessionFromRow(row);
        if (session.sessionId != input.ownConnectionId)
            snapshot->sessions.append(std::move(session));
    }
    snapshot->ownSessionId = input.ownConnectionId;
    snapshot->lockWaitsKnown = input.lockWaitsKnown;
    for (const Row& row : input.lockWaits)
        snapshot->lockWaits.append(lockWaitFromRow(row));
    if (!snapshot->lockWaits.isEmpty()) {
        // One lookup per session: a busy server has thousands of sessions and may have hundreds of waits.
        QHash<qint64, qint64> blockerOf;
        for (const LockWait& wait : std::as_const(snapshot->lockWaits))
            if (!blockerOf.contains(wait.waitingSessionId))
                blockerOf.insert(wait.waitingSessionId, wait.blockingSessionId);
        for (Session& session : snapshot->sessions)
            session.blockedBy = blockerOf.value(session.sessionId);
    }
    SessionAggregator::aggregate(*snapshot);
    return snapshot;
}

} // namespace ProcessList
