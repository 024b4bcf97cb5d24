// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/killplan.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QTest>

class TestKillPlan : public QObject
{
    Q_OBJECT

private slots:
    void includesWhatTheSnapshotShows();
    void vanishedSessionsAreGoneAndSkipped();
    void systemSessionsAreExcludedWithTheirReason_data();
    void systemSessionsAreExcludedWithTheirReason();
    void ownConnectionIsNeverIncludedSilently();
    void excludedSessionIsIncludedOnlyDeliberately();
    void moreThanTenTargetsNeedTheNumberTyped();
    void outcomesCoverEveryTarget();
};

namespace {

SnapshotPtr snapshot(const QList<Session>& sessions, qint64 own = 0)
{
    auto built = SnapshotBuilder(QStringLiteral("rm-1")).sessions(sessions).counted().build();
    built->ownSessionId = own;
    return built;
}

} // namespace

void TestKillPlan::includesWhatTheSnapshotShows()
{
    const SnapshotPtr taken = snapshot({SessionBuilder(5)
                                            .user(QStringLiteral("app"))
                                            .command(QStringLiteral("Query"))
                                            .time(40)
                                            .sql(QStringLiteral("SELECT 1")),
        SessionBuilder(9)
            .user(QStringLiteral("etl"))
            .command(QStringLiteral("Sleep"))
            .transaction(QStringLiteral("77"), 300)});
    const KillPlan plan(*taken, {9, 5, 9}, KillRequest::Scope::Connection);
    QCOMPARE(plan.targets().size(), 2); // the repeated 9 once
    QCOMPARE(plan.idsToKill(), (QList<qint64> {9, 5})); // in the order asked for
    QCOMPARE(plan.targets().at(0).session.user, QStringLiteral("etl"));
    QCOMPARE(plan.targets().at(0).session.trxId, QStringLiteral("77"));
    QCOMPARE(plan.targets().at(1).session.sqlText, QStringLiteral("SELECT 1"));
    QCOMPARE(plan.request().sessionIds, (QList<qint64> {9, 5}));
    QCOMPARE(plan.request().scope, KillRequest::Scope::Connection);
    QVERIFY(!plan.request().account.has_value());
}

void TestKillPlan::vanishedSessionsAreGoneAndSkipped()
{
    const SnapshotPtr taken = snapshot({SessionBuilder(5).user(QStringLiteral("app"))});
    const KillPlan plan(*taken, {5, 6}, KillRequest::Scope::Query);
    QCOMPARE(plan.count(KillTarget::Status::Gone), 1);
    QCOMPARE(plan.targets().at(1).status, KillTarget::Status::Gone);
    QCOMPARE(plan.idsToKill(), (QList<qint64> {5}));
    QCOMPARE(plan.request().scope, KillRequest::Scope::Query);
}

void TestKillPlan::systemSessionsAreExcludedWithTheirReason_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exclusion");
    const auto row = [](const char* name, const char* user, const char* command, KillTarget::Exclusion exclusion) {
        QTest::newRow(name) << QString::fromLatin1(user) << QString::fromLatin1(command) << int(exclusion);
    };
    row("binlog dump", "repl", "Binlog Dump", KillTarget::Exclusion::Replication);
    row("binlog dump gtid", "repl", "binlog dump gtid", KillTarget::Exclusion::Replication);
    row("mysql replica thread", "system user", "Connect", KillTarget::Exclusion::Replication);
    row("mariadb replica io", "system user", "Slave_IO", KillTarget::Exclusion::Replication);
    row("mariadb replica sql", "root", "Slave_SQL", KillTarget::Exclusion::Replication);
    row("event scheduler", "event_scheduler", "Daemon", KillTarget::Exclusion::Daemon);
    row("daemon", "system user", "Daemon", KillTarget::Exclusion::Replication);
    row("background", "", "Daemon", KillTarget::Exclusion::Daemon);
    row("maintenance", "aliyun_root", "Sleep", KillTarget::Exclusion::MaintenanceUser);
    row("maintenance any case", "ALIYUN_ROOT", "Query", KillTarget::Exclusion::MaintenanceUser);
    row("ordinary", "app_rw", "Query", KillTarget::Exclusion::None);
    row("root", "root", "Sleep", KillTarget::Exclusion::None);
    row("a user named like a command", "Binlog Dump", "Query", KillTarget::Exclusion::None);
}

void TestKillPlan::systemSessionsAreExcludedWithTheirReason()
{
    QFETCH(QString, user);
    QFETCH(QString, command);
    QFETCH(int, exclusion);
    const SnapshotPtr taken = snapshot({SessionBuilder(3).user(user).command(command)});
    const KillPlan plan(*taken, {3}, KillRequest::Scope::Connection);
    const KillTarget& target = plan.targets().constFirst();
    QCOMPARE(int(target.exclusion), exclusion);
    if (exclusion == int(KillTarget::Exclusion::None)) {
        QCOMPARE(target.status, KillTarget::Status::Included);
        QCOMPARE(plan.idsToKill(), (QList<qint64> {3}));
    } else {
        QCOMPARE(target.status, KillTarget::Status::Excluded);
        QVERIFY(plan.idsToKill().isEmpty());
        QVERIFY(!KillPlan::exclusionText(target.exclusion).isEmpty());
    }
}

void TestKillPlan::ownConnectionIsNeverIncludedSilently()
{
    // The source leaves its own connection out of the snapshot; asked for by id, it is excluded.
    const SnapshotPtr taken = snapshot({SessionBuilder(5).user(QStringLiteral("app"))}, 42);
    const KillPlan plan(*taken, {42, 5}, KillRequest::Scope::Connection);
    QCOMPARE(plan.targets().at(0).status, KillTarget::Status::Excluded);
    QCOMPARE(plan.targets().at(0).exclusion, KillTarget::Exclusion::OwnConnection);
    QCOMPARE(plan.idsToKill(), (QList<qint64> {5}));
}

void TestKillPlan::excludedSessionIsIncludedOnlyDeliberately()
{
    const SnapshotPtr taken
        = snapshot({SessionBuilder(1).user(QStringLiteral("repl")).command(QStringLiteral("Binlog Dump")),
            SessionBuilder(2).user(QStringLiteral("app")), SessionBuilder(3).user(QStringLiteral("aliyun_root"))});
    KillPlan plan(*taken, {1, 2, 3, 4}, KillRequest::Scope::Connection);
    QCOMPARE(plan.idsToKill(), (QList<qint64> {2}));
    QVERIFY(!plan.includeAnyway(2, true)); // not excluded: nothing to include
    QVERIFY(!plan.includeAnyway(4, true)); // gone: never
    QVERIFY(plan.includeAnyway(1, true));
    QCOMPARE(plan.idsToKill(), (QList<qint64> {1, 2}));
    QCOMPARE(plan.excludedIncludedCount(), 1);
    plan.includeAllExcluded(true);
    QCOMPARE(plan.idsToKill(), (QList<qint64> {1, 2, 3}));
    plan.includeAllExcluded(false);
    QCOMPARE(plan.idsToKill(), (QList<qint64> {2}));
}

void TestKillPlan::moreThanTenTargetsNeedTheNumberTyped()
{
    QList<Session> sessions;
    QList<qint64> ids;
    for (int id = 1; id <= 11; ++id) {
        sessions.append(SessionBuilder(id).user(QStringLiteral("app")));
        ids.append(id);
    }
    const SnapshotPtr taken = snapshot(sessions);
    const KillPlan ten(*taken, ids.mid(0, 10), KillRequest::Scope::Connection);
    QVERIFY(!ten.needsTypedConfirmation());
    QVERIFY(ten.isConfirmedBy({}));
    const KillPlan eleven(*taken, ids, KillRequest::Scope::Connection);
    QVERIFY(eleven.needsTypedConfirmation());
    QVERIFY(!eleven.isConfirmedBy({}));
    QVERIFY(!eleven.isConfirmedBy(QStringLiteral("10")));
    QVERIFY(!eleven.isConfirmedBy(QStringLiteral("eleven")));
    QVERIFY(eleven.isConfirmedBy(QStringLiteral(" 11 ")));
    // Gone sessions do not count: ten left to kill need no typing.
    const KillPlan withGone(*taken, ids.mid(0, 10) + QList<qint64> {99}, KillRequest::Scope::Connection);
    QVERIFY(!withGone.needsTypedConfirmation());
}

void TestKillPlan::outcomesCoverEveryTarget()
{
    const SnapshotPtr taken
        = snapshot({SessionBuilder(1).user(QStringLiteral("a")), SessionBuilder(2).user(QStringLiteral("b")),
            SessionBuilder(3).user(QStringLiteral("c")), SessionBuilder(4).user(QStringLiteral("aliyun_root"))});
    const KillPlan plan(*taken, {1, 2, 3, 4, 5}, KillRequest::Scope::Connection);
    CommandResult result;
    result.outcomes.append({1, SessionOutcome::Result::Done, {}});
    result.outcomes.append({2, SessionOutcome::Result::AlreadyGone, {}});
    result.outcomes.append({3, SessionOutcome::Result::Refused,
        FetchError(FetchError::Category::Permission, QStringLiteral("1095"), QStringLiteral("not owner"))});
    const QList<KillPlan::Outcome> outcomes = plan.outcomes(result);
    QCOMPARE(outcomes.size(), 5);
    QCOMPARE(outcomes.at(0).outcome, QStringLiteral("killed"));
    QCOMPARE(outcomes.at(1).outcome, QStringLiteral("already-gone"));
    QCOMPARE(outcomes.at(2).outcome, QStringLiteral("refused"));
    QCOMPARE(outcomes.at(2).code, QStringLiteral("1095"));
    QCOMPARE(outcomes.at(2).message, QStringLiteral("not owner"));
    QCOMPARE(outcomes.at(3).outcome, QStringLiteral("skipped")); // excluded
    QCOMPARE(outcomes.at(4).outcome, QStringLiteral("skipped")); // gone
    // Asked for but not reported: failed, never silently fine.
    const QList<KillPlan::Outcome> partial = plan.outcomes({});
    QCOMPARE(partial.at(0).outcome, QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TestKillPlan)
#include "tst_killplan.moc"
