<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChamberFields</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 mark but its text is not valid UTF-16.</source>
        <translation>文件以 UTF-16 标记开头，但内容不是有效的 UTF-16 文本。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 mark but is not valid UTF-8.</source>
        <translation>文件以 UTF-8 标记开头，但内容不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8. Try the encoding GB18030.</source>
        <translation>文件不是有效的 UTF-8 文本，请改用 GB18030 编码。</translation>
    </message>
    <message>
        <source>The file is not valid GB18030 text. Try the encoding UTF-8.</source>
        <translation>文件不是有效的 GB18030 文本，请改用 UTF-8 编码。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not known: it is neither UTF-8 nor GB18030 (GBK). Save it again from WPS or Excel as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>无法识别文件的文字编码：既不是 UTF-8，也不是 GB18030（GBK）。请用 WPS 或 Excel 另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>Row %1 opens a quoted cell (&quot;) that is never closed, so the rest of the file would be read as one cell. Close the quote and import again.</source>
        <translation>第 %1 行有一个引号（&quot;）开始的单元格没有闭合，文件其余部分会被当作一个单元格。请补上引号后重新导入。</translation>
    </message>
    <message>
        <source>The file is not text (it holds NUL characters, bytes of value 0): it is not a CSV ledger. A workbook must be saved as .xlsx, .xls or .ods.</source>
        <translation>该文件不是文本（含有值为 0 的 NUL 字符），不是 CSV 台账。工作簿须保存为 .xlsx、.xls 或 .ods 文件。</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>There is no column %1.</source>
        <translation>没有第 %1 列。</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; to import into.</source>
        <translation>没有可导入的字段“%1”。</translation>
    </message>
    <message>
        <source>Column %1 already goes to %2.</source>
        <translation>%1 列已对应到“%2”。</translation>
    </message>
    <message>
        <source>No column holds the chamber&apos;s name (商会名称): a ledger row cannot be matched to a chamber without it.</source>
        <translation>没有一列是商会名称（商会名称）：没有名称，台账的行无法对应到商会。</translation>
    </message>
    <message>
        <source>a column headed 商会名称</source>
        <translation>表头为“商会名称”的一列</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is not imported: ChamberDesk does not know this header. Choose a field for it in a mapping, or leave it out.</source>
        <translation>%1 列“%2”未导入：ChamberDesk 不认识这个表头。请在列对应中为它选择字段，或不导入该列。</translation>
    </message>
    <message>
        <source>The ledger gives only the total of members, not how many are enterprises: all are counted as individual members.</source>
        <translation>台账只给出会员总数，没有企业会员数：全部按个人会员计。</translation>
    </message>
    <message>
        <source>The mapping file is not a ChamberDesk column mapping (JSON with &quot;chamberdesk_mapping&quot;).</source>
        <translation>该文件不是 ChamberDesk 的列对应文件（含 &quot;chamberdesk_mapping&quot; 的 JSON）。</translation>
    </message>
    <message>
        <source>The mapping file was written by a newer ChamberDesk.</source>
        <translation>该列对应文件由更新版本的 ChamberDesk 写成。</translation>
    </message>
    <message>
        <source>The mapping sends &quot;%1&quot; to &quot;%2&quot;, which is not a field ChamberDesk knows.</source>
        <translation>列对应把“%1”对应到“%2”，但 ChamberDesk 没有这个字段。</translation>
    </message>
    <message>
        <source>The mapping&apos;s header_row must be a row number from 1.</source>
        <translation>列对应中的 header_row 须为从 1 起的行号。</translation>
    </message>
</context>
<context>
    <name>HoldBack</name>
    <message>
        <source>The registration change (status, date and code) is held back with it.</source>
        <translation>这次登记变更（登记状态、登记时间和代码）随之一并暂缓导入。</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>18 characters</source>
        <translation>18 位字符</translation>
    </message>
    <message>
        <source>check character %1 (%2)</source>
        <translation>校验码 %1（%2）</translation>
    </message>
    <message>
        <source>The credit code %1 is already given in row %2.</source>
        <translation>统一社会信用代码 %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>The ledger&apos;s credit code %1 differs from %2 on record; an import does not rewrite the registration history.</source>
        <translation>台账中的统一社会信用代码 %1 与已登记的 %2 不同；导入不改写注册登记历史。</translation>
    </message>
    <message>
        <source>A registration date without a registration status (是否登记) is not imported.</source>
        <translation>只有登记时间而没有登记情况（是否登记），登记时间不导入。</translation>
    </message>
    <message>
        <source>The ledger&apos;s registration date %1 differs from %2 on record; an import does not rewrite the registration history.</source>
        <translation>台账中的登记时间 %1 与记录中的 %2 不同；导入不改写注册登记历史。</translation>
    </message>
    <message>
        <source>The ledger says not registered but gives a credit code.</source>
        <translation>台账写明未登记，却填了统一社会信用代码。</translation>
    </message>
    <message>
        <source>是 in 是否登记, or no credit code</source>
        <translation>“是否登记”填“是”，或不填统一社会信用代码</translation>
    </message>
    <message>
        <source>The ledger says not registered, but the chamber is %1 on record; an import does not rewrite the registration history.</source>
        <translation>台账写明未登记，但记录中该商会为“%1”；导入不改写注册登记历史。</translation>
    </message>
    <message>
        <source>The ledger says %1 but gives no date: a registration change is kept with its date.</source>
        <translation>台账写明“%1”但没有日期：注册登记的变化须连同日期记录。</translation>
    </message>
    <message>
        <source>the date in 登记时间</source>
        <translation>“登记时间”中的日期</translation>
    </message>
    <message>
        <source>imported from a ledger that gave only the month</source>
        <translation>从台账导入，台账只写到月份</translation>
    </message>
    <message>
        <source>The same chamber is already in row %1.</source>
        <translation>同一商会已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>skip (exists)</source>
        <translation>跳过（已存在）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The credit code %1 already belongs to %2 (number %3).</source>
        <translation>统一社会信用代码 %1 已属于 %2（编号 %3）。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>LedgerExporter</name>
    <message>
        <source>The ledger could not be written.</source>
        <translation>台账未能写出。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the workbook.</source>
        <translation>无法为工作簿创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be written.</source>
        <translation>工作簿未能写出。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The ledger is written as .csv, .xlsx or .ods; %1 is none of them.</source>
        <translation>台账只能写成 .csv、.xlsx 或 .ods 文件；%1 都不是。</translation>
    </message>
    <message>
        <source>The ledger is written as csv, xlsx or ods, not %1.</source>
        <translation>台账只能写成 csv、xlsx 或 ods 格式，不能写成 %1。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is %L3 characters long, more than the %L4 an Excel cell holds: it would be lost. Export the ledger as .csv or .ods, which keep it whole, or shorten it.</source>
        <translation>“%1”的“%2”长 %L3 个字符，超过 Excel 单元格最多容纳的 %L4 个，导出后会丢失。请导出为 .csv 或 .ods（可完整保留），或将其缩短。</translation>
    </message>
</context>
<context>
    <name>LedgerFile</name>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a ledger file.</source>
        <translation>%1 是文件夹，不是台账文件。</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB: it is not a ledger.</source>
        <translation>%1 大于 200 MB，不是台账。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>%1 is a %2 image, not a spreadsheet. Choose the ledger saved as .xlsx, .xls, .ods or .csv.</source>
        <translation>%1 是一张 %2 图片，不是电子表格。请选择保存为 .xlsx、.xls、.ods 或 .csv 的台账。</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a spreadsheet. Choose the ledger saved as .xlsx, .xls, .ods or .csv.</source>
        <translation>%1 是 PDF 文档，不是电子表格。请选择保存为 .xlsx、.xls、.ods 或 .csv 的台账。</translation>
    </message>
    <message>
        <source>%1 is named as a workbook but is not one: its content is neither an Excel, WPS nor OpenDocument spreadsheet.</source>
        <translation>%1 的文件名像工作簿，但它不是工作簿：其内容既不是 Excel、WPS 表格，也不是 OpenDocument 电子表格。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a pipe, a device or a socket): a ledger is a file saved by Excel, WPS or a text editor.</source>
        <translation>%1 不是普通文件（而是管道、设备或套接字）。台账应是由 Excel、WPS 或文本编辑器保存的文件。</translation>
    </message>
</context>
<context>
    <name>LedgerRowReader</name>
    <message>
        <source>%1 members in all is not %2 individual plus %3 enterprise members.</source>
        <translation>会员总数 %1 不等于个人会员 %2 加企业会员 %3。</translation>
    </message>
    <message>
        <source>%1 enterprise members is more than the %2 members in all.</source>
        <translation>企业会员 %1 个，多于会员总数 %2。</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>%1 individual members is more than the %2 members in all.</source>
        <translation>个人会员 %1 个，多于会员总数 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber status.</source>
        <translation>“%1”不是商会的运行状态。</translation>
    </message>
    <message>
        <source>正常, 休眠 or 已解散</source>
        <translation>正常、休眠或已解散</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>The file is an OpenDocument spreadsheet (.ods), but it is damaged and cannot be read. Open it in LibreOffice or WPS and save it again.</source>
        <translation>该文件是 OpenDocument 电子表格（.ods），但已损坏，无法读取。请用 LibreOffice 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>The spreadsheet is protected with a password (encrypted), so its cells cannot be read. Open it in LibreOffice or WPS, remove the password and save it again.</source>
        <translation>该电子表格设有密码（已加密），无法读取其中的单元格。请用 LibreOffice 或 WPS 打开，取消密码后重新保存。</translation>
    </message>
</context>
<context>
    <name>ReadLimits</name>
    <message>
        <source>Sheet &quot;%1&quot; has more than %L2 rows, more than a spreadsheet holds: the file is damaged or not a ledger.</source>
        <translation>工作表“%1”超过 %L2 行，超出电子表格所能容纳的行数：文件已损坏或不是台账。</translation>
    </message>
    <message>
        <source>The workbook holds more than %L1 filled cells, more than ChamberDesk reads from one ledger. Save the sheet with the chambers on its own and import that.</source>
        <translation>该工作簿的非空单元格超过 %L1 个，超出 ChamberDesk 从一份台账读取的上限。请把商会所在的工作表单独保存后再导入。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %L2 MB, more than ChamberDesk reads from one ledger.</source>
        <translation>该工作簿的组成部分 %1 解压后超过 %L2 MB，超出 ChamberDesk 从一份台账读取的上限。</translation>
    </message>
    <message>
        <source>The CSV file is %L1 MB, more than the %L2 MB ChamberDesk reads from one ledger (a county&apos;s ledger is well under 5 MB). Save the sheet with the chambers on its own and import that.</source>
        <translation>该 CSV 文件有 %L1 MB，超过商会工作台每份台账最多读取的 %L2 MB（一个县的台账远小于 5 MB）。请把商会所在的表单独保存后再导入。</translation>
    </message>
    <message>
        <source>The CSV file holds more than %L1 cells (rows times columns, blank ones counted), more than ChamberDesk reads from one ledger. Save the sheet with the chambers on its own and import that.</source>
        <translation>该 CSV 文件的单元格（行数乘列数，空白也计）超过 %L1 个，超出商会工作台每份台账的读取上限。请把商会所在的表单独保存后再导入。</translation>
    </message>
</context>
<context>
    <name>RecordsPlanner</name>
    <message numerus="yes">
        <source>%1, %n Party member(s)</source>
        <translation>
            <numerusform>%1，党员 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form of Party organisation: 单独组建 or 联合组建.</source>
        <translation>“%1”不是党组织形式：应为单独组建或联合组建。</translation>
    </message>
    <message>
        <source>The ledger says there is no Party organisation but gives its form or members; they are not imported.</source>
        <translation>台账写明未建立党组织，却填了党组织形式或党员数；这些不导入。</translation>
    </message>
    <message>
        <source>The ledger says there is no Party organisation, but one is on record; an import does not remove it.</source>
        <translation>台账写明未建立党组织，但记录中已有党组织；导入不会删除它。</translation>
    </message>
    <message>
        <source>The form of the Party organisation is not given: recorded as 单独组建 (standalone).</source>
        <translation>未填党组织形式：按单独组建记录。</translation>
    </message>
    <message>
        <source>%1 is still recorded in post; give the date they left if %2 took over.</source>
        <translation>记录中 %1 仍在任；如已由 %2 接任，请填写 %1 离任的日期。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The ledger says there is no mediation committee, but one is on record; an import does not remove it.</source>
        <translation>台账写明未设立调解组织，但记录中已有；导入不会删除它。</translation>
    </message>
    <message>
        <source>The year of the count is not known (the ledger&apos;s title gives none): it is not imported. Give the year with the import.</source>
        <translation>不知道案件数是哪一年的（台账标题中没有年份），不导入。请在导入时给出年份。</translation>
    </message>
    <message>
        <source>The chamber was founded in %1; it has no cases in %2.</source>
        <translation>该商会成立于 %1 年，%2 年不会有调解案件。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 年 %1 件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the honours ChamberDesk keeps (广西“四好”商会, 全国“四好”商会, 全区诚信建设先行商会, 星级党组织); it is not imported.</source>
        <translation>“%1”不是 ChamberDesk 记录的荣誉（广西“四好”商会、全国“四好”商会、全区诚信建设先行商会、星级党组织），不导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives no year and the ledger&apos;s year is not known; it is not imported.</source>
        <translation>“%1”没有年份，台账的年份也不知道，不导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives no year: recorded for %2, the ledger&apos;s year.</source>
        <translation>“%1”没有年份：按台账年份 %2 年记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 in %2, %3 settled</source>
        <translation>%2年 %1 件，调解成功 %3 件</translation>
    </message>
    <message>
        <source>The chamber was founded in %1 but is honoured %2 in %3; one of the dates is wrong.</source>
        <translation>商会成立于 %1 年，却在 %3 年获得“%2”；两个日期中有一个不对。</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>column %1 (%2): %3</source>
        <translation>%1 列（%2）：%3</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>应为：%1。</translation>
    </message>
    <message>
        <source>The file of refused rows could not be written.</source>
        <translation>未通过的行未能写入文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>未导入</translation>
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
        <source>The list could not be written.</source>
        <translation>清单未能写入。</translation>
    </message>
</context>
<context>
    <name>TableLocator</name>
    <message>
        <source>The mapping says the header is row %1, but sheet &quot;%2&quot; has no such row.</source>
        <translation>列对应指定表头在第 %1 行，但工作表“%2”没有这一行。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no recognisable ledger header: none of its first %2 rows names the chamber (商会名称) and another known column such as 乡镇（街道）, 成立时间 or 会长. It does not look like a chamber ledger; if it is one, give a mapping with the header row.</source>
        <translation>工作表“%1”中找不到可识别的台账表头：前 %2 行中没有一行同时写有商会名称和乡镇（街道）、成立时间、会长等其他已知列。它看起来不是商会台账；如果是，请给出指定表头行的列对应。</translation>
    </message>
    <message>
        <source>If its Chinese text looks garbled, the file is in another encoding: save it as CSV UTF-8.</source>
        <translation>如果其中的中文显示为乱码，说明文件是其他编码：请另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>title above the header</source>
        <translation>表头上方的标题</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>the header repeated</source>
        <translation>重复的表头</translation>
    </message>
    <message>
        <source>a note, not a record: %1</source>
        <translation>说明文字，不是记录：%1</translation>
    </message>
    <message>
        <source>The file holds no sheet.</source>
        <translation>文件中没有工作表。</translation>
    </message>
    <message>
        <source>There is no sheet %1; the file has %2: %3.</source>
        <translation>没有第 %1 个工作表；文件共有 %2 个：%3。</translation>
    </message>
    <message>
        <source>None of the %1 sheets has a recognisable ledger header (a row naming 商会名称 and another known column such as 乡镇（街道）, 成立时间 or 会长).</source>
        <translation>%1 个工作表中都找不到可识别的台账表头（同时写有商会名称和乡镇（街道）、成立时间、会长等已知列的一行）。</translation>
    </message>
    <message>
        <source>Every sheet of the workbook is hidden (%1), so none is taken as the ledger. Show the ledger&apos;s sheet in Excel or WPS, or name it with --sheet.</source>
        <translation>工作簿的全部 %1 个工作表都已隐藏，因此没有表被当作台账。请在 Excel 或 WPS 中取消隐藏台账所在的表，或用 --sheet 指定。</translation>
    </message>
</context>
<context>
    <name>TownshipResolver</name>
    <message>
        <source>a township of %1 by name or 9-digit code</source>
        <translation>%1 的乡镇（街道），写名称或 9 位代码</translation>
    </message>
    <message>
        <source>The township is blank: taken from the chamber&apos;s name as %1 (%2).</source>
        <translation>乡镇（街道）为空：根据商会名称取为 %1（%2）。</translation>
    </message>
    <message>
        <source>The township is missing, and the chamber&apos;s name names none of %1.</source>
        <translation>缺少乡镇（街道），商会名称中也没有 %1 的任何乡镇。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as the township %2 (%3).</source>
        <translation>“%1”按乡镇（街道）%2（%3）读取。</translation>
    </message>
    <message>
        <source>There is no township &quot;%1&quot; in %2.</source>
        <translation>%2 没有乡镇（街道）“%1”。</translation>
    </message>
    <message>
        <source>the county &quot;%1&quot;</source>
        <translation>县（市、区）“%1”</translation>
    </message>
    <message>
        <source>the city &quot;%1&quot;</source>
        <translation>设区市“%1”</translation>
    </message>
    <message>
        <source>It lies in %1, not in the county the row names (%2).</source>
        <translation>该乡镇属于%1，而不是本行所写的县（市、区）（%2）。</translation>
    </message>
    <message>
        <source>It lies in %1, not in the city the row names (%2).</source>
        <translation>该乡镇属于%1，而不是本行所写的设区市（%2）。</translation>
    </message>
    <message>
        <source>%1 is not in %2 and was not used.</source>
        <translation>%1不在%2范围内，未用于查找。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2 townships: %3. Give the county (县（市、区）column) or write the township&apos;s 9-digit code.</source>
        <translation>“%1”与 %2 个乡镇（街道）相符：%3。请填写县（市、区）一列，或改写为乡镇的 9 位代码。</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>a date such as 2019-05-12, 2019/5/12, 2019年5月12日, 2019年5月 or 2012.07</source>
        <translation>日期，如 2019-05-12、2019/5/12、2019年5月12日、2019年5月 或 2012.07</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>没有这个日期。</translation>
    </message>
    <message>
        <source>Only the month is given: taken as %1.</source>
        <translation>只写到月份：按 %1 记录。</translation>
    </message>
    <message>
        <source>Only the year is given: taken as %1.</source>
        <translation>只写了年份：按 %1 记录。</translation>
    </message>
    <message>
        <source>The number %1 is read as October %2 (a spreadsheet drops the 0 of %2.10); if January was meant, write %2.01 as text.</source>
        <translation>数字 %1 按 %2 年 10 月读取（表格会去掉 %2.10 末尾的 0）；如指 1 月，请以文本写作 %2.01。</translation>
    </message>
    <message>
        <source>The number %1 is not a year and month.</source>
        <translation>数字 %1 不是年月。</translation>
    </message>
    <message>
        <source>The number %1 is read as a spreadsheet date serial: %2.</source>
        <translation>数字 %1 按表格的日期序号读取：%2。</translation>
    </message>
    <message>
        <source>The number %1 is not a date.</source>
        <translation>数字 %1 不是日期。</translation>
    </message>
    <message>
        <source>%1 is read as January %2; if October was meant, write %2.10.</source>
        <translation>%1 按 %2 年 1 月读取；如指 10 月，请写作 %2.10。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>a whole number such as 45, 45个 or 43人</source>
        <translation>整数，如 45、45个 或 43人</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more.</source>
        <translation>%1 不是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>是 or 否 (also 有/无, √/×)</source>
        <translation>是或否（也可写有/无、√/×）</translation>
    </message>
    <message>
        <source>%1 was turned into a number by a spreadsheet; read as %2. Check the last digits.</source>
        <translation>%1 被表格转成了数字；按 %2 读取，请核对末几位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>one phone number of digits, such as 18153246119 or 0771-8220000</source>
        <translation>一个由数字组成的电话号码，如 18153246119 或 0771-8220000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>an amount in yuan such as 30000, 30000.50 or 3万</source>
        <translation>以元为单位的金额，如 30000、30000.50 或 3万</translation>
    </message>
    <message>
        <source>The credit code %1 was stored as a number, which loses its last digits.</source>
        <translation>统一社会信用代码 %1 被存成了数字，末几位已丢失。</translation>
    </message>
    <message>
        <source>the 18-character code typed as text (format the column as text)</source>
        <translation>以文本填写的 18 位代码（将该列设为文本格式）</translation>
    </message>
</context>
<context>
    <name>VerificationActions</name>
    <message>
        <source>A value of %1 is not written from here; edit it in its own place.</source>
        <translation>%1不能在这里写入，请在相应的位置修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber status.</source>
        <translation>“%1”不是商会的运行状态。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>The file is an Excel 97–2003 (.xls) or WPS (.et) workbook, but it is damaged and cannot be read. Open it in WPS or Excel and save it again.</source>
        <translation>该文件是 Excel 97–2003（.xls）或 WPS（.et）工作簿，但已损坏，无法读取。请用 WPS 或 Excel 打开后重新保存。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password (encrypted), so its cells cannot be read. Open it in WPS or Excel, remove the password and save it again.</source>
        <translation>该工作簿设有密码（已加密），无法读取其中的单元格。请用 WPS 或 Excel 打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>The file is an Office document of the old kind (OLE2) but not a workbook — perhaps a Word .doc. Choose the ledger saved from WPS or Excel.</source>
        <translation>该文件是旧版 Office 文档（OLE2），但不是工作簿，可能是 Word 的 .doc 文档。请选择用 WPS 或 Excel 保存的台账。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text is in a code page that cannot be read. Open it in WPS or Excel and save it as .xlsx.</source>
        <translation>该工作簿的文字使用了无法识别的代码页。请用 WPS 或 Excel 打开，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Reading the workbook did not finish within a minute, so it was stopped: the file is damaged or built to keep a reader busy. Open it in WPS or Excel and save it again.</source>
        <translation>读取该工作簿一分钟仍未完成，已停止：文件已损坏，或被刻意构造成让读取程序一直忙碌。请用 WPS 或 Excel 打开后重新保存。</translation>
    </message>
    <message>
        <source>The workbook could not be copied to the temporary folder to be read: %1</source>
        <translation>无法把工作簿复制到临时文件夹以便读取：%1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation>文件不是 Excel 工作簿（.xlsx），无法打开。</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an Excel workbook (it has no workbook part).</source>
        <translation>文件是 ZIP 压缩包，但不是 Excel 工作簿（没有工作簿部分）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets cannot be read: the file is damaged or not an Excel workbook.</source>
        <translation>无法读取工作簿的工作表列表：文件已损坏或不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; of the workbook cannot be read: the file is damaged.</source>
        <translation>无法读取工作簿中的工作表“%1”：文件已损坏。</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared text (%1) is damaged: its cells would be read blank. Open the file in Excel or WPS, save it again and import that.</source>
        <translation>工作簿的共享文本部分（%1）已损坏，读取会得到空白单元格。请在 Excel 或 WPS 中打开并重新保存后再导入。</translation>
    </message>
</context>
</TS>
