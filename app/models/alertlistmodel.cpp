// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlistmodel.h"

#include "alerts/alertrule.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString localTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AlertListModel::AlertListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::columnTitle(Column column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case InstanceColumn:
        return tr("Instance");
    case RuleColumn:
        return tr("Rule");
    case ValueColumn:
        return tr("Value");
    case ClearedColumn:
        return tr("Cleared at");
    case ColumnCount:
        break;
    }
    return {};
}

QString AlertListModel::ruleText(const AlertRecord& alert)
{
    const std::optional<AlertRule> rule = AlertRule::parse(alert.rule);
    const QString text = rule ? rule->text() : alert.rule;
    //: An alert's rule and what its value is of (a user, client, database or statement).
    return alert.subject.isEmpty() ? text : tr("%1 (%2)").arg(text, alert.subject.left(120));
}

QString AlertListModel::clearedText(const AlertRecord& alert)
{
    if (alert.clearedMs == 0)
        return tr("raised");
    if (alert.clearedMs == AlertRecord::NotSeenCleared)
        return tr("not seen (no longer watched)");
    return localTime(alert.clearedMs);
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord& record = alert(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return localTime(record.raisedMs);
        case InstanceColumn:
            return record.instance;
        case RuleColumn:
            return ruleText(record);
        case ValueColumn:
            return QLocale().toString(record.value);
        case ClearedColumn:
            return clearedText(record);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn || index.column() == InstanceColumn)
            return tr("%1 on %2: %3").arg(ruleText(record), record.instance, record.rule);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return record.raisedMs;
        case ValueColumn:
            return record.value;
        case ClearedColumn:
            return record.clearedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case AlertIdRole:
        return record.id;
    case ThreadIdsRole:
        return QVariant::fromValue(record.sessionIds);
    case RaisedRole:
        return record.isRaised();
    default:
        break;
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    if (role == Qt::InitialSortOrderRole && (section == TimeColumn || section == ValueColumn))
        return QVariant::fromValue(Qt::DescendingOrder);
    return {};
}

void AlertListModel::setAlerts(const QList<AlertRecord>& alerts)
{
    beginResetModel();
    m_alerts = alerts;
    m_indexOf.clear();
    for (qsizetype i = 0; i < m_alerts.size(); ++i)
        m_indexOf.insert(m_alerts.at(i).id, i);
    endResetModel();
}

void AlertListModel::upsert(const AlertRecord& record)
{
    if (const auto found = m_indexOf.constFind(record.id); found != m_indexOf.cend()) {
        m_alerts[*found] = record;
        const int row = int(m_alerts.size() - 1 - *found);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_indexOf.insert(record.id, m_alerts.size());
    m_alerts.append(record);
    endInsertRows();
}

const AlertRecord& AlertListModel::alert(int row) const
{
    return m_alerts.at(indexOfRow(row));
}

int AlertListModel::rowOf(const QUuid& id) const
{
    const auto found = m_indexOf.constFind(id);
    return found == m_indexOf.cend() ? -1 : int(m_alerts.size() - 1 - *found);
}
