// SPDX-License-Identifier: GPL-3.0-or-later
// sessionscope-workload against a real MariaDB server (scripts/with-mariadb): after --setup, the
// workload shows what the demo promises — several accounts, a SELECT SLEEP running, a session idle
// in a transaction, a lock wait — and a SIGTERM ends it and its sessions promptly.
#include "support/mariadbserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

const QString WorkloadUsers = QStringLiteral("'app_rw', 'app_ro', 'etl', 'report'");

QStringList serverArguments()
{
    return {QStringLiteral("--host"), qEnvironmentVariable("SESSIONSCOPE_MARIADB_HOST"), QStringLiteral("--port"),
        qEnvironmentVariable("SESSIONSCOPE_MARIADB_PORT"), QStringLiteral("--user"), QStringLiteral("root")};
}

} // namespace

class TestWorkload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setupCanRunTwice();
    void keepsTheServerBusyAndStopsOnSigterm();
    void cleanupTestCase();

private:
    void startWorkload(QProcess& process, const QStringList& arguments);

    QString m_workloadPath;
    QProcess m_workload;
};

void TestWorkload::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_workloadPath = QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/emulator/sessionscope-workload");
    QVERIFY2(QFile::exists(m_workloadPath), qPrintable(m_workloadPath));
}

void TestWorkload::startWorkload(QProcess& process, const QStringList& arguments)
{
    // The password travels in the environment, never on the command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MYSQL_PWD"), qEnvironmentVariable("SESSIONSCOPE_MARIADB_ROOT_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(m_workloadPath, serverArguments() + arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
}

void TestWorkload::setupCanRunTwice()
{
    for (int run = 0; run < 2; ++run) {
        QProcess setup;
        startWorkload(setup, {QStringLiteral("--setup")});
        QVERIFY(setup.waitForFinished(60'000));
        QVERIFY2(setup.exitStatus() == QProcess::NormalExit && setup.exitCode() == 0,
            qPrintable(QString::fromUtf8(setup.readAllStandardError())));
    }
    QCOMPARE(MariaDbServer::queryAsRoot(QStringLiteral("SELECT COUNT(*) FROM shop.orders")), QStringLiteral("100"));
    QCOMPARE(MariaDbServer::queryAsRoot(
                 QStringLiteral("SELECT COUNT(DISTINCT User) FROM mysql.user WHERE User IN (%1)").arg(WorkloadUsers)),
        QStringLiteral("4"));
}

void TestWorkload::keepsTheServerBusyAndStopsOnSigterm()
{
    startWorkload(m_workload,
        {QStringLiteral("--scale"), QStringLiteral("12"), QStringLiteral("--duration"), QStringLiteral("180"),
            QStringLiteral("--seed"), QStringLiteral("7")});
    QTRY_VERIFY2_WITH_TIMEOUT(m_workload.canReadLine() || m_workload.state() != QProcess::Running,
        qPrintable(QString::fromUtf8(m_workload.readAllStandardError())), 20'000);
    const QString line = QString::fromUtf8(m_workload.readLine()).trimmed();
    QCOMPARE(line, QStringLiteral("sessionscope-workload running: 12 clients"));

    const QString users
        = QStringLiteral("SELECT COUNT(DISTINCT USER) FROM information_schema.PROCESSLIST WHERE USER IN (%1)")
              .arg(WorkloadUsers);
    QTRY_VERIFY2_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(users).toInt() >= 3, qPrintable(MariaDbServer::describe()), 30'000);
    const QString sleeping = QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = "
                                            "'Query' AND INFO LIKE 'SELECT SLEEP(%'");
    QTRY_VERIFY2_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(sleeping).toInt() >= 1, qPrintable(MariaDbServer::describe()), 30'000);
    const QString idleInTransaction
        = QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST p JOIN information_schema.INNODB_TRX t "
                         "ON t.trx_mysql_thread_id = p.ID WHERE p.COMMAND = 'Sleep' AND p.USER IN (%1)")
              .arg(WorkloadUsers);
    QTRY_VERIFY2_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(idleInTransaction).toInt() >= 1, qPrintable(MariaDbServer::describe()), 30'000);
    const QString lockWaits = QStringLiteral("SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS");
    QTRY_VERIFY2_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(lockWaits).toInt() >= 1, qPrintable(MariaDbServer::describe()), 30'000);
    QVERIFY2(m_workload.state() == QProcess::Running, qPrintable(QString::fromUtf8(m_workload.readAllStandardError())));

    QElapsedTimer stopping;
    stopping.start();
    ::kill(pid_t(m_workload.processId()), SIGTERM);
    QVERIFY(m_workload.waitForFinished(10'000));
    QVERIFY2(stopping.elapsed() < 10'000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(m_workload.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_workload.exitCode(), 0);
    const QString left
        = QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER IN (%1)").arg(WorkloadUsers);
    // A closed connection may take the server a moment to forget.
    QTRY_VERIFY2_WITH_TIMEOUT(
        MariaDbServer::queryAsRoot(left) == QStringLiteral("0"), qPrintable(MariaDbServer::describe()), 5'000);
    QCOMPARE(MariaDbServer::queryAsRoot(lockWaits), QStringLiteral("0"));
}

void TestWorkload::cleanupTestCase()
{
    if (m_workload.state() != QProcess::NotRunning) {
        m_workload.kill();
        m_workload.waitForFinished();
    }
    // Other tests on this server bring their own shop and accounts.
    MariaDbServer::execAsRoot(QStringLiteral(
        "DROP DATABASE IF EXISTS shop; DROP DATABASE IF EXISTS inventory; DROP DATABASE IF EXISTS reports; "
        "DROP USER IF EXISTS 'app_rw'@'%', 'app_rw'@'localhost', 'app_ro'@'%', 'app_ro'@'localhost', 'etl'@'%', "
        "'etl'@'localhost', 'report'@'%', 'report'@'localhost';"));
}

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
