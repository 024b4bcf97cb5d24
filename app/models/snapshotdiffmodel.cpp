// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotdiffmodel.h"

namespace {

// "before → after" where a value changed, else the value.
QString beforeAfter(const QString& before, const QString& after, bool changed)
{
    return changed ? before + QStringLiteral(" → ") + after : after;
}

} // namespace

SnapshotDiffModel::SnapshotDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SnapshotDiffModel::setDiff(const SnapshotDiff& diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

int SnapshotDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diff.changes().size());
}

int SnapshotDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotDiffModel::kindName(SnapshotDiff::Kind kind)
{
    switch (kind) {
    case SnapshotDiff::Kind::Appeared:
        return tr("Appeared");
    case SnapshotDiff::Kind::Vanished:
        return tr("Vanished");
    case SnapshotDiff::Kind::Changed:
        return tr("Changed");
    }
    return {};
}

QVariant SnapshotDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotDiff::Change& change = m_diff.changes().at(index.row());
    const Session& session = change.session();
    const bool changed = change.kind == SnapshotDiff::Kind::Changed;
    if (role == KindRole)
        return int(change.kind);
    if (role == Qt::ToolTipRole && index.column() == SqlColumn)
        return changed && (change.fields & SnapshotDiff::SqlField)
            ? tr("Before: %1\nAfter: %2").arg(change.before.sqlText, change.after.sqlText)
            : session.sqlText;
    if (role == SortRole) {
        switch (index.column()) {
        case ChangeColumn:
            return int(change.kind);
        case SessionIdColumn:
            return change.sessionId;
        case TimeColumn:
            return session.time;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const int fields = change.fields;
    switch (Column(index.column())) {
    case ChangeColumn:
        return changed ? tr("Changed: %1").arg(SnapshotDiff::fieldNames(fields)) : kindName(change.kind);
    case SessionIdColumn:
        return QString::number(change.sessionId);
    case UserColumn:
        return session.user;
    case ClientColumn:
        return session.client;
    case DatabaseColumn:
        return beforeAfter(
            change.before.dbName, change.after.dbName, changed && (fields & SnapshotDiff::DatabaseField));
    case CommandColumn: {
        QString command = beforeAfter(
            change.before.command, change.after.command, changed && (fields & SnapshotDiff::CommandField));
        const QString state
            = beforeAfter(change.before.state, change.after.state, changed && (fields & SnapshotDiff::StateField));
        return state.isEmpty() ? command : tr("%1 (%2)").arg(command, state);
    }
    case TimeColumn:
        return changed && (fields & SnapshotDiff::TimeBucketField)
            ? tr("%1 s → %2 s").arg(change.before.time).arg(change.after.time)
            : tr("%1 s").arg(session.time);
    case SqlColumn:
        return QString(session.sqlText).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(300);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SnapshotDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ChangeColumn:
        return tr("Change");
    case SessionIdColumn:
        return tr("Session");
    case UserColumn:
        return tr("User");
    case ClientColumn:
        return tr("Client");
    case DatabaseColumn:
        return tr("Database");
    case CommandColumn:
        return tr("Command (state)");
    case TimeColumn:
        return tr("Time");
    case SqlColumn:
        return tr("SQL");
    case ColumnCount:
        break;
    }
    return {};
}
