// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionscope-cli snapshot --mysql` against the real MariaDB server: sessions, statistics and lock
// waits as CSV, the password from MYSQL_PWD or ~/.my.cnf (never the command line), a wrong
// password as a credentials error, and usage errors.
#include "support/mariadbserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCliMySql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotWithLocksFromMysqlPwd();
    void passwordFromMyCnf();
    void wrongPasswordIsAFailedFetch();
    void usageErrors_data();
    void usageErrors();
    void cleanupTestCase();

private:
    Run cli(const QStringList& arguments, const QString& mysqlPwd, const QString& home = {});
    QString address() const
    {
        return MariaDbServer::rootSettings().host + QLatin1Char(':')
            + QString::number(MariaDbServer::rootSettings().port);
    }

    QTemporaryDir m_dir;
    QString m_cliPath;
    std::vector<std::unique_ptr<QProcess>> m_clients;
};

void TestCliMySql::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    QVERIFY(m_dir.isValid());
    m_cliPath = QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli");
    const QString setup = MariaDbServer::execAsRoot(
        QStringLiteral("CREATE DATABASE IF NOT EXISTS inventory; "
                       "CREATE TABLE IF NOT EXISTS inventory.items (id INT PRIMARY KEY, n INT) ENGINE=InnoDB; "
                       "REPLACE INTO inventory.items VALUES (7, 0);"));
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
    QCOMPARE(MariaDbServer::queryAsRoot(QStringLiteral("SELECT COUNT(*) FROM inventory.items WHERE id = 7")),
        QStringLiteral("1"));
    const QString root = MariaDbServer::rootSettings().password;
    m_clients.push_back(MariaDbServer::openSession(
        QStringLiteral("root"), root, QStringLiteral("BEGIN; UPDATE inventory.items SET n = n + 1 WHERE id = 7;")));
    qint64 holder = 0;
    const bool held = QTest::qWaitFor(
        [&] {
            holder = MariaDbServer::queryAsRoot(
                QStringLiteral("SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX "
                               "WHERE trx_rows_locked > 0 AND trx_query IS NULL LIMIT 1"))
                         .toLongLong();
            return holder > 0;
        },
        30'000);
    QVERIFY2(held,
        qPrintable(MariaDbServer::describe()
            + QString::fromUtf8(m_clients.back()->readAllStandardError() + m_clients.back()->readAllStandardOutput())));
    m_clients.push_back(MariaDbServer::openSession(
        QStringLiteral("root"), root, QStringLiteral("UPDATE inventory.items SET n = n + 5 WHERE id = 7;")));
    QTRY_VERIFY_WITH_TIMEOUT(
        MariaDbServer::findSession(QStringLiteral("root"), QStringLiteral("UPDATE inventory.items SET n = n + 5%")) > 0,
        30'000);
}

void TestCliMySql::cleanupTestCase()
{
    for (auto& client : m_clients) {
        client->kill();
        client->waitForFinished();
    }
}

Run TestCliMySql::cli(const QStringList& arguments, const QString& mysqlPwd, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MYSQL_PWD"));
    if (!mysqlPwd.isNull())
        env.insert(QStringLiteral("MYSQL_PWD"), mysqlPwd);
    env.insert(QStringLiteral("HOME"), home.isEmpty() ? m_dir.path() : home);
    process.setProcessEnvironment(env);
    process.start(m_cliPath, arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliMySql::snapshotWithLocksFromMysqlPwd()
{
    const QString sessions = m_dir.filePath(QStringLiteral("sessions.csv"));
    const QString stats = m_dir.filePath(QStringLiteral("stats.csv"));
    const QString locks = m_dir.filePath(QStringLiteral("locks.csv"));
    const QString password = MariaDbServer::rootSettings().password;
    const Run run = cli(
        {QStringLiteral("snapshot"), QStringLiteral("--mysql"), address(), QStringLiteral("--user"),
            QStringLiteral("root"), QStringLiteral("--ssl-mode"), QStringLiteral("disabled"),
            QStringLiteral("--output"), sessions, QStringLiteral("--stats"), stats, QStringLiteral("--locks"), locks},
        password);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.err.contains(password.toUtf8()));

    const QString csv = readFile(sessions);
    QVERIFY(csv.startsWith(QLatin1String("SnapshotTime,InstanceId,NodeId,SessionId,")));
    // Every row names the server as its instance, and the blocked UPDATE is there in full.
    QVERIFY(csv.contains(QLatin1Char(',') + address() + QLatin1String(",,")));
    QVERIFY(csv.contains(QLatin1String("UPDATE inventory.items SET n = n + 5 WHERE id = 7")));
    QVERIFY(readFile(stats).contains(QLatin1String(",user,root,")));

    const QStringList lockLines = readFile(locks).split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lockLines.constFirst(),
        QStringLiteral("SnapshotTime,InstanceId,NodeId,WaitingSessionId,BlockingSessionId,WaitingTrxId,BlockingTrxId,"
                       "WaitSeconds,LockedTable,LockMode"));
    // Other tests may hold locks on the same server; this test's wait is on inventory.items.
    const auto onItems = std::count_if(lockLines.cbegin(), lockLines.cend(),
        [](const QString& line) { return line.contains(QLatin1String("`inventory`.`items`")); });
    QCOMPARE(onItems, 1);
}

void TestCliMySql::passwordFromMyCnf()
{
    QTemporaryDir home;
    QFile cnf(home.filePath(QStringLiteral(".my.cnf")));
    QVERIFY(cnf.open(QIODevice::WriteOnly));
    cnf.write("[mysql]\npassword=not-this-one\n\n[client]\nuser = root\npassword = \""
        + MariaDbServer::rootSettings().password.toUtf8()
        + "\"  \nport=" + QByteArray::number(MariaDbServer::rootSettings().port) + "\nhost=127.0.0.1\n");
    cnf.close();
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--mysql"), address(), QStringLiteral("--format"),
                            QStringLiteral("json")},
        QString(), home.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("\"sessions\""));
    QVERIFY(run.out.contains("UPDATE inventory.items SET n = n + 5 WHERE id = 7"));
}

void TestCliMySql::wrongPasswordIsAFailedFetch()
{
    const Run run = cli({QStringLiteral("snapshot"), QStringLiteral("--mysql"), address(), QStringLiteral("--user"),
                            QStringLiteral("root"), QStringLiteral("--timeout"), QStringLiteral("10")},
        QStringLiteral("not-the-password"));
    // The server refused the login: the fetch failed (1), as when DAS refuses an AccessKey.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("MySQL1045"), run.err.constData());
    QVERIFY(!run.err.contains("not-the-password"));
}

void TestCliMySql::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("bad port") << QStringList {QStringLiteral("--mysql"), QStringLiteral("db:99999")}
                              << QByteArray("--mysql takes host[:port]");
    QTest::addRow("bad ssl mode") << QStringList {QStringLiteral("--mysql"), QStringLiteral("db"),
        QStringLiteral("--ssl-mode"), QStringLiteral("sometimes")}
                                  << QByteArray("--ssl-mode takes");
    QTest::addRow("verify without ca") << QStringList {QStringLiteral("--mysql"), QStringLiteral("db"),
        QStringLiteral("--ssl-mode"), QStringLiteral("verify-ca")}
                                       << QByteArray("needs a CA file");
}

void TestCliMySql::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = cli(QStringList {QStringLiteral("snapshot")} + arguments, QStringLiteral("x"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliMySql)
#include "tst_climysql.moc"
