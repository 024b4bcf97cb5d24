// SPDX-License-Identifier: GPL-3.0-or-later
// The DAS response parser on any bytes: it answers a result or an error, never crashes; a snapshot
// it answers goes through the CSV and JSON writers as an export would.
#include "fuzzcheck.h"

#include "das/snapshotparser.h"
#include "export/sessioncsv.h"
#include "export/snapshotjson.h"
#include "sessions/sessionsnapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const SnapshotParser::Context context {QStringLiteral("rm-fuzz"), QStringLiteral("node-1"), 1659581514000};
    const SnapshotParser::Result result = SnapshotParser::parseAsyncResponse(Fuzz::bytes(data, size), context);
    if (!result.ok() || !result.response.snapshot)
        return 0;
    const SessionSnapshot& snapshot = *result.response.snapshot;
    SessionCsv::sessions(snapshot, {});
    SessionCsv::stats(snapshot, {});
    SnapshotJson::toJson(snapshot);
    return 0;
}
