// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRandom.h"

namespace chamber {

quint64 DemoRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    // Rejection sampling keeps the range exactly uniform.
    const quint64 limit = ~quint64(0) - (~quint64(0) % span);
    quint64 r = next();
    while (r >= limit)
        r = next();
    return low + qint64(r % span);
}

bool DemoRandom::chance(int percent)
{
    return between(0, 99) < percent;
}

QDate DemoRandom::dateBetween(const QDate &first, const QDate &last)
{
    return first.addDays(between(0, first.daysTo(last)));
}

QString DemoRandom::personName()
{
    // Surnames common in Guangxi and beyond; given names of one or two characters.
    static const QStringList surnames = QStringLiteral("韦 黄 李 覃 陆 梁 蒙 莫 农 廖 甘 罗 卢 陈 张 王 刘 杨 谢 邓 潘 蓝 吴 周")
                                            .split(QLatin1Char(' '));
    static const QStringList given = QStringLiteral("春梅 国强 立新 永福 海燕 建华 家兴 德胜 丽萍 少华 明辉 伟 芳 志刚 秀英 文斌 桂兰 振宇 红 玉兰 宏 俊杰 金凤 承志")
                                         .split(QLatin1Char(' '));
    return pick(surnames) + pick(given);
}

QString DemoRandom::mobilePhone()
{
    static const QStringList prefixes = QStringLiteral("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 177 180 181 182 183 185 186 187 188 189 199")
                                            .split(QLatin1Char(' '));
    return pick(prefixes) + QStringLiteral("%1").arg(between(0, 99999999), 8, 10, QLatin1Char('0'));
}

QString DemoRandom::companyName(const QString &place)
{
    static const QStringList cores = QStringLiteral("宏达 鑫源 富民 兴旺 绿源 金穗 华隆 恒通 惠农 顺丰 康盛 桂香 长青 丰收 瑞祥 嘉禾")
                                         .split(QLatin1Char(' '));
    static const QStringList trades = QStringLiteral("农业发展有限公司 建材有限公司 食品有限公司 商贸有限公司 种养专业合作社 物流有限公司 电子商务有限公司 竹木制品厂")
                                          .split(QLatin1Char(' '));
    return place + pick(cores) + pick(trades);
}

} // namespace chamber
