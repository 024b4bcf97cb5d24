// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaytimeline.h"

#include "chartstyle.h"
#include "durationtext.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

const QColor totalColor(0x4a, 0x55, 0x68);
const QColor longestColor(0xd9, 0x77, 0x06);
const QColor failureColor(0xc0, 0x1c, 0x28);
const QColor markColor(0x6a, 0x1b, 0x9a);

enum Series
{
    Total,
    Active,
    Longest,
};

qint64 valueOf(const Recording::Entry& entry, int series)
{
    switch (series) {
    case Total:
        return entry.sessions;
    case Active:
        return entry.active;
    default:
        return entry.maxActiveTime;
    }
}

} // namespace

ReplayTimeline::ReplayTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replayTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Click or drag to move through the recording; ← → step, Home and End go to either end"));
}

QSize ReplayTimeline::sizeHint() const
{
    return {600, fontMetrics().height() * 2 + 56};
}

QSize ReplayTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ReplayTimeline::setEntries(const QList<Recording::Entry>& entries)
{
    m_entries = entries;
    m_position = std::min<int>(m_position, int(entries.size()) - 1);
    m_mark = -1;
    computeColumns();
    update();
}

void ReplayTimeline::setPosition(int index)
{
    if (index == m_position)
        return;
    m_position = index;
    update();
}

void ReplayTimeline::setMark(int index)
{
    m_mark = index;
    update();
}

QRect ReplayTimeline::plotRect() const
{
    const int line = fontMetrics().height();
    return rect().adjusted(4, line + 2, -4, -line - 4);
}

qint64 ReplayTimeline::timeAt(int x) const
{
    const QRect plot = plotRect();
    const qint64 first = m_entries.constFirst().takenAtMs;
    const qint64 span = m_entries.constLast().takenAtMs - first;
    if (plot.width() <= 1 || span <= 0)
        return first;
    // The middle of the pixel: a click on the pixel an entry is drawn at reaches that entry.
    return first + qint64((double(x - plot.left()) + 0.5) * double(span) / double(plot.width() - 1));
}

int ReplayTimeline::indexAt(int x) const
{
    if (m_entries.isEmpty())
        return -1;
    const qint64 at = timeAt(x);
    const auto after = std::upper_bound(m_entries.cbegin(), m_entries.cend(), at,
        [](qint64 time, const Recording::Entry& entry) { return time < entry.takenAtMs; });
    return std::max(0, int(after - m_entries.cbegin()) - 1);
}

int ReplayTimeline::xOf(int index) const
{
    const QRect plot = plotRect();
    if (index < 0 || index >= m_entries.size())
        return plot.left();
    const qint64 first = m_entries.constFirst().takenAtMs;
    const qint64 span = m_entries.constLast().takenAtMs - first;
    if (span <= 0)
        return plot.left();
    return plot.left() + int(double(m_entries.at(index).takenAtMs - first) * double(plot.width() - 1) / double(span));
}

void ReplayTimeline::computeColumns()
{
    const QRect plot = plotRect();
    m_columns = QList<Column>(std::max(1, plot.width()));
    m_maxSessions = 1;
    m_maxActiveTime = 1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Recording::Entry& entry = m_entries.at(i);
        Column& column = m_columns[std::clamp(xOf(i) - plot.left(), 0, int(m_columns.size()) - 1)];
        if (!entry.ok) {
            column.failed = true;
            continue;
        }
        for (int s = Total; s <= Longest; ++s) {
            const qint64 value = valueOf(entry, s);
            if (!column.any) {
                column.min[s] = column.max[s] = column.first[s] = value;
            } else {
                column.min[s] = std::min(column.min[s], value);
                column.max[s] = std::max(column.max[s], value);
            }
            column.last[s] = value;
        }
        column.any = true;
        m_maxSessions = std::max({m_maxSessions, entry.sessions, entry.active});
        m_maxActiveTime = std::max(m_maxActiveTime, entry.maxActiveTime);
    }
}

void ReplayTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    computeColumns();
}

void ReplayTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect plot = plotRect();
    painter.fillRect(plot, palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(plot.adjusted(0, 0, -1, -1));
    if (m_entries.isEmpty())
        return;

    const auto yOf = [&](qint64 value, qint64 max) {
        // A tenth of headroom: a curve at its maximum is not drawn over the frame.
        return plot.bottom() - 1
            - int(double(value) * double(plot.height() - 3) / (1.1 * double(std::max<qint64>(1, max))));
    };
    const QColor colors[] = {totalColor, ChartStyle::activeColor, longestColor};
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int s = Total; s <= Longest; ++s) {
        const qint64 max = s == Longest ? m_maxActiveTime : m_maxSessions;
        QPen pen(colors[s]);
        pen.setWidth(1);
        painter.setPen(pen);
        int previousX = -1;
        qint64 previousLast = 0;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column& column = m_columns.at(c);
            if (!column.any)
                continue;
            const int x = plot.left() + c;
            if (previousX >= 0)
                painter.drawLine(previousX, yOf(previousLast, max), x, yOf(column.first[s], max));
            painter.drawLine(x, yOf(column.min[s], max), x, yOf(column.max[s], max));
            previousX = x;
            previousLast = column.last[s];
        }
    }
    // Failed fetches: a red tick at the foot of the plot.
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).failed)
            painter.fillRect(plot.left() + c - 1, plot.bottom() - 6, 3, 6, failureColor);
    }
    if (m_mark >= 0 && m_mark < m_entries.size()) {
        painter.setPen(QPen(markColor, 1, Qt::DashLine));
        painter.drawLine(xOf(m_mark), plot.top(), xOf(m_mark), plot.bottom());
    }
    if (m_position >= 0 && m_position < m_entries.size()) {
        const int x = xOf(m_position);
        painter.setPen(QPen(palette().text().color(), 2));
        painter.drawLine(x, plot.top(), x, plot.bottom());
        QPainterPath head;
        head.moveTo(x - 5, plot.top() - 1);
        head.lineTo(x + 5, plot.top() - 1);
        head.lineTo(x, plot.top() + 5);
        head.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(head, palette().text());
    }

    // The legend above, with each curve's scale; the span below.
    const QFontMetrics metrics = fontMetrics();
    const int legendY = metrics.ascent();
    int x = plot.left();
    const QString legends[] = {
        tr("Sessions (up to %1)").arg(QLocale().toString(m_maxSessions)),
        tr("Active"),
        tr("Longest active (up to %1)").arg(DurationText::compact(m_maxActiveTime)),
    };
    for (int s = Total; s <= Longest; ++s) {
        painter.fillRect(x, legendY - metrics.ascent() / 2 - 1, 10, 3, colors[s]);
        x += 14;
        painter.setPen(palette().text().color());
        painter.drawText(x, legendY, legends[s]);
        x += metrics.horizontalAdvance(legends[s]) + 14;
    }
    bool anyFailure = false;
    for (const Recording::Entry& entry : std::as_const(m_entries))
        anyFailure = anyFailure || !entry.ok;
    if (anyFailure) {
        painter.fillRect(x, legendY - metrics.ascent() + 2, 3, metrics.ascent() - 2, failureColor);
        x += 7;
        painter.drawText(x, legendY, tr("Fetch failed"));
    }
    painter.setPen(palette().placeholderText().color());
    const QLocale locale;
    const int spanY = height() - metrics.descent() - 1;
    painter.drawText(plot.left(), spanY,
        locale.toString(QDateTime::fromMSecsSinceEpoch(m_entries.constFirst().takenAtMs), QLocale::ShortFormat));
    const QString end
        = locale.toString(QDateTime::fromMSecsSinceEpoch(m_entries.constLast().takenAtMs), QLocale::ShortFormat);
    painter.drawText(plot.right() - metrics.horizontalAdvance(end), spanY, end);
}

void ReplayTimeline::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_entries.isEmpty())
        return QWidget::mousePressEvent(event);
    emit seekRequested(indexAt(event->position().toPoint().x()));
}

void ReplayTimeline::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_entries.isEmpty())
        return QWidget::mouseMoveEvent(event);
    const int index = indexAt(event->position().toPoint().x());
    if (index != m_position)
        emit seekRequested(index);
}

void ReplayTimeline::keyPressEvent(QKeyEvent* event)
{
    if (m_entries.isEmpty())
        return QWidget::keyPressEvent(event);
    const int last = int(m_entries.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
        emit seekRequested(std::max(0, m_position - 1));
        break;
    case Qt::Key_Right:
        emit seekRequested(std::min(last, m_position + 1));
        break;
    case Qt::Key_PageUp:
        emit seekRequested(std::max(0, m_position - 6));
        break;
    case Qt::Key_PageDown:
        emit seekRequested(std::min(last, m_position + 6));
        break;
    case Qt::Key_Home:
        emit seekRequested(0);
        break;
    case Qt::Key_End:
        emit seekRequested(last);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}
