// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/keyedmerge.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

namespace {

struct Item
{
    int key = 0;
    int value = 0;
    bool operator==(const Item&) const = default;
};

// "1 2:5 3" is keys 1, 2 and 3, the second with value 5 (others 0).
QList<Item> items(const QString& text)
{
    QList<Item> result;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = word.split(QLatin1Char(':'));
        result.append({parts[0].toInt(), parts.size() > 1 ? parts[1].toInt() : 0});
    }
    return result;
}

QList<int> keysOf(const QList<Item>& list)
{
    QList<int> keys;
    for (const Item& item : list)
        keys.append(item.key);
    return keys;
}

// What a merge must leave: the surviving rows in their previous order, then the new ones in the
// order of the incoming list, each with its incoming value.
QList<Item> expectedRows(const QList<Item>& before, const QList<Item>& incoming)
{
    QList<Item> result;
    const QList<int> incomingKeys = keysOf(incoming);
    for (const Item& item : before) {
        const qsizetype at = incomingKeys.indexOf(item.key);
        if (at >= 0)
            result.append(incoming[at]);
    }
    const QList<int> beforeKeys = keysOf(before);
    for (const Item& item : incoming) {
        if (!beforeKeys.contains(item.key))
            result.append(item);
    }
    return result;
}

// A two-column model (key, value) that merges with KeyedMerge and, like the real models, looks rows
// up by key through an index rebuilt lazily after the rows moved.
class ItemModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const Item& item = m_rows.at(index.row());
        return index.column() == 0 ? item.key : item.value;
    }

    void reset(const QList<Item>& rows)
    {
        beginResetModel();
        m_rows = rows;
        m_rowByKeyStale = true;
        endResetModel();
    }

    KeyedMerge::Result<int> merge(const QList<Item>& incoming, int maxRemovalRanges)
    {
        struct Hooks
        {
            ItemModel& model;

            QList<int> keys(const QList<Item>& rows) const { return keysOf(rows); }
            void beforeUpdates() { ++model.m_beforeUpdatesCalls; }
            bool update(Item& current, const Item& next)
            {
                const bool changed = current.value != next.value;
                current = next;
                return changed;
            }
            void added(const Item& item) { model.m_added.append(item.key); }
            void structureChanged() { model.m_rowByKeyStale = true; }
        };
        Hooks hooks {*this};
        m_added.clear();
        m_beforeUpdatesCalls = 0;
        return KeyedMerge::merge(*this, m_rows, incoming, hooks, {maxRemovalRanges});
    }

    const QList<Item>& rows() const { return m_rows; }
    QList<int> added() const { return m_added; }
    int beforeUpdatesCalls() const { return m_beforeUpdatesCalls; }

    int rowOfKey(int key) const
    {
        if (m_rowByKeyStale) {
            m_rowByKey.clear();
            for (int row = 0; row < m_rows.size(); ++row)
                m_rowByKey.insert(m_rows[row].key, row);
            m_rowByKeyStale = false;
        }
        return m_rowByKey.value(key, -1);
    }

private:
    friend class ::KeyedMerge;

    QList<Item> m_rows;
    QList<int> m_added;
    int m_beforeUpdatesCalls = 0;
    mutable QHash<int, int> m_rowByKey;
    mutable bool m_rowByKeyStale = true;
};

QString range(int first, int last)
{
    return QStringLiteral("%1-%2").arg(first).arg(last);
}

} // namespace

class TestKeyedMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void merge_data();
    void merge();
    void persistentIndexesFollowTheirKeys_data();
    void persistentIndexesFollowTheirKeys();
    void randomizedMerges();

private:
    // Every signal of the model, in order: "remove 3-5", "insert 6-7", "change 0-2", "layout".
    QStringList m_log;
    // Lookups that disagreed with the rows inside a signal.
    QStringList m_lookupErrors;
    ItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QAbstractItemModelTester* m_modelTester = nullptr;
    QAbstractItemModelTester* m_proxyTester = nullptr;
};

void TestKeyedMerge::init()
{
    m_log.clear();
    m_lookupErrors.clear();
    m_model = new ItemModel(this);
    // A sorting proxy on top, as the application has, checked as well.
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(1, Qt::DescendingOrder);
    m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);

    const auto checkLookups = [this](const char* signal) {
        for (int row = 0; row < m_model->rows().size(); ++row) {
            if (m_model->rowOfKey(m_model->rows()[row].key) != row)
                m_lookupErrors.append(QLatin1String(signal) + QLatin1Char(' ') + QString::number(row));
        }
    };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this, checkLookups](const QModelIndex&, int first, int last) {
            m_log.append(QStringLiteral("remove ") + range(first, last));
            checkLookups("rowsAboutToBeRemoved");
        });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [checkLookups] { checkLookups("rowsRemoved"); });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this, checkLookups](const QModelIndex&, int first, int last) {
            m_log.append(QStringLiteral("insert ") + range(first, last));
            checkLookups("rowsAboutToBeInserted");
        });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [checkLookups] { checkLookups("rowsInserted"); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this, checkLookups](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            // Whole rows, always.
            if (topLeft.column() != 0 || bottomRight.column() != m_model->columnCount() - 1)
                m_log.append(QStringLiteral("partial change"));
            m_log.append(QStringLiteral("change ") + range(topLeft.row(), bottomRight.row()));
            checkLookups("dataChanged");
        });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this, checkLookups] {
        m_log.append(QStringLiteral("layout"));
        checkLookups("layoutChanged");
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_log.append(QStringLiteral("reset")); });
}

void TestKeyedMerge::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

void TestKeyedMerge::merge_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<int>("maxRemovalRanges");
    QTest::addColumn<QStringList>("signalLog");
    QTest::addColumn<QList<int>>("removed");

    const auto log = [](std::initializer_list<const char*> entries) {
        QStringList list;
        for (const char* entry : entries)
            list.append(QLatin1String(entry));
        return list;
    };

    QTest::addRow("empty to empty") << ""
                                    << "" << 3 << QStringList() << QList<int>();
    QTest::addRow("empty to n") << ""
                                << "4 2 9" << 3 << log({"insert 0-2"}) << QList<int>();
    QTest::addRow("n to empty") << "1 2 3"
                                << "" << 3 << log({"remove 0-2"}) << QList<int>({1, 2, 3});
    QTest::addRow("unchanged") << "1 2 3"
                               << "1 2 3" << 3 << QStringList() << QList<int>();
    QTest::addRow("reordered only") << "1 2 3"
                                    << "3 1 2" << 3 << QStringList() << QList<int>();
    QTest::addRow("first removed") << "1 2 3 4"
                                   << "2 3 4" << 3 << log({"remove 0-0"}) << QList<int>({1});
    QTest::addRow("last removed") << "1 2 3 4"
                                  << "1 2 3" << 3 << log({"remove 3-3"}) << QList<int>({4});
    QTest::addRow("both ends removed") << "1 2 3 4 5 6"
                                       << "3 4" << 3 << log({"remove 4-5", "remove 0-1"}) << QList<int>({5, 6, 1, 2});
    QTest::addRow("removal ranges at the limit")
        << "1 2 3 4 5 6 7"
        << "2 4 6" << 4 << log({"remove 6-6", "remove 4-4", "remove 2-2", "remove 0-0"}) << QList<int>({7, 5, 3, 1});
    QTest::addRow("removal ranges beyond the limit") << "1 2 3 4 5 6 7"
                                                     << "2 4 6" << 3 << log({"layout"}) << QList<int>({1, 3, 5, 7});
    // Four ranges with a limit of three: one layout change carries removals, changes and additions.
    QTest::addRow("scattered removals become a layout change")
        << "1 2 3 4 5 6 7 8"
        << "2 4:1 6 8 9" << 3 << log({"layout"}) << QList<int>({1, 3, 5, 7});
    QTest::addRow("no limit") << "1 2 3 4 5 6 7 8"
                              << "2 4 6 8" << -1 << log({"remove 6-6", "remove 4-4", "remove 2-2", "remove 0-0"})
                              << QList<int>({7, 5, 3, 1});
    QTest::addRow("limit zero, one range") << "1 2 3"
                                           << "1 3" << 0 << log({"layout"}) << QList<int>({2});
    QTest::addRow("changed only, coalesced")
        << "1 2 3 4 5 6"
        << "1 2:1 3:1 4 5:7 6:1" << 3 << log({"change 1-2", "change 4-5"}) << QList<int>();
    QTest::addRow("all changed") << "1 2 3"
                                 << "1:1 2:1 3:1" << 3 << log({"change 0-2"}) << QList<int>();
    QTest::addRow("mixed") << "1 2 3 4 5 6 7"
                           << "9 2:3 3:3 5 6:1 8 7" << 3
                           << log({"remove 3-3", "remove 0-0", "change 0-1", "change 3-3", "insert 5-6"})
                           << QList<int>({4, 1});
    QTest::addRow("everything replaced") << "1 2 3"
                                         << "4 5" << 3 << log({"remove 0-2", "insert 0-1"}) << QList<int>({1, 2, 3});
}

void TestKeyedMerge::merge()
{
    QFETCH(QString, before);
    QFETCH(QString, incoming);
    QFETCH(int, maxRemovalRanges);
    QFETCH(QStringList, signalLog);
    QFETCH(QList<int>, removed);

    m_model->reset(items(before));
    m_log.clear();
    const QList<Item> next = items(incoming);
    const auto result = m_model->merge(next, maxRemovalRanges);

    QCOMPARE(m_log, signalLog);
    QCOMPARE(result.removed, removed);
    QCOMPARE(result.asLayoutChange, signalLog.contains(QStringLiteral("layout")));
    QCOMPARE(m_model->rows(), expectedRows(items(before), next));
    QCOMPARE(m_model->beforeUpdatesCalls(), 1);
    QList<int> added;
    for (const int key : keysOf(next)) {
        if (!keysOf(items(before)).contains(key))
            added.append(key);
    }
    QCOMPARE(m_model->added(), added);
    QVERIFY2(m_lookupErrors.isEmpty(), qPrintable(m_lookupErrors.join(QStringLiteral(", "))));
    QCOMPARE(m_proxy->rowCount(), int(next.size()));
}

void TestKeyedMerge::persistentIndexesFollowTheirKeys_data()
{
    QTest::addColumn<int>("maxRemovalRanges");
    QTest::addRow("row signals") << -1;
    QTest::addRow("layout change") << 0;
}

void TestKeyedMerge::persistentIndexesFollowTheirKeys()
{
    QFETCH(int, maxRemovalRanges);
    m_model->reset(items(QStringLiteral("1 2 3 4 5 6")));
    QList<QPersistentModelIndex> indexes;
    for (int row = 0; row < 6; ++row)
        indexes.append(QPersistentModelIndex(m_model->index(row, row % 2)));
    const QPersistentModelIndex viaProxy(m_proxy->mapFromSource(m_model->index(4, 1)));

    m_model->merge(items(QStringLiteral("7 6 2:4 5")), maxRemovalRanges);

    QCOMPARE(keysOf(m_model->rows()), QList<int>({2, 5, 6, 7}));
    const QList<int> expectedRows {-1, 0, -1, -1, 1, 2};
    for (int i = 0; i < indexes.size(); ++i) {
        QCOMPARE(indexes[i].isValid(), expectedRows[i] >= 0);
        if (expectedRows[i] >= 0) {
            QCOMPARE(indexes[i].row(), expectedRows[i]);
            QCOMPARE(indexes[i].column(), i % 2);
        }
    }
    QVERIFY(viaProxy.isValid());
    QCOMPARE(m_proxy->mapToSource(viaProxy).row(), 1);
}

void TestKeyedMerge::randomizedMerges()
{
    QRandomGenerator random(20240607);
    QList<Item> current;
    m_model->reset(current);
    int layoutMerges = 0;
    int rowMerges = 0;
    for (int round = 0; round < 400; ++round) {
        // Keys from a small pool, so that rows vanish, return and change often; some rounds change a lot.
        const int vanishOneIn = 2 + int(random.bounded(8));
        QList<Item> next;
        for (const Item& item : std::as_const(current)) {
            if (random.bounded(vanishOneIn) == 0)
                continue;
            next.append({item.key, random.bounded(4) == 0 ? int(random.bounded(5)) : item.value});
        }
        for (int key = 0; key < 80; ++key) {
            if (random.bounded(6) == 0 && !keysOf(next).contains(key))
                next.append({key, int(random.bounded(5))});
        }
        // The incoming order must not matter.
        std::shuffle(next.begin(), next.end(), random);

        QList<QPersistentModelIndex> indexes;
        QList<int> keysBefore;
        QList<int> columnsBefore;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            columnsBefore.append(int(random.bounded(2)));
            indexes.append(QPersistentModelIndex(m_model->index(row, columnsBefore.last())));
            keysBefore.append(m_model->rows()[row].key);
        }

        m_log.clear();
        const QList<Item> expected = expectedRows(current, next);
        const auto result = m_model->merge(next, 4);
        (result.asLayoutChange ? layoutMerges : rowMerges) += 1;

        QCOMPARE(m_model->rows(), expected);
        QCOMPARE(m_proxy->rowCount(), int(expected.size()));
        QVERIFY2(m_lookupErrors.isEmpty(), qPrintable(m_lookupErrors.join(QStringLiteral(", "))));
        for (int i = 0; i < indexes.size(); ++i) {
            const bool survives = keysOf(next).contains(keysBefore[i]);
            QCOMPARE(indexes[i].isValid(), survives);
            if (survives) {
                QCOMPARE(m_model->rows()[indexes[i].row()].key, keysBefore[i]);
                QCOMPARE(indexes[i].column(), columnsBefore[i]);
            }
        }
        QList<int> removed = result.removed;
        QList<int> vanished;
        for (const int key : std::as_const(keysBefore)) {
            if (!keysOf(next).contains(key))
                vanished.append(key);
        }
        std::sort(removed.begin(), removed.end());
        std::sort(vanished.begin(), vanished.end());
        QCOMPARE(removed, vanished);

        if (!result.asLayoutChange) {
            // Exactly the rows whose value changed are reported, in maximal runs.
            QList<int> changedRows;
            int previousEnd = -2;
            for (const QString& entry : std::as_const(m_log)) {
                if (!entry.startsWith(QLatin1String("change ")))
                    continue;
                const QStringList bounds = entry.mid(7).split(QLatin1Char('-'));
                const int first = bounds[0].toInt();
                const int last = bounds[1].toInt();
                QVERIFY2(first > previousEnd + 1, qPrintable(m_log.join(QStringLiteral(", "))));
                previousEnd = last;
                for (int row = first; row <= last; ++row)
                    changedRows.append(row);
            }
            QList<int> expectedChanged;
            for (int row = 0; row < current.size(); ++row) {
                const Item& before = current[row];
                const qsizetype at = keysOf(expected).indexOf(before.key);
                if (at >= 0 && expected[at].value != before.value)
                    expectedChanged.append(int(at));
            }
            std::sort(expectedChanged.begin(), expectedChanged.end());
            QCOMPARE(changedRows, expectedChanged);
            QVERIFY(!m_log.contains(QStringLiteral("layout")));
        } else {
            QCOMPARE(m_log, QStringList({QStringLiteral("layout")}));
        }
        current = expected;
    }
    // Both ways of announcing a merge were exercised.
    QVERIFY2(layoutMerges > 10 && rowMerges > 10,
        qPrintable(QStringLiteral("%1 layout, %2 row merges").arg(layoutMerges).arg(rowMerges)));
}

QTEST_GUILESS_MAIN(TestKeyedMerge)

#include "tst_keyedmerge.moc"
