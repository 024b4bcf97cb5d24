// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "actions/auditlog.h"
#include "actions/killplan.h"
#include "actions/killrun.h"
#include "alerts/alertevaluator.h"
#include "base/boundedread.h"
#include "base/displaytext.h"
#include "base/endpointpolicy.h"
#include "base/numberoption.h"
#include "credentials/credentialresolver.h"
#include "credentials/environmentcredentials.h"
#include "credentials/keychainstore.h"
#include "credentials/mysqloptionfile.h"
#include "das/acs3signer.h"
#include "das/snapshotparser.h"
#include "export/outputfiles.h"
#include "export/sessioncsv.h"
#include "export/snapshotjson.h"
#include "inventory/inventoryclient.h"
#include "profiles/profilestore.h"
#include "recording/recording.h"
#include "sessions/sessionaggregator.h"
#include "sessions/sessioncells.h"
#include "sessions/statementstat.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <functional>

#include <unistd.h>

namespace CliCommands {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sessionscope-cli", text);
}

// A text whose %n is `count`, in the plural form the language wants.
QString tr(const char* text, qsizetype count)
{
    return QCoreApplication::translate("sessionscope-cli", text, nullptr, int(count));
}

// Errors are one line on stderr, so that scripts can grep them. What a server wrote in them is
// shown, never obeyed: no escape sequence reaches the terminal, and a huge message is cut.
void printError(const QString& message)
{
    QTextStream(stderr) << "sessionscope-cli: " << DisplayText::sanitized(message, 2000) << Qt::endl;
}

bool writeOutputs(OutputFiles& outputs)
{
    if (outputs.write())
        return true;
    printError(tr("error: %1").arg(outputs.error()));
    return false;
}

bool writeOutput(const QString& path, const QByteArray& bytes)
{
    OutputFiles outputs;
    outputs.add(path, bytes);
    return writeOutputs(outputs);
}

struct OutputOptions
{
    QString format = QStringLiteral("csv");
    QString output = QStringLiteral("-");
    QString stats;
    QString locks;
    QString statements;
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
    parser.addOption({QStringLiteral("statements"),
        tr("Also write the statements CSV to FILE: one row per statement fingerprint."), tr("file")});
    parser.addOption(
        {QStringLiteral("no-formula-guard"), tr("Do not prefix text cells that start with = + - @ with a quote.")});
}

// --format: "csv" or "json"; empty (and said why) for anything else.
QString readFormat(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(tr("error: unknown format \"%1\"; use csv or json").arg(format));
        return {};
    }
    return format;
}

std::optional<OutputOptions> readOutputOptions(const QCommandLineParser& parser)
{
    OutputOptions options;
    options.format = readFormat(parser);
    if (options.format.isEmpty())
        return std::nullopt;
    options.output = parser.value(QStringLiteral("output"));
    options.stats = parser.value(QStringLiteral("stats"));
    options.locks = parser.value(QStringLiteral("locks"));
    options.statements = parser.value(QStringLiteral("statements"));
    options.csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    // Two outputs in one file would leave only the one written last.
    QStringList names {QStringLiteral("output")};
    QStringList paths {options.output};
    for (const QString& name : {QStringLiteral("stats"), QStringLiteral("locks"), QStringLiteral("statements")}) {
        if (parser.isSet(name)) {
            names.append(name);
            paths.append(parser.value(name));
        }
    }
    if (const auto shared = OutputFiles::firstSharedFile(paths)) {
        const QString path = paths.at(shared->second);
        printError(tr("error: --%1 and --%2 both name %3; each output needs a file of its own")
                       .arg(names.at(shared->first), names.at(shared->second),
                           path.isEmpty() || path == QLatin1String("-") ? tr("standard output") : path));
        return std::nullopt;
    }
    return options;
}

int writeSnapshot(const SessionSnapshot& snapshot, const OutputOptions& options)
{
    const QByteArray main = options.format == QLatin1String("json") ? SnapshotJson::toJson(snapshot)
                                                                    : SessionCsv::sessions(snapshot, options.csv);
    // All of them or none.
    OutputFiles outputs;
    outputs.add(options.output, main);
    if (!options.stats.isEmpty())
        outputs.add(options.stats, SessionCsv::stats(snapshot, options.csv));
    if (!options.locks.isEmpty())
        outputs.add(options.locks, SessionCsv::lockWaits(snapshot, options.csv));
    if (!options.statements.isEmpty())
        outputs.add(options.statements, SessionCsv::statements(snapshot, StatementStat::group(snapshot), options.csv));
    return writeOutputs(outputs) ? Success : OutputError;
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

// Where a command reaches an instance: through DAS or a server directly, from a saved profile with
// what the command line overrides, or from the command line alone. `snapshot` and `kill` share it.
struct Target
{
    InstanceProfile profile;
    // The saved profile named by --profile, if one was.
    std::optional<InstanceProfile> saved;
    bool direct = false;
    FetchOptions options;
};

void addTargetOptions(QCommandLineParser& parser)
{
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
    parser.addOption({QStringLiteral("endpoint-ca"),
        tr("PEM file of the CAs trusted for the DAS endpoint's certificate, instead of the system's."), tr("file")});
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
}

// The target the options name; prints why not and returns nothing on a usage error.
std::optional<Target> readTarget(const QCommandLineParser& parser)
{
    Target target;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString wanted = parser.value(QStringLiteral("profile"));
        const ProfileStore store;
        for (const InstanceProfile& candidate : store.profiles()) {
            if (candidate.displayName == wanted || candidate.id.toString(QUuid::WithoutBraces) == wanted)
                target.saved = candidate;
        }
        if (!target.saved) {
            printError(tr("error: NoSuchProfile: no SessionScope profile is named \"%1\"").arg(wanted));
            return std::nullopt;
        }
    }
    const std::optional<double> timeout = NumberOption::read(parser.value(QStringLiteral("timeout")), 1, 3600);
    if (!timeout) {
        printError(tr("error: --timeout takes a number of seconds from 1 to 3600, not \"%1\"")
                       .arg(parser.value(QStringLiteral("timeout"))));
        return std::nullopt;
    }
    const std::optional<double> poll = NumberOption::read(parser.value(QStringLiteral("poll-interval")), 0.05, 60);
    if (!poll) {
        printError(tr("error: --poll-interval takes a number of seconds from 0.05 to 60, not \"%1\"")
                       .arg(parser.value(QStringLiteral("poll-interval"))));
        return std::nullopt;
    }
    target.options.deadlineMs = int(*timeout * 1000);
    target.options.pollIntervalMs = int(*poll * 1000);
    target.options.transferTimeoutMs = std::min(target.options.transferTimeoutMs, target.options.deadlineMs);

    // The profile's settings, with what the command line overrides; an ad-hoc profile without one.
    InstanceProfile& effective = target.profile;
    effective = target.saved.value_or(InstanceProfile {});
    target.direct = parser.isSet(QStringLiteral("mysql")) || parser.isSet(QStringLiteral("socket"))
        || (target.saved && target.saved->source == InstanceProfile::Source::MySql);
    if (target.direct) {
        if (!readDirectOptions(parser, effective))
            return std::nullopt;
        return target;
    }
    effective.source = InstanceProfile::Source::Das;
    if (parser.isSet(QStringLiteral("instance")))
        effective.instanceId = parser.value(QStringLiteral("instance"));
    if (parser.isSet(QStringLiteral("node")))
        effective.nodeId = parser.value(QStringLiteral("node"));
    if (effective.instanceId.isEmpty()) {
        printError(tr("error: --instance, --mysql or --profile is required"));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("endpoint"))) {
        effective.endpointKind = InstanceProfile::EndpointKind::Custom;
        effective.customEndpoint = QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")));
    }
    if (parser.isSet(QStringLiteral("endpoint-ca")))
        effective.endpointCa = parser.value(QStringLiteral("endpoint-ca"));
    if (const QString problem = EndpointPolicy::problem(effective.endpoint()); !problem.isEmpty()) {
        printError(tr("error: InvalidEndpoint: %1").arg(problem));
        return std::nullopt;
    }
    return target;
}

// One line of a table cell: white space folded, control characters shown rather than sent to the
// terminal, long text cut with an ellipsis.
QString cell(const QString& text, qsizetype maxWidth = 0)
{
    QString line = DisplayText::sanitized(text, 4000).simplified();
    if (maxWidth > 1 && line.size() > maxWidth)
        line = line.left(maxWidth - 1) + QChar(0x2026);
    return line;
}

// Rows of cells as aligned columns, two spaces apart, header first.
void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += QLatin1String("  ");
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths.at(column)) : row.at(column);
        }
        out << line << '\n';
    }
    out.flush();
}

QString targetStatusText(const KillTarget& target)
{
    switch (target.status) {
    case KillTarget::Status::Included:
        return tr("will be killed");
    case KillTarget::Status::Gone:
        return tr("gone, skipped");
    case KillTarget::Status::Excluded:
        return (target.includedAnyway ? tr("will be killed (included anyway): %1") : tr("excluded: %1"))
            .arg(KillPlan::exclusionText(target.exclusion));
    }
    return {};
}

// What the kill will do, one row per session asked for.
void printPreview(const KillPlan& plan)
{
    // Long enough to recognise a statement, short enough to keep a row on one line.
    constexpr qsizetype SqlWidth = 60;
    constexpr qsizetype TextWidth = 24;
    QList<QStringList> rows {
        {tr("ID"), tr("USER"), tr("CLIENT"), tr("DB"), tr("COMMAND"), tr("TIME"), tr("TRX"), tr("SQL"), tr("STATUS")}};
    for (const KillTarget& target : plan.targets()) {
        const Session& session = target.session;
        if (target.status == KillTarget::Status::Gone) {
            rows.append({QString::number(target.sessionId), {}, {}, {}, {}, {}, {}, {}, targetStatusText(target)});
            continue;
        }
        rows.append({QString::number(target.sessionId), cell(session.user, TextWidth), cell(session.client, TextWidth),
            cell(session.dbName, TextWidth), cell(session.command, TextWidth), QString::number(session.time),
            cell(session.trxId, TextWidth), cell(session.sqlText, SqlWidth), targetStatusText(target)});
    }
    QTextStream out(stdout);
    printTable(out, rows);
}

// How each target fared.
void printOutcomes(const QList<KillPlan::Outcome>& outcomes)
{
    QList<QStringList> rows {{tr("ID"), tr("OUTCOME"), tr("DETAIL")}};
    for (const KillPlan::Outcome& outcome : outcomes) {
        const QString detail
            = outcome.code.isEmpty() ? outcome.message : tr("%1: %2").arg(outcome.code, outcome.message);
        rows.append({QString::number(outcome.target.sessionId), AuditLog::outcomeText(outcome.outcome).toLower(),
            cell(detail)});
    }
    QTextStream out(stdout);
    printTable(out, rows);
}

// Asks on the terminal; the number of sessions when the plan needs it typed, else "yes".
bool confirmOnTerminal(const KillPlan& plan, const QString& where)
{
    const qsizetype count = plan.idsToKill().size();
    QTextStream err(stderr);
    if (plan.needsTypedConfirmation())
        err << tr("Kill %n session(s) on %1? Type %n to confirm: ", count).arg(where);
    else
        err << tr("Kill %n session(s) on %1? Type yes to confirm: ", count).arg(where);
    err.flush();
    const QString answer = QTextStream(stdin).readLine().trimmed();
    return plan.needsTypedConfirmation() ? plan.isConfirmedBy(answer)
                                         : answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

// Ends the command with an exit code.
using Finish = std::function<void(int exitCode)>;

// Resolves the target's credential (without a profile: the environment, else the Aliyun CLI
// profile, the SDKs' chain; a direct login from MYSQL_PWD or ~/.my.cnf), builds its source and hands
// it to `ready`, which ends the command through its Finish. Runs the event loop until then and
// returns the exit code.
int withSource(const Target& target, const std::function<void(SessionSource&, const Finish&)>& ready)
{
    KeychainStore keychain;
    CredentialResolver resolver(&keychain);
    int exitCode = FetchFailed;
    const Finish finish = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    std::unique_ptr<SessionSource> source;
    QObject::connect(
        &resolver, &CredentialResolver::resolved, &resolver, [&](const CredentialResolver::Result& result) {
            if (!result.isValid()) {
                printError(tr("error: NoCredentials: %1").arg(result.error));
                finish(NoCredentials);
                return;
            }
            SourceFactory::Created created = SourceFactory::create(target.profile, result.credential, target.options);
            if (!created.source) {
                printError(tr("error: NoCredentials: %1").arg(created.error));
                finish(NoCredentials);
                return;
            }
            source = std::move(created.source);
            QObject::connect(source.get(), &SessionSource::notice, source.get(),
                [](const QString& message) { printError(tr("warning: %1").arg(message)); });
            ready(*source, finish);
        });
    if (target.direct)
        resolver.resolveLogin(target.profile.credential, target.profile.databaseUser);
    else
        resolver.resolve(target.profile.credential);
    QCoreApplication::exec();
    return exitCode;
}

// Takes one snapshot through `source` and hands it to `ready`; a failed fetch ends the command.
void takeSnapshot(SessionSource& source, const Finish& finish, const std::function<void(const SnapshotPtr&)>& ready)
{
    QObject::connect(&source, &SessionSource::snapshotReady, &source, ready);
    QObject::connect(&source, &SessionSource::fetchFailed, &source, [finish](const FetchError& error) {
        printError(tr("error: %1 — %2").arg(error.summary(), error.hint()));
        finish(FetchFailed);
    });
    source.fetch();
}

} // namespace

int snapshot(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Take one snapshot of an instance's sessions through DAS, or of a MySQL/MariaDB server directly."));
    addTargetOptions(parser);
    addOutputOptions(parser);
    if (!parse(parser, QStringLiteral("snapshot"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const std::optional<Target> target = readTarget(parser);
    if (!target)
        return UsageError;
    const auto output = readOutputOptions(parser);
    if (!output)
        return UsageError;
    return withSource(*target, [&](SessionSource& source, const Finish& finish) {
        takeSnapshot(
            source, finish, [&, finish](const SnapshotPtr& snapshot) { finish(writeSnapshot(*snapshot, *output)); });
    });
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
    // The limit the client applies to a response on the wire, applied to the bytes read.
    constexpr qint64 MaxBytes = 512LL * 1024 * 1024;
    // A regular file is mapped, not read: the parser reads a large response's session list in
    // pieces it copies anyway, so a copy of the whole file would be paid for twice (and its pages
    // faulted in twice). Anything else (a pipe, a device) is read into one buffer with room for the
    // parser to look past its end.
    std::optional<QByteArray> bytes;
    if (!file.isSequential() && file.size() > SnapshotParser::Context().splitAboveBytes && file.size() <= MaxBytes) {
        if (const uchar* mapped = file.map(0, file.size()))
            bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), qsizetype(file.size()));
    }
    if (!bytes)
        bytes = BoundedRead::readAll(file, MaxBytes, nullptr, SnapshotParser::InputPadding);
    if (!bytes) {
        printError(tr("error: %1 is larger than %2 MiB, more than any response the service sends")
                       .arg(path)
                       .arg(MaxBytes / (1024 * 1024)));
        return InputError;
    }
    // Everything but the sessions first; they are read one by one as the sessions CSV is written,
    // so that a large response is never held twice.
    SnapshotParser::SessionStream stream(*bytes, context);
    const SnapshotParser::Result result = stream.readHead();
    if (!result.ok()) {
        printError(tr("error: MalformedResponse: %1: %2").arg(path, result.error));
        return InputError;
    }
    const auto& response = result.response;
    if (!response.success && response.code.isEmpty() && response.message.isEmpty()) {
        printError(tr("error: MalformedResponse: %1: the saved response neither says it succeeded (Success true or "
                      "Code 200) nor names an error (Code, Message)")
                       .arg(path));
        return InputError;
    }
    if (!response.success) {
        printError(tr("error: %1: the saved response is an error: %2").arg(response.code, response.message));
        return InputError;
    }
    if (response.finishedWithFailure()) {
        printError(tr("error: %1: the saved response holds no snapshot: the service reports that the session query "
                      "failed (%2)")
                       .arg(path, response.fail ? QStringLiteral("Data.Fail") : QStringLiteral("Data.State FAIL")));
        return InputError;
    }
    if (!response.finishedWithSnapshot()) {
        printError(
            tr("error: %1: the saved response holds no snapshot (IsFinish %2, State %3)")
                .arg(path, response.isFinish ? QStringLiteral("true") : QStringLiteral("false"), response.state));
        return InputError;
    }
    const SessionSnapshot& head = *response.snapshot;
    if (output->format == QLatin1String("json") || !output->statements.isEmpty()) {
        // The JSON document holds every session at once anyway; statements are grouped from all of them.
        SessionSnapshot whole = head;
        if (whole.sessions.isEmpty()) {
            whole.sessions.reserve(qsizetype(std::max<qint64>(head.totalSessionCount, 0)));
            if (!stream.readSessions([&whole](const Session& session) {
                    whole.sessions.append(session);
                    return true;
                })) {
                printError(tr("error: MalformedResponse: %1: %2").arg(path, stream.error()));
                return InputError;
            }
            SessionAggregator::fillDerivedCounts(whole);
        }
        return writeSnapshot(whole, *output);
    }

    // The sessions CSV goes out through one buffer as the sessions are read; every output or none.
    OutputFiles outputs;
    outputs.add(output->output, [&](const OutputFiles::Write& write, QString* error) {
        const SessionCsv::SessionRows rows(head, output->csv);
        constexpr qsizetype Flush = 256 * 1024;
        QByteArray buffer = SessionCsv::sessionsHeader();
        buffer.reserve(Flush + 64 * 1024);
        bool written = true;
        const bool read = stream.readCells([&](const SessionCells& cells) {
            rows.append(buffer, cells);
            if (buffer.size() >= Flush) {
                written = write(buffer);
                buffer.resize(0);
            }
            return written;
        });
        if (!written)
            return false;
        if (!read) {
            *error = tr("MalformedResponse: %1: %2").arg(path, stream.error());
            return false;
        }
        return write(buffer);
    });
    if (!output->stats.isEmpty())
        outputs.add(output->stats, SessionCsv::stats(head, output->csv));
    if (!output->locks.isEmpty())
        outputs.add(output->locks, SessionCsv::lockWaits(head, output->csv));
    if (outputs.write())
        return Success;
    printError(tr("error: %1").arg(outputs.error()));
    return outputs.producerFailed() ? InputError : OutputError;
}

int sign(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the canonical request, the string to sign and the Authorization header of a V3 request."));
    parser.addOption({QStringLiteral("access-key-id"), tr("AccessKey ID."), tr("id")});
    parser.addOption({QStringLiteral("access-key-secret-file"),
        tr("Read the AccessKey secret from FILE (- for standard input); else ALIBABA_CLOUD_ACCESS_KEY_SECRET."),
        tr("file")});
    parser.addOption({QStringLiteral("security-token-file"),
        tr("Read the STS security token from FILE (- for standard input); else ALIBABA_CLOUD_SECURITY_TOKEN."),
        tr("file")});
    // Refused, so that a secret never stands on a command line, where every local user reads it (ps).
    parser.addOption({QStringLiteral("access-key-secret"), tr("Refused: use --access-key-secret-file."), tr("secret")});
    parser.addOption({QStringLiteral("security-token"), tr("Refused: use --security-token-file."), tr("token")});
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

    // The secret and token come from the environment or a file, never from the command line, where
    // every user of the machine can read them.
    for (const char* refused : {"access-key-secret", "security-token"}) {
        if (parser.isSet(QLatin1String(refused))) {
            printError(
                tr("error: --%1 would show the secret to every user of this machine (ps); give it in %2 or "
                   "with --%1-file FILE (- for standard input)")
                    .arg(QLatin1String(refused),
                        QLatin1String(qstrcmp(refused, "security-token") == 0 ? "ALIBABA_CLOUD_SECURITY_TOKEN"
                                                                              : "ALIBABA_CLOUD_ACCESS_KEY_SECRET")));
            return UsageError;
        }
    }
    QString fileError;
    const auto fromFileOrEnvironment = [&](const char* option, const char* variable) -> QString {
        const QString path = parser.value(QLatin1String(option));
        if (path.isEmpty())
            return qEnvironmentVariable(variable);
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        // A secret is a line; 64 KiB is far beyond any, and keeps a device like /dev/zero from
        // being read for ever.
        const QByteArray bytes = opened ? file.read(64 * 1024) : QByteArray();
        if (!opened)
            fileError = tr("error: cannot read %1: %2").arg(path, file.errorString());
        return QString::fromUtf8(bytes).section(QLatin1Char('\n'), 0, 0).trimmed();
    };
    const AccessKey key {parser.isSet(QStringLiteral("access-key-id"))
            ? parser.value(QStringLiteral("access-key-id"))
            : qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
        fromFileOrEnvironment("access-key-secret-file", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
        fromFileOrEnvironment("security-token-file", "ALIBABA_CLOUD_SECURITY_TOKEN")};
    if (!fileError.isEmpty()) {
        printError(fileError);
        return InputError;
    }
    if (key.id.isEmpty() || key.secret.isEmpty()) {
        printError(tr("error: --access-key-id and --access-key-secret-file (or ALIBABA_CLOUD_ACCESS_KEY_ID and "
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

int watch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Take a snapshot every interval and print a line when a rule is raised or cleared. A rule is raised "
           "after --consecutive breaching snapshots in a row and cleared after as many clean ones. Exits 0 when "
           "nothing was raised, 7 when something was."));
    addTargetOptions(parser);
    parser.addOption({QStringLiteral("rule"),
        tr("A rule, repeatable: active>N, longest_active>S, idle_in_trx>S, user>N or user:NAME>N (also client and "
           "db), statement>N, lock_waits>N, failing>S."),
        tr("rule")});
    parser.addOption({QStringLiteral("interval"), tr("Seconds between snapshots (default 10)."), tr("seconds"),
        QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("count"), tr("Stop after this many snapshots (default: run until stopped)."), tr("n")});
    parser.addOption({QStringLiteral("consecutive"), tr("Snapshots in a row that raise or clear a rule (default 2)."),
        tr("k"), QStringLiteral("2")});
    if (!parse(parser, QStringLiteral("watch"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const std::optional<Target> target = readTarget(parser);
    if (!target)
        return UsageError;
    QList<AlertRule> rules;
    for (const QString& expression : parser.values(QStringLiteral("rule"))) {
        QString error;
        const std::optional<AlertRule> rule = AlertRule::parse(expression, &error);
        if (!rule) {
            printError(tr("error: %1").arg(error));
            return UsageError;
        }
        rules.append(*rule);
    }
    if (rules.isEmpty()) {
        printError(tr("error: --rule is required, e.g. --rule 'active>50'"));
        return UsageError;
    }
    const std::optional<double> interval = NumberOption::read(parser.value(QStringLiteral("interval")), 0.05, 86'400);
    if (!interval) {
        printError(tr("error: --interval takes a number of seconds from 0.05 to 86400, not \"%1\"")
                       .arg(parser.value(QStringLiteral("interval"))));
        return UsageError;
    }
    std::optional<int> count;
    if (parser.isSet(QStringLiteral("count"))) {
        count = NumberOption::readInteger(parser.value(QStringLiteral("count")), 1, 1'000'000'000);
        if (!count) {
            printError(tr("error: --count takes a whole number from 1, not \"%1\"")
                           .arg(parser.value(QStringLiteral("count"))));
            return UsageError;
        }
    }
    const std::optional<int> consecutive
        = NumberOption::readInteger(parser.value(QStringLiteral("consecutive")), 1, 1000);
    if (!consecutive) {
        printError(tr("error: --consecutive takes a whole number from 1 to 1000, not \"%1\"")
                       .arg(parser.value(QStringLiteral("consecutive"))));
        return UsageError;
    }

    AlertEvaluator evaluator(rules, *consecutive);
    bool raisedAny = false;
    int taken = 0;
    qint64 failingSinceMs = 0;
    QTextStream out(stdout);
    const auto print = [&](const QList<AlertEvaluator::Event>& events, const QString& instance) {
        for (const AlertEvaluator::Event& event : events) {
            raisedAny = raisedAny || event.type == AlertEvaluator::Event::Type::Raised;
            // One line per event: time, instance, what happened, the rule, the value, whose.
            QString line = SessionCsv::isoTime(event.timeMs) + QLatin1Char(' ') + cell(instance)
                + (event.type == AlertEvaluator::Event::Type::Raised ? QStringLiteral(" raised ")
                                                                     : QStringLiteral(" cleared "))
                + evaluator.rules().at(event.rule).expression() + QLatin1Char(' ') + QString::number(event.value);
            if (!event.subject.isEmpty())
                line += QLatin1Char(' ') + cell(event.subject, 200);
            out << line << '\n';
        }
        out.flush();
    };
    return withSource(*target, [&](SessionSource& source, const Finish& finish) {
        // One snapshot at a time; the next is asked for an interval after the previous one ended.
        const auto next = [&, finish] {
            ++taken;
            if (count && taken >= *count) {
                finish(raisedAny ? AlertsRaised : Success);
                return;
            }
            QTimer::singleShot(int(*interval * 1000), &source, [&source] { source.fetch(); });
        };
        QObject::connect(&source, &SessionSource::snapshotReady, &source, [&, next](const SnapshotPtr& snapshot) {
            failingSinceMs = 0;
            const QString instance = snapshot->instanceId.isEmpty() ? source.target() : snapshot->instanceId;
            const qint64 timeMs
                = snapshot->snapshotTimeMs > 0 ? snapshot->snapshotTimeMs : QDateTime::currentMSecsSinceEpoch();
            print(evaluator.addSnapshot(*snapshot, timeMs), instance);
            next();
        });
        QObject::connect(&source, &SessionSource::fetchFailed, &source, [&, next](const FetchError& error) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (failingSinceMs == 0)
                failingSinceMs = now;
            printError(tr("warning: %1 — %2").arg(error.summary(), error.hint()));
            print(evaluator.addFailure(failingSinceMs, now), source.target());
            next();
        });
        source.fetch();
    });
}

int kill(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kill sessions (or only their running statements) through DAS, or on a MySQL/MariaDB server directly. "
           "Shows what the kill will do from a fresh snapshot, asks for confirmation and records the attempt and its "
           "outcome in the audit log."));
    addTargetOptions(parser);
    parser.addOption({QStringLiteral("session"), tr("A session (process list) ID to kill; repeatable."), tr("id")});
    parser.addOption({QStringLiteral("query"), tr("Kill only the running statement; the session stays connected.")});
    parser.addOption(
        {QStringLiteral("maintain-user"), tr("DAS: kill as the service's maintenance user (the default).")});
    parser.addOption({QStringLiteral("db-user"),
        tr("DAS: kill as this database account; its password comes from MYSQL_PWD."), tr("user")});
    parser.addOption({QStringLiteral("dry-run"), tr("Show what would be killed, and stop.")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation (required when not on a terminal).")});
    parser.addOption({QStringLiteral("include-system"),
        tr("Also kill system sessions that are left alone by default (replication, server threads, the service's "
           "maintenance accounts).")});
    if (!parse(parser, QStringLiteral("kill"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const std::optional<Target> target = readTarget(parser);
    if (!target)
        return UsageError;

    QList<qint64> sessionIds;
    const QStringList values = parser.values(QStringLiteral("session"));
    for (const QString& value : values) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(tr("error: --session takes a session ID (a positive number), got \"%1\"").arg(value));
            return UsageError;
        }
        sessionIds.append(id);
    }
    if (sessionIds.isEmpty()) {
        printError(tr("error: --session is required"));
        return UsageError;
    }
    if (target->saved && target->saved->readOnly) {
        printError(tr("error: profile \"%1\" is read-only: it offers no kill").arg(target->saved->displayName));
        return UsageError;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool maintainUser = parser.isSet(QStringLiteral("maintain-user"));

    // Whom DAS kills as: a database account named on the command line or by the profile, else its
    // own maintenance user. The password is read for this kill only and never printed.
    std::optional<DatabaseLogin> account;
    if (target->direct) {
        if (maintainUser || parser.isSet(QStringLiteral("db-user"))) {
            printError(tr("error: --maintain-user and --db-user are for DAS; a direct connection kills as its own "
                          "user"));
            return UsageError;
        }
    } else {
        if (maintainUser && parser.isSet(QStringLiteral("db-user"))) {
            printError(tr("error: --maintain-user and --db-user exclude each other"));
            return UsageError;
        }
        QString user = parser.value(QStringLiteral("db-user"));
        if (user.isEmpty() && !maintainUser && target->saved
            && target->saved->killAccount == InstanceProfile::KillAccount::DatabaseAccount)
            user = target->saved->databaseUser;
        if (!user.isEmpty()) {
            const QString password = qEnvironmentVariable("MYSQL_PWD");
            if (password.isEmpty() && !dryRun) {
                printError(tr("error: NoCredentials: killing as the database account %1 needs its password in "
                              "MYSQL_PWD; or pass --maintain-user to kill as the service's maintenance user")
                               .arg(user));
                return NoCredentials;
            }
            account = DatabaseLogin {user, password};
        }
    }

    const KillRequest::Scope scope
        = parser.isSet(QStringLiteral("query")) ? KillRequest::Scope::Query : KillRequest::Scope::Connection;
    const AuditContext context {QStringLiteral("cli"), InstanceProfile::sourceName(target->profile.source),
        target->direct ? target->profile.target() : target->profile.instanceId, target->profile.nodeId,
        target->saved ? target->saved->displayName : QString()};
    std::unique_ptr<KillRun> run;
    return withSource(*target, [&](SessionSource& source, const Finish& finish) {
        if (!source.canKillSession()) {
            printError(tr("error: sessions on %1 cannot be killed through this source").arg(source.target()));
            finish(UsageError);
            return;
        }
        if (scope == KillRequest::Scope::Query && !source.canKillQuery()) {
            printError(tr("error: --query: this source can kill only whole sessions, not a running statement; leave "
                          "out --query"));
            finish(UsageError);
            return;
        }
        takeSnapshot(source, finish, [&, finish](const SnapshotPtr& snapshot) {
            KillPlan plan(*snapshot, sessionIds, scope);
            plan.includeAllExcluded(parser.isSet(QStringLiteral("include-system")));
            printPreview(plan);
            QTextStream out(stdout);
            const qsizetype count = plan.idsToKill().size();
            if (count == 0) {
                out << tr("Nothing to kill: none of the sessions asked for can be killed now.") << Qt::endl;
                finish(Success);
                return;
            }
            if (dryRun) {
                out << tr("Dry run: %n session(s) would be killed; nothing was killed.", count) << Qt::endl;
                finish(Success);
                return;
            }
            if (!parser.isSet(QStringLiteral("yes"))) {
                if (!::isatty(STDIN_FILENO)) {
                    printError(tr("error: not confirmed: standard input is not a terminal; pass --yes to kill "
                                  "without asking"));
                    finish(UsageError);
                    return;
                }
                if (!confirmOnTerminal(plan, source.target())) {
                    printError(tr("error: not confirmed; nothing was killed"));
                    finish(UsageError);
                    return;
                }
            }
            run = std::make_unique<KillRun>(&source, plan, context, AuditLog());
            if (account)
                run->setAccount(*account);
            QObject::connect(run.get(), &KillRun::finished, run.get(), [&, finish] {
                printOutcomes(run->outcomes());
                if (!run->error().isEmpty())
                    printError(tr("warning: %1").arg(run->error()));
                finish(run->succeeded() ? Success : KillIncomplete);
            });
            if (!run->start()) {
                printError(tr("error: %1").arg(run->error()));
                finish(OutputError);
            }
        });
    });
}

int audit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the audit log: every kill attempt, its sessions and their outcomes."));
    parser.addOption({QStringLiteral("format"),
        tr("Output format: csv (default, one row per session) or json (one attempt per "
           "line)."),
        tr("format"), QStringLiteral("csv")});
    parser.addOption(
        {QStringLiteral("output"), tr("Write to FILE (- for standard output)."), tr("file"), QStringLiteral("-")});
    parser.addOption({QStringLiteral("path"), tr("Print where the audit log is kept, and stop.")});
    if (!parse(parser, QStringLiteral("audit"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const QString path = AuditLog::defaultPath();
    if (parser.isSet(QStringLiteral("path"))) {
        QTextStream(stdout) << path << Qt::endl;
        return Success;
    }
    const QString format = readFormat(parser);
    if (format.isEmpty())
        return UsageError;
    QString error;
    int unreadable = 0;
    const QList<AuditRecord> records = AuditLog::read(path, &error, &unreadable);
    if (!error.isEmpty()) {
        printError(tr("error: %1").arg(error));
        return InputError;
    }
    if (unreadable > 0)
        printError(tr("warning: %n unreadable line(s) of %1 were left out", unreadable).arg(path));
    const QByteArray bytes
        = format == QLatin1String("json") ? AuditLog::toJsonLines(records) : AuditLog::toCsv(records);
    return writeOutput(parser.value(QStringLiteral("output")), bytes) ? Success : OutputError;
}

namespace {

// A moment on the command line: ISO 8601 (2026-12-01T03:12:00Z, or local time without an offset),
// or epoch milliseconds.
std::optional<qint64> readMoment(const QString& text)
{
    bool number = false;
    const qint64 ms = text.toLongLong(&number);
    if (number)
        return ms;
    QDateTime moment = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!moment.isValid())
        return std::nullopt;
    return moment.toMSecsSinceEpoch();
}

// 90, 90s, 15m, 2h, 1d: seconds.
std::optional<double> readDuration(const QString& text)
{
    QString value = text.trimmed();
    double unit = 1;
    if (value.endsWith(QLatin1Char('s'))) {
        value.chop(1);
    } else if (value.endsWith(QLatin1Char('m'))) {
        unit = 60;
        value.chop(1);
    } else if (value.endsWith(QLatin1Char('h'))) {
        unit = 3600;
        value.chop(1);
    } else if (value.endsWith(QLatin1Char('d'))) {
        unit = 86400;
        value.chop(1);
    }
    const std::optional<double> count = NumberOption::read(value, 1, 366.0 * 86400 / unit);
    if (!count)
        return std::nullopt;
    return *count * unit;
}

} // namespace

int record(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record an instance's sessions into a file, one snapshot every interval, for replay later. Stop it with "
           "--count or --duration, or with Ctrl+C: every snapshot recorded until then is kept."));
    addTargetOptions(parser);
    parser.addOption({QStringLiteral("output"), tr("The recording to write (created, or continued)."), tr("file")});
    parser.addOption({QStringLiteral("interval"), tr("Seconds between snapshots (default 10)."), tr("seconds"),
        QStringLiteral("10")});
    parser.addOption({QStringLiteral("count"), tr("Stop after this many snapshots."), tr("n")});
    parser.addOption({QStringLiteral("duration"), tr("Stop after this long: 90s, 15m, 2h, 1d."), tr("time")});
    if (!parse(parser, QStringLiteral("record"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty() || path == QLatin1String("-")) {
        printError(tr("error: --output FILE is required: a recording is a file"));
        return UsageError;
    }
    const std::optional<double> interval = NumberOption::read(parser.value(QStringLiteral("interval")), 0.1, 86400);
    if (!interval) {
        printError(tr("error: --interval takes seconds from 0.1 to 86400"));
        return UsageError;
    }
    std::optional<int> count;
    if (parser.isSet(QStringLiteral("count"))) {
        count = NumberOption::readInteger(parser.value(QStringLiteral("count")), 1, 100'000'000);
        if (!count) {
            printError(tr("error: --count takes a whole number of snapshots, at least 1"));
            return UsageError;
        }
    }
    std::optional<double> duration;
    if (parser.isSet(QStringLiteral("duration"))) {
        duration = readDuration(parser.value(QStringLiteral("duration")));
        if (!duration) {
            printError(tr("error: --duration takes a time such as 90s, 15m, 2h or 1d"));
            return UsageError;
        }
    }
    const std::optional<Target> target = readTarget(parser);
    if (!target)
        return UsageError;
    Recording::Writer writer;
    if (!writer.open(path)) {
        printError(tr("error: %1").arg(writer.error()));
        return OutputError;
    }
    return withSource(*target, [&](SessionSource& source, const Finish& finish) {
        auto* timer = new QTimer(&source);
        timer->setSingleShot(true);
        const qint64 intervalMs = qint64(*interval * 1000);
        QElapsedTimer clock;
        clock.start();
        const qint64 endMs = duration ? qint64(*duration * 1000) : -1;
        auto taken = std::make_shared<int>(0);
        const auto next = [=, &source] {
            const bool countReached = count && *taken >= *count;
            const bool timeUp = endMs >= 0 && clock.elapsed() + intervalMs > endMs;
            if (countReached || timeUp) {
                finish(Success);
                return;
            }
            timer->start(int(std::min<qint64>(intervalMs, std::numeric_limits<int>::max())));
        };
        QObject::connect(timer, &QTimer::timeout, &source, [&source] { source.fetch(); });
        QObject::connect(
            &source, &SessionSource::snapshotReady, &source, [&, taken, next](const SnapshotPtr& snapshot) {
                if (!writer.append(*snapshot)) {
                    printError(tr("error: %1").arg(writer.error()));
                    finish(OutputError);
                    return;
                }
                ++*taken;
                printError(tr("%1  %2 sessions, %3 active")
                               .arg(SessionCsv::isoTime(snapshot->snapshotTimeMs))
                               .arg(snapshot->totalSessionCount)
                               .arg(snapshot->activeSessionCount));
                next();
            });
        QObject::connect(&source, &SessionSource::fetchFailed, &source, [&, taken, next](const FetchError& error) {
            // A failure is part of the story: recorded, and the recording goes on.
            const QString summary = DisplayText::sanitized(error.summary());
            printError(tr("warning: %1 — %2").arg(summary, error.hint()));
            if (!writer.appendFailure(
                    QDateTime::currentMSecsSinceEpoch(), target->profile.instanceId, target->profile.nodeId, summary)) {
                printError(tr("error: %1").arg(writer.error()));
                finish(OutputError);
                return;
            }
            ++*taken;
            next();
        });
        source.fetch();
    });
}

int replay(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show what a recording holds: its snapshots, the one at a moment, or all of "
                                        "them in a stretch of time."));
    parser.addPositionalArgument(QStringLiteral("recording"), tr("A file written by record (or the window)."));
    parser.addOption({QStringLiteral("list"), tr("One line per snapshot: time, sessions, active, status.")});
    parser.addOption({QStringLiteral("at"),
        tr("The snapshot at or just before this moment (2026-12-01T03:12:00Z, local time without an offset, or "
           "epoch milliseconds)."),
        tr("time")});
    parser.addOption(
        {QStringLiteral("from"), tr("With --to: every snapshot in this stretch, as one CSV."), tr("time")});
    parser.addOption({QStringLiteral("to"), tr("End of the stretch of --from (included)."), tr("time")});
    addOutputOptions(parser);
    if (!parse(parser, QStringLiteral("replay"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("error: name one recording"));
        return UsageError;
    }
    const int modes = int(parser.isSet(QStringLiteral("list"))) + int(parser.isSet(QStringLiteral("at")))
        + int(parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")));
    if (modes != 1) {
        printError(tr("error: use one of --list, --at TIME, or --from T1 --to T2"));
        return UsageError;
    }
    const auto output = readOutputOptions(parser);
    if (!output)
        return UsageError;

    Recording::Reader reader;
    if (!reader.open(parser.positionalArguments().constFirst())) {
        printError(tr("error: %1").arg(reader.error()));
        return InputError;
    }
    if (!reader.error().isEmpty())
        printError(tr("warning: %1").arg(reader.error()));

    if (parser.isSet(QStringLiteral("list"))) {
        const QList<Recording::Entry> entries = reader.entries();
        QList<QStringList> rows {{tr("TIME"), tr("SESSIONS"), tr("ACTIVE"), tr("STATUS")}};
        for (const Recording::Entry& entry : entries) {
            rows.append({SessionCsv::isoTime(entry.takenAtMs), entry.ok ? QString::number(entry.sessions) : QString(),
                entry.ok ? QString::number(entry.active) : QString(),
                entry.ok ? tr("ok") : tr("failed: %1").arg(cell(entry.error, 60))});
        }
        QByteArray table;
        {
            QTextStream out(&table);
            printTable(out, rows);
        }
        const bool written = writeOutput(output->output, table);
        if (!reader.error().isEmpty())
            printError(tr("warning: %1").arg(reader.error()));
        return written ? Success : OutputError;
    }

    if (parser.isSet(QStringLiteral("at"))) {
        const std::optional<qint64> at = readMoment(parser.value(QStringLiteral("at")));
        if (!at) {
            printError(tr("error: --at takes a time such as 2026-12-01T03:12:00Z"));
            return UsageError;
        }
        const std::optional<SessionSnapshot> snapshot = reader.snapshotAt(*at);
        if (!snapshot) {
            printError(tr("error: %1").arg(reader.error()));
            return InputError;
        }
        return writeSnapshot(*snapshot, *output);
    }

    const std::optional<qint64> from = readMoment(parser.value(QStringLiteral("from")));
    const std::optional<qint64> to = readMoment(parser.value(QStringLiteral("to")));
    if (!from || !to || *to < *from) {
        printError(tr("error: --from and --to take two times, the first not after the second"));
        return UsageError;
    }
    if (output->format != QLatin1String("csv") || !output->stats.isEmpty() || !output->locks.isEmpty()) {
        printError(tr("error: --from/--to write one sessions CSV; --format json, --stats and --locks go with --at"));
        return UsageError;
    }
    QByteArray csv = SessionCsv::sessionsHeader();
    int replayed = 0;
    for (const Recording::Entry& entry : reader.entries()) {
        if (!entry.ok || entry.takenAtMs < *from || entry.takenAtMs > *to)
            continue;
        const std::optional<SessionSnapshot> snapshot = reader.snapshot(entry.id);
        if (!snapshot) {
            printError(tr("warning: %1").arg(reader.error()));
            continue;
        }
        const SessionCsv::SessionRows rows(*snapshot, output->csv);
        for (const Session& session : snapshot->sessions)
            rows.append(csv, session);
        ++replayed;
    }
    if (replayed == 0) {
        printError(tr("error: the recording has no snapshot between those times"));
        return InputError;
    }
    return writeOutput(output->output, csv) ? Success : OutputError;
}

namespace {

QByteArray instancesCsv(const CloudInstanceList& instances, const SessionCsv::Options& options)
{
    QByteArray out = "Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status\r\n";
    for (const CloudInstance& instance : instances) {
        const QStringList cells {CloudInstance::kindName(instance.kind), instance.instanceId, instance.nodeId,
            instance.nodeRole, instance.description, instance.regionId, instance.engine, instance.engineVersion,
            instance.status};
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append(SessionCsv::textField(cells.at(i), options));
        }
        out.append("\r\n");
    }
    return out;
}

} // namespace

int instances(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the RDS MySQL instances and the PolarDB MySQL cluster nodes of an Alibaba Cloud account in one "
           "region, as CSV: Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status."));
    parser.addOption({QStringLiteral("region"),
        tr("Region ID, such as cn-hangzhou (default: the Aliyun CLI profile's region, when the key comes from one)."),
        tr("id")});
    parser.addOption({QStringLiteral("profile"),
        tr("Use the credential of this SessionScope instance profile (its display name or id)."), tr("name")});
    parser.addOption({QStringLiteral("cli-profile"),
        tr("Use this Aliyun CLI profile's key. Without it or --profile: the environment "
           "(ALIBABA_CLOUD_ACCESS_KEY_ID, ...), else the Aliyun CLI's current profile."),
        tr("name")});
    parser.addOption({QStringLiteral("endpoint"),
        tr("Send both listings to this endpoint URL instead of the products' own (a proxy, or the emulator)."),
        tr("url")});
    parser.addOption({QStringLiteral("rds-endpoint"),
        tr("RDS endpoint URL (default rds.aliyuncs.com or the "
           "region's)."),
        tr("url")});
    parser.addOption({QStringLiteral("polardb-endpoint"),
        tr("PolarDB endpoint URL (default polardb.aliyuncs.com or the region's)."), tr("url")});
    parser.addOption({QStringLiteral("endpoint-ca"),
        tr("PEM file of the CAs trusted for the endpoints' certificates, instead of the system's."), tr("file")});
    parser.addOption({QStringLiteral("output"), tr("Write the CSV to FILE (- for standard output)."), tr("file"),
        QStringLiteral("-")});
    parser.addOption(
        {QStringLiteral("no-formula-guard"), tr("Do not prefix text cells that start with = + - @ with a quote.")});
    if (!parse(parser, QStringLiteral("instances"), arguments))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("error: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("profile")) && parser.isSet(QStringLiteral("cli-profile"))) {
        printError(tr("error: --profile and --cli-profile both name a credential; give one"));
        return UsageError;
    }

    CredentialReference reference;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString wanted = parser.value(QStringLiteral("profile"));
        const ProfileStore store;
        std::optional<InstanceProfile> saved;
        for (const InstanceProfile& candidate : store.profiles()) {
            if (candidate.displayName == wanted || candidate.id.toString(QUuid::WithoutBraces) == wanted)
                saved = candidate;
        }
        if (!saved) {
            printError(tr("error: NoSuchProfile: no SessionScope profile is named \"%1\"").arg(wanted));
            return UsageError;
        }
        if (saved->source != InstanceProfile::Source::Das) {
            printError(tr("error: the profile \"%1\" connects to a server directly; it has no AccessKey").arg(wanted));
            return UsageError;
        }
        reference = saved->credential;
    } else if (parser.isSet(QStringLiteral("cli-profile"))) {
        reference.kind = CredentialReference::Kind::CliProfile;
        reference.name = parser.value(QStringLiteral("cli-profile"));
    }

    InventoryClient::Settings settings;
    const auto readEndpoint = [&](const QString& option, QUrl& target) {
        if (!parser.isSet(option))
            return true;
        target = QUrl::fromUserInput(parser.value(option));
        if (const QString problem = EndpointPolicy::problem(target); !problem.isEmpty()) {
            printError(tr("error: InvalidEndpoint: --%1: %2").arg(option, problem));
            return false;
        }
        return true;
    };
    if (!readEndpoint(QStringLiteral("endpoint"), settings.rdsEndpoint))
        return UsageError;
    settings.polarDbEndpoint = settings.rdsEndpoint;
    if (!readEndpoint(QStringLiteral("rds-endpoint"), settings.rdsEndpoint)
        || !readEndpoint(QStringLiteral("polardb-endpoint"), settings.polarDbEndpoint))
        return UsageError;
    settings.caFile = parser.value(QStringLiteral("endpoint-ca"));
    SessionCsv::Options csv;
    csv.formulaGuard = !parser.isSet(QStringLiteral("no-formula-guard"));
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("region"))
        && !InventoryClient::isValidRegionId(parser.value(QStringLiteral("region")))) {
        printError(tr("error: --region takes a region ID such as cn-hangzhou, not \"%1\"")
                       .arg(parser.value(QStringLiteral("region"))));
        return UsageError;
    }

    KeychainStore keychain;
    CredentialResolver resolver(&keychain);
    InventoryClient client;
    int exitCode = FetchFailed;
    const auto finish = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    QObject::connect(&client, &InventoryClient::finished, &client,
        [&](const CloudInstanceList& instances, const QStringList& warnings) {
            for (const QString& warning : warnings)
                printError(tr("warning: %1").arg(warning));
            finish(writeOutput(output, instancesCsv(instances, csv)) ? Success : OutputError);
        });
    QObject::connect(&client, &InventoryClient::failed, &client, [&](const FetchError& error) {
        printError(tr("error: %1 — %2").arg(error.summary(), error.hint()));
        finish(FetchFailed);
    });
    QObject::connect(
        &resolver, &CredentialResolver::resolved, &resolver, [&](const CredentialResolver::Result& result) {
            if (!result.isValid() || !result.credential.accessKey()) {
                printError(tr("error: NoCredentials: %1")
                               .arg(result.error.isEmpty() ? tr("the credential holds no AccessKey") : result.error));
                finish(NoCredentials);
                return;
            }
            settings.key = *result.credential.accessKey();
            settings.regionId
                = parser.isSet(QStringLiteral("region")) ? parser.value(QStringLiteral("region")) : result.regionId;
            if (settings.regionId.isEmpty()) {
                printError(tr("error: --region is required (the credential names no region)"));
                finish(UsageError);
                return;
            }
            client.start(settings);
        });
    resolver.resolve(reference);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace CliCommands
