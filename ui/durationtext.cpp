// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtext.h"

#include <algorithm>
#include <climits>

QString DurationText::age(qint64 seconds)
{
    const auto count = [](qint64 value) { return int(std::clamp<qint64>(value, 0, INT_MAX)); };
    if (seconds < 120)
        return tr("%n s", nullptr, count(seconds));
    if (seconds < 2 * 3600)
        return tr("%n min", nullptr, count(seconds / 60));
    // A replayed moment may be days old: "2 d", not "2880 min".
    if (seconds < 2 * 86'400)
        //: Hours, in how long ago a snapshot was taken.
        return tr("%n h", nullptr, count(seconds / 3600));
    //: Days, in how long ago a snapshot was taken.
    return tr("%n d", nullptr, count(seconds / 86'400));
}

QString DurationText::compact(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < 60)
        //: Seconds, in the table's durations.
        return tr("%1 s").arg(s);
    if (s < 3600)
        //: Minutes and seconds, in the table's durations.
        return tr("%1 m %2 s").arg(s / 60).arg(s % 60);
    if (s < 86'400)
        //: Hours and minutes, in the table's durations.
        return tr("%1 h %2 m").arg(s / 3600).arg(s % 3600 / 60);
    //: Days and hours, in the table's durations.
    return tr("%1 d %2 h").arg(s / 86'400).arg(s % 86'400 / 3600);
}
