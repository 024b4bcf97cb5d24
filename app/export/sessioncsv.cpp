// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncsv.h"

#include "sessions/sessionfield.h"
#include "sessions/sessionsnapshot.h"

#include <QDateTime>

#include <algorithm>

namespace SessionCsv {

namespace {

bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
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

// C0 control characters other than TAB, CR and LF, and DEL, are no text a cell should carry: a NUL
// ends the string in many readers and ESC drives a terminal that shows the file. Each is written as
// its Unicode control picture (U+2400 + the code, U+2421 for DEL: NUL becomes ␀, ESC ␛), visible in
// any viewer and mapped back one to one by a reader that wants the original.
bool isHiddenControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0x7f;
}

QString withControlPictures(const QString& text)
{
    const auto hidden = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isHiddenControl(c.unicode()); });
    if (hidden == text.cend())
        return text;
    QString shown = text;
    for (QChar& c : shown) {
        if (isHiddenControl(c.unicode()))
            c = QChar(c.unicode() == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + c.unicode()));
    }
    return shown;
}

void appendText(QByteArray& out, const QString& text, const Options& options)
{
    // QString::toUtf8 keeps a leading U+FEFF (the BOM) as the three bytes EF BB BF: only decoding
    // can drop it, never this encoding.
    QByteArray bytes = withControlPictures(text).toUtf8();
    if (options.formulaGuard && startsLikeFormula(text))
        bytes.prepend('\'');
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!needsQuotes) {
        out.append(bytes);
        return;
    }
    out.append('"');
    out.append(bytes.replace("\"", "\"\""));
    out.append('"');
}

void appendNumber(QByteArray& out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void appendPrefix(QByteArray& out, const SessionSnapshot& snapshot, const Options& options)
{
    out.append(isoTime(snapshot.snapshotTimeMs).toLatin1());
    out.append(',');
    appendText(out, snapshot.instanceId, options);
    out.append(',');
    appendText(out, snapshot.nodeId, options);
    out.append(',');
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

QByteArray lockWaits(const SessionSnapshot& snapshot, const Options& options)
{
    QByteArray out = lockWaitsHeader();
    for (const LockWait& wait : snapshot.lockWaits) {
        appendPrefix(out, snapshot, options);
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

void appendSessionRow(QByteArray& out, const SessionSnapshot& snapshot, const Session& session, const Options& options)
{
    appendPrefix(out, snapshot, options);
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
            appendText(out, session.*field.text, options);
    }
    out.append("\r\n");
}

QByteArray sessions(const SessionSnapshot& snapshot, const Options& options, const QList<qsizetype>* rows)
{
    QByteArray out = sessionsHeader();
    if (rows) {
        out.reserve(out.size() + rows->size() * 160);
        for (const qsizetype row : *rows)
            appendSessionRow(out, snapshot, snapshot.sessions.at(row), options);
    } else {
        out.reserve(out.size() + snapshot.sessions.size() * 160);
        for (const Session& session : snapshot.sessions)
            appendSessionRow(out, snapshot, session, options);
    }
    return out;
}

QByteArray stats(const SessionSnapshot& snapshot, const Options& options)
{
    QByteArray out = statsHeader();
    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database}) {
        for (const DimensionStat& stat : snapshot.stats(dimension)) {
            appendPrefix(out, snapshot, options);
            out.append(dimensionName(dimension));
            out.append(',');
            appendText(out, stat.key, options);
            out.append(',');
            appendNumber(out, stat.totalCount);
            out.append(',');
            appendNumber(out, stat.activeCount);
            out.append(',');
            QByteArray ids;
            for (const qint64 id : stat.threadIds) {
                if (!ids.isEmpty())
                    ids.append(' ');
                ids.append(QByteArray::number(id));
            }
            out.append(ids);
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
