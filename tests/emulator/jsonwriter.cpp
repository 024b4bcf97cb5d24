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
    out.append('"');
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        // Runs of plain ASCII are copied in one go; most of a session list is such text.
        const char16_t* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        while (run < p) {
            char buffer[256];
            qsizetype length = 0;
            while (run < p && length < qsizetype(sizeof buffer))
                buffer[length++] = static_cast<char>(*run++);
            out.append(buffer, length);
        }
        if (p == end)
            break;
        const char16_t c = *p++;
        if (c < 0x80) {
            switch (c) {
            case u'"':
                out.append("\\\"", 2);
                break;
            case u'\\':
                out.append("\\\\", 2);
                break;
            case u'\n':
                out.append("\\n", 2);
                break;
            case u'\r':
                out.append("\\r", 2);
                break;
            case u'\t':
                out.append("\\t", 2);
                break;
            case u'\b':
                out.append("\\b", 2);
                break;
            case u'\f':
                out.append("\\f", 2);
                break;
            default:
                out.append("\\u00", 4);
                out.append(hex[(c >> 4) & 0xf]);
                out.append(hex[c & 0xf]);
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
            out.append(static_cast<char>(0xc0 | (code >> 6)));
            out.append(static_cast<char>(0x80 | (code & 0x3f)));
        } else if (code < 0x10000) {
            out.append(static_cast<char>(0xe0 | (code >> 12)));
            out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
            out.append(static_cast<char>(0x80 | (code & 0x3f)));
        } else {
            out.append(static_cast<char>(0xf0 | (code >> 18)));
            out.append(static_cast<char>(0x80 | ((code >> 12) & 0x3f)));
            out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
            out.append(static_cast<char>(0x80 | (code & 0x3f)));
        }
    }
    out.append('"');
}
