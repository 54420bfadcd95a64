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
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
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
        <source>&quot;%1&quot; is not an amount of yuan; write it like 30000, 30000.50 or 3万.</source>
        <translation>“%1”不是有效的金额（元）；请写成 30000、30000.50 或 3万 这样的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of this database; pick one from the list.</source>
        <translation>“%1”不是本数据库中的乡镇（街道）；请从列表中选择。</translation>
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
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved.</source>
        <translation>对%1的修改尚未保存。</translation>
    </message>
    <message>
        <source>the new chamber</source>
        <translation>新商会</translation>
    </message>
    <message>
        <source>They cannot be saved until the problems shown are put right.</source>
        <translation>须先改正所示的问题，才能保存。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>关闭前是否保存？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
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
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>%1全部</translation>
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
        <source>chambers</source>
        <translation>商会列表</translation>
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
</context>
<context>
    <name>chamber::DashboardPage</name>
    <message>
        <source>Townships</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Townships, towns and subdistricts counted in coverage (development zones and farms only when the setting includes them).</source>
        <translation>计入覆盖率的乡、镇和街道（开发区和农场仅在设置中选择计入时才计入）。</translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Chambers existing today: founded and not dissolved.</source>
        <translation>目前存续的商会：已成立且未解散。</translation>
    </message>
    <message>
        <source>Chamber coverage</source>
        <translation>商会覆盖率</translation>
    </message>
    <message>
        <source>Townships with at least one active chamber ÷ townships counted.</source>
        <translation>至少有一个状态为正常的商会的乡镇（街道）数 ÷ 计入的乡镇（街道）数。</translation>
    </message>
    <message>
        <source>Registration rate</source>
        <translation>登记率</translation>
    </message>
    <message>
        <source>Chambers registered with civil affairs ÷ chambers.</source>
        <translation>已在民政部门登记的商会数 ÷ 商会数。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作概览</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · 截至 %2</translation>
    </message>
    <message>
        <source>Chamber coverage (%1 of %2 townships)</source>
        <translation>商会覆盖率（已覆盖 %1 个，共 %2 个乡镇）</translation>
    </message>
    <message>
        <source>Registration rate (%1 of %2 chambers)</source>
        <translation>登记率（已登记 %1 个，共 %2 个商会）</translation>
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
        <source>ChamberDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>乡镇商会工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
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
        <source>&lt;h3&gt;ChamberDesk %1&lt;/h3&gt;&lt;p&gt;Records of township and street chambers of commerce for county federations of industry and commerce.&lt;/p&gt;&lt;p&gt;Keys: Ctrl+N new · Ctrl+F find · Ctrl+S save · Delete delete · F5 refresh · Ctrl+1…7 pages.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;乡镇商会工作台 %1&lt;/h3&gt;&lt;p&gt;供县级工商联管理乡镇（街道）商会的档案记录。&lt;/p&gt;&lt;p&gt;快捷键：Ctrl+N 新建 · Ctrl+F 查找 · Ctrl+S 保存 · Delete 删除 · F5 刷新 · Ctrl+1…7 切换页面。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>chamber::MediationPage</name>
    <message>
        <source>Keeping mediation committees and cases is not yet available in this version.</source>
        <translation>本版本尚不能管理调解组织和调解案件。</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
</context>
<context>
    <name>chamber::OptionalDateEdit</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>chamber::PartyPage</name>
    <message>
        <source>Keeping Party organisations, instructors and the three disclosures is not yet available in this version.</source>
        <translation>本版本尚不能管理党组织、党建工作指导员和“三公开”。</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>党建</translation>
    </message>
</context>
<context>
    <name>chamber::PointsPage</name>
    <message>
        <source>Keeping the micro-points rules, entries, vetoes and scorecards is not yet available in this version.</source>
        <translation>本版本尚不能管理微积分规则、积分记录、一票否决和年度评分表。</translation>
    </message>
    <message>
        <source>Micro-points</source>
        <translation>微积分</translation>
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
        <source>Record &quot;%1&quot; on %2? The history keeps every change; a recorded change is not edited later.</source>
        <translation>确定记录该商会于 %2 变更为“%1”吗？登记历史会保留每一次变更，记录后不能再修改。</translation>
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
        <source>The annual scoring report is not yet available in this version.</source>
        <translation>本版本尚不能生成年度评分报告。</translation>
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
    <name>chamber::ImportFilePage</name>
    <message>
        <source>Ledger file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Choose the ledger (台账) as the office keeps it: an Excel or WPS workbook (.xlsx) or a CSV file. Title rows, totals rows and notes are found and left out.</source>
        <translation>选择单位现有的台账：Excel 或 WPS 工作簿（.xlsx），或 CSV 文件。标题行、合计行和说明文字会被识别并略过。</translation>
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
        <source>Ledgers (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>台账 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
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
        <source>Sheet "%1": header in row %2, %n record(s) below it.</source>
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
</context>
<context>
    <name>chamber::ImportPreviewPage</name>
    <message>
        <source>Replace them with the ledger's values</source>
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
        <source>Nothing is written yet. Rows are matched to the chambers on record by township and name. Refused rows are not imported: save them to correct and import again.</source>
        <translation>尚未写入任何内容。各行按乡镇（街道）和名称与已有商会对应。未通过的行不导入：可保存下来，改正后再导入。</translation>
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
</TS>
