// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinecache.h"

#include "sparklinedelegate.h"

#include <QPainter>
#include <QPixmap>
#include <QRectF>

#include <cmath>
#include <memory>

namespace {

// Room around the line for its pen and the dot at its last point.
constexpr qreal Margin = 3;

} // namespace

size_t qHash(const SparklineCache::Key& key, size_t seed) noexcept
{
    return qHashMulti(seed, qHashRange(key.values.cbegin(), key.values.cend()), key.size.width(), key.size.height(),
        key.color, key.pixelRatio);
}

SparklineCache::SparklineCache(int capacityKiB)
    : m_cache(capacityKiB)
{ }

SparklineCache::~SparklineCache() = default;

void SparklineCache::draw(QPainter* painter, const QRectF& rect, const QList<qint64>& values, const QColor& color)
{
    if (values.isEmpty() || rect.width() < 4 || rect.height() < 4)
        return;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const Key key {values, rect.size(), color.rgba(), ratio};
    QPixmap* drawn = m_cache.object(key);
    if (!drawn) {
        const QSizeF area = rect.size() + QSizeF(2 * Margin, 2 * Margin);
        auto pixmap
            = std::make_unique<QPixmap>(int(std::ceil(area.width() * ratio)), int(std::ceil(area.height() * ratio)));
        pixmap->setDevicePixelRatio(ratio);
        pixmap->fill(Qt::transparent);
        QPainter onPixmap(pixmap.get());
        SparklineDelegate::drawSparkline(&onPixmap, QRectF(QPointF(Margin, Margin), rect.size()), values, color);
        onPixmap.end();
        const int cost = std::max(1, int(qint64(pixmap->width()) * pixmap->height() * 4 / 1024));
        drawn = pixmap.get();
        // One larger than the whole cache is deleted by it at once: drawn directly instead.
        if (!m_cache.insert(key, pixmap.release(), cost)) {
            SparklineDelegate::drawSparkline(painter, rect, values, color);
            return;
        }
    }
    painter->drawPixmap(rect.topLeft() - QPointF(Margin, Margin), *drawn);
}
