// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <algorithm>

namespace ChartStyle {

qint64 niceStep(qint64 max, int maxTicks)
{
    const qint64 ticks = std::max(1, maxTicks);
    qint64 magnitude = 1;
    while (true) {
        for (const qint64 factor : {1, 2, 5}) {
            if (max <= factor * magnitude * ticks)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

int ticksThatFit(int length, int labelLength)
{
    // A label and half its width of space again, so neighbours never touch.
    const int perTick = std::max(1, labelLength + std::max(12, labelLength / 2));
    return std::max(1, length / perTick - 1);
}

} // namespace ChartStyle
