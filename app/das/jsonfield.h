// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

namespace DasJson {

// A member of a DAS answer by name, whatever its case: the service writes PascalCase, some SDKs
// and proxies lowerCamel, a few anything. The two usual spellings are tried first; a scan of every
// key is only needed for unusual casing. Undefined when there is no such member.
QJsonValue field(const QJsonObject& object, QLatin1StringView pascalName);

} // namespace DasJson
