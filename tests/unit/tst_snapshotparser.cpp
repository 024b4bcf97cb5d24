// SPDX-License-Identifier: GPL-3.0-or-later
#include "das/snapshotparser.h"

#include <QFile>
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

QTEST_GUILESS_MAIN(TestSnapshotParser)
#include "tst_snapshotparser.moc"
