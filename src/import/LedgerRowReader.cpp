// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerRecord.h"

#include "LedgerFields.h"
#include "TableLocator.h"

#include <algorithm>
#include <QRegularExpression>

namespace chamber {

void LedgerRecord::addProblem(Problem::Severity severity, const QString &field, const QString &message, int column,
                              const QString &header, const QString &value, const QString &expected)
{
    ImportProblem p{Problem{severity, field, message, row}, column, header, value, expected};
    problems.append(p);
}

namespace {

// Reads one mapped cell and files what the parser said about it.
class RowContext
{
public:
    RowContext(const LedgerTable &table, const SheetRow &row, LedgerRecord &record) : m_table(table), m_row(row), m_record(record) {}

    // The cell of a field, or nullptr when no column has it.
    const Cell *cell(const QString &field) const
    {
        const int column = m_table.mapping.columnOf(field);
        return column < 0 ? nullptr : &m_row.cell(column);
    }
    int column(const QString &field) const { return m_table.mapping.columnOf(field); }
    const QString &header(const QString &field) const
    {
        static const QString none;
        const auto *c = m_table.mapping.forColumn(m_table.mapping.columnOf(field));
        return c ? c->header : none;
    }

    template<typename T>
    std::optional<T> take(const QString &field, const Parsed<T> &parsed)
    {
        // The cell's text is looked up only for a problem: most cells have none.
        auto value = [&] { return m_row.cell(m_table.mapping.columnOf(field)).text.trimmed(); };
        if (parsed.failed())
            m_record.addProblem(Problem::Severity::Error, field, parsed.error, column(field), header(field), value(), parsed.expected);
        else if (!parsed.warning.isEmpty())
            m_record.addProblem(Problem::Severity::Warning, field, parsed.warning, column(field), header(field), value(), {});
        return parsed.value;
    }

    template<typename T, typename Parser>
    std::optional<T> read(const QString &field, Parser parser)
    {
        const Cell *c = cell(field);
        if (!c)
            return std::nullopt;
        return take<T>(field, parser(*c));
    }

    // A text field of the Chamber: set and marked as given when the cell has it.
    void text(const QString &field, QString Chamber::*member, bool phone = false)
    {
        auto value = phone ? read<QString>(field, ValueParser::phone) : read<QString>(field, ValueParser::text);
        if (value) {
            // A line break typed in a cell (Alt+Enter) is a space in a one-line field; only the
            // notes keep theirs (the record rules refuse control characters elsewhere).
            static const QRegularExpression breaks(QStringLiteral("\\s*[\\t\\r\\n]+\\s*"));
            const auto isBreak = [](QChar c) { return c == u'\n' || c == u'\r' || c == u'\t'; };
            if (field != QStringLiteral("notes") && std::any_of(value->cbegin(), value->cend(), isBreak))
                value->replace(breaks, QStringLiteral(" "));
            m_record.chamber.*member = *value;
            m_record.given.insert(field);
        }
    }

private:
    const LedgerTable &m_table;
    const SheetRow &m_row;
    LedgerRecord &m_record;
};

void readMembers(RowContext &context, LedgerRecord &record)
{
    const auto total = context.read<int>(QStringLiteral("total_members"), ValueParser::count);
    const auto unit = context.read<int>(QStringLiteral("unit_members"), ValueParser::count);
    const auto individual = context.read<int>(QStringLiteral("individual_members"), ValueParser::count);
    const QString totalField = QStringLiteral("total_members");
    auto setMembers = [&](int ind, int un) {
        record.chamber.individualMembers = ind;
        record.chamber.unitMembers = un;
        record.given.insert(QStringLiteral("individual_members"));
        record.given.insert(QStringLiteral("unit_members"));
    };
    if (unit && individual) {
        setMembers(*individual, *unit);
        if (total && *total != *unit + *individual)
            record.addProblem(Problem::Severity::Error, totalField,
                              LedgerRowReader::tr("%1 members in all is not %2 individual plus %3 enterprise members.")
                                  .arg(*total).arg(*individual).arg(*unit),
                              context.column(totalField), context.header(totalField), QString::number(*total),
                              QString::number(*unit + *individual));
    } else if (total && unit) {
        if (*unit > *total)
            record.addProblem(Problem::Severity::Error, QStringLiteral("unit_members"),
                              LedgerRowReader::tr("%1 enterprise members is more than the %2 members in all.").arg(*unit).arg(*total),
                              context.column(QStringLiteral("unit_members")), context.header(QStringLiteral("unit_members")),
                              QString::number(*unit),
                              LedgerRowReader::tr("at most %1").arg(*total));
        else
            setMembers(*total - *unit, *unit);
    } else if (total && individual) {
        if (*individual > *total)
            record.addProblem(Problem::Severity::Error, QStringLiteral("individual_members"),
                              LedgerRowReader::tr("%1 individual members is more than the %2 members in all.").arg(*individual).arg(*total),
                              context.column(QStringLiteral("individual_members")),
                              context.header(QStringLiteral("individual_members")), QString::number(*individual),
                              LedgerRowReader::tr("at most %1").arg(*total));
        else
            setMembers(*individual, *total - *individual);
    } else if (total) {
        record.chamber.individualMembers = *total;
        record.given.insert(QStringLiteral("individual_members"));
    } else if (unit) {
        record.chamber.unitMembers = *unit;
        record.given.insert(QStringLiteral("unit_members"));
    } else if (individual) {
        record.chamber.individualMembers = *individual;
        record.given.insert(QStringLiteral("individual_members"));
    }
}

} // namespace

LedgerRecord LedgerRowReader::read(const LedgerTable &table, int rowIndex)
{
    const SheetRow &row = table.sheet.rows.at(rowIndex);
    LedgerRecord record;
    record.row = row.number;
    const int columns = int(table.headers.size());
    for (int c = 0; c < columns; ++c)
        record.cells.append(row.cell(c).text);
    RowContext context(table, row, record);
    Chamber &ch = record.chamber;

    if (const auto township = context.read<QString>(QStringLiteral("township"), ValueParser::text))
        record.township = *township;
    if (const auto city = context.read<QString>(QStringLiteral("city"), ValueParser::text))
        record.city = *city;
    if (const auto county = context.read<QString>(QStringLiteral("county"), ValueParser::text))
        record.county = *county;
    context.text(QStringLiteral("name"), &Chamber::name);
    if (const auto founded = context.read<LedgerDate>(QStringLiteral("founded"), ValueParser::date)) {
        ch.founded = founded->date;
        record.given.insert(QStringLiteral("founded"));
    }
    if (const auto status = context.read<QString>(QStringLiteral("status"), ValueParser::text)) {
        if (const auto s = Chambers::statusFromText(*status)) {
            ch.status = *s;
            record.given.insert(QStringLiteral("status"));
        } else {
            const QString field = QStringLiteral("status");
            record.addProblem(Problem::Severity::Error, field, tr("\"%1\" is not a chamber status.").arg(*status),
                              table.mapping.columnOf(field), context.header(field), *status, tr("正常, 休眠 or 已解散"));
        }
    }
    if (const auto dissolved = context.read<LedgerDate>(QStringLiteral("dissolved"), ValueParser::date)) {
        ch.dissolved = dissolved->date;
        record.given.insert(QStringLiteral("dissolved"));
    }
    context.text(QStringLiteral("president"), &Chamber::president);
    context.text(QStringLiteral("president_phone"), &Chamber::presidentPhone, true);
    context.text(QStringLiteral("secretary_general"), &Chamber::secretaryGeneral);
    context.text(QStringLiteral("secretary_phone"), &Chamber::secretaryPhone, true);
    context.text(QStringLiteral("contact_person"), &Chamber::contactPerson);
    context.text(QStringLiteral("contact_phone"), &Chamber::contactPhone, true);
    context.text(QStringLiteral("premises"), &Chamber::premises);
    context.text(QStringLiteral("notes"), &Chamber::notes);
    context.text(QStringLiteral("supervising_unit"), &Chamber::supervisingUnit);
    if (const auto staff = context.read<int>(QStringLiteral("full_time_staff"), ValueParser::count)) {
        ch.fullTimeStaff = *staff;
        record.given.insert(QStringLiteral("full_time_staff"));
    }
    const bool tenThousand = LedgerFields::inTenThousandYuan(context.header(QStringLiteral("activity_funds")));
    if (const auto funds = context.read<qint64>(QStringLiteral("activity_funds"),
                                                [&](const Cell &c) { return ValueParser::money(c, tenThousand); })) {
        ch.activityFundsFen = *funds;
        record.given.insert(QStringLiteral("activity_funds"));
    }
    readMembers(context, record);
    if (const auto liability = context.read<bool>(QStringLiteral("independent_liability"), ValueParser::yesNo)) {
        ch.independentLiability = *liability;
        record.given.insert(QStringLiteral("independent_liability"));
    }

    if (const Cell *c = context.cell(QStringLiteral("registration")); c && !c->isBlank()) {
        const QString field = QStringLiteral("registration");
        if (const auto status = Registrations::statusFromText(ValueParser::fold(c->text)))
            record.registration = status;
        else if (const auto yes = context.take<bool>(field, ValueParser::yesNo(*c)))
            record.registration = *yes ? RegistrationStatus::Registered : RegistrationStatus::NotRegistered;
    }
    record.registrationDate = context.read<LedgerDate>(QStringLiteral("registration_date"), ValueParser::date);
    if (const auto code = context.read<QString>(QStringLiteral("credit_code"), ValueParser::creditCode))
        record.creditCode = *code;

    record.partyOrganization = context.read<bool>(QStringLiteral("party_organization"), ValueParser::yesNo);
    if (const auto form = context.read<QString>(QStringLiteral("party_form"), ValueParser::text))
        record.partyForm = *form;
    record.partyMembers = context.read<int>(QStringLiteral("party_members"), ValueParser::count);
    if (const auto instructor = context.read<QString>(QStringLiteral("party_instructor"), ValueParser::text))
        record.partyInstructor = *instructor;
    record.mediationCommittee = context.read<bool>(QStringLiteral("mediation_committee"), ValueParser::yesNo);
    record.mediationCases = context.read<int>(QStringLiteral("mediation_cases"), ValueParser::count);
    record.mediationSettled = context.read<int>(QStringLiteral("mediation_settled"), ValueParser::count);
    if (const auto honours = context.read<QStringList>(QStringLiteral("honours"), ValueParser::list))
        record.honours = *honours;
    return record;
}

} // namespace chamber
