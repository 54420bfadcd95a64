// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBindings.h"
#include "RecordQuery.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace chamber {

// The one JSON writer of every record kind, as chamberctl prints them (docs/cli.md,
// docs/cli-records.md) and exports may reuse: each field the kind's description gives a JSON key,
// under that key and by its type (fieldJson), and the keys the description gives beside the fields
// (RecordKind::json: the record's number, its chamber's, what a list gives beside it). Keys are
// stable English names.

// A field's stored value as JSON, by its type: text as a string, dates ISO, money in fen and counts
// as numbers, an enum by its key, yes/no as a boolean, names as an array; null where not known.
nlohmann::json fieldJson(FieldType type, const QVariant &value);

// A record of any kind (a struct with a KindOf).
template<typename T>
nlohmann::json recordJson(const T &record)
{
    const RecordKind &kind = recordKind(KindOf<T>::id);
    const FieldBindings<T> &bindings = KindOf<T>::bindings();
    nlohmann::json j = nlohmann::json::object();
    for (const auto &f : kind.fields)
        if (f.jsonKey)
            if (const auto *b = findBinding(bindings, f.key))
                j[f.jsonKey] = fieldJson(f.type, b->get(record));
    if (kind.json.id)
        j[kind.json.id] = record.id;
    if constexpr (requires { record.chamberId; }) {
        if (kind.json.chamberId)
            j[kind.json.chamberId] = record.chamberId;
    }
    return j;
}

// One record of a region's list: its JSON and, under each key its kind's description says a list
// gives beside it (RecordKind::json.listed), the value the listed row gives for that key (null if
// none: the cli list snapshot test would show it).
template<typename T>
nlohmann::json listedJson(const T &record, const std::map<std::string, nlohmann::json> &given)
{
    nlohmann::json j = recordJson(record);
    for (const char *key : recordKind(KindOf<T>::id).json.listed) {
        const auto it = given.find(key);
        j[key] = it != given.end() ? it->second : nlohmann::json(nullptr);
    }
    return j;
}

// A region's list of a chamber's records of a kind, each with its chamber's name.
template<typename T>
nlohmann::json listedJson(const QList<Listed<T>> &rows)
{
    nlohmann::json j = nlohmann::json::array();
    for (const auto &r : rows)
        j.push_back(listedJson(r.record, {{"chamber", r.chamberName.toStdString()}}));
    return j;
}

// A chamber's records of a kind (a tally's years, a case's …), each as recordJson.
template<typename T>
nlohmann::json recordsJson(const QList<T> &records)
{
    nlohmann::json j = nlohmann::json::array();
    for (const auto &r : records)
        j.push_back(recordJson(r));
    return j;
}

} // namespace chamber
