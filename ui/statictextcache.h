// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QString>

class QPainter;
class QRectF;
class QStaticText;

// Text laid out once and drawn many times. A view repaints every visible cell whenever its rows
// move, and laying each cell's text out anew (shaping, eliding) is most of what such a repaint
// costs; most cells say the same as the time before. Kept by text, font and width; the least
// recently drawn go first.
class StaticTextCache
{
public:
    explicit StaticTextCache(int capacity = 2048);
    ~StaticTextCache();

    // Draws `text` in `rect` with the painter's pen, on one line elided by `elide` to the rect's
    // width, placed by `alignment`.
    void draw(QPainter* painter, const QRectF& rect, const QString& text, const QFont& font, Qt::Alignment alignment,
        Qt::TextElideMode elide = Qt::ElideRight);

private:
    struct Key
    {
        QString text;
        QString font;
        int width;
        int elide;
        bool operator==(const Key& other) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept;

    QCache<Key, QStaticText> m_cache;
};
