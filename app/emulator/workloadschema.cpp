// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadschema.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// 100 rows, 1 to 100, in plain SQL that MySQL and MariaDB both understand.
const QString Hundred = QStringLiteral(
    "(SELECT a.d * 10 + b.d + 1 AS n FROM "
    "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 "
    "UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a CROSS JOIN "
    "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 "
    "UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b) seq");

// The hosts an account is created for: a socket connection arrives as localhost, where an
// anonymous account would otherwise take precedence over '%'.
const QStringList Hosts {QStringLiteral("%"), QStringLiteral("localhost")};

// Those and any other host an account of that name already has (say 'app_rw'@'127.0.0.1'): the
// server picks the most specific one, so every one of them must get the grants and the password.
QStringList hostsOf(QSqlDatabase& admin, const QString& user)
{
    QStringList hosts = Hosts;
    QSqlQuery query(admin);
    query.prepare(QStringLiteral("SELECT Host FROM mysql.user WHERE User = ?"));
    query.addBindValue(user);
    if (query.exec()) {
        while (query.next()) {
            const QString host = query.value(0).toString();
            // Quoted into statements below: anything unusual is left alone.
            if (!hosts.contains(host) && !host.contains(QLatin1Char('\\')) && !host.contains(QLatin1Char('\'')))
                hosts.append(host);
        }
    }
    return hosts;
}

struct Grant
{
    const char* user;
    const char* privileges;
    const char* database;
};

constexpr Grant Grants[] = {
    {"app_rw", "SELECT, INSERT, UPDATE, DELETE", "shop"},
    {"app_rw", "SELECT, INSERT, UPDATE, DELETE", "inventory"},
    {"app_ro", "SELECT", "shop"},
    {"app_ro", "SELECT", "inventory"},
    {"app_ro", "SELECT", "reports"},
    {"etl", "SELECT, INSERT, UPDATE, DELETE", "inventory"},
    {"etl", "SELECT, INSERT, UPDATE, DELETE", "reports"},
    {"etl", "SELECT, UPDATE", "shop"},
    {"report", "SELECT", "reports"},
    {"report", "SELECT", "shop"},
};

QString run(QSqlDatabase& admin, const QStringList& statements)
{
    QSqlQuery query(admin);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return {};
}

// Letters and digits only, so it can stand inside a quoted SQL literal as it is.
QString newPassword()
{
    static const QLatin1String alphabet("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return password;
}

QString accountList(const QString& user, const QStringList& hosts)
{
    QStringList accounts;
    for (const QString& host : hosts)
        accounts.append(QStringLiteral("'%1'@'%2'").arg(user, host));
    return accounts.join(QStringLiteral(", "));
}

} // namespace

QStringList WorkloadSchema::userNames()
{
    return {QStringLiteral("app_rw"), QStringLiteral("app_ro"), QStringLiteral("etl"), QStringLiteral("report")};
}

QStringList WorkloadSchema::databaseNames()
{
    return {QStringLiteral("shop"), QStringLiteral("inventory"), QStringLiteral("reports")};
}

QString WorkloadSchema::setUp(QSqlDatabase& admin)
{
    QStringList statements;
    for (const QString& database : databaseNames())
        statements.append(QStringLiteral("CREATE DATABASE IF NOT EXISTS ") + database);
    statements << QStringLiteral("DROP TABLE IF EXISTS shop.customers")
               << QStringLiteral("CREATE TABLE shop.customers (id INT PRIMARY KEY, name VARCHAR(64) "
                                 "NOT NULL, email VARCHAR(128) NOT NULL) ENGINE=InnoDB")
               << QStringLiteral("DROP TABLE IF EXISTS shop.orders")
               << QStringLiteral("CREATE TABLE shop.orders (id INT PRIMARY KEY, customer_id INT NOT "
                                 "NULL, status VARCHAR(16) NOT NULL, total DECIMAL(10,2) NOT NULL, updated_at "
                                 "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB")
               << QStringLiteral("DROP TABLE IF EXISTS inventory.products")
               << QStringLiteral("CREATE TABLE inventory.products (id INT PRIMARY KEY, sku VARCHAR(16) "
                                 "NOT NULL, name VARCHAR(64) NOT NULL) ENGINE=InnoDB")
               << QStringLiteral("DROP TABLE IF EXISTS inventory.stock")
               << QStringLiteral("CREATE TABLE inventory.stock (product_id INT PRIMARY KEY, quantity "
                                 "INT NOT NULL, updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB")
               << QStringLiteral("DROP TABLE IF EXISTS reports.daily_sales")
               << QStringLiteral("CREATE TABLE reports.daily_sales (id INT PRIMARY KEY, day DATE NOT "
                                 "NULL, orders INT NOT NULL, revenue DECIMAL(12,2) NOT NULL) ENGINE=InnoDB")
               << QStringLiteral("INSERT INTO shop.customers SELECT n, CONCAT('customer ', n), "
                                 "CONCAT('customer', n, '@example.com') FROM ")
            + Hundred
               << QStringLiteral("INSERT INTO shop.orders (id, customer_id, status, total) SELECT n, n % 37 "
                                 "+ 1, 'new', n * 3.25 FROM ")
            + Hundred
               << QStringLiteral("INSERT INTO inventory.products SELECT n, CONCAT('SKU-', LPAD(n, 5, '0')), "
                                 "CONCAT('product ', n) FROM ")
            + Hundred
               << QStringLiteral("INSERT INTO inventory.stock (product_id, quantity) SELECT n, n * 7 FROM ") + Hundred
               << QStringLiteral("INSERT INTO reports.daily_sales SELECT n, CURRENT_DATE - INTERVAL n DAY, n "
                                 "* 11, n * 123.5 FROM ")
            + Hundred;
    for (const QString& user : userNames()) {
        for (const QString& host : Hosts) {
            // A fresh random password nobody keeps: a run sets its own (rekey).
            statements.append(QStringLiteral("CREATE USER IF NOT EXISTS '%1'@'%2' IDENTIFIED BY '%3'")
                                  .arg(user, host, newPassword()));
        }
    }
    if (QString error = run(admin, statements); !error.isEmpty())
        return error;
    statements.clear();
    for (const Grant& grant : Grants) {
        const QString user = QLatin1String(grant.user);
        statements.append(QStringLiteral("GRANT %1 ON %2.* TO %3")
                              .arg(QLatin1String(grant.privileges), QLatin1String(grant.database),
                                  accountList(user, hostsOf(admin, user))));
    }
    return run(admin, statements);
}

QList<WorkloadAccount> WorkloadSchema::rekey(QSqlDatabase& admin, QString* error)
{
    QList<WorkloadAccount> accounts;
    QStringList statements;
    for (const QString& user : userNames()) {
        const WorkloadAccount account {user, newPassword()};
        for (const QString& host : hostsOf(admin, user)) {
            statements.append(
                QStringLiteral("ALTER USER '%1'@'%2' IDENTIFIED BY '%3'").arg(user, host, account.password));
        }
        accounts.append(account);
    }
    *error = run(admin, statements);
    if (!error->isEmpty()) {
        *error = tr("Could not set the workload accounts' passwords (run --setup first?): %1").arg(*error);
        return {};
    }
    return accounts;
}
