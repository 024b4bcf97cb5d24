// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcountmodel.h"

#include "dimensionstatmodel.h"

DiffCountModel::DiffCountModel(Dimension dimension, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
{ }

void DiffCountModel::setDiff(const SnapshotDiff& diff)
{
    beginResetModel();
    m_counts = diff.counts(m_dimension);
    endResetModel();
}

int DiffCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int DiffCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotDiff::Count& count = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case KeyColumn:
        return role == SortRole ? count.key : DimensionStatModel::displayKey(count.key);
    case AppearedColumn:
        return role == SortRole ? QVariant(count.appeared) : QVariant(QString::number(count.appeared));
    case VanishedColumn:
        return role == SortRole ? QVariant(count.vanished) : QVariant(QString::number(count.vanished));
    case ChangedColumn:
        return role == SortRole ? QVariant(count.changed) : QVariant(QString::number(count.changed));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DiffCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KeyColumn:
        return DimensionStatModel::columnTitle(m_dimension, DimensionStatModel::KeyColumn);
    case AppearedColumn:
        return tr("Appeared");
    case VanishedColumn:
        return tr("Vanished");
    case ChangedColumn:
        return tr("Changed");
    case ColumnCount:
        break;
    }
    return {};
}
