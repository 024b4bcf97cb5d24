// SPDX-License-Identifier: GPL-3.0-or-later
// The statement fingerprint: any bytes a server may send as SQL (read as UTF-8, invalid sequences
// included, and also as raw UTF-16) give a normalised text without leading, trailing or doubled
// spaces outside quoted names, that normalises to itself, and a hash that is FNV-1a of its UTF-8.
// Grouping sessions running the input never loses one.
#include "fuzzcheck.h"

#include "sessions/session.h"
#include "sessions/sqlfingerprint.h"
#include "sessions/statementstat.h"

namespace {

void checkText(const QString& sql)
{
    SqlFingerprint fingerprint;
    const QString once = fingerprint.normalize(sql).toString();
    Fuzz::check(SqlFingerprint::normalized(sql) == once, "normalizing twice with one object differs");
    Fuzz::check(!once.startsWith(QLatin1Char(' ')) && !once.endsWith(QLatin1Char(' ')), "a space at an end");
    Fuzz::check(!once.endsWith(QLatin1Char(';')), "a trailing semicolon");
    if (!once.contains(QLatin1Char('`')))
        Fuzz::check(!once.contains(QStringLiteral("  ")), "spaces not collapsed");
    Fuzz::check(fingerprint.normalize(once) == once, "the normalised text does not normalise to itself");

    quint64 expected = 0xcbf29ce484222325ULL;
    for (const char byte : once.toUtf8()) {
        expected ^= static_cast<unsigned char>(byte);
        expected *= 0x100000001b3ULL;
    }
    Fuzz::check(SqlFingerprint::hash(once) == expected, "the hash is not FNV-1a of the UTF-8 bytes");
    Fuzz::check(SqlFingerprint::hex(expected).size() == 16, "the fingerprint is not 16 hex digits");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const QString sql = Fuzz::text(bytes);
    checkText(sql);
    // Raw UTF-16 code units, lone surrogates and all.
    checkText(QString(reinterpret_cast<const QChar*>(bytes.constData()), bytes.size() / 2));

    QList<Session> sessions(2);
    sessions[0].sessionId = 1;
    sessions[0].sqlText = sql;
    sessions[0].command = QStringLiteral("Query");
    sessions[1].sessionId = 2;
    sessions[1].sqlText = SqlFingerprint::normalized(sql);
    const QList<StatementStat> statements = StatementStat::group(sessions);
    if (SqlFingerprint::normalized(sql).isEmpty()) {
        Fuzz::check(statements.isEmpty(), "a statement without text");
    } else {
        // The SQL and its normalised text are one statement.
        Fuzz::check(statements.size() == 1, "the SQL and its normalised text are not one statement");
        Fuzz::check(statements[0].threadIds == QList<qint64>({1, 2}), "a session was lost");
        Fuzz::check(statements[0].activeCount == 1, "the active count is wrong");
    }
    return 0;
}
