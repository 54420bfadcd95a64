<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Making demo data for %1: %2%</source>
        <translation>正在为%1生成演示数据：%2%</translation>
    </message>
    <message>
        <source>No progress (shown on a terminal otherwise).</source>
        <translation>不显示进度（否则在终端上显示）。</translation>
    </message>
    <message>
        <source>active, dormant or dissolved.</source>
        <translation>状态：active（正常）、dormant（休眠）或 dissolved（已解散）。</translation>
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
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 individual, %2 unit, %3 in all</source>
        <translation>个人会员 %1 个，单位会员 %2 个，合计 %3 个</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
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
    <message>
        <source>Date of the decision.</source>
        <translation>决定日期。</translation>
    </message>
    <message>
        <source>Added honour %1: %2 %3</source>
        <translation>已添加荣誉 %1：%2 %3</translation>
    </message>
    <message>
        <source>Saved honour %1: %2 %3</source>
        <translation>已保存荣誉 %1：%2 %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message numerus="yes">
        <source>%n honour(s)</source>
        <translation>
            <numerusform>%n 项荣誉</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed honour %1.</source>
        <translation>已删除荣誉 %1。</translation>
    </message>
    <message>
        <source>Record an honour a chamber was given</source>
        <translation>登记商会获得的荣誉</translation>
    </message>
    <message>
        <source>Change an honour (by number)</source>
        <translation>修改荣誉（按编号）</translation>
    </message>
    <message>
        <source>Show an honour</source>
        <translation>查看荣誉</translation>
    </message>
    <message>
        <source>List honours, filtered</source>
        <translation>列出荣誉（可筛选）</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>仅限此类别。</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>仅限此年度。</translation>
    </message>
    <message>
        <source>Remove an honour</source>
        <translation>删除荣誉</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1 %2</source>
        <translation>%1 列 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>应为：%1。</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2)</source>
        <translation>文件：%1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>Sheet: %1; header in row %2</source>
        <translation>工作表：%1；表头在第 %2 行</translation>
    </message>
    <message>
        <source>; read as %1</source>
        <translation>；按 %1 编码读取</translation>
    </message>
    <message>
        <source>; the ledger&apos;s year %1</source>
        <translation>；台账年份 %1</translation>
    </message>
    <message>
        <source>This file was imported before, on %1 by %2.</source>
        <translation>此文件曾于 %1 由 %2 导入过。</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（未识别，不导入）</translation>
    </message>
    <message>
        <source>Row %1 is not a record: %2</source>
        <translation>第 %1 行不是记录：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
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
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>%1 records: %2 to create, %3 to update, %4 unchanged, %5 skipped, %6 refused; %7 rows are not records.</source>
        <translation>共 %1 条记录：新增 %2，更新 %3，无变化 %4，跳过 %5，拒绝 %6；另有 %7 行不是记录。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>--update takes overwrite, fill-empty or skip.</source>
        <translation>--update 只能是 overwrite、fill-empty 或 skip。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1.</source>
        <translation>无法读取列对应文件 %1。</translation>
    </message>
    <message>
        <source>The ledger has a header but no rows of chambers below it.</source>
        <translation>台账有表头，但表头下没有商会的行。</translation>
    </message>
    <message>
        <source>Cannot write the mapping file %1.</source>
        <translation>无法写入列对应文件 %1。</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged (import log number %4).</source>
        <translation>已导入：新增 %1，更新 %2，无变化 %3（导入日志编号 %4）。</translation>
    </message>
    <message>
        <source>Nothing was imported: every record was refused.</source>
        <translation>未导入任何内容：所有记录都未通过。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>The refused rows were written to %1 with a column saying why.</source>
        <translation>未通过的行已写入 %1，并附一列说明原因。</translation>
    </message>
    <message>
        <source>Wrote the ledger to %1.</source>
        <translation>台账已写入 %1。</translation>
    </message>
    <message>
        <source>Sheet number in a workbook (from 1); default: the first with a ledger.</source>
        <translation>工作簿中的工作表序号（从 1 起）；默认：第一个含台账的工作表。</translation>
    </message>
    <message>
        <source>Column mapping saved as JSON (see --save-mapping).</source>
        <translation>保存为 JSON 的列对应（见 --save-mapping）。</translation>
    </message>
    <message>
        <source>Write the column mapping used, to edit and reuse.</source>
        <translation>写出本次使用的列对应，供修改后再用。</translation>
    </message>
    <message>
        <source>Text encoding of a CSV: utf-8 or gb18030 (default: detected).</source>
        <translation>CSV 的文字编码：utf-8 或 gb18030（默认自动识别）。</translation>
    </message>
    <message>
        <source>What to do with chambers already recorded: overwrite, fill-empty or skip.</source>
        <translation>已有商会如何处理：overwrite（覆盖）、fill-empty（只填空白）或 skip（跳过）。</translation>
    </message>
    <message>
        <source>The ledger&apos;s year, for its yearly counts and honours without a year (default: from the title, e.g. 截至2025年12月).</source>
        <translation>台账年份，用于年度案件数和未写年份的荣誉（默认取自标题，如“截至2025年12月”）。</translation>
    </message>
    <message>
        <source>Show what would happen; write nothing.</source>
        <translation>只显示将做什么，不写入。</translation>
    </message>
    <message>
        <source>Write the refused rows to this CSV, with a column saying why.</source>
        <translation>把未通过的行写入此 CSV，并附一列说明原因。</translation>
    </message>
    <message>
        <source>Added case %1 (number %2), %3.</source>
        <translation>已添加案件 %1（编号 %2），%3。</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>已保存案件 %1。</translation>
    </message>
    <message>
        <source>(reopened: %1)</source>
        <translation>（重新调解：%1）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>经过：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>显示 %n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / 共 %1</translation>
    </message>
    <message>
        <source>Removing case %1 also removes its history; add --yes to confirm.</source>
        <translation>删除案件 %1 将同时删除其经过记录；请加 --yes 确认。</translation>
    </message>
    <message>
        <source>Removed case %1.</source>
        <translation>已删除案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is %2 from %3.</source>
        <translation>案件 %1 自 %3 起为%2。</translation>
    </message>
    <message>
        <source>Case %1 is reopened and %2 again from %3.</source>
        <translation>案件 %1 已重新调解，自 %3 起再次为%2。</translation>
    </message>
    <message>
        <source>Record a dispute taken in for mediation</source>
        <translation>登记受理调解的纠纷</translation>
    </message>
    <message>
        <source>Change a case&apos;s record, not its status (by number)</source>
        <translation>修改案件记录，不改状态（按编号）</translation>
    </message>
    <message>
        <source>Show a case with its dated history</source>
        <translation>查看案件及其带日期的经过</translation>
    </message>
    <message>
        <source>List cases, filtered and paged</source>
        <translation>列出案件（可筛选、分页）</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>仅限此状态。</translation>
    </message>
    <message>
        <source>Only cases still received or mediating.</source>
        <translation>仅限仍处于受理或调解中的案件。</translation>
    </message>
    <message>
        <source>Only settled, failed or referred cases.</source>
        <translation>仅限调解成功、调解不成或转诉讼/仲裁的案件。</translation>
    </message>
    <message>
        <source>Only this dispute type.</source>
        <translation>仅限此纠纷类型。</translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation>受理日期不早于此日期。</translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation>受理日期不晚于此日期。</translation>
    </message>
    <message>
        <source>Remove a case and its history</source>
        <translation>删除案件及其经过</translation>
    </message>
    <message>
        <source>Move a case one step on: mediating, then settled, failed or referred</source>
        <translation>推进案件一步：调解中，然后调解成功、调解不成或转诉讼/仲裁</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>新状态。</translation>
    </message>
    <message>
        <source>Date of the change; for a closing status, the closed date.</source>
        <translation>变更日期；结案状态即结案日期。</translation>
    </message>
    <message>
        <source>Take a closed case back to mediating, with the reason</source>
        <translation>将已结案件退回调解中，并说明理由</translation>
    </message>
    <message>
        <source>Date of the reopening.</source>
        <translation>重新调解日期。</translation>
    </message>
    <message>
        <source>Why the case is reopened.</source>
        <translation>重新调解的理由。</translation>
    </message>
    <message>
        <source>Saved the mediation committee of %1.</source>
        <translation>已保存 %1 的调解委员会。</translation>
    </message>
    <message>
        <source>No mediation committee on record.</source>
        <translation>无调解委员会记录。</translation>
    </message>
    <message>
        <source>Yearly tallies:</source>
        <translation>年度统计：</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation committee(s)</source>
        <translation>
            <numerusform>%n 个调解委员会</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no mediation committee on record.</source>
        <translation>%1 无调解委员会记录。</translation>
    </message>
    <message>
        <source>Removed the mediation committee of %1.</source>
        <translation>已删除 %1 的调解委员会。</translation>
    </message>
    <message>
        <source>Saved tally %1: %2 case(s) in %3.</source>
        <translation>已保存统计 %1：%3 年 %2 件案件。</translation>
    </message>
    <message>
        <source>Removed tally %1.</source>
        <translation>已删除统计 %1。</translation>
    </message>
    <message>
        <source>Record a chamber&apos;s mediation committee, or change it</source>
        <translation>登记或修改商会的调解委员会</translation>
    </message>
    <message>
        <source>Show a chamber&apos;s mediation committee and yearly tallies</source>
        <translation>查看商会的调解委员会及年度统计</translation>
    </message>
    <message>
        <source>List mediation committees</source>
        <translation>列出调解委员会</translation>
    </message>
    <message>
        <source>Remove a chamber&apos;s mediation committee</source>
        <translation>删除商会的调解委员会</translation>
    </message>
    <message>
        <source>Record a chamber&apos;s count of cases for a year, when the cases are not listed</source>
        <translation>登记商会某年度的案件数（未逐件登记案件时）</translation>
    </message>
    <message>
        <source>List a chamber&apos;s yearly case tallies</source>
        <translation>列出商会的年度案件统计</translation>
    </message>
    <message>
        <source>Remove a yearly tally</source>
        <translation>删除年度统计</translation>
    </message>
    <message>
        <source>Added member %1: %2</source>
        <translation>已添加会员 %1：%2</translation>
    </message>
    <message>
        <source>Saved member %1: %2</source>
        <translation>已保存会员 %1：%2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed member %1.</source>
        <translation>已删除会员 %1。</translation>
    </message>
    <message>
        <source>Counts follow the member list</source>
        <translation>会员数按会员名单统计</translation>
    </message>
    <message>
        <source>Members counted</source>
        <translation>统计会员数</translation>
    </message>
    <message>
        <source>On the list today</source>
        <translation>当前在册</translation>
    </message>
    <message>
        <source>%1 individual, %2 enterprise</source>
        <translation>个人 %1，企业 %2</translation>
    </message>
    <message>
        <source>Put a firm or person on a chamber&apos;s member list</source>
        <translation>将企业或个人列入商会会员名单</translation>
    </message>
    <message>
        <source>Change a member&apos;s record (by number)</source>
        <translation>修改会员记录（按编号）</translation>
    </message>
    <message>
        <source>Show a member</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <source>List members, filtered</source>
        <translation>列出会员（可筛选）</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>仅限此职务。</translation>
    </message>
    <message>
        <source>Leave out members who left.</source>
        <translation>不含已退会会员。</translation>
    </message>
    <message>
        <source>Take a member off the list (to record leaving, edit --left instead)</source>
        <translation>将会员从名单中删除（记录退会请改用 --left 编辑）</translation>
    </message>
    <message>
        <source>Show whether a chamber&apos;s member counts follow its list; --keep yes|no switches it</source>
        <translation>查看商会会员数是否按名单统计；--keep yes|no 切换</translation>
    </message>
    <message>
        <source>yes: the counts follow the list; no: the plain counts stand (the list&apos;s counts are copied into them).</source>
        <translation>yes：会员数按名单统计；no：沿用直接填写的会员数（名单统计数会复制过去）。</translation>
    </message>
    <message>
        <source>Added need %1: %2</source>
        <translation>已添加需求 %1：%2</translation>
    </message>
    <message>
        <source>Saved need %1.</source>
        <translation>已保存需求 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n 项需求</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed need %1.</source>
        <translation>已删除需求 %1。</translation>
    </message>
    <message>
        <source>Need %1 is %2 from %3.</source>
        <translation>需求 %1 自 %3 起为%2。</translation>
    </message>
    <message>
        <source>open or in_progress.</source>
        <translation>open 或 in_progress。</translation>
    </message>
    <message>
        <source>in_progress or resolved.</source>
        <translation>in_progress 或 resolved。</translation>
    </message>
    <message>
        <source>Why the need is reopened.</source>
        <translation>重新打开需求的理由。</translation>
    </message>
    <message>
        <source>Who it was referred to.</source>
        <translation>转交对象。</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>解决方式。</translation>
    </message>
    <message>
        <source>Record a member&apos;s need</source>
        <translation>登记会员需求</translation>
    </message>
    <message>
        <source>Change a need&apos;s record, not its status (by number)</source>
        <translation>修改需求记录，不改状态（按编号）</translation>
    </message>
    <message>
        <source>Show a need</source>
        <translation>查看需求</translation>
    </message>
    <message>
        <source>List needs, filtered</source>
        <translation>列出需求（可筛选）</translation>
    </message>
    <message>
        <source>Only needs not yet resolved.</source>
        <translation>仅限尚未解决的需求。</translation>
    </message>
    <message>
        <source>Remove a need</source>
        <translation>删除需求</translation>
    </message>
    <message>
        <source>Move a need on: in progress, then resolved</source>
        <translation>推进需求：办理中，然后已解决</translation>
    </message>
    <message>
        <source>Take a resolved need back, with the reason</source>
        <translation>将已解决的需求退回，并说明理由</translation>
    </message>
    <message numerus="yes">
        <source>Saved the Party organisation of %1 (%2, %n member(s)).</source>
        <translation>
            <numerusform>已保存 %1 的党组织（%2，%n 名党员）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Party organisation on record.</source>
        <translation>无党组织记录。</translation>
    </message>
    <message>
        <source>Instructors:</source>
        <translation>党建指导员：</translation>
    </message>
    <message>
        <source>Disclosures (三公开):</source>
        <translation>三公开：</translation>
    </message>
    <message numerus="yes">
        <source>%n Party organisation(s)</source>
        <translation>
            <numerusform>%n 个党组织</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no Party organisation on record.</source>
        <translation>%1 无党组织记录。</translation>
    </message>
    <message>
        <source>Removed the Party organisation of %1.</source>
        <translation>已删除 %1 的党组织。</translation>
    </message>
    <message>
        <source>Added instructor %1: %2</source>
        <translation>已添加党建指导员 %1：%2</translation>
    </message>
    <message>
        <source>Saved instructor %1: %2</source>
        <translation>已保存党建指导员 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n instructor(s)</source>
        <translation>
            <numerusform>%n 名党建指导员</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed instructor %1.</source>
        <translation>已删除党建指导员 %1。</translation>
    </message>
    <message>
        <source>Added disclosure %1 for %2.</source>
        <translation>已添加 %2 的公开记录 %1。</translation>
    </message>
    <message>
        <source>Saved disclosure %1 for %2.</source>
        <translation>已保存 %2 的公开记录 %1。</translation>
    </message>
    <message>
        <source>Removed disclosure %1.</source>
        <translation>已删除公开记录 %1。</translation>
    </message>
    <message>
        <source>Record a chamber&apos;s Party organisation, or change it</source>
        <translation>登记或修改商会的党组织</translation>
    </message>
    <message>
        <source>Show a chamber&apos;s Party organisation, instructors and disclosures</source>
        <translation>查看商会的党组织、党建指导员及公开记录</translation>
    </message>
    <message>
        <source>List Party organisations</source>
        <translation>列出党组织</translation>
    </message>
    <message>
        <source>Remove a chamber&apos;s Party organisation</source>
        <translation>删除商会的党组织</translation>
    </message>
    <message>
        <source>Assign a Party instructor to a chamber</source>
        <translation>为商会指派党建指导员</translation>
    </message>
    <message>
        <source>Change an instructor&apos;s record (by number)</source>
        <translation>修改党建指导员记录（按编号）</translation>
    </message>
    <message>
        <source>List Party instructors</source>
        <translation>列出党建指导员</translation>
    </message>
    <message>
        <source>Remove an instructor&apos;s record</source>
        <translation>删除党建指导员记录</translation>
    </message>
    <message>
        <source>Record a period&apos;s three disclosures (三公开)</source>
        <translation>登记某期间的三公开</translation>
    </message>
    <message>
        <source>Change a disclosure record (by number)</source>
        <translation>修改公开记录（按编号）</translation>
    </message>
    <message>
        <source>List disclosure records</source>
        <translation>列出公开记录</translation>
    </message>
    <message>
        <source>Remove a disclosure record</source>
        <translation>删除公开记录</translation>
    </message>
    <message>
        <source>--%1 expects a year such as 2025, not &quot;%2&quot;.</source>
        <translation>--%1 应为年份，如 2025，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 expects points such as 5, 2.5 or -3 (one decimal at most), not &quot;%2&quot;.</source>
        <translation>--%1 应为分值，如 5、2.5 或 -3（最多一位小数），而不是“%2”。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Added category %1: %2</source>
        <translation>已添加类别 %1：%2</translation>
    </message>
    <message>
        <source>Saved category %1: %2</source>
        <translation>已保存类别 %1：%2</translation>
    </message>
    <message>
        <source>Restored category %1: %2</source>
        <translation>已恢复类别 %1：%2</translation>
    </message>
    <message>
        <source>Retired category %1: %2</source>
        <translation>已停用类别 %1：%2</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>等次分数线</translation>
    </message>
    <message>
        <source>Registered a year for awards</source>
        <translation>评奖需登记满一年</translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation>复制自</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Cap of %1: %2</source>
        <translation>%1 上限：%2</translation>
    </message>
    <message>
        <source>published, issued %1, fingerprint %2</source>
        <translation>已发布，印发日期 %1，指纹 %2</translation>
    </message>
    <message>
        <source>reopened: %1</source>
        <translation>重新打开：%1</translation>
    </message>
    <message>
        <source>Started %1 as a copy of %2: %3 rules.</source>
        <translation>已开始 %1 年度，复制自 %2：%3 条规则。</translation>
    </message>
    <message>
        <source>Started %1 with an empty rule set.</source>
        <translation>已开始 %1 年度，规则为空。</translation>
    </message>
    <message>
        <source>Cap of %1 in %2: %3</source>
        <translation>%1 在 %2 年度的上限：%3</translation>
    </message>
    <message>
        <source>The scoring year (add only).</source>
        <translation>积分年度（仅添加时）。</translation>
    </message>
    <message>
        <source>Category number or name.</source>
        <translation>类别编号或名称。</translation>
    </message>
    <message>
        <source>What earns (or loses) the points.</source>
        <translation>得分（或扣分）事项。</translation>
    </message>
    <message>
        <source>Points per occurrence, e.g. 5 or 2.5; negative for a deduction.</source>
        <translation>每次分值，如 5 或 2.5；扣分为负数。</translation>
    </message>
    <message>
        <source>Most points a chamber gets (or loses) from the rule in a year, or none.</source>
        <translation>商会一年内由此规则最多得（或扣）的分数，或 none。</translation>
    </message>
    <message>
        <source>Most points one entry counts, whatever its quantity, or none.</source>
        <translation>单条记录最多计入的分数（不论数量），或 none。</translation>
    </message>
    <message>
        <source>Whether an entry needs evidence before it is submitted: yes or no.</source>
        <translation>记录提交前是否须有佐证：yes 或 no。</translation>
    </message>
    <message>
        <source>Rules of a category sharing a group count once: the highest.</source>
        <translation>同一类别中同组规则只计一次：取最高分。</translation>
    </message>
    <message>
        <source>Order within the category.</source>
        <translation>类别内的排序。</translation>
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
        <translation>佐证</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> （已停用）</translation>
    </message>
    <message>
        <source>Added rule %1 to %2: %3 (%4)</source>
        <translation>已添加规则 %1 至 %2：%3（%4）</translation>
    </message>
    <message>
        <source>A rule stays in its year; add a rule to the other year instead.</source>
        <translation>规则不能换年度；请在另一年度添加规则。</translation>
    </message>
    <message>
        <source>Saved rule %1: %2 (%3)</source>
        <translation>已保存规则 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Restored rule %1: %2</source>
        <translation>已恢复规则 %1：%2</translation>
    </message>
    <message>
        <source>Retired rule %1: %2</source>
        <translation>已停用规则 %1：%2</translation>
    </message>
    <message>
        <source>The scoring year.</source>
        <translation>积分年度。</translation>
    </message>
    <message>
        <source>Take it back into use.</source>
        <translation>恢复使用。</translation>
    </message>
    <message>
        <source>List the points categories</source>
        <translation>列出积分类别</translation>
    </message>
    <message>
        <source>Add a points category</source>
        <translation>添加积分类别</translation>
    </message>
    <message>
        <source>Name of the category.</source>
        <translation>类别名称。</translation>
    </message>
    <message>
        <source>Column order in the report.</source>
        <translation>在报表中的列序。</translation>
    </message>
    <message>
        <source>Rename or reorder a points category</source>
        <translation>重命名积分类别或调整排序</translation>
    </message>
    <message>
        <source>Retire a points category (no new rules, not copied into new years)</source>
        <translation>停用积分类别（不能再加规则，也不复制到新年度）</translation>
    </message>
    <message>
        <source>List the scoring years</source>
        <translation>列出积分年度</translation>
    </message>
    <message>
        <source>Show a year&apos;s options, caps and publication history</source>
        <translation>查看年度的选项、上限及发布历史</translation>
    </message>
    <message>
        <source>Start a scoring year, as a copy of the last one</source>
        <translation>开始积分年度，复制上一年度</translation>
    </message>
    <message>
        <source>The year to start.</source>
        <translation>要开始的年度。</translation>
    </message>
    <message>
        <source>The year to copy (default: the latest before it).</source>
        <translation>要复制的年度（默认：此前最近的年度）。</translation>
    </message>
    <message>
        <source>Start with no rules.</source>
        <translation>不带规则开始。</translation>
    </message>
    <message>
        <source>Change a year&apos;s grade thresholds and award rule</source>
        <translation>修改年度的等次分数线及评奖规则</translation>
    </message>
    <message>
        <source>Points from which the grade is excellent (default 90).</source>
        <translation>达到优秀等次的分数（默认 90）。</translation>
    </message>
    <message>
        <source>Points from which the grade is good (default 75).</source>
        <translation>达到良好等次的分数（默认 75）。</translation>
    </message>
    <message>
        <source>Points from which the grade is pass (default 60).</source>
        <translation>达到合格等次的分数（默认 60）。</translation>
    </message>
    <message>
        <source>Award eligibility needs a full year registered at the year&apos;s end: yes or no.</source>
        <translation>评奖资格须截至年末登记满一年：yes 或 no。</translation>
    </message>
    <message>
        <source>Set or clear a category&apos;s cap for a year</source>
        <translation>设置或清除类别的年度上限</translation>
    </message>
    <message>
        <source>The most points the category can reach, or none.</source>
        <translation>该类别最多可得的分数，或 none。</translation>
    </message>
    <message>
        <source>List a year&apos;s rules: how points are earned</source>
        <translation>列出年度规则：如何得分</translation>
    </message>
    <message>
        <source>Retired rules too.</source>
        <translation>包括已停用的规则。</translation>
    </message>
    <message>
        <source>Add a rule to a year&apos;s set</source>
        <translation>向年度规则添加规则</translation>
    </message>
    <message>
        <source>Change a rule (entries that follow it are recalculated)</source>
        <translation>修改规则（按此规则计分的记录将重新计算）</translation>
    </message>
    <message>
        <source>Retire a rule: no new entries</source>
        <translation>停用规则：不能再添加记录</translation>
    </message>
    <message>
        <source>Rule number (see points rule list).</source>
        <translation>规则编号（见 points rule list）。</translation>
    </message>
    <message>
        <source>When it happened; its year is the scoring year.</source>
        <translation>发生日期；其年份即积分年度。</translation>
    </message>
    <message>
        <source>How many occurrences (default 1).</source>
        <translation>发生次数（默认 1）。</translation>
    </message>
    <message>
        <source>Points changed by hand (default: from the rule); needs --reason.</source>
        <translation>手工调整的分值（默认：按规则）；须提供 --reason。</translation>
    </message>
    <message>
        <source>Why the points differ from the rule&apos;s.</source>
        <translation>分值与规则不同的理由。</translation>
    </message>
    <message>
        <source>Evidence note (佐证材料).</source>
        <translation>佐证材料。</translation>
    </message>
    <message>
        <source>Who entered it (default: the current user).</source>
        <translation>录入人（默认：当前用户）。</translation>
    </message>
    <message>
        <source>Submit it for approval at once.</source>
        <translation>立即提交审核。</translation>
    </message>
    <message>
        <source>--rule expects a rule number (see points rule list).</source>
        <translation>--rule 应为规则编号（见 points rule list）。</translation>
    </message>
    <message>
        <source>Added entry %1: %2 points, %3.</source>
        <translation>已添加记录 %1：%2 分，%3。</translation>
    </message>
    <message>
        <source>Saved entry %1: %2 points, draft.</source>
        <translation>已保存记录 %1：%2 分，草稿。</translation>
    </message>
    <message>
        <source>--status takes draft, submitted, approved or rejected.</source>
        <translation>--status 取 draft、submitted、approved 或 rejected。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed entry %1.</source>
        <translation>已删除记录 %1。</translation>
    </message>
    <message>
        <source>Entry %1 is %2.</source>
        <translation>记录 %1 为%2。</translation>
    </message>
    <message>
        <source>Added veto %1 for %2.</source>
        <translation>已添加 %2 的一票否决 %1。</translation>
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
        <source>Removed veto %1.</source>
        <translation>已删除一票否决 %1。</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Within the cap</source>
        <translation>上限内</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Average total: %1</source>
        <translation>平均总分：%1</translation>
    </message>
    <message>
        <source>Published %1, issued %2; fingerprint %3. The year&apos;s rules and entries are frozen.</source>
        <translation>已发布 %1，印发日期 %2；指纹 %3。该年度的规则和记录已冻结。</translation>
    </message>
    <message>
        <source>Reopened %1 for corrections; publish it again when they are done.</source>
        <translation>已重新打开 %1 以便更正；更正完毕后请再次发布。</translation>
    </message>
    <message>
        <source>Add a points entry (a draft, or submitted with --submit)</source>
        <translation>添加积分记录（草稿，或加 --submit 提交）</translation>
    </message>
    <message>
        <source>Change a draft or rejected entry (it becomes a draft)</source>
        <translation>修改草稿或已退回的记录（改为草稿）</translation>
    </message>
    <message>
        <source>List a year&apos;s entries</source>
        <translation>列出年度积分记录</translation>
    </message>
    <message>
        <source>Only this chamber&apos;s (number or name).</source>
        <translation>仅限此商会（编号或名称）。</translation>
    </message>
    <message>
        <source>draft, submitted, approved or rejected.</source>
        <translation>draft、submitted、approved 或 rejected。</translation>
    </message>
    <message>
        <source>Submit a draft entry for approval</source>
        <translation>提交草稿记录审核</translation>
    </message>
    <message>
        <source>Approve a submitted entry: it counts</source>
        <translation>审核通过已提交的记录：计入积分</translation>
    </message>
    <message>
        <source>Reject a submitted (or approved) entry, with a reason</source>
        <translation>退回已提交（或已审核）的记录，并说明理由</translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation>退回理由。</translation>
    </message>
    <message>
        <source>Remove a draft or rejected entry</source>
        <translation>删除草稿或已退回的记录</translation>
    </message>
    <message>
        <source>Record a veto (一票否决) against a chamber for a year</source>
        <translation>登记商会某年度的一票否决</translation>
    </message>
    <message>
        <source>Why, e.g. a serious violation of law.</source>
        <translation>理由，如严重违法。</translation>
    </message>
    <message>
        <source>List a year&apos;s vetoes</source>
        <translation>列出年度一票否决</translation>
    </message>
    <message>
        <source>Remove a veto of an open year</source>
        <translation>删除未发布年度的一票否决</translation>
    </message>
    <message>
        <source>Scorecards of a year: subtotals, total, rank, grade</source>
        <translation>年度评分表：小计、总分、排名、等次</translation>
    </message>
    <message>
        <source>The county (when the database covers several).</source>
        <translation>县（数据库含多个县时）。</translation>
    </message>
    <message>
        <source>One chamber&apos;s scorecard, rule by rule.</source>
        <translation>单个商会的逐条规则评分表。</translation>
    </message>
    <message>
        <source>Publish a year&apos;s report: its rules and entries are frozen</source>
        <translation>发布年度报告：其规则和记录将冻结</translation>
    </message>
    <message>
        <source>Date of issue (default: today).</source>
        <translation>印发日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Reopen a published year for corrections (the reason is kept)</source>
        <translation>重新打开已发布年度以便更正（保留理由）</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>重新打开的理由。</translation>
    </message>
    <message>
        <source>--%1 expects an amount in yuan such as 30000, 30000.50 or 3万, not &quot;%2&quot;.</source>
        <translation>--%1 应为以元计的金额，如 30000、30000.50 或 3万，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 takes yes, no or unknown, not &quot;%2&quot;.</source>
        <translation>--%1 取 yes、no 或 unknown，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>--%1 取 yes 或 no，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 takes one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 取 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>The record number must be a whole number, not &quot;%1&quot;.</source>
        <translation>记录编号须为整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Text to look for in the records and the chamber&apos;s name.</source>
        <translation>在记录及商会名称中查找的文字。</translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation>最多显示的行数。</translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation>先跳过的行数。</translation>
    </message>
    <message>
        <source>--year expects a year such as 2025, not &quot;%1&quot;.</source>
        <translation>--year 应为年份，如 2025，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is published; its report keeps the date of issue %2.</source>
        <translation>%1 已发布；其报告保留印发日期 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 scoring report of %2 (%3, %n chamber(s)) to %4.</source>
        <translation>
            <numerusform>已将 %2 的 %1 评分报告（%3，%n 个商会）写入 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>已发布 %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Write the annual micro-points scoring report</source>
        <translation>生成年度微积分评分报告</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json、csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Date of issue of a draft (default: today); a published report keeps its own.</source>
        <translation>草稿的印发日期（默认：今天）；已发布的报告保留其原日期。</translation>
    </message>
    <message>
        <source>Take in an office&apos;s ledger (CSV, XLSX, XLS/ET or ODS): preview, then import the valid rows</source>
        <translation>导入办公室的台账（CSV、XLSX、XLS/ET 或 ODS）：先预览，再导入有效的行</translation>
    </message>
    <message>
        <source>Write the chambers as a ledger (CSV, XLSX or ODS) that import reads back</source>
        <translation>把商会写成台账（CSV、XLSX 或 ODS），可再次导入</translation>
    </message>
    <message>
        <source>The file to write, .csv, .xlsx or .ods.</source>
        <translation>要写入的文件：.csv、.xlsx 或 .ods。</translation>
    </message>
    <message>
        <source>csv, xlsx or ods (default: from the file&apos;s suffix).</source>
        <translation>csv、xlsx 或 ods（默认：按文件扩展名）。</translation>
    </message>
    <message>
        <source>chambers</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>registration changes</source>
        <translation>登记状态变更</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Party instructors</source>
        <translation>党建工作指导员</translation>
    </message>
    <message>
        <source>disclosure periods</source>
        <translation>三公开期次</translation>
    </message>
    <message>
        <source>honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>member needs</source>
        <translation>会员需求</translation>
    </message>
    <message>
        <source>mediation committees</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>mediation cases reopened</source>
        <translation>重新调解的案件</translation>
    </message>
    <message>
        <source>yearly mediation tallies</source>
        <translation>年度调解案件数</translation>
    </message>
    <message>
        <source>scoring years</source>
        <translation>积分年度</translation>
    </message>
    <message>
        <source>points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>veto items</source>
        <translation>一票否决事项</translation>
    </message>
    <message>
        <source>published scoring reports</source>
        <translation>已发布的考评报告</translation>
    </message>
    <message>
        <source>The report&apos;s language: zh_CN (the default, whatever the system&apos;s) or en.</source>
        <translation>报表语言：zh_CN（默认，与系统语言无关）或 en。</translation>
    </message>
    <message>
        <source>--language expects zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--language 应为 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is published in %2; its report keeps that language.</source>
        <translation>%1 年度已按 %2 发布；其报表保持发布时的语言。</translation>
    </message>
    <message>
        <source>--entry takes the entry&apos;s number as the history shows it, not &quot;%1&quot;.</source>
        <translation>--entry 应为历史记录中显示的序号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Entry %1 is not in the registration history of %2; see: chamberctl registration history --chamber %3</source>
        <translation>序号 %1 不在 %2 的登记历史中；请查看：chamberctl registration history --chamber %3</translation>
    </message>
    <message>
        <source>Corrected entry %1: %2 → %3.</source>
        <translation>已更正第 %1 条：%2 → %3。</translation>
    </message>
    <message>
        <source>Deleted entry %1: %2.</source>
        <translation>已删除第 %1 条：%2。</translation>
    </message>
    <message>
        <source>Entry %1 is not in the history of case %2; see: chamberctl mediation case show %3</source>
        <translation>序号 %1 不在案件 %2 的办理经过中；请查看：chamberctl mediation case show %3</translation>
    </message>
    <message>
        <source>--to takes mediating, settled, failed or referred, not &quot;%1&quot;.</source>
        <translation>--to 可取 mediating、settled、failed 或 referred，而不是“%1”。</translation>
    </message>
    <message>
        <source>Number of the history entry (shown by the history).</source>
        <translation>历史记录中该条的序号（由历史记录显示）。</translation>
    </message>
    <message>
        <source>Why the entry is corrected; kept in the change log.</source>
        <translation>更正原因，记入修改日志。</translation>
    </message>
    <message>
        <source>Correct a wrongly entered registration change (the history is checked whole)</source>
        <translation>更正一条录错的登记变更（按整个登记历史检查）</translation>
    </message>
    <message>
        <source>The right status.</source>
        <translation>正确的状态。</translation>
    </message>
    <message>
        <source>The right date.</source>
        <translation>正确的日期。</translation>
    </message>
    <message>
        <source>The right credit code (with registered).</source>
        <translation>正确的统一社会信用代码（用于“已登记”）。</translation>
    </message>
    <message>
        <source>The right note.</source>
        <translation>正确的备注。</translation>
    </message>
    <message>
        <source>Delete a registration change entered by mistake</source>
        <translation>删除一条误录的登记变更</translation>
    </message>
    <message>
        <source>Correct a wrongly entered status change of a case (the history is checked whole)</source>
        <translation>更正案件中一条录错的状态变更（按整个办理经过检查）</translation>
    </message>
    <message>
        <source>The right reason of a reopening.</source>
        <translation>重新调解的正确原因。</translation>
    </message>
    <message>
        <source>Delete a status change of a case entered by mistake (not the case)</source>
        <translation>删除案件中一条误录的状态变更（不删除案件）</translation>
    </message>
    <message>
        <source>Import %1: %2 (SHA-256 %3)</source>
        <translation>第 %1 次导入：%2（SHA-256 %3）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
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
        <source>Policy</source>
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
    <message numerus="yes">
        <source>%n import(s); the changes of one: chamberctl import log --id N</source>
        <translation>
            <numerusform>共 %n 次导入；查看某次导入的修改：chamberctl import log --id 序号</numerusform>
        </translation>
    </message>
    <message>
        <source>List the ledger imports, or the changes one import made</source>
        <translation>列出台账导入记录，或某次导入所做的修改</translation>
    </message>
    <message>
        <source>Show the changes of this import.</source>
        <translation>显示这次导入所做的修改。</translation>
    </message>
    <message>
        <source>Only the newest N imports.</source>
        <translation>只列最近 N 次导入。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>held back, to verify</source>
        <translation>暂缓导入，待核实</translation>
    </message>
    <message>
        <source>taken in, to verify</source>
        <translation>已按原样导入，待核实</translation>
    </message>
    <message>
        <source>%1 values held back and %2 doubtful values become items to verify (see: chamberctl verify list).</source>
        <translation>%1 项数据暂缓导入、%2 项数据存疑，已记入待核实清单（见 chamberctl verify list）。</translation>
    </message>
    <message>
        <source>The year of the yearly counts (default: the last year with counts); written into the title and the count columns.</source>
        <translation>年度统计数所属的年份（默认：有统计数的最近一年）；写入标题和统计列的表头。</translation>
    </message>
    <message>
        <source>taken in, doubtful</source>
        <translation>已按原样导入，存疑</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>暂缓导入</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1，工作表 %2，第 %3 行</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to verify</source>
        <translation>
            <numerusform>%n 条待核实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either --use-value or --dismiss --reason TEXT.</source>
        <translation>请给出 --use-value，或 --dismiss --reason 原因，二者选一。</translation>
    </message>
    <message>
        <source>Verification item %1: the value was used.</source>
        <translation>待核实条目 %1：已使用该值。</translation>
    </message>
    <message>
        <source>Verification item %1 was dismissed.</source>
        <translation>待核实条目 %1 已忽略。</translation>
    </message>
    <message>
        <source>List the values waiting to be verified (待核实)</source>
        <translation>列出待核实的数据</translation>
    </message>
    <message>
        <source>Resolved items too.</source>
        <translation>也列出已处理的条目。</translation>
    </message>
    <message>
        <source>Resolve a verification item: use its value or dismiss it</source>
        <translation>处理一条待核实条目：使用该值或忽略</translation>
    </message>
    <message>
        <source>Write the value found into the chamber (when it is valid now).</source>
        <translation>把台账中的值写入商会记录（须现在能通过校验）。</translation>
    </message>
    <message>
        <source>Keep the record as it is; needs --reason.</source>
        <translation>保留现有记录；须同时给出 --reason。</translation>
    </message>
    <message>
        <source>Why the value is dismissed.</source>
        <translation>忽略该值的原因。</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Folder: %1. Kept: the newest %2, one a day for %3 days, one a week for %4 weeks.</source>
        <translation>文件夹：%1。保留：最新的 %2 份，最近 %3 天每天一份，最近 %4 周每周一份。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Name the one backup file to restore (see chamberctl backup list).</source>
        <translation>请指定要恢复的一个备份文件（见 chamberctl backup list）。</translation>
    </message>
    <message>
        <source>Restored %1. The content it replaced was kept as %2.</source>
        <translation>已恢复 %1。被替换的原内容已保存为 %2。</translation>
    </message>
    <message>
        <source>Kept: the newest %1, one a day for %2 days, one a week for %3 weeks.</source>
        <translation>保留：最新的 %1 份，最近 %2 天每天一份，最近 %3 周每周一份。</translation>
    </message>
    <message>
        <source>List the automatic and manual backups kept beside the database</source>
        <translation>列出数据库旁保存的自动和手动备份</translation>
    </message>
    <message>
        <source>Make a backup into the backup folder now</source>
        <translation>立即备份到备份文件夹</translation>
    </message>
    <message>
        <source>Put a backup&apos;s content back into the database (a backup of the current content is made first)</source>
        <translation>用备份的内容恢复数据库（会先备份当前内容）</translation>
    </message>
    <message>
        <source>Show or set how many backups are kept</source>
        <translation>查看或设置保留多少份备份</translation>
    </message>
    <message>
        <source>Keep this many newest backups whatever their age.</source>
        <translation>无论新旧，保留这么多份最新的备份。</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of this many days.</source>
        <translation>最近这么多天，每天保留最新的一份备份。</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of this many weeks.</source>
        <translation>最近这么多周，每周保留最新的一份备份。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a ChamberDesk database. To start a new database in it, run: chamberctl --db %1 init --scope CODE</source>
        <translation>%1 是空文件（0 字节），不是商会工作台数据库。如要在此新建数据库，请运行：chamberctl --db %1 init --scope CODE</translation>
    </message>
    <message>
        <source>%1 was written by an older ChamberDesk (schema version %2) and would need an upgrade to version %3 first. A dry run changes nothing, so it stops here; run the command without --dry-run to upgrade the file (a copy of it is kept).</source>
        <translation>%1 由旧版商会工作台写入（结构版本 %2），需要先升级到版本 %3。试运行不做任何修改，因此到此为止；去掉 --dry-run 再运行即可升级该文件（会保留一份副本）。</translation>
    </message>
    <message>
        <source>The file as it was before the import: %1 (chamberctl backup restore puts it back).</source>
        <translation>导入前的文件已备份为：%1（可用 chamberctl backup restore 恢复）。</translation>
    </message>
    <message>
        <source>%1 chambers, %2 cases, %3 points entries</source>
        <translation>商会 %1 个，调解案件 %2 件，积分记录 %3 条</translation>
    </message>
    <message>
        <source>Wrote report package #%1 (data as of %2) to %3: %4.</source>
        <translation>已将第 %1 次报送数据（截至 %2）写入 %3：%4。</translation>
    </message>
    <message>
        <source>Name one or more report packages to take in.</source>
        <translation>请指定要导入的一个或多个报送包。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
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
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Taking the packages in…</source>
        <translation>正在导入报送数据…</translation>
    </message>
    <message>
        <source>%1: package #%2 (data as of %3) taken in.</source>
        <translation>%1：第 %2 次报送（数据截至 %3）已导入。</translation>
    </message>
    <message>
        <source>kept here</source>
        <translation>本库录入</translation>
    </message>
    <message numerus="yes">
        <source>%n chamber(s) kept in this database</source>
        <translation>
            <numerusform>本库录入的商会 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Reported: %1/%2 counties.</source>
        <translation>已报送：%1/%2 个县（市、区）。</translation>
    </message>
    <message>
        <source>Write the report package of this database&apos;s records, to send upward</source>
        <translation>导出本数据库的报送数据包，向上级报送</translation>
    </message>
    <message>
        <source>The package file to write (.zip).</source>
        <translation>要写入的报送包文件（.zip）。</translation>
    </message>
    <message>
        <source>The date the data stand at (default: today).</source>
        <translation>数据截至日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Take counties&apos; report packages in, replacing each county&apos;s previous one</source>
        <translation>导入各县（市、区）的报送包，替换该县上一次的报送数据</translation>
    </message>
    <message>
        <source>Check the packages and show the plan; write nothing.</source>
        <translation>检查报送包并显示导入计划，不写入任何数据。</translation>
    </message>
    <message>
        <source>Which counties under the scope have reported, and as of when</source>
        <translation>辖区内各县（市、区）的报送情况及数据截至日期</translation>
    </message>
    <message>
        <source>In a city&apos;s or region&apos;s database: report the records of this county that it keeps itself.</source>
        <translation>在市级或自治区级数据库中：报送本库自行录入的该县（市、区）记录。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first; undo one: chamberctl history undo CHANGE</source>
        <translation>
            <numerusform>共 %n 条修改，最新的在前；撤销一条：chamberctl history undo 修改编号</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 须为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Change %1 undone.</source>
        <translation>已撤销修改 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 undone: %n change(s) reverted.</source>
        <translation>
            <numerusform>已撤销第 %1 次导入：共撤回 %n 条修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the changes made, with each field&apos;s value before and after</source>
        <translation>列出所做的修改，以及每个字段修改前后的值</translation>
    </message>
    <message>
        <source>Only records of this kind (chamber, honour, member, …).</source>
        <translation>只列此类记录（chamber、honour、member 等）。</translation>
    </message>
    <message>
        <source>Only the record with this number (with --entity).</source>
        <translation>只列此编号的记录（与 --entity 一起用）。</translation>
    </message>
    <message>
        <source>Only this chamber and its records.</source>
        <translation>只列此商会及其各项记录。</translation>
    </message>
    <message>
        <source>Only the changes this import made.</source>
        <translation>只列这次导入所做的修改。</translation>
    </message>
    <message>
        <source>Only changes on or after this date.</source>
        <translation>只列此日期当天及以后的修改。</translation>
    </message>
    <message>
        <source>Only changes by this user.</source>
        <translation>只列此用户所做的修改。</translation>
    </message>
    <message>
        <source>At most N changes, newest first (default 50).</source>
        <translation>最多列 N 条，最新的在前（默认 50 条）。</translation>
    </message>
    <message>
        <source>Undo one change (refused, with the reason, if the record changed since or a rule would break)</source>
        <translation>撤销一条修改（若该记录此后又被修改，或撤销后违反规则，则拒绝并说明原因）</translation>
    </message>
    <message>
        <source>Undo a whole import in one step (refused, naming the records, if any changed since)</source>
        <translation>一次撤销整次导入（若有记录在导入后被修改，则拒绝并列出这些记录）</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 scoring reports of %2 (%3 counties, %n chamber(s)) to %4.</source>
        <translation>
            <numerusform>已将%2 %1年度考评结果（%3 个县（市、区），%n 个商会）写入 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --county for one county&apos;s report or --scope for every county of a city or the region, not both.</source>
        <translation>--county（一个县的考评结果）与 --scope（一个市或全区所有县的考评结果）只能指定其一。</translation>
    </message>
    <message>
        <source>Every county of a city or the region in one file (JSON, CSV or PDF).</source>
        <translation>一个市或全区所有县的考评结果，写入一个文件（JSON、CSV 或 PDF）。</translation>
    </message>
    <message>
        <source>%1 (not reported)</source>
        <translation>%1（未报送）</translation>
    </message>
    <message>
        <source>Not reported yet, so not in the figures (unknown, not zero): %1</source>
        <translation>尚未报送，不在以上数字中（未知，不是零）：%1</translation>
    </message>
    <message>
        <source>--db needs a file path or a server address (postgresql://user@host:port/dbname).</source>
        <translation>--db 需要一个文件路径或服务器地址（postgresql://用户@主机:端口/数据库名）。</translation>
    </message>
    <message>
        <source>%1 is a file; the server commands take a server address: --db postgresql://user@host:port/dbname</source>
        <translation>%1 是一个文件；server 命令需要服务器地址：--db postgresql://用户@主机:端口/数据库名</translation>
    </message>
    <message>
        <source>%1 is set up for %2 (%3), schema version %4, with row-level security on every table. Grant access with: chamberctl --db %1 server grant --user NAME --county CODE --role clerk</source>
        <translation>%1 已为 %2（%3）建立，结构版本 %4，每张表都启用了行级安全。授权方法：chamberctl --db %1 server grant --user 用户名 --county 代码 --role clerk</translation>
    </message>
    <message>
        <source>--role takes clerk, official or admin, not &quot;%1&quot;.</source>
        <translation>--role 取 clerk、official 或 admin，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a county code (6 digits).</source>
        <translation>%1 不是县级代码（6 位）。</translation>
    </message>
    <message>
        <source>%1 is not the code of a province, city or county.</source>
        <translation>%1 不是省、市或县的代码。</translation>
    </message>
    <message>
        <source>%1 is now %2%3 on %4.</source>
        <translation>%1 现在是 %4 上的 %2%3。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授权时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>%1 has no access to %2 any more.</source>
        <translation>%1 已不再能访问 %2。</translation>
    </message>
    <message>
        <source>Took %1 (%2) into %3, all in one transaction:</source>
        <translation>已将 %1（%2）导入 %3，全部在一个事务中完成：</translation>
    </message>
    <message>
        <source>The micro-points (rules, years, entries) are the office&apos;s own and were not taken.</source>
        <translation>微积分（规则、年度、记录）属于各单位自己，未导入。</translation>
    </message>
    <message>
        <source>Set a PostgreSQL database up for an office: schema, scope and access rights</source>
        <translation>为单位建立 PostgreSQL 数据库：结构、范围和访问权限</translation>
    </message>
    <message>
        <source>The division the database covers (code or name).</source>
        <translation>数据库覆盖的行政区划（代码或名称）。</translation>
    </message>
    <message>
        <source>Give a user access: a clerk writes one county, an official reads a scope</source>
        <translation>给用户授权：录入员写一个县，审核/领导读一个范围</translation>
    </message>
    <message>
        <source>The server user (login role).</source>
        <translation>服务器用户（登录角色）。</translation>
    </message>
    <message>
        <source>clerk, official or admin.</source>
        <translation>clerk（录入员）、official（审核/领导）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>A clerk&apos;s county (6-digit code).</source>
        <translation>录入员所属的县（6 位代码）。</translation>
    </message>
    <message>
        <source>An official&apos;s division (code).</source>
        <translation>审核/领导可读的行政区划（代码）。</translation>
    </message>
    <message>
        <source>List the users with access and their roles</source>
        <translation>列出有访问权限的用户及其角色</translation>
    </message>
    <message>
        <source>Take a user&apos;s access away</source>
        <translation>收回用户的访问权限</translation>
    </message>
    <message>
        <source>server import-file takes one county database file or one report package.</source>
        <translation>server import-file 只接受一个县的数据库文件或一个报送数据包。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to read %1 in.</source>
        <translation>无法建立读取 %1 所用的临时文件夹。</translation>
    </message>
    <message>
        <source>Take a county&apos;s database file or report package into the server under its county, all or nothing</source>
        <translation>把一个县的数据库文件或报送数据包导入服务器、归入该县，要么全部导入，要么什么都不写</translation>
    </message>
    <message>
        <source>When the change added several records (an import, the demo): undo it for this record only.</source>
        <translation>该修改一次新增了多条记录时（导入、演示数据）：只撤销这一条记录。</translation>
    </message>
    <message>
        <source>Rows with one change number are records added together: undo one with chamberctl history undo CHANGE --record NUMBER.</source>
        <translation>修改编号相同的几行是一次新增的多条记录：撤销其中一条请用 chamberctl history undo 修改编号 --record 记录编号。</translation>
    </message>
</context>
</TS>
