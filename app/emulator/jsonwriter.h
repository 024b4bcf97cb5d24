// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

// How a success response spells itself. DAS is not uniform: keys come PascalCase or lowerCamel,
// and numbers and booleans sometimes arrive as strings.
struct JsonStyle
{
    bool lowerCamelKeys = false;
    bool stringScalars = false;
};

// Writes JSON text straight into a byte array, with no intermediate document: a 100,000-session
// response is tens of megabytes and QJsonDocument would build it several times over. The caller
// is responsible for well-formedness (matching begin/end, a key before each object member).
class JsonWriter
{
public:
    explicit JsonWriter(JsonStyle style = {}, qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // `name` is given PascalCase; the style decides how it is written.
    void key(QLatin1StringView name);
    // A null QString is written as null, an empty one as "".
    void string(const QString& value);
    void string(QLatin1StringView value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();

    const QByteArray& data() const { return m_out; }
    QByteArray take();

    // RFC 8259 string escaping of UTF-16 text into UTF-8: quotes, backslashes and every control
    // character are escaped, everything else (any non-ASCII character) is written as UTF-8.
    // A lone surrogate becomes U+FFFD.
    static void appendQuoted(QByteArray& out, QStringView text);

private:
    void separate();

    JsonStyle m_style;
    QByteArray m_out;
    bool m_needComma = false;
};
