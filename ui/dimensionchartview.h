// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QWidget>

#include <optional>

class DimensionStatModel;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QValueAxis;
class StaleBadge;
class StaleTextDelegate;

// Sessions per user, client or database: a stacked bar per key (active and idle, the server's counts)
// for the largest keys and one for the rest, or a sortable table of every key. Clicking a bar or
// activating a row asks to drill down to exactly that key's sessions.
class DimensionChartView : public QWidget
{
    Q_OBJECT

public:
    // More bars than this stop being readable in a side panel; the rest are summed into "Others".
    static constexpr int MaxBars = 15;

    explicit DimensionChartView(Dimension dimension, QWidget* parent = nullptr);
    ~DimensionChartView() override;

    Dimension dimension() const { return m_dimension; }
    void setSnapshot(const SnapshotPtr& snapshot);

    void showTable(bool table);
    bool isTableShown() const;

    static QString title(Dimension dimension);

    DimensionStatModel* model() const { return m_model; }
    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_chartView; }
    QAbstractBarSeries* series() const;
    QBarSet* activeSet() const { return m_activeSet; }
    QBarSet* idleSet() const { return m_idleSet; }
    QBarCategoryAxis* categoryAxis() const { return m_categoryAxis; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    QTableView* tableView() const { return m_tableView; }
    QToolButton* tableToggle() const { return m_tableToggle; }

    // The key the sessions are drilled down to, marked on its bar and its table row; `others`: the
    // "Others" bar. No key: nothing marked.
    void setSelectedKey(const std::optional<QString>& key, bool others = false);
    // The bars marked as drilled down (indexes into the category axis, bottom first).
    QList<int> selectedBars() const;

    // The figures are from the last good snapshot, taken at `lastGoodMs` (0: they are current):
    // the bars fade and a badge says since when.
    void setStaleSince(qint64 lastGoodMs);
    bool isStaleShown() const;

signals:
    // For "Others" the key is null, the ids are the union of the keys it sums and the label says
    // how many keys that is.
    // `others`: the bar that sums every key beyond the largest; its ids are fixed, not a key's.
    void drillDownRequested(
        Dimension dimension, const QString& key, const QList<qint64>& threadIds, const QString& label, bool others);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // One bar of the chart, bottom to top.
    struct Bar
    {
        QString key;
        QList<qint64> threadIds;
        QString label;
        QString tooltip;
        bool others = false;
    };

    int barLimit() const;
    void createChart();
    void createTable();
    void updateChart();
    void onBarClicked(int index);
    void onBarHovered(bool status, int index);
    void onRowActivated(const QModelIndex& proxyIndex);
    void updateSelection();
    QString keyLabel(const QString& key) const;
    QString othersLabel(int keyCount) const;

    Dimension m_dimension;
    DimensionStatModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QToolButton* m_tableToggle;
    QStackedWidget* m_stack;
    QChart* m_chart;
    QChartView* m_chartView;
    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_activeSet;
    QBarSet* m_idleSet;
    QBarCategoryAxis* m_categoryAxis;
    QValueAxis* m_valueAxis;
    QTableView* m_tableView;
    StaleTextDelegate* m_tableDelegate;
    QList<Bar> m_bars;
    // How wide a category label may be; follows the widget's width.
    int m_labelWidth = 0;
    // The chart is not redrawn while the table is shown; this says it must be when it comes back.
    bool m_chartStale = false;
    int m_barLimit = MaxBars;
    std::optional<QString> m_selectedKey;
    StaleBadge* m_staleBadge = nullptr;
    bool m_selectedOthers = false;
};
