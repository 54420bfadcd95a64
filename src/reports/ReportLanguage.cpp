// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#include <vector>

namespace chamber::reportLanguage {

namespace {

// The zh_CN catalogues that hold a report's words, loaded once from the resources and never
// installed: installing them would change the language of the whole application.
const std::vector<std::unique_ptr<QTranslator>> &chineseCatalogues()
{
    static const auto catalogues = [] {
        std::vector<std::unique_ptr<QTranslator>> out;
        for (const char *area : {"reports", "core"}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/chamber_%1_zh_CN.qm").arg(QLatin1String(area))))
                out.push_back(std::move(translator));
        }
        return out;
    }();
    return catalogues;
}

} // namespace

QString code(ReportLanguage language)
{
    return language == ReportLanguage::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

std::optional<ReportLanguage> fromCode(const QString &text)
{
    const QString c = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QStringLiteral("zh_cn") || c == QStringLiteral("zh"))
        return ReportLanguage::Chinese;
    if (c == QStringLiteral("en") || c.startsWith(QStringLiteral("en_")))
        return ReportLanguage::English;
    return std::nullopt;
}

QStringList codes()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString translate(ReportLanguage language, const char *context, const char *source, int n)
{
    if (language == ReportLanguage::Ui)
        return QCoreApplication::translate(context, source, nullptr, n);
    QString text;
    if (language == ReportLanguage::Chinese)
        for (const auto &catalogue : chineseCatalogues())
            if (text = catalogue->translate(context, source, nullptr, n); !text.isEmpty())
                break;
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace chamber::reportLanguage
