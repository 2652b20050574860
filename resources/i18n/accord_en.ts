<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementPanel</name>
    <message numerus="yes">
        <source>All %n coders</source>
        <translation>
            <numerusform>All %n coders</numerusform>
            <numerusform>All %n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n coders (%1)</source>
        <translation>
            <numerusform>all %n coders (%1)</numerusform>
            <numerusform>all %n coders (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributeFileMessages</name>
    <message numerus="yes">
        <source>Imported attributes from %1: %n value(s) set on %2 document(s)</source>
        <translation>
            <numerusform>Imported attributes from %1: %n value set on %2 document</numerusform>
            <numerusform>Imported attributes from %1: %n values set on %2 documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message numerus="yes">
        <source>Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove the attribute %1 from every document (%n value)? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Remove the attribute %1 from every document (%n values)? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n attribute value(s)</source>
        <translation>
            <numerusform>Clear %n attribute value</numerusform>
            <numerusform>Clear %n attribute values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message numerus="yes">
        <source>%Ln passage(s) found; the first %1 are listed: narrow the search</source>
        <translation>
            <numerusform>%Ln passage found; the first %1 are listed: narrow the search</numerusform>
            <numerusform>%Ln passages found; the first %1 are listed: narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passage(s)</source>
        <translation>
            <numerusform>Code %Ln passage</numerusform>
            <numerusform>Code %Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln coding of %1 and its sub-codes (all coders); %2 of the code itself</numerusform>
            <numerusform>%Ln codings of %1 and its sub-codes (all coders); %2 of the code itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln coding of %1 and its sub-codes (the ticked coders); %2 of the code itself</numerusform>
            <numerusform>%Ln codings of %1 and its sub-codes (the ticked coders); %2 of the code itself</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookFileMessages</name>
    <message numerus="yes">
        <source>Imported %1: %n code(s) added, %2 updated</source>
        <translation>
            <numerusform>Imported %1: %n code added, %2 updated</numerusform>
            <numerusform>Imported %1: %n codes added, %2 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to %1</source>
        <translation>
            <numerusform>Exported %n code to %1</numerusform>
            <numerusform>Exported %n codes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message numerus="yes">
        <source>%n coding(s), %1 with sub-codes</source>
        <translation>
            <numerusform>%n coding, %1 with sub-codes</numerusform>
            <numerusform>%n codings, %1 with sub-codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message numerus="yes">
        <source>%n coding(s) of “%1” will be recoded as “%2”.</source>
        <translation>
            <numerusform>%n coding of “%1” will be recoded as “%2”.</numerusform>
            <numerusform>%n codings of “%1” will be recoded as “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-code(s) will move under “%1”.</source>
        <translation>
            <numerusform>Its %n sub-code will move under “%1”.</numerusform>
            <numerusform>Its %n sub-codes will move under “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-code(s)?</source>
        <translation>
            <numerusform>Delete “%1” and its %n sub-code?</numerusform>
            <numerusform>Delete “%1” and its %n sub-codes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n coding will be deleted with it.</numerusform>
            <numerusform>%n codings will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) with sub-codes (%1 directly)</source>
        <translation>
            <numerusform>%n coding with sub-codes (%1 directly)</numerusform>
            <numerusform>%n codings with sub-codes (%1 directly)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message numerus="yes">
        <source>Delete coder %1 and their %n coding(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>Delete coder %1 and their %n coding? (Undo brings them back.)</numerusform>
            <numerusform>Delete coder %1 and their %n codings? (Undo brings them back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message numerus="yes">
        <source>Coded %n character(s) with %1</source>
        <translation>
            <numerusform>Coded %n character with %1</numerusform>
            <numerusform>Coded %n characters with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodingTooltip</name>
    <message numerus="yes">
        <source>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character(s))</source>
        <translation>
            <numerusform>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character)</numerusform>
            <numerusform>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message numerus="yes">
        <source>all %n coders</source>
        <translation>
            <numerusform>all %n coders</numerusform>
            <numerusform>all %n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%Ln character(s))</source>
        <translation>
            <numerusform>%1–%2 (%Ln character)</numerusform>
            <numerusform>%1–%2 (%Ln characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementHeading</name>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln character in dispute</numerusform>
            <numerusform>%Ln characters in dispute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n decided</numerusform>
            <numerusform>%n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln character in dispute</numerusform>
            <numerusform>%Ln characters in dispute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary</source>
        <translation>
            <numerusform>%n boundary</numerusform>
            <numerusform>%n boundaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omission</source>
        <translation>
            <numerusform>%n omission</numerusform>
            <numerusform>%n omissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion</source>
        <translation>
            <numerusform>%n confusion</numerusform>
            <numerusform>%n confusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n disagreement(s)&lt;/b&gt; between %1 and %2, largest first: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n disagreement&lt;/b&gt; between %1 and %2, largest first: %3</numerusform>
            <numerusform>&lt;b&gt;%n disagreements&lt;/b&gt; between %1 and %2, largest first: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided hidden</source>
        <translation>
            <numerusform>%n decided hidden</numerusform>
            <numerusform>%n decided hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion(s)</source>
        <translation>
            <numerusform>%n confusion</numerusform>
            <numerusform>%n confusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) overlapping</source>
        <translation>
            <numerusform>%Ln character overlapping</numerusform>
            <numerusform>%Ln characters overlapping</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence will be joined</source>
        <translation>
            <numerusform>%Ln line broken mid-sentence will be joined</numerusform>
            <numerusform>%Ln lines broken mid-sentence will be joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence found</source>
        <translation>
            <numerusform>%Ln line broken mid-sentence found</numerusform>
            <numerusform>%Ln lines broken mid-sentence found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln speaker</numerusform>
            <numerusform>%Ln speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported as &apos;%1&apos;, %Ln line(s) joined</source>
        <translation>
            <numerusform>imported as &apos;%1&apos;, %Ln line joined</numerusform>
            <numerusform>imported as &apos;%1&apos;, %Ln lines joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message numerus="yes">
        <source>[… %Ln more character(s)]</source>
        <translation>
            <numerusform>[… %Ln more character]</numerusform>
            <numerusform>[… %Ln more characters]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Join %Ln line(s) broken mid-sentence</source>
        <translation>
            <numerusform>&amp;Join %Ln line broken mid-sentence</numerusform>
            <numerusform>&amp;Join %Ln lines broken mid-sentence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln speaker</numerusform>
            <numerusform>%Ln speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s)</source>
        <translation>
            <numerusform>%Ln turn</numerusform>
            <numerusform>%Ln turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCodebookDialog</name>
    <message numerus="yes">
        <source>%n code(s) to add</source>
        <translation>
            <numerusform>%n code to add</numerusform>
            <numerusform>%n codes to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the codebook</source>
        <translation>
            <numerusform>%n already in the codebook</numerusform>
            <numerusform>%n already in the codebook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 of %n file imported.</numerusform>
            <numerusform>%1 of %n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the list</source>
        <translation>
            <numerusform>%n repeated in the list</numerusform>
            <numerusform>%n repeated in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n unticked</numerusform>
            <numerusform>%n unticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n cannot be read</numerusform>
            <numerusform>%n cannot be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%1 of %n row(s) match a document.</source>
        <translation>
            <numerusform>%1 of %n row match a document.</numerusform>
            <numerusform>%1 of %n rows match a document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import sets %n value(s) (%1 already as in the file).</source>
        <translation>
            <numerusform>Import sets %n value (%1 already as in the file).</numerusform>
            <numerusform>Import sets %n values (%1 already as in the file).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) leave values as they are.</source>
        <translation>
            <numerusform>%n empty cell leaves its value as it is.</numerusform>
            <numerusform>%n empty cells leave values as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntervalControls</name>
    <message numerus="yes">
        <source>%Ln resamples of speaker turns · seed %1</source>
        <translation>
            <numerusform>%Ln resamples of speaker turns · seed %1</numerusform>
            <numerusform>%Ln resamples of speaker turns · seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples · seed %1</source>
        <translation>
            <numerusform>%Ln resamples · seed %1</numerusform>
            <numerusform>%Ln resamples · seed %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete “%1” and its %n coding(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete “%1” and its %n coding?
You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete “%1” and its %n codings?
You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection %1–%2 (%n character(s))</source>
        <translation>
            <numerusform>Selection %1–%2 (%n character)</numerusform>
            <numerusform>Selection %1–%2 (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this document</source>
        <translation>
            <numerusform>%n coding in this document</numerusform>
            <numerusform>%n codings in this document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message numerus="yes">
        <source>%Ln was/were accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder&apos;s own computer</source>
        <translation>
            <numerusform>%Ln was accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder&apos;s own computer</numerusform>
            <numerusform>%Ln were accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder&apos;s own computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder&apos;s request)</source>
        <translation>
            <numerusform>%Ln was made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder&apos;s request)</numerusform>
            <numerusform>%Ln were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder&apos;s request)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the other %Ln was/were coded by hand</source>
        <translation>
            <numerusform>the other %Ln was coded by hand</numerusform>
            <numerusform>the other %Ln were coded by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln coding(s) compared, %1.</source>
        <translation>
            <numerusform>Of the %Ln coding compared, %1.</numerusform>
            <numerusform>Of the %Ln codings compared, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of which was/were used by at least one coder</source>
        <translation>
            <numerusform>%Ln of which was used by at least one coder</numerusform>
            <numerusform>%Ln of which were used by at least one coder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of zero length was/were left out.</source>
        <translation>
            <numerusform>%Ln coding of zero length was left out.</numerusform>
            <numerusform>%Ln codings of zero length were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln code(s) α was undefined (no variation) and is reported as such, not as 0 or 1.</source>
        <translation>
            <numerusform>For %Ln code α was undefined (no variation) and is reported as such, not as 0 or 1.</numerusform>
            <numerusform>For %Ln codes α was undefined (no variation) and is reported as such, not as 0 or 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln speaker turn</numerusform>
            <numerusform>%Ln speaker turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message numerus="yes">
        <source>%n passage(s) found, listed in Retrieved segments.</source>
        <translation>
            <numerusform>%n passage found, listed in Retrieved segments.</numerusform>
            <numerusform>%n passages found, listed in Retrieved segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln place(s)</source>
        <translation>
            <numerusform>%1 and %2: %Ln place</numerusform>
            <numerusform>%1 and %2: %Ln places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln coder</numerusform>
            <numerusform>%Ln coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… and %Ln more pair (all of them are in the CSV/XLSX export).</numerusform>
            <numerusform>… and %Ln more pairs (all of them are in the CSV/XLSX export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… and %Ln more document</numerusform>
            <numerusform>… and %Ln more documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 documents with the most codings; %Ln more document(s) are in the CSV/XLSX export. The totals count every document.</source>
        <translation>
            <numerusform>Showing the %1 documents with the most codings; %Ln more document is in the CSV/XLSX export. The totals count every document.</numerusform>
            <numerusform>Showing the %1 documents with the most codings; %Ln more documents are in the CSV/XLSX export. The totals count every document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more document(s)</source>
        <translation>
            <numerusform>and %Ln more document</numerusform>
            <numerusform>and %Ln more documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln coder</numerusform>
            <numerusform>%Ln coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1</source>
        <translation>
            <numerusform>%Ln file in %1</numerusform>
            <numerusform>%Ln files in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message numerus="yes">
        <source>%1: %2 characters, %Ln coding(s)</source>
        <translation>
            <numerusform>%1: %2 characters, %Ln coding</numerusform>
            <numerusform>%1: %2 characters, %Ln codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln coder</numerusform>
            <numerusform>%Ln coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… and %Ln more pair (all of them are in the CSV/XLSX export).</numerusform>
            <numerusform>… and %Ln more pairs (all of them are in the CSV/XLSX export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more code(s)</source>
        <translation>
            <numerusform>%Ln more code</numerusform>
            <numerusform>%Ln more codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… and %Ln more document</numerusform>
            <numerusform>… and %Ln more documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more quote(s) in the saved report.</source>
        <translation>
            <numerusform>… and %Ln more quote in the saved report.</numerusform>
            <numerusform>… and %Ln more quotes in the saved report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetrieveDialog</name>
    <message numerus="yes">
        <source>[… %Ln more character(s) in the saved file]</source>
        <translation>
            <numerusform>[… %Ln more character in the saved file]</numerusform>
            <numerusform>[… %Ln more characters in the saved file]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n segment</numerusform>
            <numerusform>%1 · %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarSettingsDialog</name>
    <message numerus="yes">
        <source>%Ln passage(s) indexed.</source>
        <translation>
            <numerusform>%Ln passage indexed.</numerusform>
            <numerusform>%Ln passages indexed.</numerusform>
        </translation>
    </message>
</context>
</TS>
