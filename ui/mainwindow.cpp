// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actions/auditlog.h"
#include "actions/killplan.h"
#include "actions/killrun.h"
#include "alertcenter.h"
#include "alerts/alerthistory.h"
#include "auditlogwindow.h"
#include "killdialog.h"
#include "killresultdialog.h"

#include "comparedialog.h"
#include "counttext.h"
#include "credentials/keychainstore.h"
#include "dimensionchartview.h"
#include "elidedlabel.h"
#include "errorbanner.h"
#include "export/snapshotexporter.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "importinstancesdialog.h"
#include "instancedialog.h"
#include "instancelistview.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "models/statementmodel.h"
#include "monitor/fleetmonitor.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "overviewpage.h"
#include "profiles/profilestore.h"
#include "recordaction.h"
#include "replaybar.h"
#include "sessiondetailpane.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "sources/replaysource.h"
#include "sources/sessionsource.h"
#include "stalebadge.h"
#include "statementview.h"
#include "summarystrip.h"
#include "translations.h"
#include "trendchartview.h"
#include "welcomeview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace {

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::User:
        return MainWindow::tr("User");
    case Dimension::Client:
        return MainWindow::tr("Client");
    case Dimension::Database:
        break;
    }
    return MainWindow::tr("Database");
}

} // namespace

MainWindow::MainWindow(InstanceMonitor* monitor, QWidget* parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_model(new SessionTableModel(this))
    , m_proxy(new SessionFilterProxy(this))
    , m_view(new SessionTableView(this))
    , m_detail(new SessionDetailPane(this))
    , m_summary(new SummaryStrip(this))
    , m_banner(new ErrorBanner(this))
    , m_filterBar(nullptr)
    , m_trend(new TrendChartView(this))
    , m_mainSplitter(new QSplitter(Qt::Vertical, this))
    , m_topSplitter(new QSplitter(Qt::Horizontal, this))
    , m_bottomSplitter(new QSplitter(Qt::Horizontal, this))
    , m_interval(new QComboBox(this))
    , m_pauseAction(nullptr)
    , m_clock(new QTimer(this))
    , m_chartsUpdate(new QTimer(this))
    , m_exporter(new SnapshotExporter(this))
    , m_auditPath(AuditLog::defaultPath())
{
    m_proxy->setSourceModel(m_model);
    // System threads are classified as for kills: one rule for what SessionScope calls a system session.
    m_proxy->setSystemSessionRule([](const Session& session, qint64 ownSessionId) {
        return KillPlan::classify(session, ownSessionId) != KillTarget::Exclusion::None;
    });
    m_proxy->setHideSystemSessions(QSettings().value(QStringLiteral("table/hideSystemThreads"), true).toBool());
    m_view->setModel(m_proxy);
    m_view->sortByColumn(SessionTableModel::TimeColumn, Qt::DescendingOrder);
    m_filterBar = new FilterBar(m_proxy, this);
    m_filterBar->refresh();
    m_statements = new StatementModel(this);
    m_statementView = new StatementView(m_statements, this);
    connect(m_statementView, &StatementView::statementChosen, this, &MainWindow::drillDownStatement);
    connect(m_statements, &StatementModel::statementsChanged, this, &MainWindow::onStatementsChanged);
    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database}) {
        auto* view = new DimensionChartView(dimension, this);
        connect(view, &DimensionChartView::drillDownRequested, this, &MainWindow::drillDown);
        m_dimensionViews.append(view);
    }

    createActions();
    createLayout();

    connect(m_monitor, &InstanceMonitor::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_monitor, &InstanceMonitor::stateChanged, this, &MainWindow::updateStatus);
    connect(m_monitor, &InstanceMonitor::progress, this, &MainWindow::updateStatus);
    connect(m_monitor, &InstanceMonitor::retrying, this, &MainWindow::updateStatus);
    connect(m_monitor, &InstanceMonitor::pausedChanged, this, [this] {
        updatePauseAction();
        updateStatus();
    });
    connect(m_monitor, &InstanceMonitor::notice, this, [this](const QString& message) { m_notice->setText(message); });
    // The charts follow the table a turn of the event loop later, in an event of their own: a large
    // snapshot's arrival is then two shorter waits for the user instead of one long one.
    m_chartsUpdate->setSingleShot(true);
    m_chartsUpdate->setInterval(0);
    connect(m_chartsUpdate, &QTimer::timeout, this, &MainWindow::updateCharts);
    connect(m_monitor, &InstanceMonitor::historyChanged, this, [this] {
        m_historyChanged = true;
        m_chartsUpdate->start();
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        // Nothing to refresh when the instance could not even be opened (no credential): open again.
        if (!m_monitor->source() && m_controller && m_controller->current())
            m_controller->open(*m_controller->current());
        else
            m_monitor->refreshNow();
    });
    connect(m_banner, &ErrorBanner::resumeRequested, this, [this] { m_monitor->setPaused(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateKillActions);
    connect(m_view, &SessionTableView::filterByValueRequested, this, [this](int column, const QString& value) {
        m_proxy->addChip({column, value});
    });
    connect(m_model, &SessionTableModel::sessionsEnded, this, [this](const QList<qint64>& ids) {
        if (m_pinnedSession && ids.contains(*m_pinnedSession))
            m_detail->markEnded();
    });
    // A filter that hides the current row makes the view pick another current row; the detail pane
    // keeps the session the user chose.
    connect(m_proxy, &SessionFilterProxy::filtersAboutToChange, this, [this] {
        m_merging = true;
        m_view->keepSelectionThroughFilterChange();
    });
    connect(m_proxy, &SessionFilterProxy::filtersChanged, this, [this] {
        m_merging = false;
        m_view->restoreSelectionAfterFilterChange();
        updateKillActions();
        if (!m_proxy->hasDrillDown())
            m_drillDown.reset();
        updateDrillDownLabel();
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_exporter, &SnapshotExporter::progressChanged, this, [this](int percent) {
        if (m_exportProgress)
            m_exportProgress->setValue(percent);
    });
    connect(m_exporter, &SnapshotExporter::finished, this, [this](const QString& error) {
        if (m_exportProgress)
            m_exportProgress->deleteLater();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Snapshot exported."), 5000);
        } else {
            statusBar()->showMessage(tr("Export failed: %1").arg(error), 10000);
            // A status line is easily missed; nothing was written, which the user must know.
            auto* box = new QMessageBox(QMessageBox::Critical, tr("Export failed"),
                tr("The snapshot was not exported: %1").arg(error), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit exportFinished(error);
    });
    connect(m_clock, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_clock->start(1000);

    setWindowTitle(tr("SessionScope"));
    // The usual size, or what the screen has room for (a 1366x768 laptop); a size the user chose
    // is restored below.
    QSize size(1400, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
    createMenus();
    m_alertCenter = new AlertCenter(this, m_monitor, AlertHistory::defaultPath());
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_alertCenter->menu());
    connect(m_alertCenter, &AlertCenter::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(
        m_alertCenter, &AlertCenter::drillDownRequested, this, [this](const QList<qint64>& ids, const QString& label) {
            m_tableTabs->setCurrentWidget(m_view);
            drillDown(Dimension::User, {}, ids, label, true);
        });
    restoreLayout();
    updatePauseAction();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The monitor may outlive the window, or be one of its children and be stopped after this
    // destructor ran: either way it must not call back into a window being destroyed.
    disconnect(m_monitor, nullptr, this, nullptr);
}

DimensionChartView* MainWindow::dimensionView(Dimension dimension) const
{
    for (DimensionChartView* view : m_dimensionViews) {
        if (view->dimension() == dimension)
            return view;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    QToolBar* bar = addToolBar(tr("Monitor"));
    bar->setObjectName(QStringLiteral("monitorToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_instanceLabel = new QLabel(bar);
    m_instanceLabel->setTextFormat(Qt::PlainText);
    m_instanceLabel->setContentsMargins(6, 0, 12, 0);
    QFont instanceFont = m_instanceLabel->font();
    instanceFont.setBold(true);
    m_instanceLabel->setFont(instanceFont);
    bar->addWidget(m_instanceLabel);
    bar->addSeparator();

    QAction* refresh = bar->addAction(
        style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh now"), m_monitor, &InstanceMonitor::refreshNow);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Take a snapshot now (F5)"));
    m_monitorActions.append(refresh);

    // One state, one label: "Pause" while refreshing, "Resume refresh" (as the banner says) while
    // paused, whoever paused it.
    m_pauseAction = bar->addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::Key_Space);
    connect(m_pauseAction, &QAction::toggled, m_monitor, &InstanceMonitor::setPaused);
    m_monitorActions.append(m_pauseAction);
    m_recordAction = new RecordAction(m_monitor, this);
    bar->addAction(m_recordAction);

    bar->addSeparator();
    const auto caption = [bar](const QString& text) {
        auto* label = new QLabel(text, bar);
        label->setContentsMargins(6, 0, 4, 0);
        return label;
    };
    bar->addWidget(caption(tr("Refresh every")));
    for (const int seconds : {0, 1, 2, 5, 10, 30, 60})
        m_interval->addItem(seconds == 0 ? tr("Off") : tr("%n s", nullptr, seconds), seconds * 1000);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(m_monitor->refreshIntervalMs())));
    m_interval->setToolTip(tr("Automatic refresh interval, remembered per instance"));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        const int ms = m_interval->currentData().toInt();
        m_monitor->setRefreshIntervalMs(ms);
        // Remembered in the instance's profile: one place for the interval, which the instance
        // dialog edits too. Off (0) is a pause of this run, not a setting.
        if (ms > 0 && m_controller && m_profiles && m_controller->current()) {
            if (auto profile = m_profiles->profile(m_controller->current()->id)) {
                profile->refreshIntervalMs = ms;
                m_profiles->update(*profile);
            }
        }
    });
    bar->addWidget(m_interval);

    bar->addSeparator();
    bar->addWidget(caption(tr("Long-running after")));
    auto* threshold = new QSpinBox(bar);
    threshold->setObjectName(QStringLiteral("longRunningThreshold"));
    threshold->setRange(1, 86'400);
    //: Unit suffix of the long-running threshold; keep the leading space if the language uses one.
    threshold->setSuffix(tr(" s"));
    threshold->setToolTip(tr("Active sessions running at least this long are marked red"));
    threshold->setValue(QSettings().value(QStringLiteral("table/longRunningSeconds"), 60).toInt());
    m_model->setLongRunningThresholdSeconds(threshold->value());
    connect(threshold, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_model->setLongRunningThresholdSeconds(seconds);
        QSettings().setValue(QStringLiteral("table/longRunningSeconds"), seconds);
    });
    bar->addWidget(threshold);

    bar->addSeparator();
    QAction* exportAction = bar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export snapshot…"),
        this, &MainWindow::showExportDialog);
    m_exportAction = exportAction;
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setToolTip(tr("Write the sessions and statistics as CSV (Ctrl+E)"));
    m_monitorActions.append(exportAction);

    // Kills: on the table's selection (context menu, Delete), a drill-down's sessions and a lock's
    // blocker. Offered only where the source can kill and the profile is not read-only.
    m_killAction = new QAction(tr("Kill session…"), this);
    m_killAction->setObjectName(QStringLiteral("killSessionAction"));
    m_killAction->setShortcut(QKeySequence::Delete);
    m_killAction->setShortcutContext(Qt::WidgetShortcut);
    m_killAction->setToolTip(tr("Preview and kill the selected sessions (Delete)"));
    connect(m_killAction, &QAction::triggered, this,
        [this] { requestKill(m_view->selectedSessionIds(), KillRequest::Scope::Connection); });
    m_killQueryAction = new QAction(tr("Kill running statement…"), this);
    m_killQueryAction->setObjectName(QStringLiteral("killQueryAction"));
    m_killQueryAction->setToolTip(tr("Preview and stop the statements of the selected sessions; their connections "
                                     "stay"));
    connect(m_killQueryAction, &QAction::triggered, this,
        [this] { requestKill(m_view->selectedSessionIds(), KillRequest::Scope::Query); });
    m_view->addAction(m_killAction);
    m_view->setKillActions(m_killAction, m_killQueryAction);
    connect(m_filterBar, &FilterBar::killDrillDownRequested, this, [this] {
        // Exactly the bar's thread IDs; those that ended since are shown as gone in the preview.
        const auto ids = m_proxy->drillDownIds();
        requestKill(QList<qint64>(ids.cbegin(), ids.cend()), KillRequest::Scope::Connection);
    });
    // The sessions of the statement chosen in the Statements tab.
    m_killStatementAction = new QAction(tr("Kill these sessions…"), this);
    m_killStatementAction->setObjectName(QStringLiteral("killStatementAction"));
    m_killStatementAction->setToolTip(tr("Preview and kill every session running this statement"));
    connect(m_killStatementAction, &QAction::triggered, this, [this] {
        const int row = m_statements->rowOfKey(m_statementView->currentKey());
        if (row >= 0)
            requestKill(m_statements->statement(row).threadIds, KillRequest::Scope::Connection);
    });
    m_statementView->setKillAction(m_killStatementAction);
    connect(m_statementView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::updateKillActions);
    connect(m_detail, &SessionDetailPane::killBlockerRequested, this,
        [this](qint64 id) { requestKill({id}, KillRequest::Scope::Connection); });
    updateKillActions();

    QAction* auditAction = bar->addAction(tr("Audit log"), this, &MainWindow::showAuditLog);
    m_auditAction = auditAction;
    auditAction->setObjectName(QStringLiteral("auditLogAction"));
    auditAction->setToolTip(tr("Every kill made from this computer, with its outcome"));

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_filterBar->focusSearch(); });
    auto* escape = new QShortcut(Qt::Key_Escape, this);
    connect(escape, &QShortcut::activated, this, &MainWindow::clearDrillDown);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* openRecordingAction = m_fileMenu->addAction(tr("Open &recording…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a recording"), {}, tr("SessionScope recordings (*.ssrec);;All files (*)"));
        if (!path.isEmpty())
            openRecording(path);
    });
    openRecordingAction->setObjectName(QStringLiteral("openRecordingAction"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_auditAction);
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu* panes = m_viewMenu->addMenu(tr("Panes"));
    panes->setObjectName(QStringLiteral("panesMenu"));
    const auto paneAction = [this, panes](const QString& text, const QString& name, QWidget* pane) {
        QAction* action = panes->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, pane, &QWidget::setVisible);
        return action;
    };
    m_detailPaneAction = paneAction(tr("Session details"), QStringLiteral("detailPaneAction"), m_detail);
    m_chartsAction = paneAction(tr("Charts and trend"), QStringLiteral("chartsAction"), m_bottomSplitter);
    if (auto* toolBar = findChild<QToolBar*>(QStringLiteral("monitorToolBar"))) {
        QAction* toolBarAction = toolBar->toggleViewAction();
        toolBarAction->setText(tr("Toolbar"));
        panes->addAction(toolBarAction);
    }

    QMenu* columns = m_viewMenu->addMenu(tr("Columns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    // Built when opened: the header's state (hidden by the user, by a restore, by the source's
    // lack of lock waits) is read as it is then.
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
            QAction* action = columns->addAction(SessionTableModel::columnTitle(SessionTableModel::Column(column)));
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) {
                m_view->setColumnHidden(column, !shown);
                // A column shown again after being hidden from the start has no width yet.
                if (shown && m_view->columnWidth(column) < 20)
                    m_view->resizeColumnToContents(column);
            });
        }
    });

    QAction* durations = m_viewMenu->addAction(tr("Hours and minutes beside seconds"));
    durations->setObjectName(QStringLiteral("readableDurationsAction"));
    durations->setCheckable(true);
    durations->setToolTip(tr("Show times as \"4,933 (1 h 22 m)\" instead of \"4,933\""));
    durations->setChecked(QSettings().value(QStringLiteral("table/readableDurations"), true).toBool());
    m_view->setReadableDurations(durations->isChecked());
    connect(durations, &QAction::toggled, this, [this](bool readable) {
        m_view->setReadableDurations(readable);
        QSettings().setValue(QStringLiteral("table/readableDurations"), readable);
    });

    QMenu* language = m_viewMenu->addMenu(tr("Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    const QString configured = Translations::configuredLanguage();
    const QList<std::pair<QString, QString>> choices {{QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto& [code, name] : choices) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == configured);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (code == Translations::configuredLanguage())
                return;
            Translations::setConfiguredLanguage(code);
            QMessageBox::information(
                this, tr("Language"), tr("SessionScope will use the new language the next time it starts."));
        });
    }

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* keys = m_helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showKeys);
    keys->setObjectName(QStringLiteral("keysAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    QAction* about = m_helpMenu->addAction(tr("&About SessionScope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QList<std::pair<QString, QString>> MainWindow::keyTable()
{
    // As the README's table writes them; the shortcuts themselves are set where the actions are made.
    return {
        {tr("F5"), tr("take a snapshot now")},
        {tr("Space"), tr("pause / resume automatic refresh")},
        {tr("Ctrl+F"), tr("filter the sessions")},
        {tr("Esc"), tr("clear the drill-down")},
        {tr("Ctrl+C"), tr("copy the selected rows as TSV")},
        {tr("Ctrl+E"), tr("export the snapshot as CSV")},
        {tr("Delete"), tr("kill the selected sessions (after the preview)")},
        {tr("Ctrl+I"), tr("show / hide the instance list")},
        {tr("Ctrl+N"), tr("add an instance")},
        {tr("Ctrl+Shift+O"), tr("every instance at a glance")},
        {tr("F1"), tr("this table of keys")},
        {tr("Ctrl+Q"), tr("quit")},
    };
}

void MainWindow::showKeys()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("keysDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<std::pair<QString, QString>> keys = keyTable();
    auto* table = new QTableWidget(int(keys.size()), 2, dialog);
    table->setObjectName(QStringLiteral("keysTable"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < keys.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(keys.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(keys.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(460, 360);
    dialog->open();
}

QString MainWindow::aboutText()
{
    return tr("<h3>SessionScope %1</h3>"
              "<p>Watches the sessions of MySQL instances: through Alibaba Cloud's Database Autonomy Service "
              "or a direct connection to MySQL or MariaDB.</p>"
              "<p>Licensed under the GNU General Public License, version 3 or (at your option) any later "
              "version (GPL-3.0-or-later). There is no warranty.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(SESSIONSCOPE_VERSION)
                                                              : QCoreApplication::applicationVersion(),
            QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About SessionScope"), aboutText(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updatePauseAction()
{
    const bool paused = m_monitor->isPaused();
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resume refresh") : tr("Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pauseAction->setToolTip(paused ? tr("Resume automatic refresh (Space)") : tr("Pause automatic refresh (Space)"));
}

void MainWindow::createLayout()
{
    m_notice = new ElidedLabel(this);
    m_notice->setObjectName(QStringLiteral("sourceNotice"));
    m_notice->setStyleSheet(QStringLiteral("ElidedLabel { color: #5b4300; }"));
    statusBar()->addPermanentWidget(m_notice, 1);
    m_view->setObjectName(QStringLiteral("sessionTable"));
    m_tableStaleBadge = new StaleBadge(m_view);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    // Sessions and statements share the room above the charts: tabs keep both usable on a small screen.
    m_tableTabs = new QTabWidget(this);
    m_tableTabs->setObjectName(QStringLiteral("tableTabs"));
    m_tableTabs->setDocumentMode(true);
    m_tableTabs->addTab(m_view, tr("Sessions"));
    m_tableTabs->addTab(m_statementView, tr("Statements"));
    m_tableTabs->setTabToolTip(1, tr("The sessions grouped by the statement they run, its values taken out"));
    connect(m_tableTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_statementsOutOfDate && statementsWanted()) {
            m_statementsOutOfDate = false;
            m_statements->setSnapshot(m_model->snapshot());
        }
    });
    m_topSplitter->addWidget(m_tableTabs);
    m_topSplitter->addWidget(m_detail);
    m_topSplitter->setStretchFactor(0, 3);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setChildrenCollapsible(false);

    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    for (DimensionChartView* view : std::as_const(m_dimensionViews))
        m_bottomSplitter->addWidget(view);
    m_bottomSplitter->addWidget(m_trend);
    m_bottomSplitter->setChildrenCollapsible(false);

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_bottomSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    // Room for fifteen labelled bars per chart, the rest for the sessions.
    m_mainSplitter->setSizes({520, 400});
    m_mainSplitter->setChildrenCollapsible(false);

    m_monitorPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_monitorPage);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    m_replayBar = new ReplayBar(this);
    connect(m_replayBar, &ReplayBar::positionChanged, m_monitor, &InstanceMonitor::refreshNow);
    connect(m_replayBar, &ReplayBar::compareRequested, this, [this] {
        if (m_compare) {
            m_compare->raise();
            m_compare->activateWindow();
        } else if (auto* source = qobject_cast<ReplaySource*>(m_monitor->source()); source && m_monitor->snapshot()) {
            m_compare = CompareDialog::show(source, m_monitor->snapshot(), m_replayBar->timeline(), this);
        }
    });
    layout->addWidget(m_replayBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_mainSplitter, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_monitorPage);
    setCentralWidget(m_pages);
}

void MainWindow::attachInstances(
    ProfileStore* store, KeychainStore* keychain, InstanceController* controller, DemoLauncher* demo)
{
    m_profiles = store;
    m_keychain = keychain;
    m_controller = controller;
    m_demo = demo;
    m_recordAction->attach(store, controller);

    m_welcome = new WelcomeView(this);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomeView::addInstanceRequested, this, &MainWindow::showAddInstanceDialog);
    connect(m_welcome, &WelcomeView::openDemoRequested, this, &MainWindow::openDemo);

    m_instanceList = new InstanceListView(store, keychain, this);
    m_instanceDock = new QDockWidget(tr("Instances"), this);
    m_instanceDock->setObjectName(QStringLiteral("instancesDock"));
    m_instanceDock->setWidget(m_instanceList);
    m_instanceDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_instanceDock);
    m_instanceList->setMinimumWidth(190);
    QAction* toggle = m_instanceDock->toggleViewAction();
    toggle->setShortcut(Qt::CTRL | Qt::Key_I);
    findChild<QToolBar*>(QStringLiteral("monitorToolBar"))->addAction(toggle);
    QAction* addInstance = new QAction(tr("&Add instance…"), this);
    addInstance->setObjectName(QStringLiteral("addInstanceAction"));
    addInstance->setShortcut(QKeySequence::New);
    connect(addInstance, &QAction::triggered, this, &MainWindow::showAddInstanceDialog);
    QAction* importInstances = new QAction(tr("I&mport instances…"), this);
    importInstances->setObjectName(QStringLiteral("importInstancesAction"));
    connect(importInstances, &QAction::triggered, this, &MainWindow::showImportInstancesDialog);
    QAction* first = m_fileMenu->actions().value(0);
    m_fileMenu->insertAction(first, addInstance);
    m_fileMenu->insertAction(first, importInstances);
    m_fileMenu->insertAction(first, toggle);
    m_fileMenu->insertSeparator(first);
    if (QMenu* panes = m_viewMenu->findChild<QMenu*>(QStringLiteral("panesMenu")))
        panes->insertAction(panes->actions().value(0), toggle);
    connect(m_welcome, &WelcomeView::importRequested, m_instanceList, &InstanceListView::showImportDialog);

    m_overview = new OverviewPage(store, keychain, {}, this);
    m_pages->addWidget(m_overview);
    // Every profile's rules are watched, the ones not shown on the overview's fetches.
    connect(m_alertCenter, &AlertCenter::raisedCountChanged, m_overview, &OverviewPage::setRaisedAlerts);
    m_alertCenter->watchProfiles(store, m_overview->fleetMonitor());
    // The instance open in the monitor is fetched once: the overview takes the monitor's snapshots of it.
    m_overview->fleetMonitor()->follow(m_monitor);
    m_overviewAction = new QAction(tr("&Overview"), this);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setCheckable(true);
    m_overviewAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_overviewAction->setToolTip(tr("Every instance at a glance"));
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), m_overviewAction);
    findChild<QToolBar*>(QStringLiteral("monitorToolBar"))->addAction(m_overviewAction);
    connect(m_overviewAction, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            showOverview();
        else
            m_pages->setCurrentWidget(
                m_profiles->profiles().isEmpty() ? static_cast<QWidget*>(m_welcome) : m_monitorPage);
    });
    connect(m_pages, &QStackedWidget::currentChanged, m_overviewAction,
        [this] { m_overviewAction->setChecked(isOverviewShown()); });
    connect(m_overview, &OverviewPage::openRequested, this, [this](const QUuid& id) {
        if (m_controller->current() && m_controller->current()->id == id && m_monitor->source()) {
            m_pages->setCurrentWidget(m_monitorPage);
            return;
        }
        if (const auto profile = m_profiles->profile(id))
            m_controller->open(*profile);
    });

    connect(m_instanceList, &InstanceListView::profileActivated, this, [this](const QUuid& id) {
        if (const auto profile = m_profiles->profile(id))
            m_controller->open(*profile);
    });
    connect(m_instanceList, &InstanceListView::addRequested, this, &MainWindow::showAddInstanceDialog);
    connect(m_instanceList, &InstanceListView::editRequested, this, [this](const QUuid& id) {
        const auto profile = m_profiles->profile(id);
        if (!profile)
            return;
        auto* dialog = new InstanceDialog(this, m_profiles, m_keychain);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProfile(*profile);
        connect(dialog, &InstanceDialog::profileSaved, this, [this](const QUuid& saved) {
            // Edited while being watched: watch it as it is now.
            if (m_controller->current() && m_controller->current()->id == saved)
                if (const auto updated = m_profiles->profile(saved))
                    m_controller->open(*updated);
        });
        dialog->open();
    });
    connect(m_profiles, &ProfileStore::profileRemoved, this, [this](const QUuid& id) {
        if (m_controller->current() && m_controller->current()->id == id)
            m_controller->close();
    });

    connect(m_controller, &InstanceController::currentChanged, m_alertCenter, &AlertCenter::setCurrentProfile);
    connect(
        m_controller, &InstanceController::currentChanged, this, [this](const std::optional<InstanceProfile>& profile) {
            m_instanceLabel->setText(profile ? profile->displayName : QString());
            m_instanceLabel->setToolTip(profile ? tr("Instance %1").arg(profile->instanceId) : QString());
            setWindowTitle(profile ? tr("%1 — SessionScope").arg(profile->displayName) : tr("SessionScope"));
            // Only saved profiles are remembered; the demo and --instance are one-offs.
            m_overview->setOpenProfile(profile ? profile->id : QUuid(), profile ? profile->refreshIntervalMs : 0);
            if (profile && !profile->id.isNull()) {
                m_instanceList->setCurrentProfile(profile->id);
                QSettings().setValue(QStringLiteral("lastProfile"), profile->id.toString());
            }
            m_problem = {};
            m_banner->setVisible(false);
            m_pages->setCurrentWidget(profile || !m_profiles->profiles().isEmpty() ? m_monitorPage : m_welcome);
            for (QAction* action : std::as_const(m_monitorActions))
                action->setEnabled(profile.has_value());
            m_interval->setEnabled(profile.has_value());
            updateKillActions();
        });
    connect(m_controller, &InstanceController::opened, this, [this](const QString& origin) {
        m_problem = {};
        if (const auto profile = m_controller->current())
            showInterval(profile->refreshIntervalMs);
        m_instanceLabel->setToolTip(m_instanceLabel->toolTip() + QLatin1Char('\n') + tr("Credential: %1").arg(origin));
    });
    connect(m_controller, &InstanceController::credentialProblem, this,
        [this](const QString& message) { showProblem(QStringLiteral("NoCredentials"), message); });
    connect(m_demo, &DemoLauncher::ready, this, [this](const QUrl& endpoint, const AccessKey& key) {
        m_controller->open(DemoLauncher::demoProfile(endpoint), key);
    });
    connect(m_demo, &DemoLauncher::failed, this,
        [this](const QString& message) { showProblem(QStringLiteral("DemoUnavailable"), message); });

    m_pages->setCurrentWidget(m_profiles->profiles().isEmpty() ? static_cast<QWidget*>(m_welcome) : m_monitorPage);
    for (QAction* action : std::as_const(m_monitorActions))
        action->setEnabled(m_controller->current().has_value());
    m_interval->setEnabled(m_controller->current().has_value());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
}

bool MainWindow::isKillAllowed() const
{
    const SessionSource* source = m_monitor->source();
    if (!source || !source->canKillSession())
        return false;
    return !(m_controller && m_controller->current() && m_controller->current()->readOnly);
}

void MainWindow::updateKillActions()
{
    const bool allowed = isKillAllowed();
    const int hidden = m_view->hiddenSelectionCount();
    const bool selected = (m_view->selectionModel() && m_view->selectionModel()->hasSelection()) || hidden > 0;
    // The count says what the preview will hold, including rows selected before a filter hid them.
    const int count = selected && allowed ? int(m_view->selectedSessionIds().size()) : 0;
    m_killAction->setText(hidden > 0 ? tr("Kill %n session(s)… (%1 hidden by the filter)", nullptr, count).arg(hidden)
                                     : tr("Kill %n session(s)…", nullptr, std::max(count, 1)));
    m_killQueryAction->setText(hidden > 0
            ? tr("Kill the running statement of %n session(s)… (%1 hidden by the filter)", nullptr, count).arg(hidden)
            : tr("Kill the running statement of %n session(s)…", nullptr, std::max(count, 1)));
    m_killAction->setVisible(allowed);
    m_killAction->setEnabled(allowed && selected);
    const bool query = allowed && m_monitor->source()->canKillQuery();
    m_killQueryAction->setVisible(query);
    m_killQueryAction->setEnabled(query && selected);
    m_filterBar->setKillAvailable(allowed);
    m_detail->setKillAvailable(allowed);
    const int statementRow = m_statements->rowOfKey(m_statementView->currentKey());
    const int statementSessions = statementRow >= 0 ? int(m_statements->statement(statementRow).threadIds.size()) : 0;
    m_killStatementAction->setText(
        CountText::grouped(tr("Kill these %n session(s)…", nullptr, statementSessions), statementSessions));
    m_killStatementAction->setVisible(allowed);
    m_killStatementAction->setEnabled(allowed && statementSessions > 0);
}

QString MainWindow::instanceText() const
{
    const QString target = m_monitor->source() ? m_monitor->source()->target() : QString();
    const std::optional<InstanceProfile> profile = m_controller ? m_controller->current() : std::nullopt;
    if (!profile || profile->displayName.isEmpty() || profile->displayName == target)
        return target;
    //: A kill dialog's instance: the profile's name, then what it watches.
    return tr("%1 — %2").arg(profile->displayName, target);
}

void MainWindow::requestKill(const QList<qint64>& sessionIds, KillRequest::Scope scope)
{
    const SnapshotPtr snapshot = m_monitor->snapshot();
    if (!isKillAllowed() || !snapshot || sessionIds.isEmpty())
        return;
    KillDialog::Target target;
    target.instanceText = instanceText();
    target.canKillQuery = m_monitor->source()->canKillQuery();
    const std::optional<InstanceProfile> profile = m_controller ? m_controller->current() : std::nullopt;
    if (profile && profile->source == InstanceProfile::Source::Das
        && profile->killAccount == InstanceProfile::KillAccount::DatabaseAccount)
        target.databaseUser = profile->databaseUser.trimmed();
    // Saved kill passwords belong to a saved profile; the demo and ad-hoc instances have none.
    const bool savedProfile = profile && !profile->id.isNull();
    target.keychainAvailable = m_keychain && savedProfile;
    auto* dialog = new KillDialog(KillPlan(*snapshot, sessionIds, scope), target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!target.databaseUser.isEmpty() && target.keychainAvailable) {
        const QString entry = profile->killAccountCredentialId();
        const quint64 request = m_keychain->read(entry);
        connect(m_keychain, &KeychainStore::finished, dialog,
            [dialog, request, user = target.databaseUser](const KeychainStore::Result& result) {
                const DatabaseLogin* login = result.credential.databaseLogin();
                if (result.requestId == request && result.status == KeychainStore::Status::Ok && login
                    && login->user == user)
                    dialog->setSavedPassword(login->password);
            });
        connect(dialog, &QDialog::accepted, this, [this, dialog, entry] {
            if (dialog->rememberPassword() && dialog->account())
                m_keychain->write(entry, *dialog->account());
            else
                m_keychain->remove(entry);
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startKill(dialog->plan(), dialog->account()); });
    dialog->open();
}

void MainWindow::startKill(const KillPlan& plan, const std::optional<DatabaseLogin>& account)
{
    SessionSource* source = m_monitor->source();
    if (!source)
        return;
    const SnapshotPtr snapshot = m_monitor->snapshot();
    const std::optional<InstanceProfile> profile = m_controller ? m_controller->current() : std::nullopt;
    AuditContext context;
    context.interface = QStringLiteral("gui");
    context.sourceKind = snapshot ? snapshot->sourceKind : QString();
    context.instance = snapshot && !snapshot->instanceId.isEmpty() ? snapshot->instanceId : source->target();
    context.node = snapshot ? snapshot->nodeId : QString();
    context.profile = profile ? profile->displayName : QString();
    // The run outlives its result dialog: the outcome is recorded even when the dialog is closed
    // before the kill comes back.
    auto* run = new KillRun(source, plan, context, AuditLog(m_auditPath), this);
    if (account)
        run->setAccount(*account);
    if (!run->start()) {
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Kill not sent"), run->error(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("killNotSent"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        run->deleteLater();
        return;
    }
    statusBar()->showMessage(tr("Sending the kill…"));
    connect(run, &KillRun::finished, this, [this, run] {
        statusBar()->showMessage(run->succeeded() ? tr("Kill done.") : tr("Kill done, with failures."), 5000);
        // Show at once what the kill changed.
        m_monitor->refreshNow();
    });
    auto* result = new KillResultDialog(run, instanceText(), this);
    result->setAttribute(Qt::WA_DeleteOnClose);
    connect(result, &KillResultDialog::retryRequested, this, &MainWindow::requestKill);
    connect(result, &KillResultDialog::auditLogRequested, this, &MainWindow::showAuditLog);
    connect(result, &QObject::destroyed, run, [run] {
        if (run->isFinished())
            run->deleteLater();
        else
            connect(run, &KillRun::finished, run, &QObject::deleteLater);
    });
    result->show();
}

void MainWindow::showAuditLog()
{
    if (!m_auditWindow) {
        m_auditWindow = new AuditLogWindow(m_auditPath, this);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditWindow->reload();
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
}

void MainWindow::showOverview()
{
    if (m_overview)
        m_pages->setCurrentWidget(m_overview);
}

bool MainWindow::isOverviewShown() const
{
    return m_overview && m_pages->currentWidget() == m_overview;
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_pages->currentWidget() == m_welcome;
}

void MainWindow::showAddInstanceDialog()
{
    if (!m_profiles)
        return;
    auto* dialog = new InstanceDialog(this, m_profiles, m_keychain);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstanceDialog::profileSaved, this, [this](const QUuid& id) {
        if (const auto profile = m_profiles->profile(id))
            m_controller->open(*profile);
    });
    dialog->open();
}

void MainWindow::showImportInstancesDialog()
{
    if (!m_profiles)
        return;
    auto* dialog = new ImportInstancesDialog(this, m_profiles, m_keychain);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openDemo()
{
    if (m_demo)
        m_demo->start();
}

void MainWindow::openRecording(const QString& path)
{
    // The newest request wins: a recording still being opened is dropped.
    delete m_openingRecording;
    auto* source = new ReplaySource(this);
    m_openingRecording = source;
    m_replayBar->setOpening(path);
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    connect(source, &ReplaySource::openFailed, this, [this, source](const QString& error) {
        m_openingRecording = nullptr;
        source->deleteLater();
        statusBar()->clearMessage();
        // Whatever was shown before stays.
        m_replayBar->setSource(qobject_cast<ReplaySource*>(m_monitor->source()));
        showProblem(QStringLiteral("RecordingUnreadable"), error);
        emit recordingOpened(false);
    });
    connect(source, &ReplaySource::opened, this, [this, source] {
        m_openingRecording = nullptr;
        statusBar()->clearMessage();
        // A recording is watched instead of the live instance, never beside it.
        if (m_controller)
            m_controller->close();
        m_monitor->setSource(source);
        // Nothing changes on its own: each move through the recording is one fetch.
        m_monitor->setPaused(true);
        source->setPosition(int(source->entries().size()) - 1);
        m_replayBar->setSource(source);
        // The timeline draws the whole recording; a trend of the moments visited would mislead.
        m_trend->hide();
        m_pages->setCurrentWidget(m_monitorPage);
        setWindowTitle(tr("%1 — SessionScope").arg(source->target()));
        if (!source->error().isEmpty())
            statusBar()->showMessage(source->error(), 15000);
        m_monitor->refreshNow();
        emit recordingOpened(true);
    });
    source->open(path);
}

void MainWindow::showProblem(const QString& code, const QString& message)
{
    m_pages->setCurrentWidget(m_monitorPage);
    m_problem = FetchError(FetchError::Category::Credentials, code, message);
    // Nothing was sent, so nothing was refused: the advice is about finding the credential.
    if (code == QLatin1String("NoCredentials"))
        m_problem.setHint(tr("SessionScope found no credential to send. Edit the instance (right-click it in the "
                             "instance list) and enter it there, or provide it where the instance says to look."));
    m_banner->showError(m_problem, 0, false);
    updateStatus();
}

void MainWindow::showInterval(int ms)
{
    const QSignalBlocker blocker(m_interval);
    int index = m_interval->findData(ms);
    if (index < 0) {
        // An interval not among the usual choices (an imported profile): shown as it is.
        m_interval->addItem(tr("%n s", nullptr, ms / 1000), ms);
        index = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(index);
    m_monitor->setRefreshIntervalMs(ms);
}

void MainWindow::onSnapshot(const SnapshotPtr& snapshot)
{
    // Another instance opened over a recording: the recording's bar goes with it.
    if (m_replayBar->source() && !qobject_cast<ReplaySource*>(m_monitor->source())) {
        if (m_compare)
            m_compare->close();
        m_replayBar->setSource(nullptr);
        m_trend->show();
        setWindowTitle(tr("SessionScope"));
    }
    if (m_compare && qobject_cast<ReplaySource*>(m_monitor->source()))
        m_compare->setShown(snapshot);
    updateKillActions();
    // currentRowChanged fired by the merge itself (a vanished current row) must not re-point the
    // detail pane at a neighbour.
    if (!snapshot) {
        // Another instance: nothing of the previous one may stay on screen.
        m_notice->clear();
        m_drillDown.reset();
        m_proxy->clearDrillDown();
        // Value filters name the previous instance's users, clients and databases: left in place
        // they would hide this instance's sessions without a word.
        if (!m_proxy->chips().isEmpty()) {
            m_proxy->clearChips();
            statusBar()->showMessage(tr("The value filters were cleared for the new instance."), 8000);
        }
        m_pinnedSession.reset();
        m_detail->clear();
    }
    // "Blocked by" and the Blockers filter only where the source can see lock waits (a direct
    // connection); changed only when that changes, so a column the user hid stays hidden meanwhile.
    if (snapshot && (!m_locksKnown || snapshot->lockWaitsKnown != *m_locksKnown)) {
        m_locksKnown = snapshot->lockWaitsKnown;
        m_view->setColumnHidden(SessionTableModel::BlockedByColumn, !*m_locksKnown);
        m_filterBar->setLockFilterAvailable(*m_locksKnown);
    }
    if (snapshot)
        m_view->keepScrollPositionThroughRefresh();
    m_merging = true;
    m_model->setSnapshot(snapshot);
    m_merging = false;
    // Grouping a large snapshot takes a while (on a worker): only when the statements are looked at.
    if (!snapshot || statementsWanted()) {
        m_statementsOutOfDate = false;
        m_statements->setSnapshot(snapshot);
    } else {
        m_statementsOutOfDate = true;
    }
    // A session selected behind a filter that has since ended is no longer selected.
    m_view->forgetEndedSessions([this](qint64 id) { return m_model->rowOfSession(id) >= 0; });

    if (m_drillDown && snapshot && !m_drillDown->fixedIds && !m_drillDown->statement) {
        for (const DimensionStat& stat : snapshot->stats(m_drillDown->dimension)) {
            if (stat.key == m_drillDown->key) {
                m_proxy->setDrillDown(stat.threadIds);
                break;
            }
        }
    }
    updateDrillDownLabel();
    if (snapshot)
        m_view->restoreScrollPositionAfterRefresh();

    if (m_pinnedSession) {
        const int row = m_model->rowOfSession(*m_pinnedSession);
        if (row >= 0)
            m_detail->showSession(m_model->session(row), m_model->snapshot().get());
        else
            m_detail->markEnded();
    }
    if (snapshot) {
        m_chartsSnapshot = snapshot;
        m_chartsUpdate->start();
    } else {
        // Nothing of the previous instance may stay on screen, not even for a turn.
        m_chartsSnapshot.reset();
        m_chartsUpdate->stop();
        for (DimensionChartView* view : std::as_const(m_dimensionViews))
            view->setSnapshot(nullptr);
        m_trend->setHistory(m_monitor->history());
        m_historyChanged = false;
    }
    updateStatus();
}

void MainWindow::updateCharts()
{
    if (const SnapshotPtr snapshot = std::exchange(m_chartsSnapshot, nullptr)) {
        for (DimensionChartView* view : std::as_const(m_dimensionViews))
            view->setSnapshot(snapshot);
    }
    if (std::exchange(m_historyChanged, false))
        m_trend->setHistory(m_monitor->history());
}

void MainWindow::onCurrentChanged()
{
    if (m_merging)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(SessionTableModel::SessionIdRole).toLongLong();
    const int row = m_model->rowOfSession(id);
    if (row < 0)
        return;
    m_pinnedSession = id;
    m_detail->showSession(m_model->session(row), m_model->snapshot().get());
}

void MainWindow::drillDown(
    Dimension dimension, const QString& key, const QList<qint64>& threadIds, const QString& label, bool others)
{
    m_drillDown = DrillDown {dimension, key, label, others};
    m_proxy->setDrillDown(threadIds);
    updateDrillDownLabel();
    updateChartSelection();
}

bool MainWindow::statementsWanted() const
{
    return m_tableTabs->currentWidget() == m_statementView || (m_drillDown && m_drillDown->statement);
}

void MainWindow::drillDownStatement(const QString& key)
{
    const int row = m_statements->rowOfKey(key);
    if (row < 0)
        return;
    const StatementStat& statement = m_statements->statement(row);
    if (m_drillDown && m_drillDown->statement && m_drillDown->key == key && m_proxy->hasDrillDown())
        return;
    // Long statements are named by their start; the chip's tooltip and the detail pane have the rest.
    QString text = statement.text.left(60);
    if (statement.text.size() > 60)
        text += QChar(0x2026);
    m_drillDown = DrillDown {Dimension::User, key, text, false, true};
    m_proxy->setDrillDown(statement.threadIds);
    updateDrillDownLabel();
    // The longest-running session stands for the statement in the detail pane, with its whole SQL.
    const int sessionRow = m_model->rowOfSession(statement.sampleSessionId);
    if (sessionRow >= 0) {
        m_pinnedSession = statement.sampleSessionId;
        m_detail->showSession(m_model->session(sessionRow), m_model->snapshot().get());
    }
    updateKillActions();
}

void MainWindow::onStatementsChanged()
{
    if (m_drillDown && m_drillDown->statement) {
        // The same statement's sessions as of the new grouping; a statement no longer run keeps its
        // ids, which the chip then counts as not in the session list.
        const int row = m_statements->rowOfKey(m_drillDown->key);
        if (row >= 0)
            m_proxy->setDrillDown(m_statements->statement(row).threadIds);
        updateDrillDownLabel();
    }
    updateKillActions();
}

void MainWindow::updateChartSelection()
{
    for (DimensionChartView* view : std::as_const(m_dimensionViews)) {
        if (m_drillDown && !m_drillDown->statement && view->dimension() == m_drillDown->dimension)
            view->setSelectedKey(m_drillDown->key, m_drillDown->fixedIds);
        else
            view->setSelectedKey(std::nullopt);
    }
}

void MainWindow::clearDrillDown()
{
    m_drillDown.reset();
    m_proxy->clearDrillDown();
}

QString MainWindow::drillDownLabel() const
{
    if (!m_drillDown || !m_proxy->hasDrillDown())
        return {};
    const int missing = m_proxy->drillDownMissingCount();
    const int present = int(m_proxy->drillDownIds().size()) - missing;
    QString what;
    if (m_drillDown->statement)
        what = tr("Statement %1").arg(m_drillDown->label);
    else if (m_drillDown->fixedIds)
        what = m_drillDown->label;
    else
        what = tr("%1 = %2").arg(
            dimensionName(m_drillDown->dimension), m_drillDown->key.isEmpty() ? tr("(none)") : m_drillDown->key);
    QString text = CountText::grouped(tr("%1 · %n thread(s)", nullptr, present), present).arg(what);
    if (missing > 0)
        text += CountText::grouped(tr(" · %n thread(s) not in the session list", nullptr, missing), missing);
    return text;
}

void MainWindow::updateDrillDownLabel()
{
    m_filterBar->setDrillDownLabel(drillDownLabel());
    updateChartSelection();
}

void MainWindow::updateStatus()
{
    m_summary->showMonitor(*m_monitor);
    // An instance is chosen but nothing watches it yet: not "No instance".
    if (!m_monitor->source() && m_controller && m_controller->current())
        m_summary->showState(
            m_problem.isError() ? tr("Not monitored: %1").arg(m_problem.code()) : tr("Opening…"), m_problem.isError());
    const bool filtered = m_proxy->rowCount() != m_model->rowCount();
    m_summary->setShownCount(m_proxy->rowCount(), filtered, m_proxy->hiddenSystemCount());
    // Stale everywhere the figures are, not only in the summary strip.
    const qint64 staleSince = m_monitor->isStale() ? m_monitor->lastSuccessMs() : 0;
    if (m_staleSince != staleSince) {
        m_staleSince = staleSince;
        m_tableStaleBadge->setStaleSince(staleSince);
        m_view->setStale(staleSince > 0);
        m_detail->setStaleSince(staleSince);
        for (DimensionChartView* view : std::as_const(m_dimensionViews))
            view->setStaleSince(staleSince);
        m_trend->setStaleSince(staleSince);
    }
    const FetchError error = m_monitor->lastError().isError() ? m_monitor->lastError() : m_problem;
    if (error.isError())
        m_banner->showError(error, m_monitor->snapshot() ? m_monitor->lastSuccessMs() : 0,
            m_monitor->isPaused() && !m_monitor->pauseReason().isEmpty());
    else
        m_banner->setVisible(false);
}

void MainWindow::exportSnapshot(const QString& sessionsPath, const QString& statsPath, bool onlyShownRows,
    const QString& locksPath, const QString& statementsPath)
{
    if (m_exporter->isRunning()) {
        statusBar()->showMessage(tr("An export is still being written; try again when it has finished."), 5000);
        return;
    }
    // A folder typed into the dialog that does not exist yet is made; if it cannot be, the
    // exporter's error says why.
    QDir().mkpath(QFileInfo(sessionsPath).absolutePath());
    const SnapshotPtr snapshot = m_model->snapshot();
    SnapshotExporter::Request request;
    request.snapshot = snapshot;
    request.sessionsPath = sessionsPath;
    request.statsPath = statsPath;
    request.locksPath = locksPath;
    request.statementsPath = statementsPath;
    if (onlyShownRows && snapshot)
        request.rows = m_proxy->shownSnapshotIndexes();
    if (snapshot && snapshot->sessions.size() > 20'000) {
        m_exportProgress = new QProgressDialog(
            tr("Exporting %n session(s)…", nullptr, int(snapshot->sessions.size())), tr("Cancel"), 0, 100, this);
        m_exportProgress->setWindowModality(Qt::WindowModal);
        m_exportProgress->setMinimumDuration(300);
        connect(m_exportProgress, &QProgressDialog::canceled, m_exporter, &SnapshotExporter::cancel);
    }
    m_exporter->start(request);
}

void MainWindow::showExportDialog()
{
    const SnapshotPtr snapshot = m_model->snapshot();
    if (!snapshot) {
        statusBar()->showMessage(tr("There is no snapshot to export yet."), 5000);
        return;
    }
    auto* dialog = new ExportDialog(int(snapshot->sessions.size()), m_proxy->rowCount(),
        SnapshotExporter::defaultFileName(snapshot->instanceId, snapshot->snapshotTimeMs), snapshot->lockWaitsKnown,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportRequested, this,
        [this, dialog](
            const QString& sessionsPath, const QString& statsPath, bool onlyShownRows, const QString& locksPath) {
            exportSnapshot(sessionsPath, statsPath, onlyShownRows, locksPath, dialog->statementsPath());
        });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_topSplitter->restoreState(settings.value(QStringLiteral("window/topSplitter")).toByteArray());
    m_bottomSplitter->restoreState(settings.value(QStringLiteral("window/bottomSplitter")).toByteArray());
    m_detailPaneAction->setChecked(settings.value(QStringLiteral("window/detailPane"), true).toBool());
    m_chartsAction->setChecked(settings.value(QStringLiteral("window/charts"), true).toBool());
    const QByteArray header = settings.value(QStringLiteral("window/sessionHeader")).toByteArray();
    // A header saved by a version with other columns does not restore; the defaults apply then.
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header)) {
        // Widths for what the columns usually hold, in the font in use: whole client addresses,
        // the SQL (last, stretching) starting on screen at 1280 px.
        // A column is never narrower than its header (in whatever language), with room for the
        // sort arrow.
        const QFontMetrics metrics = m_view->fontMetrics();
        QHeaderView* header = m_view->horizontalHeader();
        const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const auto setWidth = [&](int column, const char* sample) {
            const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
            const int forTitle = header->fontMetrics().horizontalAdvance(title) + arrow + 4 * margin;
            m_view->setColumnWidth(column, std::max(metrics.horizontalAdvance(QLatin1String(sample)) + 16, forTitle));
        };
        setWidth(SessionTableModel::SessionIdColumn, "10000000000");
        setWidth(SessionTableModel::UserColumn, "app_rw_user");
        setWidth(SessionTableModel::ClientColumn, "203.0.113.100");
        setWidth(SessionTableModel::DbNameColumn, "customers");
        setWidth(SessionTableModel::CommandColumn, "Binlog Dump");
        setWidth(SessionTableModel::TimeColumn, "86,400 (1 d 0 h)");
        setWidth(SessionTableModel::StateColumn, "Waiting for table");
        setWidth(SessionTableModel::TrxIdColumn, "7543003755690");
        setWidth(SessionTableModel::TrxDurationColumn, "86,400 (1 d 0 h)");
        setWidth(SessionTableModel::BlockedByColumn, "Blocked by ");
        m_view->setColumnHidden(SessionTableModel::SqlTemplateIdColumn, true);
        m_view->setColumnHidden(SessionTableModel::UserClientAliasColumn, true);
        m_view->setColumnHidden(SessionTableModel::BlockedByColumn, true);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/topSplitter"), m_topSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
    settings.setValue(QStringLiteral("window/detailPane"), m_detailPaneAction->isChecked());
    settings.setValue(QStringLiteral("window/charts"), m_chartsAction->isChecked());
    settings.setValue(QStringLiteral("table/hideSystemThreads"), m_proxy->hidesSystemSessions());
    settings.setValue(QStringLiteral("window/sessionHeader"), m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    m_monitor->stop();
    QMainWindow::closeEvent(event);
}
