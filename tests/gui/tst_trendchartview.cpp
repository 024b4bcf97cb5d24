// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

namespace {

constexpr qint64 start = 1'700'000'000'000;

// count points, stepMs apart; point i has 10 + i sessions, i % 7 active and i * 3 s of longest query.
std::deque<TrendPoint> history(int count, qint64 stepMs)
{
    std::deque<TrendPoint> points;
    for (int i = 0; i < count; ++i)
        points.push_back(TrendPoint {start + i * stepMs, 10 + i, i % 7, i % 2, i * 3});
    return points;
}

qint64 ms(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

// Whether the shown chart has a pixel of the total line's colour (give or take antialiasing) in
// the plot area's column at `timeMs`, or within `slack` pixels of it.
bool totalLineDrawnAt(TrendChartView& view, qint64 timeMs, int slack = 0)
{
    const QColor line = view.totalSeries()->pen().color();
    const QImage image = view.chartView()->grab().toImage();
    const QRectF plot = view.chart()->plotArea();
    const QPointF scene = view.chart()->mapToPosition(QPointF(qreal(timeMs), 0), view.totalSeries());
    const int x = view.chartView()->mapFromScene(scene).x();
    const int top = view.chartView()->mapFromScene(plot.topLeft()).y();
    const int bottom = view.chartView()->mapFromScene(plot.bottomLeft()).y();
    for (int column = x - slack; column <= x + slack; ++column) {
        for (int y = top; y < bottom; ++y) {
            const QColor pixel = image.pixelColor(column, y);
            if (std::abs(pixel.red() - line.red()) + std::abs(pixel.green() - line.green())
                    + std::abs(pixel.blue() - line.blue())
                < 30)
                return true;
        }
    }
    return false;
}

} // namespace

class TestTrendChartView : public QObject
{
    Q_OBJECT

private slots:
    void layout();
    void pointsAppear();
    void axisRangeFollowsTheHistory();
    void onlyTheLastHourIsDrawn();
    void aLonePointIsVisible();
    void emptyHistoryClearsTheLines();
    void failedFetchesLeaveAGap();
    void aFlappingLinkKeepsThreeLines();
};

void TestTrendChartView::layout()
{
    TrendChartView view;
    QCOMPARE(view.chart()->series().size(), 3);
    QCOMPARE(view.chart()->legend()->alignment(), Qt::AlignBottom);
    QCOMPARE(view.chart()->animationOptions(), QChart::NoAnimation);
    QCOMPARE(view.chart()->axes(Qt::Vertical, view.maxActiveTimeSeries()).value(0), view.durationAxis());
    QCOMPARE(view.chart()->axes(Qt::Vertical, view.totalSeries()).value(0), view.countAxis());
    QCOMPARE(view.chart()->axes(Qt::Vertical, view.activeSeries()).value(0), view.countAxis());
    QCOMPARE(view.durationAxis()->alignment(), Qt::AlignRight);
    QCOMPARE(view.countAxis()->alignment(), Qt::AlignLeft);
}

void TestTrendChartView::pointsAppear()
{
    TrendChartView view;
    view.setHistory(history(30, 10'000));
    QCOMPARE(view.totalSeries()->count(), 30);
    QCOMPARE(view.activeSeries()->count(), 30);
    QCOMPARE(view.maxActiveTimeSeries()->count(), 30);
    QCOMPARE(view.totalSeries()->at(29), QPointF(qreal(start + 29 * 10'000), 39));
    QCOMPARE(view.activeSeries()->at(29), QPointF(qreal(start + 29 * 10'000), 1));
    QCOMPARE(view.maxActiveTimeSeries()->at(29), QPointF(qreal(start + 29 * 10'000), 87));
    QVERIFY(!view.totalSeries()->pointsVisible());

    // The next refresh: same series, one more point.
    QLineSeries* total = view.totalSeries();
    view.setHistory(history(31, 10'000));
    QCOMPARE(view.totalSeries(), total);
    QCOMPARE(total->count(), 31);
    QCOMPARE(view.chart()->series().size(), 3);
}

void TestTrendChartView::axisRangeFollowsTheHistory()
{
    TrendChartView view;
    view.setHistory(history(30, 10'000));
    QCOMPARE(ms(view.timeAxis()->min()), start);
    QCOMPARE(ms(view.timeAxis()->max()), start + 29 * 10'000);
    // 39 sessions at most, 87 s at most: both axes end on a round number above.
    QVERIFY(view.countAxis()->max() >= 39);
    QVERIFY(view.countAxis()->max() <= 60);
    QCOMPARE(view.countAxis()->min(), 0.0);
    QVERIFY(view.durationAxis()->max() >= 87);
    QVERIFY(view.durationAxis()->max() <= 120);

    view.setHistory(history(40, 10'000));
    QCOMPARE(ms(view.timeAxis()->max()), start + 39 * 10'000);
    QVERIFY(view.durationAxis()->max() >= 117);
}

void TestTrendChartView::onlyTheLastHourIsDrawn()
{
    TrendChartView view;
    // Two hours, one point a minute, with a spike at the start that is out of the window by now.
    auto points = history(121, 60'000);
    points.front().total = 5000;
    points.front().maxActiveTime = 9000;
    view.setHistory(points);
    const qint64 last = start + 120 * 60'000;
    QCOMPARE(ms(view.timeAxis()->max()), last);
    QCOMPARE(ms(view.timeAxis()->min()), last - TrendChartView::WindowMs);
    QCOMPARE(view.totalSeries()->count(), 61);
    QCOMPARE(view.totalSeries()->at(0).x(), qreal(last - TrendChartView::WindowMs));
    // 130 sessions and 360 s at most within the hour; the old spike does not squash the lines.
    QVERIFY(view.countAxis()->max() >= 130);
    QVERIFY(view.countAxis()->max() <= 200);
    QVERIFY(view.durationAxis()->max() >= 360);
    QVERIFY(view.durationAxis()->max() <= 500);
}

void TestTrendChartView::aLonePointIsVisible()
{
    TrendChartView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHistory(history(1, 10'000));
    QCOMPARE(view.totalSeries()->count(), 1);
    QCOMPARE(ms(view.timeAxis()->max()), start);
    QCOMPARE(ms(view.timeAxis()->min()), start - TrendChartView::MinimumSpanMs);
    // One point makes no line: it is drawn as a dot.
    QCOMPARE(view.lonePoints(), QList<qint64>({start}));
    QVERIFY(totalLineDrawnAt(view, start, 1));
}

void TestTrendChartView::emptyHistoryClearsTheLines()
{
    TrendChartView view;
    view.setHistory(history(5, 10'000));
    view.setHistory({});
    QCOMPARE(view.totalSeries()->count(), 0);
    QCOMPARE(view.activeSeries()->count(), 0);
    QCOMPARE(view.maxActiveTimeSeries()->count(), 0);
}

void TestTrendChartView::failedFetchesLeaveAGap()
{
    TrendChartView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Fetches failed before points 4, 7 and 8: four runs of good fetches, the third a lone point.
    auto points = history(12, 10'000);
    points[4].afterGap = true;
    points[7].afterGap = true;
    points[8].afterGap = true;
    view.setHistory(points);
    QCOMPARE(view.segmentCount(), 4);
    const auto at = [](int i) { return start + i * 10'000; };
    QCOMPARE(view.gaps(), (QList<std::pair<qint64, qint64>> {{at(3), at(4)}, {at(6), at(7)}, {at(7), at(8)}}));
    QCOMPARE(view.lonePoints(), QList<qint64>({at(7)}));
    // Three lines, whatever the outages; the legend names each once.
    QCOMPARE(view.chart()->series().size(), 3);
    QCOMPARE(view.totalSeries()->count(), 12);
    const auto shownMarkers = [&view] {
        QStringList labels;
        const QList<QLegendMarker*> markers = view.chart()->legend()->markers();
        for (const QLegendMarker* marker : markers) {
            if (marker->isVisible())
                labels.append(marker->label());
        }
        return labels;
    };
    QTRY_COMPARE(shownMarkers(),
        QStringList({QStringLiteral("Total sessions"), QStringLiteral("Active sessions"),
            QStringLiteral("Longest active (s)")}));
    // On the screen: the line between good fetches, none across an outage, the lone point as a dot.
    QVERIFY(totalLineDrawnAt(view, at(1) + 5'000));
    QVERIFY(totalLineDrawnAt(view, at(9) + 5'000));
    QVERIFY(!totalLineDrawnAt(view, at(3) + 5'000));
    QVERIFY(!totalLineDrawnAt(view, at(6) + 5'000));
    QVERIFY(!totalLineDrawnAt(view, at(7) + 5'000));
    QVERIFY(totalLineDrawnAt(view, at(7), 1));

    // Back to one run when the gaps have left the window.
    view.setHistory(history(10, 10'000));
    QCOMPARE(view.segmentCount(), 1);
    QVERIFY(view.gaps().isEmpty());
    QVERIFY(view.lonePoints().isEmpty());
    QVERIFY(totalLineDrawnAt(view, at(3) + 5'000));
}

void TestTrendChartView::aFlappingLinkKeepsThreeLines()
{
    // An hour of a link that fails every other fetch, one fetch every 5 s: 360 runs of one point.
    // The chart keeps its three lines and draws each run as a dot, instead of a line series per run.
    TrendChartView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHistory(history(720, 5'000));
    const qsizetype items = view.chart()->scene()->items().size();
    auto points = history(720, 5'000);
    for (size_t i = 1; i < points.size(); i += 2)
        points[i].afterGap = true;
    for (size_t i = 2; i < points.size(); i += 2)
        points[i].afterGap = true;
    view.setHistory(points);
    QCOMPARE(view.segmentCount(), 720);
    QCOMPARE(view.lonePoints().size(), 720);
    QCOMPARE(view.chart()->series().size(), 3);
    QCOMPARE(view.totalSeries()->count(), 720);
    // Nothing was added to the scene for the outages.
    QCOMPARE(view.chart()->scene()->items().size(), items);
}

QTEST_MAIN(TestTrendChartView)

#include "tst_trendchartview.moc"
