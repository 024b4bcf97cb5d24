// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

namespace ChartStyle {

qint64 niceStep(qint64 max)
{
    qint64 magnitude = 1;
    while (true) {
        for (const qint64 factor : {1, 2, 5}) {
            if (max <= factor * magnitude * 6)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

} // namespace ChartStyle
