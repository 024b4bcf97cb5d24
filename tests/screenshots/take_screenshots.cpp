// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real window through the states the README shows and photographs the X server's root
// window with ImageMagick's `import` at each one. Run by scripts/screenshots under Xvfb.
#include "auditlogwindow.h"
#include "base/credential.h"
#include "credentials/keychainstore.h"
#include "dimensionchartview.h"
#include "emulator/dasemulator.h"
#include "filterbar.h"
#include "instancedialog.h"
#include "killdialog.h"
#include "killresultdialog.h"
#include "mainwindow.h"
#include "models/fleetmodel.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/fleetmonitor.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "overviewpage.h"
#include "profiles/profilestore.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

namespace {

void pump(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitUntil(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void shoot(const QString& directory, const QString& name)
{
    pump(600);
    const QString path = QDir(directory).filePath(name);
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
    QTextStream(stdout) << "screenshot: " << path << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(&app);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);

    const AccessKey key {QStringLiteral("LTAIscreenshots"), QStringLiteral("screenshot-secret"), {}};
    DasEmulator emulator;
    emulator.setAccessKey(key);
    EmulatorScenario scenario = EmulatorScenario::demo();
    for (EmulatorInstance& instance : scenario.instances)
        instance.runningPolls = 1;
    emulator.setScenario(scenario);
    if (emulator.listenOnLoopback() == 0)
        return 1;

    QTemporaryDir settingsDir;
    ProfileStore profiles(settingsDir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor(&app);
    InstanceController controller(monitor, &keychain);
    DemoLauncher demo;
    MainWindow window(monitor);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.setGeometry(0, 0, 1600, 1000);
    window.show();

    // 1. First run: the welcome view.
    shoot(out, QStringLiteral("welcome.png"));

    // 2. The instance dialog, as a user adding an instance sees it.
    auto* dialog = new InstanceDialog(&window, &profiles, &keychain);
    dialog->instanceIdEdit()->setText(QStringLiteral("rm-2ze8g2am97624"));
    dialog->displayNameEdit()->setText(QStringLiteral("orders-prod (RDS)"));
    dialog->open();
    shoot(out, QStringLiteral("instance-dialog.png"));
    dialog->reject();

    // 2b. The same dialog for a server watched directly.
    auto* direct = new InstanceDialog(&window, &profiles, &keychain);
    if (auto* source = direct->findChild<QComboBox*>(QStringLiteral("sourceCombo")))
        source->setCurrentIndex(source->findData(int(InstanceProfile::Source::MySql)));
    direct->displayNameEdit()->setText(QStringLiteral("inventory replica"));
    if (auto* host = direct->findChild<QLineEdit*>(QStringLiteral("hostEdit")))
        host->setText(QStringLiteral("db-inventory-2.internal"));
    if (auto* user = direct->findChild<QLineEdit*>(QStringLiteral("databaseUserEdit")))
        user->setText(QStringLiteral("monitor"));
    direct->open();
    shoot(out, QStringLiteral("instance-dialog-mysql.png"));
    direct->reject();

    // 3. Two saved instances, one watched.
    InstanceProfile orders;
    orders.displayName = QStringLiteral("orders-prod (RDS)");
    orders.instanceId = QStringLiteral("rm-demo");
    orders.endpointKind = InstanceProfile::EndpointKind::Custom;
    orders.customEndpoint = emulator.endpoint();
    orders.credential.kind = CredentialReference::Kind::Environment;
    InstanceProfile polar = orders;
    polar.displayName = QStringLiteral("billing (PolarDB, node 2)");
    polar.instanceId = QStringLiteral("pc-demo");
    polar.nodeId = QStringLiteral("pi-demo-2");
    profiles.add(orders);
    profiles.add(polar);
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", key.id.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", key.secret.toUtf8());
    FetchOptions options;
    options.pollIntervalMs = 200;
    controller.setFetchOptions(options);
    controller.open(*profiles.profile(profiles.profiles().constLast().id));
    waitUntil([&] { return monitor->state() == InstanceMonitor::State::UpToDate; }, 15'000);
    monitor->setRefreshIntervalMs(2000);
    pump(9000);
    SessionTableView* view = window.sessionView();
    // The longest-running active query, selected, with its SQL in the detail pane.
    for (int row = 0; row < window.sessionProxy()->rowCount(); ++row) {
        const QModelIndex index = window.sessionProxy()->index(row, 0);
        if (index.data(SessionTableModel::ActiveRole).toBool()) {
            view->setCurrentIndex(index);
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    shoot(out, QStringLiteral("main-window.png"));

    // The same window on a small laptop screen and on a full-HD one, drawn by the window itself
    // (the X screen is smaller than full HD).
    const auto shootAt = [&](const QSize& size, const QString& name) {
        const QRect before = window.geometry();
        window.resize(size);
        pump(1500);
        const QString path = QDir(out).filePath(name);
        window.grab().save(path);
        QTextStream(stdout) << "screenshot: " << path << Qt::endl;
        window.setGeometry(before);
        pump(500);
    };
    shootAt(QSize(1280, 720), QStringLiteral("main-window-1280x720.png"));
    shootAt(QSize(1920, 1080), QStringLiteral("main-window-1920x1080.png"));

    // 4. Drill-down from the largest user bar.
    const DimensionStat top = monitor->snapshot()->userStats.first();
    window.drillDown(Dimension::User, top.key, top.threadIds, {});
    shoot(out, QStringLiteral("drill-down.png"));

    // 5. Killing the drill-down's sessions: the preview, typed confirmation, the outcome, the log.
    if (QToolButton* kill = window.filterBar()->killDrillDownButton()) {
        monitor->setPaused(true);
        kill->click();
        if (waitUntil([&] { return window.findChild<KillDialog*>() != nullptr; }, 5'000)) {
            KillDialog* preview = window.findChild<KillDialog*>();
            preview->move(80, 80);
            if (preview->confirmationEdit()->isVisible())
                preview->confirmationEdit()->setText(QString::number(preview->plan().idsToKill().size()));
            shoot(out, QStringLiteral("kill-preview.png"));
            preview->killButton()->click();
            waitUntil(
                [&] {
                    auto* result = window.findChild<KillResultDialog*>();
                    return result && !result->headingLabel()->text().startsWith(QLatin1String("Sending"));
                },
                30'000);
            if (auto* result = window.findChild<KillResultDialog*>()) {
                result->move(120, 120);
                shoot(out, QStringLiteral("kill-result.png"));
                result->close();
            }
            window.showAuditLog();
            if (auto* audit = window.findChild<AuditLogWindow*>()) {
                audit->move(60, 60);
                shoot(out, QStringLiteral("audit-log.png"));
                audit->close();
            }
        }
        monitor->setPaused(false);
    }
    window.clearDrillDown();

    // 6. The service fails: banner, stale figures, last good snapshot kept.
    EmulatorFault throttled;
    throttled.type = EmulatorFault::Type::Throttling;
    throttled.retryAfterMs = 100;
    emulator.setPersistentFault(controller.current()->instanceId, throttled);
    monitor->refreshNow();
    waitUntil([&] { return monitor->state() == InstanceMonitor::State::Failed; }, 30'000);
    pump(4000);
    shoot(out, QStringLiteral("error-banner.png"));

    // 7. The overview: every instance at a glance, the throttled one first. Fetched every 2 s here
    // so that the sparklines have a few minutes' worth of points to draw.
    InstanceProfile catalog = orders;
    catalog.displayName = QStringLiteral("catalog (PolarDB-X)");
    catalog.instanceId = QStringLiteral("pxc-demo");
    catalog.tags = {QStringLiteral("staging")};
    InstanceProfile search = orders;
    search.displayName = QStringLiteral("search (RDS, busy)");
    search.instanceId = QStringLiteral("rm-busy");
    search.tags = {QStringLiteral("prod")};
    profiles.add(catalog);
    profiles.add(search);
    for (InstanceProfile profile : profiles.profiles()) {
        if (profile.tags.isEmpty()) {
            profile.tags = {QStringLiteral("prod")};
            profiles.update(profile);
        }
    }
    OverviewPage* overview = window.overviewPage();
    overview->setFetchOptions(options);
    for (const InstanceProfile& profile : profiles.profiles())
        overview->fleetMonitor()->setIntervalMs(profile.id, 2000);
    window.showOverview();
    waitUntil(
        [&] {
            for (int row = 0; row < overview->model()->rowCount(); ++row) {
                if (overview->model()->statusAt(row) == FleetModel::Status::Waiting)
                    return false;
            }
            return true;
        },
        30'000);
    pump(40'000);
    overview->setCurrentProfile(profiles.profiles().constFirst().id);
    shoot(out, QStringLiteral("overview.png"));
    return 0;
}
