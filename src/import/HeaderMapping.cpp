// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderMapping.h"

#include "Fields.h"
#include "LedgerFields.h"
#include "Sheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace chamber {

namespace {
const QString kMappingField = QStringLiteral("mapping");

// The field a header maps to: a choice (possibly "not imported") or the catalogue's.
std::optional<QString> fieldFor(const QString &header, const QHash<QString, QString> &choices, bool *chosen = nullptr)
{
    const QString key = LedgerFields::normaliseHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = choices.constFind(key); it != choices.cend()) {
        if (chosen)
            *chosen = true;
        return *it;
    }
    if (const auto *f = LedgerFields::forHeader(header))
        return f->key;
    return std::nullopt;
}
} // namespace

void HeaderMapping::map(const QStringList &headers)
{
    m_columns.clear();
    QSet<QString> taken;
    for (int i = 0; i < headers.size(); ++i) {
        ColumnMapping c;
        c.column = i;
        c.header = headers[i].trimmed();
        const auto field = fieldFor(c.header, m_choices, &c.chosen);
        if (field) {
            const auto *f = LedgerFields::byKey(*field);
            if (field->isEmpty() || (f && f->kind == LedgerValueKind::Ignored)) {
                c.ignored = true;
            } else if (!taken.contains(*field)) {
                // The first column with a field's header keeps it; a second is reported unknown.
                c.field = *field;
                taken.insert(*field);
            }
        }
        m_columns.append(c);
    }
}

int HeaderMapping::columnOf(const QString &field) const
{
    for (const auto &c : m_columns)
        if (c.field == field)
            return c.column;
    return -1;
}

const ColumnMapping *HeaderMapping::forColumn(int column) const
{
    for (const auto &c : m_columns)
        if (c.column == column)
            return &c;
    return nullptr;
}

Status HeaderMapping::choose(int column, const QString &field)
{
    if (column < 0 || column >= m_columns.size())
        return Problem::error(kMappingField, tr("There is no column %1.").arg(columnLetters(column)));
    if (!field.isEmpty() && !LedgerFields::byKey(field))
        return Problem::error(kMappingField, tr("There is no field \"%1\" to import into.").arg(field));
    const int other = field.isEmpty() ? -1 : columnOf(field);
    if (other >= 0 && other != column)
        return Problem::error(kMappingField, tr("Column %1 already goes to %2.").arg(columnLetters(other), fieldLabel(field)));
    auto &c = m_columns[column];
    const QString key = LedgerFields::normaliseHeader(c.header);
    if (!key.isEmpty())
        m_choices.insert(key, field);
    c.field = field;
    c.chosen = true;
    c.ignored = field.isEmpty();
    return success();
}

int HeaderMapping::recognised(const QStringList &headers, const QHash<QString, QString> &choices)
{
    QSet<QString> fields;
    for (const auto &h : headers)
        if (const auto f = fieldFor(h, choices); f && !f->isEmpty())
            fields.insert(*f);
    return int(fields.size());
}

QList<ColumnMapping> HeaderMapping::unknownColumns() const
{
    QList<ColumnMapping> out;
    for (const auto &c : m_columns)
        if (c.field.isEmpty() && !c.ignored && !c.header.isEmpty())
            out.append(c);
    return out;
}

ImportProblems HeaderMapping::problems() const
{
    ImportProblems out;
    if (columnOf(QStringLiteral("name")) < 0)
        out.append({Problem::error(QStringLiteral("name"), tr("No column holds the chamber's name (商会名称): a ledger row cannot be "
                                                              "matched to a chamber without it.")),
                    -1, {}, {}, tr("a column headed 商会名称")});
    for (const auto &c : unknownColumns())
        out.append({Problem::warning(kMappingField, tr("Column %1 \"%2\" is not imported: ChamberDesk does not know this header. "
                                                        "Choose a field for it in a mapping, or leave it out.")
                                                         .arg(columnLetters(c.column), c.header)),
                    c.column, c.header, {}, {}});
    const bool total = columnOf(QStringLiteral("total_members")) >= 0;
    const bool unit = columnOf(QStringLiteral("unit_members")) >= 0;
    const bool individual = columnOf(QStringLiteral("individual_members")) >= 0;
    if (total && !unit && !individual)
        out.append({Problem::warning(QStringLiteral("total_members"), tr("The ledger gives only the total of members, not how many are "
                                                                         "enterprises: all are counted as individual members.")),
                    columnOf(QStringLiteral("total_members")), {}, {}, {}});
    return out;
}

QByteArray HeaderMapping::toJson() const
{
    QJsonArray columns;
    QSet<QString> written;
    auto add = [&](const QString &header, const QString &field) {
        const QString key = LedgerFields::normaliseHeader(header);
        if (key.isEmpty() || written.contains(key))
            return;
        written.insert(key);
        columns.append(QJsonObject{{QStringLiteral("header"), header},
                                   {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)}});
    };
    for (const auto &c : m_columns)
        add(c.header, c.field);
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        add(it.key(), it.value());
    QJsonObject root{{QStringLiteral("chamberdesk_mapping"), 1}, {QStringLiteral("columns"), columns}};
    if (m_headerRow)
        root.insert(QStringLiteral("header_row"), *m_headerRow);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<HeaderMapping> HeaderMapping::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject() || !doc.object().contains(QStringLiteral("chamberdesk_mapping")))
        return Problem::error(kMappingField, tr("The mapping file is not a ChamberDesk column mapping (JSON with \"chamberdesk_mapping\")."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("chamberdesk_mapping")).toInt() != 1)
        return Problem::error(kMappingField, tr("The mapping file was written by a newer ChamberDesk."));
    HeaderMapping mapping;
    Problems problems;
    for (const auto &value : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString header = o.value(QStringLiteral("header")).toString();
        const QString field = o.value(QStringLiteral("field")).toString();
        if (LedgerFields::normaliseHeader(header).isEmpty())
            continue;
        if (!field.isEmpty() && !LedgerFields::byKey(field)) {
            problems.append(Problem::error(kMappingField, tr("The mapping sends \"%1\" to \"%2\", which is not a field ChamberDesk knows.")
                                                              .arg(header, field)));
            continue;
        }
        mapping.m_choices.insert(LedgerFields::normaliseHeader(header), field);
    }
    if (root.contains(QStringLiteral("header_row"))) {
        const int row = root.value(QStringLiteral("header_row")).toInt();
        if (row < 1)
            problems.append(Problem::error(kMappingField, tr("The mapping's header_row must be a row number from 1.")));
        else
            mapping.m_headerRow = row;
    }
    if (hasErrors(problems))
        return problems;
    return mapping;
}

} // namespace chamber
