// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/sqlfingerprint.h"

#include <QTest>

#include <QRandomGenerator>

class TestSqlFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void normalizedText_data();
    void normalizedText();
    void sameStatement_data();
    void sameStatement();
    void differentStatements_data();
    void differentStatements();
    void hashIsFnv1aOfUtf8();
    void normalizingTwiceChangesNothing();
    void anyTextGivesAFingerprint();
    void hugeInputTakesLinearTime();
};

void TestSqlFingerprint::normalizedText_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* sql, const char* expected) {
        QTest::addRow("%s", name) << QString::fromUtf8(sql) << QString::fromUtf8(expected);
    };
    row("literals", "SELECT * FROM orders WHERE id = 42 AND name = 'bob' AND price > 1.5e3",
        "select * from orders where id = ? and name = ? and price > ?");
    row("hex, bit and boolean", "select 0x1F, X'1f', b'0101', 0b11, TRUE, false", "select ?, ?, ?, ?, ?, ?");
    row("null kept", "SELECT a FROM t WHERE b IS NULL", "select a from t where b is null");
    row("in list", "select * from t where id in (1, 2, 3)", "select * from t where id in(?+)");
    row("in one value", "select * from t where id IN ('a')", "select * from t where id in(?+)");
    row("in subquery stays", "select * from t where id in (select id from u)",
        "select * from t where id in(select id from u)");
    row("multi-row values", "INSERT INTO t (a, b) VALUES (1, 'x'), (2, NULL), (3, DEFAULT)",
        "insert into t(a, b) values(?+)");
    row("values with an expression", "insert into t values (1, now())", "insert into t values(?, now())");
    row("limit and offset", "select a from t limit 10 offset 20", "select a from t limit ? offset ?");
    row("comments", "/* app:orders */ select 1 -- trailing\n from dual # more", "select ? from dual");
    row("executable comment", "SELECT /*!40001 SQL_NO_CACHE */ * FROM t", "select sql_no_cache * from t");
    row("hint removed", "select /*+ MAX_EXECUTION_TIME(1000) */ a from t", "select a from t");
    row("quoted identifiers", "SELECT `Id`, `order date`, `select` FROM `Shop`.`Orders`",
        "select id, `order date`, `select` from shop.orders");
    row("negative number", "select * from t where a = -5 and b - 1 > 0", "select * from t where a = ? and b - ? > ?");
    row("trailing semicolon", "COMMIT ;", "commit");
    row("placeholders", "select * from t where a = ? and b in (?, ?)", "select * from t where a = ? and b in(?+)");
    row("escaped quotes", R"(select 'it''s \' a', "say ""hi""" from t)", "select ?, ? from t");
    row("unterminated string", "select 'abc", "select ?");
    row("unterminated comment", "select 1 /* never closed", "select ?");
    row("user variables", "SET @a = 1, @@session.sql_mode = 'x'", "set @a = ?, @@session.sql_mode = ?");
    row("empty", "   \t\n ", "");
}

void TestSqlFingerprint::normalizedText()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(SqlFingerprint::normalized(sql), expected);
}

void TestSqlFingerprint::sameStatement_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const auto row = [](const char* name, const char* a, const char* b) {
        QTest::addRow("%s", name) << QString::fromUtf8(a) << QString::fromUtf8(b);
    };
    row("values differ", "select * from t where id = 1", "select * from t where id = 99999");
    row("string vs string", "select * from t where n = 'a'", "select * from t where n = \"bcd\"");
    row("case and spacing", "SELECT  *\n\tFROM t WHERE a=1", "select * from t where a = 2");
    row("in lists of other lengths", "select * from t where id in (1)", "select * from t where id in (1,2,3,4,5)");
    row("rows of values", "insert into t values (1,2)", "insert into t values (1,2),(3,4),(5,6)");
    row("comments", "select /* a */ 1", "select 2 -- b");
    row("quoted identifier", "select `a` from `t`", "select A from T");
    row("limit", "select a from t limit 10", "select a from t limit 500");
    row("signed number", "select a from t where b = -1", "select a from t where b = 1");
    row("function spacing", "select count( * ) from t", "select COUNT(*) from t");
    row("hex and decimal", "select * from t where a = 0xFF", "select * from t where a = 255");
    row("trailing semicolon", "select 1;", "select 1");
    row("executable comment", "select /*!40001 sql_no_cache */ a from t", "select sql_no_cache a from t");
}

void TestSqlFingerprint::sameStatement()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(SqlFingerprint::normalized(a), SqlFingerprint::normalized(b));
    QCOMPARE(SqlFingerprint::hash(SqlFingerprint::normalized(a)), SqlFingerprint::hash(SqlFingerprint::normalized(b)));
}

void TestSqlFingerprint::differentStatements_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const auto row = [](const char* name, const char* a, const char* b) {
        QTest::addRow("%s", name) << QString::fromUtf8(a) << QString::fromUtf8(b);
    };
    row("other table", "select * from orders where id = 1", "select * from customers where id = 1");
    row("other column", "select * from t where a = 1", "select * from t where b = 1");
    row("null is not a value", "select * from t where a is null", "select * from t where a is ?");
    row("comparison", "select * from t where a < 1", "select * from t where a <= 1");
    row("subtraction is not a sign", "select a - 1 from t", "select a 1 from t");
    row("in list vs equality", "select * from t where id in (1)", "select * from t where id = 1");
    row("text inside a quoted name", "select `a b` from t", "select a b from t");
    row("comment marker inside a string", "select '-- x' from t", "select from t");
    row("other values shape", "insert into t values (1, now())", "insert into t values (1, 2)");
    row("limit vs limit offset", "select a from t limit 1", "select a from t limit 1, 2");
}

void TestSqlFingerprint::differentStatements()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(SqlFingerprint::normalized(a) != SqlFingerprint::normalized(b));
    QVERIFY(SqlFingerprint::hash(SqlFingerprint::normalized(a)) != SqlFingerprint::hash(SqlFingerprint::normalized(b)));
}

void TestSqlFingerprint::hashIsFnv1aOfUtf8()
{
    // The published FNV-1a 64 test vectors, and the same bytes reached through UTF-16.
    QCOMPARE(SqlFingerprint::hash(u""), 0xcbf29ce484222325ULL);
    QCOMPARE(SqlFingerprint::hash(u"a"), 0xaf63dc4c8601ec8cULL);
    QCOMPARE(SqlFingerprint::hash(u"foobar"), 0x85944171f73967e8ULL);
    QCOMPARE(SqlFingerprint::hex(0xaf63dc4c8601ec8cULL), QStringLiteral("af63dc4c8601ec8c"));
    QCOMPARE(SqlFingerprint::hex(1), QStringLiteral("0000000000000001"));
    // Non-ASCII text hashes as its UTF-8 bytes, a lone surrogate as toUtf8 writes it.
    for (const QString& text : {QStringLiteral("select 名前 from 表"), QStringLiteral("select 😀"),
             QString(QString(QChar(0xd800)) + QStringLiteral("x"))}) {
        quint64 expected = 0xcbf29ce484222325ULL;
        for (const char byte : text.toUtf8()) {
            expected ^= static_cast<unsigned char>(byte);
            expected *= 0x100000001b3ULL;
        }
        QCOMPARE(SqlFingerprint::hash(text), expected);
    }
}

void TestSqlFingerprint::normalizingTwiceChangesNothing()
{
    // A fingerprint shown in the window or written to a file can be fed back (pasted into a filter,
    // compared with another run) and names the same statement.
    const QStringList statements {
        QStringLiteral("INSERT INTO t (a, b) VALUES (1, 'x'), (2, NULL)"),
        QStringLiteral("select * from t where a in (1,2) and b = -3 and c = - - 4"),
        QStringLiteral("select `A``b`, `1x`, `true`, x'00' from `t` where f( ?+1 ) ;;"),
        QStringLiteral("select 1abc, 1.5abc, .5, t.5, a.-1, @, @'x', 'a'@'b', n'x', _utf8'y'"),
        QStringLiteral("select a from t where x = 1 and (y = 2 or z <=> 3) /*! and w := 4 */ -- end"),
    };
    for (const QString& sql : statements) {
        const QString once = SqlFingerprint::normalized(sql);
        QCOMPARE(SqlFingerprint::normalized(once), once);
    }
}

void TestSqlFingerprint::anyTextGivesAFingerprint()
{
    // Random bytes as a server may send them (invalid UTF-8 included), and random SQL-ish tokens.
    QRandomGenerator random(20261201);
    const QList<QByteArray> pieces {"'", "\"", "`", "/*", "*/", "/*!", "--", "-- ", "#", "\n", "(", ")", ",", "in",
        "values", "?", "?+", "-", "+", "0x", "1", ".", "@", "\\", "\xff", "\xc3", "null", " "};
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        const int length = int(random.bounded(60));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(2) == 0)
                bytes += pieces.at(random.bounded(int(pieces.size())));
            else
                bytes += char(random.bounded(256));
        }
        const QString sql = QString::fromUtf8(bytes);
        const QString once = SqlFingerprint::normalized(sql);
        QVERIFY2(!once.startsWith(QLatin1Char(' ')) && !once.endsWith(QLatin1Char(' ')), bytes.toHex().constData());
        // Spaces are collapsed everywhere but inside a quoted name.
        if (!once.contains(QLatin1Char('`')))
            QVERIFY2(!once.contains(QStringLiteral("  ")), bytes.toHex().constData());
        QVERIFY2(SqlFingerprint::normalized(once) == once, bytes.toHex().constData());
    }
}

void TestSqlFingerprint::hugeInputTakesLinearTime()
{
    // Megabytes of nesting, an unterminated comment and a list of a million values: one pass each.
    const QString nested = QString(200'000, QLatin1Char('(')) + QString(200'000, QLatin1Char(')'));
    QCOMPARE(SqlFingerprint::normalized(nested).size(), 400'000);
    QString list = QStringLiteral("select * from t where id in (");
    for (int i = 0; i < 1'000'000; ++i)
        list += QStringLiteral("12345,");
    list += QStringLiteral("1) /* and then");
    QCOMPARE(SqlFingerprint::normalized(list), QStringLiteral("select * from t where id in(?+)"));
}

QTEST_GUILESS_MAIN(TestSqlFingerprint)
#include "tst_sqlfingerprint.moc"
