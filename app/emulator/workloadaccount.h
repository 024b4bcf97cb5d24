// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One of the accounts the workload connects as, with the password it gave that account for this
// run. The password lives only in this process.
struct WorkloadAccount
{
    QString user;
    QString password;
};
