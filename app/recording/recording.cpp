// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording.h"

#include "sessions/sessionaggregator.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <map>

namespace Recording {

namespace {

constexpr char Format[] = "sessionscope-recording";

QString connectionName(const void* owner)
{
    return QStringLiteral("sessionscope-recording-%1").arg(quintptr(owner), 0, 16);
}

// A session as it is stored: texts by their id in `strings`, times as the second they began.
struct StoredRow
{
    qint64 user = 0;
    qint64 client = 0;
    qint64 db = 0;
    qint64 command = 0;
    qint64 state = 0;
    qint64 sql = 0;
    qint64 alias = 0;
    qint64 trx = 0;
    qint64 sqlTemplate = 0;
    qint64 timeOrigin = 0;
    qint64 trxOrigin = 0;
    qint64 blockedBy = 0;

    bool operator==(const StoredRow&) const = default;
};

constexpr qint64 NoTransaction = std::numeric_limits<qint64>::min();

// Seconds of the snapshot's own clock, which a session's Time counts back from.
qint64 clockSeconds(qint64 snapshotTimeMs)
{
    return snapshotTimeMs / 1000 - (snapshotTimeMs % 1000 < 0 ? 1 : 0);
}

const char* const CreateSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS snapshots(id INTEGER PRIMARY KEY, taken_at_ms INTEGER NOT NULL, "
    "status INTEGER NOT NULL, keyframe INTEGER NOT NULL, sessions INTEGER NOT NULL, active INTEGER NOT NULL, "
    "stored INTEGER NOT NULL, ended INTEGER NOT NULL, first_text INTEGER NOT NULL, texts INTEGER NOT NULL, "
    "head TEXT NOT NULL, stats BLOB, session_order BLOB, text_block BLOB, changes BLOB)",
    "CREATE INDEX IF NOT EXISTS snapshots_by_time ON snapshots(taken_at_ms)",
    "CREATE INDEX IF NOT EXISTS snapshots_by_text ON snapshots(first_text)",
};

// Unsigned LEB128, and signed values zigzagged into it: the small numbers a snapshot is mostly made
// of take a byte or two.
void putVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

void putSigned(QByteArray& out, qint64 value)
{
    putVarint(out, (quint64(value) << 1) ^ quint64(value >> 63));
}

// A damaged file's numbers may be anything: arithmetic on them wraps instead of overflowing.
qint64 minus(qint64 a, qint64 b)
{
    return qint64(quint64(a) - quint64(b));
}
qint64 plus(qint64 a, qint64 b)
{
    return qint64(quint64(a) + quint64(b));
}

// The largest block a recording holds once decompressed. The writer's largest is a keyframe of
// 100,000 sessions (a few MiB); the four-byte size in front of a damaged block may claim gigabytes,
// which are not allocated on its word.
constexpr quint32 MaxBlockBytes = 256u << 20;

// qUncompress with the claimed size checked first; empty when the block cannot be right.
QByteArray inflate(const QByteArray& block)
{
    if (block.size() < 4)
        return {};
    const quint32 claimed = quint32(quint8(block[0])) << 24 | quint32(quint8(block[1])) << 16
        | quint32(quint8(block[2])) << 8 | quint32(quint8(block[3]));
    // Deflate cannot shrink data more than 1032 to 1: a larger claim is damage.
    if (claimed > MaxBlockBytes || quint64(claimed) > quint64(block.size() - 4) * 1032 + 64)
        return {};
    return qUncompress(block);
}

struct Cursor
{
    const char* at;
    const char* end;
    bool ok = true;

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= end) {
                ok = false;
                return 0;
            }
            const auto byte = quint8(*at++);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        ok = false;
        return 0;
    }
    qint64 signedValue()
    {
        const quint64 value = varint();
        return qint64(value >> 1) ^ -qint64(value & 1);
    }
    QByteArray bytes(quint64 size)
    {
        if (!ok || size > quint64(end - at)) {
            ok = false;
            return {};
        }
        QByteArray out(at, qsizetype(size));
        at += size;
        return out;
    }
};

QJsonArray statsToJson(const QList<DimensionStat>& stats)
{
    QJsonArray array;
    for (const DimensionStat& stat : stats) {
        QJsonArray ids;
        for (const qint64 id : stat.threadIds)
            ids.append(QString::number(id));
        array.append(
            QJsonObject {{QStringLiteral("key"), stat.key}, {QStringLiteral("total"), QString::number(stat.totalCount)},
                {QStringLiteral("active"), QString::number(stat.activeCount)}, {QStringLiteral("ids"), ids},
                {QStringLiteral("users"), QJsonArray::fromStringList(stat.users)}});
    }
    return array;
}

QList<DimensionStat> statsFromJson(const QJsonArray& array)
{
    QList<DimensionStat> stats;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        DimensionStat stat;
        stat.key = object.value(QStringLiteral("key")).toString();
        stat.totalCount = object.value(QStringLiteral("total")).toString().toLongLong();
        stat.activeCount = object.value(QStringLiteral("active")).toString().toLongLong();
        for (const QJsonValue& id : object.value(QStringLiteral("ids")).toArray())
            stat.threadIds.append(id.toString().toLongLong());
        for (const QJsonValue& user : object.value(QStringLiteral("users")).toArray())
            stat.users.append(user.toString());
        stats.append(stat);
    }
    return stats;
}

// Everything of a snapshot but its sessions and statistics. Numbers as text: JSON numbers are doubles.
QByteArray headOf(const SessionSnapshot& s, const QString& error)
{
    QJsonArray waits;
    for (const LockWait& wait : s.lockWaits) {
        waits.append(QJsonArray {QString::number(wait.waitingSessionId), QString::number(wait.blockingSessionId),
            wait.waitingTrxId, wait.blockingTrxId, QString::number(wait.waitSeconds), wait.lockedTable, wait.lockMode});
    }
    QJsonObject head {{QStringLiteral("instanceId"), s.instanceId}, {QStringLiteral("nodeId"), s.nodeId},
        {QStringLiteral("snapshotTimeMs"), QString::number(s.snapshotTimeMs)},
        {QStringLiteral("requestTimeMs"), QString::number(s.requestTimeMs)},
        {QStringLiteral("total"), QString::number(s.totalSessionCount)},
        {QStringLiteral("active"), QString::number(s.activeSessionCount)},
        {QStringLiteral("maxActiveTime"), QString::number(s.maxActiveTime)},
        {QStringLiteral("idleInTransaction"), QString::number(s.idleInTransactionCount)},
        {QStringLiteral("lockWaitsKnown"), s.lockWaitsKnown}, {QStringLiteral("lockWaits"), waits},
        {QStringLiteral("visibleOnlyToUser"), s.visibleOnlyToUser},
        {QStringLiteral("ownSessionId"), QString::number(s.ownSessionId)},
        {QStringLiteral("serverAggregated"), s.serverAggregated}, {QStringLiteral("sourceKind"), s.sourceKind},
        {QStringLiteral("sourceReference"), s.sourceReference}};
    if (!error.isEmpty())
        head.insert(QStringLiteral("error"), error);
    return QJsonDocument(head).toJson(QJsonDocument::Compact);
}

void readHead(const QJsonObject& head, SessionSnapshot& s)
{
    const auto number = [&](const char* key) { return head.value(QLatin1String(key)).toString().toLongLong(); };
    s.instanceId = head.value(QStringLiteral("instanceId")).toString();
    s.nodeId = head.value(QStringLiteral("nodeId")).toString();
    s.snapshotTimeMs = number("snapshotTimeMs");
    s.requestTimeMs = number("requestTimeMs");
    s.totalSessionCount = number("total");
    s.activeSessionCount = number("active");
    s.maxActiveTime = number("maxActiveTime");
    s.idleInTransactionCount = number("idleInTransaction");
    s.lockWaitsKnown = head.value(QStringLiteral("lockWaitsKnown")).toBool();
    for (const QJsonValue& value : head.value(QStringLiteral("lockWaits")).toArray()) {
        const QJsonArray w = value.toArray();
        s.lockWaits.append({w.at(0).toString().toLongLong(), w.at(1).toString().toLongLong(), w.at(2).toString(),
            w.at(3).toString(), w.at(4).toString().toLongLong(), w.at(5).toString(), w.at(6).toString()});
    }
    s.visibleOnlyToUser = head.value(QStringLiteral("visibleOnlyToUser")).toString();
    s.ownSessionId = number("ownSessionId");
    s.serverAggregated = head.value(QStringLiteral("serverAggregated")).toBool();
    s.sourceKind = head.value(QStringLiteral("sourceKind")).toString();
    s.sourceReference = head.value(QStringLiteral("sourceReference")).toString();
}

QByteArray encodeOrder(const QList<qint64>& ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    qint64 previous = 0;
    for (const qint64 id : ids) {
        stream << minus(id, previous);
        previous = id;
    }
    return qCompress(bytes, 9);
}

QList<qint64> decodeOrder(const QByteArray& blob)
{
    const QByteArray bytes = inflate(blob);
    QDataStream stream(bytes);
    QList<qint64> ids;
    qint64 previous = 0;
    while (!stream.atEnd()) {
        qint64 delta = 0;
        stream >> delta;
        if (stream.status() != QDataStream::Ok)
            break;
        previous = plus(previous, delta);
        ids.append(previous);
    }
    return ids;
}

QString sqlFailure(const QString& what, const QSqlError& error)
{
    return QCoreApplication::translate("Recording", "%1: %2").arg(what, error.text().trimmed());
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct Writer::Private
{
    QString connection;
    QSqlDatabase db;
    // Texts written so far (this run), by their id; new ones go into the snapshot being written.
    QHash<QString, qint64> textIds;
    qint64 nextText = 1;
    QStringList newTexts;
    // The sessions of the last snapshot written, as stored; what the next one is compared with.
    QHash<qint64, StoredRow> previous;
    QString previousInstance;
    qint64 keyframe = 0;
    int sinceKeyframe = 0;

    qint64 textId(const QString& text)
    {
        if (text.isEmpty())
            return 0;
        const auto it = textIds.constFind(text);
        if (it != textIds.constEnd())
            return *it;
        const qint64 id = nextText + newTexts.size();
        newTexts.append(text);
        textIds.insert(text, id);
        return id;
    }
};

Writer::Writer()
    : d(std::make_unique<Private>())
{
    d->connection = connectionName(this);
}

Writer::~Writer()
{
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    if (QSqlDatabase::contains(d->connection))
        QSqlDatabase::removeDatabase(d->connection);
}

bool Writer::open(const QString& path)
{
    const bool existed = QFileInfo::exists(path);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    if (!d->db.open()) {
        m_error = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be opened").arg(path),
            d->db.lastError());
        return false;
    }
    QSqlQuery query(d->db);
    if (existed) {
        // Only a recording of this format is continued; anything else is left untouched.
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format'")) || !query.next()
            || query.value(0).toString() != QLatin1String(Format)) {
            m_error = QCoreApplication::translate(
                "Recording", "%1 exists and is not a SessionScope recording; choose another file")
                          .arg(path);
            return false;
        }
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) || !query.next()
            || query.value(0).toInt() != SchemaVersion) {
            m_error = QCoreApplication::translate(
                "Recording", "%1 is a recording of another version of SessionScope; choose another file")
                          .arg(path);
            return false;
        }
    }
    for (const char* statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!query.exec(QLatin1String(statement))) {
            m_error
                = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be set up").arg(path),
                    query.lastError());
            return false;
        }
    }
    if (!d->db.transaction()) {
        m_error = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be set up").arg(path),
            d->db.lastError());
        return false;
    }
    for (const char* statement : CreateSchema) {
        if (!query.exec(QLatin1String(statement))) {
            m_error
                = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be set up").arg(path),
                    query.lastError());
            d->db.rollback();
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?), (?, ?)"));
    const QStringList meta {
        QStringLiteral("format"), QLatin1String(Format), QStringLiteral("version"), QString::number(SchemaVersion)};
    for (const QString& value : meta)
        query.addBindValue(value);
    if (!query.exec() || !query.exec(QStringLiteral("SELECT coalesce(max(first_text + texts), 1) FROM snapshots"))
        || !query.next()) {
        m_error = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be set up").arg(path),
            query.lastError());
        d->db.rollback();
        return false;
    }
    d->nextText = std::max<qint64>(1, query.value(0).toLongLong());
    if (!d->db.commit()) {
        m_error = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be set up").arg(path),
            d->db.lastError());
        return false;
    }
    return true;
}

bool Writer::append(const SessionSnapshot& snapshot)
{
    if (!d->db.isOpen()) {
        m_error = QCoreApplication::translate("Recording", "The recording is not open");
        return false;
    }
    const bool keyframe = d->previous.isEmpty() || d->sinceKeyframe + 1 >= KeyframeInterval
        || d->previousInstance != snapshot.instanceId + QLatin1Char('/') + snapshot.nodeId;
    const QHash<QString, qint64> textIdsBefore = d->textIds;
    const auto fail = [&](const QString& message) {
        d->db.rollback();
        // The texts of a snapshot that was not written are not in the file.
        d->textIds = textIdsBefore;
        d->newTexts.clear();
        m_error = message;
        return false;
    };

    // The sessions as stored, in the snapshot's order.
    const qint64 clock = clockSeconds(snapshot.snapshotTimeMs);
    QHash<qint64, StoredRow> current;
    current.reserve(snapshot.sessions.size());
    QList<qint64> order;
    order.reserve(snapshot.sessions.size());
    for (const Session& s : snapshot.sessions) {
        if (current.contains(s.sessionId)) {
            m_error
                = QCoreApplication::translate("Recording", "The snapshot lists session %1 twice; it was not recorded")
                      .arg(s.sessionId);
            d->textIds = textIdsBefore;
            d->newTexts.clear();
            return false;
        }
        StoredRow row;
        row.user = d->textId(s.user);
        row.client = d->textId(s.client);
        row.db = d->textId(s.dbName);
        row.command = d->textId(s.command);
        row.state = d->textId(s.state);
        row.sql = d->textId(s.sqlText);
        row.alias = d->textId(s.userClientAlias);
        row.trx = d->textId(s.trxId);
        row.sqlTemplate = d->textId(s.sqlTemplateId);
        row.timeOrigin = minus(clock, s.time);
        // No transaction (0) stays 0 rather than becoming a start that moves with every snapshot.
        row.trxOrigin = s.trxDuration == 0 ? NoTransaction : minus(clock, s.trxDuration);
        row.blockedBy = s.blockedBy;
        current.insert(s.sessionId, row);
        order.append(s.sessionId);
    }

    // What changed: every session in a keyframe, else the new and the changed ones, and the ended.
    QByteArray changes;
    qint64 stored = 0;
    qint64 previousId = 0;
    QByteArray rows;
    for (const qint64 sessionId : std::as_const(order)) {
        const StoredRow& r = current[sessionId];
        if (!keyframe) {
            const auto it = d->previous.constFind(sessionId);
            if (it != d->previous.constEnd() && *it == r)
                continue;
        }
        putSigned(rows, sessionId - previousId);
        previousId = sessionId;
        for (const qint64 text : {r.user, r.client, r.db, r.command, r.state, r.sql, r.alias, r.trx, r.sqlTemplate})
            putVarint(rows, quint64(text));
        putSigned(rows, minus(clock, r.timeOrigin));
        putVarint(rows, r.trxOrigin == NoTransaction ? 0 : (quint64(minus(clock, r.trxOrigin)) << 1 | 1));
        putSigned(rows, r.blockedBy);
        ++stored;
    }
    QList<qint64> ended;
    if (!keyframe) {
        for (auto it = d->previous.cbegin(); it != d->previous.cend(); ++it) {
            if (!current.contains(it.key()))
                ended.append(it.key());
        }
        std::sort(ended.begin(), ended.end());
    }
    putVarint(changes, quint64(stored));
    changes.append(rows);
    putVarint(changes, quint64(ended.size()));
    previousId = 0;
    for (const qint64 sessionId : std::as_const(ended)) {
        putSigned(changes, sessionId - previousId);
        previousId = sessionId;
    }

    QByteArray texts;
    putVarint(texts, quint64(d->newTexts.size()));
    for (const QString& text : std::as_const(d->newTexts)) {
        const QByteArray utf8 = text.toUtf8();
        putVarint(texts, quint64(utf8.size()));
        texts.append(utf8);
    }

    // Statistics that the sessions give back exactly are not stored.
    SessionSnapshot derived;
    derived.sessions = snapshot.sessions;
    SessionAggregator::aggregate(derived);
    QVariant stats(QMetaType::fromType<QByteArray>());
    if (derived.userStats != snapshot.userStats || derived.clientStats != snapshot.clientStats
        || derived.dbStats != snapshot.dbStats) {
        const QJsonObject object {{QStringLiteral("user"), statsToJson(snapshot.userStats)},
            {QStringLiteral("client"), statsToJson(snapshot.clientStats)},
            {QStringLiteral("db"), statsToJson(snapshot.dbStats)}};
        stats = qCompress(QJsonDocument(object).toJson(QJsonDocument::Compact), 9);
    }
    QVariant sessionOrder(QMetaType::fromType<QByteArray>());
    if (!std::is_sorted(order.cbegin(), order.cend()))
        sessionOrder = encodeOrder(order);

    if (!d->db.transaction()) {
        m_error = sqlFailure(
            QCoreApplication::translate("Recording", "The snapshot could not be recorded"), d->db.lastError());
        d->textIds = textIdsBefore;
        d->newTexts.clear();
        return false;
    }
    QSqlQuery insert(d->db);
    insert.prepare(QStringLiteral("INSERT INTO snapshots(taken_at_ms, status, keyframe, sessions, active, stored, "
                                  "ended, first_text, texts, head, stats, session_order, text_block, changes) "
                                  "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(snapshot.snapshotTimeMs);
    insert.addBindValue(keyframe ? -1 : d->keyframe);
    insert.addBindValue(snapshot.totalSessionCount);
    insert.addBindValue(snapshot.activeSessionCount);
    insert.addBindValue(stored);
    insert.addBindValue(qint64(ended.size()));
    insert.addBindValue(d->nextText);
    insert.addBindValue(qint64(d->newTexts.size()));
    insert.addBindValue(QString::fromUtf8(headOf(snapshot, {})));
    insert.addBindValue(stats);
    insert.addBindValue(sessionOrder);
    insert.addBindValue(qCompress(texts, 9));
    insert.addBindValue(qCompress(changes, 9));
    if (!insert.exec())
        return fail(sqlFailure(
            QCoreApplication::translate("Recording", "The snapshot could not be recorded"), insert.lastError()));
    const qint64 id = insert.lastInsertId().toLongLong();
    if (keyframe) {
        QSqlQuery self(d->db);
        self.prepare(QStringLiteral("UPDATE snapshots SET keyframe = id WHERE id = ?"));
        self.addBindValue(id);
        if (!self.exec())
            return fail(sqlFailure(
                QCoreApplication::translate("Recording", "The snapshot could not be recorded"), self.lastError()));
    }
    if (!d->db.commit())
        return fail(sqlFailure(
            QCoreApplication::translate("Recording", "The snapshot could not be recorded"), d->db.lastError()));

    d->nextText += d->newTexts.size();
    d->newTexts.clear();
    d->previous = std::move(current);
    d->previousInstance = snapshot.instanceId + QLatin1Char('/') + snapshot.nodeId;
    if (keyframe) {
        d->keyframe = id;
        d->sinceKeyframe = 0;
    } else {
        ++d->sinceKeyframe;
    }
    return true;
}

bool Writer::appendFailure(qint64 atMs, const QString& instanceId, const QString& nodeId, const QString& error)
{
    if (!d->db.isOpen()) {
        m_error = QCoreApplication::translate("Recording", "The recording is not open");
        return false;
    }
    SessionSnapshot head;
    head.instanceId = instanceId;
    head.nodeId = nodeId;
    head.snapshotTimeMs = atMs;
    QSqlQuery insert(d->db);
    insert.prepare(QStringLiteral("INSERT INTO snapshots(taken_at_ms, status, keyframe, sessions, active, stored, "
                                  "ended, first_text, texts, head) VALUES (?, 1, 0, 0, 0, 0, 0, ?, 0, ?)"));
    insert.addBindValue(atMs);
    insert.addBindValue(d->nextText);
    insert.addBindValue(QString::fromUtf8(
        headOf(head, error.isEmpty() ? QCoreApplication::translate("Recording", "the fetch failed") : error)));
    if (!insert.exec()) {
        m_error = sqlFailure(
            QCoreApplication::translate("Recording", "The failure could not be recorded"), insert.lastError());
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

struct Reader::Private
{
    QString connection;
    QSqlDatabase db;
    bool damaged = false;
    // The readable copy of a damaged file, while it is read.
    std::unique_ptr<QTemporaryFile> recovered;
    // Decoded blocks of texts, by the id of their first text.
    QHash<qint64, QStringList> textBlocks;

    std::optional<QString> text(qint64 id, QString* error)
    {
        if (id == 0)
            return QString();
        // The block is usually one already decoded.
        for (auto it = textBlocks.cbegin(); it != textBlocks.cend(); ++it) {
            if (id >= it.key() && quint64(id) - quint64(it.key()) < quint64(it->size()))
                return it->at(qsizetype(quint64(id) - quint64(it.key())));
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT first_text, texts, text_block FROM snapshots WHERE first_text <= ? "
                                     "AND texts > 0 ORDER BY first_text DESC LIMIT 1"));
        query.addBindValue(id);
        // The block that holds the text: it starts at or before it (the query's condition) and is long
        // enough to reach it.
        if (!query.exec() || !query.next() || id < query.value(0).toLongLong()
            || quint64(id) - quint64(query.value(0).toLongLong()) >= quint64(query.value(1).toLongLong())) {
            *error = QCoreApplication::translate("Recording", "The recording is damaged: text %1 is missing").arg(id);
            return std::nullopt;
        }
        const qint64 first = query.value(0).toLongLong();
        const QByteArray bytes = inflate(query.value(2).toByteArray());
        Cursor cursor {bytes.constData(), bytes.constData() + bytes.size()};
        const quint64 count = cursor.varint();
        // Every text takes at least its length's byte: a count beyond that is damage, not a reason
        // to reserve.
        if (count != quint64(query.value(1).toLongLong()) || count > quint64(cursor.end - cursor.at))
            cursor.ok = false;
        QStringList block;
        for (quint64 i = 0; cursor.ok && i < count; ++i)
            block.append(QString::fromUtf8(cursor.bytes(cursor.varint())));
        if (!cursor.ok || qint64(block.size()) != query.value(1).toLongLong()) {
            *error
                = QCoreApplication::translate("Recording", "The recording is damaged: the texts from %1 cannot be read")
                      .arg(first);
            return std::nullopt;
        }
        // Bounded: a long replay session does not keep the whole file's texts.
        if (textBlocks.size() > 4096)
            textBlocks.clear();
        textBlocks.insert(first, block);
        return block.at(qsizetype(quint64(id) - quint64(first)));
    }
};

Reader::Reader()
    : d(std::make_unique<Private>())
{
    d->connection = connectionName(this);
}

Reader::~Reader()
{
    close();
}

bool Reader::open(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        m_error = QCoreApplication::translate("Recording", "%1 does not exist or is not a file").arg(path);
        return false;
    }
    QString failure;
    if (openFile(path, &failure))
        return true;
    if (!d->damaged) {
        m_error = failure;
        return false;
    }
    // The file ends early (a full disk, a copy cut short). SQLite trusts the page count in the
    // header and refuses it whole; a copy whose header makes it count the pages that are there reads
    // every snapshot up to the damage.
    QFile original(path);
    auto copy = std::make_unique<QTemporaryFile>();
    if (!original.open(QIODevice::ReadOnly) || !copy->open()) {
        m_error = failure;
        return false;
    }
    QByteArray bytes = original.readAll();
    if (bytes.size() < 100) {
        m_error = failure;
        return false;
    }
    bytes[18] = 1; // no write-ahead log: the copy is read on its own
    bytes[19] = 1;
    for (int i = 92; i < 96; ++i) // "version-valid-for" no longer matches: the size comes from the file
        bytes[i] = 0;
    if (copy->write(bytes) != bytes.size() || !copy->flush()) {
        m_error = failure;
        return false;
    }
    close();
    d->damaged = false;
    if (!openFile(copy->fileName(), &failure)) {
        m_error = failure;
        return false;
    }
    d->recovered = std::move(copy);
    m_error = QCoreApplication::translate("Recording", "%1 is damaged; the snapshots before the damage can be read")
                  .arg(path);
    return true;
}

void Reader::close()
{
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    if (QSqlDatabase::contains(d->connection))
        QSqlDatabase::removeDatabase(d->connection);
}

bool Reader::openFile(const QString& path, QString* error)
{
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!d->db.open()) {
        *error = sqlFailure(QCoreApplication::translate("Recording", "The recording %1 could not be opened").arg(path),
            d->db.lastError());
        return false;
    }
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) are told apart: only the first can be read in part.
        d->damaged = query.lastError().nativeErrorCode() == QLatin1String("11");
        *error = d->damaged
            ? sqlFailure(
                QCoreApplication::translate("Recording", "The recording %1 is damaged").arg(path), query.lastError())
            : QCoreApplication::translate("Recording", "%1 is not a SessionScope recording (%2)")
                  .arg(path, query.lastError().text().trimmed());
        return false;
    }
    QHash<QString, QString> meta;
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    if (meta.value(QStringLiteral("format")) != QLatin1String(Format)) {
        *error = QCoreApplication::translate("Recording", "%1 is not a SessionScope recording").arg(path);
        return false;
    }
    if (meta.value(QStringLiteral("version")).toInt() != SchemaVersion) {
        *error = QCoreApplication::translate(
            "Recording", "%1 was recorded in format version %2; this SessionScope reads version %3")
                     .arg(path, meta.value(QStringLiteral("version")), QString::number(SchemaVersion));
        return false;
    }
    return true;
}

QList<Entry> Reader::entries()
{
    QList<Entry> entries;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, taken_at_ms, status, sessions, active, head, stored, ended FROM snapshots ORDER BY id"))) {
        m_error = sqlFailure(
            QCoreApplication::translate("Recording", "The recording could not be read"), query.lastError());
        return entries;
    }
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.takenAtMs = query.value(1).toLongLong();
        entry.ok = query.value(2).toInt() == 0;
        entry.sessions = query.value(3).toLongLong();
        entry.active = query.value(4).toLongLong();
        const QJsonObject head = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        entry.instanceId = head.value(QStringLiteral("instanceId")).toString();
        entry.maxActiveTime = head.value(QStringLiteral("maxActiveTime")).toString().toLongLong();
        entry.error = head.value(QStringLiteral("error")).toString();
        entry.storedSessions = query.value(6).toLongLong();
        entry.endedSessions = query.value(7).toLongLong();
        entries.append(entry);
    }
    // A damaged file is read up to the damage.
    if (query.lastError().isValid())
        m_error = sqlFailure(QCoreApplication::translate(
                                 "Recording", "The recording is damaged after %n snapshot(s)", "", int(entries.size())),
            query.lastError());
    return entries;
}

std::optional<SessionSnapshot> Reader::snapshotAt(qint64 atMs)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT id FROM snapshots WHERE status = 0 AND taken_at_ms <= ? "
                                 "ORDER BY taken_at_ms DESC, id DESC LIMIT 1"));
    query.addBindValue(atMs);
    if (!query.exec()) {
        m_error = sqlFailure(
            QCoreApplication::translate("Recording", "The recording could not be read"), query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = QCoreApplication::translate("Recording", "The recording has no snapshot at or before that time");
        return std::nullopt;
    }
    return snapshot(query.value(0).toLongLong());
}

std::optional<SessionSnapshot> Reader::snapshot(qint64 id)
{
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT status, keyframe, head, stats, session_order FROM snapshots WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().isValid()
            ? sqlFailure(QCoreApplication::translate("Recording", "The recording could not be read"), query.lastError())
            : QCoreApplication::translate("Recording", "The recording has no snapshot %1").arg(id);
        return std::nullopt;
    }
    if (query.value(0).toInt() != 0) {
        m_error = QCoreApplication::translate("Recording", "Snapshot %1 is a failed fetch; it has no sessions").arg(id);
        return std::nullopt;
    }
    const qint64 keyframe = query.value(1).toLongLong();
    SessionSnapshot snapshot;
    readHead(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(), snapshot);
    const QByteArray stats = query.value(3).toByteArray();
    const QByteArray orderBlob = query.value(4).toByteArray();

    // The keyframe's sessions, then every change up to this snapshot, in order.
    std::map<qint64, StoredRow> rows;
    QSqlQuery changes(d->db);
    changes.setForwardOnly(true);
    changes.prepare(QStringLiteral("SELECT id, taken_at_ms, changes FROM snapshots WHERE id BETWEEN ? AND ? AND "
                                   "status = 0 ORDER BY id"));
    changes.addBindValue(keyframe);
    changes.addBindValue(id);
    if (!changes.exec()) {
        m_error = sqlFailure(
            QCoreApplication::translate("Recording", "The recording could not be read"), changes.lastError());
        return std::nullopt;
    }
    while (changes.next()) {
        const qint64 at = changes.value(0).toLongLong();
        const qint64 clockThen = clockSeconds(changes.value(1).toLongLong());
        const QByteArray bytes = inflate(changes.value(2).toByteArray());
        Cursor cursor {bytes.constData(), bytes.constData() + bytes.size()};
        const quint64 stored = cursor.varint();
        qint64 sessionId = 0;
        for (quint64 i = 0; cursor.ok && i < stored; ++i) {
            sessionId = plus(sessionId, cursor.signedValue());
            StoredRow row;
            for (qint64* text : {&row.user, &row.client, &row.db, &row.command, &row.state, &row.sql, &row.alias,
                     &row.trx, &row.sqlTemplate})
                *text = qint64(cursor.varint());
            row.timeOrigin = minus(clockThen, cursor.signedValue());
            const quint64 trx = cursor.varint();
            row.trxOrigin = trx == 0 ? NoTransaction : minus(clockThen, qint64(trx >> 1));
            row.blockedBy = cursor.signedValue();
            rows[sessionId] = row;
        }
        const quint64 endedCount = cursor.varint();
        sessionId = 0;
        for (quint64 i = 0; cursor.ok && i < endedCount; ++i) {
            sessionId = plus(sessionId, cursor.signedValue());
            rows.erase(sessionId);
        }
        if (!cursor.ok) {
            m_error = QCoreApplication::translate("Recording", "The recording is damaged at snapshot %1").arg(at);
            return std::nullopt;
        }
    }
    if (changes.lastError().isValid()) {
        m_error
            = sqlFailure(QCoreApplication::translate("Recording", "The recording is damaged at snapshot %1").arg(id),
                changes.lastError());
        return std::nullopt;
    }

    QList<qint64> order;
    if (orderBlob.isEmpty()) {
        order.reserve(qsizetype(rows.size()));
        for (const auto& [sessionId, row] : rows)
            order.append(sessionId);
    } else {
        order = decodeOrder(orderBlob);
    }
    const qint64 clock = clockSeconds(snapshot.snapshotTimeMs);
    QString error;
    snapshot.sessions.reserve(order.size());
    for (const qint64 sessionId : std::as_const(order)) {
        const auto it = rows.find(sessionId);
        if (it == rows.end()) {
            m_error = QCoreApplication::translate(
                "Recording", "The recording is damaged at snapshot %1: session %2 is missing")
                          .arg(id)
                          .arg(sessionId);
            return std::nullopt;
        }
        const StoredRow& r = it->second;
        Session s;
        s.sessionId = sessionId;
        for (const auto& [target, textId] : {std::pair {&s.user, r.user}, {&s.client, r.client}, {&s.dbName, r.db},
                 {&s.command, r.command}, {&s.state, r.state}, {&s.sqlText, r.sql}, {&s.userClientAlias, r.alias},
                 {&s.trxId, r.trx}, {&s.sqlTemplateId, r.sqlTemplate}}) {
            const std::optional<QString> value = d->text(textId, &error);
            if (!value) {
                m_error = error;
                return std::nullopt;
            }
            *target = *value;
        }
        s.time = minus(clock, r.timeOrigin);
        s.trxDuration = r.trxOrigin == NoTransaction ? 0 : minus(clock, r.trxOrigin);
        s.blockedBy = r.blockedBy;
        snapshot.sessions.append(s);
    }

    if (stats.isEmpty()) {
        SessionSnapshot derived;
        derived.sessions = snapshot.sessions;
        SessionAggregator::aggregate(derived);
        snapshot.userStats = derived.userStats;
        snapshot.clientStats = derived.clientStats;
        snapshot.dbStats = derived.dbStats;
    } else {
        const QJsonObject object = QJsonDocument::fromJson(inflate(stats)).object();
        snapshot.userStats = statsFromJson(object.value(QStringLiteral("user")).toArray());
        snapshot.clientStats = statsFromJson(object.value(QStringLiteral("client")).toArray());
        snapshot.dbStats = statsFromJson(object.value(QStringLiteral("db")).toArray());
    }
    return snapshot;
}

} // namespace Recording
