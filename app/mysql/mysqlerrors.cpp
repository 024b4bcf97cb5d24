// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqlerrors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

// What to do about a failure of a direct connection.
class MySqlAdvice
{
    Q_DECLARE_TR_FUNCTIONS(MySqlAdvice)

public:
    static QString hint(const FetchError& error, int errorNumber);
};

QString MySqlAdvice::hint(const FetchError& error, int errorNumber)
{
    switch (error.category()) {
    case FetchError::Category::Credentials:
        return tr("The server refused the user name or password. Check the login of this instance.");
    case FetchError::Category::Permission:
        return tr("The account lacks a privilege this needs: PROCESS to see every session and transaction, "
                  "CONNECTION ADMIN or SUPER to end other users' sessions.");
    case FetchError::Category::Throttling:
        return tr("The server has no connection to spare (max_connections or max_user_connections). "
                  "SessionScope backs off and retries.");
    case FetchError::Category::Transient:
        if (errorNumber == 2002 || errorNumber == 2003)
            return tr("The server cannot be reached. Check that it runs, the host and port (or socket), and any "
                      "firewall in between; SessionScope retries.");
        return tr("The connection to the server failed or timed out. SessionScope reconnects and retries.");
    case FetchError::Category::Tls:
        return tr("The TLS connection failed. Check the SSL mode, the CA file and the server's certificate.");
    case FetchError::Category::BadRequest:
        return tr("The server refused the request. Check the instance's host, port and settings.");
    default:
        return {};
    }
}

} // namespace

namespace MySqlErrors {

FetchError::Category classify(int errorNumber)
{
    using Category = FetchError::Category;
    switch (errorNumber) {
    case 1045: // ER_ACCESS_DENIED_ERROR
    case 1698: // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
    case 1862: // ER_MUST_CHANGE_PASSWORD_LOGIN
        return Category::Credentials;
    case 1044: // ER_DBACCESS_DENIED_ERROR
    case 1142: // ER_TABLEACCESS_DENIED_ERROR
    case 1143: // ER_COLUMNACCESS_DENIED_ERROR
    case 1227: // ER_SPECIFIC_ACCESS_DENIED_ERROR
    case 1095: // ER_KILL_DENIED_ERROR
        return Category::Permission;
    case 1040: // ER_CON_COUNT_ERROR
    case 1203: // ER_TOO_MANY_USER_CONNECTIONS
    case 1226: // ER_USER_LIMIT_REACHED
        return Category::Throttling;
    case 2026: // CR_SSL_CONNECTION_ERROR
        return Category::Tls;
    case 2005: // CR_UNKNOWN_HOST
    case 1129: // ER_HOST_IS_BLOCKED
    case 1130: // ER_HOST_NOT_PRIVILEGED
        return Category::BadRequest;
    default:
        break;
    }
    // 2000-2999 are the client library's own: connection refused or lost, server gone, timeouts.
    if (errorNumber == 0 || (errorNumber >= 2000 && errorNumber < 3000) || errorNumber == 1053 || errorNumber == 1205
        || errorNumber == 1213)
        return Category::Transient;
    return Category::BadRequest;
}

FetchError fromError(int errorNumber, const QString& message)
{
    const QString code = errorNumber > 0 ? QStringLiteral("MySQL%1").arg(errorNumber) : QStringLiteral("MySQLError");
    FetchError error(classify(errorNumber), code, message.trimmed());
    error.setHint(MySqlAdvice::hint(error, errorNumber));
    return error;
}

FetchError tlsFailure(const QString& code, const QString& message)
{
    FetchError error(FetchError::Category::Tls, code, message);
    error.setHint(MySqlAdvice::hint(error, 0));
    return error;
}

FetchError fromSqlError(const QSqlError& error)
{
    bool ok = false;
    const int number = error.nativeErrorCode().toInt(&ok);
    QString message = error.databaseText();
    if (message.isEmpty())
        message = error.driverText();
    return fromError(ok ? number : 0, message);
}

} // namespace MySqlErrors
