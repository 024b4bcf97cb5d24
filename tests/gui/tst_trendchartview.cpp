// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchartview.h"

#include <QChart>
#include <QDateTimeAxis>
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
    view.setHistory(history(1, 10'000));
    QCOMPARE(view.totalSeries()->count(), 1);
    QVERIFY(view.totalSeries()->pointsVisible());
    QCOMPARE(ms(view.timeAxis()->max()), start);
    QCOMPARE(ms(view.timeAxis()->min()), start - TrendChartView::MinimumSpanMs);
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
    // Fetches failed before points 4 and 7: three runs of good fetches, not one line through.
    auto points = history(10, 10'000);
    points[4].afterGap = true;
    points[7].afterGap = true;
    view.setHistory(points);
    QCOMPARE(view.segmentCount(), 3);
    // The named series draw the newest run, the legend names each line once.
    QCOMPARE(view.totalSeries()->count(), 3);
    QCOMPARE(view.totalSeries()->at(0).x(), qreal(start + 7 * 10'000));
    QCOMPARE(view.chart()->series().size(), 9);
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
    // No line joins point 3 to point 4.
    for (QAbstractSeries* series : view.chart()->series()) {
        const auto* line = static_cast<QLineSeries*>(series);
        for (int i = 1; i < line->count(); ++i)
            QVERIFY(line->at(i).x() - line->at(i - 1).x() <= 10'000);
    }

    // Back to one run when the gap has left the window.
    view.setHistory(history(10, 10'000));
    QCOMPARE(view.segmentCount(), 1);
    QCOMPARE(view.chart()->series().size(), 3);
    QCOMPARE(view.totalSeries()->count(), 10);
}

QTEST_MAIN(TestTrendChartView)

#include "tst_trendchartview.moc"
