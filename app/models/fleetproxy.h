// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class QTimer;

// The fleet as the overview shows it: by default the most severe first (failing, then stale, then
// the busiest by active sessions and longest active time), any column on request; optionally
// grouped by tag (rows ordered by their first tag, untagged last, the chosen order within each
// group) and narrowed to one tag.
// Figures show as they arrive, but rows move at most once per resort delay: a burst of arrivals
// re-sorts (and re-filters) once, and a pass that finds the order still right changes no layout, so
// a view repaints only the rows whose figures changed.
class FleetProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int DefaultResortDelayMs = 250;

    explicit FleetProxy(QObject* parent = nullptr);
    ~FleetProxy() override;

    void setSourceModel(QAbstractItemModel* model) override;
    // How long after a change the rows move; 0: at the next turn of the event loop.
    void setResortDelayMs(int delayMs);
    // Whether rows are due to be re-sorted or re-filtered after a change.
    bool isResortPending() const;

    void setGroupByTag(bool group);
    bool groupByTag() const { return m_groupByTag; }
    // Only rows carrying `tag`; empty: all rows.
    void setTagFilter(const QString& tag);
    QString tagFilter() const { return m_tagFilter; }
    // The group a source row falls in: its first tag in alphabetical order; empty when untagged.
    static QString groupOf(const QStringList& tags);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void resortSoon();
    // Re-filters and re-sorts when what the source says now calls for it; one layout change at most.
    void resortIfNeeded();

    bool m_groupByTag = false;
    QString m_tagFilter;
    QTimer* m_resort;
    QList<QMetaObject::Connection> m_sourceConnections;
};
