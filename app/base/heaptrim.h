// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Hands the heap's free pages back to the system. glibc keeps what is freed inside its arenas (a
// replaced snapshot of thousands of sessions, the parse buffers of the worker threads, each with
// an arena of its own) resident until it is reused, so a monitor that replaces a large snapshot
// every few seconds shows a resident size well above what it uses. Elsewhere than on glibc it does
// nothing.
namespace HeapTrim {

// Whether this C library can hand free heap pages back (glibc).
bool isSupported();
// malloc_trim(0) on glibc: whether any memory went back to the system.
bool releaseFree();
// releaseFree(), unless it ran less than `intervalMs` ago in this process; whether it ran.
bool releaseFreeAtMostEvery(qint64 intervalMs);

} // namespace HeapTrim
