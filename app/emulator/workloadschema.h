// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workloadaccount.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSqlDatabase;

// The databases, tables and accounts the workload runs on: shop, inventory and reports with small
// InnoDB tables, and the accounts app_rw, app_ro, etl and report. Everything it does may be done
// again: a second setup replaces the tables with the same schema and rows.
class WorkloadSchema
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadSchema)

public:
    static QStringList userNames();
    static QStringList databaseNames();

    // Creates the databases and accounts that are missing and replaces the tables with freshly seeded ones. Returns the
    // error text, empty on success.
    static QString setUp(QSqlDatabase& admin);
    // Gives every workload account a new random password and returns them; the accounts must
    // exist (setUp). Empty list and `error` set on failure.
    static QList<WorkloadAccount> rekey(QSqlDatabase& admin, QString* error);
};
