<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an .accord project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the bundled sample study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and .srt transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, QualCoder or Taguette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export project as REFI-QDA (.qdpx)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole project in the exchange format other QDA tools read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export codebook as REFI-QDA (.qdc)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The codebook alone, for another project or tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge coders' projects…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring other coders' copies of this project (their coders, codes and codings) into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back an earlier state of this project from its automatic backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Accord (all work is already saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find text in this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in &amp;all documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search every document of the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code the selection with a code picked by typing (or a new one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a code named after the selected words and apply it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code with a ne&amp;w code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a code (name, where, colour, definition) and code the selection with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change code of coding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected coding another code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coding &amp;memo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected coding's memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a code to the codebook: name, where, colour and definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend selections that start or end inside a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trim white space from selections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out spaces and line breaks at either end of a selection when coding it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One &amp;click on a code applies it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: a click only shows a code; double-click it, press Enter or use Code to apply it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import codebook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the codes of a codebook kept in Excel, CSV or Word, after a preview of what is new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export codebook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the codebook as an Excel, CSV or Word table that Import codebook reads back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare &amp;coders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreement statistics, the disagreements between two coders, and adjudication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codebook &amp;report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The codebook with counts, quotes, charts and agreement, as HTML, Word, Markdown, CSV or Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrieve &amp;segments of a code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print every segment of a code (and its sub-codes) as text or Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project &amp;memos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos about the whole project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document memos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on the current document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ode memos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on the current code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every document's attributes (age, site, …) as a table you can edit; add, type and remove them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import attributes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document, a column per attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport attributes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file, the shape Import attributes reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the current document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the current document and its codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;coder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a coder to this project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;oders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename or delete coders, and mark a consensus (left out of "all coders")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes against documents, speakers, coders or an attribute, as counts, presence, coverage or words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code &amp;relations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes against codes: in how many places two codes overlap, share a turn or paragraph, or lie near each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coding &amp;query…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find passages coded with one code and/or/not/near others, by coder, speaker or attribute; save queries by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code every place a text occurs, or every turn of a speaker, after a preview where each passage can be unticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggest passages like the selected text, or like the current code's segments (nothing is coded until you accept one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Similar passages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model that finds passages by meaning (downloaded once, or a folder you have), and its cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of Accord's menus and windows, from its next start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short guide: coding, comparing coders, reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version and where Accord keeps its files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Which coders to compare: a pair, or all coders (consensus coders left out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figure shown in the cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n coders</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two coders with codings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import another coder's work (File ▸ Merge coders' projects) or code as a second coder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>all %n coders (%1)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>overall %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln caractere</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>whitespace trimmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codings as stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which code each passage gets, all codes at once:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttributeFileHandlers</name>
    <message>
        <source>Exported the attributes to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttributeFileMessages</name>
    <message numerus="yes">
        <source>Imported attributes from %1: %n value(s) set on %2 document(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export attributes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add attribute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove attribute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A row per document, a column per attribute. Type in a cell to set a value; Delete clears it; Ctrl+Z undoes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new attribute (e.g. age, site):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What kind of value is %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What kind of value is %1? (now: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Clear %n attribute value(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Make %1 a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make %1 a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make %1 a date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>a number, e.g. 42 or 3.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <source>Auto-code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every turn of a speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words to find (case and accents ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole words only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>just the words found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the speaker turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only inside passages already coded with this code (by any coder of role coder), clipped to them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend each hit to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As coder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) found; the first %1 are listed: narrow the search</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick the passages not to code.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Code %Ln passage(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Preview to see what would be coded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coded: %1 added, %2 merged with codings already there (Edit ▸ Undo takes it back).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup fails SQLite's integrity check; choose another one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is damaged and cannot be restored; choose one marked ok.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <source>Show disagreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the disagreements about this code and document (double-click a cell)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p style='color:gray'&gt;Select a cell to see the figures behind it.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pooled over documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;not used here&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95 % interval %1 – %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>A code's own codings (without its sub-codes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A code's own codings (without its sub-codes), split by coder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How often each code was applied in each document; darker cells mean more codings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In how many places passages coded with both codes overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The charts appear here once the report is built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No codes are in this selection: there is nothing to chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been coded in this selection yet: there is nothing to chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this chart as an SVG image (for print and further editing) or as a PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Showing %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No codes are in this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been coded in this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No documents are in this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-occurrence needs at least two codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No two codes overlap in this selection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tick every coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick every coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick every document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick every document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeDialogs</name>
    <message>
        <source>Code colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeTextsDialog</name>
    <message>
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exclude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short summary, shown after the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the code means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When to apply it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When not to (and what to use instead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A typical quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>&amp;Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter codes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the codes whose name contains this text (the ticks stay as they are)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The codes the report covers. A code comes with all of its sub-codes; a half-ticked code is left
out itself (only its ticked sub-codes are in the report).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick every code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick every code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 itself is not in the report: only some of its sub-codes are ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodebookFileHandlers</name>
    <message>
        <source>Import codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.docx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export codebook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodebookFileMessages</name>
    <message numerus="yes">
        <source>Imported %1: %n code(s) added, %2 updated</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings of each code (a collapsed code counts its sub-codes too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick key: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n coding(s), %1 with sub-codes</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 (shown coders only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move code “%1” under “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move code “%1” to the top level</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Select a code to see its definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter codes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code the selected text with the current code (or double-click the code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit definition of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n coding(s) of “%1” will be recoded as “%2”.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-code(s) will move under “%1”.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>“%1” will then be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-code(s)?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be deleted with it.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No text is coded with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sub-code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit definition…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Include:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Exclude:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No definition yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add one…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n coding(s) with sub-codes (%1 directly)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 by the coders shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoderChecklist</name>
    <message>
        <source>%1 (consensus)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoderPairPicker</name>
    <message>
        <source>Coder A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <source>Coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A &lt;b&gt;consensus&lt;/b&gt; holds the decisions of adjudication, or a reference coding. Agreement and reports compare the coders; a consensus only when you choose it by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make &amp;consensus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colour the comparison view and reports draw this coder in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No colour chosen: views and reports pick one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make &amp;coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare this coder again with the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave it out of "all coders": it holds decisions, not independent coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add coder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename coder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make %1 a coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make %1 a consensus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour coder %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete coder %1 and their %n coding(s)? (Undo brings them back.)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete coder %1? (Undo brings them back.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete coder %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>The selection is only white space: nothing was coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a coder first (Project ▸ Coders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply code %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) with %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No code has the number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the words to use as the code's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selection has no words to name a code after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a coder first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In-vivo code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text first, then create a code for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code with new code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a coding (its stripe) to select it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change code of coding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingGestures</name>
    <message>
        <source>To code the selection, double-click the code (or press Enter, or Code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text first, then double-click a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code with “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code with a new code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In-vivo code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingMemoDialog</name>
    <message>
        <source>Memo on coding — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In “%1”, coded by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coded text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this passage was coded so, doubts, ideas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memo of this coding (Ctrl+Enter saves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingTooltip</name>
    <message numerus="yes">
        <source>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>≥ %1 reliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 tentative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; %1 unreliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished">indefinido</translation>
    </message>
    <message>
        <source>Intervals are computed for α and κ, not for % agreement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean pairwise percent agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No compared coder applied “%1” in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No compared coder applied “%1” in any document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No compared coder applied any code here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interval for the mean over pairs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undefined in every resample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 resamples defined; P(below %3) = %4, P(below %5) = %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undefined for every pair of coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pooled over documents</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>all %n coders</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Not used here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: &lt;b&gt;undefined&lt;/b&gt; — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevalence: %1 of the characters coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean pooled percent agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes either used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-sided codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters both coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Omission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both coded the same code here, over different extents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one coder coded this passage with this code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coders gave overlapping passages different codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Union</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intersection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both coded “%1”, over different extents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 coded “%2” where %3 coded “%4”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1 coded “%2” here; %3 did not.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1–%2 (%Ln character(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>α, κ or % agreement by code and document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where two coders differ, side by side, and adjudication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trim whitespace at coding ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move each coding's ends inward past spaces and line breaks before comparing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No disagreement there: the coders agree on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare coders — %1 — Accord</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Project damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged&lt;/b&gt;: %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;The newest backup that passes the integrity check is from %1. Restore it to go on from there; the damaged file is kept beside it, renamed.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;None of its backups passes the integrity check. Show them to look, or restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;It has no backups. Restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show backups…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Accept &amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept &amp;B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Union</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code “Edit” gives the passage selected in either text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coder the decisions are written to (created if needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on this decision (optional, kept with it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consensus coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept &amp;A · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept &amp;B · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;The consensus coder must be someone other than %1 and %2.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:%1'&gt;✓ Decided&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Not decided yet&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has here: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has nothing here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit would use the passage selected in %1: %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Select the consensus passage in either text first, pick its code beside “Edit”, then press Edit.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the code chosen beside this button to the passage you selected in either text (Alt+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the consensus gets %2 (Alt+%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Accord projects (*.accord);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisagreementHeading</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous disagreement (K or Alt+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next disagreement (J or Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nothing to show&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All decided: untick “Hide decided” to see them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These coders do not disagree anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>No confusions: wherever these coders' spans overlap, they share a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>all decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3–%4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ decided&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 agree everywhere: no disagreements.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n boundary</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omission</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n disagreement(s)&lt;/b&gt; between %1 and %2, largest first: %3</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided hidden</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) overlapping</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Confusions&lt;/b&gt; &lt;span style='color:gray'&gt;— rows: %1's code, columns: %2's code&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisagreementsPanel</name>
    <message>
        <source>Group by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary, omission and confusion disagreements apart (each largest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out the disagreements already decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disagreements need two coders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick two coders above; a coder's work comes in with File ▸ Merge coders' projects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>omission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjudicate %1 (accept %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>union</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intersection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjudicate %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Resize coding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show documents whose name or attributes contain this text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only one speaker's turns in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files to import; select one to preview it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No files yet.
Click “Add files…” or drop files here.

Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files,
and transcripts with speakers and times (.vtt from Zoom or Teams, .srt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Ticked files are imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln caractere</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A .%1 file carries its own encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: tick it to import it anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project already has this text; a ticked file is imported anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unticked: not imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence will be joined</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence found</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>imported as '%1', %Ln line(s) joined</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Replace these line breaks with spaces before importing (for text copied from PDFs or web pages).
A document's text never changes once imported, so decide now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The beginning of the text as it will be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a file to see the beginning of its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each line break found in mid-sentence; ⏎ marks where the lines would be joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers found (untick any that is not one):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines starting with a ticked name open that speaker's turns.
Untick a name that is not a speaker ("By:", "Edition:"): its lines are kept as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked: it will be imported anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick it in the list above to import it anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add files to see what will be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s)]</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Join %Ln line(s) broken mid-sentence</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Transcript recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers and times come from the file; each turn is stored as "Name: text" with its times.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with Accord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide could not be read: %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeatWindow</name>
    <message>
        <source>Coders:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCodebookDialog</name>
    <message>
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update conflicting codes (the file's values replace the project's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n code(s) to add</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the codebook</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicting codes are left as they are unless you tick the box below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import: the codebook already has every code of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no definition)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 here → %2 in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;OpenDocument (*.odt);;Rich text (*.rtf);;Transcripts and subtitles (*.vtt *.srt *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check what Accord read from each file; nothing is added to the project until you press &lt;b&gt;Import&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose files to import (Ctrl+O); you can also drop files on this window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the selected file out of the import (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the files that could be read to the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same text as %1, above</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the list</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import attributes from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents are named in the column</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match a document.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Import sets %n value(s) (%1 already as in the file).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) leave values as they are.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Matched documents (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values to set (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmatched rows (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty cells (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported: unticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be stored (%1: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported as '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported: cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntervalControls</name>
    <message>
        <source>resamples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bootstrap resamples of the documents (seeded, so the same every time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by speaker turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the bootstrap resamples. Documents are the safe choice; with fewer than 10, speaker turns give more resamples, but turns of one conversation are not independent, so their intervals come out narrower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute intervals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bootstrap 95 % intervals of the pooled figures, resampling documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing intervals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures changed: compute the intervals again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln resamples of speaker turns · seed %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples · seed %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language takes effect when Accord next starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in this document (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrieved segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in all documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a code in the codebook first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename document %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n coding(s)?
You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add coder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>desktop bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>installed from source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample project and data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (%1 cannot be written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before an upgrade, next to the project (NAME.before-upgrade-from-vN.….accord)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualitative coding and inter-coder agreement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Accord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 (read-only) — Accord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 — Accord</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Selection %1–%2 (%n character(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this document</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <source>% agreement also counts the characters nobody coded, so it runs high; coloured at %1 % and %2 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds after Krippendorff (2004). Hover a cell for its basis; an undefined figure says why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevalence is the mean share of characters the coders coded. Double-click a cell to see its disagreements.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pooled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevalence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pooled over documents (character counts summed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean share of the characters the compared coders coded with the code (pooled over documents); low prevalence makes α and κ fragile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bootstrap 95 % interval of the pooled figure (resampling documents); use “Compute intervals”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the compared coders coded %2 of the characters on average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “Compute intervals” for bootstrap intervals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every code at once: De Vries et al.'s pooled κ (observed and expected agreement averaged over the codes either coder used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every code at once: % agreement averaged over the codes either coder used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <source>Code matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presence (1 or 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage (% of characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 30,45,60 (numbers only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll sub-codes into their parents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cells:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bins are numbers separated by commas, e.g. 30,45,60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a cell to list its passages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the matrix as a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>today, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memos; select one to read or edit it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short title shown in the list of memos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memo; it is saved when you leave the field, choose another memo or close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new memo (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected memo (Del in the list; Undo brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project memos — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on document “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on the project “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on the document “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memos on the code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed %1; written %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No memos yet. Click “New memo” to write one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last changed %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Coding as: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Show: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose codings the text, the counts and the retrieved segments show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter codes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Percent agreement</source>
        <translation>Porcentagem de concordância</translation>
    </message>
    <message>
        <source>Cohen's κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Krippendorff's α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Positive agreement</source>
        <translation>Concordância positiva</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Índice de Jaccard</translation>
    </message>
    <message>
        <source>|uα (binary, 2016)</source>
        <translation>|uα (binário, 2016)</translation>
    </message>
    <message>
        <source>uα (2004)</source>
        <translation>uα (2004)</translation>
    </message>
    <message>
        <source>Segment agreement</source>
        <translation>Concordância de segmentos</translation>
    </message>
    <message>
        <source>Code presence</source>
        <translation>Presença do código</translation>
    </message>
    <message>
        <source>Code frequency</source>
        <translation>Frequência do código</translation>
    </message>
    <message>
        <source>Pooled κ</source>
        <translation>κ agrupado</translation>
    </message>
    <message>
        <source>Pooled percent agreement</source>
        <translation>Porcentagem de concordância agrupada</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Mean pairwise κ</source>
        <translation>κ médio por pares</translation>
    </message>
    <message>
        <source>Mean pairwise pooled κ</source>
        <translation>κ agrupado médio por pares</translation>
    </message>
    <message>
        <source>cuα (codes and gaps)</source>
        <translation>cuα (códigos e lacunas)</translation>
    </message>
    <message>
        <source>(c|u)α (where both coded)</source>
        <translation>(c|u)α (onde ambos codificaram)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder's own computer</source>
        <translation>
            <numerusform>%Ln foi aceita uma a uma por um codificador a partir de sugestões de trechos semelhantes que o Accord calculou no próprio computador do codificador</numerusform>
            <numerusform>%Ln foram aceitas uma a uma por um codificador a partir de sugestões de trechos semelhantes que o Accord calculou no próprio computador do codificador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder's request)</source>
        <translation>
            <numerusform>%Ln foi feita por codificação automática (cada ocorrência de uma busca de texto ou cada turno de fala de um falante, codificados de uma vez a pedido de um codificador)</numerusform>
            <numerusform>%Ln foram feitas por codificação automática (cada ocorrência de uma busca de texto ou cada turno de fala de um falante, codificados de uma vez a pedido de um codificador)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>the other %Ln was/were coded by hand</source>
        <translation>
            <numerusform>a outra %Ln foi codificada à mão</numerusform>
            <numerusform>as outras %Ln foram codificadas à mão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln coding(s) compared, %1.</source>
        <translation>
            <numerusform>Da %Ln codificação comparada, %1.</numerusform>
            <numerusform>Das %Ln codificações comparadas, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>Agreement between the coders %1 was assessed on %2 (%3) for %4</source>
        <translation>A concordância entre os codificadores %1 foi avaliada em %2 (%3) para %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractere</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of which was/were used by at least one coder</source>
        <translation>
            <numerusform>dos quais %Ln foi usado por pelo menos um codificador</numerusform>
            <numerusform>dos quais %Ln foram usados por pelo menos um codificador</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with Accord %2.</source>
        <translation>%1, com o Accord %2.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code (after moving the ends of each coding inward past white space); figures pooled over the documents add up the documents' character counts.</source>
        <translation>Cada código foi comparado separadamente, tratando cada caractere do texto como uma unidade que um codificador codificou ou não com esse código (depois de mover as extremidades de cada codificação para dentro, além dos espaços em branco); os valores agrupados sobre os documentos somam as contagens de caracteres dos documentos.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code; figures pooled over the documents add up the documents' character counts.</source>
        <translation>Cada código foi comparado separadamente, tratando cada caractere do texto como uma unidade que um codificador codificou ou não com esse código; os valores agrupados sobre os documentos somam as contagens de caracteres dos documentos.</translation>
    </message>
    <message>
        <source>For each code we report percent agreement, Cohen's κ (Cohen, 1960) computed over characters as in NVivo, Krippendorff's α for nominal data over characters (Krippendorff, 2011), and the binary unitizing coefficient |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), which also reflects whether the coders cut the same units; we also give uα (2004), Krippendorff's earlier unitizing coefficient (Krippendorff, 2004), and, as MAXQDA does, the percentage of segments matched by a segment of the other coder overlapping it by at least %1 %.</source>
        <translation>Para cada código relatamos a porcentagem de concordância, o κ de Cohen (Cohen, 1960) calculado sobre caracteres como no NVivo, o α de Krippendorff para dados nominais sobre caracteres (Krippendorff, 2011) e o coeficiente binário de unitização |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), que também reflete se os codificadores delimitaram as mesmas unidades; informamos ainda o uα (2004), o coeficiente de unitização anterior de Krippendorff (Krippendorff, 2004), e, como faz o MAXQDA, a porcentagem de segmentos correspondidos por um segmento do outro codificador que os sobrepõe em pelo menos %1 %.</translation>
    </message>
    <message>
        <source>Where no coder used a code, percent agreement is 100 but κ, α and the unitizing coefficients are undefined (there is no variation, so chance agreement is total) and are reported as such; NVivo prints κ = 1 in that case.</source>
        <translation>Quando nenhum codificador usou um código, a porcentagem de concordância é 100, mas κ, α e os coeficientes de unitização são indefinidos (não há variação, portanto a concordância ao acaso é total) e são relatados como tal; o NVivo mostra κ = 1 nesse caso.</translation>
    </message>
    <message>
        <source>For all coders together we report Krippendorff's α and Fleiss' κ (Fleiss, 1971).</source>
        <translation>Para todos os codificadores em conjunto relatamos o α de Krippendorff e o κ de Fleiss (Fleiss, 1971).</translation>
    </message>
    <message>
        <source>Whether the coders gave the same passages the same code was assessed across all codes at once with cuα = %1, which also counts passages one coder left uncoded, and (c|u)α = %2, over the passages both coded (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</source>
        <translation>Se os codificadores deram o mesmo código aos mesmos trechos foi avaliado com todos os códigos de uma vez por meio de cuα = %1, que também conta trechos que um codificador deixou sem codificar, e de (c|u)α = %2, sobre os trechos que ambos codificaram (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of zero length was/were left out.</source>
        <translation>
            <numerusform>%Ln codificação de comprimento zero foi desconsiderada.</numerusform>
            <numerusform>%Ln codificações de comprimento zero foram desconsideradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (95 % interval %2 to %3)</source>
        <translation>%1 (intervalo de 95 % de %2 a %3)</translation>
    </message>
    <message>
        <source>Pooled κ across the %1 either coder used (De Vries et al., 2008) was %2.</source>
        <translation>O κ agrupado sobre os %1 que algum dos codificadores usou (De Vries et al., 2008) foi %2.</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined: %1.</source>
        <translation>O κ agrupado (De Vries et al., 2008) foi indefinido: %1.</translation>
    </message>
    <message>
        <source>no code was used</source>
        <translation>nenhum código foi usado</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined for every pair of coders.</source>
        <translation>O κ agrupado (De Vries et al., 2008) foi indefinido para todos os pares de codificadores.</translation>
    </message>
    <message>
        <source>Pooled κ across codes (De Vries et al., 2008) ranged over the %1 of coders from %2 for %3 to %4 for %5; its mean was %6.</source>
        <translation>O κ agrupado sobre os códigos (De Vries et al., 2008) variou, nos %1 de codificadores, de %2 para %3 a %4 para %5; sua média foi %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln par</numerusform>
            <numerusform>%Ln pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff's α was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>O α de Krippendorff foi de pelo menos %1 em %2 dos %3 com α definido, entre %4 e %1 em %5 e abaixo de %4 em %6; Krippendorff (2019) recomenda apoiar-se em variáveis com α ≥ %1 e tirar apenas conclusões provisórias das que ficam entre %4 e %1.</translation>
    </message>
    <message>
        <source>Krippendorff's α of all coders was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>O α de Krippendorff de todos os codificadores foi de pelo menos %1 em %2 dos %3 com α definido, entre %4 e %1 em %5 e abaixo de %4 em %6; Krippendorff (2019) recomenda apoiar-se em variáveis com α ≥ %1 e tirar apenas conclusões provisórias das que ficam entre %4 e %1.</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln code(s) α was undefined (no variation) and is reported as such, not as 0 or 1.</source>
        <translation>
            <numerusform>Para %Ln código, α foi indefinido (sem variação) e é relatado como tal, não como 0 ou 1.</numerusform>
            <numerusform>Para %Ln códigos, α foi indefinido (sem variação) e é relatado como tal, não como 0 ou 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bootstrap intervals were computed.</source>
        <translation>Não foram calculados intervalos bootstrap.</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the %2 (percentile intervals, seed %3), resampled in place of documents because the study has few of them; turns of one conversation are not independent, so these intervals are narrower than a bootstrap of documents would give</source>
        <translation>%1 reamostragens bootstrap dos %2 (intervalos de percentis, semente %3), reamostrados no lugar dos documentos porque o estudo tem poucos; turnos de uma mesma conversa não são independentes, por isso esses intervalos são mais estreitos do que um bootstrap de documentos daria</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln turno de fala</numerusform>
            <numerusform>%Ln turnos de fala</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of documents (percentile intervals, seed %2); resampling whole documents keeps neighbouring characters together</source>
        <translation>%1 reamostragens bootstrap de documentos (intervalos de percentis, semente %2); reamostrar documentos inteiros mantém juntos os caracteres vizinhos</translation>
    </message>
    <message>
        <source>95 % intervals come from %1, and for κ, α, |uα and the pooled κ we also give the share of resamples in which each fell below %2 and %3, the probability of failing to reach these levels (Hayes &amp; Krippendorff, 2007).</source>
        <translation>Os intervalos de 95 % vêm de %1 e, para κ, α, |uα e o κ agrupado, informamos também a proporção de reamostragens em que cada um ficou abaixo de %2 e %3, a probabilidade de não atingir esses níveis (Hayes &amp; Krippendorff, 2007).</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>(top level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the code means (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inside:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Project in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is open in another window: %2.

Open it read-only here, or close it in that window first and open it again. If that window's computer is gone for good, delete the lock file %3 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup on opening: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the project; the current file is kept beside it, renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name (as a coder):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot build the sample project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFI-QDA files (*.qdpx *.qdc *.qde);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export project as REFI-QDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export codebook as REFI-QDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge coders' projects into this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not merged (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder name taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a coder “%2” whose codings differ from “%3” in this project.
Name to give them here:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Coding query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same speaker turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What "and" and "not" look at: the passage's own characters, or the turn or paragraph around it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved queries:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passages coded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>And/not look at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All coders (not consensus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any document</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, listed in Retrieved segments.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the query:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save query %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: the query does not run (see the message).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the saved query “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete query %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuickCodePalette</name>
    <message>
        <source>Create code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to find a code, or a new name to create one…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the codes by name. Enter codes the selection with the highlighted code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No codes yet: type a name to create the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑ ↓ to move  ·  Enter to choose  ·  Esc to cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” at the top level of the codebook and code with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the code “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln place(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>RelationsWindow</name>
    <message>
        <source>Code relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within N characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-occur when:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No two codes co-occur with these settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each number counts places (a passage, turn or paragraph) once. Click a cell to list its places.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not used by any compared coder, so left out: %1.</source>
        <translation>Não usados por nenhum dos codificadores comparados e, por isso, excluídos: %1.</translation>
    </message>
    <message>
        <source>Used by one coder only: %1.</source>
        <translation>Usados por apenas um codificador: %1.</translation>
    </message>
    <message>
        <source>A dash marks a coefficient that is undefined (no variation): %1.</source>
        <translation>Um traço indica um coeficiente indefinido (sem variação): %1.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Todos os códigos (%1)</translation>
    </message>
    <message>
        <source>α 95 % interval</source>
        <translation>Intervalo de 95 % de α</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>undefined (%1)</source>
        <translation>indefinido (%1)</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once: %1.</source>
        <translation>Qual código cada trecho recebe, considerando todos os códigos de uma vez: %1.</translation>
    </message>
    <message>
        <source>The table gives percent agreement, κ and α with its interval for each code; the other figures the methods paragraph names are in the agreement export (accord agreement PROJECT --export OUT.xlsx).</source>
        <translation>A tabela apresenta, para cada código, a porcentagem de concordância, κ e α com seu intervalo; os demais valores citados no parágrafo de métodos estão na exportação da concordância (accord agreement PROJECT --export OUT.xlsx).</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>Codes: %1 and their sub-codes (%2)</source>
        <translation>Códigos: %1 e seus subcódigos (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders: %1 (of %2)</source>
        <translation>Codificadores: %1 (de %2)</translation>
    </message>
    <message>
        <source>Coders: %1 (consensus left out: %2)</source>
        <translation>Codificadores: %1 (consenso excluído: %2)</translation>
    </message>
    <message>
        <source>Documents: %1 (of %2)</source>
        <translation>Documentos: %1 (de %2)</translation>
    </message>
    <message>
        <source>%1 — codebook report</source>
        <translation>%1 — relatório do livro de códigos</translation>
    </message>
    <message>
        <source>Codebook report</source>
        <translation>Relatório do livro de códigos</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2</source>
        <translation>Gerado em %1 com o Accord %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln codificador(a)</numerusform>
            <numerusform>%Ln codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation>Este relatório se limita a:</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>codes (%1 used)</source>
        <translation>códigos (%1 usados)</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codificações</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>codificadores</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Visão geral do livro de códigos</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Frequências dos códigos</translation>
    </message>
    <message>
        <source>showing the %1 most used of %2 codes</source>
        <translation>são exibidos os %1 códigos mais usados de %2</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Códigos por falante</translation>
    </message>
    <message>
        <source>the %1 most used of %2 codes</source>
        <translation>os %1 códigos mais usados de %2</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Codificações por código e codificador</translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>Codificações por código</translation>
    </message>
    <message>
        <source>the %1 documents with the most codings of %2</source>
        <translation>os %1 documentos com mais codificações de %2</translation>
    </message>
    <message>
        <source>the %1 codes with the most overlaps of %2</source>
        <translation>os %1 códigos com mais sobreposições de %2</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Coocorrência de códigos</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Concordância entre codificadores</translation>
    </message>
    <message>
        <source>Values of α below %1 are in bold red.</source>
        <translation>Valores de α abaixo de %1 aparecem em vermelho e negrito.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Códigos em detalhe</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Documentos codificados</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>Nenhum codificador.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Memorando sobre %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Nenhum documento.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>Nenhum código.</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Figura 1. Codificações por código e codificador (codificações do próprio código, sem seus subcódigos)</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Figura 1. Codificações por código (codificações do próprio código, sem seus subcódigos)</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>são exibidos %1</translation>
    </message>
    <message>
        <source>Figure 2. Codings per code and document</source>
        <translation>Figura 2. Codificações por código e documento</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Nada foi codificado ainda.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Codificações por código e falante: uma codificação conta uma vez para cada falante cujos turnos de fala ela abrange.</translation>
    </message>
    <message>
        <source>Showing the %1 speakers with the most codings of %2 (all are in the CSV/XLSX export).</source>
        <translation>São exibidos os %1 falantes com mais codificações de %2 (todos estão na exportação CSV/XLSX).</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch of text coded with both, counts once.</source>
        <translation>Dois códigos coocorrem onde trechos codificados com ambos se sobrepõem (consideradas em conjunto as codificações dos codificadores deste relatório); cada local, isto é, cada porção de texto codificada com ambos, conta uma vez.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence</source>
        <translation>Figura %1. Coocorrência de códigos</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>Coocorre com</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… e mais %Ln par (todos estão na exportação CSV/XLSX).</numerusform>
            <numerusform>… e mais %Ln pares (todos estão na exportação CSV/XLSX).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Nenhum par de códigos se sobrepõe.</translation>
    </message>
    <message>
        <source>Showing the %1 codes with the most overlaps of %2.</source>
        <translation>São exibidos os %1 códigos com mais sobreposições de %2.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence (columns: %2).</source>
        <translation>Figura %1. Coocorrência de códigos (colunas: %2).</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; unidade: %2; valores agregados sobre os documentos.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; valores agregados sobre os documentos.</translation>
    </message>
    <message>
        <source>Values of α below %1 are shown in red.</source>
        <translation>Valores de α abaixo de %1 aparecem em vermelho.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codificação</numerusform>
            <numerusform>%Ln codificações</numerusform>
        </translation>
    </message>
    <message>
        <source>in</source>
        <translation>em</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 com seus subcódigos</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Usar quando</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Não usar</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… e mais %Ln documento</numerusform>
            <numerusform>… e mais %Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caracteres %1–%2</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>codificado por %1</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memorando:</translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>Ainda não usado nesta seleção.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Ainda não usado.</translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · relatório do livro de códigos gerado em %2 pelo Accord %3.</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 usados</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Codificações por código e documento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 documents with the most codings; %Ln more document(s) are in the CSV/XLSX export. The totals count every document.</source>
        <translation>
            <numerusform>São exibidos os %1 documentos com mais codificações; mais %Ln documento está na exportação CSV/XLSX. Os totais incluem todos os documentos.</numerusform>
            <numerusform>São exibidos os %1 documentos com mais codificações; mais %Ln documentos estão na exportação CSV/XLSX. Os totais incluem todos os documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definição:</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>Usar quando:</translation>
    </message>
    <message>
        <source>Do not use:</source>
        <translation>Não usar:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemplo:</translation>
    </message>
    <message>
        <source>By coder:</source>
        <translation>Por codificador:</translation>
    </message>
    <message>
        <source>By document:</source>
        <translation>Por documento:</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more document(s)</source>
        <translation>
            <numerusform>e mais %Ln documento</numerusform>
            <numerusform>e mais %Ln documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBar</name>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the HTML report in your web browser (as a temporary file), e.g. to print it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded segment,
for your own analysis (CSV: one file per table, in a folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report in the chosen format (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save tables…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Codebook report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the preview to be up to date, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the preview to be up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the web page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the chart: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick fewer, or use &lt;b&gt;All&lt;/b&gt; above a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>no agreement section (the agreement engine gave nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Saved the %1 report: %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The web page could not be written:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened the report in your browser (a temporary copy: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No web browser could be started. The report is in the temporary file
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>C&amp;oders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the codings of the ticked coders are counted and quoted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the codings in the ticked documents are counted and quoted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many coded passages to quote under each code (spread over the documents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example &amp;quotes per code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the report's headings, methods paragraph and numbers; it need not be the window's</source>
        <translation>O idioma dos títulos, do parágrafo de métodos e dos números do relatório; não precisa ser o mesmo da janela</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma do relatório:</translation>
    </message>
    <message>
        <source>&amp;Memos (project, documents, codes, codings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the memos next to what they are about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inter-coder &amp;agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percent agreement, κ and Krippendorff's α per code, for two or more coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with 95 % &amp;intervals (bootstrap; slower)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).
On large projects this is most of the time a report takes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions of adjudication: reported, and compared, only when ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2 characters, %Ln coding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Tick at least one code to see a report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one coder to see a report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one document to see a report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agreement section's bootstrap intervals take longest on large projects; untick &lt;i&gt;with 95 % intervals&lt;/i&gt; for a quicker preview.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Codings per code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated %1 with Accord %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codes (%1 used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No coders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memo on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codebook overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code frequencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch coded with both, counts once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes in detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview shows the first %1 in detail; the saved report has all of them (%2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more code(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings per code (a code's own codings, without its sub-codes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure %1. %2; showing %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure %1. %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values of α below %1 are in &lt;span class="low"&gt;red&lt;/span&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · characters %2–%3 · coded by %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %Ln more quote(s) in the saved report.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV tables (a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folders (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report's tables — name a folder for the CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codebook report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chart %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report as it will be saved (the web page and Word file look the same, with their own fonts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report's charts; each can be saved as an image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
The previous file is kept as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore which project? Pick the project file (even a damaged one), or a folder of backups if the project file is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the project file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a backup folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups of %1 (they would be in %2). Pick a backup folder instead, if you have one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no Accord backups; they are in the folders under %2. Pick one of those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 restored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrieveDialog</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrieve segments of a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every passage coded with one code, document by document — to read, quote from or share with someone who does not use Accord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code whose segments to print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include its &amp;sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also print the segments coded with any code below this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coding &amp;memos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print each segment's memo under it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;oders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a code to see its segments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the segments in the chosen format (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the segments as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>segments %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments coded by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code has no sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The codebook is empty: there is nothing to retrieve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The segments could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s) in the saved file]</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The segments could not be saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 · &lt;a href="%2"&gt;Show folder&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in all documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code these hits…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-code the places found, after a preview where each can be unticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Include sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also list segments coded with codes below this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List only what this speaker said (the parts of segments in their turns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a code in the codebook to list its segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and its sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>said by %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Updated with changes made by another program</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SidePair</name>
    <message>
        <source>Scroll together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll both texts as one (they show the same document)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;nothing here&lt;/i&gt; &amp;nbsp;·&amp;nbsp; the passage %1–%2 is selected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimilarHandlers</name>
    <message>
        <source>Similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text, or a code in the codebook, to find passages like it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Right-click a code or selected text and choose Find similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By shared words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted passages are coded with this code, as the current coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a model first: Settings ▸ Similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passages like “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passages like “%1” (%2's segments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>nothing similar found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matched: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimilarSettingsDialog</name>
    <message>
        <source>Similar passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accord finds passages like the ones you point at on this computer; nothing is sent anywhere. By shared words it always works. By meaning it needs a model2vec model: download one once, or use the folder of one you already have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding passages by meaning needs the optional model2vec package. Install it with: pip install "accord[similar]" — then restart Accord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index this project's passages now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute every passage's vector once, so searches by meaning are quick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty the cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the cached vectors from the project; they can be rebuilt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download a model (once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2&lt;br&gt;from huggingface.co/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model yet: passages are found by shared words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download %1 (%2) from huggingface.co/%3 into %4?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A model2vec model folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a model folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexing passages (%1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) indexed.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>and also coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>but not coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>near</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most this many characters between the two passages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code interviews and other texts, then see where coders agree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an existing .accord file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four fictional interviews, a codebook, two coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back a damaged or lost project from its automatic backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Header</name>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_SuggestionsModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>