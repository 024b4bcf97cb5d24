// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sparklinecache.h"
#include "statictextcache.h"

#include <QStyledItemDelegate>

// The overview table's cells: the trend column as a sparkline of the last hour's active sessions
// (FleetModel::TrendRole); figures that are no longer current in italics and dimmed, and the status
// coloured when the row is stale or failing. Text is drawn from a StaticTextCache and sparklines from
// a SparklineCache, so a repaint after the rows moved lays out and draws only the cells that changed.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject* parent = nullptr);
    ~SparklineDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Draws `values` as a line filling `rect`, scaled to their own maximum.
    static void drawSparkline(QPainter* painter, const QRectF& rect, const QList<qint64>& values, const QColor& color);
    static QColor statusColor(int status, const QPalette& palette);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    mutable StaticTextCache m_texts;
    mutable SparklineCache m_sparklines;
};
