// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names: the tool shares its data folder, so both append to one audit log.
    QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONSCOPE_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("snapshot"))
        return CliCommands::snapshot(arguments);
    if (command == QLatin1String("convert"))
        return CliCommands::convert(arguments);
    if (command == QLatin1String("sign"))
        return CliCommands::sign(arguments);
    if (command == QLatin1String("kill"))
        return CliCommands::kill(arguments);
    if (command == QLatin1String("audit"))
        return CliCommands::audit(arguments);
    if (command == QLatin1String("record"))
        return CliCommands::record(arguments);
    if (command == QLatin1String("replay"))
        return CliCommands::replay(arguments);
    if (command == QLatin1String("watch"))
        return CliCommands::watch(arguments);
    if (command == QLatin1String("instances"))
        return CliCommands::instances(arguments);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "sessionscope-cli " << SESSIONSCOPE_VERSION << '\n';
        return CliCommands::Success;
    }
    QTextStream(command == QLatin1String("--help") || command == QLatin1String("-h") ? stdout : stderr)
        << QCoreApplication::translate("sessionscope-cli",
               "Usage: sessionscope-cli <command> [options]\n"
               "Commands:\n"
               "  snapshot  take one snapshot of an instance through DAS, or of a server directly\n"
               "  kill      kill sessions or their statements, after a preview and a confirmation\n"
               "  audit     print the audit log of kills\n"
               "  watch     take snapshots on an interval and report rules raised and cleared\n"
               "  instances list the RDS MySQL instances and PolarDB MySQL nodes of an account as CSV\n"
               "  convert   turn a saved GetMySQLAllSessionAsync response into CSV or JSON\n"
               "  record    keep every snapshot of an instance in a file, to replay later\n"
               "  replay    list a recording, or show the snapshot at a moment\n"
               "  sign      show how a V3 request is signed\n"
               "Run sessionscope-cli <command> --help for its options.\n");
    return command == QLatin1String("--help") || command == QLatin1String("-h") ? CliCommands::Success
                                                                                : CliCommands::UsageError;
}
