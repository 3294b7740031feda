<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
    English plural forms only. The interface is written in English, so every other
    message falls back to its source text; only strings with %n need a catalogue to
    read "1 note" / "2 notes" rather than "1 note(s)".
    Hand-maintained: `make translations` refreshes forumdesk_fr.ts only. When a tr()
    with %n is added or changed, add or update its entry here (same context and source);
    tests/core/test_translations.py checks that every numerus message of the French
    file has one.
-->
<TS version="2.1" language="en">
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n note cites ¶{number}</numerusform>
            <numerusform>%n notes cite ¶{number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) cite ¶{refs}</source>
        <translation>
            <numerusform>%n note cites ¶{refs}</numerusform>
            <numerusform>%n notes cite ¶{refs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message numerus="yes">
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n note cites ¶{number}</numerusform>
            <numerusform>%n notes cite ¶{number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message numerus="yes">
        <source>%Ln representative(s) exported to {file}</source>
        <translation>
            <numerusform>%Ln representative exported to {file}</numerusform>
            <numerusform>%Ln representatives exported to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) written to {file}</source>
        <translation>
            <numerusform>%Ln badge written to {file}</numerusform>
            <numerusform>%Ln badges written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln representative</numerusform>
            <numerusform>%Ln representatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n representative(s) accredited</source>
        <translation>
            <numerusform>%n representative accredited</numerusform>
            <numerusform>%n representatives accredited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message numerus="yes">
        <source>Already in the registry? %n likely duplicate(s):</source>
        <translation>
            <numerusform>Already in the registry? %n likely duplicate:</numerusform>
            <numerusform>Already in the registry? %n likely duplicates:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln representative(s), as the list shows them. Columns:</source>
        <translation>
            <numerusform>%Ln representative, as the list shows them. Columns:</numerusform>
            <numerusform>%Ln representatives, as the list shows them. Columns:</numerusform>
        </translation>
    </message>
</context>
</TS>
