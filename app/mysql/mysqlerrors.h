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
// The server's certificate or the TLS handshake was refused, or TLS cannot be checked as the SSL mode
// asks: a setting (the CA file, the host name) or the server's certificate to fix, never retried.
FetchError tlsFailure(const QString& code, const QString& message);

} // namespace MySqlErrors
