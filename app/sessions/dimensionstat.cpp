// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionstat.h"

bool DimensionStat::ranksBefore(const DimensionStat& a, const DimensionStat& b)
{
    if (a.totalCount != b.totalCount)
        return a.totalCount > b.totalCount;
    if (a.activeCount != b.activeCount)
        return a.activeCount > b.activeCount;
    return a.key < b.key;
}
