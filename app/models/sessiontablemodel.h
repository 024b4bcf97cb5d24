// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionfield.h"
#include "sessions/sessionsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

// The sessions of the current snapshot, one row each. A new snapshot is merged by SessionId —
// vanished rows removed, new rows appended, changed rows reported in coalesced ranges — so views
// and proxies keep their sort, selection, current index and scroll position across refreshes.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns are the session fields, in SessionField order; these names are for code that
    // refers to a particular column.
    enum Column
    {
        SessionIdColumn = int(SessionField::SessionId),
        UserColumn = int(SessionField::User),
        ClientColumn = int(SessionField::Client),
        UserClientAliasColumn = int(SessionField::UserClientAlias),
        DbNameColumn = int(SessionField::DbName),
        CommandColumn = int(SessionField::Command),
        TimeColumn = int(SessionField::Time),
        StateColumn = int(SessionField::State),
        TrxIdColumn = int(SessionField::TrxId),
        TrxDurationColumn = int(SessionField::TrxDuration),
        BlockedByColumn = int(SessionField::BlockedBy),
        SqlTemplateIdColumn = int(SessionField::SqlTemplateId),
        SqlTextColumn = int(SessionField::SqlText),
        ColumnCount = SessionFields::Count
    };
    Q_ENUM(Column)

    enum Role
    {
        // The typed value (numbers as qint64) for sorting and filtering.
        SortRole = Qt::UserRole + 1,
        SessionIdRole,
        ActiveRole,
        IdleInTransactionRole,
        // Appeared in the latest snapshot (not in the first fill).
        NewRole,
        // Active for longer than the long-running threshold.
        LongRunningRole,
        // The whole SQL text (the table shows one shortened line, the tooltip a few thousand characters).
        FullSqlRole,
    };
    Q_ENUM(Role)

    explicit SessionTableModel(QObject* parent = nullptr);
    ~SessionTableModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The first snapshot, or one of another instance, resets the model; every later one merges.
    void setSnapshot(const SnapshotPtr& snapshot);
    // Empties the model (another instance is about to be shown).
    void clear();
    SnapshotPtr snapshot() const { return m_snapshot; }
    // The same, without sharing it: for per-row reads.
    const SessionSnapshot* snapshotData() const { return m_snapshot.get(); }

    void setLongRunningThresholdSeconds(qint64 seconds);
    qint64 longRunningThresholdSeconds() const { return m_longRunningSeconds; }

    const Session& session(int row) const { return *m_rows.at(row); }
    // -1 when the session is not in the current snapshot. Also correct inside the model's own signals.
    int rowOfSession(qint64 sessionId) const;
    QModelIndex indexOfSession(qint64 sessionId, int column = 0) const;

    static QString columnTitle(Column column);

    // Changes whenever a row is added, removed, moved or re-pointed at another session: a cache of
    // per-row values (a proxy's sort keys) taken at one generation is valid until it changes.
    quint64 rowsGeneration() const { return m_generation; }

    // Beyond this many separate ranges of vanished rows, a merge is announced as one layout change
    // (persistent indexes of surviving rows moved, those of vanished rows invalidated) rather
    // than a rowsRemoved per range.
    static constexpr int MaxRemovalRanges = 16;

signals:
    // Sessions that were present before this merge and are gone now.
    void sessionsEnded(const QList<qint64>& sessionIds);
    // A snapshot was merged (not emitted for a reset). `asLayoutChange`: it was announced as one
    // layout change, after which proxies have already rebuilt their mapping.
    void merged(bool asLayoutChange);

private:
    friend class KeyedMerge;

    void merge(const QList<const Session*>& sessions);

    SnapshotPtr m_snapshot;
    // Into m_snapshot's sessions, which it keeps alive: a merge moves pointers, not strings.
    QList<const Session*> m_rows;
    // Rebuilt on the first lookup after rows were inserted or removed.
    mutable QHash<qint64, int> m_rowById;
    mutable bool m_rowByIdStale = false;
    QSet<qint64> m_newIds;
    qint64 m_longRunningSeconds = 60;
    quint64 m_generation = 0;
};
