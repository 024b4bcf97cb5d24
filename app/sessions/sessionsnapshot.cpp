// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsnapshot.h"

const QList<DimensionStat>& SessionSnapshot::stats(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::User:
        return userStats;
    case Dimension::Client:
        return clientStats;
    case Dimension::Database:
        break;
    }
    return dbStats;
}

QList<DimensionStat>& SessionSnapshot::stats(Dimension dimension)
{
    return const_cast<QList<DimensionStat>&>(std::as_const(*this).stats(dimension));
}
