// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Recording {

// The moment a user typed to jump to in a recording that starts at `firstMs`, in local
// time: a time of day ("03:12", "3:12:30") is the first such time at or after the recording's start
// (a recording made overnight reaches "03:12" on its second day); a full date and time
// ("2026-12-01 03:12", "2026-12-01T03:12:30", with an offset or Z for another zone) is that moment.
// Nothing for text that is neither.
std::optional<qint64> parseMoment(const QString& text, qint64 firstMs);

} // namespace Recording
