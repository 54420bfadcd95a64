<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Keep at least the newest copy, and at most 1,000 of each kind.</source>
        <translation>至少保留最新的一份，每类最多保留 1,000 份。</translation>
    </message>
    <message>
        <source>Cannot write the backup settings in %1.</source>
        <translation>无法在 %1 中写入备份设置。</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>没有备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup to restore cannot be the database itself.</source>
        <translation>要恢复的备份不能是数据库本身。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation>%1 无法作为数据库打开。</translation>
    </message>
    <message>
        <source>%1 is not a ChamberDesk database: it cannot be restored.</source>
        <translation>%1 不是商会工作台数据库，无法恢复。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChamberDesk: this one cannot restore it.</source>
        <translation>%1 由更新版本的商会工作台写入，本版本无法恢复它。</translation>
    </message>
    <message>
        <source>%1 is damaged (its integrity check fails): it is not restored.</source>
        <translation>%1 已损坏（完整性检查未通过），未予恢复。</translation>
    </message>
    <message>
        <source>The SQLite driver handle is not available.</source>
        <translation>无法取得 SQLite 驱动句柄。</translation>
    </message>
    <message>
        <source>The restore failed and the database was left as it was: %1</source>
        <translation>恢复失败，数据库保持原样：%1</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database.</source>
        <translation>无法把 %1 复制到数据库旁边。</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside into %2.</source>
        <translation>无法把损坏的文件 %1 移到 %2。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the damaged file is in %2 and the copy is %3.</source>
        <translation>无法用备份替换 %1；损坏的文件在 %2，备份的副本是 %3。</translation>
    </message>
</context>
<context>
    <name>ChamberService</name>
    <message>
        <source>There is no township %1 in this database&apos;s scope.</source>
        <translation>本数据库的范围内没有乡镇（街道）%1。</translation>
    </message>
    <message>
        <source>The township already has a chamber named %1 (number %2).</source>
        <translation>该乡镇（街道）已有名为 %1 的商会（编号 %2）。</translation>
    </message>
    <message>
        <source>The credit code %1 already belongs to %2 (number %3).</source>
        <translation>统一社会信用代码 %1 已属于 %2（编号 %3）。</translation>
    </message>
    <message>
        <source>There is no chamber number %1.</source>
        <translation>没有编号为 %1 的商会。</translation>
    </message>
    <message>
        <source>There is no chamber named %1.</source>
        <translation>没有名为 %1 的商会。</translation>
    </message>
    <message>
        <source>Several chambers are named %1; give one of the numbers %2.</source>
        <translation>有多个商会名为 %1，请改用以下编号之一：%2。</translation>
    </message>
    <message>
        <source>The member counts of %1 follow from its member list (%2 individual, %3 unit); add or remove members there, or stop keeping the list.</source>
        <translation>%1的会员数按会员名单统计（个人会员 %2 个，单位会员 %3 个）；请在会员名单中添加或删除会员，或停止按名单统计。</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>There is no change number %1 in the log.</source>
        <translation>修改记录中没有编号为 %1 的修改。</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>registration change</source>
        <translation>登记状态变更</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>注册登记</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Party instructor</source>
        <translation>党建工作指导员</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>三公开</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>mediation committee</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>case status change</source>
        <translation>案件状态变更</translation>
    </message>
    <message>
        <source>yearly mediation tally</source>
        <translation>年度调解统计</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>member need</source>
        <translation>会员需求</translation>
    </message>
    <message>
        <source>points category</source>
        <translation>积分类别</translation>
    </message>
    <message>
        <source>points year</source>
        <translation>积分年度</translation>
    </message>
    <message>
        <source>category cap</source>
        <translation>类别上限</translation>
    </message>
    <message>
        <source>points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>verification item</source>
        <translation>待核实事项</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>removed with it</source>
        <translation>随之删除</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Change %1: the record is gone and the log does not say how.</source>
        <translation>修改 %1：该记录已不存在，修改记录中也没有删除它的记载。</translation>
    </message>
    <message>
        <source>change %1 (%2 number %3)</source>
        <translation>修改 %1（%2 第 %3 号）</translation>
    </message>
    <message>
        <source>%1 cannot be undone: the log kept no values for it (it is a mark, or it was written before the log kept values).</source>
        <translation>%1 无法撤销：修改记录中没有保存它的数值（它只是一个标记，或写于修改记录开始保存数值之前）。</translation>
    </message>
    <message>
        <source>%1 was removed together with the record before it in the log; undo that removal and it comes back with it.</source>
        <translation>%1 是随修改记录中前一条记录一起删除的；撤销那次删除，它会一并恢复。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: there is no table %2.</source>
        <translation>%1 无法撤销：数据库中没有 %2 表。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: the record was changed again since (change %2, by %3 at %4). Undo the later change first.</source>
        <translation>%1 无法撤销：此后该记录又被修改过（修改 %2，%3 于 %4）。请先撤销后来的修改。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: number %2 is in use again.</source>
        <translation>%1 无法撤销：编号 %2 已被其他记录使用。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: the record no longer exists.</source>
        <translation>%1 无法撤销：该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: its field %2 no longer holds the value the change wrote.</source>
        <translation>%1 无法撤销：字段 %2 的值已不是这次修改写入的值。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2 records of %3 belong to it now. Remove them first.</source>
        <translation>%1 无法撤销：目前有 %2 条%3记录属于它，请先删除这些记录。</translation>
    </message>
    <message>
        <source>Change %1 cannot be undone: the record would break a rule.</source>
        <translation>修改 %1 无法撤销：撤销后该记录将违反规则。</translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone by %3 at %4.</source>
        <translation>第 %1 次导入（%2）已由 %3 于 %4 撤销。</translation>
    </message>
    <message>
        <source>%1 number %2 was changed since the import (change %3, by %4 at %5).</source>
        <translation>%1 第 %2 号在导入后被修改过（修改 %3，%4 于 %5）。</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 (%2) cannot be undone: %n of its records changed since. Undo those changes first, or keep the import.</source>
        <translation>
            <numerusform>第 %1 次导入（%2）无法撤销：其中 %n 条记录在导入后被修改过。请先撤销这些修改，或保留这次导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: change %2 was logged without its values.</source>
        <translation>第 %1 次导入无法撤销：修改 %2 记录时没有保存数值。</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: a record would break a rule.</source>
        <translation>第 %1 次导入无法撤销：撤销后将有记录违反规则。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
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
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Change %1 is not about %2 number %3.</source>
        <translation>修改 %1 与%2 %3 号无关。</translation>
    </message>
    <message>
        <source>Change %1 added %2 records of %3 (numbers %4 to %5) together. Say which one to undo (chamberctl: --record N); a whole import is undone with chamberctl import undo.</source>
        <translation>修改 %1 一次新增了 %2 条%3（%4 号至 %5 号）。请指明撤销哪一条（命令行：--record 记录编号）；整次导入请用 chamberctl import undo 撤销。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ChamberDesk database (%2).</source>
        <translation>%1 不是乡镇商会工作台的数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not a ChamberDesk database.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是乡镇商会工作台的数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChamberDesk (schema version %2; this one knows up to %3).</source>
        <translation>%1 由较新版本的乡镇商会工作台写入（数据库结构版本 %2；本版本最高只支持到 %3）。</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>无法读取数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>数据库结构升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Migration to schema version %1 broke a foreign key in table %2.</source>
        <translation>数据库结构升级到版本 %1 后，表 %2 的外键关联遭到破坏。</translation>
    </message>
    <message>
        <source>The SQLite driver handle is not available.</source>
        <translation>无法取得 SQLite 驱动句柄。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 是文件夹；请给出备份文件的文件名。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1.</source>
        <translation>无法创建备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>无法写入备份文件 %1。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>The schema is at version %1; expected %2.</source>
        <translation>数据库结构版本为 %1，应为 %2。</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder %2 cannot be written, and the database needs to write its journal beside the file. Copy the file to a folder you can write to, or ask for write permission.</source>
        <translation>无法打开 %1：所在文件夹 %2 不可写入，而数据库需要在文件旁写入日志。请把文件复制到可写入的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>Cannot open %1: you do not have permission to read it.</source>
        <translation>无法打开 %1：没有读取它的权限。</translation>
    </message>
    <message>
        <source>Reading the database failed (%1). The file may be damaged: check it with &quot;chamberctl check&quot;, and if it is damaged put its newest backup back (&quot;chamberctl backup list&quot;, then &quot;chamberctl backup restore FILE&quot;; in the app: Settings, Backups and restore).</source>
        <translation>读取数据库失败（%1）。文件可能已损坏：请用“chamberctl check”检查；如已损坏，请放回最新的备份（先运行“chamberctl backup list”，再运行“chamberctl backup restore 文件”；在程序中：设置 → 备份与恢复）。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, with pg_dump (docs/server.md), not copied into a file by ChamberDesk.</source>
        <translation>服务器数据库在服务器上用 pg_dump 备份（见 docs/server.md），ChamberDesk 不把它复制成文件。</translation>
    </message>
    <message>
        <source>This installation cannot open a PostgreSQL database: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>本安装无法打开 PostgreSQL 数据库：缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot read the server database %1: %2</source>
        <translation>无法读取服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>The server database %1 belongs to another program (it has tables, but not ChamberDesk&apos;s); nothing was changed.</source>
        <translation>服务器数据库 %1 属于其他程序（其中有表，但不是 ChamberDesk 的）；未做任何改动。</translation>
    </message>
    <message>
        <source>You have no access to the server database %1; ask its administrator for a grant (chamberctl server grant).</source>
        <translation>您没有服务器数据库 %1 的访问权限；请向其管理员申请授权（chamberctl server grant）。</translation>
    </message>
    <message>
        <source>The server database %1 belongs to another program (its chamber_schema table is not ChamberDesk&apos;s); nothing was changed.</source>
        <translation>服务器数据库 %1 属于其他程序（其 chamber_schema 表不是 ChamberDesk 的）；未做任何改动。</translation>
    </message>
    <message>
        <source>The server database %1 is empty: it holds no ChamberDesk data yet. An administrator sets it up with: chamberctl --db %1 server init --scope CODE</source>
        <translation>服务器数据库 %1 是空的：还没有 ChamberDesk 数据。请管理员用以下命令建立：chamberctl --db %1 server init --scope 代码</translation>
    </message>
    <message>
        <source>The server database %1 sorts text by the locale %2; ChamberDesk needs the C collation so that lists and reports sort as they do in a file. Create it with: CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C&apos;</source>
        <translation>服务器数据库 %1 按区域设置 %2 排序文本；ChamberDesk 需要 C 排序规则，列表和报表才与文件中的顺序一致。请这样创建数据库：CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C&apos;</translation>
    </message>
    <message>
        <source>The server database %1 needs an upgrade (schema version %2 → %3) that only its administrator can make: ask them to run chamberctl server init.</source>
        <translation>服务器数据库 %1 需要升级（结构版本 %2 → %3），只有其管理员能执行：请让管理员运行 chamberctl server init。</translation>
    </message>
    <message>
        <source>Change %1 is not in the log.</source>
        <translation>修改记录中没有第 %1 条。</translation>
    </message>
</context>
<context>
    <name>DatabaseHealth</name>
    <message>
        <source>The database file %1 is damaged: SQLite&apos;s check of the file found: %2. ChamberDesk does not open it, so that no figure is read wrong from it. Restore it from one of its backups; the damaged file is kept.</source>
        <translation>数据库文件 %1 已损坏：SQLite 检查文件时发现：%2。为免从中读出错误的数字，乡镇商会工作台不打开这个文件。请从它的备份中恢复；损坏的文件会保留下来。</translation>
    </message>
</context>
<context>
    <name>DisclosureService</name>
    <message>
        <source>%1 already has a disclosure for %2 (number %3).</source>
        <translation>%1 已有 %2 期间的公开记录（编号 %3）。</translation>
    </message>
    <message>
        <source>There is no disclosure number %1.</source>
        <translation>没有编号为 %1 的公开记录。</translation>
    </message>
</context>
<context>
    <name>DivisionService</name>
    <message>
        <source>This database already covers %1 (%2); it cannot be set to %3 (%4).</source>
        <translation>本数据库的范围已是 %1（%2），不能改为 %3（%4）。</translation>
    </message>
    <message>
        <source>There is no division %1 in this database&apos;s scope.</source>
        <translation>本数据库的范围内没有行政区划 %1。</translation>
    </message>
    <message>
        <source>%1 fits %2 divisions; give the code of one: %3</source>
        <translation>%1 对应 %2 个行政区划，请给出其中一个的代码：%3</translation>
    </message>
    <message>
        <source>No township was given.</source>
        <translation>未指定乡镇（街道）。</translation>
    </message>
    <message>
        <source>There is no township %1 in this database&apos;s scope.</source>
        <translation>本数据库的范围内没有乡镇（街道）%1。</translation>
    </message>
</context>
<context>
    <name>ExchangeGuard</name>
    <message>
        <source>Reported by %1, data as of %2: this record is %1&apos;s and can be changed only there; ask them to correct it and report again.</source>
        <translation>由%1报送，数据截至 %2：这条记录属于%1，只能在%1修改；请%1更正后重新报送。</translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <source>%1 is not a record kind of the exchange format.</source>
        <translation>%1 不是报送数据格式中的记录类别。</translation>
    </message>
    <message>
        <source>The database has no table %1.</source>
        <translation>数据库中没有表 %1。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown field %1 (the package was made by another version of the format).</source>
        <translation>未知字段 %1（报送包由另一版本的格式制作）。</translation>
    </message>
    <message>
        <source>its fields differ from the first line&apos;s.</source>
        <translation>字段与第一行不一致。</translation>
    </message>
    <message>
        <source>field %1 is missing.</source>
        <translation>缺少字段 %1。</translation>
    </message>
    <message>
        <source>%1 %2 refers to a record the package does not hold.</source>
        <translation>%1 %2 引用了报送包中没有的记录。</translation>
    </message>
    <message>
        <source>field %1 holds a list or an object, not a single value.</source>
        <translation>字段 %1 的值是列表或对象，应为单个值。</translation>
    </message>
    <message>
        <source>Report packages are made from and taken into database files; a server database is shared by its offices directly (docs/server.md).</source>
        <translation>报送数据包由数据库文件制作和导入；服务器数据库由各单位直接共享（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>it breaks the database&apos;s rule CHECK (%1).</source>
        <translation>违反数据库的规则 CHECK (%1)。</translation>
    </message>
    <message>
        <source>The database&apos;s foreign keys are off and the import cannot check them.</source>
        <translation>数据库的外键检查已关闭，导入无法自行核对外键。</translation>
    </message>
    <message>
        <source>The records of %1 are held already: they are replaced only with the database&apos;s foreign keys on.</source>
        <translation>本库已有 %1 的数据：只有在数据库外键检查开启时才能替换。</translation>
    </message>
    <message>
        <source>it refers to a record the database does not hold (%1).</source>
        <translation>引用了本数据库中没有的记录（%1）。</translation>
    </message>
</context>
<context>
    <name>HistoryCorrections</name>
    <message>
        <source>Give the reason for the correction; it is kept in the change log.</source>
        <translation>请填写更正原因，原因将记入修改日志。</translation>
    </message>
    <message>
        <source>There is no registration entry number %1.</source>
        <translation>没有序号为 %1 的登记变更。</translation>
    </message>
    <message>
        <source>Registration entry %1 belongs to another chamber.</source>
        <translation>序号为 %1 的登记变更属于另一个商会。</translation>
    </message>
    <message>
        <source>The corrected entry is the same as the recorded one; there is nothing to correct.</source>
        <translation>更正后的内容与原记录相同，没有需要更正的内容。</translation>
    </message>
    <message>
        <source>The credit code %1 already belongs to %2 (number %3).</source>
        <translation>统一社会信用代码 %1 已属于 %2（编号 %3）。</translation>
    </message>
    <message>
        <source>There is no status change number %1.</source>
        <translation>没有序号为 %1 的状态变更。</translation>
    </message>
    <message>
        <source>Status change %1 belongs to another case.</source>
        <translation>序号为 %1 的状态变更属于另一个案件。</translation>
    </message>
</context>
<context>
    <name>HonourService</name>
    <message>
        <source>%1 was founded in %2; it cannot have been honoured in %3.</source>
        <translation>%1 成立于 %2 年，不可能在 %3 年获得荣誉。</translation>
    </message>
    <message>
        <source>%1 already holds %2 for %3 (number %4).</source>
        <translation>%1 已有 %3 年度的“%2”荣誉（编号 %4）。</translation>
    </message>
    <message>
        <source>There is no honour number %1.</source>
        <translation>没有编号为 %1 的荣誉记录。</translation>
    </message>
</context>
<context>
    <name>ImportLogService</name>
    <message>
        <source>The file hash must be 64 lower-case hex digits (SHA-256).</source>
        <translation>文件哈希值须为 64 位小写十六进制数字（SHA-256）。</translation>
    </message>
    <message>
        <source>Import counts cannot be negative.</source>
        <translation>导入计数不能为负数。</translation>
    </message>
    <message>
        <source>There is no import number %1 in the log.</source>
        <translation>导入记录中没有序号为 %1 的导入。</translation>
    </message>
    <message>
        <source>Import %1 (%2) was taken in before the log kept the changes of each import; its changes cannot be listed.</source>
        <translation>第 %1 次导入（%2）发生在程序开始记录每次导入所做修改之前，无法列出它所做的修改。</translation>
    </message>
</context>
<context>
    <name>MediationCaseService</name>
    <message>
        <source>%1 already has a case numbered %2 (number %3).</source>
        <translation>%1 已有案件编号为 %2 的案件（记录编号 %3）。</translation>
    </message>
    <message>
        <source>%1 has no mediation committee on record.</source>
        <translation>%1 没有调解组织的记录。</translation>
    </message>
    <message>
        <source>The status changes only by a dated status change, not by editing the case.</source>
        <translation>案件状态只能通过记录带日期的状态变更来修改，不能直接编辑案件。</translation>
    </message>
    <message>
        <source>The case number is missing.</source>
        <translation>未填写案件编号。</translation>
    </message>
    <message>
        <source>The case went %1 on %2; that cannot come before %3.</source>
        <translation>案件于 %2 变为“%1”，该日期不能早于 %3。</translation>
    </message>
    <message>
        <source>There is no mediation case number %1.</source>
        <translation>没有编号为 %1 的调解案件。</translation>
    </message>
</context>
<context>
    <name>MediationService</name>
    <message>
        <source>%1 already has a mediation committee (number %2); change that one instead.</source>
        <translation>%1 已有调解组织（编号 %2）；请修改该记录。</translation>
    </message>
    <message>
        <source>There is no mediation committee number %1.</source>
        <translation>没有编号为 %1 的调解组织。</translation>
    </message>
    <message>
        <source>%1 was founded in %2; it has no cases in %3.</source>
        <translation>%1 成立于 %2 年，%3 年不可能有调解案件。</translation>
    </message>
    <message>
        <source>There is no case tally number %1.</source>
        <translation>没有编号为 %1 的年度调解统计。</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>%1 is already on the list with the credit code %2 (number %3).</source>
        <translation>%1 已在会员名单中，统一社会信用代码为 %2（编号 %3）。</translation>
    </message>
    <message>
        <source>%1 is also listed as president of %2.</source>
        <translation>%1 也登记为%2的会长。</translation>
    </message>
    <message>
        <source>There is no member number %1.</source>
        <translation>没有编号为 %1 的会员。</translation>
    </message>
</context>
<context>
    <name>PartyService</name>
    <message>
        <source>%1 already has a Party organisation (number %2); change that one instead.</source>
        <translation>%1 已有党组织（编号 %2）；请修改该记录。</translation>
    </message>
    <message>
        <source>There is no Party organisation number %1.</source>
        <translation>没有编号为 %1 的党组织。</translation>
    </message>
    <message>
        <source>%1 is also in post for %2; give the date %1 left if %3 took over.</source>
        <translation>%1 也在%2担任党建工作指导员；如由 %3 接任，请填写 %1 的离任日期。</translation>
    </message>
    <message>
        <source>There is no Party instructor number %1.</source>
        <translation>没有编号为 %1 的党建工作指导员。</translation>
    </message>
</context>
<context>
    <name>PointsService</name>
    <message>
        <source>There is no points category number %1.</source>
        <translation>没有编号为 %1 的积分类别。</translation>
    </message>
    <message>
        <source>There is no points category named %1.</source>
        <translation>没有名为 %1 的积分类别。</translation>
    </message>
    <message>
        <source>There is already a category named %1 (number %2).</source>
        <translation>已有名为 %1 的积分类别（编号 %2）。</translation>
    </message>
    <message>
        <source>The points year %1 has not been started; start it with its rule set first.</source>
        <translation>%1 年度的积分尚未启动；请先为该年度建立积分规则。</translation>
    </message>
    <message>
        <source>The points of %1 are published (issued %2) and frozen; reopen the year with a reason before changing them.</source>
        <translation>%1 年度的积分已公布（发布日期 %2）并已冻结；如需修改，请先填写原因，重新开放该年度。</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000–2100.</source>
        <translation>年度 %1 不在 2000–2100 之间。</translation>
    </message>
    <message>
        <source>The points year %1 has already been started.</source>
        <translation>%1 年度的积分已经启动。</translation>
    </message>
    <message>
        <source>A category&apos;s cap must be more than 0.</source>
        <translation>积分类别的上限须大于 0。</translation>
    </message>
    <message>
        <source>%1 did not exist on %2 (founded %3%4).</source>
        <translation>%1 在 %2 并不存续（成立日期 %3%4）。</translation>
    </message>
    <message>
        <source>, dissolved %1</source>
        <translation>，解散日期 %1</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; is retired; it takes no new entries.</source>
        <translation>规则“%1”已停用，不能再添加积分记录。</translation>
    </message>
    <message>
        <source>Entry number %1 already records this rule for this chamber on %2; make sure it is not counted twice.</source>
        <translation>积分记录 %1 已记录该商会在 %2 的同一规则；请确认没有重复计分。</translation>
    </message>
    <message>
        <source>Entry number %1 is %2; only drafts and rejected entries can be changed.</source>
        <translation>积分记录 %1 当前为“%2”；只有草稿和已退回的记录才能修改。</translation>
    </message>
    <message>
        <source>Entry number %1 is %2; only an entry that is %3 can be %4.</source>
        <translation>积分记录 %1 当前为“%2”；只有“%3”的记录才能改为“%4”。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>”或“</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>退回须填写原因。</translation>
    </message>
    <message>
        <source>Entry number %1 is %2; only drafts and rejected entries can be removed.</source>
        <translation>积分记录 %1 当前为“%2”；只有草稿和已退回的记录才能删除。</translation>
    </message>
    <message>
        <source>There is no points entry number %1.</source>
        <translation>没有编号为 %1 的积分记录。</translation>
    </message>
    <message>
        <source>There is no veto number %1.</source>
        <translation>没有编号为 %1 的一票否决记录。</translation>
    </message>
    <message>
        <source>The date of issue is missing.</source>
        <translation>未填写发布日期。</translation>
    </message>
    <message>
        <source>The date of issue %1 is before the year %2 began.</source>
        <translation>发布日期 %1 早于 %2 年度的开始。</translation>
    </message>
    <message>
        <source>The date of issue %1 is in the future.</source>
        <translation>发布日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>There is no report to publish.</source>
        <translation>没有可公布的报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 still wait for approval; approve or reject them before publishing.</source>
        <translation>
            <numerusform>%1 年度还有 %n 条积分记录等待审核；请在公布前逐条通过或退回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft entries of %1 were never submitted; they do not count and are frozen with the year.</source>
        <translation>
            <numerusform>%1 年度有 %n 条草稿记录从未提交；它们不计分，并随该年度一起冻结。</numerusform>
        </translation>
    </message>
    <message>
        <source>The points of %1 are not published; there is nothing to reopen.</source>
        <translation>%1 年度的积分尚未公布，无需重新开放。</translation>
    </message>
    <message>
        <source>Reopening a published year needs a reason, kept in its history.</source>
        <translation>重新开放已公布的年度须填写原因，原因将记入历史。</translation>
    </message>
    <message>
        <source>There is no points rule number %1.</source>
        <translation>没有编号为 %1 的积分规则。</translation>
    </message>
    <message>
        <source>The category %1 is retired; it takes no new rules.</source>
        <translation>积分类别 %1 已停用，不能再添加规则。</translation>
    </message>
    <message>
        <source>A rule stays in its year; add a rule to %1 instead.</source>
        <translation>积分规则不能移到其他年度；请在 %1 年度另行添加规则。</translation>
    </message>
    <message>
        <source>There are no points for %1.</source>
        <translation>%1 年没有积分记录。</translation>
    </message>
</context>
<context>
    <name>RecordChecks</name>
    <message>
        <source>The %1 %2 is before %3 was founded on %4.</source>
        <translation>%1 %2 早于%3的成立日期 %4。</translation>
    </message>
    <message>
        <source>A record stays with the chamber it was entered for; remove it and add it to the other chamber instead.</source>
        <translation>记录不能转到其他商会；请删除该记录，再在另一个商会下重新添加。</translation>
    </message>
</context>
<context>
    <name>RecordWrite</name>
    <message>
        <source>There is no record number %1 in %2.</source>
        <translation>%2 中没有第 %1 号记录。</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it (you opened version %1; it is now version %2). Nothing was saved, so that their change is not overwritten: reload the record and make your change again.</source>
        <translation>保存失败：您打开此记录后，已有他人保存了它（您打开的是第 %1 版，现为第 %2 版）。为免覆盖他人的修改，本次未保存；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>%1 saved this record after you opened it (you opened version %2; it is now version %3). Nothing was saved, so that their change is not overwritten: reload the record and make your change again.</source>
        <translation>保存失败：此记录已由 %1 保存（您打开的是第 %2 版，现为第 %3 版）。为免覆盖他人的修改，本次未保存；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <source>The credit code %1 already belongs to %2 (number %3).</source>
        <translation>统一社会信用代码 %1 已属于 %2（编号 %3）。</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>Access rights are kept by a PostgreSQL server; %1 is a file.</source>
        <translation>访问权限由 PostgreSQL 服务器管理；%1 是一个文件。</translation>
    </message>
    <message>
        <source>Cannot set the access rights up: %1</source>
        <translation>无法设置访问权限：%1</translation>
    </message>
    <message>
        <source>%1 is not a user name the server takes: lower-case letters, digits and _, starting with a letter.</source>
        <translation>%1 不是服务器接受的用户名：只能用小写字母、数字和 _，并以字母开头。</translation>
    </message>
    <message>
        <source>%1 has no grant on this database.</source>
        <translation>%1 在此数据库上没有授权。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a valid server address; write it as %2.</source>
        <translation>%1 不是有效的服务器地址；请写成 %2。</translation>
    </message>
    <message>
        <source>The port in %1 is not a number from 1 to 65535.</source>
        <translation>%1 中的端口不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>%1 names no database; write it as %2.</source>
        <translation>%1 没有写明数据库名；请写成 %2。</translation>
    </message>
    <message>
        <source>%1 is not an option of a server address (known: %2).</source>
        <translation>%1 不是服务器地址的选项（可用：%2）。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not known; use one of %2.</source>
        <translation>不认识 sslmode=%1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>connect_timeout=%1 is not a number of seconds.</source>
        <translation>connect_timeout=%1 不是秒数。</translation>
    </message>
    <message>
        <source>The value of %1 in %2 holds a character it may not have.</source>
        <translation>%2 中 %1 的值含有不允许的字符。</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password. Check the user, and the password in PGPASSWORD or ~/.pgpass (it is never read from ChamberDesk&apos;s settings).</source>
        <translation>服务器 %1 拒绝了用户名或密码。请检查用户名，以及 PGPASSWORD 或 ~/.pgpass 中的密码（ChamberDesk 的设置中从不保存密码）。</translation>
    </message>
    <message>
        <source>The server at %1 has no user of that name; ask its administrator to grant you access.</source>
        <translation>服务器 %1 上没有这个用户；请向其管理员申请访问权限。</translation>
    </message>
    <message>
        <source>The server has no database named %1 (%2); ask its administrator to create it.</source>
        <translation>服务器上没有名为 %1 的数据库（%2）；请让其管理员创建。</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found; check the address %2.</source>
        <translation>找不到服务器名 %1；请检查地址 %2。</translation>
    </message>
    <message>
        <source>The server at %1 does not accept connections from this computer or this user (pg_hba.conf); ask its administrator.</source>
        <translation>服务器 %1 不接受来自这台计算机或这个用户的连接（pg_hba.conf）；请联系其管理员。</translation>
    </message>
    <message>
        <source>The secure connection (SSL) to %1 failed: %2</source>
        <translation>与 %1 的安全连接（SSL）失败：%2</translation>
    </message>
    <message>
        <source>Cannot reach the database server at %1: it is not running or not reachable. Check the address and that the server is started.</source>
        <translation>无法连接数据库服务器 %1：服务器未运行或无法访问。请检查地址，并确认服务器已启动。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at %1: %2</source>
        <translation>无法连接数据库服务器 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <source>import-file takes a file into a server database; %1 is a file.</source>
        <translation>import-file 把文件导入服务器数据库；%1 是一个文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be taken in: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <source>%1 is not one county&apos;s database (its scope is %2); only a county&apos;s file is taken in.</source>
        <translation>%1 不是一个县的数据库（其范围是 %2）；只能导入县级文件。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (%2) is outside the server database&apos;s scope %3; nothing was taken in.</source>
        <translation>%1（%2）不在服务器数据库的范围 %3 内；未导入任何数据。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Cannot read the server database.</source>
        <translation>无法读取服务器数据库。</translation>
    </message>
    <message>
        <source>The server already holds %1 chambers of %2; a file is taken in only into a county with none, so that nothing is doubled or overwritten. Nothing was taken in.</source>
        <translation>服务器上已有 %2 的 %1 个商会；文件只能导入到还没有商会的县，以免重复或覆盖。未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 holds records another office reported to it (%2); only a county&apos;s own records are taken in. Nothing was taken in.</source>
        <translation>%1 含有其他单位报送来的记录（%2）；只导入县里自己的记录。未导入任何数据。</translation>
    </message>
    <message>
        <source>Record %1 of %2 in %3 refers to %4 number %5, which the file does not hold.</source>
        <translation>%3 中 %2 的第 %1 条记录引用了 %4 第 %5 号，但文件中没有它。</translation>
    </message>
    <message>
        <source>Record %1 of %2 in %3 cannot be taken in: %4</source>
        <translation>%3 中 %2 的第 %1 条记录无法导入：%4</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to read the file in.</source>
        <translation>无法建立读取文件所用的临时文件夹。</translation>
    </message>
    <message>
        <source>%1 and %2 both hold %3; a county is taken in from one file only. Nothing was taken in.</source>
        <translation>%1 和 %2 都含有%3的数据；一个县只能从一个文件导入。未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ServiceRequestService</name>
    <message>
        <source>Member number %1 is not on the member list of %2.</source>
        <translation>编号为 %1 的会员不在%2的会员名单中。</translation>
    </message>
    <message>
        <source>The status changes only by a dated status change, not by editing the need.</source>
        <translation>需求状态只能通过记录带日期的状态变更来修改，不能直接编辑需求。</translation>
    </message>
    <message>
        <source>There is no need number %1.</source>
        <translation>没有编号为 %1 的需求。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>当前没有已开始的事务。</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Another import or another user is writing to the database; please wait a moment and try again.</source>
        <translation>另一项导入（或其他用户）正在写入数据库，请稍候再试。</translation>
    </message>
    <message>
        <source>Cannot save: a part of the write failed, so none of it is kept.</source>
        <translation>无法保存：其中一部分写入失败，因此全部未保存。</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>value used</source>
        <translation>已使用该值</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>field edited</source>
        <translation>已修改该项</translation>
    </message>
    <message>
        <source>A verification item needs its chamber.</source>
        <translation>待核实条目须指明所属商会。</translation>
    </message>
    <message>
        <source>A verification item needs the field it is about.</source>
        <translation>待核实条目须指明是哪一项。</translation>
    </message>
    <message>
        <source>A verification item needs the reason it was raised.</source>
        <translation>待核实条目须写明原因。</translation>
    </message>
    <message>
        <source>There is no verification item number %1.</source>
        <translation>没有编号为 %1 的待核实条目。</translation>
    </message>
    <message>
        <source>Verification item number %1 is already resolved (%2).</source>
        <translation>待核实条目 %1 已经处理过（%2）。</translation>
    </message>
    <message>
        <source>Say why the value is dismissed.</source>
        <translation>请写明忽略该值的原因。</translation>
    </message>
</context>
</TS>
