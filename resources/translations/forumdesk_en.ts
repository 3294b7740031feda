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
    <name>ActionsBox</name>
    <message numerus="yes">
        <source>%n accreditation request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n accreditation request waiting for a decision</numerusform>
            <numerusform>%n accreditation requests waiting for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es) in the programme</source>
        <translation>
            <numerusform>%n clash in the programme</numerusform>
            <numerusform>%n clashes in the programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes of %n segment(s) awaiting approval</source>
        <translation>
            <numerusform>Minutes of %n segment awaiting approval</numerusform>
            <numerusform>Minutes of %n segments awaiting approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the summary that no note cites yet</source>
        <translation>
            <numerusform>%n paragraph of the summary that no note cites yet</numerusform>
            <numerusform>%n paragraphs of the summary that no note cites yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceStrip</name>
    <message numerus="yes">
        <source>Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)</source>
        <translation>
            <numerusform>Not heard yet: {group} (%n participant registered; seed ¶75 asks for them)</numerusform>
            <numerusform>Not heard yet: {group} (%n participants registered; seed ¶75 asks for them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not heard yet: {group} (%n participant(s) registered)</source>
        <translation>
            <numerusform>Not heard yet: {group} (%n participant registered)</numerusform>
            <numerusform>Not heard yet: {group} (%n participants registered)</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n practice</numerusform>
            <numerusform>%n practices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln row refused</numerusform>
            <numerusform>%Ln rows refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) valid</source>
        <translation>
            <numerusform>%Ln row valid</numerusform>
            <numerusform>%Ln rows valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) not listed</source>
        <translation>
            <numerusform>%Ln more problem not listed</numerusform>
            <numerusform>%Ln more problems not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) can be imported</source>
        <translation>
            <numerusform>%Ln practice can be imported</numerusform>
            <numerusform>%Ln practices can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s) imported, received for review</source>
        <translation>
            <numerusform>%Ln practice imported, received for review</numerusform>
            <numerusform>%Ln practices imported, received for review</numerusform>
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
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) under the header</source>
        <translation>
            <numerusform>%Ln row under the header</numerusform>
            <numerusform>%Ln rows under the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importing %Ln row…</numerusform>
            <numerusform>Importing %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) can be imported</source>
        <translation>
            <numerusform>%Ln row can be imported</numerusform>
            <numerusform>%Ln rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would be refused</source>
        <translation>
            <numerusform>%Ln row would be refused</numerusform>
            <numerusform>%Ln rows would be refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln new organisation</numerusform>
            <numerusform>%Ln new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln representative(s) imported</source>
        <translation>
            <numerusform>%Ln representative imported</numerusform>
            <numerusform>%Ln representatives imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln row refused</numerusform>
            <numerusform>%Ln rows refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s)</source>
        <translation>
            <numerusform>%Ln registration</numerusform>
            <numerusform>%Ln registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like people already listed</source>
        <translation>
            <numerusform>%Ln row looks like someone already listed</numerusform>
            <numerusform>%Ln rows look like people already listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already listed: skipped</source>
        <translation>
            <numerusform>%Ln row already listed: skipped</numerusform>
            <numerusform>%Ln rows already listed: skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed person(s) updated</source>
        <translation>
            <numerusform>%Ln listed person updated</numerusform>
            <numerusform>%Ln listed people updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message numerus="yes">
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representative</numerusform>
            <numerusform>%n representatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme role(s)</source>
        <translation>
            <numerusform>%n programme role</numerusform>
            <numerusform>%n programme roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked note(s)</source>
        <translation>
            <numerusform>%n linked note</numerusform>
            <numerusform>%n linked notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message numerus="yes">
        <source>%Ln representative(s) imported from {file}</source>
        <translation>
            <numerusform>%Ln representative imported from {file}</numerusform>
            <numerusform>%Ln representatives imported from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accredit %n representative(s)</source>
        <translation>
            <numerusform>Accredit %n representative</numerusform>
            <numerusform>Accredit %n representatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n likely duplicate pair</numerusform>
            <numerusform>%n likely duplicate pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message numerus="yes">
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n segment written to {file}</numerusform>
            <numerusform>%n segments written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>Clash (%n)</numerusform>
            <numerusform>Clashes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message numerus="yes">
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n segment written to {file}</numerusform>
            <numerusform>%n segments written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n paragraph(s) differ</source>
        <translation>
            <numerusform>%n paragraph differs</numerusform>
            <numerusform>%n paragraphs differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTakenLabel</name>
    <message numerus="yes">
        <source>%n note(s) for the record taken</source>
        <translation>
            <numerusform>%n note for the record taken</numerusform>
            <numerusform>%n notes for the record taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compose takes %n note(s) for the record</source>
        <translation>
            <numerusform>Compose takes %n note for the record</numerusform>
            <numerusform>Compose takes %n notes for the record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal note(s) left out</source>
        <translation>
            <numerusform>%n internal note left out</numerusform>
            <numerusform>%n internal notes left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) marked for the record since: Compose again to take them</source>
        <translation>
            <numerusform>%n note marked for the record since: Compose again to take it</numerusform>
            <numerusform>%n notes marked for the record since: Compose again to take them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message numerus="yes">
        <source>%n page(s) of {document} sent to {printer}.</source>
        <translation>
            <numerusform>%n page of {document} sent to {printer}.</numerusform>
            <numerusform>%n pages of {document} sent to {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message numerus="yes">
        <source>Badges of the %n selected person(s)</source>
        <translation>
            <numerusform>Badges of the %n selected person</numerusform>
            <numerusform>Badges of the %n selected people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <source>%n earlier backup(s) of this database lie in clear in {folder}. So that no clear copy stays behind:</source>
        <translation>
            <numerusform>%n earlier backup of this database lies in clear in {folder}. So that no clear copy stays behind:</numerusform>
            <numerusform>%n earlier backups of this database lie in clear in {folder}. So that no clear copy stays behind:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeCompareDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differs.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message numerus="yes">
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n practice</numerusform>
            <numerusform>%n practices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompendiumExportDialog</name>
    <message numerus="yes">
        <source>%n practice(s) written to {file}</source>
        <translation>
            <numerusform>%n practice written to {file}</numerusform>
            <numerusform>%n practices written to {file}</numerusform>
        </translation>
    </message>
</context>
</TS>
