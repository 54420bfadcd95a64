// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordOptions.h"

#include "ChamberService.h"
#include "Dates.h"
#include "DivisionService.h"
#include "EnumText.h"
#include "Money.h"
#include "YesNo.h"

#include <QRegularExpression>

namespace chamber::cli {

std::optional<QDate> parseDateText(const QString &option, const QString &text, QString &error)
{
    const auto date = dates::parseIso(text);
    if (!date)
        error = Context::tr("--%1 expects a date written YYYY-MM-DD, such as 2016-09-01, not \"%2\".").arg(option, text);
    return date;
}

std::optional<int> parseIntText(const QString &option, const QString &text, QString &error)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        error = Context::tr("--%1 expects a whole number, not \"%2\".").arg(option, text);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> parseYuanText(const QString &option, const QString &text, QString &error)
{
    const auto fen = money::parseYuan(text);
    if (!fen)
        error = Context::tr("--%1 expects an amount in yuan such as 30000, 30000.50 or 3万, not \"%2\".").arg(option, text);
    return fen;
}

std::optional<bool> parseYesNoText(const QString &option, const QString &text, bool allowUnknown, QString &error)
{
    switch (YesNo::read(text)) {
    case YesNo::Answer::Yes: return true;
    case YesNo::Answer::No: return false;
    case YesNo::Answer::Unknown:
        if (allowUnknown)
            return std::nullopt;
        break;
    case YesNo::Answer::Invalid: break;
    }
    error = allowUnknown ? Context::tr("--%1 takes yes, no or unknown, not \"%2\".").arg(option, text)
                         : Context::tr("--%1 takes yes or no, not \"%2\".").arg(option, text);
    return std::nullopt;
}

QString parseFieldText(const FieldDescription &field, bool nullable, const QString &option, const QString &text, QVariant &value)
{
    QString error;
    const bool empty = text.trimmed().isEmpty();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Code: value = text.trimmed(); break;
    case FieldType::Names: value = splitNames(text); break;
    case FieldType::Date:
        if (!empty)
            if (const auto d = parseDateText(option, text, error))
                value = *d;
        break;
    case FieldType::Count:
        if (!empty || !nullable)
            if (const auto n = parseIntText(option, text, error))
                value = *n;
        break;
    case FieldType::Money:
        if (!empty)
            if (const auto fen = parseYuanText(option, text, error))
                value = *fen;
        break;
    case FieldType::YesNo:
        if (const auto yes = parseYesNoText(option, text, nullable, error))
            value = *yes;
        break;
    case FieldType::Enum:
        if (empty && nullable)
            break;
        value = field.enumTexts().keyFromText(text);
        if (value.toString().isEmpty())
            error = enumError(option, field.enumTexts().keys(), text);
        break;
    }
    return error;
}

QString enumError(const QString &option, const QStringList &keys, const QString &text)
{
    return Context::tr("--%1 takes one of %2, not \"%3\".").arg(option, keys.join(QStringLiteral(", ")), text);
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]+"));
    QStringList out;
    for (const auto &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

void addChamberOption(QCommandLineParser &p)
{
    p.addOption(option(QStringLiteral("chamber"), Context::tr("Chamber number or name."), QStringLiteral("ID|NAME")));
}

Chamber chamberOption(Context &context, const QCommandLineParser &p)
{
    auto found = ChamberService(context.db()).find(requiredValue(p, QStringLiteral("chamber")));
    if (!found)
        throw Refusal{found.problems()};
    return found.value();
}

qint64 idArgument(const QCommandLineParser &p)
{
    const QString text = positionalArgument(p, QStringLiteral("ID"));
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{Context::tr("The record number must be a whole number, not \"%1\".").arg(text)};
    return id;
}

void addFormatOption(QCommandLineParser &p)
{
    p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
}

bool jsonFormat(const QCommandLineParser &p)
{
    return formatOption(p, {QStringLiteral("table"), QStringLiteral("json")}) == QStringLiteral("json");
}

void addListOptions(QCommandLineParser &p)
{
    addChamberOption(p);
    p.addOption(option(QStringLiteral("division"), Context::tr("Only under this city, county or township (code or name)."), QStringLiteral("CODE|NAME")));
    p.addOption(option(QStringLiteral("search"), Context::tr("Text to look for in the records and the chamber's name."), QStringLiteral("TEXT")));
    p.addOption(option(QStringLiteral("limit"), Context::tr("At most this many rows."), QStringLiteral("N")));
    p.addOption(option(QStringLiteral("offset"), Context::tr("Skip this many rows first."), QStringLiteral("N")));
    addFormatOption(p);
}

void applyListOptions(Context &context, const QCommandLineParser &p, RecordQuery &query)
{
    if (p.isSet(QStringLiteral("chamber")))
        query.chamberId = chamberOption(context, p).id;
    if (p.isSet(QStringLiteral("division"))) {
        auto d = DivisionService(context.db()).findDivision(p.value(QStringLiteral("division")));
        if (!d)
            throw Refusal{d.problems()};
        query.divisionPrefix = d->code;
    }
    query.text = p.value(QStringLiteral("search"));
    query.limit = intOption(p, QStringLiteral("limit"), QStringLiteral("limit")).value_or(-1);
    query.offset = intOption(p, QStringLiteral("offset"), QStringLiteral("offset")).value_or(0);
}

void printFields(Context &context, const QList<std::pair<QString, QString>> &fields)
{
    for (const auto &[label, value] : fields)
        context.out() << label << Context::tr(": ") << (value.trimmed().isEmpty() ? QStringLiteral("—") : value) << Qt::endl;
}

QString yesNoText(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? Context::tr("yes") : Context::tr("no");
}

QString dateText(const std::optional<QDate> &date)
{
    return dates::toIsoOrEmpty(date);
}

} // namespace chamber::cli
