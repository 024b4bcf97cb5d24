// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts in the window, as a user meets them: rules turned on in the instance dialog, the real
// window watching the DAS emulator over loopback HTTP, whose instance is made busy and quiet again
// between snapshots. The badge counts the raised alerts, the list shows them and activating one
// shows exactly its sessions; a raised alert reaches a notification daemon (a fake one on a private
// D-Bus session bus) once, however the value flaps; the history survives a restart and exports as CSV.
#include "alertcenter.h"
#include "alertnotifier.h"
#include "alertruleseditor.h"
#include "alerts/alerthistory.h"
#include "base/credential.h"
#include "counttext.h"
#include "credentials/keychainstore.h"
#include "emulator/dasemulator.h"
#include "export/sessioncsv.h"
#include "filterbar.h"
#include "instancedialog.h"
#include "mainwindow.h"
#include "models/alertlistmodel.h"
#include "models/fleetmodel.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/alertmonitor.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "overviewpage.h"
#include "profiles/profilestore.h"
#include "sources/demolauncher.h"
#include "support/emulatorfixture.h"
#include "support/windowapp.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

const AccessKey key {QStringLiteral("LTAIalertswindow1"), QStringLiteral("alerts-window-secret-1"), {}};
const QString instanceId = QStringLiteral("rm-alerts");
// Busy: far more than five sessions running a statement. Quiet: five sessions in all.
constexpr int BusySessions = 300;
constexpr int QuietSessions = 5;

// Every session shown, system ones too, so that a drill-down shows exactly the breaching ones.
struct App : WindowApp
{
    explicit App(ProfileStore* profiles)
        : WindowApp(profiles)
    {
        window.filterBar()->hideSystemBox()->setChecked(false);
    }
};

// A notification daemon as the desktop has one, on a private bus: it records what it is told.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString& app, uint replacesId, const QString& icon, const QString& summary, const QString& body,
        const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        calls.append({app, summary, body});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

} // namespace

class TestAlertsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rulesAreEditedInTheInstanceDialog();
    void badgeListAndDrillDownFollowTheInstance();
    void aRaisedAlertIsNotifiedOnce();
    void historySurvivesARestartAndExports();
    void damagedHistoryIsSaidAndReplaced();
    void instancesNotShownAreWatchedThroughTheOverview();

private:
    InstanceProfile profile(const QString& rule) const;
    void serve(int sessions);
    // Takes one snapshot now and returns it.
    SnapshotPtr snapshot(App& app);
    void open(App& app, const InstanceProfile& profile);

    QTemporaryDir m_dir;
    std::unique_ptr<DasEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
    QUuid m_profileId;
    QProcess m_bus;
    QString m_busAddress;
};

void TestAlertsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
        QFAIL("dbus-daemon is missing; run scripts/bootstrap");
    // A private session bus for the fake notification daemon.
    m_bus.start(QStringLiteral("dbus-daemon"),
        {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
            QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus"))});
    QVERIFY(m_bus.waitForStarted(10'000));
    QDeadlineTimer deadline(20'000);
    while (!m_bus.canReadLine() && !deadline.hasExpired())
        m_bus.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    m_busAddress = QString::fromLatin1(m_bus.readLine().trimmed());
    QVERIFY2(!m_busAddress.isEmpty(), "dbus-daemon did not start");
}

void TestAlertsWindow::cleanupTestCase()
{
    m_bus.terminate();
    m_bus.waitForFinished(5000);
}

void TestAlertsWindow::init()
{
    QSettings().clear();
    QFile::remove(AlertHistory::defaultPath());
    QFile::remove(AlertHistory::defaultPath() + QStringLiteral(".damaged"));
    m_emulator = EmulatorFixture::start(key, {EmulatorFixture::instance(instanceId, BusySessions, 0)});
    QVERIFY(m_emulator);
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
}

void TestAlertsWindow::cleanup()
{
    m_profiles.reset();
    m_emulator.reset();
}

InstanceProfile TestAlertsWindow::profile(const QString& rule) const
{
    InstanceProfile profile;
    profile.displayName = QStringLiteral("Orders primary");
    profile.instanceId = instanceId;
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = m_emulator->endpoint();
    // Snapshots are taken when the test says.
    profile.refreshIntervalMs = InstanceProfile::MaxRefreshIntervalMs;
    profile.alertRules = {{*AlertRule::parse(rule), true}};
    return profile;
}

void TestAlertsWindow::serve(int sessions)
{
    EmulatorInstance instance = EmulatorFixture::instance(instanceId, sessions, 0);
    EmulatorFixture::serve(*m_emulator, {instance});
}

void TestAlertsWindow::open(App& app, const InstanceProfile& profile)
{
    const ProfileStore::SaveResult saved = m_profiles->add(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.errors.join(QLatin1Char(' '))));
    m_profileId = saved.id;
    app.controller.open(*m_profiles->profile(saved.id), Credential(key));
    QTRY_VERIFY_WITH_TIMEOUT(app.monitor->snapshot() != nullptr, 10'000);
    QTRY_VERIFY(app.monitor->state() == InstanceMonitor::State::UpToDate);
}

SnapshotPtr TestAlertsWindow::snapshot(App& app)
{
    if (!QTest::qWaitFor([&] { return app.monitor->state() != InstanceMonitor::State::Fetching; }, 10'000))
        return {};
    const SnapshotPtr before = app.monitor->snapshot();
    app.monitor->refreshNow();
    if (!QTest::qWaitFor(
            [&] {
                return app.monitor->snapshot() != before && app.monitor->state() == InstanceMonitor::State::UpToDate;
            },
            10'000))
        return {};
    return app.monitor->snapshot();
}

void TestAlertsWindow::rulesAreEditedInTheInstanceDialog()
{
    KeychainStore keychain;
    InstanceDialog dialog(nullptr, m_profiles.get(), &keychain);
    AlertRulesEditor* editor = dialog.alertRulesEditor();
    QVERIFY(editor);
    using Kind = AlertRule::Kind;
    // Every rule starts off, at a threshold that suits most instances.
    for (const Kind kind : AlertRule::kinds()) {
        QVERIFY(!editor->enabledBox(kind)->isChecked());
        QCOMPARE(editor->thresholdSpin(kind)->value(), AlertRule::defaultThreshold(kind));
    }
    QCOMPARE(editor->consecutiveSpin()->value(), 2);
    QCOMPARE(editor->summaryLabel()->text(), QStringLiteral("No alert rule is on."));
    QVERIFY(dialog.formProfile().alertRules.isEmpty());

    editor->setExpanded(true);
    editor->enabledBox(Kind::ActiveSessions)->setChecked(true);
    editor->thresholdSpin(Kind::ActiveSessions)->setValue(40);
    editor->enabledBox(Kind::UserSessions)->setChecked(true);
    editor->keyEdit(Kind::UserSessions)->setText(QStringLiteral("app_rw"));
    editor->enabledBox(Kind::SourceFailing)->setChecked(true);
    // Changed but left off: kept for when it is turned on.
    editor->thresholdSpin(Kind::IdleInTransaction)->setValue(120);
    editor->consecutiveSpin()->setValue(3);
    QCOMPARE(editor->summaryLabel()->text(),
        QStringLiteral(
            "On: Active sessions above 40; Sessions of user app_rw above 200; Every fetch failing for longer "
            "than 60 s"));

    const InstanceProfile form = dialog.formProfile();
    QCOMPARE(form.alertConsecutive, 3);
    QStringList rules;
    for (const InstanceProfile::AlertSetting& setting : form.alertRules)
        rules.append((setting.enabled ? QStringLiteral("on ") : QStringLiteral("off ")) + setting.rule.expression());
    QCOMPARE(rules,
        (QStringList {QStringLiteral("on active>40"), QStringLiteral("off idle_in_trx>120"),
            QStringLiteral("on user:app_rw>200"), QStringLiteral("on failing>60")}));

    // Editing a saved profile shows its rules, and saving it unchanged changes nothing.
    InstanceProfile saved = profile(QStringLiteral("lock_waits>7"));
    saved.alertRules.append({*AlertRule::parse(QStringLiteral("user:batch>10")), false});
    saved.alertRules.append({*AlertRule::parse(QStringLiteral("user:etl>30")), true});
    saved.id = QUuid::createUuid();
    InstanceDialog edit(nullptr, m_profiles.get(), &keychain);
    edit.setProfile(saved);
    QVERIFY(edit.alertRulesEditor()->enabledBox(Kind::LockWaits)->isChecked());
    QCOMPARE(edit.alertRulesEditor()->thresholdSpin(Kind::LockWaits)->value(), 7);
    QCOMPARE(edit.alertRulesEditor()->keyEdit(Kind::UserSessions)->text(), QStringLiteral("batch"));
    QVERIFY(!edit.alertRulesEditor()->enabledBox(Kind::UserSessions)->isChecked());
    QCOMPARE(edit.formProfile().alertRules, saved.alertRules);
    QCOMPARE(edit.formProfile().alertConsecutive, saved.alertConsecutive);
}

void TestAlertsWindow::badgeListAndDrillDownFollowTheInstance()
{
    App app(m_profiles.get());
    AlertCenter* alerts = app.window.alertCenter();
    QAbstractItemModelTester tester(alerts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    open(app, profile(QStringLiteral("active>5")));
    // One busy snapshot is not enough (two in a row raise an alert).
    QVERIFY(app.monitor->snapshot()->activeSessionCount > 5);
    QVERIFY(!alerts->badge()->isVisible());
    QCOMPARE(alerts->model()->rowCount(), 0);

    const SnapshotPtr busy = snapshot(app);
    QVERIFY(busy);
    QVERIFY(alerts->badge()->isVisible());
    // "1 alert" in English (the plural forms come with the translations).
    QCOMPARE(alerts->badge()->text(), AlertCenter::tr("%n alert(s)", nullptr, 1));
    QCOMPARE(alerts->model()->rowCount(), 1);
    const auto cell
        = [&](AlertListModel::Column column) { return alerts->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(AlertListModel::InstanceColumn), QStringLiteral("Orders primary"));
    QCOMPARE(cell(AlertListModel::RuleColumn), QStringLiteral("Active sessions above 5"));
    QCOMPARE(cell(AlertListModel::ValueColumn), QLocale().toString(busy->activeSessionCount));
    QCOMPARE(cell(AlertListModel::TimeColumn),
        QDateTime::fromMSecsSinceEpoch(busy->snapshotTimeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(AlertListModel::ClearedColumn), QStringLiteral("raised"));

    // The badge opens the list; Enter on the alert shows exactly the sessions that breached.
    QVERIFY(!alerts->dock()->isVisible());
    QTest::mouseClick(alerts->badge(), Qt::LeftButton);
    QVERIFY(alerts->dock()->isVisible());
    QList<qint64> active;
    for (const Session& session : busy->sessions) {
        if (session.isActive())
            active.append(session.sessionId);
    }
    std::sort(active.begin(), active.end());
    QTableView* view = alerts->view();
    view->setCurrentIndex(alerts->model()->index(0, 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(app.window.sessionProxy()->hasDrillDown());
    QList<qint64> drilled(
        app.window.sessionProxy()->drillDownIds().cbegin(), app.window.sessionProxy()->drillDownIds().cend());
    std::sort(drilled.begin(), drilled.end());
    QCOMPARE(drilled, active);
    QList<qint64> shown;
    for (int row = 0; row < app.window.sessionProxy()->rowCount(); ++row)
        shown.append(app.window.sessionProxy()->index(row, 0).data(SessionTableModel::SessionIdRole).toLongLong());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, active);
    QVERIFY2(app.window.drillDownLabel().startsWith(QLatin1String("Alert: Active sessions above 5 at ")),
        qPrintable(app.window.drillDownLabel()));

    // Quiet again: one clean snapshot is not enough, the second clears it.
    serve(QuietSessions);
    QVERIFY(snapshot(app));
    QCOMPARE(cell(AlertListModel::ClearedColumn), QStringLiteral("raised"));
    QVERIFY(alerts->badge()->isVisible());
    const SnapshotPtr quiet = snapshot(app);
    QVERIFY(quiet);
    QCOMPARE(cell(AlertListModel::ClearedColumn),
        QDateTime::fromMSecsSinceEpoch(quiet->snapshotTimeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(!alerts->badge()->isVisible());
    QCOMPARE(alerts->alertMonitor()->raisedCount(), 0);
}

void TestAlertsWindow::aRaisedAlertIsNotifiedOnce()
{
    QDBusConnection daemonBus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("fake-daemon"));
    QDBusConnection appBus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("app"));
    QVERIFY(daemonBus.isConnected());
    QVERIFY(appBus.isConnected());
    FakeNotifications daemon;
    QVERIFY(daemonBus.registerObject(
        QStringLiteral("/org/freedesktop/Notifications"), &daemon, QDBusConnection::ExportAllSlots));
    QVERIFY(daemonBus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    App app(m_profiles.get());
    AlertCenter* alerts = app.window.alertCenter();
    alerts->notifier()->setConnection(appBus);
    QSignalSpy notified(alerts->notifier(), &AlertNotifier::notified);
    // No rule on: no tray icon.
    QVERIFY(!alerts->trayIcon());
    open(app, profile(QStringLiteral("active>5")));
    // Rules are on: the tray icon is there.
    QVERIFY(alerts->trayIcon());
    QVERIFY(alerts->trayIcon()->isVisible());

    // Flapping: busy, quiet, busy, quiet, busy — never two in a row, never a notification.
    for (int i = 0; i < 2; ++i) {
        serve(QuietSessions);
        QVERIFY(snapshot(app));
        serve(BusySessions);
        QVERIFY(snapshot(app));
    }
    QTest::qWait(200);
    QCOMPARE(daemon.calls.size(), 0);
    QCOMPARE(notified.size(), 0);

    // Busy twice in a row: one notification, and no more while it stays busy.
    const SnapshotPtr busy = snapshot(app);
    QVERIFY(busy);
    QTRY_COMPARE(notified.size(), 1);
    for (int i = 0; i < 3; ++i)
        QVERIFY(snapshot(app));
    QTest::qWait(200);
    QCOMPARE(daemon.calls.size(), 1);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(2).value<AlertNotifier::Channel>(), AlertNotifier::Channel::Desktop);
    QCOMPARE(daemon.calls.at(0).app, QStringLiteral("SessionScope"));
    QCOMPARE(daemon.calls.at(0).summary, QStringLiteral("Alert on Orders primary"));
    // "… · 70 sessions" in English (the plural forms come with the translations).
    const int count = int(busy->activeSessionCount);
    const QString sessions = CountText::grouped(AlertCenter::tr(" · %n session(s)", nullptr, count), count);
    QCOMPARE(daemon.calls.at(0).body,
        QStringLiteral("Active sessions above 5: now %1").arg(QLocale().toString(busy->activeSessionCount)) + sessions);

    // With no notification service on the bus, the tray icon says it instead.
    QVERIFY(daemonBus.unregisterService(QStringLiteral("org.freedesktop.Notifications")));
    serve(QuietSessions);
    QVERIFY(snapshot(app));
    QVERIFY(snapshot(app));
    QCOMPARE(alerts->alertMonitor()->raisedCount(), 0);
    serve(BusySessions);
    QVERIFY(snapshot(app));
    QVERIFY(snapshot(app));
    QTRY_COMPARE(notified.size(), 2);
    QCOMPARE(notified.at(1).at(2).value<AlertNotifier::Channel>(), AlertNotifier::Channel::Tray);
    QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Alert on Orders primary"));
    QCOMPARE(daemon.calls.size(), 1);

    // Turned off in the profile: no more tray icon.
    InstanceProfile off = *m_profiles->profile(m_profileId);
    off.alertRules[0].enabled = false;
    QVERIFY(m_profiles->update(off).ok());
    app.controller.open(off, Credential(key));
    QVERIFY(!alerts->trayIcon());
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-daemon"));
    QDBusConnection::disconnectFromBus(QStringLiteral("app"));
}

void TestAlertsWindow::historySurvivesARestartAndExports()
{
    QList<AlertRecord> raised;
    {
        App app(m_profiles.get());
        open(app, profile(QStringLiteral("active>5")));
        QVERIFY(snapshot(app));
        serve(QuietSessions);
        QVERIFY(snapshot(app));
        QVERIFY(snapshot(app));
        serve(BusySessions);
        QVERIFY(snapshot(app));
        QVERIFY(snapshot(app));
        raised = app.window.alertCenter()->alertMonitor()->alerts();
        QCOMPARE(raised.size(), 2);
        QVERIFY(raised.at(0).clearedMs > 0);
        QVERIFY(raised.at(1).isRaised());
    }

    // Another run: both alerts are listed, the one still raised at the end as not seen cleared.
    App app(m_profiles.get());
    AlertCenter* alerts = app.window.alertCenter();
    QAbstractItemModelTester tester(alerts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(alerts->model()->rowCount(), 2);
    QCOMPARE(alerts->model()->index(0, AlertListModel::ClearedColumn).data().toString(),
        QStringLiteral("not seen (no longer watched)"));
    QCOMPARE(alerts->model()->index(1, AlertListModel::ClearedColumn).data().toString(),
        QDateTime::fromMSecsSinceEpoch(raised.at(0).clearedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(!alerts->badge()->isVisible());
    QVERIFY(!alerts->historyProblemLabel()->isVisible());

    const QString path = m_dir.filePath(QStringLiteral("exported/alerts.csv"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    QVERIFY2(alerts->exportHistory(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto line = [&](const AlertRecord& alert, bool cleared) {
        QStringList ids;
        for (const qint64 id : alert.sessionIds)
            ids.append(QString::number(id));
        return (SessionCsv::isoTime(alert.raisedMs) + QStringLiteral(",Orders primary,")
            + m_profileId.toString(QUuid::WithoutBraces) + QStringLiteral(",active>5,") + QString::number(alert.value)
            + QStringLiteral(",,") + ids.join(QLatin1Char(' ')) + QLatin1Char(',')
            + (cleared ? SessionCsv::isoTime(alert.clearedMs) : QString()) + QStringLiteral("\r\n"))
            .toUtf8();
    };
    QCOMPARE(file.readAll(),
        QByteArray("raised_at,instance,profile_id,rule,value,subject,thread_ids,cleared_at\r\n")
            + line(raised.at(0), true) + line(raised.at(1), false));
}

void TestAlertsWindow::damagedHistoryIsSaidAndReplaced()
{
    const QString path = AlertHistory::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"event\":\"raised\",\"id\":\"0b6f7a2e-1c1d-4a57-9b7e-7a3f0c2d9e11\",\"time\":\"soon\"}\n");
    file.close();

    App app(m_profiles.get());
    AlertCenter* alerts = app.window.alertCenter();
    QCOMPARE(alerts->model()->rowCount(), 0);
    QVERIFY(alerts->historyProblemLabel()->isVisibleTo(alerts->dock()));
    const QString problem = alerts->historyProblemLabel()->text();
    QVERIFY2(problem.contains(QLatin1String("is damaged (line 1 cannot be read)")), qPrintable(problem));
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
    // Said in the status bar too, once the window is up.
    QTRY_VERIFY(app.window.statusBar()->currentMessage().contains(QLatin1String("a new history was started")));

    // The new history takes the next alerts.
    open(app, profile(QStringLiteral("active>5")));
    QVERIFY(snapshot(app));
    QCOMPARE(alerts->model()->rowCount(), 1);
    QCOMPARE(AlertHistory(path).load().size(), 1);
}

QTEST_MAIN(TestAlertsWindow)
#include "tst_alertswindow.moc"

void TestAlertsWindow::instancesNotShownAreWatchedThroughTheOverview()
{
    // Two instances with the same rule: the one shown is quiet; the busy one is never opened, and
    // only the overview's own fetches see it.
    EmulatorFixture::serve(*m_emulator,
        {EmulatorFixture::instance(instanceId, BusySessions, 0),
            EmulatorFixture::instance(QStringLiteral("rm-quiet"), QuietSessions, 0)});
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", key.id.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", key.secret.toUtf8());
    const auto unsetKey = qScopeGuard([] {
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
        qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    });
    App app(m_profiles.get());
    InstanceProfile busy = profile(QStringLiteral("active>5"));
    busy.credential = {CredentialReference::Kind::Environment, {}};
    busy.alertConsecutive = 1;
    const ProfileStore::SaveResult saved = m_profiles->add(busy);
    QVERIFY2(saved.ok(), qPrintable(saved.errors.join(QLatin1Char(' '))));
    InstanceProfile quiet = profile(QStringLiteral("active>5"));
    quiet.displayName = QStringLiteral("Quiet replica");
    quiet.instanceId = QStringLiteral("rm-quiet");
    quiet.credential = busy.credential;
    quiet.alertConsecutive = 1;
    open(app, quiet);

    AlertCenter* alerts = app.window.alertCenter();
    // The overview fetches every instance within its first spread (10 s), then every 30 s.
    QTRY_COMPARE_WITH_TIMEOUT(alerts->raisedCount(saved.id), 1, 30'000);
    QCOMPARE(alerts->raisedCount(m_profileId), 0);
    QVERIFY(alerts->badge()->isVisible());
    const QList<AlertRecord>& all = alerts->alertMonitor()->alerts();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().instance, QStringLiteral("Orders primary"));
    QVERIFY(all.first().value > 5);
    QCOMPARE(all.first().sessionIds.size(), qsizetype(all.first().value));

    // The overview's row of the busy instance counts it; the quiet one's is blank.
    FleetModel* fleet = app.window.overviewPage()->model();
    QString busyAlerts;
    QString quietAlerts;
    for (int row = 0; row < fleet->rowCount(); ++row) {
        const QModelIndex cell = fleet->index(row, FleetModel::AlertsColumn);
        const QString name = fleet->index(row, FleetModel::NameColumn).data().toString();
        if (name == QLatin1String("Orders primary"))
            busyAlerts = cell.data().toString();
        else if (name == QLatin1String("Quiet replica"))
            quietAlerts = cell.data().toString();
    }
    QCOMPARE(busyAlerts, QStringLiteral("1"));
    QCOMPARE(quietAlerts, QString());

    // Leaving the shown instance does not stop watching it: it is a saved profile the overview fetches.
    app.controller.close();
    QVERIFY(alerts->alertMonitor()->isWatching(m_profileId));
}
