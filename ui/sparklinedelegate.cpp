// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "chartstyle.h"
#include "models/fleetmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <utility>

SparklineDelegate::SparklineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

SparklineDelegate::~SparklineDelegate() = default;

QColor SparklineDelegate::statusColor(int status, const QPalette& palette)
{
    switch (FleetModel::Status(status)) {
    case FleetModel::Status::Failing:
        return {0xc0, 0x1c, 0x28};
    case FleetModel::Status::Stale:
        return {0xa0, 0x60, 0x00};
    case FleetModel::Status::UpToDate:
        return {0x26, 0x8c, 0x3c};
    case FleetModel::Status::Waiting:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

void SparklineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int column = index.column();
    if (column >= FleetModel::SessionsColumn && column <= FleetModel::LockWaitsColumn
        && index.data(FleetModel::FiguresStaleRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (column == FleetModel::StatusColumn) {
        const int status = index.data(FleetModel::StatusRole).toInt();
        if (status == int(FleetModel::Status::Failing) || status == int(FleetModel::Status::Stale))
            option->palette.setColor(QPalette::Text, statusColor(status, option->palette));
        if (status == int(FleetModel::Status::Failing))
            option->font.setBold(true);
    }
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The style draws the cell without its text (which it would lay out anew every time); the text
    // comes from the cache.
    const QString text = std::exchange(opt.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.column() == FleetModel::TrendColumn) {
        const QColor color = index.data(FleetModel::FiguresStaleRole).toBool()
            ? opt.palette.color(QPalette::PlaceholderText)
            : ChartStyle::activeColor;
        m_sparklines.draw(painter, QRectF(opt.rect).adjusted(4, 4, -4, -4),
            index.data(FleetModel::TrendRole).value<QList<qint64>>(), color);
        return;
    }
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : !(opt.state & QStyle::State_Active)                               ? QPalette::Inactive
                                                                            : QPalette::Normal;
    painter->save();
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    m_texts.draw(painter, QRectF(opt.rect).adjusted(margin, 0, -margin, 0), text, opt.font, opt.displayAlignment,
        opt.textElideMode);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == FleetModel::TrendColumn)
        size.setWidth(std::max(size.width(), 120));
    return size;
}

void SparklineDelegate::drawSparkline(
    QPainter* painter, const QRectF& rect, const QList<qint64>& values, const QColor& color)
{
    if (values.isEmpty() || rect.width() < 4 || rect.height() < 4)
        return;
    const qint64 max = std::max<qint64>(1, *std::max_element(values.cbegin(), values.cend()));
    const auto point = [&](qsizetype i) {
        const double x = values.size() == 1 ? rect.right() : rect.left() + rect.width() * i / (values.size() - 1);
        return QPointF(x, rect.bottom() - rect.height() * double(values.at(i)) / double(max));
    };
    QPainterPath path(point(0));
    for (qsizetype i = 1; i < values.size(); ++i)
        path.lineTo(point(i));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath area = path;
    area.lineTo(point(values.size() - 1).x(), rect.bottom());
    area.lineTo(point(0).x(), rect.bottom());
    area.closeSubpath();
    QColor fill = color;
    fill.setAlpha(50);
    painter->fillPath(area, fill);
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(path);
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(point(values.size() - 1), 2.0, 2.0);
    painter->restore();
}
