// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "base/endpointpolicy.h"
#include "credentials/credentialresolver.h"
#include "credentials/environmentcredentials.h"
#include "credentials/keychainstore.h"
#include "credentials/mysqloptionfile.h"
#include "das/acs3signer.h"
#include "das/snapshotparser.h"
#include "export/sessioncsv.h"
#include "export/snapshotjson.h"
#include "profiles/profilestore.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace CliCommands {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sessionscope-cli", text);
}

// Errors are one line on stderr, so that scripts can grep them.
void printError(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    QTextStream(stderr) << "sessionscope-cli: " << line << Qt::endl;
}

bool writeOutput(const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            printError(tr("error: cannot write to standard output"));
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(tr("error: cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

struct OutputOptions
{
    QString format = QStringLiteral("csv");
    QString output = QStringLiteral("-");
    QString stats;
    QString locks;
    SessionCsv::Options csv;
};

void addOutputOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: csv (default) or json."), tr("format"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("output"), tr("Write the sessions to FILE (- for standard output)."), tr("file"),
        QStringLiteral("-")});
    parser.addOption(
        {QStringLiteral("stats"), tr("Also write the per-user/client/db statistics CSV to FILE."), tr("file")});
    parser.addOption({QStringLiteral("locks"),
        tr("Also write the lock waits CSV to FILE (direct connections; a header only otherwise)."), tr("file")});
    parser.addOption(
        {QStringLiteral("no-formula-guard"), tr("Do not prefix text cells that start with = + - @ with a quote.")});
}

std::optional<OutputOptions> readOutputOptions(const QCommandLineParser& parser)
{
    OutputOptions options;
    options.format = parser.value(QStringLiteral("format")).toLower();
    if (options.format != QLatin1String("csv") && options.format != QLatin1String("json")) {
        printError(tr("error: unknown format \"%1\"; use csv or json").arg(options.format));
        return std::nullopt;
    }
    options.output = parser.value(QStringLiteral("output"));
    options.stats = parser.value(QStringLiteral("stats"));
    options.locks = parser.value(QStringLiteral("locks"));
    options.csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    return options;
}

int writeSnapshot(const SessionSnapshot& snapshot, const OutputOptions& options)
{
    const QByteArray main = options.format == QLatin1String("json") ? SnapshotJson::toJson(snapshot)
                                                                    : SessionCsv::sessions(snapshot, options.csv);
    if (!writeOutput(options.output, main))
        return OutputError;
    if (!options.stats.isEmpty() && !writeOutput(options.stats, SessionCsv::stats(snapshot, options.csv)))
        return OutputError;
    if (!options.locks.isEmpty() && !writeOutput(options.locks, SessionCsv::lockWaits(snapshot, options.csv)))
        return OutputError;
    return Success;
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments)
{
    parser.addHelpOption();
    QStringList all = arguments;
    all.prepend(QStringLiteral("sessionscope-cli ") + command);
    if (!parser.parse(all)) {
        printError(tr("error: %1").arg(parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    return true;
}

// The server of `snapshot --mysql` (or of a direct profile, with what the command line overrides).
bool readDirectOptions(const QCommandLineParser& parser, InstanceProfile& profile)
{
    profile.source = InstanceProfile::Source::MySql;
    const std::optional<MySqlOptionFile::Client> options = MySqlOptionFile::load();
    if (parser.isSet(QStringLiteral("mysql"))) {
        const QString address = parser.value(QStringLiteral("mysql")).trimmed();
        // host, host:port, [v6]:port
        QString host = address;
        int port = ConnectionSettings::DefaultPort;
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        const bool bracketed = address.startsWith(QLatin1Char('['));
        if (colon > 0 && (bracketed || address.indexOf(QLatin1Char(':')) == colon)) {
            bool ok = false;
            port = address.mid(colon + 1).toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                printError(tr("error: --mysql takes host[:port], got \"%1\"").arg(address));
                return false;
            }
            host = address.left(colon);
        }
        if (bracketed)
            host = host.mid(1, host.size() - 2);
        profile.host = host;
        profile.port = port;
    } else if (!profile.host.isEmpty() || !profile.socket.isEmpty()) {
        // A saved profile's server.
    } else if (options && options->host) {
        profile.host = *options->host;
        profile.port = options->port.value_or(ConnectionSettings::DefaultPort);
    }
    if (parser.isSet(QStringLiteral("socket")))
        profile.socket = parser.value(QStringLiteral("socket"));
    if (parser.isSet(QStringLiteral("user")))
        profile.databaseUser = parser.value(QStringLiteral("user"));
    if (profile.databaseUser.isEmpty() && !(options && options->user))
        profile.databaseUser = qEnvironmentVariable("USER");
    if (parser.isSet(QStringLiteral("ssl-mode"))
        && !ConnectionSettings::sslModeFromName(parser.value(QStringLiteral("ssl-mode")), &profile.sslMode)) {
        printError(tr("error: --ssl-mode takes disabled, preferred, required, verify-ca or verify-identity"));
        return false;
    }
    if (parser.isSet(QStringLiteral("ssl-ca")))
        profile.sslCa = parser.value(QStringLiteral("ssl-ca"));
    else if (profile.sslCa.isEmpty() && options && options->sslCa)
        profile.sslCa = *options->sslCa;
    if (profile.displayName.isEmpty())
        profile.displayName = profile.target();
    if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
        printError(tr("error: %1").arg(problems.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

} // namespace

int snapshot(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Take one snapshot of an instance's sessions through DAS, or of a MySQL/MariaDB server directly."));
    parser.addOption({QStringLiteral("profile"),
        tr("A SessionScope instance profile (its display name or id): instance, node, endpoint and credential, from "
           "the keychain if it is kept there."),
        tr("name")});
    parser.addOption({QStringLiteral("instance"), tr("Instance ID (required without --profile)."), tr("id")});
    parser.addOption({QStringLiteral("node"), tr("Node ID (PolarDB)."), tr("id")});
    parser.addOption({QStringLiteral("endpoint"),
        tr("DAS endpoint URL (default %1).")
            .arg(InstanceProfile::dasEndpoint(InstanceProfile::EndpointKind::Public).toString()),
        tr("url")});
    parser.addOption({QStringLiteral("mysql"),
        tr("Connect to this MySQL or MariaDB server directly instead of DAS (port 3306 unless given)."),
        tr("host[:port]")});
    parser.addOption({QStringLiteral("user"),
        tr("Database user for --mysql (default: ~/.my.cnf's, else the login name). The password comes from "
           "MYSQL_PWD or ~/.my.cnf."),
        tr("user")});
    parser.addOption({QStringLiteral("socket"), tr("Unix socket of the server for --mysql."), tr("path")});
    parser.addOption({QStringLiteral("ssl-mode"),
        tr("TLS for --mysql: disabled, preferred (default), required, verify-ca or verify-identity."), tr("mode")});
    parser.addOption({QStringLiteral("ssl-ca"), tr("CA certificate file for --mysql."), tr("file")});
    parser.addOption({QStringLiteral("timeout"), tr("Give up after this many seconds (default 30)."), tr("seconds"),
        QStringLiteral("30")});
    parser.addOption({QStringLiteral("poll-interval"), tr("Seconds between polls (default 1)."), tr("seconds"),
        QStringLiteral("1")});
    addOutputOptions(parser);
    if (!parse(parser, QStringLiteral("snapshot"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;

    std::optional<InstanceProfile> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString wanted = parser.value(QStringLiteral("profile"));
        const ProfileStore store;
        for (const InstanceProfile& candidate : store.profiles()) {
            if (candidate.displayName == wanted || candidate.id.toString(QUuid::WithoutBraces) == wanted)
                profile = candidate;
        }
        if (!profile) {
            printError(tr("error: NoSuchProfile: no SessionScope profile is named \"%1\"").arg(wanted));
            return UsageError;
        }
    }
    const auto output = readOutputOptions(parser);
    if (!output)
        return UsageError;
    bool timeoutOk = false;
    bool pollOk = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&timeoutOk);
    const double poll = parser.value(QStringLiteral("poll-interval")).toDouble(&pollOk);
    if (!timeoutOk || timeout <= 0 || !pollOk || poll < 0) {
        printError(tr("error: --timeout and --poll-interval take a positive number of seconds"));
        return UsageError;
    }
    // The profile's settings, with what the command line overrides; an ad-hoc profile without one.
    InstanceProfile effective = profile.value_or(InstanceProfile {});
    const bool direct = parser.isSet(QStringLiteral("mysql")) || parser.isSet(QStringLiteral("socket"))
        || (profile && profile->source == InstanceProfile::Source::MySql);
    if (direct) {
        if (!readDirectOptions(parser, effective))
            return UsageError;
    } else {
        effective.source = InstanceProfile::Source::Das;
        if (parser.isSet(QStringLiteral("instance")))
            effective.instanceId = parser.value(QStringLiteral("instance"));
        if (parser.isSet(QStringLiteral("node")))
            effective.nodeId = parser.value(QStringLiteral("node"));
        if (effective.instanceId.isEmpty()) {
            printError(tr("error: --instance, --mysql or --profile is required"));
            return UsageError;
        }
        if (parser.isSet(QStringLiteral("endpoint"))) {
            effective.endpointKind = InstanceProfile::EndpointKind::Custom;
            effective.customEndpoint = QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")));
        }
        if (const QString problem = EndpointPolicy::problem(effective.endpoint()); !problem.isEmpty()) {
            printError(tr("error: InvalidEndpoint: %1").arg(problem));
            return UsageError;
        }
    }

    // Without a profile: the environment, else the Aliyun CLI profile (the SDKs' chain).
    KeychainStore keychain;
    CredentialResolver resolver(&keychain);
    FetchOptions options;
    options.deadlineMs = int(timeout * 1000);
    options.pollIntervalMs = int(poll * 1000);
    options.transferTimeoutMs = std::min(options.transferTimeoutMs, options.deadlineMs);

    int exitCode = FetchFailed;
    std::unique_ptr<SessionSource> source;
    QObject::connect(
        &resolver, &CredentialResolver::resolved, &resolver, [&](const CredentialResolver::Result& result) {
            if (!result.isValid()) {
                printError(tr("error: NoCredentials: %1").arg(result.error));
                exitCode = NoCredentials;
                QCoreApplication::exit(exitCode);
                return;
            }
            SourceFactory::Created created = SourceFactory::create(effective, result.credential, options);
            if (!created.source) {
                printError(tr("error: NoCredentials: %1").arg(created.error));
                exitCode = NoCredentials;
                QCoreApplication::exit(exitCode);
                return;
            }
            source = std::move(created.source);
            QObject::connect(
                source.get(), &SessionSource::snapshotReady, source.get(), [&](const SnapshotPtr& snapshot) {
                    exitCode = writeSnapshot(*snapshot, *output);
                    QCoreApplication::exit(exitCode);
                });
            QObject::connect(source.get(), &SessionSource::fetchFailed, source.get(), [&](const FetchError& error) {
                printError(tr("error: %1 — %2").arg(error.summary(), error.hint()));
                exitCode = FetchFailed;
                QCoreApplication::exit(exitCode);
            });
            QObject::connect(source.get(), &SessionSource::notice, source.get(),
                [](const QString& message) { printError(tr("warning: %1").arg(message)); });
            source->fetch();
        });
    if (direct)
        resolver.resolveLogin(effective.credential, effective.databaseUser);
    else
        resolver.resolve(effective.credential);
    QCoreApplication::exec();
    return exitCode;
}

int convert(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Convert a saved GetMySQLAllSessionAsync response."));
    parser.addPositionalArgument(QStringLiteral("response"), tr("The saved response (JSON)."));
    parser.addOption({QStringLiteral("instance"), tr("Instance ID to record in the output."), tr("id")});
    parser.addOption({QStringLiteral("node"), tr("Node ID to record in the output."), tr("id")});
    addOutputOptions(parser);
    if (!parse(parser, QStringLiteral("convert"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("error: convert takes exactly one response file"));
        return UsageError;
    }
    const auto output = readOutputOptions(parser);
    if (!output)
        return UsageError;

    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("error: cannot read %1: %2").arg(path, file.errorString()));
        return InputError;
    }
    const SnapshotParser::Context context {parser.value(QStringLiteral("instance")),
        parser.value(QStringLiteral("node")), QFileInfo(file).lastModified().toMSecsSinceEpoch()};
    const SnapshotParser::Result result = SnapshotParser::parseAsyncResponse(file.readAll(), context);
    if (!result.ok()) {
        printError(tr("error: MalformedResponse: %1: %2").arg(path, result.error));
        return InputError;
    }
    const auto& response = result.response;
    if (!response.success) {
        printError(tr("error: %1: the saved response is an error: %2").arg(response.code, response.message));
        return InputError;
    }
    if (!response.finishedWithSnapshot()) {
        printError(
            tr("error: %1: the saved response holds no snapshot (IsFinish %2, State %3)")
                .arg(path, response.isFinish ? QStringLiteral("true") : QStringLiteral("false"), response.state));
        return InputError;
    }
    return writeSnapshot(*response.snapshot, *output);
}

int sign(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the canonical request, the string to sign and the Authorization header of a V3 request."));
    parser.addOption({QStringLiteral("access-key-id"), tr("AccessKey ID."), tr("id")});
    parser.addOption({QStringLiteral("access-key-secret"),
        tr("AccessKey secret; better given as ALIBABA_CLOUD_ACCESS_KEY_SECRET, which other users cannot read."),
        tr("secret")});
    parser.addOption(
        {QStringLiteral("security-token"), tr("STS security token (or ALIBABA_CLOUD_SECURITY_TOKEN)."), tr("token")});
    parser.addOption({QStringLiteral("date"), tr("x-acs-date, yyyy-MM-ddTHH:mm:ssZ."), tr("date")});
    parser.addOption({QStringLiteral("nonce"), tr("x-acs-signature-nonce."), tr("nonce")});
    parser.addOption({QStringLiteral("action"), tr("API action."), tr("action")});
    parser.addOption({QStringLiteral("version"), tr("API version."), tr("version")});
    parser.addOption({QStringLiteral("host"), tr("Host header."), tr("host")});
    parser.addOption(
        {QStringLiteral("method"), tr("HTTP method (default POST)."), tr("method"), QStringLiteral("POST")});
    parser.addOption({QStringLiteral("param"), tr("A query parameter, repeatable."), tr("key=value")});
    if (!parse(parser, QStringLiteral("sign"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;

    // The secret and token may come from the environment instead of the command line, where other
    // users of the machine can read them.
    const auto optionOrEnvironment = [&parser](const char* option, const char* variable) {
        return parser.isSet(QLatin1String(option)) ? parser.value(QLatin1String(option))
                                                   : qEnvironmentVariable(variable);
    };
    const AccessKey key {optionOrEnvironment("access-key-id", "ALIBABA_CLOUD_ACCESS_KEY_ID"),
        optionOrEnvironment("access-key-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
        optionOrEnvironment("security-token", "ALIBABA_CLOUD_SECURITY_TOKEN")};
    if (key.id.isEmpty() || key.secret.isEmpty()) {
        printError(tr("error: --access-key-id and --access-key-secret (or ALIBABA_CLOUD_ACCESS_KEY_ID and "
                      "ALIBABA_CLOUD_ACCESS_KEY_SECRET) are required"));
        return UsageError;
    }
    for (const char* required : {"date", "nonce", "action", "version", "host"}) {
        if (!parser.isSet(QLatin1String(required))) {
            printError(tr("error: --%1 is required").arg(QLatin1String(required)));
            return UsageError;
        }
    }
    Acs3::Request request;
    request.method = parser.value(QStringLiteral("method")).toUtf8();
    const QStringList params = parser.values(QStringLiteral("param"));
    for (const QString& param : params) {
        const qsizetype equals = param.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(tr("error: --param takes key=value, got \"%1\"").arg(param));
            return UsageError;
        }
        request.query.append({param.left(equals), param.mid(equals + 1)});
    }
    request.headers = Acs3::rpcHeaders(parser.value(QStringLiteral("host")).toUtf8(),
        parser.value(QStringLiteral("action")).toUtf8(), parser.value(QStringLiteral("version")).toUtf8(),
        parser.value(QStringLiteral("date")).toUtf8(), parser.value(QStringLiteral("nonce")).toUtf8(), {}, key);
    const Acs3::Signature signature = Acs3::sign(request, key);
    // The token is signed, so it stands in the canonical request; it is not printed.
    QByteArray canonical = signature.canonicalRequest;
    if (key.isSts())
        canonical.replace(
            QByteArray("x-acs-security-token:" + key.securityToken.toUtf8()), "x-acs-security-token:<not shown>");
    QTextStream out(stdout);
    out << "CanonicalRequest:\n"
        << canonical << "\n\nStringToSign:\n"
        << signature.stringToSign << "\n\nQuery:\n"
        << Acs3::canonicalQuery(request.query) << "\n\nAuthorization: " << signature.authorization << '\n';
    return Success;
}

} // namespace CliCommands
