// SPDX-License-Identifier: GPL-3.0-or-later
// The direct source's reading of a server, without a server: flavour detection from VERSION(),
// the queries chosen per flavour, and rows as MariaDB 10.11, MySQL 5.7 and MySQL 8.0 return them
// (recorded), mapped to sessions, lock waits and a snapshot.
#include "mysql/mysqlerrors.h"
#include "mysql/processlist.h"

#include <QTest>

using Row = ProcessList::Row;

class TestProcessList : public QObject
{
    Q_OBJECT

private slots:
    void flavour_data();
    void flavour();
    void lockWaitQueryFollowsFlavour();
    void clientHost_data();
    void clientHost();
    void recordedRows_data();
    void recordedRows();
    void snapshotLeavesOwnConnectionOutAndAggregates();
    void errorsAreClassified_data();
    void errorsAreClassified();
};

void TestProcessList::flavour_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("mariadb");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("performanceSchemaLocks");
    QTest::addRow("mariadb 10.11") << "10.11.19-MariaDB-0+deb12u1"
                                   << "Debian 12" << true << 10 << 11 << false;
    QTest::addRow("mariadb old prefix") << "5.5.5-10.6.12-MariaDB-log"
                                        << "MariaDB Server" << true << 10 << 6 << false;
    QTest::addRow("mysql 5.7") << "5.7.44-log"
                               << "MySQL Community Server (GPL)" << false << 5 << 7 << false;
    QTest::addRow("mysql 8.0") << "8.0.36"
                               << "MySQL Community Server - GPL" << false << 8 << 0 << true;
    QTest::addRow("rds mysql 8.0") << "8.0.34"
                                   << "Source distribution" << false << 8 << 0 << true;
    QTest::addRow("mariadb by comment") << "10.5.22"
                                        << "mariadb.org binary distribution" << true << 10 << 5 << false;
}

void TestProcessList::flavour()
{
    QFETCH(QString, version);
    QFETCH(QString, comment);
    const ServerFlavor flavor = ServerFlavor::detect(version, comment);
    QTEST(flavor.kind == ServerFlavor::Kind::MariaDb, "mariadb");
    QTEST(flavor.major, "major");
    QTEST(flavor.minor, "minor");
    QTEST(flavor.hasPerformanceSchemaLockWaits(), "performanceSchemaLocks");
}

void TestProcessList::lockWaitQueryFollowsFlavour()
{
    const QString mysql8 = ProcessList::lockWaitsQuery(ServerFlavor::detect(QStringLiteral("8.0.36"), {}));
    QVERIFY(mysql8.contains(QLatin1String("performance_schema.data_lock_waits")));
    QVERIFY(!mysql8.contains(QLatin1String("INNODB_LOCK_WAITS")));
    const QString mariadb = ProcessList::lockWaitsQuery(ServerFlavor::detect(QStringLiteral("10.11.6-MariaDB"), {}));
    QVERIFY(mariadb.contains(QLatin1String("information_schema.INNODB_LOCK_WAITS")));
    const QString mysql57 = ProcessList::lockWaitsQuery(ServerFlavor::detect(QStringLiteral("5.7.44"), {}));
    QCOMPARE(mysql57, mariadb);
    // Never the 100-character SHOW PROCESSLIST: the full statement comes from INFO.
    QVERIFY(ProcessList::sessionsQuery({}).contains(QLatin1String("information_schema.PROCESSLIST")));
    QVERIFY(!ProcessList::sessionsWithoutTransactionsQuery().contains(QLatin1String("INNODB_TRX")));
}

void TestProcessList::clientHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("client");
    QTest::addRow("ipv4") << "10.0.0.7:51234"
                          << "10.0.0.7";
    QTest::addRow("name") << "app-3.example.com:40022"
                          << "app-3.example.com";
    QTest::addRow("socket") << "localhost"
                            << "localhost";
    QTest::addRow("ipv6 bracketed") << "[::1]:3306"
                                    << "::1";
    QTest::addRow("ipv6 bare") << "::1:51000"
                               << "::1";
    QTest::addRow("empty") << ""
                           << "";
}

void TestProcessList::clientHost()
{
    QFETCH(QString, host);
    QTEST(ProcessList::clientHost(host), "client");
}

void TestProcessList::recordedRows_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("trxId");
    QTest::addColumn<qint64>("trxDuration");
    QTest::addColumn<bool>("idleInTransaction");
    // MariaDB 10.11 (TIME as a number, trx_id as a number, TIMESTAMPDIFF as a number).
    QTest::addRow("mariadb idle in trx") << Row {qulonglong(6), QStringLiteral("app_rw"),
        QStringLiteral("127.0.0.1:42598"), QStringLiteral("shop"), QStringLiteral("Sleep"), qlonglong(41), QString(),
        QVariant(), qulonglong(1288), qlonglong(40)}
                                         << qint64(6) << "127.0.0.1"
                                         << "Sleep"
                                         << "1288" << qint64(40) << true;
    // MySQL 8.0 through the same driver: text where MariaDB gives numbers.
    QTest::addRow("mysql8 query") << Row {QStringLiteral("812"), QStringLiteral("report"),
        QStringLiteral("10.1.2.3:60000"), QVariant(), QStringLiteral("Query"), QStringLiteral("7"),
        QStringLiteral("executing"), QStringLiteral("SELECT * FROM t"), QStringLiteral("421937"), QStringLiteral("7")}
                                  << qint64(812) << "10.1.2.3"
                                  << "Query"
                                  << "421937" << qint64(7) << false;
    // MySQL 5.7 without PROCESS: the transaction columns are NULL.
    QTest::addRow("mysql57 no trx") << Row {qlonglong(90), QStringLiteral("app"), QStringLiteral("localhost"),
        QStringLiteral("db"), QStringLiteral("Sleep"), qlonglong(3), QString(), QVariant(), QVariant(), QVariant()}
                                    << qint64(90) << "localhost"
                                    << "Sleep"
                                    << "" << qint64(0) << false;
}

void TestProcessList::recordedRows()
{
    QFETCH(Row, row);
    const Session session = ProcessList::sessionFromRow(row);
    QTEST(session.sessionId, "id");
    QTEST(session.client, "client");
    QTEST(session.command, "command");
    QCOMPARE(session.userClientAlias, row.at(2).toString());
    QTEST(session.trxId.isNull() ? QString(QLatin1String("")) : session.trxId, "trxId");
    QTEST(session.trxDuration, "trxDuration");
    QTEST(session.isIdleInTransaction(), "idleInTransaction");
    // A NULL database stays distinct from an empty name.
    QCOMPARE(session.dbName.isNull(), row.at(3).isNull());
}

void TestProcessList::snapshotLeavesOwnConnectionOutAndAggregates()
{
    ProcessList::Input input;
    input.instanceId = QStringLiteral("db1:3306");
    input.snapshotTimeMs = 1'700'000'000'000;
    input.ownConnectionId = 3;
    const auto row = [](qint64 id, const char* user, const char* command, const QVariant& trx) {
        return Row {id, QLatin1String(user), QStringLiteral("10.0.0.1:1%1").arg(id), QStringLiteral("shop"),
            QLatin1String(command), qint64(id * 10), QString(), QVariant(), trx,
            trx.isNull() ? QVariant() : QVariant(5)};
    };
    input.sessions = {row(1, "app", "Query", QVariant()), row(2, "app", "Sleep", QStringLiteral("77")),
        row(3, "monitor", "Query", QVariant()), row(4, "etl", "Query", QStringLiteral("78"))};
    input.lockWaits = {Row {qint64(4), qint64(2), QStringLiteral("78"), QStringLiteral("77"), qint64(12),
        QStringLiteral("`shop`.`orders`"), QStringLiteral("X")}};
    input.lockWaitsKnown = true;
    const auto snapshot = ProcessList::snapshot(input);
    QCOMPARE(snapshot->sessions.size(), 3);
    QCOMPARE(snapshot->totalSessionCount, 3);
    QCOMPARE(snapshot->activeSessionCount, 2);
    QCOMPARE(snapshot->idleInTransactionCount, 1);
    QCOMPARE(snapshot->maxActiveTime, 40);
    QVERIFY(!snapshot->serverAggregated);
    QCOMPARE(snapshot->userStats.constFirst().key, QStringLiteral("app"));
    QCOMPARE(snapshot->userStats.constFirst().threadIds, (QList<qint64> {1, 2}));
    QCOMPARE(snapshot->clientStats.size(), 1);
    QCOMPARE(snapshot->clientStats.constFirst().key, QStringLiteral("10.0.0.1"));
    QCOMPARE(snapshot->blockerOf(4), 2);
    QCOMPARE(snapshot->blockedBy(2), QList<qint64> {4});
    QCOMPARE(snapshot->lockWaits.constFirst().waitSeconds, 12);
    QCOMPARE(snapshot->sourceKind, QStringLiteral("mysql"));
}

void TestProcessList::errorsAreClassified_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<FetchError::Category>("category");
    QTest::addRow("access denied") << 1045 << FetchError::Category::Credentials;
    QTest::addRow("specific privilege") << 1227 << FetchError::Category::Permission;
    QTest::addRow("table access") << 1142 << FetchError::Category::Permission;
    QTest::addRow("cannot connect") << 2002 << FetchError::Category::Transient;
    QTest::addRow("host unreachable") << 2003 << FetchError::Category::Transient;
    QTest::addRow("gone away") << 2006 << FetchError::Category::Transient;
    QTest::addRow("lost during query") << 2013 << FetchError::Category::Transient;
    QTest::addRow("too many connections") << 1040 << FetchError::Category::Throttling;
    QTest::addRow("tls") << 2026 << FetchError::Category::Tls;
    QTest::addRow("syntax") << 1064 << FetchError::Category::BadRequest;
}

void TestProcessList::errorsAreClassified()
{
    QFETCH(int, number);
    QFETCH(FetchError::Category, category);
    const FetchError error = MySqlErrors::fromError(number, QStringLiteral("text"));
    QCOMPARE(error.category(), category);
    QCOMPARE(error.code(), QStringLiteral("MySQL%1").arg(number));
    QVERIFY(!error.hint().isEmpty());
    QCOMPARE(error.pausesAutoRefresh(),
        category == FetchError::Category::Credentials || category == FetchError::Category::Permission);
}

QTEST_GUILESS_MAIN(TestProcessList)
#include "tst_processlist.moc"
