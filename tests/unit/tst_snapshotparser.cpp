// SPDX-License-Identifier: GPL-3.0-or-later
#include "das/snapshotparser.h"
#include "sessions/sessioncells.h"
#include "sessions/sessionfield.h"

#include <QFile>
#include <QSet>
#include <QTest>

using SnapshotParser::parseAsyncResponse;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(SESSIONSCOPE_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

const SnapshotParser::Context context {QStringLiteral("rm-test"), QStringLiteral("pi-1"), 1'700'000'000'000};

QByteArray finished(const QByteArray& sessionData)
{
    return R"({"Code":200,"Success":true,"Data":{"IsFinish":true,"State":"SUCCESS","Fail":false,"ResultId":"r",)"
           R"("Timestamp":1660100753556,"SessionData":)"
        + sessionData + "}}";
}

} // namespace

class TestSnapshotParser : public QObject
{
    Q_OBJECT

private slots:
    void documentedSample();
    void running_data();
    void running();
    void lowerCamelAndStringTypes();
    void nullsAndMissingFields();
    void localAggregationWhenStatsMissing();
    void timestampMagnitude_data();
    void timestampMagnitude();
    void failures_data();
    void failures();
    void serviceErrorEnvelope();
    void errors_data();
    void errors();
    void exactIntegers();
    void escapesAndUnicode();
    void keysInAnyCaseServiceSpellingWins();
    void failedRequestsDataIsNotHeldAgainstIt();
    void repeatedTextsAreStoredOnce();
    void bodyWithoutSpareRoomIsRead();
    void streamingVisitsEverySessionOnce();
    void streamingKeepsSessionsWhenFiguresAreMissing();
    void streamingStops();
    void cellsHoldWhatSessionsHold_data();
    void cellsHoldWhatSessionsHold();
    void largeResponseReadInPieces();
    void piecesReadTogetherAsInOrder();
    void piecesCutRightWhateverTheStringsHold();
    void largeResponseErrorsNameTheirSession();
};

void TestSnapshotParser::documentedSample()
{
    const auto result = parseAsyncResponse(readData(QStringLiteral("seed-sample-response.json")), context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto& response = result.response;
    QVERIFY(response.success);
    QCOMPARE(response.code, QStringLiteral("200"));
    QCOMPARE(response.message, QStringLiteral("Successful"));
    QCOMPARE(response.requestId, QStringLiteral("B6D17591-B48B-4D31-9CD6-9B9796B2****"));
    QCOMPARE(response.resultId, QStringLiteral("async__507044db6c4eadfa2dab9b084e80****"));
    QVERIFY(response.isFinish);
    QCOMPARE(response.state, QStringLiteral("SUCCESS"));
    QVERIFY(!response.fail);
    QCOMPARE(response.requestTimeMs, 1660100753556LL);
    QVERIFY(response.finishedWithSnapshot());

    const SessionSnapshot& s = *response.snapshot;
    QCOMPARE(s.instanceId, QStringLiteral("rm-test"));
    QCOMPARE(s.nodeId, QStringLiteral("pi-1"));
    QCOMPARE(s.totalSessionCount, 988);
    QCOMPARE(s.activeSessionCount, 10);
    QCOMPARE(s.maxActiveTime, 6);
    QVERIFY(s.serverAggregated);
    QCOMPARE(s.snapshotTimeMs, 1659581514000LL); // 16 digits: microseconds
    QCOMPARE(s.requestTimeMs, 1660100753556LL);
    QCOMPARE(s.sessions.size(), 1);
    const Session expected {14521783, QStringLiteral("testUser"), QStringLiteral("47.100.XX.XX"),
        QStringLiteral("dbTest"), QStringLiteral("Query"), 6, QStringLiteral("starting"),
        QStringLiteral("INSERT INTO ..."), QStringLiteral("master-shanghai"), QStringLiteral("754300775132"), 6,
        QStringLiteral("a7cac1a9")};
    QCOMPARE(s.sessions.first(), expected);
    QVERIFY(s.sessions.first().isActive());
    QCOMPARE(s.idleInTransactionCount, 0);

    const DimensionStat userStat {QStringLiteral("testUser"), 2, 1, {0}, {QStringLiteral("['testUser']")}};
    QCOMPARE(s.userStats, QList<DimensionStat> {userStat});
    QCOMPARE(s.clientStats.size(), 1);
    QCOMPARE(s.clientStats.first().key, QStringLiteral("47.100.XX.XX"));
    QCOMPARE(s.dbStats.size(), 1);
    QCOMPARE(s.dbStats.first().key, QStringLiteral("dbTest"));
    QCOMPARE(s.dbStats.first().threadIds, QList<qint64> {0});
}

void TestSnapshotParser::running_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("PascalCase") << QByteArray(
        R"({"Code":200,"Success":true,"Data":{"IsFinish":false,"State":"RUNNING","ResultId":"async__1"}})");
    QTest::addRow("lowerCamel") << QByteArray(
        R"({"code":"200","success":"true","data":{"isFinish":"false","state":"running","resultId":"async__1"}})");
    QTest::addRow("only State") << QByteArray(
        R"({"Code":200,"Success":true,"Data":{"State":"RUNNING","ResultId":"async__1","SessionData":null}})");
}

void TestSnapshotParser::running()
{
    QFETCH(QByteArray, body);
    const auto result = parseAsyncResponse(body, context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.response.success);
    QVERIFY(!result.response.isFinish);
    QCOMPARE(result.response.resultId, QStringLiteral("async__1"));
    QVERIFY(!result.response.finishedWithSnapshot());
    QVERIFY(!result.response.finishedWithFailure());
}

void TestSnapshotParser::lowerCamelAndStringTypes()
{
    const QByteArray body = R"({"code":"200","success":"true","requestId":"q","data":{"isFinish":"true",)"
                            R"("state":"SUCCESS","fail":"false","resultId":"r","timestamp":"1660100753556",)"
                            R"("sessionData":{"totalSessionCount":"2","activeSessionCount":"1","maxActiveTime":"7",)"
                            R"("timeStamp":"1659581514","sessionList":[)"
                            R"({"sessionId":"11","user":"u","client":"c","dbName":null,"command":"query","time":"7",)"
                            R"("trxId":754300775132,"trxDuration":"3"},)"
                            R"({"SESSIONID":12,"USER":"u","COMMAND":"Sleep","Time":1.0,"TrxId":"x"}],)"
                            R"("userStats":[{"key":"u","totalCount":"2","activeCount":"1","threadIdList":["11","12"],)"
                            R"("userList":["u"]}],"clientStats":[],"dbStats":[]}}})";
    const auto result = parseAsyncResponse(body, context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const SessionSnapshot& s = *result.response.snapshot;
    QCOMPARE(s.totalSessionCount, 2);
    QCOMPARE(s.activeSessionCount, 1);
    QCOMPARE(s.maxActiveTime, 7);
    QCOMPARE(s.snapshotTimeMs, 1659581514000LL); // 10 digits: seconds
    QCOMPARE(s.sessions.size(), 2);
    QCOMPARE(s.sessions[0].sessionId, 11);
    QVERIFY(s.sessions[0].dbName.isNull());
    QCOMPARE(s.sessions[0].trxId, QStringLiteral("754300775132"));
    QCOMPARE(s.sessions[0].trxDuration, 3);
    QVERIFY(s.sessions[0].isActive());
    QCOMPARE(s.sessions[1].sessionId, 12);
    QCOMPARE(s.sessions[1].time, 1);
    QVERIFY(s.sessions[1].isIdleInTransaction());
    QCOMPARE(s.idleInTransactionCount, 1);
    QCOMPARE(s.userStats.first().threadIds, (QList<qint64> {11, 12}));
}

void TestSnapshotParser::nullsAndMissingFields()
{
    const auto result = parseAsyncResponse(finished(R"({"SessionList":[{"SessionId":5,"User":null}],)"
                                                    R"("UserStats":null,"TotalSessionCount":null})"),
        context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const SessionSnapshot& s = *result.response.snapshot;
    QCOMPARE(s.sessions.size(), 1);
    QVERIFY(s.sessions[0].user.isNull());
    QCOMPARE(s.sessions[0].time, 0);
    QCOMPARE(s.totalSessionCount, 1);
    QVERIFY(!s.serverAggregated);
    // No SessionData.TimeStamp: the request's time stands in.
    QCOMPARE(s.snapshotTimeMs, 1660100753556LL);
}

void TestSnapshotParser::localAggregationWhenStatsMissing()
{
    const auto result = parseAsyncResponse(
        finished(R"({"SessionList":[)"
                 R"({"SessionId":1,"User":"a","Client":"h1","DbName":"d","Command":"Query","Time":9},)"
                 R"({"SessionId":2,"User":"a","Client":"h2","DbName":"d","Command":"Sleep","Time":100},)"
                 R"({"SessionId":3,"User":"b","Client":"h1","DbName":"e","Command":"Execute","Time":4}]})"),
        context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const SessionSnapshot& s = *result.response.snapshot;
    QCOMPARE(s.totalSessionCount, 3);
    QCOMPARE(s.activeSessionCount, 2);
    QCOMPARE(s.maxActiveTime, 9);
    QVERIFY(!s.serverAggregated);
    QCOMPARE(s.userStats.size(), 2);
    QCOMPARE(s.userStats[0], (DimensionStat {QStringLiteral("a"), 2, 1, {1, 2}, {QStringLiteral("a")}}));
    QCOMPARE(s.clientStats[0],
        (DimensionStat {QStringLiteral("h1"), 2, 2, {1, 3}, {QStringLiteral("a"), QStringLiteral("b")}}));
    QCOMPARE(s.dbStats[0].key, QStringLiteral("d"));
}

void TestSnapshotParser::timestampMagnitude_data()
{
    QTest::addColumn<qint64>("raw");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("seconds") << qint64(1659581514) << qint64(1659581514000);
    QTest::addRow("milliseconds") << qint64(1659581514123) << qint64(1659581514123);
    QTest::addRow("microseconds") << qint64(1659581514123456) << qint64(1659581514123);
}

void TestSnapshotParser::timestampMagnitude()
{
    QFETCH(qint64, raw);
    QFETCH(qint64, ms);
    QCOMPARE(SnapshotParser::normalizeTimestampToMs(raw), ms);
}

void TestSnapshotParser::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("State FAIL") << QByteArray(R"({"Success":true,"Data":{"IsFinish":true,"State":"FAIL"}})");
    QTest::addRow("Fail true") << QByteArray(R"({"Success":true,"Data":{"IsFinish":true,"Fail":true,"State":""}})");
    QTest::addRow("Fail as string") << QByteArray(
        R"({"Success":"true","Data":{"isFinish":true,"fail":"true","state":"SUCCESS"}})");
}

void TestSnapshotParser::failures()
{
    QFETCH(QByteArray, body);
    const auto result = parseAsyncResponse(body, context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.response.finishedWithFailure());
    QVERIFY(!result.response.finishedWithSnapshot());
}

void TestSnapshotParser::serviceErrorEnvelope()
{
    const auto result = parseAsyncResponse(
        R"({"Code":"InvalidParams","Message":"bad instance","RequestId":"R1","Success":false})", context);
    QVERIFY(result.ok());
    QVERIFY(!result.response.success);
    QCOMPARE(result.response.code, QStringLiteral("InvalidParams"));
    QCOMPARE(result.response.message, QStringLiteral("bad instance"));
    QCOMPARE(result.response.requestId, QStringLiteral("R1"));
}

void TestSnapshotParser::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("not valid JSON");
    QTest::addRow("truncated") << QByteArray(R"({"Code":200,"Success":true,"Data":{"IsFin)")
                               << QStringLiteral("not valid JSON");
    QTest::addRow("array root") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::addRow("no Data") << QByteArray(R"({"Code":200,"Success":true})") << QStringLiteral("Data is missing");
    QTest::addRow("Data wrong type") << QByteArray(R"({"Success":true,"Data":"x"})") << QStringLiteral("Data");
    QTest::addRow("no IsFinish") << QByteArray(R"({"Success":true,"Data":{"ResultId":"r"}})")
                                 << QStringLiteral("Data.IsFinish");
    QTest::addRow("running without ResultId")
        << QByteArray(R"({"Success":true,"Data":{"IsFinish":false}})") << QStringLiteral("Data.ResultId");
    QTest::addRow("finished without SessionData")
        << QByteArray(R"({"Success":true,"Data":{"IsFinish":true,"State":"SUCCESS"}})")
        << QStringLiteral("Data.SessionData");
    QTest::addRow("SessionList not array")
        << finished(R"({"SessionList":"oops"})") << QStringLiteral("Data.SessionData.SessionList: expected an array");
    QTest::addRow("SessionList missing with sessions")
        << finished(R"({"TotalSessionCount":4})") << QStringLiteral("SessionList is missing");
    QTest::addRow("session not object") << finished(R"({"SessionList":[{"SessionId":1},7]})")
                                        << QStringLiteral("SessionList[1]: expected an object, got a number");
    QTest::addRow("session without id") << finished(R"({"SessionList":[{"User":"u"}]})")
                                        << QStringLiteral("SessionId is missing");
    QTest::addRow("Time is an object") << finished(R"({"SessionList":[{"SessionId":1,"Time":{}}]})")
                                       << QStringLiteral("SessionList[0].Time: expected an integer, got an object");
    QTest::addRow("Time is text") << finished(R"({"SessionList":[{"SessionId":1,"Time":"long"}]})")
                                  << QStringLiteral("\"long\"");
    QTest::addRow("User is array") << finished(R"({"SessionList":[{"SessionId":1,"User":[]}]})")
                                   << QStringLiteral("SessionList[0].User: expected a string, got an array");
    QTest::addRow("ThreadIdList wrong") << finished(R"({"SessionList":[],"UserStats":[{"Key":"u","ThreadIdList":{}}]})")
                                        << QStringLiteral("UserStats[0].ThreadIdList: expected an array");
    QTest::addRow("bad boolean") << QByteArray(R"({"Success":"maybe"})") << QStringLiteral("Success");
    // Values that would be silently wrong if accepted: each is an error that names the field.
    QTest::addRow("fractional Time") << finished(R"({"SessionList":[{"SessionId":1,"Time":6.75}]})")
                                     << QStringLiteral("SessionList[0].Time: expected an integer, got 6.75");
    QTest::addRow("fractional Time as text")
        << finished(R"({"SessionList":[{"SessionId":1,"Time":"6.75"}]})")
        << QStringLiteral("SessionList[0].Time: expected an integer, got the text");
    QTest::addRow("SessionId beyond 64 bits")
        << finished(R"({"SessionList":[{"SessionId":18446744073709551615}]})")
        << QStringLiteral("SessionList[0].SessionId: expected an integer, got 18446744073709551615");
    QTest::addRow("TimeStamp after 9999") << finished(R"({"SessionList":[],"TimeStamp":253402300800000000})")
                                          << QStringLiteral("Data.SessionData.TimeStamp");
    QTest::addRow("request time after 9999")
        << QByteArray(R"({"Success":true,"Data":{"IsFinish":false,"ResultId":"r","Timestamp":253402300800000}})")
        << QStringLiteral("Data.Timestamp");
    QTest::addRow("trailing bytes") << QByteArray(R"({"Success":true,"Data":{"IsFinish":false,"ResultId":"r"}} x)")
                                    << QStringLiteral("not valid JSON");
    QTest::addRow("two documents") << QByteArray(R"({"Success":false} {"Success":true})")
                                   << QStringLiteral("not valid JSON");
    QTest::addRow("bad escape") << finished(R"({"SessionList":[{"SessionId":1,"User":"a\qb"}]})")
                                << QStringLiteral("not valid JSON");
    QTest::addRow("broken literal") << QByteArray(R"({"Success":nul})") << QStringLiteral("not valid JSON");
    QTest::addRow("invalid UTF-8") << QByteArray("{\"Code\":\"\xff\xfe\"}") << QStringLiteral("not valid JSON");
    QTest::addRow("unclosed session list")
        << finished(R"({"SessionList":[{"SessionId":1},)").chopped(2) << QStringLiteral("not valid JSON");
}

void TestSnapshotParser::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto result = parseAsyncResponse(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QVERIFY(!result.response.snapshot);
}

void TestSnapshotParser::exactIntegers()
{
    // 2^53 + 1 is the first integer a double cannot hold; a parser that went through one would
    // report ...992. TrxId as a number keeps every digit too.
    const auto result = parseAsyncResponse(
        finished(R"({"SessionList":[{"SessionId":9007199254740993,"Time":"9007199254740995","TrxId":)"
                 R"(9223372036854775807,"TrxDuration":1e3}]})"),
        context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Session& s = result.response.snapshot->sessions.at(0);
    QCOMPARE(s.sessionId, 9007199254740993LL);
    QCOMPARE(s.time, 9007199254740995LL);
    QCOMPARE(s.trxId, QStringLiteral("9223372036854775807"));
    QCOMPARE(s.trxDuration, 1000);
}

void TestSnapshotParser::escapesAndUnicode()
{
    const auto result = parseAsyncResponse(
        finished(
            R"({"SessionList":[{"SessionId":1,"User":"\u00e9t\u00e9","SqlText":"SELECT \"a\\b\"\n/* \ud83d\ude00 */",)"
            R"("DbName":"","State":null,"Client":"数据库","UserClientAlias":")"
            "\xEF\xBB\xBF"
            R"(bom","SqlTemplateId":"\ufeffx"}]})"),
        context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Session& s = result.response.snapshot->sessions.at(0);
    QCOMPARE(s.user, QStringLiteral("été"));
    QCOMPARE(s.sqlText, QStringLiteral("SELECT \"a\\b\"\n/* 😀 */"));
    QCOMPARE(s.client, QStringLiteral("数据库"));
    // A leading U+FEFF is part of the value, raw or escaped, not a byte order mark to drop.
    QCOMPARE(s.userClientAlias, QString(QChar(0xfeff)) + QStringLiteral("bom"));
    QCOMPARE(s.sqlTemplateId, QString(QChar(0xfeff)) + QStringLiteral("x"));
    // An empty database name is not a missing one.
    QVERIFY(s.dbName.isEmpty());
    QVERIFY(!s.dbName.isNull());
    QVERIFY(s.state.isNull());
}

void TestSnapshotParser::keysInAnyCaseServiceSpellingWins()
{
    // The same field twice in different casings: the service's spelling is the one read, whichever
    // comes first; an escaped key is a key like any other.
    const auto result = parseAsyncResponse(
        finished(R"({"SessionList":[{"sessionid":5,"SessionId":6,"uSeR":"x","\u0055ser":"y","COMMAND":"Query"},)"
                 R"({"SessionId":7,"user":"camel","USER":"upper"}]})"),
        context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto& sessions = result.response.snapshot->sessions;
    QCOMPARE(sessions.at(0).sessionId, 6);
    QCOMPARE(sessions.at(0).user, QStringLiteral("y"));
    QCOMPARE(sessions.at(0).command, QStringLiteral("Query"));
    QCOMPARE(sessions.at(1).user, QStringLiteral("camel"));
}

void TestSnapshotParser::failedRequestsDataIsNotHeldAgainstIt()
{
    // Success comes after Data in the service's answers; a failed request's odd Data is no error.
    const auto result = parseAsyncResponse(
        R"({"Code":"Throttling","Data":{"IsFinish":"maybe","SessionData":7},"Message":"slow down","Success":false})",
        context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.response.success);
    QCOMPARE(result.response.code, QStringLiteral("Throttling"));
    QCOMPARE(result.response.message, QStringLiteral("slow down"));

    // The same Data in a successful answer is an error, and the first one in it is named.
    const auto bad
        = parseAsyncResponse(R"({"Code":"200","Data":{"IsFinish":"maybe","SessionData":7},"Success":true})", context);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QLatin1String("Data.IsFinish")), qPrintable(bad.error));

    // A running request's SessionData is not read at all.
    const auto running
        = parseAsyncResponse(R"({"Success":true,"Data":{"SessionData":[1],"IsFinish":false,"ResultId":"r"}})", context);
    QVERIFY2(running.ok(), qPrintable(running.error));
    QVERIFY(!running.response.isFinish);
}

void TestSnapshotParser::repeatedTextsAreStoredOnce()
{
    QByteArray list;
    for (int i = 1; i <= 50; ++i) {
        list += (i > 1 ? "," : "") + QByteArray(R"({"SessionId":)") + QByteArray::number(i)
            + R"(,"User":"app","Client":"10.0.0.)" + QByteArray::number(i % 3)
            + R"(","DbName":"orders","Command":"Sleep","State":"","SqlText":"SELECT 1"})";
    }
    const auto result = parseAsyncResponse(finished(R"({"SessionList":[)" + list + "]}"), context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto& sessions = result.response.snapshot->sessions;
    QCOMPARE(sessions.size(), 50);
    QSet<const QChar*> users;
    QSet<const QChar*> clients;
    QSet<const QChar*> sql;
    for (const Session& s : sessions) {
        users.insert(s.user.constData());
        clients.insert(s.client.constData());
        sql.insert(s.sqlText.constData());
        QCOMPARE(s.user, QStringLiteral("app"));
        QCOMPARE(s.dbName, QStringLiteral("orders"));
    }
    // One copy of "app", one of each of the three clients; statement texts are each their own.
    QCOMPARE(users.size(), 1);
    QCOMPARE(clients.size(), 3);
    QCOMPARE(sql.size(), 50);
    QCOMPARE(result.response.snapshot->userStats.first().key.constData(), sessions.first().user.constData());
}

void TestSnapshotParser::bodyWithoutSpareRoomIsRead()
{
    // Bytes that end exactly at the end of their memory (no room to read past them) are copied,
    // not overrun; bytes with room are read in place. Both read the same.
    const QByteArray text = readData(QStringLiteral("seed-sample-response.json"));
    const QByteArray raw = QByteArray::fromRawData(text.constData(), text.size());
    QByteArray roomy;
    roomy.reserve(text.size() + SnapshotParser::InputPadding);
    roomy.append(text);
    const auto a = parseAsyncResponse(raw, context);
    const auto b = parseAsyncResponse(roomy, context);
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
    QCOMPARE(*a.response.snapshot, *b.response.snapshot);
    QCOMPARE(a.response.snapshot->sessions.size(), 1);
}

void TestSnapshotParser::streamingVisitsEverySessionOnce()
{
    const QByteArray body = readData(QStringLiteral("seed-sample-response.json"));
    const auto whole = parseAsyncResponse(body, context);
    QVERIFY2(whole.ok(), qPrintable(whole.error));
    SnapshotParser::SessionStream stream(body, context);
    const auto head = stream.readHead();
    QVERIFY2(head.ok(), qPrintable(head.error));
    // Everything but the sessions is known before the first one is read.
    const SessionSnapshot& snapshot = *head.response.snapshot;
    QCOMPARE(snapshot.snapshotTimeMs, 1659581514000LL);
    QVERIFY(snapshot.sessions.isEmpty());
    QCOMPARE(snapshot.userStats, whole.response.snapshot->userStats);
    QCOMPARE(snapshot.totalSessionCount, 988);
    QList<Session> visited;
    QVERIFY(stream.readSessions([&](const Session& session) {
        visited.append(session);
        return true;
    }));
    QCOMPARE(visited, whole.response.snapshot->sessions);
}

void TestSnapshotParser::streamingKeepsSessionsWhenFiguresAreMissing()
{
    // No stats in the response: they are computed from the sessions, which must then be read.
    const QByteArray body = finished(R"({"SessionList":[{"SessionId":1,"User":"a","Command":"Query","Time":4},)"
                                     R"({"SessionId":2,"User":"b","Command":"Sleep"}],"TimeStamp":1659581514})");
    SnapshotParser::SessionStream stream(body, context);
    const auto head = stream.readHead();
    QVERIFY2(head.ok(), qPrintable(head.error));
    const SessionSnapshot& snapshot = *head.response.snapshot;
    QCOMPARE(snapshot.totalSessionCount, 2);
    QCOMPARE(snapshot.activeSessionCount, 1);
    QCOMPARE(snapshot.userStats.size(), 2);
    QVERIFY(!snapshot.serverAggregated);
    QList<qint64> ids;
    QVERIFY(stream.readSessions([&](const Session& s) {
        ids.append(s.sessionId);
        return true;
    }));
    QCOMPARE(ids, (QList<qint64> {1, 2}));

    // An error in a session is reported when streaming, too, with its place.
    SnapshotParser::SessionStream bad(
        finished(R"({"TotalSessionCount":2,"ActiveSessionCount":0,"MaxActiveTime":0,"UserStats":[],"ClientStats":[],)"
                 R"("DbStats":[],"SessionList":[{"SessionId":1},{"SessionId":"x"}]})"),
        context);
    QVERIFY(bad.readHead().ok());
    int visits = 0;
    QVERIFY(!bad.readSessions([&](const Session&) { return ++visits > 0; }));
    QCOMPARE(visits, 1);
    QVERIFY2(bad.error().contains(QLatin1String("SessionList[1].SessionId")), qPrintable(bad.error()));
}

void TestSnapshotParser::streamingStops()
{
    const QByteArray body = finished(R"({"TotalSessionCount":3,"ActiveSessionCount":0,"MaxActiveTime":0,)"
                                     R"("UserStats":[],"ClientStats":[],"DbStats":[],)"
                                     R"("SessionList":[{"SessionId":1},{"SessionId":2},{"SessionId":3}]})");
    SnapshotParser::SessionStream stream(body, context);
    QVERIFY(stream.readHead().ok());
    int visits = 0;
    QVERIFY(!stream.readSessions([&](const Session&) { return ++visits < 2; }));
    QCOMPARE(visits, 2);
    QVERIFY(stream.error().isEmpty());
}

namespace {

// A session's fields as cells hold them: integers, and texts as UTF-8 (null as empty).
QList<QByteArray> fieldsOf(const Session& session)
{
    QList<QByteArray> fields;
    for (const SessionFields::Spec& spec : SessionFields::all()) {
        if (spec.isDerived())
            continue;
        fields.append(spec.type == SessionFields::Type::Integer ? QByteArray::number(session.*spec.integer)
                                                                : (session.*spec.text).toUtf8());
    }
    return fields;
}

QList<QByteArray> fieldsOf(const SessionCells& cells)
{
    QList<QByteArray> fields;
    for (const SessionFields::Spec& spec : SessionFields::all()) {
        if (spec.isDerived())
            continue;
        const size_t i = size_t(spec.field);
        fields.append(spec.type == SessionFields::Type::Integer
                ? QByteArray::number(cells.integers[i])
                : QByteArray(cells.texts[i].data(), qsizetype(cells.texts[i].size())));
    }
    return fields;
}

QByteArray largeResponse(int count, const QByteArray& sessionAt = {}, int at = -1);

} // namespace

void TestSnapshotParser::cellsHoldWhatSessionsHold_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("inPieces");
    QTest::addRow("documented sample") << readData(QStringLiteral("seed-sample-response.json")) << false;
    QTest::addRow("tolerant reading") << finished(
        R"({"TotalSessionCount":3,"ActiveSessionCount":1,"MaxActiveTime":4,"UserStats":[],)"
        R"("ClientStats":[],"DbStats":[],"SessionList":[)"
        R"({"sessionId":"1","user":"a\"b\\c\u0000\u00e9\ud83d\ude00","Time":"4","TrxId":12345678901,)"
        R"("DbName":null,"Command":"Query","State":true,"SqlText":"=1,\r\n","SqlTemplateId":1.5},)"
        R"({"SessionId":2,"sessionid":3,"User":"\ufeffbob","Client":"","trxDuration":2.0},)"
        R"({"SESSIONID":4,"SessionId":5,"Command":"Sleep","Time":null}]})")
                                      << false;
    QTest::addRow("figures missing: sessions held")
        << finished(R"({"SessionList":[{"SessionId":1,"User":"a\tb","Command":"Query","Time":4},)"
                    R"({"SessionId":2,"User":"\u001b[2J","Command":"Sleep"}],"TimeStamp":1659581514})")
        << false;
    QTest::addRow("large, in pieces") << largeResponse(40'000) << true;
}

void TestSnapshotParser::cellsHoldWhatSessionsHold()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, inPieces);
    QList<QList<QByteArray>> sessions;
    QList<QList<QByteArray>> cells;
    {
        SnapshotParser::SessionStream stream(body, context);
        const auto head = stream.readHead();
        QVERIFY2(head.ok(), qPrintable(head.error));
        QVERIFY(stream.readSessions([&](const Session& session) {
            sessions.append(fieldsOf(session));
            return true;
        }));
    }
    SnapshotParser::SessionStream stream(body, context);
    const auto head = stream.readHead();
    QVERIFY2(head.ok(), qPrintable(head.error));
    QVERIFY(stream.readCells([&](const SessionCells& session) {
        cells.append(fieldsOf(session));
        return true;
    }));
    QVERIFY(!sessions.isEmpty());
    QCOMPARE(cells.size(), sessions.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        QCOMPARE(cells.at(i), sessions.at(i));
    QCOMPARE(body.size() > context.splitAboveBytes, inPieces);

    // A session that cannot be read stops the cells as it stops the sessions, with its place.
    SnapshotParser::SessionStream bad(
        finished(R"({"TotalSessionCount":2,"ActiveSessionCount":0,"MaxActiveTime":0,"UserStats":[],"ClientStats":[],)"
                 R"("DbStats":[],"SessionList":[{"SessionId":1},{"SessionId":2,"User":[]}]})"),
        context);
    QVERIFY(bad.readHead().ok());
    int visits = 0;
    QVERIFY(!bad.readCells([&](const SessionCells&) { return ++visits > 0; }));
    QCOMPARE(visits, 1);
    QVERIFY2(bad.error().contains(QLatin1String("SessionList[1].User: expected a string")), qPrintable(bad.error()));
}

namespace {

// A response of `count` sessions, several megabytes: large enough that its session list is read in
// pieces. Every session differs, some texts have escapes, some keys another casing.
QByteArray largeResponse(int count, const QByteArray& sessionAt, int at)
{
    QByteArray list;
    list.reserve(count * 120);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            list += ',';
        if (i == at) {
            list += sessionAt;
            continue;
        }
        list += (i % 7 == 0 ? R"({"sessionId":)" : R"({"SessionId":)") + QByteArray::number(i + 1) + R"(,"User":"user)"
            + QByteArray::number(i % 5) + R"(","Command":")" + (i % 2 ? "Query" : "Sleep") + R"(","Time":)"
            + QByteArray::number(i % 100) + R"(,"SqlText":"SELECT \"c\", [x] FROM t WHERE id = )"
            + QByteArray::number(i) + R"( /* }], */"})";
    }
    return finished(R"({"TotalSessionCount":)" + QByteArray::number(count)
        + R"(,"ActiveSessionCount":0,"MaxActiveTime":0,"SessionList":[)" + list
        + R"(],"UserStats":[{"Key":"user0","TotalCount":1}],"ClientStats":[],"DbStats":[],"TimeStamp":1659581514})");
}

} // namespace

void TestSnapshotParser::largeResponseReadInPieces()
{
    constexpr int Count = 40'000;
    const QByteArray body = largeResponse(Count);
    QVERIFY(body.size() > 4 * 1024 * 1024);
    const auto result = parseAsyncResponse(body, context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const SessionSnapshot& snapshot = *result.response.snapshot;
    QCOMPARE(snapshot.sessions.size(), Count);
    for (int i = 0; i < Count; i += 997) {
        const Session& s = snapshot.sessions.at(i);
        QCOMPARE(s.sessionId, i + 1);
        QCOMPARE(s.user, QStringLiteral("user%1").arg(i % 5));
        QCOMPARE(s.time, i % 100);
        QCOMPARE(s.sqlText, QStringLiteral("SELECT \"c\", [x] FROM t WHERE id = %1 /* }], */").arg(i));
    }
    QCOMPARE(snapshot.sessions.last().sessionId, Count);
    QCOMPARE(snapshot.userStats.first().key, QStringLiteral("user0"));
    QCOMPARE(snapshot.snapshotTimeMs, 1659581514000LL);

    // Streaming reads the same sessions.
    SnapshotParser::SessionStream stream(body, context);
    QVERIFY(stream.readHead().ok());
    qsizetype seen = 0;
    bool same = true;
    QVERIFY(stream.readSessions([&](const Session& session) {
        same = same && session == snapshot.sessions.at(seen++);
        return true;
    }));
    QCOMPARE(seen, Count);
    QVERIFY(same);
}

void TestSnapshotParser::piecesReadTogetherAsInOrder()
{
    // However many threads read the pieces, the snapshot is the one read in order, session for
    // session, and an unreadable session is named by its place in the whole list.
    SnapshotParser::Context inOrder = context;
    inOrder.pieceReaders = 1;
    const QByteArray body = largeResponse(40'000);
    const auto expected = parseAsyncResponse(body, inOrder);
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    const QByteArray badBody = largeResponse(40'000, R"({"SessionId":1,"User":{}})", 29'999);
    const auto expectedError = parseAsyncResponse(badBody, inOrder);
    QVERIFY(!expectedError.ok());
    QVERIFY2(expectedError.error.contains(QLatin1String("SessionList[29999].User: expected a string")),
        qPrintable(expectedError.error));
    for (const int readers : {2, 3, 4, 7}) {
        SnapshotParser::Context together = context;
        together.pieceReaders = readers;
        const auto result = parseAsyncResponse(body, together);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.response.snapshot->sessions.size(), expected.response.snapshot->sessions.size());
        QVERIFY(result.response.snapshot->sessions == expected.response.snapshot->sessions);
        QCOMPARE(result.response.snapshot->userStats.size(), expected.response.snapshot->userStats.size());
        QCOMPARE(parseAsyncResponse(badBody, together).error, expectedError.error);
    }
}

void TestSnapshotParser::piecesCutRightWhateverTheStringsHold()
{
    // The scan that cuts the list into pieces follows strings and escapes sixty-four bytes at a
    // time. Texts full of what it must see through (runs of backslashes of every length, escaped
    // and closing quotes, brackets and commas), shifted by one byte per session so that each falls
    // on every place in a block and across blocks, must be read in pieces exactly as read whole.
    QByteArray list;
    for (int i = 0; i < 600; ++i) {
        if (i > 0)
            list += ',';
        const QByteArray run(1 + i % 9, '\\');
        // An odd run escapes the quote after it; an even run is itself escaped, so the quote needs
        // one more backslash to stay in the text.
        const QByteArray escapedQuote = run + (run.size() % 2 ? "\"" : "\\\"");
        list += R"({"SessionId":)" + QByteArray::number(i + 1) + R"(,"User":")" + QByteArray(i % 64, 'u')
            + R"(","SqlText":"x)" + escapedQuote + R"(},{\"SessionId\":9}],[)" + run + run + R"(", "Command":"Query",)"
            + R"("Info":{"nested":[1,{"a":"]}\\"}],"b":"\u005c"}})";
    }
    const QByteArray body = finished(R"({"TotalSessionCount":600,"ActiveSessionCount":0,"MaxActiveTime":0,)"
                                     R"("SessionList":[)"
        + list + R"(],"UserStats":[{"Key":"u","TotalCount":1,"ThreadIdList":[1,2]}],"ClientStats":[],"DbStats":[]})");
    // The cuts are where a byte-by-byte reading finds the commas between elements.
    const qsizetype open = body.indexOf(R"("SessionList":[)") + 14;
    const auto cutsOneByteAtATime = [&body, open](qsizetype pieceBytes) {
        QList<qsizetype> cuts;
        bool inString = false;
        int depth = 0;
        for (qsizetype i = open + 1, pieceStart = open; depth >= 0; ++i) {
            const char c = body.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (c == ',' && depth == 0 && i - pieceStart >= pieceBytes) {
                cuts.append(i);
                pieceStart = i;
            }
        }
        return cuts;
    };
    for (const qsizetype pieceBytes : {1, 63, 64, 65, 1000}) {
        const std::optional<QList<qsizetype>> cuts = SnapshotParser::sessionListCuts(body, pieceBytes);
        QVERIFY(cuts);
        QVERIFY(!cuts->isEmpty());
        QCOMPARE(*cuts, cutsOneByteAtATime(pieceBytes));
    }

    SnapshotParser::Context whole = context;
    whole.splitAboveBytes = std::numeric_limits<qsizetype>::max();
    const auto expected = parseAsyncResponse(body, whole);
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    QCOMPARE(expected.response.snapshot->sessions.size(), 600);
    QVERIFY(expected.response.snapshot->sessions.at(1).sqlText.startsWith(
        QLatin1String("x\\\"},{\"SessionId\":9}],[\\\\")));
    for (const qsizetype pieceBytes : {1, 63, 64, 65, 1000}) {
        SnapshotParser::Context pieces = context;
        pieces.splitAboveBytes = 0;
        pieces.pieceBytes = pieceBytes;
        const auto result = parseAsyncResponse(body, pieces);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.response.snapshot->sessions == expected.response.snapshot->sessions);
        QCOMPARE(result.response.snapshot->userStats.first().threadIds, QList<qint64>({1, 2}));
    }

    // A backslash outside any string is not JSON, and is reported as it is when read whole.
    QByteArray broken = body;
    broken.replace(R"("Command":"Query",)", R"("Command":"Query",\)");
    SnapshotParser::Context pieces = context;
    pieces.splitAboveBytes = 0;
    const auto error = parseAsyncResponse(broken, pieces);
    QVERIFY(!error.ok());
    QCOMPARE(error.error, parseAsyncResponse(broken, whole).error);
    QVERIFY(!SnapshotParser::sessionListCuts(broken, 64));
}

void TestSnapshotParser::largeResponseErrorsNameTheirSession()
{
    // A wrong type far into the list names its session by its place in the whole list.
    const auto typed = parseAsyncResponse(largeResponse(40'000, R"({"SessionId":1,"Time":[]})", 31'234), context);
    QVERIFY(!typed.ok());
    QVERIFY2(typed.error.contains(QLatin1String("Data.SessionData.SessionList[31234].Time: expected an integer")),
        qPrintable(typed.error));

    // Broken JSON far into the list is broken JSON, wherever it is.
    const auto broken = parseAsyncResponse(largeResponse(40'000, R"({"SessionId":1,"Time":})", 25'000), context);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.contains(QLatin1String("not valid JSON")), qPrintable(broken.error));

    // So is a list that never ends.
    QByteArray unterminated = largeResponse(40'000);
    unterminated.truncate(unterminated.indexOf("],\"UserStats\""));
    const auto cut = parseAsyncResponse(unterminated, context);
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error.contains(QLatin1String("not valid JSON")), qPrintable(cut.error));

    // A byte that is not UTF-8 in a session far into the list: an error, in both readings, not a crash.
    const QByteArray notUtf8 = largeResponse(40'000, "{\"SessionId\":1,\"User\":\"\xff\xfe\"}", 33'333);
    const auto invalid = parseAsyncResponse(notUtf8, context);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error.contains(QLatin1String("not valid JSON")), qPrintable(invalid.error));
    SnapshotParser::SessionStream stream(notUtf8, context);
    if (stream.readHead().ok()) {
        QVERIFY(!stream.readSessions([](const Session&) { return true; }));
        QVERIFY2(stream.error().contains(QLatin1String("not valid JSON")), qPrintable(stream.error()));
    }
}

QTEST_GUILESS_MAIN(TestSnapshotParser)
#include "tst_snapshotparser.moc"
