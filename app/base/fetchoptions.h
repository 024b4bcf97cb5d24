// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How patiently a source takes one snapshot. Each source uses what applies to it: DAS polls its
// asynchronous task, a direct connection only connects and queries.
struct FetchOptions
{
    // Between two polls of a task that is still running.
    int pollIntervalMs = 1000;
    // For the whole snapshot, polls and retries included.
    int deadlineMs = 30'000;
    // For one request or query.
    int transferTimeoutMs = 10'000;
    // Exponential backoff for throttling and transient failures: base * 2^attempt, capped, with
    // jitter in [50%, 100%] of that; a server's retry-after, when sent, is the lower bound.
    int retryBaseMs = 500;
    int retryMaxMs = 20'000;
    int maxRetries = 4;
};
