// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncsv.h"

#include "sessions/sessioncells.h"
#include "sessions/sessionfield.h"
#include "sessions/sessionsnapshot.h"
#include "sessions/statementstat.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace SessionCsv {

namespace {

// The characters a spreadsheet takes as the start of a formula (or, for TAB and CR, skips to one).
bool isFormulaStart(char32_t c)
{
    switch (c) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool startsLikeFormula(QStringView text)
{
    return !text.isEmpty() && isFormulaStart(text.front().unicode());
}

// C0 control characters other than TAB, CR and LF, and DEL, are no text a cell should carry: a NUL
// ends the string in many readers and ESC drives a terminal that shows the file. Each is written as
// its Unicode control picture (U+2400 + the code, U+2421 for DEL: NUL becomes ␀, ESC ␛), visible in
// any viewer and mapped back one to one by a reader that wants the original.
constexpr bool isHiddenControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0x7f;
}

// Writes `text` as one cell: UTF-8 (a leading U+FEFF kept as EF BB BF, never taken for a byte order
// mark), control pictures for hidden controls, the formula guard, and quotes when the cell holds a
// comma, a quote or a line break. One pass over the text into `out`, no string in between.
void appendText(QByteArray& out, QStringView text, const Options& options)
{
    bool quoted = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ',' || u == '"' || u == '\r' || u == '\n') {
            quoted = true;
            break;
        }
    }
    const bool guarded = options.formulaGuard && startsLikeFormula(text);
    // At most three bytes per UTF-16 unit (a doubled quote is two, a control picture three, a
    // surrogate pair four for two units), two quotes and a guard.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3 + 3);
    char* p = out.data() + start;
    if (quoted)
        *p++ = '"';
    if (guarded)
        *p++ = '\'';
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char16_t u = units[i];
        if (u < 0x80) {
            if (isHiddenControl(u)) {
                u = u == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + u);
            } else {
                *p++ = char(u);
                if (u == '"')
                    *p++ = '"';
                continue;
            }
        }
        if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t code = QChar::surrogateToUcs4(u, units[++i]);
            *p++ = char(0xf0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3f));
            *p++ = char(0x80 | ((code >> 6) & 0x3f));
            *p++ = char(0x80 | (code & 0x3f));
        } else {
            // A lone surrogate is no character: U+FFFD, as QString::toUtf8 writes it.
            if (QChar::isSurrogate(u))
                u = QChar::ReplacementCharacter;
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    if (quoted)
        *p++ = '"';
    out.resize(p - out.constData());
}

// What appendUtf8 must look at in a byte: 1 for a byte that makes a cell quoted (, " CR LF), 2 for
// one written otherwise than as itself (a hidden control, or a quote that is doubled).
constexpr std::array<quint8, 256> utf8Classes()
{
    std::array<quint8, 256> classes {};
    for (int c = 0; c < 0x20; ++c)
        classes[size_t(c)] = isHiddenControl(char16_t(c)) ? 2 : 0;
    classes[0x7f] = 2;
    classes[size_t(',')] = 1;
    classes[size_t('\r')] = 1;
    classes[size_t('\n')] = 1;
    classes[size_t('"')] = 3;
    return classes;
}

constexpr std::array<quint8, 256> Utf8Classes = utf8Classes();

// The most bytes writeUtf8 writes for `size` bytes of text: three for a hidden control, two
// quotes and a guard.
constexpr qsizetype utf8Bound(size_t size)
{
    return qsizetype(size) * 3 + 3;
}

// As appendText, for text that is valid UTF-8 already (what the parser hands out): the same bytes
// as appendText writes for the same text, without going through UTF-16. Writes at `p`, which has
// room for utf8Bound(text.size()) bytes; returns the end.
char* writeUtf8(char* p, std::string_view text, const SessionCsv::Options& options)
{
    quint8 seen = 0;
    for (const char c : text)
        seen |= Utf8Classes[static_cast<unsigned char>(c)];
    const bool quoted = (seen & 1) != 0;
    if (quoted)
        *p++ = '"';
    if (options.formulaGuard && !text.empty() && isFormulaStart(static_cast<unsigned char>(text.front())))
        *p++ = '\'';
    if ((seen & 2) == 0) {
        // An empty view may hold no pointer at all: copy, not memcpy.
        p = std::copy(text.begin(), text.end(), p);
    } else {
        for (const char c : text) {
            const auto u = static_cast<unsigned char>(c);
            if ((Utf8Classes[u] & 2) == 0) {
                *p++ = c;
            } else if (c == '"') {
                *p++ = '"';
                *p++ = '"';
            } else {
                // U+2400 + the code (U+2421 for DEL), as appendText writes it.
                *p++ = char(0xe2);
                *p++ = char(0x90);
                *p++ = char(u == 0x7f ? 0xa1 : 0x80 + u);
            }
        }
    }
    if (quoted)
        *p++ = '"';
    return p;
}

void appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

// Thread ids, space-separated, written in one go: a stat of a busy user lists tens of thousands.
void appendIds(QByteArray& out, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    const qsizetype start = out.size();
    out.resize(start + ids.size() * 21);
    char* p = out.data() + start;
    char* const end = out.data() + out.size();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            *p++ = ' ';
        p = std::to_chars(p, end, ids.at(i)).ptr;
    }
    out.resize(p - out.constData());
}

// The cells every row of a snapshot starts with: its time, instance and node.
QByteArray prefix(const SessionSnapshot& snapshot, const Options& options)
{
    QByteArray out = isoTime(snapshot.snapshotTimeMs).toLatin1();
    out.append(',');
    appendText(out, snapshot.instanceId, options);
    out.append(',');
    appendText(out, snapshot.nodeId, options);
    out.append(',');
    return out;
}

const char* dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::User:
        return "user";
    case Dimension::Client:
        return "client";
    case Dimension::Database:
        break;
    }
    return "db";
}

} // namespace

SessionRows::SessionRows(const SessionSnapshot& snapshot, const Options& options)
    : m_prefix(prefix(snapshot, options))
    , m_options(options)
{ }

void SessionRows::append(QByteArray& out, const Session& session) const
{
    out.append(m_prefix);
    bool first = true;
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.isDerived())
            continue;
        if (!first)
            out.append(',');
        first = false;
        if (field.type == SessionFields::Type::Integer)
            appendNumber(out, session.*field.integer);
        else
            appendText(out, session.*field.text, m_options);
    }
    out.append("\r\n");
}

void SessionRows::append(QByteArray& out, const SessionCells& cells) const
{
    // One resize for the whole row, to the most it can take, and one back to what it took.
    constexpr qsizetype NumberBound = 21;
    qsizetype bound = m_prefix.size() + 2;
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.isDerived())
            continue;
        bound += 1
            + (field.type == SessionFields::Type::Integer ? NumberBound
                                                          : utf8Bound(cells.texts[size_t(field.field)].size()));
    }
    const qsizetype start = out.size();
    out.resize(start + bound);
    char* p = out.data() + start;
    char* const end = out.data() + out.size();
    std::memcpy(p, m_prefix.constData(), size_t(m_prefix.size()));
    p += m_prefix.size();
    bool first = true;
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.isDerived())
            continue;
        if (!first)
            *p++ = ',';
        first = false;
        if (field.type == SessionFields::Type::Integer)
            p = std::to_chars(p, end, cells.integers[size_t(field.field)]).ptr;
        else
            p = writeUtf8(p, cells.texts[size_t(field.field)], m_options);
    }
    *p++ = '\r';
    *p++ = '\n';
    out.resize(p - out.constData());
}

QString formulaGuarded(const QString& text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QByteArray sessionsHeader()
{
    QByteArray header = "SnapshotTime,InstanceId,NodeId";
    for (const SessionFields::Spec& field : SessionFields::all()) {
        if (field.isDerived())
            continue;
        header.append(',');
        header.append(field.csvHeader.data(), field.csvHeader.size());
    }
    header.append("\r\n");
    return header;
}

QByteArray statsHeader()
{
    return "SnapshotTime,InstanceId,NodeId,Dimension,Key,TotalCount,ActiveCount,ThreadIds,Users\r\n";
}

QByteArray lockWaitsHeader()
{
    return "SnapshotTime,InstanceId,NodeId,WaitingSessionId,BlockingSessionId,WaitingTrxId,BlockingTrxId,WaitSeconds,"
           "LockedTable,LockMode\r\n";
}

QByteArray statementsHeader()
{
    return "SnapshotTime,InstanceId,NodeId,Fingerprint,TemplateId,Sessions,ActiveSessions,TotalTime,MaxTime,Users,"
           "Databases,ThreadIds,Statement\r\n";
}

QByteArray statements(const SessionSnapshot& snapshot, const QList<StatementStat>& statements, const Options& options)
{
    QByteArray out = statementsHeader();
    const QByteArray start = prefix(snapshot, options);
    for (const StatementStat& stat : statements) {
        out.append(start);
        out.append(stat.fingerprintHex().toLatin1());
        out.append(',');
        appendText(out, stat.templateId, options);
        out.append(',');
        appendNumber(out, stat.sessionCount);
        out.append(',');
        appendNumber(out, stat.activeCount);
        out.append(',');
        appendNumber(out, stat.totalTime);
        out.append(',');
        appendNumber(out, stat.maxTime);
        out.append(',');
        appendText(out, stat.users.join(QLatin1Char(' ')), options);
        out.append(',');
        appendText(out, stat.databases.join(QLatin1Char(' ')), options);
        out.append(',');
        appendIds(out, stat.threadIds);
        out.append(',');
        appendText(out, stat.text, options);
        out.append("\r\n");
    }
    return out;
}

QByteArray lockWaits(const SessionSnapshot& snapshot, const Options& options)
{
    QByteArray out = lockWaitsHeader();
    const QByteArray start = prefix(snapshot, options);
    for (const LockWait& wait : snapshot.lockWaits) {
        out.append(start);
        appendNumber(out, wait.waitingSessionId);
        out.append(',');
        appendNumber(out, wait.blockingSessionId);
        out.append(',');
        appendText(out, wait.waitingTrxId, options);
        out.append(',');
        appendText(out, wait.blockingTrxId, options);
        out.append(',');
        appendNumber(out, wait.waitSeconds);
        out.append(',');
        appendText(out, wait.lockedTable, options);
        out.append(',');
        appendText(out, wait.lockMode, options);
        out.append("\r\n");
    }
    return out;
}

QByteArray sessions(const SessionSnapshot& snapshot, const Options& options, const QList<qsizetype>* rows)
{
    QByteArray out = sessionsHeader();
    const SessionRows writer(snapshot, options);
    if (rows) {
        out.reserve(out.size() + rows->size() * 160);
        for (const qsizetype row : *rows)
            writer.append(out, snapshot.sessions.at(row));
    } else {
        out.reserve(out.size() + snapshot.sessions.size() * 160);
        for (const Session& session : snapshot.sessions)
            writer.append(out, session);
    }
    return out;
}

QByteArray stats(const SessionSnapshot& snapshot, const Options& options)
{
    QByteArray out = statsHeader();
    const QByteArray start = prefix(snapshot, options);
    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database}) {
        for (const DimensionStat& stat : snapshot.stats(dimension)) {
            out.append(start);
            out.append(dimensionName(dimension));
            out.append(',');
            appendText(out, stat.key, options);
            out.append(',');
            appendNumber(out, stat.totalCount);
            out.append(',');
            appendNumber(out, stat.activeCount);
            out.append(',');
            appendIds(out, stat.threadIds);
            out.append(',');
            appendText(out, stat.users.join(QLatin1Char(' ')), options);
            out.append("\r\n");
        }
    }
    return out;
}

QByteArray textField(const QString& text, const Options& options)
{
    QByteArray out;
    appendText(out, text, options);
    return out;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace SessionCsv
