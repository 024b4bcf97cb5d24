// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchoptions.h"

#include <QtGlobal>

// The one backoff of every source: options.retryBaseMs * 2^attempt, capped at retryMaxMs, with
// jitter in [50%, 100%] so that many clients do not retry in step; a server's retry-after, when
// it sent one, is the lower bound, but never beyond the deadline.
namespace Backoff {

int delayMs(const FetchOptions& options, int attempt, qint64 retryAfterMs = -1);

} // namespace Backoff
