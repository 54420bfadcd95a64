<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>StatsService</name>
    <message>
        <source>The database has no scope yet; run init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside this database&apos;s scope %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units must lie below the scope: %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
