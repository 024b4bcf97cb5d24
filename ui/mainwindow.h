// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/commandresult.h"
#include "base/fetcherror.h"
#include "sessions/sessionsnapshot.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class AlertCenter;
class AuditLogWindow;
class CompareDialog;
class DemoLauncher;
class ElidedLabel;
class KillPlan;
class DimensionChartView;
class InstanceController;
class InstanceListView;
class OverviewPage;
class KeychainStore;
class ProfileStore;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class WelcomeView;
class ErrorBanner;
class RecordAction;
class ReplayBar;
class ReplaySource;
class FilterBar;
class InstanceMonitor;
class QAction;
class QComboBox;
class QProgressDialog;
class QSplitter;
class QTimer;
class SessionDetailPane;
class SessionFilterProxy;
class SessionTableModel;
class SessionTableView;
class SnapshotExporter;
class StatementModel;
class StatementView;
class QTabWidget;
class StaleBadge;
class SummaryStrip;
class TrendChartView;

// The monitor window. Renders what the InstanceMonitor holds and forwards what the user asks for;
// it never speaks HTTP, JSON or SQL itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(InstanceMonitor* monitor, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionTableModel* sessionModel() const { return m_model; }
    SessionFilterProxy* sessionProxy() const { return m_proxy; }
    SessionTableView* sessionView() const { return m_view; }
    // The Statements tab beside the sessions: the sessions grouped by what they run.
    StatementModel* statementModel() const { return m_statements; }
    StatementView* statementView() const { return m_statementView; }
    QTabWidget* tableTabs() const { return m_tableTabs; }
    QAction* killStatementAction() const { return m_killStatementAction; }
    SessionDetailPane* detailPane() const { return m_detail; }
    SummaryStrip* summaryStrip() const { return m_summary; }
    ErrorBanner* errorBanner() const { return m_banner; }
    FilterBar* filterBar() const { return m_filterBar; }
    DimensionChartView* dimensionView(Dimension dimension) const;
    TrendChartView* trendView() const { return m_trend; }
    // What the source said that is not a failure ("the local clock is 900 s off"), kept in the
    // status bar until another instance is opened.
    ElidedLabel* noticeLabel() const { return m_notice; }
    // "Stale since …" over the session table.
    StaleBadge* tableStaleBadge() const { return m_tableStaleBadge; }
    QAction* pauseAction() const { return m_pauseAction; }
    // The menu bar's File, View and Help menus.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    // Alerts: the badge, the alert list, notifications, the tray and the history.
    AlertCenter* alertCenter() const { return m_alertCenter; }
    void showKeys();
    void showAbout();
    // What Help → Keyboard shortcuts lists: the key as the platform writes it, what it does.
    static QList<std::pair<QString, QString>> keyTable();
    static QString aboutText();

    // Drill down to exactly these thread IDs; `key` is refreshed from each new snapshot's stats
    // so the view stays live (a null key, as for "Others", keeps the IDs fixed).
    void drillDown(Dimension dimension, const QString& key, const QList<qint64>& threadIds, const QString& label,
        bool others = false);
    // Drill down to exactly the sessions running the statement with `key` (StatementStat::key),
    // kept live as statements are regrouped; its longest-running session goes to the detail pane.
    void drillDownStatement(const QString& key);
    void clearDrillDown();
    QString drillDownLabel() const;

    // Writes the sessions CSV (and the stats CSV beside it) of all sessions or of the rows shown.
    // With `locksPath`, also the lock waits CSV (direct connections).
    // With `statementsPath`, also the statements CSV.
    void exportSnapshot(const QString& sessionsPath, const QString& statsPath, bool onlyShownRows,
        const QString& locksPath = {}, const QString& statementsPath = {});

    // Shows (and applies) the refresh interval of the instance being watched.
    void showInterval(int ms);

    // Instance profiles: the list of instances, the first-run view, the instance dialog and the
    // demo. Without this call the window monitors whatever the monitor is given (tests).
    void attachInstances(
        ProfileStore* store, KeychainStore* keychain, InstanceController* controller, DemoLauncher* demo);
    WelcomeView* welcomeView() const { return m_welcome; }
    InstanceListView* instanceList() const { return m_instanceList; }
    // Every instance at a glance (View → Overview); its sort, selection and layout outlive visits
    // to the monitor.
    OverviewPage* overviewPage() const { return m_overview; }
    QAction* overviewAction() const { return m_overviewAction; }
    void showOverview();
    bool isOverviewShown() const;
    bool isWelcomeShown() const;
    void showAddInstanceDialog();
    // File → Import instances…: profiles from an account's listing.
    void showImportInstancesDialog();
    void openDemo();
    // Shows a recording instead of a live instance, at its latest snapshot. The file is opened on
    // a thread of its own while the replay bar says so; recordingOpened() tells how it went, and
    // when it cannot be read the banner says why.
    void openRecording(const QString& path);
    ReplayBar* replayBar() const { return m_replayBar; }
    // "Record": the instance watched is recorded while it is on (its profile's setting).
    RecordAction* recordAction() const { return m_recordAction; }
    // Shows a problem that kept an instance from being monitored (e.g. no credential found).
    void showProblem(const QString& code, const QString& message);

    // Kill: opens the preview of killing `sessionIds` (window-modal, refreshes go on); on
    // confirmation the kill is recorded in the audit log, sent, and its outcome shown. Does
    // nothing where kills are not allowed (read-only profile, a source that cannot kill).
    void requestKill(const QList<qint64>& sessionIds, KillRequest::Scope scope);
    bool isKillAllowed() const;
    QAction* killSessionAction() const { return m_killAction; }
    QAction* killQueryAction() const { return m_killQueryAction; }
    // The audit log the window writes and shows (the app's data directory unless a test says).
    void setAuditLogPath(const QString& path) { m_auditPath = path; }
    void showAuditLog();

signals:
    void exportFinished(const QString& error);
    void recordingOpened(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createLayout();
    void createMenus();
    void updatePauseAction();
    void updateChartSelection();
    void onSnapshot(const SnapshotPtr& snapshot);
    void updateCharts();
    void onCurrentChanged();
    void updateStatus();
    void updateDrillDownLabel();
    // Whether the statements are wanted now (their tab is shown, or a statement is drilled into).
    bool statementsWanted() const;
    void onStatementsChanged();
    void showExportDialog();
    void restoreLayout();
    void updateKillActions();
    void startKill(const KillPlan& plan, const std::optional<DatabaseLogin>& account);
    // The instance in words, for kill dialogs: "prod-orders (rm-bp1…, node …)".
    QString instanceText() const;
    void saveLayout() const;

    InstanceMonitor* m_monitor;
    SessionTableModel* m_model;
    SessionFilterProxy* m_proxy;
    SessionTableView* m_view;
    SessionDetailPane* m_detail;
    SummaryStrip* m_summary;
    ErrorBanner* m_banner;
    ReplayBar* m_replayBar = nullptr;
    // The recording's Compare dialog while it is open; it follows the moment shown.
    QPointer<CompareDialog> m_compare;
    QPointer<ReplaySource> m_openingRecording;
    RecordAction* m_recordAction = nullptr;
    FilterBar* m_filterBar;
    QList<DimensionChartView*> m_dimensionViews;
    TrendChartView* m_trend;
    QSplitter* m_mainSplitter;
    QSplitter* m_topSplitter;
    QSplitter* m_bottomSplitter;
    QComboBox* m_interval;
    QAction* m_pauseAction;
    QAction* m_killAction = nullptr;
    QAction* m_killQueryAction = nullptr;
    QAction* m_killStatementAction = nullptr;
    StatementModel* m_statements = nullptr;
    StatementView* m_statementView = nullptr;
    QTabWidget* m_tableTabs = nullptr;
    // A snapshot came while the statements were not wanted: they are grouped when they are.
    bool m_statementsOutOfDate = false;

    // Meaningful only while an instance is open.
    QList<QAction*> m_monitorActions;
    QTimer* m_clock;
    // Applies m_chartsSnapshot and the monitor's history to the charts, a turn after the table.
    QTimer* m_chartsUpdate;
    SnapshotPtr m_chartsSnapshot;
    bool m_historyChanged = false;
    SnapshotExporter* m_exporter;
    QString m_auditPath;
    ElidedLabel* m_notice = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_auditAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    AlertCenter* m_alertCenter = nullptr;
    QAction* m_detailPaneAction = nullptr;
    StaleBadge* m_tableStaleBadge = nullptr;
    // When the last good snapshot of the figures shown was taken, while they are stale; else 0.
    qint64 m_staleSince = 0;
    QAction* m_chartsAction = nullptr;
    QPointer<AuditLogWindow> m_auditWindow;
    QPointer<QProgressDialog> m_exportProgress;
    // A problem that kept the current instance from being opened (no credential, no demo).
    FetchError m_problem;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_monitorPage = nullptr;
    WelcomeView* m_welcome = nullptr;
    InstanceListView* m_instanceList = nullptr;
    OverviewPage* m_overview = nullptr;
    QAction* m_overviewAction = nullptr;
    QDockWidget* m_instanceDock = nullptr;
    QLabel* m_instanceLabel = nullptr;
    ProfileStore* m_profiles = nullptr;
    KeychainStore* m_keychain = nullptr;
    InstanceController* m_controller = nullptr;
    DemoLauncher* m_demo = nullptr;

    struct DrillDown
    {
        Dimension dimension;
        QString key;
        QString label;
        // "Others" (or a hand-picked set): the ids stay as they were chosen.
        bool fixedIds = false;
        // A statement: `key` is its StatementStat::key, `label` its text; `dimension` means nothing.
        bool statement = false;
    };
    std::optional<DrillDown> m_drillDown;
    // The session the detail pane shows; kept through merges so that a vanished session is shown
    // as ended instead of being replaced by whatever row took its place.
    std::optional<qint64> m_pinnedSession;
    bool m_merging = false;
    // Whether the latest snapshot's source reports lock waits; unknown before the first one.
    std::optional<bool> m_locksKnown;
};
