// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two moments: which sessions appeared, vanished and changed (a different command, state,
// SQL, database or time band), counted per user, client and database, and the two models the
// Compare dialog shows them with.
#include "models/diffcountmodel.h"
#include "models/snapshotdiffmodel.h"
#include "sessions/snapshotdiff.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

Session sleeping(qint64 id, const QString& user, const QString& client, const QString& db, qint64 time)
{
    return SessionBuilder(id).user(user).client(client).db(db).command(QStringLiteral("Sleep")).time(time).build();
}

Session running(qint64 id, const QString& user, const QString& db, const QString& sql, qint64 time)
{
    return SessionBuilder(id)
        .user(user)
        .client(QStringLiteral("10.0.0.9"))
        .db(db)
        .command(QStringLiteral("Query"))
        .state(QStringLiteral("executing"))
        .sql(sql)
        .time(time)
        .build();
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void timeBands_data();
    void timeBands();
    void appearedVanishedChangedAndUnchanged();
    void eachFieldCountsAsAChange_data();
    void eachFieldCountsAsAChange();
    void countsPerUserClientAndDatabase();
    void aMissingMomentMakesEverySessionNewOrGone();
    void modelsShowTheDiff();
};

void TestSnapshotDiff::timeBands_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("band");
    QTest::addRow("0 s") << qint64(0) << 0;
    QTest::addRow("1 s") << qint64(1) << 1;
    QTest::addRow("9 s") << qint64(9) << 1;
    QTest::addRow("10 s") << qint64(10) << 2;
    QTest::addRow("59 s") << qint64(59) << 2;
    QTest::addRow("1 min") << qint64(60) << 3;
    QTest::addRow("10 min") << qint64(600) << 4;
    QTest::addRow("59 min") << qint64(3599) << 4;
    QTest::addRow("1 h") << qint64(3600) << 5;
    QTest::addRow("a day") << qint64(86400) << 5;
}

void TestSnapshotDiff::timeBands()
{
    QFETCH(qint64, seconds);
    QFETCH(int, band);
    QCOMPARE(SnapshotDiff::timeBucket(seconds), band);
}

void TestSnapshotDiff::appearedVanishedChangedAndUnchanged()
{
    const SnapshotPtr before
        = SnapshotBuilder(QStringLiteral("rm-1"))
              .takenAt(1000)
              .sessions({sleeping(1, QStringLiteral("app"), QStringLiteral("10.0.0.1"), QStringLiteral("orders"), 20),
                  running(2, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 1"), 2),
                  sleeping(3, QStringLiteral("batch"), QStringLiteral("10.0.0.2"), QStringLiteral("billing"), 5)})
              .build();
    // 1 keeps sleeping in the same band (20 s → 40 s): unchanged. 2 runs another statement:
    // changed. 3 is gone, 4 is new.
    const SnapshotPtr after
        = SnapshotBuilder(QStringLiteral("rm-1"))
              .takenAt(21000)
              .sessions({sleeping(1, QStringLiteral("app"), QStringLiteral("10.0.0.1"), QStringLiteral("orders"), 40),
                  running(2, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 2"), 3),
                  running(4, QStringLiteral("report"), QStringLiteral("billing"),
                      QStringLiteral("SELECT sum(x) FROM t"), 1)})
              .build();
    const SnapshotDiff diff = SnapshotDiff::compare(before, after);
    QCOMPARE(diff.appeared(), 1);
    QCOMPARE(diff.vanished(), 1);
    QCOMPARE(diff.changed(), 1);
    QCOMPARE(diff.unchanged(), 1);
    QCOMPARE(diff.changes().size(), 3);
    // Appeared first, then changed, then vanished.
    QCOMPARE(diff.changes().at(0).kind, SnapshotDiff::Kind::Appeared);
    QCOMPARE(diff.changes().at(0).sessionId, 4);
    QCOMPARE(diff.changes().at(1).kind, SnapshotDiff::Kind::Changed);
    QCOMPARE(diff.changes().at(1).sessionId, 2);
    QCOMPARE(diff.changes().at(1).fields, int(SnapshotDiff::SqlField));
    QCOMPARE(diff.changes().at(1).before.sqlText, QStringLiteral("SELECT 1"));
    QCOMPARE(diff.changes().at(1).after.sqlText, QStringLiteral("SELECT 2"));
    QCOMPARE(diff.changes().at(2).kind, SnapshotDiff::Kind::Vanished);
    QCOMPARE(diff.changes().at(2).sessionId, 3);
    QCOMPARE(diff.changes().at(2).session().user, QStringLiteral("batch"));

    // The other way round, what appeared has vanished.
    const SnapshotDiff backwards = SnapshotDiff::compare(after, before);
    QCOMPARE(backwards.appeared(), 1);
    QCOMPARE(backwards.changes().at(0).sessionId, 3);
    QCOMPARE(backwards.changes().at(2).sessionId, 4);
}

void TestSnapshotDiff::eachFieldCountsAsAChange_data()
{
    QTest::addColumn<Session>("later");
    QTest::addColumn<int>("fields");
    const Session base = running(7, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 1"), 12);
    Session command = base;
    command.command = QStringLiteral("Sleep");
    Session state = base;
    state.state = QStringLiteral("Sending data");
    Session db = base;
    db.dbName = QStringLiteral("billing");
    Session longer = base;
    longer.time = 75;
    Session sameBand = base;
    sameBand.time = 50;
    Session trx = base;
    trx.trxId = QStringLiteral("4711");
    QTest::addRow("command") << command << int(SnapshotDiff::CommandField);
    QTest::addRow("state") << state << int(SnapshotDiff::StateField);
    QTest::addRow("database") << db << int(SnapshotDiff::DatabaseField);
    QTest::addRow("into a longer band") << longer << int(SnapshotDiff::TimeBucketField);
    QTest::addRow("longer in the same band") << sameBand << 0;
    // A transaction id is not among the compared fields.
    QTest::addRow("transaction only") << trx << 0;
}

void TestSnapshotDiff::eachFieldCountsAsAChange()
{
    QFETCH(Session, later);
    QFETCH(int, fields);
    const Session base = running(7, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 1"), 12);
    const SnapshotDiff diff = SnapshotDiff::compare(
        SnapshotBuilder().sessions({base}).build(), SnapshotBuilder().sessions({later}).build());
    QCOMPARE(diff.changed(), fields ? 1 : 0);
    QCOMPARE(diff.unchanged(), fields ? 0 : 1);
    if (fields)
        QCOMPARE(diff.changes().constFirst().fields, fields);
}

void TestSnapshotDiff::countsPerUserClientAndDatabase()
{
    QList<Session> before;
    QList<Session> after;
    // app@orders: 3 vanish; batch@billing: 2 appear; app@orders: 1 changes its statement.
    for (int i = 1; i <= 3; ++i)
        before.append(sleeping(i, QStringLiteral("app"), QStringLiteral("10.0.0.1"), QStringLiteral("orders"), 5));
    for (int i = 10; i <= 11; ++i)
        after.append(sleeping(i, QStringLiteral("batch"), QStringLiteral("10.0.0.2"), QStringLiteral("billing"), 5));
    before.append(running(20, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 1"), 1));
    after.append(running(20, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("UPDATE t"), 1));
    const SnapshotDiff diff
        = SnapshotDiff::compare(SnapshotBuilder().sessions(before).build(), SnapshotBuilder().sessions(after).build());

    const QList<SnapshotDiff::Count>& users = diff.counts(Dimension::User);
    QCOMPARE(users.size(), 2);
    // The most changed first.
    QCOMPARE(users.at(0).key, QStringLiteral("app"));
    QCOMPARE(users.at(0).vanished, 3);
    QCOMPARE(users.at(0).changed, 1);
    QCOMPARE(users.at(0).appeared, 0);
    QCOMPARE(users.at(1).key, QStringLiteral("batch"));
    QCOMPARE(users.at(1).appeared, 2);

    const QList<SnapshotDiff::Count>& clients = diff.counts(Dimension::Client);
    QCOMPARE(clients.size(), 3);
    QCOMPARE(clients.at(0).key, QStringLiteral("10.0.0.1"));
    QCOMPARE(clients.at(0).vanished, 3);

    const QList<SnapshotDiff::Count>& dbs = diff.counts(Dimension::Database);
    QCOMPARE(dbs.size(), 2);
    QCOMPARE(dbs.at(0).key, QStringLiteral("orders"));
    QCOMPARE(dbs.at(0).total(), 4);
    QCOMPARE(dbs.at(1).key, QStringLiteral("billing"));
    QCOMPARE(dbs.at(1).appeared, 2);
}

void TestSnapshotDiff::aMissingMomentMakesEverySessionNewOrGone()
{
    const SnapshotPtr one
        = SnapshotBuilder()
              .sessions({sleeping(1, QStringLiteral("a"), {}, {}, 1), sleeping(2, QStringLiteral("b"), {}, {}, 1)})
              .build();
    QCOMPARE(SnapshotDiff::compare(nullptr, one).appeared(), 2);
    QCOMPARE(SnapshotDiff::compare(one, nullptr).vanished(), 2);
    QCOMPARE(SnapshotDiff::compare(one, one).unchanged(), 2);
    QVERIFY(SnapshotDiff::compare(one, one).changes().isEmpty());
}

void TestSnapshotDiff::modelsShowTheDiff()
{
    SnapshotDiffModel sessions;
    QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffCountModel users(Dimension::User);
    QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffCountModel databases(Dimension::Database);
    QAbstractItemModelTester databasesTester(&databases, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const SnapshotPtr before
        = SnapshotBuilder()
              .sessions({running(2, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 1"), 5),
                  sleeping(3, QStringLiteral("batch"), {}, QStringLiteral("billing"), 5)})
              .build();
    const SnapshotPtr after
        = SnapshotBuilder()
              .sessions({running(2, QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("SELECT 1"), 70),
                  running(4, QStringLiteral("report"), QStringLiteral("billing"),
                      QStringLiteral("SELECT\nsum(x) FROM t"), 1)})
              .build();
    const SnapshotDiff diff = SnapshotDiff::compare(before, after);
    sessions.setDiff(diff);
    users.setDiff(diff);
    databases.setDiff(diff);

    QCOMPARE(sessions.rowCount(), 3);
    const auto cell = [&](int row, int column) { return sessions.index(row, column).data().toString(); };
    QCOMPARE(cell(0, SnapshotDiffModel::ChangeColumn), QStringLiteral("Appeared"));
    QCOMPARE(cell(0, SnapshotDiffModel::SessionIdColumn), QStringLiteral("4"));
    QCOMPARE(cell(0, SnapshotDiffModel::SqlColumn), QStringLiteral("SELECT sum(x) FROM t"));
    QCOMPARE(cell(1, SnapshotDiffModel::ChangeColumn), QStringLiteral("Changed: Time"));
    QCOMPARE(cell(1, SnapshotDiffModel::TimeColumn), QStringLiteral("5 s → 70 s"));
    QCOMPARE(cell(2, SnapshotDiffModel::ChangeColumn), QStringLiteral("Vanished"));
    QCOMPARE(cell(2, SnapshotDiffModel::UserColumn), QStringLiteral("batch"));
    QCOMPARE(sessions.index(1, SnapshotDiffModel::TimeColumn).data(SnapshotDiffModel::SortRole).toLongLong(), 70);

    QCOMPARE(users.rowCount(), 3);
    QCOMPARE(databases.rowCount(), 2);
    QCOMPARE(databases.index(0, DiffCountModel::KeyColumn).data().toString(), QStringLiteral("billing"));
    QCOMPARE(databases.index(0, DiffCountModel::AppearedColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(databases.index(0, DiffCountModel::VanishedColumn).data(DiffCountModel::SortRole).toInt(), 1);
    QCOMPARE(databases.index(1, DiffCountModel::ChangedColumn).data().toString(), QStringLiteral("1"));

    // Another pair of moments replaces the rows.
    sessions.setDiff(SnapshotDiff::compare(before, before));
    users.setDiff(SnapshotDiff::compare(before, before));
    QCOMPARE(sessions.rowCount(), 0);
    QCOMPARE(users.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
