// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/mariadbserver.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QThread>

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

QStringList clientArguments(const QString& user)
{
    return {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"), QStringLiteral("-h"),
        env("SESSIONSCOPE_MARIADB_HOST"), QStringLiteral("-P"), env("SESSIONSCOPE_MARIADB_PORT"), QStringLiteral("-u"),
        user, QStringLiteral("--batch"), QStringLiteral("--skip-column-names"),
        // A killed statement must not end the client, and a killed connection must not be re-opened
        // behind the test's back.
        QStringLiteral("--force"), QStringLiteral("--skip-reconnect"), QStringLiteral("--unbuffered"),
        // Plain connections, like most application clients: a killed one then reports 2013/2006
        // rather than a TLS read error.
        QStringLiteral("--skip-ssl")};
}

// The password travels in the environment, never on a command line other users can read.
QProcessEnvironment clientEnvironment(const QString& password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MYSQL_PWD"), password);
    return environment;
}

// InnoDB refreshes its information_schema view of transactions and lock waits (INNODB_TRX,
// INNODB_LOCKS, INNODB_LOCK_WAITS) only when it was last read more than 100 ms ago. Tests poll in a
// loop, and a loop faster than that keeps the view frozen at its first read: a lock taken afterwards
// never appears. Every root query therefore starts at least this long after the previous one ended.
constexpr qint64 MinimumGapMs = 250;

// Runs one statement as root and waits for it.
struct RootRun
{
    bool finished = false;
    bool succeeded = false;
    QByteArray output;
    QByteArray error;
};

RootRun runAsRoot(const QString& sql)
{
    static QElapsedTimer sinceLast;
    if (sinceLast.isValid() && sinceLast.elapsed() < MinimumGapMs)
        QThread::msleep(static_cast<unsigned long>(MinimumGapMs - sinceLast.elapsed()));
    QProcess client;
    client.setProcessEnvironment(clientEnvironment(env("SESSIONSCOPE_MARIADB_ROOT_PASSWORD")));
    client.start(QStringLiteral("mariadb"), clientArguments(QStringLiteral("root")) << QStringLiteral("-e") << sql);
    RootRun run;
    run.finished = client.waitForFinished(30'000);
    run.succeeded = run.finished && client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0;
    run.output = client.readAllStandardOutput();
    run.error = client.readAllStandardError();
    sinceLast.start();
    return run;
}

} // namespace

QString MariaDbServer::unavailableReason()
{
    if (env("SESSIONSCOPE_MARIADB_PORT").isEmpty())
        return QStringLiteral("no MariaDB server: run the tests under scripts/with-mariadb (scripts/test does)");
    return {};
}

ConnectionSettings MariaDbServer::rootSettings()
{
    return settingsFor(QStringLiteral("root"), env("SESSIONSCOPE_MARIADB_ROOT_PASSWORD"));
}

ConnectionSettings MariaDbServer::settingsFor(const QString& user, const QString& password)
{
    ConnectionSettings settings;
    settings.host = env("SESSIONSCOPE_MARIADB_HOST");
    settings.port = env("SESSIONSCOPE_MARIADB_PORT").toInt();
    settings.user = user;
    settings.password = password;
    settings.sslMode = ConnectionSettings::SslMode::Disabled;
    settings.connectTimeoutSeconds = 3;
    settings.readTimeoutSeconds = 5;
    return settings;
}

QString MariaDbServer::execAsRoot(const QString& sql)
{
    const RootRun run = runAsRoot(sql);
    if (!run.finished)
        return QStringLiteral("mariadb did not finish");
    if (!run.succeeded)
        return QString::fromUtf8(run.error).trimmed();
    return {};
}

QString MariaDbServer::queryAsRoot(const QString& sql)
{
    return QString::fromUtf8(runAsRoot(sql).output).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0);
}

std::unique_ptr<QProcess> MariaDbServer::openSession(const QString& user, const QString& password, const QString& sql)
{
    auto client = std::make_unique<QProcess>();
    client->setProcessEnvironment(clientEnvironment(password));
    client->start(QStringLiteral("mariadb"), clientArguments(user));
    client->waitForStarted();
    client->write(sql.toUtf8() + '\n');
    client->waitForBytesWritten(10'000);
    return client;
}

qint64 MariaDbServer::findSession(const QString& user, const QString& infoLike)
{
    const QString condition = infoLike.isEmpty() ? QString() : QStringLiteral(" AND INFO LIKE '%1'").arg(infoLike);
    return queryAsRoot(QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = '%1'%2 "
                                      "ORDER BY ID DESC LIMIT 1")
                           .arg(user, condition))
        .toLongLong();
}

QString MariaDbServer::describe()
{
    return QString::fromUtf8(
        runAsRoot(QStringLiteral("SELECT p.ID, p.USER, p.COMMAND, p.STATE, p.INFO, t.trx_id, t.trx_rows_locked, "
                                 "t.trx_query FROM information_schema.PROCESSLIST p LEFT JOIN "
                                 "information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID"))
            .output);
}
