// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/displaytext.h"

#include <QTest>

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsUnchanged();
    void controlsAndOverridesAreShownNotObeyed();
    void longTextIsCut();
};

void TestDisplayText::plainTextIsUnchanged()
{
    const QString text = QStringLiteral("InvalidParams: 实例 rm-1 不存在 (SELECT 1)");
    QCOMPARE(DisplayText::sanitized(text), text);
}

void TestDisplayText::controlsAndOverridesAreShownNotObeyed()
{
    // Clear screen, set the window title, ring the bell, a NUL, a C1 CSI, and a right-to-left override.
    const QString hostile = QStringLiteral("a\x1b[2J\x1b]0;pwned\x07") + QChar(0) + QChar(0x9b) + QStringLiteral("b")
        + QChar(0x202E) + QStringLiteral("cba\r\ndef\tg");
    const QString shown = DisplayText::sanitized(hostile);
    for (const QChar ch : shown) {
        QVERIFY2(ch.unicode() >= 0x20 && !(ch.unicode() >= 0x7F && ch.unicode() <= 0x9F), qPrintable(shown));
        QVERIFY(ch.unicode() != 0x202E);
    }
    QVERIFY(shown.startsWith(QLatin1String("a")));
    QVERIFY(shown.contains(QLatin1String("[2J"))); // the printable part is shown, as text
    QVERIFY(shown.endsWith(QLatin1String("cba  def g")));
    QCOMPARE(shown.size(), hostile.size());
}

void TestDisplayText::longTextIsCut()
{
    const QString huge(8 * 1024 * 1024, QLatin1Char('x'));
    const QString shown = DisplayText::sanitized(huge, 100);
    QCOMPARE(shown.size(), 101);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    // A character outside the BMP is never cut in half.
    const QString emoji = QString(99, QLatin1Char('y')) + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("z");
    const QString cut = DisplayText::sanitized(emoji, 100);
    QCOMPARE(cut, QString(99, QLatin1Char('y')) + QChar(0x2026));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
