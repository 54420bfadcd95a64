// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordFieldsJson.h"

#include "Dates.h"

namespace chamber {

nlohmann::json fieldJson(FieldType type, const QVariant &value)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Code: return value.toString().toStdString();
    case FieldType::Names: {
        nlohmann::json names = nlohmann::json::array();
        for (const auto &name : value.toStringList())
            names.push_back(name.toStdString());
        return names;
    }
    default: break;
    }
    if (value.isNull())
        return nullptr;
    switch (type) {
    case FieldType::Date: return dates::toIso(value.toDate()).toStdString();
    case FieldType::Money:
    case FieldType::Count: return value.toLongLong();
    case FieldType::Enum: return value.toString().toStdString();
    case FieldType::YesNo: return value.toBool();
    default: break;
    }
    return nullptr;
}

} // namespace chamber
