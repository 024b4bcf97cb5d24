// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverflavor.h"

#include <QRegularExpression>

ServerFlavor ServerFlavor::detect(const QString& version, const QString& versionComment)
{
    ServerFlavor flavor;
    flavor.version = version;
    flavor.kind = version.contains(QLatin1String("mariadb"), Qt::CaseInsensitive)
            || versionComment.contains(QLatin1String("mariadb"), Qt::CaseInsensitive)
        ? Kind::MariaDb
        : Kind::MySql;
    // MariaDB 10 once reported "5.5.5-10.x.y-MariaDB" to old clients; the real version follows.
    static const QRegularExpression numbers(QStringLiteral("(?:^5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = numbers.match(version);
    if (match.hasMatch()) {
        flavor.major = match.captured(1).toInt();
        flavor.minor = match.captured(2).toInt();
        flavor.patch = match.captured(3).toInt();
    }
    return flavor;
}

QString ServerFlavor::displayName() const
{
    return (kind == Kind::MariaDb ? QStringLiteral("MariaDB ") : QStringLiteral("MySQL "))
        + QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}
