// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/trendpoint.h"

#include <QWidget>

#include <deque>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class StaleBadge;

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
    // Runs of good fetches drawn, each its own line: 2 after one outage.
    int segmentCount() const;
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
    // The lines of the stretches before the newest, three per stretch (total, active, longest).
    QList<QLineSeries*> m_olderSegments;
    StaleBadge* m_staleBadge = nullptr;
};
