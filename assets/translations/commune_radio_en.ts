<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="74"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="117"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="120"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="124"/>
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="128"/>
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
        <location filename="../../commune_radio/ui/library/screen.py" line="248"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/screen.py" line="251"/>
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 of %n item shown</numerusform>
            <numerusform>%1 of %n items shown</numerusform>
        </translation>
    </message>
</context>
</TS>
