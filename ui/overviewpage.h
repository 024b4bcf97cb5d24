// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetchoptions.h"
#include "monitor/fleetscheduler.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class FleetModel;
class FleetMonitor;
class FleetProxy;
class KeychainStore;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

// Every instance profile at a glance: a table (or tiles) of each instance's status and headline
// figures, the most severe first, optionally grouped by tag. Fetches in the background with sources
// of its own (FleetMonitor), a few at a time, whatever page the window shows. Double-clicking an
// instance asks to open it in the monitor; the page itself (sort, selection, scroll position,
// layout) is kept while the monitor is shown, and its layout (table or tiles, sort, grouping, tag
// filter, columns) across restarts, in QSettings under "overview/".
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    enum class Layout
    {
        Table,
        Tiles,
    };

    // `store` and `keychain` are not owned and must outlive the page; `keychain` may be null.
    OverviewPage(ProfileStore* store, KeychainStore* keychain, const FleetScheduler::Options& options = {},
        QWidget* parent = nullptr);
    ~OverviewPage() override;

    FleetModel* model() const { return m_model; }
    FleetProxy* proxy() const { return m_proxy; }
    FleetMonitor* fleetMonitor() const { return m_fleet; }
    QTableView* tableView() const { return m_table; }
    QListView* tileView() const { return m_tiles; }
    QCheckBox* groupByTagBox() const { return m_groupByTag; }
    QComboBox* tagFilterCombo() const { return m_tagFilter; }
    QLabel* summaryLabel() const { return m_summary; }

    void setViewLayout(Layout layout);
    Layout viewLayout() const;
    // The selected instance; null when none is.
    QUuid currentProfile() const;
    void setCurrentProfile(const QUuid& id);

    // How each background fetch is made (tests and benchmarks shorten the waits).
    void setFetchOptions(const FetchOptions& options);
    // The instance open in the monitor is fetched at its profile's interval; the rest at the
    // overview's cadence. A null id: none is open.
    void setOpenProfile(const QUuid& id, int intervalMs);
    // Alerts raised for an instance, from whoever evaluates them.
    void setRaisedAlerts(const QUuid& id, int count);

signals:
    // The user asked to watch `id` in the monitor (double-click, Enter).
    void openRequested(const QUuid& id);

private:
    void reloadProfiles();
    void updateSummary();
    void updateTagChoices();
    void restoreLayout();
    void saveLayout() const;

    QPointer<ProfileStore> m_store;
    FleetMonitor* m_fleet;
    FleetModel* m_model;
    FleetProxy* m_proxy;
    QStackedWidget* m_views;
    QTableView* m_table;
    QListView* m_tiles;
    QToolButton* m_tableButton;
    QToolButton* m_tilesButton;
    QCheckBox* m_groupByTag;
    QComboBox* m_tagFilter;
    QLabel* m_summary;
    QTimer* m_staleness;
    // Coalesces the saves of a header being dragged.
    QTimer* m_saveLayout;
    QUuid m_openProfile;
};
