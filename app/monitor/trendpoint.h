// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The figures of one snapshot that the trend chart draws.
struct TrendPoint
{
    qint64 timeMs = 0;
    qint64 total = 0;
    qint64 active = 0;
    qint64 idleInTransaction = 0;
    qint64 maxActiveTime = 0;
    // Fetches failed between the point before and this one: the trend has a gap there.
    bool afterGap = false;

    bool operator==(const TrendPoint&) const = default;
};
