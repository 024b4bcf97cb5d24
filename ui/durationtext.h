// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DurationText {

// "45 s" under two minutes, "7 min" beyond: how old a snapshot is, at a glance.
QString age(qint64 seconds);

} // namespace DurationText
