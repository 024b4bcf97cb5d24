// SPDX-License-Identifier: GPL-3.0-or-later
// The ~/.my.cnf reader on any bytes: it never crashes, and a port it reports is a real one.
#include "fuzzcheck.h"

#include "credentials/mysqloptionfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const MySqlOptionFile::Client client
        = MySqlOptionFile::parse(Fuzz::bytes(data, size), QStringLiteral("/home/fuzz/.my.cnf"));
    Fuzz::check(client.path == QLatin1String("/home/fuzz/.my.cnf"), "the path is lost");
    if (client.port)
        Fuzz::check(*client.port >= 1 && *client.port <= 65535, "a port out of range");
    return 0;
}
