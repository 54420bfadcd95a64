<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>ChamberDesk: records of township chambers of commerce.</source>
        <translation>乡镇商会工作台：管理乡镇（街道）商会的档案记录。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once the data is loaded, then exit.</source>
        <translation>数据加载完成后将窗口截图保存为 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>The page to show: chambers, party, mediation, points, dashboard, reports, settings.</source>
        <translation>要显示的页面：chambers、party、mediation、points、dashboard、reports、settings。</translation>
    </message>
    <message>
        <source>Window size for the screenshot (default 1366x768).</source>
        <translation>截图的窗口尺寸（默认 1366x768）。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 只能取 zh_CN 或 en，不能是“%1”。</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1366x768, not &quot;%1&quot;.</source>
        <translation>--size 须写成 WIDTHxHEIGHT（宽x高），如 1366x768，不能是“%1”。</translation>
    </message>
    <message>
        <source>--page and --size go with --screenshot.</source>
        <translation>--page 和 --size 须与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>--screenshot needs --db: the database to show.</source>
        <translation>--screenshot 须同时用 --db 指定要显示的数据库。</translation>
    </message>
    <message>
        <source>Dashboard: show this division (a city, county or township code).</source>
        <translation>统计看板：显示此行政区划（填市、县或乡镇（街道）的代码）。</translation>
    </message>
    <message>
        <source>Dashboard: the figures as of this date.</source>
        <translation>统计看板：显示截至此日期的数据。</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of 须为 YYYY-MM-DD 格式的日期，不能是“%1”。</translation>
    </message>
    <message>
        <source>--drill and --as-of go with --screenshot.</source>
        <translation>--drill 和 --as-of 须与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>The database to open: a file, or a server address postgresql://user@host:port/dbname.</source>
        <translation>要打开的数据库：一个文件，或服务器地址 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>The dispute</source>
        <translation>纠纷情况</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Empty: given as year-sequence, e.g. 2024-007</source>
        <translation>留空则按“年份-序号”生成，如 2024-007</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Amount in dispute (yuan)</source>
        <translation>争议金额（元）</translation>
    </message>
    <message>
        <source>Empty if no sum is at stake</source>
        <translation>不涉及金额则留空</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Names, separated by 、 or commas</source>
        <translation>姓名，以 、 或逗号分隔</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Settlement (settled cases)</source>
        <translation>调解结果（调解成功的案件）</translation>
    </message>
    <message>
        <source>Agreed amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>调解协议编号</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation>履行凭证</translation>
    </message>
    <message>
        <source>Transfer slip, receipt …</source>
        <translation>转账凭证、收据 …</translation>
    </message>
    <message>
        <source>Follow-up visit (closed cases)</source>
        <translation>回访（已结案件）</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChamberBasicsTab</name>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Chamber name</source>
        <translation>商会名称</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>解散日期</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, given at registration</source>
        <translation>18 位，登记时由登记机关赋予</translation>
    </message>
    <message>
        <source>Leaders and contacts</source>
        <translation>负责人和联系方式</translation>
    </message>
    <message>
        <source>President</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>President&apos;s phone</source>
        <translation>会长电话</translation>
    </message>
    <message>
        <source>Secretary-general</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Secretary-general&apos;s phone</source>
        <translation>秘书长电话</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Members and means</source>
        <translation>会员与办会条件</translation>
    </message>
    <message>
        <source>Individual members</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>Unit members</source>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Address of the office; empty if it has none</source>
        <translation>办公场所地址；没有则留空</translation>
    </message>
    <message>
        <source>Full-time staff</source>
        <translation>专职工作人员</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Activity funds (yuan)</source>
        <translation>活动资金（元）</translation>
    </message>
    <message>
        <source>e.g. 30000 or 3万; empty if not recorded</source>
        <translation>如 30000 或 3万；不掌握则留空</translation>
    </message>
    <message>
        <source>Independent civil liability</source>
        <translation>独立承担民事责任</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supervising unit</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>Usually the county federation of industry and commerce</source>
        <translation>一般为县工商联</translation>
    </message>
</context>
<context>
    <name>CommitteeForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 宾阳县宾州镇商会人民调解委员会</source>
        <translation>如 宾阳县宾州镇商会人民调解委员会</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Figures as CSV for Excel and WPS (*.csv)</source>
        <translation>统计数据 CSV 文件，可用 Excel 和 WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <source>Figures as JSON, chamberdesk.stats/1 (*.json)</source>
        <translation>统计数据 JSON 文件，chamberdesk.stats/1 格式 (*.json)</translation>
    </message>
</context>
<context>
    <name>DisclosureForm</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>2024, 2024-H1, 2024-Q3 or 2024-03</source>
        <translation>2024、2024-H1、2024-Q3 或 2024-03</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>公开事项</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Chamber affairs</source>
        <translation>会务</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Empty: from the rule</source>
        <translation>留空则按规则计分</translation>
    </message>
    <message>
        <source>Reason for other points</source>
        <translation>分值调整原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>%1-report-%2.zip</source>
        <translation>%1-报送数据-%2.zip</translation>
    </message>
    <message>
        <source>Export report data</source>
        <translation>导出报送数据</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>报送包 (*.zip)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The report package (data as of %1) was written to %2. Send it to the office above.</source>
        <translation>报送包（数据截至 %1）已写入 %2。请将它报送上级工商联。</translation>
    </message>
    <message>
        <source>Import report data</source>
        <translation>导入报送数据</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1: package #%2, data as of %3 — %4 records new, %5 changed, %6 removed since the last package.</source>
        <translation>%1：第 %2 次报送，数据截至 %3——与上次报送相比新增 %4 条、修改 %5 条、删除 %6 条记录。</translation>
    </message>
    <message>
        <source>Each county&apos;s records will be replaced by its package:

%1

Take them in?</source>
        <translation>各县（市、区）的数据将被其报送包整体替换：

%1

确定导入吗？</translation>
    </message>
    <message>
        <source>The packages were taken in.

The database as it was before is kept as %1; Settings → Backup and restore puts it back.</source>
        <translation>报送数据已导入。

导入前的数据库已另存为备份 %1；如需恢复，请到「设置 → 备份与恢复」。</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>&quot;%1&quot; is not an amount of yuan; write it like 30000, 30000.50 or 3万.</source>
        <translation>“%1”不是有效的金额（元）；请写成 30000、30000.50 或 3万 这样的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 of this database; pick one from the list.</source>
        <translation>“%1”不是本数据库中的%2；请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>HonourForm</name>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>认定机构</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>e.g. 桂工商联〔2023〕12号</source>
        <translation>如 桂工商联〔2023〕12号</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>The ledger has a header but no rows of chambers below it.</source>
        <translation>台账有表头，但表头下没有商会的行。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1.</source>
        <translation>无法读取列对应文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the mapping file %1.</source>
        <translation>无法写入列对应文件 %1。</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>没有打开台账。</translation>
    </message>
    <message>
        <source>There is no preview to import.</source>
        <translation>没有可导入的预览。</translation>
    </message>
    <message>
        <source>There is no preview to save from.</source>
        <translation>没有可保存的预览。</translation>
    </message>
</context>
<context>
    <name>InstructorForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>The instructor&apos;s own unit</source>
        <translation>党建指导员本人所在单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In post from</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LedgerExportAction</name>
    <message>
        <source>Export a ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel and WPS (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;适用于 Excel 和 WPS 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>The chambers were written to %1; the ledger import reads it back.</source>
        <translation>商会已写入 %1；台账导入可以读回该文件。</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The file %1 could not be created.</source>
        <translation>无法创建文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>CSV for Excel and WPS (*.csv)</source>
        <translation>CSV 文件，可用 Excel 和 WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 · %n row(s)</source>
        <translation>
            <numerusform>打印日期：%1 · 共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>可打印的 PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ListedColumns</name>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>会员类别</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Firms only</source>
        <translation>仅限企业会员</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>商会职务</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The member who raised it</source>
        <translation>提出需求的会员</translation>
    </message>
    <message>
        <source>Kind of need</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseForm</name>
    <message>
        <source>Recent databases</source>
        <translation>最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;File on this computer</source>
        <translation>本机文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>加密连接</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>PartyOrganizationForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 中共宾阳县宾州镇商会支部委员会</source>
        <translation>如 中共宾阳县宾州镇商会支部委员会</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>组建方式</translation>
    </message>
    <message>
        <source>Formed jointly with</source>
        <translation>联合组建单位</translation>
    </message>
    <message>
        <source>The units it is formed with</source>
        <translation>与之联合组建的单位</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Secretary&apos;s phone</source>
        <translation>书记电话</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>评星日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>确定删除%1吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>History</source>
        <translation>登记历史</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>记录状态变更</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Given with the registration certificate</source>
        <translation>见社会团体法人登记证书</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>记录变更</translation>
    </message>
    <message>
        <source>Conditions for registering</source>
        <translation>登记条件</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>是否满足</translation>
    </message>
    <message>
        <source>What the record shows</source>
        <translation>记录情况</translation>
    </message>
    <message>
        <source>The conditions follow the Regulations on the Registration of Social Organisations, art. 10; they are read from the Basics tab as it now stands.</source>
        <translation>登记条件依据《社会团体登记管理条例》第十条，按“基本信息”页当前填写的内容判断。</translation>
    </message>
</context>
<context>
    <name>RestoreDamaged</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>There is no backup of this file in %1. Open another database, or ask for help to rescue what can still be read.</source>
        <translation>%1 中没有这个文件的备份。请打开其他数据库，或请技术人员帮忙抢救还能读出的数据。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The newest backup is of %1. Restoring sets the damaged file aside in the backup folder (it is kept) and puts the backup you pick in its place.</source>
        <translation>最新的备份是 %1 的。恢复时，损坏的文件会移到备份文件夹里保存（不会删除），您选的备份放回原位置。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pick the backup to put in place of %1:</source>
        <translation>选择用来替换 %1 的备份：</translation>
    </message>
    <message>
        <source>The backup is in place and open. The damaged file was kept as %1.</source>
        <translation>备份已放回原位置并已打开。损坏的文件保存为 %1。</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>计分事项</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <source>e.g. 5, 0.5 or -2 for a deduction</source>
        <translation>如 5、0.5；扣分填负数，如 -2</translation>
    </message>
    <message>
        <source>Cap per year</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Empty: no cap</source>
        <translation>留空则不设上限</translation>
    </message>
    <message>
        <source>Cap per item</source>
        <translation>单项上限</translation>
    </message>
    <message>
        <source>Counted once within</source>
        <translation>只计一次的分组</translation>
    </message>
    <message>
        <source>Rules sharing a group count once, at the highest</source>
        <translation>同组规则只计一次，取最高分</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>须有佐证材料</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>There is no page %1; the pages are: %2.</source>
        <translation>没有页面 %1；可用的页面有：%2。</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide (user-guide.md) was not found. It was looked for in:
%1

It comes with the program&apos;s package, under /usr/share/doc/chamberdesk.</source>
        <translation>没有找到用户指南（user-guide.md）。查找过以下位置：
%1

用户指南随软件安装包提供，位于 /usr/share/doc/chamberdesk。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VetoForm</name>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>chamber::AsOfPicker</name>
    <message>
        <source>Figures as they stood on this date, from the dated histories.</source>
        <translation>按各项带日期的历史记录，显示截至此日期的数据。</translation>
    </message>
    <message>
        <source>Year end</source>
        <translation>年末</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>%1 年末</translation>
    </message>
</context>
<context>
    <name>chamber::BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Replace the whole content of the database by the selected backup&apos;s; the current content is backed up first.</source>
        <translation>用所选备份的内容替换数据库的全部内容；替换前会先备份现在的内容。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Backups are made by themselves before every import, before an upgrade of the file, once a day when the file is opened, and before a restore. Restoring replaces everything in the database by the backup&apos;s content.</source>
        <translation>每次导入台账前、数据库升级前、每天第一次打开时和恢复备份前，程序都会自动备份。恢复会用备份的内容替换数据库的全部内容。</translation>
    </message>
    <message>
        <source>How many are kept</source>
        <translation>保留多少份</translation>
    </message>
    <message>
        <source>The newest</source>
        <translation>保留最新的</translation>
    </message>
    <message>
        <source>backups; the newest of each of the last</source>
        <translation>份；最近</translation>
    </message>
    <message>
        <source>days and of each of the last</source>
        <translation>天每天最新的一份，以及最近</translation>
    </message>
    <message>
        <source>weeks.</source>
        <translation>周每周最新的一份。</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份为 %1。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace everything in the database by the backup of %1 (%2)?</source>
        <translation>用 %1 的备份（%2）替换数据库的全部内容？</translation>
    </message>
    <message>
        <source>Whatever was entered after %1 is replaced. The current content is backed up first, so this restore can itself be undone from the list.</source>
        <translation>%1 之后录入的数据都会被替换。替换前会先备份现在的内容，所以这次恢复也可以再从列表中撤回。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The content before the restore was backed up as %2.</source>
        <translation>已恢复 %1 的备份。恢复前的内容已备份为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>With these numbers, %n older backup(s) will be deleted now.</source>
        <translation>
            <numerusform>按这些数字，现在将删除 %n 份较旧的备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n older backup(s) deleted.</source>
        <translation>
            <numerusform>已保存；删除了 %n 份较旧的备份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chamber::BackupTable</name>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>chamber::Breadcrumb</name>
    <message>
        <source>Back up to %1</source>
        <translation>返回上级：%1</translation>
    </message>
</context>
<context>
    <name>chamber::CaseDialog</name>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Mediation case %1</source>
        <translation>调解案件 %1</translation>
    </message>
    <message>
        <source>New mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <source>confirmed by the court</source>
        <translation>已经法院司法确认</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未司法确认</translation>
    </message>
    <message>
        <source>Status as the file shows it</source>
        <translation>卷宗所载状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Received on %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>%1 reopened: %2 (%3)</source>
        <translation>%1 重新调解：%2（%3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reopen: back to %1</source>
        <translation>重新调解：退回“%1”</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>the new case</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
</context>
<context>
    <name>chamber::CaseHistoryEditor</name>
    <message>
        <source>History entries</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Correct entry…</source>
        <translation>更正所选…</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>删除所选…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reopened because</source>
        <translation>重新调解原因</translation>
    </message>
    <message>
        <source>Put right a status change entered with a wrong date or status; the reason is kept in the change log</source>
        <translation>更正日期或状态录错的一步状态变更；原因记入修改日志</translation>
    </message>
    <message>
        <source>Take out a status change entered by mistake; the reason is kept in the change log</source>
        <translation>删除误录的一步状态变更；原因记入修改日志</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source> (reopened: %1)</source>
        <translation>（重新调解：%1）</translation>
    </message>
    <message>
        <source>Correct a status change</source>
        <translation>更正状态变更</translation>
    </message>
    <message>
        <source>Delete a status change</source>
        <translation>删除状态变更</translation>
    </message>
</context>
<context>
    <name>chamber::ChamberBasicsTab</name>
    <message>
        <source>not assessed</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>able to bear it</source>
        <translation>能够独立承担</translation>
    </message>
    <message>
        <source>not able to bear it</source>
        <translation>不能独立承担</translation>
    </message>
    <message>
        <source>Counted from the member list (Members tab).</source>
        <translation>按会员名单统计（见“会员”页）。</translation>
    </message>
</context>
<context>
    <name>chamber::ChamberEditor</name>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the chamber (Ctrl+S)</source>
        <translation>保存商会（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New chamber</source>
        <translation>新建商会</translation>
    </message>
    <message>
        <source>%1 (not saved) — Chamber</source>
        <translation>%1（未保存）— 商会</translation>
    </message>
    <message>
        <source>%1 — Chamber</source>
        <translation>%1 — 商会</translation>
    </message>
    <message>
        <source>the new chamber</source>
        <translation>新商会</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>党建</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>会员需求</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Micro-points</source>
        <translation>微积分</translation>
    </message>
    <message>
        <source>Save the chamber first (Ctrl+S); then this tab opens.</source>
        <translation>请先保存商会（Ctrl+S），保存后才能使用此页。</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>Reload shows the chamber as it is now saved; your changes in this window are dropped. Keep editing keeps them here, unsaved, so that you can copy what you need first.</source>
        <translation>「重新载入」显示该商会现在保存的内容，本窗口中的修改将被放弃；「继续编辑」保留本窗口中尚未保存的内容，便于您先抄下需要的部分。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>chamber::ChamberFilterBar</name>
    <message>
        <source>Ready to register</source>
        <translation>具备登记条件</translation>
    </message>
    <message>
        <source>Search name, township, president, credit code (Ctrl+F)</source>
        <translation>搜索名称、乡镇（街道）、会长、统一社会信用代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Chambers not yet registered that meet every condition for registering as a social organisation (Regulations on the Registration of Social Organisations, art. 10).</source>
        <translation>尚未登记、且满足登记为社会团体全部条件的商会（《社会团体登记管理条例》第十条）。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All registration states</source>
        <translation>全部登记状态</translation>
    </message>
    <message>
        <source>Party organisation: all</source>
        <translation>党组织：全部</translation>
    </message>
    <message>
        <source>With a Party organisation</source>
        <translation>已建立党组织</translation>
    </message>
    <message>
        <source>Without a Party organisation</source>
        <translation>未建立党组织</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Chambers with values a ledger import held back or doubted, waiting to be verified.</source>
        <translation>只显示导入台账时有数据暂缓导入或存疑、等待核实的商会。</translation>
    </message>
    <message>
        <source>To verify (count not read)</source>
        <translation>待核实（未能读取数目）</translation>
    </message>
    <message>
        <source>To verify (%1)</source>
        <translation>待核实 (%1)</translation>
    </message>
</context>
<context>
    <name>chamber::ChamberPickerDialog</name>
    <message>
        <source>Type part of the chamber&apos;s name, township or president</source>
        <translation>输入商会名称、乡镇（街道）或会长姓名的一部分</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>chamber::ChamberPointsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>%1
Evidence: %2</source>
        <translation>%1
佐证材料：%2</translation>
    </message>
    <message>
        <source>%1 entries in the year; only approved ones count</source>
        <translation>本年度共 %1 条积分记录；只有已审核通过的计分</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总分：</translation>
    </message>
    <message>
        <source>Rank in the county:</source>
        <translation>全县排名：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等次：</translation>
    </message>
    <message>
        <source>Award eligible:</source>
        <translation>评优资格：</translation>
    </message>
    <message>
        <source>Veto:</source>
        <translation>一票否决：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Entries are made, submitted and approved on the Micro-points page; this tab shows them as they stand.</source>
        <translation>积分记录在“微积分”页录入、提交和审核；此页签仅显示其当前状态。</translation>
    </message>
    <message>
        <source>%1 (published)</source>
        <translation>%1（已发布）</translation>
    </message>
    <message>
        <source>Save the chamber first; its micro-points show here once it is on record.</source>
        <translation>请先保存商会；保存后此处显示其微积分。</translation>
    </message>
    <message>
        <source>No scoring year yet: years are started on the Micro-points page.</source>
        <translation>尚无微积分年度：请在“微积分”页开始一个年度。</translation>
    </message>
    <message>
        <source>Not scored in %1: the chamber was not on record that year.</source>
        <translation>%1 年度未参与评分：该商会当年不在册。</translation>
    </message>
    <message>
        <source>Scorecard %1</source>
        <translation>%1 年度评分</translation>
    </message>
    <message>
        <source>none (vetoed)</source>
        <translation>无（一票否决）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>chamber::ChamberTableModel</name>
    <message>
        <source>%1 individual members, %2 unit members</source>
        <translation>个人会员 %1 个，单位会员 %2 个</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>President</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>chamber::ChambersPage</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New chamber</source>
        <translation>新建商会</translation>
    </message>
    <message>
        <source>Add a chamber (Ctrl+N)</source>
        <translation>添加商会（Ctrl+N）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the list as filtered to Excel (XLSX) or CSV</source>
        <translation>将筛选后的列表导出为 Excel（XLSX）或 CSV 文件</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Delete the selected chamber and its records (Delete)</source>
        <translation>删除选中的商会及其全部记录（Delete）</translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>%1 chambers match the filters · %2</source>
        <translation>符合筛选条件的商会 %1 个 · %2</translation>
    </message>
    <message>
        <source>%1 chambers in all · %2</source>
        <translation>共 %1 个商会 · %2</translation>
    </message>
    <message>
        <source>Delete chamber</source>
        <translation>删除商会</translation>
    </message>
    <message>
        <source>Delete %1 with its registration history and every record kept about it?</source>
        <translation>确定删除%1及其登记历史和全部相关记录吗？</translation>
    </message>
    <message>
        <source>This cannot be undone. Make a backup first (File → Back up) if unsure.</source>
        <translation>删除后无法恢复。如有疑虑，请先备份（文件 → 备份）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Chambers of %1</source>
        <translation>%1的商会</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <source>Take in a ledger (台账) from Excel, WPS or CSV: the import wizard, as in File → Import a ledger</source>
        <translation>从 Excel、WPS 或 CSV 台账导入商会（与「文件 → 导入台账」相同）</translation>
    </message>
    <message>
        <source>chamber roster</source>
        <translation>商会名册</translation>
    </message>
    <message>
        <source>%1 of them dissolved, which the dashboard does not count among its %2 chambers</source>
        <translation>其中已解散 %1 个，统计看板不计入，只计其余 %2 个商会</translation>
    </message>
</context>
<context>
    <name>chamber::ChangeHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>起始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>修改人(&amp;B)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>chamber::ChangeHistoryTab</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(undoes change %1)</source>
        <translation>（撤销修改 %1）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>撤销此修改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>字段：修改前 → 修改后</translation>
    </message>
    <message>
        <source>Put back the values before the selected change, as a new change of your own</source>
        <translation>把所选修改之前的值改回来，作为您本人的一次新修改</translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 第 %2 号</translation>
    </message>
    <message>
        <source>Put back the values from before change %1? The undo is itself kept in the change history.</source>
        <translation>要把修改 %1 之前的值改回来吗？这次撤销本身也会记入修改记录。</translation>
    </message>
</context>
<context>
    <name>chamber::CommitteeDialog</name>
    <message>
        <source>Mediation committee</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>New mediation committee</source>
        <translation>新建调解组织</translation>
    </message>
    <message>
        <source>the mediation committee</source>
        <translation>调解组织</translation>
    </message>
</context>
<context>
    <name>chamber::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Dashboard as PNG…</source>
        <translation>统计看板导出为 PNG…</translation>
    </message>
    <message>
        <source>Dashboard as PDF…</source>
        <translation>统计看板导出为 PDF…</translation>
    </message>
    <message>
        <source>Figures as CSV…</source>
        <translation>统计数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Figures as JSON…</source>
        <translation>统计数据导出为 JSON…</translation>
    </message>
    <message>
        <source>%1 · as of %2 · changes against %3</source>
        <translation>%1 · 截至 %2 · 与 %3 相比的变化</translation>
    </message>
    <message>
        <source>%1 is a township: there are no units below it. Its chambers are listed on the Chambers page; use the breadcrumb above to go back up.</source>
        <translation>%1 是乡级行政区划，下面没有下级单位。其商会列在“商会”页中；可用上方的路径导航返回上级。</translation>
    </message>
    <message>
        <source>%1 dashboard as of %2</source>
        <translation>%1统计看板（截至 %2）</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出统计看板</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算各项数字…</translation>
    </message>
    <message>
        <source>No chamber existed in %1 on %2, so there is no registration status to chart.</source>
        <translation>截至 %2，%1 没有存续的商会，因此没有登记状态图。</translation>
    </message>
    <message>
        <source>Mediation cases per month: no case in the case list was received or closed in the twelve months to %1. Yearly tallies taken in from ledgers have no months; they are counted in the Mediation cases tile.</source>
        <translation>每月调解案件：截至 %1 的十二个月里，案件列表中没有受理或结案的案件。从台账导入的年度调解案件数不分月份，只计入「调解案件」数字卡片。</translation>
    </message>
    <message>
        <source>Micro-points %1: no chamber of %2 has a scorecard for the year yet (a year is scored once it is started on the Points page), so there is no distribution or grade to chart.</source>
        <translation>%1 年微积分：%2 还没有商会的当年考评结果（在「微积分」页开启年度后才会评分），因此没有分数分布图和等级分布图。</translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>统计看板-%1</translation>
    </message>
</context>
<context>
    <name>chamber::DisclosureDialog</name>
    <message>
        <source>Three disclosures</source>
        <translation>三公开</translation>
    </message>
    <message>
        <source>New disclosure period</source>
        <translation>新建三公开记录</translation>
    </message>
    <message>
        <source>the new disclosure period</source>
        <translation>新的三公开记录</translation>
    </message>
    <message>
        <source>the disclosures of %1</source>
        <translation>%1 期间的公开记录</translation>
    </message>
</context>
<context>
    <name>chamber::DivisionCombo</name>
    <message>
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>%1全部</translation>
    </message>
</context>
<context>
    <name>chamber::DivisionPicker</name>
    <message>
        <source>Type a name or code, e.g. 宾阳 or 450126</source>
        <translation>输入名称或代码，如 宾阳 或 450126</translation>
    </message>
    <message>
        <source>Choose the province, city or county the database will cover.</source>
        <translation>请选择数据库所覆盖的省、市或县。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 townships and %4 other township-level units (development zones, farms).</source>
        <translation>%1（%2）：乡镇（街道）%3 个，其他乡级单位（开发区、农场等）%4 个。</translation>
    </message>
</context>
<context>
    <name>chamber::EntryDialog</name>
    <message>
        <source>Points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>New points entry</source>
        <translation>新建积分记录</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 points)</source>
        <translation>%1 · %2（%3 分）</translation>
    </message>
    <message>
        <source>From the rule: %1</source>
        <translation>按规则：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points with at most one decimal.</source>
        <translation>“%1”不是有效的分值（最多一位小数）。</translation>
    </message>
    <message>
        <source>The year has no rules yet: set up its rules on the Micro-points page first.</source>
        <translation>该年度尚无积分规则：请先在“微积分”页设置规则。</translation>
    </message>
    <message>
        <source>the points entry</source>
        <translation>该积分记录</translation>
    </message>
</context>
<context>
    <name>chamber::ExchangePage</name>
    <message>
        <source>#%1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>kept here</source>
        <translation>本库录入</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>%1 chambers, %2 cases, %3 points entries</source>
        <translation>商会 %1 个，调解案件 %2 件，积分记录 %3 条</translation>
    </message>
    <message numerus="yes">
        <source>%n chamber(s) kept in this database</source>
        <translation>
            <numerusform>本库录入的商会 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Forwarded by</source>
        <translation>转报单位</translation>
    </message>
    <message>
        <source>reported: %1/%2 counties</source>
        <translation>已报送 %1/%2 个县（市、区）</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>The reporting status cannot be read: %1</source>
        <translation>无法读取报送情况：%1</translation>
    </message>
    <message>
        <source>A county reports upward: File → Export report data… writes the package to send to the city.</source>
        <translation>县级数据库向上报送：「文件 → 导出报送数据…」生成报送包，发送给市工商联。</translation>
    </message>
    <message>
        <source>Each county&apos;s last report package (File → Import report data…); received records are read-only here.</source>
        <translation>各县（市、区）最近一次报送（「文件 → 导入报送数据…」）；报送来的记录在本库只读。</translation>
    </message>
</context>
<context>
    <name>chamber::FigureTile</name>
    <message>
        <source>vs. a year earlier</source>
        <translation>较上年同期</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The change is in percentage points of the rounded percentages.</source>
        <translation>变化按四舍五入后的百分比之差计算，单位为百分点。</translation>
    </message>
    <message>
        <source>none scored in %1 yet</source>
        <translation>%1 年尚未评分</translation>
    </message>
    <message>
        <source>No chamber has a scorecard for %1 yet. Pick a date in an earlier year (the Year end button) to see that year&apos;s scores.</source>
        <translation>%1 年还没有商会的考评结果。选择往年的日期（「年末」按钮）可查看当年的分数。</translation>
    </message>
    <message>
        <source>vs. %1 a year earlier</source>
        <translation>一年前为 %1</translation>
    </message>
    <message>
        <source>as it stands now</source>
        <translation>当前情况，不随日期变化</translation>
    </message>
</context>
<context>
    <name>chamber::FileActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Create a database for a county, city or region</source>
        <translation>为一个县、市或省（区）创建数据库</translation>
    </message>
    <message>
        <source>Copy the open database to another file, consistently</source>
        <translation>将当前打开的数据库完整一致地复制到另一个文件</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>ChamberDesk database (*.sqlite *.db)</source>
        <translation>乡镇商会工作台数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>备份文件不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open a database file on this computer or a database on a server</source>
        <translation>打开本机的数据库文件，或服务器上的数据库</translation>
    </message>
    <message>
        <source>Server  %1</source>
        <translation>服务器  %1</translation>
    </message>
</context>
<context>
    <name>chamber::FirstRunWizard</name>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>打开已有的数据库</translation>
    </message>
    <message>
        <source>Welcome to ChamberDesk</source>
        <translation>欢迎使用乡镇商会工作台</translation>
    </message>
    <message>
        <source>The records are kept in one database file on this computer. Create one for your county (or city or region), or open one made before.</source>
        <translation>所有记录都保存在本机的一个数据库文件中。请为本县（或市、省（区））新建一个数据库，或打开以前建立的数据库。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Choose where to keep the new database file.</source>
        <translation>选择新数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>ChamberDesk database (*.sqlite *.db)</source>
        <translation>乡镇商会工作台数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>%1 already exists and has its records; open it instead, or choose a new name.</source>
        <translation>%1 已存在且已有记录；请改为打开它，或换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>What does the database cover?</source>
        <translation>数据库覆盖哪个地区？</translation>
    </message>
    <message>
        <source>Pick your county — or a city or region to keep all of its chambers. Its townships are copied from the national division codes (2023).</source>
        <translation>请选择本县；如要管理一个市或省（区）的全部商会，也可选择该市或省（区）。其下的乡镇（街道）取自国家统计用区划代码（2023 年）。</translation>
    </message>
    <message>
        <source>ChamberDesk — database</source>
        <translation>乡镇商会工作台 — 数据库</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>chamber::GapListModel</name>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Status on the date</source>
        <translation>统计日状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>President</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>Registration on the date</source>
        <translation>统计日登记状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已历天数</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>No active chamber in %1 on the date.</source>
        <translation>统计日%1没有状态为正常的商会。</translation>
    </message>
    <message>
        <source>%1 individual + %2 unit</source>
        <translation>个人 %1 + 单位 %2</translation>
    </message>
    <message>
        <source>No Party organisation founded by the date.</source>
        <translation>统计日前未建立党组织。</translation>
    </message>
    <message>
        <source>%1 v. %2</source>
        <translation>%1 与 %2</translation>
    </message>
</context>
<context>
    <name>chamber::GapTabs</name>
    <message>
        <source>Click a unit to see its dashboard.</source>
        <translation>单击某个单位可查看其统计看板。</translation>
    </message>
    <message>
        <source>Townships counted in coverage with no active chamber on the date. Double-click to go to one.</source>
        <translation>计入覆盖率、但统计日没有状态为正常的商会的乡镇（街道）。双击可转到该乡镇（街道）。</translation>
    </message>
    <message>
        <source>Chambers not registered on the date whose record meets every registration condition (members, name and organs, premises, staff, funds, liability).</source>
        <translation>统计日尚未登记、但记录显示已满足全部登记条件（会员、名称和组织机构、办公场所、专职人员、活动资金、民事责任）的商会。</translation>
    </message>
    <message>
        <source>Chambers existing on the date with no Party organisation founded by it.</source>
        <translation>统计日存续、但到统计日尚未建立党组织的商会。</translation>
    </message>
    <message>
        <source>Mediation cases received more than 60 days before the date and still received or mediating on it.</source>
        <translation>在统计日 60 天以前受理、到统计日仍处于受理或调解中的调解案件。</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>Write the list in view as CSV or XLSX.</source>
        <translation>将当前显示的列表导出为 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Cities (%1)</source>
        <translation>市（%1）</translation>
    </message>
    <message>
        <source>Counties (%1)</source>
        <translation>县（%1）</translation>
    </message>
    <message>
        <source>Townships (%1)</source>
        <translation>乡镇（街道）（%1）</translation>
    </message>
    <message>
        <source>Townships without a chamber (%1)</source>
        <translation>未建商会的乡镇（街道）（%1）</translation>
    </message>
    <message>
        <source>Ready to register (%1)</source>
        <translation>具备登记条件（%1）</translation>
    </message>
    <message>
        <source>Without a Party organisation (%1)</source>
        <translation>未建立党组织（%1）</translation>
    </message>
    <message>
        <source>Cases open past 60 days (%1)</source>
        <translation>超过 60 天未结的案件（%1）</translation>
    </message>
    <message>
        <source>townships-without-chamber</source>
        <translation>未建商会的乡镇</translation>
    </message>
    <message>
        <source>ready-to-register</source>
        <translation>具备登记条件的商会</translation>
    </message>
    <message>
        <source>without-party-organisation</source>
        <translation>未建党组织的商会</translation>
    </message>
    <message>
        <source>cases-open-past-60-days</source>
        <translation>超过60天未结的调解案件</translation>
    </message>
    <message>
        <source>dashboard-units</source>
        <translation>统计看板-下级单位</translation>
    </message>
</context>
<context>
    <name>chamber::GradeChart</name>
    <message numerus="yes">
        <source>Scorecards of %1 by grade (%n chamber(s))</source>
        <translation>
            <numerusform>%1 年度评分等次分布（%n 个商会）</numerusform>
        </translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>平均 %1 分</translation>
    </message>
    <message>
        <source>Grades by the year&apos;s thresholds (default ≥ 90 优秀, ≥ 75 良好, ≥ 60 合格, else 不合格); a veto gives 否决.</source>
        <translation>按本年度等次分数线评定等次（默认 ≥ 90 优秀，≥ 75 良好，≥ 60 合格，其余不合格）；被一票否决的为“否决”。</translation>
    </message>
</context>
<context>
    <name>chamber::HistoryEntryDialog</name>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, e.g. 51450126MJ3016613P</source>
        <translation>18 位，如 51450126MJ3016613P</translation>
    </message>
    <message>
        <source>e.g. the certificate is dated 2022-06-01</source>
        <translation>如：登记证书日期为 2022-06-01</translation>
    </message>
    <message>
        <source>e.g. entered against the wrong chamber</source>
        <translation>如：误录到了另一个商会</translation>
    </message>
    <message>
        <source>As recorded: %1</source>
        <translation>原记录：%1</translation>
    </message>
    <message>
        <source>Give the entry as it should have been. The whole history is checked as it would then stand; figures as of every date follow the corrected history.</source>
        <translation>请填写这一条本应的内容。程序按更正后的整个历史进行检查；各个日期的统计数字都按更正后的历史计算。</translation>
    </message>
    <message>
        <source>The entry is taken out of the history. The whole history is checked as it would then stand; figures as of every date follow.</source>
        <translation>这一条将从历史中删去。程序按删除后的整个历史进行检查；各个日期的统计数字随之改变。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>删除这一条</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>chamber::HonourDialog</name>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>New honour</source>
        <translation>新建荣誉</translation>
    </message>
    <message>
        <source>the honour</source>
        <translation>该荣誉</translation>
    </message>
</context>
<context>
    <name>chamber::HonoursTab</name>
    <message>
        <source>the honour %1 (%2)</source>
        <translation>荣誉 %1（%2 年度）</translation>
    </message>
</context>
<context>
    <name>chamber::ImportFilePage</name>
    <message>
        <source>Ledger file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 (GBK, as WPS saves)</source>
        <translation>GB18030（GBK，WPS 保存的格式）</translation>
    </message>
    <message>
        <source>The first sheet that holds a ledger</source>
        <translation>第一个含台账的工作表</translation>
    </message>
    <message>
        <source>none: columns are recognised by their headers</source>
        <translation>无：按表头识别各列</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Text encoding (CSV):</source>
        <translation>文字编码（CSV）：</translation>
    </message>
    <message>
        <source>Sheet (workbook):</source>
        <translation>工作表（工作簿）：</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>已保存的列对应：</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>已保存的列对应</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列对应 (*.json)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose the ledger (台账) as the office keeps it: an Excel or WPS workbook (.xlsx, .xls, .et), an OpenDocument spreadsheet (.ods) or a CSV file. Title rows, totals rows and notes are found and left out.</source>
        <translation>请选择办公室保存的台账：Excel 或 WPS 工作簿（.xlsx、.xls、.et）、OpenDocument 电子表格（.ods）或 CSV 文件。标题行、合计行和备注会被识别并略过。</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.xls *.et *.ods *.csv *.txt);;All files (*)</source>
        <translation>台账 (*.xlsx *.xls *.et *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>chamber::ImportLogPage</name>
    <message>
        <source>overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>fill empty fields</source>
        <translation>只填空白</translation>
    </message>
    <message>
        <source>skip existing</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>When</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Existing chambers</source>
        <translation>已有商会</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>%1 imports</source>
        <translation>共 %1 次导入</translation>
    </message>
    <message>
        <source>Changes made…</source>
        <translation>所做的修改…</translation>
    </message>
    <message>
        <source>The records the selected import created or changed, from the change log</source>
        <translation>所选导入新增或修改的记录（取自修改日志）</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>The import log cannot be read: %1</source>
        <translation>无法读取导入记录：%1</translation>
    </message>
    <message>
        <source>No ledger has been imported into this database yet (File → Import a ledger).</source>
        <translation>这个数据库还没有导入过台账（「文件」→「导入台账…」）。</translation>
    </message>
    <message>
        <source>Each ledger taken in, newest first, with the file&apos;s SHA-256 to tell which file it was.</source>
        <translation>每一次导入的台账，最新的在前；文件的 SHA-256 指纹用来确认是哪一个文件。</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>所做的修改</translation>
    </message>
    <message>
        <source>Changes made by import %1</source>
        <translation>第 %1 次导入所做的修改</translation>
    </message>
    <message>
        <source>%1, imported %2 by %3: %4 changes.</source>
        <translation>%1，%3 于 %2 导入：共 %4 处修改。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <source>Take back every change the selected import made, in one step</source>
        <translation>一次撤回所选导入所做的全部修改</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Take back every change import %1 made? The records go back to how they were before it, in one step, after a backup of the file. The undo is kept in the change history.</source>
        <translation>要撤回第 %1 次导入所做的全部修改吗？将先备份数据库文件，再一次性把各条记录恢复到导入之前的样子。这次撤销会记入修改记录。</translation>
    </message>
    <message>
        <source>The backup before undoing failed.</source>
        <translation>撤销前的备份失败。</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 undone: %n change(s) taken back.</source>
        <translation>
            <numerusform>已撤销第 %1 次导入：共撤回 %n 条修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chamber::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Each column of the ledger and what it is imported as. Change a choice where the header was not recognised or was read wrongly; save the mapping to use it again next year.</source>
        <translation>台账的每一列及其导入为的字段。表头未识别或识别有误的，请改选；保存列对应，明年可再用。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the ledger</source>
        <translation>台账中的表头</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存列对应…</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: header in row %2, %n record(s) below it.</source>
        <translation>
            <numerusform>工作表“%1”：表头在第 %2 行，下有 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not records: %1.</source>
        <translation>不是记录的行：%1。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列对应 (*.json)</translation>
    </message>
</context>
<context>
    <name>chamber::ImportPreviewModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>提示：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Held back, to verify: </source>
        <translation>暂缓导入，待核实：</translation>
    </message>
    <message>
        <source>Taken in, to verify: </source>
        <translation>按原样导入，待核实：</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to verify</source>
        <translation>
            <numerusform>%1，%n 项待核实</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chamber::ImportPreviewPage</name>
    <message>
        <source>Replace them with the ledger&apos;s values</source>
        <translation>用台账的值覆盖</translation>
    </message>
    <message>
        <source>Fill only their empty fields</source>
        <translation>只填空白字段</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <source>Save refused rows…</source>
        <translation>保存未通过的行…</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>重新预览</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Chambers already on record:</source>
        <translation>已有的商会：</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>正在读取各行…</translation>
    </message>
    <message>
        <source>%1 records: %2 to create, %3 to update, %4 unchanged, %5 skipped, %6 refused; %7 rows are not records.</source>
        <translation>共 %1 条记录：新增 %2，更新 %3，无变化 %4，跳过 %5，拒绝 %6；另有 %7 行不是记录。</translation>
    </message>
    <message>
        <source>This file was imported before, on %1 by %2.</source>
        <translation>此文件曾于 %1 由 %2 导入过。</translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-未通过</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>保存未通过的行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows are matched to the chambers on record by township and name. A value that cannot be taken in is held back to verify while its chamber comes in; only rows without a usable chamber are refused: save them to correct and import again.</source>
        <translation>此时尚未写入任何内容。各行按乡镇（街道）和商会名称与已有商会对应。某一格无法导入时，这一格暂缓导入、待核实，商会照常导入；只有没有可用商会的行才被拒绝：可把它们保存下来，改正后再导入。</translation>
    </message>
    <message>
        <source>%1 values will be held back and %2 taken in with a doubt; their chambers come in and the values wait to be verified (待核实).</source>
        <translation>将有 %1 项数据暂缓导入、%2 项数据按原样导入但存疑；所属商会照常导入，这些数据记入待核实清单。</translation>
    </message>
</context>
<context>
    <name>chamber::ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>chamber::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped; %5 refused rows were not imported. The import is in the log as number %6.</source>
        <translation>已导入：新增 %1，更新 %2，无变化 %3，跳过 %4；%5 行未通过，未导入。本次导入记入导入日志，编号 %6。</translation>
    </message>
    <message>
        <source>Save this list…</source>
        <translation>保存此清单…</translation>
    </message>
    <message>
        <source>Open the list to verify</source>
        <translation>打开待核实清单</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>台账中的值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save the refused rows and the values to verify, with why, as a CSV file.</source>
        <translation>把未导入的行和待核实的数据连同原因保存为 CSV 文件。</translation>
    </message>
    <message>
        <source>Show the chambers with values to verify (待核实).</source>
        <translation>显示有待核实数据的商会。</translation>
    </message>
    <message>
        <source>%1 values were held back and %2 taken in with a doubt: their chambers came in, and the values wait in the list to verify (待核实).</source>
        <translation>%1 项数据暂缓导入、%2 项数据按原样导入但存疑：所属商会已导入，这些数据记入待核实清单。</translation>
    </message>
    <message>
        <source>-to-verify</source>
        <translation>-待核实</translation>
    </message>
    <message>
        <source>Save this list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>chamber::ImportWizard</name>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>chamber::InstructorDialog</name>
    <message>
        <source>Party instructor</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>New Party instructor</source>
        <translation>新建党建指导员</translation>
    </message>
    <message>
        <source>the new instructor</source>
        <translation>新的党建指导员</translation>
    </message>
</context>
<context>
    <name>chamber::MainWindow</name>
    <message>
        <source>ChamberDesk</source>
        <translation>乡镇商会工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChamberDesk</source>
        <translation>关于乡镇商会工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — %2 — ChamberDesk</source>
        <translation>%1 — %2 — 乡镇商会工作台</translation>
    </message>
    <message>
        <source>Scope: %1 (%2)</source>
        <translation>范围：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>About ChamberDesk</source>
        <translation>关于乡镇商会工作台</translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export a ledger…</source>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChamberDesk %1&lt;/h3&gt;&lt;p&gt;Records of township and street chambers of commerce for county federations of industry and commerce.&lt;/p&gt;&lt;p&gt;Keys: Ctrl+N new · Ctrl+F find · Ctrl+S save · Delete delete · F5 refresh · Ctrl+1…8 pages.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;乡镇商会工作台 %1&lt;/h3&gt;&lt;p&gt;供县级工商联管理乡镇（街道）商会的档案记录。&lt;/p&gt;&lt;p&gt;快捷键：Ctrl+N 新建 · Ctrl+F 查找 · Ctrl+S 保存 · Delete 删除 · F5 刷新 · Ctrl+1…8 切换页面。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;report data…</source>
        <translation>导出报送数据(&amp;R)…</translation>
    </message>
    <message>
        <source>Import re&amp;port data…</source>
        <translation>导入报送数据(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>chamber::MediationChart</name>
    <message>
        <source>Cases received</source>
        <translation>受理案件数</translation>
    </message>
    <message>
        <source>Settled share of cases closed</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 closed, %4 settled (%5)</source>
        <translation>%1：受理 %2 件，结案 %3 件，调解成功 %4 件（%5）</translation>
    </message>
    <message>
        <source>Mediation cases per month, %1 to %2</source>
        <translation>每月调解案件（%1 至 %2）</translation>
    </message>
    <message>
        <source>From the case list and its dated status changes. Yearly tallies from ledgers have no months and are counted only in the Mediation cases tile.</source>
        <translation>依据案件清单及其带日期的状态变更统计。台账中的年度调解案件数没有月份，只计入“调解案件”一栏。</translation>
    </message>
</context>
<context>
    <name>chamber::MediationPage</name>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未结案</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Received in %1</source>
        <translation>%1 年受理</translation>
    </message>
    <message>
        <source>Search number, parties, chamber (Ctrl+F)</source>
        <translation>搜索编号、当事人、商会（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 件案件</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Take in a new case (Ctrl+N)</source>
        <translation>受理新案件（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Search chamber or committee (Ctrl+F)</source>
        <translation>搜索商会或调解组织（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 chambers have a mediation committee on record</source>
        <translation>有调解组织记录的商会 %1 个</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Mediation committees</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>%1 cases on record: %2 still open, %3 settled.</source>
        <translation>共记录案件 %1 件：尚未结案 %2 件，调解成功 %3 件。</translation>
    </message>
    <message>
        <source>Which chamber takes in the case?</source>
        <translation>由哪个商会受理该案件？</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Delete case %1 (%2 v. %3) and its history?</source>
        <translation>确定删除案件 %1（%2 与 %3）及其经过记录吗？</translation>
    </message>
    <message>
        <source>The Mediation Law requires case records to be kept on file; delete only a case entered by mistake.</source>
        <translation>《人民调解法》要求调解案件记录立卷归档；只应删除误录的案件。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mediation cases of %1</source>
        <translation>%1的调解案件</translation>
    </message>
    <message>
        <source>mediation-cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Mediation committees of %1</source>
        <translation>%1的调解组织</translation>
    </message>
    <message>
        <source>mediation-committees</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Ledgers&apos; yearly tallies add %1 cases that are not in this list (counts only, without case files); the dashboard&apos;s Mediation cases figure includes them.</source>
        <translation>另有台账年度调解案件数 %1 件不在此列表中（只有件数，没有案卷）；统计看板的「调解案件」数字包括这些案件。</translation>
    </message>
</context>
<context>
    <name>chamber::MediationTab</name>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>No mediation committee is on record for this chamber.</source>
        <translation>该商会没有调解组织的记录。</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>设立…</translation>
    </message>
    <message numerus="yes">
        <source>%1
Founded %2 · %n mediator(s)</source>
        <translation>
            <numerusform>%1
成立日期：%2 · 调解员 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>（未填写名称）</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>（日期不详）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the chamber&apos;s mediation committee from the records? Its cases are kept.</source>
        <translation>确定从记录中删除该商会的调解组织吗？其调解案件仍会保留。</translation>
    </message>
</context>
<context>
    <name>chamber::MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新建会员</translation>
    </message>
    <message>
        <source>the new member</source>
        <translation>新会员</translation>
    </message>
</context>
<context>
    <name>chamber::MembersTab</name>
    <message>
        <source>The member counts follow from this list</source>
        <translation>会员数按此名单统计</translation>
    </message>
    <message>
        <source>When ticked, the chamber&apos;s individual and unit member counts are counted from the list of current members.</source>
        <translation>勾选后，商会的个人会员数和单位会员数按当前在册会员名单统计。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>On the list today: %1 unit, %2 individual members</source>
        <translation>当前在册：单位会员 %1 个，个人会员 %2 个</translation>
    </message>
</context>
<context>
    <name>chamber::NeedDialog</name>
    <message>
        <source>Member need</source>
        <translation>会员需求</translation>
    </message>
    <message>
        <source>New member need</source>
        <translation>新建会员需求</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Now: %1 on %2</source>
        <translation>当前状态：%1（%2）</translation>
    </message>
    <message>
        <source>Now: %1 since %2</source>
        <translation>当前状态：%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Reopen: back to %1</source>
        <translation>重新打开：退回“%1”</translation>
    </message>
    <message>
        <source>the need</source>
        <translation>该需求</translation>
    </message>
</context>
<context>
    <name>chamber::NeedsTab</name>
    <message>
        <source>the need of %1</source>
        <translation>%1提出的需求</translation>
    </message>
</context>
<context>
    <name>chamber::OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>As the server offers (default)</source>
        <translation>按服务器默认</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Encrypted if the server can</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>加密并核验证书</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked</source>
        <translation>加密并核验证书和服务器名</translation>
    </message>
    <message>
        <source>db.example.gov.cn or 192.168.1.10</source>
        <translation>如 db.example.gov.cn 或 192.168.1.10</translation>
    </message>
    <message>
        <source>Server  %1</source>
        <translation>服务器  %1</translation>
    </message>
    <message>
        <source>File  %1</source>
        <translation>文件  %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请填写服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>请填写服务器上数据库的名称。</translation>
    </message>
    <message>
        <source>Used for this connection only; never saved.</source>
        <translation>只用于这一次连接，不会保存。</translation>
    </message>
    <message>
        <source>The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>密码取自本机的 PGPASSWORD 或 ~/.pgpass，无需输入。</translation>
    </message>
    <message>
        <source>ChamberDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>乡镇商会工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>chamber::OptionalDateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Type the date as yyyy-mm-dd (for example 2011-10-10), pick it from the calendar (Alt+Down), or leave it empty if it is not known.</source>
        <translation>按“年-月-日”输入日期（例如 2011-10-10），或从日历中选择（Alt+↓）；日期不详可留空。</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+↓）</translation>
    </message>
    <message>
        <source>Not a date: type it as yyyy-mm-dd, for example 2011-10-10, or leave the field empty.</source>
        <translation>不是有效日期：请按“年-月-日”输入，例如 2011-10-10，或留空。</translation>
    </message>
</context>
<context>
    <name>chamber::PartyOrganizationDialog</name>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>New Party organisation</source>
        <translation>新建党组织</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评星</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>the Party organisation</source>
        <translation>党组织</translation>
    </message>
</context>
<context>
    <name>chamber::PartyPage</name>
    <message>
        <source>Party building</source>
        <translation>党建</translation>
    </message>
    <message>
        <source>Search chamber, organisation or secretary (Ctrl+F)</source>
        <translation>搜索商会、党组织或书记（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search chamber, instructor or unit (Ctrl+F)</source>
        <translation>搜索商会、党建指导员或工作单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search chamber or period (Ctrl+F)</source>
        <translation>搜索商会或期间（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 chambers have a Party organisation on record</source>
        <translation>有党组织记录的商会 %1 个</translation>
    </message>
    <message>
        <source>%1 instructors on record</source>
        <translation>共记录党建指导员 %1 名</translation>
    </message>
    <message>
        <source>%1 disclosure periods on record</source>
        <translation>共记录三公开 %1 期</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>Three disclosures</source>
        <translation>三公开</translation>
    </message>
    <message>
        <source>%1 of %2 chambers have a Party organisation on record; %3 have none yet. Open a row to edit the chamber&apos;s Party building records.</source>
        <translation>%2 个商会中有 %1 个有党组织记录，%3 个尚未建立。打开某一行可编辑该商会的党建记录。</translation>
    </message>
    <message>
        <source>party-organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>party-instructors</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>three-disclosures</source>
        <translation>三公开</translation>
    </message>
    <message>
        <source>Party organisations of chambers in %1</source>
        <translation>%1商会党组织</translation>
    </message>
    <message>
        <source>Party instructors of chambers in %1</source>
        <translation>%1商会党建指导员</translation>
    </message>
    <message>
        <source>Three disclosures of chambers in %1</source>
        <translation>%1商会三公开</translation>
    </message>
</context>
<context>
    <name>chamber::PartyTab</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>the instructor %1</source>
        <translation>党建指导员%1</translation>
    </message>
    <message>
        <source>the disclosures of %1</source>
        <translation>%1 期间的公开记录</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Party instructors</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>Three disclosures (Party affairs, chamber affairs, finances)</source>
        <translation>三公开（党务、会务、财务）</translation>
    </message>
    <message>
        <source>Save the chamber first; then its Party building records can be added.</source>
        <translation>请先保存商会，然后才能添加其党建记录。</translation>
    </message>
    <message>
        <source>No Party organisation is on record for this chamber.</source>
        <translation>该商会没有党组织的记录。</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>建立…</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>（未填写名称）</translation>
    </message>
    <message>
        <source>%1 · %2 Party members · secretary %3</source>
        <translation>%1 · 党员 %2 名 · 书记：%3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Formed jointly with %1</source>
        <translation>与%1联合组建</translation>
    </message>
    <message numerus="yes">
        <source>Star rating: %n star(s)</source>
        <translation>
            <numerusform>星级：%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Not star-rated</source>
        <translation>未评星</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete the chamber&apos;s Party organisation from the records?</source>
        <translation>确定从记录中删除该商会的党组织吗？</translation>
    </message>
    <message>
        <source>This tab opens once the chamber is saved (Ctrl+S): its Party organisation, instructors and disclosures belong to a chamber on record.</source>
        <translation>保存商会（Ctrl+S）后才能使用此页：党组织、党建工作指导员和三公开记录都要挂在已保存的商会下。</translation>
    </message>
</context>
<context>
    <name>chamber::PointsEntriesPanel</name>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>%1
Evidence: %2</source>
        <translation>%1
佐证材料：%2</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部积分记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条积分记录</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新建积分记录…</translation>
    </message>
    <message>
        <source>Enter points for a chamber (Ctrl+N)</source>
        <translation>为商会录入积分（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Send the draft for approval</source>
        <translation>将草稿提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Approve the submitted entry: its points count from now on</source>
        <translation>审核通过已提交的积分记录：其分值自此计入积分</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Reject the entry with a reason; it can be corrected and submitted again</source>
        <translation>退回积分记录并说明原因；改正后可再次提交</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Which chamber are the points for?</source>
        <translation>为哪个商会录入积分？</translation>
    </message>
    <message>
        <source>Points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Send the entry back</source>
        <translation>退回积分记录</translation>
    </message>
    <message>
        <source>Why is it sent back? The reason goes to whoever entered it.</source>
        <translation>退回原因是什么？原因将告知录入人。</translation>
    </message>
    <message>
        <source>Delete the selected entry?</source>
        <translation>确定删除选中的积分记录吗？</translation>
    </message>
</context>
<context>
    <name>chamber::PointsPage</name>
    <message>
        <source>Micro-points</source>
        <translation>微积分</translation>
    </message>
    <message>
        <source>Start a year…</source>
        <translation>开始新年度…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开放…</translation>
    </message>
    <message>
        <source>Open a published year for corrections; the reason is kept in the history</source>
        <translation>重新开放已发布的年度以便更正；原因将记入历史</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>How points are earned</source>
        <translation>计分事项</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>每次分值</translation>
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
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>required</source>
        <translation>须提供</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>共 %1 条规则</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>停用/恢复</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>%1 vetoes</source>
        <translation>共 %1 项一票否决</translation>
    </message>
    <message>
        <source>Record a veto…</source>
        <translation>登记一票否决…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Vetoes</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Remove veto</source>
        <translation>删除一票否决</translation>
    </message>
    <message>
        <source>Remove the selected veto? The chamber&apos;s grade then follows its points again.</source>
        <translation>确定删除选中的一票否决吗？删除后该商会的等次将重新按得分评定。</translation>
    </message>
    <message>
        <source>%1 (published)</source>
        <translation>%1（已发布）</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>No scoring year yet: start one to set its rules.</source>
        <translation>尚无积分年度：请先开始一个年度，再设置其规则。</translation>
    </message>
    <message>
        <source>published: frozen, reopen to correct</source>
        <translation>已发布：已冻结，如需更正请重新开放</translation>
    </message>
    <message>
        <source>open for entries</source>
        <translation>可录入积分</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 chambers scored, %4 eligible for awards · %5 rules, %6 vetoes</source>
        <translation>%1 年度 · %2 · 参与评分商会 %3 个，具有评优资格 %4 个 · 规则 %5 条，一票否决 %6 项</translation>
    </message>
    <message>
        <source>Start a scoring year</source>
        <translation>开始积分年度</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Start %1 as a copy of %2&apos;s rules, caps and options?</source>
        <translation>确定开始 %1 年度，并复制 %2 年度的规则、上限和选项吗？</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新开放 %1 年度</translation>
    </message>
    <message>
        <source>Why is the published year reopened? The reason is kept with the year&apos;s history.</source>
        <translation>为什么要重新开放已发布的年度？原因将记入该年度的历史。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>Which chamber is vetoed?</source>
        <translation>对哪个商会实行一票否决？</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Publish the year&apos;s scoring report: the rules and entries of the year are frozen</source>
        <translation>发布本年度评分报告：该年度的规则和积分记录将被冻结</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>发布 %1 年度</translation>
    </message>
    <message>
        <source>Publish the scoring report of %1? The year&apos;s rules, entries and vetoes are frozen and the report is kept as published, so that it can be printed again unchanged. Corrections afterwards need the year reopened with a reason.</source>
        <translation>发布 %1 年度的评分报告？该年度的规则、积分记录和一票否决将被冻结，报告按发布时的内容保存，可随时原样重新打印。此后如需更正，须说明原因重新开放该年度。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>印发日期：</translation>
    </message>
    <message>
        <source>%1 is published, issued %2. The year&apos;s rules and entries are frozen.</source>
        <translation>%1 年度已发布，印发日期 %2。该年度的规则和积分记录已冻结。</translation>
    </message>
    <message>
        <source>No scoring year is chosen.</source>
        <translation>未选择微积分年度。</translation>
    </message>
    <message>
        <source>Categories and grades</source>
        <translation>类别与等次</translation>
    </message>
</context>
<context>
    <name>chamber::PointsRulesPanel</name>
    <message>
        <source>Grades and awards of the year</source>
        <translation>本年度等次与评优</translation>
    </message>
    <message>
        <source>Award eligibility needs a full year registered with civil affairs at the year&apos;s end</source>
        <translation>评优须在年末已在民政部门登记满一年</translation>
    </message>
    <message>
        <source>Save grades</source>
        <translation>保存等次</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列序</translation>
    </message>
    <message>
        <source>Cap this year</source>
        <translation>本年度上限</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 categories, shared by every year</source>
        <translation>共 %1 个类别，各年度共用</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新建类别…</translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation>改名或调整顺序…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <source>Cap this year…</source>
        <translation>设置本年度上限…</translation>
    </message>
    <message>
        <source>The most points the category can reach in the year</source>
        <translation>该类别本年度最多可得的分数</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Excellent from</source>
        <translation>优秀分数线</translation>
    </message>
    <message>
        <source>Good from</source>
        <translation>良好分数线</translation>
    </message>
    <message>
        <source>Pass from</source>
        <translation>合格分数线</translation>
    </message>
    <message>
        <source>Published on %1: the rules, caps and grades of %2 are read-only, so that they stay as the report was issued. To correct them, reopen the year first (Reopen… above).</source>
        <translation>已发布于 %1：%2 年度的规则、上限和等次为只读，以保持与发布的报告一致。如需更正，请先重新开放该年度（上方「重新开放…」）。</translation>
    </message>
    <message>
        <source>Points categories</source>
        <translation>积分类别</translation>
    </message>
    <message>
        <source>The cap expects points such as 20 or 12.5 (one decimal at most), not &quot;%1&quot;; leave it empty for no cap.</source>
        <translation>上限应为分数，如 20 或 12.5（最多一位小数），而不是“%1”；不设上限请留空。</translation>
    </message>
    <message>
        <source>%1 expects points such as 90 or 87.5 (one decimal at most), not &quot;%2&quot;.</source>
        <translation>%1应为分数，如 90 或 87.5（最多一位小数），而不是“%2”。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Name of the category (a column of the report):</source>
        <translation>类别名称（报告中的一列）：</translation>
    </message>
    <message>
        <source>Rename or move a category</source>
        <translation>类别改名或调整顺序</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Column in the report (1 is the first):</source>
        <translation>在报告中的列序（1 为第一列）：</translation>
    </message>
    <message>
        <source>Cap of %1 in %2</source>
        <translation>%1 在 %2 年度的上限</translation>
    </message>
    <message>
        <source>The most points the category can reach in %1 (empty: no cap):</source>
        <translation>该类别在 %1 年度最多可得的分数（留空为不设上限）：</translation>
    </message>
</context>
<context>
    <name>chamber::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>修改尚未保存</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved.</source>
        <translation>对%1所作的修改尚未保存。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>关闭前是否保存？</translation>
    </message>
    <message>
        <source>They cannot be saved until the problems shown are put right.</source>
        <translation>须先改正所示问题，才能保存。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Cannot be saved yet:
%1</source>
        <translation>还不能保存：
%1</translation>
    </message>
</context>
<context>
    <name>chamber::RecordListPanel</name>
    <message>
        <source>%1 records</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the list as filtered to Excel (XLSX) or CSV</source>
        <translation>将筛选后的列表导出为 Excel（XLSX）或 CSV 文件</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the list as filtered</source>
        <translation>打印筛选后的列表</translation>
    </message>
</context>
<context>
    <name>chamber::RegistrationHistoryEditor</name>
    <message>
        <source>Correct entry…</source>
        <translation>更正所选…</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>删除所选…</translation>
    </message>
    <message>
        <source>Put right a change entered with a wrong date, status or credit code; the reason is kept in the change log</source>
        <translation>更正日期、状态或信用代码录错的变更；原因记入修改日志</translation>
    </message>
    <message>
        <source>Take out a change entered by mistake; the reason is kept in the change log</source>
        <translation>删除误录的变更；原因记入修改日志</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>, credit code %1</source>
        <translation>，信用代码 %1</translation>
    </message>
    <message>
        <source>Correct a registration change</source>
        <translation>更正登记变更</translation>
    </message>
    <message>
        <source>Delete a registration change</source>
        <translation>删除登记变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>chamber::RegistrationHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>chamber::RegistrationTab</name>
    <message>
        <source>Save the chamber first; then its registration changes can be recorded.</source>
        <translation>请先保存商会，然后才能记录其登记状态变更。</translation>
    </message>
    <message>
        <source>A new chamber: save it, then record its registration changes here.</source>
        <translation>这是新商会：请先保存，再在此记录其登记状态变更。</translation>
    </message>
    <message>
        <source>Current status: %1 (no change recorded yet).</source>
        <translation>当前状态：%1（尚未记录任何变更）。</translation>
    </message>
    <message>
        <source>Current status: %1 since %2.</source>
        <translation>当前状态：%1（自 %2 起）。</translation>
    </message>
    <message>
        <source>All %1 conditions are met: the chamber can apply to register.</source>
        <translation>%1 项条件全部满足：该商会可以申请登记。</translation>
    </message>
    <message>
        <source>%1 of %2 conditions met.</source>
        <translation>%2 项条件中已满足 %1 项。</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>记录变更</translation>
    </message>
    <message>
        <source>Choose the new status</source>
        <translation>请选择新的状态</translation>
    </message>
    <message>
        <source>The chamber is registered; the conditions are shown for its records (%1 of %2 met).</source>
        <translation>该商会已登记；以下条件仅作存档参考（符合 %1 项，共 %2 项）。</translation>
    </message>
    <message>
        <source>All %1 conditions are met; the application is with the civil affairs bureau.</source>
        <translation>%1 项条件均已符合；登记申请已交民政局办理。</translation>
    </message>
    <message>
        <source>%1 of %2 conditions met; the application is with the civil affairs bureau.</source>
        <translation>符合 %1 项条件，共 %2 项；登记申请已交民政局办理。</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; on %2? The history keeps every change; one entered wrongly can be corrected later, with the reason.</source>
        <translation>确定记录于 %2 变更为“%1”吗？登记历史保留每一次变更；录错的可以之后说明原因进行更正。</translation>
    </message>
</context>
<context>
    <name>chamber::ReportsPage</name>
    <message>
        <source>Files for the federation&apos;s records and for sending upward.</source>
        <translation>供工商联存档和向上级报送的文件。</translation>
    </message>
    <message>
        <source>Coverage figures</source>
        <translation>覆盖率统计</translation>
    </message>
    <message>
        <source>Chamber coverage and registration for the scope and each unit below it, each rate with its numerator and denominator. JSON follows the documented stats contract; CSV opens in Excel and WPS.</source>
        <translation>本范围及其下各单位的商会覆盖率和登记率，每个比率都附有分子和分母。JSON 文件遵循文档中规定的统计数据格式；CSV 文件可用 Excel 和 WPS 打开。</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>另存为 JSON…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Annual micro-points scoring report</source>
        <translation>微积分年度评分报告</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Save the coverage figures</source>
        <translation>保存覆盖率统计</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV for Excel and WPS (*.csv)</source>
        <translation>CSV 文件，可用 Excel 和 WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Every chamber of the county with its category subtotals, total, rank and grade, the totals and averages at the foot and the rules used. A published year gives its published report again, unchanged; an unpublished year is marked as a draft dated today. The PDF is A4 landscape with a signature line, for printing and sending upward.</source>
        <translation>本县每个商会的各类别小计、总分、排名和等次，表尾附合计和平均，并附所用的评分规则。已发布的年度按原样重新生成已发布的报告；未发布的年度标为草稿，日期为今天。PDF 为 A4 横向版式，带签字栏，供打印和向上级报送。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>PDF for printing…</source>
        <translation>PDF（供打印）…</translation>
    </message>
    <message>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>No micro-points year yet: start one on the micro-points page.</source>
        <translation>尚无微积分年度：请在“微积分”页开始一个年度。</translation>
    </message>
    <message>
        <source>Not published: the report is a draft dated today.</source>
        <translation>未发布：生成的报告为草稿，日期为今天。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the scoring report</source>
        <translation>保存评分报告</translation>
    </message>
    <message>
        <source>There is no micro-points year to report on.</source>
        <translation>没有可生成报告的微积分年度。</translation>
    </message>
    <message>
        <source>scoring-report-%1-%2</source>
        <translation>微积分考评报告-%1-%2</translation>
    </message>
    <message>
        <source>coverage-figures-%1</source>
        <translation>覆盖率统计-%1</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>报表语言</translation>
    </message>
    <message>
        <source>Published: the report is the published one, in the language it was published in.</source>
        <translation>已发布：报表即发布时的版本，语言也与发布时相同。</translation>
    </message>
</context>
<context>
    <name>chamber::RuleDialog</name>
    <message>
        <source>Points rule of %1</source>
        <translation>%1 年度积分规则</translation>
    </message>
    <message>
        <source>New points rule for %1</source>
        <translation>新建 %1 年度积分规则</translation>
    </message>
    <message>
        <source>How many points is it worth? Write e.g. 5, 0.5 or -2.</source>
        <translation>每次计多少分？请填写如 5、0.5 或 -2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points with at most one decimal.</source>
        <translation>“%1”不是有效的分值（最多一位小数）。</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>该规则</translation>
    </message>
</context>
<context>
    <name>chamber::ScoreDistributionChart</name>
    <message>
        <source>Chambers</source>
        <translation>商会数</translation>
    </message>
    <message>
        <source>points</source>
        <translation>总分</translation>
    </message>
    <message numerus="yes">
        <source>Score distribution %1 (%n chamber(s))</source>
        <translation>
            <numerusform>%1 年度得分分布（%n 个商会）</numerusform>
        </translation>
    </message>
    <message>
        <source>Chambers by their total points for the year, in ten-point bands; a band includes its lower bound.</source>
        <translation>按本年度总分以 10 分为一档统计的商会数；每档含下限。</translation>
    </message>
</context>
<context>
    <name>chamber::ScorecardModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Rank in the county among chambers not vetoed; equal totals share a rank.</source>
        <translation>在本县未被一票否决的商会中的排名；总分相同的名次并列。</translation>
    </message>
    <message>
        <source>Eligible for the year&apos;s awards: not vetoed, graded pass or better, and registered a full year when the year asks it.</source>
        <translation>具有本年度评优资格：未被一票否决，等次为合格及以上；年度设置要求时，还须登记满一年。</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Award eligible</source>
        <translation>评优资格</translation>
    </message>
    <message>
        <source>Published, but the published report cannot be read: %1</source>
        <translation>已发布，但无法读取已发布的报告：%1</translation>
    </message>
    <message>
        <source>Published (issued %1): these are the figures of the published report of %2.</source>
        <translation>已发布（发文日期 %1）：以下为 %2 年度已发布报告中的数字。</translation>
    </message>
    <message>
        <source>Draft: %1 is open; the figures count the entries approved so far and may still change.</source>
        <translation>草稿：%1 年度尚未发布，以下按目前已通过的记录计算，仍可能变化。</translation>
    </message>
</context>
<context>
    <name>chamber::SettingsPage</name>
    <message>
        <source>Count development zones, farms and similar units (codes 400–599) as townships in coverage</source>
        <translation>计算覆盖率时，将开发区、农场等类似乡级单位（代码 400–599）计为乡镇</translation>
    </message>
    <message>
        <source>Settings of this computer and of the open database.</source>
        <translation>本机的设置和当前数据库的设置。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language takes effect the next time ChamberDesk starts.</source>
        <translation>新的界面语言在下次启动乡镇商会工作台时生效。</translation>
    </message>
    <message>
        <source>By default coverage counts only townships, towns and subdistricts (乡、镇、街道).</source>
        <translation>默认情况下，覆盖率只计入乡、镇和街道。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Integrity and foreign keys are in order.</source>
        <translation>完整性和外键检查均正常。</translation>
    </message>
    <message>
        <source>The check found problems:
%1</source>
        <translation>检查发现以下问题：
%1</translation>
    </message>
    <message>
        <source>%1 (%2, of which %3 in the write-ahead log %4)</source>
        <translation>%1（%2，其中 %3 在预写日志 %4 中）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
</context>
<context>
    <name>chamber::StatusChangeBox</name>
    <message>
        <source>Record the change</source>
        <translation>记录变更</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>变更为</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>chamber::StatusDonutChart</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 个（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Registration status of %n chamber(s)</source>
        <translation>
            <numerusform>%n 个商会的登记状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Each chamber&apos;s registration status on the date, from its registration history.</source>
        <translation>根据登记历史得出的各商会在统计日的登记状态。</translation>
    </message>
</context>
<context>
    <name>chamber::TallyPanel</name>
    <message>
        <source>Yearly case counts (years whose cases are not listed one by one)</source>
        <translation>年度案件数（未逐件录入案件的年份）</translation>
    </message>
    <message>
        <source>Set a year…</source>
        <translation>记录某年…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yearly case count</source>
        <translation>年度案件数</translation>
    </message>
    <message>
        <source>Settled cases known</source>
        <translation>已知调解成功数</translation>
    </message>
    <message>
        <source>Cases taken in</source>
        <translation>受理案件数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>chamber::UnitBarChart</name>
    <message>
        <source>Chamber coverage</source>
        <translation>商会覆盖率</translation>
    </message>
    <message>
        <source>Registration rate</source>
        <translation>登记率</translation>
    </message>
    <message>
        <source>Coverage and registration by city</source>
        <translation>各市商会覆盖率和登记率</translation>
    </message>
    <message>
        <source>Coverage and registration by county</source>
        <translation>各县商会覆盖率和登记率</translation>
    </message>
    <message>
        <source>Coverage and registration by township</source>
        <translation>各乡镇（街道）商会覆盖率和登记率</translation>
    </message>
    <message>
        <source>Click a unit&apos;s bar to see its dashboard.</source>
        <translation>单击某个单位的柱条可查看其统计看板。</translation>
    </message>
</context>
<context>
    <name>chamber::UnitStatsModel</name>
    <message>
        <source>Chamber coverage = townships with at least one active chamber ÷ townships counted.</source>
        <translation>商会覆盖率 = 至少有一个状态为正常的商会的乡镇（街道）数 ÷ 计入的乡镇（街道）数。</translation>
    </message>
    <message>
        <source>Registration rate = registered chambers ÷ chambers.</source>
        <translation>登记率 = 已登记的商会数 ÷ 商会数。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇（街道）数</translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation>商会数</translation>
    </message>
    <message>
        <source>Chamber coverage</source>
        <translation>商会覆盖率</translation>
    </message>
    <message>
        <source>Registration rate</source>
        <translation>登记率</translation>
    </message>
</context>
<context>
    <name>chamber::VerificationBanner</name>
    <message>
        <source>The values to verify could not be read: %1</source>
        <translation>未能读取待核实的数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;To verify (%n):&lt;/b&gt; values from a ledger import that were held back or look doubtful.</source>
        <translation>
            <numerusform>&lt;b&gt;待核实（%n 项）：&lt;/b&gt;导入台账时暂缓导入或存疑的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>taken in as found</source>
        <translation>已按原样导入</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>暂缓导入</translation>
    </message>
    <message>
        <source>%1: “%2” (%3) — %4 [%5]</source>
        <translation>%1：“%2”（%3）— %4 [%5]</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Confirm this value</source>
        <translation>确认此值</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>使用此值</translation>
    </message>
    <message>
        <source>The value is on record; confirm it is right.</source>
        <translation>该值已按原样记录；核对无误后点此确认。</translation>
    </message>
    <message>
        <source>Write “%1” into the chamber now.</source>
        <translation>现在把“%1”写入商会记录。</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>Keep the record as it is and say why.</source>
        <translation>保留现有记录，并写明原因。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Why is “%1” not used?</source>
        <translation>为什么不使用“%1”？</translation>
    </message>
</context>
<context>
    <name>chamber::VetoDialog</name>
    <message>
        <source>Veto for %1</source>
        <translation>%1 年度一票否决</translation>
    </message>
    <message>
        <source>the veto</source>
        <translation>该一票否决</translation>
    </message>
</context>
<context>
    <name>chamber::Workspace</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The database %1 has no scope yet: choose its province, city or county first.</source>
        <translation>数据库 %1 尚未设定范围：请先选择它所属的省、市或县。</translation>
    </message>
</context>
</TS>
