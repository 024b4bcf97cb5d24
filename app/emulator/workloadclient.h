// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/connectionsettings.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

class QSqlDatabase;

// One simulated client of the workload on its own thread, with its own connection (a Qt SQL
// connection belongs to the thread that opened it). Its role says what a DBA would see of it.
class WorkloadClient : public QThread
{
    Q_OBJECT

public:
    enum class Role
    {
        // Connects, runs a few short queries, disconnects; again and again.
        Churn,
        // SELECT SLEEP(5..60).
        Sleeper,
        // BEGIN, updates a row of its own, then sits idle in the transaction for 20..90 s.
        IdleInTransaction,
        // Holds shop.orders id=1 in an idle transaction: the head of the lock chain.
        LockHolder,
        // Updates shop.orders id=1 and waits for the holder.
        LockWaiter,
    };

    // `row` is the row an idle transaction updates, distinct per client so that only the lock chain
    // waits on a lock.
    WorkloadClient(
        Role role, ConnectionSettings settings, QString database, int row, quint32 seed, QObject* parent = nullptr);
    ~WorkloadClient() override;

    Role role() const { return m_role; }
    // The server's id of its current connection; 0 while not connected.
    qint64 connectionId() const { return m_connectionId.load(); }
    // Asks it to finish: it wakes from an idle wait, rolls back and disconnects. A statement the
    // server is running keeps it busy until it ends or is killed.
    void requestStop();

signals:
    // A connection or statement failed for a reason other than being stopped; said once per kind.
    void problem(const QString& message);

protected:
    void run() override;

private:
    bool connectTo(QSqlDatabase& database);
    void disconnectFrom(QSqlDatabase& database);
    bool exec(QSqlDatabase& database, const QString& sql);
    // Waits `ms` or until asked to stop; false when stopped.
    bool pause(int ms);
    bool stopping() const { return m_stop.load(); }
    int between(int low, int high);

    void churn();
    void sleeper();
    void idleInTransaction(bool holdsTheChain);
    void lockWaiter();

    const Role m_role;
    const ConnectionSettings m_settings;
    const QString m_database;
    const int m_row;
    const QString m_name;
    QRandomGenerator m_random;
    std::atomic<bool> m_stop {false};
    std::atomic<qint64> m_connectionId {0};
    QMutex m_mutex;
    QWaitCondition m_wake;
    QString m_lastProblem;
};
