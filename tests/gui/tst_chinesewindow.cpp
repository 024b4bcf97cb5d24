// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Simplified Chinese has no English left where a user looks first: every menu (and
// submenu) item, the toolbar and the session table's headers. The same window is built in English
// and in Chinese, and each text is compared with its English counterpart.
#include "credentials/keychainstore.h"
#include "mainwindow.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sessiontableview.h"
#include "sources/demolauncher.h"
#include "translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

// Words that are the same in both languages: names, abbreviations, the language's own name.
const QStringList SameInBothLanguages {
    QStringLiteral("ID"),
    QStringLiteral("SQL"),
    QStringLiteral("English"),
    QStringLiteral("简体中文"),
};

struct Text
{
    QString where;
    QString text;
};

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

void collectMenu(const QMenu* menu, const QString& where, QList<Text>& texts)
{
    const QList<QAction*> actions = menu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QAction* action = actions[i];
        if (action->isSeparator() || plain(action->text()).isEmpty())
            continue;
        const QString here = where + QStringLiteral(" > ") + plain(action->text());
        texts.append({where + QStringLiteral(" > #%1").arg(i), plain(action->text())});
        if (action->menu())
            collectMenu(action->menu(), here, texts);
    }
}

// What a user reads in the menus, the toolbar and the table's headers, in a stable order.
QList<Text> visibleTexts(MainWindow& window)
{
    QList<Text> texts;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (qsizetype i = 0; i < menus.size(); ++i) {
        texts.append({QStringLiteral("menu #%1").arg(i), plain(menus[i]->text())});
        if (menus[i]->menu())
            collectMenu(menus[i]->menu(), QStringLiteral("menu #%1").arg(i), texts);
    }
    const QList<QToolBar*> bars = window.findChildren<QToolBar*>();
    for (const QToolBar* bar : bars) {
        const QList<QAction*> actions = bar->actions();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QString where = bar->objectName() + QStringLiteral(" #%1").arg(i);
            if (!plain(actions[i]->text()).isEmpty() && !bar->widgetForAction(actions[i]))
                texts.append({where, plain(actions[i]->text())});
            const QWidget* widget = bar->widgetForAction(actions[i]);
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && !button->text().isEmpty())
                texts.append({where, plain(button->text())});
            if (const auto* label = qobject_cast<const QLabel*>(widget); label && !label->text().isEmpty())
                texts.append({where, plain(label->text())});
            if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
                for (int item = 0; item < combo->count(); ++item)
                    texts.append({where + QStringLiteral(" item %1").arg(item), plain(combo->itemText(item))});
            }
        }
    }
    const QAbstractItemModel* table = window.sessionView()->model();
    for (int column = 0; column < table->columnCount(); ++column)
        texts.append({QStringLiteral("column %1").arg(column), table->headerData(column, Qt::Horizontal).toString()});
    return texts;
}

QList<Text> textsOfAWindow()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.conf")));
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor;
    InstanceController controller(monitor, &keychain);
    DemoLauncher demo;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();
    return visibleTexts(window);
}

} // namespace

class TestChineseWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noEnglishLeftInMenusToolbarAndHeaders();
};

void TestChineseWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestChineseWindow::noEnglishLeftInMenusToolbarAndHeaders()
{
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    Translations::install(QCoreApplication::instance());
    const QList<Text> english = textsOfAWindow();
    // Translators installed later are asked first.
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    Translations::install(QCoreApplication::instance());
    const QList<Text> chinese = textsOfAWindow();

    QCOMPARE(chinese.size(), english.size());
    // The walk reaches every menu and header: File, View, Help and the twelve DAS columns at least.
    QVERIFY2(english.size() > 40, qPrintable(QString::number(english.size())));
    qInfo("%lld texts compared", static_cast<long long>(english.size()));
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        QCOMPARE(chinese[i].where.section(QLatin1Char('>'), 0, 0), english[i].where.section(QLatin1Char('>'), 0, 0));
        if (chinese[i].text == english[i].text && !SameInBothLanguages.contains(english[i].text))
            untranslated.append(english[i].where + QStringLiteral(": \"") + english[i].text + QLatin1Char('"'));
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestChineseWindow)
#include "tst_chinesewindow.moc"
