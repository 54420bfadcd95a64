// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFields.h"

#include <QHash>
#include <QRegularExpression>

namespace chamber {

namespace {

LedgerField field(const char16_t *key, const char16_t *header, std::initializer_list<const char16_t *> variants, LedgerValueKind kind)
{
    LedgerField f;
    f.key = QString::fromUtf16(key);
    f.header = QString::fromUtf16(header);
    f.kind = kind;
    f.aliases.append(LedgerFields::normaliseHeader(f.header));
    for (const auto *v : variants)
        f.aliases.append(LedgerFields::normaliseHeader(QString::fromUtf16(v)));
    return f;
}

QList<LedgerField> makeFields()
{
    using K = LedgerValueKind;
    // Headers as offices write them (台账 of county federations); the first is what export writes.
    return {
        field(u"seq", u"序号", {u"编号", u"序", u"No."}, K::Ignored),
        // City and county columns of city and region ledgers: they narrow the township lookup.
        field(u"city", u"设区市", {u"市", u"地市", u"所属市", u"所在市", u"市名称", u"设区市名称"}, K::Text),
        field(u"county", u"县（市、区）", {u"县区", u"县（区）", u"县（市）", u"县市区", u"所属县区", u"所属县（市、区）", u"所在县区",
                                         u"县（市、区）名称", u"县名称"}, K::Text),
        field(u"township", u"乡镇（街道）", {u"乡镇", u"乡镇街道", u"街道", u"所属乡镇", u"所属乡镇（街道）", u"乡镇名称", u"所在乡镇",
                                           u"乡（镇）", u"镇（街道）", u"乡镇（街道）名称", u"乡镇(街道)"}, K::Township),
        field(u"name", u"商会名称", {u"商会", u"名称", u"商会全称", u"单位名称", u"组织名称", u"社会组织名称"}, K::Text),
        field(u"founded", u"成立时间", {u"成立日期", u"成立年月", u"组建时间", u"成立时间（年月）", u"成立年份"}, K::Date),
        field(u"status", u"运行状态", {u"状态", u"商会状态", u"运行情况", u"活动状态"}, K::ChamberStatus),
        field(u"dissolved", u"解散时间", {u"解散日期", u"撤销时间", u"撤销日期"}, K::Date),
        field(u"president", u"会长", {u"会长姓名"}, K::Text),
        field(u"president_phone", u"会长联系电话", {u"会长电话", u"会长手机", u"会长联系方式", u"会长手机号码"}, K::Phone),
        field(u"secretary_general", u"秘书长", {u"秘书长姓名"}, K::Text),
        field(u"secretary_phone", u"秘书长联系电话", {u"秘书长电话", u"秘书长手机", u"秘书长联系方式"}, K::Phone),
        field(u"contact_person", u"联系人", {u"联络人", u"联系人姓名"}, K::Text),
        field(u"contact_phone", u"联系电话", {u"联系人电话", u"联系方式", u"电话", u"联系人手机"}, K::Phone),
        field(u"premises", u"办公场所", {u"办公地址", u"固定场所", u"办公场所地址", u"地址", u"会址", u"办公地点"}, K::Text),
        field(u"full_time_staff", u"专职工作人员数", {u"专职工作人员", u"专职人员", u"专职人员数", u"专职工作人员人数"}, K::Count),
        field(u"activity_funds", u"活动资金（元）", {u"活动资金", u"活动经费", u"资金", u"活动资金（万元）", u"活动经费（万元）"}, K::Money),
        field(u"total_members", u"会员数", {u"会员总数", u"会员人数", u"会员数量", u"会员", u"会员总人数"}, K::Count),
        field(u"unit_members", u"其中企业会员", {u"企业会员", u"单位会员", u"企业会员数", u"单位会员数", u"其中单位会员", u"其中：企业会员"},
              K::Count),
        field(u"individual_members", u"其中个人会员", {u"个人会员", u"个人会员数", u"其中：个人会员"}, K::Count),
        field(u"independent_liability", u"能否独立承担民事责任", {u"独立承担民事责任", u"能独立承担民事责任", u"是否能独立承担民事责任"},
              K::YesNo),
        field(u"registration", u"是否登记", {u"登记情况", u"是否注册登记", u"注册登记", u"登记状态", u"是否已登记", u"民政登记",
                                           u"是否在民政部门登记", u"注册登记情况"}, K::Registration),
        field(u"registration_date", u"登记时间", {u"登记日期", u"注册时间", u"注册登记时间", u"登记注册时间", u"注册日期"}, K::Date),
        field(u"credit_code", u"统一社会信用代码", {u"信用代码", u"社会信用代码", u"统一代码", u"统一社会信用代码证号"}, K::CreditCode),
        field(u"party_organization", u"是否建立党组织", {u"党组织", u"是否成立党组织", u"建立党组织", u"党组织情况", u"是否建立党支部"},
              K::YesNo),
        field(u"party_form", u"党组织形式", {u"组建形式", u"党组织组建形式", u"党组织类型"}, K::PartyForm),
        field(u"party_members", u"党员数", {u"党员人数", u"党员数量", u"党员"}, K::Count),
        field(u"party_instructor", u"党建指导员", {u"党建工作指导员", u"党建指导员（联络员）", u"党建工作指导员（联络员）", u"联络员",
                                                 u"党建联络员"}, K::Text),
        field(u"mediation_committee", u"是否设立调解组织", {u"调解组织", u"是否建立调解组织", u"是否成立调解组织", u"调解委员会",
                                                          u"是否设立调解委员会"}, K::YesNo),
        field(u"mediation_cases", u"年度调解案件数", {u"调解案件数", u"调解案件", u"年度调解数", u"调解纠纷数", u"调解纠纷件数",
                                                     u"年度调解纠纷数"}, K::Count),
        field(u"mediation_settled", u"年度调解成功数", {u"调解成功数", u"成功调解件数", u"调解成功件数", u"调解成功案件数", u"成功调解数",
                                                       u"年度成功调解件数"}, K::Count),
        field(u"honours", u"获得荣誉", {u"荣誉", u"所获荣誉", u"荣誉称号", u"获奖情况", u"获得荣誉情况"}, K::Honours),
        field(u"supervising_unit", u"业务主管单位", {u"主管单位", u"业务主管部门", u"主管部门"}, K::Text),
        field(u"notes", u"备注", {u"说明", u"其他", u"备注说明"}, K::Text),
        // The column the file of refused rows adds to say why; read back, it is left out.
        field(u"problems", u"问题", {u"错误", u"错误原因", u"问题说明"}, K::Ignored),
    };
}

QHash<QString, int> makeIndex(const QList<LedgerField> &fields)
{
    QHash<QString, int> index;
    for (int i = 0; i < fields.size(); ++i)
        for (const auto &alias : fields[i].aliases)
            index.insert(alias, i);
    return index;
}

} // namespace

const QList<LedgerField> &LedgerFields::all()
{
    static const QList<LedgerField> fields = makeFields();
    return fields;
}

const LedgerField *LedgerFields::byKey(const QString &key)
{
    for (const auto &f : all())
        if (f.key == key)
            return &f;
    return nullptr;
}

QString LedgerFields::normaliseHeader(const QString &header)
{
    QString text = header.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    while (out.endsWith(QLatin1Char(':')) || out.endsWith(QLatin1Char('*')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('*')))
        out.remove(0, 1);
    return out.toLower();
}

const LedgerField *LedgerFields::forHeader(const QString &header)
{
    static const QHash<QString, int> index = makeIndex(all());
    QString key = normaliseHeader(header);
    if (key.isEmpty())
        return nullptr;
    auto found = [&](const QString &k) -> const LedgerField * {
        const auto it = index.constFind(k);
        return it == index.cend() ? nullptr : &all().at(*it);
    };
    if (const auto *f = found(key))
        return f;
    // A trailing unit or note in brackets: 会员数(个), 成立时间(年月), 活动资金(万元).
    static const QRegularExpression trailing(QStringLiteral("\\([^()]*\\)$"));
    const QString bare = QString(key).remove(trailing);
    if (const auto *f = found(bare))
        return f;
    static const QRegularExpression breakdown(QStringLiteral("^其中[:]?"));
    if (const auto *f = found(QString(bare).remove(breakdown)))
        return f;
    // A year before a yearly figure: 2025年调解案件数, 2025年度调解案件数.
    static const QRegularExpression year(QStringLiteral("^(19|20)\\d{2}年度?"));
    return found(QString(bare).remove(year));
}

bool LedgerFields::inTenThousandYuan(const QString &header)
{
    return normaliseHeader(header).contains(QStringLiteral("万元"));
}

} // namespace chamber
