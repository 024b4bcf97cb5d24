// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/endpointpolicy.h"
#include "base/numberoption.h"
#include "credentials/keychainstore.h"
#include "mainwindow.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sources/demolauncher.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONSCOPE_VERSION));
}

// The options, for the window and for the answer to --help.
void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QApplication::translate("main", "Watch the sessions of MySQL instances."));
    parser.addOption({QStringLiteral("endpoint"), QApplication::translate("main", "DAS endpoint URL."),
        QApplication::translate("main", "url")});
    parser.addOption({QStringLiteral("instance"),
        QApplication::translate("main", "Instance ID to monitor, with the environment's credentials."),
        QApplication::translate("main", "id")});
    parser.addOption({QStringLiteral("node"), QApplication::translate("main", "Node ID (PolarDB)."),
        QApplication::translate("main", "id")});
    parser.addOption({QStringLiteral("interval"), QApplication::translate("main", "Refresh interval in seconds."),
        QApplication::translate("main", "seconds")});
    parser.addOption({QStringLiteral("mysql"),
        QApplication::translate("main",
            "Watch this MySQL or MariaDB server directly, without saving a profile (password from MYSQL_PWD or "
            "~/.my.cnf)."),
        QApplication::translate("main", "host[:port]")});
    parser.addOption({QStringLiteral("user"), QApplication::translate("main", "Database user for --mysql."),
        QApplication::translate("main", "user")});
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the demo (local emulator).")});
    parser.addOption({QStringLiteral("replay"),
        QApplication::translate(
            "main", "Show a recording (written by sessionscope-cli record) instead of a live instance."),
        QApplication::translate("main", "file")});
}

} // namespace

int main(int argc, char* argv[])
{
    {
        // --help and --version print and exit like the command-line tool, also where there is no
        // display: they are answered before the GUI application (which needs one) exists.
        QCoreApplication probe(argc, argv);
        setIdentity();
        Translations::applyConfiguredLanguage();
        Translations::install(&probe);
        QCommandLineParser parser;
        // "-reverse" is Qt's, not -r -e -v …: single-dash words are read whole.
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        describe(parser);
        // Anything else, Qt's own options (-platform …) included, is for the GUI application.
        parser.parse(QCoreApplication::arguments());
        if (parser.isSet(help))
            parser.showHelp(0);
        if (parser.isSet(version))
            parser.showVersion();
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.sessionscope.SessionScope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sessionscope.svg")));
    Translations::applyConfiguredLanguage();
    Translations::install(&app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    describe(parser);
    parser.process(app);
    std::optional<int> intervalSeconds;
    if (parser.isSet(QStringLiteral("interval"))) {
        intervalSeconds = NumberOption::readInteger(parser.value(QStringLiteral("interval")),
            InstanceProfile::MinRefreshIntervalMs / 1000, InstanceProfile::MaxRefreshIntervalMs / 1000);
        if (!intervalSeconds) {
            QTextStream(stderr) << QApplication::translate(
                "main", "sessionscope: --interval takes a whole number of seconds from %1 to %2, not \"%3\"")
                                       .arg(InstanceProfile::MinRefreshIntervalMs / 1000)
                                       .arg(InstanceProfile::MaxRefreshIntervalMs / 1000)
                                       .arg(parser.value(QStringLiteral("interval")))
                                << Qt::endl;
            return 2;
        }
    }

    ProfileStore profiles;
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor(&app);
    InstanceController controller(monitor, &keychain);
    DemoLauncher demo;
    MainWindow window(monitor);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();

    const QString instance = parser.value(QStringLiteral("instance"));
    const QString server = parser.value(QStringLiteral("mysql"));
    if (!server.isEmpty()) {
        // A one-off server from the command line: not saved; the password as the mysql client finds it.
        InstanceProfile adHoc;
        adHoc.source = InstanceProfile::Source::MySql;
        const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
        const bool hasPort = colon > 0 && server.indexOf(QLatin1Char(':')) == colon;
        adHoc.host = hasPort ? server.left(colon) : server;
        adHoc.port = hasPort ? server.mid(colon + 1).toInt() : ConnectionSettings::DefaultPort;
        adHoc.databaseUser = parser.value(QStringLiteral("user"));
        adHoc.displayName = adHoc.target();
        if (intervalSeconds)
            adHoc.refreshIntervalMs = *intervalSeconds * 1000;
        if (const QStringList problems = adHoc.validate(); !problems.isEmpty())
            window.showProblem(QStringLiteral("InvalidServer"), problems.join(QLatin1Char(' ')));
        else
            controller.open(adHoc);
    } else if (!instance.isEmpty()) {
        // A one-off instance from the command line: not saved, credentials from the environment.
        InstanceProfile adHoc;
        adHoc.displayName = instance;
        adHoc.instanceId = instance;
        adHoc.nodeId = parser.value(QStringLiteral("node"));
        adHoc.credential.kind = CredentialReference::Kind::Environment;
        if (parser.isSet(QStringLiteral("endpoint"))) {
            adHoc.endpointKind = InstanceProfile::EndpointKind::Custom;
            adHoc.customEndpoint = QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")));
        }
        if (intervalSeconds)
            adHoc.refreshIntervalMs = *intervalSeconds * 1000;
        if (const QString problem = EndpointPolicy::problem(adHoc.endpoint()); !problem.isEmpty())
            window.showProblem(QStringLiteral("InvalidEndpoint"), problem);
        else
            controller.open(adHoc);
    } else if (parser.isSet(QStringLiteral("replay"))) {
        window.openRecording(parser.value(QStringLiteral("replay")));
    } else if (parser.isSet(QStringLiteral("demo"))) {
        window.openDemo();
    } else {
        const QList<InstanceProfile> all = profiles.profiles();
        const auto last = profiles.profile(QUuid(QSettings().value(QStringLiteral("lastProfile")).toString()));
        if (last)
            controller.open(*last);
        else if (!all.isEmpty())
            controller.open(all.first());
    }
    const int exitCode = QApplication::exec();
    controller.close();
    return exitCode;
}
