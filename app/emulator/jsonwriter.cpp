// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <charconv>

JsonWriter::JsonWriter(JsonStyle style, qsizetype reserve)
    : m_style(style)
{
    if (reserve > 0)
        m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    if (m_style.lowerCamelKeys && !name.isEmpty()) {
        const char first = name.front().toLatin1();
        m_out.append(first >= 'A' && first <= 'Z' ? static_cast<char>(first - 'A' + 'a') : first);
        m_out.append(name.data() + 1, name.size() - 1);
    } else {
        m_out.append(name.data(), name.size());
    }
    m_out.append("\":", 2);
    m_needComma = false;
}

void JsonWriter::string(const QString& value)
{
    separate();
    if (value.isNull())
        m_out.append("null", 4);
    else
        appendQuoted(m_out, value);
    m_needComma = true;
}

void JsonWriter::string(QLatin1StringView value)
{
    string(QString(value));
}

void JsonWriter::integer(qint64 value)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (m_style.stringScalars)
        m_out.append('"');
    m_out.append(buffer, result.ptr - buffer);
    if (m_style.stringScalars)
        m_out.append('"');
    m_needComma = true;
}

void JsonWriter::boolean(bool value)
{
    separate();
    if (m_style.stringScalars)
        m_out.append(value ? "\"true\"" : "\"false\"");
    else
        m_out.append(value ? "true" : "false");
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    m_needComma = true;
}

QByteArray JsonWriter::take()
{
    m_needComma = false;
    return std::exchange(m_out, {});
}

void JsonWriter::appendQuoted(QByteArray& out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Worst case: every UTF-16 unit becomes a six-byte \u00XX escape. Writing through a pointer
    // into space made once is several times faster than appending byte by byte.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char* dst = out.data() + start;
    *dst++ = '"';
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *dst++ = static_cast<char>(c);
            continue;
        }
        if (c < 0x80) {
            *dst++ = '\\';
            switch (c) {
            case u'"':
                *dst++ = '"';
                break;
            case u'\\':
                *dst++ = '\\';
                break;
            case u'\n':
                *dst++ = 'n';
                break;
            case u'\r':
                *dst++ = 'r';
                break;
            case u'\t':
                *dst++ = 't';
                break;
            case u'\b':
                *dst++ = 'b';
                break;
            case u'\f':
                *dst++ = 'f';
                break;
            default:
                *dst++ = 'u';
                *dst++ = '0';
                *dst++ = '0';
                *dst++ = hex[(c >> 4) & 0xf];
                *dst++ = hex[c & 0xf];
                break;
            }
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            code = QChar::surrogateToUcs4(c, *p++);
        else if (QChar::isSurrogate(c))
            code = 0xfffd;
        if (code < 0x800) {
            *dst++ = static_cast<char>(0xc0 | (code >> 6));
            *dst++ = static_cast<char>(0x80 | (code & 0x3f));
        } else if (code < 0x10000) {
            *dst++ = static_cast<char>(0xe0 | (code >> 12));
            *dst++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
            *dst++ = static_cast<char>(0x80 | (code & 0x3f));
        } else {
            *dst++ = static_cast<char>(0xf0 | (code >> 18));
            *dst++ = static_cast<char>(0x80 | ((code >> 12) & 0x3f));
            *dst++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
            *dst++ = static_cast<char>(0x80 | (code & 0x3f));
        }
    }
    *dst++ = '"';
    out.resize(dst - out.constData());
}
