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

    bool operator==(const TrendPoint&) const = default;
};
