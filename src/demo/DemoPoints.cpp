// SPDX-License-Identifier: GPL-3.0-or-later
// Demo step: micro-points over the last four years — a rule set started for the first and copied
// forward, entries in every status, vetoes, the past years published (one of them reopened for a
// correction and published again), the current year in progress.
#include "ChamberService.h"
#include "DemoGenerator.h"
#include "PointsService.h"
#include "ScoringReport.h"

namespace chamber {

namespace {

struct RuleSpec
{
    const char *category;
    const char *description;
    qint64 points;   // tenths
    qint64 yearCap;  // tenths, 0: none
    qint64 itemCap;  // tenths, 0: none
    bool evidence;
    const char *group;
};

// A county rule set as offices write them: caps per item and per year, deductions, honours by level counted once.
const RuleSpec kRules[] = {
    {"服务会员", "帮助会员企业解决融资、用工、用地等实际困难", 20, 100, 0, true, ""},
    {"服务会员", "组织会员培训、政策宣讲", 10, 60, 0, false, ""},
    {"服务会员", "建立会员需求清单并按季度更新", 10, 40, 0, false, ""},
    {"服务经济发展", "组织会员参加产销对接、展销会", 20, 80, 0, false, ""},
    {"服务经济发展", "会员企业新增规模以上企业", 30, 90, 0, true, ""},
    {"诚信守法", "开展诚信经营承诺、守法经营宣传", 20, 60, 0, false, ""},
    {"诚信守法", "会员企业被列入经营异常名录", -20, 100, 0, true, ""},
    {"诚信守法", "未按时报送商会年度工作报告", -50, 50, 0, false, ""},
    {"党建引领", "单独组建党组织", 80, 80, 0, true, "党组织"},
    {"党建引领", "联合组建党组织", 50, 50, 0, true, "党组织"},
    {"党建引领", "开展主题党日等组织生活", 10, 60, 0, false, ""},
    {"参与社会治理", "调解会员经济纠纷", 10, 60, 0, true, ""},
    {"参与社会治理", "参与平安建设、矛盾纠纷排查化解", 20, 40, 0, false, ""},
    {"推动招商引资", "引进项目落地（每千万元计2分，单个项目最高计6分）", 20, 100, 60, true, ""},
    {"助力乡村振兴", "参与“万企兴万村”结对帮扶（每村）", 30, 90, 0, true, ""},
    {"助力乡村振兴", "吸纳农村劳动力就业（每10人）", 10, 40, 0, false, ""},
    {"助力疫情防控", "捐款捐物支持疫情防控", 10, 50, 0, true, ""},
    {"荣誉表彰", "获国家级表彰", 150, 150, 0, true, "表彰"},
    {"荣誉表彰", "获自治区级表彰", 100, 100, 0, true, "表彰"},
    {"荣誉表彰", "获市级表彰", 60, 60, 0, true, "表彰"},
    {"荣誉表彰", "获县级表彰", 40, 40, 0, true, "表彰"},
};

// Category caps: 20 + 15 + 10 + 20 + 10 + 10 + 10 + 5 + 15.
const std::pair<const char *, qint64> kCaps[] = {{"服务会员", 200}, {"服务经济发展", 150}, {"诚信守法", 100}, {"党建引领", 200},
                                                 {"参与社会治理", 100}, {"推动招商引资", 100}, {"助力乡村振兴", 100},
                                                 {"助力疫情防控", 50}, {"荣誉表彰", 150}};

const char *const kVetoReasons[] = {"被列入严重违法失信名单", "商会负责人因严重违法被追究刑事责任", "发生重大安全生产责任事故",
                                    "违规开展评比表彰活动被通报"};
const char *const kRejections[] = {"佐证材料不全", "与上报台账不符", "同一事项重复申报", "时间不在考评年度内"};
const char *const kEvidence[] = {"活动照片及签到表", "会议纪要", "相关部门证明文件", "台账记录", "新闻报道链接"};

Status fail(const Problems &problems)
{
    return problems;
}

Status startFirstYear(PointsService &points, int year)
{
    if (auto s = points.startYear(year); !s)
        return s;
    auto honours = points.addCategory({0, QStringLiteral("荣誉表彰"), 0, false});
    if (!honours)
        return fail(honours.problems());
    for (const auto &spec : kRules) {
        const auto category = points.findCategory(QString::fromUtf8(spec.category));
        if (!category)
            return fail(category.problems());
        PointsRule r;
        r.year = year;
        r.categoryId = category->id;
        r.description = QString::fromUtf8(spec.description);
        r.pointsTenths = spec.points;
        r.yearCapTenths = spec.yearCap ? std::optional<qint64>(spec.yearCap) : std::nullopt;
        r.itemCapTenths = spec.itemCap ? std::optional<qint64>(spec.itemCap) : std::nullopt;
        r.evidenceRequired = spec.evidence;
        r.exclusiveGroup = QString::fromUtf8(spec.group);
        if (auto added = points.addRule(r); !added)
            return fail(added.problems());
    }
    for (const auto &[name, cap] : kCaps)
        if (auto s = points.setCategoryCap(year, points.findCategory(QString::fromUtf8(name))->id, cap); !s)
            return s;
    return success();
}

// A date in the year on which the chamber existed, no later than the horizon; invalid if none.
QDate dateFor(DemoRandom &random, const Chamber &c, int year, const QDate &horizon)
{
    QDate first(year, 1, 1), last = std::min(QDate(year, 12, 31), horizon);
    if (c.founded && *c.founded > first)
        first = *c.founded;
    if (c.dissolved && c.dissolved->addDays(-1) < last)
        last = c.dissolved->addDays(-1);
    return first <= last ? random.dateBetween(first, last) : QDate();
}

// Adds one entry and takes it through the workflow: in a closed year everything is decided (mostly
// approved); in the current year every status occurs.
Status addEntry(DemoContext &context, PointsService &points, const Chamber &c, const PointsRule &rule, int year, int quantity, bool current)
{
    DemoRandom &random = context.random;
    PointsEntry e;
    e.chamberId = c.id;
    e.ruleId = rule.id;
    e.date = dateFor(random, c, year, context.horizon);
    if (!e.date.isValid())
        return success();
    e.quantity = quantity;
    e.evidence = random.chance(rule.evidenceRequired ? 96 : 60) ? QString::fromUtf8(kEvidence[random.between(0, 4)]) : QString();
    e.enteredBy = random.personName();
    if (random.chance(4) && quantity > 1) {
        e.pointsTenths = Points::withinItemCap(rule, rule.pointsTenths * (quantity - 1));
        e.manualReason = QStringLiteral("其中一次未达到标准，按实际计分");
    }
    auto added = points.addEntry(e);
    if (!added)
        return fail(added.problems());
    const qint64 id = added.value();
    context.counts[QStringLiteral("points_entries")] += 1;
    const int fate = int(random.between(0, 99));
    if (current && fate < 15)
        return success();  // a draft
    if (e.evidence.isEmpty() && rule.evidenceRequired)
        return current ? success() : points.removeEntry(id);  // cannot be submitted without evidence
    if (auto s = points.submitEntry(id); !s)
        return s;
    if (current && fate < 35)
        return success();  // submitted, waiting for approval
    if (fate >= 93)
        return points.rejectEntry(id, QString::fromUtf8(kRejections[random.between(0, 3)]));
    return points.approveEntry(id);
}

// A year's entries: each chamber works at its own level, earning towards the rules' caps; a few
// deductions; an occasional veto.
Status entriesFor(DemoContext &context, PointsService &points, const QList<Chamber> &chambers, int year, bool current, int from, int to)
{
    DemoRandom &random = context.random;
    const auto readRules = points.rules(year, false);
    if (!readRules)
        return readRules.problems();
    const QList<PointsRule> &rules = *readRules;
    const qint64 vetoed = chambers.isEmpty() || !random.chance(70) ? 0 : chambers.at(int(random.between(0, chambers.size() - 1))).id;
    for (qsizetype done = 0; done < chambers.size(); ++done) {
        context.report(from, to, done, chambers.size());
        const Chamber &c = chambers.at(done);
        const int activity = int(c.status == ChamberStatus::Active ? random.between(35, 100) : random.between(0, 20));
        for (const PointsRule &rule : rules) {
            if (rule.isDeduction()) {
                if (random.chance(6))
                    if (auto s = addEntry(context, points, c, rule, year, int(random.between(1, 2)), current); !s)
                        return s;
                continue;
            }
            // Honours and Party organisations come rarely; everyday work as often as the chamber is active.
            if (!random.chance(rule.exclusiveGroup.isEmpty() ? 55 + activity * 45 / 100 : activity / 3))
                continue;
            // Towards the rule's cap: the more active the chamber, the closer (and sometimes beyond, where the cap stops it).
            const qint64 target = rule.yearCapTenths.value_or(rule.pointsTenths * 4) * (activity + 50) / 100 * random.between(70, 120) / 100;
            int quantity = int(std::max<qint64>(1, target / rule.pointsTenths));
            if (!rule.exclusiveGroup.isEmpty())
                quantity = 1;
            // Recorded as it happened: mostly in one entry, sometimes in two.
            const int parts = int(std::min<qint64>(quantity, random.chance(20) ? 2 : 1));
            for (int i = 0; i < parts; ++i) {
                const int q = i + 1 < parts ? quantity / parts : quantity - (parts - 1) * (quantity / parts);
                if (auto s = addEntry(context, points, c, rule, year, q, current); !s)
                    return s;
            }
        }
        if (c.id == vetoed || random.chance(1)) {
            const QDate date = dateFor(random, c, year, context.horizon);
            if (date.isValid()) {
                if (auto v = points.addVeto({0, c.id, year, date, QString::fromUtf8(kVetoReasons[random.between(0, 3)]), {}}); !v)
                    return fail(v.problems());
                context.counts[QStringLiteral("points_vetoes")] += 1;
            }
        }
    }
    return success();
}

} // namespace

Status demoPoints(DemoContext &context)
{
    PointsService points(context.db);
    ScoringReports reports(context.db);
    const int current = context.horizon.year();
    const int first = current - 3;
    const auto readChambers = ChamberService(context.db).all();
    if (!readChambers)
        return readChambers.problems();
    QList<Chamber> chambers = *readChambers;

    if (auto s = startFirstYear(points, first); !s)
        return s;
    for (int year = first; year <= current; ++year) {
        if (year > first) {
            // The epidemic category ends with its year; the award rule tightens from the third year.
            if (year == first + 1)
                if (auto s = points.retireCategory(points.findCategory(QStringLiteral("助力疫情防控"))->id); !s)
                    return s;
            if (auto s = points.startYear(year, year - 1); !s)
                return s;
            if (year == first + 2) {
                PointsYear settings = *points.year(year);
                settings.awardRequiresRegisteredYear = true;
                if (auto s = points.updateYear(settings); !s)
                    return s;
            }
        }
        QList<Chamber> existing;
        for (const auto &c : chambers)
            if ((!c.founded || c.founded->year() <= year) && (!c.dissolved || c.dissolved->year() >= year))
                existing.append(c);
        // The years share 45–100 % of the run (a year's report is published within its share).
        const int from = 45 + 55 * (year - first) / (current - first + 1), to = 45 + 55 * (year - first + 1) / (current - first + 1);
        if (auto s = entriesFor(context, points, existing, year, year == current, from, to); !s)
            return s;
        context.counts[QStringLiteral("points_years")] += 1;
        if (year == current)
            break;
        const QDate issued = std::min(QDate(year + 1, 1, 10).addDays(context.random.between(0, 15)), context.horizon);
        if (auto s = reports.publish(year, issued); !s)
            return s;
        context.counts[QStringLiteral("points_publications")] += 1;
        // The last closed year was reopened once for a correction and published again.
        if (year == current - 1 && issued.addDays(10) <= context.horizon) {
            if (auto s = points.reopen(year, QStringLiteral("补录一家商会漏报的结对帮扶材料")); !s)
                return s;
            if (auto s = reports.publish(year, issued.addDays(10)); !s)
                return s;
            context.counts[QStringLiteral("points_publications")] += 1;
        }
    }
    return success();
}

} // namespace chamber
