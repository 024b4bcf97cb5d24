// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfield.h"

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

} // namespace DasJson
