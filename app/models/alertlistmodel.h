// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrecord.h"

#include <QAbstractTableModel>
#include <QHash>

// The alerts raised and cleared, newest first: when, on which instance, which rule, the value that
// raised it, and when it was cleared ("raised" while it still is).
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        InstanceColumn,
        RuleColumn,
        ValueColumn,
        ClearedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The typed value (times as epoch ms, the value as qint64) for sorting.
        SortRole = Qt::UserRole + 1,
        // AlertRecord::id.
        AlertIdRole,
        // QList<qint64>: the breaching sessions.
        ThreadIdsRole,
        // Whether it is still raised.
        RaisedRole,
    };
    Q_ENUM(Role)

    explicit AlertListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every alert (oldest first, as AlertMonitor::alerts() holds them).
    void setAlerts(const QList<AlertRecord>& alerts);
    // Adds a new alert at the top, or updates the one with the same id in place.
    void upsert(const AlertRecord& alert);
    const AlertRecord& alert(int row) const;
    int rowOf(const QUuid& id) const;

    static QString columnTitle(Column column);
    // The rule in words with its subject: "Sessions of one user above 200 (app_rw)".
    static QString ruleText(const AlertRecord& alert);
    // When it was cleared, in words: a local time, "raised" or "not seen (no longer watched)".
    static QString clearedText(const AlertRecord& alert);

private:
    // Rows are newest first; m_alerts is oldest first.
    qsizetype indexOfRow(int row) const { return m_alerts.size() - 1 - row; }

    QList<AlertRecord> m_alerts;
    QHash<QUuid, qsizetype> m_indexOf;
};
