// SPDX-License-Identifier: GPL-3.0-or-later
// How `sessionscope-cli convert` compares with what a DBA would otherwise use on the same saved
// response: a stdlib-Python script writing the same two CSVs (tests/bench/convert_reference.py)
// and jq (tests/bench/convert.jq). Responses of each size are generated in the emulator's shape,
// each tool runs several times as a process of its own, and the median wall time and the largest
// peak resident set are printed, with ratios measured in the same run:
//   convert_wall_ms sessions=<N> tool=<cli|python|jq> value=<ms>
//   convert_peak_rss_mib sessions=<N> tool=<…> value=<MiB> ratio_to_response=<r>
//   convert_speedup sessions=<N> over=<python|jq> value=<r>
// The CLI's CSVs are compared byte for byte with the Python script's before any figure is printed:
// a faster tool that writes something else would not count. It measures; it does not judge.
#include "emulator/dasresponsewriter.h"
#include "emulator/sessiongenerator.h"
#include "sessions/sessionsnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Run
{
    double wallMs = 0;
    double peakRssMib = 0;
};

// Runs `program` with `arguments` under /usr/bin/time, standard output to `stdoutPath` (or
// /dev/null): wall time around fork and wait, peak RSS as time reports it. The kernel's peak for a
// child forked from this process would count this process's own memory, copied at the fork; time
// is small, and forks the program itself.
std::optional<Run> run(const QString& program, const QStringList& arguments, const QString& stdoutPath = {})
{
    const QByteArray rssPath = QFile::encodeName(QDir::temp().filePath(QStringLiteral("bench_convert_rss")));
    QList<QByteArray> storage {"/usr/bin/time", "-f", "%M", "-o", rssPath, QFile::encodeName(program)};
    for (const QString& argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    const QByteArray outPath = stdoutPath.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stdoutPath);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid < 0)
        return std::nullopt;
    if (pid == 0) {
        const int fd = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || ::dup2(fd, STDOUT_FILENO) < 0)
            ::_exit(127);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid)
        return std::nullopt;
    const double wallMs = timer.nsecsElapsed() / 1e6;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        err() << "bench_convert: " << program << ' ' << arguments.join(QLatin1Char(' ')) << " failed (status " << status
              << ")\n";
        return std::nullopt;
    }
    QFile rss(QFile::decodeName(rssPath));
    bool ok = false;
    const double peakKib = rss.open(QIODevice::ReadOnly) ? rss.readAll().trimmed().toDouble(&ok) : 0;
    if (!ok) {
        err() << "bench_convert: /usr/bin/time gave no peak memory\n";
        return std::nullopt;
    }
    return Run {wallMs, peakKib / 1024.0};
}

// Median wall time and largest peak RSS over `runs` runs.
std::optional<Run> measure(
    int runs, const QString& program, const QStringList& arguments, const QString& stdoutPath = {})
{
    QList<double> walls;
    double peak = 0;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> one = run(program, arguments, stdoutPath);
        if (!one)
            return std::nullopt;
        walls.append(one->wallMs);
        peak = std::max(peak, one->peakRssMib);
    }
    std::sort(walls.begin(), walls.end());
    return Run {walls.at(walls.size() / 2), peak};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes a response of `sessions` sessions as the service sends it (the emulator's generator and
// writer, compact JSON) to `path`, and gives its size. The snapshot and the bytes are gone when it
// returns: every tool is then started from a small process, and the fork that starts it copies
// little.
std::optional<qint64> writeResponse(int sessions, const QString& path)
{
    SessionGenerator generator({7, sessions, false});
    const QByteArray body
        = DasResponseWriter::finished({QStringLiteral("R-bench"), QStringLiteral("async__bench"), 1'700'000'000'000},
            generator.snapshot(), 1'700'000'000'123'000, {});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.flush())
        return std::nullopt;
    // On disk before any tool is timed: otherwise the first tool runs beside the kernel writing
    // the response back.
    ::fsync(file.handle());
    return body.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated session counts."), QStringLiteral("n"),
        QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each tool per size."), QStringLiteral("n"),
        QStringLiteral("5")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("Path of sessionscope-cli."), QStringLiteral("path"),
        QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli")});
    parser.addOption({QStringLiteral("scripts"), QStringLiteral("Folder of convert_reference.py and convert.jq."),
        QStringLiteral("path"), QStringLiteral(SESSIONSCOPE_SOURCE_DIR "/tests/bench")});
    parser.addOption(
        {QStringLiteral("smoke"), QStringLiteral("One small size, one run: checks that the benchmark works.")});
    parser.addOption({QStringLiteral("keep"),
        QStringLiteral("Write the generated responses and outputs into this folder and keep them (to profile a tool "
                       "on them)."),
        QStringLiteral("folder")});
    parser.process(app);

    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const int runs = smoke ? 1 : std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<int> sizes;
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes.append(size.toInt());
    if (smoke)
        sizes = {2000};
    const QString cli = parser.value(QStringLiteral("cli"));
    const QString scripts = parser.value(QStringLiteral("scripts"));
    // The system's interpreter, as a DBA's script would run; a version manager's shim on PATH would
    // add its own start-up to every run.
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    if (python.isEmpty() || !QFileInfo::exists(QStringLiteral("/usr/bin/time"))) {
        err() << "bench_convert: python3 and /usr/bin/time (Debian's time) are needed\n";
        return 2;
    }

    QTemporaryDir dir;
    const QString keep = parser.value(QStringLiteral("keep"));
    if (!keep.isEmpty() && !QDir().mkpath(keep)) {
        err() << "bench_convert: cannot create " << keep << '\n';
        return 2;
    }
    const auto path
        = [&](const QString& name) { return keep.isEmpty() ? dir.filePath(name) : QDir(keep).filePath(name); };
    for (const int size : std::as_const(sizes)) {
        const QString response = path(QStringLiteral("response-%1.json").arg(size));
        const std::optional<qint64> responseBytes = writeResponse(size, response);
        if (!responseBytes)
            return 2;
        const double responseMib = double(*responseBytes) / (1024.0 * 1024.0);
        const QString instance = QStringLiteral("rm-bench");

        const std::optional<Run> cliRun = measure(runs, cli,
            {QStringLiteral("convert"), response, QStringLiteral("--instance"), instance, QStringLiteral("--output"),
                path(QStringLiteral("cli-sessions.csv")), QStringLiteral("--stats"),
                path(QStringLiteral("cli-stats.csv"))});
        const std::optional<Run> pythonRun = measure(runs, python,
            {scripts + QStringLiteral("/convert_reference.py"), response, instance,
                path(QStringLiteral("py-sessions.csv")), path(QStringLiteral("py-stats.csv"))});
        if (!cliRun || !pythonRun)
            return 1;
        for (const char* kind : {"sessions", "stats"}) {
            const QByteArray mine = readFile(path(QStringLiteral("cli-%1.csv").arg(QLatin1String(kind))));
            const QByteArray theirs = readFile(path(QStringLiteral("py-%1.csv").arg(QLatin1String(kind))));
            if (mine.isEmpty() || mine != theirs) {
                err() << "bench_convert: the " << kind << " CSVs of sessionscope-cli and the Python script differ at "
                      << size << " sessions\n";
                return 1;
            }
        }
        // jq writes the two CSVs in two runs (one filter, two modes); its times are their sum.
        std::optional<Run> jqRun;
        if (!jq.isEmpty()) {
            const QString filter = scripts + QStringLiteral("/convert.jq");
            const auto jqArguments = [&](const char* stats) {
                return QStringList {QStringLiteral("-r"), QStringLiteral("--arg"), QStringLiteral("instance"), instance,
                    QStringLiteral("--arg"), QStringLiteral("stats"), QLatin1String(stats), QStringLiteral("-f"),
                    filter, response};
            };
            const auto sessionsRun = measure(runs, jq, jqArguments("0"), path(QStringLiteral("jq-sessions.csv")));
            const auto statsRun = measure(runs, jq, jqArguments("1"), path(QStringLiteral("jq-stats.csv")));
            if (!sessionsRun || !statsRun)
                return 1;
            jqRun
                = Run {sessionsRun->wallMs + statsRun->wallMs, std::max(sessionsRun->peakRssMib, statsRun->peakRssMib)};
        } else {
            err() << "bench_convert: jq is not installed; no jq figures\n";
        }

        out() << "convert_response_mib sessions=" << size << " value=" << QString::number(responseMib, 'f', 1) << '\n';
        const auto report = [&](const char* tool, const Run& figures) {
            out() << "convert_wall_ms sessions=" << size << " tool=" << tool
                  << " value=" << QString::number(figures.wallMs, 'f', 1) << '\n';
            out() << "convert_peak_rss_mib sessions=" << size << " tool=" << tool
                  << " value=" << QString::number(figures.peakRssMib, 'f', 1)
                  << " ratio_to_response=" << QString::number(figures.peakRssMib / responseMib, 'f', 2) << '\n';
        };
        report("cli", *cliRun);
        report("python", *pythonRun);
        if (jqRun)
            report("jq", *jqRun);
        out() << "convert_speedup sessions=" << size
              << " over=python value=" << QString::number(pythonRun->wallMs / cliRun->wallMs, 'f', 2) << '\n';
        if (jqRun)
            out() << "convert_speedup sessions=" << size
                  << " over=jq value=" << QString::number(jqRun->wallMs / cliRun->wallMs, 'f', 2) << '\n';
        out().flush();
    }
    return 0;
}
