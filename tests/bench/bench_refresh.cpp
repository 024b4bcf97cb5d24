// SPDX-License-Identifier: GPL-3.0-or-later
// How long the UI thread stalls while snapshots of 10,000 and 100,000 sessions arrive through the
// real pipeline (the DAS emulator in its own process, HTTP, off-thread parsing, the monitor, the
// models and the whole window, offscreen). Figures are printed as ratios to the time QJsonDocument
// alone takes to parse the same bytes, measured in the same run, so that they compare across
// machines. Prints, per size:
//   max_ui_stall_ms sessions=<N> value=<ms> ratio_to_baseline=<r>
//   clear_filter_stall_ms / clear_drilldown_stall_ms sessions=<N> value=<ms> ratio_to_baseline=<r>
//   retained_snapshot_mib sessions=<N> value=<MiB> ratio_to_json=<r>
//   max_ui_slice_cpu_ms sessions=<N> value=<ms> ratio_to_baseline=<r> event=<receiver class>/<event type>
// (the UI thread's CPU time for the longest single event it handled during a refresh: what the
// window does in one go, without what waiting for a core on a busy machine adds to the stall)
// and merge, apply, parse and baseline lines. It measures; it does not judge.
#include "base/credential.h"
#include "das/dasclient.h"
#include "das/snapshotparser.h"
#include "emulator/dasresponsewriter.h"
#include "emulator/sessiongenerator.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "meteredapplication.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancemonitor.h"
#include "sources/dassource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

#include <malloc.h>
#include <time.h>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Bytes the heap holds now, small and large (mmapped) blocks alike.
double heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd);
}

// CPU time of every thread of this process so far.
double processCpuMs()
{
    timespec time {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

template<typename F> double timeMs(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// Records the longest gap between two ticks of a 2 ms timer on the UI thread, beyond its period.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = m_clock.nsecsElapsed() / 1e6;
            m_max = std::max(m_max, now - m_last - m_timer.interval());
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_max = 0;
};

struct Emulator
{
    QProcess process;
    QUrl endpoint;
};

bool startEmulator(Emulator& emulator, const QString& binary, const QString& scenario, const AccessKey& key)
{
    emulator.process.setProcessChannelMode(QProcess::SeparateChannels);
    emulator.process.start(binary,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key-id"), key.id,
            QStringLiteral("--access-key-secret"), key.secret, QStringLiteral("--scenario"), scenario});
    if (!emulator.process.waitForStarted(10'000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray line;
    while (timer.elapsed() < 10'000 && !line.endsWith('\n')) {
        emulator.process.waitForReadyRead(200);
        line += emulator.process.readAllStandardOutput();
    }
    const QByteArray prefix = "das-emulator listening on ";
    if (!line.startsWith(prefix))
        return false;
    emulator.endpoint = QUrl(QString::fromLatin1(line.mid(prefix.size()).trimmed()));
    return emulator.endpoint.isValid();
}

} // namespace

int main(int argc, char* argv[])
{
    MeteredApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated session counts."), QStringLiteral("n"),
        QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("refreshes"), QStringLiteral("Snapshots applied per size."), QStringLiteral("n"),
        QStringLiteral("4")});
    parser.addOption({QStringLiteral("emulator"), QStringLiteral("Path of das-emulator."), QStringLiteral("path"),
        QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/emulator/das-emulator")});
    parser.addOption({QStringLiteral("parse-only"),
        QStringLiteral("Only parse each size's response this many times (for a profiler), then exit."),
        QStringLiteral("n")});
    parser.addOption({QStringLiteral("parse-readers"),
        QStringLiteral("Threads that read a large session list with --parse-only (0: one per core)."),
        QStringLiteral("n"), QStringLiteral("0")});
    parser.process(app);
    const int parseReaders = parser.value(QStringLiteral("parse-readers")).toInt();
    const int parseOnly = parser.value(QStringLiteral("parse-only")).toInt();
    const int refreshes = std::max(2, parser.value(QStringLiteral("refreshes")).toInt());
    QList<int> sizes;
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes.append(size.toInt());

    const AccessKey key {QStringLiteral("LTAIbench"), QStringLiteral("bench-secret"), {}};
    QTemporaryDir dir;
    QString scenario = QStringLiteral("{\"instances\":[");
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        scenario += QStringLiteral("%1{\"instanceId\":\"rm-bench-%2\",\"sessions\":%2,\"runningPolls\":0,"
                                   "\"seed\":5,\"tickSeconds\":5}")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(sizes[i]);
    }
    scenario += QStringLiteral("]}");
    QFile scenarioFile(dir.filePath(QStringLiteral("bench.json")));
    if (!scenarioFile.open(QIODevice::WriteOnly) || scenarioFile.write(scenario.toUtf8()) < 0)
        return 2;
    scenarioFile.close();
    Emulator emulator;
    if (!startEmulator(emulator, parser.value(QStringLiteral("emulator")), scenarioFile.fileName(), key)) {
        QTextStream(stderr) << "bench_refresh: the DAS emulator did not start\n";
        return 2;
    }

    for (const int size : std::as_const(sizes)) {
        const QString instance = QStringLiteral("rm-bench-%1").arg(size);

        // The bytes the service would send for two consecutive snapshots of this size.
        SessionGenerator generator({5, size, false});
        const SessionSnapshot first = generator.snapshot();
        generator.advance(5);
        const SessionSnapshot second = generator.snapshot();
        const DasResponseWriter::Envelope envelope {QStringLiteral("R"), QStringLiteral("async__bench"), 0};
        const QByteArray bytes = DasResponseWriter::finished(envelope, first, 1'700'000'000'000'000, {});
        const QByteArray nextBytes = DasResponseWriter::finished(envelope, second, 1'700'000'005'000'000, {});

        if (parseOnly > 0) {
            QList<double> parse;
            SnapshotParser::Context context {instance, {}, 0};
            context.pieceReaders = parseReaders;
            QList<double> cpu;
            for (int i = 0; i < parseOnly; ++i) {
                const double before = processCpuMs();
                parse.append(timeMs([&] { (void)SnapshotParser::parseAsyncResponse(bytes, context); }));
                cpu.append(processCpuMs() - before);
            }
            out() << "parse_ms sessions=" << size << " median=" << QString::number(median(parse), 'f', 1)
                  << " cpu_median=" << QString::number(median(cpu), 'f', 1) << '\n';
            continue;
        }

        QList<double> baseline;
        QList<double> parse;
        SnapshotPtr parsedFirst;
        SnapshotPtr parsedSecond;
        for (int i = 0; i < 5; ++i) {
            // A snapshot let go of is freed on a pool thread: not while the next parse is timed.
            parsedFirst.reset();
            QThreadPool::globalInstance()->waitForDone();
            baseline.append(timeMs([&] { (void)QJsonDocument::fromJson(bytes); }));
            SnapshotParser::Result result;
            parse.append(timeMs([&] { result = SnapshotParser::parseAsyncResponse(bytes, {instance, {}, 0}); }));
            parsedFirst = result.response.snapshot;
        }
        // What one snapshot costs to keep, against the bytes it came from.
        parsedSecond.reset();
        // Snapshots are freed on the pool's threads: let them finish first.
        QThreadPool::globalInstance()->waitForDone();
        const double heapBefore = heapBytes();
        parsedSecond = SnapshotParser::parseAsyncResponse(nextBytes, {instance, {}, 0}).response.snapshot;
        QThreadPool::globalInstance()->waitForDone();
        const double retained = heapBytes() - heapBefore;
        const double base = median(baseline);

        // The merge alone: model and sorting proxy, no view.
        QList<double> merges;
        for (int i = 0; i < 3; ++i) {
            SessionTableModel model;
            SessionFilterProxy proxy;
            proxy.setSourceModel(&model);
            proxy.sort(SessionTableModel::TimeColumn, Qt::DescendingOrder);
            model.setSnapshot(parsedFirst);
            merges.append(timeMs([&] {
                model.setSnapshot(parsedSecond);
                // The proxy maps lazily; asking for a row makes it sort now, as a view would.
                (void)proxy.index(0, 0);
            }));
        }

        // The whole pipeline with the whole window.
        auto* monitor = new InstanceMonitor;
        monitor->setRefreshIntervalMs(0);
        FetchOptions options;
        options.pollIntervalMs = 50;
        options.deadlineMs = 120'000;
        options.transferTimeoutMs = 60'000;
        auto* source = new DasSource(emulator.endpoint, key, instance, {}, options);
        monitor->setSource(source);
        QElapsedTimer applyClock;
        QList<double> applies;
        QObject::connect(monitor, &InstanceMonitor::snapshotChanged, monitor, [&] { applyClock.start(); });
        MainWindow window(monitor);
        QObject::connect(monitor, &InstanceMonitor::snapshotChanged, &window,
            [&] { applies.append(applyClock.nsecsElapsed() / 1e6); });
        window.resize(1600, 1000);
        window.show();
        StallProbe probe;
        double maxStall = 0;
        double maxSlice = 0;
        QString maxSliceEvent;
        for (int i = 0; i < refreshes; ++i) {
            bool done = false;
            const auto connection
                = QObject::connect(monitor, &InstanceMonitor::stateChanged, &window, [&](InstanceMonitor::State state) {
                      if (state != InstanceMonitor::State::Fetching)
                          done = true;
                  });
            probe.start();
            app.splitMaxSliceMs();
            monitor->refreshNow();
            QElapsedTimer wait;
            wait.start();
            while (!done && wait.elapsed() < 120'000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            // Let the views lay out and paint what arrived.
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 300)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            const double stall = probe.stop();
            const QString sliceEvent = app.maxSliceEvent();
            const double slice = app.splitMaxSliceMs();
            QObject::disconnect(connection);
            if (monitor->state() != InstanceMonitor::State::UpToDate) {
                QTextStream(stderr) << "bench_refresh: refresh failed: " << monitor->lastError().summary() << '\n';
                return 1;
            }
            // The first fill resets the model; only the refreshes after it are what a DBA lives with.
            if (i > 0) {
                maxStall = std::max(maxStall, stall);
                if (slice > maxSlice) {
                    maxSlice = slice;
                    maxSliceEvent = sliceEvent;
                }
            }
        }

        // Clearing a filter, and a drill-down, shows every session again in one step.
        const auto settle = [](int ms) {
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < ms)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        };
        auto* search = window.filterBar()->findChild<QLineEdit*>();
        double clearFilter = 0;
        if (search) {
            search->setText(QStringLiteral("app_rw"));
            settle(800);
            probe.start();
            search->clear();
            settle(800);
            clearFilter = probe.stop();
        }
        const DimensionStat top = monitor->snapshot()->userStats.value(0);
        window.drillDown(Dimension::User, top.key, top.threadIds, top.key);
        settle(500);
        probe.start();
        window.clearDrillDown();
        settle(500);
        const double clearDrillDown = probe.stop();
        window.close();

        const auto line = [&](const char* name, double value) {
            out() << name << " sessions=" << size << " value=" << QString::number(value, 'f', 1)
                  << " ratio_to_baseline=" << QString::number(base > 0 ? value / base : 0, 'f', 2) << '\n';
        };
        out() << "baseline_qjsondocument_parse_ms sessions=" << size << " value=" << QString::number(base, 'f', 1)
              << " bytes=" << bytes.size() << '\n';
        line("parse_ms", median(parse));
        line("merge_ms", median(merges));
        applies.removeFirst();
        line("apply_ms", median(applies));
        line("max_ui_stall_ms", maxStall);
        out() << "max_ui_slice_cpu_ms sessions=" << size << " value=" << QString::number(maxSlice, 'f', 1)
              << " ratio_to_baseline=" << QString::number(base > 0 ? maxSlice / base : 0, 'f', 2)
              << " event=" << maxSliceEvent << '\n';
        if (search)
            line("clear_filter_stall_ms", clearFilter);
        line("clear_drilldown_stall_ms", clearDrillDown);
        out() << "retained_snapshot_mib sessions=" << size << " value=" << QString::number(retained / 1048576.0, 'f', 1)
              << " ratio_to_json=" << QString::number(retained / nextBytes.size(), 'f', 2) << '\n';
        out().flush();
    }
    emulator.process.terminate();
    emulator.process.waitForFinished(5'000);
    return 0;
}
