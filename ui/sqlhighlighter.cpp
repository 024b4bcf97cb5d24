// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhighlighter.h"

namespace {

enum BlockState
{
    Normal = 0,
    InBlockComment = 1,
};

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_keywords(QStringLiteral(
                     "\\b(SELECT|FROM|WHERE|AND|OR|NOT|IN|IS|NULL|LIKE|BETWEEN|EXISTS|INSERT|INTO|VALUES|UPDATE|SET|"
                     "DELETE|REPLACE|JOIN|INNER|LEFT|RIGHT|OUTER|CROSS|ON|USING|GROUP|BY|ORDER|HAVING|LIMIT|OFFSET|"
                     "ASC|DESC|DISTINCT|AS|UNION|ALL|CASE|WHEN|THEN|ELSE|END|CREATE|ALTER|DROP|TABLE|INDEX|VIEW|"
                     "BEGIN|COMMIT|ROLLBACK|START|TRANSACTION|FOR|SHARE|LOCK|WITH|CALL|SHOW|DESCRIBE|EXPLAIN|"
                     "DUPLICATE|KEY|PRIMARY|IF|COUNT|SUM|MIN|MAX|AVG|NOW|INTERVAL|TRUNCATE|LOAD|DATA|"
                     "PROCESSLIST|KILL|USE|SLEEP)\\b"),
          QRegularExpression::CaseInsensitiveOption)
    , m_number(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"))
{
    m_keywordFormat.setForeground(QColor(0x1a, 0x4f, 0xa0));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_stringFormat.setForeground(QColor(0x0b, 0x7a, 0x3e));
    m_numberFormat.setForeground(QColor(0xa3, 0x4a, 0x00));
    m_identifierFormat.setForeground(QColor(0x6b, 0x2f, 0x8f));
    m_commentFormat.setForeground(QColor(0x70, 0x70, 0x70));
    m_commentFormat.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString& text)
{
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_keywordFormat);
    }
    for (auto it = m_number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_numberFormat);
    }

    // Strings, identifiers and comments override keywords inside them; one pass handles escapes
    // and quotes inside comments correctly.
    setCurrentBlockState(Normal);
    qsizetype i = 0;
    if (previousBlockState() == InBlockComment) {
        const qsizetype end = text.indexOf(QLatin1String("*/"));
        if (end < 0) {
            setFormat(0, int(text.size()), m_commentFormat);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, int(end + 2), m_commentFormat);
        i = end + 2;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j) != c) {
                if (text.at(j) == QLatin1Char('\\'))
                    ++j;
                ++j;
            }
            const qsizetype length = std::min(j + 1, text.size()) - i;
            setFormat(int(i), int(length), c == QLatin1Char('`') ? m_identifierFormat : m_stringFormat);
            i += length;
        } else if (text.mid(i, 2) == QLatin1String("--") || c == QLatin1Char('#')) {
            setFormat(int(i), int(text.size() - i), m_commentFormat);
            return;
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0) {
                setFormat(int(i), int(text.size() - i), m_commentFormat);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_commentFormat);
            i = end + 2;
        } else {
            ++i;
        }
    }
}
