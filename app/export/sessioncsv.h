// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct Session;
struct SessionCells;
struct SessionSnapshot;
struct StatementStat;

// The CSV formats shared by sessionscope-cli and the window's export: RFC 4180, UTF-8, CRLF rows.
// Every row names its snapshot time, instance and node, so files taken over time concatenate.
namespace SessionCsv {

struct Options
{
    // Text cells that a spreadsheet would run as a formula (leading = + - @ TAB CR) get a leading '.
    bool formulaGuard = true;
};

QByteArray sessionsHeader();
QByteArray statsHeader();
QByteArray lockWaitsHeader();
QByteArray statementsHeader();

// The rows of one snapshot's sessions CSV, with the cells they share (time, instance, node)
// formatted once.
class SessionRows
{
public:
    SessionRows(const SessionSnapshot& snapshot, const Options& options);
    // One session's row, CRLF included.
    void append(QByteArray& out, const Session& session) const;
    // The same row from the cells a response's reader hands out: the same bytes, without a string
    // in between.
    void append(QByteArray& out, const SessionCells& cells) const;

private:
    QByteArray m_prefix;
    Options m_options;
};

// All sessions, or only those at `rows` (indexes into snapshot.sessions), header first.
QByteArray sessions(const SessionSnapshot& snapshot, const Options& options, const QList<qsizetype>* rows = nullptr);
// One row per key of each dimension (user, client, db), header first.
QByteArray stats(const SessionSnapshot& snapshot, const Options& options);

// One row per lock wait (direct connections), header first.
QByteArray lockWaits(const SessionSnapshot& snapshot, const Options& options);

// One row per statement (StatementStat::group of the snapshot's sessions, or of those exported),
// header first: the fingerprint as 16 hex digits, the lists space-separated.
QByteArray statements(const SessionSnapshot& snapshot, const QList<StatementStat>& statements, const Options& options);

// `text` with a leading ' when a spreadsheet would run it as a formula (leading = + - @ TAB CR):
// the guard of the CSV exports, for other ways out such as copying rows.
QString formulaGuarded(const QString& text);

// One field, guarded and quoted as needed.
QByteArray textField(const QString& text, const Options& options);
// ISO 8601 UTC with milliseconds and a trailing Z.
QString isoTime(qint64 epochMs);

} // namespace SessionCsv
