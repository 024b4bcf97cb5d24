// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The subcommands of sessionscope-cli. Each takes the arguments after its name and returns the
// process exit code (see README.md, "Command line").
namespace CliCommands {

enum ExitCode
{
    Success = 0,
    FetchFailed = 1,
    UsageError = 2,
    NoCredentials = 3,
    OutputError = 4,
    InputError = 5,
    // A kill was sent and some target was refused or failed.
    KillIncomplete = 6,
    // watch: a rule was raised.
    AlertsRaised = 7,
};

int snapshot(const QStringList& arguments);
int convert(const QStringList& arguments);
int sign(const QStringList& arguments);
int kill(const QStringList& arguments);
int audit(const QStringList& arguments);
int record(const QStringList& arguments);
int replay(const QStringList& arguments);
int watch(const QStringList& arguments);
int instances(const QStringList& arguments);

} // namespace CliCommands
