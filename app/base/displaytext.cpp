// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

namespace DisplayText {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString sanitized(const QString& text, int maxChars)
{
    const bool cut = text.size() > maxChars;
    QString out = cut ? text.left(maxChars) : text;
    for (QChar& ch : out) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\r' || c == u'\t')
            ch = QLatin1Char(' ');
        else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c))
            ch = QChar(QChar::ReplacementCharacter);
    }
    // A surrogate pair cut in half would show as garbage.
    if (cut && !out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    if (cut)
        out += QChar(0x2026);
    return out;
}

} // namespace DisplayText
