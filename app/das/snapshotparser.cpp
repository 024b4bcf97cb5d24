// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotparser.h"

#include "sessions/sessionaggregator.h"
#include "sessions/sessioncells.h"
#include "sessions/sessionfield.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace SnapshotParser {

namespace {

namespace od = simdjson::ondemand;

static_assert(InputPadding >= simdjson::SIMDJSON_PADDING);

// The latest moment a snapshot can have been taken: 9999-12-31T23:59:59.999Z. Anything later is a
// corrupt value, not a time to show.
constexpr qint64 LatestTimeMs = 253'402'300'799'999;

// Thrown only inside this file, caught in the entry points, so that a deeply nested field can
// report its path without every caller checking a flag.
struct ParseFailure
{
    QString message;
};

// The bytes are not JSON (as opposed to JSON of an unexpected shape).
struct SyntaxFailure
{
    simdjson::error_code code;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("SnapshotParser", text);
}

template<typename T> T take(simdjson::simdjson_result<T>&& result)
{
    T value {};
    if (const simdjson::error_code error = std::move(result).get(value))
        throw SyntaxFailure {error};
    return value;
}

// Where a value is, for an error message ("Data.SessionData.SessionList[3].Time"), written out only
// when an error is reported.
struct Path
{
    const Path* parent = nullptr;
    QLatin1StringView key;
    qsizetype index = -1;

    Path member(QLatin1StringView name) const { return {this, name, -1}; }
    Path element(qsizetype i) const { return {this, {}, i}; }

    QString text() const
    {
        if (!parent)
            return QString();
        const QString above = parent->text();
        if (index >= 0)
            return above % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
        return above.isEmpty() ? QString(key) : above % QLatin1Char('.') % key;
    }
};

// The document itself, and the session list in it.
const Path Root;
const Path DataPath = Root.member(QLatin1StringView("Data"));
const Path SessionDataPath = DataPath.member(QLatin1StringView("SessionData"));
const Path ListPath = SessionDataPath.member(QLatin1StringView("SessionList"));

QString typeName(od::json_type type)
{
    switch (type) {
    case od::json_type::null:
        return tr("null");
    case od::json_type::boolean:
        return tr("a boolean");
    case od::json_type::number:
        return tr("a number");
    case od::json_type::string:
        return tr("a string");
    case od::json_type::array:
        return tr("an array");
    case od::json_type::object:
        return tr("an object");
    }
    return tr("nothing");
}

// `expected` is a phrase marked with QT_TRANSLATE_NOOP where it is passed.
[[noreturn]] void fail(const Path& path, const char* expected, od::json_type got)
{
    throw ParseFailure {tr("%1: expected %2, got %3").arg(path.text(), tr(expected), typeName(got))};
}

od::json_type typeOf(od::value& value)
{
    const od::json_type type = take(value.type());
    // type() looks at the first byte only; make sure a null is one.
    if (type == od::json_type::null && !take(value.is_null()))
        throw SyntaxFailure {simdjson::N_ATOM_ERROR};
    return type;
}

// The content of a string value: the bytes between the quotes when there is no escape in them (no
// copy), else the unescaped text (which lives until the parser goes).
std::string_view stringContent(od::value& value)
{
    std::string_view token = value.raw_json_token();
    while (
        !token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
        token = token.substr(1, token.size() - 2);
        if (std::memchr(token.data(), '\\', token.size()) == nullptr)
            return token;
    }
    return take(value.get_string());
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

QString utf8(std::string_view bytes)
{
    // An empty text is an empty string, not a null one: null is kept for JSON null.
    if (bytes.empty())
        return QString(QLatin1StringView(""));
    // QString::fromUtf8 takes a leading U+FEFF for a byte order mark and drops it; in a value it is
    // a character like any other.
    if (bytes.size() >= 3 && bytes.substr(0, 3) == std::string_view("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
        return decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// A JSON number as written, for messages.
QString numberToken(od::value& value)
{
    return QString::fromUtf8(trimmed(value.raw_json_token()));
}

// A whole number that fits in 64 bits, from a double; nullopt for a fraction or a huge value.
std::optional<qint64> wholeNumber(double d)
{
    if (!std::isfinite(d) || std::floor(d) != d || std::abs(d) > 9.0e18)
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<qint64> readInteger(od::value& value, const Path& path)
{
    const od::json_type type = typeOf(value);
    if (type == od::json_type::null)
        return std::nullopt;
    if (type == od::json_type::number) {
        od::number number;
        if (value.get_number().get(number) != simdjson::SUCCESS)
            throw ParseFailure {tr("%1: expected an integer, got %2").arg(path.text(), numberToken(value))};
        switch (number.get_number_type()) {
        case od::number_type::signed_integer:
            return number.get_int64();
        case od::number_type::unsigned_integer:
            break;
        case od::number_type::floating_point_number:
            if (const std::optional<qint64> whole = wholeNumber(number.get_double()))
                return whole;
            break;
        }
        throw ParseFailure {tr("%1: expected an integer, got %2").arg(path.text(), numberToken(value))};
    }
    if (type == od::json_type::string) {
        const std::string_view text = trimmed(stringContent(value));
        if (text.empty())
            return std::nullopt;
        qint64 parsed = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (error == std::errc() && end == text.data() + text.size())
            return parsed;
        double d = 0;
        const auto [dEnd, dError] = std::from_chars(text.data(), text.data() + text.size(), d);
        if (dError == std::errc() && dEnd == text.data() + text.size()) {
            if (const std::optional<qint64> whole = wholeNumber(d))
                return whole;
        }
        throw ParseFailure {tr("%1: expected an integer, got the text \"%2\"")
                                .arg(path.text(), QString::fromUtf8(text.data(), qsizetype(text.size())).left(40))};
    }
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an integer"), type);
}

std::optional<bool> readBool(od::value& value, const Path& path)
{
    const od::json_type type = typeOf(value);
    switch (type) {
    case od::json_type::null:
        return std::nullopt;
    case od::json_type::boolean:
        return take(value.get_bool());
    case od::json_type::number:
        return take(value.get_double()) != 0.0;
    case od::json_type::string: {
        const std::string_view text = trimmed(stringContent(value));
        const QLatin1StringView latin(text.data(), qsizetype(text.size()));
        if (latin.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0 || latin == QLatin1StringView("1"))
            return true;
        if (latin.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0 || latin == QLatin1StringView("0"))
            return false;
        if (text.empty())
            return std::nullopt;
        throw ParseFailure {tr("%1: expected true or false, got the text \"%2\"")
                                .arg(path.text(), QString::fromUtf8(text.data(), qsizetype(text.size())).left(40))};
    }
    case od::json_type::array:
    case od::json_type::object:
        break;
    }
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "a boolean"), type);
}

// The text of a number or boolean where text is expected, the way DasJson::scalarText writes it: a
// whole number as its exact digits, another to 17 significant digits.
QString scalarText(od::value& value, od::json_type type)
{
    if (type == od::json_type::boolean)
        return take(value.get_bool()) ? QStringLiteral("true") : QStringLiteral("false");
    od::number number;
    if (value.get_number().get(number) != simdjson::SUCCESS)
        return numberToken(value);
    switch (number.get_number_type()) {
    case od::number_type::signed_integer:
        return QString::number(number.get_int64());
    case od::number_type::unsigned_integer:
        return QString::number(number.get_uint64());
    case od::number_type::floating_point_number:
        break;
    }
    const double d = number.get_double();
    if (std::floor(d) == d && std::abs(d) < 9.0e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 17);
}

// The distinct texts of one response, each stored once: a hundred thousand sessions have a few
// dozen users, clients, databases, commands and states between them.
class TextPool
{
public:
    QString text(std::string_view bytes)
    {
        const QByteArray key = QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()));
        const auto found = m_texts.constFind(key);
        if (found != m_texts.constEnd())
            return *found;
        // The key is copied: unescaped bytes do not outlive a second reading of the document.
        const QString text = utf8(bytes);
        m_texts.insert(QByteArray(bytes.data(), qsizetype(bytes.size())), text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_texts;
};

// Null stays a null QString; numbers (TrxId is numeric on some versions) become their decimal text.
QString readString(od::value& value, const Path& path, TextPool* pool = nullptr)
{
    const od::json_type type = typeOf(value);
    switch (type) {
    case od::json_type::null:
        return QString();
    case od::json_type::string: {
        const std::string_view bytes = stringContent(value);
        return pool ? pool->text(bytes) : utf8(bytes);
    }
    case od::json_type::number:
    case od::json_type::boolean:
        return scalarText(value, type);
    case od::json_type::array:
    case od::json_type::object:
        break;
    }
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "a string"), type);
}

// The raw bytes of a member's key, without a copy when it has no escape.
std::string_view keyOf(od::field& field)
{
    const char* start = field.key().raw();
    // The document is valid JSON up to here: the key ends at a quote.
    const char* end = start;
    while (*end != '"') {
        if (*end == '\\')
            return take(field.unescaped_key());
        ++end;
    }
    return std::string_view(start, size_t(end - start));
}

// How well a key matches the name DAS writes: exactly (2), in lowerCamel (1), in another casing
// (0), or not at all (-1). A member in the service's own spelling wins over a differently cased
// duplicate, whatever their order.
int matchQuality(std::string_view key, QLatin1StringView pascalName)
{
    if (key.size() != size_t(pascalName.size()))
        return -1;
    const char* name = pascalName.data();
    bool exact = true;
    bool camel = true;
    for (size_t i = 0; i < key.size(); ++i) {
        const unsigned char x = static_cast<unsigned char>(key[i]);
        const unsigned char y = static_cast<unsigned char>(name[i]);
        if (x == y)
            continue;
        // Only letters may differ, and only in case.
        if ((x | 0x20) != (y | 0x20) || !std::isalpha(x))
            return -1;
        exact = false;
        if (i > 0 || x != std::tolower(y))
            camel = false;
    }
    return exact ? 2 : camel ? 1 : 0;
}

// Calls `read(index, value)` for each member of `object` whose key is one of `names` (in any
// casing), skipping a duplicate that matches a name less well than one already read.
template<size_t N, typename Read>
void forEachMember(od::object& object, const std::array<QLatin1StringView, N>& names, Read&& read)
{
    std::array<int, N> best;
    best.fill(-1);
    size_t ordinal = 0;
    for (auto member : object) {
        od::field field = take(std::move(member));
        const std::string_view key = keyOf(field);
        for (size_t i = 0; i < N; ++i) {
            const int quality = matchQuality(key, names[i]);
            if (quality < 0)
                continue;
            if (quality >= best[i]) {
                best[i] = quality;
                read(i, field.value(), ordinal);
            }
            break;
        }
        ++ordinal;
    }
}

std::optional<od::object> readObject(od::value& value, const Path& path)
{
    const od::json_type type = typeOf(value);
    if (type == od::json_type::null)
        return std::nullopt;
    if (type != od::json_type::object)
        fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an object"), type);
    return take(value.get_object());
}

std::optional<od::array> readArray(od::value& value, const Path& path)
{
    const od::json_type type = typeOf(value);
    if (type == od::json_type::null)
        return std::nullopt;
    if (type != od::json_type::array)
        fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an array"), type);
    return take(value.get_array());
}

// Where the session list is in a response and where its elements can be cut into pieces of about
// `pieceBytes`, found by a scan that follows only strings and nesting. The list is then read a piece
// at a time (each piece a small document of its own) and the rest of the response as one document
// without it, so that the parser's index never spans the whole response. Nullopt when the list is
// not plainly where the service puts it (an escaped key on the way, a second candidate, bytes that
// end early): the whole response is then read as one document, with the same result.
struct ListSplit
{
    // The list's [ and ].
    size_t open = 0;
    size_t close = 0;
    // Commas between elements where one piece ends and the next begins.
    std::vector<size_t> cuts;
};

// Where the string whose content starts at `from` ends: its closing quote, or `size` when it has
// none. Most of a response is strings, so this is most of the scan: sixteen bytes at a time where
// SSE2 is there (every x86-64), looking for a quote or a backslash (which escapes the next byte).
size_t closingQuote(const char* data, size_t from, size_t size)
{
    size_t i = from;
    while (i < size) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        while (i + 16 <= size) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
            const int mask
                = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
            if (mask != 0) {
                i += size_t(__builtin_ctz(unsigned(mask)));
                break;
            }
            i += 16;
        }
#endif
        while (i < size && data[i] != '"' && data[i] != '\\')
            ++i;
        if (i >= size)
            return size;
        if (data[i] == '"')
            return i;
        i += 2;
    }
    return size;
}

// The bytes of a 64-byte block that are each of the characters the scan follows, one bit per byte.
struct BlockMasks
{
    uint64_t quote = 0;
    uint64_t backslash = 0;
    uint64_t open = 0;
    uint64_t close = 0;
    uint64_t comma = 0;
};

BlockMasks blockMasks(const char* block)
{
    BlockMasks masks;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i comma = _mm_set1_epi8(',');
    // '{' and '[' differ only in 0x20, as do '}' and ']'; no other byte becomes either with it set.
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    for (int part = 0; part < 4; ++part) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + part * 16));
        const __m128i folded = _mm_or_si128(bytes, caseBit);
        const int shift = part * 16;
        const auto bits = [shift](__m128i equal) { return uint64_t(uint32_t(_mm_movemask_epi8(equal))) << shift; };
        masks.quote |= bits(_mm_cmpeq_epi8(bytes, quote));
        masks.backslash |= bits(_mm_cmpeq_epi8(bytes, backslash));
        masks.comma |= bits(_mm_cmpeq_epi8(bytes, comma));
        masks.open |= bits(_mm_cmpeq_epi8(folded, open));
        masks.close |= bits(_mm_cmpeq_epi8(folded, close));
    }
#else
    for (int i = 0; i < 64; ++i) {
        const uint64_t bit = uint64_t(1) << i;
        switch (block[i]) {
        case '"':
            masks.quote |= bit;
            break;
        case '\\':
            masks.backslash |= bit;
            break;
        case ',':
            masks.comma |= bit;
            break;
        case '{':
        case '[':
            masks.open |= bit;
            break;
        case '}':
        case ']':
            masks.close |= bit;
            break;
        default:
            break;
        }
    }
#endif
    return masks;
}

// The bytes a backslash escapes, given the block's backslashes and whether the previous block
// ended on an unfinished escape (carried in and out). A run of backslashes escapes its every second
// byte and, when its length is odd, the byte after it.
uint64_t escapedBytes(uint64_t backslash, uint64_t& carry)
{
    constexpr uint64_t EvenBits = 0x5555555555555555ULL;
    backslash &= ~carry;
    const uint64_t followsEscape = (backslash << 1) | carry;
    const uint64_t oddStarts = backslash & ~EvenBits & ~followsEscape;
    uint64_t evenStarts = 0;
    // Adding a run's start to the run carries to the byte past its end.
    carry = __builtin_add_overflow(oddStarts, backslash, &evenStarts) ? 1 : 0;
    const uint64_t invert = evenStarts << 1;
    return (EvenBits ^ invert) & followsEscape;
}

// Each bit the XOR of itself and every lower bit: from the quotes, the bytes inside strings
// (an opening quote counts as inside, a closing one as outside).
uint64_t prefixXor(uint64_t bits)
{
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
}

// From `from` (outside any string, in a container's contents), the first comma at that level at or
// after `earliest`, or the bracket that closes the container. Sixty-four bytes at a time: strings
// and escapes found with bit arithmetic, brackets only counted until one might close the container
// or a comma might count. `size` when the bytes end first; nullopt on a backslash outside a string
// (the caller then reads the response as one document, which reports it).
std::optional<size_t> nextBoundary(const char* data, size_t from, size_t size, size_t earliest)
{
    uint64_t escapeCarry = 0;
    uint64_t inStringCarry = 0;
    int64_t depth = 0;
    for (size_t block = from; block < size; block += 64) {
        char tail[64];
        const char* bytes = data + block;
        if (size - block < 64) {
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, bytes, size - block);
            bytes = tail;
        }
        const BlockMasks masks = blockMasks(bytes);
        const uint64_t escaped = escapedBytes(masks.backslash, escapeCarry);
        const uint64_t inString = prefixXor(masks.quote & ~escaped) ^ inStringCarry;
        inStringCarry = uint64_t(int64_t(inString) >> 63);
        const uint64_t outside = ~inString;
        if ((masks.backslash & outside) != 0)
            return std::nullopt;
        const uint64_t open = masks.open & outside;
        const uint64_t close = masks.close & outside;
        uint64_t comma = masks.comma & outside;
        if (block + 64 <= earliest)
            comma = 0;
        else if (block < earliest)
            comma &= ~uint64_t(0) << (earliest - block);
        const int closes = __builtin_popcountll(close);
        if (comma == 0 && depth - closes >= 0) {
            depth += __builtin_popcountll(open) - closes;
            continue;
        }
        for (uint64_t events = open | close | comma; events != 0; events &= events - 1) {
            const uint64_t bit = events & (~events + 1);
            const size_t at = block + size_t(__builtin_ctzll(events));
            if (open & bit) {
                ++depth;
            } else if (close & bit) {
                if (--depth < 0)
                    return at;
            } else if (depth == 0) {
                return at;
            }
        }
    }
    return size;
}

std::optional<ListSplit> splitSessionList(const char* data, size_t size, size_t pieceBytes)
{
    static const std::array<QLatin1StringView, 3> path {
        QLatin1StringView("Data"), QLatin1StringView("SessionData"), QLatin1StringView("SessionList")};
    constexpr size_t ListDepth = 4;
    // Whether each open container up to the list's depth is an object (keys) or an array.
    std::array<bool, ListDepth + 1> isObject {};
    std::array<bool, ListDepth + 1> expectKey {};
    size_t depth = 0;
    // How many leading names of `path` the current position is under.
    size_t matched = 0;
    std::optional<ListSplit> split;
    constexpr size_t NoComma = std::numeric_limits<size_t>::max();
    for (size_t i = 0; i < size; ++i) {
        switch (data[i]) {
        case '"': {
            const size_t end = closingQuote(data, i + 1, size);
            if (end == size)
                return std::nullopt;
            if (depth >= 1 && depth < ListDepth && isObject[depth] && expectKey[depth]) {
                expectKey[depth] = false;
                const std::string_view key(data + i + 1, end - i - 1);
                if (key.find('\\') != std::string_view::npos)
                    return std::nullopt;
                if (matched >= depth - 1)
                    matched = matchQuality(key, path[depth - 1]) >= 0 ? depth : depth - 1;
            }
            i = end;
            break;
        }
        case '{':
        case '[': {
            if (depth >= ListDepth) {
                // Deeper than the list: nothing in it counts but where it ends.
                const std::optional<size_t> end = nextBoundary(data, i + 1, size, NoComma);
                if (!end || *end >= size)
                    return std::nullopt;
                i = *end;
                break;
            }
            ++depth;
            isObject[depth] = data[i] == '{';
            expectKey[depth] = isObject[depth];
            if (depth < ListDepth || data[i] != '[' || matched != ListDepth - 1 || !isObject[ListDepth - 1])
                break;
            if (split)
                return std::nullopt;
            // The list: cut at the first comma between elements at least `pieceBytes` past the last
            // cut, up to its closing bracket.
            split = ListSplit {i, 0, {}};
            size_t pieceStart = i;
            for (;;) {
                const std::optional<size_t> boundary
                    = nextBoundary(data, pieceStart + 1, size, pieceStart + pieceBytes);
                if (!boundary || *boundary >= size)
                    return std::nullopt;
                if (data[*boundary] != ',') {
                    split->close = *boundary;
                    break;
                }
                split->cuts.push_back(*boundary);
                pieceStart = *boundary;
            }
            i = split->close;
            --depth;
            matched = std::min(matched, depth);
            break;
        }
        case '}':
        case ']':
            if (depth == 0)
                return std::nullopt;
            --depth;
            matched = std::min(matched, depth);
            break;
        case '\\':
            // Only a string may hold a backslash. The parser reads one outside a string as an escape,
            // and so finds other strings than this scan would: the whole response is read as one
            // document, which reports it.
            return std::nullopt;
        case ',':
            if (depth >= 1 && isObject[depth])
                expectKey[depth] = true;
            break;
        default:
            break;
        }
    }
    if (!split || depth != 0)
        return std::nullopt;
    return split;
}

// The session fields DAS reports, in SessionFields order, and where each goes.
struct SessionColumns
{
    struct Column
    {
        QLatin1StringView key;
        SessionField field;
        SessionFields::Type type;
        qint64 Session::*integer;
        QString Session::*text;
        // Few distinct values: stored once per response.
        bool pooled;
    };
    std::array<Column, SessionFields::Count> columns;
    int count = 0;

    SessionColumns()
    {
        for (const SessionFields::Spec& spec : SessionFields::all()) {
            if (spec.isDerived())
                continue;
            const bool unique = spec.field == SessionField::SqlText || spec.field == SessionField::TrxId;
            columns[size_t(count++)] = {spec.dasKey, spec.field, spec.type, spec.integer, spec.text, !unique};
        }
    }

    static const SessionColumns& get()
    {
        static const SessionColumns instance;
        return instance;
    }
};

// The text of a field as valid UTF-8 for SessionCells: the bytes between the quotes where there is
// no escape, else the parser's unescaped copy; a number or boolean as readString would write it
// (into `scratch`); empty for null.
std::string_view readText(od::value& value, const Path& path, std::string& scratch)
{
    const od::json_type type = typeOf(value);
    switch (type) {
    case od::json_type::null:
        return {};
    case od::json_type::string:
        return stringContent(value);
    case od::json_type::number:
    case od::json_type::boolean: {
        const QByteArray text = scalarText(value, type).toUtf8();
        scratch.assign(text.constData(), size_t(text.size()));
        return scratch;
    }
    case od::json_type::array:
    case od::json_type::object:
        break;
    }
    fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "a string"), type);
}

class Reader
{
public:
    Session session(od::value& value, const Path& path)
    {
        Session session;
        readSession(value, path, [&](const SessionColumns::Column& spec, od::value& fieldValue, const Path& where) {
            if (spec.type == SessionFields::Type::Integer) {
                const std::optional<qint64> number = readInteger(fieldValue, where);
                session.*spec.integer = number.value_or(0);
                return number.has_value();
            }
            session.*spec.text = readString(fieldValue, where, spec.pooled ? &m_pool : nullptr);
            return true;
        });
        return session;
    }

    // The same session as cells, valid until the next one is read.
    const SessionCells& cells(od::value& value, const Path& path)
    {
        m_cells = {};
        readSession(value, path, [&](const SessionColumns::Column& spec, od::value& fieldValue, const Path& where) {
            const size_t index = size_t(spec.field);
            if (spec.type == SessionFields::Type::Integer) {
                const std::optional<qint64> number = readInteger(fieldValue, where);
                m_cells.integers[index] = number.value_or(0);
                return number.has_value();
            }
            m_cells.texts[index] = readText(fieldValue, where, m_scratch[index]);
            return true;
        });
        return m_cells;
    }

private:
    // Hands each reported field of the session at `value` to `read(column, value, path)`, in the
    // order the response has them, which says whether it was there (not null); a duplicate that
    // matches a name less well than one already read is skipped. SessionId must be there.
    template<typename Read> void readSession(od::value& value, const Path& path, Read&& read)
    {
        const od::json_type type = typeOf(value);
        if (type != od::json_type::object)
            fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an object"), type);
        od::object object = take(value.get_object());
        const SessionColumns& columns = SessionColumns::get();

        std::array<int, SessionFields::Count> best;
        best.fill(-1);
        bool haveId = false;
        int next = 0;
        for (auto member : object) {
            od::field field = take(std::move(member));
            const std::string_view key = keyOf(field);
            // Members usually come in the documented order: try the next one first.
            int column = -1;
            int quality = -1;
            if (next < columns.count)
                quality = matchQuality(key, columns.columns[size_t(next)].key);
            if (quality >= 0) {
                column = next;
            } else {
                for (int i = 0; i < columns.count && column < 0; ++i) {
                    quality = matchQuality(key, columns.columns[size_t(i)].key);
                    if (quality >= 0)
                        column = i;
                }
            }
            if (column < 0 || quality < best[size_t(column)])
                continue;
            best[size_t(column)] = quality;
            next = column + 1;
            const SessionColumns::Column& spec = columns.columns[size_t(column)];
            od::value fieldValue = field.value();
            const bool present = read(spec, fieldValue, path.member(spec.key));
            if (spec.field == SessionField::SessionId)
                haveId = present;
        }
        if (!haveId)
            throw ParseFailure {
                QCoreApplication::translate("SnapshotParser", "%1: SessionId is missing").arg(path.text())};
    }

public:
    DimensionStat stat(od::value& value, const Path& path)
    {
        const od::json_type type = typeOf(value);
        if (type != od::json_type::object)
            fail(path, QT_TRANSLATE_NOOP("SnapshotParser", "an object"), type);
        od::object object = take(value.get_object());
        static const std::array<QLatin1StringView, 5> names {QLatin1StringView("Key"), QLatin1StringView("TotalCount"),
            QLatin1StringView("ActiveCount"), QLatin1StringView("ThreadIdList"), QLatin1StringView("UserList")};
        DimensionStat stat;
        forEachMember(object, names, [&](size_t index, od::value member, size_t) {
            const Path where = path.member(names[index]);
            switch (index) {
            case 0:
                stat.key = readString(member, where, &m_pool);
                break;
            case 1:
                stat.totalCount = readInteger(member, where).value_or(0);
                break;
            case 2:
                stat.activeCount = readInteger(member, where).value_or(0);
                break;
            case 3:
                stat.threadIds.clear();
                if (auto ids = readArray(member, where)) {
                    qsizetype i = 0;
                    for (auto element : *ids) {
                        od::value id = take(std::move(element));
                        if (const auto number = readInteger(id, where.element(i)))
                            stat.threadIds.append(*number);
                        ++i;
                    }
                }
                break;
            default:
                stat.users.clear();
                if (auto users = readArray(member, where)) {
                    qsizetype i = 0;
                    for (auto element : *users) {
                        od::value user = take(std::move(element));
                        stat.users.append(readString(user, where.element(i), &m_pool));
                        ++i;
                    }
                }
                break;
            }
        });
        return stat;
    }

    QList<DimensionStat> stats(od::value& value, const Path& path, bool* present)
    {
        QList<DimensionStat> stats;
        auto array = readArray(value, path);
        *present = array.has_value();
        if (array) {
            qsizetype i = 0;
            for (auto element : *array) {
                od::value item = take(std::move(element));
                stats.append(stat(item, path.element(i)));
                ++i;
            }
        }
        return stats;
    }

private:
    TextPool m_pool;
    SessionCells m_cells;
    std::array<std::string, SessionFields::Count> m_scratch;
};

// What SessionData holds, before the rules that complete a snapshot are applied.
struct SessionData
{
    std::optional<qint64> total;
    std::optional<qint64> active;
    std::optional<qint64> maxActive;
    std::optional<qint64> timeStamp;
    bool listPresent = false;
    std::array<bool, 3> statsPresent {false, false, false};
    // Where SessionList is among SessionData's members, to find it again when streaming.
    size_t listOrdinal = 0;
};

const std::array<QLatin1StringView, 8> SessionDataNames {QLatin1StringView("TotalSessionCount"),
    QLatin1StringView("ActiveSessionCount"), QLatin1StringView("MaxActiveTime"), QLatin1StringView("TimeStamp"),
    QLatin1StringView("SessionList"), QLatin1StringView("UserStats"), QLatin1StringView("ClientStats"),
    QLatin1StringView("DbStats")};
constexpr size_t SessionListMember = 4;

const std::array<QLatin1StringView, 5> RootNames {QLatin1StringView("Code"), QLatin1StringView("Message"),
    QLatin1StringView("RequestId"), QLatin1StringView("Success"), QLatin1StringView("Data")};
constexpr size_t DataMember = 4;

const std::array<QLatin1StringView, 7> DataNames {QLatin1StringView("ResultId"), QLatin1StringView("State"),
    QLatin1StringView("Fail"), QLatin1StringView("Timestamp"), QLatin1StringView("IsFinish"),
    QLatin1StringView("Complete"), QLatin1StringView("SessionData")};
constexpr size_t SessionDataMember = 6;

class ResponseParser
{
public:
    ResponseParser(const QByteArray& body, const Context& context, bool streaming)
        : m_body(body)
        , m_context(context)
        , m_streaming(streaming)
    { }

    Result parse()
    {
        Result result;
        try {
            result.response = read();
        } catch (const ParseFailure& failure) {
            result.response = {};
            result.error = failure.message;
        } catch (const SyntaxFailure& failure) {
            result.response = {};
            result.error = syntaxMessage(failure.code);
        }
        return result;
    }

private:
    QString syntaxMessage(simdjson::error_code code)
    {
        qsizetype offset = -1;
        if (m_started) {
            const char* where = nullptr;
            if (m_split) {
                // A place in the response without its session list: after the list's [, past it.
                if (m_document.current_location().get(where) == simdjson::SUCCESS && where >= m_rest.data()
                    && where <= m_rest.data() + m_rest.size()) {
                    offset = qsizetype(where - m_rest.data());
                    if (size_t(offset) > m_split->open)
                        offset += qsizetype(m_split->close - m_split->open - 1);
                }
            } else if (m_document.current_location().get(where) == simdjson::SUCCESS && where >= m_data
                && where <= m_data + m_size) {
                offset = qsizetype(where - m_data);
            }
        }
        const QString reason = QString::fromLatin1(simdjson::error_message(code));
        if (offset >= 0)
            return QCoreApplication::translate("SnapshotParser", "the response is not valid JSON (%1 at byte %2 of %3)")
                .arg(reason)
                .arg(offset)
                .arg(m_size);
        return QCoreApplication::translate("SnapshotParser", "the response is not valid JSON (%1; %2 bytes)")
            .arg(reason)
            .arg(m_size);
    }

public:
    // After parse() gave a snapshot while streaming: hands each session to `visit`.
    bool visitSessions(const std::function<bool(const Session&)>& visit, QString* error)
    {
        return visitList(
            visit, [&](od::value& item, const Path& path) { return visit(m_reader.session(item, path)); }, error);
    }

    // The same, each session as cells.
    bool visitCells(const std::function<bool(const SessionCells&)>& visit, QString* error)
    {
        return visitList(
            [&](const Session& session) {
                SessionCells cells;
                std::array<QByteArray, SessionFields::Count> texts;
                for (const SessionFields::Spec& spec : SessionFields::all()) {
                    const size_t index = size_t(spec.field);
                    if (spec.isDerived())
                        continue;
                    if (spec.type == SessionFields::Type::Integer) {
                        cells.integers[index] = session.*spec.integer;
                    } else {
                        texts[index] = (session.*spec.text).toUtf8();
                        cells.texts[index] = std::string_view(texts[index].constData(), size_t(texts[index].size()));
                    }
                }
                return visit(cells);
            },
            [&](od::value& item, const Path& path) { return visit(m_reader.cells(item, path)); }, error);
    }

private:
    // Sessions held since the head (`held`) or read now from the list (`each(value, path)`), until
    // one of them returns false.
    template<typename Held, typename Each> bool visitList(Held&& held, Each&& each, QString* error)
    {
        if (!m_snapshot)
            return false;
        try {
            if (m_heldSessions) {
                for (const Session& session : std::as_const(m_snapshot->sessions)) {
                    if (!held(session))
                        return false;
                }
                return true;
            }
            if (!m_listPresent)
                return true;
            if (m_split)
                return forEachPieceSession(ListPath, each);
            bool completed = true;
            forSessionList([&](od::array& list, const Path& listPath) {
                qsizetype i = 0;
                for (auto element : list) {
                    od::value item = take(std::move(element));
                    if (!each(item, listPath.element(i))) {
                        completed = false;
                        return;
                    }
                    ++i;
                }
            });
            return completed;
        } catch (const ParseFailure& failure) {
            *error = failure.message;
        } catch (const SyntaxFailure& failure) {
            *error = syntaxMessage(failure.code);
        }
        return false;
    }

private:
    AsyncResponse read()
    {
        // simdjson reads a little past the end; a body without room for that is copied once.
        m_data = m_body.constData();
        m_size = size_t(m_body.size());
        // The session list of a large response is read in pieces, beside the rest of it; then the
        // parser reads copies, and the body itself needs no room past its end (it may be a mapped
        // file).
        if (m_context.splitAboveBytes >= 0 && m_size > size_t(m_context.splitAboveBytes))
            m_split = splitSessionList(m_data, m_size, size_t(std::max<qsizetype>(1, m_context.pieceBytes)));
        size_t room = size_t(m_body.data_ptr().freeSpaceAtEnd());
        if (!m_split && room < simdjson::SIMDJSON_PADDING) {
            m_padded = simdjson::padded_string(m_data, m_size);
            m_data = m_padded.data();
            room = simdjson::SIMDJSON_PADDING;
        }
        if (m_split) {
            m_rest.reserve(m_size - (m_split->close - m_split->open) + 1 + simdjson::SIMDJSON_PADDING);
            m_rest.append(m_data, m_split->open + 1);
            m_rest.append(m_data + m_split->close, m_size - m_split->close);
            m_document
                = take(m_parser.iterate(simdjson::padded_string_view(m_rest.data(), m_rest.size(), m_rest.capacity())));
        } else {
            m_document = take(m_parser.iterate(simdjson::padded_string_view(m_data, m_size, m_size + room)));
        }
        m_started = true;
        od::document& document = m_document;
        const od::json_type rootType = take(document.type());
        if (rootType != od::json_type::object)
            throw ParseFailure {QCoreApplication::translate("SnapshotParser", "the response is not a JSON object")};
        od::object root = take(document.get_object());

        AsyncResponse response;
        std::optional<bool> success;
        std::optional<QString> dataFailure;
        bool dataPresent = false;
        DataFields data;
        size_t dataOrdinal = 0;
        forEachMember(root, RootNames, [&](size_t index, od::value value, size_t ordinal) {
            const Path where = Root.member(RootNames[index]);
            switch (index) {
            case 0:
                response.code = readString(value, where);
                break;
            case 1:
                response.message = readString(value, where);
                break;
            case 2:
                response.requestId = readString(value, where);
                break;
            case 3:
                success = readBool(value, where);
                break;
            default:
                // Read whatever Success says, which may come later; a failed request's Data is
                // not held against it.
                dataOrdinal = ordinal;
                data = {};
                dataFailure.reset();
                try {
                    if (auto object = readObject(value, where)) {
                        dataPresent = true;
                        readData(*object, where, data);
                    } else {
                        dataPresent = false;
                    }
                } catch (const ParseFailure& failure) {
                    dataPresent = true;
                    dataFailure = failure.message;
                }
                break;
            }
        });
        // Past the root object there is nothing left to read, or the bytes are not one document.
        const char* trailing = nullptr;
        if (document.current_location().get(trailing) == simdjson::SUCCESS)
            throw SyntaxFailure {simdjson::TRAILING_CONTENT};
        if (m_split && !m_streaming && !m_piecesRead)
            checkPieces();

        // Some gateways omit Success; then Code 200 is the only sign of it.
        response.success = success.value_or(response.code == QLatin1String("200"));
        if (!response.success)
            return response;
        if (dataFailure)
            throw ParseFailure {*dataFailure};
        if (!dataPresent)
            throw ParseFailure {
                QCoreApplication::translate("SnapshotParser", "Data is missing from a successful response")};

        response.resultId = data.resultId;
        response.state = data.state.toUpper();
        response.fail = data.fail.value_or(false);
        response.requestTimeMs = data.timestamp.value_or(0);
        if (response.requestTimeMs > LatestTimeMs || response.requestTimeMs < 0)
            throw ParseFailure {
                QCoreApplication::translate("SnapshotParser", "Data.Timestamp: %1 is not a time (epoch milliseconds)")
                    .arg(response.requestTimeMs)};
        if (data.isFinish)
            response.isFinish = *data.isFinish;
        else if (data.complete)
            response.isFinish = *data.complete;
        else if (!response.state.isEmpty())
            response.isFinish = response.state != QLatin1String("RUNNING");
        else
            throw ParseFailure {QCoreApplication::translate("SnapshotParser", "Data.IsFinish is missing")};

        if (!response.isFinish) {
            if (response.resultId.isEmpty())
                throw ParseFailure {QCoreApplication::translate(
                    "SnapshotParser", "Data.ResultId is missing from an unfinished response")};
            return response;
        }
        if (response.finishedWithFailure())
            return response;
        if (data.sessionDataFailure)
            throw ParseFailure {*data.sessionDataFailure};
        if (!data.sessionDataPresent)
            throw ParseFailure {
                QCoreApplication::translate("SnapshotParser", "Data.SessionData is missing from a finished response")};
        m_dataOrdinal = dataOrdinal;
        response.snapshot = finish(response, data);
        return response;
    }

    struct DataFields
    {
        QString resultId;
        QString state;
        std::optional<bool> fail;
        std::optional<qint64> timestamp;
        std::optional<bool> isFinish;
        std::optional<bool> complete;
        bool sessionDataPresent = false;
        std::optional<QString> sessionDataFailure;
        size_t sessionDataOrdinal = 0;
        SessionData sessionData;
        std::shared_ptr<SessionSnapshot> snapshot;
    };

    void readData(od::object& object, const Path& path, DataFields& data)
    {
        forEachMember(object, DataNames, [&](size_t index, od::value value, size_t ordinal) {
            const Path where = path.member(DataNames[index]);
            switch (index) {
            case 0:
                data.resultId = readString(value, where);
                break;
            case 1:
                data.state = readString(value, where);
                break;
            case 2:
                data.fail = readBool(value, where);
                break;
            case 3:
                data.timestamp = readInteger(value, where);
                break;
            case 4:
                data.isFinish = readBool(value, where);
                break;
            case 5:
                data.complete = readBool(value, where);
                break;
            default:
                // Only a finished, successful response needs its sessions; an error in them
                // counts only then.
                data.sessionDataOrdinal = ordinal;
                data.sessionDataFailure.reset();
                data.sessionData = {};
                data.snapshot = SessionSnapshot::create();
                try {
                    if (auto sessionData = readObject(value, where)) {
                        data.sessionDataPresent = true;
                        readSessionData(*sessionData, where, data);
                    } else {
                        data.sessionDataPresent = false;
                    }
                } catch (const ParseFailure& failure) {
                    data.sessionDataPresent = true;
                    data.sessionDataFailure = failure.message;
                }
                break;
            }
        });
    }

    void readSessionData(od::object& object, const Path& path, DataFields& data)
    {
        SessionData& fields = data.sessionData;
        SessionSnapshot& snapshot = *data.snapshot;
        forEachMember(object, SessionDataNames, [&](size_t index, od::value value, size_t ordinal) {
            const Path where = path.member(SessionDataNames[index]);
            switch (index) {
            case 0:
                fields.total = readInteger(value, where);
                break;
            case 1:
                fields.active = readInteger(value, where);
                break;
            case 2:
                fields.maxActive = readInteger(value, where);
                break;
            case 3:
                fields.timeStamp = readInteger(value, where);
                break;
            case SessionListMember: {
                fields.listOrdinal = ordinal;
                snapshot.sessions.clear();
                auto list = readArray(value, where);
                fields.listPresent = list.has_value();
                // When streaming, the sessions are read on a second pass, once the rest is known.
                if (list && !m_streaming) {
                    if (m_split)
                        readPieces(where, snapshot.sessions, fields.total);
                    else
                        readSessions(*list, where, snapshot.sessions, fields.total);
                }
                break;
            }
            default: {
                bool present = false;
                const auto dimension = index == 5 ? Dimension::User
                    : index == 6                  ? Dimension::Client
                                                  : Dimension::Database;
                snapshot.stats(dimension) = m_reader.stats(value, where, &present);
                fields.statsPresent[index - 5] = present;
                break;
            }
            }
        });
    }

    void readSessions(od::array& list, const Path& path, QList<Session>& into, std::optional<qint64> expected)
    {
        // Room for every session at once: a list grown by doubling would hold up to twice the
        // memory, and copy the sessions each time. TotalSessionCount usually comes first and says
        // how many there are; believe it only as far as the bytes could hold that many.
        constexpr qint64 SmallestSession = 16;
        qint64 count = expected.value_or(-1);
        if (count < 0 || count > qint64(m_size) / SmallestSession)
            count = qint64(take(list.count_elements()));
        into.reserve(qsizetype(count));
        qsizetype i = 0;
        for (auto element : list) {
            od::value item = take(std::move(element));
            into.append(m_reader.session(item, path.element(i)));
            ++i;
        }
    }

    // Piece `piece` of the split list as a document of its own, in `buffer`; returns where it begins.
    size_t preparePiece(size_t piece, std::string& buffer) const
    {
        const ListSplit& split = *m_split;
        const size_t begin = piece == 0 ? split.open + 1 : split.cuts[piece - 1] + 1;
        const size_t end = piece == split.cuts.size() ? split.close : split.cuts[piece];
        buffer.clear();
        buffer.reserve(end - begin + 2 + simdjson::SIMDJSON_PADDING);
        buffer.push_back('[');
        buffer.append(m_data + begin, end - begin);
        buffer.push_back(']');
        return begin;
    }

    QString pieceSyntaxMessage(simdjson::error_code code, size_t offset) const
    {
        return QCoreApplication::translate("SnapshotParser", "the response is not valid JSON (%1 at byte %2 of %3)")
            .arg(QString::fromLatin1(simdjson::error_message(code)))
            .arg(offset)
            .arg(m_size);
    }

    // Read as one document, a response has all its bytes checked first (UTF-8, closed strings, no raw
    // control characters), whether they are read or not. A list that was split and then not read
    // (the response failed, or is still running) gets the same check, so that the result does not
    // depend on the response's size.
    void checkPieces()
    {
        for (size_t piece = 0; piece <= m_split->cuts.size(); ++piece) {
            const size_t begin = preparePiece(piece, m_piece);
            const simdjson::error_code code
                = m_pieceParser
                      .iterate(simdjson::padded_string_view(m_piece.data(), m_piece.size(), m_piece.capacity()))
                      .error();
            if (code != simdjson::SUCCESS)
                throw ParseFailure {pieceSyntaxMessage(code, begin)};
        }
        m_piecesRead = true;
    }

    // The sessions of a split list, piece by piece, each piece read as a document of its own: each
    // one's value and path to `visit`, until it returns false.
    template<typename Visit> bool forEachPieceSession(const Path& listPath, Visit&& visit)
    {
        if (!forEachPieceSession(
                0, m_split->cuts.size() + 1, m_pieceParser, m_piece, listPath, 0, std::forward<Visit>(visit)))
            return false;
        m_piecesRead = true;
        return true;
    }

    // The same for pieces [first, last), read with `parser` in `buffer`, the first session's place in
    // the list being `firstIndex`.
    template<typename Visit>
    bool forEachPieceSession(size_t first, size_t last, od::parser& parser, std::string& buffer, const Path& listPath,
        qsizetype firstIndex, Visit&& visit) const
    {
        qsizetype index = firstIndex;
        for (size_t piece = first; piece < last; ++piece) {
            const size_t begin = preparePiece(piece, buffer);
            od::document document;
            // A piece the parser refused outright (invalid UTF-8, say) has no document to ask where.
            bool iterated = false;
            try {
                document = take(
                    parser.iterate(simdjson::padded_string_view(buffer.data(), buffer.size(), buffer.capacity())));
                iterated = true;
                od::array array = take(document.get_array());
                for (auto element : array) {
                    od::value item = take(std::move(element));
                    if (!visit(item, listPath.element(index)))
                        return false;
                    ++index;
                }
                const char* trailing = nullptr;
                if (document.current_location().get(trailing) == simdjson::SUCCESS)
                    throw SyntaxFailure {simdjson::TRAILING_CONTENT};
            } catch (const SyntaxFailure& failure) {
                const char* where = nullptr;
                qsizetype offset = qsizetype(begin);
                if (iterated && document.current_location().get(where) == simdjson::SUCCESS && where > buffer.data())
                    offset = qsizetype(begin + size_t(where - buffer.data()) - 1);
                throw ParseFailure {pieceSyntaxMessage(failure.code, size_t(offset))};
            }
        }
        return true;
    }

    void readPieces(const Path& listPath, QList<Session>& into, std::optional<qint64> expected)
    {
        const size_t pieces = m_split->cuts.size() + 1;
        const size_t readers = pieceReaders(pieces);
        if (readers >= 2 && readPiecesTogether(listPath, into, readers)) {
            m_piecesRead = true;
            return;
        }
        // One reader, or a piece that could not be read: read in order, which finds the first
        // session that cannot be read, with its place in the list.
        into.clear();
        constexpr qint64 SmallestSession = 16;
        qint64 count = expected.value_or(-1);
        if (count >= 0 && count <= qint64(m_size) / SmallestSession)
            into.reserve(qsizetype(count));
        forEachPieceSession(listPath, [&](od::value& item, const Path& path) {
            into.append(m_reader.session(item, path));
            return true;
        });
    }

    // How many threads read `pieces` pieces. Unless told, a thread is worth starting only for a few
    // megabytes of sessions: below that, starting it and waiting for a busy core cost more.
    size_t pieceReaders(size_t pieces) const
    {
        if (m_context.pieceReaders > 0)
            return std::min(pieces, size_t(m_context.pieceReaders));
        constexpr size_t MostReaders = 4;
        constexpr size_t LeastPiecesPerReader = 8;
        return std::clamp<size_t>(
            std::min<size_t>(std::thread::hardware_concurrency(), pieces / LeastPiecesPerReader), 1, MostReaders);
    }

    // The pieces cut into `readers` runs, each run read on a thread of its own (the first on this
    // one) with its own parser and its own pool of texts, the sessions then put together in order.
    // False when any run could not be read; nothing is then in `into`.
    bool readPiecesTogether(const Path& listPath, QList<Session>& into, size_t readers)
    {
        const size_t pieces = m_split->cuts.size() + 1;
        std::vector<QList<Session>> runs(readers);
        std::vector<char> done(readers, 0);
        const auto readRun = [&](size_t run) {
            od::parser parser;
            std::string buffer;
            Reader reader;
            QList<Session>& sessions = runs[run];
            try {
                // The places in the list are known only once the runs before are read; a session
                // that cannot be read is then found again by reading in order.
                done[run] = forEachPieceSession(pieces * run / readers, pieces * (run + 1) / readers, parser, buffer,
                    listPath, 0, [&](od::value& item, const Path& path) {
                        sessions.append(reader.session(item, path));
                        return true;
                    });
            } catch (...) {
                sessions.clear();
            }
        };
        {
            std::vector<std::jthread> threads;
            std::vector<size_t> here {0};
            for (size_t run = 1; run < readers; ++run) {
                try {
                    threads.emplace_back(readRun, run);
                } catch (const std::system_error&) {
                    here.push_back(run);
                }
            }
            for (const size_t run : here)
                readRun(run);
        }
        if (std::find(done.begin(), done.end(), 0) != done.end())
            return false;
        qsizetype total = 0;
        for (const QList<Session>& sessions : runs)
            total += sessions.size();
        into.clear();
        into.reserve(total);
        for (QList<Session>& sessions : runs)
            into.append(std::move(sessions));
        return true;
    }

    // Applies the rules that complete a snapshot. Streaming, the sessions are read only when figures
    // must be computed from them.
    SnapshotPtr finish(const AsyncResponse& response, DataFields& data)
    {
        const SessionData& fields = data.sessionData;
        SessionSnapshot& snapshot = *data.snapshot;
        if (!fields.listPresent && fields.total.value_or(0) != 0)
            throw ParseFailure {
                QCoreApplication::translate("SnapshotParser", "%1 is missing while TotalSessionCount is %2")
                    .arg(ListPath.text())
                    .arg(*fields.total)};

        snapshot.instanceId = m_context.instanceId;
        snapshot.nodeId = m_context.nodeId;
        snapshot.requestTimeMs = response.requestTimeMs;
        snapshot.sourceKind = QStringLiteral("das");
        snapshot.sourceReference = response.requestId;

        const bool complete = fields.total && fields.active && fields.maxActive && fields.statsPresent[0]
            && fields.statsPresent[1] && fields.statsPresent[2];
        m_sessionDataOrdinal = data.sessionDataOrdinal;
        m_listOrdinal = fields.listOrdinal;
        m_listPresent = fields.listPresent;
        m_heldSessions = !complete;
        if (m_streaming && fields.listPresent && !complete) {
            if (m_split)
                readPieces(ListPath, snapshot.sessions, fields.total);
            else
                forSessionList([&](od::array& list, const Path& path) {
                    readSessions(list, path, snapshot.sessions, fields.total);
                });
        }

        // Whatever the server left out is derived locally, so every snapshot is complete; the
        // server's own figures are kept where it sent them.
        if (!complete) {
            QList<DimensionStat> kept[3]
                = {std::move(snapshot.userStats), std::move(snapshot.clientStats), std::move(snapshot.dbStats)};
            SessionAggregator::aggregate(snapshot);
            for (int i = 0; i < 3; ++i) {
                if (fields.statsPresent[size_t(i)])
                    snapshot.stats(Dimension(i)) = std::move(kept[i]);
            }
        }
        snapshot.serverAggregated = complete;
        if (fields.total)
            snapshot.totalSessionCount = *fields.total;
        if (fields.active)
            snapshot.activeSessionCount = *fields.active;
        if (fields.maxActive)
            snapshot.maxActiveTime = *fields.maxActive;
        SessionAggregator::fillDerivedCounts(snapshot);

        if (fields.timeStamp && *fields.timeStamp > 0) {
            snapshot.snapshotTimeMs = normalizeTimestampToMs(*fields.timeStamp);
            if (snapshot.snapshotTimeMs > LatestTimeMs)
                throw ParseFailure {QCoreApplication::translate("SnapshotParser",
                    "Data.SessionData.TimeStamp: %1 is not a time the server could have taken a "
                    "snapshot (it is after the year 9999)")
                                        .arg(*fields.timeStamp)};
        } else if (response.requestTimeMs > 0) {
            snapshot.snapshotTimeMs = response.requestTimeMs;
        } else {
            snapshot.snapshotTimeMs = m_context.receivedAtMs;
        }
        m_snapshot = data.snapshot;
        if (m_streaming && m_split) {
            // What follows reads only the pieces: the rest of the response and its index can go.
            m_document = od::document();
            m_started = false;
            m_parser = od::parser();
            m_rest = std::string();
        }
        return data.snapshot;
    }

    // Reads the document again from the start down to the SessionList read on the first pass.
    template<typename Read> void forSessionList(Read&& read)
    {
        m_document.rewind();
        const auto nth = [](od::object& object, size_t wanted) {
            size_t ordinal = 0;
            for (auto member : object) {
                od::field field = take(std::move(member));
                if (ordinal++ == wanted)
                    return field.value();
            }
            throw SyntaxFailure {simdjson::NO_SUCH_FIELD};
        };
        od::object root = take(m_document.get_object());
        od::value data = nth(root, m_dataOrdinal);
        od::object dataObject = take(data.get_object());
        od::value sessionData = nth(dataObject, m_sessionDataOrdinal);
        od::object sessionDataObject = take(sessionData.get_object());
        od::value list = nth(sessionDataObject, m_listOrdinal);
        auto array = readArray(list, ListPath);
        if (array)
            read(*array, ListPath);
    }

    // A reference to the caller's bytes (implicitly shared), so that their free space is visible.
    QByteArray m_body;
    const Context m_context;
    const bool m_streaming;
    std::shared_ptr<SessionSnapshot> m_snapshot;
    size_t m_dataOrdinal = 0;
    size_t m_sessionDataOrdinal = 0;
    size_t m_listOrdinal = 0;
    bool m_listPresent = false;
    bool m_heldSessions = false;
    simdjson::padded_string m_padded;
    const char* m_data = nullptr;
    size_t m_size = 0;
    od::parser m_parser;
    od::document m_document;
    bool m_started = false;
    // A large response's session list, read in pieces beside the rest of the response.
    std::optional<ListSplit> m_split;
    // Every piece of the split list has been through the parser.
    bool m_piecesRead = false;
    std::string m_rest;
    std::string m_piece;
    od::parser m_pieceParser;
    Reader m_reader;
};

} // namespace

bool AsyncResponse::finishedWithFailure() const
{
    return isFinish && (fail || state == QLatin1String("FAIL"));
}

qint64 normalizeTimestampToMs(qint64 raw)
{
    if (raw >= 1'000'000'000'000'000LL)
        return raw / 1000;
    if (raw >= 1'000'000'000'000LL)
        return raw;
    return raw * 1000;
}

std::optional<QList<qsizetype>> sessionListCuts(const QByteArray& body, qsizetype pieceBytes)
{
    const std::optional<ListSplit> split
        = splitSessionList(body.constData(), size_t(body.size()), size_t(std::max<qsizetype>(1, pieceBytes)));
    if (!split)
        return std::nullopt;
    QList<qsizetype> cuts;
    for (const size_t cut : split->cuts)
        cuts.append(qsizetype(cut));
    return cuts;
}

Result parseAsyncResponse(const QByteArray& body, const Context& context)
{
    return ResponseParser(body, context, false).parse();
}

struct SessionStream::Private
{
    ResponseParser parser;
    QString error;
};

SessionStream::SessionStream(const QByteArray& body, const Context& context)
    : d(new Private {ResponseParser(body, context, true), {}})
{ }

SessionStream::~SessionStream() = default;

Result SessionStream::readHead()
{
    return d->parser.parse();
}

bool SessionStream::readSessions(const std::function<bool(const Session&)>& visit)
{
    d->error.clear();
    return d->parser.visitSessions(visit, &d->error);
}

bool SessionStream::readCells(const std::function<bool(const SessionCells&)>& visit)
{
    d->error.clear();
    return d->parser.visitCells(visit, &d->error);
}

QString SessionStream::error() const
{
    return d->error;
}

} // namespace SnapshotParser
