// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindShow.h"

#include "Cli.h"
#include "KindTable.h"
#include "TextRules.h"

#include <QCoreApplication>
#include <QSet>

namespace chamber::cli {

void KindShow::print(QTextStream &out, const RecordKind &kind, const QHash<QString, QVariant> &stored,
                     const QHash<QString, QString> &given)
{
    auto partText = [&](const QString &key, const CliShowLine *line) {
        if (const auto it = given.constFind(key); it != given.constEnd())
            return *it;
        const FieldDescription *field = kind.field(key);
        if (!field)
            return QString();
        const QVariant value = stored.value(key);
        if (line && line->countFormat && field->type == FieldType::Count && !value.isNull() && value.isValid())
            return QCoreApplication::translate("CliShow", line->countFormat, nullptr, value.toInt());
        return cliFieldText(*field, value, line && line->zeroBlank);
    };
    auto printLine = [&](const QString &heading, const QString &value) {
        out << heading << Context::tr(": ") << TextRules::escapeControls(value.trimmed().isEmpty() ? QStringLiteral("—") : value)
            << Qt::endl;
    };
    QSet<QString> named;
    for (const CliShowLine &line : kind.cliShow) {
        const QString key = QString::fromLatin1(line.key);
        named.insert(key);
        QString text = partText(key, &line);
        const bool whole = given.contains(key);
        for (const char *with : line.with) {
            if (!with)
                continue;
            named.insert(QString::fromLatin1(with));
            if (whole)
                continue;
            const QString part = partText(QString::fromLatin1(with), nullptr);
            if (!line.withFormat)
                text += QLatin1Char(' ') + part;
            else if (!part.isEmpty())
                text += QCoreApplication::translate("CliShow", line.withFormat).arg(part);
        }
        if (!whole && line.with[0] && !line.withFormat)
            text = text.trimmed();
        printLine(RecordKind::cliShowHeading(line), text);
    }
    // The fields no line names, so that none goes unshown.
    if (kind.cliShow.empty())
        return;
    for (const FieldDescription &f : kind.fields) {
        const QString key = QString::fromLatin1(f.key);
        if (!named.contains(key) && stored.contains(key))
            printLine(kind.cliShowHeading(f), partText(key, nullptr));
    }
}

} // namespace chamber::cli
