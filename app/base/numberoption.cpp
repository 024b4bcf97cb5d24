// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberoption.h"

#include <cmath>

namespace NumberOption {

std::optional<double> read(const QString& text, double min, double max)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<int> readInteger(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace NumberOption
