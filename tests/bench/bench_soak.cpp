// SPDX-License-Identifier: GPL-3.0-or-later
// A long night in a few minutes: the whole window (offscreen) refreshes an evolving instance of
// 5,000 sessions from the DAS emulator over loopback HTTP, as fast as one refresh can follow the
// other, with a fault injected every 100th refresh. Memory must stay flat: it prints
//   soak_rss_start_mib value=<MiB>          after the warm-up (the first 5% of the refreshes)
//   soak_rss_end_mib value=<MiB>
//   soak_rss_slope_kib_per_1000 value=<KiB> least-squares slope of the RSS samples after the warm-up
//   soak_heap_start_mib, soak_heap_end_mib, soak_heap_slope_kib_per_1000
//                                           the same of the bytes the allocator has handed out and
//                                           not had back (glibc's, or AddressSanitizer's own):
//                                           what the program holds, whatever the allocator keeps
//   soak_rss_late_slope_kib_per_1000, soak_heap_late_slope_kib_per_1000
//                                           the slopes over the second half only, once the bounded
//                                           stores (the trend's hour, Qt's caches) are full: a leak
//                                           keeps its slope there, a filling cache does not
// and the refreshes, failures and rate. Run under the `asan` preset, LeakSanitizer reports any leak
// at exit. It measures; it does not judge.
//
//   bench_soak [--refreshes N] [--sessions N] [--fault-every N] [--skip-teardown]
//
// --skip-teardown ends with exit() while the window and the emulator still live, so that a heap
// profiler (heaptrack) counts what they hold as in use at the end: the difference between two runs
// of different lengths is what grows.
#include "base/credential.h"
#include "emulator/dasemulator.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "monitor/instancemonitor.h"
#include "sources/dassource.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <array>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#define SOAK_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOAK_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(SOAK_ADDRESS_SANITIZER)
// The sanitizer runtime's own count (sanitizer/allocator_interface.h, which gcc does not install).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Resident set size of this process, in KiB.
double rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

// Bytes handed out by the allocator and not yet freed, in KiB. Under AddressSanitizer its own
// allocator's count; RSS there also holds the quarantine and its caches of freed blocks.
double heapInUseKib()
{
#if defined(SOAK_ADDRESS_SANITIZER)
    return double(__sanitizer_get_current_allocated_bytes()) / 1024.0;
#else
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1024.0;
#endif
}

// Least-squares slope of y over x.
double slope(const QList<QPair<double, double>>& points)
{
    const double n = double(points.size());
    if (n < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto& [x, y] : points) {
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denominator = n * sxx - sx * sx;
    return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
}

// The samples taken in the second half of the run.
QList<QPair<double, double>> secondHalf(const QList<QPair<double, double>>& points)
{
    if (points.isEmpty())
        return {};
    const double half = points.constLast().first / 2;
    QList<QPair<double, double>> late;
    for (const auto& point : points) {
        if (point.first >= half)
            late.append(point);
    }
    return late;
}

// The faults that answer at once; each is injected for every attempt of one refresh, so that the
// refresh fails and the window shows it.
EmulatorFault faultNumber(int n, int attempts)
{
    static constexpr std::array types {EmulatorFault::Type::Http500, EmulatorFault::Type::Http503,
        EmulatorFault::Type::Throttling, EmulatorFault::Type::ConnectionReset, EmulatorFault::Type::TruncatedBody,
        EmulatorFault::Type::InvalidJson, EmulatorFault::Type::WrongTypes, EmulatorFault::Type::SuccessFalse,
        EmulatorFault::Type::StateFail, EmulatorFault::Type::XmlError};
    EmulatorFault fault;
    fault.type = types.at(size_t(n) % types.size());
    fault.times = attempts;
    return fault;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption refreshesOption(
        QStringLiteral("refreshes"), QStringLiteral("Refreshes."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("Sessions of the instance."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption faultOption(QStringLiteral("fault-every"), QStringLiteral("A fault every n refreshes."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption skipTeardownOption(
        QStringLiteral("skip-teardown"), QStringLiteral("End without destroying the window."));
    parser.addOptions({refreshesOption, sessionsOption, faultOption, skipTeardownOption});
    parser.process(app);
    const int refreshes = std::max(1, parser.value(refreshesOption).toInt());
    const int sessions = std::clamp(parser.value(sessionsOption).toInt(), 1, EmulatorInstance::MaxSessions);
    const int faultEvery = std::max(1, parser.value(faultOption).toInt());

    const AccessKey key {QStringLiteral("LTAIsoak0000001"), QStringLiteral("soak-secret-0001"), {}};
    const QString instanceId = QStringLiteral("rm-soak");
    DasEmulator emulator;
    emulator.setAccessKey(key);
    EmulatorInstance instance;
    instance.instanceId = instanceId;
    instance.sessions = sessions;
    instance.runningPolls = 0;
    instance.tickSeconds = 5;
    EmulatorScenario scenario;
    scenario.instances = {instance};
    emulator.setScenario(scenario);
    if (emulator.listenOnLoopback() == 0) {
        out() << "bench_soak: the emulator cannot listen on loopback" << Qt::endl;
        return 1;
    }

    FetchOptions options;
    options.pollIntervalMs = 1;
    options.retryBaseMs = 1;
    options.retryMaxMs = 2;
    options.maxRetries = 1;
    options.transferTimeoutMs = 5'000;
    options.deadlineMs = 20'000;

    auto* monitor = new InstanceMonitor;
    monitor->setRefreshIntervalMs(0);
    monitor->setSource(new DasSource(emulator.endpoint(), key, instanceId, {}, options));
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.filterBar()->hideSystemBox()->setChecked(false);
    window.resize(1400, 900);
    window.show();

    const int warmUp = std::max(1, refreshes / 20);
    int done = 0;
    int failures = 0;
    double startKib = 0;
    double startHeapKib = 0;
    QList<QPair<double, double>> samples;
    QList<QPair<double, double>> heapSamples;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(monitor, &InstanceMonitor::stateChanged, &window, [&](InstanceMonitor::State state) {
        if (state != InstanceMonitor::State::UpToDate && state != InstanceMonitor::State::Failed)
            return;
        ++done;
        if (state == InstanceMonitor::State::Failed)
            ++failures;
        if (done == warmUp) {
            startKib = rssKib();
            samples.append({double(done), startKib});
            startHeapKib = heapInUseKib();
            heapSamples.append({double(done), startHeapKib});
        } else if (done > warmUp && done % 100 == 0) {
            samples.append({double(done), rssKib()});
            heapSamples.append({double(done), heapInUseKib()});
        }
        if (done % 100 == 0)
            emulator.clearRequests();
        // A long run says how far it has come.
        if (done % 500 == 0)
            out() << "soak_progress refreshes=" << done << " failures=" << failures
                  << " rss_mib=" << QString::number(rssKib() / 1024, 'f', 1)
                  << " heap_mib=" << QString::number(heapInUseKib() / 1024, 'f', 1)
                  << " seconds=" << QString::number(clock.elapsed() / 1000.0, 'f', 0) << Qt::endl;
        if (done >= refreshes) {
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        // The next refresh meets a fault on each of its attempts.
        if ((done + 1) % faultEvery == 0)
            emulator.injectFaults(instanceId, {faultNumber((done + 1) / faultEvery, 1 + options.maxRetries)});
        QTimer::singleShot(0, monitor, &InstanceMonitor::refreshNow);
    });
    monitor->refreshNow();
    app.exec();

    const double endKib = rssKib();
    samples.append({double(done), endKib});
    const double endHeapKib = heapInUseKib();
    heapSamples.append({double(done), endHeapKib});
    const double seconds = clock.elapsed() / 1000.0;
    out() << "soak_refreshes value=" << done << " failures=" << failures << " sessions=" << sessions
          << " fault_every=" << faultEvery << Qt::endl;
    out() << "soak_refresh_rate_per_s value=" << QString::number(done / std::max(seconds, 0.001), 'f', 1)
          << " seconds=" << QString::number(seconds, 'f', 1) << Qt::endl;
    out() << "soak_rss_start_mib value=" << QString::number(startKib / 1024, 'f', 1) << " at_refresh=" << warmUp
          << Qt::endl;
    out() << "soak_rss_end_mib value=" << QString::number(endKib / 1024, 'f', 1) << Qt::endl;
    out() << "soak_rss_slope_kib_per_1000 value=" << QString::number(slope(samples) * 1000, 'f', 1)
          << " samples=" << samples.size() << Qt::endl;
    out() << "soak_rss_late_slope_kib_per_1000 value=" << QString::number(slope(secondHalf(samples)) * 1000, 'f', 1)
          << " from_refresh=" << done / 2 << Qt::endl;
    out() << "soak_heap_start_mib value=" << QString::number(startHeapKib / 1024, 'f', 1) << Qt::endl;
    out() << "soak_heap_end_mib value=" << QString::number(endHeapKib / 1024, 'f', 1) << Qt::endl;
    out() << "soak_heap_slope_kib_per_1000 value=" << QString::number(slope(heapSamples) * 1000, 'f', 1)
          << " samples=" << heapSamples.size() << Qt::endl;
    out() << "soak_heap_late_slope_kib_per_1000 value="
          << QString::number(slope(secondHalf(heapSamples)) * 1000, 'f', 1) << " from_refresh=" << done / 2 << Qt::endl;
    monitor->stop();
    if (parser.isSet(skipTeardownOption))
        std::exit(0);
    return 0;
}
