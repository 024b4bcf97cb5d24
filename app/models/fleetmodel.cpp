// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmodel.h"

#include "keyedmerge.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 120)
        return FleetModel::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return FleetModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return FleetModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

bool isFigure(int column)
{
    return column >= FleetModel::SessionsColumn && column <= FleetModel::LockWaitsColumn;
}

} // namespace

struct FleetModel::MergeHooks
{
    FleetModel& model;

    QList<QUuid> keys(const QList<Row>& rows) const
    {
        QList<QUuid> keys;
        keys.reserve(rows.size());
        for (const Row& row : rows)
            keys.append(row.id);
        return keys;
    }
    void beforeUpdates() { }
    bool update(Row& current, const Row& incoming)
    {
        if (current.name == incoming.name && current.tags == incoming.tags && current.target == incoming.target)
            return false;
        current.name = incoming.name;
        current.tags = incoming.tags;
        current.target = incoming.target;
        return true;
    }
    void added(const Row&) { }
    void structureChanged()
    {
        model.m_index.clear();
        for (int row = 0; row < model.m_rows.size(); ++row)
            model.m_index.insert(model.m_rows.at(row).id, row);
    }
};

FleetModel::FleetModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

FleetModel::~FleetModel() = default;

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

FleetModel::Status FleetModel::status(const Row& row) const
{
    if (row.error.isError())
        return Status::Failing;
    if (!row.hasFigures)
        return Status::Waiting;
    return row.stale ? Status::Stale : Status::UpToDate;
}

int FleetModel::severityRank(Status status)
{
    switch (status) {
    case Status::Failing:
        return 3;
    case Status::Stale:
        return 2;
    case Status::UpToDate:
        return 1;
    case Status::Waiting:
        break;
    }
    return 0;
}

QString FleetModel::statusText(Status status, const QString& errorCode)
{
    switch (status) {
    case Status::Waiting:
        return tr("Waiting");
    case Status::UpToDate:
        return tr("Up to date");
    case Status::Stale:
        return tr("Stale");
    case Status::Failing:
        return errorCode.isEmpty() ? tr("Failing") : tr("Failing: %1").arg(errorCode);
    }
    return {};
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const Status rowStatus = status(row);
    const bool figuresStale = rowStatus == Status::Stale || rowStatus == Status::Failing;
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return int(rowStatus);
    case ErrorCodeRole:
        return row.error.isError() ? row.error.code() : QString();
    case TrendRole:
        return QVariant::fromValue(row.trend);
    case TagsRole:
        return row.tags;
    case FiguresStaleRole:
        return figuresStale;
    case LastSuccessRole:
        return row.lastSuccessMs;
    case Qt::TextAlignmentRole:
        return isFigure(column) || column == AlertsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QString tip = row.target;
        if (row.lastSuccessMs > 0)
            tip += QLatin1Char('\n')
                + tr("Last good snapshot: %1")
                      .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.lastSuccessMs).time()));
        if (row.error.isError())
            tip += QLatin1Char('\n') + row.error.summary() + QLatin1Char('\n') + row.error.hint();
        if (!row.visibleOnlyToUser.isEmpty())
            tip += QLatin1Char('\n') + tr("Only the sessions of %1 are visible.").arg(row.visibleOnlyToUser);
        return tip;
    }
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case TagsColumn:
            return row.tags.join(QLatin1String(", "));
        case StatusColumn:
            return severityRank(rowStatus);
        case SessionsColumn:
            return row.hasFigures ? row.sessions : -1;
        case ActiveColumn:
            return row.hasFigures ? row.active : -1;
        case IdleInTransactionColumn:
            return row.hasFigures ? row.idleInTransaction : -1;
        case LongestActiveColumn:
            return row.hasFigures ? row.longestActive : -1;
        case LockWaitsColumn:
            return row.hasFigures ? row.lockWaits : -1;
        case AlertsColumn:
            return row.alerts;
        case TrendColumn:
            return row.trend.isEmpty() ? qint64(-1) : row.trend.constLast();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case TagsColumn:
            return row.tags.join(QLatin1String(", "));
        case StatusColumn:
            return statusText(rowStatus, row.error.code());
        case SessionsColumn:
            return row.hasFigures ? QLocale().toString(row.sessions) : QString();
        case ActiveColumn:
            return row.hasFigures ? QLocale().toString(row.active) : QString();
        case IdleInTransactionColumn:
            return row.hasFigures ? QLocale().toString(row.idleInTransaction) : QString();
        case LongestActiveColumn:
            return row.hasFigures ? durationText(row.longestActive) : QString();
        case LockWaitsColumn:
            return row.hasFigures && row.lockWaits >= 0 ? QLocale().toString(row.lockWaits) : QString();
        case AlertsColumn:
            return row.alerts > 0 ? QLocale().toString(row.alerts) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::InitialSortOrderRole)
        return section == NameColumn || section == TagsColumn ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (role == Qt::ToolTipRole) {
        if (section == LockWaitsColumn)
            return tr("Sessions waiting for another's lock; only a direct connection sees them.");
        if (section == TrendColumn)
            return tr("Active sessions over the last hour.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Instance");
    case TagsColumn:
        return tr("Tags");
    case StatusColumn:
        return tr("Status");
    case SessionsColumn:
        return tr("Sessions");
    case ActiveColumn:
        return tr("Active");
    case IdleInTransactionColumn:
        return tr("Idle in trx");
    case LongestActiveColumn:
        return tr("Longest active");
    case LockWaitsColumn:
        return tr("Lock waits");
    case AlertsColumn:
        return tr("Alerts");
    case TrendColumn:
        return tr("Last hour");
    default:
        break;
    }
    return {};
}

void FleetModel::setProfiles(const QList<InstanceProfile>& profiles)
{
    QList<Row> incoming;
    incoming.reserve(profiles.size());
    for (const InstanceProfile& profile : profiles) {
        Row row;
        row.id = profile.id;
        row.name = profile.displayName;
        row.target = profile.target();
        row.tags = profile.tags;
        incoming.append(row);
    }
    MergeHooks hooks {*this};
    if (m_rows.isEmpty() && !incoming.isEmpty()) {
        beginResetModel();
        m_rows = incoming;
        hooks.structureChanged();
        endResetModel();
        return;
    }
    KeyedMerge::merge(*this, m_rows, incoming, hooks);
}

void FleetModel::setCadenceMs(const QUuid& id, int cadenceMs)
{
    const int row = rowOf(id);
    if (row < 0 || cadenceMs <= 0)
        return;
    m_rows[row].cadenceMs = cadenceMs;
}

bool FleetModel::computeStale(const Row& row, qint64 nowMs) const
{
    return row.hasFigures && nowMs - row.lastSuccessMs > 2LL * row.cadenceMs;
}

void FleetModel::applySnapshot(const QUuid& id, const SessionSnapshot& snapshot, qint64 nowMs)
{
    const int index = rowOf(id);
    if (index < 0)
        return;
    Row& row = m_rows[index];
    row.hasFigures = true;
    row.sessions = snapshot.totalSessionCount;
    row.active = snapshot.activeSessionCount;
    row.idleInTransaction = snapshot.idleInTransactionCount;
    row.longestActive = snapshot.maxActiveTime;
    row.lockWaits = snapshot.lockWaitsKnown ? snapshot.lockWaits.size() : -1;
    row.visibleOnlyToUser = snapshot.visibleOnlyToUser;
    row.lastSuccessMs = nowMs;
    row.error = {};
    row.errorAtMs = 0;
    row.stale = false;
    row.trend.append(snapshot.activeSessionCount);
    row.trendTimes.push_back(nowMs);
    while (!row.trendTimes.empty() && nowMs - row.trendTimes.front() > TrendWindowMs) {
        row.trendTimes.pop_front();
        row.trend.removeFirst();
    }
    announce(index);
}

void FleetModel::applyFailure(const QUuid& id, const FetchError& error, qint64 nowMs)
{
    const int index = rowOf(id);
    if (index < 0)
        return;
    Row& row = m_rows[index];
    row.error = error;
    row.errorAtMs = nowMs;
    row.stale = computeStale(row, nowMs);
    announce(index);
}

void FleetModel::setRaisedAlerts(const QUuid& id, int count)
{
    const int index = rowOf(id);
    if (index < 0 || m_rows[index].alerts == count)
        return;
    m_rows[index].alerts = std::max(0, count);
    announce(index, AlertsColumn, AlertsColumn);
}

void FleetModel::updateStaleness(qint64 nowMs)
{
    for (int index = 0; index < m_rows.size(); ++index) {
        Row& row = m_rows[index];
        const bool stale = computeStale(row, nowMs);
        if (stale == row.stale)
            continue;
        row.stale = stale;
        announce(index);
    }
}

void FleetModel::announce(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

int FleetModel::rowOf(const QUuid& id) const
{
    return m_index.value(id, -1);
}

QUuid FleetModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

FleetModel::Status FleetModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? status(m_rows.at(row)) : Status::Waiting;
}
