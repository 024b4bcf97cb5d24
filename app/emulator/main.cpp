// SPDX-License-Identifier: GPL-3.0-or-later
// das-emulator: the DAS emulator as a process, for the README demo and for scripts.
#include "base/credential.h"
#include "dasemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>

#include <cstdio>
#include <optional>

namespace {

void printError(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("das-emulator: ") + message + QLatin1Char('\n')), stderr);
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// One line per request. Only what identifies the call: never a header, never a key.
void logRequest(const DasEmulator::RequestRecord& record)
{
    const QString line
        = QStringLiteral("%1 %2 %3 instance=%4 node=%5 result=%6 status=%7 code=%8 fault=%9\n")
              .arg(record.receivedAt.toString(Qt::ISODateWithMs), QString::fromLatin1(record.method),
                  orDash(QString::fromUtf8(record.action)), orDash(record.params.value(QStringLiteral("InstanceId"))),
                  orDash(record.params.value(QStringLiteral("NodeId"))),
                  orDash(record.params.value(QStringLiteral("ResultId"))), QString::number(record.httpStatus),
                  orDash(record.errorCode), orDash(record.fault));
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

// "host", "host:port", "[::1]:port"; nullopt when the port is not a port.
std::optional<ConnectionSettings> serverSettings(const QString& text)
{
    ConnectionSettings settings;
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        port = rest.mid(1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    if (host.isEmpty())
        return std::nullopt;
    settings.host = host;
    if (!port.isNull()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return std::nullopt;
        settings.port = int(number);
    }
    return settings;
}

} // namespace

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void silenceServerDebug(QLoggingCategory* category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // QHttpServer's debug output prints every request header, signatures and STS tokens included;
    // a category filter keeps it off whatever QT_LOGGING_RULES says.
    previousFilter = QLoggingCategory::installFilter(silenceServerDebug);
    QCoreApplication::setApplicationName(QStringLiteral("das-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Emulates Alibaba Cloud DAS GetMySQLAllSessionAsync on 127.0.0.1 (plain HTTP) for tests and "
                       "demos.\nThe key may also come from ALIBABA_CLOUD_ACCESS_KEY_ID, "
                       "ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption idOption(
        QStringLiteral("access-key-id"), QStringLiteral("The AccessKey id accepted."), QStringLiteral("id"));
    const QCommandLineOption secretOption(QStringLiteral("access-key-secret"),
        QStringLiteral("The AccessKey secret it signs with."), QStringLiteral("secret"));
    const QCommandLineOption tokenOption(
        QStringLiteral("security-token"), QStringLiteral("Require this STS security token."), QStringLiteral("token"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QStringLiteral("Scenario file (JSON, see README.md); default: the "
                       "built-in demo."),
        QStringLiteral("file"));
    const QCommandLineOption skewOption(QStringLiteral("clock-skew"),
        QStringLiteral("Server clock = real clock + this many seconds."), QStringLiteral("seconds"));
    const QCommandLineOption mariadbOption(QStringLiteral("mariadb"),
        QStringLiteral("Serve the real sessions of this MySQL or MariaDB server (port 3306 by default) as one "
                       "more instance; its password comes from MYSQL_PWD only."),
        QStringLiteral("host[:port]"));
    const QCommandLineOption mariadbUserOption(QStringLiteral("mariadb-user"),
        QStringLiteral("The account that reads and kills the server's sessions (needs PROCESS and CONNECTION "
                       "ADMIN or SUPER)."),
        QStringLiteral("user"), QStringLiteral("root"));
    const QCommandLineOption mariadbInstanceOption(QStringLiteral("mariadb-instance"),
        QStringLiteral("The instance id of the real server."), QStringLiteral("id"), QStringLiteral("rm-real"));
    const QCommandLineOption rdsOption(QStringLiteral("rds-instances"),
        QStringLiteral("Add this many generated RDS MySQL instances to the account (rm-acct-0001, ...)."),
        QStringLiteral("n"));
    const QCommandLineOption polarOption(QStringLiteral("polardb-clusters"),
        QStringLiteral("Add this many generated PolarDB MySQL clusters to the account (pc-acct-0001, ...)."),
        QStringLiteral("n"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes-per-cluster"),
        QStringLiteral("Nodes of each generated PolarDB cluster (default 2)."), QStringLiteral("n"));
    const QCommandLineOption denyOption(QStringLiteral("deny-listing"),
        QStringLiteral("Answer this listing (DescribeDBInstances or DescribeDBClusters) with 403 Forbidden.RAM; "
                       "may be repeated."),
        QStringLiteral("action"));
    parser.addOptions({portOption, idOption, secretOption, tokenOption, scenarioOption, skewOption, mariadbOption,
        mariadbUserOption, mariadbInstanceOption, rdsOption, polarOption, nodesOption, denyOption});
    parser.process(app);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto value = [&](const QCommandLineOption& option, const char* variable) {
        return parser.isSet(option) ? parser.value(option) : environment.value(QLatin1String(variable));
    };
    AccessKey key;
    key.id = value(idOption, "ALIBABA_CLOUD_ACCESS_KEY_ID");
    key.secret = value(secretOption, "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    key.securityToken = value(tokenOption, "ALIBABA_CLOUD_SECURITY_TOKEN");
    if (!key.isValid()) {
        printError(QStringLiteral("an AccessKey id and secret are required (--access-key-id, --access-key-secret)"));
        return 2;
    }

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printError(QStringLiteral("--port must be a number from 0 to 65535"));
        return 2;
    }

    DasEmulator emulator;
    emulator.setAccessKey(key);
    if (parser.isSet(scenarioOption)) {
        QString error;
        if (!emulator.loadScenarioFile(parser.value(scenarioOption), &error)) {
            printError(QStringLiteral("bad scenario file: ") + error);
            return 1;
        }
    }
    if (parser.isSet(rdsOption) || parser.isSet(polarOption) || parser.isSet(nodesOption)) {
        EmulatorScenario scenario = emulator.scenario();
        const auto count = [&](const QCommandLineOption& option, int min, int max, int& target) {
            if (!parser.isSet(option))
                return true;
            const int n = parser.value(option).toInt(&ok);
            if (!ok || n < min || n > max) {
                printError(QStringLiteral("--%1 must be a number from %2 to %3")
                               .arg(option.names().constFirst())
                               .arg(min)
                               .arg(max));
                return false;
            }
            target = n;
            return true;
        };
        if (!count(rdsOption, 0, EmulatorAccount::MaxGenerated, scenario.account.rdsInstances)
            || !count(polarOption, 0, EmulatorAccount::MaxGenerated, scenario.account.polarDbClusters)
            || !count(nodesOption, 1, 16, scenario.account.nodesPerCluster))
            return 2;
        emulator.setScenario(scenario);
    }
    for (const QString& action : parser.values(denyOption)) {
        if (action != QLatin1String(DasEmulator::RdsListAction)
            && action != QLatin1String(DasEmulator::PolarDbListAction)) {
            printError(QStringLiteral("--deny-listing takes DescribeDBInstances or DescribeDBClusters"));
            return 2;
        }
        emulator.setListingDenied(action, true);
    }
    if (parser.isSet(skewOption)) {
        const qint64 skew = parser.value(skewOption).toLongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("--clock-skew must be a whole number of seconds"));
            return 2;
        }
        emulator.setClockSkewSeconds(skew);
    }

    if (parser.isSet(mariadbOption)) {
        const auto server = serverSettings(parser.value(mariadbOption));
        if (!server) {
            printError(QStringLiteral("--mariadb must be HOST or HOST:PORT"));
            return 2;
        }
        EmulatorInstance instance;
        instance.instanceId = parser.value(mariadbInstanceOption);
        if (instance.instanceId.isEmpty()) {
            printError(QStringLiteral("--mariadb-instance must not be empty"));
            return 2;
        }
        // The first call is RUNNING while the server is read; the next poll usually has it.
        instance.runningPolls = 0;
        instance.engine = EmulatorInstance::Engine::RdsMySql;
        instance.server = *server;
        instance.server->user = parser.value(mariadbUserOption);
        instance.server->password = environment.value(QStringLiteral("MYSQL_PWD"));
        emulator.addInstance(instance);
    } else if (parser.isSet(mariadbUserOption) || parser.isSet(mariadbInstanceOption)) {
        printError(QStringLiteral("--mariadb-user and --mariadb-instance need --mariadb"));
        return 2;
    }

    if (emulator.listenOnLoopback(quint16(port)) == 0) {
        printError(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));
        return 1;
    }
    QObject::connect(&emulator, &DasEmulator::requestHandled, &emulator, &logRequest);

    const QByteArray banner = "das-emulator listening on " + emulator.endpoint().toEncoded() + '\n';
    std::fputs(banner.constData(), stdout);
    std::fflush(stdout);
    return app.exec();
}
