// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/auditlog.h"
#include "actions/killrun.h"
#include "sources/sessionsource.h"
#include "support/sessionbuilder.h"
#include "support/snapshotbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr auto DatabasePassword = "kill-pass-5f1c9e";

// A source that kills on command; it looks at the audit log at the moment the kill reaches it.
class KillingSource : public SessionSource
{
    Q_OBJECT

public:
    explicit KillingSource(QString auditPath)
        : m_auditPath(std::move(auditPath))
    { }

    void fetch() override { }
    void cancel() override { }
    bool isFetching() const override { return false; }
    QString target() const override { return QStringLiteral("db1:3306"); }
    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.killSession = true;
        return capabilities;
    }
    QString killMethod(const KillRequest&) const override { return QStringLiteral("KILL CONNECTION <id>"); }

    SourceCommand* kill(const KillRequest& request, QObject* owner) override
    {
        QFile file(m_auditPath);
        auditAtKill = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        lastRequest = request;
        auto* command = new SourceCommand(request.sessionIds, owner);
        CommandResult result;
        result.taskId = QStringLiteral("task-9");
        for (const qint64 id : request.sessionIds) {
            if (id == 2)
                result.outcomes.append({id, SessionOutcome::Result::Refused,
                    FetchError(FetchError::Category::Permission, QStringLiteral("1095"),
                        QStringLiteral("You are not owner of thread 2"))});
            else
                result.outcomes.append({id, SessionOutcome::Result::Done, {}});
        }
        QMetaObject::invokeMethod(
            command, [command, result] { command->finish(result); }, Qt::QueuedConnection);
        return command;
    }

    QByteArray auditAtKill;
    KillRequest lastRequest;

private:
    QString m_auditPath;
};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void attemptIsOnDiskBeforeTheKillIsSent();
    void outcomeCompletesTheAttempt();
    void holdsNoPassword();
    void unwritableLogMeansNoKill();
    void unfinishedAttemptStillShows();
    void csvHasOneGuardedRowPerTarget();
    void windowAndCommandLineShareOneLog();

private:
    KillPlan plan() const;
    AuditContext context() const
    {
        return {QStringLiteral("gui"), QStringLiteral("mysql"), QStringLiteral("db1:3306"), {}, QStringLiteral("prod")};
    }
};

KillPlan TestAuditLog::plan() const
{
    const SnapshotPtr snapshot
        = SnapshotBuilder(QStringLiteral("db1:3306"))
              .sessions({SessionBuilder(1)
                             .user(QStringLiteral("app"))
                             .client(QStringLiteral("10.0.0.5"))
                             .db(QStringLiteral("shop"))
                             .command(QStringLiteral("Query"))
                             .time(95)
                             .sql(QStringLiteral("UPDATE orders SET total = 0")),
                  SessionBuilder(2).user(QStringLiteral("etl")).command(QStringLiteral("Sleep")),
                  SessionBuilder(3).user(QStringLiteral("repl")).command(QStringLiteral("Binlog Dump"))})
              .counted()
              .build();
    return KillPlan(*snapshot, {1, 2, 3, 4}, KillRequest::Scope::Connection);
}

void TestAuditLog::attemptIsOnDiskBeforeTheKillIsSent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/audit.jsonl"));
    KillingSource source(path);
    KillRun run(&source, plan(), context(), AuditLog(path));
    QVERIFY2(run.start(), qPrintable(run.error()));
    const QList<QByteArray> lines = source.auditAtKill.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject attempt = QJsonDocument::fromJson(lines.constFirst()).object();
    QCOMPARE(attempt.value(QLatin1String("event")).toString(), QStringLiteral("kill"));
    QCOMPARE(attempt.value(QLatin1String("interface")).toString(), QStringLiteral("gui"));
    QCOMPARE(attempt.value(QLatin1String("method")).toString(), QStringLiteral("KILL CONNECTION <id>"));
    QCOMPARE(attempt.value(QLatin1String("mode")).toString(), QStringLiteral("connection"));
    QVERIFY(!attempt.value(QLatin1String("osUser")).toString().isEmpty());
    QVERIFY(!attempt.value(QLatin1String("machine")).toString().isEmpty());
    QVERIFY(attempt.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(source.lastRequest.sessionIds, (QList<qint64> {1, 2})); // not the replication session, not 4
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestAuditLog::outcomeCompletesTheAttempt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    KillingSource source(path);
    KillRun run(&source, plan(), context(), AuditLog(path));
    QSignalSpy finished(&run, &KillRun::finished);
    QVERIFY(run.start());
    QVERIFY(finished.wait(5000));
    QVERIFY(!run.succeeded()); // one was refused
    int unreadable = -1;
    const QList<AuditRecord> records = AuditLog::read(path, nullptr, &unreadable);
    QCOMPARE(unreadable, 0);
    QCOMPARE(records.size(), 1);
    const AuditRecord& record = records.constFirst();
    QVERIFY(record.completed);
    QCOMPARE(record.taskId, QStringLiteral("task-9"));
    QCOMPARE(record.context.profile, QStringLiteral("prod"));
    QCOMPARE(record.targets.size(), 4);
    QCOMPARE(record.targets.at(0).sql, QStringLiteral("UPDATE orders SET total = 0"));
    QCOMPARE(record.targets.at(0).client, QStringLiteral("10.0.0.5"));
    QCOMPARE(record.targets.at(0).time, 95);
    QCOMPARE(record.targets.at(0).outcome, QStringLiteral("killed"));
    QCOMPARE(record.targets.at(1).outcome, QStringLiteral("refused"));
    QCOMPARE(record.targets.at(1).message, QStringLiteral("You are not owner of thread 2"));
    QCOMPARE(record.targets.at(2).status, QStringLiteral("excluded"));
    QCOMPARE(record.targets.at(2).exclusion, QStringLiteral("replication"));
    QCOMPARE(record.targets.at(2).outcome, QStringLiteral("skipped"));
    QCOMPARE(record.targets.at(3).status, QStringLiteral("gone"));
    QCOMPARE(record.targets.at(3).outcome, QStringLiteral("skipped"));

    // A second kill appends; the first stays as it was.
    KillRun again(&source, plan(), context(), AuditLog(path));
    QSignalSpy againFinished(&again, &KillRun::finished);
    QVERIFY(again.start());
    QVERIFY(againFinished.wait(5000));
    QCOMPARE(AuditLog::read(path).size(), 2);
    QCOMPARE(AuditLog::read(path).constFirst().id, record.id);
}

void TestAuditLog::holdsNoPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    KillingSource source(path);
    KillRun run(&source, plan(), context(), AuditLog(path));
    run.setAccount({QStringLiteral("ops_admin"), QString::fromLatin1(DatabasePassword)});
    QSignalSpy finished(&run, &KillRun::finished);
    QVERIFY(run.start());
    QVERIFY(finished.wait(5000));
    // The account reached the source, and nothing else.
    QVERIFY(source.lastRequest.account.has_value());
    QCOMPARE(source.lastRequest.account->password, QString::fromLatin1(DatabasePassword));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("UPDATE orders")); // the log was written at all
    QVERIFY(!written.contains(DatabasePassword));
    QVERIFY(!AuditLog::toCsv(AuditLog::read(path)).contains(DatabasePassword));
    QVERIFY(!AuditLog::toJsonLines(AuditLog::read(path)).contains(DatabasePassword));
}

void TestAuditLog::unwritableLogMeansNoKill()
{
    QTemporaryDir dir;
    // A directory where the file should be: it cannot be opened for appending.
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(QDir().mkpath(path));
    KillingSource source(path);
    KillRun run(&source, plan(), context(), AuditLog(path));
    QVERIFY(!run.start());
    QVERIFY(run.error().contains(QStringLiteral("Nothing was killed")));
    QVERIFY(source.lastRequest.sessionIds.isEmpty());
}

void TestAuditLog::unfinishedAttemptStillShows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    AuditLog log(path);
    QVERIFY(!log.recordAttempt(context(), plan(), QStringLiteral("KILL CONNECTION <id>")).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"event\":\"kill\",\"id\":\"torn"); // a line cut short by a crash
    file.close();
    int unreadable = 0;
    const QList<AuditRecord> records = AuditLog::read(path, nullptr, &unreadable);
    QCOMPARE(unreadable, 1);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records.constFirst().completed);
    QVERIFY(AuditLog::toCsv(records).contains(",unknown,"));
}

void TestAuditLog::csvHasOneGuardedRowPerTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    const SnapshotPtr snapshot
        = SnapshotBuilder(QStringLiteral("db1:3306"))
              .sessions(
                  {SessionBuilder(1).user(QStringLiteral("=HYPERLINK(\"x\")")).sql(QStringLiteral("SELECT 1,\n2"))})
              .counted()
              .build();
    AuditLog log(path);
    QVERIFY(!log.recordAttempt(
                    context(), KillPlan(*snapshot, {1}, KillRequest::Scope::Query), QStringLiteral("KILL QUERY <id>"))
                 .isEmpty());
    const QByteArray csv = AuditLog::toCsv(AuditLog::read(path));
    const QList<QByteArray> rows = csv.split('\n');
    QVERIFY(rows.constFirst().startsWith("Time,OsUser,Machine,"));
    QVERIFY(csv.contains("'=HYPERLINK"));
    QVERIFY(csv.contains("\"SELECT 1,\n2\""));
    QVERIFY(csv.contains(",query,KILL QUERY <id>,"));
}

void TestAuditLog::windowAndCommandLineShareOneLog()
{
    // The window's names: its AppLocalDataLocation holds the log.
    QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
    QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
    const QString window = AuditLog::defaultPath();
    QCOMPARE(window,
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/audit.jsonl"));
    // The command-line tool's names: the same file.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("sessionscope-cli"));
    QCOMPARE(AuditLog::defaultPath(), window);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
