// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An AccessKey pair, optionally with an STS security token. Never logged, never written to a file.
struct AccessKey
{
    QString id;
    QString secret;
    QString securityToken;

    bool isValid() const { return !id.isEmpty() && !secret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }
};
