// SPDX-License-Identifier: GPL-3.0-or-later
// Watching from the tray, on a real desktop: a real X server (Xvfb) whose system tray is hosted by
// trayer (scripts/with-tray-host starts both). With alert rules on and "keep watching in the tray"
// ticked, closing the window from the title bar (the window manager's WM_DELETE_WINDOW, sent as a
// real X client message) or minimising it hides it into the tray; the instance is still fetched on
// its own schedule, a threshold crossed while hidden is still raised and said through the tray icon,
// and a click on the icon brings the window back with the alert in its badge. Without the option,
// closing the window closes it.
#include "alertcenter.h"
#include "alertnotifier.h"
#include "alerts/alerthistory.h"
#include "base/credential.h"
#include "emulator/dasemulator.h"
#include "mainwindow.h"
#include "monitor/alertmonitor.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "support/emulatorfixture.h"
#include "support/windowapp.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <xcb/xcb.h>

#include <memory>

namespace {

const AccessKey key {QStringLiteral("LTAItraywatch001"), QStringLiteral("tray-watch-secret-1"), {}};
const QString instanceId = QStringLiteral("rm-tray");
constexpr int BusySessions = 300;
constexpr int QuietSessions = 5;

using App = WindowApp;

xcb_atom_t atom(xcb_connection_t* connection, const char* name)
{
    const xcb_intern_atom_cookie_t cookie = xcb_intern_atom(connection, 0, uint16_t(qstrlen(name)), name);
    std::unique_ptr<xcb_intern_atom_reply_t, decltype(&free)> reply(
        xcb_intern_atom_reply(connection, cookie, nullptr), &free);
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

// What a window manager sends when the user clicks the title bar's close button.
bool sendDeleteWindow(QWidget* window)
{
    auto* x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11)
        return false;
    xcb_connection_t* connection = x11->connection();
    xcb_client_message_event_t event {};
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 32;
    event.window = xcb_window_t(window->winId());
    event.type = atom(connection, "WM_PROTOCOLS");
    event.data.data32[0] = atom(connection, "WM_DELETE_WINDOW");
    event.data.data32[1] = XCB_CURRENT_TIME;
    xcb_send_event(connection, 0, event.window, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char*>(&event));
    return xcb_flush(connection) > 0;
}

// A real click of the pointer, as the X server delivers it to whatever is under it.
bool clickAt(const QPoint& point)
{
    QProcess xdotool;
    xdotool.start(QStringLiteral("xdotool"),
        {QStringLiteral("mousemove"), QString::number(point.x()), QString::number(point.y()), QStringLiteral("click"),
            QStringLiteral("1")});
    return xdotool.waitForFinished(10'000) && xdotool.exitCode() == 0;
}

// Runs the application's event loop as main() does, for at most `ms`: false when the application
// quit before.
bool keepsRunningFor(int ms)
{
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, qApp, [] { QCoreApplication::exit(42); });
    timer.start(ms);
    return QCoreApplication::exec() == 42;
}

} // namespace

class TestTrayWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void closedToTheTrayItKeepsWatchingAndAlerting();
    void minimisedToTheTrayItKeepsWatching();
    void withoutTheOptionClosingCloses();

private:
    void serve(int sessions);
    void open(App& app);

    QTemporaryDir m_dir;
    std::unique_ptr<DasEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
};

void TestTrayWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
        "run under scripts/with-tray-host with QT_QPA_PLATFORM=xcb");
    // The tray host is there: trayer owns the X system tray selection.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10'000);
    // As main() leaves it: the application quits when its last window is closed.
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void TestTrayWatch::init()
{
    QSettings().clear();
    QFile::remove(AlertHistory::defaultPath());
    m_emulator = EmulatorFixture::start(key, {EmulatorFixture::instance(instanceId, QuietSessions, 0)});
    QVERIFY(m_emulator);
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
}

void TestTrayWatch::cleanup()
{
    m_profiles.reset();
    m_emulator.reset();
}

void TestTrayWatch::serve(int sessions)
{
    EmulatorFixture::serve(*m_emulator, {EmulatorFixture::instance(instanceId, sessions, 0)});
}

void TestTrayWatch::open(App& app)
{
    InstanceProfile profile;
    profile.displayName = QStringLiteral("Orders primary");
    profile.instanceId = instanceId;
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = m_emulator->endpoint();
    // The monitor's own schedule, as fast as a profile allows.
    profile.refreshIntervalMs = InstanceProfile::MinRefreshIntervalMs;
    profile.alertRules = {{*AlertRule::parse(QStringLiteral("active>5")), true}};
    const ProfileStore::SaveResult saved = m_profiles->add(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.errors.join(QLatin1Char(' '))));
    app.controller.open(*m_profiles->profile(saved.id), Credential(key));
    QTRY_VERIFY_WITH_TIMEOUT(app.monitor->state() == InstanceMonitor::State::UpToDate, 10'000);
    AlertCenter* alerts = app.window.alertCenter();
    QVERIFY(alerts->trayIcon());
    // Docked in the real tray: the host gave the icon a place on the screen.
    QTRY_VERIFY_WITH_TIMEOUT(!alerts->trayIcon()->geometry().isEmpty(), 10'000);
}

void TestTrayWatch::closedToTheTrayItKeepsWatchingAndAlerting()
{
    App app(m_profiles.get());
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));
    open(app);
    AlertCenter* alerts = app.window.alertCenter();
    alerts->keepInTrayAction()->setChecked(true);
    QSignalSpy notified(alerts->notifier(), &AlertNotifier::notified);

    // The title bar's close button: the window goes, the application stays.
    QVERIFY(sendDeleteWindow(&app.window));
    QVERIFY(keepsRunningFor(2'000));
    QVERIFY(!app.window.isVisible());

    // Hidden, it still fetches on its own schedule, and a busy instance is still alerted on.
    QSignalSpy snapshots(app.monitor, &InstanceMonitor::snapshotChanged);
    serve(BusySessions);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(alerts->alertMonitor()->raisedCount(), 1, 15'000);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(2).value<AlertNotifier::Channel>(), AlertNotifier::Channel::Tray);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Alert on Orders primary"));
    QVERIFY(!app.window.isVisible());

    // A click on the tray icon brings the window back, its badge counting the alert.
    QVERIFY(clickAt(alerts->trayIcon()->geometry().center()));
    QTRY_VERIFY_WITH_TIMEOUT(app.window.isVisible(), 10'000);
    QVERIFY(alerts->badge()->isVisible());
    QCOMPARE(alerts->badge()->text(), QStringLiteral("1 alert"));
}

void TestTrayWatch::minimisedToTheTrayItKeepsWatching()
{
    App app(m_profiles.get());
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));
    open(app);
    AlertCenter* alerts = app.window.alertCenter();
    alerts->keepInTrayAction()->setChecked(true);

    app.window.showMinimized();
    QVERIFY(keepsRunningFor(2'000));
    QVERIFY(!app.window.isVisible());
    QSignalSpy snapshots(app.monitor, &InstanceMonitor::snapshotChanged);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 15'000);
    QCOMPARE(app.monitor->state(), InstanceMonitor::State::UpToDate);

    // The tray icon's menu shows it again.
    QMenu* menu = alerts->trayIcon()->contextMenu();
    QVERIFY(menu);
    QAction* show = menu->actions().value(0);
    QVERIFY(show);
    QCOMPARE(show->text(), QStringLiteral("Show SessionScope"));
    show->trigger();
    QTRY_VERIFY(app.window.isVisible());
    QVERIFY(!app.window.isMinimized());
}

void TestTrayWatch::withoutTheOptionClosingCloses()
{
    App app(m_profiles.get());
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));
    open(app);
    QVERIFY(!app.window.alertCenter()->keepInTrayAction()->isChecked());
    // The tray icon is there, but the window was the last one: the application quits.
    QVERIFY(app.window.alertCenter()->trayIcon());
    QVERIFY(sendDeleteWindow(&app.window));
    QVERIFY(!keepsRunningFor(10'000));
    QVERIFY(!app.window.isVisible());
}

QTEST_MAIN(TestTrayWatch)
#include "tst_traywatch.moc"
