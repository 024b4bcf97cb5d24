// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfield.h"

#include <cmath>

namespace DasJson {

QJsonValue field(const QJsonObject& object, QLatin1StringView pascalName)
{
    QJsonValue value = object.value(pascalName);
    if (!value.isUndefined())
        return value;
    QString camel = pascalName;
    camel[0] = camel[0].toLower();
    value = object.value(camel);
    if (!value.isUndefined())
        return value;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(pascalName, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<QString> scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

} // namespace DasJson
