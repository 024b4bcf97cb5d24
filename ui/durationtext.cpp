// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtext.h"

#include <QCoreApplication>

namespace DurationText {

QString age(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120)
        return QCoreApplication::translate("DurationText", "%n s", nullptr, int(seconds));
    return QCoreApplication::translate("DurationText", "%n min", nullptr, int(std::min<qint64>(seconds / 60, INT_MAX)));
}

} // namespace DurationText
