// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeLine.h"

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace chamber {

namespace {

void skipSpace(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The first byte from p on that ends a string's plain run: a quote, a backslash or a control
// character (< 0x20); end when there is none. Eight bytes at a time (the lines are mostly long
// runs of text): in each byte of a word, the high bit of (x - 0x01…) & ~x & 0x80… is set where x
// is zero, and a borrow only runs upward, so the lowest byte flagged is exact.
const char *plainRunEnd(const char *p, const char *end)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t highs = 0x8080808080808080ULL;
        while (end - p >= 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            const std::uint64_t quote = x ^ (ones * '"');
            const std::uint64_t backslash = x ^ (ones * '\\');
            const std::uint64_t found = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((x - ones * 0x20) & ~x)) & highs;
            if (found)
                return p + std::countr_zero(found) / 8;
            p += 8;
        }
    }
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
        ++p;
    return p;
}

// At the opening quote.
bool readString(const char *&p, const char *end, std::string_view &out, std::deque<std::string> &decoded)
{
    ++p;
    const char *start = p;
    p = plainRunEnd(p, end);
    if (p < end && static_cast<unsigned char>(*p) < 0x20)
        return false;
    if (p >= end)
        return false;
    if (*p == '"') {
        out = std::string_view(start, size_t(p - start));
        ++p;
        return true;
    }
    std::string &s = decoded.emplace_back(start, size_t(p - start));
    while (p < end) {
        const char c = *p++;
        if (c == '"') {
            out = s;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        if (c != '\\') {
            s += c;
            continue;
        }
        if (p >= end)
            return false;
        switch (*p++) {
        case '"': s += '"'; break;
        case '\\': s += '\\'; break;
        case '/': s += '/'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'n': s += '\n'; break;
        case 'r': s += '\r'; break;
        case 't': s += '\t'; break;
        case 'u': {
            if (end - p < 4)
                return false;
            int cp = hex4(p);
            if (cp < 0)
                return false;
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return false;
                const int low = hex4(p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return false;
            }
            appendUtf8(s, char32_t(cp));
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool readNumber(const char *&p, const char *end, FlatValue &v)
{
    const char *start = p;
    if (*p == '-')
        ++p;
    if (p >= end)
        return false;
    if (*p == '0')
        ++p;
    else if (*p >= '1' && *p <= '9')
        while (p < end && isDigit(*p))
            ++p;
    else
        return false;
    bool real = false;
    if (p < end && *p == '.') {
        real = true;
        ++p;
        if (p >= end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        real = true;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    v.text = std::string_view(start, size_t(p - start));
    if (!real) {
        long long n = 0;
        if (std::from_chars(start, p, n).ec == std::errc()) {
            v.type = FlatValue::Type::Integer;
            v.integer = n;
            return true;
        }
        // Beyond 64 bits: a real number, as JSON readers take it.
    }
    if (std::from_chars(start, p, v.real).ec != std::errc())
        return false;
    v.type = FlatValue::Type::Real;
    return true;
}

bool literal(const char *&p, const char *end, const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(end - p) < n || std::memcmp(p, word, n) != 0)
        return false;
    p += n;
    return true;
}

} // namespace

FlatError parseFlatObject(std::string_view line, FlatObjectHandler &handler, std::deque<std::string> &decoded)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    skipSpace(p, end);
    if (p >= end || *p != '{')
        return FlatError::Syntax;
    ++p;
    skipSpace(p, end);
    if (p < end && *p == '}') {
        ++p;
        skipSpace(p, end);
        return p == end ? FlatError::None : FlatError::Syntax;
    }
    for (;;) {
        skipSpace(p, end);
        std::string_view key;
        if (p >= end || *p != '"' || !readString(p, end, key, decoded))
            return FlatError::Syntax;
        skipSpace(p, end);
        if (p >= end || *p != ':')
            return FlatError::Syntax;
        ++p;
        skipSpace(p, end);
        if (p >= end)
            return FlatError::Syntax;
        if (!handler.key(key))
            return FlatError::Handler;
        FlatValue v;
        switch (*p) {
        case '"':
            if (!readString(p, end, v.text, decoded))
                return FlatError::Syntax;
            v.type = FlatValue::Type::Text;
            break;
        case '{':
        case '[':
            return FlatError::Nested;
        case 't':
        case 'f': {
            const char *start = p;
            const bool yes = *p == 't';
            if (!literal(p, end, yes ? "true" : "false"))
                return FlatError::Syntax;
            v.type = FlatValue::Type::Bool;
            v.integer = yes ? 1 : 0;
            v.text = std::string_view(start, size_t(p - start));
            break;
        }
        case 'n':
            if (!literal(p, end, "null"))
                return FlatError::Syntax;
            v.type = FlatValue::Type::Null;
            break;
        default:
            if (!readNumber(p, end, v))
                return FlatError::Syntax;
        }
        if (!handler.value(v))
            return FlatError::Handler;
        skipSpace(p, end);
        if (p >= end)
            return FlatError::Syntax;
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p != '}')
            return FlatError::Syntax;
        ++p;
        skipSpace(p, end);
        return p == end ? FlatError::None : FlatError::Syntax;
    }
}

} // namespace chamber
