// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefactory.h"

#include "dassource.h"
#include "mysqlsource.h"
#include "profiles/instanceprofile.h"

SourceFactory::Created SourceFactory::create(
    const InstanceProfile& profile, const Credential& credential, const FetchOptions& options)
{
    Created created;
    switch (profile.source) {
    case InstanceProfile::Source::Das: {
        const AccessKey* key = credential.accessKey();
        if (!key || !key->isValid()) {
            created.error = tr("The profile \"%1\" watches through DAS, which needs an AccessKey; its credential "
                               "is a database login.")
                                .arg(profile.displayName);
            if (credential.kind() == Credential::Kind::None)
                created.error = tr("The profile \"%1\" has no AccessKey.").arg(profile.displayName);
            return created;
        }
        auto source
            = std::make_unique<DasSource>(profile.endpoint(), *key, profile.instanceId, profile.nodeId, options);
        source->setEndpointCaFile(profile.endpointCa.trimmed());
        created.source = std::move(source);
        return created;
    }
    case InstanceProfile::Source::MySql: {
        const DatabaseLogin* login = credential.databaseLogin();
        if (!login || !login->isValid()) {
            created.error = tr("The profile \"%1\" connects to %2 directly, which needs a database user and "
                               "password; its credential is not one.")
                                .arg(profile.displayName, profile.target());
            return created;
        }
        ConnectionSettings settings = profile.connectionSettings();
        settings.user = login->user;
        settings.password = login->password;
        settings.connectTimeoutSeconds = std::max(1, std::min(options.transferTimeoutMs, 30'000) / 1000);
        settings.readTimeoutSeconds = std::max(1, options.transferTimeoutMs / 1000);
        created.source = std::make_unique<MySqlSource>(settings, options);
        return created;
    }
    }
    return created;
}
