// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionchartview.h"
#include "models/dimensionstatmodel.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

namespace {

constexpr int userCount = 20;

// User u<i> has 2 * i + 4 sessions, of which i / 3 are active, with thread ids 1000 * i + 1 onwards:
// every key's counts and ids are distinct, and the largest user is the last one.
DimensionStat userStat(int i, qint64 extraActive = 0)
{
    DimensionStat stat;
    stat.key = QStringLiteral("u%1").arg(i);
    stat.totalCount = 2 * i + 4;
    stat.activeCount = i / 3 + extraActive;
    for (qint64 j = 1; j <= stat.totalCount; ++j)
        stat.threadIds.append(1000 * i + j);
    stat.users = {stat.key};
    return stat;
}

SnapshotPtr snapshotOfUsers(const QList<DimensionStat>& stats)
{
    return SnapshotBuilder(QStringLiteral("rm-1")).stats(Dimension::User, stats).build();
}

SnapshotPtr twentyUsers()
{
    QList<DimensionStat> stats;
    // The server's order is not the ranking.
    for (int i : {3, 17, 0, 9, 12, 19, 5, 1, 14, 7, 18, 2, 11, 16, 4, 10, 6, 15, 13, 8})
        stats.append(userStat(i));
    return snapshotOfUsers(stats);
}

// The five smallest users (u0..u4) make up "Others".
QList<qint64> othersIds()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(userStat(i).threadIds);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestDimensionChartView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void barsShowTheLargestKeysAndOthers();
    void fewKeysHaveNoOthersBar();
    void signalClickDrillsDownToThatBar_data();
    void signalClickDrillsDownToThatBar();
    void othersBarDrillsDownToTheUnion();
    void mouseClickOnABar();
    void tableRowActivationDrillsDown();
    void refreshUpdatesBarValues();
    void refreshKeepsTableSortAndSelection();
    void titlePerDimension();
    void keysThatLookAlikeKeepTheirOwnBars();
    void longKeysAreElidedToFit();
    void shortChartKeepsEveryBarLabelled();
    void selectedKeyIsHighlighted();
    void valueAxisLabelsDoNotRunTogether_data();
    void valueAxisLabelsDoNotRunTogether();

private:
    QVariantList takeDrillDown(QSignalSpy& spy);

    DimensionChartView* m_view = nullptr;
};

void TestDimensionChartView::init()
{
    m_view = new DimensionChartView(Dimension::User);
    m_view->resize(720, 620);
    new QAbstractItemModelTester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_view);
    new QAbstractItemModelTester(
        m_view->tableView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_view);
}

void TestDimensionChartView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

QVariantList TestDimensionChartView::takeDrillDown(QSignalSpy& spy)
{
    if (spy.size() != 1)
        return {};
    return spy.takeFirst();
}

void TestDimensionChartView::barsShowTheLargestKeysAndOthers()
{
    m_view->setSnapshot(twentyUsers());
    QVERIFY(!m_view->isTableShown());
    QCOMPARE(m_view->chart()->series().size(), 1);
    QCOMPARE(m_view->series()->barSets().size(), 2);
    QCOMPARE(m_view->activeSet()->label(), QStringLiteral("Active"));
    QCOMPARE(m_view->idleSet()->label(), QStringLiteral("Idle"));

    const QStringList categories = m_view->categoryAxis()->categories();
    QCOMPARE(categories.size(), 16);
    QCOMPARE(m_view->activeSet()->count(), 16);
    QCOMPARE(m_view->idleSet()->count(), 16);
    QCOMPARE(categories.first(), QStringLiteral("Others (5)"));
    // Largest at the top, which is the last category of a horizontal chart.
    for (int bar = 1; bar < 16; ++bar) {
        const int user = bar + 4;
        const DimensionStat stat = userStat(user);
        QCOMPARE(categories[bar], stat.key);
        QCOMPARE(m_view->activeSet()->at(bar), qreal(stat.activeCount));
        QCOMPARE(m_view->idleSet()->at(bar), qreal(stat.totalCount - stat.activeCount));
    }
    // u0..u4: 4 + 6 + 8 + 10 + 12 sessions, 0 + 0 + 0 + 1 + 1 active.
    QCOMPARE(m_view->activeSet()->at(0), 2.0);
    QCOMPARE(m_view->idleSet()->at(0), 38.0);
    // u19 has 42 sessions; the axis ends on a round number past it.
    QCOMPARE(m_view->valueAxis()->min(), 0.0);
    QVERIFY(m_view->valueAxis()->max() >= 42);
    QVERIFY(m_view->valueAxis()->max() <= 60);
}

void TestDimensionChartView::fewKeysHaveNoOthersBar()
{
    m_view->setSnapshot(snapshotOfUsers({userStat(1), userStat(2)}));
    QCOMPARE(m_view->categoryAxis()->categories(), QStringList({QStringLiteral("u1"), QStringLiteral("u2")}));
    m_view->setSnapshot(snapshotOfUsers({}));
    QCOMPARE(m_view->categoryAxis()->count(), 0);
    QCOMPARE(m_view->activeSet()->count(), 0);
}

void TestDimensionChartView::signalClickDrillsDownToThatBar_data()
{
    QTest::addColumn<int>("bar");
    QTest::addColumn<bool>("onIdlePart");
    QTest::addColumn<int>("user");
    QTest::addRow("top bar, active part") << 15 << false << 19;
    QTest::addRow("top bar, idle part") << 15 << true << 19;
    QTest::addRow("smallest named bar") << 1 << true << 5;
    QTest::addRow("middle bar") << 8 << false << 12;
}

void TestDimensionChartView::signalClickDrillsDownToThatBar()
{
    QFETCH(int, bar);
    QFETCH(bool, onIdlePart);
    QFETCH(int, user);
    m_view->setSnapshot(twentyUsers());
    QSignalSpy spy(m_view, &DimensionChartView::drillDownRequested);
    emit m_view->series()->clicked(bar, onIdlePart ? m_view->idleSet() : m_view->activeSet());
    const QVariantList args = takeDrillDown(spy);
    QCOMPARE(args.size(), 5);
    QCOMPARE(args[0].value<Dimension>(), Dimension::User);
    QCOMPARE(args[1].toString(), QStringLiteral("u%1").arg(user));
    QCOMPARE(args[2].value<QList<qint64>>(), userStat(user).threadIds);
    QCOMPARE(args[3].toString(), QStringLiteral("User u%1").arg(user));
}

void TestDimensionChartView::othersBarDrillsDownToTheUnion()
{
    m_view->setSnapshot(twentyUsers());
    QSignalSpy spy(m_view, &DimensionChartView::drillDownRequested);
    emit m_view->series()->clicked(0, m_view->idleSet());
    const QVariantList args = takeDrillDown(spy);
    QCOMPARE(args.size(), 5);
    QVERIFY(args[1].toString().isNull());
    QCOMPARE(args[2].value<QList<qint64>>(), othersIds());
    QCOMPARE(args[3].toString(), QStringLiteral("Others (5 users)"));
    QCOMPARE(args[4].toBool(), true);
}

void TestDimensionChartView::mouseClickOnABar()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setSnapshot(twentyUsers());
    QSignalSpy spy(m_view, &DimensionChartView::drillDownRequested);

    const auto clickBar = [this](int bar, qreal value) {
        QChart* chart = m_view->chart();
        const QPointF inChart = chart->mapToPosition(QPointF(value, bar), m_view->series());
        const QPoint inViewport = m_view->chartView()->mapFromScene(chart->mapToScene(inChart));
        QVERIFY(m_view->chartView()->viewport()->rect().contains(inViewport));
        QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {}, inViewport);
    };
    // The chart lays its bars out in a later event.
    QTRY_VERIFY(m_view->chart()->plotArea().height() > 200);
    QCoreApplication::processEvents();

    // The middle of u17's idle part: 38 sessions, 5 active.
    clickBar(13, 5 + 33 / 2.0);
    QTRY_COMPARE(spy.size(), 1);
    QVariantList args = spy.takeFirst();
    QCOMPARE(args[1].toString(), QStringLiteral("u17"));
    QCOMPARE(args[2].value<QList<qint64>>(), userStat(17).threadIds);

    // The middle of "Others".
    clickBar(0, 20);
    QTRY_COMPARE(spy.size(), 1);
    args = spy.takeFirst();
    QCOMPARE(args[2].value<QList<qint64>>(), othersIds());

    // Beside the bars there is nothing to drill into.
    clickBar(2, 40);
    QTest::qWait(50);
    QCOMPARE(spy.size(), 0);
}

void TestDimensionChartView::tableRowActivationDrillsDown()
{
    m_view->setSnapshot(twentyUsers());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->tableToggle()->click();
    QVERIFY(m_view->isTableShown());
    QTableView* table = m_view->tableView();
    QCOMPARE(table->model()->rowCount(), userCount);
    // Sorted by total, largest first.
    QCOMPARE(table->model()->index(0, 0).data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u19"));

    QSignalSpy spy(m_view, &DimensionChartView::drillDownRequested);
    // Keyboard: Enter on the current row.
    const QModelIndex row = table->model()->index(12, 0);
    QCOMPARE(row.data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u7"));
    table->setFocus();
    table->setCurrentIndex(row);
    QTest::keyClick(table, Qt::Key_Return);
    QVariantList args = takeDrillDown(spy);
    QCOMPARE(args.size(), 5);
    QCOMPARE(args[1].toString(), QStringLiteral("u7"));
    QCOMPARE(args[2].value<QList<qint64>>(), userStat(7).threadIds);
    QCOMPARE(args[3].toString(), QStringLiteral("User u7"));

    // Mouse: one click on a row, as on a bar.
    const QModelIndex other = table->model()->index(19, 1);
    QCOMPARE(other.data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u0"));
    table->scrollTo(other);
    QVERIFY(table->viewport()->rect().contains(table->visualRect(other).center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QCOMPARE(spy.size(), 1);
    args = takeDrillDown(spy);
    QCOMPARE(args.size(), 5);
    QCOMPARE(args[2].value<QList<qint64>>(), userStat(0).threadIds);

    m_view->showTable(false);
    QVERIFY(!m_view->tableToggle()->isChecked());
}

void TestDimensionChartView::refreshUpdatesBarValues()
{
    m_view->setSnapshot(twentyUsers());
    QAbstractBarSeries* series = m_view->series();
    QBarSet* active = m_view->activeSet();

    // u19 gets 10 more active sessions; u4 grows past u5 (14) and takes its bar, u5 joins "Others".
    QList<DimensionStat> stats;
    for (int i = 0; i < userCount; ++i)
        stats.append(userStat(i, i == 19 ? 10 : 0));
    stats[4].totalCount = 15;
    stats[4].threadIds.append({4013, 4014, 4015});
    m_view->setSnapshot(snapshotOfUsers(stats));

    // The same series and sets, new values.
    QCOMPARE(m_view->series(), series);
    QCOMPARE(m_view->activeSet(), active);
    QCOMPARE(m_view->chart()->series().size(), 1);
    QCOMPARE(active->count(), 16);
    QCOMPARE(active->at(15), 16.0);
    QCOMPARE(m_view->idleSet()->at(15), 26.0);
    const QStringList categories = m_view->categoryAxis()->categories();
    QCOMPARE(categories.first(), QStringLiteral("Others (5)"));
    QCOMPARE(categories[1], QStringLiteral("u4"));
    QCOMPARE(categories[2], QStringLiteral("u6"));
    QVERIFY(!categories.contains(QStringLiteral("u5")));
    QCOMPARE(m_view->idleSet()->at(1) + active->at(1), 15.0);
    // u0, u1, u2, u3 and u5: 4 + 6 + 8 + 10 + 14 sessions.
    QCOMPARE(m_view->idleSet()->at(0) + active->at(0), 42.0);

    QSignalSpy spy(m_view, &DimensionChartView::drillDownRequested);
    emit series->clicked(1, active);
    const QVariantList args = takeDrillDown(spy);
    QCOMPARE(args.size(), 5);
    QCOMPARE(args[2].value<QList<qint64>>(), stats[4].threadIds);
}

void TestDimensionChartView::refreshKeepsTableSortAndSelection()
{
    m_view->setSnapshot(twentyUsers());
    m_view->showTable(true);
    QTableView* table = m_view->tableView();
    table->sortByColumn(DimensionStatModel::KeyColumn, Qt::AscendingOrder);
    const QModelIndex u13 = table->model()->index(5, 0);
    QCOMPARE(u13.data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u13"));
    table->selectionModel()->setCurrentIndex(u13, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // u0 goes away, so u13 moves up a row.
    QList<DimensionStat> stats;
    for (int i = 1; i < userCount; ++i)
        stats.append(userStat(i, 1));
    m_view->setSnapshot(snapshotOfUsers(stats));

    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(DimensionStatModel::KeyColumn));
    QCOMPARE(table->model()->index(0, 0).data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u1"));
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u13"));
    QCOMPARE(table->currentIndex().data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u13"));
    QCOMPARE(table->model()->index(selected.first().row(), DimensionStatModel::ActiveColumn).data().toString(),
        QStringLiteral("5"));

    // The chart, hidden meanwhile, shows the latest snapshot when it comes back.
    m_view->showTable(false);
    QCOMPARE(m_view->activeSet()->at(15), 7.0);
}

void TestDimensionChartView::titlePerDimension()
{
    QCOMPARE(DimensionChartView::title(Dimension::User), QStringLiteral("Sessions by user"));
    QCOMPARE(DimensionChartView::title(Dimension::Client), QStringLiteral("Sessions by client"));
    QCOMPARE(DimensionChartView::title(Dimension::Database), QStringLiteral("Sessions by database"));
    DimensionChartView databases(Dimension::Database);
    QCOMPARE(databases.model()->dimension(), Dimension::Database);
    auto snapshot = std::make_shared<SessionSnapshot>();
    snapshot->dbStats = {DimensionStat {QString(), 3, 1, {1, 2, 3}, {}}};
    databases.setSnapshot(snapshot);
    QCOMPARE(databases.categoryAxis()->categories(), QStringList({QStringLiteral("(none)")}));
    QSignalSpy spy(&databases, &DimensionChartView::drillDownRequested);
    emit databases.series()->clicked(0, databases.activeSet());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Dimension>(), Dimension::Database);
    QCOMPARE(spy.at(0).at(2).value<QList<qint64>>(), QList<qint64>({1, 2, 3}));
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("Database (none)"));
}

void TestDimensionChartView::keysThatLookAlikeKeepTheirOwnBars()
{
    // A NULL client and a client literally named "(none)" read the same on the axis.
    DimensionChartView clients(Dimension::Client);
    auto snapshot = std::make_shared<SessionSnapshot>();
    snapshot->clientStats
        = {DimensionStat {QString(), 3, 1, {1, 2, 3}, {}}, DimensionStat {QStringLiteral("(none)"), 2, 0, {4, 5}, {}}};
    clients.setSnapshot(snapshot);
    QCOMPARE(clients.categoryAxis()->count(), 2);
    QCOMPARE(clients.activeSet()->count(), 2);
    QSignalSpy spy(&clients, &DimensionChartView::drillDownRequested);
    emit clients.series()->clicked(0, clients.idleSet());
    emit clients.series()->clicked(1, clients.idleSet());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(2).value<QList<qint64>>(), QList<qint64>({4, 5}));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("(none)"));
    QCOMPARE(spy.at(1).at(2).value<QList<qint64>>(), QList<qint64>({1, 2, 3}));
    QVERIFY(spy.at(1).at(1).toString().isEmpty());
}

void TestDimensionChartView::longKeysAreElidedToFit()
{
    const QString longKey = QStringLiteral("api_v1_legacy_service_account_with_a_rather_long_name_indeed");
    DimensionStat stat = userStat(3);
    stat.key = longKey;
    m_view->resize(380, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setSnapshot(snapshotOfUsers({stat, userStat(1)}));

    // Qt Charts gives the axis at most 40% of the width and lets a longer label run off the edge.
    const QString narrow = m_view->categoryAxis()->categories().last();
    QVERIFY(narrow.contains(QChar(0x2026)));
    QVERIFY(narrow.startsWith(QStringLiteral("api_")));
    QVERIFY(narrow.endsWith(QStringLiteral("indeed")));
    QVERIFY(QFontMetrics(m_view->categoryAxis()->labelsFont()).horizontalAdvance(narrow) < 380 * 2 / 5);

    m_view->resize(1200, 500);
    QTRY_COMPARE(m_view->categoryAxis()->categories().last(), longKey);

    // The drill-down always names the whole key.
    QSignalSpy spy(m_view, &DimensionChartView::drillDownRequested);
    m_view->resize(380, 500);
    QTRY_COMPARE(m_view->categoryAxis()->categories().last(), narrow);
    emit m_view->series()->clicked(1, m_view->activeSet());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).toString(), longKey);
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("User ") + longKey);
}

void TestDimensionChartView::shortChartKeepsEveryBarLabelled()
{
    // Too short for sixteen labelled rows: fewer bars, "Others" still labelled and summing the rest.
    m_view->resize(380, 240);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setSnapshot(twentyUsers());
    const QStringList categories = m_view->categoryAxis()->categories();
    QVERIFY2(categories.size() < 16 && categories.size() >= 5, qPrintable(QString::number(categories.size())));
    QVERIFY(categories.first().startsWith(QLatin1String("Others (")));
    const int others = categories.first().mid(8).chopped(1).toInt();
    QCOMPARE(others + categories.size() - 1, 20);

    // Given room again, it shows the largest fifteen.
    m_view->resize(380, 620);
    QTRY_COMPARE(m_view->categoryAxis()->categories().size(), 16);
}

void TestDimensionChartView::selectedKeyIsHighlighted()
{
    m_view->setSnapshot(twentyUsers());
    QVERIFY(m_view->selectedBars().isEmpty());
    // u17 is the fourteenth bar from the bottom ("Others" first, then u5 … u19).
    m_view->setSelectedKey(QStringLiteral("u17"));
    QCOMPARE(m_view->selectedBars(), QList<int>({13}));
    QCOMPARE(m_view->idleSet()->selectedBars(), QList<int>({13}));
    QVERIFY(m_view->activeSet()->selectedColor() != m_view->activeSet()->color());
    // The table marks the same key.
    const QModelIndexList rows = m_view->tableView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(DimensionStatModel::KeyRole).toString(), QStringLiteral("u17"));

    // It follows its key through a refresh that moves it.
    QList<DimensionStat> stats;
    for (int i = 0; i < userCount; ++i)
        stats.append(userStat(i));
    stats[17].totalCount = 100;
    m_view->setSnapshot(snapshotOfUsers(stats));
    QCOMPARE(m_view->selectedBars(), QList<int>({15}));

    // "Others" has no key of its own.
    m_view->setSelectedKey(QString(), true);
    QCOMPARE(m_view->selectedBars(), QList<int>({0}));
    m_view->setSelectedKey(std::nullopt);
    QVERIFY(m_view->selectedBars().isEmpty());
    QVERIFY(m_view->tableView()->selectionModel()->selectedRows().isEmpty());
}

void TestDimensionChartView::valueAxisLabelsDoNotRunTogether_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("sessions");
    for (const int width : {240, 360, 720})
        for (const qint64 sessions : {7LL, 420LL, 41'903LL, 100'000LL})
            QTest::addRow("%d px, %lld sessions", width, sessions) << width << sessions;
}

void TestDimensionChartView::valueAxisLabelsDoNotRunTogether()
{
    QFETCH(int, width);
    QFETCH(qint64, sessions);
    DimensionStat stat = userStat(1);
    stat.totalCount = sessions;
    stat.activeCount = sessions / 3;
    m_view->resize(width, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setSnapshot(snapshotOfUsers({stat, userStat(2)}));
    QTRY_VERIFY(m_view->chart()->plotArea().width() > 0);
    QCoreApplication::processEvents();

    QValueAxis* axis = m_view->valueAxis();
    QVERIFY(axis->max() >= qreal(sessions));
    const qreal interval = axis->tickInterval();
    const int labels = int(std::round((axis->max() - axis->min()) / interval)) + 1;
    QVERIFY(labels >= 2);
    // Each label, written out, fits in the space between two ticks with room to spare.
    const QFontMetrics metrics(axis->labelsFont());
    const qreal spacing = m_view->chart()->plotArea().width() / (labels - 1);
    const int widest = metrics.horizontalAdvance(QString::number(qint64(axis->max())));
    QVERIFY2(spacing >= widest + 8,
        qPrintable(
            QStringLiteral("%1 labels %2 px apart, the widest %3 px wide").arg(labels).arg(spacing).arg(widest)));
}

QTEST_MAIN(TestDimensionChartView)

#include "tst_dimensionchartview.moc"
