// SPDX-License-Identifier: GPL-3.0-or-later
// sessionscope-workload: keeps a MySQL or MariaDB server busy for the demo and the tests.
#include "workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t stopSignal = 0;

void onSignal(int signal)
{
    stopSignal = signal;
}

QString text(const char* source)
{
    return QCoreApplication::translate("sessionscope-workload", source);
}

void printError(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("sessionscope-workload: ") + message + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sessionscope-workload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        text("Keeps a MySQL or MariaDB server busy: connections arriving and leaving, short queries, long SELECT "
             "SLEEP() statements, sessions idle in a transaction and a lock chain, over several accounts and "
             "databases.\nThe password of --user comes from MYSQL_PWD."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(
        QStringLiteral("host"), text("Server host (default 127.0.0.1)."), QStringLiteral("host"));
    const QCommandLineOption portOption(QStringLiteral("port"), text("Server TCP port."), QStringLiteral("port"),
        QString::number(ConnectionSettings::DefaultPort));
    const QCommandLineOption socketOption(
        QStringLiteral("socket"), text("Unix socket; with --host as well, clients use both."), QStringLiteral("path"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        text("An administrative account: it creates the workload's accounts and ends its sessions."),
        QStringLiteral("user"), QStringLiteral("root"));
    const QCommandLineOption setupOption(QStringLiteral("setup"),
        text("Create the databases shop, inventory and reports and the accounts app_rw, app_ro, etl and report, "
             "then exit."));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), text("Number of simulated clients."), QStringLiteral("clients"), QStringLiteral("40"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
        text("Stop after this many seconds; 0 runs until interrupted."), QStringLiteral("seconds"),
        QStringLiteral("0"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), text("Seed of the clients' timings."), QStringLiteral("seed"), QStringLiteral("1"));
    parser.addOptions(
        {hostOption, portOption, socketOption, userOption, setupOption, scaleOption, durationOption, seedOption});
    parser.process(app);

    bool scaleOk = false;
    bool durationOk = false;
    bool portOk = false;
    bool seedOk = false;
    const int scale = parser.value(scaleOption).toInt(&scaleOk);
    const int duration = parser.value(durationOption).toInt(&durationOk);
    const int port = parser.value(portOption).toInt(&portOk);
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!scaleOk || scale < 1 || scale > 400 || !durationOk || duration < 0 || !portOk || port < 1 || port > 65535
        || !seedOk) {
        printError(text("--scale takes 1 to 400 clients, --duration a number of seconds, --port 1 to 65535."));
        return 2;
    }

    Workload::Options options;
    options.admin.user = parser.value(userOption);
    options.admin.password = qEnvironmentVariable("MYSQL_PWD");
    options.admin.sslMode = ConnectionSettings::SslMode::Disabled;
    // Its clients sleep and wait for locks on purpose, for minutes.
    options.admin.readTimeoutSeconds = 0;
    if (parser.isSet(socketOption) && !parser.isSet(hostOption)) {
        options.admin.socket = parser.value(socketOption);
    } else {
        options.admin.host = parser.isSet(hostOption) ? parser.value(hostOption) : QStringLiteral("127.0.0.1");
        options.admin.port = port;
        options.extraSocket = parser.value(socketOption);
    }
    options.scale = scale;
    options.seed = seed;
    Workload workload(options);

    if (parser.isSet(setupOption)) {
        if (const QString error = workload.setUp(); !error.isEmpty()) {
            printError(error);
            return 1;
        }
        std::fputs("sessionscope-workload: setup done\n", stdout);
        return 0;
    }

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QObject::connect(&workload, &Workload::problem, &app, [](const QString& message) { printError(message); });
    if (const QString error = workload.start(); !error.isEmpty()) {
        printError(error);
        return 1;
    }
    // A signal handler may only set a flag; the event loop looks at it a few times a second.
    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &app, [] {
        if (stopSignal != 0)
            QCoreApplication::quit();
    });
    signalWatch.start(200);
    if (duration > 0)
        QTimer::singleShot(duration * 1000, &app, &QCoreApplication::quit);

    // Scripts wait for this line; it is not translated.
    std::printf("sessionscope-workload running: %d clients\n", workload.clientCount());
    std::fflush(stdout);
    const int status = app.exec();
    workload.stop();
    return status;
}
