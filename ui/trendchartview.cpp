// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include "chartstyle.h"
#include "stalebadge.h"

#include <algorithm>

namespace {

const QColor totalColor(0x4a, 0x55, 0x68);
const QColor maxActiveTimeColor(0xd9, 0x77, 0x06);

void setNiceRange(QValueAxis* axis, qint64 max, int maxTicks)
{
    const qint64 step = ChartStyle::niceStep(std::max<qint64>(max, 1), maxTicks);
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
    m_chartView->setMinimumSize(240, 150);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);
    m_staleBadge = new StaleBadge(this);
}

void TrendChartView::setStaleSince(qint64 lastGoodMs)
{
    const bool wasStale = m_staleBadge->isStale();
    m_staleBadge->setStaleSince(lastGoodMs);
    if (wasStale != (lastGoodMs > 0))
        m_chart->setOpacity(lastGoodMs > 0 ? 0.45 : 1.0);
}

bool TrendChartView::isStaleShown() const
{
    return m_staleBadge->isStale();
}

TrendChartView::~TrendChartView() = default;

void TrendChartView::setHistory(const std::deque<TrendPoint>& history)
{
    m_history = history;
    redraw();
}

void TrendChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Tick counts follow the room there is.
    if (!m_history.empty())
        redraw();
}

int TrendChartView::segmentCount() const
{
    return int(m_olderSegments.size() / 3) + (m_total->count() > 0 ? 1 : 0);
}

void TrendChartView::redraw()
{
    // One stretch of points per run of good fetches: where fetches failed, the lines break
    // instead of joining the last point before the outage to the first one after it.
    struct Stretch
    {
        QList<QPointF> total;
        QList<QPointF> active;
        QList<QPointF> maxActiveTime;
    };
    QList<Stretch> stretches;
    qint64 first = 0;
    qint64 last = 0;
    qint64 maxCount = 0;
    qint64 maxSeconds = 0;
    if (!m_history.empty()) {
        last = m_history.back().timeMs;
        const qint64 windowStart = last - WindowMs;
        for (const TrendPoint& point : m_history) {
            if (point.timeMs < windowStart)
                continue;
            if (stretches.isEmpty())
                first = point.timeMs;
            if (stretches.isEmpty() || point.afterGap)
                stretches.append(Stretch {});
            const auto x = qreal(point.timeMs);
            Stretch& stretch = stretches.last();
            stretch.total.append(QPointF(x, qreal(point.total)));
            stretch.active.append(QPointF(x, qreal(point.active)));
            stretch.maxActiveTime.append(QPointF(x, qreal(point.maxActiveTime)));
            maxCount = std::max({maxCount, point.total, point.active});
            maxSeconds = std::max(maxSeconds, point.maxActiveTime);
        }
    }

    // The newest stretch is drawn by the three named series (the legend's); older ones by copies
    // of them, without legend entries.
    const qsizetype older = std::max<qsizetype>(0, stretches.size() - 1);
    while (m_olderSegments.size() > older * 3) {
        QLineSeries* series = m_olderSegments.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
    while (m_olderSegments.size() < older * 3) {
        QLineSeries* model = QList<QLineSeries*> {m_total, m_active, m_maxActiveTime}.at(m_olderSegments.size() % 3);
        auto* series = new QLineSeries(this);
        series->setPen(model->pen());
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(model == m_maxActiveTime ? m_durationAxis : m_countAxis);
        m_olderSegments.append(series);
    }
    const auto fill = [](QLineSeries* series, const QList<QPointF>& points) {
        // replace() swaps the whole point list in one go: one repaint instead of one per point.
        series->replace(points);
        // A line needs two points; a lone one is drawn as a dot.
        series->setPointsVisible(points.size() == 1);
    };
    for (qsizetype i = 0; i < older; ++i) {
        fill(m_olderSegments[i * 3], stretches[i].total);
        fill(m_olderSegments[i * 3 + 1], stretches[i].active);
        fill(m_olderSegments[i * 3 + 2], stretches[i].maxActiveTime);
    }
    const Stretch newest = stretches.isEmpty() ? Stretch {} : stretches.last();
    fill(m_total, newest.total);
    fill(m_active, newest.active);
    fill(m_maxActiveTime, newest.maxActiveTime);
    // The legend names each line once. Its markers are made again when series come and go, so
    // they are sorted out after every change.
    const QList<QLegendMarker*> markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers)
        marker->setVisible(!m_olderSegments.contains(static_cast<QLineSeries*>(marker->series())));

    if (stretches.isEmpty())
        return;
    first = std::min(first, last - MinimumSpanMs);
    m_timeAxis->setFormat(last - first <= 10 * 60 * 1000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    // Ticks by the room there is: a short chart gets fewer rows of labels, a narrow one fewer times.
    const QFontMetrics metrics(m_countAxis->labelsFont());
    const int verticalTicks = std::min(6, ChartStyle::ticksThatFit(std::max(0, height() - 90), metrics.height()));
    setNiceRange(m_countAxis, maxCount, verticalTicks);
    setNiceRange(m_durationAxis, maxSeconds, verticalTicks);
    const int timeLabelWidth = QFontMetrics(m_timeAxis->labelsFont()).horizontalAdvance(m_timeAxis->format());
    const int axesWidth
        = 2 * (metrics.horizontalAdvance(QString::number(std::max(maxCount, maxSeconds) * 2)) + 2 * metrics.height());
    m_timeAxis->setTickCount(
        std::clamp(ChartStyle::ticksThatFit(std::max(0, width() - axesWidth), timeLabelWidth) + 1, 2, 5));
}
