// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBinding.h"

#include <nlohmann/json.hpp>

namespace chamber {

// A field's stored value as JSON, by its type: text as a string, dates ISO, money in fen and counts
// as numbers, an enum by its key, yes/no as a boolean, names as an array; null where not known.
nlohmann::json fieldJson(FieldType type, const QVariant &value);

// Every field of a record that its kind's description gives a JSON key, under that key.
template<typename T>
nlohmann::json fieldsToJson(RecordKindId kind, const FieldBindings<T> &bindings, const T &record)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto &f : recordKind(kind).fields)
        if (f.jsonKey)
            if (const auto *b = findBinding(bindings, f.key))
                j[f.jsonKey] = fieldJson(f.type, b->get(record));
    return j;
}

} // namespace chamber
