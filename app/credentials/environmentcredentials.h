// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"

#include <QString>

#include <optional>

// The first link of the SDKs' credential chain: ALIBABA_CLOUD_ACCESS_KEY_ID,
// ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS, ALIBABA_CLOUD_SECURITY_TOKEN.
namespace EnvironmentCredentials {

// Empty unless both the id and the secret are set.
std::optional<AccessKey> read();

// Why read() is empty, for the user: nothing set, or only one of the pair. Names variables, never
// their values.
QString problem();

} // namespace EnvironmentCredentials
