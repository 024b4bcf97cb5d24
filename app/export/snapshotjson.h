// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct SessionSnapshot;

// The normalized snapshot as JSON (schema in README.md, "Snapshot JSON"): the same document
// whichever source and whichever key casing the service used.
namespace SnapshotJson {

QByteArray toJson(const SessionSnapshot& snapshot);

} // namespace SnapshotJson
