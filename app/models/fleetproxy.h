// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// The fleet as the overview shows it: by default the most severe first (failing, then stale, then
// the busiest by active sessions and longest active time), any column on request; optionally
// grouped by tag (rows ordered by their first tag, untagged last, the chosen order within each
// group) and narrowed to one tag.
class FleetProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FleetProxy(QObject* parent = nullptr);
    ~FleetProxy() override;

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
    bool m_groupByTag = false;
    QString m_tagFilter;
};
