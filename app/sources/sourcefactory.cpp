// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefactory.h"

#include "dassource.h"
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
        created.source
            = std::make_unique<DasSource>(profile.endpoint(), *key, profile.instanceId, profile.nodeId, options);
        return created;
    }
    case InstanceProfile::Source::MySql:
        created.error = tr("Direct MySQL connections are not available in this version; the profile \"%1\" can "
                           "only be opened through DAS.")
                            .arg(profile.displayName);
        return created;
    }
    return created;
}
