// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationActions.h"

#include "ChamberFields.h"
#include "ChamberService.h"
#include "Fields.h"
#include "LedgerFields.h"
#include "ValueParser.h"

namespace chamber {

namespace {

// The value read as a ledger cell of the field, into a copy of the chamber.
Status readInto(Chamber &chamber, const QString &field, const QString &value)
{
    const LedgerField *ledger = LedgerFields::byKey(field);
    if (!ledger || !ChamberFields::keys().contains(field) || field == QStringLiteral("township") || field == QStringLiteral("name")
        || field == QStringLiteral("credit_code"))
        return Problem::error(field, VerificationActions::tr("A value of %1 is not written from here; edit it in its own place.")
                                         .arg(fieldLabel(field)));
    const Cell cell = Cell::fromText(value);
    auto failed = [&](const QString &error) { return Problem::error(field, error); };
    switch (ledger->kind) {
    case LedgerValueKind::Date: {
        const auto d = ValueParser::date(cell);
        if (d.failed() || !d.value)
            return failed(d.error);
        if (field == QStringLiteral("founded"))
            chamber.founded = d.value->date;
        else
            chamber.dissolved = d.value->date;
        break;
    }
    case LedgerValueKind::Count: {
        const auto n = ValueParser::count(cell);
        if (n.failed() || !n.value)
            return failed(n.error);
        if (field == QStringLiteral("full_time_staff"))
            chamber.fullTimeStaff = *n.value;
        else if (field == QStringLiteral("individual_members"))
            chamber.individualMembers = *n.value;
        else
            chamber.unitMembers = *n.value;
        break;
    }
    case LedgerValueKind::Money: {
        const auto m = ValueParser::money(cell, false);
        if (m.failed() || !m.value)
            return failed(m.error);
        chamber.activityFundsFen = *m.value;
        break;
    }
    case LedgerValueKind::YesNo: {
        const auto b = ValueParser::yesNo(cell);
        if (b.failed() || !b.value)
            return failed(b.error);
        chamber.independentLiability = *b.value;
        break;
    }
    case LedgerValueKind::ChamberStatus: {
        const auto s = Chambers::statusFromText(ValueParser::fold(value));
        if (!s)
            return failed(VerificationActions::tr("\"%1\" is not a chamber status.").arg(value));
        chamber.status = *s;
        break;
    }
    case LedgerValueKind::Phone: {
        const auto p = ValueParser::phone(cell);
        if (p.failed() || !p.value)
            return failed(p.error);
        if (field == QStringLiteral("president_phone"))
            chamber.presidentPhone = *p.value;
        else if (field == QStringLiteral("secretary_phone"))
            chamber.secretaryPhone = *p.value;
        else
            chamber.contactPhone = *p.value;
        break;
    }
    default: {
        Chamber from;
        from.president = from.secretaryGeneral = from.contactPerson = from.premises = from.notes = value.trimmed();
        ChamberFields::copy(chamber, from, field);
        break;
    }
    }
    return success();
}

} // namespace

Result<Chamber> VerificationActions::withValue(Database &db, const VerificationItem &item)
{
    auto chamber = ChamberService(db).get(item.chamberId);
    if (!chamber)
        return chamber.problems();
    Chamber changed = chamber.value();
    if (item.kind == VerificationItem::Kind::Doubtful)
        return changed;  // taken in already: using it confirms it
    if (auto s = readInto(changed, item.field, item.value); !s)
        return s.problems();
    const Problems problems = ChamberService(db).validate(changed);
    if (hasErrors(problems))
        return errorsOnly(problems);
    return changed;
}

Result<bool> VerificationActions::canUseValue(Database &db, const VerificationItem &item)
{
    if (!item.open())
        return false;
    const auto changed = withValue(db, item);
    if (!changed && readFailed(changed.problems()))
        return changed.problems();
    return changed.ok();
}

Status VerificationActions::useValue(Database &db, qint64 itemId)
{
    VerificationService items(db);
    const auto item = items.get(itemId);
    if (!item)
        return item.problems();
    const auto changed = withValue(db, item.value());
    if (!changed)
        return changed.problems();
    Transaction tx(db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    if (auto s = items.resolve(itemId, VerificationItem::Resolution::UsedValue); !s)
        return s;
    if (item->kind == VerificationItem::Kind::HeldBack)
        if (auto s = ChamberService(db).update(changed.value()); !s)
            return s;
    return tx.commit();
}

} // namespace chamber
