// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese translation is complete: every string the program shows has a finished translation
// that keeps the source's placeholders, so no English is left behind and no number goes missing.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsCompleteAndKeepsPlaceholders();
};

void TestTranslations::chineseIsCompleteAndKeepsPlaceholders()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/sessionscope_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                source.clear();
                translations.clear();
                unfinished = false;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    unfinished = false;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                translations.append(text);
            } else if (xml.name() == QLatin1String("numerusform")) {
                translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            const QString where = context + QStringLiteral(": \"") + source.left(60) + QLatin1Char('"');
            const QString translation = translations.join(QString());
            if (unfinished || translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("untranslated ") + where);
                continue;
            }
            if (placeholders(source) != placeholders(translation))
                problems.append(QStringLiteral("placeholders differ in ") + where);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
