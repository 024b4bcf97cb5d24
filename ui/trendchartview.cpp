// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include "chartstyle.h"

#include <algorithm>

namespace {

const QColor totalColor(0x4a, 0x55, 0x68);
const QColor maxActiveTimeColor(0xd9, 0x77, 0x06);

void setNiceRange(QValueAxis* axis, qint64 max)
{
    const qint64 step = ChartStyle::niceStep(std::max<qint64>(max, 1));
    axis->setTickInterval(qreal(step));
    // One step of headroom when the maximum sits on a tick, so its line is not hidden by the frame.
    const qint64 top = (max / step + 1) * step;
    axis->setRange(0, qreal(std::max<qint64>(step, top)));
}

QLineSeries* createSeries(const QString& name, const QColor& color, Qt::PenStyle style, QObject* parent)
{
    auto* series = new QLineSeries(parent);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

QValueAxis* createValueAxis(const QString& title, QObject* parent)
{
    auto* axis = new QValueAxis(parent);
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(1);
    axis->setRange(0, 1);
    return axis;
}

} // namespace

TrendChartView::TrendChartView(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_total(createSeries(tr("Total sessions"), totalColor, Qt::SolidLine, this))
    , m_active(createSeries(tr("Active sessions"), ChartStyle::activeColor, Qt::SolidLine, this))
    , m_maxActiveTime(createSeries(tr("Longest active (s)"), maxActiveTimeColor, Qt::DashLine, this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_countAxis(createValueAxis(tr("Sessions"), this))
    , m_durationAxis(createValueAxis(tr("Longest active (s)"), this))
{
    // A white chart glares in a dark desktop. The theme goes first: set later, it would recolour
    // the series.
    if (palette().color(QPalette::Window).lightness() < 128)
        m_chart->setTheme(QChart::ChartThemeDark);
    // Refreshes arrive every few seconds; animating each one would keep the chart moving.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(4);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(now - WindowMs), QDateTime::fromMSecsSinceEpoch(now));
    m_durationAxis->setLinePenColor(maxActiveTimeColor);
    m_durationAxis->setLabelsColor(maxActiveTimeColor);
    m_durationAxis->setTitleBrush(maxActiveTimeColor);
    // The seconds axis gets no grid of its own: two unrelated grids are unreadable.
    m_durationAxis->setGridLineVisible(false);

    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_durationAxis, Qt::AlignRight);
    for (QLineSeries* series : {m_total, m_active, m_maxActiveTime}) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(series == m_maxActiveTime ? m_durationAxis : m_countAxis);
    }

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 240);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);
}

TrendChartView::~TrendChartView() = default;

void TrendChartView::setHistory(const std::deque<TrendPoint>& history)
{
    QList<QPointF> total;
    QList<QPointF> active;
    QList<QPointF> maxActiveTime;
    qint64 first = 0;
    qint64 last = 0;
    qint64 maxCount = 0;
    qint64 maxSeconds = 0;
    if (!history.empty()) {
        last = history.back().timeMs;
        const qint64 windowStart = last - WindowMs;
        for (const TrendPoint& point : history) {
            if (point.timeMs < windowStart)
                continue;
            if (total.isEmpty())
                first = point.timeMs;
            const auto x = qreal(point.timeMs);
            total.append(QPointF(x, qreal(point.total)));
            active.append(QPointF(x, qreal(point.active)));
            maxActiveTime.append(QPointF(x, qreal(point.maxActiveTime)));
            maxCount = std::max({maxCount, point.total, point.active});
            maxSeconds = std::max(maxSeconds, point.maxActiveTime);
        }
    }

    // replace() swaps the whole point list in one go: one repaint instead of one per point.
    m_total->replace(total);
    m_active->replace(active);
    m_maxActiveTime->replace(maxActiveTime);
    // A line needs two points; until then the first one is drawn as a dot.
    const bool lonePoint = total.size() == 1;
    for (QLineSeries* series : {m_total, m_active, m_maxActiveTime})
        series->setPointsVisible(lonePoint);

    if (total.isEmpty())
        return;
    first = std::min(first, last - MinimumSpanMs);
    m_timeAxis->setFormat(last - first <= 10 * 60 * 1000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    setNiceRange(m_countAxis, maxCount);
    setNiceRange(m_durationAxis, maxSeconds);
}
