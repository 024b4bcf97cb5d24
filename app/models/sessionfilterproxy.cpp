// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfilterproxy.h"

#include "sessions/sessionfield.h"
#include "sessiontablemodel.h"

#include <QHash>

SessionFilterProxy::SessionFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
    setDynamicSortFilter(false);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

SessionFilterProxy::~SessionFilterProxy() = default;

void SessionFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (auto* previous = qobject_cast<SessionTableModel*>(sourceModel()))
        disconnect(previous, &SessionTableModel::merged, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    m_sessions = qobject_cast<SessionTableModel*>(model);
    if (auto* sessions = m_sessions)
        connect(sessions, &SessionTableModel::merged, this, [this](bool asLayoutChange) {
            if (!asLayoutChange)
                invalidate();
        });
}

void SessionFilterProxy::setActiveOnly(bool on)
{
    if (m_activeOnly == on)
        return;
    m_activeOnly = on;
    refilter();
}

void SessionFilterProxy::setIdleInTransactionOnly(bool on)
{
    if (m_idleInTransactionOnly == on)
        return;
    m_idleInTransactionOnly = on;
    refilter();
}

void SessionFilterProxy::setSystemSessionRule(SystemSessionRule rule)
{
    m_isSystem = std::move(rule);
    m_systemCountSnapshot.reset();
    if (m_hideSystem)
        refilter();
}

void SessionFilterProxy::setHideSystemSessions(bool hide)
{
    if (m_hideSystem == hide)
        return;
    m_hideSystem = hide;
    refilter();
}

int SessionFilterProxy::hiddenSystemCount() const
{
    if (!m_hideSystem || m_drillDownActive || !m_isSystem || !m_sessions)
        return 0;
    const SnapshotPtr snapshot = m_sessions->snapshot();
    if (snapshot != m_systemCountSnapshot) {
        m_systemCountSnapshot = snapshot;
        m_systemCount = 0;
        const qint64 own = snapshot ? snapshot->ownSessionId : 0;
        for (int row = 0; row < m_sessions->rowCount(); ++row)
            m_systemCount += m_isSystem(m_sessions->session(row), own) ? 1 : 0;
    }
    return m_systemCount;
}

void SessionFilterProxy::setBlockersOnly(bool on)
{
    if (m_blockersOnly == on)
        return;
    m_blockersOnly = on;
    if (!on) {
        m_blockersSnapshot.reset();
        m_blockers.clear();
    }
    refilter();
}

bool SessionFilterProxy::setTextFilter(const QString& text, bool regex)
{
    if (regex && !text.isEmpty()) {
        QRegularExpression pattern(text, QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid()) {
            m_textError = pattern.errorString();
            return false;
        }
        m_pattern = pattern;
    }
    m_textError.clear();
    if (m_text == text && m_regex == regex)
        return true;
    m_text = text;
    m_regex = regex;
    refilter();
    return true;
}

void SessionFilterProxy::addChip(const Chip& chip)
{
    if (m_chips.contains(chip))
        return;
    m_chips.append(chip);
    refilter();
}

void SessionFilterProxy::removeChip(const Chip& chip)
{
    if (m_chips.removeAll(chip) > 0)
        refilter();
}

void SessionFilterProxy::clearChips()
{
    if (m_chips.isEmpty())
        return;
    m_chips.clear();
    refilter();
}

void SessionFilterProxy::setDrillDown(const QList<qint64>& threadIds)
{
    QSet<qint64> ids(threadIds.cbegin(), threadIds.cend());
    if (m_drillDownActive && ids == m_drillDown)
        return;
    m_drillDown = std::move(ids);
    m_drillDownActive = true;
    refilter();
}

void SessionFilterProxy::clearDrillDown()
{
    if (!m_drillDownActive)
        return;
    m_drillDown.clear();
    m_drillDownActive = false;
    refilter();
}

int SessionFilterProxy::drillDownMissingCount() const
{
    const auto* model = qobject_cast<const SessionTableModel*>(sourceModel());
    if (!model || !m_drillDownActive)
        return 0;
    int missing = 0;
    for (const qint64 id : m_drillDown) {
        if (model->rowOfSession(id) < 0)
            ++missing;
    }
    return missing;
}

void SessionFilterProxy::clearAllFilters()
{
    m_activeOnly = false;
    m_idleInTransactionOnly = false;
    m_blockersOnly = false;
    m_text.clear();
    m_regex = false;
    m_textError.clear();
    m_chips.clear();
    m_drillDown.clear();
    m_drillDownActive = false;
    refilter();
}

QList<qsizetype> SessionFilterProxy::shownSnapshotIndexes() const
{
    const SnapshotPtr snapshot = m_sessions ? m_sessions->snapshot() : SnapshotPtr();
    if (!snapshot)
        return {};
    // The model's rows follow merges, not the snapshot's order, so a row is found by its session id.
    QHash<qint64, qsizetype> indexById;
    indexById.reserve(snapshot->sessions.size());
    for (qsizetype i = 0; i < snapshot->sessions.size(); ++i)
        indexById.insert(snapshot->sessions[i].sessionId, i);
    QList<qsizetype> indexes;
    indexes.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        const int sourceRow = mapToSource(index(row, 0)).row();
        if (const auto it = indexById.constFind(m_sessions->session(sourceRow).sessionId); it != indexById.constEnd())
            indexes.append(*it);
    }
    return indexes;
}

void SessionFilterProxy::refilter()
{
    emit filtersAboutToChange();
    // Not invalidateFilter(): without dynamic sorting it would insert the rows a filter lets back
    // in by source position, out of sort order. invalidate() rebuilds and sorts the whole mapping
    // and keeps persistent indexes (selections).
    invalidate();
    emit filtersChanged();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const SessionTableModel* model = m_sessions;
    if (!model || sourceParent.isValid())
        return true;
    const Session& s = model->session(sourceRow);
    if (m_drillDownActive && !m_drillDown.contains(s.sessionId))
        return false;
    if (m_hideSystem && !m_drillDownActive && m_isSystem) {
        const SessionSnapshot* snapshot = model->snapshotData();
        if (m_isSystem(s, snapshot ? snapshot->ownSessionId : 0))
            return false;
    }
    if (m_activeOnly && !s.isActive())
        return false;
    if (m_idleInTransactionOnly && !s.isIdleInTransaction())
        return false;
    if (m_blockersOnly) {
        if (m_blockersSnapshot != model->snapshot()) {
            m_blockersSnapshot = model->snapshot();
            m_blockers.clear();
            if (m_blockersSnapshot) {
                for (const LockWait& wait : m_blockersSnapshot->lockWaits)
                    m_blockers.insert(wait.blockingSessionId);
            }
        }
        if (!m_blockers.contains(s.sessionId))
            return false;
    }
    for (const Chip& chip : m_chips) {
        const QString value = model->index(sourceRow, chip.column).data(Qt::DisplayRole).toString();
        if (value != chip.value)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&s.user, &s.client, &s.dbName, &s.command, &s.state, &s.sqlText}) {
        if (m_regex ? m_pattern.match(*field).hasMatch() : field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool SessionFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_sessions)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (!m_sortKeys.valid || m_sortKeys.generation != m_sessions->rowsGeneration() || m_sortKeys.column != column)
        refreshSortKeys(column);
    const int a = left.row();
    const int b = right.row();
    // Under "Blockers", the roots of lock chains (blockers that wait for no one) come first in
    // either sort direction: ending one of them frees its whole chain.
    if (m_blockersOnly && m_sortKeys.waiting[a] != m_sortKeys.waiting[b]) {
        const bool aIsRoot = !m_sortKeys.waiting[a];
        return sortOrder() == Qt::DescendingOrder ? !aIsRoot : aIsRoot;
    }
    int order = 0;
    if (!m_sortKeys.numbers.isEmpty()) {
        const qint64 x = m_sortKeys.numbers[a];
        const qint64 y = m_sortKeys.numbers[b];
        order = x < y ? -1 : (x > y ? 1 : 0);
    } else if (!m_sortKeys.texts.isEmpty()) {
        order = QString::compare(m_sortKeys.texts[a], m_sortKeys.texts[b], Qt::CaseInsensitive);
    }
    if (order != 0)
        return order < 0;
    // A strict, total order: equal keys fall back to the session id.
    return m_sortKeys.ids[a] < m_sortKeys.ids[b];
}

void SessionFilterProxy::refreshSortKeys(int column) const
{
    SortKeys& keys = m_sortKeys;
    const int rows = m_sessions->rowCount();
    const bool known = column >= 0 && column < SessionFields::Count;
    const SessionFields::Spec* spec = known ? &SessionFields::spec(SessionField(column)) : nullptr;
    const bool integer = spec && spec->type == SessionFields::Type::Integer;
    const bool text = spec && spec->type == SessionFields::Type::Text;
    keys.numbers.clear();
    keys.texts.clear();
    keys.ids.resize(rows);
    keys.waiting.resize(rows);
    if (integer)
        keys.numbers.resize(rows);
    else if (text)
        keys.texts.resize(rows);
    for (int row = 0; row < rows; ++row) {
        const Session& session = m_sessions->session(row);
        keys.ids[row] = session.sessionId;
        keys.waiting[row] = session.blockedBy != 0;
        if (integer)
            keys.numbers[row] = session.*spec->integer;
        else if (text)
            keys.texts[row] = session.*spec->text;
    }
    keys.generation = m_sessions->rowsGeneration();
    keys.column = column;
    keys.valid = true;
}
