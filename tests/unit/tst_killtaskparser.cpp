// SPDX-License-Identifier: GPL-3.0-or-later
// The kill operations' answers as the service spells them, and as it sometimes does: a task id as
// a string, an array or a string holding an array; lowerCamel keys; numbers and booleans as
// strings; TaskState in any case; and what cannot be read named as such.
#include "das/killtaskparser.h"

#include <QTest>

class TestKillTaskParser : public QObject
{
    Q_OBJECT

private slots:
    void createTaskIds_data();
    void createTaskIds();
    void createFailure();
    void resultShapes_data();
    void resultShapes();
    void unreadableResults_data();
    void unreadableResults();
};

void TestKillTaskParser::createTaskIds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("string") << QByteArray(
        R"({"Code":200,"Message":"Successful","Data":"f77d535b","RequestId":"R","Success":true})")
                            << QStringList {QStringLiteral("f77d535b")};
    QTest::addRow("array") << QByteArray(R"({"Code":"200","Data":["a1","b2"],"Success":"true"})")
                           << QStringList {QStringLiteral("a1"), QStringLiteral("b2")};
    QTest::addRow("string holding an array") << QByteArray(R"({"code":200,"data":"[\"a1\",\"b2\"]","success":true})")
                                             << QStringList {QStringLiteral("a1"), QStringLiteral("b2")};
    QTest::addRow("no Success, Code 200")
        << QByteArray(R"({"Code":200,"Data":"t1"})") << QStringList {QStringLiteral("t1")};
    QTest::addRow("object with TaskId") << QByteArray(R"({"Code":200,"Data":{"TaskId":"t2"},"Success":true})")
                                        << QStringList {QStringLiteral("t2")};
}

void TestKillTaskParser::createTaskIds()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    const auto parsed = KillTaskParser::parseCreate(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.value.envelope.success);
    QCOMPARE(parsed.value.taskIds, ids);
}

void TestKillTaskParser::createFailure()
{
    const auto failed = KillTaskParser::parseCreate(
        R"({"Code":"InvalidParams","Message":"bad","RequestId":"R1","Success":false,"Data":null})");
    QVERIFY(failed.ok());
    QVERIFY(!failed.value.envelope.success);
    QCOMPARE(failed.value.envelope.code, QStringLiteral("InvalidParams"));
    QCOMPARE(failed.value.envelope.requestId, QStringLiteral("R1"));

    QVERIFY(!KillTaskParser::parseCreate(R"({"Code":200,"Data":"","Success":true})").ok());
    QVERIFY(!KillTaskParser::parseCreate(R"({"Code":200,"Data":"[not json","Success":true})").ok());
    QVERIFY(!KillTaskParser::parseCreate("<html>502</html>").ok());
}

void TestKillTaskParser::resultShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<int>("reports");
    QTest::addRow("running") << QByteArray(R"({"Code":200,"Success":true,"Data":{"TaskState":"RUNNING","Result":[]}})")
                             << QStringLiteral("RUNNING") << false << 0;
    QTest::addRow("success") << QByteArray(R"({"Code":200,"Success":true,"Data":{"TaskState":"SUCCESS","Result":[
        {"Id":8357518,"User":"u","Command":"Sleep","Reason":"SESSION_KILLED"},
        {"Id":"8357519","Reason":"session_expired"}]}})")
                             << QStringLiteral("SUCCESS") << true << 2;
    QTest::addRow("lowerCamel, strings, lower-case state") << QByteArray(
        R"({"code":"200","success":"true","data":{"taskState":"failure","result":[{"id":"5","reason":"SESSION_OTHER_ERROR"}]}})")
                                                           << QStringLiteral("FAILURE") << true << 1;
    QTest::addRow("error, no Result") << QByteArray(R"({"Code":200,"Success":true,"Data":{"TaskState":"ERROR"}})")
                                      << QStringLiteral("ERROR") << true << 0;
    QTest::addRow("unknown state keeps polling")
        << QByteArray(R"({"Code":200,"Success":true,"Data":{"TaskState":"INIT"}})") << QStringLiteral("INIT") << false
        << 0;
}

void TestKillTaskParser::resultShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, state);
    QFETCH(bool, finished);
    QFETCH(int, reports);
    const auto parsed = KillTaskParser::parseResult(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.taskState, state);
    QCOMPARE(parsed.value.isFinished(), finished);
    QCOMPARE(parsed.value.reports.size(), reports);
    if (state == QLatin1String("SUCCESS")) {
        QCOMPARE(parsed.value.reports[0].sessionId, 8357518);
        QCOMPARE(parsed.value.reports[0].reason, QStringLiteral("SESSION_KILLED"));
        QCOMPARE(parsed.value.reports[1].sessionId, 8357519);
        QCOMPARE(parsed.value.reports[1].reason, QStringLiteral("SESSION_EXPIRED"));
    }
}

void TestKillTaskParser::unreadableResults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addRow("not JSON") << QByteArray("{\"Code\":200,") << QStringLiteral("not valid JSON");
    QTest::addRow("no Data") << QByteArray(R"({"Code":200,"Success":true})") << QStringLiteral("Data is missing");
    QTest::addRow("Result not a list") << QByteArray(
        R"({"Code":200,"Success":true,"Data":{"TaskState":"SUCCESS","Result":"x"}})")
                                       << QStringLiteral("Data.Result");
    QTest::addRow("entry without Id") << QByteArray(
        R"({"Code":200,"Success":true,"Data":{"TaskState":"SUCCESS","Result":[{"Reason":"SESSION_KILLED"}]}})")
                                      << QStringLiteral("Data.Result[0]");
}

void TestKillTaskParser::unreadableResults()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto parsed = KillTaskParser::parseResult(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestKillTaskParser)
#include "tst_killtaskparser.moc"
