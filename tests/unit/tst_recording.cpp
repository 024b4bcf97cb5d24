// SPDX-License-Identifier: GPL-3.0-or-later
// Recordings on real SQLite files: every snapshot written comes back equal, field for field, from
// its keyframe and the changes after it; failures are listed; files of another kind or version are
// refused with a reason; a damaged file is read up to the damage.
#include "emulator/sessiongenerator.h"
#include "recording/recording.h"
#include "sessions/sessionaggregator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 StartMs = 1'700'000'000'000;

SessionSnapshot generated(SessionGenerator& generator, qint64 atMs)
{
    SessionSnapshot snapshot = generator.snapshot();
    snapshot.instanceId = QStringLiteral("rm-recorded");
    snapshot.snapshotTimeMs = atMs;
    snapshot.requestTimeMs = atMs - 700;
    snapshot.sourceKind = QStringLiteral("das");
    snapshot.sourceReference = QStringLiteral("R-%1").arg(atMs);
    return snapshot;
}

QString describe(const SessionSnapshot& a, const SessionSnapshot& b)
{
    if (a.sessions.size() != b.sessions.size())
        return QStringLiteral("%1 sessions, expected %2").arg(a.sessions.size()).arg(b.sessions.size());
    for (qsizetype i = 0; i < a.sessions.size(); ++i) {
        if (!(a.sessions[i] == b.sessions[i]))
            return QStringLiteral("session %1 (id %2) differs").arg(i).arg(b.sessions[i].sessionId);
    }
    if (a.userStats != b.userStats || a.clientStats != b.clientStats || a.dbStats != b.dbStats)
        return QStringLiteral("statistics differ");
    return QStringLiteral("head differs");
}

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT

private slots:
    void everySnapshotComesBackEqual();
    void statisticsTheSessionsDoNotGiveAreKept();
    void sessionOrderAndLockWaitsAreKept();
    void snapshotAtPicksTheOneAtOrBefore();
    void failuresAreListedAndSkipped();
    void unchangedSessionsAreNotStoredAgain();
    void continuingARecordingStartsAKeyframe();
    void otherFilesAreRefusedWithAReason();
    void aDamagedFileIsReadUpToTheDamage();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

// 150 snapshots of an evolving 300-session instance: sessions come and go, statements change and
// keep running; each one read back equals what was written, across keyframes.
void TestRecording::everySnapshotComesBackEqual()
{
    SessionGenerator generator({42, 300, true});
    QList<SessionSnapshot> written;
    {
        Recording::Writer writer;
        QVERIFY2(writer.open(path(QStringLiteral("evolving.ssrec"))), qPrintable(writer.error()));
        for (int i = 0; i < 150; ++i) {
            const SessionSnapshot snapshot = generated(generator, StartMs + i * 5000);
            QVERIFY2(writer.append(snapshot), qPrintable(writer.error()));
            written.append(snapshot);
            generator.advance(5);
        }
    }
    Recording::Reader reader;
    QVERIFY2(reader.open(path(QStringLiteral("evolving.ssrec"))), qPrintable(reader.error()));
    const QList<Recording::Entry> entries = reader.entries();
    QCOMPARE(entries.size(), 150);
    QVERIFY(reader.error().isEmpty());
    // Read in a random order, so that no snapshot leans on the one read before it.
    QList<int> order(150);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    for (const int i : std::as_const(order)) {
        QCOMPARE(entries[i].takenAtMs, StartMs + i * 5000);
        QCOMPARE(entries[i].sessions, written[i].totalSessionCount);
        QCOMPARE(entries[i].active, written[i].activeSessionCount);
        QVERIFY(entries[i].ok);
        const std::optional<SessionSnapshot> read = reader.snapshot(entries[i].id);
        QVERIFY2(read, qPrintable(reader.error()));
        QVERIFY2(
            *read == written[i], qPrintable(QStringLiteral("snapshot %1: %2").arg(i).arg(describe(*read, written[i]))));
    }
}

void TestRecording::statisticsTheSessionsDoNotGiveAreKept()
{
    SessionGenerator generator({7, 50, false});
    SessionSnapshot snapshot = generated(generator, StartMs);
    // What a server may report that the session list does not show (a grouping of its own).
    snapshot.userStats.first().totalCount += 5;
    snapshot.userStats.first().threadIds.append(999999);
    snapshot.clientStats.clear();
    snapshot.serverAggregated = true;
    {
        Recording::Writer writer;
        QVERIFY(writer.open(path(QStringLiteral("stats.ssrec"))));
        QVERIFY2(writer.append(snapshot), qPrintable(writer.error()));
    }
    Recording::Reader reader;
    QVERIFY(reader.open(path(QStringLiteral("stats.ssrec"))));
    const std::optional<SessionSnapshot> read = reader.snapshotAt(StartMs);
    QVERIFY2(read, qPrintable(reader.error()));
    QCOMPARE(read->userStats, snapshot.userStats);
    QVERIFY(read->clientStats.isEmpty());
    QCOMPARE(read->dbStats, snapshot.dbStats);
    QVERIFY(*read == snapshot);
}

void TestRecording::sessionOrderAndLockWaitsAreKept()
{
    SessionGenerator generator({9, 40, false});
    SessionSnapshot snapshot = generated(generator, StartMs);
    std::reverse(snapshot.sessions.begin(), snapshot.sessions.end());
    snapshot.lockWaitsKnown = true;
    snapshot.lockWaits.append({snapshot.sessions[0].sessionId, snapshot.sessions[1].sessionId, QStringLiteral("421"),
        QStringLiteral("420"), 12, QStringLiteral("`shop`.`orders`"), QStringLiteral("X,GAP")});
    snapshot.sessions[0].blockedBy = snapshot.sessions[1].sessionId;
    snapshot.visibleOnlyToUser = QStringLiteral("monitor");
    snapshot.ownSessionId = 77;
    {
        Recording::Writer writer;
        QVERIFY(writer.open(path(QStringLiteral("order.ssrec"))));
        QVERIFY2(writer.append(snapshot), qPrintable(writer.error()));
    }
    Recording::Reader reader;
    QVERIFY(reader.open(path(QStringLiteral("order.ssrec"))));
    const std::optional<SessionSnapshot> read = reader.snapshotAt(StartMs);
    QVERIFY2(read, qPrintable(reader.error()));
    QCOMPARE(read->sessions.first().sessionId, snapshot.sessions.first().sessionId);
    QCOMPARE(read->lockWaits, snapshot.lockWaits);
    QVERIFY(*read == snapshot);
}

void TestRecording::snapshotAtPicksTheOneAtOrBefore()
{
    SessionGenerator generator({3, 20, false});
    QList<SessionSnapshot> written;
    {
        Recording::Writer writer;
        QVERIFY(writer.open(path(QStringLiteral("times.ssrec"))));
        for (int i = 0; i < 3; ++i) {
            written.append(generated(generator, StartMs + i * 10'000));
            QVERIFY(writer.append(written.last()));
            generator.advance(10);
        }
    }
    Recording::Reader reader;
    QVERIFY(reader.open(path(QStringLiteral("times.ssrec"))));
    QVERIFY(!reader.snapshotAt(StartMs - 1));
    QCOMPARE(reader.error(), QStringLiteral("The recording has no snapshot at or before that time"));
    QCOMPARE(reader.snapshotAt(StartMs)->snapshotTimeMs, StartMs);
    QCOMPARE(reader.snapshotAt(StartMs + 9'999)->snapshotTimeMs, StartMs);
    QCOMPARE(reader.snapshotAt(StartMs + 10'000)->snapshotTimeMs, StartMs + 10'000);
    QVERIFY(*reader.snapshotAt(StartMs + 99'999) == written[2]);
}

void TestRecording::failuresAreListedAndSkipped()
{
    SessionGenerator generator({5, 30, false});
    QList<SessionSnapshot> written;
    {
        Recording::Writer writer;
        QVERIFY(writer.open(path(QStringLiteral("failures.ssrec"))));
        written.append(generated(generator, StartMs));
        QVERIFY(writer.append(written.last()));
        generator.advance(5);
        QVERIFY(writer.appendFailure(StartMs + 5000, QStringLiteral("rm-recorded"), {},
            QStringLiteral("Throttling.User: the service is throttling requests")));
        generator.advance(5);
        written.append(generated(generator, StartMs + 10'000));
        QVERIFY(writer.append(written.last()));
    }
    Recording::Reader reader;
    QVERIFY(reader.open(path(QStringLiteral("failures.ssrec"))));
    const QList<Recording::Entry> entries = reader.entries();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries[0].ok);
    QVERIFY(!entries[1].ok);
    QCOMPARE(entries[1].error, QStringLiteral("Throttling.User: the service is throttling requests"));
    QCOMPARE(entries[1].takenAtMs, StartMs + 5000);
    QVERIFY(!reader.snapshot(entries[1].id));
    // The moment of the failure shows the last good snapshot before it.
    QVERIFY(*reader.snapshotAt(StartMs + 7000) == written[0]);
    QVERIFY(*reader.snapshot(entries[2].id) == written[1]);
}

// A statement that keeps running has a Time that grows: it is stored once, not at every snapshot.
void TestRecording::unchangedSessionsAreNotStoredAgain()
{
    SessionGenerator generator({11, 200, false});
    SessionSnapshot first = generated(generator, StartMs);
    SessionSnapshot second = first;
    second.snapshotTimeMs = StartMs + 10'000;
    for (Session& session : second.sessions) {
        session.time += 10;
        if (session.trxDuration > 0)
            session.trxDuration += 10;
    }
    second.sessions[0].command = QStringLiteral("Query");
    second.sessions[0].sqlText = QStringLiteral("SELECT 1");
    second.sessions.removeLast();
    SessionAggregator::aggregate(first);
    SessionAggregator::aggregate(second);
    {
        Recording::Writer writer;
        QVERIFY(writer.open(path(QStringLiteral("compact.ssrec"))));
        QVERIFY(writer.append(first));
        QVERIFY(writer.append(second));
    }
    Recording::Reader reader;
    QVERIFY(reader.open(path(QStringLiteral("compact.ssrec"))));
    const QList<Recording::Entry> entries = reader.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].storedSessions, 200); // a keyframe: all of them
    QCOMPARE(entries[1].storedSessions, 1); // only the session whose statement changed
    QCOMPARE(entries[1].endedSessions, 1);
    QVERIFY(*reader.snapshotAt(StartMs + 10'000) == second);
    QVERIFY(*reader.snapshotAt(StartMs) == first);
}

void TestRecording::continuingARecordingStartsAKeyframe()
{
    SessionGenerator generator({13, 40, false});
    QList<SessionSnapshot> written;
    for (int run = 0; run < 2; ++run) {
        Recording::Writer writer;
        QVERIFY2(writer.open(path(QStringLiteral("continued.ssrec"))), qPrintable(writer.error()));
        for (int i = 0; i < 3; ++i) {
            written.append(generated(generator, StartMs + written.size() * 5000));
            QVERIFY(writer.append(written.last()));
            generator.advance(5);
        }
    }
    Recording::Reader reader;
    QVERIFY(reader.open(path(QStringLiteral("continued.ssrec"))));
    const QList<Recording::Entry> entries = reader.entries();
    QCOMPARE(entries.size(), 6);
    for (int i = 0; i < 6; ++i)
        QVERIFY(*reader.snapshot(entries[i].id) == written[i]);
}

void TestRecording::otherFilesAreRefusedWithAReason()
{
    const QString text = path(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not sessions\n");
    }
    Recording::Reader reader;
    QVERIFY(!reader.open(text));
    QVERIFY2(reader.error().contains(QStringLiteral("is not a SessionScope recording")), qPrintable(reader.error()));

    Recording::Writer writer;
    QVERIFY(!writer.open(text));
    QVERIFY2(writer.error().contains(QStringLiteral("is not a SessionScope recording")), qPrintable(writer.error()));
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("these are not sessions\n")); // left untouched

    Recording::Reader missing;
    QVERIFY(!missing.open(path(QStringLiteral("nowhere.ssrec"))));
    QVERIFY2(missing.error().contains(QStringLiteral("does not exist")), qPrintable(missing.error()));

    // A recording of a later format.
    {
        Recording::Writer later;
        QVERIFY(later.open(path(QStringLiteral("later.ssrec"))));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path(QStringLiteral("later.ssrec")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'version'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    Recording::Reader versioned;
    QVERIFY(!versioned.open(path(QStringLiteral("later.ssrec"))));
    QVERIFY2(versioned.error().contains(QStringLiteral("format version 99")), qPrintable(versioned.error()));
    Recording::Writer appender;
    QVERIFY(!appender.open(path(QStringLiteral("later.ssrec"))));
    QVERIFY2(appender.error().contains(QStringLiteral("another version")), qPrintable(appender.error()));
}

// The end of the file lost (a disk that filled, a copy cut short): what is left is read, and what
// is not is an error that says so, never a crash.
void TestRecording::aDamagedFileIsReadUpToTheDamage()
{
    SessionGenerator generator({17, 400, false});
    {
        Recording::Writer writer;
        QVERIFY(writer.open(path(QStringLiteral("whole.ssrec"))));
        for (int i = 0; i < 120; ++i) {
            QVERIFY(writer.append(generated(generator, StartMs + i * 5000)));
            generator.advance(5);
        }
    }
    QFile whole(path(QStringLiteral("whole.ssrec")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QVERIFY(bytes.size() > 64 * 1024);
    for (const double kept : {0.9, 0.6, 0.3}) {
        const QString cut = path(QStringLiteral("cut-%1.ssrec").arg(kept));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(qsizetype(bytes.size() * kept)));
        file.close();
        Recording::Reader reader;
        QVERIFY2(reader.open(cut), qPrintable(reader.error()));
        QVERIFY2(reader.error().contains(QStringLiteral("is damaged")), qPrintable(reader.error()));
        const QList<Recording::Entry> entries = reader.entries();
        QVERIFY2(reader.error().contains(QStringLiteral("damaged after")), qPrintable(reader.error()));
        // Roughly the share of the file that is left.
        QVERIFY2(entries.size() >= int(120 * kept * 0.6) && entries.size() < 120,
            qPrintable(QString::number(entries.size())));
        int readable = 0;
        for (const Recording::Entry& entry : entries) {
            const std::optional<SessionSnapshot> snapshot = reader.snapshot(entry.id);
            if (snapshot) {
                ++readable;
                QCOMPARE(snapshot->snapshotTimeMs, entry.takenAtMs);
                QCOMPARE(qint64(snapshot->sessions.size()), entry.sessions);
            } else {
                QVERIFY2(!reader.error().isEmpty(), "a snapshot that cannot be read says why");
            }
        }
        // With most of the file there, most of it replays; with less, the b-trees that every snapshot
        // needs (its texts, its rows) may be what was lost, and then each says so.
        if (kept >= 0.6)
            QVERIFY2(readable >= entries.size() / 2, qPrintable(QString::number(readable)));
        qInfo("kept %.0f%%: %lld listed, %d replayable", kept * 100, qlonglong(entries.size()), readable);
    }
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
