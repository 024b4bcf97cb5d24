// SPDX-License-Identifier: GPL-3.0-or-later
// How long ago a snapshot was taken, as the summary and the replay bar say it: seconds, minutes,
// then hours and days, so a replayed moment of last week does not read "10080 min".
#include "durationtext.h"

#include <QTest>

class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void ageUsesTheLargestSensibleUnit_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("just now") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("under two minutes") << qint64(119) << QStringLiteral("119 s");
        QTest::newRow("two minutes") << qint64(120) << QStringLiteral("2 min");
        QTest::newRow("under two hours") << qint64(2 * 3600 - 1) << QStringLiteral("119 min");
        QTest::newRow("two hours") << qint64(2 * 3600) << QStringLiteral("2 h");
        QTest::newRow("under two days") << qint64(2 * 86'400 - 1) << QStringLiteral("47 h");
        QTest::newRow("a week") << qint64(7 * 86'400 + 5) << QStringLiteral("7 d");
        QTest::newRow("three years") << qint64(1113) * 86'400 << QStringLiteral("1113 d");
        QTest::newRow("a clock that went back") << qint64(-30) << QStringLiteral("0 s");
    }
    void ageUsesTheLargestSensibleUnit()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DurationText::age(seconds), text);
    }
};

QTEST_MAIN(TestDurationText)
#include "tst_durationtext.moc"
