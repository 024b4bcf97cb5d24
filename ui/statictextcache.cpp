// SPDX-License-Identifier: GPL-3.0-or-later
#include "statictextcache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <QStaticText>

size_t qHash(const StaticTextCache::Key& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.text, key.font, key.width, key.elide);
}

StaticTextCache::StaticTextCache(int capacity)
    : m_cache(capacity)
{ }

StaticTextCache::~StaticTextCache() = default;

void StaticTextCache::draw(QPainter* painter, const QRectF& rect, const QString& text, const QFont& font,
    Qt::Alignment alignment, Qt::TextElideMode elide)
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const Key key {text, font.key(), int(rect.width()), int(elide)};
    QStaticText* shaped = m_cache.object(key);
    if (!shaped) {
        const QFontMetricsF metrics(font);
        shaped = new QStaticText(metrics.elidedText(text, elide, rect.width()));
        shaped->setTextFormat(Qt::PlainText);
        shaped->prepare(QTransform(), font);
        m_cache.insert(key, shaped);
    }
    const QSizeF size = shaped->size();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    qreal y = rect.top() + (rect.height() - size.height()) / 2;
    if (alignment & Qt::AlignTop)
        y = rect.top();
    else if (alignment & Qt::AlignBottom)
        y = rect.bottom() - size.height();
    const QFont previous = painter->font();
    painter->setFont(font);
    painter->drawStaticText(QPointF(x, y), *shaped);
    painter->setFont(previous);
}
