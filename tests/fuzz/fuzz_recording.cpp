// SPDX-License-Identifier: GPL-3.0-or-later
// The recording reader on damaged files: never a crash, never a huge allocation, and every refusal
// explained. A small valid recording is written once; each input then edits a copy of it — fields of
// its rows replaced by the input's bytes (compressed first or not, so that both the decompression
// and the decoders behind it are reached), or the file's own bytes overwritten or cut short — and
// the copy is read as the window and `replay` read it: the list, every snapshot, a moment by time.
#include "fuzzcheck.h"

#include "recording/recording.h"
#include "sessions/sessionaggregator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <iterator>
#include <limits>

namespace {

const char* const Columns[] = {"text_block", "changes", "head", "stats", "session_order", "keyframe", "first_text",
    "texts", "status", "taken_at_ms"};

Session session(qint64 id, const QString& user, const QString& sql, qint64 time)
{
    Session s;
    s.sessionId = id;
    s.user = user;
    s.client = QStringLiteral("10.0.0.%1").arg(id % 7);
    s.dbName = QStringLiteral("shop");
    s.command = sql.isEmpty() ? QStringLiteral("Sleep") : QStringLiteral("Query");
    s.state = sql.isEmpty() ? QString() : QStringLiteral("executing");
    s.sqlText = sql;
    s.time = time;
    s.trxId = id % 3 == 0 ? QStringLiteral("42%1").arg(id) : QString();
    s.trxDuration = id % 3 == 0 ? time : 0;
    s.blockedBy = id == 5 ? 4 : 0;
    return s;
}

// Three snapshots and a failed fetch, the second and third stored as changes.
QByteArray baseRecording(const QString& dir)
{
    const QString path = dir + QStringLiteral("/base.recording");
    {
        Recording::Writer writer;
        Fuzz::check(writer.open(path), "the base recording can be created");
        SessionSnapshot snapshot;
        snapshot.instanceId = QStringLiteral("rm-fuzz");
        snapshot.snapshotTimeMs = 1'700'000'000'000;
        for (qint64 id = 1; id <= 8; ++id)
            snapshot.sessions.append(session(id, id % 2 ? QStringLiteral("app") : QStringLiteral("report"),
                id % 4 ? QStringLiteral("SELECT %1 FROM t").arg(id) : QString(), id * 3));
        SessionAggregator::aggregate(snapshot);
        Fuzz::check(writer.append(snapshot), "the first snapshot is written");
        snapshot.snapshotTimeMs += 10'000;
        snapshot.sessions.removeAt(2);
        snapshot.sessions.append(session(9, QStringLiteral("batch"), QStringLiteral("UPDATE t SET a = 1"), 0));
        std::reverse(snapshot.sessions.begin(), snapshot.sessions.end());
        SessionAggregator::aggregate(snapshot);
        Fuzz::check(writer.append(snapshot), "the second snapshot is written");
        Fuzz::check(writer.appendFailure(
                        snapshot.snapshotTimeMs + 5'000, snapshot.instanceId, QString(), QStringLiteral("timed out")),
            "the failure is written");
        snapshot.snapshotTimeMs += 10'000;
        snapshot.sessions[0].state = QStringLiteral("Sending data");
        snapshot.userStats.clear();
        Fuzz::check(writer.append(snapshot), "the third snapshot is written");
    }
    // One file: the write-ahead log folded in.
    {
        const QString name = QStringLiteral("fuzz-checkpoint");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            Fuzz::check(db.open(), "the base recording reopens");
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QFile file(path);
    Fuzz::check(file.open(QIODevice::ReadOnly), "the base recording is readable");
    return file.readAll();
}

void edit(const QString& path, const QByteArray& input)
{
    const QString name = QStringLiteral("fuzz-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            // Edits separated by "\xff\xfe": [column][row][how][value...]
            for (const QByteArray& part : input.split('\xfe')) {
                if (part.size() < 3)
                    continue;
                const char* column = Columns[quint8(part[0]) % std::size(Columns)];
                const int row = quint8(part[1]) % 5;
                const int how = quint8(part[2]) % 4;
                const QByteArray value = part.mid(3);
                QSqlQuery query(db);
                query.prepare(QStringLiteral("UPDATE snapshots SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
                if (how == 0)
                    query.addBindValue(qCompress(value));
                else if (how == 1)
                    query.addBindValue(value);
                else if (how == 2)
                    query.addBindValue(QString::fromUtf8(value));
                else
                    query.addBindValue(value.toLongLong());
                query.addBindValue(row);
                query.exec();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void read(const QString& path)
{
    Recording::Reader reader;
    if (!reader.open(path)) {
        Fuzz::check(!reader.error().isEmpty(), "a refused file is explained");
        return;
    }
    const QList<Recording::Entry> entries = reader.entries();
    for (const Recording::Entry& entry : entries) {
        const std::optional<SessionSnapshot> snapshot = reader.snapshot(entry.id);
        if (!snapshot)
            Fuzz::check(!reader.error().isEmpty(), "a snapshot that cannot be read is explained");
        reader.snapshotAt(entry.takenAtMs);
    }
    reader.snapshotAt(std::numeric_limits<qint64>::max());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_recording";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const QByteArray base = baseRecording(dir.path());

    const QByteArray input = Fuzz::bytes(data, size);
    const QString path = dir.path() + QStringLiteral("/copy.recording");
    QFile::remove(path);
    QByteArray bytes = base;
    // The first byte chooses: edit the rows, or damage the file's bytes.
    if (!input.isEmpty() && quint8(input[0]) >= 0xf0) {
        // [0xf0+][offset: 2 bytes][bytes to write...], or cut the file short at the offset.
        const qsizetype offset = input.size() >= 3 ? (quint8(input[1]) << 8 | quint8(input[2])) % base.size() : 0;
        if (quint8(input[0]) == 0xff)
            bytes.truncate(offset);
        else
            bytes.replace(offset, std::min(input.size() - 3, base.size() - offset), input.mid(3));
    }
    QFile file(path);
    Fuzz::check(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "the copy is written");
    file.close();
    if (input.isEmpty() || quint8(input[0]) < 0xf0)
        edit(path, input);
    read(path);
    return 0;
}
