// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credential.h"
#include "base/fetchoptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class InstanceProfile;
class SessionSource;

// The one place that turns an instance profile and its resolved credential into a source. The
// window, the instance controller and the command-line tool all build their sources here.
class SourceFactory
{
    Q_DECLARE_TR_FUNCTIONS(SourceFactory)

public:
    struct Created
    {
        std::unique_ptr<SessionSource> source;
        // Why no source could be made, for the user; empty when `source` is set.
        QString error;
    };

    static Created create(
        const InstanceProfile& profile, const Credential& credential, const FetchOptions& options = {});
};
