<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>ChamberDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
