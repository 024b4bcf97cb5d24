// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "models/keyedmerge.h"

#include <QSet>

namespace {

bool isNumeric(SessionTableModel::Column column)
{
    return SessionFields::spec(SessionField(column)).type == SessionFields::Type::Integer;
}

// The table is keyed by SessionId, so a session listed twice (a malformed answer) is shown once, as
// first listed. Without this the merge would append the second copy again on every refresh.
QList<const Session*> firstOfEachId(const QList<Session>& sessions)
{
    QSet<qint64> ids;
    ids.reserve(sessions.size());
    qsizetype firstDuplicate = -1;
    for (qsizetype i = 0; i < sessions.size() && firstDuplicate < 0; ++i) {
        if (ids.contains(sessions[i].sessionId))
            firstDuplicate = i;
        else
            ids.insert(sessions[i].sessionId);
    }
    QList<const Session*> unique;
    unique.reserve(sessions.size());
    const qsizetype clean = firstDuplicate < 0 ? sessions.size() : firstDuplicate;
    for (qsizetype i = 0; i < clean; ++i)
        unique.append(&sessions[i]);
    for (qsizetype i = clean + 1; i < sessions.size(); ++i) {
        if (!ids.contains(sessions[i].sessionId)) {
            ids.insert(sessions[i].sessionId);
            unique.append(&sessions[i]);
        }
    }
    return unique;
}

} // namespace

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

SessionTableModel::~SessionTableModel() = default;

// A sorting proxy asks for two indexes per comparison, millions for a large snapshot: checked here
// directly rather than through the virtual rowCount() and columnCount().
QModelIndex SessionTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::columnTitle(Column column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return SessionFields::title(SessionField(column));
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const auto column = Column(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::InitialSortOrderRole:
        // Durations and ids are most useful largest first.
        return isNumeric(column) ? Qt::DescendingOrder : Qt::AscendingOrder;
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& s = *m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::ToolTipRole: {
        // Always rich text, escaped: SQL such as "a < b AND c > d" would otherwise be taken for a tag.
        const QString text = column == SqlTextColumn ? s.sqlText.left(2000) : data(index, Qt::DisplayRole).toString();
        if (text.isEmpty())
            return {};
        return QString(QStringLiteral("<qt><p style='white-space:pre-wrap'>") + text.toHtmlEscaped()
            + QStringLiteral("</p></qt>"));
    }
    case FullSqlRole:
        return s.sqlText;
    case Qt::DisplayRole: {
        if (column == TrxDurationColumn && s.trxId.isEmpty() && s.trxDuration == 0)
            return QString();
        if (column == BlockedByColumn && s.blockedBy == 0)
            return QString();
        if (column == SqlTextColumn) {
            // One line in the table; the detail pane shows it whole.
            return QString(s.sqlText.left(500)).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        const SessionFields::Spec& field = SessionFields::spec(SessionField(column));
        if (field.type == SessionFields::Type::Integer)
            return QString::number(s.*field.integer);
        return s.*field.text;
    }
    case SortRole: {
        const SessionFields::Spec& field = SessionFields::spec(SessionField(column));
        if (field.type == SessionFields::Type::Integer)
            return s.*field.integer;
        return data(index, Qt::DisplayRole);
    }
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SessionIdRole:
        return s.sessionId;
    case ActiveRole:
        return s.isActive();
    case IdleInTransactionRole:
        return s.isIdleInTransaction();
    case NewRole:
        return m_newIds.contains(s.sessionId);
    case LongRunningRole:
        return s.isActive() && s.time >= m_longRunningSeconds;
    default:
        return {};
    }
}

void SessionTableModel::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    // The rows point into the previous snapshot until the merge has replaced them all.
    const SnapshotPtr previous = m_snapshot;
    const bool sameInstance
        = m_snapshot && m_snapshot->instanceId == snapshot->instanceId && m_snapshot->nodeId == snapshot->nodeId;
    if (!sameInstance) {
        beginResetModel();
        ++m_generation;
        m_snapshot = snapshot;
        m_rows = firstOfEachId(snapshot->sessions);
        m_newIds.clear();
        m_rowByIdStale = true;
        endResetModel();
        return;
    }
    m_snapshot = snapshot;
    merge(firstOfEachId(snapshot->sessions));
}

void SessionTableModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_snapshot.reset();
    m_rows.clear();
    m_rowById.clear();
    m_rowByIdStale = false;
    m_newIds.clear();
    endResetModel();
}

void SessionTableModel::setLongRunningThresholdSeconds(qint64 seconds)
{
    if (m_longRunningSeconds == seconds)
        return;
    m_longRunningSeconds = seconds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {LongRunningRole});
}

int SessionTableModel::rowOfSession(qint64 sessionId) const
{
    // Built lazily so that a slot connected to rowsRemoved, rowsInserted or dataChanged already
    // finds the rows as announced, while a merge does not rebuild it once per removed range.
    if (m_rowByIdStale) {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows[row]->sessionId, row);
        m_rowByIdStale = false;
    }
    return m_rowById.value(sessionId, -1);
}

QModelIndex SessionTableModel::indexOfSession(qint64 sessionId, int column) const
{
    const int row = rowOfSession(sessionId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void SessionTableModel::merge(const QList<const Session*>& sessions)
{
    struct Hooks
    {
        SessionTableModel& model;
        QSet<qint64> previousNew;

        QList<qint64> keys(const QList<const Session*>& rows) const
        {
            QList<qint64> ids;
            ids.reserve(rows.size());
            for (const Session* session : rows)
                ids.append(session->sessionId);
            return ids;
        }
        void beforeUpdates()
        {
            ++model.m_generation;
            previousNew.swap(model.m_newIds);
        }
        bool update(const Session*& current, const Session* incoming)
        {
            // A row that was new is announced once more, now that it is not.
            const bool changed = *current != *incoming || previousNew.contains(incoming->sessionId);
            // Always re-pointed: the previous snapshot is released after the merge.
            current = incoming;
            ++model.m_generation;
            return changed;
        }
        void added(const Session* session) { model.m_newIds.insert(session->sessionId); }
        void structureChanged()
        {
            ++model.m_generation;
            model.m_rowByIdStale = true;
        }
    };
    Hooks hooks {*this, {}};
    const auto result = KeyedMerge::merge(*this, m_rows, sessions, hooks, {MaxRemovalRanges});
    if (!result.removed.isEmpty())
        emit sessionsEnded(result.removed);
    emit merged(result.asLayoutChange);
}
