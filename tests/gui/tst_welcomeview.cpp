// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run view: what a new user sees instead of an empty window.
#include "welcomeview.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestWelcomeView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void buttonsEmitTheirSignal_data();
    void buttonsEmitTheirSignal();
    void saysWhatTheProductIs();
    void contentIsCenteredAndReadable();
};

void TestWelcomeView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWelcomeView::buttonsEmitTheirSignal_data()
{
    QTest::addColumn<int>("button");
    QTest::addRow("add an instance") << 0;
    QTest::addRow("open the demo") << 1;
    QTest::addRow("import profiles") << 2;
}

void TestWelcomeView::buttonsEmitTheirSignal()
{
    QFETCH(int, button);
    WelcomeView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QSignalSpy add(&view, &WelcomeView::addInstanceRequested);
    QSignalSpy demo(&view, &WelcomeView::openDemoRequested);
    QSignalSpy import(&view, &WelcomeView::importRequested);
    QAbstractButton* const buttons[] = {view.addInstanceButton(), view.openDemoButton(), view.importButton()};
    QVERIFY(buttons[button]->isVisible());
    QTest::mouseClick(buttons[button], Qt::LeftButton);

    QCOMPARE(add.size(), button == 0 ? 1 : 0);
    QCOMPARE(demo.size(), button == 1 ? 1 : 0);
    QCOMPARE(import.size(), button == 2 ? 1 : 0);
}

void TestWelcomeView::saysWhatTheProductIs()
{
    WelcomeView view;
    QStringList texts;
    for (const QLabel* label : view.findChildren<QLabel*>())
        texts.append(label->text());
    QVERIFY2(texts.contains(QStringLiteral("SessionScope")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.join(QLatin1Char(' ')).contains(QStringLiteral("sessions")));
    QCOMPARE(view.addInstanceButton()->text(), QStringLiteral("Add an instance…"));
    QCOMPARE(view.openDemoButton()->text(), QStringLiteral("Open the demo (local emulator)"));
    QCOMPARE(view.importButton()->text(), QStringLiteral("Import profiles…"));
    // Enter in a fresh window starts the common path.
    QVERIFY(view.addInstanceButton()->isDefault());
}

void TestWelcomeView::contentIsCenteredAndReadable()
{
    WelcomeView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QRect add(view.addInstanceButton()->mapTo(&view, QPoint(0, 0)), view.addInstanceButton()->size());
    const QRect demo(view.openDemoButton()->mapTo(&view, QPoint(0, 0)), view.openDemoButton()->size());
    const QRect import(view.importButton()->mapTo(&view, QPoint(0, 0)), view.importButton()->size());
    // Centered horizontally, in the upper-middle of the window, not glued to a corner.
    QVERIFY2(qAbs(add.center().x() - view.width() / 2) <= 2, qPrintable(QString::number(add.center().x())));
    QVERIFY(qAbs(import.center().x() - view.width() / 2) <= 2);
    QVERIFY(add.top() > view.height() / 6);
    QVERIFY(demo.bottom() < view.height() * 5 / 6);
    // The two paths are big targets of one width; the import link is smaller.
    QCOMPARE(add.width(), demo.width());
    QVERIFY(add.height() >= 40);
    QVERIFY(import.width() < add.width());
    // A readable column, not a line across a wide window.
    QVERIFY(add.width() <= 600);
    QVERIFY(add.bottom() < demo.top());
}

QTEST_MAIN(TestWelcomeView)

#include "tst_welcomeview.moc"
