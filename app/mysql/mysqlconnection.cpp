// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysqlconnection.h"

#include "mysqlerrors.h"
#include "mysqltlscheck.h"
#include "processlist.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

constexpr int ErrorKillNoSuchThread = 1094;

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sessionscope-mysql-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs `sql` and returns its rows; on failure, `error` tells why and nothing is returned.
QList<ProcessList::Row> rows(QSqlDatabase& database, const QString& sql, FetchError* error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QList<ProcessList::Row> result;
    if (!query.exec(sql)) {
        *error = MySqlErrors::fromSqlError(query.lastError());
        return result;
    }
    const int columns = query.record().count();
    while (query.next()) {
        ProcessList::Row row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        result.append(std::move(row));
    }
    return result;
}

} // namespace

MySqlConnection::MySqlConnection(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_name(newConnectionName())
{ }

MySqlConnection::~MySqlConnection()
{
    close();
}

bool MySqlConnection::isOpen() const
{
    return !m_broken && QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void MySqlConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_connectionId = 0;
    m_tlsCipher.clear();
    m_broken = false;
}

FetchError MySqlConnection::fail(const FetchError& error)
{
    // A connection that failed may be half-broken: the next call starts afresh. Closed then, not
    // now, while the caller still holds a handle on it.
    if (error.category() != FetchError::Category::Permission && error.category() != FetchError::Category::BadRequest)
        m_broken = true;
    return error;
}

FetchError MySqlConnection::open()
{
    if (isOpen())
        return {};
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL"))) {
        return FetchError(FetchError::Category::BadRequest, QStringLiteral("NoMySqlDriver"),
            tr("Qt's MySQL driver is not installed (Debian: libqt6sql6-mysql)."));
    }
    // The driver cannot verify the server's certificate (verify-ca) or host name (verify-identity):
    // a connection of its own does, before the driver logs in. A refusal is not the connection's
    // fault, so nothing is marked broken.
    if (FetchError refused = MySqlTlsCheck::run(m_settings); refused.isError())
        return refused;
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_name);
    QStringList options {m_settings.driverConnectOptions()};
    database.setHostName(m_settings.driverHostName());
    database.setPort(m_settings.port);
    using SslMode = ConnectionSettings::SslMode;
    if (m_settings.sslMode != SslMode::Disabled && !m_settings.sslCa.isEmpty())
        options.append(QStringLiteral("SSL_CA=") + m_settings.sslCa);
    else if (m_settings.sslMode == SslMode::Required)
        // Qt 6.4's driver asks the client library for TLS only when it is given one of its SSL_*
        // options (CLIENT_SSL alone does not): an empty cipher list asks for TLS and changes nothing.
        options.append(QStringLiteral("SSL_CIPHER="));
    database.setConnectOptions(options.join(QLatin1Char(';')));
    database.setUserName(m_settings.user);
    database.setPassword(m_settings.password);
    if (!database.open())
        return fail(MySqlErrors::fromSqlError(database.lastError()));

    FetchError error;
    const QList<ProcessList::Row> identity
        = rows(database, QStringLiteral("SELECT CONNECTION_ID(), VERSION(), @@version_comment"), &error);
    if (error.isError() || identity.isEmpty())
        return fail(error.isError() ? error : MySqlErrors::fromError(0, tr("The server did not say who it is.")));
    m_connectionId = identity.constFirst().value(0).toLongLong();
    m_flavor
        = ServerFlavor::detect(identity.constFirst().value(1).toString(), identity.constFirst().value(2).toString());

    m_tlsCipher.clear();
    if (m_settings.sslMode != SslMode::Disabled) {
        const QList<ProcessList::Row> cipher
            = rows(database, QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"), &error);
        if (!error.isError() && !cipher.isEmpty())
            m_tlsCipher = cipher.constFirst().value(1).toString();
    }
    if (m_settings.sslMode == SslMode::Required || m_settings.sslMode == SslMode::VerifyCa
        || m_settings.sslMode == SslMode::VerifyIdentity) {
        if (error.isError() || m_tlsCipher.isEmpty()) {
            return fail(FetchError(FetchError::Category::Tls, QStringLiteral("TlsNotInUse"),
                tr("The SSL mode is %1, but the connection to %2 is not encrypted.")
                    .arg(ConnectionSettings::sslModeName(m_settings.sslMode), m_settings.target())));
        }
    }

    // Without PROCESS the server lists only the account's own sessions and hides every transaction.
    FetchError probe;
    rows(database, QStringLiteral("SELECT COUNT(*) FROM information_schema.INNODB_TRX"), &probe);
    m_hasProcess = !probe.isError();
    m_lockWaitsReadable = m_hasProcess;
    return {};
}

MySqlConnection::Outcome MySqlConnection::takeSnapshot()
{
    Outcome outcome;
    if (FetchError error = open(); error.isError()) {
        outcome.error = error;
        return outcome;
    }
    QSqlDatabase database = QSqlDatabase::database(m_name, false);
    ProcessList::Input input;
    input.instanceId = m_settings.target();
    input.ownConnectionId = m_connectionId;
    FetchError error;
    input.sessions = rows(database,
        m_hasProcess ? ProcessList::sessionsQuery(m_flavor) : ProcessList::sessionsWithoutTransactionsQuery(), &error);
    if (error.isError()) {
        outcome.error = fail(error);
        return outcome;
    }
    input.snapshotTimeMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_hasProcess)
        input.visibleOnlyToUser = m_settings.user;
    if (m_lockWaitsReadable) {
        FetchError lockError;
        input.lockWaits = rows(database, ProcessList::lockWaitsQuery(m_flavor), &lockError);
        if (lockError.isError()) {
            // Lock waits are an addition: a server that hides them still has sessions to show.
            if (lockError.category() == FetchError::Category::Transient) {
                outcome.error = fail(lockError);
                return outcome;
            }
            m_lockWaitsReadable = false;
            input.lockWaits.clear();
        } else {
            input.lockWaitsKnown = true;
        }
    }
    outcome.snapshot = ProcessList::snapshot(input);
    return outcome;
}

CommandResult MySqlConnection::kill(const KillRequest& request)
{
    CommandResult result;
    if (FetchError error = open(); error.isError()) {
        result.error = error;
        for (const qint64 id : request.sessionIds)
            result.outcomes.append({id, SessionOutcome::Result::Failed, error});
        return result;
    }
    QSqlDatabase database = QSqlDatabase::database(m_name, false);
    const QString verb = request.scope == KillRequest::Scope::Query ? QStringLiteral("KILL QUERY %1")
                                                                    : QStringLiteral("KILL CONNECTION %1");
    for (const qint64 id : request.sessionIds) {
        SessionOutcome outcome {id, SessionOutcome::Result::Done, {}};
        if (id == m_connectionId) {
            outcome.result = SessionOutcome::Result::Refused;
            outcome.error = FetchError(FetchError::Category::BadRequest, QStringLiteral("OwnConnection"),
                tr("Session %1 is SessionScope's own monitoring connection.").arg(id));
        } else {
            QSqlQuery query(database);
            if (!query.exec(verb.arg(id))) {
                const QSqlError sqlError = query.lastError();
                const int number = sqlError.nativeErrorCode().toInt();
                outcome.error = MySqlErrors::fromSqlError(sqlError);
                if (number == ErrorKillNoSuchThread)
                    outcome.result = SessionOutcome::Result::AlreadyGone;
                else if (outcome.error.category() == FetchError::Category::Permission)
                    outcome.result = SessionOutcome::Result::Refused;
                else
                    outcome.result = SessionOutcome::Result::Failed;
                if (outcome.error.category() == FetchError::Category::Transient)
                    fail(outcome.error);
            }
        }
        result.outcomes.append(outcome);
    }
    return result;
}
