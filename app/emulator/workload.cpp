// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

#include "workloadclient.h"
#include "workloadschema.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Plan
{
    WorkloadClient::Role role;
    const char* user;
    const char* database;
};

// The lock chain: one holder and three to five waiters, whatever the scale.
int waitersFor(int scale)
{
    return std::clamp(scale / 8, 3, 5);
}

} // namespace

Workload::Workload(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_adminName(QStringLiteral("sessionscope-workload-admin"))
{ }

Workload::~Workload()
{
    stop();
    if (QSqlDatabase::contains(m_adminName)) {
        QSqlDatabase::database(m_adminName, false).close();
        QSqlDatabase::removeDatabase(m_adminName);
    }
}

QString Workload::openAdmin()
{
    if (QSqlDatabase::contains(m_adminName) && QSqlDatabase::database(m_adminName, false).isOpen())
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
        return tr("Qt's MySQL driver is not installed (Debian: libqt6sql6-mysql).");
    QSqlDatabase database = QSqlDatabase::contains(m_adminName)
        ? QSqlDatabase::database(m_adminName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_adminName);
    const ConnectionSettings& admin = m_options.admin;
    database.setHostName(admin.driverHostName());
    database.setPort(admin.port);
    database.setConnectOptions(admin.driverConnectOptions());
    database.setUserName(admin.user);
    database.setPassword(admin.password);
    if (!database.open())
        return tr("Could not connect to %1 as %2: %3").arg(admin.target(), admin.user, database.lastError().text());
    return {};
}

QString Workload::setUp()
{
    if (QString error = openAdmin(); !error.isEmpty())
        return error;
    QSqlDatabase admin = QSqlDatabase::database(m_adminName, false);
    return WorkloadSchema::setUp(admin);
}

QString Workload::start()
{
    if (QString error = openAdmin(); !error.isEmpty())
        return error;
    QSqlDatabase admin = QSqlDatabase::database(m_adminName, false);
    QString error;
    const QList<WorkloadAccount> accounts = WorkloadSchema::rekey(admin, &error);
    if (!error.isEmpty())
        return error;

    using Role = WorkloadClient::Role;
    QList<Plan> plans;
    plans.append({Role::LockHolder, "app_rw", "shop"});
    const int waiters = waitersFor(m_options.scale);
    for (int i = 0; i < waiters; ++i)
        plans.append({Role::LockWaiter, i % 2 ? "etl" : "app_rw", "shop"});
    // The rest in turn, so that even a small scale has every kind.
    static constexpr Plan Rotation[] = {
        {Role::Churn, "app_ro", "shop"},
        {Role::Sleeper, "report", "reports"},
        {Role::IdleInTransaction, "app_rw", "shop"},
        {Role::Churn, "app_rw", "inventory"},
        {Role::Sleeper, "etl", "inventory"},
        {Role::IdleInTransaction, "etl", "inventory"},
        {Role::Churn, "app_ro", "inventory"},
        {Role::Sleeper, "app_ro", "reports"},
    };
    const qsizetype total = std::max<qsizetype>(m_options.scale, plans.size() + 3);
    for (int i = 0; plans.size() < total; ++i)
        plans.append(Rotation[i % std::size(Rotation)]);

    for (int i = 0; i < plans.size(); ++i) {
        const Plan& plan = plans.at(i);
        ConnectionSettings settings = m_options.admin;
        settings.user = QLatin1String(plan.user);
        for (const WorkloadAccount& account : accounts) {
            if (account.user == settings.user)
                settings.password = account.password;
        }
        if (!m_options.extraSocket.isEmpty() && settings.socket.isEmpty() && i % 3 == 2)
            settings.socket = m_options.extraSocket;
        // Rows 2..100: row 1 is the lock chain's.
        auto* client = new WorkloadClient(
            plan.role, settings, QLatin1String(plan.database), 2 + i % 99, m_options.seed * 7919u + quint32(i), this);
        connect(client, &WorkloadClient::problem, this, &Workload::problem);
        m_clients.append(client);
        client->start();
    }
    return {};
}

void Workload::killBusyClients()
{
    if (!openAdmin().isEmpty())
        return;
    QSqlQuery query(QSqlDatabase::database(m_adminName, false));
    for (WorkloadClient* client : std::as_const(m_clients)) {
        if (const qint64 id = client->connectionId(); id != 0 && client->isRunning())
            query.exec(QStringLiteral("KILL CONNECTION %1").arg(id));
    }
}

void Workload::stop()
{
    if (m_clients.isEmpty())
        return;
    for (WorkloadClient* client : std::as_const(m_clients))
        client->requestStop();
    // Idle clients end by themselves within moments; the rest are inside a statement.
    QDeadlineTimer idle(1500);
    for (WorkloadClient* client : std::as_const(m_clients))
        client->wait(idle);
    killBusyClients();
    for (WorkloadClient* client : std::as_const(m_clients)) {
        client->wait(QDeadlineTimer(5000));
        delete client;
    }
    m_clients.clear();
}
