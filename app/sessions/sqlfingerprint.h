// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

// What a statement is once its values are taken out: the normalised text that groups the sessions
// running "the same" statement, as pt-fingerprint and MySQL's statement digests do.
//
// Normalising removes comments (/* */, "-- ", #; optimiser hints /*+ */ too, while the SQL inside a
// MySQL executable comment /*! ... */ or /*!50001 ... */ is kept, since the server runs it), turns
// string, number, hex (0x1F, X'1F'), bit (b'01') and boolean literals and ? placeholders into ?
// (a sign in front of a number included), keeps NULL, collapses IN (…) lists and the rows of a
// multi-row VALUES (…),(…) whose cells are all literals into one (?+), writes words in lower case
// and quoted identifiers without their quotes (`Orders` → orders; kept quoted when the name could
// not be written bare), drops trailing semicolons and spaces tokens in one canonical way, so
// "a=1" and "a = 1" read alike.
//
// Total and linear: any text, valid or not (unterminated quotes and comments, lone surrogates,
// megabytes), gives a normalised text in one pass. Normalising the normalised text gives it back.
//
// The fingerprint is the 64-bit FNV-1a hash (offset basis 0xcbf29ce484222325, prime
// 0x100000001b3) of the normalised text's UTF-8 bytes (as QString::toUtf8 encodes them, so a lone
// surrogate counts as "?"), written as 16 lower-case hex digits: the same on every run and
// platform.
class SqlFingerprint
{
public:
    // The normalised text of `sql`. The view is into this object's buffer and valid until the next call.
    QStringView normalize(QStringView sql);

    // The same, as a string of its own.
    static QString normalized(QStringView sql);
    // FNV-1a 64 of the UTF-8 bytes of `normalizedText`.
    static quint64 hash(QStringView normalizedText);
    // 16 lower-case hex digits.
    static QString hex(quint64 fingerprint);

private:
    enum class Kind : quint8
    {
        None,
        Word,
        Literal,
        Open,
        Close,
        Comma,
        Dot,
        Semicolon,
        Operator,
    };
    // What a word is to the rules that follow it.
    enum class WordRole : quint8
    {
        Other,
        In,
        Values,
        // NULL and DEFAULT: allowed in a list that collapses.
        ListFiller,
        // Written with a space before a following "(": and (…), where (…).
        SpacedBeforeParen,
    };
    enum class Collapse : quint8
    {
        No,
        InList,
        ValuesRow,
        // A further row after a collapsed VALUES row: dropped when it collapses too.
        FurtherValuesRow,
    };
    struct Paren
    {
        // Where its "(" is in the output.
        qsizetype open;
        Collapse collapse;
        // Only literals, NULL, DEFAULT and commas so far.
        bool pure;
    };
    // Signs (+, -) written where an operand was expected, taken back when a literal follows:
    // "a = -1" is "a = ?". What the output was before the first of them.
    struct SignRun
    {
        bool active = false;
        qsizetype length = 0;
        Kind kind = Kind::None;
        Kind kindBefore = Kind::None;
        bool topPure = false;
    };

    void reset();
    // Starts a token: the space before it, if any, and what it does to the enclosing list.
    void begin(Kind kind, bool keepsListPure = false);
    bool needsSpaceBefore(Kind kind) const;
    void emitWord(const QChar* from, const QChar* to);
    void emitLiteral(bool list = false);
    void emitOperator(const QChar* from, qsizetype length);
    void emitQuotedName(const QChar* from, const QChar* to);
    void open();
    void close();

    std::vector<char16_t> m_out;
    std::vector<Paren> m_parens;
    Kind m_last = Kind::None;
    Kind m_beforeLast = Kind::None;
    WordRole m_lastWord = WordRole::Other;
    SignRun m_signs;
    // The end of the collapsed VALUES row last written, and where the last comma was written; a
    // "(" right after a comma right after the row is a further row.
    qsizetype m_valuesEnd = -1;
    qsizetype m_lastComma = -1;
};
