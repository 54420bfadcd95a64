<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Chamber coverage</source>
        <translation>商会覆盖率</translation>
    </message>
    <message>
        <source>Townships with at least one active chamber on the date ÷ townships counted (街道, 镇 and 乡; development zones and farms only when the setting includes them).</source>
        <translation>统计日有至少一个状态为正常的商会的乡镇（街道）数 ÷ 计入的乡镇（街道）数（计入街道、镇和乡；开发区和农场仅在设置中选择计入时才计入）。</translation>
    </message>
    <message>
        <source>Registration rate</source>
        <translation>登记率</translation>
    </message>
    <message>
        <source>Chambers registered with the civil affairs bureau on the date ÷ chambers existing on the date (founded, not dissolved).</source>
        <translation>统计日已在民政局登记的商会数 ÷ 统计日存续的商会数（已成立且未解散）。</translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation>商会数</translation>
    </message>
    <message>
        <source>Chambers founded on or before the date and not dissolved by it, dormant ones included.</source>
        <translation>统计日及以前成立、且到统计日尚未解散的商会，含休眠商会。</translation>
    </message>
    <message>
        <source>Party coverage</source>
        <translation>党组织覆盖率</translation>
    </message>
    <message>
        <source>Chambers with a Party organisation on the date ÷ chambers existing on the date.</source>
        <translation>统计日已建立党组织的商会数 ÷ 统计日存续的商会数。</translation>
    </message>
    <message>
        <source>Party instructors</source>
        <translation>党建工作指导员</translation>
    </message>
    <message>
        <source>Party-building instructors (liaisons) in post on the date at the chambers.</source>
        <translation>统计日在岗的商会党建工作指导员（联络员）人数。</translation>
    </message>
    <message>
        <source>Star-rated Party organisations</source>
        <translation>星级党组织</translation>
    </message>
    <message>
        <source>Party organisations of the chambers holding a star rating (1–5 stars) on the date.</source>
        <translation>统计日获评星级（1–5 星）的商会党组织数。</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉认定</translation>
    </message>
    <message>
        <source>Chambers holding each honour on the date: given in the date's year or earlier.</source>
        <translation>统计日获得各项荣誉的商会数：以统计日所在年度及以前获得的荣誉为准。</translation>
    </message>
    <message>
        <source>Mediation committees</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Chambers' mediation committees or rooms founded by the date.</source>
        <translation>统计日及以前成立的商会调解委员会或调解室数。</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Disputes taken in for mediation by the chambers up to the date.</source>
        <translation>截至统计日商会受理调解的纠纷数。</translation>
    </message>
    <message>
        <source>Mediation success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>Cases settled by the date ÷ cases closed by the date (settled, failed or referred).</source>
        <translation>截至统计日调解成功的案件数 ÷ 截至统计日已结案的案件数（调解成功、调解不成或转诉讼/仲裁）。</translation>
    </message>
    <message>
        <source>Open member needs</source>
        <translation>待解决的会员需求</translation>
    </message>
    <message>
        <source>Members' needs raised by the date and not yet resolved on it.</source>
        <translation>统计日及以前提出、到统计日尚未解决的会员需求数。</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>The year's micro-points total averaged over the chambers scored.</source>
        <translation>本年度参与评分商会的微积分总分平均值。</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Chambers by the grade of the year's scorecard (a veto gives 否决).</source>
        <translation>按本年度评分等级统计的商会数（被一票否决的商会等级为“否决”）。</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <source>The database has no scope yet; run init first.</source>
        <translation>数据库尚未设定范围，请先运行 init 命令。</translation>
    </message>
    <message>
        <source>%1 is outside this database's scope %2.</source>
        <translation>%1 不在本数据库的范围（%2）之内。</translation>
    </message>
    <message>
        <source>Units must lie below the scope: %1 is a %2.</source>
        <translation>统计单位的层级不能高于统计范围：%1 是%2行政区划。</translation>
    </message>
</context>
</TS>