// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

// The statistics of one dimension (users, clients or databases) of the current snapshot, one row per
// key, with the server's counts as received. Merged by key like SessionTableModel, so a sorted table
// keeps its order and selection across refreshes.
class DimensionStatModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        TotalColumn,
        ActiveColumn,
        IdleColumn,
        UsersColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The typed value (counts as qint64) for sorting.
        SortRole = Qt::UserRole + 1,
        // The key exactly as the server sent it; DisplayRole shows "(none)" for an empty one.
        KeyRole,
        // QList<qint64>: the stat's ThreadIdList, for drilling down to exactly these sessions.
        ThreadIdsRole,
    };
    Q_ENUM(Role)

    // The largest keys of a dimension and everything else summed into one entry; a single key left
    // over is listed itself rather than as "Others (1)".
    struct TopKeys
    {
        // Largest total first.
        QList<DimensionStat> top;
        // The rest: summed counts, the union of thread ids (ascending) and users; the key is null.
        DimensionStat others;
        // How many keys went into `others`; 0 when every key is in `top`.
        int othersKeyCount = 0;
    };

    explicit DimensionStatModel(Dimension dimension, QObject* parent = nullptr);
    ~DimensionStatModel() override;

    Dimension dimension() const { return m_dimension; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The first snapshot, or one of another instance, resets the model; every later one merges.
    void setSnapshot(const SnapshotPtr& snapshot);
    void clear();
    SnapshotPtr snapshot() const { return m_snapshot; }

    const DimensionStat& stat(int row) const { return m_rows.at(row); }
    // -1 when the key is not in the current snapshot.
    // -1 when absent. Also correct inside the model's own signals.
    int rowOfKey(const QString& key) const;
    QModelIndex indexOfKey(const QString& key, int column = 0) const;

    // The n largest stats by total (ties: more active first, then by key) and the rest summed.
    TopKeys topKeys(int n) const { return topKeys(m_rows, n); }
    static TopKeys topKeys(const QList<DimensionStat>& stats, int n);

    // What a key is shown as: "(none)" for an empty or NULL key.
    static QString displayKey(const QString& key);
    // Sessions that are not running a statement; never negative, even if the server's counts disagree.
    static qint64 idleCount(const DimensionStat& stat);
    static QString columnTitle(Dimension dimension, Column column);

private:
    friend class KeyedMerge;

    void merge(const QList<DimensionStat>& stats);
    void rebuildIndex() const;

    Dimension m_dimension;
    SnapshotPtr m_snapshot;
    QList<DimensionStat> m_rows;
    // Rebuilt on the first lookup after a change, so that slots connected to the model's signals
    // already see the rows as announced, while a merge does not rebuild it once per range.
    mutable QHash<QString, int> m_rowByKey;
    mutable bool m_rowByKeyStale = false;
};
