// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudinstancemodel.h"

CloudInstanceModel::CloudInstanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

CloudInstanceModel::~CloudInstanceModel() = default;

void CloudInstanceModel::setInstances(const CloudInstanceList& instances, const QSet<QString>& present)
{
    const bool hadChecked = !m_checked.isEmpty();
    beginResetModel();
    m_instances = instances;
    m_present = present;
    m_checked.clear();
    endResetModel();
    if (hadChecked)
        emit checkedCountChanged(0);
}

void CloudInstanceModel::clear()
{
    setInstances({}, {});
}

void CloudInstanceModel::markPresent(const QSet<QString>& keys)
{
    const qsizetype before = m_checked.size();
    m_present.unite(keys);
    m_checked.subtract(keys);
    if (!m_instances.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (m_checked.size() != before)
        emit checkedCountChanged(checkedCount());
}

bool CloudInstanceModel::isPresent(int row) const
{
    return m_present.contains(m_instances.at(row).key());
}

bool CloudInstanceModel::isChecked(int row) const
{
    return m_checked.contains(m_instances.at(row).key());
}

bool CloudInstanceModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_instances.size())
        return false;
    const QString key = m_instances.at(row).key();
    if (m_present.contains(key))
        return false;
    if (checked == m_checked.contains(key))
        return checked;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    const QModelIndex cell = index(row, KindColumn);
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
    return checked;
}

CloudInstanceList CloudInstanceModel::checkedInstances() const
{
    CloudInstanceList checked;
    for (const CloudInstance& instance : m_instances) {
        if (m_checked.contains(instance.key()))
            checked.append(instance);
    }
    return checked;
}

int CloudInstanceModel::presentCount() const
{
    int count = 0;
    for (const CloudInstance& instance : m_instances)
        count += m_present.contains(instance.key()) ? 1 : 0;
    return count;
}

int CloudInstanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int CloudInstanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CloudInstanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudInstance& instance = m_instances.at(index.row());
    const bool present = m_present.contains(instance.key());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KindColumn:
            return CloudInstance::kindText(instance.kind);
        case InstanceColumn:
            return instance.instanceId;
        case NodeColumn:
            return instance.nodeId;
        case RoleColumn:
            return instance.nodeRole;
        case DescriptionColumn:
            return instance.description;
        case VersionColumn:
            return instance.engineVersion;
        case StatusColumn:
            return present ? tr("Already added") : instance.status;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() != KindColumn)
            return {};
        return present || m_checked.contains(instance.key()) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return present ? tr("A profile already watches %1.").arg(instance.key()) : QVariant();
    case KeyRole:
        return instance.key();
    case PresentRole:
        return present;
    default:
        return {};
    }
}

bool CloudInstanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != KindColumn)
        return false;
    if (isPresent(index.row()))
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags CloudInstanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (isPresent(index.row()))
        return Qt::ItemIsSelectable;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == KindColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CloudInstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case InstanceColumn:
        return tr("Instance");
    case NodeColumn:
        return tr("Node");
    case RoleColumn:
        return tr("Role");
    case DescriptionColumn:
        return tr("Description");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
