// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which credentials an instance profile uses. Holds a name, never a secret: it is what profiles
// store in QSettings and export.
struct CredentialReference
{
    enum class Kind
    {
        // The SDKs' default chain: environment, then the Aliyun CLI profile chosen by
        // ALIBABA_CLOUD_PROFILE or `current`, then the keychain entry `name` when one is given.
        DefaultChain,
        // ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN only.
        Environment,
        // The Aliyun CLI profile `name`; an empty name means ALIBABA_CLOUD_PROFILE, else `current`.
        CliProfile,
        // The keychain entry whose credential id is `name`.
        Keychain,
    };

    Kind kind = Kind::DefaultChain;
    QString name;

    friend bool operator==(const CredentialReference&, const CredentialReference&) = default;
};
