// SPDX-License-Identifier: GPL-3.0-or-later
#include "momenttext.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Recording {

std::optional<qint64> parseMoment(const QString& text, qint64 firstMs)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression timeOfDay(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    if (const QRegularExpressionMatch match = timeOfDay.match(trimmed); match.hasMatch()) {
        const QTime time(match.captured(1).toInt(), match.captured(2).toInt(),
            match.captured(3).isEmpty() ? 0 : match.captured(3).toInt());
        if (!time.isValid())
            return std::nullopt;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(firstMs);
        QDateTime at(start.date(), time);
        // The first such time at or after the start (within a second: the start itself counts).
        if (at.toMSecsSinceEpoch() < firstMs - firstMs % 1000)
            at = QDateTime(start.date().addDays(1), time);
        return at.toMSecsSinceEpoch();
    }
    QString iso = trimmed;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

} // namespace Recording
