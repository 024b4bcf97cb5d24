// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
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

// Over the lines, inside the plot area: where fetches failed, the chart's background and a faint red
// hatch from the last good point before to the first one after, so that an outage reads as a break
// rather than as a straight line between two snapshots. A run of one good fetch between two failures
// would keep nothing of its lines; its values are drawn as dots.
class TrendGapsItem : public QGraphicsItem
{
public:
    TrendGapsItem(QChart* chart, QList<QLineSeries*> lines)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_lines(std::move(lines))
    {
        // Above the series, below nothing else that is drawn inside the plot area.
        setZValue(1000);
        setAcceptedMouseButtons(Qt::NoButton);
    }

    // `gaps` in the lines' x values (ms); `lonePoints` as indexes into the lines' points.
    void set(QList<std::pair<qreal, qreal>> gaps, QList<qsizetype> lonePoints)
    {
        m_gaps = std::move(gaps);
        m_lonePoints = std::move(lonePoints);
        update();
    }

    void plotAreaChanged()
    {
        prepareGeometryChange();
        update();
    }

    const QList<std::pair<qreal, qreal>>& gaps() const { return m_gaps; }
    const QList<qsizetype>& lonePoints() const { return m_lonePoints; }

    QRectF boundingRect() const override { return m_chart->plotArea(); }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        if (m_lines.isEmpty() || (m_gaps.isEmpty() && m_lonePoints.isEmpty()))
            return;
        const QRectF plot = m_chart->plotArea();
        painter->save();
        painter->setClipRect(plot);
        QLineSeries* timeLine = m_lines.constFirst();
        const QBrush background = m_chart->backgroundBrush();
        const QBrush hatch(QColor(0xdc, 0x26, 0x26, 90), Qt::BDiagPattern);
        // Bands closer than a pixel are painted as one: an hour of a failing link every other
        // fetch is a few hundred rectangles at most, not thousands.
        qreal left = 0;
        qreal right = -1;
        const auto flush = [&] {
            if (right < left)
                return;
            const QRectF band(left, plot.top(), right - left, plot.height());
            painter->fillRect(band, background);
            painter->fillRect(band, hatch);
        };
        for (const auto& [from, to] : std::as_const(m_gaps)) {
            const qreal x0 = m_chart->mapToPosition(QPointF(from, 0), timeLine).x();
            const qreal x1 = m_chart->mapToPosition(QPointF(to, 0), timeLine).x();
            if (x0 - right > 1) {
                flush();
                left = x0;
            }
            right = x1;
        }
        flush();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        for (QLineSeries* line : std::as_const(m_lines)) {
            painter->setBrush(line->pen().color());
            const qreal radius = std::max<qreal>(2.5, line->pen().widthF() * 1.5);
            for (const qsizetype index : std::as_const(m_lonePoints)) {
                if (index < line->count())
                    painter->drawEllipse(m_chart->mapToPosition(line->at(int(index)), line), radius, radius);
            }
        }
        painter->restore();
    }

private:
    QChart* m_chart;
    QList<QLineSeries*> m_lines;
    QList<std::pair<qreal, qreal>> m_gaps;
    QList<qsizetype> m_lonePoints;
};

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

    // The bands that break the lines are painted in the chart's background: one plain colour.
    const QBrush background = m_chart->backgroundBrush();
    if (const QGradient* gradient = background.gradient(); gradient && !gradient->stops().isEmpty())
        m_chart->setBackgroundBrush(gradient->stops().constFirst().second);
    m_gaps = new TrendGapsItem(m_chart, {m_total, m_active, m_maxActiveTime});
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_gaps->plotAreaChanged(); });

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
    return m_total->count() > 0 ? int(m_gaps->gaps().size()) + 1 : 0;
}

QList<std::pair<qint64, qint64>> TrendChartView::gaps() const
{
    QList<std::pair<qint64, qint64>> gaps;
    for (const auto& [from, to] : m_gaps->gaps())
        gaps.append({qint64(from), qint64(to)});
    return gaps;
}

QList<qint64> TrendChartView::lonePoints() const
{
    QList<qint64> times;
    for (const qsizetype index : m_gaps->lonePoints())
        times.append(qint64(m_total->at(int(index)).x()));
    return times;
}

void TrendChartView::redraw()
{
    // Every point of the hour in one line per figure; where fetches failed, a band over the lines
    // breaks them (TrendGapsItem) instead of a straight line joining the last point before the outage
    // to the first one after it.
    QList<QPointF> total;
    QList<QPointF> active;
    QList<QPointF> maxActiveTime;
    QList<std::pair<qreal, qreal>> gaps;
    QList<qsizetype> lonePoints;
    qint64 first = 0;
    qint64 last = 0;
    qint64 maxCount = 0;
    qint64 maxSeconds = 0;
    if (!m_history.empty()) {
        last = m_history.back().timeMs;
        const qint64 windowStart = last - WindowMs;
        // Where the current run of good fetches began.
        qsizetype runStart = 0;
        for (const TrendPoint& point : m_history) {
            if (point.timeMs < windowStart)
                continue;
            const auto x = qreal(point.timeMs);
            if (total.isEmpty()) {
                first = point.timeMs;
            } else if (point.afterGap) {
                gaps.append({total.constLast().x(), x});
                if (total.size() - runStart == 1)
                    lonePoints.append(runStart);
                runStart = total.size();
            }
            total.append(QPointF(x, qreal(point.total)));
            active.append(QPointF(x, qreal(point.active)));
            maxActiveTime.append(QPointF(x, qreal(point.maxActiveTime)));
            maxCount = std::max({maxCount, point.total, point.active});
            maxSeconds = std::max(maxSeconds, point.maxActiveTime);
        }
        if (!total.isEmpty() && total.size() - runStart == 1)
            lonePoints.append(runStart);
    }
    // replace() swaps the whole point list in one go: one repaint instead of one per point.
    m_total->replace(total);
    m_active->replace(active);
    m_maxActiveTime->replace(maxActiveTime);
    m_gaps->set(std::move(gaps), std::move(lonePoints));

    if (total.isEmpty())
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
