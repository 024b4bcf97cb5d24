// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/trendpoint.h"

#include <QList>
#include <QWidget>

#include <deque>
#include <utility>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class StaleBadge;
class TrendGapsItem;

// The last hour of an instance: total and active sessions against the left axis, the longest running
// statement against the right one.
class TrendChartView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 WindowMs = 60 * 60 * 1000;
    // A lone first point still gets a readable time axis rather than a zero-width one.
    static constexpr qint64 MinimumSpanMs = 60 * 1000;

    explicit TrendChartView(QWidget* parent = nullptr);
    ~TrendChartView() override;

    // Draws the points of the last hour before the newest one; the monitor bounds the history, and
    // nothing here keeps more than it was given.
    void setHistory(const std::deque<TrendPoint>& history);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_chartView; }
    QLineSeries* totalSeries() const { return m_total; }
    QLineSeries* activeSeries() const { return m_active; }
    QLineSeries* maxActiveTimeSeries() const { return m_maxActiveTime; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    QValueAxis* countAxis() const { return m_countAxis; }
    QValueAxis* durationAxis() const { return m_durationAxis; }
    // Runs of good fetches drawn: 2 after one outage. Each line runs through every point of the hour;
    // where fetches failed, a band over it, from the last point before to the first one after,
    // breaks it. However often fetches fail, the chart has its three lines and one layer of bands.
    int segmentCount() const;
    // The bands, as times (ms since the epoch): from the last good point before each outage to the
    // first one after it.
    QList<std::pair<qint64, qint64>> gaps() const;
    // The points of runs of one good fetch, which have no line to show them: each is drawn as a dot.
    QList<qint64> lonePoints() const;
    // The newest point is from the last good snapshot, taken at `lastGoodMs` (0: current).
    void setStaleSince(qint64 lastGoodMs);
    bool isStaleShown() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();

    std::deque<TrendPoint> m_history;
    QChart* m_chart;
    QChartView* m_chartView;
    QLineSeries* m_total;
    QLineSeries* m_active;
    QLineSeries* m_maxActiveTime;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_countAxis;
    QValueAxis* m_durationAxis;
    TrendGapsItem* m_gaps = nullptr;
    StaleBadge* m_staleBadge = nullptr;
};
