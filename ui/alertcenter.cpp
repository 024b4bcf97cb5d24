// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcenter.h"

#include "monitor/fleetmonitor.h"
#include "profiles/profilestore.h"

#include "alertnotifier.h"
#include "counttext.h"
#include "export/alertcsv.h"
#include "models/alertlistmodel.h"
#include "monitor/alertmonitor.h"
#include "monitor/instancemonitor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString KeepInTrayKey = QStringLiteral("alerts/keepRunningInTray");

} // namespace

AlertCenter::AlertCenter(QMainWindow* window, InstanceMonitor* monitor, const QString& historyPath)
    : QObject(window)
    , m_window(window)
    , m_monitor(monitor)
    , m_alerts(new AlertMonitor(historyPath, this))
    , m_model(new AlertListModel(this))
    , m_notifier(new AlertNotifier(this))
    , m_dock(new QDockWidget(tr("Alerts"), window))
    , m_view(new QTableView)
    , m_problem(new QLabel)
    , m_badge(new QToolButton(window))
    , m_menu(new QMenu(tr("&Alerts"), window))
{
    m_model->setAlerts(m_alerts->alerts());
    connect(m_alerts, &AlertMonitor::alertRaised, this, &AlertCenter::onRaised);
    connect(m_alerts, &AlertMonitor::alertCleared, this, [this](const AlertRecord& alert) {
        m_model->upsert(alert);
        updateBadge();
        emit raisedCountChanged(alert.profileId, raisedCount(alert.profileId));
    });
    connect(m_alerts, &AlertMonitor::watchingChanged, this, &AlertCenter::updateTray);
    connect(m_alerts, &AlertMonitor::historyProblemOccurred, this, [this](const QString& problem) {
        m_problem->setText(problem);
        m_problem->show();
        emit message(problem);
    });

    // Every snapshot and every failed fetch of the instance shown is an observation.
    connect(m_monitor, &InstanceMonitor::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
        if (!snapshot || !m_current)
            return;
        const qint64 timeMs
            = snapshot->snapshotTimeMs > 0 ? snapshot->snapshotTimeMs : QDateTime::currentMSecsSinceEpoch();
        m_alerts->addSnapshot(m_current->id, *snapshot, timeMs);
    });
    connect(m_monitor, &InstanceMonitor::errorOccurred, this, [this] {
        if (m_current)
            m_alerts->addFailure(m_current->id, QDateTime::currentMSecsSinceEpoch());
    });

    m_view->setObjectName(QStringLiteral("alertList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setToolTip(tr("Double-click an alert (or press Enter) to see exactly its sessions"));
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) { activate(index.row()); });
    m_problem->setObjectName(QStringLiteral("alertHistoryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_problem->setText(m_alerts->historyProblem());
    m_problem->setVisible(!m_problem->text().isEmpty());
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    m_dock->setObjectName(QStringLiteral("alertsDock"));
    m_dock->setWidget(panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // Out of the way until there is something to see.
    m_dock->hide();

    m_badge->setObjectName(QStringLiteral("alertBadge"));
    m_badge->setAutoRaise(true);
    m_badge->setIcon(window->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_badge->setToolTip(tr("Alerts raised now; click to see the list"));
    m_badge->setStyleSheet(QStringLiteral("QToolButton { color: #8a1c1c; font-weight: bold; }"));
    connect(m_badge, &QToolButton::clicked, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    window->statusBar()->addPermanentWidget(m_badge);

    m_menu->setObjectName(QStringLiteral("alertsMenu"));
    QAction* list = m_dock->toggleViewAction();
    list->setText(tr("Alert list"));
    m_menu->addAction(list);
    m_exportAction = m_menu->addAction(tr("Export alert history…"), this, &AlertCenter::showExportDialog);
    m_exportAction->setObjectName(QStringLiteral("exportAlertHistoryAction"));
    m_menu->addSeparator();
    m_keepInTray = m_menu->addAction(tr("Keep watching in the tray when the window is closed"));
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayAction"));
    m_keepInTray->setCheckable(true);
    m_keepInTray->setChecked(QSettings().value(KeepInTrayKey, false).toBool());
    m_keepInTray->setToolTip(tr("While alert rules are on, closing or minimising the window leaves SessionScope "
                                "in the tray, watching and alerting"));
    connect(m_keepInTray, &QAction::toggled, this, [](bool keep) { QSettings().setValue(KeepInTrayKey, keep); });

    window->installEventFilter(this);
    updateBadge();
    // Said once the window is listening.
    if (!m_alerts->historyProblem().isEmpty())
        QMetaObject::invokeMethod(
            this, [this] { emit message(m_alerts->historyProblem()); }, Qt::QueuedConnection);
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setCurrentProfile(const std::optional<InstanceProfile>& profile)
{
    // The instance left stays watched (through the overview's fetches) while it is a saved profile.
    if (m_current && (!profile || profile->id != m_current->id) && !(m_store && m_store->profile(m_current->id)))
        m_alerts->forget(m_current->id);
    // Only saved profiles carry rules; the demo and a recording have none.
    m_current = profile && !profile->id.isNull() ? profile : std::nullopt;
    if (m_current)
        m_alerts->watch(*m_current);
    updateBadge();
}

void AlertCenter::watchProfiles(ProfileStore* store, FleetMonitor* fleet)
{
    m_store = store;
    for (const InstanceProfile& profile : store->profiles())
        rewatch(profile.id);
    connect(store, &ProfileStore::profileAdded, this, &AlertCenter::rewatch);
    connect(store, &ProfileStore::profileUpdated, this, &AlertCenter::rewatch);
    connect(store, &ProfileStore::profileRemoved, this, [this](const QUuid& id) {
        m_alerts->forget(id);
        updateBadge();
        emit raisedCountChanged(id, 0);
    });
    // The instance shown is judged on the monitor's snapshots; the overview's of it are the same moments.
    const auto shown = [this](const QUuid& id) { return m_current && m_current->id == id; };
    connect(fleet, &FleetMonitor::snapshotTaken, this, [this, shown](const QUuid& id, const SnapshotPtr& snapshot) {
        if (!snapshot || shown(id) || !m_alerts->isWatching(id))
            return;
        m_alerts->addSnapshot(id, *snapshot,
            snapshot->snapshotTimeMs > 0 ? snapshot->snapshotTimeMs : QDateTime::currentMSecsSinceEpoch());
    });
    connect(fleet, &FleetMonitor::fetchFailed, this, [this, shown](const QUuid& id) {
        if (!shown(id) && m_alerts->isWatching(id))
            m_alerts->addFailure(id, QDateTime::currentMSecsSinceEpoch());
    });
}

void AlertCenter::rewatch(const QUuid& profileId)
{
    if (!m_store)
        return;
    if (const std::optional<InstanceProfile> profile = m_store->profile(profileId))
        m_alerts->watch(*profile);
    updateBadge();
    emit raisedCountChanged(profileId, raisedCount(profileId));
}

int AlertCenter::raisedCount(const QUuid& profileId) const
{
    int count = 0;
    for (const AlertRecord& alert : m_alerts->alerts())
        count += alert.profileId == profileId && alert.isRaised();
    return count;
}

std::pair<QString, QString> AlertCenter::notificationText(const AlertRecord& alert)
{
    //: Summary of a desktop notification: the instance an alert was raised on.
    const QString summary = tr("Alert on %1").arg(alert.instance);
    QString body = tr("%1: now %2").arg(AlertListModel::ruleText(alert), QLocale().toString(alert.value));
    if (!alert.sessionIds.isEmpty())
        body += CountText::grouped(
            tr(" · %n session(s)", nullptr, int(alert.sessionIds.size())), int(alert.sessionIds.size()));
    return {summary, body};
}

void AlertCenter::onRaised(const AlertRecord& alert)
{
    m_model->upsert(alert);
    updateBadge();
    emit raisedCountChanged(alert.profileId, raisedCount(alert.profileId));
    const auto [summary, body] = notificationText(alert);
    m_notifier->notify(summary, body);
}

void AlertCenter::updateBadge()
{
    const int raised = m_alerts->raisedCount();
    m_badge->setText(CountText::grouped(tr("%n alert(s)", nullptr, raised), raised));
    m_badge->setVisible(raised > 0);
}

void AlertCenter::updateTray()
{
    if (!m_alerts->isWatchingAny()) {
        delete m_tray;
        m_tray = nullptr;
        m_notifier->setTrayIcon(nullptr);
        return;
    }
    if (m_tray)
        return;
    m_tray
        = new QSystemTrayIcon(m_window->windowIcon().isNull() ? m_window->style()->standardIcon(QStyle::SP_ComputerIcon)
                                                              : m_window->windowIcon(),
            this);
    m_tray->setObjectName(QStringLiteral("alertTrayIcon"));
    m_tray->setToolTip(tr("SessionScope is watching for alerts"));
    auto* menu = new QMenu(m_window);
    menu->addAction(tr("Show SessionScope"), this, &AlertCenter::showWindow);
    menu->addAction(tr("Quit"), m_window, [this] {
        m_window->removeEventFilter(this);
        m_window->close();
        // Closed while hidden: nothing else makes the application quit.
        qApp->quit();
    });
    connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        m_dock->show();
    });
    m_notifier->setTrayIcon(m_tray);
    m_tray->show();
}

void AlertCenter::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool AlertCenter::keepsRunningInTray() const
{
    return m_keepInTray->isChecked() && m_tray && QSystemTrayIcon::isSystemTrayAvailable();
}

bool AlertCenter::eventFilter(QObject* watched, QEvent* event)
{
    // Only the window manager's close (the title bar's button): Quit still quits.
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous() && keepsRunningInTray()) {
        m_window->hide();
        event->ignore();
        return true;
    }
    if (watched == m_window && event->type() == QEvent::WindowStateChange && m_window->isMinimized()
        && keepsRunningInTray())
        QMetaObject::invokeMethod(m_window, &QWidget::hide, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void AlertCenter::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const AlertRecord& alert = m_model->alert(row);
    if (alert.sessionIds.isEmpty()) {
        emit message(tr("This alert is about the instance as a whole; it names no sessions."));
        return;
    }
    if (!m_current || m_current->id != alert.profileId) {
        emit message(tr("This alert was raised on %1; open that instance to see its sessions.").arg(alert.instance));
        return;
    }
    //: The drill-down chip of an alert's sessions: the rule in words, then when it was raised.
    emit drillDownRequested(alert.sessionIds,
        tr("Alert: %1 at %2")
            .arg(AlertListModel::ruleText(alert),
                QDateTime::fromMSecsSinceEpoch(alert.raisedMs).toString(QStringLiteral("HH:mm:ss"))));
}

bool AlertCenter::exportHistory(const QString& path, QString* error)
{
    return AlertCsv::write(path, m_alerts->alerts(), error);
}

void AlertCenter::showExportDialog()
{
    const QString name = QStringLiteral("sessionscope-alerts-%1.csv")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export alert history"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportHistory(path, &error)) {
        emit message(tr("Alert history exported."));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Export failed"),
        tr("The alert history was not exported: %1").arg(error), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("alertExportFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
