// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettiledelegate.h"

#include "chartstyle.h"
#include "models/fleetmodel.h"
#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>

FleetTileDelegate::FleetTileDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

FleetTileDelegate::~FleetTileDelegate() = default;

QSize FleetTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return {TileWidth, TileHeight};
}

void FleetTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto text = [&index](int column) { return index.sibling(index.row(), column).data().toString(); };
    const int status = index.data(FleetModel::StatusRole).toInt();
    const bool stale = index.data(FleetModel::FiguresStaleRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor statusColor = SparklineDelegate::statusColor(status, palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(option.rect).adjusted(3, 3, -3, -3);
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2.0 : 1.0));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(tile, 5, 5);
    painter->fillRect(QRectF(tile.left() + 1, tile.top() + 6, 4, tile.height() - 12), statusColor);

    const QRectF area = tile.adjusted(12, 6, -8, -6);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
    m_texts.draw(painter, nameRect, text(FleetModel::NameColumn), nameFont, Qt::AlignLeft | Qt::AlignVCenter);

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    painter->setPen(statusColor);
    const QRectF statusRect(area.left(), nameRect.bottom() + 1, area.width(), smallMetrics.height());
    m_texts.draw(painter, statusRect, text(FleetModel::StatusColumn), small, Qt::AlignLeft | Qt::AlignVCenter);

    QFont figures = option.font;
    figures.setItalic(stale);
    painter->setPen(stale ? palette.color(QPalette::PlaceholderText) : palette.color(QPalette::Text));
    const QFontMetrics figureMetrics(figures);
    const QString line = text(FleetModel::SessionsColumn).isEmpty()
        ? QString()
        : tr("%1 active · %2 sessions · longest %3")
              .arg(text(FleetModel::ActiveColumn), text(FleetModel::SessionsColumn),
                  text(FleetModel::LongestActiveColumn));
    const QRectF figureRect(area.left(), statusRect.bottom() + 2, area.width(), figureMetrics.height());
    m_texts.draw(painter, figureRect, line, figures, Qt::AlignLeft | Qt::AlignVCenter);

    const QRectF sparkRect(area.left(), figureRect.bottom() + 4, area.width(), area.bottom() - figureRect.bottom() - 4);
    m_sparklines.draw(painter, sparkRect, index.data(FleetModel::TrendRole).value<QList<qint64>>(),
        stale ? palette.color(QPalette::PlaceholderText) : ChartStyle::activeColor);
    painter->restore();
}
