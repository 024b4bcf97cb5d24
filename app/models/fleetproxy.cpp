// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetproxy.h"

#include "fleetmodel.h"

#include <QTimer>

#include <algorithm>

namespace {

int compareValues(const QVariant& left, const QVariant& right)
{
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace

FleetProxy::FleetProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_resort(new QTimer(this))
{
    setSortRole(FleetModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Not at every change of the source, which would move rows (and repaint a whole view) at every
    // arrival: resortIfNeeded does it, once per burst.
    setDynamicSortFilter(false);
    sort(FleetModel::StatusColumn, Qt::DescendingOrder);
    m_resort->setSingleShot(true);
    m_resort->setInterval(DefaultResortDelayMs);
    connect(m_resort, &QTimer::timeout, this, &FleetProxy::resortIfNeeded);
}

FleetProxy::~FleetProxy() = default;

void FleetProxy::setSourceModel(QAbstractItemModel* model)
{
    if (model == sourceModel())
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // New rows come in unsorted, changed ones stay where they were: both until the next pass.
    m_sourceConnections = {connect(model, &QAbstractItemModel::dataChanged, this, &FleetProxy::resortSoon),
        connect(model, &QAbstractItemModel::rowsInserted, this, &FleetProxy::resortSoon)};
}

void FleetProxy::setResortDelayMs(int delayMs)
{
    m_resort->setInterval(std::max(0, delayMs));
}

bool FleetProxy::isResortPending() const
{
    return m_resort->isActive();
}

void FleetProxy::resortSoon()
{
    // Not restarted by further changes: a steady trickle of arrivals still moves rows on time.
    if (!m_resort->isActive())
        m_resort->start();
}

void FleetProxy::resortIfNeeded()
{
    const QAbstractItemModel* source = sourceModel();
    if (!source)
        return;
    if (!m_tagFilter.isEmpty()) {
        for (int row = 0; row < source->rowCount(); ++row) {
            const bool shown = mapFromSource(source->index(row, 0)).isValid();
            if (shown != filterAcceptsRow(row, {})) {
                invalidateFilter();
                break;
            }
        }
    }
    const int column = sortColumn();
    if (column < 0)
        return;
    const bool descending = sortOrder() == Qt::DescendingOrder;
    for (int row = 0; row + 1 < rowCount(); ++row) {
        const QModelIndex upper = mapToSource(index(row, column));
        const QModelIndex lower = mapToSource(index(row + 1, column));
        // In order when the lower row does not belong above the upper one.
        if (descending ? lessThan(upper, lower) : lessThan(lower, upper)) {
            sort(column, sortOrder());
            return;
        }
    }
}

void FleetProxy::setGroupByTag(bool group)
{
    if (m_groupByTag == group)
        return;
    m_groupByTag = group;
    invalidate();
}

void FleetProxy::setTagFilter(const QString& tag)
{
    if (m_tagFilter == tag)
        return;
    m_tagFilter = tag;
    invalidateFilter();
}

QString FleetProxy::groupOf(const QStringList& tags)
{
    if (tags.isEmpty())
        return {};
    return *std::min_element(tags.cbegin(), tags.cend(),
        [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
}

bool FleetProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_tagFilter.isEmpty())
        return true;
    const QStringList tags = sourceModel()->index(sourceRow, 0, sourceParent).data(FleetModel::TagsRole).toStringList();
    return tags.contains(m_tagFilter, Qt::CaseInsensitive);
}

bool FleetProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto at
        = [](const QModelIndex& index, int column, int role) { return index.sibling(index.row(), column).data(role); };
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (m_groupByTag) {
        const QString leftGroup = groupOf(left.data(FleetModel::TagsRole).toStringList());
        const QString rightGroup = groupOf(right.data(FleetModel::TagsRole).toStringList());
        if (leftGroup != rightGroup) {
            // Groups read A to Z, untagged last, whichever way the rows within them are sorted.
            bool before;
            if (leftGroup.isEmpty() || rightGroup.isEmpty())
                before = rightGroup.isEmpty();
            else
                before = leftGroup.compare(rightGroup, Qt::CaseInsensitive) < 0
                    || (leftGroup.compare(rightGroup, Qt::CaseInsensitive) == 0 && leftGroup < rightGroup);
            return ascending ? before : !before;
        }
    }
    int order = 0;
    if (left.column() == FleetModel::StatusColumn) {
        // Failing, then stale; among equals, raised alerts first, then the busiest.
        for (const int column :
            {int(FleetModel::StatusColumn), int(FleetModel::AlertsColumn), int(FleetModel::ActiveColumn),
                int(FleetModel::LongestActiveColumn), int(FleetModel::SessionsColumn)}) {
            order = compareValues(at(left, column, FleetModel::SortRole), at(right, column, FleetModel::SortRole));
            if (order != 0)
                break;
        }
    } else {
        order = left.column() == FleetModel::NameColumn || left.column() == FleetModel::TagsColumn
            ? left.data(sortRole()).toString().compare(right.data(sortRole()).toString(), Qt::CaseInsensitive)
            : compareValues(left.data(sortRole()), right.data(sortRole()));
    }
    if (order != 0)
        return order < 0;
    // Ties read by name, A to Z, in either direction; then by id, so the order is total.
    const int byName = at(left, FleetModel::NameColumn, Qt::DisplayRole)
                           .toString()
                           .compare(at(right, FleetModel::NameColumn, Qt::DisplayRole).toString(), Qt::CaseInsensitive);
    if (byName != 0)
        return ascending ? byName < 0 : byName > 0;
    const QUuid leftId = left.data(FleetModel::IdRole).toUuid();
    const QUuid rightId = right.data(FleetModel::IdRole).toUuid();
    return ascending ? leftId < rightId : rightId < leftId;
}
