// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

bool Session::isActive() const
{
    return command.compare(QLatin1String("Query"), Qt::CaseInsensitive) == 0
        || command.compare(QLatin1String("Execute"), Qt::CaseInsensitive) == 0;
}

bool Session::isIdleInTransaction() const
{
    return !trxId.isEmpty() && command.compare(QLatin1String("Sleep"), Qt::CaseInsensitive) == 0;
}
