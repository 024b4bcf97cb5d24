// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentcredentials.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace EnvironmentCredentials {

std::optional<AccessKey> read()
{
    AccessKey key;
    key.id = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID").trimmed();
    key.secret = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET").trimmed();
    key.securityToken = qEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN").trimmed();
    if (!key.isValid())
        return std::nullopt;
    return key;
}

QString problem()
{
    const bool hasId = !qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID").trimmed().isEmpty();
    const bool hasSecret = !qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET").trimmed().isEmpty();
    if (hasId && hasSecret)
        return {};
    if (hasId)
        return QCoreApplication::translate(
            "EnvironmentCredentials", "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not.");
    if (hasSecret)
        return QCoreApplication::translate(
            "EnvironmentCredentials", "ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not.");
    return QCoreApplication::translate(
        "EnvironmentCredentials", "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.");
}

} // namespace EnvironmentCredentials
