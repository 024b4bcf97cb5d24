// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace DasJson {

// A member of a DAS answer by name, whatever its case: the service writes PascalCase, some SDKs
// and proxies lowerCamel, a few anything. The two usual spellings are tried first; a scan of every
// key is only needed for unusual casing. Undefined when there is no such member.
QJsonValue field(const QJsonObject& object, QLatin1StringView pascalName);

// A scalar as text, the way the service's values are read whatever their JSON type: a string as
// it is, a whole number as its exact decimal digits (no exponent), another number to 17 digits,
// a boolean as true/false. Nullopt for null, arrays and objects.
std::optional<QString> scalarText(const QJsonValue& value);

} // namespace DasJson
