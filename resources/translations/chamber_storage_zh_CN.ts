<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChamberService</name>
    <message>
        <source>There is no township %1 in this database&apos;s scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township already has a chamber named %1 (number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code %1 already belongs to %2 (number %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chamber number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chamber named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several chambers are named %1; give one of the numbers %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ChamberDesk database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not a ChamberDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ChamberDesk (schema version %2; this one knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 broke a foreign key in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver handle is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivisionService</name>
    <message>
        <source>This database already covers %1 (%2); it cannot be set to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division %1 in this database&apos;s scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits %2 divisions; give the code of one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No township was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no township %1 in this database&apos;s scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <source>The credit code %1 already belongs to %2 (number %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
