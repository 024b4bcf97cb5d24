// SPDX-License-Identifier: GPL-3.0-or-later
// Recording and replay behind the window: the Recorder writes one file per instance per day on a
// thread that is not the caller's, the oldest recordings go first when there are more days or more
// megabytes than the profile keeps, the profile's Record settings survive export and import, a
// recording is opened and read on a thread of its own with the newest request winning, and a typed
// time finds its moment.
#include "emulator/sessiongenerator.h"
#include "profiles/instanceprofile.h"
#include "recording/asyncreader.h"
#include "recording/momenttext.h"
#include "recording/recorder.h"
#include "recording/recording.h"
#include "recording/retention.h"
#include "sessions/sessionaggregator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

// Local noon on 2026-11-20: the days of the files below count from it.
qint64 noonMs(const QDate& day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

SnapshotPtr generated(SessionGenerator& generator, qint64 atMs)
{
    SessionSnapshot snapshot = generator.snapshot();
    snapshot.instanceId = QStringLiteral("rm-service");
    snapshot.snapshotTimeMs = atMs;
    generator.advance(10);
    return SessionSnapshot::create(std::move(snapshot));
}

void makeFile(const QString& path, qint64 bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(bytes, 'x')) == bytes);
}

} // namespace

class TestRecordingService : public QObject
{
    Q_OBJECT

private slots:
    void fileNamesSayInstanceAndDay();
    void daysBeyondTheLimitGoOldestFirst();
    void megabytesBeyondTheLimitGoOldestFirst();
    void theFileBeingWrittenIsKept();
    void applyRemovesOnlyThatInstancesFiles();
    void recorderWritesOffTheCallersThreadOneFilePerDay();
    void recorderRemovesOldDaysWhenANewDayStarts();
    void recorderKeepsTheLimitDuringTheDay();
    void aNamedFileTakesEveryDayAndIsNeverRemoved();
    void recordSettingsSurviveExportAndImport();
    void recordSettingsOutOfRangeAreRefused();
    void asyncReaderOpensAndReadsOnItsOwnThread();
    void asyncReaderReportsWhatCannotBeOpened();
    void typedTimes_data();
    void typedTimes();
};

void TestRecordingService::fileNamesSayInstanceAndDay()
{
    QCOMPARE(Recording::Retention::fileName(QStringLiteral("rm-bp1abc"), QDate(2026, 12, 1)),
        QStringLiteral("rm-bp1abc-2026-12-01.ssrec"));
    // host:port and anything a file name cannot carry become "_".
    QCOMPARE(Recording::Retention::fileName(QStringLiteral("db1.example.com:3306"), QDate(2026, 1, 9)),
        QStringLiteral("db1.example.com_3306-2026-01-09.ssrec"));
    QCOMPARE(Recording::Retention::fileName(QStringLiteral("../etc/x"), QDate(2026, 1, 9)),
        QStringLiteral(".._etc_x-2026-01-09.ssrec"));
}

void TestRecordingService::daysBeyondTheLimitGoOldestFirst()
{
    const QDate today(2026, 11, 20);
    QList<Recording::RecordingFile> files;
    for (int age = 9; age >= 0; --age)
        files.append({QStringLiteral("/r/rm-a-%1.ssrec").arg(today.addDays(-age).toString(Qt::ISODate)),
            today.addDays(-age), 1000});
    Recording::RetentionPolicy policy;
    policy.keepDays = 7;
    const QStringList removed = Recording::Retention::toRemove(files, policy, today);
    // Ten days of files, seven kept: today and the six days before it.
    QCOMPARE(removed,
        QStringList({QStringLiteral("/r/rm-a-2026-11-11.ssrec"), QStringLiteral("/r/rm-a-2026-11-12.ssrec"),
            QStringLiteral("/r/rm-a-2026-11-13.ssrec")}));
    policy.keepDays = 1;
    QCOMPARE(Recording::Retention::toRemove(files, policy, today).size(), 9);
}

void TestRecordingService::megabytesBeyondTheLimitGoOldestFirst()
{
    const QDate today(2026, 11, 20);
    constexpr qint64 MiB = 1024 * 1024;
    // 400 + 300 + 200 + 100 MiB, oldest first; 512 MiB kept.
    const QList<Recording::RecordingFile> files {
        {QStringLiteral("/r/a-2026-11-17.ssrec"), today.addDays(-3), 400 * MiB},
        {QStringLiteral("/r/a-2026-11-18.ssrec"), today.addDays(-2), 300 * MiB},
        {QStringLiteral("/r/a-2026-11-19.ssrec"), today.addDays(-1), 200 * MiB},
        {QStringLiteral("/r/a-2026-11-20.ssrec"), today, 100 * MiB},
    };
    Recording::RetentionPolicy policy;
    policy.keepDays = 30;
    policy.keepBytes = 512 * MiB;
    // 1000 → 600 → 300: the two oldest go, the two newest (300 MiB) stay.
    QCOMPARE(Recording::Retention::toRemove(files, policy, today),
        QStringList({QStringLiteral("/r/a-2026-11-17.ssrec"), QStringLiteral("/r/a-2026-11-18.ssrec")}));
    policy.keepBytes = 1000 * MiB;
    QVERIFY(Recording::Retention::toRemove(files, policy, today).isEmpty());
}

void TestRecordingService::theFileBeingWrittenIsKept()
{
    const QDate today(2026, 11, 20);
    const QList<Recording::RecordingFile> files {
        {QStringLiteral("/r/a-2026-11-19.ssrec"), today.addDays(-1), 50},
        {QStringLiteral("/r/a-2026-11-20.ssrec"), today, 5000},
    };
    Recording::RetentionPolicy policy;
    policy.keepBytes = 100;
    // Today's file alone is over the limit, and still kept: it is the one being written.
    QCOMPARE(Recording::Retention::toRemove(files, policy, today, QStringLiteral("/r/a-2026-11-20.ssrec")),
        QStringList({QStringLiteral("/r/a-2026-11-19.ssrec")}));
}

void TestRecordingService::applyRemovesOnlyThatInstancesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDate today(2026, 11, 20);
    for (int age = 0; age < 4; ++age) {
        makeFile(dir.filePath(Recording::Retention::fileName(QStringLiteral("rm-a"), today.addDays(-age))), 1000);
        makeFile(dir.filePath(Recording::Retention::fileName(QStringLiteral("rm-b"), today.addDays(-age))), 1000);
    }
    // A write-ahead log counts with its recording, and goes with it.
    makeFile(dir.filePath(Recording::Retention::fileName(QStringLiteral("rm-a"), today.addDays(-3)))
            + QStringLiteral("-wal"),
        500);
    makeFile(dir.filePath(QStringLiteral("notes.txt")), 10);
    const QList<Recording::RecordingFile> listed = Recording::Retention::files(dir.path(), QStringLiteral("rm-a"));
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed.constFirst().day, today.addDays(-3));
    QCOMPARE(listed.constFirst().bytes, 1500);

    Recording::RetentionPolicy policy;
    policy.keepDays = 2;
    const QStringList removed = Recording::Retention::apply(dir.path(), QStringLiteral("rm-a"), policy, today);
    QCOMPARE(removed.size(), 2);
    QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(left,
        QStringList({QStringLiteral("notes.txt"), QStringLiteral("rm-a-2026-11-19.ssrec"),
            QStringLiteral("rm-a-2026-11-20.ssrec"), QStringLiteral("rm-b-2026-11-17.ssrec"),
            QStringLiteral("rm-b-2026-11-18.ssrec"), QStringLiteral("rm-b-2026-11-19.ssrec"),
            QStringLiteral("rm-b-2026-11-20.ssrec")}));
}

void TestRecordingService::recorderWritesOffTheCallersThreadOneFilePerDay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Recording::Recorder recorder;
    QVERIFY(recorder.writerThread() != QThread::currentThread());
    QCOMPARE(recorder.writer()->thread(), recorder.writerThread());
    QSignalSpy written(&recorder, &Recording::Recorder::written);
    QSignalSpy failed(&recorder, &Recording::Recorder::failed);
    recorder.start(dir.filePath(QStringLiteral("recordings")), QStringLiteral("rm-service"), {});
    QVERIFY(recorder.isRecording());

    SessionGenerator generator({5, 80, false});
    const QDate day(2026, 11, 19);
    // Three snapshots before midnight, a failure, two after: two files.
    const QList<qint64> times {QDateTime(day, QTime(23, 59, 20)).toMSecsSinceEpoch(),
        QDateTime(day, QTime(23, 59, 30)).toMSecsSinceEpoch(), QDateTime(day, QTime(23, 59, 40)).toMSecsSinceEpoch(),
        QDateTime(day.addDays(1), QTime(0, 0, 0)).toMSecsSinceEpoch(),
        QDateTime(day.addDays(1), QTime(0, 0, 10)).toMSecsSinceEpoch()};
    for (int i = 0; i < 3; ++i)
        recorder.record(generated(generator, times[i]));
    recorder.recordFailure(QDateTime(day, QTime(23, 59, 50)).toMSecsSinceEpoch(), QStringLiteral("rm-service"), {},
        QStringLiteral("Throttling.User"));
    for (int i = 3; i < 5; ++i)
        recorder.record(generated(generator, times[i]));
    QTRY_COMPARE(written.size(), 6);
    QCOMPARE(failed.size(), 0);

    const QString first = dir.filePath(QStringLiteral("recordings/rm-service-2026-11-19.ssrec"));
    const QString second = dir.filePath(QStringLiteral("recordings/rm-service-2026-11-20.ssrec"));
    QCOMPARE(written.at(0).at(0).toString(), first);
    QCOMPARE(written.at(5).at(0).toString(), second);
    recorder.stop();
    Recording::Reader reader;
    QVERIFY2(reader.open(first), qPrintable(reader.error()));
    const QList<Recording::Entry> entries = reader.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(3).ok, false);
    QCOMPARE(entries.at(3).error, QStringLiteral("Throttling.User"));
    QCOMPARE(entries.at(0).sessions, 80);
    Recording::Reader next;
    QVERIFY2(next.open(second), qPrintable(next.error()));
    QCOMPARE(next.entries().size(), 2);
    // Once stopped, nothing more is written.
    recorder.record(generated(generator, times[4] + 10'000));
    QTest::qWait(100);
    QCOMPARE(written.size(), 6);
}

void TestRecordingService::recorderRemovesOldDaysWhenANewDayStarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDate today(2026, 11, 20);
    for (int age = 1; age <= 5; ++age)
        makeFile(dir.filePath(Recording::Retention::fileName(QStringLiteral("rm-service"), today.addDays(-age))), 100);
    Recording::Recorder recorder;
    QSignalSpy removed(&recorder, &Recording::Recorder::removed);
    QSignalSpy written(&recorder, &Recording::Recorder::written);
    Recording::RetentionPolicy policy;
    policy.keepDays = 3;
    recorder.start(dir.path(), QStringLiteral("rm-service"), policy);
    SessionGenerator generator({6, 20, false});
    recorder.record(generated(generator, noonMs(today)));
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toStringList().size(), 3);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.ssrec")}, QDir::Files, QDir::Name),
        QStringList({QStringLiteral("rm-service-2026-11-18.ssrec"), QStringLiteral("rm-service-2026-11-19.ssrec"),
            QStringLiteral("rm-service-2026-11-20.ssrec")}));
}

void TestRecordingService::recorderKeepsTheLimitDuringTheDay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDate today(2026, 11, 20);
    Recording::Recorder recorder;
    QSignalSpy removed(&recorder, &Recording::Recorder::removed);
    QSignalSpy written(&recorder, &Recording::Recorder::written);
    Recording::RetentionPolicy policy;
    policy.keepBytes = 100'000;
    recorder.start(dir.path(), QStringLiteral("rm-service"), policy);
    SessionGenerator generator({6, 20, false});
    recorder.record(generated(generator, noonMs(today)));
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(removed.size(), 0);

    // The folder outgrows the limit in the middle of the day.
    const QString yesterday
        = dir.filePath(Recording::Retention::fileName(QStringLiteral("rm-service"), today.addDays(-1)));
    makeFile(yesterday, 200'000);
    // Within ten minutes of recorded time it is brought back under, oldest file first.
    for (int minute = 1; minute <= 10; ++minute)
        recorder.record(generated(generator, noonMs(today) + minute * 60'000));
    QTRY_COMPARE(written.size(), 11);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toStringList(), QStringList {yesterday});
    QVERIFY(!QFile::exists(yesterday));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.ssrec")}, QDir::Files),
        QStringList {QStringLiteral("rm-service-2026-11-20.ssrec")});
}

void TestRecordingService::aNamedFileTakesEveryDayAndIsNeverRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The file is in a folder that does not exist yet, and was recorded into before.
    const QString path = dir.filePath(QStringLiteral("incidents/orders-night.ssrec"));
    SessionGenerator generator({7, 30, false});
    const QDate day(2026, 11, 19);
    {
        Recording::Recorder earlier;
        QSignalSpy written(&earlier, &Recording::Recorder::written);
        earlier.startFile(path);
        earlier.record(generated(generator, QDateTime(day, QTime(22, 0)).toMSecsSinceEpoch()));
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(0).toString(), path);
    }
    Recording::Recorder recorder;
    QSignalSpy written(&recorder, &Recording::Recorder::written);
    QSignalSpy failed(&recorder, &Recording::Recorder::failed);
    QSignalSpy removed(&recorder, &Recording::Recorder::removed);
    recorder.startFile(path);
    QVERIFY(recorder.isRecording());
    // Across midnight, and two days later: the same file, nothing removed.
    for (const QDateTime& at : {QDateTime(day, QTime(23, 59, 50)), QDateTime(day.addDays(1), QTime(0, 0, 10)),
             QDateTime(day.addDays(3), QTime(12, 0))})
        recorder.record(generated(generator, at.toMSecsSinceEpoch()));
    QTRY_COMPARE(written.size(), 3);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(removed.size(), 0);
    for (const QList<QVariant>& signal : std::as_const(written))
        QCOMPARE(signal.at(0).toString(), path);
    recorder.stop();
    // No file a day beside it (its -wal and -shm come and go with the open writer).
    QCOMPARE(QDir(dir.filePath(QStringLiteral("incidents"))).entryList({QStringLiteral("*.ssrec")}, QDir::Files),
        QStringList {QStringLiteral("orders-night.ssrec")});
    Recording::Reader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.error()));
    QCOMPARE(reader.entries().size(), 4);

    // A file that is not a recording is not written into: the failure says so.
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    makeFile(notes, 300);
    recorder.startFile(notes);
    recorder.record(generated(generator, QDateTime(day.addDays(4), QTime(1, 0)).toMSecsSinceEpoch()));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not a SessionScope recording")),
        qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(QFileInfo(notes).size(), 300);
}

void TestRecordingService::recordSettingsSurviveExportAndImport()
{
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.displayName = QStringLiteral("Orders");
    profile.instanceId = QStringLiteral("rm-orders");
    QCOMPARE(profile.record.enabled, false);
    QCOMPARE(profile.record.keepDays, 7);
    QCOMPARE(profile.record.keepMegabytes, 1024);
    profile.record = {true, 3, 200, {}};
    const QJsonObject json = profile.toJson();
    const QJsonObject block = json.value(QStringLiteral("record")).toObject();
    QCOMPARE(block.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(block.value(QStringLiteral("keepDays")).toInt(), 3);
    QStringList errors;
    const std::optional<InstanceProfile> back = InstanceProfile::fromJson(json, errors);
    QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back->record, profile.record);
    QVERIFY(!block.contains(QStringLiteral("file")));
    // A named file travels with the profile.
    profile.record.file = QStringLiteral("/srv/recordings/orders.ssrec");
    const std::optional<InstanceProfile> named = InstanceProfile::fromJson(profile.toJson(), errors);
    QVERIFY2(named, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(named->record.file, profile.record.file);
    // A profile exported before recording existed reads with the defaults.
    QJsonObject old = json;
    old.remove(QStringLiteral("record"));
    const std::optional<InstanceProfile> older = InstanceProfile::fromJson(old, errors);
    QVERIFY(older);
    QCOMPARE(older->record, InstanceProfile::RecordSettings {});
}

void TestRecordingService::recordSettingsOutOfRangeAreRefused()
{
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.instanceId = QStringLiteral("rm-orders");
    QJsonObject json = profile.toJson();
    json.insert(QStringLiteral("record"),
        QJsonObject {{QStringLiteral("enabled"), QStringLiteral("yes")}, {QStringLiteral("keepDays"), 0},
            {QStringLiteral("keepMegabytes"), 2.5}});
    QStringList errors;
    QVERIFY(!InstanceProfile::fromJson(json, errors));
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.at(1).contains(QStringLiteral("record.keepDays")), qPrintable(errors.at(1)));
}

void TestRecordingService::asyncReaderOpensAndReadsOnItsOwnThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("day.ssrec"));
    QList<SnapshotPtr> written;
    {
        Recording::Writer writer;
        QVERIFY2(writer.open(path), qPrintable(writer.error()));
        SessionGenerator generator({7, 50, false});
        for (int i = 0; i < 30; ++i) {
            written.append(generated(generator, 1'700'000'000'000 + i * 10'000));
            QVERIFY(writer.append(*written.constLast()));
        }
    }
    Recording::AsyncReader reader;
    QVERIFY(reader.thread() != QThread::currentThread());
    QSignalSpy opened(&reader, &Recording::AsyncReader::opened);
    reader.open(path);
    QVERIFY(opened.wait(10'000));
    const auto entries = opened.at(0).at(0).value<QList<Recording::Entry>>();
    QCOMPARE(entries.size(), 30);
    QVERIFY(entries.at(4).maxActiveTime > 0 || entries.at(4).active == 0);

    QSignalSpy read(&reader, &Recording::AsyncReader::snapshotRead);
    // A drag across the recording: thirty requests at once. The newest is answered, with its moment;
    // the ones it overtook before they started are not answered at all.
    quint64 last = 0;
    for (const Recording::Entry& entry : entries)
        last = reader.read(entry.id);
    QTRY_VERIFY(!read.isEmpty() && read.constLast().at(0).toULongLong() == last);
    QVERIFY(read.size() < 30);
    const auto snapshot = read.constLast().at(1).value<SessionSnapshot>();
    QCOMPARE(snapshot.snapshotTimeMs, written.constLast()->snapshotTimeMs);
    QCOMPARE(snapshot.sessions, written.constLast()->sessions);
    // A read aside is never overtaken.
    const quint64 aside = reader.readAside(entries.at(0).id);
    reader.read(entries.at(1).id);
    QTRY_VERIFY(std::any_of(
        read.cbegin(), read.cend(), [&](const QList<QVariant>& r) { return r.at(0).toULongLong() == aside; }));
}

void TestRecordingService::asyncReaderReportsWhatCannotBeOpened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    makeFile(path, 300);
    Recording::AsyncReader reader;
    QSignalSpy failed(&reader, &Recording::AsyncReader::openFailed);
    reader.open(path);
    QVERIFY(failed.wait(10'000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("is not a SessionScope recording")),
        qPrintable(failed.at(0).at(0).toString()));
}

void TestRecordingService::typedTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    // The recording starts on 2026-11-19 at 22:00 local time.
    const QDate day(2026, 11, 19);
    QTest::addRow("later that evening") << QStringLiteral("23:15") << QDateTime(day, QTime(23, 15));
    QTest::addRow("next morning") << QStringLiteral("03:12") << QDateTime(day.addDays(1), QTime(3, 12));
    QTest::addRow("with seconds") << QStringLiteral("3:12:30") << QDateTime(day.addDays(1), QTime(3, 12, 30));
    QTest::addRow("the start itself") << QStringLiteral("22:00") << QDateTime(day, QTime(22, 0));
    QTest::addRow("ISO") << QStringLiteral("2026-11-20T01:02:03") << QDateTime(day.addDays(1), QTime(1, 2, 3));
    QTest::addRow("date and time") << QStringLiteral("2026-11-20 01:02") << QDateTime(day.addDays(1), QTime(1, 2));
    QTest::addRow("UTC") << QStringLiteral("2026-11-20T01:02:03Z")
                         << QDateTime(QDate(2026, 11, 20), QTime(1, 2, 3), Qt::UTC);
    QTest::addRow("not a time") << QStringLiteral("soon") << QDateTime();
    QTest::addRow("no such hour") << QStringLiteral("25:00") << QDateTime();
    QTest::addRow("empty") << QString() << QDateTime();
}

void TestRecordingService::typedTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const qint64 start = QDateTime(QDate(2026, 11, 19), QTime(22, 0)).toMSecsSinceEpoch();
    const std::optional<qint64> at = Recording::parseMoment(text, start);
    QCOMPARE(at.has_value(), expected.isValid());
    if (at)
        QCOMPARE(*at, expected.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestRecordingService)
#include "tst_recordingservice.moc"
