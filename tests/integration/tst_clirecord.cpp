// SPDX-License-Identifier: GPL-3.0-or-later
// Recording and replay end to end: snapshots fetched through the real DAS source from the emulator
// over loopback HTTP are recorded, and `sessionscope-cli replay` gives back, byte for byte, the
// CSVs (sessions, statistics, statements) written live from each; `sessionscope-cli record` records
// an evolving instance and its failures, and a recorder killed mid-run leaves a file that replays.
#include "base/credential.h"
#include "base/fetchoptions.h"
#include "export/sessioncsv.h"
#include "recording/recording.h"
#include "sessions/statementstat.h"
#include "sources/dassource.h"
#include "support/emulatorfixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKey key {QStringLiteral("LTAIrecord"), QStringLiteral("record-secret"), {}};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void replayGivesBackWhatWasWrittenLive();
    void recordKeepsSnapshotsAndFailures();
    void aRecorderKilledMidRunLeavesAFileThatReplays();
    void replayRefusesWhatIsNotARecording();

private:
    Run cli(const QStringList& arguments, int timeoutMs = 60'000);
    QStringList target() const;

    QString m_cli;
    std::unique_ptr<DasEmulator> m_emulator;
    QTemporaryDir m_dir;
};

void TestCliRecord::initTestCase()
{
    m_cli = QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/cli/sessionscope-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_dir.isValid());
}

void TestCliRecord::init()
{
    EmulatorInstance instance = EmulatorFixture::instance(QStringLiteral("rm-rec"), 200, 0);
    instance.tickSeconds = 5; // every fetch sees the instance five seconds on
    m_emulator = EmulatorFixture::start(key, {instance});
    QVERIFY(m_emulator);
}

QStringList TestCliRecord::target() const
{
    return {QStringLiteral("--instance"), QStringLiteral("rm-rec"), QStringLiteral("--endpoint"),
        m_emulator->endpoint().toString(), QStringLiteral("--poll-interval"), QStringLiteral("0.05")};
}

Run TestCliRecord::cli(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), key.id);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), key.secret);
    env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_cli, arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliRecord::replayGivesBackWhatWasWrittenLive()
{
    const QString path = m_dir.filePath(QStringLiteral("live.ssrec"));
    FetchOptions options;
    options.pollIntervalMs = 50;
    DasSource source(m_emulator->endpoint(), key, QStringLiteral("rm-rec"), {}, options);
    QSignalSpy ready(&source, &SessionSource::snapshotReady);
    QList<QByteArray> live;
    QList<qint64> times;
    {
        Recording::Writer writer;
        QVERIFY2(writer.open(path), qPrintable(writer.error()));
        for (int i = 0; i < 6; ++i) {
            source.fetch();
            QVERIFY(ready.wait(30'000));
            const SnapshotPtr snapshot = ready.takeFirst().at(0).value<SnapshotPtr>();
            QVERIFY(snapshot);
            live.append(SessionCsv::sessions(*snapshot, {}) + SessionCsv::stats(*snapshot, {})
                + SessionCsv::statements(*snapshot, StatementStat::group(*snapshot), {}));
            times.append(snapshot->snapshotTimeMs);
            QVERIFY2(writer.append(*snapshot), qPrintable(writer.error()));
        }
    }
    QCOMPARE(QSet<qint64>(times.cbegin(), times.cend()).size(), 6);
    for (int i = 0; i < 6; ++i) {
        const QString sessions = m_dir.filePath(QStringLiteral("replayed-%1.csv").arg(i));
        const QString stats = m_dir.filePath(QStringLiteral("replayed-stats-%1.csv").arg(i));
        const QString statements = m_dir.filePath(QStringLiteral("replayed-statements-%1.csv").arg(i));
        const Run run = cli({QStringLiteral("replay"), path, QStringLiteral("--at"), QString::number(times[i]),
            QStringLiteral("--output"), sessions, QStringLiteral("--stats"), stats, QStringLiteral("--statements"),
            statements});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile a(sessions);
        QFile b(stats);
        QFile c(statements);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        const QByteArray replayed = a.readAll() + b.readAll() + c.readAll();
        QVERIFY2(replayed == live[i], qPrintable(QStringLiteral("snapshot %1 differs from the live CSV").arg(i)));
    }
    // A moment between two snapshots shows the earlier one.
    const Run between = cli({QStringLiteral("replay"), path, QStringLiteral("--at"), QString::number(times[3] + 1)});
    QCOMPARE(between.exitCode, 0);
    QVERIFY(live[3].startsWith(between.out));
    // A stretch: the rows of snapshots 1 to 3, one header.
    const Run stretch = cli({QStringLiteral("replay"), path, QStringLiteral("--from"), QString::number(times[1]),
        QStringLiteral("--to"), QString::number(times[3])});
    QCOMPARE(stretch.exitCode, 0);
    QCOMPARE(stretch.out.count(SessionCsv::sessionsHeader()), 1);
    qsizetype rows = 0;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray sessions = live[i].left(live[i].indexOf(SessionCsv::statsHeader()));
        rows += sessions.count("\r\n") - 1;
    }
    QCOMPARE(stretch.out.count("\r\n") - 1, rows);
}

void TestCliRecord::recordKeepsSnapshotsAndFailures()
{
    const QString path = m_dir.filePath(QStringLiteral("recorded.ssrec"));
    const Run run
        = cli(QStringList {QStringLiteral("record"), QStringLiteral("--output"), path, QStringLiteral("--interval"),
                  QStringLiteral("0.2"), QStringLiteral("--count"), QStringLiteral("4")}
            + target());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err.count(" sessions, "), 4);

    const Run list = cli({QStringLiteral("replay"), path, QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith("TIME"));
    for (int i = 1; i < 5; ++i)
        QVERIFY2(lines[i].contains(" ok"), lines[i].constData());

    // A failure in the middle of a recording is listed as one.
    m_emulator.reset();
    const Run failing = cli(QStringList {QStringLiteral("record"), QStringLiteral("--output"), path,
        QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--count"), QStringLiteral("1"),
        QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--instance"), QStringLiteral("rm-rec"),
        QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")});
    QVERIFY2(failing.exitCode == 0, failing.err.constData());
    QVERIFY(failing.err.contains("warning:"));
    const Run after = cli({QStringLiteral("replay"), path, QStringLiteral("--list")});
    const QList<QByteArray> all = after.out.trimmed().split('\n');
    QCOMPARE(all.size(), 6);
    QVERIFY2(all.last().contains("failed:"), all.last().constData());
}

void TestCliRecord::aRecorderKilledMidRunLeavesAFileThatReplays()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.ssrec"));
    QProcess recorder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), key.id);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), key.secret);
    recorder.setProcessEnvironment(env);
    recorder.start(m_cli,
        QStringList {QStringLiteral("record"), QStringLiteral("--output"), path, QStringLiteral("--interval"),
            QStringLiteral("0.1")}
            + target());
    QVERIFY(recorder.waitForStarted());
    // Let it record a few, then end it as a power cut would.
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile(path).size() > 0 &&
            [&] {
                Recording::Reader peek;
                return peek.open(path) && peek.entries().size() >= 4;
            }(),
        30'000);
    recorder.kill();
    QVERIFY(recorder.waitForFinished(10'000));

    Recording::Reader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.error()));
    const QList<Recording::Entry> entries = reader.entries();
    QVERIFY(entries.size() >= 4);
    for (const Recording::Entry& entry : entries) {
        QVERIFY(entry.ok);
        const std::optional<SessionSnapshot> snapshot = reader.snapshot(entry.id);
        QVERIFY2(snapshot, qPrintable(reader.error()));
        QCOMPARE(qint64(snapshot->sessions.size()), entry.sessions);
    }
    const Run list = cli({QStringLiteral("replay"), path, QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
}

void TestCliRecord::replayRefusesWhatIsNotARecording()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SessionId,User\r\n1,app\r\n");
    file.close();
    const Run run = cli({QStringLiteral("replay"), path, QStringLiteral("--list")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("is not a SessionScope recording"), run.err.constData());
    QCOMPARE(run.out, QByteArray());

    const Run usage = cli({QStringLiteral("replay"), path});
    QCOMPARE(usage.exitCode, 2);
    const Run noOutput = cli(QStringList {QStringLiteral("record")} + target());
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY(noOutput.err.contains("--output FILE is required"));
}

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_clirecord.moc"
