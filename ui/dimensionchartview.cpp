// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionchartview.h"

#include "models/dimensionstatmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include "chartstyle.h"
#include "stalebadge.h"
#include "staletextdelegate.h"

#include <algorithm>

namespace {

const QColor idleColor(0xb4, 0xc5, 0xdc);
// The drilled-down bar: the same hues, deeper, so it reads as "this one" without a legend entry.
const QColor selectedActiveColor(0x0b, 0x2f, 0x73);
const QColor selectedIdleColor(0x6c, 0x86, 0xb0);
// Qt Charts gives a vertical axis at most 40% of the chart's width and, with truncation off, lets
// longer labels run off the left edge; the rest of that share goes to ticks and padding.
int categoryLabelWidth(int chartWidth)
{
    return std::max(60, chartWidth * 2 / 5 - 24);
}

} // namespace

DimensionChartView::DimensionChartView(Dimension dimension, QWidget* parent)
    : QWidget(parent)
    , m_dimension(dimension)
    , m_model(new DimensionStatModel(dimension, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(title(dimension), this))
    , m_tableToggle(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_activeSet(new QBarSet(tr("Active"), this))
    , m_idleSet(new QBarSet(tr("Idle"), this))
    , m_categoryAxis(new QBarCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
    , m_tableView(new QTableView(this))
    , m_tableDelegate(new StaleTextDelegate(m_tableView))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_tableToggle->setCheckable(true);
    m_tableToggle->setText(tr("Table"));
    m_tableToggle->setToolTip(tr("Show every key as a sortable table instead of the chart"));
    m_tableToggle->setAutoRaise(true);
    connect(m_tableToggle, &QToolButton::toggled, this, &DimensionChartView::showTable);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 0, 0);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_tableToggle);

    createChart();
    createTable();
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_tableView);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    m_staleBadge = new StaleBadge(m_stack);
}

DimensionChartView::~DimensionChartView() = default;

void DimensionChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (categoryLabelWidth(width()) == m_labelWidth && barLimit() == m_barLimit)
        return;
    if (isTableShown())
        m_chartStale = true;
    else
        updateChart();
}

int DimensionChartView::barLimit() const
{
    // Fewer bars in a short chart: the category axis silently drops labels that do not fit, and
    // an unlabelled bar (often "Others") cannot be told apart from its neighbours.
    // Qt Charts drops a label whose box (text height plus its own padding) touches the next one.
    const int rowHeight = QFontMetrics(m_categoryAxis->labelsFont()).height() * 4 / 3 + 2;
    const int available = m_chartView->height() - 80;
    if (!m_chartView->isVisible() || available <= 0)
        return MaxBars;
    return std::clamp(available / rowHeight, 4, int(MaxBars));
}

QString DimensionChartView::title(Dimension dimension)
{
    switch (dimension) {
    case Dimension::User:
        return tr("Sessions by user");
    case Dimension::Client:
        return tr("Sessions by client");
    case Dimension::Database:
        return tr("Sessions by database");
    }
    return {};
}

QAbstractBarSeries* DimensionChartView::series() const
{
    return m_series;
}

void DimensionChartView::createChart()
{
    // A white chart glares in a dark desktop. The theme goes first: set later, it would recolour
    // the series.
    if (palette().color(QPalette::Window).lightness() < 128)
        m_chart->setTheme(QChart::ChartThemeDark);
    // Refreshes arrive every few seconds; animating each one would keep the chart moving.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_activeSet->setColor(ChartStyle::activeColor);
    m_activeSet->setBorderColor(ChartStyle::activeColor);
    m_activeSet->setSelectedColor(selectedActiveColor);
    m_idleSet->setColor(idleColor);
    m_idleSet->setBorderColor(idleColor);
    m_idleSet->setSelectedColor(selectedIdleColor);
    // Set order is stacking order: active from the axis outwards, idle after it.
    m_series->append(m_activeSet);
    m_series->append(m_idleSet);
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);

    m_categoryAxis->setLabelsFont(m_chartView->font());
    // The axis' own truncation cut every label down to "..." even with room to spare; labels are
    // elided in updateChart() instead, to the share of the width the axis is given.
    m_categoryAxis->setTruncateLabels(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);

    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setRange(0, 1);
    m_valueAxis->setTickInterval(1);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Small enough for four charts side by side in a 1280-pixel window; fewer bars and ticks then.
    m_chartView->setMinimumSize(180, 150);

    // The bars are reused across refreshes, so the lambda looks the bar up when it is clicked.
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) { onBarClicked(index); });
    connect(m_activeSet, &QBarSet::hovered, this, &DimensionChartView::onBarHovered);
    connect(m_idleSet, &QBarSet::hovered, this, &DimensionChartView::onBarHovered);
}

void DimensionChartView::createTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DimensionStatModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_tableView->setModel(m_proxy);
    m_tableView->setItemDelegate(m_tableDelegate);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(DimensionStatModel::TotalColumn, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->setColumnWidth(DimensionStatModel::KeyColumn, 180);
    for (const int column :
        {DimensionStatModel::TotalColumn, DimensionStatModel::ActiveColumn, DimensionStatModel::IdleColumn})
        m_tableView->setColumnWidth(column, 64);
    m_tableView->setMinimumSize(180, 150);
    if (m_dimension == Dimension::User) {
        // A user's only user is itself; the names get the room instead.
        m_tableView->setColumnHidden(DimensionStatModel::UsersColumn, true);
        m_tableView->horizontalHeader()->setSectionResizeMode(DimensionStatModel::KeyColumn, QHeaderView::Stretch);
    } else {
        m_tableView->horizontalHeader()->setStretchLastSection(true);
    }
    // One click drills down, as on a bar; Enter does too.
    connect(m_tableView, &QAbstractItemView::clicked, this, &DimensionChartView::onRowActivated);
    connect(m_tableView, &QAbstractItemView::activated, this, &DimensionChartView::onRowActivated);
}

void DimensionChartView::setSnapshot(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    if (isTableShown())
        m_chartStale = true;
    else
        updateChart();
}

void DimensionChartView::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_tableView) : m_chartView);
    if (m_tableToggle->isChecked() != table)
        m_tableToggle->setChecked(table);
    if (!table && m_chartStale)
        updateChart();
}

bool DimensionChartView::isTableShown() const
{
    return m_stack->currentWidget() == m_tableView;
}

QString DimensionChartView::keyLabel(const QString& key) const
{
    const QString shown = DimensionStatModel::displayKey(key);
    switch (m_dimension) {
    case Dimension::User:
        return tr("User %1").arg(shown);
    case Dimension::Client:
        return tr("Client %1").arg(shown);
    case Dimension::Database:
        return tr("Database %1").arg(shown);
    }
    return shown;
}

QString DimensionChartView::othersLabel(int keyCount) const
{
    switch (m_dimension) {
    case Dimension::User:
        return tr("Others (%n users)", nullptr, keyCount);
    case Dimension::Client:
        return tr("Others (%n clients)", nullptr, keyCount);
    case Dimension::Database:
        return tr("Others (%n databases)", nullptr, keyCount);
    }
    return {};
}

void DimensionChartView::updateChart()
{
    m_chartStale = false;
    // The chart fills the widget's width, which is already right while a resize event is pending.
    m_labelWidth = categoryLabelWidth(width());
    m_barLimit = barLimit();
    const DimensionStatModel::TopKeys ranking = m_model->topKeys(m_barLimit);

    QList<Bar> bars;
    QStringList categories;
    QList<qreal> active;
    QList<qreal> idle;
    qint64 maxTotal = 0;
    QSet<QString> usedCategories;
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    const auto add = [&](const DimensionStat& stat, const QString& category, const QString& label, bool others) {
        // Long keys are elided in the middle: their start and end (schema prefix, host suffix)
        // tell them apart best.
        QString unique = metrics.elidedText(category, Qt::ElideMiddle, m_labelWidth);
        // The axis merges equal categories, and two keys can look alike once elided (or a user may
        // really be called "Others (3)"); an invisible suffix keeps every bar on its own row.
        while (usedCategories.contains(unique))
            unique.append(QChar(0x200B));
        usedCategories.insert(unique);
        categories.append(unique);
        const qint64 idleCount = DimensionStatModel::idleCount(stat);
        active.append(qreal(stat.activeCount));
        idle.append(qreal(idleCount));
        maxTotal = std::max(maxTotal, stat.activeCount + idleCount);
        const QString tooltip = tr("%1\nTotal: %2\nActive: %3\nIdle: %4")
                                    .arg(label, QLocale().toString(stat.totalCount),
                                        QLocale().toString(stat.activeCount), QLocale().toString(idleCount));
        bars.append(Bar {stat.key, stat.threadIds, label, tooltip, others});
    };
    // A horizontal bar chart counts categories from the bottom: the rest first, the largest last.
    if (ranking.othersKeyCount > 0)
        add(ranking.others, tr("Others (%1)").arg(ranking.othersKeyCount), othersLabel(ranking.othersKeyCount), true);
    for (auto it = ranking.top.crbegin(); it != ranking.top.crend(); ++it)
        add(*it, DimensionStatModel::displayKey(it->key), keyLabel(it->key), false);

    // Values are replaced in place so the bars stay where they are and only their lengths change.
    const auto apply = [](QBarSet* set, const QList<qreal>& values) {
        const qsizetype common = std::min<qsizetype>(set->count(), values.size());
        for (qsizetype i = 0; i < common; ++i) {
            if (set->at(int(i)) != values[i])
                set->replace(int(i), values[i]);
        }
        if (set->count() > values.size())
            set->remove(int(values.size()), int(set->count() - values.size()));
        else if (values.size() > common)
            set->append(values.mid(common));
    };
    // Fixed-fraction bars grow into slabs when there are only a few keys; keep them about as thick
    // as they are in a full chart.
    const qreal barWidth = 0.7 * qreal(std::min<qsizetype>(bars.size(), 8)) / 8.0;
    if (!qFuzzyCompare(m_series->barWidth(), barWidth))
        m_series->setBarWidth(barWidth);
    apply(m_activeSet, active);
    apply(m_idleSet, idle);
    if (m_categoryAxis->categories() != categories)
        m_categoryAxis->setCategories(categories);

    // As many ticks as their labels leave room for: "0  50000  100000" rather than digits run
    // together. The widest label is at most twice the largest count.
    const int valueLabelWidth
        = QFontMetrics(m_valueAxis->labelsFont()).horizontalAdvance(QString::number(std::max<qint64>(maxTotal, 1) * 2));
    const int plotWidth = std::max(40, width() - m_labelWidth - 48);
    const qint64 step = ChartStyle::niceStep(
        std::max<qint64>(maxTotal, 1), std::min(6, ChartStyle::ticksThatFit(plotWidth, valueLabelWidth)));
    const qint64 top = std::max<qint64>(step, (maxTotal + step - 1) / step * step);
    m_valueAxis->setTickInterval(qreal(step));
    m_valueAxis->setRange(0, qreal(top));
    m_bars = bars;
    updateSelection();
}

void DimensionChartView::setStaleSince(qint64 lastGoodMs)
{
    const bool wasStale = m_staleBadge->isStale();
    m_staleBadge->setStaleSince(lastGoodMs);
    if (wasStale == (lastGoodMs > 0))
        return;
    m_chart->setOpacity(lastGoodMs > 0 ? 0.45 : 1.0);
    m_tableDelegate->setStale(lastGoodMs > 0);
    m_tableView->viewport()->update();
}

bool DimensionChartView::isStaleShown() const
{
    return m_staleBadge->isStale();
}

void DimensionChartView::setSelectedKey(const std::optional<QString>& key, bool others)
{
    m_selectedKey = key;
    m_selectedOthers = key.has_value() && others;
    updateSelection();
}

QList<int> DimensionChartView::selectedBars() const
{
    return m_activeSet->selectedBars();
}

void DimensionChartView::updateSelection()
{
    QList<int> selected;
    if (m_selectedKey) {
        for (int i = 0; i < m_bars.size(); ++i) {
            const Bar& bar = m_bars.at(i);
            if (m_selectedOthers ? bar.others : (!bar.others && bar.key == *m_selectedKey))
                selected.append(i);
        }
    }
    for (QBarSet* set : {m_activeSet, m_idleSet}) {
        if (set->selectedBars() == selected)
            continue;
        set->deselectAllBars();
        set->selectBars(selected);
    }
    // The table marks the same key, without stealing the keyboard focus.
    const QSignalBlocker blocker(m_tableView->selectionModel());
    if (!m_selectedKey || m_selectedOthers) {
        m_tableView->selectionModel()->clearSelection();
        return;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(DimensionStatModel::KeyRole).toString() == *m_selectedKey) {
            if (!m_tableView->selectionModel()->isRowSelected(row, {}))
                m_tableView->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_tableView->selectionModel()->clearSelection();
}

void DimensionChartView::onBarClicked(int index)
{
    if (index < 0 || index >= m_bars.size())
        return;
    const Bar& bar = m_bars.at(index);
    emit drillDownRequested(m_dimension, bar.key, bar.threadIds, bar.label, bar.others);
}

void DimensionChartView::onBarHovered(bool status, int index)
{
    if (status && index >= 0 && index < m_bars.size())
        QToolTip::showText(QCursor::pos(), m_bars.at(index).tooltip, m_chartView);
    else
        QToolTip::hideText();
}

void DimensionChartView::onRowActivated(const QModelIndex& proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const DimensionStat& stat = m_model->stat(source.row());
    emit drillDownRequested(m_dimension, stat.key, stat.threadIds, keyLabel(stat.key), false);
}
