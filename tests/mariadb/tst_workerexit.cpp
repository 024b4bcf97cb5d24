// SPDX-License-Identifier: GPL-3.0-or-later
// A process ends only after its released workers have closed their connections. The command-line
// tool used to return from main while a worker thread was still closing its MariaDB connection;
// the client library was shut down under it and the process died (free(): invalid pointer, or a
// segmentation fault) after the command had done its work. The child (workerexit_child) takes a
// real snapshot on a worker thread, releases the thread and returns from main while the worker
// still closes.
#include "support/mariadbserver.h"

#include <QProcess>
#include <QTest>

class TestWorkerExit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theProcessEndsAfterItsWorkerClosedTheConnection();
};

void TestWorkerExit::initTestCase()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
}

void TestWorkerExit::theProcessEndsAfterItsWorkerClosedTheConnection()
{
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        child.start(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/tests/workerexit_child"));
        QVERIFY2(child.waitForFinished(60'000), "the child did not end");
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, err.constData());
        const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        // A snapshot, not an error: the connection was open.
        QVERIFY2(lines.at(0).startsWith("sessions "), lines.at(0).constData());
        QCOMPARE(lines.at(1), QByteArray("closed"));
    }
}

QTEST_GUILESS_MAIN(TestWorkerExit)
#include "tst_workerexit.moc"
