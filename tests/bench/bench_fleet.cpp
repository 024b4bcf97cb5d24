// SPDX-License-Identifier: GPL-3.0-or-later
// What watching a fleet costs: N instances (600 sessions each, from the DAS emulator in its own
// process, over loopback HTTP) fetched in the background by the overview at its cadence, with the
// overview page shown (offscreen). Measures the longest the UI thread was late to a 50 ms
// precise timer (how long it could not answer the user) while the fleet is watched, from the page's
// first paint on, and this process's mean CPU over the whole run, page creation included, and prints:
//   fleet_max_ui_stall_ms instances=<N> value=<ms>
//   fleet_cpu_percent instances=<N> value=<% of one core>
// what the UI thread did in that worst period (fleet_max_ui_stall_period: its CPU time, and how
// long it was ready to run but waited for a core, from /proc/thread-self/schedstat; the rest of the
// period it slept or was blocked), a line of counts, the lateness until the first paint was done
// (showing the page: font and style set-up, every glyph drawn once) on a line of its own,
// fleet_startup_ui_stall_ms, and the UI thread's CPU time for the longest single event it handled
// while watching,
// fleet_max_ui_slice_cpu_ms: what the overview does in one go, whatever waiting for a core on a busy
// machine adds to the lateness (with the event it was: receiver class / event type). It measures;
// it does not judge. --smoke runs three instances briefly and fails only when an instance got no
// snapshot at all.
#include "base/credential.h"
#include "meteredapplication.h"
#include "models/fleetmodel.h"
#include "monitor/fleetmonitor.h"
#include "overviewpage.h"
#include "profiles/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

#include <sys/resource.h>
#include <time.h>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// What the UI thread did over a stretch of time, from the kernel's scheduler statistics: the CPU it
// ran on, and how long it was ready to run but waited for a core (what a loaded machine adds).
struct ThreadTimes
{
    double cpuMs = 0;
    double runQueueMs = 0;
};

ThreadTimes uiThreadTimes()
{
    // Read through the open file on every probe tick: a few microseconds, not a file opened anew.
    static QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!schedstat.isOpen() && !schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    schedstat.seek(0);
    const QList<QByteArray> fields = schedstat.read(128).simplified().split(' ');
    if (fields.size() < 2)
        return {};
    return {fields.at(0).toDouble() / 1e6, fields.at(1).toDouble() / 1e6};
}

// The longest the event loop was late to a precise 50 ms timer: a coarse period keeps the probe's
// own cost out of the CPU figure, and lateness, not the period, is what a user feels. For the
// worst period, what the UI thread did in it: ran, or waited for a core (the rest: asleep or blocked).
class StallProbe : public QObject
{
public:
    static constexpr int Period = 50;

    explicit StallProbe(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(Period);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = m_clock.nsecsElapsed() / 1e6;
            const ThreadTimes times = uiThreadTimes();
            const double late = now - m_last - Period;
            if (late > m_max) {
                m_max = late;
                m_maxTimes = {times.cpuMs - m_lastTimes.cpuMs, times.runQueueMs - m_lastTimes.runQueueMs};
            }
            m_last = now;
            m_lastTimes = times;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastTimes = uiThreadTimes();
        m_max = 0;
        m_maxTimes = {};
        m_timer.start();
    }
    // The longest lateness so far, which the next one starts again from.
    double split()
    {
        m_maxTimes = {};
        return std::exchange(m_max, 0.0);
    }
    double stop()
    {
        m_timer.stop();
        return m_max;
    }
    // The UI thread's CPU and run-queue wait over the worst period (its 50 ms and the lateness).
    ThreadTimes worstPeriod() const { return m_maxTimes; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    ThreadTimes m_lastTimes;
    double m_max = 0;
    ThreadTimes m_maxTimes;
};

// Calls `done` once, when `widget` has finished its first paint.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget* widget, std::function<void()> done)
        : m_done(std::move(done))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_done, {}));
        }
        return false;
    }

private:
    std::function<void()> m_done;
};

bool startEmulator(
    QProcess& process, QUrl& endpoint, const QString& binary, const QString& scenario, const AccessKey& key)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(binary,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key-id"), key.id,
            QStringLiteral("--access-key-secret"), key.secret, QStringLiteral("--scenario"), scenario});
    if (!process.waitForStarted(10'000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray line;
    while (timer.elapsed() < 10'000 && !line.endsWith('\n')) {
        process.waitForReadyRead(200);
        line += process.readAllStandardOutput();
    }
    const QByteArray prefix = "das-emulator listening on ";
    if (!line.startsWith(prefix))
        return false;
    endpoint = QUrl(QString::fromLatin1(line.mid(prefix.size()).trimmed()));
    return endpoint.isValid();
}

} // namespace

int main(int argc, char* argv[])
{
    MeteredApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("instances"), QStringLiteral("Instances watched."), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption(
        {QStringLiteral("minutes"), QStringLiteral("Length of the run."), QStringLiteral("m"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("cadence-ms"), QStringLiteral("Between two fetches of an instance."),
        QStringLiteral("ms"), QStringLiteral("30000")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("Three instances for 15 s at a 3 s cadence.")});
    parser.addOption({QStringLiteral("emulator"), QStringLiteral("Path of das-emulator."), QStringLiteral("path"),
        QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/emulator/das-emulator")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const int instances = smoke ? 3 : std::max(1, parser.value(QStringLiteral("instances")).toInt());
    const qint64 runMs = smoke ? 15'000 : qint64(parser.value(QStringLiteral("minutes")).toDouble() * 60'000);
    const int cadenceMs = smoke ? 3'000 : std::max(1'000, parser.value(QStringLiteral("cadence-ms")).toInt());

    const AccessKey key {QStringLiteral("LTAIfleetbench"), QStringLiteral("fleet-bench-secret"), {}};
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", key.id.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", key.secret.toUtf8());
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");

    QTemporaryDir dir;
    QString scenario = QStringLiteral("{\"instances\":[");
    for (int i = 0; i < instances; ++i) {
        scenario += QStringLiteral("%1{\"instanceId\":\"rm-fleet-%2\",\"sessions\":600,\"runningPolls\":1,"
                                   "\"seed\":%3,\"tickSeconds\":5}")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(i)
                        .arg(i + 1);
    }
    scenario += QStringLiteral("]}");
    QFile scenarioFile(dir.filePath(QStringLiteral("fleet.json")));
    if (!scenarioFile.open(QIODevice::WriteOnly) || scenarioFile.write(scenario.toUtf8()) < 0)
        return 2;
    scenarioFile.close();
    QProcess emulator;
    QUrl endpoint;
    if (!startEmulator(emulator, endpoint, parser.value(QStringLiteral("emulator")), scenarioFile.fileName(), key)) {
        QTextStream(stderr) << "bench_fleet: the DAS emulator did not start\n";
        return 2;
    }

    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    for (int i = 0; i < instances; ++i) {
        InstanceProfile profile;
        profile.displayName = QStringLiteral("fleet %1").arg(i, 2, 10, QLatin1Char('0'));
        profile.instanceId = QStringLiteral("rm-fleet-%1").arg(i);
        profile.endpointKind = InstanceProfile::EndpointKind::Custom;
        profile.customEndpoint = endpoint;
        profile.credential = {CredentialReference::Kind::Environment, {}};
        profile.tags = {i % 3 == 0 ? QStringLiteral("prod") : QStringLiteral("staging")};
        if (!store.add(profile).ok())
            return 2;
    }
    // Written now: the set-up's file write is not the overview's.
    if (store.sync() != QSettings::NoError)
        return 2;

    FleetScheduler::Options options;
    options.defaultIntervalMs = cadenceMs;
    options.firstSpreadMs = std::min(cadenceMs, options.firstSpreadMs);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    OverviewPage page(&store, nullptr, options);
    QHash<QUuid, int> snapshots;
    int failures = 0;
    QObject::connect(page.fleetMonitor(), &FleetMonitor::snapshotTaken, &page,
        [&](const QUuid& id, const SnapshotPtr&) { ++snapshots[id]; });
    QObject::connect(
        page.fleetMonitor(), &FleetMonitor::fetchFailed, &page, [&](const QUuid&, const FetchError& error) {
            ++failures;
            QTextStream(stderr) << "bench_fleet: " << error.summary() << '\n';
        });
    page.resize(1400, 900);
    page.show();
    StallProbe probe;
    probe.start();
    // Showing the page is measured on its own: once its first paint is done and the probe has
    // ticked after it, what follows is the fleet being watched.
    double startupStall = -1;
    FirstPaint firstPaint(page.tableView()->viewport(), [&] {
        QTimer::singleShot(200, &page, [&] {
            startupStall = probe.split();
            app.splitMaxSliceMs();
        });
    });
    QTimer::singleShot(runMs, &app, &QCoreApplication::quit);
    app.exec();
    const double stall = probe.stop();
    const ThreadTimes stallTimes = probe.worstPeriod();
    const QString sliceEvent = app.maxSliceEvent();
    const double slice = app.splitMaxSliceMs();
    const double cpu = (cpuSeconds() - cpuBefore) / (wall.nsecsElapsed() / 1e9) * 100.0;

    int total = 0;
    int least = instances > snapshots.size() ? 0 : INT_MAX;
    for (const int count : std::as_const(snapshots)) {
        total += count;
        least = std::min(least, count);
    }
    QTextStream out(stdout);
    out << "fleet_max_ui_stall_ms instances=" << instances << " value=" << QString::number(stall, 'f', 1) << '\n';
    out << "fleet_max_ui_stall_period instances=" << instances
        << " length_ms=" << QString::number(stall + StallProbe::Period, 'f', 1)
        << " ui_cpu_ms=" << QString::number(stallTimes.cpuMs, 'f', 1)
        << " waiting_for_core_ms=" << QString::number(stallTimes.runQueueMs, 'f', 1) << '\n';
    out << "fleet_cpu_percent instances=" << instances << " value=" << QString::number(cpu, 'f', 2) << '\n';
    out << "fleet_startup_ui_stall_ms instances=" << instances << " value=" << QString::number(startupStall, 'f', 1)
        << '\n';
    out << "fleet_max_ui_slice_cpu_ms instances=" << instances << " value=" << QString::number(slice, 'f', 1)
        << " event=" << sliceEvent << '\n';
    out << "fleet_snapshots instances=" << instances << " value=" << total << " least_per_instance=" << least
        << " failures=" << failures << " seconds=" << QString::number(wall.elapsed() / 1000.0, 'f', 0) << '\n';
    out.flush();
    emulator.terminate();
    emulator.waitForFinished(5'000);
    return least > 0 ? 0 : 1;
}
