// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sparklinecache.h"
#include "statictextcache.h"

#include <QStyledItemDelegate>

// One instance of the overview as a tile: its name and status, active and total sessions, the
// longest active time and the last hour's sparkline, with a band in the status's colour. Reads the
// row's other columns from the model, so the tile list shows the same FleetProxy as the table.
class FleetTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int TileWidth = 220;
    static constexpr int TileHeight = 112;

    explicit FleetTileDelegate(QObject* parent = nullptr);
    ~FleetTileDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    mutable StaticTextCache m_texts;
    mutable SparklineCache m_sparklines;
};
