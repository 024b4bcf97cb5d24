// SPDX-License-Identifier: GPL-3.0-or-later
#include "das/snapshotparser.h"
#include "export/snapshotjson.h"
#include "models/sessiontablemodel.h"
#include "sessions/sessionfield.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

// A session whose every field holds a value of its own, so that a field read from the wrong member
// shows.
Session distinctSession()
{
    Session session;
    qint64 number = 101;
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.type == SessionFields::Type::Integer)
            session.*field.integer = number++;
        else
            session.*field.text = QStringLiteral("value of ") + field.name;
    }
    return session;
}

// A DAS response listing `object` as its only session.
QByteArray dasResponse(const QJsonObject& object)
{
    const QJsonObject sessionData {{QStringLiteral("SessionList"), QJsonArray {object}}};
    const QJsonObject data {{QStringLiteral("Fail"), false}, {QStringLiteral("IsFinish"), true},
        {QStringLiteral("State"), QStringLiteral("SUCCESS")}, {QStringLiteral("SessionData"), sessionData}};
    return QJsonDocument(
        QJsonObject {{QStringLiteral("Code"), 200}, {QStringLiteral("Success"), true}, {QStringLiteral("Data"), data}})
        .toJson();
}

} // namespace

class TestSessionField : public QObject
{
    Q_OBJECT

private slots:
    void tableIsInEnumOrder();
    void dasKeysAreWhatTheParserReads_data();
    void dasKeysAreWhatTheParserReads();
    void lookups();
    void valueAndCompare();
    void modelColumnsAreTheFields();
    void snapshotJsonNamesEveryField();
};

void TestSessionField::tableIsInEnumOrder()
{
    QCOMPARE(qsizetype(SessionFields::all().size()), qsizetype(SessionField::Count));
    QSet<QString> names;
    QSet<QString> dasKeys;
    QSet<QString> titles;
    for (int i = 0; i < SessionFields::Count; ++i) {
        const SessionFields::Spec& field = SessionFields::spec(SessionField(i));
        QCOMPARE(int(field.field), i);
        names.insert(field.name);
        titles.insert(SessionFields::title(field.field));
        // A derived field is neither read from DAS nor exported; every other field is both.
        QCOMPARE(field.dasKey.isEmpty(), field.isDerived());
        if (!field.isDerived())
            dasKeys.insert(QString(field.dasKey).toLower());
    }
    QCOMPARE(names.size(), SessionFields::Count);
    QCOMPARE(dasKeys.size(), SessionFields::Count - 1);
    QVERIFY(SessionFields::spec(SessionField::BlockedBy).isDerived());
    QCOMPARE(titles.size(), SessionFields::Count);
    QCOMPARE(SessionFields::title(SessionField::SessionId), QStringLiteral("ID"));
}

void TestSessionField::dasKeysAreWhatTheParserReads_data()
{
    QTest::addColumn<bool>("lowerCase");
    QTest::addRow("as DAS spells them") << false;
    QTest::addRow("lower case") << true;
}

void TestSessionField::dasKeysAreWhatTheParserReads()
{
    QFETCH(bool, lowerCase);
    Session expected = distinctSession();
    expected.blockedBy = 0; // derived: never read from DAS
    QJsonObject object;
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.isDerived())
            continue;
        const QString key = lowerCase ? QString(field.dasKey).toLower() : QString(field.dasKey);
        QVERIFY(SessionFields::fromDasKey(key) == field.field);
        object.insert(key,
            field.type == SessionFields::Type::Integer ? QJsonValue(expected.*field.integer)
                                                       : QJsonValue(expected.*field.text));
    }
    const auto result = SnapshotParser::parseAsyncResponse(dasResponse(object), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.response.snapshot);
    QCOMPARE(result.response.snapshot->sessions.size(), qsizetype(1));
    const Session& parsed = result.response.snapshot->sessions.first();
    for (const SessionFields::Spec& field : SessionFields::all())
        QCOMPARE(SessionFields::value(parsed, field.field), SessionFields::value(expected, field.field));
    QVERIFY(parsed == expected);
}

void TestSessionField::lookups()
{
    QVERIFY(SessionFields::fromDasKey(u"SqlTemplateId") == SessionField::SqlTemplateId);
    QVERIFY(SessionFields::fromDasKey(u"SQLTEXT") == SessionField::SqlText);
    QVERIFY(SessionFields::fromDasKey(u"trxduration") == SessionField::TrxDuration);
    QVERIFY(!SessionFields::fromDasKey(u"SqlTex"));
    QVERIFY(!SessionFields::fromDasKey(u""));
    QVERIFY(SessionFields::fromName(u"userClientAlias") == SessionField::UserClientAlias);
    // Names are stable identifiers: exact.
    QVERIFY(!SessionFields::fromName(u"UserClientAlias"));
}

void TestSessionField::valueAndCompare()
{
    Session a;
    a.time = 9;
    a.user = QStringLiteral("bob");
    Session b;
    b.time = 10;
    b.user = QStringLiteral("Alice");

    QCOMPARE(SessionFields::value(a, SessionField::Time).typeId(), int(QMetaType::LongLong));
    QCOMPARE(SessionFields::value(a, SessionField::Time).toLongLong(), qint64(9));
    QCOMPARE(SessionFields::value(a, SessionField::User).toString(), QStringLiteral("bob"));
    // Numbers numerically (as text, "9" would sort after "10"), text without regard to case.
    QVERIFY(SessionFields::compare(a, b, SessionField::Time) < 0);
    QVERIFY(SessionFields::compare(b, a, SessionField::Time) > 0);
    QVERIFY(SessionFields::compare(a, b, SessionField::User) > 0);
    b.user = QStringLiteral("BOB");
    QCOMPARE(SessionFields::compare(a, b, SessionField::User), 0);
    QCOMPARE(SessionFields::compare(a, a, SessionField::SessionId), 0);
}

void TestSessionField::modelColumnsAreTheFields()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto snapshot = std::make_shared<SessionSnapshot>();
    snapshot->instanceId = QStringLiteral("rm-1");
    Session session = distinctSession();
    session.sqlText = QStringLiteral("SELECT 1");
    snapshot->sessions = {session};
    model.setSnapshot(snapshot);

    QCOMPARE(model.columnCount(), SessionFields::Count);
    for (const SessionFields::Spec& field : SessionFields::all()) {
        const int column = int(field.field);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), SessionFields::title(field.field));
        const QVariant sortValue = model.index(0, column).data(SessionTableModel::SortRole);
        const bool integer = field.type == SessionFields::Type::Integer;
        QCOMPARE(sortValue.typeId(), integer ? int(QMetaType::LongLong) : int(QMetaType::QString));
        QCOMPARE(sortValue, SessionFields::value(session, field.field));
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole).value<Qt::SortOrder>(),
            integer ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
}

void TestSessionField::snapshotJsonNamesEveryField()
{
    SessionSnapshot snapshot;
    Session session = distinctSession();
    session.dbName = QString();
    snapshot.sessions = {session};
    const QJsonObject object = QJsonDocument::fromJson(SnapshotJson::toJson(snapshot))
                                   .object()
                                   .value(QStringLiteral("sessions"))
                                   .toArray()
                                   .first()
                                   .toObject();

    // Every field DAS reports, plus "active" and "idleInTransaction"; the derived "blockedBy" is left out.
    QCOMPARE(object.size(), qsizetype(SessionFields::Count - 1 + 2));
    QVERIFY(!object.contains(QLatin1String("blockedBy")));
    for (const SessionFields::Spec& field : SessionFields::all()) {
        const QJsonValue value = object.value(field.name);
        if (field.isDerived())
            continue;
        if (field.field == SessionField::DbName)
            QVERIFY(value.isNull());
        else if (field.type == SessionFields::Type::Integer)
            QCOMPARE(value.toInteger(), session.*field.integer);
        else
            QCOMPARE(value.toString(), session.*field.text);
    }
}

QTEST_GUILESS_MAIN(TestSessionField)

#include "tst_sessionfield.moc"
