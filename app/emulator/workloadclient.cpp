// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadclient.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int ErrorLockWaitTimeout = 1205;

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sessionscope-workload-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

WorkloadClient::WorkloadClient(
    Role role, ConnectionSettings settings, QString database, int row, quint32 seed, QObject* parent)
    : QThread(parent)
    , m_role(role)
    , m_settings(std::move(settings))
    , m_database(std::move(database))
    , m_row(row)
    , m_name(newConnectionName())
    , m_random(seed)
{ }

WorkloadClient::~WorkloadClient()
{
    requestStop();
    wait();
}

void WorkloadClient::requestStop()
{
    QMutexLocker locker(&m_mutex);
    m_stop.store(true);
    m_wake.wakeAll();
}

int WorkloadClient::between(int low, int high)
{
    return m_random.bounded(low, high + 1);
}

bool WorkloadClient::pause(int ms)
{
    QMutexLocker locker(&m_mutex);
    QDeadlineTimer deadline(ms);
    while (!m_stop.load() && !deadline.hasExpired())
        m_wake.wait(&m_mutex, deadline);
    return !m_stop.load();
}

bool WorkloadClient::connectTo(QSqlDatabase& database)
{
    database.setDatabaseName(m_database);
    if (!database.open()) {
        if (!stopping() && m_lastProblem != database.lastError().text()) {
            m_lastProblem = database.lastError().text();
            emit problem(tr("%1 could not connect: %2").arg(m_settings.user, m_lastProblem));
        }
        return false;
    }
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("SELECT CONNECTION_ID()")) && query.next())
        m_connectionId.store(query.value(0).toLongLong());
    return true;
}

void WorkloadClient::disconnectFrom(QSqlDatabase& database)
{
    m_connectionId.store(0);
    database.close();
}

bool WorkloadClient::exec(QSqlDatabase& database, const QString& sql)
{
    // Nothing new starts once asked to stop, so a kill need not race a statement about to begin.
    if (stopping())
        return false;
    QSqlQuery query(database);
    if (query.exec(sql)) {
        while (query.next()) { }
        return true;
    }
    if (!stopping() && query.lastError().nativeErrorCode() != QString::number(ErrorLockWaitTimeout)
        && m_lastProblem != query.lastError().text()) {
        m_lastProblem = query.lastError().text();
        emit problem(tr("%1: %2").arg(m_settings.user, m_lastProblem));
    }
    return false;
}

void WorkloadClient::run()
{
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_name);
        database.setHostName(m_settings.driverHostName());
        database.setPort(m_settings.port);
        database.setConnectOptions(m_settings.driverConnectOptions());
        database.setUserName(m_settings.user);
        database.setPassword(m_settings.password);
    }
    // Clients start over a few seconds, as a real application's pool would fill.
    if (pause(between(0, 2000))) {
        switch (m_role) {
        case Role::Churn:
            churn();
            break;
        case Role::Sleeper:
            sleeper();
            break;
        case Role::IdleInTransaction:
            idleInTransaction(false);
            break;
        case Role::LockHolder:
            idleInTransaction(true);
            break;
        case Role::LockWaiter:
            lockWaiter();
            break;
        }
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        disconnectFrom(database);
    }
    QSqlDatabase::removeDatabase(m_name);
}

void WorkloadClient::churn()
{
    QSqlDatabase database = QSqlDatabase::database(m_name, false);
    const QStringList queries = m_database == QLatin1String("shop")
        ? QStringList {QStringLiteral("SELECT id, status, total FROM orders WHERE id = %1"),
            QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = %1"),
            QStringLiteral("SELECT name, email FROM customers WHERE id = %1")}
        : QStringList {QStringLiteral("SELECT quantity FROM stock WHERE product_id = %1"),
            QStringLiteral("SELECT sku, name FROM products WHERE id = %1"),
            QStringLiteral("SELECT SUM(quantity) FROM stock WHERE product_id <= %1")};
    while (!stopping()) {
        if (connectTo(database)) {
            const int count = between(2, 5);
            for (int i = 0; i < count && !stopping(); ++i) {
                exec(database, queries.at(between(0, int(queries.size()) - 1)).arg(between(1, 100)));
                if (!pause(between(100, 600)))
                    break;
            }
            disconnectFrom(database);
        }
        if (!pause(between(500, 3000)))
            return;
    }
}

void WorkloadClient::sleeper()
{
    QSqlDatabase database = QSqlDatabase::database(m_name, false);
    while (!stopping()) {
        if (!database.isOpen() && !connectTo(database)) {
            pause(3000);
            continue;
        }
        if (!exec(database, QStringLiteral("SELECT SLEEP(%1)").arg(between(5, 60))))
            disconnectFrom(database);
        pause(between(1000, 3000));
    }
}

void WorkloadClient::idleInTransaction(bool holdsTheChain)
{
    QSqlDatabase database = QSqlDatabase::database(m_name, false);
    const QString update = holdsTheChain
        ? QStringLiteral("UPDATE orders SET status = 'held', updated_at = NOW() WHERE id = 1")
        : m_database == QLatin1String("shop")
        ? QStringLiteral("UPDATE orders SET status = 'paid', updated_at = NOW() WHERE id = %1").arg(m_row)
        : QStringLiteral("UPDATE stock SET quantity = quantity - 1, updated_at = NOW() WHERE product_id = %1")
              .arg(m_row);
    while (!stopping()) {
        if (!database.isOpen() && !connectTo(database)) {
            pause(3000);
            continue;
        }
        if (!exec(database, QStringLiteral("BEGIN")) || !exec(database, update)) {
            disconnectFrom(database);
            pause(3000);
            continue;
        }
        // The head of the chain holds longer, so that waiters pile up behind it.
        const bool held = holdsTheChain ? pause(between(60, 120) * 1000) : pause(between(20, 90) * 1000);
        if (!held) {
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            return;
        }
        if (!exec(database, QStringLiteral("COMMIT")))
            disconnectFrom(database);
        pause(holdsTheChain ? 1000 : between(1000, 5000));
    }
}

void WorkloadClient::lockWaiter()
{
    QSqlDatabase database = QSqlDatabase::database(m_name, false);
    while (!stopping()) {
        if (!database.isOpen()) {
            // Waiting is the point: a server default of 50 s would end the chain too soon.
            if (!connectTo(database)
                || !exec(database, QStringLiteral("SET SESSION innodb_lock_wait_timeout = 3600"))) {
                pause(3000);
                continue;
            }
        }
        if (!exec(database,
                QStringLiteral("UPDATE orders SET total = total + %1, updated_at = NOW() WHERE id = 1")
                    .arg(between(1, 9)))) {
            // A lock wait that timed out is simply issued again; anything else reconnects.
            QSqlQuery probe(database);
            if (!probe.exec(QStringLiteral("SELECT 1")))
                disconnectFrom(database);
        }
        pause(between(200, 1000));
    }
}
