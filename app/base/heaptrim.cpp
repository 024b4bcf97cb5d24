// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptrim.h"

#include <atomic>
#include <chrono>
#include <limits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace HeapTrim {

bool isSupported()
{
#if defined(__GLIBC__)
    return true;
#else
    return false;
#endif
}

bool releaseFree()
{
#if defined(__GLIBC__)
    return ::malloc_trim(0) != 0;
#else
    return false;
#endif
}

bool releaseFreeAtMostEvery(qint64 intervalMs)
{
    static std::atomic<qint64> lastMs {std::numeric_limits<qint64>::min()};
    const qint64 nowMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
              .count();
    qint64 last = lastMs.load();
    // Another thread that trims meanwhile wins; this one then has nothing left to do.
    if (last != std::numeric_limits<qint64>::min() && nowMs - last < intervalMs)
        return false;
    if (!lastMs.compare_exchange_strong(last, nowMs))
        return false;
    releaseFree();
    return true;
}

} // namespace HeapTrim
