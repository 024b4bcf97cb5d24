// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryimport.h"

namespace InventoryImport {

InstanceProfile profileFor(const CloudInstance& instance, const Options& options)
{
    InstanceProfile profile;
    profile.source = InstanceProfile::Source::Das;
    profile.displayName = instance.suggestedName();
    profile.instanceId = instance.instanceId;
    profile.nodeId = instance.nodeId;
    profile.credential = options.credential;
    profile.endpointKind = options.endpointKind;
    if (options.endpointKind == InstanceProfile::EndpointKind::Custom)
        profile.customEndpoint = options.customEndpoint;
    profile.endpointCa = options.endpointCa;
    return profile;
}

bool isPresent(const QList<InstanceProfile>& profiles, const CloudInstance& instance)
{
    for (const InstanceProfile& profile : profiles) {
        if (profile.source != InstanceProfile::Source::Das || profile.instanceId != instance.instanceId)
            continue;
        if (profile.nodeId == instance.nodeId)
            return true;
        if (profile.nodeId.isEmpty() && instance.kind == CloudInstance::Kind::PolarDbNode
            && instance.nodeRole.compare(QLatin1String("Writer"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace InventoryImport
