// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfingerprint.h"

namespace {

constexpr bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Unquoted identifiers may hold any character beyond ASCII; a surrogate is just one more.
constexpr bool isWordChar(char16_t c)
{
    return isLetter(c) || isDigit(c) || c == u'_' || c == u'$' || c >= 0x80;
}

constexpr bool isWordStart(char16_t c)
{
    return isLetter(c) || c == u'_' || c == u'$' || c >= 0x80;
}

// Control characters count as spaces, as the server's lexer takes them.
constexpr bool isSpace(char16_t c)
{
    return c <= 0x20;
}

constexpr char16_t lower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
}

bool equalsLower(const QChar* begin, qsizetype length, const char* word)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (word[i] == 0 || lower(begin[i].unicode()) != char16_t(word[i]))
            return false;
    }
    return word[length] == 0;
}

// Past the closing quote of a string that opens at `p` (backslash escapes, doubled quotes), or the end.
const QChar* skipString(const QChar* p, const QChar* end)
{
    const char16_t quote = p->unicode();
    ++p;
    while (p < end) {
        const char16_t c = p->unicode();
        if (c == u'\\') {
            p += end - p >= 2 ? 2 : 1;
        } else if (c == quote) {
            if (end - p >= 2 && p[1].unicode() == quote)
                p += 2;
            else
                return p + 1;
        } else {
            ++p;
        }
    }
    return end;
}

const QChar* skipLine(const QChar* p, const QChar* end)
{
    while (p < end && p->unicode() != u'\n')
        ++p;
    return p;
}

// Past the "*/" closing a comment whose text starts at `p`, or the end.
const QChar* skipBlockComment(const QChar* p, const QChar* end)
{
    while (end - p >= 2) {
        if (p->unicode() == u'*' && p[1].unicode() == u'/')
            return p + 2;
        ++p;
    }
    return end;
}

} // namespace

void SqlFingerprint::reset()
{
    m_out.clear();
    m_parens.clear();
    m_last = Kind::None;
    m_beforeLast = Kind::None;
    m_lastWord = WordRole::Other;
    m_signs = {};
    m_valuesEnd = -1;
    m_lastComma = -1;
}

QStringView SqlFingerprint::normalize(QStringView sql)
{
    reset();
    m_out.reserve(std::size_t(sql.size()) + std::size_t(sql.size()) / 4 + 8);
    const QChar* p = sql.data();
    const QChar* const end = p + sql.size();
    // Inside /*! … */: the SQL is the server's to run, only the closing */ goes.
    bool inExecutableComment = false;
    while (p < end) {
        const char16_t c = p->unicode();
        const qsizetype left = end - p;
        if (isSpace(c)) {
            ++p;
            continue;
        }
        switch (c) {
        case u'\'':
        case u'"':
            p = skipString(p, end);
            emitLiteral();
            continue;
        case u'`': {
            const QChar* name = p + 1;
            p = name;
            while (p < end) {
                if (p->unicode() == u'`') {
                    if (end - p >= 2 && p[1].unicode() == u'`') {
                        p += 2;
                        continue;
                    }
                    break;
                }
                ++p;
            }
            emitQuotedName(name, p);
            if (p < end)
                ++p;
            continue;
        }
        case u'#':
            p = skipLine(p, end);
            continue;
        case u'/':
            if (left >= 2 && p[1].unicode() == u'*') {
                if (left >= 3 && p[2].unicode() == u'!') {
                    p += 3;
                    while (p < end && isDigit(p->unicode()))
                        ++p;
                    inExecutableComment = true;
                } else {
                    p = skipBlockComment(p + 2, end);
                }
                continue;
            }
            break;
        case u'*':
            if (inExecutableComment && left >= 2 && p[1].unicode() == u'/') {
                p += 2;
                inExecutableComment = false;
                continue;
            }
            break;
        case u'-':
            // "--" starts a comment only when a space or control character follows.
            if (left >= 2 && p[1].unicode() == u'-' && (left == 2 || isSpace(p[2].unicode()))) {
                p = skipLine(p, end);
                continue;
            }
            break;
        case u'(':
            open();
            ++p;
            continue;
        case u')':
            close();
            ++p;
            continue;
        case u',':
            m_lastComma = qsizetype(m_out.size());
            begin(Kind::Comma, true);
            m_out.push_back(u',');
            ++p;
            continue;
        case u';':
            begin(Kind::Semicolon);
            m_out.push_back(u';');
            ++p;
            continue;
        case u'?':
            // "?+" is what a collapsed list is written as: read back as one.
            if (left >= 2 && p[1].unicode() == u'+') {
                emitLiteral(true);
                p += 2;
            } else {
                emitLiteral();
                ++p;
            }
            continue;
        case u'.':
            if (left >= 2 && isDigit(p[1].unicode()) && m_last != Kind::Word && m_last != Kind::Close)
                break; // a number such as .5
            begin(Kind::Dot);
            m_out.push_back(u'.');
            ++p;
            continue;
        default:
            break;
        }

        if (isDigit(c) || c == u'.') {
            const QChar* start = p;
            bool plain = true;
            if (c == u'0' && left >= 3 && (p[1].unicode() == u'x' || p[1].unicode() == u'X')
                && isHexDigit(p[2].unicode())) {
                p += 2;
                while (p < end && isHexDigit(p->unicode()))
                    ++p;
            } else if (c == u'0' && left >= 3 && (p[1].unicode() == u'b' || p[1].unicode() == u'B')
                && (p[2].unicode() == u'0' || p[2].unicode() == u'1')) {
                p += 2;
                while (p < end && (p->unicode() == u'0' || p->unicode() == u'1'))
                    ++p;
            } else {
                while (p < end && isDigit(p->unicode()))
                    ++p;
                if (p < end && p->unicode() == u'.') {
                    plain = false;
                    ++p;
                    while (p < end && isDigit(p->unicode()))
                        ++p;
                }
                if (p < end && (p->unicode() == u'e' || p->unicode() == u'E')) {
                    const QChar* exponent = p + 1;
                    if (exponent < end && (exponent->unicode() == u'+' || exponent->unicode() == u'-'))
                        ++exponent;
                    if (exponent < end && isDigit(exponent->unicode())) {
                        plain = false;
                        p = exponent;
                        while (p < end && isDigit(p->unicode()))
                            ++p;
                    }
                }
            }
            // An identifier may start with digits (1st_table, 0x1g).
            if (plain && p < end && isWordChar(p->unicode())) {
                while (p < end && isWordChar(p->unicode()))
                    ++p;
                emitWord(start, p);
            } else {
                emitLiteral();
            }
            continue;
        }

        if (isWordStart(c) || (c == u'@' && left >= 2 && (isWordChar(p[1].unicode()) || p[1].unicode() == u'@'))) {
            const QChar* start = p;
            if (c == u'@') {
                ++p;
                if (p < end && p->unicode() == u'@')
                    ++p;
            }
            while (p < end && isWordChar(p->unicode()))
                ++p;
            // X'1F', B'01', N'text': one literal.
            if (p - start == 1 && p < end && p->unicode() == u'\'') {
                const char16_t prefix = lower(c);
                if (prefix == u'x' || prefix == u'b' || prefix == u'n') {
                    p = skipString(p, end);
                    emitLiteral();
                    continue;
                }
            }
            emitWord(start, p);
            continue;
        }

        // Operators: the longest of the ones the server knows, else one character.
        qsizetype length = 1;
        if (left >= 3
            && ((c == u'<' && p[1].unicode() == u'=' && p[2].unicode() == u'>')
                || (c == u'-' && p[1].unicode() == u'>' && p[2].unicode() == u'>')))
            length = 3;
        else if (left >= 2) {
            const char16_t n = p[1].unicode();
            if ((n == u'=' && (c == u'<' || c == u'>' || c == u'!' || c == u':')) || (c == u'<' && n == u'>')
                || (c == u'|' && n == u'|') || (c == u'&' && n == u'&') || (c == u'<' && n == u'<')
                || (c == u'>' && n == u'>') || (c == u'-' && n == u'>'))
                length = 2;
        }
        emitOperator(p, length);
        p += length;
    }

    // "select 1;" is "select 1".
    while (!m_out.empty() && (m_out.back() == u';' || m_out.back() == u' '))
        m_out.pop_back();
    return QStringView(m_out.data(), qsizetype(m_out.size()));
}

bool SqlFingerprint::needsSpaceBefore(Kind kind) const
{
    if (m_last == Kind::None || m_last == Kind::Open || m_last == Kind::Dot)
        return false;
    switch (kind) {
    case Kind::Close:
    case Kind::Comma:
    case Kind::Dot:
    case Kind::Semicolon:
        return false;
    case Kind::Open:
        // A function's or a list's parenthesis sits on its word: count(*), in(?+), t(a, b).
        return m_last != Kind::Word || m_lastWord == WordRole::SpacedBeforeParen;
    default:
        return true;
    }
}

void SqlFingerprint::begin(Kind kind, bool keepsListPure)
{
    if (!keepsListPure && !m_parens.empty())
        m_parens.back().pure = false;
    if (needsSpaceBefore(kind))
        m_out.push_back(u' ');
    m_beforeLast = m_last;
    m_last = kind;
    m_signs.active = false;
}

void SqlFingerprint::emitWord(const QChar* from, const QChar* to)
{
    const qsizetype length = to - from;
    WordRole role = WordRole::Other;
    switch (length) {
    case 2:
        if (equalsLower(from, length, "in"))
            role = WordRole::In;
        else if (equalsLower(from, length, "or") || equalsLower(from, length, "on") || equalsLower(from, length, "as"))
            role = WordRole::SpacedBeforeParen;
        break;
    case 3:
        if (equalsLower(from, length, "and") || equalsLower(from, length, "not") || equalsLower(from, length, "xor")
            || equalsLower(from, length, "set"))
            role = WordRole::SpacedBeforeParen;
        break;
    case 4:
        if (equalsLower(from, length, "true")) {
            emitLiteral();
            return;
        }
        if (equalsLower(from, length, "null"))
            role = WordRole::ListFiller;
        else if (equalsLower(from, length, "from") || equalsLower(from, length, "join")
            || equalsLower(from, length, "when") || equalsLower(from, length, "then")
            || equalsLower(from, length, "else"))
            role = WordRole::SpacedBeforeParen;
        break;
    case 5:
        if (equalsLower(from, length, "false")) {
            emitLiteral();
            return;
        }
        if (equalsLower(from, length, "value"))
            role = WordRole::Values;
        else if (equalsLower(from, length, "where") || equalsLower(from, length, "union"))
            role = WordRole::SpacedBeforeParen;
        break;
    case 6:
        if (equalsLower(from, length, "values"))
            role = WordRole::Values;
        else if (equalsLower(from, length, "select") || equalsLower(from, length, "having"))
            role = WordRole::SpacedBeforeParen;
        break;
    case 7:
        if (equalsLower(from, length, "default"))
            role = WordRole::ListFiller;
        break;
    default:
        break;
    }
    // "t.1a" stays apart as "t. 1a": ".1" would read back as a number.
    const bool afterDot = m_last == Kind::Dot && isDigit(from->unicode());
    begin(Kind::Word, role == WordRole::ListFiller);
    if (afterDot)
        m_out.push_back(u' ');
    for (const QChar* p = from; p < to; ++p)
        m_out.push_back(lower(p->unicode()));
    m_lastWord = role;
}

void SqlFingerprint::emitQuotedName(const QChar* from, const QChar* to)
{
    // Bare when it reads back as the same plain name: not a keyword the rules above act on.
    bool bare = from < to && isWordStart(from->unicode());
    for (const QChar* p = from; bare && p < to; ++p)
        bare = isWordChar(p->unicode());
    if (bare) {
        const qsizetype length = to - from;
        for (const char* keyword : {"in", "or", "on", "as", "and", "not", "xor", "set", "true", "null", "from", "join",
                 "when", "then", "else", "false", "value", "where", "union", "values", "select", "having", "default"}) {
            if (equalsLower(from, length, keyword)) {
                bare = false;
                break;
            }
        }
    }
    begin(Kind::Word);
    m_lastWord = WordRole::Other;
    if (!bare)
        m_out.push_back(u'`');
    for (const QChar* p = from; p < to; ++p) {
        const char16_t c = p->unicode();
        if (c == u'`') {
            // A doubled backtick inside the name: one character of it, written doubled again.
            m_out.push_back(u'`');
            m_out.push_back(u'`');
            if (p + 1 < to && p[1].unicode() == u'`')
                ++p;
            continue;
        }
        m_out.push_back(lower(c));
    }
    if (!bare)
        m_out.push_back(u'`');
}

void SqlFingerprint::emitLiteral(bool list)
{
    if (m_signs.active) {
        m_out.resize(std::size_t(m_signs.length));
        m_last = m_signs.kind;
        m_beforeLast = m_signs.kindBefore;
        if (!m_parens.empty())
            m_parens.back().pure = m_signs.topPure;
    }
    begin(Kind::Literal, true);
    m_out.push_back(u'?');
    if (list)
        m_out.push_back(u'+');
}

void SqlFingerprint::emitOperator(const QChar* from, qsizetype length)
{
    const char16_t c = from->unicode();
    const bool sign = length == 1 && (c == u'-' || c == u'+');
    const bool operandExpected = m_last == Kind::None || m_last == Kind::Open || m_last == Kind::Comma
        || m_last == Kind::Operator || m_last == Kind::Semicolon;
    SignRun signs = m_signs;
    if (sign && operandExpected && !signs.active)
        signs = {true, qsizetype(m_out.size()), m_last, m_beforeLast, !m_parens.empty() && m_parens.back().pure};
    begin(Kind::Operator);
    if (sign && operandExpected)
        m_signs = signs;
    for (qsizetype i = 0; i < length; ++i)
        m_out.push_back(from[i].unicode());
}

void SqlFingerprint::open()
{
    Collapse collapse = Collapse::No;
    if (m_last == Kind::Word && m_lastWord == WordRole::In)
        collapse = Collapse::InList;
    else if (m_last == Kind::Word && m_lastWord == WordRole::Values)
        collapse = Collapse::ValuesRow;
    else if (m_last == Kind::Comma && m_valuesEnd >= 0 && m_lastComma == m_valuesEnd)
        collapse = Collapse::FurtherValuesRow;
    begin(Kind::Open);
    m_parens.push_back({qsizetype(m_out.size()), collapse, true});
    m_out.push_back(u'(');
}

void SqlFingerprint::close()
{
    if (m_parens.empty()) {
        begin(Kind::Close);
        m_out.push_back(u')');
        return;
    }
    const Paren paren = m_parens.back();
    m_parens.pop_back();
    const bool collapses = paren.collapse != Collapse::No && paren.pure && qsizetype(m_out.size()) > paren.open + 1;
    if (!collapses) {
        begin(Kind::Close);
        m_out.push_back(u')');
        return;
    }
    m_signs.active = false;
    m_beforeLast = Kind::Literal;
    m_last = Kind::Close;
    if (paren.collapse == Collapse::FurtherValuesRow) {
        // The row and the comma before it go: the first row already stands for all of them.
        m_out.resize(std::size_t(m_valuesEnd));
        return;
    }
    m_out.resize(std::size_t(paren.open + 1));
    m_out.push_back(u'?');
    m_out.push_back(u'+');
    m_out.push_back(u')');
    if (paren.collapse == Collapse::ValuesRow)
        m_valuesEnd = qsizetype(m_out.size());
}

QString SqlFingerprint::normalized(QStringView sql)
{
    SqlFingerprint fingerprint;
    return fingerprint.normalize(sql).toString();
}

quint64 SqlFingerprint::hash(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    const auto step = [&h](unsigned byte) {
        h ^= byte;
        h *= 0x100000001b3ULL;
    };
    const qsizetype n = text.size();
    const QChar* s = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        if (c < 0x80) {
            step(unsigned(c));
            continue;
        }
        if (c < 0x800) {
            step(0xc0 | unsigned(c >> 6));
            step(0x80 | unsigned(c & 0x3f));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), s[i + 1].unicode());
            ++i;
            step(0xf0 | unsigned(c >> 18));
            step(0x80 | unsigned((c >> 12) & 0x3f));
            step(0x80 | unsigned((c >> 6) & 0x3f));
            step(0x80 | unsigned(c & 0x3f));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            // As QString::toUtf8 writes a lone surrogate.
            step(u'?');
            continue;
        }
        step(0xe0 | unsigned(c >> 12));
        step(0x80 | unsigned((c >> 6) & 0x3f));
        step(0x80 | unsigned(c & 0x3f));
    }
    return h;
}

QString SqlFingerprint::hex(quint64 fingerprint)
{
    return QStringLiteral("%1").arg(fingerprint, 16, 16, QLatin1Char('0'));
}
