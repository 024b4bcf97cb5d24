// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QColor>
#include <QList>
#include <QSizeF>

class QPainter;
class QPixmap;
class QRectF;

// Sparklines drawn once and blitted after. A view repaints every visible row whenever its rows move,
// and filling and stroking each row's antialiased path is most of what such a repaint costs, while
// a row's last hour changes only when its instance is fetched again. Kept by values, size, colour
// and pixel ratio; the least recently drawn go first.
class SparklineCache
{
public:
    // `capacityKiB`: how much pixmap memory is kept.
    explicit SparklineCache(int capacityKiB = 4096);
    ~SparklineCache();

    // Draws what SparklineDelegate::drawSparkline would draw in `rect`.
    void draw(QPainter* painter, const QRectF& rect, const QList<qint64>& values, const QColor& color);

private:
    struct Key
    {
        QList<qint64> values;
        QSizeF size;
        QRgb color;
        qreal pixelRatio;
        bool operator==(const Key& other) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept;

    QCache<Key, QPixmap> m_cache;
};
