// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/cloudinstance.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// An account's listing for the import dialog: one row per RDS instance or PolarDB node, each with a
// check box, except the ones a profile already watches, which show as such and cannot be ticked.
class CloudInstanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        InstanceColumn,
        NodeColumn,
        RoleColumn,
        DescriptionColumn,
        VersionColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // QString: CloudInstance::key(), the id to read a selection back by.
        KeyRole = Qt::UserRole + 1,
        // bool: a profile watches it already.
        PresentRole,
    };
    Q_ENUM(Role)

    explicit CloudInstanceModel(QObject* parent = nullptr);
    ~CloudInstanceModel() override;

    // Replaces the rows; `present` holds the keys of those already watched. Nothing is ticked.
    void setInstances(const CloudInstanceList& instances, const QSet<QString>& present);
    void clear();
    // Marks these keys as watched (after an import): they lose their tick.
    void markPresent(const QSet<QString>& keys);

    const CloudInstance& instanceAt(int row) const { return m_instances.at(row); }
    bool isPresent(int row) const;
    bool isChecked(int row) const;
    // Ticks or unticks a row; a present row stays unticked. Returns whether the row is now ticked.
    bool setChecked(int row, bool checked);
    CloudInstanceList checkedInstances() const;
    int checkedCount() const { return int(m_checked.size()); }
    int presentCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedCountChanged(int count);

private:
    CloudInstanceList m_instances;
    QSet<QString> m_present;
    QSet<QString> m_checked;
};
