// SPDX-License-Identifier: GPL-3.0-or-later
// The kill-task parsers (the task's creation and its result) on any bytes: never a crash.
#include "fuzzcheck.h"

#include "das/killtaskparser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    KillTaskParser::parseCreate(body);
    KillTaskParser::parseResult(body);
    return 0;
}
