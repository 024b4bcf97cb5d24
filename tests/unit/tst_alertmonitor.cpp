// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts as the window keeps them, without the window: AlertMonitor fed (profile, snapshot) and
// (profile, failure) with times the test chooses, for every kind of rule; the history file across a
// restart and when it is damaged; the alert list model; the exported CSV.
#include "alerts/alerthistory.h"
#include "export/alertcsv.h"
#include "models/alertlistmodel.h"
#include "monitor/alertmonitor.h"
#include "sessions/sessionaggregator.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QUuid profileId = QUuid::fromString(QStringLiteral("0b6f7a2e-1c1d-4a57-9b7e-7a3f0c2d9e11"));
constexpr qint64 T0 = 1'764'600'000'000; // 2025-12-01T14:40:00Z

// `n` sessions of app_rw from 10.0.0.5 in shop, running one statement for `seconds`, from id 100.
QList<Session> running(int n, qint64 seconds = 5)
{
    QList<Session> sessions;
    for (int i = 0; i < n; ++i)
        sessions.append(SessionBuilder(100 + i)
                            .user(QStringLiteral("app_rw"))
                            .client(QStringLiteral("10.0.0.5"))
                            .db(QStringLiteral("shop"))
                            .command(QStringLiteral("Query"))
                            .time(seconds + i)
                            .sql(QStringLiteral("select * from orders where id = %1").arg(i)));
    return sessions;
}

SessionSnapshot snapshotOf(const QList<Session>& sessions)
{
    SessionSnapshot snapshot = *SnapshotBuilder(QStringLiteral("rm-1")).sessions(sessions).build();
    SessionAggregator::aggregate(snapshot);
    return snapshot;
}

SessionSnapshot withLockWaits(int waits)
{
    SessionSnapshot snapshot = snapshotOf(running(1));
    snapshot.lockWaitsKnown = true;
    for (int i = 0; i < waits; ++i)
        snapshot.lockWaits.append({700 + i, 100, {}, {}, 4, {}, {}});
    return snapshot;
}

InstanceProfile profileWith(const QString& rule, int consecutive = 2)
{
    InstanceProfile profile;
    profile.id = profileId;
    profile.displayName = QStringLiteral("Orders primary");
    profile.alertRules = {{*AlertRule::parse(rule), true}};
    profile.alertConsecutive = consecutive;
    return profile;
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private slots:
    void hysteresisPerRuleKind_data();
    void hysteresisPerRuleKind();
    void failingSourceCountsFromTheFirstFailure();
    void offRulesAndOtherProfilesAreNotEvaluated();
    void changedRulesEndTheirAlerts();
    void historySurvivesARestart();
    void damagedHistoryIsSetAsideWithAMessage();
    void historyIsBounded();
    void listModelShowsNewestFirstAndUpdatesInPlace();
    void exportedCsv();
};

void TestAlertMonitor::hysteresisPerRuleKind_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<SessionSnapshot>("breaching");
    QTest::addColumn<SessionSnapshot>("clean");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QList<qint64>>("sessions");

    QList<Session> oneLong = running(2, 10);
    oneLong[0].time = 90;
    QList<Session> idle = running(1);
    idle.append(SessionBuilder(500)
                    .user(QStringLiteral("app_rw"))
                    .command(QStringLiteral("Sleep"))
                    .time(200)
                    .transaction(QStringLiteral("4711")));
    QList<Session> idleShort = running(1);
    idleShort.append(SessionBuilder(500)
                         .user(QStringLiteral("app_rw"))
                         .command(QStringLiteral("Sleep"))
                         .time(5)
                         .transaction(QStringLiteral("4711")));

    QTest::addRow("active") << QStringLiteral("active>2") << snapshotOf(running(3)) << snapshotOf(running(1))
                            << qint64(3) << QString() << QList<qint64> {100, 101, 102};
    QTest::addRow("longest_active") << QStringLiteral("longest_active>60") << snapshotOf(oneLong)
                                    << snapshotOf(running(2, 10)) << qint64(90) << QString() << QList<qint64> {100};
    QTest::addRow("idle_in_trx") << QStringLiteral("idle_in_trx>100") << snapshotOf(idle) << snapshotOf(idleShort)
                                 << qint64(200) << QString() << QList<qint64> {500};
    QTest::addRow("user") << QStringLiteral("user>2") << snapshotOf(running(3)) << snapshotOf(running(2)) << qint64(3)
                          << QStringLiteral("app_rw") << QList<qint64> {100, 101, 102};
    QTest::addRow("user:NAME") << QStringLiteral("user:app_rw>2") << snapshotOf(running(3)) << snapshotOf(running(1))
                               << qint64(3) << QStringLiteral("app_rw") << QList<qint64> {100, 101, 102};
    QTest::addRow("client") << QStringLiteral("client>2") << snapshotOf(running(3)) << snapshotOf(running(2))
                            << qint64(3) << QStringLiteral("10.0.0.5") << QList<qint64> {100, 101, 102};
    QTest::addRow("db") << QStringLiteral("db>2") << snapshotOf(running(3)) << snapshotOf(running(2)) << qint64(3)
                        << QStringLiteral("shop") << QList<qint64> {100, 101, 102};
    QTest::addRow("statement") << QStringLiteral("statement>2") << snapshotOf(running(3)) << snapshotOf(running(2))
                               << qint64(3) << QStringLiteral("select * from orders where id = ?")
                               << QList<qint64> {100, 101, 102};
    QTest::addRow("lock_waits") << QStringLiteral("lock_waits>1") << withLockWaits(2) << withLockWaits(0) << qint64(2)
                                << QString() << QList<qint64> {700, 701};
}

void TestAlertMonitor::hysteresisPerRuleKind()
{
    QFETCH(QString, rule);
    QFETCH(SessionSnapshot, breaching);
    QFETCH(SessionSnapshot, clean);
    QFETCH(qint64, value);
    QFETCH(QString, subject);
    QFETCH(QList<qint64>, sessions);

    AlertMonitor monitor;
    monitor.watch(profileWith(rule));
    QVERIFY(monitor.isWatching(profileId));
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    QSignalSpy cleared(&monitor, &AlertMonitor::alertCleared);
    qint64 t = T0;
    const auto feed = [&](const SessionSnapshot& snapshot) { monitor.addSnapshot(profileId, snapshot, t += 10'000); };

    // Flapping around the threshold: never two breaching snapshots in a row, so nothing.
    for (int i = 0; i < 4; ++i) {
        feed(breaching);
        feed(clean);
    }
    QCOMPARE(raised.size(), 0);
    QCOMPARE(monitor.raisedCount(), 0);

    // Two in a row raise it once, with what breached and the sessions behind it.
    feed(breaching);
    QCOMPARE(raised.size(), 0);
    feed(breaching);
    QCOMPARE(raised.size(), 1);
    feed(breaching);
    feed(clean);
    feed(breaching);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(monitor.raisedCount(), 1);
    const AlertRecord alert = raised.at(0).at(0).value<AlertRecord>();
    QCOMPARE(alert.raisedMs, T0 + 100'000);
    QCOMPARE(alert.clearedMs, 0);
    QCOMPARE(alert.profileId, profileId);
    QCOMPARE(alert.instance, QStringLiteral("Orders primary"));
    QCOMPARE(alert.rule, rule);
    QCOMPARE(alert.value, value);
    QCOMPARE(alert.subject, subject);
    QList<qint64> ids = alert.sessionIds;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, sessions);

    // Two clean ones in a row clear it, at the second one's time.
    feed(clean);
    QCOMPARE(cleared.size(), 0);
    feed(clean);
    QCOMPARE(cleared.size(), 1);
    const AlertRecord done = cleared.at(0).at(0).value<AlertRecord>();
    QCOMPARE(done.id, alert.id);
    QCOMPARE(done.clearedMs, t);
    QCOMPARE(monitor.raisedCount(), 0);
    QCOMPARE(monitor.alerts().size(), 1);
    QCOMPARE(monitor.alert(alert.id)->clearedMs, t);
}

void TestAlertMonitor::failingSourceCountsFromTheFirstFailure()
{
    AlertMonitor monitor;
    monitor.watch(profileWith(QStringLiteral("failing>30")));
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    QSignalSpy cleared(&monitor, &AlertMonitor::alertCleared);
    const SessionSnapshot good = snapshotOf(running(1));

    monitor.addSnapshot(profileId, good, T0);
    // Failures every 10 s from +10 s: 0, 10, 20 and 30 s of failing are clean, 40 s is one breach
    // and 50 s the second, which raises it.
    for (int s = 10; s <= 50; s += 10) {
        monitor.addFailure(profileId, T0 + s * 1000);
        QCOMPARE(raised.size(), 0);
    }
    monitor.addFailure(profileId, T0 + 60'000);
    QCOMPARE(raised.size(), 1);
    const AlertRecord alert = raised.at(0).at(0).value<AlertRecord>();
    QCOMPARE(alert.value, qint64(50));
    QCOMPARE(alert.rule, QStringLiteral("failing>30"));
    QVERIFY(alert.sessionIds.isEmpty());

    // A snapshot is clean for this rule; the first one does not clear it yet, the second does.
    monitor.addSnapshot(profileId, good, T0 + 70'000);
    QCOMPARE(cleared.size(), 0);
    monitor.addSnapshot(profileId, good, T0 + 80'000);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.at(0).at(0).value<AlertRecord>().clearedMs, T0 + 80'000);

    // A fresh run of failures counts from its own first failure, not from the previous run's.
    monitor.addFailure(profileId, T0 + 90'000);
    monitor.addFailure(profileId, T0 + 100'000);
    QCOMPARE(raised.size(), 1);
}

void TestAlertMonitor::offRulesAndOtherProfilesAreNotEvaluated()
{
    AlertMonitor monitor;
    InstanceProfile off = profileWith(QStringLiteral("active>0"));
    off.alertRules[0].enabled = false;
    monitor.watch(off);
    QVERIFY(!monitor.isWatching(profileId));
    QVERIFY(!monitor.isWatchingAny());
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    for (int i = 0; i < 3; ++i)
        monitor.addSnapshot(profileId, snapshotOf(running(5)), T0 + i * 1000);
    QCOMPARE(raised.size(), 0);

    // Another profile's snapshots do not count towards this one's.
    monitor.watch(profileWith(QStringLiteral("active>0")));
    const QUuid other = QUuid::createUuid();
    monitor.addSnapshot(profileId, snapshotOf(running(5)), T0 + 5000);
    monitor.addSnapshot(other, snapshotOf(running(5)), T0 + 6000);
    QCOMPARE(raised.size(), 0);
    monitor.addSnapshot(profileId, snapshotOf(running(5)), T0 + 7000);
    QCOMPARE(raised.size(), 1);
}

void TestAlertMonitor::changedRulesEndTheirAlerts()
{
    AlertMonitor monitor;
    monitor.setClock([] { return T0 + 99'000; });
    monitor.watch(profileWith(QStringLiteral("active>0")));
    monitor.addSnapshot(profileId, snapshotOf(running(2)), T0);
    monitor.addSnapshot(profileId, snapshotOf(running(2)), T0 + 1000);
    QCOMPARE(monitor.raisedCount(), 1);
    QSignalSpy cleared(&monitor, &AlertMonitor::alertCleared);

    // The same rules again (the profile was saved unchanged): the alert stays.
    monitor.watch(profileWith(QStringLiteral("active>0")));
    QCOMPARE(cleared.size(), 0);
    // A new threshold: the old alert ends now, and the new rule starts counting afresh.
    monitor.watch(profileWith(QStringLiteral("active>1")));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.at(0).at(0).value<AlertRecord>().clearedMs, T0 + 99'000);
    QCOMPARE(monitor.raisedCount(), 0);
    monitor.addSnapshot(profileId, snapshotOf(running(2)), T0 + 2000);
    monitor.addSnapshot(profileId, snapshotOf(running(2)), T0 + 3000);
    QCOMPARE(monitor.raisedCount(), 1);
    // Not watched any more: raised alerts end as not seen cleared.
    monitor.forget(profileId);
    QCOMPARE(cleared.size(), 2);
    QCOMPARE(cleared.at(1).at(0).value<AlertRecord>().clearedMs, AlertRecord::NotSeenCleared);
    QCOMPARE(monitor.raisedCount(), 0);
}

void TestAlertMonitor::historySurvivesARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/alerts.jsonl"));
    QList<AlertRecord> before;
    {
        AlertMonitor monitor(path);
        QVERIFY(monitor.alerts().isEmpty());
        QCOMPARE(monitor.historyProblem(), QString());
        monitor.watch(profileWith(QStringLiteral("user>2"), 1));
        monitor.addSnapshot(profileId, snapshotOf(running(3)), T0);
        monitor.addSnapshot(profileId, snapshotOf(running(1)), T0 + 10'000);
        monitor.addSnapshot(profileId, snapshotOf(running(4)), T0 + 20'000);
        QCOMPARE(monitor.alerts().size(), 2);
        before = monitor.alerts();
    }
    AlertMonitor reopened(path);
    QCOMPARE(reopened.historyProblem(), QString());
    QCOMPARE(reopened.alerts().size(), 2);
    QCOMPARE(reopened.alerts().at(0), before.at(0));
    QCOMPARE(reopened.alerts().at(0).clearedMs, T0 + 10'000);
    // Still raised when the previous run ended: not seen to clear.
    AlertRecord open = before.at(1);
    open.clearedMs = AlertRecord::NotSeenCleared;
    QCOMPARE(reopened.alerts().at(1), open);
    QCOMPARE(reopened.alerts().at(1).sessionIds, (QList<qint64> {100, 101, 102, 103}));
    QCOMPARE(reopened.raisedCount(), 0);
}

void TestAlertMonitor::damagedHistoryIsSetAsideWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.jsonl"));
    {
        AlertMonitor monitor(path);
        monitor.watch(profileWith(QStringLiteral("active>0"), 1));
        monitor.addSnapshot(profileId, snapshotOf(running(3)), T0);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"event\":\"raised\",\"id\":\"not a uu");
    file.close();

    AlertMonitor reopened(path);
    QVERIFY(reopened.alerts().isEmpty());
    const QString problem = reopened.historyProblem();
    QVERIFY2(problem.contains(QLatin1String("is damaged (line 2 cannot be read)")), qPrintable(problem));
    QVERIFY2(problem.contains(path + QLatin1String(".damaged")), qPrintable(problem));
    QVERIFY(QFile::exists(path + QLatin1String(".damaged")));
    QVERIFY(!QFile::exists(path));

    // The fresh history takes the next alerts and reads back cleanly.
    reopened.watch(profileWith(QStringLiteral("active>0"), 1));
    reopened.addSnapshot(profileId, snapshotOf(running(3)), T0 + 1000);
    AlertMonitor again(path);
    QCOMPARE(again.historyProblem(), QString());
    QCOMPARE(again.alerts().size(), 1);

    // Not JSON at all, or a binary file: the same, never a crash.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray("\x00\xff\xfe garbage\n", 12));
    file.close();
    AlertMonitor garbage(path);
    QVERIFY(garbage.alerts().isEmpty());
    QVERIFY(garbage.historyProblem().contains(QLatin1String("line 1")));
}

void TestAlertMonitor::historyIsBounded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.jsonl"));
    AlertHistory history(path);
    const int written = 2 * AlertHistory::MaxRecords + 1;
    for (int i = 0; i < written; ++i) {
        AlertRecord record;
        record.id = QUuid::createUuid();
        record.raisedMs = T0 + i;
        record.clearedMs = T0 + i + 1;
        record.rule = QStringLiteral("active>1");
        QVERIFY(history.appendRaised(record));
        QVERIFY(history.appendCleared(record));
    }
    const QList<AlertRecord> loaded = history.load();
    QCOMPARE(loaded.size(), qsizetype(AlertHistory::MaxRecords));
    QCOMPARE(loaded.last().raisedMs, T0 + written - 1);
    QCOMPARE(loaded.first().raisedMs, T0 + written - AlertHistory::MaxRecords);
    // The file itself was cut down, and still reads the same.
    QCOMPARE(AlertHistory(path).load(), loaded);
}

void TestAlertMonitor::listModelShowsNewestFirstAndUpdatesInPlace()
{
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AlertMonitor monitor;
    QObject::connect(&monitor, &AlertMonitor::alertRaised, &model, &AlertListModel::upsert);
    QObject::connect(&monitor, &AlertMonitor::alertCleared, &model, &AlertListModel::upsert);
    InstanceProfile profile = profileWith(QStringLiteral("active>2"), 1);
    profile.alertRules.append({*AlertRule::parse(QStringLiteral("user:app_rw>3")), true});
    monitor.watch(profile);

    monitor.addSnapshot(profileId, snapshotOf(running(3)), T0);
    QCOMPARE(model.rowCount(), 1);
    monitor.addSnapshot(profileId, snapshotOf(running(4)), T0 + 10'000);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, AlertListModel::RuleColumn).data().toString(),
        QStringLiteral("Sessions of user app_rw above 3 (app_rw)"));
    QCOMPARE(model.index(1, AlertListModel::RuleColumn).data().toString(), QStringLiteral("Active sessions above 2"));
    QCOMPARE(model.index(1, AlertListModel::InstanceColumn).data().toString(), QStringLiteral("Orders primary"));
    QCOMPARE(model.index(1, AlertListModel::ValueColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, AlertListModel::ValueColumn).data(AlertListModel::SortRole).toLongLong(), 3);
    QCOMPARE(model.index(0, AlertListModel::ClearedColumn).data().toString(), QStringLiteral("raised"));
    QCOMPARE(model.index(0, 0).data(AlertListModel::ThreadIdsRole).value<QList<qint64>>(),
        (QList<qint64> {100, 101, 102, 103}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    monitor.addSnapshot(profileId, snapshotOf(running(1)), T0 + 20'000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.size(), 2);
    const QString clearedAt
        = QDateTime::fromMSecsSinceEpoch(T0 + 20'000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(model.index(0, AlertListModel::ClearedColumn).data().toString(), clearedAt);
    QCOMPARE(model.index(1, AlertListModel::ClearedColumn).data().toString(), clearedAt);
    QVERIFY(!model.index(0, 0).data(AlertListModel::RaisedRole).toBool());

    model.setAlerts(monitor.alerts());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.alert(0).rule, QStringLiteral("user:app_rw>3"));
    QCOMPARE(model.rowOf(monitor.alerts().at(0).id), 1);
}

void TestAlertMonitor::exportedCsv()
{
    AlertRecord cleared;
    cleared.id = QUuid::createUuid();
    cleared.raisedMs = T0;
    cleared.clearedMs = T0 + 65'000;
    cleared.profileId = profileId;
    cleared.instance = QStringLiteral("Orders, primary");
    cleared.rule = QStringLiteral("user>200");
    cleared.value = 236;
    cleared.subject = QStringLiteral("=cmd|' /C calc'!A0");
    cleared.sessionIds = {7, 9};
    AlertRecord open;
    open.id = QUuid::createUuid();
    open.raisedMs = T0 + 1;
    open.clearedMs = AlertRecord::NotSeenCleared;
    open.profileId = profileId;
    open.instance = QStringLiteral("Orders");
    open.rule = QStringLiteral("failing>60");
    open.value = 75;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.csv"));
    QString error;
    QVERIFY2(AlertCsv::write(path, {cleared, open}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray("raised_at,instance,profile_id,rule,value,subject,thread_ids,cleared_at\r\n"
                   "2025-12-01T14:40:00.000Z,\"Orders, primary\",0b6f7a2e-1c1d-4a57-9b7e-7a3f0c2d9e11,user>200,236,"
                   "'=cmd|' /C calc'!A0,7 9,2025-12-01T14:41:05.000Z\r\n"
                   "2025-12-01T14:40:00.001Z,Orders,0b6f7a2e-1c1d-4a57-9b7e-7a3f0c2d9e11,failing>60,75,,,\r\n"));

    QVERIFY(!AlertCsv::write(dir.filePath(QStringLiteral("missing/dir/alerts.csv")), {cleared}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
