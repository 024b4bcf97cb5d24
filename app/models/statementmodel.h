// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"
#include "sessions/statementstat.h"

#include <QAbstractTableModel>
#include <QHash>

template<typename T> class QFutureWatcher;

// The statements of the current snapshot, one row per fingerprint (or server template id): how
// many sessions run it, for how long, as whom, where. The grouping runs on a worker thread (a
// hundred thousand sessions take a noticeable while to fingerprint), one run at a time; a snapshot
// that arrives meanwhile is grouped next, and only the newest waiting one. Each result is merged by
// key like SessionTableModel, so sort, selection and scroll position survive refreshes.
class StatementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SessionsColumn,
        ActiveColumn,
        TotalTimeColumn,
        MaxTimeColumn,
        MeanTimeColumn,
        UsersColumn,
        DatabasesColumn,
        SampleColumn,
        FingerprintColumn,
        StatementColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The typed value (numbers as qint64 or double) for sorting.
        SortRole = Qt::UserRole + 1,
        // StatementStat::key.
        KeyRole,
        // QList<qint64>: the sessions running it, for drilling down to exactly these.
        ThreadIdsRole,
        // The longest-running session's id and its whole SQL.
        SampleSessionIdRole,
        SampleSqlRole,
    };
    Q_ENUM(Role)

    explicit StatementModel(QObject* parent = nullptr);
    ~StatementModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Groups `snapshot` on a worker and shows the result when it is ready (statementsChanged).
    // A null snapshot empties the model at once and drops any grouping under way.
    void setSnapshot(const SnapshotPtr& snapshot);
    // Shows `statements`, grouped from `snapshot`, now: the first ones, or those of another
    // instance, reset the model; later ones merge.
    void setStatements(const SnapshotPtr& snapshot, const QList<StatementStat>& statements);
    void clear();
    // Whether a grouping is under way.
    bool isGrouping() const;
    // The snapshot the rows were grouped from.
    SnapshotPtr snapshot() const { return m_snapshot; }

    const StatementStat& statement(int row) const { return m_rows.at(row); }
    // -1 when absent. Also correct inside the model's own signals.
    int rowOfKey(const QString& key) const;
    QModelIndex indexOfKey(const QString& key, int column = 0) const;

    static QString columnTitle(Column column);

    static constexpr int MaxRemovalRanges = 16;

signals:
    // New rows are shown (after a reset or a merge).
    void statementsChanged();

private:
    friend class KeyedMerge;

    void startGrouping(const SnapshotPtr& snapshot);
    void merge(const QList<StatementStat>& statements);

    SnapshotPtr m_snapshot;
    QList<StatementStat> m_rows;
    mutable QHash<QString, int> m_rowByKey;
    mutable bool m_rowByKeyStale = false;

    QFutureWatcher<QList<StatementStat>>* m_watcher;
    // The snapshot being grouped, and the newest one waiting for its turn.
    SnapshotPtr m_grouping;
    SnapshotPtr m_waiting;
    // Counts clears, so that a grouping started before one is dropped.
    quint64 m_generation = 0;
    quint64 m_groupingGeneration = 0;
};
