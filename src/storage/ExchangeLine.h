// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>
#include <string>
#include <string_view>

namespace chamber {

// One value of a record line of a report package.
struct FlatValue
{
    enum class Type { Null, Integer, Real, Text, Bool };
    Type type = Type::Null;
    // Text: the string, unescaped (a view into the line, or into a decoded copy when it had
    // escapes); numbers and true/false: their literal as written.
    std::string_view text;
    qint64 integer = 0;  // Integer; Bool: 1 or 0
    double real = 0;     // Real
};

// Called for each member of the object, in the line's order: key, then its value. Returning
// false stops the parse.
class FlatObjectHandler
{
public:
    virtual ~FlatObjectHandler() = default;
    virtual bool key(std::string_view key) = 0;
    virtual bool value(const FlatValue &value) = 0;
};

enum class FlatError {
    None,
    Syntax,   // not a JSON object (or not valid JSON)
    Nested,   // the last key's value is an object or an array
    Handler,  // the handler said stop
};

// Parses a record line of a report package (docs/exchange.md): one JSON object whose values are
// strings, numbers, true, false or null — what the export writes. Strict JSON (RFC 8259) for such
// objects, without building a tree: strings without escapes are handed over as views into the
// line; those with escapes are decoded into a new string appended to `decoded`, which must
// outlive the use of the views. A nested object or array is reported, not parsed.
FlatError parseFlatObject(std::string_view line, FlatObjectHandler &handler, std::deque<std::string> &decoded);

} // namespace chamber
