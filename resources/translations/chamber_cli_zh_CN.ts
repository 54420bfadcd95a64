<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Township, by name or 9-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the chamber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, dormant or dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of dissolution (with status dissolved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President (会长).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary-general (秘书长).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary-general&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the fixed premises; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of full-time staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity funds in yuan, e.g. 30000 or 3.5万.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of individual members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of unit (enterprise) members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to bear civil liability on its own: yes, no or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes active, dormant or dissolved, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activity-funds expects an amount in yuan such as 30000, 30000.50 or 3万, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--independent-liability takes yes, no or unknown, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added chamber %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved chamber %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary-general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individual, %2 unit, %3 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity funds (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for registration (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes active, dormant or dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--registration takes not_registered, preparing, applied, registered or deregistered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chamber(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removing chamber %1 (%2) also removes its history; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed chamber %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the name, township, leaders or credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only under this city, county or township (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unregistered chambers that meet every registration condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a chamber (by number or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a chamber with its registration history and checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List chambers, filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the chambers ready to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a chamber and its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1; create one with: chamberctl --db %1 init --scope CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the previous file was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a date written YYYY-MM-DD, such as 2016-09-01, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chamberctl [--db PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the records of township chambers of commerce. Default database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run chamberctl COMMAND --help for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. Run chamberctl --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes not_registered, preparing, applied, registered or deregistered, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dated change of registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not_registered, preparing, applied, registered or deregistered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code (with registered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a chamber&apos;s registration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a township; a database covers a province, city or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already covers %1 (%2); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3): %4 townships, %5 other township-level units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database covers %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data for %1 (seed %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity ok, foreign keys ok, schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-other-units takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include development zones and farms (codes 400–599) in coverage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database for a province, city or county, with its divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code (2, 4 or 6 digits) or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with made-up records for every township of a scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database consistently, even while it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the database&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count development zones and farms (codes 400–599) in coverage: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage = townships with at least one active chamber ÷ townships (街道, 镇, 乡%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and development zones and farms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration rate = chambers registered with civil affairs ÷ chambers existing on the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes city, county or township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage and registration figures, overall and by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city, county or township of the database (default: its scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: city, county or township (default: one level down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
