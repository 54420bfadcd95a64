<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExchangeCountyFiles</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not a county; the package is refused.</source>
        <translation>%1：%2（%3）不是县级区划；拒绝导入该报送数据包。</translation>
    </message>
    <message>
        <source>%1 holds %2 twice; the package is refused.</source>
        <translation>%1 中%2的数据出现了两次；拒绝导入该报送数据包。</translation>
    </message>
    <message>
        <source>%1: the records of %2 cannot be read: %3</source>
        <translation>%1：无法读取%2的记录：%3</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <source>%1 is not a ChamberDesk report package (no manifest.json in a ZIP archive), or it is damaged.</source>
        <translation>%1 不是商会工作台的报送包（ZIP 压缩包中没有 manifest.json），或文件已损坏。</translation>
    </message>
    <message>
        <source>%1 is in version %2 of the package format; this ChamberDesk reads up to version %3. Update ChamberDesk first.</source>
        <translation>%1 使用第 %2 版报送包格式，本程序最高只能读取第 %3 版。请先升级商会工作台。</translation>
    </message>
    <message>
        <source>%1 was made by a newer ChamberDesk (schema version %2; this one knows up to %3). Update ChamberDesk first.</source>
        <translation>%1 由较新版本的商会工作台制作（数据库结构版本 %2，本程序最高支持 %3）。请先升级商会工作台。</translation>
    </message>
    <message>
        <source>%1 holds no county's records.</source>
        <translation>%1 中没有任何县（市、区）的数据。</translation>
    </message>
    <message>
        <source>%1: the records of %2 were made by a newer ChamberDesk (schema version %3; this one knows up to %4). Update ChamberDesk first.</source>
        <translation>%1：%2 的数据由较新版本的商会工作台制作（数据库结构版本 %3，本程序最高支持 %4）。请先升级商会工作台。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is missing or cannot be read.</source>
        <translation>%1 已损坏：%2 缺失或无法读取。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed: the checksum (SHA-256) of %2 does not match its manifest. Ask for the package again.</source>
        <translation>%1 已损坏或被改动：%2 的校验值（SHA-256）与清单不符。请重新索取报送包。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed: the checksum (SHA-256) of %2's records does not match its manifest. Ask for the package again.</source>
        <translation>%1 已损坏或被改动：%2 数据的校验值（SHA-256）与清单不符。请重新索取报送包。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed, or is not a ChamberDesk report package: its manifest.json is not one. Ask for the package again.</source>
        <translation>%1 已损坏或被改动，或不是商会工作台的报送包：其中的 manifest.json 不是报送清单。请重新索取报送包。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed: the manifest's section for %2 lacks its county, sequence or as-of date. Ask for the package again.</source>
        <translation>%1 已损坏或被改动：清单中 %2 的部分缺少县（市、区）代码、报送序号或数据截至日期。请重新索取报送包。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed: the manifest lists no files for %2. Ask for the package again.</source>
        <translation>%1 已损坏或被改动：清单中没有列出 %2 的数据文件。请重新索取报送包。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed: the manifest lists no file of %2 for %3. Ask for the package again.</source>
        <translation>%1 已损坏或被改动：清单中没有列出 %3 的 %2 数据文件。请重新索取报送包。</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed: %2 holds %3 records, its manifest says %4. Ask for the package again.</source>
        <translation>%1 已损坏或被改动：%2 中有 %3 条记录，清单写的是 %4 条。请重新索取报送包。</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>The database has no scope yet; run init first.</source>
        <translation>数据库尚未设定辖区，请先运行 init。</translation>
    </message>
    <message>
        <source>The as-of date of the package is missing.</source>
        <translation>缺少报送数据的截至日期。</translation>
    </message>
    <message>
        <source>%1 has taken in no county's report package yet: there is nothing to forward. Only a county database reports its own records.</source>
        <translation>%1 尚未导入任何县（市、区）的报送包，没有可转报的数据。只有县级数据库报送本县的记录。</translation>
    </message>
    <message numerus="yes">
        <source>The %n chamber(s) kept in this database itself are not in the package: only the counties' packages are forwarded.</source>
        <translation>
            <numerusform>本数据库自行录入的 %n 个商会不在报送包中：只转报各县（市、区）的报送包。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a county database: it reports upward and takes in no packages (there is nothing to roll up into it). Open the city's or region's database to take packages in.</source>
        <translation>%1 是县级数据库：只向上报送，不导入报送包（没有下级数据可汇总）。请在市级或自治区级数据库中导入报送包。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not a county of %4, the scope of this database; the package is refused.</source>
        <translation>%1：%2（%3）不是本数据库辖区%4下属的县（市、区），拒绝导入该报送包。</translation>
    </message>
    <message>
        <source>%1: package #%2 is not newer than the one held (#%3, data as of %4, made %5); left out.</source>
        <translation>%1：第 %2 次报送不比已导入的新（已有第 %3 次，数据截至 %4，制作于 %5），未导入。</translation>
    </message>
    <message>
        <source>%1: package #%2 of %3 is superseded by #%4 of %5; left out.</source>
        <translation>%1：%3 中的第 %2 次报送已被 %5 中的第 %4 次取代，未导入。</translation>
    </message>
    <message numerus="yes">
        <source>%1: this database keeps %n chamber(s) of %2 itself; a county's package would replace them. Take packages into a database that does not keep that county's records.</source>
        <translation>
            <numerusform>%1：本数据库自行录入了%2的 %n 个商会，导入该县报送包会替换它们。请导入到不自行录入该县记录的数据库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a county; a package holds a county's records.</source>
        <translation>%1 不是县（市、区）：报送包按县（市、区）保存记录。</translation>
    </message>
    <message>
        <source>This database keeps no chamber of %1 itself: there is nothing to report for it.</source>
        <translation>本数据库没有自行录入%1的商会，没有可报送的数据。</translation>
    </message>
    <message>
        <source>Report packages are made from and taken into database files; a server database is shared by its offices directly (docs/server.md).</source>
        <translation>报送数据包由数据库文件制作和导入；服务器数据库由各单位直接共享（见 docs/server.md）。</translation>
    </message>
</context>
</TS>