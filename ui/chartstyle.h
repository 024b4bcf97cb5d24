// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

// What the charts share, so they read as one family.
namespace ChartStyle {

inline const QColor activeColor {0x1f, 0x5f, 0xd1};

// A tick interval of 1, 2 or 5 times a power of ten giving at most about six ticks, never below 1
// because counts and seconds are whole numbers.
qint64 niceStep(qint64 max);

} // namespace ChartStyle
