// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dimensionstatmodel.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

namespace {

DimensionStat stat(
    const QString& key, qint64 total, qint64 active, const QList<qint64>& ids = {}, const QStringList& users = {})
{
    return DimensionStat {key, total, active, ids, users};
}

// A stat whose thread ids are first, first+1, ... one per session, as the server reports them.
DimensionStat statWithIds(const QString& key, qint64 total, qint64 active, qint64 firstId)
{
    QList<qint64> ids;
    for (qint64 i = 0; i < total; ++i)
        ids.append(firstId + i);
    return stat(key, total, active, ids, {key});
}

SnapshotPtr snapshot(
    Dimension dimension, const QList<DimensionStat>& stats, const QString& instance = QStringLiteral("rm-1"))
{
    return SnapshotBuilder(instance).stats(dimension, stats).build();
}

QStringList keysInModelOrder(const QAbstractItemModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(DimensionStatModel::KeyRole).toString());
    return keys;
}

} // namespace

class TestDimensionStatModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsShowTheServersCounts();
    void sortRoleIsTyped();
    void proxySortsNumerically();
    void emptyKeyShownAsNone_data();
    void emptyKeyShownAsNone();
    void picksItsDimension();
    void firstFillResetsLaterSnapshotsMerge();
    void mergeKeepsPersistentIndexes();
    void mergeOfDuplicateKeys();
    void randomMergesMatchTheSnapshot();
    void otherInstanceResets();
    void clearEmpties();
    void topKeys_data();
    void topKeys();
    void topKeysTieOrder();
    void topKeysOthersUnionDeduplicates();
    void rowOfKeyIsRightInsideSignals();

private:
    DimensionStatModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QAbstractItemModelTester* m_modelTester = nullptr;
    QAbstractItemModelTester* m_proxyTester = nullptr;
};

void TestDimensionStatModel::init()
{
    m_model = new DimensionStatModel(Dimension::User, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DimensionStatModel::SortRole);
    m_proxy->sort(DimensionStatModel::TotalColumn, Qt::DescendingOrder);
    m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestDimensionStatModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

void TestDimensionStatModel::columnsShowTheServersCounts()
{
    m_model->setSnapshot(
        snapshot(Dimension::User, {stat(QStringLiteral("app"), 12, 5, {1, 2, 3}, {QStringLiteral("app")})}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(DimensionStatModel::ColumnCount));
    const auto text = [this](int column) { return m_model->index(0, column).data().toString(); };
    QCOMPARE(text(DimensionStatModel::KeyColumn), QStringLiteral("app"));
    QCOMPARE(text(DimensionStatModel::TotalColumn), QStringLiteral("12"));
    QCOMPARE(text(DimensionStatModel::ActiveColumn), QStringLiteral("5"));
    QCOMPARE(text(DimensionStatModel::IdleColumn), QStringLiteral("7"));
    QCOMPARE(text(DimensionStatModel::UsersColumn), QStringLiteral("app"));
    QCOMPARE(m_model->index(0, DimensionStatModel::TotalColumn)
                 .data(DimensionStatModel::ThreadIdsRole)
                 .value<QList<qint64>>(),
        QList<qint64>({1, 2, 3}));
    QCOMPARE(m_model->headerData(DimensionStatModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("User"));
    QCOMPARE(m_model->headerData(DimensionStatModel::TotalColumn, Qt::Horizontal, Qt::InitialSortOrderRole)
                 .value<Qt::SortOrder>(),
        Qt::DescendingOrder);

    // Counts the server got wrong never make a negative idle bar.
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("app"), 2, 3)}));
    QCOMPARE(text(DimensionStatModel::IdleColumn), QStringLiteral("0"));
}

void TestDimensionStatModel::sortRoleIsTyped()
{
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("app"), 12, 5)}));
    const auto sortValue = [this](int column) { return m_model->index(0, column).data(DimensionStatModel::SortRole); };
    QCOMPARE(sortValue(DimensionStatModel::TotalColumn).typeId(), QMetaType::LongLong);
    QCOMPARE(sortValue(DimensionStatModel::TotalColumn).toLongLong(), 12);
    QCOMPARE(sortValue(DimensionStatModel::ActiveColumn).toLongLong(), 5);
    QCOMPARE(sortValue(DimensionStatModel::IdleColumn).typeId(), QMetaType::LongLong);
    QCOMPARE(sortValue(DimensionStatModel::IdleColumn).toLongLong(), 7);
    QCOMPARE(sortValue(DimensionStatModel::KeyColumn).toString(), QStringLiteral("app"));
}

void TestDimensionStatModel::proxySortsNumerically()
{
    // As text, "9" would sort above "100".
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("nine"), 9, 0), stat(QStringLiteral("hundred"), 100, 1),
            stat(QStringLiteral("ten"), 10, 2)}));
    QCOMPARE(keysInModelOrder(*m_proxy),
        QStringList({QStringLiteral("hundred"), QStringLiteral("ten"), QStringLiteral("nine")}));
    m_proxy->sort(DimensionStatModel::ActiveColumn, Qt::DescendingOrder);
    QCOMPARE(keysInModelOrder(*m_proxy),
        QStringList({QStringLiteral("ten"), QStringLiteral("hundred"), QStringLiteral("nine")}));
}

void TestDimensionStatModel::emptyKeyShownAsNone_data()
{
    // An int, since Dimension is not a declared metatype.
    QTest::addColumn<int>("dimensionValue");
    QTest::addColumn<QString>("key");
    QTest::addRow("NULL database") << int(Dimension::Database) << QString();
    QTest::addRow("empty database") << int(Dimension::Database) << QStringLiteral("");
    QTest::addRow("NULL client") << int(Dimension::Client) << QString();
}

void TestDimensionStatModel::emptyKeyShownAsNone()
{
    QFETCH(int, dimensionValue);
    QFETCH(QString, key);
    const auto dimension = Dimension(dimensionValue);
    DimensionStatModel model(dimension);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(dimension, {stat(key, 4, 1, {7, 8, 9, 10}), stat(QStringLiteral("shop"), 1, 0, {11})}));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex none = model.index(0, DimensionStatModel::KeyColumn);
    QCOMPARE(none.data().toString(), QStringLiteral("(none)"));
    QVERIFY(none.data(DimensionStatModel::KeyRole).toString().isEmpty());
    QCOMPARE(none.data(DimensionStatModel::ThreadIdsRole).value<QList<qint64>>(), QList<qint64>({7, 8, 9, 10}));
    QCOMPARE(model.index(1, DimensionStatModel::KeyColumn).data().toString(), QStringLiteral("shop"));
    QCOMPARE(model.rowOfKey(QString()), 0);
}

void TestDimensionStatModel::picksItsDimension()
{
    auto s = std::make_shared<SessionSnapshot>();
    s->userStats = {stat(QStringLiteral("u"), 1, 0)};
    s->clientStats = {stat(QStringLiteral("10.0.0.1"), 1, 0), stat(QStringLiteral("10.0.0.2"), 1, 0)};
    s->dbStats = {stat(QStringLiteral("a"), 1, 0), stat(QStringLiteral("b"), 1, 0), stat(QStringLiteral("c"), 1, 0)};
    DimensionStatModel clients(Dimension::Client);
    DimensionStatModel databases(Dimension::Database);
    clients.setSnapshot(s);
    databases.setSnapshot(s);
    m_model->setSnapshot(s);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(clients.rowCount(), 2);
    QCOMPARE(databases.rowCount(), 3);
    QCOMPARE(clients.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Client"));
    QCOMPARE(databases.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Database"));
}

void TestDimensionStatModel::firstFillResetsLaterSnapshotsMerge()
{
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("a"), 1, 0), stat(QStringLiteral("b"), 2, 0), stat(QStringLiteral("c"), 3, 0)}));
    QCOMPARE(resets.size(), 1);

    // b vanishes, c changes, d appears.
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("d"), 4, 4), stat(QStringLiteral("c"), 5, 0), stat(QStringLiteral("a"), 1, 0)}));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(keysInModelOrder(*m_model), QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));

    // The same figures again change nothing.
    changed.clear();
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("d"), 4, 4), stat(QStringLiteral("c"), 5, 0), stat(QStringLiteral("a"), 1, 0)}));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(resets.size(), 1);
}

void TestDimensionStatModel::mergeKeepsPersistentIndexes()
{
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("alice"), 3, 1), stat(QStringLiteral("bob"), 5, 2, {1, 2, 3, 4, 5}),
            stat(QStringLiteral("carol"), 1, 0)}));
    const QPersistentModelIndex bob = m_model->indexOfKey(QStringLiteral("bob"), DimensionStatModel::TotalColumn);
    const QPersistentModelIndex bobInProxy = m_proxy->mapFromSource(bob);
    QVERIFY(bobInProxy.isValid());
    QCOMPARE(bobInProxy.row(), 0);

    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("dave"), 9, 9), stat(QStringLiteral("bob"), 6, 2, {1, 2, 3, 4, 5, 6}),
            stat(QStringLiteral("carol"), 2, 0)}));
    QVERIFY(bob.isValid());
    QCOMPARE(bob.data(DimensionStatModel::KeyRole).toString(), QStringLiteral("bob"));
    QCOMPARE(bob.data().toString(), QStringLiteral("6"));
    QCOMPARE(bob.data(DimensionStatModel::ThreadIdsRole).value<QList<qint64>>(), QList<qint64>({1, 2, 3, 4, 5, 6}));
    QVERIFY(bobInProxy.isValid());
    QCOMPARE(bobInProxy.data(DimensionStatModel::KeyRole).toString(), QStringLiteral("bob"));
    // dave outnumbers bob now, and the proxy re-sorted around the persistent index.
    QCOMPARE(bobInProxy.row(), 1);
    QCOMPARE(keysInModelOrder(*m_proxy),
        QStringList({QStringLiteral("dave"), QStringLiteral("bob"), QStringLiteral("carol")}));
}

void TestDimensionStatModel::mergeOfDuplicateKeys()
{
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QString(), 2, 0, {1, 2}), stat(QStringLiteral(""), 3, 0, {3, 4, 5}),
            stat(QStringLiteral("x"), 1, 1, {6})}));
    QCOMPARE(m_model->rowCount(), 3);
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("x"), 1, 1, {6}), stat(QString(), 7, 0, {9})}));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(keysInModelOrder(*m_model), QStringList({QString(), QStringLiteral("x")}));
    QCOMPARE(m_model->stat(0).threadIds, QList<qint64>({9}));
}

void TestDimensionStatModel::randomMergesMatchTheSnapshot()
{
    QRandomGenerator random(20240601);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 60; ++round) {
        QList<DimensionStat> stats;
        for (int key = 0; key < 40; ++key) {
            if (random.bounded(3) == 0)
                continue;
            const qint64 total = random.bounded(1, 20);
            stats.append(stat(QStringLiteral("user%1").arg(key), total, random.bounded(total + 1)));
        }
        std::shuffle(stats.begin(), stats.end(), random);
        m_model->setSnapshot(snapshot(Dimension::User, stats));

        QCOMPARE(m_model->rowCount(), int(stats.size()));
        for (const DimensionStat& expected : std::as_const(stats)) {
            const int row = m_model->rowOfKey(expected.key);
            QVERIFY2(row >= 0, qPrintable(expected.key));
            QCOMPARE(m_model->stat(row), expected);
        }
    }
    QCOMPARE(resets.size(), 1);
}

void TestDimensionStatModel::otherInstanceResets()
{
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("a"), 1, 0)}));
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("a"), 2, 0)}, QStringLiteral("rm-2")));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(m_model->stat(0).totalCount, 2);
}

void TestDimensionStatModel::clearEmpties()
{
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("a"), 1, 0)}));
    m_model->clear();
    QCOMPARE(resets.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->snapshot());
    QCOMPARE(m_model->rowOfKey(QStringLiteral("a")), -1);
    // After a clear the next snapshot is a first fill again.
    m_model->setSnapshot(snapshot(Dimension::User, {stat(QStringLiteral("b"), 1, 0)}));
    QCOMPARE(resets.size(), 3);
    m_model->setSnapshot(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestDimensionStatModel::topKeys_data()
{
    QTest::addColumn<int>("keyCount");
    QTest::addColumn<int>("expectedTop");
    QTest::addColumn<int>("expectedOthers");
    QTest::addRow("none") << 0 << 0 << 0;
    QTest::addRow("fewer than 15") << 4 << 4 << 0;
    QTest::addRow("exactly 15") << 15 << 15 << 0;
    QTest::addRow("16: the one left over is shown, not an Others of one") << 16 << 16 << 0;
    QTest::addRow("17") << 17 << 15 << 2;
    QTest::addRow("hundreds") << 350 << 15 << 335;
}

void TestDimensionStatModel::topKeys()
{
    QFETCH(int, keyCount);
    QFETCH(int, expectedTop);
    QFETCH(int, expectedOthers);

    // Key i has i + 1 sessions with ids 1000 * (i + 1) onwards, so the largest keys are the last ones
    // and the server's order (shuffled here) has nothing to do with the ranking.
    QList<DimensionStat> stats;
    for (int i = 0; i < keyCount; ++i)
        stats.append(statWithIds(QStringLiteral("k%1").arg(i), i + 1, i % 3, 1000 * (i + 1)));
    std::shuffle(stats.begin(), stats.end(), QRandomGenerator(7));
    m_model->setSnapshot(snapshot(Dimension::User, stats));

    const DimensionStatModel::TopKeys ranking = m_model->topKeys(15);
    QCOMPARE(ranking.top.size(), expectedTop);
    QCOMPARE(ranking.othersKeyCount, expectedOthers);
    for (int i = 0; i < expectedTop; ++i) {
        const int key = keyCount - 1 - i;
        QCOMPARE(ranking.top[i].key, QStringLiteral("k%1").arg(key));
        QCOMPARE(ranking.top[i].totalCount, key + 1);
    }

    qint64 othersTotal = 0;
    qint64 othersActive = 0;
    QList<qint64> othersIds;
    for (int key = 0; key < expectedOthers; ++key) {
        othersTotal += key + 1;
        othersActive += key % 3;
        for (int j = 0; j <= key; ++j)
            othersIds.append(1000 * (key + 1) + j);
    }
    std::sort(othersIds.begin(), othersIds.end());
    QCOMPARE(ranking.others.totalCount, othersTotal);
    QCOMPARE(ranking.others.activeCount, othersActive);
    QCOMPARE(ranking.others.threadIds, othersIds);
    QCOMPARE(ranking.others.users.size(), expectedOthers);
    QVERIFY(ranking.others.key.isNull());

    // Nothing is lost or counted twice between the bars and "others".
    qint64 sum = ranking.others.totalCount;
    for (const DimensionStat& s : ranking.top)
        sum += s.totalCount;
    QCOMPARE(sum, qint64(keyCount) * (keyCount + 1) / 2);
}

void TestDimensionStatModel::topKeysTieOrder()
{
    const QList<DimensionStat> stats {stat(QStringLiteral("b"), 5, 1), stat(QStringLiteral("a"), 5, 1),
        stat(QStringLiteral("c"), 5, 4), stat(QStringLiteral("d"), 6, 0)};
    const auto ranking = DimensionStatModel::topKeys(stats, 2);
    QCOMPARE(ranking.top.size(), 2);
    QCOMPARE(ranking.top[0].key, QStringLiteral("d"));
    QCOMPARE(ranking.top[1].key, QStringLiteral("c"));
    QCOMPARE(ranking.othersKeyCount, 2);
    QCOMPARE(ranking.others.totalCount, 10);
    // Equal counts rank by key.
    const auto all = DimensionStatModel::topKeys(stats, 3);
    QCOMPARE(all.top.size(), 4);
    QCOMPARE(all.top[2].key, QStringLiteral("a"));
    QCOMPARE(all.top[3].key, QStringLiteral("b"));
    QCOMPARE(all.othersKeyCount, 0);
}

void TestDimensionStatModel::topKeysOthersUnionDeduplicates()
{
    const QList<DimensionStat> stats {stat(QStringLiteral("big"), 10, 0, {100}),
        stat(QStringLiteral("x"), 2, 1, {9, 3}, {QStringLiteral("app"), QStringLiteral("ops")}),
        stat(QStringLiteral("y"), 2, 0, {3, 1}, {QStringLiteral("ops")})};
    const auto ranking = DimensionStatModel::topKeys(stats, 1);
    QCOMPARE(ranking.others.threadIds, QList<qint64>({1, 3, 9}));
    QCOMPARE(ranking.others.users, QStringList({QStringLiteral("app"), QStringLiteral("ops")}));
    QCOMPARE(ranking.others.totalCount, 4);
    QCOMPARE(ranking.others.activeCount, 1);
}

void TestDimensionStatModel::rowOfKeyIsRightInsideSignals()
{
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("a"), 5, 1), stat(QStringLiteral("b"), 4, 1), stat(QStringLiteral("c"), 3, 1)}));
    QStringList problems;
    const auto check = [&](const char* signal) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString key = m_model->index(row, 0).data(DimensionStatModel::KeyRole).toString();
            if (m_model->rowOfKey(key) != row)
                problems.append(QStringLiteral("%1: %2 at %3").arg(QLatin1String(signal), key).arg(row));
        }
    };
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [&] { check("rowsRemoved"); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [&] { check("rowsInserted"); });
    // "a" goes, "d" comes: a removal at row 0, then an insertion.
    m_model->setSnapshot(snapshot(Dimension::User,
        {stat(QStringLiteral("b"), 4, 1), stat(QStringLiteral("c"), 3, 1), stat(QStringLiteral("d"), 2, 1)}));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    QCOMPARE(m_model->rowOfKey(QStringLiteral("a")), -1);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("d")), 2);
}

QTEST_GUILESS_MAIN(TestDimensionStatModel)

#include "tst_dimensionstatmodel.moc"
