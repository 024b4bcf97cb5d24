// SPDX-License-Identifier: GPL-3.0-or-later
// The outputs of one command on real files: all of them are written, or none is.
#include "export/outputfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Everything in `dir`, hidden files included: temporary files and kept copies must not stay.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestOutputFiles : public QObject
{
    Q_OBJECT

private slots:
    void everyOutputIsReplaced();
    void aFailedRenameGivesBackWhatWasReplaced_data();
    void aFailedRenameGivesBackWhatWasReplaced();
};

void TestOutputFiles::everyOutputIsReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessions = dir.filePath(QStringLiteral("sessions.csv"));
    const QString stats = dir.filePath(QStringLiteral("stats.csv"));
    QVERIFY(writeFile(sessions, "old sessions"));
    QVERIFY(QFile::setPermissions(sessions, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    OutputFiles outputs;
    outputs.add(sessions, QByteArray("new sessions"));
    outputs.add(stats, QByteArray("new stats"));
    QVERIFY2(outputs.write(), qPrintable(outputs.error()));
    QCOMPARE(contents(sessions), QByteArray("new sessions"));
    QCOMPARE(contents(stats), QByteArray("new stats"));
    // The replaced file keeps its permissions, and nothing else is left beside the outputs.
    const QFileDevice::Permissions permissions = QFile::permissions(sessions);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!permissions.testFlag(QFileDevice::ReadGroup) && !permissions.testFlag(QFileDevice::ReadOther));
    QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("sessions.csv"), QStringLiteral("stats.csv")}));
}

void TestOutputFiles::aFailedRenameGivesBackWhatWasReplaced_data()
{
    QTest::addColumn<bool>("firstExisted");
    QTest::addRow("the first output replaced a file") << true;
    QTest::addRow("the first output was new") << false;
}

void TestOutputFiles::aFailedRenameGivesBackWhatWasReplaced()
{
    QFETCH(bool, firstExisted);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sessions = dir.filePath(QStringLiteral("sessions.csv"));
    const QString stats = dir.filePath(QStringLiteral("stats.csv"));
    if (firstExisted)
        QVERIFY(writeFile(sessions, "old sessions"));

    // While the stats are being written, a folder with something in it takes their name (another
    // program, a user in a file manager): their rename fails, after the sessions' has been done.
    OutputFiles outputs;
    outputs.add(sessions, QByteArray("new sessions"));
    outputs.add(stats, [&](const OutputFiles::Write& write, QString*) {
        if (!QDir().mkdir(stats) || !writeFile(QDir(stats).filePath(QStringLiteral("keep.txt")), "kept"))
            return false;
        return write("new stats");
    });
    QVERIFY(!outputs.write());
    QVERIFY2(outputs.error().contains(QLatin1String("stats.csv")), qPrintable(outputs.error()));

    // None of the outputs was written: the sessions file is as it was (or still absent), the folder
    // untouched, and no temporary file or kept copy is left behind.
    if (firstExisted) {
        QCOMPARE(contents(sessions), QByteArray("old sessions"));
        QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("sessions.csv"), QStringLiteral("stats.csv")}));
    } else {
        QVERIFY(!QFile::exists(sessions));
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("stats.csv")});
    }
    QCOMPARE(contents(QDir(stats).filePath(QStringLiteral("keep.txt"))), QByteArray("kept"));
}

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "tst_outputfiles.moc"
