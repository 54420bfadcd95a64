// SPDX-License-Identifier: GPL-3.0-or-later
#include "YesNo.h"

#include <QStringList>

namespace chamber {

YesNo::Answer YesNo::read(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toLower();
    t.removeIf([](QChar c) { return c.isSpace(); });
    static const QStringList unknown = {QString(),           QStringLiteral("unknown"), QStringLiteral("未知"),
                                        QStringLiteral("不详"), QStringLiteral("不清楚"),   QStringLiteral("?")};
    static const QStringList yes = {QStringLiteral("yes"),  QStringLiteral("y"),    QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("是"),   QStringLiteral("有"),   QStringLiteral("能"),   QStringLiteral("可以"),
                                    QStringLiteral("已"),   QStringLiteral("建立"), QStringLiteral("设立"), QStringLiteral("成立"),
                                    QStringLiteral("√"),    QStringLiteral("✓"),    QStringLiteral("✔")};
    static const QStringList no = {QStringLiteral("no"),  QStringLiteral("n"),    QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("否"),  QStringLiteral("无"),   QStringLiteral("没有"),  QStringLiteral("不能"),
                                   QStringLiteral("未"),  QStringLiteral("x"),    QStringLiteral("×"),     QStringLiteral("✗"),
                                   QStringLiteral("✘"),   QStringLiteral("-"),    QStringLiteral("—"),     QStringLiteral("/")};
    if (unknown.contains(t))
        return Answer::Unknown;
    if (yes.contains(t))
        return Answer::Yes;
    if (no.contains(t))
        return Answer::No;
    // 已建立 / 已设立 / 已登记 and 未建立 / 未设立 / 尚未登记 / 没建.
    if (t.startsWith(QStringLiteral("未")) || t.startsWith(QStringLiteral("尚未")) || t.startsWith(QStringLiteral("没")))
        return Answer::No;
    if (t.startsWith(QStringLiteral("已")))
        return Answer::Yes;
    return Answer::Invalid;
}

} // namespace chamber
