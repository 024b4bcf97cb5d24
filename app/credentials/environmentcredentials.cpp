// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentcredentials.h"

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

} // namespace EnvironmentCredentials
