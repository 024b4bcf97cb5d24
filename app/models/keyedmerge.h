// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <algorithm>

// Refreshes a flat model in place from a new list of rows matched by key, so that views and proxies
// keep their sort, selection, current index and scroll position: vanished rows are removed in
// contiguous ranges from the bottom up (the rows above each range keep their numbers meanwhile),
// surviving rows are updated in place with one dataChanged per run of changed rows, and new rows are
// appended (a proxy puts them where its sort says). Surviving rows keep their order, not the order of
// the new list. Beyond Options::maxRemovalRanges separate ranges of vanished rows, the whole merge is
// announced as one layout change instead: every signal per range costs each view and proxy a pass
// over all rows, which at tens of thousands of rows is seconds.
//
// What differs between models comes from `hooks`, an object with these members:
//   QList<Key> keys(const QList<Row>& rows) const;
//       one key per row, unique within one list (a model whose keys may repeat numbers them).
//   void beforeUpdates();
//       vanished rows are gone and the surviving ones are about to be updated.
//   bool update(Row& current, const Row& incoming);
//       makes `current` the incoming row; returns whether the row is to be announced as changed.
//   void added(const Row& row);
//       `row` is about to be appended.
//   void structureChanged();
//       called inside every begin/end pair after rows were removed, inserted or moved, so that a
//       lookup by key (e.g. rebuilt lazily) is right for slots connected to the model's signals.
// The model declares `friend class KeyedMerge;`: the begin/end calls are protected.
class KeyedMerge
{
public:
    struct Options
    {
        // Separate ranges of vanished rows announced one by one; beyond, one layout change (persistent
        // indexes of surviving rows moved, those of vanished rows invalidated). Negative: no limit.
        int maxRemovalRanges = -1;
    };

    template<typename Key> struct Result
    {
        // Keys of the vanished rows: bottom range first (each range top-down), or top-down after a
        // layout change.
        QList<Key> removed;
        bool asLayoutChange = false;
    };

    template<typename Model, typename Row, typename Hooks>
    static auto merge(Model& model, QList<Row>& rows, const QList<Row>& incoming, Hooks& hooks, Options options = {})
    {
        using Key = typename decltype(hooks.keys(incoming))::value_type;
        Result<Key> result;

        const QList<Key> incomingKeys = hooks.keys(incoming);
        QHash<Key, qsizetype> positions;
        positions.reserve(incomingKeys.size());
        for (qsizetype i = 0; i < incomingKeys.size(); ++i)
            positions.insert(incomingKeys[i], i);

        // Where each current row is in the incoming list, -1 when it vanished.
        const QList<Key> keys = hooks.keys(rows);
        QList<qsizetype> from(keys.size(), -1);
        int removalRanges = 0;
        for (qsizetype row = 0; row < keys.size(); ++row) {
            const auto it = positions.constFind(keys[row]);
            if (it != positions.constEnd())
                from[row] = *it;
            else if (row == 0 || from[row - 1] >= 0)
                ++removalRanges;
        }

        if (options.maxRemovalRanges >= 0 && removalRanges > options.maxRemovalRanges) {
            relayout(model, rows, incoming, hooks, keys, from, result);
            return result;
        }

        // 1. Vanished rows. Going from the bottom up, `keys` and `from` stay valid above each range.
        for (qsizetype last = rows.size() - 1; last >= 0;) {
            if (from[last] >= 0) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && from[first - 1] < 0)
                --first;
            for (qsizetype row = first; row <= last; ++row)
                result.removed.append(keys[row]);
            model.beginRemoveRows({}, int(first), int(last));
            rows.remove(first, last - first + 1);
            hooks.structureChanged();
            model.endRemoveRows();
            last = first - 1;
        }
        from.removeIf([](qsizetype position) { return position < 0; });

        // 2. Surviving rows, updated in place; one dataChanged per contiguous run of changes.
        hooks.beforeUpdates();
        const int lastColumn = model.columnCount() - 1;
        QList<bool> seen(incoming.size(), false);
        qsizetype runStart = -1;
        const auto flush = [&](qsizetype end) {
            if (runStart >= 0 && lastColumn >= 0)
                emit model.dataChanged(model.index(int(runStart), 0), model.index(int(end), lastColumn));
            runStart = -1;
        };
        for (qsizetype row = 0; row < rows.size(); ++row) {
            seen[from[row]] = true;
            if (hooks.update(rows[row], incoming[from[row]])) {
                if (runStart < 0)
                    runStart = row;
            } else {
                flush(row - 1);
            }
        }
        flush(rows.size() - 1);

        // 3. New rows, appended in the order of the incoming list.
        const auto added = qsizetype(std::count(seen.cbegin(), seen.cend(), false));
        if (added > 0) {
            const auto first = int(rows.size());
            model.beginInsertRows({}, first, first + int(added) - 1);
            rows.reserve(rows.size() + added);
            for (qsizetype i = 0; i < incoming.size(); ++i) {
                if (!seen[i]) {
                    hooks.added(incoming[i]);
                    rows.append(incoming[i]);
                }
            }
            hooks.structureChanged();
            model.endInsertRows();
        }
        return result;
    }

private:
    template<typename Model, typename Row, typename Hooks, typename Key>
    static void relayout(Model& model, QList<Row>& rows, const QList<Row>& incoming, Hooks& hooks,
        const QList<Key>& keys, const QList<qsizetype>& from, Result<Key>& result)
    {
        QList<int> newRowOfOld(rows.size(), -1);
        QList<Row> merged;
        merged.reserve(incoming.size());
        QList<bool> seen(incoming.size(), false);
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (from[row] < 0) {
                result.removed.append(keys[row]);
                continue;
            }
            seen[from[row]] = true;
            newRowOfOld[row] = int(merged.size());
            merged.append(rows[row]);
        }

        emit model.layoutAboutToBeChanged();
        // Read after the signal: listeners (proxies, selection models) make their indexes persistent in it.
        const QModelIndexList before = model.persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before) {
            const int row = newRowOfOld.value(index.row(), -1);
            after.append(row < 0 ? QModelIndex() : model.createIndex(row, index.column()));
        }
        hooks.beforeUpdates();
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (from[row] >= 0)
                hooks.update(merged[newRowOfOld[row]], incoming[from[row]]);
        }
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            if (!seen[i]) {
                hooks.added(incoming[i]);
                merged.append(incoming[i]);
            }
        }
        rows = std::move(merged);
        hooks.structureChanged();
        model.changePersistentIndexList(before, after);
        emit model.layoutChanged();
        result.asLayoutChange = true;
    }
};
