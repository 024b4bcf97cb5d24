// SPDX-License-Identifier: GPL-3.0-or-later
#include "credential.h"

bool Credential::isValid() const
{
    if (const ::AccessKey* key = accessKey())
        return key->isValid();
    if (const ::DatabaseLogin* login = databaseLogin())
        return login->isValid();
    return false;
}

QString Credential::identity() const
{
    if (const ::AccessKey* key = accessKey())
        return key->id;
    if (const ::DatabaseLogin* login = databaseLogin())
        return login->user;
    return {};
}
