<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Township, by name or 9-digit code.</source>
        <translation>乡镇（街道），填名称或 9 位代码。</translation>
    </message>
    <message>
        <source>Name of the chamber.</source>
        <translation>商会名称。</translation>
    </message>
    <message>
        <source>Founding date.</source>
        <translation>成立日期。</translation>
    </message>
    <message>
        <source>active, dormant or dissolved.</source>
        <translation>状态：active（正常）、dormant（休眠）或 dissolved（已解散）。</translation>
    </message>
    <message>
        <source>Date of dissolution (with status dissolved).</source>
        <translation>解散日期（状态为 dissolved 时填写）。</translation>
    </message>
    <message>
        <source>President (会长).</source>
        <translation>会长。</translation>
    </message>
    <message>
        <source>President&apos;s phone.</source>
        <translation>会长电话。</translation>
    </message>
    <message>
        <source>Secretary-general (秘书长).</source>
        <translation>秘书长。</translation>
    </message>
    <message>
        <source>Secretary-general&apos;s phone.</source>
        <translation>秘书长电话。</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>Address of the fixed premises; empty for none.</source>
        <translation>固定办公场所的地址；没有则留空。</translation>
    </message>
    <message>
        <source>Number of full-time staff.</source>
        <translation>专职工作人员人数。</translation>
    </message>
    <message>
        <source>Activity funds in yuan, e.g. 30000 or 3.5万.</source>
        <translation>活动资金（元），如 30000 或 3.5万。</translation>
    </message>
    <message>
        <source>Number of individual members.</source>
        <translation>个人会员数。</translation>
    </message>
    <message>
        <source>Number of unit (enterprise) members.</source>
        <translation>单位（企业）会员数。</translation>
    </message>
    <message>
        <source>Able to bear civil liability on its own: yes, no or unknown.</source>
        <translation>能否独立承担民事责任：yes（能）、no（不能）或 unknown（待核实）。</translation>
    </message>
    <message>
        <source>Unified social credit code.</source>
        <translation>统一社会信用代码。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>--status takes active, dormant or dissolved, not &quot;%1&quot;.</source>
        <translation>--status 只能取 active、dormant 或 dissolved，不能是“%1”。</translation>
    </message>
    <message>
        <source>--activity-funds expects an amount in yuan such as 30000, 30000.50 or 3万, not &quot;%1&quot;.</source>
        <translation>--activity-funds 须为以元为单位的金额，如 30000、30000.50 或 3万，不能是“%1”。</translation>
    </message>
    <message>
        <source>--independent-liability takes yes, no or unknown, not &quot;%1&quot;.</source>
        <translation>--independent-liability 只能取 yes、no 或 unknown，不能是“%1”。</translation>
    </message>
    <message>
        <source>Added chamber %1: %2</source>
        <translation>已添加商会 %1：%2</translation>
    </message>
    <message>
        <source>Saved chamber %1: %2</source>
        <translation>已保存商会 %1：%2</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
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
        <source>President</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>Secretary-general</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>%1 individual, %2 unit, %3 in all</source>
        <translation>个人会员 %1 个，单位会员 %2 个，合计 %3 个</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Full-time staff</source>
        <translation>专职工作人员</translation>
    </message>
    <message>
        <source>Activity funds (yuan)</source>
        <translation>活动资金（元）</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Registration history:</source>
        <translation>登记历史：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Conditions for registration (%1):</source>
        <translation>登记条件（%1）：</translation>
    </message>
    <message>
        <source>all met</source>
        <translation>已全部满足</translation>
    </message>
    <message>
        <source>not all met</source>
        <translation>尚未全部满足</translation>
    </message>
    <message>
        <source>--status takes active, dormant or dissolved.</source>
        <translation>--status 只能取 active、dormant 或 dissolved。</translation>
    </message>
    <message>
        <source>--registration takes not_registered, preparing, applied, registered or deregistered.</source>
        <translation>--registration 只能取 not_registered、preparing、applied、registered 或 deregistered。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message numerus="yes">
        <source>%n chamber(s)</source>
        <translation>
            <numerusform>%n 个商会</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing chamber %1 (%2) also removes its history; add --yes to confirm.</source>
        <translation>删除商会 %1（%2）会同时删除它的全部历史记录；确认删除请加上 --yes。</translation>
    </message>
    <message>
        <source>Removed chamber %1: %2</source>
        <translation>已删除商会 %1：%2</translation>
    </message>
    <message>
        <source>Text in the name, township, leaders or credit code.</source>
        <translation>在名称、乡镇（街道）、会长和秘书长姓名或统一社会信用代码中查找的文字。</translation>
    </message>
    <message>
        <source>Only under this city, county or township (code or name).</source>
        <translation>只列出该市、县或乡镇（街道）的商会，填代码或名称。</translation>
    </message>
    <message>
        <source>Registration status.</source>
        <translation>登记状态。</translation>
    </message>
    <message>
        <source>Only unregistered chambers that meet every registration condition.</source>
        <translation>只列出尚未登记、且满足全部登记条件的商会。</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>输出格式：table 或 json。</translation>
    </message>
    <message>
        <source>Add a chamber</source>
        <translation>添加商会</translation>
    </message>
    <message>
        <source>Change fields of a chamber (by number or name)</source>
        <translation>修改商会信息（按编号或名称）</translation>
    </message>
    <message>
        <source>Show a chamber with its registration history and checklist</source>
        <translation>查看商会信息、登记历史和登记条件核对表</translation>
    </message>
    <message>
        <source>List chambers, filtered</source>
        <translation>按条件列出商会</translation>
    </message>
    <message>
        <source>List the chambers ready to register</source>
        <translation>列出已具备登记条件的商会</translation>
    </message>
    <message>
        <source>Remove a chamber and its records</source>
        <translation>删除商会及其全部记录</translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation>确认删除。</translation>
    </message>
    <message>
        <source>There is no database at %1; create one with: chamberctl --db %1 init --scope CODE</source>
        <translation>%1 处没有数据库；请用以下命令创建：chamberctl --db %1 init --scope CODE</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous file was kept as %1</source>
        <translation>数据库已升级；升级前的文件已保留为 %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 须为整数，不能是“%2”。</translation>
    </message>
    <message>
        <source>--%1 expects a date written YYYY-MM-DD, such as 2016-09-01, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，如 2016-09-01，不能是“%2”。</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format 只能取以下值之一：%1。</translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation>缺少参数 %1。</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Usage: chamberctl [--db PATH] COMMAND [OPTIONS]</source>
        <translation>用法：chamberctl [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Keeps the records of township chambers of commerce. Default database: %1</source>
        <translation>管理乡镇（街道）商会的档案记录。默认数据库：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run chamberctl COMMAND --help for the options of a command.</source>
        <translation>运行 chamberctl COMMAND --help 可查看某个命令的选项。</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 后面须跟数据库文件的路径。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command: %1. Run chamberctl --help for the list.</source>
        <translation>未知命令：%1。运行 chamberctl --help 可查看命令列表。</translation>
    </message>
    <message>
        <source>--status takes not_registered, preparing, applied, registered or deregistered, not &quot;%1&quot;.</source>
        <translation>--status 只能取 not_registered、preparing、applied、registered 或 deregistered，不能是“%1”。</translation>
    </message>
    <message>
        <source>%1 is %2 from %3.</source>
        <translation>%1 自 %3 起为“%2”状态。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Record a dated change of registration status</source>
        <translation>记录一次登记状态变更及其日期</translation>
    </message>
    <message>
        <source>Chamber number or name.</source>
        <translation>商会编号或名称。</translation>
    </message>
    <message>
        <source>not_registered, preparing, applied, registered or deregistered.</source>
        <translation>登记状态：not_registered（未登记）、preparing（筹备中）、applied（已申请）、registered（已登记）或 deregistered（已注销）。</translation>
    </message>
    <message>
        <source>Date of the change.</source>
        <translation>变更日期。</translation>
    </message>
    <message>
        <source>Unified social credit code (with registered).</source>
        <translation>统一社会信用代码（状态为 registered 时填写）。</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Show a chamber&apos;s registration history</source>
        <translation>查看商会的登记历史</translation>
    </message>
    <message>
        <source>%1 is a township; a database covers a province, city or county.</source>
        <translation>%1 是乡级行政区划；数据库的范围只能是一个省、市或县。</translation>
    </message>
    <message>
        <source>The database already covers %1 (%2); nothing changed.</source>
        <translation>数据库的范围已是 %1（%2），未作任何更改。</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3): %4 townships, %5 other township-level units.</source>
        <translation>已为 %2（%3）创建数据库 %1：乡镇（街道）%4 个，其他乡级单位 %5 个。</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &quot;%1&quot;.</source>
        <translation>--seed 须为整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>This database covers %1, not %2.</source>
        <translation>本数据库的范围是 %1，不是 %2。</translation>
    </message>
    <message>
        <source>Demo data for %1 (seed %2):</source>
        <translation>%1 的演示数据（随机种子 %2）：</translation>
    </message>
    <message>
        <source>%1: integrity ok, foreign keys ok, schema version %2.</source>
        <translation>%1：完整性正常，外键正常，数据库结构版本 %2。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>备份文件不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>--include-other-units takes yes or no.</source>
        <translation>--include-other-units 只能取 yes 或 no。</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>数据范围：%1</translation>
    </message>
    <message>
        <source>include development zones and farms (codes 400–599) in coverage: %1</source>
        <translation>覆盖率计入开发区和农场（代码 400–599）：%1</translation>
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
        <source>Create a database for a province, city or county, with its divisions</source>
        <translation>为一个省、市或县创建数据库，并载入其行政区划</translation>
    </message>
    <message>
        <source>Division code (2, 4 or 6 digits) or name.</source>
        <translation>行政区划代码（2、4 或 6 位）或名称。</translation>
    </message>
    <message>
        <source>Fill a new database with made-up records for every township of a scope</source>
        <translation>为新数据库生成虚构的演示记录，范围内每个乡镇（街道）都有</translation>
    </message>
    <message>
        <source>Division code or name.</source>
        <translation>行政区划代码或名称。</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>随机种子；相同的种子生成相同的数据（默认为 1）。</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and foreign keys</source>
        <translation>检查数据库的完整性和外键</translation>
    </message>
    <message>
        <source>Copy the database consistently, even while it is in use</source>
        <translation>备份数据库；数据库正在使用时也能得到一致的副本</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Show or change the database&apos;s settings</source>
        <translation>查看或修改数据库设置</translation>
    </message>
    <message>
        <source>Count development zones and farms (codes 400–599) in coverage: yes or no.</source>
        <translation>覆盖率是否计入开发区和农场（代码 400–599）：yes 或 no。</translation>
    </message>
    <message>
        <source>%1 (%2), as of %3</source>
        <translation>%1（%2），截至 %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
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
        <source>Excluded</source>
        <translation>未计入数</translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation>商会数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Registration rate</source>
        <translation>登记率</translation>
    </message>
    <message>
        <source>Coverage = townships with at least one active chamber ÷ townships (街道, 镇, 乡%1).</source>
        <translation>覆盖率 = 至少有一个状态为正常的商会的乡镇（街道）数 ÷ 乡镇（街道）数（计入街道、镇、乡%1）。</translation>
    </message>
    <message>
        <source>, and development zones and farms</source>
        <translation>，以及开发区和农场</translation>
    </message>
    <message>
        <source>Registration rate = chambers registered with civil affairs ÷ chambers existing on the date.</source>
        <translation>登记率 = 已在民政部门登记的商会数 ÷ 截至统计日期存续的商会数。</translation>
    </message>
    <message>
        <source>--by takes city, county or township.</source>
        <translation>--by 只能取 city、county 或 township。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Coverage and registration figures, overall and by unit</source>
        <translation>统计覆盖率和登记率，含合计和各下级区划的数据</translation>
    </message>
    <message>
        <source>A city, county or township of the database (default: its scope).</source>
        <translation>统计范围：数据库内的某个市、县或乡镇（街道），默认为整个数据库的范围。</translation>
    </message>
    <message>
        <source>Units: city, county or township (default: one level down).</source>
        <translation>按哪一级分列：city（市）、county（县）或 township（乡镇），默认为下一级。</translation>
    </message>
    <message>
        <source>Figures as of this date (default: today).</source>
        <translation>统计截止日期，默认为今天。</translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation>输出格式：table、json 或 csv。</translation>
    </message>
    <message>
        <source>Write to this file instead of the terminal.</source>
        <translation>输出到此文件，而不是显示在终端上。</translation>
    </message>
</context>
</TS>
