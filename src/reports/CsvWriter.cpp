// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace chamber {

CsvWriter::CsvWriter(QIODevice &out) : m_out(out)
{
    m_ok = m_out.write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::escape(const QString &input)
{
    QString field = input;
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (!field.isEmpty()) {
        const QChar first = field.at(0);
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                           || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !number.match(field).hasMatch())
            field.prepend(QLatin1Char('\''));
    }
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r')) || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '))) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const auto &f : fields)
        escaped.append(escape(f));
    const QByteArray line = (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    if (m_out.write(line) != line.size())
        m_ok = false;
}

} // namespace chamber
