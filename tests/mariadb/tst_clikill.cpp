// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionscope-cli kill --mysql` and `sessionscope-cli audit` against the real MariaDB server: a
// running statement killed with KILL QUERY (its session stays), a session killed with KILL
// CONNECTION (its client loses it), a dry run and a refused confirmation that kill nothing and log
// nothing, a session that does not exist, more than ten sessions, and the audit log afterwards, which
// never holds the password. Each test has a private home, so its audit log is its own.
#include "support/mariadbserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A client session of the test, its id on the server, and what its client printed so far.
struct Client
{
    std::unique_ptr<QProcess> process;
    qint64 sessionId = 0;
    QByteArray errors;
    QByteArray output;

    QByteArray readErrors()
    {
        errors += process->readAllStandardError();
        return errors;
    }
    QByteArray readOutput()
    {
        output += process->readAllStandardOutput();
        return output;
    }
};

// The outcome the command printed for session `id`: the row of the outcome table that follows the
// preview.
QString outcomeOf(const QByteArray& out, qint64 id)
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    bool inOutcomes = false;
    for (const QString& line : lines) {
        const QStringList cells = line.split(QRegularExpression(QStringLiteral("\\s{2,}")));
        if (cells.size() > 1 && cells.at(1) == QLatin1String("OUTCOME"))
            inOutcomes = true;
        else if (inOutcomes && cells.size() > 1 && cells.at(0) == QString::number(id))
            return cells.at(1);
    }
    return {};
}

QString auditPath(const QTemporaryDir& home)
{
    return home.filePath(QStringLiteral("data/SessionScope/SessionScope/audit.jsonl"));
}

// Whether the server still has session `id`.
bool sessionExists(qint64 id)
{
    return MariaDbServer::queryAsRoot(
               QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %1").arg(id))
        == QLatin1String("1");
}

} // namespace

class TestCliKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void killQueryLeavesTheSessionConnected();
    void killConnectionEndsTheSession();
    void dryRunKillsNothingAndLogsNothing();
    void refusesWithoutYesWhenNotOnATerminal();
    void sessionThatDoesNotExistIsSkipped();
    void moreThanTenSessions();
    void usageErrors_data();
    void usageErrors();
    void auditShowsTheAttemptWithoutThePassword();

private:
    Run cli(const QStringList& arguments, const QTemporaryDir& home);
    // `kill` on the test server, as root.
    Run kill(const QStringList& arguments, const QTemporaryDir& home)
    {
        return cli(QStringList {QStringLiteral("kill")} + target() + arguments, home);
    }
    QStringList target() const;
    // A root session running a statement that names `marker` for a minute.
    Client sleeping(const QString& marker);

    QString m_cliPath;
    QString m_manyPassword;
    std::vector<Client> m_clients;
};

void TestCliKill::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_cliPath = QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli");
    QVERIFY2(QFile::exists(m_cliPath), qPrintable(m_cliPath));
    m_manyPassword = QUuid::createUuid().toString(QUuid::Id128);
    const QString setup
        = MariaDbServer::execAsRoot(QStringLiteral("CREATE USER IF NOT EXISTS 'clikill_many'@'%' IDENTIFIED BY '%1'; "
                                                   "ALTER USER 'clikill_many'@'%' IDENTIFIED BY '%1';")
                                        .arg(m_manyPassword));
    QVERIFY2(setup.isEmpty(), qPrintable(setup));
}

void TestCliKill::cleanup()
{
    for (Client& client : m_clients) {
        client.process->kill();
        client.process->waitForFinished();
    }
    m_clients.clear();
}

void TestCliKill::cleanupTestCase()
{
    MariaDbServer::execAsRoot(QStringLiteral("DROP USER IF EXISTS 'clikill_many'@'%'"));
}

Run TestCliKill::cli(const QStringList& arguments, const QTemporaryDir& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MYSQL_PWD"), MariaDbServer::rootSettings().password);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    // Standard input is a pipe, not a terminal, as in a script.
    process.start(m_cliPath, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList TestCliKill::target() const
{
    const ConnectionSettings root = MariaDbServer::rootSettings();
    return {QStringLiteral("--mysql"), root.host + QLatin1Char(':') + QString::number(root.port),
        QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--ssl-mode"), QStringLiteral("disabled")};
}

Client TestCliKill::sleeping(const QString& marker)
{
    Client client;
    client.process = MariaDbServer::openSession(QStringLiteral("root"), MariaDbServer::rootSettings().password,
        QStringLiteral("SELECT SLEEP(60) AS %1;\nSELECT 'after-%1';").arg(marker));
    const bool found = QTest::qWaitFor(
        [&] {
            client.sessionId = MariaDbServer::findSession(
                QStringLiteral("root"), QStringLiteral("SELECT SLEEP(60) AS %1%").arg(marker));
            return client.sessionId > 0;
        },
        30'000);
    if (!found)
        client.sessionId = 0;
    return client;
}

void TestCliKill::killQueryLeavesTheSessionConnected()
{
    QTemporaryDir home;
    m_clients.push_back(sleeping(QStringLiteral("killquery")));
    Client& client = m_clients.back();
    QVERIFY2(client.sessionId > 0, qPrintable(MariaDbServer::describe()));

    const Run run = kill(QStringList {QStringLiteral("--session"), QString::number(client.sessionId),
                             QStringLiteral("--query"), QStringLiteral("--yes")},
        home);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The preview, then the outcome.
    QVERIFY2(run.out.contains("SELECT SLEEP(60) AS killquery"), run.out.constData());
    QVERIFY2(run.out.contains("will be killed"), run.out.constData());
    QCOMPARE(outcomeOf(run.out, client.sessionId), QStringLiteral("killed"));

    // The statement was interrupted; the client goes on to its next one on the same connection.
    QTRY_VERIFY_WITH_TIMEOUT(client.readErrors().contains("interrupted"), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(client.readOutput().contains("after-killquery"), 30'000);
    QVERIFY(sessionExists(client.sessionId));
    QCOMPARE(client.process->state(), QProcess::Running);
}

void TestCliKill::killConnectionEndsTheSession()
{
    QTemporaryDir home;
    m_clients.push_back(sleeping(QStringLiteral("killconnection")));
    Client& client = m_clients.back();
    QVERIFY2(client.sessionId > 0, qPrintable(MariaDbServer::describe()));

    const Run run = kill(
        QStringList {QStringLiteral("--session"), QString::number(client.sessionId), QStringLiteral("--yes")}, home);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("will be killed"), run.out.constData());
    QCOMPARE(outcomeOf(run.out, client.sessionId), QStringLiteral("killed"));

    // The client lost its connection (and does not reconnect): its session is gone.
    QTRY_VERIFY_WITH_TIMEOUT(client.readErrors().contains("ERROR"), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!sessionExists(client.sessionId), 30'000);
    QVERIFY(QFile::exists(auditPath(home)));
}

void TestCliKill::dryRunKillsNothingAndLogsNothing()
{
    QTemporaryDir home;
    m_clients.push_back(sleeping(QStringLiteral("dryrun")));
    const qint64 id = m_clients.back().sessionId;
    QVERIFY2(id > 0, qPrintable(MariaDbServer::describe()));

    const Run run
        = kill(QStringList {QStringLiteral("--session"), QString::number(id), QStringLiteral("--dry-run")}, home);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("will be killed"), run.out.constData());
    QVERIFY2(run.out.contains("Dry run"), run.out.constData());
    QVERIFY(MariaDbServer::findSession(QStringLiteral("root"), QStringLiteral("SELECT SLEEP(60) AS dryrun%")) == id);
    QVERIFY(!QFile::exists(auditPath(home)));
}

void TestCliKill::refusesWithoutYesWhenNotOnATerminal()
{
    QTemporaryDir home;
    m_clients.push_back(sleeping(QStringLiteral("noyes")));
    const qint64 id = m_clients.back().sessionId;
    QVERIFY2(id > 0, qPrintable(MariaDbServer::describe()));

    const Run run = kill(QStringList {QStringLiteral("--session"), QString::number(id)}, home);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a terminal") && run.err.contains("--yes"), run.err.constData());
    QVERIFY(MariaDbServer::findSession(QStringLiteral("root"), QStringLiteral("SELECT SLEEP(60) AS noyes%")) == id);
    QVERIFY(!QFile::exists(auditPath(home)));
}

void TestCliKill::sessionThatDoesNotExistIsSkipped()
{
    QTemporaryDir home;
    const Run run
        = kill(QStringList {QStringLiteral("--session"), QStringLiteral("987654321"), QStringLiteral("--yes")}, home);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("987654321") && run.out.contains("gone, skipped"), run.out.constData());
    QVERIFY2(run.out.contains("Nothing to kill"), run.out.constData());
    QVERIFY(!QFile::exists(auditPath(home)));
}

void TestCliKill::moreThanTenSessions()
{
    constexpr int Count = 11;
    for (int i = 0; i < Count; ++i) {
        Client client;
        client.process
            = MariaDbServer::openSession(QStringLiteral("clikill_many"), m_manyPassword, QStringLiteral("DO 1;"));
        m_clients.push_back(std::move(client));
    }
    QStringList ids;
    const bool connected = QTest::qWaitFor(
        [&] {
            ids = MariaDbServer::queryAsRoot(
                QStringLiteral(
                    "SELECT GROUP_CONCAT(ID) FROM information_schema.PROCESSLIST WHERE USER = 'clikill_many'"))
                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
            return ids.size() == Count;
        },
        30'000);
    QVERIFY2(connected, qPrintable(MariaDbServer::describe()));
    QStringList sessions;
    for (const QString& id : std::as_const(ids))
        sessions << QStringLiteral("--session") << id;

    // Without --yes on a non-terminal: refused, nothing killed.
    QTemporaryDir home;
    const Run refused = kill(sessions, home);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QVERIFY(!QFile::exists(auditPath(home)));
    QCOMPARE(MariaDbServer::queryAsRoot(
                 QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'clikill_many'")),
        QString::number(Count));

    // With --yes: all of them.
    const Run killed = kill(sessions + QStringList {QStringLiteral("--yes")}, home);
    QVERIFY2(killed.exitCode == 0, killed.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(MariaDbServer::queryAsRoot(QStringLiteral(
                                  "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'clikill_many'")),
        QStringLiteral("0"), 30'000);
}

void TestCliKill::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no session") << QStringList {} << QByteArray("--session is required");
    QTest::addRow("bad session") << QStringList {QStringLiteral("--session"), QStringLiteral("abc")}
                                 << QByteArray("--session takes a session ID");
    QTest::addRow("maintain user on a direct connection")
        << QStringList {QStringLiteral("--session"), QStringLiteral("5"), QStringLiteral("--maintain-user")}
        << QByteArray("are for DAS");
}

void TestCliKill::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir home;
    const Run run = kill(arguments, home);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestCliKill::auditShowsTheAttemptWithoutThePassword()
{
    QTemporaryDir home;
    m_clients.push_back(sleeping(QStringLiteral("audited")));
    const qint64 id = m_clients.back().sessionId;
    QVERIFY2(id > 0, qPrintable(MariaDbServer::describe()));
    const Run killRun = kill(QStringList {QStringLiteral("--session"), QString::number(id), QStringLiteral("--session"),
                                 QStringLiteral("987654321"), QStringLiteral("--query"), QStringLiteral("--yes")},
        home);
    QVERIFY2(killRun.exitCode == 0, killRun.err.constData());

    const Run path = cli({QStringLiteral("audit"), QStringLiteral("--path")}, home);
    QCOMPARE(path.exitCode, 0);
    QCOMPARE(QString::fromUtf8(path.out).trimmed(), auditPath(home));

    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")}, home);
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    const QByteArray password = MariaDbServer::rootSettings().password.toUtf8();
    QVERIFY(!password.isEmpty());
    QVERIFY(!audit.out.contains(password));
    QVERIFY(!audit.err.contains(password) && !killRun.out.contains(password) && !killRun.err.contains(password));

    const QList<QByteArray> lines = audit.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject record = QJsonDocument::fromJson(lines.constFirst()).object();
    QCOMPARE(record.value(QLatin1String("interface")).toString(), QStringLiteral("cli"));
    QCOMPARE(record.value(QLatin1String("sourceKind")).toString(), QStringLiteral("mysql"));
    QCOMPARE(record.value(QLatin1String("instance")).toString(), target().at(1));
    QCOMPARE(record.value(QLatin1String("mode")).toString(), QStringLiteral("query"));
    QVERIFY(record.value(QLatin1String("completed")).toBool());
    const QJsonArray targets = record.value(QLatin1String("targets")).toArray();
    QCOMPARE(targets.size(), 2);
    const QJsonObject killed = targets.at(0).toObject();
    QCOMPARE(killed.value(QLatin1String("sessionId")).toInteger(), id);
    QVERIFY(killed.value(QLatin1String("sql")).toString().contains(QLatin1String("SELECT SLEEP(60) AS audited")));
    QCOMPARE(killed.value(QLatin1String("outcome")).toString(), QStringLiteral("killed"));
    const QJsonObject gone = targets.at(1).toObject();
    QCOMPARE(gone.value(QLatin1String("status")).toString(), QStringLiteral("gone"));
    QCOMPARE(gone.value(QLatin1String("outcome")).toString(), QStringLiteral("skipped"));

    // The CSV has a row per target, and an unreadable line is left out with a warning.
    QFile file(auditPath(home));
    QVERIFY(file.open(QIODevice::Append));
    file.write("not json\n");
    file.close();
    const Run csv = cli({QStringLiteral("audit")}, home);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY2(csv.err.contains("warning: 1 unreadable line"), csv.err.constData());
    QCOMPARE(csv.out.trimmed().split('\n').size(), 3);
    QVERIFY(csv.out.contains("SELECT SLEEP(60) AS audited"));
}

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_clikill.moc"
