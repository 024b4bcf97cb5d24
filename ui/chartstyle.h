// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

// What the charts share, so they read as one family.
namespace ChartStyle {

inline const QColor activeColor {0x1f, 0x5f, 0xd1};

// A tick interval of 1, 2 or 5 times a power of ten giving at most `maxTicks` intervals up to `max`
// (about six by default), never below 1 because counts and seconds are whole numbers.
qint64 niceStep(qint64 max, int maxTicks = 6);

// How many tick intervals fit along `length` pixels when each label is `labelLength` long and
// needs a gap beside it: at least one, so an axis always shows its two ends.
int ticksThatFit(int length, int labelLength);

} // namespace ChartStyle
