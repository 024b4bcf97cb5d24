// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Backoff {

int delayMs(const FetchOptions& options, int attempt, qint64 retryAfterMs)
{
    retryAfterMs = std::min<qint64>(retryAfterMs, options.deadlineMs);
    const qint64 exponential
        = std::min<qint64>(options.retryMaxMs, qint64(options.retryBaseMs) << std::clamp(attempt, 0, 20));
    const qint64 jittered = exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1);
    return int(
        std::clamp<qint64>(std::max(jittered, retryAfterMs), 0, std::max<qint64>(options.retryMaxMs, retryAfterMs)));
}

} // namespace Backoff
