<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="73" />
        <source>⚠ %n item(s) may not air today (%1):</source>
        <translation>
            <numerusform>⚠ %n item may not air today (%1):</numerusform>
            <numerusform>⚠ %n items may not air today (%1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceStrip</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="121" />
        <source>%n DX broadcast(s) played in full this week.</source>
        <translation>
            <numerusform>%n DX broadcast played in full this week.</numerusform>
            <numerusform>%n DX broadcasts played in full this week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="133" />
        <source>aired: %n DX broadcast(s) played in full</source>
        <translation>
            <numerusform>aired: %n DX broadcast played in full</numerusform>
            <numerusform>aired: %n DX broadcasts played in full</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="141" />
        <source>compliant: %n DX broadcast(s) played in full</source>
        <translation>
            <numerusform>compliant: %n DX broadcast played in full</numerusform>
            <numerusform>compliant: %n DX broadcasts played in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="204" />
        <source>Silent: nothing aired in the last %n week(s)</source>
        <translation>
            <numerusform>Silent: nothing aired in the last %n week</numerusform>
            <numerusform>Silent: nothing aired in the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="207" />
        <source>Overdue: no file covers the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="77" />
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="99" />
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="78" />
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="87" />
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n week)</numerusform>
            <numerusform>%1 (%n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="90" />
        <source>and %n more (⚠ in the table)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="92" />
        <source>⚠ Silent for %n week(s) or more:</source>
        <translation>
            <numerusform>⚠ Silent for %n week or more:</numerusform>
            <numerusform>⚠ Silent for %n weeks or more:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="97" />
        <source>⊘ Overdue, no file for the last %n week(s):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="24" />
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="48" />
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="50" />
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="54" />
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="58" />
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="245" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="248" />
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 of %n item shown</numerusform>
            <numerusform>%1 of %n items shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogScreen</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="291" />
        <source>Week %1 (%2 – %3): %n broadcast(s) of the DX section played in full</source>
        <translation>
            <numerusform>Week %1 (%2 – %3): %n broadcast of the DX section played in full</numerusform>
            <numerusform>Week %1 (%2 – %3): %n broadcasts of the DX section played in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="341" />
        <source>The newest %n broadcast(s) shown; scroll down for older ones</source>
        <translation>
            <numerusform>The newest broadcast shown; scroll down for older ones</numerusform>
            <numerusform>The newest %n broadcasts shown; scroll down for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="344" />
        <source>%n broadcast(s)</source>
        <translation>
            <numerusform>%n broadcast</numerusform>
            <numerusform>%n broadcasts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeImportPanel</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="97" />
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="99" />
        <source>%n imported before</source>
        <translation>
            <numerusform>%n imported before</numerusform>
            <numerusform>%n imported before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="101" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="104" />
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="108" />
        <source>%n new broadcast(s).</source>
        <translation>
            <numerusform>%n new broadcast.</numerusform>
            <numerusform>%n new broadcasts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="152" />
        <source>%n DX broadcast(s) played in full</source>
        <translation>
            <numerusform>%n DX broadcast played in full</numerusform>
            <numerusform>%n DX broadcasts played in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="157" />
        <source>%n broadcast(s) still on air are left out; they go in the next report.</source>
        <translation>
            <numerusform>%n broadcast still on air is left out; it goes in the next report.</numerusform>
            <numerusform>%n broadcasts still on air are left out; they go in the next report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="167" />
        <source>%n broadcast(s)</source>
        <translation>
            <numerusform>%n broadcast</numerusform>
            <numerusform>%n broadcasts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleScreen</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="254" />
        <source>⚠ %n slot(s) clash this week (red): point at a block to see why.</source>
        <translation>
            <numerusform>⚠ %n slot clashes this week (red): point at a block to see why.</numerusform>
            <numerusform>⚠ %n slots clash this week (red): point at a block to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="319" />
        <source>Written: %1 (%n broadcast(s)), in the folder %2.</source>
        <translation>
            <numerusform>Written: %1 (%n broadcast), in the folder %2.</numerusform>
            <numerusform>Written: %1 (%n broadcasts), in the folder %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="211" />
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="156" />
        <source>Compliant: %n DX broadcast(s) played in full</source>
        <translation>
            <numerusform>Compliant: %n DX broadcast played in full</numerusform>
            <numerusform>Compliant: %n DX broadcasts played in full</numerusform>
        </translation>
    </message>
</context>
</TS>