// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsnapshot.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

class SessionTableModel;

// Sorting and filtering of the session table. Filters combine (all must match): "active only",
// "idle in transaction only", a text filter over user, client, database, command, state and SQL
// (plain, case-insensitive, or a regular expression), exact-value chips on a column, and a
// drill-down to an exact set of thread IDs. Ties in the sort column are broken by SessionId so
// that equal rows keep a stable order across refreshes.
//
// Sorting and filtering are not dynamic: QSortFilterProxyModel re-sorts changed rows one by one,
// which is quadratic when a refresh changes every row's Time. Instead, after each merge of the
// source model and after each filter change, the whole mapping is rebuilt once (a layout change that
// keeps persistent indexes, hence selections), in O(n log n) with typed comparisons.
class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct Chip
    {
        int column = 0;
        QString value;
        bool operator==(const Chip&) const = default;
    };

    explicit SessionFilterProxy(QObject* parent = nullptr);
    ~SessionFilterProxy() override;

    void setActiveOnly(bool on);
    bool activeOnly() const { return m_activeOnly; }
    void setIdleInTransactionOnly(bool on);
    bool idleInTransactionOnly() const { return m_idleInTransactionOnly; }
    // Only sessions whose locks other sessions wait for (direct connections report lock waits).
    // System sessions (which ones is the caller's rule: replication, server daemons, a service's
    // maintenance accounts, the source's own connection) are hidden while on, except under a
    // drill-down, which shows exactly its threads.
    using SystemSessionRule = std::function<bool(const Session& session, qint64 ownSessionId)>;
    void setSystemSessionRule(SystemSessionRule rule);
    void setHideSystemSessions(bool hide);
    bool hidesSystemSessions() const { return m_hideSystem; }
    // How many sessions of the snapshot that filter hides now (0 while it is off or drilling down).
    int hiddenSystemCount() const;

    void setBlockersOnly(bool on);
    bool blockersOnly() const { return m_blockersOnly; }

    // Returns false (and keeps the previous filter) when `regex` is set and the pattern is invalid.
    bool setTextFilter(const QString& text, bool regex);
    QString textFilter() const { return m_text; }
    bool isRegexFilter() const { return m_regex; }
    QString textFilterError() const { return m_textError; }

    void addChip(const Chip& chip);
    void removeChip(const Chip& chip);
    // Removes every value filter at once (one refilter).
    void clearChips();
    QList<Chip> chips() const { return m_chips; }

    // Shows exactly these sessions and hides every other (an empty list hides all); clearDrillDown()
    // ends it.
    void setDrillDown(const QList<qint64>& threadIds);
    void clearDrillDown();
    bool hasDrillDown() const { return m_drillDownActive; }
    const QSet<qint64>& drillDownIds() const { return m_drillDown; }
    // How many of the drill-down's thread IDs are not in the source model.
    int drillDownMissingCount() const;

    void clearAllFilters();

    // The rows shown, top to bottom, as indexes into the source model's snapshot: what an export of
    // "the rows shown" writes. Empty without a snapshot.
    QList<qsizetype> shownSnapshotIndexes() const;

    void setSourceModel(QAbstractItemModel* sourceModel) override;

signals:
    // Around every filter change: rows are about to disappear and appear.
    void filtersAboutToChange();
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    void refreshSortKeys(int column) const;

    // The source as its own type, for typed access in lessThan (called n log n times per refresh).
    SessionTableModel* m_sessions = nullptr;
    bool m_activeOnly = false;
    bool m_idleInTransactionOnly = false;
    bool m_blockersOnly = false;
    bool m_hideSystem = false;
    SystemSessionRule m_isSystem;
    // hiddenSystemCount() per snapshot: counted once, not at every status update.
    mutable SnapshotPtr m_systemCountSnapshot;
    mutable int m_systemCount = 0;
    // The blocking sessions of m_blockersSnapshot, worked out once per snapshot on first use.
    mutable SnapshotPtr m_blockersSnapshot;
    mutable QSet<qint64> m_blockers;
    // The sort column's values, one per source row, side by side: a sort compares n log n pairs,
    // and reading each pair through its session would be two cache misses at 100,000 rows. Taken
    // again whenever the source's rows or the column change.
    struct SortKeys
    {
        quint64 generation = 0;
        int column = -1;
        bool valid = false;
        QList<qint64> numbers; // integer columns
        QList<QString> texts; // text columns (shared, not copied)
        QList<qint64> ids; // the tie-break: session id
        QList<bool> waiting; // blocked by another session (the Blockers filter's order)
    };
    mutable SortKeys m_sortKeys;
    QString m_text;
    bool m_regex = false;
    QString m_textError;
    QRegularExpression m_pattern;
    QList<Chip> m_chips;
    QSet<qint64> m_drillDown;
    bool m_drillDownActive = false;
};
