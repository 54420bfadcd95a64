<?xml version="1.0" encoding="utf-8"?>
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
        <source>Honours</source>
        <translation>荣誉认定</translation>
    </message>
    <message>
        <source>Chambers holding each honour on the date: given in the date&apos;s year or earlier.</source>
        <translation>统计日获得各项荣誉的商会数：以统计日所在年度及以前获得的荣誉为准。</translation>
    </message>
    <message>
        <source>Mediation committees</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Chambers&apos; mediation committees or rooms founded by the date.</source>
        <translation>统计日及以前成立的商会调解委员会或调解室数。</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Mediation success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>Open member needs</source>
        <translation>待解决的会员需求</translation>
    </message>
    <message>
        <source>Members&apos; needs raised by the date and not yet resolved on it.</source>
        <translation>统计日及以前提出、到统计日尚未解决的会员需求数。</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>The year&apos;s micro-points total averaged over the chambers scored.</source>
        <translation>本年度参与评分商会的微积分总分平均值。</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Chambers by the grade of the year&apos;s scorecard (a veto gives 否决).</source>
        <translation>按本年度评分等级统计的商会数（被一票否决的商会等级为“否决”）。</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Disputes taken in for mediation by the chambers up to the date: the case list, or a ledger&apos;s yearly tally where that is larger.</source>
        <translation>截至统计日商会受理调解的纠纷数：按案件清单统计；台账中的年度调解案件数较大时，以年度调解案件数为准。</translation>
    </message>
    <message>
        <source>Listed cases settled by the date ÷ listed cases closed by the date (settled, failed or referred to court or arbitration).</source>
        <translation>截至统计日逐件登记的案件中调解成功的件数 ÷ 截至统计日逐件登记的已结案件数（调解成功、调解不成或转诉讼/仲裁）。</translation>
    </message>
    <message>
        <source>Chambers whose Party organisation holds a star rating (1–5 stars) on the date, or that hold a 星级党组织 honour given by then: one fact, one figure.</source>
        <translation>截至该日党组织获评星级（1–5 星）的商会，或截至该日获得“星级党组织”荣誉的商会：同一件事，只算一个数。</translation>
    </message>
    <message>
        <source>Values to verify</source>
        <translation>待核实数据</translation>
    </message>
    <message>
        <source>Values a ledger import held back or took in with a doubt (待核实) that no clerk has settled yet; counted as they stand now, whatever the date.</source>
        <translation>导入台账时暂缓导入或按原样导入但存疑、尚未处理的数据（待核实）；按当前情况计数，与截至日期无关。</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 · as of %2 · compared with %3</source>
        <translation>%1 · 截至 %2 · 对比 %3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Change against a year earlier</source>
        <translation>同比变化</translation>
    </message>
    <message>
        <source>Writing a PDF needs the fonts of a graphical application.</source>
        <translation>生成 PDF 需要图形界面程序的字体。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Opened at the end of %1: no chamber has a score for %2 yet. For today&apos;s figures, pick Today under Year end.</source>
        <translation>显示的是 %1 年末的数字：%2 年还没有商会有积分。需要今天的数字，请点「年末」→「今天」。</translation>
    </message>
</context>
<context>
    <name>ScoringFile</name>
    <message>
        <source>Unknown report format %1; the formats are %2.</source>
        <translation>未知的报告格式 %1；可用的格式为 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>A workbook holds one county&apos;s report; for the %n counties of %1, write JSON, CSV or PDF, or name one county.</source>
        <translation>
            <numerusform>一个工作簿只能容纳一个县的考评结果；%1的 %n 个县（市、区）请导出为 JSON、CSV 或 PDF，或指定一个县。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringLabels</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>印发日期：%1</translation>
    </message>
    <message>
        <source>scoring year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>vetoed %1: %2</source>
        <translation>%1 一票否决：%2</translation>
    </message>
    <message>
        <source>not eligible: %1</source>
        <translation>无评优资格：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Grades: %1 from %2, %3 from %4, %5 from %6, else %7; a veto makes the grade %8 whatever the points.</source>
        <translation>等次：%2 分及以上为%1，%4 分及以上为%3，%6 分及以上为%5，其余为%7；被一票否决的，不论得分多少，等次均为%8。</translation>
    </message>
    <message>
        <source>Award eligibility: not vetoed, graded pass or better, and registered for a full year at the year&apos;s end.</source>
        <translation>评优资格：未被一票否决，等次为合格及以上，且截至年末登记满一年。</translation>
    </message>
    <message>
        <source>Award eligibility: not vetoed and graded pass or better.</source>
        <translation>评优资格：未被一票否决，且等次为合格及以上。</translation>
    </message>
    <message>
        <source>Deductions take a category&apos;s points down to zero at most.</source>
        <translation>各类别扣分以扣完该类别得分为止。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n chamber(s): %1; eligible for awards: %2.</source>
        <translation>
            <numerusform>共 %n 个商会：%1；具有评优资格的 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Cap per year</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Cap per item</source>
        <translation>单项上限</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>须有佐证</translation>
    </message>
    <message>
        <source>Counted once in</source>
        <translation>只计一次的分组</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> （已停用）</translation>
    </message>
    <message>
        <source>(seal)  Federation of Industry and Commerce of %1    %2</source>
        <translation>（盖章）  %1工商业联合会    %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Award eligible</source>
        <translation>评优资格</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>vetoed</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Draft: not published; figures may still change.</source>
        <translation>草稿：尚未发布，数据可能仍有变动。</translation>
    </message>
    <message>
        <source>How points are earned</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Prepared by: ____________    Checked by: ____________    Approved by: ____________</source>
        <translation>制表人：____________    审核人：____________    负责人：____________</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>Writing a PDF needs the fonts of a graphical application.</source>
        <translation>生成 PDF 需要图形界面程序提供的字体。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>无法为工作簿创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>无法开始生成工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>工作簿未能写出：%1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back.</source>
        <translation>无法读回已写出的工作簿。</translation>
    </message>
    <message>
        <source>Cannot write the workbook.</source>
        <translation>无法写入工作簿。</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>disqualified by a veto</source>
        <translation>被一票否决</translation>
    </message>
    <message>
        <source>not registered for a full year</source>
        <translation>登记未满一年</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>未达到合格分数线</translation>
    </message>
    <message>
        <source>Micro-points scores of the township chambers of commerce of %1, %2</source>
        <translation>%1%2年度乡镇（街道）商会“微积分”考评结果</translation>
    </message>
</context>
<context>
    <name>ScoringReports</name>
    <message>
        <source>This is not a scoring report of schema %1.</source>
        <translation>这不是格式为 %1 的评分报告。</translation>
    </message>
    <message>
        <source>The scoring report cannot be read: %1</source>
        <translation>无法读取评分报告：%1</translation>
    </message>
    <message>
        <source>The database has no scope yet; run init first.</source>
        <translation>数据库尚未设定范围，请先运行 init 命令。</translation>
    </message>
    <message numerus="yes">
        <source>The database covers %n counties; name the county of the report.</source>
        <translation>
            <numerusform>本数据库包含 %n 个县，请指定报告所属的县。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a county; a scoring report is made per county.</source>
        <translation>%1 不是县级行政区划；评分报告须按县生成。</translation>
    </message>
    <message>
        <source>The points of %1 are not published.</source>
        <translation>%1 年度的积分尚未发布。</translation>
    </message>
    <message>
        <source>The published report of %1 does not match its fingerprint; it has been altered.</source>
        <translation>%1 年度已发布的报告与其指纹不符，已被改动。</translation>
    </message>
    <message>
        <source>The published report of %1 cannot be read.</source>
        <translation>无法读取 %1 年度已发布的报告。</translation>
    </message>
    <message>
        <source>The published report of %1 has no part for %2.</source>
        <translation>%1 年度已发布的报告中没有%2的部分。</translation>
    </message>
    <message>
        <source>No chamber is scored in %1; there is nothing to publish.</source>
        <translation>%1 年度没有参与评分的商会，没有可发布的内容。</translation>
    </message>
    <message>
        <source>%1 is not within %2, the scope of this database.</source>
        <translation>%1不在本数据库的范围%2之内。</translation>
    </message>
    <message>
        <source>%1 is a township; a scoring report is made for a county, a city or the region.</source>
        <translation>%1是乡镇（街道）；考评结果按县、市或自治区生成。</translation>
    </message>
    <message>
        <source>This database holds no chamber of %1: there is no report to make.</source>
        <translation>本数据库中没有%1的商会，无法生成考评结果。</translation>
    </message>
</context>
<context>
    <name>StatsReporting</name>
    <message>
        <source>reported: %1/%2 counties</source>
        <translation>已报送 %1/%2 个县（市、区）</translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <source>The database has no scope yet; run init first.</source>
        <translation>数据库尚未设定范围，请先运行 init 命令。</translation>
    </message>
    <message>
        <source>%1 is outside this database&apos;s scope %2.</source>
        <translation>%1 不在本数据库的范围（%2）之内。</translation>
    </message>
    <message>
        <source>Units must lie below the scope: %1 is a %2.</source>
        <translation>统计单位的层级不能高于统计范围：%1 是%2行政区划。</translation>
    </message>
</context>
<context>
    <name>TablePrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Writing a PDF needs the fonts of a graphical application.</source>
        <translation>生成 PDF 需要图形界面程序的字体。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
</context>
</TS>
