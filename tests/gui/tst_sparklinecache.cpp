// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's sparklines come from a cache of pixmaps: what a user sees must be the line the
// delegate would have drawn, for the trend as it is now, in the colour the row's state calls for,
// on a high-DPI screen too.
#include "sparklinecache.h"
#include "sparklinedelegate.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cstdlib>

namespace {

const QRectF Cell(14, 9, 112, 22);

QImage canvas(qreal ratio)
{
    QImage image(QSize(140, 40) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    return image;
}

QImage direct(const QList<qint64>& values, const QColor& color, qreal ratio = 1)
{
    QImage image = canvas(ratio);
    QPainter painter(&image);
    SparklineDelegate::drawSparkline(&painter, Cell, values, color);
    return image;
}

QImage cached(SparklineCache& cache, const QList<qint64>& values, const QColor& color, qreal ratio = 1)
{
    QImage image = canvas(ratio);
    QPainter painter(&image);
    cache.draw(&painter, Cell, values, color);
    return image;
}

// The largest difference of any channel of any pixel.
int difference(const QImage& a, const QImage& b)
{
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* left = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* right = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            most = std::max({most, std::abs(qRed(left[x]) - qRed(right[x])),
                std::abs(qGreen(left[x]) - qGreen(right[x])), std::abs(qBlue(left[x]) - qBlue(right[x]))});
        }
    }
    return most;
}

// Compositing through a pixmap rounds differently from drawing straight onto the cell, by a unit
// or two; a wrong line differs by the whole contrast of the line against the background.
constexpr int Rounding = 3;

} // namespace

class TestSparklineCache : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhatTheDelegateDraws()
    {
        SparklineCache cache;
        const QList<qint64> rising {1, 3, 2, 8, 13, 9, 21};
        const QColor green(0x26, 0x8c, 0x3c);
        const QImage expected = direct(rising, green);
        // Not a blank canvas: the line is there to compare.
        QVERIFY(difference(expected, canvas(1)) > 100);
        QVERIFY(difference(cached(cache, rising, green), expected) <= Rounding);
        // Drawn again from the cache, the same.
        QVERIFY(difference(cached(cache, rising, green), expected) <= Rounding);
    }

    void followsTheTrendAndTheColour()
    {
        SparklineCache cache;
        const QColor green(0x26, 0x8c, 0x3c);
        const QColor grey(0x80, 0x80, 0x80);
        QList<qint64> trend {5, 4, 6, 5};
        cached(cache, trend, green);
        // A new snapshot appended: the new line, not the one drawn before.
        trend.append(40);
        const QImage grown = direct(trend, green);
        QVERIFY(difference(grown, direct({5, 4, 6, 5}, green)) > 100);
        QVERIFY(difference(cached(cache, trend, green), grown) <= Rounding);
        // The row turned stale: the same line, dimmed.
        const QImage dimmed = direct(trend, grey);
        QVERIFY(difference(dimmed, grown) > 50);
        QVERIFY(difference(cached(cache, trend, grey), dimmed) <= Rounding);
    }

    void sharpOnHighDpi()
    {
        SparklineCache cache;
        const QList<qint64> values {2, 9, 4, 12, 7};
        const QColor green(0x26, 0x8c, 0x3c);
        cached(cache, values, green, 1);
        QVERIFY(difference(cached(cache, values, green, 2), direct(values, green, 2)) <= Rounding);
    }
};

QTEST_MAIN(TestSparklineCache)
#include "tst_sparklinecache.moc"
