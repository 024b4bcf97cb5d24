// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementmodel.h"

#include "models/keyedmerge.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

bool isNumeric(StatementModel::Column column)
{
    switch (column) {
    case StatementModel::SessionsColumn:
    case StatementModel::ActiveColumn:
    case StatementModel::TotalTimeColumn:
    case StatementModel::MaxTimeColumn:
    case StatementModel::MeanTimeColumn:
    case StatementModel::SampleColumn:
        return true;
    default:
        return false;
    }
}

QString oneLine(const QString& text)
{
    return QString(text.left(500)).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

StatementModel::StatementModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_watcher(new QFutureWatcher<QList<StatementStat>>(this))
{
    connect(m_watcher, &QFutureWatcher<QList<StatementStat>>::finished, this, [this] {
        const SnapshotPtr grouped = std::exchange(m_grouping, nullptr);
        const bool current = m_groupingGeneration == m_generation;
        if (m_waiting) {
            // A newer snapshot came meanwhile: this result is already out of date.
            startGrouping(std::exchange(m_waiting, nullptr));
            return;
        }
        if (current && m_watcher->future().resultCount() > 0)
            setStatements(grouped, m_watcher->result());
    });
}

StatementModel::~StatementModel() = default;

int StatementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatementModel::columnTitle(Column column)
{
    switch (column) {
    case SessionsColumn:
        return tr("Sessions");
    case ActiveColumn:
        return tr("Active");
    case TotalTimeColumn:
        return tr("Total time");
    case MaxTimeColumn:
        return tr("Longest");
    case MeanTimeColumn:
        return tr("Mean time");
    case UsersColumn:
        return tr("Users");
    case DatabasesColumn:
        return tr("Databases");
    case SampleColumn:
        return tr("Sample session");
    case FingerprintColumn:
        return tr("Fingerprint");
    case StatementColumn:
        return tr("Statement");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const auto column = Column(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole:
        switch (column) {
        case TotalTimeColumn:
            return tr("The Time of all its sessions added up, in seconds");
        case MaxTimeColumn:
            return tr("The longest Time of its sessions, in seconds");
        case SampleColumn:
            return tr("The longest-running session; its whole SQL is in the detail pane");
        case FingerprintColumn:
            return tr("A hash of the statement with its values taken out; the server's template id where it sends one");
        default:
            return {};
        }
    case Qt::InitialSortOrderRole:
        return isNumeric(column) ? Qt::DescendingOrder : Qt::AscendingOrder;
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant StatementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatementStat& stat = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SessionsColumn:
            return QString::number(stat.sessionCount);
        case ActiveColumn:
            return QString::number(stat.activeCount);
        case TotalTimeColumn:
            return QString::number(stat.totalTime);
        case MaxTimeColumn:
            return QString::number(stat.maxTime);
        case MeanTimeColumn:
            return QString::number(stat.meanTime(), 'f', 1);
        case UsersColumn:
            return stat.users.join(QStringLiteral(", "));
        case DatabasesColumn:
            return stat.databases.join(QStringLiteral(", "));
        case SampleColumn:
            return QString::number(stat.sampleSessionId);
        case FingerprintColumn:
            return stat.templateId.isEmpty() ? stat.fingerprintHex() : stat.templateId;
        case StatementColumn:
            return oneLine(stat.text);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QString text;
        if (column == StatementColumn)
            text = stat.text.left(2000);
        else if (column == FingerprintColumn)
            text = stat.templateId.isEmpty()
                ? stat.fingerprintHex()
                : tr("Template %1 (fingerprint %2)").arg(stat.templateId, stat.fingerprintHex());
        else
            text = data(index, Qt::DisplayRole).toString();
        if (text.isEmpty())
            return {};
        // Rich text, escaped: "a < ?" would otherwise be taken for a tag.
        return QString(QStringLiteral("<qt><p style='white-space:pre-wrap'>") + text.toHtmlEscaped()
            + QStringLiteral("</p></qt>"));
    }
    case SortRole:
        switch (column) {
        case SessionsColumn:
            return stat.sessionCount;
        case ActiveColumn:
            return stat.activeCount;
        case TotalTimeColumn:
            return stat.totalTime;
        case MaxTimeColumn:
            return stat.maxTime;
        case MeanTimeColumn:
            return stat.meanTime();
        case SampleColumn:
            return stat.sampleSessionId;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return stat.key;
    case ThreadIdsRole:
        return QVariant::fromValue(stat.threadIds);
    case SampleSessionIdRole:
        return stat.sampleSessionId;
    case SampleSqlRole:
        return stat.sampleSql;
    default:
        return {};
    }
}

void StatementModel::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    if (m_grouping) {
        m_waiting = snapshot;
        return;
    }
    startGrouping(snapshot);
}

bool StatementModel::isGrouping() const
{
    return m_grouping != nullptr;
}

void StatementModel::startGrouping(const SnapshotPtr& snapshot)
{
    m_grouping = snapshot;
    m_groupingGeneration = m_generation;
    m_watcher->setFuture(QtConcurrent::run([snapshot] { return StatementStat::group(*snapshot); }));
}

void StatementModel::setStatements(const SnapshotPtr& snapshot, const QList<StatementStat>& statements)
{
    if (!snapshot) {
        clear();
        return;
    }
    const bool sameInstance
        = m_snapshot && m_snapshot->instanceId == snapshot->instanceId && m_snapshot->nodeId == snapshot->nodeId;
    m_snapshot = snapshot;
    if (!sameInstance) {
        beginResetModel();
        m_rows = statements;
        m_rowByKeyStale = true;
        endResetModel();
    } else {
        merge(statements);
    }
    emit statementsChanged();
}

void StatementModel::clear()
{
    ++m_generation;
    m_waiting.reset();
    beginResetModel();
    m_snapshot.reset();
    m_rows.clear();
    m_rowByKey.clear();
    m_rowByKeyStale = false;
    endResetModel();
    emit statementsChanged();
}

void StatementModel::merge(const QList<StatementStat>& statements)
{
    struct Hooks
    {
        StatementModel& model;

        QList<QString> keys(const QList<StatementStat>& rows) const
        {
            QList<QString> keys;
            keys.reserve(rows.size());
            for (const StatementStat& stat : rows)
                keys.append(stat.key);
            return keys;
        }
        void beforeUpdates() { }
        bool update(StatementStat& current, const StatementStat& incoming)
        {
            if (current == incoming)
                return false;
            current = incoming;
            return true;
        }
        void added(const StatementStat&) { }
        void structureChanged() { model.m_rowByKeyStale = true; }
    };
    Hooks hooks {*this};
    KeyedMerge::merge(*this, m_rows, statements, hooks, {MaxRemovalRanges});
}

int StatementModel::rowOfKey(const QString& key) const
{
    if (m_rowByKeyStale) {
        m_rowByKey.clear();
        m_rowByKey.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(m_rows[row].key, row);
        m_rowByKeyStale = false;
    }
    return m_rowByKey.value(key, -1);
}

QModelIndex StatementModel::indexOfKey(const QString& key, int column) const
{
    const int row = rowOfKey(key);
    return row < 0 ? QModelIndex() : index(row, column);
}
