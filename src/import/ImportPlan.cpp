// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"

#include "ChamberFields.h"
#include "ChamberService.h"
#include "CreditCode.h"
#include "Dates.h"
#include "Fields.h"
#include "HoldBack.h"
#include "LedgerFields.h"
#include "RecordsPlanner.h"
#include "TownshipResolver.h"

#include <QRegularExpression>

#include <algorithm>

namespace chamber {

namespace {

// What the whole plan consults, loaded once: townships, chambers by township and name, credit
// codes in use, registration histories.
struct PlanContext
{
    Database &db;
    const ImportPlan::Options &options;
    const HeaderMapping &mapping;
    TownshipResolver townships;
    RecordsPlanner records;
    QHash<QString, Chamber> byKey;             // township code + name
    QHash<QString, qint64> codeOwners;         // credit code → chamber id
    QHash<qint64, QString> names;              // chamber id → name, to name a chamber in messages
    QHash<qint64, QList<RegistrationEvent>> histories;
    QHash<QString, int> seenRows;              // chamber key → first row of this file
    QHash<QString, int> seenCodes;             // credit code → first row of this file

    static QString key(const QString &township, const QString &name) { return township + QLatin1Char('\x1f') + name.trimmed(); }

    // The column a problem's field points at: member counts may sit in the total's column,
    // registration dates in 登记时间, the township in the name's column when it came from there.
    int columnFor(const QString &field) const
    {
        const QString f = field == QStringLiteral("date") ? QStringLiteral("registration_date") : field;
        int column = mapping.columnOf(f);
        if (column < 0 && (f == QStringLiteral("individual_members") || f == QStringLiteral("unit_members")))
            column = mapping.columnOf(QStringLiteral("total_members"));
        if (column < 0 && f == QStringLiteral("township"))
            column = mapping.columnOf(QStringLiteral("name"));
        return column;
    }
};

// The check character a wrong credit code should have had, for the preview's "expected".
QString expectedCode(const QString &input)
{
    const QString code = CreditCode::normalise(input);
    if (code.size() != 18)
        return ImportPlan::tr("18 characters");
    const auto check = CreditCode::expectedCheckCharacter(code.left(17));
    if (check && *check != code.at(17))
        return ImportPlan::tr("check character %1 (%2)").arg(*check).arg(code.left(17) + *check);
    return {};
}

// Warnings on the fields in `doubtful` are contradictions taken in as found: they become
// verification items.
void attach(PlanContext &context, PlannedRow &row, const Problems &problems, bool warningsToo, const QString &code = {},
            const QStringList &doubtful = {})
{
    for (const auto &p : problems) {
        if (!p.isError() && !warningsToo)
            continue;
        const int column = context.columnFor(p.field);
        const auto *mapped = context.mapping.forColumn(column);
        ImportProblem ip{p, column, mapped ? mapped->header : QString(), row.record.cells.value(column).trimmed(), {},
                         !p.isError() && doubtful.contains(p.field) ? ImportProblem::Verify::Doubtful : ImportProblem::Verify::No};
        ip.problem.row = row.record.row;
        if (p.field == QStringLiteral("credit_code") && p.isError())
            ip.expected = expectedCode(code.isEmpty() ? row.record.creditCode : code);
        row.record.problems.append(ip);
    }
}

void addError(PlanContext &context, PlannedRow &row, const QString &field, const QString &message, const QString &expected = {})
{
    Problem p = Problem::error(field, message);
    attach(context, row, {p}, true);
    row.record.problems.last().expected = expected;
}

void addWarning(PlanContext &context, PlannedRow &row, const QString &field, const QString &message)
{
    attach(context, row, {Problem::warning(field, message)}, true);
}

// A credit code may belong to one chamber only: not another one on record, nor another row.
// The database check is left out where ChamberService::validate makes it.
void checkCodeUnique(PlanContext &context, PlannedRow &row, const QString &code, bool againstDatabase)
{
    const qint64 owner = againstDatabase ? context.codeOwners.value(code, 0) : 0;
    if (owner != 0 && owner != row.chamberId)
        addError(context, row, QStringLiteral("credit_code"),
                 ImportPlan::tr("The credit code %1 already belongs to %2 (number %3).").arg(code, context.names.value(owner)).arg(owner));
    else if (context.seenCodes.contains(code))
        addError(context, row, QStringLiteral("credit_code"),
                 ImportPlan::tr("The credit code %1 is already given in row %2.").arg(code).arg(context.seenCodes.value(code)));
    context.seenCodes.insert(code, row.record.row);
}

// The registration the row asks for, checked against the chamber's history. An import adds a
// change of status (registered on the ledger's date); it never rewrites or undoes history.
void planRegistration(PlanContext &context, PlannedRow &row, bool exists)
{
    const LedgerRecord &r = row.record;
    const QList<RegistrationEvent> history = exists ? context.histories.value(row.chamberId) : QList<RegistrationEvent>();
    const RegistrationStatus current = Registrations::currentStatus(history);
    const QString code = CreditCode::normalise(r.creditCode);
    const bool codeDiffers = !code.isEmpty() && code != CreditCode::normalise(row.chamber.creditCode);
    const QString kept = ImportPlan::tr("The ledger's credit code %1 differs from %2 on record; an import does not rewrite the "
                                        "registration history.");
    if (!r.registration) {
        if (codeDiffers) {
            const bool keep = current == RegistrationStatus::Registered
                              || (!row.chamber.creditCode.isEmpty() && context.options.policy == UpdatePolicy::FillEmpty);
            if (keep) {
                attach(context, row, errorsOnly(CreditCode::validate(code)), false, code);
                addWarning(context, row, QStringLiteral("credit_code"), kept.arg(code, row.chamber.creditCode));
            } else {
                row.chamber.creditCode = code;  // validated with the chamber
                checkCodeUnique(context, row, code, false);
            }
        }
        if (r.registrationDate)
            addWarning(context, row, QStringLiteral("registration_date"),
                       ImportPlan::tr("A registration date without a registration status (是否登记) is not imported."));
        return;
    }
    const RegistrationStatus wanted = *r.registration;
    if (wanted == current) {
        if (wanted != RegistrationStatus::Registered)
            return;
        if (codeDiffers) {
            attach(context, row, errorsOnly(CreditCode::validate(code)), false, code);
            addWarning(context, row, QStringLiteral("credit_code"), kept.arg(code, row.chamber.creditCode));
        }
        const auto since = Registrations::registeredSince(history, context.options.today);
        if (r.registrationDate && since && r.registrationDate->date != *since)
            addWarning(context, row, QStringLiteral("registration_date"),
                       ImportPlan::tr("The ledger's registration date %1 differs from %2 on record; an import does not rewrite "
                                      "the registration history.").arg(dates::toIso(r.registrationDate->date), dates::toIso(*since)));
        return;
    }
    if (wanted == RegistrationStatus::NotRegistered) {
        if (!code.isEmpty())
            addError(context, row, QStringLiteral("credit_code"), ImportPlan::tr("The ledger says not registered but gives a credit code."),
                     ImportPlan::tr("是 in 是否登记, or no credit code"));
        addWarning(context, row, QStringLiteral("registration"),
                   ImportPlan::tr("The ledger says not registered, but the chamber is %1 on record; an import does not rewrite the "
                                  "registration history.").arg(Registrations::statusName(current)));
        return;
    }
    if (!r.registrationDate) {
        addError(context, row, QStringLiteral("registration_date"),
                 ImportPlan::tr("The ledger says %1 but gives no date: a registration change is kept with its date.")
                     .arg(Registrations::statusName(wanted)),
                 ImportPlan::tr("the date in 登记时间"));
        return;
    }
    RegistrationEvent event;
    event.chamberId = row.chamberId;
    event.status = wanted;
    event.date = r.registrationDate->date;
    event.creditCode = wanted == RegistrationStatus::Registered ? code : QString();
    if (r.registrationDate->precision != LedgerDate::Precision::Day)
        event.note = ImportPlan::tr("imported from a ledger that gave only the month");
    // The registration's own status problems name the 是否登记 column, not the chamber's status.
    Problems checked = Registrations::validateNext(row.chamber, history, event, row.chamber.townshipCode.left(6), context.options.today);
    for (auto &p : checked)
        if (p.field == QStringLiteral("status"))
            p.field = QStringLiteral("registration");
    attach(context, row, checked, true, code, {QStringLiteral("date")});
    if (!event.creditCode.isEmpty())
        checkCodeUnique(context, row, code, true);
    row.registration = event;
    row.changes.append({QStringLiteral("registration"), Registrations::statusName(current),
                        QStringLiteral("%1 %2 %3").arg(Registrations::statusName(wanted), dates::toIso(event.date), event.creditCode).trimmed()});
}

void planRow(PlanContext &context, PlannedRow &row)
{
    LedgerRecord &r = row.record;
    const auto township = context.townships.resolve(r.township, r.chamber.name, r.city, r.county);
    if (township.failed())
        addError(context, row, QStringLiteral("township"), township.error, township.expected);
    else if (!township.warning.isEmpty())
        addWarning(context, row, QStringLiteral("township"), township.warning);
    r.chamber.townshipCode = township.value.value_or(QString());

    const QString key = PlanContext::key(r.chamber.townshipCode, r.chamber.name);
    if (!r.chamber.name.trimmed().isEmpty() && context.seenRows.contains(key))
        addError(context, row, QStringLiteral("name"), ImportPlan::tr("The same chamber is already in row %1.").arg(context.seenRows.value(key)));
    context.seenRows.insert(key, r.row);

    const auto found = context.byKey.constFind(key);
    const bool exists = found != context.byKey.cend() && !r.chamber.townshipCode.isEmpty();
    if (exists) {
        row.chamber = *found;
        row.chamberId = found->id;
        if (context.options.policy == UpdatePolicy::Skip) {
            const bool refused = std::any_of(r.problems.cbegin(), r.problems.cend(),
                                             [](const ImportProblem &p) { return p.isError() && HoldBack::refusesRow(p.problem.field); });
            for (auto &p : r.problems)  // the chamber is left alone: its cells are not taken in at all
                p.problem.severity = Problem::Severity::Warning;
            row.action = refused ? RowAction::Refuse : RowAction::Skip;
            return;
        }
        const Chamber &stored = *found;  // emptiness is the record's before this row, not as it fills
        for (const auto &field : ChamberFields::keys()) {
            if (!r.given.contains(field) || ChamberFields::same(row.chamber, r.chamber, field))
                continue;
            if (context.options.policy == UpdatePolicy::FillEmpty && !ChamberFields::isEmpty(stored, field))
                continue;
            const QString before = ChamberFields::text(row.chamber, field);
            ChamberFields::copy(row.chamber, r.chamber, field);
            row.changes.append({field, before, ChamberFields::text(row.chamber, field)});
        }
    } else {
        row.chamber = r.chamber;
        row.chamber.id = 0;
        row.chamber.creditCode.clear();  // recorded with the registration, or below
    }
    const QString codeBefore = row.chamber.creditCode;
    planRegistration(context, row, exists);
    if (exists && row.chamber.creditCode != codeBefore)
        row.changes.append({QStringLiteral("credit_code"), codeBefore, row.chamber.creditCode});
    attach(context, row, context.records.plan(row, exists), true);
    attach(context, row, row.doubtful, true, {}, {QStringLiteral("honours")});

    // The services' own validation, as the import will run it: errors always, warnings only for
    // what the ledger gave (an old record's remarks are not this file's business). A value that
    // fails is held back and the chamber validated again without it.
    const Chamber base = exists ? *found : Chamber{};
    for (int round = 0; round < 3; ++round) {
        const Problems validation = ChamberService(context.db).validate(row.chamber);
        const bool codeChanged = row.chamber.creditCode != codeBefore;
        Problems relevant;
        for (const auto &p : validation) {
            const bool ours = !exists || r.given.contains(p.field) || (p.field == QStringLiteral("credit_code") && codeChanged);
            const bool seen = std::any_of(r.problems.cbegin(), r.problems.cend(), [&](const ImportProblem &known) {
                return known.problem.field == p.field && known.problem.message == p.message;
            });
            if ((p.isError() || ours) && !seen && !(p.field == QStringLiteral("township") && township.failed()))
                relevant.append(p);
        }
        attach(context, row, relevant, true, row.chamber.creditCode, {QStringLiteral("dissolved")});
        if (!HoldBack::apply(row, base))
            break;
    }

    if (hasErrors(r.problems))
        row.action = RowAction::Refuse;
    else if (!exists)
        row.action = RowAction::Create;
    else
        row.action = row.changes.isEmpty() ? RowAction::Unchanged : RowAction::Update;
}

// The year the ledger's counts are of: as given, else from the count's header, else the title's.
std::optional<int> ledgerYear(const LedgerTable &table, const ImportPlan::Options &options)
{
    if (options.year)
        return options.year;
    static const QRegularExpression year(QStringLiteral("^\\s*((?:19|20)\\d{2})\\s*年"));
    if (const auto *c = table.mapping.forColumn(table.mapping.columnOf(QStringLiteral("mediation_cases"))))
        if (const auto m = year.match(c->header); m.hasMatch())
            return m.captured(1).toInt();
    return table.year;
}

} // namespace

Result<ImportPlan> ImportPlan::build(Database &db, const LedgerTable &table, const Options &options, const Progress &progress)
{
    ImportPlan plan;
    plan.table = table;
    plan.options = options;
    plan.fileProblems = table.mapping.problems();
    if (hasErrors(plan.fileProblems)) {
        Problems refusals;
        for (const auto &p : plan.fileProblems)
            if (p.isError())
                refusals.append(p.problem);
        return refusals;
    }
    plan.year = ledgerYear(table, options);
    if (!options.fileSha256.isEmpty()) {
        const auto before = ImportLogService(db).lastWithHash(options.fileSha256);
        if (!before)
            return before.problems();
        plan.importedBefore = *before;
    }

    PlanContext context{db, plan.options, plan.table.mapping, TownshipResolver(db), RecordsPlanner(db, options.policy, plan.year, options.today),
                        {}, {}, {}, {}, {}, {}};
    const auto chambers = ChamberService(db).all();
    const auto histories = RegistrationService(db).allHistories();
    if (!chambers || !histories)
        return chambers.problems() + histories.problems();
    if (const Problems unread = context.townships.readProblems() + context.records.readProblems(); hasErrors(unread))
        return unread;
    for (const auto &c : *chambers) {
        context.byKey.insert(PlanContext::key(c.townshipCode, c.name), c);
        context.names.insert(c.id, c.name);
        if (!c.creditCode.isEmpty())
            context.codeOwners.insert(CreditCode::normalise(c.creditCode), c.id);
    }
    context.histories = *histories;

    const int total = int(table.recordRows.size());
    plan.rows.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return Problem::error(QStringLiteral("file"), tr("The import was cancelled; nothing was written."));
        PlannedRow row;
        row.record = LedgerRowReader::read(plan.table, table.recordRows[i]);
        planRow(context, row);
        plan.rows.append(std::move(row));
    }
    if (progress)
        progress(total, total);
    return plan;
}

ImportCounts ImportPlan::counts() const
{
    ImportCounts c;
    c.records = int(rows.size());
    for (const auto &r : rows) {
        if (r.action == RowAction::Create || r.action == RowAction::Update || r.action == RowAction::Unchanged)
            for (const auto &p : r.problems()) {
                c.heldBack += p.verify == ImportProblem::Verify::HeldBack ? 1 : 0;
                c.doubtful += p.verify == ImportProblem::Verify::Doubtful ? 1 : 0;
            }
        switch (r.action) {
        case RowAction::Create: ++c.created; break;
        case RowAction::Update: ++c.updated; break;
        case RowAction::Unchanged: ++c.unchanged; break;
        case RowAction::Skip: ++c.skipped; break;
        case RowAction::Refuse: ++c.refused; break;
        }
    }
    c.notRecords = int(table.skipped.size());
    return c;
}

ImportProblems ImportPlan::allProblems() const
{
    ImportProblems out = fileProblems;
    for (const auto &r : rows)
        out.append(r.problems());
    return out;
}

QString ImportPlan::policyKey(UpdatePolicy policy)
{
    switch (policy) {
    case UpdatePolicy::Overwrite: return QStringLiteral("overwrite");
    case UpdatePolicy::FillEmpty: return QStringLiteral("fill_empty");
    case UpdatePolicy::Skip: return QStringLiteral("skip");
    }
    return {};
}

std::optional<UpdatePolicy> ImportPlan::policyFromText(const QString &text)
{
    const QString t = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (auto p : {UpdatePolicy::Overwrite, UpdatePolicy::FillEmpty, UpdatePolicy::Skip})
        if (t == policyKey(p))
            return p;
    return std::nullopt;
}

QString ImportPlan::actionKey(RowAction action)
{
    switch (action) {
    case RowAction::Create: return QStringLiteral("create");
    case RowAction::Update: return QStringLiteral("update");
    case RowAction::Unchanged: return QStringLiteral("unchanged");
    case RowAction::Skip: return QStringLiteral("skip");
    case RowAction::Refuse: return QStringLiteral("refuse");
    }
    return {};
}

QString ImportPlan::actionName(RowAction action)
{
    switch (action) {
    case RowAction::Create: return tr("create");
    case RowAction::Update: return tr("update");
    case RowAction::Unchanged: return tr("unchanged");
    case RowAction::Skip: return tr("skip (exists)");
    case RowAction::Refuse: return tr("refused");
    }
    return {};
}

} // namespace chamber
