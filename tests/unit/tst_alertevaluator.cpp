// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertevaluator.h"
#include "sessions/sessionaggregator.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QTest>

namespace {

using Type = AlertEvaluator::Event::Type;

// `active` sessions running a statement and `idle` sleeping ones, aggregated as a direct source does.
SessionSnapshot snapshotWith(int active, int idle = 0, qint64 time = 10)
{
    QList<Session> sessions;
    for (int i = 0; i < active; ++i)
        sessions.append(SessionBuilder(100 + i)
                            .user(i % 2 ? QStringLiteral("batch") : QStringLiteral("app_rw"))
                            .db(QStringLiteral("shop"))
                            .command(QStringLiteral("Query"))
                            .time(time + i)
                            .sql(QStringLiteral("select * from orders where id = %1").arg(i)));
    for (int i = 0; i < idle; ++i)
        sessions.append(
            SessionBuilder(500 + i).user(QStringLiteral("app_rw")).command(QStringLiteral("Sleep")).time(3));
    SessionSnapshot snapshot = *SnapshotBuilder(QStringLiteral("rm-1")).sessions(sessions).build();
    SessionAggregator::aggregate(snapshot);
    return snapshot;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void measures();
    void raisedAfterKBreachesAndClearedAfterKCleanOnes();
    void aFlappingValueRaisesNothing();
    void failingSourceIsMeasuredOnFailuresOnly();
    void lockWaitsUnknownAreNoObservation();
};

void TestAlertEvaluator::parse_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<QString>("canonical");
    const auto row
        = [](const char* text, AlertRule::Kind kind, const char* key, qint64 threshold, const char* canonical) {
              QTest::addRow("%s", text) << QString::fromUtf8(text) << int(kind) << QString::fromUtf8(key) << threshold
                                        << QString::fromUtf8(canonical);
          };
    row("active>50", AlertRule::Kind::ActiveSessions, "", 50, "active>50");
    row(" longest_active > 300 ", AlertRule::Kind::LongestActive, "", 300, "longest_active>300");
    row("idle_in_trx>60", AlertRule::Kind::IdleInTransaction, "", 60, "idle_in_trx>60");
    row("user:app_rw>200", AlertRule::Kind::UserSessions, "app_rw", 200, "user:app_rw>200");
    row("user>10", AlertRule::Kind::UserSessions, "", 10, "user>10");
    row("client:10.0.0.7>5", AlertRule::Kind::ClientSessions, "10.0.0.7", 5, "client:10.0.0.7>5");
    row("DB:shop>0", AlertRule::Kind::DatabaseSessions, "shop", 0, "db:shop>0");
    row("statement>100", AlertRule::Kind::StatementSessions, "", 100, "statement>100");
    row("lock_waits>3", AlertRule::Kind::LockWaits, "", 3, "lock_waits>3");
    row("failing>120", AlertRule::Kind::SourceFailing, "", 120, "failing>120");
}

void TestAlertEvaluator::parse()
{
    QFETCH(QString, expression);
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(qint64, threshold);
    QFETCH(QString, canonical);
    const std::optional<AlertRule> rule = AlertRule::parse(expression);
    QVERIFY(rule);
    QCOMPARE(int(rule->kind), kind);
    QCOMPARE(rule->key, key);
    QCOMPARE(rule->threshold, threshold);
    QCOMPARE(rule->expression(), canonical);
    QCOMPARE(AlertRule::parse(rule->expression()), rule);
}

void TestAlertEvaluator::parseRefuses_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("says");
    QTest::addRow("no comparison") << QStringLiteral("active") << QStringLiteral("NAME>N");
    QTest::addRow("negative") << QStringLiteral("active>-1") << QStringLiteral("whole number");
    QTest::addRow("not a number") << QStringLiteral("active>lots") << QStringLiteral("whole number");
    QTest::addRow("fraction") << QStringLiteral("active>1.5") << QStringLiteral("whole number");
    QTest::addRow("unknown") << QStringLiteral("threads>5") << QStringLiteral("unknown rule \"threads\"");
    QTest::addRow("key where none is taken") << QStringLiteral("active:x>5") << QStringLiteral("takes no name");
    QTest::addRow("empty key") << QStringLiteral("user:>5") << QStringLiteral("name the user");
}

void TestAlertEvaluator::parseRefuses()
{
    QFETCH(QString, expression);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!AlertRule::parse(expression, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestAlertEvaluator::measures()
{
    SessionSnapshot snapshot = snapshotWith(5, 2, 100);
    snapshot.sessions.append(SessionBuilder(900)
                                 .user(QStringLiteral("report"))
                                 .command(QStringLiteral("Sleep"))
                                 .time(30)
                                 .transaction(QStringLiteral("4711"), 95));
    const auto measure
        = [&](const char* expression) { return AlertRule::parse(QLatin1String(expression))->measure(snapshot); };
    QCOMPARE(measure("active>3").value, 5);
    QCOMPARE(measure("active>3").sessionIds, QList<qint64>({100, 101, 102, 103, 104}));
    QCOMPARE(measure("longest_active>102").value, 104);
    QCOMPARE(measure("longest_active>102").sessionIds, QList<qint64>({103, 104}));
    // The open transaction's age, not the idle time.
    QCOMPARE(measure("idle_in_trx>60").value, 95);
    QCOMPARE(measure("idle_in_trx>60").sessionIds, QList<qint64>({900}));
    QCOMPARE(measure("user>1").value, 5);
    QCOMPARE(measure("user>1").subject, QStringLiteral("app_rw"));
    QCOMPARE(measure("user:batch>1").value, 2);
    QCOMPARE(measure("user:nobody>1").value, 0);
    QCOMPARE(measure("db:shop>1").value, 5);
    QCOMPARE(measure("statement>1").value, 5);
    QCOMPARE(measure("statement>1").subject, QStringLiteral("select * from orders where id = ?"));
    QVERIFY(!measure("lock_waits>0").known);
}

void TestAlertEvaluator::raisedAfterKBreachesAndClearedAfterKCleanOnes()
{
    // active>3 on a series that crosses the threshold and comes back.
    AlertEvaluator evaluator({*AlertRule::parse(QStringLiteral("active>3"))}, 2);
    const QList<int> actives {1, 5, 6, 7, 2, 9, 1, 0, 0};
    QList<std::pair<int, Type>> events;
    for (int i = 0; i < actives.size(); ++i) {
        for (const AlertEvaluator::Event& event : evaluator.addSnapshot(snapshotWith(actives[i]), 1000 * i)) {
            events.append({i, event.type});
            QCOMPARE(event.rule, 0);
            QCOMPARE(event.timeMs, 1000 * i);
            QCOMPARE(event.value, actives[i]);
        }
    }
    // Raised on the second breach in a row (6), not cleared by one clean snapshot (2), cleared on the
    // second clean one in a row (0).
    QCOMPARE(events, (QList<std::pair<int, Type>> {{2, Type::Raised}, {7, Type::Cleared}}));
    QVERIFY(!evaluator.isRaised(0));

    // K = 1 raises and clears at once.
    AlertEvaluator eager({*AlertRule::parse(QStringLiteral("active>3"))}, 1);
    QCOMPARE(eager.addSnapshot(snapshotWith(4), 0).size(), 1);
    QVERIFY(eager.isRaised(0));
    QCOMPARE(eager.addSnapshot(snapshotWith(3), 1).constFirst().type, Type::Cleared);
}

void TestAlertEvaluator::aFlappingValueRaisesNothing()
{
    AlertEvaluator evaluator({*AlertRule::parse(QStringLiteral("active>3"))}, 2);
    for (int i = 0; i < 20; ++i)
        QVERIFY(evaluator.addSnapshot(snapshotWith(i % 2 ? 10 : 1), i).isEmpty());
    QVERIFY(!evaluator.isRaised(0));
}

void TestAlertEvaluator::failingSourceIsMeasuredOnFailuresOnly()
{
    AlertEvaluator evaluator(
        {*AlertRule::parse(QStringLiteral("failing>60")), *AlertRule::parse(QStringLiteral("active>3"))}, 2);
    QVERIFY(evaluator.addSnapshot(snapshotWith(9), 0).isEmpty());
    // Failures leave the other rules' counts alone: active>3 has one breach so far.
    QVERIFY(evaluator.addFailure(10'000, 30'000).isEmpty());
    QVERIFY(evaluator.addFailure(10'000, 80'000).isEmpty()); // 70 s: one breach
    const QList<AlertEvaluator::Event> raised = evaluator.addFailure(10'000, 95'000);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.constFirst().rule, 0);
    QCOMPARE(raised.constFirst().value, 85);
    QVERIFY(!evaluator.isRaised(1));
    // The source is back: the next snapshot raises active>3 (its second breach) and is the first
    // clean observation of failing>60.
    const QList<AlertEvaluator::Event> back = evaluator.addSnapshot(snapshotWith(9), 100'000);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.constFirst().rule, 1);
    QVERIFY(evaluator.isRaised(0));
    const QList<AlertEvaluator::Event> cleared = evaluator.addSnapshot(snapshotWith(9), 110'000);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.constFirst().rule, 0);
    QCOMPARE(cleared.constFirst().type, Type::Cleared);
}

void TestAlertEvaluator::lockWaitsUnknownAreNoObservation()
{
    AlertEvaluator evaluator({*AlertRule::parse(QStringLiteral("lock_waits>0"))}, 2);
    SessionSnapshot waiting = snapshotWith(2);
    waiting.lockWaitsKnown = true;
    waiting.lockWaits.append({100, 101, {}, {}, 5, {}, {}});
    QVERIFY(evaluator.addSnapshot(waiting, 0).isEmpty());
    // A snapshot that cannot see lock waits neither breaks nor continues the run.
    QVERIFY(evaluator.addSnapshot(snapshotWith(2), 1).isEmpty());
    const QList<AlertEvaluator::Event> raised = evaluator.addSnapshot(waiting, 2);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.constFirst().sessionIds, QList<qint64>({100}));
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
