// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/snapshotdiff.h"

#include <QAbstractTableModel>

// The sessions that appeared, vanished or changed between two moments (SnapshotDiff), one row each.
// Replaced whole by setDiff(): two moments compared are a new question, not a refresh.
class SnapshotDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChangeColumn,
        SessionIdColumn,
        UserColumn,
        ClientColumn,
        DatabaseColumn,
        CommandColumn,
        TimeColumn,
        SqlColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The typed value for sorting (numbers as qint64, the kind as its enum value).
        SortRole = Qt::UserRole + 1,
        // SnapshotDiff::Kind as int.
        KindRole,
    };
    Q_ENUM(Role)

    explicit SnapshotDiffModel(QObject* parent = nullptr);

    void setDiff(const SnapshotDiff& diff);
    const SnapshotDiff& diff() const { return m_diff; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(SnapshotDiff::Kind kind);

private:
    SnapshotDiff m_diff;
};
