// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sessioncsv.h"
#include "export/snapshotexporter.h"
#include "sessions/sessionaggregator.h"
#include "sessions/sessioncells.h"
#include "sessions/sessionsnapshot.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

SessionSnapshot sampleSnapshot()
{
    SessionSnapshot snapshot;
    snapshot.instanceId = QStringLiteral("rm-csv");
    snapshot.nodeId = QStringLiteral("pi-1");
    snapshot.snapshotTimeMs = 1'700'000'000'123;
    Session a;
    a.sessionId = 7;
    a.user = QStringLiteral("app");
    a.client = QStringLiteral("192.0.2.7");
    a.command = QStringLiteral("Query");
    a.time = 12;
    a.state = QStringLiteral("Sending data");
    a.sqlText = QStringLiteral("SELECT a, \"b\"\r\nFROM t -- 注释");
    Session b;
    b.sessionId = 8;
    b.user = QStringLiteral("=HYPERLINK(\"x\")");
    b.client = QStringLiteral("192.0.2.8");
    b.dbName = QStringLiteral("orders");
    b.command = QStringLiteral("Sleep");
    b.trxId = QStringLiteral("42");
    b.trxDuration = 30;
    b.sqlText = QStringLiteral("-1 + 1");
    snapshot.sessions = {a, b};
    SessionAggregator::aggregate(snapshot);
    return snapshot;
}

// sampleSnapshot() as the two CSV files must hold it, written out by hand.
const QByteArray SessionsHeader = "SnapshotTime,InstanceId,NodeId,SessionId,User,Client,UserClientAlias,DbName,Command,"
                                  "Time,State,TrxId,TrxDuration,SqlTemplateId,SqlText\r\n";
const QByteArray SampleSessions = SessionsHeader
    + "2023-11-14T22:13:20.123Z,rm-csv,pi-1,7,app,192.0.2.7,,,Query,12,Sending data,,0,,"
      "\"SELECT a, \"\"b\"\"\r\nFROM t -- \xe6\xb3\xa8\xe9\x87\x8a\"\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,8,\"'=HYPERLINK(\"\"x\"\")\",192.0.2.8,,orders,Sleep,0,,42,30,,'-1 + "
      "1\r\n";
const QByteArray SampleStats
    = "SnapshotTime,InstanceId,NodeId,Dimension,Key,TotalCount,ActiveCount,ThreadIds,Users\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,user,app,1,1,7,app\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,user,\"'=HYPERLINK(\"\"x\"\")\",1,0,8,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,client,192.0.2.7,1,1,7,app\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,client,192.0.2.8,1,0,8,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,db,,1,1,7,app\r\n"
      "2023-11-14T22:13:20.123Z,rm-csv,pi-1,db,orders,1,0,8,\"'=HYPERLINK(\"\"x\"\")\"\r\n";

} // namespace

class TestSessionCsv : public QObject
{
    Q_OBJECT

private slots:
    void headers();
    void textField_data();
    void textField();
    void rowFromCells_data();
    void rowFromCells();
    void sessionsBytes();
    void formulaGuardCanBeTurnedOff();
    void statsBytes();
    void subsetOfRows();
    void isoTime();
    void exporterWritesBothFiles();
    void exporterSubsetComputesItsOwnStats();
    void exporterReportsUnwritablePath();
    void exporterWritesAllFilesOrNone();
    void exporterWritesTheLockWaitsOfWhatItExports();
    void defaultFileName();
};

void TestSessionCsv::headers()
{
    QCOMPARE(SessionCsv::sessionsHeader(),
        QByteArray("SnapshotTime,InstanceId,NodeId,SessionId,User,Client,UserClientAlias,DbName,Command,Time,"
                   "State,TrxId,TrxDuration,SqlTemplateId,SqlText\r\n"));
    QCOMPARE(SessionCsv::statsHeader(),
        QByteArray("SnapshotTime,InstanceId,NodeId,Dimension,Key,TotalCount,ActiveCount,ThreadIds,Users\r\n"));
}

void TestSessionCsv::textField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QStringLiteral("abc") << true << QByteArray("abc");
    QTest::addRow("comma") << QStringLiteral("a,b") << true << QByteArray("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << true << QByteArray("\"say \"\"hi\"\"\"");
    QTest::addRow("LF") << QStringLiteral("a\nb") << true << QByteArray("\"a\nb\"");
    QTest::addRow("CR inside") << QStringLiteral("a\rb") << true << QByteArray("\"a\rb\"");
    QTest::addRow("utf-8") << QStringLiteral("库存") << true << QByteArray("\xe5\xba\x93\xe5\xad\x98");
    QTest::addRow("equals") << QStringLiteral("=1+1") << true << QByteArray("'=1+1");
    QTest::addRow("plus") << QStringLiteral("+1") << true << QByteArray("'+1");
    QTest::addRow("minus") << QStringLiteral("-- c") << true << QByteArray("'-- c");
    QTest::addRow("at") << QStringLiteral("@SUM(A1)") << true << QByteArray("'@SUM(A1)");
    QTest::addRow("tab") << QStringLiteral("\tx") << true << QByteArray("'\tx");
    QTest::addRow("leading CR") << QStringLiteral("\rx") << true << QByteArray("\"'\rx\"");
    QTest::addRow("guarded and quoted") << QStringLiteral("=a,\"b\"") << true << QByteArray("\"'=a,\"\"b\"\"\"");
    QTest::addRow("guard off") << QStringLiteral("=1+1") << false << QByteArray("=1+1");
    QTest::addRow("null") << QString() << true << QByteArray();
    // Control characters other than TAB, CR and LF are shown as their control pictures.
    QTest::addRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << true
                         << QByteArray("a\xe2\x90\x80"
                                       "b");
    QTest::addRow("VT FF") << QStringLiteral("a\vb\fc") << true
                           << QByteArray("a\xe2\x90\x8b"
                                         "b\xe2\x90\x8c"
                                         "c");
    QTest::addRow("ESC") << QStringLiteral("\x1b[2Jx") << true << QByteArray("\xe2\x90\x9b[2Jx");
    QTest::addRow("DEL") << QStringLiteral("a\x7f") << true << QByteArray("a\xe2\x90\xa1");
    QTest::addRow("TAB kept") << QStringLiteral("a\tb") << true << QByteArray("a\tb");
    QTest::addRow("leading BOM kept") << QString(QChar(0xfeff) + QStringLiteral("bob")) << true
                                      << QByteArray("\xef\xbb\xbf"
                                                    "bob");
}

void TestSessionCsv::textField()
{
    QFETCH(QString, text);
    QFETCH(bool, guard);
    QFETCH(QByteArray, expected);
    QCOMPARE(SessionCsv::textField(text, SessionCsv::Options {guard}), expected);
}

void TestSessionCsv::rowFromCells_data()
{
    textField_data();
    // Texts only UTF-8 can tell apart from their neighbours in UTF-16.
    QTest::addRow("emoji") << QStringLiteral("a\U0001F600b") << true << QByteArray();
    QTest::addRow("noncharacters") << QString(QChar(0xfffe) + QChar(0xffff) + QChar(0xfdd0)) << true << QByteArray();
    QTest::addRow("last code point") << QStringLiteral("\U0010FFFF") << true << QByteArray();
    QTest::addRow("quote first") << QStringLiteral("\"=x\"") << true << QByteArray();
}

void TestSessionCsv::rowFromCells()
{
    // `convert` writes the rows straight from the parser's UTF-8: every text must come out as the
    // same bytes as from a session, in every text column.
    QFETCH(QString, text);
    QFETCH(bool, guard);
    const SessionSnapshot snapshot = sampleSnapshot();
    const SessionCsv::SessionRows rows(snapshot, SessionCsv::Options {guard});
    Session session;
    session.sessionId = -3;
    session.time = 1'234'567'890'123;
    session.trxDuration = 9;
    SessionCells cells;
    cells.integers[size_t(SessionField::SessionId)] = session.sessionId;
    cells.integers[size_t(SessionField::Time)] = session.time;
    cells.integers[size_t(SessionField::TrxDuration)] = session.trxDuration;
    const QByteArray utf8 = text.toUtf8();
    for (const SessionFields::Spec& spec : SessionFields::all()) {
        if (spec.isDerived() || spec.type != SessionFields::Type::Text)
            continue;
        session.*spec.text = text;
        cells.texts[size_t(spec.field)] = std::string_view(utf8.constData(), size_t(utf8.size()));
    }
    QByteArray fromSession = "x";
    QByteArray fromCells = "x";
    rows.append(fromSession, session);
    rows.append(fromCells, cells);
    QCOMPARE(fromCells, fromSession);
    QVERIFY(fromCells.contains("-3,"));
}

void TestSessionCsv::sessionsBytes()
{
    QCOMPARE(SessionCsv::sessions(sampleSnapshot(), {}), SampleSessions);
}

void TestSessionCsv::formulaGuardCanBeTurnedOff()
{
    const QByteArray csv = SessionCsv::sessions(sampleSnapshot(), SessionCsv::Options {false});
    QVERIFY(csv.contains(",\"=HYPERLINK(\"\"x\"\")\","));
    QVERIFY(csv.endsWith(",-1 + 1\r\n"));
}

void TestSessionCsv::statsBytes()
{
    QCOMPARE(SessionCsv::stats(sampleSnapshot(), {}), SampleStats);
}

void TestSessionCsv::subsetOfRows()
{
    const QList<qsizetype> rows {1};
    const QByteArray csv = SessionCsv::sessions(sampleSnapshot(), {}, &rows);
    QCOMPARE(csv.count("\r\n"), 2);
    QVERIFY(csv.contains(",8,"));
    QVERIFY(!csv.contains(",7,app,"));
}

void TestSessionCsv::isoTime()
{
    QCOMPARE(SessionCsv::isoTime(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    QCOMPARE(SessionCsv::isoTime(1'659'581'514'000), QStringLiteral("2022-08-04T02:51:54.000Z"));
}

void TestSessionCsv::exporterWritesBothFiles()
{
    QTemporaryDir dir;
    auto snapshot = std::make_shared<SessionSnapshot>(sampleSnapshot());
    SnapshotExporter exporter;
    QSignalSpy finished(&exporter, &SnapshotExporter::finished);
    QSignalSpy progress(&exporter, &SnapshotExporter::progressChanged);
    exporter.start(
        {snapshot, std::nullopt, dir.filePath(QStringLiteral("s.csv")), dir.filePath(QStringLiteral("t.csv")), {}, {}});
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toString(), QString());
    QFile sessions(dir.filePath(QStringLiteral("s.csv")));
    QVERIFY(sessions.open(QIODevice::ReadOnly));
    QCOMPARE(sessions.readAll(), SampleSessions);
    QFile stats(dir.filePath(QStringLiteral("t.csv")));
    QVERIFY(stats.open(QIODevice::ReadOnly));
    QCOMPARE(stats.readAll(), SampleStats);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
}

void TestSessionCsv::exporterSubsetComputesItsOwnStats()
{
    QTemporaryDir dir;
    auto snapshot = std::make_shared<SessionSnapshot>(sampleSnapshot());
    SnapshotExporter::Request request {snapshot, QList<qsizetype> {0}, dir.filePath(QStringLiteral("s.csv")),
        dir.filePath(QStringLiteral("t.csv")), {}, {}};
    QCOMPARE(SnapshotExporter::write(request, [](int) { return true; }), QString());
    QFile stats(dir.filePath(QStringLiteral("t.csv")));
    QVERIFY(stats.open(QIODevice::ReadOnly));
    const QByteArray bytes = stats.readAll();
    QCOMPARE(bytes.count("\r\n"), 4); // header + one user, one client, one db
    QVERIFY(!bytes.contains("HYPERLINK"));
}

void TestSessionCsv::exporterReportsUnwritablePath()
{
    auto snapshot = std::make_shared<SessionSnapshot>(sampleSnapshot());
    SnapshotExporter::Request request {snapshot, std::nullopt, QStringLiteral("/nonexistent-dir/x.csv"), {}, {}, {}};
    const QString error = SnapshotExporter::write(request, [](int) { return true; });
    QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.csv")));
}

void TestSessionCsv::exporterWritesAllFilesOrNone()
{
    QTemporaryDir dir;
    auto snapshot = std::make_shared<SessionSnapshot>(sampleSnapshot());
    const QString sessions = dir.filePath(QStringLiteral("s.csv"));
    const QString stats = dir.filePath(QStringLiteral("t.csv"));
    QFile previous(sessions);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("an earlier export");
    previous.close();
    // The lock waits cannot be written: neither can the others be, and the earlier file stays.
    const QString locks = dir.filePath(QStringLiteral("missing-folder/l.csv"));
    const QString error
        = SnapshotExporter::write({snapshot, std::nullopt, sessions, stats, {}, locks}, [](int) { return true; });
    QVERIFY2(error.contains(QLatin1String("missing-folder/l.csv")), qPrintable(error));
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("an earlier export"));
    previous.close();
    QVERIFY(!QFile::exists(stats));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("s.csv")});

    // Two files of one export under one name: refused, nothing written.
    const QString twice = SnapshotExporter::write(
        {snapshot, std::nullopt, stats, dir.filePath(QStringLiteral("./t.csv")), {}, {}}, [](int) { return true; });
    QVERIFY2(twice.contains(QLatin1String("each needs a name of its own")), qPrintable(twice));
    QVERIFY(!QFile::exists(stats));
}

void TestSessionCsv::exporterWritesTheLockWaitsOfWhatItExports()
{
    QTemporaryDir dir;
    SessionSnapshot base = sampleSnapshot();
    base.lockWaitsKnown = true;
    // 8 waits for 7; 99 (not in the snapshot's export) waits for 98.
    base.lockWaits = {
        {8, 7, QStringLiteral("t8"), QStringLiteral("t7"), 12, QStringLiteral("`shop`.`orders`"), QStringLiteral("X")},
        {99, 98, {}, {}, 3, {}, {}}};
    auto snapshot = std::make_shared<SessionSnapshot>(base);
    const QString locks = dir.filePath(QStringLiteral("l.csv"));
    SnapshotExporter::Request all {snapshot, std::nullopt, dir.filePath(QStringLiteral("s.csv")), {}, {}, locks};
    QCOMPARE(SnapshotExporter::write(all, [](int) { return true; }), QString());
    QFile file(locks);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray("SnapshotTime,InstanceId,NodeId,WaitingSessionId,BlockingSessionId,WaitingTrxId,BlockingTrxId,"
                   "WaitSeconds,LockedTable,LockMode\r\n"
                   "2023-11-14T22:13:20.123Z,rm-csv,pi-1,8,7,t8,t7,12,`shop`.`orders`,X\r\n"
                   "2023-11-14T22:13:20.123Z,rm-csv,pi-1,99,98,,,3,,\r\n"));
    file.close();
    // Only the row of session 8: its own wait, not the one between sessions it does not export.
    SnapshotExporter::Request subset {
        snapshot, QList<qsizetype> {1}, dir.filePath(QStringLiteral("s.csv")), {}, {}, locks};
    QCOMPARE(SnapshotExporter::write(subset, [](int) { return true; }), QString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("\r\n"), 2);
    QVERIFY(bytes.contains(",8,7,t8,t7,12,`shop`.`orders`,X\r\n"));
}

void TestSessionCsv::defaultFileName()
{
    QCOMPARE(SnapshotExporter::defaultFileName(QStringLiteral("rm-2ze8g2am97624"), 1'659'581'514'000),
        QStringLiteral("rm-2ze8g2am97624-20220804-025154-sessions.csv"));
    QCOMPARE(SnapshotExporter::defaultFileName(QStringLiteral("a/b c"), 0, QStringLiteral("stats")),
        QStringLiteral("a_b_c-19700101-000000-stats.csv"));
}

QTEST_GUILESS_MAIN(TestSessionCsv)
#include "tst_sessioncsv.moc"
