// SPDX-License-Identifier: GPL-3.0-or-later
#include "counttext.h"

#include <QLocale>
#include <QRegularExpression>

namespace CountText {

QString grouped(const QString& text, qint64 count)
{
    const QString plain = QString::number(count);
    const QString local = QLocale().toString(count);
    if (plain == local)
        return text;
    const QRegularExpression whole(QStringLiteral("(?<![0-9])") + plain + QStringLiteral("(?![0-9])"));
    const QRegularExpressionMatch match = whole.match(text);
    if (!match.hasMatch())
        return text;
    QString result = text;
    return result.replace(match.capturedStart(), match.capturedLength(), local);
}

} // namespace CountText
