// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionscope --help` and `--version` answer like the command-line tool, also where there is no
// display at all (an SSH session, a package build): the real executable, run without DISPLAY.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
    void unknownOptionIsRefused();

private:
    Run run(const QStringList& arguments, const QString& platform);

    QTemporaryDir m_home;
};

Run TestCommandLine::run(const QStringList& arguments, const QString& platform)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    // Its settings are not the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/ui/sessionscope"), arguments);
    Run result;
    result.finished = process.waitForFinished(30'000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

void TestCommandLine::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addRow("no platform set") << QString();
    QTest::addRow("xcb, no X server") << QStringLiteral("xcb");
}

void TestCommandLine::answersWithoutADisplay()
{
    QFETCH(QString, platform);

    const Run help = run({QStringLiteral("--help")}, platform);
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--mysql")) && help.out.contains(QLatin1String("--instance"))
            && help.out.contains(QLatin1String("--version")),
        qPrintable(help.out + help.err));
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));

    const Run shortHelp = run({QStringLiteral("-h")}, platform);
    QCOMPARE(shortHelp.exitCode, 0);
    QCOMPARE(shortHelp.out, help.out);

    const Run version = run({QStringLiteral("--version")}, platform);
    QVERIFY(version.finished);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("SessionScope " SESSIONSCOPE_VERSION));
    QVERIFY2(version.err.isEmpty(), qPrintable(version.err));
}

void TestCommandLine::unknownOptionIsRefused()
{
    // Anything but --help and --version needs the window: without a display it fails, and says so.
    const Run unknown = run({QStringLiteral("--no-such-option")}, QStringLiteral("offscreen"));
    QVERIFY(unknown.finished);
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QLatin1String("no-such-option")), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
