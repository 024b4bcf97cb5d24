// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/snapshotdiff.h"

#include <QAbstractTableModel>

// Where the change between two moments is, for one dimension (users, clients or databases): per key,
// how many sessions appeared, vanished and changed. Replaced whole by setDiff().
class DiffCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        AppearedColumn,
        VanishedColumn,
        ChangedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The typed value (counts as int) for sorting.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit DiffCountModel(Dimension dimension, QObject* parent = nullptr);

    void setDiff(const SnapshotDiff& diff);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Dimension m_dimension;
    QList<SnapshotDiff::Count> m_counts;
};
