// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

bool Session::isActive() const
{
    // The length first: this runs for every session of every snapshot.
    return (command.size() == 5 && command.compare(QLatin1String("Query"), Qt::CaseInsensitive) == 0)
        || (command.size() == 7 && command.compare(QLatin1String("Execute"), Qt::CaseInsensitive) == 0);
}

bool Session::isIdleInTransaction() const
{
    return !trxId.isEmpty() && command.size() == 5 && command.compare(QLatin1String("Sleep"), Qt::CaseInsensitive) == 0;
}
