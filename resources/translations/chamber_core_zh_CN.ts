<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Chambers</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chamber&apos;s township is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chamber&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chamber&apos;s name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The founding date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of individual members cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of unit members cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of full-time staff cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity funds cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 has characters a phone number cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dissolved chamber needs the date it was dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dissolved chamber has a dissolution date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dissolution date %1 is before the founding date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dissolution date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>A unified social credit code has 18 characters; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) of the credit code is not allowed: only digits and the letters A–H, J–N, P–R, T, U, W–Y are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code %1 in the credit code fails its own check: character 17 should be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of credit code %1 is wrong: expected %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code %1 does not start with 51, the prefix of social organisations registered by civil affairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3–8 of credit code %1 (%2) are not a known division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code %1 was issued in division %2, not in the chamber&apos;s county %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivisionCatalog</name>
    <message>
        <source>Cannot read the division data %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 fields; expected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code %1 does not fit its level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No division was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 fits %2 divisions; give one of these codes instead: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>subdistrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township-like unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>president&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary-general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary-general&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-time staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent civil liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1 individual and %2 unit members (needed: %3 individual, %4 unit, or %5 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>president and secretary-general in post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>president or secretary-general missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no premises recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of full-time staff not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n full-time staff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>activity funds not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan of activity funds (needed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed as able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed as not able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and organs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-time staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity funds of 30,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent civil liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the registration change is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date %1 is before the chamber was founded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the last recorded change (%2 on %3); the history is kept in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chamber is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered chamber can be deregistered; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered chamber needs its unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit code is only recorded with the status registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
