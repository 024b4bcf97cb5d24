// SPDX-License-Identifier: GPL-3.0-or-later
// How large a recording grows and how fast a moment is found in it: an instance of the demo's size
// (600 evolving sessions, the emulator's generator) recorded every 10 s for --hours hours into a
// real SQLite file, then --seeks moments picked at random and rebuilt. Prints:
//   recording_file_mib hours=<h> sessions=<n> value=<MiB> per_day_mib=<MiB>
//   recording_bytes_per_snapshot sessions=<n> value=<bytes>
//   recording_bytes_per_session sessions=<n> value=<bytes>
//   recording_seek_ms sessions=<n> median=<ms> max=<ms> ratio_to_baseline=<max / baseline>
//   baseline_qjsondocument_parse_ms sessions=<n> value=<ms>   (the same snapshot as a DAS response)
// It measures; it does not judge.
#include "emulator/dasresponsewriter.h"
#include "emulator/sessiongenerator.h"
#include "recording/recording.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("hours"), QStringLiteral("Hours recorded."), QStringLiteral("h"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("sessions"), QStringLiteral("Sessions of the instance."), QStringLiteral("n"),
        QStringLiteral("600")});
    parser.addOption({QStringLiteral("interval"), QStringLiteral("Seconds between snapshots."), QStringLiteral("s"),
        QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("seeks"), QStringLiteral("Moments rebuilt."), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the recording to this file and keep it."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("Half an hour, five seeks: checks that it works.")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const double hours = smoke ? 0.5 : parser.value(QStringLiteral("hours")).toDouble();
    const int sessions = parser.value(QStringLiteral("sessions")).toInt();
    const int interval = std::max(1, parser.value(QStringLiteral("interval")).toInt());
    const int seeks = smoke ? 5 : std::max(1, parser.value(QStringLiteral("seeks")).toInt());
    const int snapshots = std::max(1, int(hours * 3600 / interval));

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : dir.filePath(QStringLiteral("bench.ssrec"));
    const qint64 startMs = 1'700'000'000'000;
    SessionGenerator generator({5, sessions, false});
    QByteArray sampleResponse;
    {
        Recording::Writer writer;
        if (!writer.open(path)) {
            QTextStream(stderr) << "bench_recording: " << writer.error() << '\n';
            return 2;
        }
        for (int i = 0; i < snapshots; ++i) {
            SessionSnapshot snapshot = generator.snapshot();
            snapshot.instanceId = QStringLiteral("rm-demo");
            snapshot.snapshotTimeMs = startMs + qint64(i) * interval * 1000;
            if (i == snapshots / 2)
                sampleResponse = DasResponseWriter::finished(
                    {QStringLiteral("R-bench"), QStringLiteral("async__bench"), snapshot.snapshotTimeMs}, snapshot,
                    snapshot.snapshotTimeMs, {});
            if (!writer.append(snapshot)) {
                QTextStream(stderr) << "bench_recording: " << writer.error() << '\n';
                return 2;
            }
            generator.advance(interval);
        }
    }
    // The file as it stays on disk (the log was folded into it when the writer closed).
    const double bytes = double(QFileInfo(path).size());
    const double mib = bytes / (1024.0 * 1024.0);

    QList<double> baseline;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)QJsonDocument::fromJson(sampleResponse);
        baseline.append(timer.nsecsElapsed() / 1e6);
    }
    Recording::Reader reader;
    if (!reader.open(path)) {
        QTextStream(stderr) << "bench_recording: " << reader.error() << '\n';
        return 2;
    }
    QList<double> seekTimes;
    QRandomGenerator random(7);
    for (int i = 0; i < seeks; ++i) {
        const qint64 at = startMs + qint64(random.bounded(snapshots)) * interval * 1000 + 500;
        QElapsedTimer timer;
        timer.start();
        const std::optional<SessionSnapshot> snapshot = reader.snapshotAt(at);
        seekTimes.append(timer.nsecsElapsed() / 1e6);
        if (!snapshot || snapshot->sessions.size() != sessions) {
            QTextStream(stderr) << "bench_recording: seek failed: " << reader.error() << '\n';
            return 1;
        }
    }
    const double base = median(baseline);
    const double worst = *std::max_element(seekTimes.cbegin(), seekTimes.cend());
    out() << "recording_file_mib hours=" << hours << " sessions=" << sessions
          << " value=" << QString::number(mib, 'f', 1) << " per_day_mib=" << QString::number(mib * 24 / hours, 'f', 1)
          << '\n';
    out() << "recording_bytes_per_snapshot sessions=" << sessions
          << " value=" << QString::number(bytes / snapshots, 'f', 0) << '\n';
    out() << "recording_bytes_per_session sessions=" << sessions
          << " value=" << QString::number(bytes / snapshots / sessions, 'f', 1) << '\n';
    out() << "baseline_qjsondocument_parse_ms sessions=" << sessions << " value=" << QString::number(base, 'f', 2)
          << '\n';
    out() << "recording_seek_ms sessions=" << sessions << " median=" << QString::number(median(seekTimes), 'f', 1)
          << " max=" << QString::number(worst, 'f', 1)
          << " ratio_to_baseline=" << QString::number(base > 0 ? worst / base : 0, 'f', 2) << '\n';
    out().flush();
    return 0;
}
