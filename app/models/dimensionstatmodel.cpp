// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionstatmodel.h"

#include "models/keyedmerge.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>

namespace {

// A key may occur twice in one list (the server may report a NULL and an empty key separately, and
// both read as ""), so rows are matched by the key and its occurrence number.
using RowIdentity = std::pair<QString, int>;

QList<RowIdentity> identities(const QList<DimensionStat>& stats)
{
    QHash<QString, int> seen;
    QList<RowIdentity> result;
    result.reserve(stats.size());
    for (const DimensionStat& stat : stats)
        result.append({stat.key, seen[stat.key]++});
    return result;
}

bool isNumeric(DimensionStatModel::Column column)
{
    return column == DimensionStatModel::TotalColumn || column == DimensionStatModel::ActiveColumn
        || column == DimensionStatModel::IdleColumn;
}

} // namespace

DimensionStatModel::DimensionStatModel(Dimension dimension, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
{ }

DimensionStatModel::~DimensionStatModel() = default;

int DimensionStatModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DimensionStatModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DimensionStatModel::displayKey(const QString& key)
{
    return key.isEmpty() ? tr("(none)") : key;
}

qint64 DimensionStatModel::idleCount(const DimensionStat& stat)
{
    return std::max<qint64>(0, stat.totalCount - stat.activeCount);
}

QString DimensionStatModel::columnTitle(Dimension dimension, Column column)
{
    switch (column) {
    case KeyColumn:
        switch (dimension) {
        case Dimension::User:
            return tr("User");
        case Dimension::Client:
            return tr("Client");
        case Dimension::Database:
            return tr("Database");
        }
        return {};
    case TotalColumn:
        return tr("Total");
    case ActiveColumn:
        return tr("Active");
    case IdleColumn:
        return tr("Idle");
    case UsersColumn:
        return tr("Users");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DimensionStatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const auto column = Column(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(m_dimension, column);
    case Qt::InitialSortOrderRole:
        // The busiest keys are the interesting ones.
        return isNumeric(column) ? Qt::DescendingOrder : Qt::AscendingOrder;
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DimensionStatModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DimensionStat& stat = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case KeyColumn:
            return displayKey(stat.key);
        case TotalColumn:
            return QString::number(stat.totalCount);
        case ActiveColumn:
            return QString::number(stat.activeCount);
        case IdleColumn:
            return QString::number(idleCount(stat));
        case UsersColumn:
            return stat.users.join(QStringLiteral(", "));
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case KeyColumn:
            return stat.key;
        case TotalColumn:
            return stat.totalCount;
        case ActiveColumn:
            return stat.activeCount;
        case IdleColumn:
            return idleCount(stat);
        case UsersColumn:
            return data(index, Qt::DisplayRole);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return stat.key;
    case ThreadIdsRole:
        return QVariant::fromValue(stat.threadIds);
    default:
        return {};
    }
}

void DimensionStatModel::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    const bool sameInstance
        = m_snapshot && m_snapshot->instanceId == snapshot->instanceId && m_snapshot->nodeId == snapshot->nodeId;
    m_snapshot = snapshot;
    if (!sameInstance) {
        beginResetModel();
        m_rows = snapshot->stats(m_dimension);
        rebuildIndex();
        endResetModel();
        return;
    }
    merge(snapshot->stats(m_dimension));
}

void DimensionStatModel::clear()
{
    beginResetModel();
    m_snapshot.reset();
    m_rows.clear();
    m_rowByKey.clear();
    endResetModel();
}

QModelIndex DimensionStatModel::indexOfKey(const QString& key, int column) const
{
    const int row = rowOfKey(key);
    return row < 0 ? QModelIndex() : index(row, column);
}

void DimensionStatModel::merge(const QList<DimensionStat>& stats)
{
    struct Hooks
    {
        DimensionStatModel& model;

        QList<RowIdentity> keys(const QList<DimensionStat>& rows) const { return identities(rows); }
        void beforeUpdates() { }
        bool update(DimensionStat& current, const DimensionStat& incoming)
        {
            if (current == incoming)
                return false;
            current = incoming;
            return true;
        }
        void added(const DimensionStat&) { }
        void structureChanged() { model.m_rowByKeyStale = true; }
    };
    Hooks hooks {*this};
    // No layout-change fallback: a dimension has few keys, and row signals are what its chart and
    // table have always been given.
    KeyedMerge::merge(*this, m_rows, stats, hooks);
}

int DimensionStatModel::rowOfKey(const QString& key) const
{
    if (m_rowByKeyStale)
        rebuildIndex();
    return m_rowByKey.value(key, -1);
}

void DimensionStatModel::rebuildIndex() const
{
    m_rowByKeyStale = false;
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    // Backwards, so a duplicated key finds its first row.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        m_rowByKey.insert(m_rows[row].key, row);
}

DimensionStatModel::TopKeys DimensionStatModel::topKeys(const QList<DimensionStat>& stats, int n)
{
    QList<qsizetype> order(stats.size());
    std::iota(order.begin(), order.end(), 0);
    const auto larger = [&stats](qsizetype a, qsizetype b) {
        if (DimensionStat::ranksBefore(stats[a], stats[b]))
            return true;
        if (DimensionStat::ranksBefore(stats[b], stats[a]))
            return false;
        // Duplicated keys keep the server's order, so the ranking is the same on every call.
        return a < b;
    };
    qsizetype topCount = std::clamp<qsizetype>(n, 0, stats.size());
    // "Others (1)" would hide a name behind a count in the place where the name fits: a single key
    // left over is shown as itself.
    if (n > 0 && stats.size() - topCount == 1)
        topCount = stats.size();
    std::partial_sort(order.begin(), order.begin() + topCount, order.end(), larger);

    TopKeys result;
    result.top.reserve(topCount);
    for (qsizetype i = 0; i < topCount; ++i)
        result.top.append(stats[order[i]]);

    result.othersKeyCount = int(stats.size() - topCount);
    QSet<QString> users;
    for (qsizetype i = topCount; i < stats.size(); ++i) {
        const DimensionStat& stat = stats[order[i]];
        result.others.totalCount += stat.totalCount;
        result.others.activeCount += stat.activeCount;
        result.others.threadIds.append(stat.threadIds);
        for (const QString& user : stat.users) {
            if (!users.contains(user)) {
                users.insert(user);
                result.others.users.append(user);
            }
        }
    }
    auto& ids = result.others.threadIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return result;
}
