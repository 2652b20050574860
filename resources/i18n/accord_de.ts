<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an .accord project</source>
        <translation>Ein .accord-Projekt öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Beis&amp;pielprojekt öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample study</source>
        <translation>Die mitgelieferte Beispielstudie öffnen</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and .srt transcripts</source>
        <translation>Dateien im Format .txt, .md, .docx, .pdf, .html, .odt oder .rtf oder Transkripte im Format .vtt und .srt importieren</translation>
    </message>
    <message>
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation>REFI-QDA importieren (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <source>Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, QualCoder or Taguette</source>
        <translation>Ein Projekt oder Kodiersystem übernehmen, das aus MAXQDA, ATLAS.ti, NVivo, QualCoder oder Taguette exportiert wurde</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA (.qdpx)…</source>
        <translation>Projekt als REFI-QDA exportieren (.qdpx)…</translation>
    </message>
    <message>
        <source>The whole project in the exchange format other QDA tools read</source>
        <translation>Das ganze Projekt im Austauschformat, das andere QDA-Programme lesen</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA (.qdc)…</source>
        <translation>Kodiersystem als REFI-QDA exportieren (.qdc)…</translation>
    </message>
    <message>
        <source>The codebook alone, for another project or tool</source>
        <translation>Nur das Kodiersystem, für ein anderes Projekt oder Programm</translation>
    </message>
    <message>
        <source>&amp;Merge coders' projects…</source>
        <translation>Projekte der Kodierenden &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Bring other coders' copies of this project (their coders, codes and codings) into it</source>
        <translation>Die Kopien dieses Projekts von anderen Kodierenden (mit deren Kodierenden, Codes und Kodierungen) hier einfügen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back an earlier state of this project from its automatic backups</source>
        <translation>Einen früheren Stand dieses Projekts aus den automatischen Sicherungen wiederherstellen</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation>Eine Kopie des Projekts in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt sc&amp;hließen</translation>
    </message>
    <message>
        <source>Close this project</source>
        <translation>Dieses Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Accord (all work is already saved)</source>
        <translation>Accord beenden (alle Arbeit ist bereits gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Die eben rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>Im Dokument &amp;suchen…</translation>
    </message>
    <message>
        <source>Find text in this document</source>
        <translation>Text in diesem Dokument suchen</translation>
    </message>
    <message>
        <source>Find in &amp;all documents…</source>
        <translation>In &amp;allen Dokumenten suchen…</translation>
    </message>
    <message>
        <source>Search every document of the project</source>
        <translation>Alle Dokumente des Projekts durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>&amp;Schnell kodieren…</translation>
    </message>
    <message>
        <source>Code the selection with a code picked by typing (or a new one)</source>
        <translation>Die Auswahl mit einem per Eingabe gewählten Code kodieren (oder mit einem neuen)</translation>
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation>&amp;In-vivo kodieren</translation>
    </message>
    <message>
        <source>Create a code named after the selected words and apply it</source>
        <translation>Einen Code mit den markierten Wörtern als Namen anlegen und zuweisen</translation>
    </message>
    <message>
        <source>Code with a ne&amp;w code…</source>
        <translation>Mit &amp;neuem Code kodieren…</translation>
    </message>
    <message>
        <source>Create a code (name, where, colour, definition) and code the selection with it</source>
        <translation>Einen Code anlegen (Name, Einordnung, Farbe, Definition) und die Auswahl damit kodieren</translation>
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation>Kodierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected coding</source>
        <translation>Die ausgewählte Kodierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Change code of coding…</source>
        <translation>Code der Kodierung ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Give the selected coding another code</source>
        <translation>Der ausgewählten Kodierung einen anderen Code geben</translation>
    </message>
    <message>
        <source>Coding &amp;memo…</source>
        <translation>&amp;Memo zur Kodierung…</translation>
    </message>
    <message>
        <source>Edit the selected coding's memo</source>
        <translation>Das Memo der ausgewählten Kodierung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>&amp;Neuer Code…</translation>
    </message>
    <message>
        <source>Add a code to the codebook: name, where, colour and definition</source>
        <translation>Dem Kodiersystem einen Code hinzufügen: Name, Einordnung, Farbe und Definition</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>Auswahl auf ganze &amp;Wörter erweitern</translation>
    </message>
    <message>
        <source>Extend selections that start or end inside a word</source>
        <translation>Eine Auswahl erweitern, die innerhalb eines Wortes beginnt oder endet</translation>
    </message>
    <message>
        <source>&amp;Trim white space from selections</source>
        <translation>&amp;Leerraum an Auswahlrändern entfernen</translation>
    </message>
    <message>
        <source>Leave out spaces and line breaks at either end of a selection when coding it</source>
        <translation>Beim Kodieren Leerzeichen und Zeilenumbrüche an beiden Enden der Auswahl weglassen</translation>
    </message>
    <message>
        <source>One &amp;click on a code applies it</source>
        <translation>Ein &amp;Klick auf einen Code weist ihn zu</translation>
    </message>
    <message>
        <source>Off: a click only shows a code; double-click it, press Enter or use Code to apply it</source>
        <translation>Aus: Ein Klick zeigt einen Code nur an; zum Zuweisen doppelklicken, Enter drücken oder „Kodieren“ verwenden</translation>
    </message>
    <message>
        <source>&amp;Import codebook…</source>
        <translation>Kodiersystem &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the codes of a codebook kept in Excel, CSV or Word, after a preview of what is new</source>
        <translation>Die Codes eines in Excel, CSV oder Word geführten Kodiersystems hinzufügen, nach einer Vorschau der Neuerungen</translation>
    </message>
    <message>
        <source>&amp;Export codebook…</source>
        <translation>Kodiersystem e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the codebook as an Excel, CSV or Word table that Import codebook reads back</source>
        <translation>Das Kodiersystem als Excel-, CSV- oder Word-Tabelle schreiben, die „Kodiersystem importieren“ wieder einliest</translation>
    </message>
    <message>
        <source>Compare &amp;coders…</source>
        <translation>&amp;Kodierende vergleichen…</translation>
    </message>
    <message>
        <source>Agreement statistics, the disagreements between two coders, and adjudication</source>
        <translation>Übereinstimmungsmaße, die Abweichungen zwischen zwei Kodierenden und die Konsensentscheidung</translation>
    </message>
    <message>
        <source>Codebook &amp;report…</source>
        <translation>&amp;Bericht zum Kodiersystem…</translation>
    </message>
    <message>
        <source>The codebook with counts, quotes, charts and agreement, as HTML, Word, Markdown, CSV or Excel</source>
        <translation>Das Kodiersystem mit Häufigkeiten, Zitaten, Diagrammen und Übereinstimmung als HTML, Word, Markdown, CSV oder Excel</translation>
    </message>
    <message>
        <source>Retrieve &amp;segments of a code…</source>
        <translation>&amp;Segmente eines Codes abrufen…</translation>
    </message>
    <message>
        <source>Print every segment of a code (and its sub-codes) as text or Word</source>
        <translation>Alle Segmente eines Codes (und seiner Subcodes) als Text oder Word ausgeben</translation>
    </message>
    <message>
        <source>Project &amp;memos…</source>
        <translation>Projekt-&amp;Memos…</translation>
    </message>
    <message>
        <source>Memos about the whole project</source>
        <translation>Memos zum ganzen Projekt</translation>
    </message>
    <message>
        <source>&amp;Document memos…</source>
        <translation>&amp;Dokument-Memos…</translation>
    </message>
    <message>
        <source>Memos on the current document</source>
        <translation>Memos zum aktuellen Dokument</translation>
    </message>
    <message>
        <source>C&amp;ode memos…</source>
        <translation>C&amp;ode-Memos…</translation>
    </message>
    <message>
        <source>Memos on the current code</source>
        <translation>Memos zum aktuellen Code</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>&amp;Attribute…</translation>
    </message>
    <message>
        <source>Every document's attributes (age, site, …) as a table you can edit; add, type and remove them</source>
        <translation>Die Attribute aller Dokumente (Alter, Ort, …) als bearbeitbare Tabelle; Attribute hinzufügen, ihren Typ festlegen und entfernen</translation>
    </message>
    <message>
        <source>&amp;Import attributes…</source>
        <translation>Attribute &amp;importieren…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document, a column per attribute</source>
        <translation>Attribute aus einer Tabelle (.csv, .xlsx): eine Zeile pro Dokument, eine Spalte pro Attribut</translation>
    </message>
    <message>
        <source>E&amp;xport attributes…</source>
        <translation>Attribute e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file, the shape Import attributes reads</source>
        <translation>Die Attribute aller Dokumente in eine .csv- oder .xlsx-Datei, in der Form, die „Attribute importieren“ liest</translation>
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation>Dokument &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename the current document</source>
        <translation>Das aktuelle Dokument umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete document…</source>
        <translation>Dokument &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the current document and its codings</source>
        <translation>Das aktuelle Dokument und seine Kodierungen löschen</translation>
    </message>
    <message>
        <source>Add &amp;coder…</source>
        <translation>&amp;Kodierer·in hinzufügen…</translation>
    </message>
    <message>
        <source>Add a coder to this project</source>
        <translation>Diesem Projekt eine kodierende Person hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;oders…</source>
        <translation>K&amp;odierende…</translation>
    </message>
    <message>
        <source>Rename or delete coders, and mark a consensus (left out of "all coders")</source>
        <translation>Kodierende umbenennen oder löschen und einen Konsens markieren (nicht Teil von „alle Kodierenden“)</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matrix…</translation>
    </message>
    <message>
        <source>Codes against documents, speakers, coders or an attribute, as counts, presence, coverage or words</source>
        <translation>Codes nach Dokumenten, Sprecher·innen, Kodierenden oder einem Attribut, als Häufigkeit, Vorkommen, Abdeckung oder Wörter</translation>
    </message>
    <message>
        <source>Code &amp;relations…</source>
        <translation>Code-&amp;Relationen…</translation>
    </message>
    <message>
        <source>Codes against codes: in how many places two codes overlap, share a turn or paragraph, or lie near each other</source>
        <translation>Codes nach Codes: an wie vielen Stellen sich zwei Codes überschneiden, einen Redebeitrag oder Absatz teilen oder nahe beieinanderliegen</translation>
    </message>
    <message>
        <source>Coding &amp;query…</source>
        <translation>Kodier&amp;abfrage…</translation>
    </message>
    <message>
        <source>Find passages coded with one code and/or/not/near others, by coder, speaker or attribute; save queries by name</source>
        <translation>Textstellen finden, die mit einem Code und/oder/nicht/nahe anderen kodiert sind, nach Kodierer·in, Sprecher·in oder Attribut; Abfragen unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>&amp;Automatisch kodieren…</translation>
    </message>
    <message>
        <source>Code every place a text occurs, or every turn of a speaker, after a preview where each passage can be unticked</source>
        <translation>Jede Stelle, an der ein Text vorkommt, oder jeden Redebeitrag einer Person kodieren – nach einer Vorschau, in der sich jede Textstelle abwählen lässt</translation>
    </message>
    <message>
        <source>Find &amp;similar passages</source>
        <translation>Ä&amp;hnliche Textstellen finden</translation>
    </message>
    <message>
        <source>Suggest passages like the selected text, or like the current code's segments (nothing is coded until you accept one)</source>
        <translation>Textstellen vorschlagen, die dem markierten Text oder den Segmenten des aktuellen Codes ähneln (nichts wird kodiert, bevor Sie einen Vorschlag annehmen)</translation>
    </message>
    <message>
        <source>&amp;Similar passages…</source>
        <translation>Ähnliche &amp;Textstellen…</translation>
    </message>
    <message>
        <source>The model that finds passages by meaning (downloaded once, or a folder you have), and its cache</source>
        <translation>Das Modell, das Textstellen nach Bedeutung findet (einmalig heruntergeladen oder aus einem vorhandenen Ordner), und sein Cache</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <source>The language of Accord's menus and windows, from its next start</source>
        <translation>Die Sprache der Menüs und Fenster von Accord, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Text in normaler Größe</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>A short guide: coding, comparing coders, reports</source>
        <translation>Eine kurze Anleitung: Kodieren, Kodierende vergleichen, Berichte</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut</source>
        <translation>Alle Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>Ü&amp;ber Accord</translation>
    </message>
    <message>
        <source>Version and where Accord keeps its files</source>
        <translation>Version und Speicherort der Dateien von Accord</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Which coders to compare: a pair, or all coders (consensus coders left out)</source>
        <translation>Welche Kodierenden verglichen werden: ein Paar oder alle Kodierenden (ohne Konsens)</translation>
    </message>
    <message>
        <source>The figure shown in the cells</source>
        <translation>Der in den Zellen gezeigte Kennwert</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>All %n coders</source>
        <translation>
            <numerusform>Alle %n Kodierenden</numerusform>
            <numerusform>Alle %n Kodierenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two coders with codings.</source>
        <translation>Für die Übereinstimmung braucht es mindestens zwei Kodierende mit Kodierungen.</translation>
    </message>
    <message>
        <source>Import another coder's work (File ▸ Merge coders' projects) or code as a second coder.</source>
        <translation>Importieren Sie die Arbeit einer weiteren kodierenden Person (Datei ▸ Projekte der Kodierenden zusammenführen) oder kodieren Sie als zweite Person.</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders (%1)</source>
        <translation>
            <numerusform>alle %n Kodierenden (%1)</numerusform>
            <numerusform>alle %n Kodierenden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>overall %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>insgesamt %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>whitespace trimmed</source>
        <translation>Leerraum entfernt</translation>
    </message>
    <message>
        <source>codings as stored</source>
        <translation>Kodierungen wie gespeichert</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</source>
        <translation>&lt;i&gt;nicht definiert&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once:</source>
        <translation>Welchen Code jede Textstelle erhält, alle Codes zugleich:</translation>
    </message>
</context>
<context>
    <name>AttributeFileHandlers</name>
    <message>
        <source>Exported the attributes to %1</source>
        <translation>Attribute nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>AttributeFileMessages</name>
    <message numerus="yes">
        <source>Imported attributes from %1: %n value(s) set on %2 document(s)</source>
        <translation>
            <numerusform>Attribute aus %1 importiert: %n Wert für %2 Dokument(e) gesetzt</numerusform>
            <numerusform>Attribute aus %1 importiert: %n Werte für %2 Dokument(e) gesetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Attribute importieren</translation>
    </message>
    <message>
        <source>Cannot import attributes</source>
        <translation>Attribute können nicht importiert werden</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>Attribute aus %1 importieren</translation>
    </message>
    <message>
        <source>Export attributes</source>
        <translation>Attribute exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export attributes</source>
        <translation>Attribute können nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>&amp;Add attribute…</source>
        <translation>Attribut &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>&amp;Typ ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove attribute…</source>
        <translation>Attribut &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Clear cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document</source>
        <translation>Attribute aus einer Tabelle (.csv, .xlsx): eine Zeile pro Dokument</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file</source>
        <translation>Die Attribute aller Dokumente in eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A row per document, a column per attribute. Type in a cell to set a value; Delete clears it; Ctrl+Z undoes.</source>
        <translation>Eine Zeile pro Dokument, eine Spalte pro Attribut. Tippen Sie in eine Zelle, um einen Wert zu setzen; Entf leert sie; Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation>Attribute — %1</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new attribute (e.g. age, site):</source>
        <translation>Name des neuen Attributs (z. B. Alter, Ort):</translation>
    </message>
    <message>
        <source>What kind of value is %1?</source>
        <translation>Welche Art von Wert ist %1?</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Attribut %1 hinzufügen</translation>
    </message>
    <message>
        <source>What kind of value is %1? (now: %2)</source>
        <translation>Welche Art von Wert ist %1? (derzeit: %2)</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message numerus="yes">
        <source>Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Das Attribut %1 aus allen Dokumenten entfernen (%n Wert)? Sie können dies mit Ctrl+Z rückgängig machen.</numerusform>
            <numerusform>Das Attribut %1 aus allen Dokumenten entfernen (%n Werte)? Sie können dies mit Ctrl+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Attribut %1 entfernen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n attribute value(s)</source>
        <translation>
            <numerusform>%n Attributwert leeren</numerusform>
            <numerusform>%n Attributwerte leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a text</source>
        <translation>%1 als Text festlegen</translation>
    </message>
    <message>
        <source>Make %1 a number</source>
        <translation>%1 als Zahl festlegen</translation>
    </message>
    <message>
        <source>Make %1 a date</source>
        <translation>%1 als Datum festlegen</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>a number, e.g. 42 or 3.5</source>
        <translation>eine Zahl, z. B. 42 oder 3.5</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>ein Datum, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <source>Auto-code</source>
        <translation>Automatisch kodieren</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Every turn of a speaker</source>
        <translation>Alle Redebeiträge einer sprechenden Person</translation>
    </message>
    <message>
        <source>Words to find (case and accents ignored)</source>
        <translation>Zu suchende Wörter (Groß-/Kleinschreibung und Akzente egal)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>just the words found</source>
        <translation>nur die gefundenen Wörter</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>den Satz</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>den Absatz</translation>
    </message>
    <message>
        <source>the speaker turn</source>
        <translation>den Redebeitrag</translation>
    </message>
    <message>
        <source>Only inside passages already coded with this code (by any coder of role coder), clipped to them</source>
        <translation>Nur innerhalb von Textstellen, die bereits mit diesem Code kodiert sind (von einer beliebigen Person mit der Rolle Kodierer·in), auf diese zugeschnitten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Sprecher·in:</translation>
    </message>
    <message>
        <source>Extend each hit to:</source>
        <translation>Jeden Treffer erweitern auf:</translation>
    </message>
    <message>
        <source>Only within:</source>
        <translation>Nur innerhalb:</translation>
    </message>
    <message>
        <source>With code:</source>
        <translation>Mit Code:</translation>
    </message>
    <message>
        <source>As coder:</source>
        <translation>Als Kodierer·in:</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) found; the first %1 are listed: narrow the search</source>
        <translation>
            <numerusform>%Ln Textstelle gefunden; die ersten %1 sind aufgelistet: Grenzen Sie die Suche ein</numerusform>
            <numerusform>%Ln Textstellen gefunden; die ersten %1 sind aufgelistet: Grenzen Sie die Suche ein</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Untick the passages not to code.</source>
        <translation>Entfernen Sie den Haken bei Textstellen, die nicht kodiert werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passage(s)</source>
        <translation>
            <numerusform>%Ln Textstelle kodieren</numerusform>
            <numerusform>%Ln Textstellen kodieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview to see what would be coded.</source>
        <translation>Die Vorschau zeigt, was kodiert würde.</translation>
    </message>
    <message>
        <source>Auto-code %1</source>
        <translation>%1 automatisch kodieren</translation>
    </message>
    <message>
        <source>Coded: %1 added, %2 merged with codings already there (Edit ▸ Undo takes it back).</source>
        <translation>Kodiert: %1 hinzugefügt, %2 mit bestehenden Kodierungen zusammengeführt (Bearbeiten ▸ Rückgängig nimmt es zurück).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>ok</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>This backup fails SQLite's integrity check; choose another one</source>
        <translation>Diese Sicherung besteht die Integritätsprüfung von SQLite nicht; wählen Sie eine andere</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored; choose one marked ok.</source>
        <translation>Diese Sicherung ist beschädigt und kann nicht wiederhergestellt werden; wählen Sie eine als „intakt“ markierte.</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <source>Show disagreements</source>
        <translation>Abweichungen anzeigen</translation>
    </message>
    <message>
        <source>Open the disagreements about this code and document (double-click a cell)</source>
        <translation>Die Abweichungen zu diesem Code und Dokument öffnen (Doppelklick auf eine Zelle)</translation>
    </message>
    <message>
        <source>&lt;p style='color:gray'&gt;Select a cell to see the figures behind it.&lt;/p&gt;</source>
        <translation>&lt;p style='color:gray'&gt;Wählen Sie eine Zelle, um die zugrunde liegenden Werte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Pooled over documents</source>
        <translation>Über Dokumente gepoolt</translation>
    </message>
    <message>
        <source>&lt;i&gt;not used here&lt;/i&gt;</source>
        <translation>&lt;i&gt;hier nicht verwendet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht definiert&lt;/i&gt;</translation>
    </message>
    <message>
        <source>95 % interval %1 – %2</source>
        <translation>95-%-Intervall %1 – %2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>A code's own codings (without its sub-codes).</source>
        <translation>Die eigenen Kodierungen eines Codes (ohne seine Subcodes).</translation>
    </message>
    <message>
        <source>A code's own codings (without its sub-codes), split by coder.</source>
        <translation>Die eigenen Kodierungen eines Codes (ohne seine Subcodes), nach Kodierenden aufgeteilt.</translation>
    </message>
    <message>
        <source>How often each code was applied in each document; darker cells mean more codings.</source>
        <translation>Wie oft jeder Code in jedem Dokument vergeben wurde; dunklere Zellen bedeuten mehr Kodierungen.</translation>
    </message>
    <message>
        <source>In how many places passages coded with both codes overlap.</source>
        <translation>An wie vielen Stellen sich Textstellen überschneiden, die mit beiden Codes kodiert sind.</translation>
    </message>
    <message>
        <source>The charts appear here once the report is built.</source>
        <translation>Die Diagramme erscheinen hier, sobald der Bericht erstellt ist.</translation>
    </message>
    <message>
        <source>No codes are in this selection: there is nothing to chart.</source>
        <translation>Diese Auswahl enthält keine Codes: Es gibt nichts darzustellen.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection yet: there is nothing to chart.</source>
        <translation>In dieser Auswahl wurde noch nichts kodiert: Es gibt nichts darzustellen.</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Kodierungen pro Code und Kodierer·in</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Save this chart as an SVG image (for print and further editing) or as a PNG image</source>
        <translation>Dieses Diagramm als SVG-Bild (für den Druck und die Weiterbearbeitung) oder als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-Bild…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>%1 Showing %2.</source>
        <translation>%1 Gezeigt: %2.</translation>
    </message>
    <message>
        <source>No codes are in this selection.</source>
        <translation>Diese Auswahl enthält keine Codes.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection.</source>
        <translation>In dieser Auswahl wurde nichts kodiert.</translation>
    </message>
    <message>
        <source>No documents are in this selection.</source>
        <translation>Diese Auswahl enthält keine Dokumente.</translation>
    </message>
    <message>
        <source>Co-occurrence needs at least two codes.</source>
        <translation>Überschneidungen erfordern mindestens zwei Codes.</translation>
    </message>
    <message>
        <source>No two codes overlap in this selection.</source>
        <translation>In dieser Auswahl überschneiden sich keine zwei Codes.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tick every coder</source>
        <translation>Alle Kodierenden ankreuzen</translation>
    </message>
    <message>
        <source>Untick every coder</source>
        <translation>Haken bei allen Kodierenden entfernen</translation>
    </message>
    <message>
        <source>Tick every document</source>
        <translation>Alle Dokumente ankreuzen</translation>
    </message>
    <message>
        <source>Untick every document</source>
        <translation>Haken bei allen Dokumenten entfernen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>CodeDialogs</name>
    <message>
        <source>Code colour</source>
        <translation>Code-Farbe</translation>
    </message>
</context>
<context>
    <name>CodeTextsDialog</name>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Einschluss:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Ausschluss:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>A short summary, shown after the name</source>
        <translation>Eine kurze Zusammenfassung, die nach dem Namen angezeigt wird</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Was der Code bedeutet</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Wann er vergeben wird</translation>
    </message>
    <message>
        <source>When not to (and what to use instead)</source>
        <translation>Wann nicht (und was stattdessen zu verwenden ist)</translation>
    </message>
    <message>
        <source>A typical quotation</source>
        <translation>Ein typisches Zitat</translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definition von „%1“</translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Codes filtern…</translation>
    </message>
    <message>
        <source>Show only the codes whose name contains this text (the ticks stay as they are)</source>
        <translation>Nur die Codes anzeigen, deren Name diesen Text enthält (die Haken bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>The codes the report covers. A code comes with all of its sub-codes; a half-ticked code is left
out itself (only its ticked sub-codes are in the report).</source>
        <translation>Die Codes, die der Bericht umfasst. Ein Code bringt alle seine Subcodes mit; ein halb angekreuzter Code
selbst fehlt (nur seine angekreuzten Subcodes sind im Bericht).</translation>
    </message>
    <message>
        <source>Tick every code</source>
        <translation>Alle Codes ankreuzen</translation>
    </message>
    <message>
        <source>Untick every code</source>
        <translation>Haken bei allen Codes entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln Kodierung von %1 und seinen Subcodes (alle Kodierenden); %2 vom Code selbst</numerusform>
            <numerusform>%Ln Kodierungen von %1 und seinen Subcodes (alle Kodierenden); %2 vom Code selbst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln Kodierung von %1 und seinen Subcodes (die angekreuzten Kodierenden); %2 vom Code selbst</numerusform>
            <numerusform>%Ln Kodierungen von %1 und seinen Subcodes (die angekreuzten Kodierenden); %2 vom Code selbst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 itself is not in the report: only some of its sub-codes are ticked</source>
        <translation>%1 selbst ist nicht im Bericht: Nur einige seiner Subcodes sind angekreuzt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>CodebookFileHandlers</name>
    <message>
        <source>Import codebook</source>
        <translation>Kodiersystem importieren</translation>
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.docx);;All files (*)</source>
        <translation>Kodiersysteme (*.csv *.xlsx *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import codebook</source>
        <translation>Kodiersystem kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Kodiersystem exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv);;Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export codebook</source>
        <translation>Kodiersystem kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>CodebookFileMessages</name>
    <message numerus="yes">
        <source>Imported %1: %n code(s) added, %2 updated</source>
        <translation>
            <numerusform>%1 importiert: %n Code hinzugefügt, %2 aktualisiert</numerusform>
            <numerusform>%1 importiert: %n Codes hinzugefügt, %2 aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to %1</source>
        <translation>
            <numerusform>%n Code nach %1 exportiert</numerusform>
            <numerusform>%n Codes nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Codings of each code (a collapsed code counts its sub-codes too)</source>
        <translation>Kodierungen jedes Codes (ein zugeklappter Code zählt seine Subcodes mit)</translation>
    </message>
    <message>
        <source>Quick key: %1</source>
        <translation>Schnelltaste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s), %1 with sub-codes</source>
        <translation>
            <numerusform>%n Kodierung, %1 mit Subcodes</numerusform>
            <numerusform>%n Kodierungen, %1 mit Subcodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (shown coders only)</source>
        <translation>%1 (nur angezeigte Kodierende)</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Code „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Move code “%1” under “%2”</source>
        <translation>Code „%1“ unter „%2“ verschieben</translation>
    </message>
    <message>
        <source>Move code “%1” to the top level</source>
        <translation>Code „%1“ auf die oberste Ebene verschieben</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Select a code to see its definition</source>
        <translation>Wählen Sie einen Code aus, um seine Definition zu sehen</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Codes filtern…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>Code the selected text with the current code (or double-click the code)</source>
        <translation>Den markierten Text mit dem aktuellen Code kodieren (oder auf den Code doppelklicken)</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Neuer Code „%1“</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Code umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Code „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Edit definition of “%1”</source>
        <translation>Definition von „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of “%1” will be recoded as “%2”.</source>
        <translation>
            <numerusform>%n Kodierung von „%1“ wird zu „%2“ umkodiert.</numerusform>
            <numerusform>%n Kodierungen von „%1“ werden zu „%2“ umkodiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-code(s) will move under “%1”.</source>
        <translation>
            <numerusform>%n Subcode wird unter „%1“ verschoben.</numerusform>
            <numerusform>%n Subcodes werden unter „%1“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will then be deleted.</source>
        <translation>„%1“ wird anschließend gelöscht.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>„%1“ in „%2“ zusammenführen?</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Codes zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-code(s)?</source>
        <translation>
            <numerusform>„%1“ und seinen %n Subcode löschen?</numerusform>
            <numerusform>„%1“ und seine %n Subcodes löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n Kodierung wird mit gelöscht.</numerusform>
            <numerusform>%n Kodierungen werden mit gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text is coded with it.</source>
        <translation>Kein Text ist damit kodiert.</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Code „%1“ löschen</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>Neuer Code…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>New sub-code…</source>
        <translation>Neuer Subcode…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <source>Edit definition…</source>
        <translation>Definition bearbeiten…</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Ähnliche Textstellen finden</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen in…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Include:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Einschluss:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclude:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ausschluss:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; “%1”</source>
        <translation>&lt;b&gt;Beispiel:&lt;/b&gt; „%1“</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Noch keine Definition.</translation>
    </message>
    <message>
        <source>Add one…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) with sub-codes (%1 directly)</source>
        <translation>
            <numerusform>%n Kodierung mit Subcodes (%1 direkt)</numerusform>
            <numerusform>%n Kodierungen mit Subcodes (%1 direkt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the coders shown</source>
        <translation>%1 von den angezeigten Kodierenden</translation>
    </message>
</context>
<context>
    <name>CoderChecklist</name>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (Konsens)</translation>
    </message>
</context>
<context>
    <name>CoderPairPicker</name>
    <message>
        <source>Coder A</source>
        <translation>Kodierer·in A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Kodierer·in B</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <source>Coder</source>
        <translation>Kodierer·in</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Coder colour</source>
        <translation>Farbe der kodierenden Person</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>A &lt;b&gt;consensus&lt;/b&gt; holds the decisions of adjudication, or a reference coding. Agreement and reports compare the coders; a consensus only when you choose it by name.</source>
        <translation>Ein &lt;b&gt;Konsens&lt;/b&gt; enthält die Konsensentscheidungen oder eine Referenzkodierung. Übereinstimmung und Berichte vergleichen die Kodierenden; einen Konsens nur, wenn Sie ihn namentlich auswählen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Make &amp;consensus</source>
        <translation>Als &amp;Konsens festlegen</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>The colour the comparison view and reports draw this coder in</source>
        <translation>Die Farbe, in der Vergleichsansicht und Berichte diese kodierende Person darstellen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>No colour chosen: views and reports pick one</source>
        <translation>Keine Farbe gewählt: Ansichten und Berichte wählen eine aus</translation>
    </message>
    <message>
        <source>Drawn in %1</source>
        <translation>Dargestellt in %1</translation>
    </message>
    <message>
        <source>Make &amp;coder</source>
        <translation>Als &amp;Kodierer·in festlegen</translation>
    </message>
    <message>
        <source>Compare this coder again with the others</source>
        <translation>Diese kodierende Person wieder mit den anderen vergleichen</translation>
    </message>
    <message>
        <source>Leave it out of "all coders": it holds decisions, not independent coding</source>
        <translation>Aus „alle Kodierenden“ herausnehmen: enthält Entscheidungen, keine unabhängige Kodierung</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Kodierer·in hinzufügen</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Name der kodierenden Person:</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Kodierer·in %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename coder</source>
        <translation>Kodierer·in umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Rename coder %1</source>
        <translation>Kodierer·in %1 umbenennen</translation>
    </message>
    <message>
        <source>Make %1 a coder</source>
        <translation>%1 als Kodierer·in festlegen</translation>
    </message>
    <message>
        <source>Make %1 a consensus</source>
        <translation>%1 als Konsens festlegen</translation>
    </message>
    <message>
        <source>Colour coder %1</source>
        <translation>Farbe für %1 festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete coder %1 and their %n coding(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>Kodierer·in %1 und deren %n Kodierung löschen? (Rückgängig stellt sie wieder her.)</numerusform>
            <numerusform>Kodierer·in %1 und deren %n Kodierungen löschen? (Rückgängig stellt sie wieder her.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete coder %1? (Undo brings them back.)</source>
        <translation>Kodierer·in %1 löschen? (Rückgängig stellt sie wieder her.)</translation>
    </message>
    <message>
        <source>Delete coder</source>
        <translation>Kodierer·in löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete coder %1</source>
        <translation>Kodierer·in %1 löschen</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>The selection is only white space: nothing was coded</source>
        <translation>Die Auswahl enthält nur Leerraum: Es wurde nichts kodiert</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation>Markieren Sie zuerst Text und wählen Sie dann einen Code</translation>
    </message>
    <message>
        <source>Add a coder first (Project ▸ Coders)</source>
        <translation>Fügen Sie zuerst eine kodierende Person hinzu (Projekt ▸ Kodierende)</translation>
    </message>
    <message>
        <source>Apply code %1</source>
        <translation>Code %1 vergeben</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) with %1</source>
        <translation>
            <numerusform>%n Zeichen mit %1 kodiert</numerusform>
            <numerusform>%n Zeichen mit %1 kodiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No code has the number %1</source>
        <translation>Kein Code hat die Nummer %1</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K</source>
        <translation>Markieren Sie zuerst Text und drücken Sie dann Ctrl+K</translation>
    </message>
    <message>
        <source>Select the words to use as the code's name</source>
        <translation>Markieren Sie die Wörter, die als Name des Codes dienen sollen</translation>
    </message>
    <message>
        <source>The selection has no words to name a code after</source>
        <translation>Die Auswahl enthält keine Wörter, nach denen ein Code benannt werden könnte</translation>
    </message>
    <message>
        <source>Add a coder first</source>
        <translation>Fügen Sie zuerst eine kodierende Person hinzu</translation>
    </message>
    <message>
        <source>In-vivo code %1</source>
        <translation>In-vivo-Code %1</translation>
    </message>
    <message>
        <source>Select some text first, then create a code for it</source>
        <translation>Markieren Sie zuerst Text und erstellen Sie dann einen Code dafür</translation>
    </message>
    <message>
        <source>Code with new code %1</source>
        <translation>Mit neuem Code %1 kodieren</translation>
    </message>
    <message>
        <source>Click a coding (its stripe) to select it first</source>
        <translation>Klicken Sie zuerst auf eine Kodierung (ihren Streifen), um sie auszuwählen</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Kodierung entfernen</translation>
    </message>
    <message>
        <source>Change code of coding</source>
        <translation>Code der Kodierung ändern</translation>
    </message>
</context>
<context>
    <name>CodingGestures</name>
    <message>
        <source>To code the selection, double-click the code (or press Enter, or Code)</source>
        <translation>Zum Kodieren der Auswahl doppelklicken Sie auf den Code (oder drücken Sie Enter bzw. „Kodieren“)</translation>
    </message>
    <message>
        <source>Select some text first, then double-click a code</source>
        <translation>Markieren Sie zuerst Text und doppelklicken Sie dann auf einen Code</translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation>Code ändern…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Kodierung entfernen</translation>
    </message>
    <message>
        <source>Code with “%1”</source>
        <translation>Mit „%1“ kodieren</translation>
    </message>
    <message>
        <source>Quick code…</source>
        <translation>Schnell kodieren…</translation>
    </message>
    <message>
        <source>Code with a new code…</source>
        <translation>Mit neuem Code kodieren…</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>In-vivo kodieren</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Ähnliche Textstellen finden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>CodingMemoDialog</name>
    <message>
        <source>Memo on coding — %1</source>
        <translation>Memo zur Kodierung — %1</translation>
    </message>
    <message>
        <source>In “%1”, coded by %2</source>
        <translation>In „%1“, kodiert von %2</translation>
    </message>
    <message>
        <source>The coded text</source>
        <translation>Der kodierte Text</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>Why this passage was coded so, doubts, ideas…</source>
        <translation>Warum diese Textstelle so kodiert wurde, Zweifel, Ideen…</translation>
    </message>
    <message>
        <source>The memo of this coding (Ctrl+Enter saves)</source>
        <translation>Das Memo dieser Kodierung (Ctrl+Enter speichert)</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Memo speichern (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schließen, ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>Memo zur Kodierung bearbeiten</translation>
    </message>
</context>
<context>
    <name>CodingTooltip</name>
    <message numerus="yes">
        <source>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character(s))</source>
        <translation>
            <numerusform>Kodierer·in: %1 &amp;middot; %2&amp;ndash;%3 (%n Zeichen)</numerusform>
            <numerusform>Kodierer·in: %1 &amp;middot; %2&amp;ndash;%3 (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>≥ %1 reliable</source>
        <translation>≥ %1 reliabel</translation>
    </message>
    <message>
        <source>%1 – %2 tentative</source>
        <translation>%1 – %2 vorläufig</translation>
    </message>
    <message>
        <source>&lt; %1 unreliable</source>
        <translation>&lt; %1 nicht reliabel</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Intervals are computed for α and κ, not for % agreement.</source>
        <translation>Intervalle werden für α und κ berechnet, nicht für die prozentuale Übereinstimmung.</translation>
    </message>
    <message>
        <source>mean pairwise percent agreement</source>
        <translation>mittlere paarweise prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in %2.</source>
        <translation>Keine der verglichenen kodierenden Personen hat „%1“ in %2 vergeben.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Alle Codes (%1)</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in any document.</source>
        <translation>Keine der verglichenen kodierenden Personen hat „%1“ in irgendeinem Dokument vergeben.</translation>
    </message>
    <message>
        <source>No compared coder applied any code here.</source>
        <translation>Keine der verglichenen kodierenden Personen hat hier einen Code vergeben.</translation>
    </message>
    <message>
        <source>No interval for the mean over pairs.</source>
        <translation>Kein Intervall für den Mittelwert über die Paare.</translation>
    </message>
    <message>
        <source>undefined in every resample</source>
        <translation>in jeder Bootstrap-Stichprobe nicht definiert</translation>
    </message>
    <message>
        <source>%1 of %2 resamples defined; P(below %3) = %4, P(below %5) = %6</source>
        <translation>%1 von %2 Stichproben definiert; P(unter %3) = %4, P(unter %5) = %6</translation>
    </message>
    <message>
        <source>undefined for every pair of coders</source>
        <translation>für jedes Paar von Kodierenden nicht definiert</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>pooled over documents</source>
        <translation>über die Dokumente gepoolt</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders</source>
        <translation>
            <numerusform>alle %n Kodierenden</numerusform>
            <numerusform>alle %n Kodierenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used here.</source>
        <translation>Hier nicht verwendet.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;undefined&lt;/b&gt; — %2</source>
        <translation>%1: &lt;b&gt;nicht definiert&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Prevalence: %1 of the characters coded</source>
        <translation>Prävalenz: %1 der Zeichen kodiert</translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation>95-%-Intervall: %1 – %2</translation>
    </message>
    <message>
        <source>Mean pooled percent agreement</source>
        <translation>Mittlere gepoolte prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Codes either used</source>
        <translation>Von einer Seite verwendete Codes</translation>
    </message>
    <message>
        <source>One-sided codes</source>
        <translation>Einseitige Codes</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Characters both coded</source>
        <translation>Von beiden kodierte Zeichen</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Von keiner Seite</translation>
    </message>
    <message>
        <source>Segments matched</source>
        <translation>Übereinstimmende Segmente</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Kodierenden</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>Auslassung</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwechslung</translation>
    </message>
    <message>
        <source>Both coded the same code here, over different extents.</source>
        <translation>Beide haben hier denselben Code vergeben, aber mit unterschiedlicher Ausdehnung.</translation>
    </message>
    <message>
        <source>Only one coder coded this passage with this code.</source>
        <translation>Nur eine kodierende Person hat diese Textstelle mit diesem Code kodiert.</translation>
    </message>
    <message>
        <source>The coders gave overlapping passages different codes.</source>
        <translation>Die Kodierenden haben überlappenden Textstellen unterschiedliche Codes gegeben.</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>A übernehmen</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>B übernehmen</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Vereinigung</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>Schnittmenge</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Both coded “%1”, over different extents.</source>
        <translation>Beide haben „%1“ kodiert, mit unterschiedlicher Ausdehnung.</translation>
    </message>
    <message>
        <source>%1 coded “%2” where %3 coded “%4”.</source>
        <translation>%1 hat „%2“ kodiert, wo %3 „%4“ kodiert hat.</translation>
    </message>
    <message>
        <source>Only %1 coded “%2” here; %3 did not.</source>
        <translation>Nur %1 hat hier „%2“ kodiert, %3 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%Ln character(s))</source>
        <translation>
            <numerusform>%1–%2 (%Ln Zeichen)</numerusform>
            <numerusform>%1–%2 (%Ln Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>α, κ or % agreement by code and document</source>
        <translation>α, κ oder %-Übereinstimmung nach Code und Dokument</translation>
    </message>
    <message>
        <source>Where two coders differ, side by side, and adjudication</source>
        <translation>Wo zwei Kodierende abweichen, nebeneinander, und Konsensentscheidung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Trim whitespace at coding ends</source>
        <translation>Leerraum an Kodierungsenden entfernen</translation>
    </message>
    <message>
        <source>Move each coding's ends inward past spaces and line breaks before comparing</source>
        <translation>Vor dem Vergleich die Enden jeder Kodierung über Leerzeichen und Zeilenumbrüche nach innen verschieben</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>No disagreement there: the coders agree on it</source>
        <translation>Dort keine Abweichung: Die Kodierenden stimmen überein</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Compare coders — %1 — Accord</source>
        <translation>Kodierende vergleichen — %1 — Accord</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Project damaged</source>
        <translation>Projekt beschädigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged&lt;/b&gt;: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 ist beschädigt&lt;/b&gt;: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest backup that passes the integrity check is from %1. Restore it to go on from there; the damaged file is kept beside it, renamed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die neueste Sicherung, die die Integritätsprüfung besteht, stammt vom %1. Stellen Sie sie wieder her, um von dort aus weiterzuarbeiten; die beschädigte Datei bleibt umbenannt daneben erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None of its backups passes the integrity check. Show them to look, or restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine seiner Sicherungen besteht die Integritätsprüfung. Lassen Sie sich die Sicherungen anzeigen, oder stellen Sie eine anderswo aufbewahrte Kopie mit „Aus Sicherung wiederherstellen…“ auf der Startseite wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It has no backups. Restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es hat keine Sicherungen. Stellen Sie eine anderswo aufbewahrte Kopie mit „Aus Sicherung wiederherstellen…“ auf der Startseite wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show backups…</source>
        <translation>Sicherungen anzeigen…</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Accept &amp;A</source>
        <translation>&amp;A übernehmen</translation>
    </message>
    <message>
        <source>Accept &amp;B</source>
        <translation>&amp;B übernehmen</translation>
    </message>
    <message>
        <source>&amp;Union</source>
        <translation>Vereinig&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation>Schn&amp;ittmenge</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>Weder &amp;noch</translation>
    </message>
    <message>
        <source>The code “Edit” gives the passage selected in either text</source>
        <translation>Der Code, den „Bearbeiten“ der in einem der beiden Texte markierten Textstelle gibt</translation>
    </message>
    <message>
        <source>The coder the decisions are written to (created if needed)</source>
        <translation>Die kodierende Person, unter der die Entscheidungen gespeichert werden (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>Note on this decision (optional, kept with it)</source>
        <translation>Notiz zu dieser Entscheidung (optional, wird mit ihr gespeichert)</translation>
    </message>
    <message>
        <source>Consensus coder</source>
        <translation>Konsens-Kodierer·in</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Accept &amp;A · %1</source>
        <translation>&amp;A übernehmen · %1</translation>
    </message>
    <message>
        <source>Accept &amp;B · %1</source>
        <translation>&amp;B übernehmen · %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;The consensus coder must be someone other than %1 and %2.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Konsens-Kodierer·in muss eine andere Person als %1 und %2 sein.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:%1'&gt;✓ Decided&lt;/b&gt;</source>
        <translation>&lt;b style='color:%1'&gt;✓ Entschieden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not decided yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch nicht entschieden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has here: %2</source>
        <translation>%1 hat hier: %2</translation>
    </message>
    <message>
        <source>%1 has nothing here</source>
        <translation>%1 hat hier nichts</translation>
    </message>
    <message>
        <source>Edit would use the passage selected in %1: %2–%3</source>
        <translation>„Bearbeiten“ würde die in %1 markierte Textstelle verwenden: %2–%3</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Select the consensus passage in either text first, pick its code beside “Edit”, then press Edit.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Markieren Sie zuerst die Konsens-Textstelle in einem der beiden Texte, wählen Sie ihren Code neben „Bearbeiten“ und drücken Sie dann „Bearbeiten“.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Give the code chosen beside this button to the passage you selected in either text (Alt+E)</source>
        <translation>Der in einem der beiden Texte markierten Textstelle den neben dieser Schaltfläche gewählten Code geben (Alt+E)</translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation>%1 an %2–%3</translation>
    </message>
    <message>
        <source>%1: the consensus gets %2 (Alt+%3)</source>
        <translation>%1: Der Konsens erhält %2 (Alt+%3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Accord projects (*.accord);;All files (*)</source>
        <translation>Accord-Projekte (*.accord);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>DisagreementHeading</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <source>Previous disagreement (K or Alt+Up)</source>
        <translation>Vorherige Abweichung (K oder Alt+Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächste ▶</translation>
    </message>
    <message>
        <source>Next disagreement (J or Alt+Down)</source>
        <translation>Nächste Abweichung (J oder Alt+Down)</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nothing to show&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nichts anzuzeigen&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All decided: untick “Hide decided” to see them again.</source>
        <translation>Alle entschieden: Entfernen Sie den Haken bei „Entschiedene ausblenden“, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <source>These coders do not disagree anywhere.</source>
        <translation>Diese Kodierenden weichen nirgends voneinander ab.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln strittiges Zeichen</numerusform>
            <numerusform>%Ln strittige Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>No confusions: wherever these coders' spans overlap, they share a code.</source>
        <translation>Keine Verwechslungen: Wo sich die Abschnitte dieser Kodierenden überschneiden, teilen sie einen Code.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n entschieden</numerusform>
            <numerusform>%n entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>all decided</source>
        <translation>alle entschieden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3–%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2, %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln strittiges Zeichen</numerusform>
            <numerusform>%Ln strittige Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ decided&lt;/b&gt;</source>
        <translation>&lt;b&gt;✓ entschieden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere: no disagreements.</source>
        <translation>%1 und %2 stimmen überall überein: keine Abweichungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n boundary</source>
        <translation>
            <numerusform>%n Grenzabweichung</numerusform>
            <numerusform>%n Grenzabweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omission</source>
        <translation>
            <numerusform>%n Auslassung</numerusform>
            <numerusform>%n Auslassungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion</source>
        <translation>
            <numerusform>%n Verwechslung</numerusform>
            <numerusform>%n Verwechslungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n disagreement(s)&lt;/b&gt; between %1 and %2, largest first: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n Abweichung&lt;/b&gt; zwischen %1 und %2, größte zuerst: %3</numerusform>
            <numerusform>&lt;b&gt;%n Abweichungen&lt;/b&gt; zwischen %1 und %2, größte zuerst: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided hidden</source>
        <translation>
            <numerusform>%n entschiedene ausgeblendet</numerusform>
            <numerusform>%n entschiedene ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion(s)</source>
        <translation>
            <numerusform>%n Verwechslung</numerusform>
            <numerusform>%n Verwechslungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) overlapping</source>
        <translation>
            <numerusform>%Ln überlappendes Zeichen</numerusform>
            <numerusform>%Ln überlappende Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation>Klicken, um zur ersten zu springen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusions&lt;/b&gt; &lt;span style='color:gray'&gt;— rows: %1's code, columns: %2's code&lt;/span&gt;</source>
        <translation>&lt;b&gt;Verwechslungen&lt;/b&gt; &lt;span style='color:gray'&gt;— Zeilen: Code von %1, Spalten: Code von %2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DisagreementsPanel</name>
    <message>
        <source>Group by kind</source>
        <translation>Nach Art gruppieren</translation>
    </message>
    <message>
        <source>Boundary, omission and confusion disagreements apart (each largest first)</source>
        <translation>Grenzabweichungen, Auslassungen und Verwechslungen getrennt (jeweils größte zuerst)</translation>
    </message>
    <message>
        <source>Hide decided</source>
        <translation>Entschiedene ausblenden</translation>
    </message>
    <message>
        <source>Leave out the disagreements already decided</source>
        <translation>Bereits entschiedene Abweichungen weglassen</translation>
    </message>
    <message>
        <source>%v of %m decided</source>
        <translation>%v von %m entschieden</translation>
    </message>
    <message>
        <source>Disagreements need two coders.</source>
        <translation>Abweichungen erfordern zwei Kodierende.</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Wählen Sie zwei verschiedene Kodierende.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation>nichts zu entscheiden</translation>
    </message>
    <message>
        <source>Pick two coders above; a coder's work comes in with File ▸ Merge coders' projects.</source>
        <translation>Wählen Sie oben zwei Kodierende; die Arbeit einer kodierenden Person kommt über Datei ▸ Projekte der Kodierenden zusammenführen hinzu.</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>Grenzabweichung</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>Auslassung</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>Verwechslung</translation>
    </message>
    <message>
        <source>Adjudicate %1 (accept %2)</source>
        <translation>Konsensentscheidung: %1 (%2 übernehmen)</translation>
    </message>
    <message>
        <source>union</source>
        <translation>Vereinigung</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>Schnittmenge</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>weder noch</translation>
    </message>
    <message>
        <source>Adjudicate %1 (%2)</source>
        <translation>Konsensentscheidung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Resize coding</source>
        <translation>Länge der Kodierung ändern</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher·innen</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Dokumente filtern…</translation>
    </message>
    <message>
        <source>Show documents whose name or attributes contain this text</source>
        <translation>Dokumente anzeigen, deren Name oder Attribute diesen Text enthalten</translation>
    </message>
    <message>
        <source>Show only one speaker's turns in the text</source>
        <translation>Nur die Redebeiträge einer sprechenden Person im Text anzeigen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher·in</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>Memos…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attribute…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The files to import; select one to preview it</source>
        <translation>Die zu importierenden Dateien; wählen Sie eine für die Vorschau aus</translation>
    </message>
    <message>
        <source>No files yet.
Click “Add files…” or drop files here.

Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files,
and transcripts with speakers and times (.vtt from Zoom or Teams, .srt).</source>
        <translation>Noch keine Dateien.
Klicken Sie auf „Dateien hinzufügen…“ oder ziehen Sie Dateien hierher.

Accord liest .txt-, .md-, .docx-, .pdf-, .html-, .odt- und .rtf-Dateien
sowie Transkripte mit Sprecher·innen und Zeiten (.vtt aus Zoom oder Teams, .srt).</translation>
    </message>
    <message>
        <source>%1
Ticked files are imported</source>
        <translation>%1
Angekreuzte Dateien werden importiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Gelesen als %1</translation>
    </message>
    <message>
        <source>A .%1 file carries its own encoding</source>
        <translation>Eine .%1-Datei bringt ihren eigenen Zeichensatz mit</translation>
    </message>
    <message>
        <source>%1: tick it to import it anyway</source>
        <translation>%1: ankreuzen, um sie trotzdem zu importieren</translation>
    </message>
    <message>
        <source>The project already has this text; a ticked file is imported anyway</source>
        <translation>Das Projekt enthält diesen Text bereits; eine angekreuzte Datei wird trotzdem importiert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unticked: not imported</source>
        <translation>Nicht angekreuzt: wird nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence will be joined</source>
        <translation>
            <numerusform>%Ln mitten im Satz umbrochene Zeile wird verbunden</numerusform>
            <numerusform>%Ln mitten im Satz umbrochene Zeilen werden verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence found</source>
        <translation>
            <numerusform>%Ln mitten im Satz umbrochene Zeile gefunden</numerusform>
            <numerusform>%Ln mitten im Satz umbrochene Zeilen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln Sprecher·in</numerusform>
            <numerusform>%Ln Sprecher·innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message numerus="yes">
        <source>imported as '%1', %Ln line(s) joined</source>
        <translation>
            <numerusform>importiert als „%1“, %Ln Zeile verbunden</numerusform>
            <numerusform>importiert als „%1“, %Ln Zeilen verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Replace these line breaks with spaces before importing (for text copied from PDFs or web pages).
A document's text never changes once imported, so decide now.</source>
        <translation>Diese Zeilenumbrüche vor dem Import durch Leerzeichen ersetzen (für Text aus PDFs oder Webseiten).
Der Text eines Dokuments ändert sich nach dem Import nie mehr – entscheiden Sie also jetzt.</translation>
    </message>
    <message>
        <source>The beginning of the text as it will be imported</source>
        <translation>Der Anfang des Textes, wie er importiert wird</translation>
    </message>
    <message>
        <source>Select a file to see the beginning of its text.</source>
        <translation>Wählen Sie eine Datei, um den Anfang ihres Textes zu sehen.</translation>
    </message>
    <message>
        <source>Each line break found in mid-sentence; ⏎ marks where the lines would be joined</source>
        <translation>Jeder mitten im Satz gefundene Zeilenumbruch; ⏎ markiert, wo die Zeilen verbunden würden</translation>
    </message>
    <message>
        <source>Speakers found (untick any that is not one):</source>
        <translation>Gefundene Sprecher·innen (Haken entfernen, wo es keine sind):</translation>
    </message>
    <message>
        <source>Lines starting with a ticked name open that speaker's turns.
Untick a name that is not a speaker ("By:", "Edition:"): its lines are kept as text.</source>
        <translation>Zeilen, die mit einem angekreuzten Namen beginnen, eröffnen Redebeiträge dieser Person.
Entfernen Sie den Haken bei Namen, die keine Sprecher·innen sind („Von:“, „Ausgabe:“): Deren Zeilen bleiben als Text erhalten.</translation>
    </message>
    <message>
        <source>Ticked: it will be imported anyway.</source>
        <translation>Angekreuzt: wird trotzdem importiert.</translation>
    </message>
    <message>
        <source>Tick it in the list above to import it anyway.</source>
        <translation>Kreuzen Sie sie in der Liste oben an, um sie trotzdem zu importieren.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Add files to see what will be imported.</source>
        <translation>Fügen Sie Dateien hinzu, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Diese Datei kann nicht importiert werden:</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s)]</source>
        <translation>
            <numerusform>[… %Ln weiteres Zeichen]</numerusform>
            <numerusform>[… %Ln weitere Zeichen]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Join %Ln line(s) broken mid-sentence</source>
        <translation>
            <numerusform>%Ln mitten im Satz umbrochene Zeile &amp;verbinden</numerusform>
            <numerusform>%Ln mitten im Satz umbrochene Zeilen &amp;verbinden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln Sprecher·in</numerusform>
            <numerusform>%Ln Sprecher·innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s)</source>
        <translation>
            <numerusform>%Ln Redebeitrag</numerusform>
            <numerusform>%Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript recognised: %1</source>
        <translation>Transkript erkannt: %1</translation>
    </message>
    <message>
        <source>Speakers and times come from the file; each turn is stored as "Name: text" with its times.</source>
        <translation>Sprecher·innen und Zeiten stammen aus der Datei; jeder Redebeitrag wird als „Name: Text“ mit seinen Zeiten gespeichert.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with Accord</source>
        <translation>Erste Schritte mit Accord</translation>
    </message>
    <message>
        <source>The guide could not be read: %s</source>
        <translation>Die Anleitung konnte nicht gelesen werden: %s</translation>
    </message>
</context>
<context>
    <name>HeatWindow</name>
    <message>
        <source>Coders:</source>
        <translation>Kodierende:</translation>
    </message>
</context>
<context>
    <name>ImportCodebookDialog</name>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>inclusion</source>
        <translation>Einschluss</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Kodiersystem importieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Update conflicting codes (the file's values replace the project's)</source>
        <translation>Codes mit Konflikten aktualisieren (die Werte der Datei ersetzen die des Projekts)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) to add</source>
        <translation>
            <numerusform>%n neuer Code</numerusform>
            <numerusform>%n neue Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the codebook</source>
        <translation>
            <numerusform>%n bereits im Kodiersystem</numerusform>
            <numerusform>%n bereits im Kodiersystem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Conflicting codes are left as they are unless you tick the box below.</source>
        <translation>Codes mit Konflikten bleiben unverändert, sofern Sie das Kästchen unten nicht ankreuzen.</translation>
    </message>
    <message>
        <source>Nothing to import: the codebook already has every code of this file.</source>
        <translation>Nichts zu importieren: Das Kodiersystem enthält bereits alle Codes dieser Datei.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <source>(no definition)</source>
        <translation>(keine Definition)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>weicht ab in: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 here → %2 in the file</source>
        <translation>%1 hier → %2 in der Datei</translation>
    </message>
    <message>
        <source>Already in the codebook</source>
        <translation>Bereits im Kodiersystem</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>Kodiersystem %1 importieren</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;OpenDocument (*.odt);;Rich text (*.rtf);;Transcripts and subtitles (*.vtt *.srt *.txt);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Reiner Text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Webseiten (*.html *.htm);;OpenDocument (*.odt);;Rich Text (*.rtf);;Transkripte und Untertitel (*.vtt *.srt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Check what Accord read from each file; nothing is added to the project until you press &lt;b&gt;Import&lt;/b&gt;.</source>
        <translation>Prüfen Sie, was Accord aus jeder Datei gelesen hat; dem Projekt wird nichts hinzugefügt, bevor Sie &lt;b&gt;Importieren&lt;/b&gt; drücken.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose files to import (Ctrl+O); you can also drop files on this window</source>
        <translation>Dateien zum Importieren wählen (Ctrl+O); Sie können Dateien auch auf dieses Fenster ziehen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Leave the selected file out of the import (Del)</source>
        <translation>Die ausgewählte Datei vom Import ausnehmen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Add the files that could be read to the project</source>
        <translation>Die lesbaren Dateien dem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>Schließen, ohne zu importieren (Esc)</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Dateien zum Importieren hinzufügen</translation>
    </message>
    <message>
        <source>same text as %1, above</source>
        <translation>gleicher Text wie %1, oben</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 von %n Datei importiert.</numerusform>
            <numerusform>%1 von %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n bereit</numerusform>
            <numerusform>%n bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n bereits im Projekt</numerusform>
            <numerusform>%n bereits im Projekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the list</source>
        <translation>
            <numerusform>%n doppelt in der Liste</numerusform>
            <numerusform>%n doppelt in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n nicht angekreuzt</numerusform>
            <numerusform>%n nicht angekreuzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import attributes from %1</source>
        <translation>Attribute aus %1 importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Documents are named in the column</source>
        <translation>Dokumentnamen stehen in der Spalte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match a document.</source>
        <translation>
            <numerusform>Einem Dokument zugeordnet: %1 von %n Zeile.</numerusform>
            <numerusform>Einem Dokument zugeordnet: %1 von %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import sets %n value(s) (%1 already as in the file).</source>
        <translation>
            <numerusform>Der Import setzt %n Wert (%1 bereits wie in der Datei).</numerusform>
            <numerusform>Der Import setzt %n Werte (%1 bereits wie in der Datei).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) leave values as they are.</source>
        <translation>
            <numerusform>%n leere Zelle lässt Werte unverändert.</numerusform>
            <numerusform>%n leere Zellen lassen Werte unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched documents (%1)</source>
        <translation>Zugeordnete Dokumente (%1)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Values to set (%1)</source>
        <translation>Zu setzende Werte (%1)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Derzeit</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Nach dem Import</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Attribute (%1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Unmatched rows (%1)</source>
        <translation>Nicht zugeordnete Zeilen (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Empty cells (%1)</source>
        <translation>Leere Zellen (%1)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>not imported: unticked</source>
        <translation>nicht importiert: nicht angekreuzt</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>konnte nicht gelesen werden (%1: %2)</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>could not be stored (%1: %2)</source>
        <translation>konnte nicht gespeichert werden (%1: %2)</translation>
    </message>
    <message>
        <source>imported as '%1'</source>
        <translation>importiert als „%1“</translation>
    </message>
    <message>
        <source>not imported: cancelled</source>
        <translation>nicht importiert: abgebrochen</translation>
    </message>
</context>
<context>
    <name>IntervalControls</name>
    <message>
        <source>resamples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Bootstrap resamples of the documents (seeded, so the same every time)</source>
        <translation>Bootstrap-Stichproben der Dokumente (mit festem Seed, daher jedes Mal gleich)</translation>
    </message>
    <message>
        <source>by document</source>
        <translation>nach Dokument</translation>
    </message>
    <message>
        <source>by speaker turn</source>
        <translation>nach Redebeitrag</translation>
    </message>
    <message>
        <source>What the bootstrap resamples. Documents are the safe choice; with fewer than 10, speaker turns give more resamples, but turns of one conversation are not independent, so their intervals come out narrower.</source>
        <translation>Was der Bootstrap zieht. Dokumente sind die sichere Wahl; bei weniger als 10 ergeben Redebeiträge mehr Stichproben, doch Redebeiträge eines Gesprächs sind nicht unabhängig, daher fallen ihre Intervalle enger aus.</translation>
    </message>
    <message>
        <source>Compute intervals</source>
        <translation>Intervalle berechnen</translation>
    </message>
    <message>
        <source>Bootstrap 95 % intervals of the pooled figures, resampling documents</source>
        <translation>Bootstrap-95-%-Intervalle der gepoolten Kennwerte, durch Ziehen von Dokumenten</translation>
    </message>
    <message>
        <source>Computing intervals…</source>
        <translation>Intervalle werden berechnet…</translation>
    </message>
    <message>
        <source>Figures changed: compute the intervals again</source>
        <translation>Kennwerte geändert: Intervalle neu berechnen</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Keine Intervalle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples of speaker turns · seed %1</source>
        <translation>
            <numerusform>%Ln Stichprobe der Redebeiträge · Seed %1</numerusform>
            <numerusform>%Ln Stichproben der Redebeiträge · Seed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples · seed %1</source>
        <translation>
            <numerusform>%Ln Stichprobe · Seed %1</numerusform>
            <numerusform>%Ln Stichproben · Seed %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Accord next starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Accord.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>Alle Kodierenden</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Find in this document (Enter: next, Shift+Enter: previous)</source>
        <translation>In diesem Dokument suchen (Enter: nächster Treffer, Shift+Enter: vorheriger)</translation>
    </message>
    <message>
        <source>Retrieved segments</source>
        <translation>Abgerufene Segmente</translation>
    </message>
    <message>
        <source>Find in all documents</source>
        <translation>In allen Dokumenten suchen</translation>
    </message>
    <message>
        <source>Select a code in the codebook first</source>
        <translation>Wählen Sie zuerst einen Code im Kodiersystem aus</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename document %1</source>
        <translation>Dokument %1 umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n coding(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>„%1“ und seine %n Kodierung löschen?
Sie können dies mit Ctrl+Z rückgängig machen.</numerusform>
            <numerusform>„%1“ und seine %n Kodierungen löschen?
Sie können dies mit Ctrl+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation>Dokument %1 löschen</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Kodierer·in hinzufügen</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Name der kodierenden Person:</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Kodierer·in %1 hinzufügen</translation>
    </message>
    <message>
        <source>Apply favourite code 1–9 (in the text)</source>
        <translation>Favoriten-Code 1–9 anwenden (im Text)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>desktop bundle</source>
        <translation>Desktop-Paket</translation>
    </message>
    <message>
        <source>installed from source</source>
        <translation>aus dem Quellcode installiert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sample project and data</source>
        <translation>Beispielprojekt und Daten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>none (%1 cannot be written)</source>
        <translation>keines (%1 ist nicht beschreibbar)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>before an upgrade, next to the project (NAME.before-upgrade-from-vN.….accord)</source>
        <translation>vor einem Upgrade, neben dem Projekt (NAME.before-upgrade-from-vN.….accord)</translation>
    </message>
    <message>
        <source>Qualitative coding and inter-coder agreement.</source>
        <translation>Qualitatives Kodieren und Intercoder-Übereinstimmung.</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>Über Accord</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Accord</source>
        <translation>%1 — %2 (schreibgeschützt) — Accord</translation>
    </message>
    <message>
        <source>%1 — %2 — Accord</source>
        <translation>%1 — %2 — Accord</translation>
    </message>
    <message numerus="yes">
        <source>Selection %1–%2 (%n character(s))</source>
        <translation>
            <numerusform>Auswahl %1–%2 (%n Zeichen)</numerusform>
            <numerusform>Auswahl %1–%2 (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>Kodieren als %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this document</source>
        <translation>
            <numerusform>%n Kodierung in diesem Dokument</numerusform>
            <numerusform>%n Kodierungen in diesem Dokument</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <source>% agreement also counts the characters nobody coded, so it runs high; coloured at %1 % and %2 %.</source>
        <translation>Die %-Übereinstimmung zählt auch die Zeichen, die niemand kodiert hat, und fällt daher hoch aus; eingefärbt ab %1 % und %2 %.</translation>
    </message>
    <message>
        <source>Thresholds after Krippendorff (2004). Hover a cell for its basis; an undefined figure says why.</source>
        <translation>Schwellenwerte nach Krippendorff (2004). Zeigen Sie auf eine Zelle, um ihre Grundlage zu sehen; ein nicht definierter Wert nennt den Grund.</translation>
    </message>
    <message>
        <source>Prevalence is the mean share of characters the coders coded. Double-click a cell to see its disagreements.</source>
        <translation>Die Prävalenz ist der mittlere Anteil der von den Kodierenden kodierten Zeichen. Doppelklicken Sie auf eine Zelle, um ihre Abweichungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Gepoolt</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prävalenz</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Pooled over documents (character counts summed)</source>
        <translation>Über Dokumente gepoolt (Zeichenzahlen addiert)</translation>
    </message>
    <message>
        <source>Mean share of the characters the compared coders coded with the code (pooled over documents); low prevalence makes α and κ fragile</source>
        <translation>Mittlerer Anteil der Zeichen, die die verglichenen Kodierenden mit dem Code kodiert haben (über Dokumente gepoolt); geringe Prävalenz macht α und κ instabil</translation>
    </message>
    <message>
        <source>Bootstrap 95 % interval of the pooled figure (resampling documents); use “Compute intervals”</source>
        <translation>Bootstrap-95-%-Intervall des gepoolten Werts (Stichproben aus Dokumenten); „Intervalle berechnen“ verwenden</translation>
    </message>
    <message>
        <source>%1: the compared coders coded %2 of the characters on average</source>
        <translation>%1: Die verglichenen Kodierenden haben im Mittel %2 der Zeichen kodiert</translation>
    </message>
    <message>
        <source>Use “Compute intervals” for bootstrap intervals</source>
        <translation>Für Bootstrap-Intervalle „Intervalle berechnen“ verwenden</translation>
    </message>
    <message>
        <source>Every code at once: De Vries et al.'s pooled κ (observed and expected agreement averaged over the codes either coder used)</source>
        <translation>Alle Codes zugleich: gepooltes κ nach De Vries et al. (beobachtete und erwartete Übereinstimmung, gemittelt über die Codes, die mindestens eine der beiden kodierenden Personen verwendet hat)</translation>
    </message>
    <message>
        <source>Every code at once: % agreement averaged over the codes either coder used</source>
        <translation>Alle Codes zugleich: %-Übereinstimmung, gemittelt über die Codes, die mindestens eine der beiden kodierenden Personen verwendet hat</translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <source>Code matrix</source>
        <translation>Code-Matrix</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Presence (1 or 0)</source>
        <translation>Vorkommen (1 oder 0)</translation>
    </message>
    <message>
        <source>Coverage (% of characters)</source>
        <translation>Abdeckung (% der Zeichen)</translation>
    </message>
    <message>
        <source>Words covered</source>
        <translation>Abgedeckte Wörter</translation>
    </message>
    <message>
        <source>e.g. 30,45,60 (numbers only)</source>
        <translation>z. B. 30,45,60 (nur Zahlen)</translation>
    </message>
    <message>
        <source>Roll sub-codes into their parents</source>
        <translation>Subcodes in Obercodes zusammenfassen</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Zellen:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher·innen</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
    <message>
        <source>Bins are numbers separated by commas, e.g. 30,45,60</source>
        <translation>Klassen sind durch Kommas getrennte Zahlen, z. B. 30,45,60</translation>
    </message>
    <message>
        <source>Click a cell to list its passages.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Textstellen aufzulisten.</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export the matrix as a picture</source>
        <translation>Matrix als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>gestern, %1</translation>
    </message>
    <message>
        <source>Untitled memo</source>
        <translation>Unbenanntes Memo</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The memos; select one to read or edit it</source>
        <translation>Die Memos; wählen Sie eines aus, um es zu lesen oder zu bearbeiten</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>A short title shown in the list of memos</source>
        <translation>Ein kurzer Titel, der in der Memoliste angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The memo; it is saved when you leave the field, choose another memo or close</source>
        <translation>Das Memo; es wird gespeichert, wenn Sie das Feld verlassen, ein anderes Memo wählen oder schließen</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Neues Memo</translation>
    </message>
    <message>
        <source>Start a new memo (Ctrl+N)</source>
        <translation>Neues Memo beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected memo (Del in the list; Undo brings it back)</source>
        <translation>Das ausgewählte Memo löschen (Entf in der Liste; Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <source>Save and close (Esc)</source>
        <translation>Speichern und schließen (Esc)</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>Neues Memo</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Memo löschen</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Memo bearbeiten</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Project memos — %1</source>
        <translation>Projektmemos — %1</translation>
    </message>
    <message>
        <source>Memos on document “%1”</source>
        <translation>Memos zu Dokument „%1“</translation>
    </message>
    <message>
        <source>Memos on code “%1”</source>
        <translation>Memos zu Code „%1“</translation>
    </message>
    <message>
        <source>Memos on the project “%1”</source>
        <translation>Memos zum Projekt „%1“</translation>
    </message>
    <message>
        <source>Memos on the document “%1”</source>
        <translation>Memos zum Dokument „%1“</translation>
    </message>
    <message>
        <source>Memos on the code “%1”</source>
        <translation>Memos zum Code „%1“</translation>
    </message>
    <message>
        <source>Last changed %1; written %2</source>
        <translation>Zuletzt geändert %1; verfasst %2</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>Schreiben Sie hier Ihr Memo…</translation>
    </message>
    <message>
        <source>No memos yet. Click “New memo” to write one.</source>
        <translation>Noch keine Memos. Klicken Sie auf „Neues Memo“, um eines zu schreiben.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>verfasst %1</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>zuletzt geändert %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Kodieren</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>Kodier&amp;system</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source> Coding as: </source>
        <translation> Kodieren als: </translation>
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation>Wer gerade kodiert: Neue Kodierungen werden dieser Person zugeordnet</translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Anzeigen: </translation>
    </message>
    <message>
        <source>Whose codings the text, the counts and the retrieved segments show</source>
        <translation>Wessen Kodierungen Text, Zählungen und abgerufene Segmente zeigen</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge code</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen in:</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Codes filtern…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Cohen's κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Krippendorff's α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Positive agreement</source>
        <translation>Positive Übereinstimmung</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Jaccard-Index</translation>
    </message>
    <message>
        <source>|uα (binary, 2016)</source>
        <translation>|uα (binär, 2016)</translation>
    </message>
    <message>
        <source>uα (2004)</source>
        <translation>uα (2004)</translation>
    </message>
    <message>
        <source>Segment agreement</source>
        <translation>Segment-Übereinstimmung</translation>
    </message>
    <message>
        <source>Code presence</source>
        <translation>Code-Vorkommen</translation>
    </message>
    <message>
        <source>Code frequency</source>
        <translation>Code-Häufigkeit</translation>
    </message>
    <message>
        <source>Pooled κ</source>
        <translation>Gepooltes κ</translation>
    </message>
    <message>
        <source>Pooled percent agreement</source>
        <translation>Gepoolte prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>Fleiss' κ</translation>
    </message>
    <message>
        <source>Mean pairwise κ</source>
        <translation>Mittleres paarweises κ</translation>
    </message>
    <message>
        <source>Mean pairwise pooled κ</source>
        <translation>Mittleres paarweises gepooltes κ</translation>
    </message>
    <message>
        <source>cuα (codes and gaps)</source>
        <translation>cuα (Codes und Lücken)</translation>
    </message>
    <message>
        <source>(c|u)α (where both coded)</source>
        <translation>(c|u)α (wo beide kodiert haben)</translation>
    </message>
    <message>
        <source>Character counts</source>
        <translation>Zeichenzahlen</translation>
    </message>
    <message>
        <source>For one code and two coders, every character of the text is counted once: a = characters both coders coded with the code, b = only the first coder, c = only the second, d = neither; N = a + b + c + d is the length of the text. Offsets are Unicode code points. A coder's overlapping codings of a code are merged; codes are compared one at a time, so overlapping codings of different codes are no disagreement.</source>
        <translation>Für einen Code und zwei Kodierende wird jedes Zeichen des Textes genau einmal gezählt: a = Zeichen, die beide Kodierenden mit dem Code kodiert haben, b = nur die erste kodierende Person, c = nur die zweite, d = keine der beiden; N = a + b + c + d ist die Länge des Textes. Positionsangaben (Offsets) sind Unicode-Codepunkte. Sich überlappende Kodierungen eines Codes durch dieselbe kodierende Person werden zusammengeführt; die Codes werden einzeln verglichen, sich überlappende Kodierungen verschiedener Codes sind daher keine Abweichung.</translation>
    </message>
    <message>
        <source>The share of characters on which the two coders agree, in percent: 100 × (a + d) / N. Because most characters are coded by nobody, it is high even when the coders rarely coded the same passages.</source>
        <translation>Der Anteil der Zeichen, bei denen die beiden Kodierenden übereinstimmen, in Prozent: 100 × (a + d) / N. Da die meisten Zeichen von niemandem kodiert werden, ist er auch dann hoch, wenn die Kodierenden nur selten dieselben Textstellen kodiert haben.</translation>
    </message>
    <message>
        <source>Agreement corrected for chance, over characters as NVivo's coding comparison computes it: κ = (p_o − p_e) / (1 − p_e), with observed agreement p_o = (a + d) / N and chance agreement p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², from each coder's own share of coded characters. Where neither coder used the code, NVivo prints κ = 1 and 100 % agreement; here percent agreement is 100 but κ is undefined, because with no variation chance agreement is already total (p_e = 1).</source>
        <translation>Zufallskorrigierte Übereinstimmung über Zeichen, wie sie der Kodierungsvergleich von NVivo berechnet: κ = (p_o − p_e) / (1 − p_e), mit der beobachteten Übereinstimmung p_o = (a + d) / N und der Zufallsübereinstimmung p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², die sich aus dem eigenen Anteil kodierter Zeichen jeder kodierenden Person ergibt. Wo keine der beiden Personen den Code verwendet hat, gibt NVivo κ = 1 und 100 % Übereinstimmung aus; hier beträgt die prozentuale Übereinstimmung 100, κ ist jedoch nicht definiert, weil ohne Variation die Zufallsübereinstimmung bereits vollständig ist (p_e = 1).</translation>
    </message>
    <message>
        <source>Each character is a unit with two values (coded with the code or not): α = 1 − D_o / D_e, observed over expected disagreement from the coincidence matrix of the values the coders gave (nominal). Unlike κ it estimates chance from both coders' values pooled, and corrects for small samples. Where neither coder used the code it is undefined (D_e = 0), not 1 as NVivo's κ would be.</source>
        <translation>Jedes Zeichen ist eine Einheit mit zwei Werten (mit dem Code kodiert oder nicht): α = 1 − D_o / D_e, das Verhältnis von beobachteter zu erwarteter Abweichung, berechnet aus der Koinzidenzmatrix der von den Kodierenden vergebenen Werte (nominal). Anders als κ schätzt α den Zufall aus den gepoolten Werten beider Kodierenden und korrigiert für kleine Stichproben. Wo keine der beiden Personen den Code verwendet hat, ist α nicht definiert (D_e = 0) und nicht 1, wie es das κ von NVivo wäre.</translation>
    </message>
    <message>
        <source>Agreement on the characters that at least one coder coded: 2a / (2a + b + c) (the Dice coefficient, or F1 of one coder against the other). Between 0 and 1.</source>
        <translation>Übereinstimmung auf den Zeichen, die mindestens eine kodierende Person kodiert hat: 2a / (2a + b + c) (der Dice-Koeffizient bzw. der F1-Wert der einen kodierenden Person gemessen an der anderen). Zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>The characters both coded as a share of the characters either coded: a / (a + b + c). Between 0 and 1.</source>
        <translation>Die von beiden kodierten Zeichen als Anteil der Zeichen, die mindestens eine der beiden Personen kodiert hat: a / (a + b + c). Zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>The text is a continuum that each coder divides into units (the merged codings of the code) and gaps. Observed disagreement is the length that one coder puts in a unit and the other in a gap; expected disagreement comes from all sections of all coders, a unit never pairing with itself, so the coefficient also reflects whether the coders cut the same units. |uα = 1 − observed / expected.</source>
        <translation>Der Text ist ein Kontinuum, das jede kodierende Person in Einheiten (die zusammengeführten Kodierungen des Codes) und Lücken unterteilt. Die beobachtete Abweichung ist die Länge, die eine Person einer Einheit und die andere einer Lücke zuordnet; die erwartete Abweichung ergibt sich aus allen Abschnitten aller Kodierenden, wobei eine Einheit nie mit sich selbst gepaart wird, sodass der Koeffizient auch abbildet, ob die Kodierenden dieselben Einheiten abgegrenzt haben. |uα = 1 − beobachtet / erwartet.</translation>
    </message>
    <message>
        <source>Krippendorff's earlier unitizing coefficient for one category: the squared differences between the beginnings and the ends of overlapping units of two coders (and the squared length of a unit lying in the other coder's gap), against the differences expected by chance. Pooled over documents, the documents are laid end to end. Undefined where neither coder used the code, or where both coded the whole text (no gap, so nothing varies).</source>
        <translation>Krippendorffs früherer Unitizing-Koeffizient für eine Kategorie: die quadrierten Differenzen zwischen den Anfängen und zwischen den Enden sich überlappender Einheiten zweier Kodierender (sowie die quadrierte Länge einer Einheit, die in einer Lücke der anderen Person liegt), gemessen an den zufällig zu erwartenden Differenzen. Beim Pooling über die Dokumente werden die Dokumente aneinandergereiht. Nicht definiert, wo keine der beiden Personen den Code verwendet hat oder wo beide den ganzen Text kodiert haben (keine Lücke, also keine Variation).</translation>
    </message>
    <message>
        <source>As MAXQDA computes it: a segment (merged coding) of one coder agrees when the other coder has a segment of the same code in the same document overlapping it by at least the set share (default 90 %) of their joint extent, |s ∩ t| / (max end − min start). Percentage of both coders' segments that agree.</source>
        <translation>Wie MAXQDA ihn berechnet: Ein Segment (zusammengeführte Kodierung) einer kodierenden Person gilt als übereinstimmend, wenn die andere Person im selben Dokument ein Segment desselben Codes hat, das es mindestens zum eingestellten Anteil (Voreinstellung 90 %) ihrer gemeinsamen Ausdehnung überlappt, |s ∩ t| / (größtes Ende − kleinster Anfang). Prozentsatz der übereinstimmenden Segmente beider Kodierender.</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code, as a percentage of the documents in which at least one of them did (MAXQDA's code-existence comparison).</source>
        <translation>Über die Dokumente gepoolt: die Dokumente, in denen beide Kodierenden den Code verwendet haben, in Prozent der Dokumente, in denen mindestens eine der beiden Personen ihn verwendet hat (Vergleich des Code-Vorkommens in MAXQDA).</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code equally often (same number of segments), as a percentage of the documents in which at least one of them used it.</source>
        <translation>Über die Dokumente gepoolt: die Dokumente, in denen beide Kodierenden den Code gleich oft verwendet haben (gleiche Anzahl von Segmenten), in Prozent der Dokumente, in denen mindestens eine der beiden Personen ihn verwendet hat.</translation>
    </message>
    <message>
        <source>One kappa for all codes of a pair of coders: the mean observed agreement p̄_o and mean chance agreement p̄_e over the codes either coder used, then (p̄_o − p̄_e) / (1 − p̄_e). Unlike the mean of the codes' kappas it stays defined when some codes have no variation.</source>
        <translation>Ein Kappa für alle Codes eines Paares von Kodierenden: die mittlere beobachtete Übereinstimmung p̄_o und die mittlere Zufallsübereinstimmung p̄_e über die Codes, die mindestens eine der beiden Personen verwendet hat, daraus (p̄_o − p̄_e) / (1 − p̄_e). Anders als der Mittelwert der Kappas der einzelnen Codes bleibt es definiert, wenn einzelne Codes keine Variation aufweisen.</translation>
    </message>
    <message>
        <source>Chance-corrected agreement of any number of coders over characters: (P̄ − P̄_e) / (1 − P̄_e), P̄ the mean share of agreeing pairs of coders per character, P̄_e from the overall share of coded characters.</source>
        <translation>Zufallskorrigierte Übereinstimmung beliebig vieler Kodierender über Zeichen: (P̄ − P̄_e) / (1 − P̄_e), mit P̄ als mittlerem Anteil übereinstimmender Paare von Kodierenden je Zeichen und P̄_e aus dem Gesamtanteil kodierter Zeichen.</translation>
    </message>
    <message>
        <source>Krippendorff's α (all coders)</source>
        <translation>Krippendorffs α (alle Kodierenden)</translation>
    </message>
    <message>
        <source>Nominal α over characters as above, with the values of all compared coders.</source>
        <translation>Nominales α über Zeichen wie oben, mit den Werten aller verglichenen Kodierenden.</translation>
    </message>
    <message>
        <source>The mean of the pairs' Cohen's (or pooled) kappas over the pairs where it is defined.</source>
        <translation>Der Mittelwert der Cohen-Kappas (bzw. gepoolten Kappas) der Paare, gebildet über die Paare, für die es definiert ist.</translation>
    </message>
    <message>
        <source>Agreement on which code each passage gets, all compared codes and all compared coders at once: Krippendorff's unitizing α with every code a value of one variable and the uncoded stretches (gaps) a value of their own. Observed coincidences are the lengths of the intersections of the sections (units and gaps) of different coders; expected ones keep a unit from pairing with itself; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. It falls when coders give a passage different codes and when one codes what another left out; with a single code it equals that code's |uα. Where one coder gave a passage two codes, each is a section of its own.</source>
        <translation>Übereinstimmung darüber, welchen Code jede Textstelle erhält, für alle verglichenen Codes und alle verglichenen Kodierenden zugleich: Krippendorffs Unitizing-α, wobei jeder Code ein Wert einer einzigen Variablen ist und die nicht kodierten Strecken (Lücken) einen eigenen Wert bilden. Beobachtete Koinzidenzen sind die Längen der Schnittmengen der Abschnitte (Einheiten und Lücken) verschiedener Kodierender; bei den erwarteten wird keine Einheit mit sich selbst gepaart; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. Der Wert sinkt, wenn Kodierende einer Textstelle unterschiedliche Codes geben und wenn eine Person kodiert, was eine andere ausgelassen hat; bei einem einzigen Code ist er gleich dem |uα dieses Codes. Hat eine Person einer Textstelle zwei Codes gegeben, ist jeder davon ein eigener Abschnitt.</translation>
    </message>
    <message>
        <source>The same coefficient restricted to the parts that two coders both coded: gaps drop out, so only the choice of code counts, given the units; a unit's self-pairs are those of the part of it that another coder also coded. Undefined where no passage was coded by two coders, or where they only ever used one code there.</source>
        <translation>Derselbe Koeffizient, beschränkt auf die Teile, die zwei Kodierende beide kodiert haben: Lücken fallen weg, sodass bei gegebenen Einheiten nur die Wahl des Codes zählt; die Selbstpaarungen einer Einheit sind die des Teils, den auch eine andere Person kodiert hat. Nicht definiert, wo keine Textstelle von zwei Kodierenden kodiert wurde oder wo diese dort stets nur einen Code verwendet haben.</translation>
    </message>
    <message>
        <source>Bootstrap interval</source>
        <translation>Bootstrap-Intervall</translation>
    </message>
    <message>
        <source>Documents are resampled with replacement as many times as asked (seeded); each resample's figures come from its documents' summed counts. With the turn bootstrap (--bootstrap-unit turn), for a study of a few long transcripts, speaker turns take the place of documents (text before the first turn is a piece of its own; a coding across turns is cut at the turn); turns of one conversation are not independent, so such intervals are narrower. ci95 is the 2.5th to 97.5th percentile of the figure over the resamples in which it is defined; p_below_0.800 and p_below_0.667 are the shares of those resamples in which it falls below Krippendorff's thresholds.</source>
        <translation>Die Dokumente werden so oft wie angegeben mit Zurücklegen neu gezogen (mit Seed); die Kennwerte jeder Bootstrap-Stichprobe ergeben sich aus den summierten Zählungen ihrer Dokumente. Beim Bootstrap über Redebeiträge (--bootstrap-unit turn), gedacht für Studien mit wenigen langen Transkripten, treten Redebeiträge an die Stelle der Dokumente (Text vor dem ersten Redebeitrag bildet ein eigenes Stück; eine Kodierung über mehrere Redebeiträge wird an der Grenze des Redebeitrags geteilt); Redebeiträge eines Gesprächs sind nicht unabhängig, daher sind solche Intervalle enger. ci95 reicht vom 2.5. bis zum 97.5. Perzentil des Kennwerts über die Stichproben, in denen er definiert ist; p_below_0.800 und p_below_0.667 sind die Anteile dieser Stichproben, in denen er unter Krippendorffs Schwellenwerten liegt.</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Nicht definiert</translation>
    </message>
    <message>
        <source>A figure without a value (no variation at all, an empty text, no segments) is left empty (null in JSON) and the reason is given beside it; it is never reported as 0 or 1. One rule for every coefficient: where the expected disagreement is zero (nobody used the code, or every coder coded all of the text) it is undefined. Percent agreement is 100 where nobody varies.</source>
        <translation>Ein Kennwert ohne Wert (überhaupt keine Variation, ein leerer Text, keine Segmente) bleibt leer (null im JSON), und der Grund wird daneben angegeben; er wird nie als 0 oder 1 berichtet. Für jeden Koeffizienten gilt dieselbe Regel: Wo die erwartete Abweichung null ist (niemand hat den Code verwendet oder alle Kodierenden haben den ganzen Text kodiert), ist er nicht definiert. Die prozentuale Übereinstimmung beträgt 100, wo es keine Variation gibt.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder's own computer</source>
        <translation>
            <numerusform>%Ln wurde von einer kodierenden Person einzeln aus Vorschlägen ähnlicher Textstellen übernommen, die Accord auf deren eigenem Computer berechnet hat</numerusform>
            <numerusform>%Ln wurden von einer kodierenden Person einzeln aus Vorschlägen ähnlicher Textstellen übernommen, die Accord auf deren eigenem Computer berechnet hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder's request)</source>
        <translation>
            <numerusform>%Ln entstand durch automatische Kodierung (jeder Treffer einer Textsuche oder jeder Redebeitrag einer sprechenden Person, auf Wunsch einer kodierenden Person auf einmal kodiert)</numerusform>
            <numerusform>%Ln entstanden durch automatische Kodierung (jeder Treffer einer Textsuche oder jeder Redebeitrag einer sprechenden Person, auf Wunsch einer kodierenden Person auf einmal kodiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>the other %Ln was/were coded by hand</source>
        <translation>
            <numerusform>die übrige %Ln wurde von Hand kodiert</numerusform>
            <numerusform>die übrigen %Ln wurden von Hand kodiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln coding(s) compared, %1.</source>
        <translation>
            <numerusform>Von der %Ln verglichenen Kodierung %1.</numerusform>
            <numerusform>Von den %Ln verglichenen Kodierungen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Agreement between the coders %1 was assessed on %2 (%3) for %4</source>
        <translation>Die Übereinstimmung zwischen den Kodierenden %1 wurde an %2 (%3) für %4 geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of which was/were used by at least one coder</source>
        <translation>
            <numerusform>von denen %Ln von mindestens einer kodierenden Person verwendet wurde</numerusform>
            <numerusform>von denen %Ln von mindestens einer kodierenden Person verwendet wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with Accord %2.</source>
        <translation>%1, mit Accord %2.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code (after moving the ends of each coding inward past white space); figures pooled over the documents add up the documents' character counts.</source>
        <translation>Jeder Code wurde für sich verglichen; dabei galt jedes Zeichen des Textes als Einheit, die eine kodierende Person mit diesem Code kodiert hat oder nicht (nachdem die Enden jeder Kodierung über Leerraum nach innen verschoben wurden); über die Dokumente gepoolte Kennwerte addieren die Zeichenzahlen der Dokumente.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code; figures pooled over the documents add up the documents' character counts.</source>
        <translation>Jeder Code wurde für sich verglichen; dabei galt jedes Zeichen des Textes als Einheit, die eine kodierende Person mit diesem Code kodiert hat oder nicht; über die Dokumente gepoolte Kennwerte addieren die Zeichenzahlen der Dokumente.</translation>
    </message>
    <message>
        <source>For each code we report percent agreement, Cohen's κ (Cohen, 1960) computed over characters as in NVivo, Krippendorff's α for nominal data over characters (Krippendorff, 2011), and the binary unitizing coefficient |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), which also reflects whether the coders cut the same units; we also give uα (2004), Krippendorff's earlier unitizing coefficient (Krippendorff, 2004), and, as MAXQDA does, the percentage of segments matched by a segment of the other coder overlapping it by at least %1 %.</source>
        <translation>Für jeden Code berichten wir die prozentuale Übereinstimmung, Cohens κ (Cohen, 1960), wie in NVivo über Zeichen berechnet, Krippendorffs α für nominale Daten über Zeichen (Krippendorff, 2011) und den binären Unitizing-Koeffizienten |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), der auch abbildet, ob die Kodierenden dieselben Einheiten abgegrenzt haben; außerdem geben wir uα (2004) an, Krippendorffs früheren Unitizing-Koeffizienten (Krippendorff, 2004), sowie, wie MAXQDA, den Anteil der Segmente, die von einem Segment der anderen kodierenden Person zu mindestens %1 % überlappt werden.</translation>
    </message>
    <message>
        <source>Where no coder used a code, percent agreement is 100 but κ, α and the unitizing coefficients are undefined (there is no variation, so chance agreement is total) and are reported as such; NVivo prints κ = 1 in that case.</source>
        <translation>Wo niemand einen Code verwendet hat, beträgt die prozentuale Übereinstimmung 100, κ, α und die Unitizing-Koeffizienten sind jedoch nicht definiert (es gibt keine Variation, die Zufallsübereinstimmung ist also vollständig) und werden so berichtet; NVivo gibt in diesem Fall κ = 1 aus.</translation>
    </message>
    <message>
        <source>For all coders together we report Krippendorff's α and Fleiss' κ (Fleiss, 1971).</source>
        <translation>Für alle Kodierenden gemeinsam berichten wir Krippendorffs α und Fleiss' κ (Fleiss, 1971).</translation>
    </message>
    <message>
        <source>Whether the coders gave the same passages the same code was assessed across all codes at once with cuα = %1, which also counts passages one coder left uncoded, and (c|u)α = %2, over the passages both coded (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</source>
        <translation>Ob die Kodierenden denselben Textstellen denselben Code gegeben haben, wurde über alle Codes zugleich mit cuα = %1 geprüft, das auch Textstellen zählt, die eine kodierende Person nicht kodiert hat, und mit (c|u)α = %2 über die Textstellen, die beide kodiert haben (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of zero length was/were left out.</source>
        <translation>
            <numerusform>%Ln Kodierung der Länge null wurde nicht berücksichtigt.</numerusform>
            <numerusform>%Ln Kodierungen der Länge null wurden nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (95 % interval %2 to %3)</source>
        <translation>%1 (95-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source>Pooled κ across the %1 either coder used (De Vries et al., 2008) was %2.</source>
        <translation>Das gepoolte κ über die %1, die mindestens eine der beiden kodierenden Personen verwendet hat (De Vries et al., 2008), betrug %2.</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined: %1.</source>
        <translation>Das gepoolte κ (De Vries et al., 2008) war nicht definiert: %1.</translation>
    </message>
    <message>
        <source>no code was used</source>
        <translation>kein Code wurde verwendet</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined for every pair of coders.</source>
        <translation>Das gepoolte κ (De Vries et al., 2008) war für kein Paar von Kodierenden definiert.</translation>
    </message>
    <message>
        <source>Pooled κ across codes (De Vries et al., 2008) ranged over the %1 of coders from %2 for %3 to %4 for %5; its mean was %6.</source>
        <translation>Das gepoolte κ über die Codes (De Vries et al., 2008) reichte über die %1 von Kodierenden von %2 für %3 bis %4 für %5; sein Mittelwert betrug %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln Paar</numerusform>
            <numerusform>%Ln Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff's α was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>Krippendorffs α betrug mindestens %1 bei %2 der %3 mit definiertem α, zwischen %4 und %1 bei %5 und weniger als %4 bei %6; Krippendorff (2019) empfiehlt, sich auf Variablen mit α ≥ %1 zu stützen und aus solchen zwischen %4 und %1 nur vorläufige Schlüsse zu ziehen.</translation>
    </message>
    <message>
        <source>Krippendorff's α of all coders was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>Krippendorffs α aller Kodierenden betrug mindestens %1 bei %2 der %3 mit definiertem α, zwischen %4 und %1 bei %5 und weniger als %4 bei %6; Krippendorff (2019) empfiehlt, sich auf Variablen mit α ≥ %1 zu stützen und aus solchen zwischen %4 und %1 nur vorläufige Schlüsse zu ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln code(s) α was undefined (no variation) and is reported as such, not as 0 or 1.</source>
        <translation>
            <numerusform>Für %Ln Code war α nicht definiert (keine Variation); dies wird so berichtet, nicht als 0 oder 1.</numerusform>
            <numerusform>Für %Ln Codes war α nicht definiert (keine Variation); dies wird so berichtet, nicht als 0 oder 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bootstrap intervals were computed.</source>
        <translation>Es wurden keine Bootstrap-Intervalle berechnet.</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the %2 (percentile intervals, seed %3), resampled in place of documents because the study has few of them; turns of one conversation are not independent, so these intervals are narrower than a bootstrap of documents would give</source>
        <translation>%1 Bootstrap-Stichproben der %2 (Perzentilintervalle, Seed %3), die anstelle der Dokumente gezogen wurden, weil die Studie nur wenige davon hat; Redebeiträge eines Gesprächs sind nicht unabhängig, daher sind diese Intervalle enger, als es ein Bootstrap der Dokumente ergäbe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln Redebeitrag</numerusform>
            <numerusform>%Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of documents (percentile intervals, seed %2); resampling whole documents keeps neighbouring characters together</source>
        <translation>%1 Bootstrap-Stichproben der Dokumente (Perzentilintervalle, Seed %2); das Ziehen ganzer Dokumente hält benachbarte Zeichen zusammen</translation>
    </message>
    <message>
        <source>95 % intervals come from %1, and for κ, α, |uα and the pooled κ we also give the share of resamples in which each fell below %2 and %3, the probability of failing to reach these levels (Hayes &amp; Krippendorff, 2007).</source>
        <translation>Die 95-%-Intervalle stammen aus %1, und für κ, α, |uα und das gepoolte κ geben wir zudem den Anteil der Stichproben an, in denen der Wert jeweils unter %2 und %3 lag, also die Wahrscheinlichkeit, diese Schwellen zu verfehlen (Hayes &amp; Krippendorff, 2007).</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>The code's name</source>
        <translation>Der Name des Codes</translation>
    </message>
    <message>
        <source>What the code means (optional)</source>
        <translation>Was der Code bedeutet (optional)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Inside:</source>
        <translation>Unter:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Project in use</source>
        <translation>Projekt wird bereits verwendet</translation>
    </message>
    <message>
        <source>%1 is open in another window: %2.

Open it read-only here, or close it in that window first and open it again. If that window's computer is gone for good, delete the lock file %3 first.</source>
        <translation>%1 ist in einem anderen Fenster geöffnet: %2.

Öffnen Sie es hier schreibgeschützt, oder schließen Sie es zuerst in jenem Fenster und öffnen Sie es dann erneut. Ist der Computer jenes Fensters endgültig nicht mehr verfügbar, löschen Sie zuerst die Sperrdatei %3.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No backup on opening: %1</source>
        <translation>Keine Sicherung beim Öffnen: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Von %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the project; the current file is kept beside it, renamed.</source>
        <translation>Sicherungen von %1, neueste zuerst. Das Wiederherstellen einer Sicherung ersetzt das Projekt; die aktuelle Datei bleibt umbenannt daneben erhalten.</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Sicherung von %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Your name (as a coder):</source>
        <translation>Ihr Name (als Kodierer·in):</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot build the sample project</source>
        <translation>Beispielprojekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>REFI-QDA importieren</translation>
    </message>
    <message>
        <source>REFI-QDA files (*.qdpx *.qdc *.qde);;All files (*)</source>
        <translation>REFI-QDA-Dateien (*.qdpx *.qdc *.qde);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importiert: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA</source>
        <translation>Projekt als REFI-QDA exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA</source>
        <translation>Kodiersystem als REFI-QDA exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-Kodiersysteme (*.qdc)</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>Kodiersystem</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Merge coders' projects into this one</source>
        <translation>Projekte von Kodierenden in dieses zusammenführen</translation>
    </message>
    <message>
        <source>%1: not merged (%2)</source>
        <translation>%1: nicht zusammengeführt (%2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Coder name taken</source>
        <translation>Name bereits vergeben</translation>
    </message>
    <message>
        <source>%1 has a coder “%2” whose codings differ from “%3” in this project.
Name to give them here:</source>
        <translation>%1 enthält die kodierende Person „%2“, deren Kodierungen sich von denen von „%3“ in diesem Projekt unterscheiden.
Name für diese Person hier:</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt verwendeten Projekte</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Coding query</source>
        <translation>Kodierabfrage</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>the same characters</source>
        <translation>dieselben Zeichen</translation>
    </message>
    <message>
        <source>the same speaker turn</source>
        <translation>denselben Redebeitrag</translation>
    </message>
    <message>
        <source>the same paragraph</source>
        <translation>denselben Absatz</translation>
    </message>
    <message>
        <source>What "and" and "not" look at: the passage's own characters, or the turn or paragraph around it</source>
        <translation>Worauf sich „und“ und „nicht“ beziehen: die Zeichen der Textstelle selbst oder den Redebeitrag bzw. Absatz um sie herum</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saved queries:</source>
        <translation>Gespeicherte Abfragen:</translation>
    </message>
    <message>
        <source>Passages coded:</source>
        <translation>Kodierte Textstellen:</translation>
    </message>
    <message>
        <source>And/not look at:</source>
        <translation>Und/nicht beziehen sich auf:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Kodierer·in:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Sprecher·in:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (Konsens)</translation>
    </message>
    <message>
        <source>All coders (not consensus)</source>
        <translation>Alle Kodierenden (ohne Konsens)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher·innen</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, listed in Retrieved segments.</source>
        <translation>
            <numerusform>%n Textstelle gefunden, aufgeführt unter „Abgerufene Segmente“.</numerusform>
            <numerusform>%n Textstellen gefunden, aufgeführt unter „Abgerufene Segmente“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Name der Abfrage:</translation>
    </message>
    <message>
        <source>Save query %1</source>
        <translation>Abfrage %1 speichern</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <source>Not saved: the query does not run (see the message).</source>
        <translation>Nicht gespeichert: Die Abfrage lässt sich nicht ausführen (siehe Meldung).</translation>
    </message>
    <message>
        <source>Delete query</source>
        <translation>Abfrage löschen</translation>
    </message>
    <message>
        <source>Delete the saved query “%1”?</source>
        <translation>Die gespeicherte Abfrage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete query %1</source>
        <translation>Abfrage %1 löschen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>QuickCodePalette</name>
    <message>
        <source>Create code “%1”</source>
        <translation>Code „%1“ anlegen</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>Schnell kodieren</translation>
    </message>
    <message>
        <source>Type to find a code, or a new name to create one…</source>
        <translation>Tippen, um einen Code zu finden, oder einen neuen Namen, um ihn anzulegen…</translation>
    </message>
    <message>
        <source>Filter the codes by name. Enter codes the selection with the highlighted code.</source>
        <translation>Codes nach Namen filtern. Enter kodiert die Auswahl mit dem hervorgehobenen Code.</translation>
    </message>
    <message>
        <source>No codes yet: type a name to create the first one.</source>
        <translation>Noch keine Codes: Geben Sie einen Namen ein, um den ersten anzulegen.</translation>
    </message>
    <message>
        <source>↑ ↓ to move  ·  Enter to choose  ·  Esc to cancel</source>
        <translation>↑ ↓ bewegen  ·  Enter wählen  ·  Esc abbrechen</translation>
    </message>
    <message>
        <source>Add “%1” at the top level of the codebook and code with it</source>
        <translation>„%1“ auf der obersten Ebene des Kodiersystems anlegen und damit kodieren</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Neuer Code „%1“</translation>
    </message>
    <message>
        <source>Could not create the code “%1”.</source>
        <translation>Der Code „%1“ konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln place(s)</source>
        <translation>
            <numerusform>%1 und %2: %Ln Stelle</numerusform>
            <numerusform>%1 und %2: %Ln Stellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsWindow</name>
    <message>
        <source>Code relations</source>
        <translation>Code-Relationen</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>Überlappende Textstellen</translation>
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation>Gleicher Redebeitrag</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Gleicher Absatz</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>Innerhalb von N Zeichen</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Co-occur when:</source>
        <translation>Gemeinsam bei:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Abstand:</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Kreuzen Sie mindestens eine kodierende Person an.</translation>
    </message>
    <message>
        <source>No two codes co-occur with these settings.</source>
        <translation>Mit diesen Einstellungen treten keine zwei Codes gemeinsam auf.</translation>
    </message>
    <message>
        <source>Each number counts places (a passage, turn or paragraph) once. Click a cell to list its places.</source>
        <translation>Jede Zahl zählt Stellen (eine Textstelle, einen Redebeitrag oder Absatz) einmal. Klicken Sie auf eine Zelle, um ihre Stellen aufzulisten.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not used by any compared coder, so left out: %1.</source>
        <translation>Von keiner der verglichenen kodierenden Personen verwendet und daher nicht berücksichtigt: %1.</translation>
    </message>
    <message>
        <source>Used by one coder only: %1.</source>
        <translation>Nur von einer kodierenden Person verwendet: %1.</translation>
    </message>
    <message>
        <source>A dash marks a coefficient that is undefined (no variation): %1.</source>
        <translation>Ein Gedankenstrich kennzeichnet einen nicht definierten Koeffizienten (keine Variation): %1.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Alle Codes (%1)</translation>
    </message>
    <message>
        <source>α 95 % interval</source>
        <translation>95-%-Intervall für α</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>undefined (%1)</source>
        <translation>nicht definiert (%1)</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once: %1.</source>
        <translation>Welchen Code jede Textstelle erhält, über alle Codes zugleich: %1.</translation>
    </message>
    <message>
        <source>The table gives percent agreement, κ and α with its interval for each code; the other figures the methods paragraph names are in the agreement export (accord agreement PROJECT --export OUT.xlsx).</source>
        <translation>Die Tabelle enthält für jeden Code die prozentuale Übereinstimmung, κ sowie α mit seinem Intervall; die übrigen im Methodenabschnitt genannten Kennwerte enthält der Export der Übereinstimmung (accord agreement PROJECT --export OUT.xlsx).</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Codes: %1 and their sub-codes (%2)</source>
        <translation>Codes: %1 und ihre Subcodes (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders: %1 (of %2)</source>
        <translation>Kodierende: %1 (von %2)</translation>
    </message>
    <message>
        <source>Coders: %1 (consensus left out: %2)</source>
        <translation>Kodierende: %1 (Konsens nicht berücksichtigt: %2)</translation>
    </message>
    <message>
        <source>Documents: %1 (of %2)</source>
        <translation>Dokumente: %1 (von %2)</translation>
    </message>
    <message>
        <source>%1 — codebook report</source>
        <translation>%1 — Bericht zum Kodiersystem</translation>
    </message>
    <message>
        <source>Codebook report</source>
        <translation>Bericht zum Kodiersystem</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2</source>
        <translation>Erstellt am %1 mit Accord %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln kodierende Person</numerusform>
            <numerusform>%Ln Kodierende</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation>Dieser Bericht ist beschränkt auf:</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>codes (%1 used)</source>
        <translation>Codes (%1 verwendet)</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Übersicht über das Kodiersystem</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Code-Häufigkeiten</translation>
    </message>
    <message>
        <source>showing the %1 most used of %2 codes</source>
        <translation>dargestellt sind die %1 meistverwendeten von %2 Codes</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Codes nach Sprecher·in</translation>
    </message>
    <message>
        <source>the %1 most used of %2 codes</source>
        <translation>die %1 meistverwendeten von %2 Codes</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Kodierungen je Code und Kodierer·in</translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>Kodierungen je Code</translation>
    </message>
    <message>
        <source>the %1 documents with the most codings of %2</source>
        <translation>die %1 von %2 Dokumenten mit den meisten Kodierungen</translation>
    </message>
    <message>
        <source>the %1 codes with the most overlaps of %2</source>
        <translation>die %1 von %2 Codes mit den meisten Überschneidungen</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Überschneidungen von Codes</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Values of α below %1 are in bold red.</source>
        <translation>Werte von α unter %1 sind fett und rot hervorgehoben.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Codes im Einzelnen</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer·in</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Kodierte Dokumente</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>Keine Kodierenden.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Memo zu %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Keine Dokumente.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>Keine Codes.</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Abbildung 1. Kodierungen je Code, nach Kodierenden (nur die Kodierungen des Codes selbst, ohne seine Subcodes)</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Abbildung 1. Kodierungen je Code (nur die Kodierungen des Codes selbst, ohne seine Subcodes)</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>dargestellt sind %1</translation>
    </message>
    <message>
        <source>Figure 2. Codings per code and document</source>
        <translation>Abbildung 2. Kodierungen je Code und Dokument</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Bisher wurde nichts kodiert.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Kodierungen je Code und Sprecher·in: Eine Kodierung zählt einmal für jede sprechende Person, deren Redebeiträge sie berührt.</translation>
    </message>
    <message>
        <source>Showing the %1 speakers with the most codings of %2 (all are in the CSV/XLSX export).</source>
        <translation>Dargestellt sind die %1 von %2 Sprecher·innen mit den meisten Kodierungen (alle sind im CSV/XLSX-Export enthalten).</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch of text coded with both, counts once.</source>
        <translation>Zwei Codes überschneiden sich dort, wo sich mit ihnen kodierte Textstellen überlappen (die Kodierungen aller Kodierenden dieses Berichts zusammengenommen); jede Fundstelle, also ein mit beiden Codes kodierter Textabschnitt, zählt einmal.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence</source>
        <translation>Abbildung %1. Überschneidungen von Codes</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>Überschneidet sich mit</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Fundstellen</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… und %Ln weiteres Paar (alle sind im CSV/XLSX-Export enthalten).</numerusform>
            <numerusform>… und %Ln weitere Paare (alle sind im CSV/XLSX-Export enthalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Keine Codes überschneiden sich.</translation>
    </message>
    <message>
        <source>Showing the %1 codes with the most overlaps of %2.</source>
        <translation>Dargestellt sind die %1 von %2 Codes mit den meisten Überschneidungen.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence (columns: %2).</source>
        <translation>Abbildung %1. Überschneidungen von Codes (Spalten: %2).</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Verglichene Kodierende: %1; Einheit: %2; Kennwerte über die Dokumente gepoolt.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Verglichene Kodierende: %1; Kennwerte über die Dokumente gepoolt.</translation>
    </message>
    <message>
        <source>Values of α below %1 are shown in red.</source>
        <translation>Werte von α unter %1 sind rot dargestellt.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln Kodierung</numerusform>
            <numerusform>%Ln Kodierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>in</source>
        <translation>verteilt auf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 mit Subcodes</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Verwenden, wenn</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Nicht verwenden</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… und %Ln weiteres Dokument</numerusform>
            <numerusform>… und %Ln weitere Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>kodiert von %1</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>In dieser Auswahl noch nicht verwendet.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Noch nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · Bericht zum Kodiersystem, erstellt am %2 mit Accord %3.</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 verwendet</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Kodierungen je Code und Dokument</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 documents with the most codings; %Ln more document(s) are in the CSV/XLSX export. The totals count every document.</source>
        <translation>
            <numerusform>Dargestellt sind die %1 Dokumente mit den meisten Kodierungen; %Ln weiteres Dokument ist im CSV/XLSX-Export enthalten. Die Summen berücksichtigen alle Dokumente.</numerusform>
            <numerusform>Dargestellt sind die %1 Dokumente mit den meisten Kodierungen; %Ln weitere Dokumente sind im CSV/XLSX-Export enthalten. Die Summen berücksichtigen alle Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>Verwenden, wenn:</translation>
    </message>
    <message>
        <source>Do not use:</source>
        <translation>Nicht verwenden:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>By coder:</source>
        <translation>Nach Kodierenden:</translation>
    </message>
    <message>
        <source>By document:</source>
        <translation>Nach Dokumenten:</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more document(s)</source>
        <translation>
            <numerusform>und %Ln weiteres Dokument</numerusform>
            <numerusform>und %Ln weitere Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBar</name>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the HTML report in your web browser (as a temporary file), e.g. to print it</source>
        <translation>Den HTML-Bericht in Ihrem Webbrowser öffnen (als temporäre Datei), z. B. zum Drucken</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded segment,
for your own analysis (CSV: one file per table, in a folder).</source>
        <translation>HTML, Word und Markdown sind der Bericht zum Lesen; Excel und CSV enthalten seine Tabellen mit jedem kodierten Segment
für Ihre eigene Analyse (CSV: eine Datei pro Tabelle, in einem Ordner).</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the report in the chosen format (Ctrl+S)</source>
        <translation>Den Bericht im gewählten Format speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Save tables…</source>
        <translation>&amp;Tabellen speichern…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Codebook report</source>
        <translation>Bericht zum Kodiersystem</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date, then save.</source>
        <translation>Warten Sie, bis die Vorschau aktuell ist, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Bericht (%1) wird geschrieben…</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date.</source>
        <translation>Warten Sie, bis die Vorschau aktuell ist.</translation>
    </message>
    <message>
        <source>Preparing the web page…</source>
        <translation>Webseite wird vorbereitet…</translation>
    </message>
    <message>
        <source>Saved the chart: %1 · %2</source>
        <translation>Diagramm gespeichert: %1 · %2</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>Untick fewer, or use &lt;b&gt;All&lt;/b&gt; above a list.</source>
        <translation>Entfernen Sie weniger Haken oder nutzen Sie &lt;b&gt;Alle&lt;/b&gt; über einer Liste.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln Kodierung</numerusform>
            <numerusform>%Ln Kodierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln Kodierer·in</numerusform>
            <numerusform>%Ln Kodierende</numerusform>
        </translation>
    </message>
    <message>
        <source>no agreement section (the agreement engine gave nothing)</source>
        <translation>kein Abschnitt zur Übereinstimmung (die Übereinstimmungsberechnung lieferte nichts)</translation>
    </message>
    <message>
        <source>built in %1 s</source>
        <translation>erstellt in %1 s</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>Der Bericht konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1</source>
        <translation>
            <numerusform>%Ln Datei in %1</numerusform>
            <numerusform>%Ln Dateien in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the %1 report: %2 · %3</source>
        <translation>Bericht (%1) gespeichert: %2 · %3</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>The web page could not be written:
%1</source>
        <translation>Die Webseite konnte nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <source>Opened the report in your browser (a temporary copy: %1).</source>
        <translation>Der Bericht wurde in Ihrem Browser geöffnet (eine temporäre Kopie: %1).</translation>
    </message>
    <message>
        <source>No web browser could be started. The report is in the temporary file
%1</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Der Bericht liegt in der temporären Datei
%1</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>C&amp;oders</source>
        <translation>&amp;Kodierende</translation>
    </message>
    <message>
        <source>Only the codings of the ticked coders are counted and quoted</source>
        <translation>Nur die Kodierungen der angehakten Kodierenden werden gezählt und zitiert</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Only the codings in the ticked documents are counted and quoted</source>
        <translation>Nur die Kodierungen in den angehakten Dokumenten werden gezählt und zitiert</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>How many coded passages to quote under each code (spread over the documents)</source>
        <translation>Wie viele kodierte Textstellen unter jedem Code zitiert werden (über die Dokumente verteilt)</translation>
    </message>
    <message>
        <source>Example &amp;quotes per code:</source>
        <translation>Beispiel&amp;zitate pro Code:</translation>
    </message>
    <message>
        <source>The language of the report's headings, methods paragraph and numbers; it need not be the window's</source>
        <translation>Die Sprache der Überschriften, des Methodenabschnitts und der Zahlen im Bericht; sie muss nicht die des Fensters sein</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <source>&amp;Memos (project, documents, codes, codings)</source>
        <translation>&amp;Memos (Projekt, Dokumente, Codes, Segmente)</translation>
    </message>
    <message>
        <source>Print the memos next to what they are about</source>
        <translation>Memos neben dem ausgeben, worauf sie sich beziehen</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement</source>
        <translation>&amp;Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Percent agreement, κ and Krippendorff's α per code, for two or more coders</source>
        <translation>Prozentuale Übereinstimmung, κ und Krippendorffs α pro Code, für zwei oder mehr Kodierende</translation>
    </message>
    <message>
        <source>with 95 % &amp;intervals (bootstrap; slower)</source>
        <translation>mit 95-%-Interv&amp;allen (Bootstrap; langsamer)</translation>
    </message>
    <message>
        <source>Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).
On large projects this is most of the time a report takes.</source>
        <translation>Bootstrap-Intervalle für α (1.000 Stichproben der Dokumente; 200 bei über 20.000 Kodierungen).
Bei großen Projekten entfällt darauf der größte Teil der Zeit, die ein Bericht braucht.</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (Konsens)</translation>
    </message>
    <message>
        <source>Decisions of adjudication: reported, and compared, only when ticked</source>
        <translation>Konsensentscheidungen: werden nur berichtet und verglichen, wenn angehakt</translation>
    </message>
    <message>
        <source>Codings by %1</source>
        <translation>Kodierungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters, %Ln coding(s)</source>
        <translation>
            <numerusform>%1: %2 Zeichen, %Ln Kodierung</numerusform>
            <numerusform>%1: %2 Zeichen, %Ln Kodierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one code to see a report.</source>
        <translation>Haken Sie mindestens einen Code an, um einen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Tick at least one coder to see a report.</source>
        <translation>Haken Sie mindestens eine kodierende Person an, um einen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Tick at least one document to see a report.</source>
        <translation>Haken Sie mindestens ein Dokument an, um einen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>The agreement section's bootstrap intervals take longest on large projects; untick &lt;i&gt;with 95 % intervals&lt;/i&gt; for a quicker preview.</source>
        <translation>Die Bootstrap-Intervalle im Abschnitt zur Übereinstimmung dauern bei großen Projekten am längsten; entfernen Sie den Haken bei &lt;i&gt;mit 95-%-Intervallen&lt;/i&gt; für eine schnellere Vorschau.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Codings per code</source>
        <translation>Kodierungen pro Code</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Kodierungen pro Code und Dokument</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Code-Überschneidungen</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2 · %3</source>
        <translation>Erstellt %1 mit Accord %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln Kodierer·in</numerusform>
            <numerusform>%Ln Kodierende</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>CODEBOOK REPORT</source>
        <translation>KODIERSYSTEM-BERICHT</translation>
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation>Dieser Bericht ist beschränkt auf:</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>codes (%1 used)</source>
        <translation>Codes (%1 verwendet)</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer·in</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Kodierte Dokumente</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>Keine Kodierenden.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Memo zu %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Keine Dokumente.</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Übersicht über das Kodiersystem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>Keine Codes.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Code-Häufigkeiten</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Es wurde noch nichts kodiert.</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch coded with both, counts once.</source>
        <translation>Zwei Codes überschneiden sich dort, wo mit beiden kodierte Textstellen überlappen (die Kodierungen der Kodierenden dieses Berichts zusammengenommen); jede Stelle, also ein mit beiden kodierter Abschnitt, zählt einmal.</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>Überschneidet sich mit</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Stellen</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… und %Ln weiteres Paar (alle stehen im CSV/XLSX-Export).</numerusform>
            <numerusform>… und %Ln weitere Paare (alle stehen im CSV/XLSX-Export).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Keine zwei Codes überschneiden sich.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Codes im Detail</translation>
    </message>
    <message>
        <source>The preview shows the first %1 in detail; the saved report has all of them (%2).</source>
        <translation>Die Vorschau zeigt die ersten %1 im Detail; der gespeicherte Bericht enthält alle (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more code(s)</source>
        <translation>
            <numerusform>%Ln weiterer Code</numerusform>
            <numerusform>%Ln weitere Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · Bericht zum Kodiersystem, erstellt %2 mit Accord %3.</translation>
    </message>
    <message>
        <source>Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Kodierungen pro Code nach Kodierenden (nur die eigenen Kodierungen eines Codes, ohne seine Subcodes)</translation>
    </message>
    <message>
        <source>Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Kodierungen pro Code (nur die eigenen Kodierungen eines Codes, ohne seine Subcodes)</translation>
    </message>
    <message>
        <source>Figure %1. %2; showing %3.</source>
        <translation>Abbildung %1. %2; gezeigt: %3.</translation>
    </message>
    <message>
        <source>Figure %1. %2.</source>
        <translation>Abbildung %1. %2.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Kodierungen pro Code und Sprecher·in: Eine Kodierung zählt einmal für jede sprechende Person, deren Redebeiträge sie berührt.</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Codes nach Sprecher·innen</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Verglichene Kodierende: %1; Einheit: %2; Kennwerte über die Dokumente gepoolt.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Verglichene Kodierende: %1; Kennwerte über die Dokumente gepoolt.</translation>
    </message>
    <message>
        <source>Values of α below %1 are in &lt;span class="low"&gt;red&lt;/span&gt;.</source>
        <translation>α-Werte unter %1 sind &lt;span class="low"&gt;rot&lt;/span&gt; markiert.</translation>
    </message>
    <message>
        <source>METHODS</source>
        <translation>METHODEN</translation>
    </message>
    <message>
        <source>REFERENCES</source>
        <translation>LITERATUR</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Alle Codes (%1)</translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 mit seinen Subcodes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln Kodierung</numerusform>
            <numerusform>%Ln Kodierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Verwenden, wenn</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Nicht verwenden</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… und %Ln weiteres Dokument</numerusform>
            <numerusform>… und %Ln weitere Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>BEISPIELE</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>BEISPIEL</translation>
    </message>
    <message>
        <source>%1 · characters %2–%3 · coded by %4</source>
        <translation>%1 · Zeichen %2–%3 · kodiert von %4</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more quote(s) in the saved report.</source>
        <translation>
            <numerusform>… und %Ln weiteres Zitat im gespeicherten Bericht.</numerusform>
            <numerusform>… und %Ln weitere Zitate im gespeicherten Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>In dieser Auswahl noch nicht verwendet.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Noch nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (a folder)</source>
        <translation>CSV-Tabellen (ein Ordner)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Ordner (*)</translation>
    </message>
    <message>
        <source>Save the report's tables — name a folder for the CSV files</source>
        <translation>Tabellen des Berichts speichern — Ordner für die CSV-Dateien angeben</translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation>Bericht als %1 speichern</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>Berichtstabellen</translation>
    </message>
    <message>
        <source>codebook report</source>
        <translation>Kodiersystem-Bericht</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 ist eine Projektdatei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation>Diagramm als %1 speichern</translation>
    </message>
    <message>
        <source>chart %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>The report as it will be saved (the web page and Word file look the same, with their own fonts)</source>
        <translation>Der Bericht, wie er gespeichert wird (Webseite und Word-Datei sehen gleich aus, jeweils mit eigenen Schriftarten)</translation>
    </message>
    <message>
        <source>The report's charts; each can be saved as an image</source>
        <translation>Die Diagramme des Berichts; jedes kann als Bild gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Sicherungen von %1, neueste zuerst:</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
The previous file is kept as %3.</source>
        <translation>%1 aus der Sicherung von %2 wiederhergestellt.
Die bisherige Datei bleibt als %3 erhalten.</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Restore which project? Pick the project file (even a damaged one), or a folder of backups if the project file is gone.</source>
        <translation>Welches Projekt soll wiederhergestellt werden? Wählen Sie die Projektdatei (auch eine beschädigte) oder einen Sicherungsordner, falls die Projektdatei fehlt.</translation>
    </message>
    <message>
        <source>Pick the project file…</source>
        <translation>Projektdatei wählen…</translation>
    </message>
    <message>
        <source>Pick a backup folder…</source>
        <translation>Sicherungsordner wählen…</translation>
    </message>
    <message>
        <source>There are no backups of %1 (they would be in %2). Pick a backup folder instead, if you have one.</source>
        <translation>Es gibt keine Sicherungen von %1 (sie lägen in %2). Wählen Sie stattdessen einen Sicherungsordner, falls Sie einen haben.</translation>
    </message>
    <message>
        <source>%1 holds no Accord backups; they are in the folders under %2. Pick one of those.</source>
        <translation>%1 enthält keine Accord-Sicherungen; diese liegen in den Ordnern unter %2. Wählen Sie einen davon.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Sicherungen in %1, neueste zuerst:</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Sicherung wiederherstellen als</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>RetrieveDialog</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Reiner Text (.txt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Retrieve segments of a code</source>
        <translation>Segmente eines Codes abrufen</translation>
    </message>
    <message>
        <source>Every passage coded with one code, document by document — to read, quote from or share with someone who does not use Accord.</source>
        <translation>Alle mit einem Code kodierten Textstellen, Dokument für Dokument – zum Lesen, Zitieren oder Weitergeben an Personen, die Accord nicht nutzen.</translation>
    </message>
    <message>
        <source>The code whose segments to print</source>
        <translation>Der Code, dessen Segmente ausgegeben werden</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Include its &amp;sub-codes</source>
        <translation>&amp;Subcodes einbeziehen</translation>
    </message>
    <message>
        <source>Also print the segments coded with any code below this one</source>
        <translation>Auch die Segmente ausgeben, die mit einem untergeordneten Code kodiert sind</translation>
    </message>
    <message>
        <source>Coding &amp;memos</source>
        <translation>&amp;Memos zu Kodierungen</translation>
    </message>
    <message>
        <source>Print each segment's memo under it</source>
        <translation>Das Memo jedes Segments darunter ausgeben</translation>
    </message>
    <message>
        <source>C&amp;oders</source>
        <translation>K&amp;odierende</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Choose a code to see its segments.</source>
        <translation>Wählen Sie einen Code, um seine Segmente zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the segments in the chosen format (Ctrl+S)</source>
        <translation>Die Segmente im gewählten Format speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the segments as %1</source>
        <translation>Segmente als %1 speichern</translation>
    </message>
    <message>
        <source>segments %1</source>
        <translation>Segmente %1</translation>
    </message>
    <message>
        <source>Save segments</source>
        <translation>Segmente speichern</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 ist eine Projektdatei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Segments coded by %1</source>
        <translation>Von %1 kodierte Segmente</translation>
    </message>
    <message>
        <source>This code has no sub-codes</source>
        <translation>Dieser Code hat keine Subcodes</translation>
    </message>
    <message>
        <source>The codebook is empty: there is nothing to retrieve.</source>
        <translation>Das Kodiersystem ist leer: Es gibt nichts abzurufen.</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Kreuzen Sie mindestens eine kodierende Person an.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Kreuzen Sie mindestens ein Dokument an.</translation>
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation>Segmente werden gelesen…</translation>
    </message>
    <message>
        <source>The segments could not be read.</source>
        <translation>Die Segmente konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s) in the saved file]</source>
        <translation>
            <numerusform>[… %Ln weiteres Zeichen in der gespeicherten Datei]</numerusform>
            <numerusform>[… %Ln weitere Zeichen in der gespeicherten Datei]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The segments could not be saved:
%1</source>
        <translation>Die Segmente konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Saved %1 · &lt;a href="%2"&gt;Show folder&lt;/a&gt;</source>
        <translation>%1 gespeichert · &lt;a href="%2"&gt;Ordner anzeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in all documents…</source>
        <translation>In allen Dokumenten suchen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Code these hits…</source>
        <translation>Diese Treffer kodieren…</translation>
    </message>
    <message>
        <source>Auto-code the places found, after a preview where each can be unticked</source>
        <translation>Die gefundenen Stellen automatisch kodieren, nach einer Vorschau, in der sich jede abwählen lässt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Include sub-codes</source>
        <translation>Subcodes einbeziehen</translation>
    </message>
    <message>
        <source>Also list segments coded with codes below this one</source>
        <translation>Auch Segmente auflisten, die mit untergeordneten Codes kodiert sind</translation>
    </message>
    <message>
        <source>List only what this speaker said (the parts of segments in their turns)</source>
        <translation>Nur auflisten, was diese Person gesagt hat (die Teile der Segmente in ihren Redebeiträgen)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer·in</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher·innen</translation>
    </message>
    <message>
        <source>Select a code in the codebook to list its segments</source>
        <translation>Wählen Sie einen Code im Kodiersystem, um seine Segmente aufzulisten</translation>
    </message>
    <message>
        <source>%1 and its sub-codes</source>
        <translation>%1 und seine Subcodes</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>gesagt von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n Segment</numerusform>
            <numerusform>%1 · %n Segmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Mit Änderungen aus einem anderen Programm aktualisiert</translation>
    </message>
</context>
<context>
    <name>SidePair</name>
    <message>
        <source>Scroll together</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Scroll both texts as one (they show the same document)</source>
        <translation>Beide Texte gemeinsam scrollen (sie zeigen dasselbe Dokument)</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing here&lt;/i&gt; &amp;nbsp;·&amp;nbsp; the passage %1–%2 is selected</source>
        <translation>&lt;i&gt;hier nichts&lt;/i&gt; &amp;nbsp;·&amp;nbsp; die Textstelle %1–%2 ist ausgewählt</translation>
    </message>
</context>
<context>
    <name>SimilarHandlers</name>
    <message>
        <source>Similar passages</source>
        <translation>Ähnliche Textstellen</translation>
    </message>
    <message>
        <source>Select some text, or a code in the codebook, to find passages like it</source>
        <translation>Markieren Sie Text oder wählen Sie einen Code im Kodiersystem, um ähnliche Textstellen zu finden</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Right-click a code or selected text and choose Find similar passages</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Code oder markierten Text und wählen Sie „Ähnliche Textstellen finden“</translation>
    </message>
    <message>
        <source>By shared words</source>
        <translation>Über gemeinsame Wörter</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation>Nach Bedeutung</translation>
    </message>
    <message>
        <source>How large a suggested passage is</source>
        <translation>Wie groß eine vorgeschlagene Textstelle ist</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Redebeiträge</translation>
    </message>
    <message>
        <source>Like its definition too</source>
        <translation>Auch wie ihre Definition</translation>
    </message>
    <message>
        <source>Also find passages like the code's definition and example</source>
        <translation>Auch Textstellen wie die Definition und das Beispiel des Codes finden</translation>
    </message>
    <message>
        <source>Accepted passages are coded with this code, as the current coder</source>
        <translation>Übernommene Textstellen werden mit diesem Code kodiert, als aktuelle kodierende Person</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Übernehmen (Enter)</translation>
    </message>
    <message>
        <source>Reject (Delete)</source>
        <translation>Ablehnen (Entf)</translation>
    </message>
    <message>
        <source>Open in text</source>
        <translation>Im Text öffnen</translation>
    </message>
    <message>
        <source>Choose a model first: Settings ▸ Similar passages</source>
        <translation>Wählen Sie zuerst ein Modell: Einstellungen ▸ Ähnliche Textstellen</translation>
    </message>
    <message>
        <source>Code with:</source>
        <translation>Kodieren mit:</translation>
    </message>
    <message>
        <source>Passages like “%1”</source>
        <translation>Textstellen wie „%1“</translation>
    </message>
    <message>
        <source>Passages like “%1” (%2's segments)</source>
        <translation>Textstellen wie „%1“ (Segmente von %2)</translation>
    </message>
    <message>
        <source>finding…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln Vorschlag</numerusform>
            <numerusform>%Ln Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing similar found</source>
        <translation>nichts Ähnliches gefunden</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>SimilarSettingsDialog</name>
    <message>
        <source>Similar passages</source>
        <translation>Ähnliche Textstellen</translation>
    </message>
    <message>
        <source>Accord finds passages like the ones you point at on this computer; nothing is sent anywhere. By shared words it always works. By meaning it needs a model2vec model: download one once, or use the folder of one you already have.</source>
        <translation>Accord findet Textstellen wie die, auf die Sie zeigen, auf diesem Computer; nichts wird irgendwohin gesendet. Über gemeinsame Wörter funktioniert das immer. Nach Bedeutung braucht es ein model2vec-Modell: Laden Sie einmalig eines herunter, oder verwenden Sie den Ordner eines Modells, das Sie bereits haben.</translation>
    </message>
    <message>
        <source>Finding passages by meaning needs the optional model2vec package. Install it with: pip install "accord[similar]" — then restart Accord.</source>
        <translation>Die Suche nach Bedeutung benötigt das optionale Paket model2vec. Installieren Sie es mit: pip install "accord[similar]" – und starten Sie Accord dann neu.</translation>
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation>Modellordner verwenden…</translation>
    </message>
    <message>
        <source>Index this project's passages now</source>
        <translation>Textstellen dieses Projekts jetzt indexieren</translation>
    </message>
    <message>
        <source>Compute every passage's vector once, so searches by meaning are quick</source>
        <translation>Den Vektor jeder Textstelle einmal berechnen, damit die Suche nach Bedeutung schnell ist</translation>
    </message>
    <message>
        <source>Empty the cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Remove the cached vectors from the project; they can be rebuilt</source>
        <translation>Die zwischengespeicherten Vektoren aus dem Projekt entfernen; sie lassen sich neu erstellen</translation>
    </message>
    <message>
        <source>Download a model (once)</source>
        <translation>Modell herunterladen (einmalig)</translation>
    </message>
    <message>
        <source>%1, %2&lt;br&gt;from huggingface.co/%3</source>
        <translation>%1, %2&lt;br&gt;von huggingface.co/%3</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation>Verwendetes Modell: %1</translation>
    </message>
    <message>
        <source>No model yet: passages are found by shared words.</source>
        <translation>Noch kein Modell: Textstellen werden über gemeinsame Wörter gefunden.</translation>
    </message>
    <message>
        <source>Download %1 (%2) from huggingface.co/%3 into %4?</source>
        <translation>%1 (%2) von huggingface.co/%3 nach %4 herunterladen?</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Modell herunterladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>A model2vec model folder</source>
        <translation>Ein model2vec-Modellordner</translation>
    </message>
    <message>
        <source>Use a model folder</source>
        <translation>Modellordner verwenden</translation>
    </message>
    <message>
        <source>Index passages</source>
        <translation>Textstellen indexieren</translation>
    </message>
    <message>
        <source>Indexing passages (%1 of %2)</source>
        <translation>Textstellen werden indexiert (%1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) indexed.</source>
        <translation>
            <numerusform>%Ln Textstelle indexiert.</numerusform>
            <numerusform>%Ln Textstellen indexiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Der Cache ist leer.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>and also coded</source>
        <translation>und auch kodiert mit</translation>
    </message>
    <message>
        <source>or coded</source>
        <translation>oder kodiert mit</translation>
    </message>
    <message>
        <source>but not coded</source>
        <translation>aber nicht kodiert mit</translation>
    </message>
    <message>
        <source>near</source>
        <translation>in der Nähe von</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>At most this many characters between the two passages</source>
        <translation>Höchstens so viele Zeichen zwischen den beiden Textstellen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code interviews and other texts, then see where coders agree.</source>
        <translation>Kodieren Sie Interviews und andere Texte und sehen Sie dann, wo die Kodierenden übereinstimmen.</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>Open an existing .accord file</source>
        <translation>Eine vorhandene .accord-Datei öffnen</translation>
    </message>
    <message>
        <source>Four fictional interviews, a codebook, two coders</source>
        <translation>Vier fiktive Interviews, ein Kodiersystem, zwei Kodierende</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back a damaged or lost project from its automatic backups</source>
        <translation>Ein beschädigtes oder verlorenes Projekt aus seinen automatischen Sicherungen wiederherstellen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
</context>
<context>
    <name>_Header</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>_SuggestionsModel</name>
    <message>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
</context>
</TS>