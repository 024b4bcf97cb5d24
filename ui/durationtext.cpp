// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtext.h"

#include <climits>

QString DurationText::age(qint64 seconds)
{
    const auto count = [](qint64 value) { return int(std::clamp<qint64>(value, 0, INT_MAX)); };
    if (seconds < 120)
        return tr("%n s", nullptr, count(seconds));
    return tr("%n min", nullptr, count(seconds / 60));
}
