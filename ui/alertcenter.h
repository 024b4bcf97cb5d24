// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrecord.h"
#include "profiles/instanceprofile.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AlertListModel;
class AlertMonitor;
class AlertNotifier;
class FleetMonitor;
class InstanceMonitor;
class ProfileStore;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QTableView;
class QToolButton;

// Alerts in the window: evaluates the rules of the instance shown on each of its snapshots and failed
// fetches (through an AlertMonitor, which other fetchers can feed too), counts the raised ones in a
// badge on the status bar, lists every alert in a dock (activating one drills down to its sessions),
// tells the desktop about each raised alert, and keeps a tray icon while rules are on, to which the
// window can close and go on watching.
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    // Alerts are kept in `historyPath` (AlertHistory::defaultPath() in the application).
    AlertCenter(QMainWindow* window, InstanceMonitor* monitor, const QString& historyPath);
    ~AlertCenter() override;

    // The instance the window watches now; nullopt when none (or a recording).
    void setCurrentProfile(const std::optional<InstanceProfile>& profile);
    // Watches the rules of every saved profile, not only the one shown: the overview's fetches
    // (`fleet`) feed the others, the monitor's own snapshots the one shown, so none counts twice.
    void watchProfiles(ProfileStore* store, FleetMonitor* fleet);
    // Alerts raised now on one profile.
    int raisedCount(const QUuid& profileId) const;

    AlertMonitor* alertMonitor() const { return m_alerts; }
    AlertListModel* model() const { return m_model; }
    AlertNotifier* notifier() const { return m_notifier; }
    QDockWidget* dock() const { return m_dock; }
    QTableView* view() const { return m_view; }
    QToolButton* badge() const { return m_badge; }
    QLabel* historyProblemLabel() const { return m_problem; }
    QMenu* menu() const { return m_menu; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* keepInTrayAction() const { return m_keepInTray; }
    // Exists while any rule is on.
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    // Writes the alert history as CSV; false with `error` saying why.
    bool exportHistory(const QString& path, QString* error);
    // Drills down to the alert in the list's `row`.
    void activate(int row);

    // The summary and body of a raised alert's desktop notification.
    static std::pair<QString, QString> notificationText(const AlertRecord& alert);

signals:
    // Show exactly these sessions, under `label`.
    void drillDownRequested(const QList<qint64>& threadIds, const QString& label);
    void message(const QString& text);
    // The number of alerts raised now on a profile changed.
    void raisedCountChanged(const QUuid& profileId, int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onRaised(const AlertRecord& alert);
    void rewatch(const QUuid& profileId);
    void updateBadge();
    void updateTray();
    void showExportDialog();
    void showWindow();
    bool keepsRunningInTray() const;

    QMainWindow* m_window;
    InstanceMonitor* m_monitor;
    AlertMonitor* m_alerts;
    AlertListModel* m_model;
    AlertNotifier* m_notifier;
    QDockWidget* m_dock;
    QTableView* m_view;
    QLabel* m_problem;
    QToolButton* m_badge;
    QMenu* m_menu;
    QAction* m_exportAction;
    QAction* m_keepInTray;
    QSystemTrayIcon* m_tray = nullptr;
    std::optional<InstanceProfile> m_current;
    QPointer<ProfileStore> m_store;
};
