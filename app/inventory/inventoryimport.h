// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudinstance.h"
#include "profiles/instanceprofile.h"

#include <QList>

// Instance profiles from an account's listing: one DAS profile per RDS instance or PolarDB node,
// all naming the same credential (a reference, never a secret).
namespace InventoryImport {

struct Options
{
    CredentialReference credential;
    InstanceProfile::EndpointKind endpointKind = InstanceProfile::EndpointKind::Public;
    // With EndpointKind::Custom: the DAS endpoint the profiles talk to.
    QUrl customEndpoint;
    QString endpointCa;
};

InstanceProfile profileFor(const CloudInstance& instance, const Options& options);

// Whether one of `profiles` already watches it: a DAS profile of the same instance and node (a
// cluster's profile without a node watches its primary, the Writer).
bool isPresent(const QList<InstanceProfile>& profiles, const CloudInstance& instance);

} // namespace InventoryImport
