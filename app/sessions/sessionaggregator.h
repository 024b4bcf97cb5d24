// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct SessionSnapshot;

// Derives the totals and the per-user / per-client / per-database statistics from a session list,
// with the semantics DAS documents: a session is active when its Command is Query or Execute;
// MaxActiveTime is the longest Time among active sessions. Used wherever no server-side aggregate
// exists (direct connections, the emulator, filtered views).
namespace SessionAggregator {

// Replaces every count and statistic of `snapshot` by ones computed from its session list, and
// marks it as locally aggregated. Statistics are ordered by total count, then active count
// (both descending), then key.
void aggregate(SessionSnapshot& snapshot);

// Only the counts that DAS does not report (idle in transaction); keeps the server's own figures.
void fillDerivedCounts(SessionSnapshot& snapshot);

} // namespace SessionAggregator
