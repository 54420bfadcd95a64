// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportProblem.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace chamber {

// What one column of a ledger becomes.
struct ColumnMapping
{
    int column = -1;       // 0-based
    QString header;        // as the file writes it
    QString field;         // LedgerFields key; empty: not imported
    bool chosen = false;   // set by a saved mapping or the user, not by the header catalogue
    bool ignored = false;  // deliberately not imported (序号, or chosen so)
};

// Maps ledger columns to fields: by the header catalogue (Chinese headers and their variants),
// overridden by choices a user made and saved. Columns with a header nobody knows are reported,
// not dropped silently. Choices are kept by header text, so a mapping saved for this year's
// ledger applies to next year's even if its columns moved. Saved as JSON:
//   {"chamberdesk_mapping": 1, "header_row": 3, "columns": [{"header": "会员总数", "field": "total_members"},
//                                                          {"header": "片区", "field": null}]}
class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)
public:
    // Maps each header: a saved choice first, then the catalogue; one field takes one column.
    void map(const QStringList &headers);
    const QList<ColumnMapping> &columns() const { return m_columns; }
    // The column of a field, or -1.
    int columnOf(const QString &field) const;
    const ColumnMapping *forColumn(int column) const;
    // A user's choice for a column: a field key, or empty not to import it. Refused for an
    // unknown key or a field another column already has.
    Status choose(int column, const QString &field);
    // How many distinct fields the headers name (what finding the header row counts).
    static int recognised(const QStringList &headers, const QHash<QString, QString> &choices = {});

    // Columns with a header that maps to nothing and was not chosen to be left out.
    QList<ColumnMapping> unknownColumns() const;
    // Refusals (no chamber name column) and warnings (unknown columns, members without a split).
    ImportProblems problems() const;

    std::optional<int> headerRow() const { return m_headerRow; }
    void setHeaderRow(std::optional<int> row) { m_headerRow = row; }
    const QHash<QString, QString> &choices() const { return m_choices; }

    QByteArray toJson() const;
    static Result<HeaderMapping> fromJson(const QByteArray &json);

private:
    QHash<QString, QString> m_choices;  // normalised header → field key ("" = not imported)
    std::optional<int> m_headerRow;     // 1-based sheet row, when the user fixed it
    QList<ColumnMapping> m_columns;
};

} // namespace chamber
