// SPDX-License-Identifier: GPL-3.0-or-later
// In the Chinese UI, Qt's own strings (the Save and Cancel buttons, the file dialog) are Chinese too:
// Qt's translations (Debian's qt6-translations-l10n) are loaded beside SessionScope's. And the
// language chosen in View → Language is the one used at the next start.
#include "translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

class TestQtTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chosenLanguageIsUsedAtTheNextStart();
    void qtsOwnButtonsAreChinese();
};

void TestQtTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestQtTranslations::chosenLanguageIsUsedAtTheNextStart()
{
    QCOMPARE(Translations::configuredLanguage(), QString());
    Translations::setConfiguredLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(Translations::configuredLanguage(), QStringLiteral("zh_CN"));
    Translations::applyConfiguredLanguage();
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    // Back to the system's language: nothing is kept.
    Translations::setConfiguredLanguage({});
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestQtTranslations::qtsOwnButtonsAreChinese()
{
    const QString catalog = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    QVERIFY2(QFile::exists(catalog),
        qPrintable(catalog
            + QStringLiteral(" is missing: scripts/bootstrap installs "
                             "qt6-translations-l10n")));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    Translations::install(QCoreApplication::instance());

    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    const QString save = buttons.button(QDialogButtonBox::Save)->text();
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(save.contains(QStringLiteral("保存")), qPrintable(save));
    QVERIFY2(cancel.contains(QStringLiteral("取消")), qPrintable(cancel));
}

QTEST_MAIN(TestQtTranslations)

#include "tst_qttranslations.moc"
