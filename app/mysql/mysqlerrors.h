// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"

class QSqlError;

// Turns what a MySQL or MariaDB server (or its client library) said into a classified FetchError,
// with what to do about it in the server's terms. The one place where server error numbers are
// mapped to categories.
namespace MySqlErrors {

FetchError::Category classify(int errorNumber);
// `errorNumber` as the server numbers it (ER_*, CR_*); 0 when unknown.
FetchError fromError(int errorNumber, const QString& message);
FetchError fromSqlError(const QSqlError& error);

} // namespace MySqlErrors
