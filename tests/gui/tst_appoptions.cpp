// SPDX-License-Identifier: GPL-3.0-or-later
// The window's command line: a refresh interval that is not a whole number of seconds within the
// profile's range is refused with a usage error, never quietly turned into something else.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppOptions : public QObject
{
    Q_OBJECT

private slots:
    void badIntervalIsAUsageError_data();
    void badIntervalIsAUsageError();
};

void TestAppOptions::badIntervalIsAUsageError_data()
{
    QTest::addColumn<QString>("value");
    for (const char* value : {"0", "-5", "abc", "1.5", "nan", "3601", ""})
        QTest::addRow("%s", value) << QString::fromLatin1(value);
}

void TestAppOptions::badIntervalIsAUsageError()
{
    QFETCH(QString, value);
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/ui/sessionscope"),
        {QStringLiteral("--instance"), QStringLiteral("rm-x"), QStringLiteral("--interval"), value});
    if (!app.waitForFinished(20'000)) {
        app.kill();
        QFAIL("the window opened instead of refusing the interval");
    }
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(app.readAllStandardError().contains("--interval takes a whole number of seconds from 1 to 3600"),
        qPrintable(value));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
