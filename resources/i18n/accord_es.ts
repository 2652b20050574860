<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crear un archivo de proyecto vacío</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open an .accord project</source>
        <translation>Abrir un proyecto .accord</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Abrir proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open the bundled sample study</source>
        <translation>Abrir el estudio de ejemplo incluido</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and .srt transcripts</source>
        <translation>Importar archivos .txt, .md, .docx, .pdf, .html, .odt o .rtf, o transcripciones .vtt y .srt</translation>
    </message>
    <message>
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation>Importar REFI-QDA (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <source>Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, QualCoder or Taguette</source>
        <translation>Incorporar un proyecto o libro de códigos exportado desde MAXQDA, ATLAS.ti, NVivo, QualCoder o Taguette</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA (.qdpx)…</source>
        <translation>Exportar proyecto como REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>The whole project in the exchange format other QDA tools read</source>
        <translation>Todo el proyecto en el formato de intercambio que leen otras herramientas QDA</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA (.qdc)…</source>
        <translation>Exportar libro de códigos como REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>The codebook alone, for another project or tool</source>
        <translation>Solo el libro de códigos, para otro proyecto u otra herramienta</translation>
    </message>
    <message>
        <source>&amp;Merge coders' projects…</source>
        <translation>&amp;Fusionar proyectos de codificadores…</translation>
    </message>
    <message>
        <source>Bring other coders' copies of this project (their coders, codes and codings) into it</source>
        <translation>Incorporar a este proyecto las copias de otros codificadores (sus codificadores, códigos y codificaciones)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar copia de se&amp;guridad…</translation>
    </message>
    <message>
        <source>Put back an earlier state of this project from its automatic backups</source>
        <translation>Recuperar un estado anterior de este proyecto a partir de sus copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una c&amp;opia como…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation>Escribir una copia del proyecto en otro archivo</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>Close this project</source>
        <translation>Cerrar este proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Accord (all work is already saved)</source>
        <translation>Salir de Accord (todo el trabajo ya está guardado)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio que se acaba de deshacer</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;Buscar en el documento…</translation>
    </message>
    <message>
        <source>Find text in this document</source>
        <translation>Buscar texto en este documento</translation>
    </message>
    <message>
        <source>Find in &amp;all documents…</source>
        <translation>Buscar en &amp;todos los documentos…</translation>
    </message>
    <message>
        <source>Search every document of the project</source>
        <translation>Buscar en todos los documentos del proyecto</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>Codificación &amp;rápida…</translation>
    </message>
    <message>
        <source>Code the selection with a code picked by typing (or a new one)</source>
        <translation>Codificar la selección con un código elegido escribiendo (o con uno nuevo)</translation>
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation>Código &amp;in vivo</translation>
    </message>
    <message>
        <source>Create a code named after the selected words and apply it</source>
        <translation>Crear un código con el nombre de las palabras seleccionadas y aplicarlo</translation>
    </message>
    <message>
        <source>Code with a ne&amp;w code…</source>
        <translation>Codificar con código &amp;nuevo…</translation>
    </message>
    <message>
        <source>Create a code (name, where, colour, definition) and code the selection with it</source>
        <translation>Crear un código (nombre, ubicación, color, definición) y codificar la selección con él</translation>
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation>&amp;Eliminar codificación</translation>
    </message>
    <message>
        <source>Remove the selected coding</source>
        <translation>Eliminar la codificación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Change code of coding…</source>
        <translation>&amp;Cambiar código de la codificación…</translation>
    </message>
    <message>
        <source>Give the selected coding another code</source>
        <translation>Asignar otro código a la codificación seleccionada</translation>
    </message>
    <message>
        <source>Coding &amp;memo…</source>
        <translation>&amp;Memo de la codificación…</translation>
    </message>
    <message>
        <source>Edit the selected coding's memo</source>
        <translation>Editar el memo de la codificación seleccionada</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>N&amp;uevo código…</translation>
    </message>
    <message>
        <source>Add a code to the codebook: name, where, colour and definition</source>
        <translation>Añadir un código al libro de códigos: nombre, ubicación, color y definición</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Ajustar selecciones a palabras completas</translation>
    </message>
    <message>
        <source>Extend selections that start or end inside a word</source>
        <translation>Ampliar las selecciones que empiezan o terminan dentro de una palabra</translation>
    </message>
    <message>
        <source>&amp;Trim white space from selections</source>
        <translation>&amp;Quitar espacios en blanco de las selecciones</translation>
    </message>
    <message>
        <source>Leave out spaces and line breaks at either end of a selection when coding it</source>
        <translation>Omitir los espacios y saltos de línea en los extremos de una selección al codificarla</translation>
    </message>
    <message>
        <source>One &amp;click on a code applies it</source>
        <translation>Aplicar un código con un &amp;solo clic</translation>
    </message>
    <message>
        <source>Off: a click only shows a code; double-click it, press Enter or use Code to apply it</source>
        <translation>Desactivado: un clic solo muestra el código; haga doble clic, pulse Intro o use Codificar para aplicarlo</translation>
    </message>
    <message>
        <source>&amp;Import codebook…</source>
        <translation>&amp;Importar libro de códigos…</translation>
    </message>
    <message>
        <source>Add the codes of a codebook kept in Excel, CSV or Word, after a preview of what is new</source>
        <translation>Añadir los códigos de un libro de códigos en Excel, CSV o Word, tras una vista previa de lo nuevo</translation>
    </message>
    <message>
        <source>&amp;Export codebook…</source>
        <translation>&amp;Exportar libro de códigos…</translation>
    </message>
    <message>
        <source>Write the codebook as an Excel, CSV or Word table that Import codebook reads back</source>
        <translation>Escribir el libro de códigos como tabla de Excel, CSV o Word que Importar libro de códigos puede volver a leer</translation>
    </message>
    <message>
        <source>Compare &amp;coders…</source>
        <translation>Comparar &amp;codificadores…</translation>
    </message>
    <message>
        <source>Agreement statistics, the disagreements between two coders, and adjudication</source>
        <translation>Estadísticos de acuerdo, desacuerdos entre dos codificadores y resolución de desacuerdos</translation>
    </message>
    <message>
        <source>Codebook &amp;report…</source>
        <translation>&amp;Informe del libro de códigos…</translation>
    </message>
    <message>
        <source>The codebook with counts, quotes, charts and agreement, as HTML, Word, Markdown, CSV or Excel</source>
        <translation>El libro de códigos con recuentos, citas, gráficos y acuerdo, en HTML, Word, Markdown, CSV o Excel</translation>
    </message>
    <message>
        <source>Retrieve &amp;segments of a code…</source>
        <translation>Recuperar &amp;segmentos de un código…</translation>
    </message>
    <message>
        <source>Print every segment of a code (and its sub-codes) as text or Word</source>
        <translation>Imprimir todos los segmentos de un código (y de sus subcódigos) como texto o Word</translation>
    </message>
    <message>
        <source>Project &amp;memos…</source>
        <translation>&amp;Memos del proyecto…</translation>
    </message>
    <message>
        <source>Memos about the whole project</source>
        <translation>Memos sobre el proyecto en su conjunto</translation>
    </message>
    <message>
        <source>&amp;Document memos…</source>
        <translation>Memos del &amp;documento…</translation>
    </message>
    <message>
        <source>Memos on the current document</source>
        <translation>Memos sobre el documento actual</translation>
    </message>
    <message>
        <source>C&amp;ode memos…</source>
        <translation>Memos del códi&amp;go…</translation>
    </message>
    <message>
        <source>Memos on the current code</source>
        <translation>Memos sobre el código actual</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>&amp;Atributos…</translation>
    </message>
    <message>
        <source>Every document's attributes (age, site, …) as a table you can edit; add, type and remove them</source>
        <translation>Los atributos de cada documento (edad, lugar, …) en una tabla editable; añádalos, defina su tipo o elimínelos</translation>
    </message>
    <message>
        <source>&amp;Import attributes…</source>
        <translation>Importar a&amp;tributos…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document, a column per attribute</source>
        <translation>Atributos desde una hoja de cálculo (.csv, .xlsx): una fila por documento, una columna por atributo</translation>
    </message>
    <message>
        <source>E&amp;xport attributes…</source>
        <translation>E&amp;xportar atributos…</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file, the shape Import attributes reads</source>
        <translation>Los atributos de cada documento a un archivo .csv o .xlsx, con la forma que lee Importar atributos</translation>
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation>&amp;Renombrar documento…</translation>
    </message>
    <message>
        <source>Rename the current document</source>
        <translation>Renombrar el documento actual</translation>
    </message>
    <message>
        <source>De&amp;lete document…</source>
        <translation>E&amp;liminar documento…</translation>
    </message>
    <message>
        <source>Delete the current document and its codings</source>
        <translation>Eliminar el documento actual y sus codificaciones</translation>
    </message>
    <message>
        <source>Add &amp;coder…</source>
        <translation>Añadir codi&amp;ficador…</translation>
    </message>
    <message>
        <source>Add a coder to this project</source>
        <translation>Añadir un codificador a este proyecto</translation>
    </message>
    <message>
        <source>C&amp;oders…</source>
        <translation>C&amp;odificadores…</translation>
    </message>
    <message>
        <source>Rename or delete coders, and mark a consensus (left out of "all coders")</source>
        <translation>Renombrar o eliminar codificadores y marcar un consenso (excluido de "todos los codificadores")</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matriz…</translation>
    </message>
    <message>
        <source>Codes against documents, speakers, coders or an attribute, as counts, presence, coverage or words</source>
        <translation>Códigos frente a documentos, hablantes, codificadores o un atributo, como recuentos, presencia, cobertura o palabras</translation>
    </message>
    <message>
        <source>Code &amp;relations…</source>
        <translation>&amp;Relaciones entre códigos…</translation>
    </message>
    <message>
        <source>Codes against codes: in how many places two codes overlap, share a turn or paragraph, or lie near each other</source>
        <translation>Códigos frente a códigos: en cuántos lugares dos códigos se solapan, comparten un turno de palabra o párrafo, o están próximos</translation>
    </message>
    <message>
        <source>Coding &amp;query…</source>
        <translation>&amp;Consulta de codificación…</translation>
    </message>
    <message>
        <source>Find passages coded with one code and/or/not/near others, by coder, speaker or attribute; save queries by name</source>
        <translation>Buscar fragmentos codificados con un código y/o/no/cerca de otros, por codificador, hablante o atributo; guardar consultas con nombre</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>Codificación &amp;automática…</translation>
    </message>
    <message>
        <source>Code every place a text occurs, or every turn of a speaker, after a preview where each passage can be unticked</source>
        <translation>Codificar cada lugar donde aparece un texto, o cada turno de un hablante, tras una vista previa donde puede desmarcar cada fragmento</translation>
    </message>
    <message>
        <source>Find &amp;similar passages</source>
        <translation>Buscar fragmentos &amp;similares</translation>
    </message>
    <message>
        <source>Suggest passages like the selected text, or like the current code's segments (nothing is coded until you accept one)</source>
        <translation>Sugerir fragmentos parecidos al texto seleccionado o a los segmentos del código actual (no se codifica nada hasta que acepte uno)</translation>
    </message>
    <message>
        <source>&amp;Similar passages…</source>
        <translation>Fragmentos &amp;similares…</translation>
    </message>
    <message>
        <source>The model that finds passages by meaning (downloaded once, or a folder you have), and its cache</source>
        <translation>El modelo que busca fragmentos por significado (se descarga una vez, o una carpeta que ya tenga) y su caché</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>The language of Accord's menus and windows, from its next start</source>
        <translation>El idioma de los menús y ventanas de Accord, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto a su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>A short guide: coding, comparing coders, reports</source>
        <translation>Una guía breve: codificar, comparar codificadores, informes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut</source>
        <translation>Todos los atajos</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>A&amp;cerca de Accord</translation>
    </message>
    <message>
        <source>Version and where Accord keeps its files</source>
        <translation>Versión y dónde guarda Accord sus archivos</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Which coders to compare: a pair, or all coders (consensus coders left out)</source>
        <translation>Qué codificadores comparar: un par, o todos los codificadores (sin los de consenso)</translation>
    </message>
    <message>
        <source>The figure shown in the cells</source>
        <translation>La cifra que se muestra en las celdas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>All %n coders</source>
        <translation>
            <numerusform>%n codificador</numerusform>
            <numerusform>Los %n codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two coders with codings.</source>
        <translation>El acuerdo requiere al menos dos codificadores con codificaciones.</translation>
    </message>
    <message>
        <source>Import another coder's work (File ▸ Merge coders' projects) or code as a second coder.</source>
        <translation>Importe el trabajo de otro codificador (Archivo ▸ Fusionar proyectos de codificadores) o codifique como segundo codificador.</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders (%1)</source>
        <translation>
            <numerusform>%n codificador (%1)</numerusform>
            <numerusform>los %n codificadores (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>overall %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 global: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>whitespace trimmed</source>
        <translation>espacios en blanco recortados</translation>
    </message>
    <message>
        <source>codings as stored</source>
        <translation>codificaciones tal como están guardadas</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</source>
        <translation>&lt;i&gt;no definido&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once:</source>
        <translation>Qué código recibe cada fragmento, todos los códigos a la vez:</translation>
    </message>
</context>
<context>
    <name>AttributeFileHandlers</name>
    <message>
        <source>Exported the attributes to %1</source>
        <translation>Atributos exportados a %1</translation>
    </message>
</context>
<context>
    <name>AttributeFileMessages</name>
    <message numerus="yes">
        <source>Imported attributes from %1: %n value(s) set on %2 document(s)</source>
        <translation>
            <numerusform>Atributos importados de %1: %n valor asignado (documentos: %2)</numerusform>
            <numerusform>Atributos importados de %1: %n valores asignados (documentos: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message>
        <source>Cannot import attributes</source>
        <translation>No se pueden importar los atributos</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importar atributos desde %1</translation>
    </message>
    <message>
        <source>Export attributes</source>
        <translation>Exportar atributos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export attributes</source>
        <translation>No se pueden exportar los atributos</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>&amp;Add attribute…</source>
        <translation>&amp;Añadir atributo…</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>Cambiar &amp;tipo…</translation>
    </message>
    <message>
        <source>&amp;Remove attribute…</source>
        <translation>&amp;Eliminar atributo…</translation>
    </message>
    <message>
        <source>&amp;Clear cells</source>
        <translation>&amp;Vaciar celdas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document</source>
        <translation>Atributos desde una hoja de cálculo (.csv, .xlsx): una fila por documento</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file</source>
        <translation>Los atributos de cada documento a un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A row per document, a column per attribute. Type in a cell to set a value; Delete clears it; Ctrl+Z undoes.</source>
        <translation>Una fila por documento, una columna por atributo. Escriba en una celda para asignar un valor; Supr lo borra; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation>Atributos — %1</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <source>Name of the new attribute (e.g. age, site):</source>
        <translation>Nombre del nuevo atributo (p. ej., edad, lugar):</translation>
    </message>
    <message>
        <source>What kind of value is %1?</source>
        <translation>¿Qué tipo de valor es %1?</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Añadir atributo %1</translation>
    </message>
    <message>
        <source>What kind of value is %1? (now: %2)</source>
        <translation>¿Qué tipo de valor es %1? (actual: %2)</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message numerus="yes">
        <source>Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Eliminar el atributo %1 de todos los documentos (%n valor)? Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar el atributo %1 de todos los documentos (%n valores)? Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Eliminar atributo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Eliminar atributo %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n attribute value(s)</source>
        <translation>
            <numerusform>Vaciar %n valor de atributo</numerusform>
            <numerusform>Vaciar %n valores de atributo</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a text</source>
        <translation>Convertir %1 en texto</translation>
    </message>
    <message>
        <source>Make %1 a number</source>
        <translation>Convertir %1 en número</translation>
    </message>
    <message>
        <source>Make %1 a date</source>
        <translation>Convertir %1 en fecha</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>a number, e.g. 42 or 3.5</source>
        <translation>un número, p. ej., 42 o 3.5</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>una fecha, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Eliminar %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Asignar %1 de %2</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <source>Auto-code</source>
        <translation>Codificación automática</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Every turn of a speaker</source>
        <translation>Cada turno de un hablante</translation>
    </message>
    <message>
        <source>Words to find (case and accents ignored)</source>
        <translation>Palabras que buscar (sin distinguir mayúsculas ni acentos)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <source>just the words found</source>
        <translation>solo las palabras encontradas</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>la oración</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>el párrafo</translation>
    </message>
    <message>
        <source>the speaker turn</source>
        <translation>el turno de palabra</translation>
    </message>
    <message>
        <source>Only inside passages already coded with this code (by any coder of role coder), clipped to them</source>
        <translation>Solo dentro de fragmentos ya codificados con este código (por cualquier codificador con rol de codificador), recortado a ellos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Hablante:</translation>
    </message>
    <message>
        <source>Extend each hit to:</source>
        <translation>Extender cada resultado a:</translation>
    </message>
    <message>
        <source>Only within:</source>
        <translation>Solo dentro de:</translation>
    </message>
    <message>
        <source>With code:</source>
        <translation>Con el código:</translation>
    </message>
    <message>
        <source>As coder:</source>
        <translation>Como codificador:</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>en cualquier parte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) found; the first %1 are listed: narrow the search</source>
        <translation>
            <numerusform>%Ln fragmento encontrado; se listan los primeros %1: acote la búsqueda</numerusform>
            <numerusform>%Ln fragmentos encontrados; se listan los primeros %1: acote la búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Untick the passages not to code.</source>
        <translation>Desmarque los fragmentos que no deban codificarse.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passage(s)</source>
        <translation>
            <numerusform>Codificar %Ln fragmento</numerusform>
            <numerusform>Codificar %Ln fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview to see what would be coded.</source>
        <translation>Use la vista previa para ver qué se codificaría.</translation>
    </message>
    <message>
        <source>Auto-code %1</source>
        <translation>Codificación automática %1</translation>
    </message>
    <message>
        <source>Coded: %1 added, %2 merged with codings already there (Edit ▸ Undo takes it back).</source>
        <translation>Codificación hecha: %1 nuevas, %2 fusionadas con codificaciones existentes (Editar ▸ Deshacer lo revierte).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañada: %1</translation>
    </message>
    <message>
        <source>This backup fails SQLite's integrity check; choose another one</source>
        <translation>Esta copia de seguridad no supera la comprobación de integridad de SQLite; elija otra</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored; choose one marked ok.</source>
        <translation>Esta copia de seguridad está dañada y no se puede restaurar; elija una marcada como correcta.</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <source>Show disagreements</source>
        <translation>Mostrar desacuerdos</translation>
    </message>
    <message>
        <source>Open the disagreements about this code and document (double-click a cell)</source>
        <translation>Abrir los desacuerdos sobre este código y documento (doble clic en una celda)</translation>
    </message>
    <message>
        <source>&lt;p style='color:gray'&gt;Select a cell to see the figures behind it.&lt;/p&gt;</source>
        <translation>&lt;p style='color:gray'&gt;Seleccione una celda para ver las cifras que hay detrás.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Pooled over documents</source>
        <translation>Agrupado sobre los documentos</translation>
    </message>
    <message>
        <source>&lt;i&gt;not used here&lt;/i&gt;</source>
        <translation>&lt;i&gt;no se usa aquí&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt;</source>
        <translation>&lt;i&gt;no definido&lt;/i&gt;</translation>
    </message>
    <message>
        <source>95 % interval %1 – %2</source>
        <translation>Intervalo del 95 %: %1 – %2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>A code's own codings (without its sub-codes).</source>
        <translation>Codificaciones propias de cada código (sin sus subcódigos).</translation>
    </message>
    <message>
        <source>A code's own codings (without its sub-codes), split by coder.</source>
        <translation>Codificaciones propias de cada código (sin sus subcódigos), desglosadas por codificador.</translation>
    </message>
    <message>
        <source>How often each code was applied in each document; darker cells mean more codings.</source>
        <translation>Con qué frecuencia se aplicó cada código en cada documento; las celdas más oscuras indican más codificaciones.</translation>
    </message>
    <message>
        <source>In how many places passages coded with both codes overlap.</source>
        <translation>En cuántos lugares se solapan fragmentos codificados con ambos códigos.</translation>
    </message>
    <message>
        <source>The charts appear here once the report is built.</source>
        <translation>Los gráficos aparecen aquí una vez generado el informe.</translation>
    </message>
    <message>
        <source>No codes are in this selection: there is nothing to chart.</source>
        <translation>No hay códigos en esta selección: no hay nada que representar.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection yet: there is nothing to chart.</source>
        <translation>Todavía no se ha codificado nada en esta selección: no hay nada que representar.</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Codificaciones por código y codificador</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>Save this chart as an SVG image (for print and further editing) or as a PNG image</source>
        <translation>Guardar este gráfico como imagen SVG (para imprimir y seguir editándolo) o como imagen PNG</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>Imagen SVG…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Imagen PNG…</translation>
    </message>
    <message>
        <source>%1 Showing %2.</source>
        <translation>%1 Se muestran %2.</translation>
    </message>
    <message>
        <source>No codes are in this selection.</source>
        <translation>No hay códigos en esta selección.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection.</source>
        <translation>No se ha codificado nada en esta selección.</translation>
    </message>
    <message>
        <source>No documents are in this selection.</source>
        <translation>No hay documentos en esta selección.</translation>
    </message>
    <message>
        <source>Co-occurrence needs at least two codes.</source>
        <translation>La coocurrencia requiere al menos dos códigos.</translation>
    </message>
    <message>
        <source>No two codes overlap in this selection.</source>
        <translation>Ningún par de códigos se solapa en esta selección.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tick every coder</source>
        <translation>Marcar todos los codificadores</translation>
    </message>
    <message>
        <source>Untick every coder</source>
        <translation>Desmarcar todos los codificadores</translation>
    </message>
    <message>
        <source>Tick every document</source>
        <translation>Marcar todos los documentos</translation>
    </message>
    <message>
        <source>Untick every document</source>
        <translation>Desmarcar todos los documentos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
</context>
<context>
    <name>CodeDialogs</name>
    <message>
        <source>Code colour</source>
        <translation>Color del código</translation>
    </message>
</context>
<context>
    <name>CodeTextsDialog</name>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Excluir:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>A short summary, shown after the name</source>
        <translation>Un resumen breve, mostrado tras el nombre</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Qué significa el código</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Cuándo aplicarlo</translation>
    </message>
    <message>
        <source>When not to (and what to use instead)</source>
        <translation>Cuándo no (y qué usar en su lugar)</translation>
    </message>
    <message>
        <source>A typical quotation</source>
        <translation>Una cita típica</translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definición de “%1”</translation>
    </message>
</context>
<context>
    <name>CodeTree</name>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Códigos</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Show only the codes whose name contains this text (the ticks stay as they are)</source>
        <translation>Mostrar solo los códigos cuyo nombre contiene este texto (las marcas no cambian)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>The codes the report covers. A code comes with all of its sub-codes; a half-ticked code is left
out itself (only its ticked sub-codes are in the report).</source>
        <translation>Los códigos que abarca el informe. Un código incluye todos sus subcódigos; un código marcado a medias queda
excluido él mismo (solo sus subcódigos marcados están en el informe).</translation>
    </message>
    <message>
        <source>Tick every code</source>
        <translation>Marcar todos los códigos</translation>
    </message>
    <message>
        <source>Untick every code</source>
        <translation>Desmarcar todos los códigos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln codificación de %1 y sus subcódigos (todos los codificadores); %2 del propio código</numerusform>
            <numerusform>%Ln codificaciones de %1 y sus subcódigos (todos los codificadores); %2 del propio código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln codificación de %1 y sus subcódigos (los codificadores marcados); %2 del propio código</numerusform>
            <numerusform>%Ln codificaciones de %1 y sus subcódigos (los codificadores marcados); %2 del propio código</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 itself is not in the report: only some of its sub-codes are ticked</source>
        <translation>%1 no está en el informe: solo están marcados algunos de sus subcódigos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
</context>
<context>
    <name>CodebookFileHandlers</name>
    <message>
        <source>Import codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.docx);;All files (*)</source>
        <translation>Libros de códigos (*.csv *.xlsx *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import codebook</source>
        <translation>No se puede importar el libro de códigos</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportar libro de códigos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv);;Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export codebook</source>
        <translation>No se puede exportar el libro de códigos</translation>
    </message>
</context>
<context>
    <name>CodebookFileMessages</name>
    <message numerus="yes">
        <source>Imported %1: %n code(s) added, %2 updated</source>
        <translation>
            <numerusform>%1 importado: %n código añadido, %2 actualizados</numerusform>
            <numerusform>%1 importado: %n códigos añadidos, %2 actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to %1</source>
        <translation>
            <numerusform>%n código exportado a %1</numerusform>
            <numerusform>%n códigos exportados a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Codings of each code (a collapsed code counts its sub-codes too)</source>
        <translation>Codificaciones de cada código (un código contraído cuenta también sus subcódigos)</translation>
    </message>
    <message>
        <source>Quick key: %1</source>
        <translation>Tecla rápida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s), %1 with sub-codes</source>
        <translation>
            <numerusform>%n codificación, %1 con subcódigos</numerusform>
            <numerusform>%n codificaciones, %1 con subcódigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (shown coders only)</source>
        <translation>%1 (solo codificadores mostrados)</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Renombrar código “%1”</translation>
    </message>
    <message>
        <source>Move code “%1” under “%2”</source>
        <translation>Mover el código “%1” bajo “%2”</translation>
    </message>
    <message>
        <source>Move code “%1” to the top level</source>
        <translation>Mover el código “%1” al nivel superior</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Select a code to see its definition</source>
        <translation>Seleccione un código para ver su definición</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <source>Code the selected text with the current code (or double-click the code)</source>
        <translation>Codificar el texto seleccionado con el código actual (o hacer doble clic en el código)</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Nuevo código “%1”</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Renombrar código</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Renombrar código “%1”</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>Cambiar color de “%1”</translation>
    </message>
    <message>
        <source>Edit definition of “%1”</source>
        <translation>Editar definición de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of “%1” will be recoded as “%2”.</source>
        <translation>
            <numerusform>%n codificación de “%1” se recodificará como “%2”.</numerusform>
            <numerusform>%n codificaciones de “%1” se recodificarán como “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-code(s) will move under “%1”.</source>
        <translation>
            <numerusform>Su %n subcódigo pasará a estar bajo “%1”.</numerusform>
            <numerusform>Sus %n subcódigos pasarán a estar bajo “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will then be deleted.</source>
        <translation>Después se eliminará “%1”.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>¿Fusionar “%1” con “%2”?</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Fusionar códigos</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar “%1” con “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-code(s)?</source>
        <translation>
            <numerusform>¿Eliminar “%1” y su %n subcódigo?</numerusform>
            <numerusform>¿Eliminar “%1” y sus %n subcódigos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be deleted with it.</source>
        <translation>
            <numerusform>Con él se eliminará %n codificación.</numerusform>
            <numerusform>Con él se eliminarán %n codificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text is coded with it.</source>
        <translation>No hay texto codificado con él.</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Eliminar código “%1”</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>Nuevo código…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>New sub-code…</source>
        <translation>Nuevo subcódigo…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Cambiar color…</translation>
    </message>
    <message>
        <source>Edit definition…</source>
        <translation>Editar definición…</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Buscar fragmentos similares</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Include:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Incluir:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclude:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Excluir:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; “%1”</source>
        <translation>&lt;b&gt;Ejemplo:&lt;/b&gt; “%1”</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Aún no hay definición.</translation>
    </message>
    <message>
        <source>Add one…</source>
        <translation>Añadir una…</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) with sub-codes (%1 directly)</source>
        <translation>
            <numerusform>%n codificación con subcódigos (%1 directamente)</numerusform>
            <numerusform>%n codificaciones con subcódigos (%1 directamente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the coders shown</source>
        <translation>%1 por los codificadores mostrados</translation>
    </message>
</context>
<context>
    <name>CoderChecklist</name>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consenso)</translation>
    </message>
</context>
<context>
    <name>CoderPairPicker</name>
    <message>
        <source>Coder A</source>
        <translation>Codificador A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Codificador B</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Coder colour</source>
        <translation>Color del codificador</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>A &lt;b&gt;consensus&lt;/b&gt; holds the decisions of adjudication, or a reference coding. Agreement and reports compare the coders; a consensus only when you choose it by name.</source>
        <translation>Un &lt;b&gt;consenso&lt;/b&gt; contiene las decisiones de la resolución de desacuerdos, o una codificación de referencia. El acuerdo y los informes comparan a los codificadores; un consenso, solo cuando usted lo elige por su nombre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Make &amp;consensus</source>
        <translation>Convertir en &amp;consenso</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>The colour the comparison view and reports draw this coder in</source>
        <translation>El color con el que la vista de comparación y los informes representan a este codificador</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>No colour chosen: views and reports pick one</source>
        <translation>No se ha elegido color: las vistas y los informes eligen uno</translation>
    </message>
    <message>
        <source>Drawn in %1</source>
        <translation>Representado en %1</translation>
    </message>
    <message>
        <source>Make &amp;coder</source>
        <translation>Convertir en &amp;codificador</translation>
    </message>
    <message>
        <source>Compare this coder again with the others</source>
        <translation>Volver a comparar este codificador con los demás</translation>
    </message>
    <message>
        <source>Leave it out of "all coders": it holds decisions, not independent coding</source>
        <translation>Excluirlo de "todos los codificadores": contiene decisiones, no una codificación independiente</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Añadir codificador</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Nombre del codificador:</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Añadir codificador %1</translation>
    </message>
    <message>
        <source>Rename coder</source>
        <translation>Renombrar codificador</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nuevo nombre para %1:</translation>
    </message>
    <message>
        <source>Rename coder %1</source>
        <translation>Renombrar codificador %1</translation>
    </message>
    <message>
        <source>Make %1 a coder</source>
        <translation>Convertir %1 en codificador</translation>
    </message>
    <message>
        <source>Make %1 a consensus</source>
        <translation>Convertir %1 en consenso</translation>
    </message>
    <message>
        <source>Colour coder %1</source>
        <translation>Color del codificador %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete coder %1 and their %n coding(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>¿Eliminar el codificador %1 y su %n codificación? (Deshacer la recupera.)</numerusform>
            <numerusform>¿Eliminar el codificador %1 y sus %n codificaciones? (Deshacer las recupera.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete coder %1? (Undo brings them back.)</source>
        <translation>¿Eliminar el codificador %1? (Deshacer lo recupera.)</translation>
    </message>
    <message>
        <source>Delete coder</source>
        <translation>Eliminar codificador</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete coder %1</source>
        <translation>Eliminar codificador %1</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>The selection is only white space: nothing was coded</source>
        <translation>La selección solo contiene espacios en blanco: no se codificó nada</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation>Seleccione primero un texto y después elija un código</translation>
    </message>
    <message>
        <source>Add a coder first (Project ▸ Coders)</source>
        <translation>Añada primero un codificador (Proyecto ▸ Codificadores)</translation>
    </message>
    <message>
        <source>Apply code %1</source>
        <translation>Aplicar código %1</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) with %1</source>
        <translation>
            <numerusform>Se codificó %n carácter con %1</numerusform>
            <numerusform>Se codificaron %n caracteres con %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No code has the number %1</source>
        <translation>Ningún código tiene el número %1</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K</source>
        <translation>Seleccione primero un texto y después pulse Ctrl+K</translation>
    </message>
    <message>
        <source>Select the words to use as the code's name</source>
        <translation>Seleccione las palabras que se usarán como nombre del código</translation>
    </message>
    <message>
        <source>The selection has no words to name a code after</source>
        <translation>La selección no tiene palabras con las que nombrar un código</translation>
    </message>
    <message>
        <source>Add a coder first</source>
        <translation>Añada primero un codificador</translation>
    </message>
    <message>
        <source>In-vivo code %1</source>
        <translation>Código in vivo %1</translation>
    </message>
    <message>
        <source>Select some text first, then create a code for it</source>
        <translation>Seleccione primero un texto y después cree un código para él</translation>
    </message>
    <message>
        <source>Code with new code %1</source>
        <translation>Codificar con el nuevo código %1</translation>
    </message>
    <message>
        <source>Click a coding (its stripe) to select it first</source>
        <translation>Haga clic primero en una codificación (su franja) para seleccionarla</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Quitar codificación</translation>
    </message>
    <message>
        <source>Change code of coding</source>
        <translation>Cambiar el código de la codificación</translation>
    </message>
</context>
<context>
    <name>CodingGestures</name>
    <message>
        <source>To code the selection, double-click the code (or press Enter, or Code)</source>
        <translation>Para codificar la selección, haga doble clic en el código (o pulse Intro, o Codificar)</translation>
    </message>
    <message>
        <source>Select some text first, then double-click a code</source>
        <translation>Seleccione primero un texto y después haga doble clic en un código</translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation>Cambiar código…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Eliminar codificación</translation>
    </message>
    <message>
        <source>Code with “%1”</source>
        <translation>Codificar con “%1”</translation>
    </message>
    <message>
        <source>Quick code…</source>
        <translation>Codificación rápida…</translation>
    </message>
    <message>
        <source>Code with a new code…</source>
        <translation>Codificar con código nuevo…</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>Código in vivo</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Buscar fragmentos similares</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>CodingMemoDialog</name>
    <message>
        <source>Memo on coding — %1</source>
        <translation>Memo de la codificación — %1</translation>
    </message>
    <message>
        <source>In “%1”, coded by %2</source>
        <translation>En “%1”, codificado por %2</translation>
    </message>
    <message>
        <source>The coded text</source>
        <translation>El texto codificado</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>Why this passage was coded so, doubts, ideas…</source>
        <translation>Por qué se codificó así este fragmento, dudas, ideas…</translation>
    </message>
    <message>
        <source>The memo of this coding (Ctrl+Enter saves)</source>
        <translation>El memo de esta codificación (Ctrl+Intro guarda)</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Guardar el memo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>Editar memo de la codificación</translation>
    </message>
</context>
<context>
    <name>CodingTooltip</name>
    <message numerus="yes">
        <source>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character(s))</source>
        <translation>
            <numerusform>Codificador: %1 &amp;middot; %2&amp;ndash;%3 (%n carácter)</numerusform>
            <numerusform>Codificador: %1 &amp;middot; %2&amp;ndash;%3 (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>≥ %1 reliable</source>
        <translation>≥ %1 fiable</translation>
    </message>
    <message>
        <source>%1 – %2 tentative</source>
        <translation>%1 – %2 provisional</translation>
    </message>
    <message>
        <source>&lt; %1 unreliable</source>
        <translation>&lt; %1 no fiable</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Intervals are computed for α and κ, not for % agreement.</source>
        <translation>Los intervalos se calculan para α y κ, no para el % de acuerdo.</translation>
    </message>
    <message>
        <source>mean pairwise percent agreement</source>
        <translation>porcentaje de acuerdo medio por pares</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in %2.</source>
        <translation>Ningún codificador comparado aplicó “%1” en %2.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Todos los códigos (%1)</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in any document.</source>
        <translation>Ningún codificador comparado aplicó “%1” en ningún documento.</translation>
    </message>
    <message>
        <source>No compared coder applied any code here.</source>
        <translation>Ningún codificador comparado aplicó aquí ningún código.</translation>
    </message>
    <message>
        <source>No interval for the mean over pairs.</source>
        <translation>No hay intervalo para la media por pares.</translation>
    </message>
    <message>
        <source>undefined in every resample</source>
        <translation>no definido en ningún remuestreo</translation>
    </message>
    <message>
        <source>%1 of %2 resamples defined; P(below %3) = %4, P(below %5) = %6</source>
        <translation>%1 de %2 remuestreos definidos; P(por debajo de %3) = %4, P(por debajo de %5) = %6</translation>
    </message>
    <message>
        <source>undefined for every pair of coders</source>
        <translation>no definido para ningún par de codificadores</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>pooled over documents</source>
        <translation>agrupado sobre los documentos</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders</source>
        <translation>
            <numerusform>%n codificador</numerusform>
            <numerusform>los %n codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used here.</source>
        <translation>No usado aquí.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;undefined&lt;/b&gt; — %2</source>
        <translation>%1: &lt;b&gt;no definido&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Prevalence: %1 of the characters coded</source>
        <translation>Prevalencia: %1 de los caracteres codificados</translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation>Intervalo del 95 %: %1 – %2</translation>
    </message>
    <message>
        <source>Mean pooled percent agreement</source>
        <translation>Porcentaje de acuerdo agrupado medio</translation>
    </message>
    <message>
        <source>Codes either used</source>
        <translation>Códigos usados por alguno</translation>
    </message>
    <message>
        <source>One-sided codes</source>
        <translation>Códigos unilaterales</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Characters both coded</source>
        <translation>Caracteres codificados por ambos</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Segments matched</source>
        <translation>Segmentos coincidentes</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>Omisión</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Both coded the same code here, over different extents.</source>
        <translation>Ambos aplicaron aquí el mismo código, con extensiones distintas.</translation>
    </message>
    <message>
        <source>Only one coder coded this passage with this code.</source>
        <translation>Solo un codificador codificó este fragmento con este código.</translation>
    </message>
    <message>
        <source>The coders gave overlapping passages different codes.</source>
        <translation>Los codificadores asignaron códigos distintos a fragmentos que se solapan.</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>Aceptar A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Aceptar B</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Unión</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>Intersección</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Both coded “%1”, over different extents.</source>
        <translation>Ambos codificaron “%1”, con extensiones distintas.</translation>
    </message>
    <message>
        <source>%1 coded “%2” where %3 coded “%4”.</source>
        <translation>%1 codificó “%2” donde %3 codificó “%4”.</translation>
    </message>
    <message>
        <source>Only %1 coded “%2” here; %3 did not.</source>
        <translation>Solo %1 codificó aquí “%2”; %3 no.</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%Ln character(s))</source>
        <translation>
            <numerusform>%1–%2 (%Ln carácter)</numerusform>
            <numerusform>%1–%2 (%Ln caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>α, κ or % agreement by code and document</source>
        <translation>α, κ o % de acuerdo por código y documento</translation>
    </message>
    <message>
        <source>Where two coders differ, side by side, and adjudication</source>
        <translation>Dónde difieren dos codificadores, en paralelo, y resolución de desacuerdos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Trim whitespace at coding ends</source>
        <translation>Recortar espacios en los extremos</translation>
    </message>
    <message>
        <source>Move each coding's ends inward past spaces and line breaks before comparing</source>
        <translation>Desplazar hacia dentro los extremos de cada codificación, más allá de espacios y saltos de línea, antes de comparar</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>No disagreement there: the coders agree on it</source>
        <translation>Aquí no hay desacuerdo: los codificadores coinciden</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Compare coders — %1 — Accord</source>
        <translation>Comparar codificadores — %1 — Accord</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Project damaged</source>
        <translation>Proyecto dañado</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged&lt;/b&gt;: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 está dañado&lt;/b&gt;: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest backup that passes the integrity check is from %1. Restore it to go on from there; the damaged file is kept beside it, renamed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La copia de seguridad más reciente que supera la comprobación de integridad es del %1. Restáurela para continuar a partir de ella; el archivo dañado se conserva a su lado, con otro nombre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None of its backups passes the integrity check. Show them to look, or restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguna de sus copias de seguridad supera la comprobación de integridad. Muéstrelas para revisarlas, o restaure una copia que haya guardado en otro lugar con Restaurar copia de seguridad… en la página de inicio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It has no backups. Restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No tiene copias de seguridad. Restaure una copia que haya guardado en otro lugar con Restaurar copia de seguridad… en la página de inicio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Show backups…</source>
        <translation>Mostrar copias…</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Accept &amp;A</source>
        <translation>Aceptar &amp;A</translation>
    </message>
    <message>
        <source>Accept &amp;B</source>
        <translation>Aceptar &amp;B</translation>
    </message>
    <message>
        <source>&amp;Union</source>
        <translation>&amp;Unión</translation>
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation>&amp;Intersección</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>The code “Edit” gives the passage selected in either text</source>
        <translation>El código que “Editar” asigna al fragmento seleccionado en cualquiera de los textos</translation>
    </message>
    <message>
        <source>The coder the decisions are written to (created if needed)</source>
        <translation>El codificador en el que se escriben las decisiones (se crea si hace falta)</translation>
    </message>
    <message>
        <source>Note on this decision (optional, kept with it)</source>
        <translation>Nota sobre esta decisión (opcional, se guarda con ella)</translation>
    </message>
    <message>
        <source>Consensus coder</source>
        <translation>Codificador de consenso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Accept &amp;A · %1</source>
        <translation>Aceptar &amp;A · %1</translation>
    </message>
    <message>
        <source>Accept &amp;B · %1</source>
        <translation>Aceptar &amp;B · %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;The consensus coder must be someone other than %1 and %2.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;El codificador de consenso debe ser alguien distinto de %1 y %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:%1'&gt;✓ Decided&lt;/b&gt;</source>
        <translation>&lt;b style='color:%1'&gt;✓ Resuelto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not decided yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aún no resuelto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has here: %2</source>
        <translation>%1 tiene aquí: %2</translation>
    </message>
    <message>
        <source>%1 has nothing here</source>
        <translation>%1 no tiene nada aquí</translation>
    </message>
    <message>
        <source>Edit would use the passage selected in %1: %2–%3</source>
        <translation>Editar usaría el fragmento seleccionado en %1: %2–%3</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Select the consensus passage in either text first, pick its code beside “Edit”, then press Edit.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Seleccione primero el fragmento de consenso en cualquiera de los textos, elija su código junto a “Editar” y pulse Editar.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Give the code chosen beside this button to the passage you selected in either text (Alt+E)</source>
        <translation>Asignar el código elegido junto a este botón al fragmento que ha seleccionado en cualquiera de los textos (Alt+E)</translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation>%1 en %2–%3</translation>
    </message>
    <message>
        <source>%1: the consensus gets %2 (Alt+%3)</source>
        <translation>%1: el consenso recibe %2 (Alt+%3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Accord projects (*.accord);;All files (*)</source>
        <translation>Proyectos de Accord (*.accord);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
</context>
<context>
    <name>DisagreementHeading</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous disagreement (K or Alt+Up)</source>
        <translation>Desacuerdo anterior (K o Alt+Arriba)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next disagreement (J or Alt+Down)</source>
        <translation>Desacuerdo siguiente (J o Alt+Abajo)</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nothing to show&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nada que mostrar&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All decided: untick “Hide decided” to see them again.</source>
        <translation>Todo resuelto: desmarque “Ocultar resueltos” para volver a verlos.</translation>
    </message>
    <message>
        <source>These coders do not disagree anywhere.</source>
        <translation>Estos codificadores no discrepan en ningún lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln carácter en disputa</numerusform>
            <numerusform>%Ln caracteres en disputa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>No confusions: wherever these coders' spans overlap, they share a code.</source>
        <translation>Sin confusiones: allí donde los tramos de estos codificadores se solapan, comparten un código.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
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
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n resuelto</numerusform>
            <numerusform>%n resueltos</numerusform>
        </translation>
    </message>
    <message>
        <source>all decided</source>
        <translation>todos resueltos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3–%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2, %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln carácter en disputa</numerusform>
            <numerusform>%Ln caracteres en disputa</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ decided&lt;/b&gt;</source>
        <translation>&lt;b&gt;✓ resuelto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere: no disagreements.</source>
        <translation>%1 y %2 coinciden en todo: no hay desacuerdos.</translation>
    </message>
    <message numerus="yes">
        <source>%n boundary</source>
        <translation>
            <numerusform>%n límite</numerusform>
            <numerusform>%n límites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omission</source>
        <translation>
            <numerusform>%n omisión</numerusform>
            <numerusform>%n omisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion</source>
        <translation>
            <numerusform>%n confusión</numerusform>
            <numerusform>%n confusiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n disagreement(s)&lt;/b&gt; between %1 and %2, largest first: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n desacuerdo&lt;/b&gt; entre %1 y %2, de mayor a menor: %3</numerusform>
            <numerusform>&lt;b&gt;%n desacuerdos&lt;/b&gt; entre %1 y %2, de mayor a menor: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided hidden</source>
        <translation>
            <numerusform>%n resuelto oculto</numerusform>
            <numerusform>%n resueltos ocultos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion(s)</source>
        <translation>
            <numerusform>%n confusión</numerusform>
            <numerusform>%n confusiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) overlapping</source>
        <translation>
            <numerusform>%Ln carácter solapado</numerusform>
            <numerusform>%Ln caracteres solapados</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation>Haga clic para ir al primero</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusions&lt;/b&gt; &lt;span style='color:gray'&gt;— rows: %1's code, columns: %2's code&lt;/span&gt;</source>
        <translation>&lt;b&gt;Confusiones&lt;/b&gt; &lt;span style='color:gray'&gt;— filas: código de %1, columnas: código de %2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DisagreementsPanel</name>
    <message>
        <source>Group by kind</source>
        <translation>Agrupar por tipo</translation>
    </message>
    <message>
        <source>Boundary, omission and confusion disagreements apart (each largest first)</source>
        <translation>Desacuerdos de límites, de omisión y de confusión por separado (cada grupo de mayor a menor)</translation>
    </message>
    <message>
        <source>Hide decided</source>
        <translation>Ocultar resueltos</translation>
    </message>
    <message>
        <source>Leave out the disagreements already decided</source>
        <translation>Omitir los desacuerdos ya resueltos</translation>
    </message>
    <message>
        <source>%v of %m decided</source>
        <translation>%v de %m resueltos</translation>
    </message>
    <message>
        <source>Disagreements need two coders.</source>
        <translation>Los desacuerdos requieren dos codificadores.</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Elija dos codificadores distintos.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 de %2 resueltos</translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation>nada que resolver</translation>
    </message>
    <message>
        <source>Pick two coders above; a coder's work comes in with File ▸ Merge coders' projects.</source>
        <translation>Elija dos codificadores arriba; el trabajo de un codificador se incorpora con Archivo ▸ Fusionar proyectos de codificadores.</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>omisión</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>Adjudicate %1 (accept %2)</source>
        <translation>Resolver %1 (aceptar %2)</translation>
    </message>
    <message>
        <source>union</source>
        <translation>unión</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersección</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Adjudicate %1 (%2)</source>
        <translation>Resolver %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Resize coding</source>
        <translation>Redimensionar codificación</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>All speakers</source>
        <translation>Todos los hablantes</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrar documentos…</translation>
    </message>
    <message>
        <source>Show documents whose name or attributes contain this text</source>
        <translation>Mostrar los documentos cuyo nombre o atributos contengan este texto</translation>
    </message>
    <message>
        <source>Show only one speaker's turns in the text</source>
        <translation>Mostrar en el texto solo los turnos de un hablante</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>Memos…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Juego de caracteres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The files to import; select one to preview it</source>
        <translation>Los archivos que se importarán; seleccione uno para ver su vista previa</translation>
    </message>
    <message>
        <source>No files yet.
Click “Add files…” or drop files here.

Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files,
and transcripts with speakers and times (.vtt from Zoom or Teams, .srt).</source>
        <translation>Aún no hay archivos.
Haga clic en “Añadir archivos…” o suelte archivos aquí.

Accord lee archivos .txt, .md, .docx, .pdf, .html, .odt y .rtf,
y transcripciones con hablantes y tiempos (.vtt de Zoom o Teams, .srt).</translation>
    </message>
    <message>
        <source>%1
Ticked files are imported</source>
        <translation>%1
Se importan los archivos marcados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Leído como %1</translation>
    </message>
    <message>
        <source>A .%1 file carries its own encoding</source>
        <translation>Un archivo .%1 lleva su propia codificación de caracteres</translation>
    </message>
    <message>
        <source>%1: tick it to import it anyway</source>
        <translation>%1: márquelo para importarlo de todos modos</translation>
    </message>
    <message>
        <source>The project already has this text; a ticked file is imported anyway</source>
        <translation>El proyecto ya contiene este texto; un archivo marcado se importa de todos modos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unticked: not imported</source>
        <translation>Desmarcado: no se importa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence will be joined</source>
        <translation>
            <numerusform>Se unirá %Ln línea cortada en mitad de una frase</numerusform>
            <numerusform>Se unirán %Ln líneas cortadas en mitad de una frase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence found</source>
        <translation>
            <numerusform>Se encontró %Ln línea cortada en mitad de una frase</numerusform>
            <numerusform>Se encontraron %Ln líneas cortadas en mitad de una frase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln hablante</numerusform>
            <numerusform>%Ln hablantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message numerus="yes">
        <source>imported as '%1', %Ln line(s) joined</source>
        <translation>
            <numerusform>importado como '%1', %Ln línea unida</numerusform>
            <numerusform>importado como '%1', %Ln líneas unidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Replace these line breaks with spaces before importing (for text copied from PDFs or web pages).
A document's text never changes once imported, so decide now.</source>
        <translation>Sustituir estos saltos de línea por espacios antes de importar (para texto copiado de PDF o páginas web).
El texto de un documento no cambia una vez importado, así que decida ahora.</translation>
    </message>
    <message>
        <source>The beginning of the text as it will be imported</source>
        <translation>El comienzo del texto tal como se importará</translation>
    </message>
    <message>
        <source>Select a file to see the beginning of its text.</source>
        <translation>Seleccione un archivo para ver el comienzo de su texto.</translation>
    </message>
    <message>
        <source>Each line break found in mid-sentence; ⏎ marks where the lines would be joined</source>
        <translation>Cada salto de línea encontrado en mitad de una frase; ⏎ marca dónde se unirían las líneas</translation>
    </message>
    <message>
        <source>Speakers found (untick any that is not one):</source>
        <translation>Hablantes encontrados (desmarque los que no lo sean):</translation>
    </message>
    <message>
        <source>Lines starting with a ticked name open that speaker's turns.
Untick a name that is not a speaker ("By:", "Edition:"): its lines are kept as text.</source>
        <translation>Las líneas que empiezan con un nombre marcado abren los turnos de ese hablante.
Desmarque un nombre que no sea un hablante ("Por:", "Edición:"): sus líneas se conservan como texto.</translation>
    </message>
    <message>
        <source>Ticked: it will be imported anyway.</source>
        <translation>Marcado: se importará de todos modos.</translation>
    </message>
    <message>
        <source>Tick it in the list above to import it anyway.</source>
        <translation>Márquelo en la lista de arriba para importarlo de todos modos.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Add files to see what will be imported.</source>
        <translation>Añada archivos para ver qué se importará.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Este archivo no se puede importar:</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s)]</source>
        <translation>
            <numerusform>[… %Ln carácter más]</numerusform>
            <numerusform>[… %Ln caracteres más]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Join %Ln line(s) broken mid-sentence</source>
        <translation>
            <numerusform>&amp;Unir %Ln línea cortada en mitad de una frase</numerusform>
            <numerusform>&amp;Unir %Ln líneas cortadas en mitad de una frase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln hablante</numerusform>
            <numerusform>%Ln hablantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s)</source>
        <translation>
            <numerusform>%Ln turno</numerusform>
            <numerusform>%Ln turnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript recognised: %1</source>
        <translation>Transcripción reconocida: %1</translation>
    </message>
    <message>
        <source>Speakers and times come from the file; each turn is stored as "Name: text" with its times.</source>
        <translation>Los hablantes y los tiempos proceden del archivo; cada turno se guarda como "Nombre: texto" con sus tiempos.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with Accord</source>
        <translation>Primeros pasos con Accord</translation>
    </message>
    <message>
        <source>The guide could not be read: %s</source>
        <translation>No se pudo leer la guía: %s</translation>
    </message>
</context>
<context>
    <name>HeatWindow</name>
    <message>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
</context>
<context>
    <name>ImportCodebookDialog</name>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definición</translation>
    </message>
    <message>
        <source>inclusion</source>
        <translation>inclusión</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>exclusión</translation>
    </message>
    <message>
        <source>example</source>
        <translation>ejemplo</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Update conflicting codes (the file's values replace the project's)</source>
        <translation>Actualizar los códigos en conflicto (los valores del archivo sustituyen a los del proyecto)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) to add</source>
        <translation>
            <numerusform>%n código que añadir</numerusform>
            <numerusform>%n códigos que añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the codebook</source>
        <translation>
            <numerusform>%n ya está en el libro de códigos</numerusform>
            <numerusform>%n ya están en el libro de códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Conflicting codes are left as they are unless you tick the box below.</source>
        <translation>Los códigos en conflicto se dejan como están salvo que marque la casilla de abajo.</translation>
    </message>
    <message>
        <source>Nothing to import: the codebook already has every code of this file.</source>
        <translation>Nada que importar: el libro de códigos ya tiene todos los códigos de este archivo.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Por añadir</translation>
    </message>
    <message>
        <source>(no definition)</source>
        <translation>(sin definición)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>difiere en: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 here → %2 in the file</source>
        <translation>%1 aquí → %2 en el archivo</translation>
    </message>
    <message>
        <source>Already in the codebook</source>
        <translation>Ya en el libro de códigos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>Importar libro de códigos %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;OpenDocument (*.odt);;Rich text (*.rtf);;Transcripts and subtitles (*.vtt *.srt *.txt);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Texto sin formato (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Páginas web (*.html *.htm);;OpenDocument (*.odt);;Texto enriquecido (*.rtf);;Transcripciones y subtítulos (*.vtt *.srt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Check what Accord read from each file; nothing is added to the project until you press &lt;b&gt;Import&lt;/b&gt;.</source>
        <translation>Compruebe lo que Accord ha leído de cada archivo; no se añade nada al proyecto hasta que pulse &lt;b&gt;Importar&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Choose files to import (Ctrl+O); you can also drop files on this window</source>
        <translation>Elegir archivos para importar (Ctrl+O); también puede soltar archivos en esta ventana</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Leave the selected file out of the import (Del)</source>
        <translation>Excluir de la importación el archivo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Add the files that could be read to the project</source>
        <translation>Añadir al proyecto los archivos que se han podido leer</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>Cerrar sin importar (Esc)</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Añadir archivos para importar</translation>
    </message>
    <message>
        <source>same text as %1, above</source>
        <translation>mismo texto que %1, más arriba</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 de %n archivo importado.</numerusform>
            <numerusform>%1 de %n archivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n listo</numerusform>
            <numerusform>%n listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n ya está en el proyecto</numerusform>
            <numerusform>%n ya están en el proyecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the list</source>
        <translation>
            <numerusform>%n repetido en la lista</numerusform>
            <numerusform>%n repetidos en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n desmarcado</numerusform>
            <numerusform>%n desmarcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n no se puede leer</numerusform>
            <numerusform>%n no se pueden leer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importar atributos desde %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Documents are named in the column</source>
        <translation>Los documentos se identifican en la columna</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match a document.</source>
        <translation>
            <numerusform>%1 de %n fila coincide con un documento.</numerusform>
            <numerusform>%1 de %n filas coinciden con un documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import sets %n value(s) (%1 already as in the file).</source>
        <translation>
            <numerusform>La importación asigna %n valor (%1 ya como en el archivo).</numerusform>
            <numerusform>La importación asigna %n valores (%1 ya como en el archivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) leave values as they are.</source>
        <translation>
            <numerusform>%n celda vacía deja los valores como están.</numerusform>
            <numerusform>%n celdas vacías dejan los valores como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched documents (%1)</source>
        <translation>Documentos coincidentes (%1)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Coincidencia por</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>source file</source>
        <translation>archivo de origen</translation>
    </message>
    <message>
        <source>Values to set (%1)</source>
        <translation>Valores por asignar (%1)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Tras importar</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Atributos (%1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>Unmatched rows (%1)</source>
        <translation>Filas sin coincidencia (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Empty cells (%1)</source>
        <translation>Celdas vacías (%1)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message>
        <source>not imported: unticked</source>
        <translation>no importado: desmarcado</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>no se pudo leer (%1: %2)</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>could not be stored (%1: %2)</source>
        <translation>no se pudo guardar (%1: %2)</translation>
    </message>
    <message>
        <source>imported as '%1'</source>
        <translation>importado como '%1'</translation>
    </message>
    <message>
        <source>not imported: cancelled</source>
        <translation>no importado: cancelado</translation>
    </message>
</context>
<context>
    <name>IntervalControls</name>
    <message>
        <source>resamples</source>
        <translation>remuestreos</translation>
    </message>
    <message>
        <source>Bootstrap resamples of the documents (seeded, so the same every time)</source>
        <translation>Remuestreos bootstrap de los documentos (con semilla fija, siempre iguales)</translation>
    </message>
    <message>
        <source>by document</source>
        <translation>por documento</translation>
    </message>
    <message>
        <source>by speaker turn</source>
        <translation>por turno de palabra</translation>
    </message>
    <message>
        <source>What the bootstrap resamples. Documents are the safe choice; with fewer than 10, speaker turns give more resamples, but turns of one conversation are not independent, so their intervals come out narrower.</source>
        <translation>Qué remuestrea el bootstrap. Los documentos son la opción segura; con menos de 10, los turnos de palabra dan más remuestreos, pero los turnos de una misma conversación no son independientes, por lo que sus intervalos resultan más estrechos.</translation>
    </message>
    <message>
        <source>Compute intervals</source>
        <translation>Calcular intervalos</translation>
    </message>
    <message>
        <source>Bootstrap 95 % intervals of the pooled figures, resampling documents</source>
        <translation>Intervalos bootstrap del 95 % de las cifras agrupadas, remuestreando documentos</translation>
    </message>
    <message>
        <source>Computing intervals…</source>
        <translation>Calculando intervalos…</translation>
    </message>
    <message>
        <source>Figures changed: compute the intervals again</source>
        <translation>Las cifras han cambiado: vuelva a calcular los intervalos</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Sin intervalos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples of speaker turns · seed %1</source>
        <translation>
            <numerusform>%Ln remuestreo de turnos de palabra · semilla %1</numerusform>
            <numerusform>%Ln remuestreos de turnos de palabra · semilla %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples · seed %1</source>
        <translation>
            <numerusform>%Ln remuestreo · semilla %1</numerusform>
            <numerusform>%Ln remuestreos · semilla %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Accord next starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Accord.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Find in this document (Enter: next, Shift+Enter: previous)</source>
        <translation>Buscar en este documento (Intro: siguiente, Mayús+Intro: anterior)</translation>
    </message>
    <message>
        <source>Retrieved segments</source>
        <translation>Segmentos recuperados</translation>
    </message>
    <message>
        <source>Find in all documents</source>
        <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
        <source>Select a code in the codebook first</source>
        <translation>Seleccione primero un código en el libro de códigos</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renombrar documento</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Rename document %1</source>
        <translation>Renombrar documento %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n coding(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Eliminar “%1” y su %n codificación?
Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar “%1” y sus %n codificaciones?
Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation>Eliminar documento %1</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Añadir codificador</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Nombre del codificador:</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Añadir codificador %1</translation>
    </message>
    <message>
        <source>Apply favourite code 1–9 (in the text)</source>
        <translation>Aplicar código favorito 1–9 (en el texto)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>desktop bundle</source>
        <translation>paquete de escritorio</translation>
    </message>
    <message>
        <source>installed from source</source>
        <translation>instalado desde el código fuente</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sample project and data</source>
        <translation>Proyecto y datos de ejemplo</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>none (%1 cannot be written)</source>
        <translation>ninguno (no se puede escribir en %1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>before an upgrade, next to the project (NAME.before-upgrade-from-vN.….accord)</source>
        <translation>antes de una actualización, junto al proyecto (NAME.before-upgrade-from-vN.….accord)</translation>
    </message>
    <message>
        <source>Qualitative coding and inter-coder agreement.</source>
        <translation>Codificación cualitativa y acuerdo entre codificadores.</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>Acerca de Accord</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Accord</source>
        <translation>%1 — %2 (solo lectura) — Accord</translation>
    </message>
    <message>
        <source>%1 — %2 — Accord</source>
        <translation>%1 — %2 — Accord</translation>
    </message>
    <message numerus="yes">
        <source>Selection %1–%2 (%n character(s))</source>
        <translation>
            <numerusform>Selección %1–%2 (%n carácter)</numerusform>
            <numerusform>Selección %1–%2 (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>Codificando como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this document</source>
        <translation>
            <numerusform>%n codificación en este documento</numerusform>
            <numerusform>%n codificaciones en este documento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <source>% agreement also counts the characters nobody coded, so it runs high; coloured at %1 % and %2 %.</source>
        <translation>El % de acuerdo también cuenta los caracteres que nadie codificó, por lo que resulta alto; colores en %1 % y %2 %.</translation>
    </message>
    <message>
        <source>Thresholds after Krippendorff (2004). Hover a cell for its basis; an undefined figure says why.</source>
        <translation>Umbrales según Krippendorff (2004). Pase el cursor sobre una celda para ver su base; una cifra no definida indica por qué.</translation>
    </message>
    <message>
        <source>Prevalence is the mean share of characters the coders coded. Double-click a cell to see its disagreements.</source>
        <translation>La prevalencia es la proporción media de caracteres que codificaron los codificadores. Haga doble clic en una celda para ver sus desacuerdos.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Agrupado</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalencia</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Pooled over documents (character counts summed)</source>
        <translation>Agrupado sobre los documentos (recuentos de caracteres sumados)</translation>
    </message>
    <message>
        <source>Mean share of the characters the compared coders coded with the code (pooled over documents); low prevalence makes α and κ fragile</source>
        <translation>Proporción media de los caracteres que los codificadores comparados codificaron con el código (agrupada sobre los documentos); una prevalencia baja hace frágiles α y κ</translation>
    </message>
    <message>
        <source>Bootstrap 95 % interval of the pooled figure (resampling documents); use “Compute intervals”</source>
        <translation>Intervalo bootstrap del 95 % de la cifra agrupada (remuestreando documentos); use “Calcular intervalos”</translation>
    </message>
    <message>
        <source>%1: the compared coders coded %2 of the characters on average</source>
        <translation>%1: los codificadores comparados codificaron de media %2 de los caracteres</translation>
    </message>
    <message>
        <source>Use “Compute intervals” for bootstrap intervals</source>
        <translation>Use “Calcular intervalos” para obtener intervalos bootstrap</translation>
    </message>
    <message>
        <source>Every code at once: De Vries et al.'s pooled κ (observed and expected agreement averaged over the codes either coder used)</source>
        <translation>Todos los códigos a la vez: κ agrupada de De Vries et al. (acuerdo observado y esperado promediados sobre los códigos que usó alguno de los codificadores)</translation>
    </message>
    <message>
        <source>Every code at once: % agreement averaged over the codes either coder used</source>
        <translation>Todos los códigos a la vez: % de acuerdo promediado sobre los códigos que usó alguno de los codificadores</translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <source>Code matrix</source>
        <translation>Matriz de códigos</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Presence (1 or 0)</source>
        <translation>Presencia (1 o 0)</translation>
    </message>
    <message>
        <source>Coverage (% of characters)</source>
        <translation>Cobertura (% de caracteres)</translation>
    </message>
    <message>
        <source>Words covered</source>
        <translation>Palabras cubiertas</translation>
    </message>
    <message>
        <source>e.g. 30,45,60 (numbers only)</source>
        <translation>p. ej., 30,45,60 (solo números)</translation>
    </message>
    <message>
        <source>Roll sub-codes into their parents</source>
        <translation>Agregar los subcódigos a sus códigos padre</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Celdas:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Atributo: %1</translation>
    </message>
    <message>
        <source>Bins are numbers separated by commas, e.g. 30,45,60</source>
        <translation>Los intervalos son números separados por comas, p. ej., 30,45,60</translation>
    </message>
    <message>
        <source>Click a cell to list its passages.</source>
        <translation>Haga clic en una celda para listar sus fragmentos.</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exportar la matriz</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Export the matrix as a picture</source>
        <translation>Exportar la matriz como imagen</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>today, %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>ayer, %1</translation>
    </message>
    <message>
        <source>Untitled memo</source>
        <translation>Memo sin título</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>The memos; select one to read or edit it</source>
        <translation>Los memos; seleccione uno para leerlo o editarlo</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>A short title shown in the list of memos</source>
        <translation>Un título breve que se muestra en la lista de memos</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>The memo; it is saved when you leave the field, choose another memo or close</source>
        <translation>El memo; se guarda al salir del campo, elegir otro memo o cerrar</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Nuevo memo</translation>
    </message>
    <message>
        <source>Start a new memo (Ctrl+N)</source>
        <translation>Empezar un memo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected memo (Del in the list; Undo brings it back)</source>
        <translation>Eliminar el memo seleccionado (Supr en la lista; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Save and close (Esc)</source>
        <translation>Guardar y cerrar (Esc)</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>Nuevo memo</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Eliminar memo</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Editar memo</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Project memos — %1</source>
        <translation>Memos del proyecto — %1</translation>
    </message>
    <message>
        <source>Memos on document “%1”</source>
        <translation>Memos sobre el documento “%1”</translation>
    </message>
    <message>
        <source>Memos on code “%1”</source>
        <translation>Memos sobre el código “%1”</translation>
    </message>
    <message>
        <source>Memos on the project “%1”</source>
        <translation>Memos sobre el proyecto “%1”</translation>
    </message>
    <message>
        <source>Memos on the document “%1”</source>
        <translation>Memos sobre el documento “%1”</translation>
    </message>
    <message>
        <source>Memos on the code “%1”</source>
        <translation>Memos sobre el código “%1”</translation>
    </message>
    <message>
        <source>Last changed %1; written %2</source>
        <translation>Modificado por última vez %1; escrito %2</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>Escriba aquí su memo…</translation>
    </message>
    <message>
        <source>No memos yet. Click “New memo” to write one.</source>
        <translation>Aún no hay memos. Haga clic en “Nuevo memo” para escribir uno.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrito %1</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>modificado por última vez %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>&amp;Libro de códigos</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source> Coding as: </source>
        <translation> Codificando como: </translation>
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation>Quién está codificando ahora: las nuevas codificaciones son suyas</translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Mostrar: </translation>
    </message>
    <message>
        <source>Whose codings the text, the counts and the retrieved segments show</source>
        <translation>De quién son las codificaciones que muestran el texto, los recuentos y los segmentos recuperados</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation>Mostrar u ocultar el panel “%1”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge code</source>
        <translation>Fusionar código</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionar “%1” con:</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Percent agreement</source>
        <translation>Porcentaje de acuerdo</translation>
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
        <translation>Acuerdo positivo</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Índice de Jaccard</translation>
    </message>
    <message>
        <source>|uα (binary, 2016)</source>
        <translation>|uα (binario, 2016)</translation>
    </message>
    <message>
        <source>uα (2004)</source>
        <translation>uα (2004)</translation>
    </message>
    <message>
        <source>Segment agreement</source>
        <translation>Acuerdo de segmentos</translation>
    </message>
    <message>
        <source>Code presence</source>
        <translation>Presencia del código</translation>
    </message>
    <message>
        <source>Code frequency</source>
        <translation>Frecuencia del código</translation>
    </message>
    <message>
        <source>Pooled κ</source>
        <translation>κ agrupado</translation>
    </message>
    <message>
        <source>Pooled percent agreement</source>
        <translation>Porcentaje de acuerdo agrupado</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Mean pairwise κ</source>
        <translation>κ medio por pares</translation>
    </message>
    <message>
        <source>Mean pairwise pooled κ</source>
        <translation>κ agrupado medio por pares</translation>
    </message>
    <message>
        <source>cuα (codes and gaps)</source>
        <translation>cuα (códigos y huecos)</translation>
    </message>
    <message>
        <source>(c|u)α (where both coded)</source>
        <translation>(c|u)α (donde ambos codificaron)</translation>
    </message>
    <message>
        <source>Character counts</source>
        <translation>Recuentos de caracteres</translation>
    </message>
    <message>
        <source>For one code and two coders, every character of the text is counted once: a = characters both coders coded with the code, b = only the first coder, c = only the second, d = neither; N = a + b + c + d is the length of the text. Offsets are Unicode code points. A coder's overlapping codings of a code are merged; codes are compared one at a time, so overlapping codings of different codes are no disagreement.</source>
        <translation>Para un código y dos codificadores, cada carácter del texto se cuenta una sola vez: a = caracteres que ambos codificadores codificaron con el código, b = solo el primer codificador, c = solo el segundo, d = ninguno; N = a + b + c + d es la longitud del texto. Las posiciones (offsets) son puntos de código Unicode. Las codificaciones solapadas de un mismo código hechas por un codificador se fusionan; los códigos se comparan de uno en uno, por lo que las codificaciones solapadas de códigos distintos no constituyen desacuerdo.</translation>
    </message>
    <message>
        <source>The share of characters on which the two coders agree, in percent: 100 × (a + d) / N. Because most characters are coded by nobody, it is high even when the coders rarely coded the same passages.</source>
        <translation>La proporción de caracteres en los que ambos codificadores coinciden, en porcentaje: 100 × (a + d) / N. Como la mayoría de los caracteres no los codifica nadie, es alta incluso cuando los codificadores rara vez codificaron los mismos fragmentos.</translation>
    </message>
    <message>
        <source>Agreement corrected for chance, over characters as NVivo's coding comparison computes it: κ = (p_o − p_e) / (1 − p_e), with observed agreement p_o = (a + d) / N and chance agreement p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², from each coder's own share of coded characters. Where neither coder used the code, NVivo prints κ = 1 and 100 % agreement; here percent agreement is 100 but κ is undefined, because with no variation chance agreement is already total (p_e = 1).</source>
        <translation>Acuerdo corregido por azar sobre caracteres, tal como lo calcula la comparación de codificación de NVivo: κ = (p_o − p_e) / (1 − p_e), con el acuerdo observado p_o = (a + d) / N y el acuerdo por azar p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², obtenido de la proporción de caracteres codificados de cada codificador. Cuando ninguno de los dos usó el código, NVivo muestra κ = 1 y un 100 % de acuerdo; aquí el porcentaje de acuerdo es 100, pero κ queda sin definir, porque sin variación el acuerdo por azar ya es total (p_e = 1).</translation>
    </message>
    <message>
        <source>Each character is a unit with two values (coded with the code or not): α = 1 − D_o / D_e, observed over expected disagreement from the coincidence matrix of the values the coders gave (nominal). Unlike κ it estimates chance from both coders' values pooled, and corrects for small samples. Where neither coder used the code it is undefined (D_e = 0), not 1 as NVivo's κ would be.</source>
        <translation>Cada carácter es una unidad con dos valores (codificado con el código o no): α = 1 − D_o / D_e, el cociente entre el desacuerdo observado y el esperado, a partir de la matriz de coincidencias de los valores asignados por los codificadores (nominal). A diferencia de κ, estima el azar a partir de los valores agrupados de ambos codificadores y corrige para muestras pequeñas. Cuando ninguno de los dos usó el código, queda sin definir (D_e = 0), en lugar de valer 1 como ocurriría con κ en NVivo.</translation>
    </message>
    <message>
        <source>Agreement on the characters that at least one coder coded: 2a / (2a + b + c) (the Dice coefficient, or F1 of one coder against the other). Between 0 and 1.</source>
        <translation>Acuerdo sobre los caracteres que al menos un codificador codificó: 2a / (2a + b + c) (el coeficiente de Dice, o la medida F1 de un codificador respecto del otro). Entre 0 y 1.</translation>
    </message>
    <message>
        <source>The characters both coded as a share of the characters either coded: a / (a + b + c). Between 0 and 1.</source>
        <translation>Los caracteres codificados por ambos como proporción de los codificados por al menos uno: a / (a + b + c). Entre 0 y 1.</translation>
    </message>
    <message>
        <source>The text is a continuum that each coder divides into units (the merged codings of the code) and gaps. Observed disagreement is the length that one coder puts in a unit and the other in a gap; expected disagreement comes from all sections of all coders, a unit never pairing with itself, so the coefficient also reflects whether the coders cut the same units. |uα = 1 − observed / expected.</source>
        <translation>El texto es un continuo que cada codificador divide en unidades (las codificaciones fusionadas del código) y huecos. El desacuerdo observado es la longitud que un codificador asigna a una unidad y el otro a un hueco; el desacuerdo esperado se obtiene de todas las secciones de todos los codificadores, sin que una unidad se empareje nunca consigo misma, por lo que el coeficiente refleja también si los codificadores delimitaron las mismas unidades. |uα = 1 − observado / esperado.</translation>
    </message>
    <message>
        <source>Krippendorff's earlier unitizing coefficient for one category: the squared differences between the beginnings and the ends of overlapping units of two coders (and the squared length of a unit lying in the other coder's gap), against the differences expected by chance. Pooled over documents, the documents are laid end to end. Undefined where neither coder used the code, or where both coded the whole text (no gap, so nothing varies).</source>
        <translation>El coeficiente de unitización anterior de Krippendorff para una categoría: las diferencias al cuadrado entre los inicios y entre los finales de las unidades solapadas de dos codificadores (y la longitud al cuadrado de una unidad situada en un hueco del otro codificador), frente a las diferencias esperadas por azar. Al agrupar sobre los documentos, estos se disponen uno tras otro. No está definido cuando ninguno de los codificadores usó el código o cuando ambos codificaron todo el texto (no hay huecos, así que nada varía).</translation>
    </message>
    <message>
        <source>As MAXQDA computes it: a segment (merged coding) of one coder agrees when the other coder has a segment of the same code in the same document overlapping it by at least the set share (default 90 %) of their joint extent, |s ∩ t| / (max end − min start). Percentage of both coders' segments that agree.</source>
        <translation>Tal como lo calcula MAXQDA: un segmento (codificación fusionada) de un codificador coincide cuando el otro codificador tiene, en el mismo documento, un segmento del mismo código que lo solapa en al menos la proporción fijada (por defecto, 90 %) de su extensión conjunta, |s ∩ t| / (fin máx. − inicio mín.). Porcentaje de los segmentos de ambos codificadores que coinciden.</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code, as a percentage of the documents in which at least one of them did (MAXQDA's code-existence comparison).</source>
        <translation>Agrupado sobre los documentos: los documentos en los que ambos codificadores usaron el código, como porcentaje de los documentos en los que al menos uno de ellos lo usó (la comparación de presencia del código de MAXQDA).</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code equally often (same number of segments), as a percentage of the documents in which at least one of them used it.</source>
        <translation>Agrupado sobre los documentos: los documentos en los que ambos codificadores usaron el código el mismo número de veces (igual número de segmentos), como porcentaje de los documentos en los que al menos uno de ellos lo usó.</translation>
    </message>
    <message>
        <source>One kappa for all codes of a pair of coders: the mean observed agreement p̄_o and mean chance agreement p̄_e over the codes either coder used, then (p̄_o − p̄_e) / (1 − p̄_e). Unlike the mean of the codes' kappas it stays defined when some codes have no variation.</source>
        <translation>Un único coeficiente kappa para todos los códigos de un par de codificadores: el acuerdo observado medio p̄_o y el acuerdo por azar medio p̄_e sobre los códigos que usó al menos uno de los dos y, a continuación, (p̄_o − p̄_e) / (1 − p̄_e). A diferencia de la media de los coeficientes kappa de los códigos, sigue estando definido cuando algunos códigos no presentan variación.</translation>
    </message>
    <message>
        <source>Chance-corrected agreement of any number of coders over characters: (P̄ − P̄_e) / (1 − P̄_e), P̄ the mean share of agreeing pairs of coders per character, P̄_e from the overall share of coded characters.</source>
        <translation>Acuerdo corregido por azar de cualquier número de codificadores sobre caracteres: (P̄ − P̄_e) / (1 − P̄_e), donde P̄ es la proporción media de pares de codificadores que coinciden por carácter y P̄_e se obtiene de la proporción global de caracteres codificados.</translation>
    </message>
    <message>
        <source>Krippendorff's α (all coders)</source>
        <translation>α de Krippendorff (todos los codificadores)</translation>
    </message>
    <message>
        <source>Nominal α over characters as above, with the values of all compared coders.</source>
        <translation>α nominal sobre caracteres, como arriba, con los valores de todos los codificadores comparados.</translation>
    </message>
    <message>
        <source>The mean of the pairs' Cohen's (or pooled) kappas over the pairs where it is defined.</source>
        <translation>La media de los coeficientes kappa de Cohen (o agrupados) de los pares, calculada sobre los pares en los que está definido.</translation>
    </message>
    <message>
        <source>Agreement on which code each passage gets, all compared codes and all compared coders at once: Krippendorff's unitizing α with every code a value of one variable and the uncoded stretches (gaps) a value of their own. Observed coincidences are the lengths of the intersections of the sections (units and gaps) of different coders; expected ones keep a unit from pairing with itself; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. It falls when coders give a passage different codes and when one codes what another left out; with a single code it equals that code's |uα. Where one coder gave a passage two codes, each is a section of its own.</source>
        <translation>Acuerdo sobre qué código recibe cada fragmento, con todos los códigos comparados y todos los codificadores comparados a la vez: el coeficiente α de unitización de Krippendorff, en el que cada código es un valor de una única variable y los tramos sin codificar (huecos) tienen un valor propio. Las coincidencias observadas son las longitudes de las intersecciones de las secciones (unidades y huecos) de codificadores distintos; en las esperadas se impide que una unidad se empareje consigo misma; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. Disminuye cuando los codificadores asignan códigos distintos a un fragmento y cuando uno codifica lo que otro dejó sin codificar; con un solo código coincide con el valor |uα de ese código. Cuando un codificador asignó dos códigos a un fragmento, cada uno constituye una sección propia.</translation>
    </message>
    <message>
        <source>The same coefficient restricted to the parts that two coders both coded: gaps drop out, so only the choice of code counts, given the units; a unit's self-pairs are those of the part of it that another coder also coded. Undefined where no passage was coded by two coders, or where they only ever used one code there.</source>
        <translation>El mismo coeficiente, restringido a las partes que dos codificadores codificaron ambos: los huecos desaparecen, de modo que, dadas las unidades, solo cuenta la elección del código; los autoemparejamientos de una unidad son los de la parte de ella que otro codificador también codificó. No está definido cuando ningún fragmento fue codificado por dos codificadores o cuando en esos fragmentos solo usaron un código.</translation>
    </message>
    <message>
        <source>Bootstrap interval</source>
        <translation>Intervalo bootstrap</translation>
    </message>
    <message>
        <source>Documents are resampled with replacement as many times as asked (seeded); each resample's figures come from its documents' summed counts. With the turn bootstrap (--bootstrap-unit turn), for a study of a few long transcripts, speaker turns take the place of documents (text before the first turn is a piece of its own; a coding across turns is cut at the turn); turns of one conversation are not independent, so such intervals are narrower. ci95 is the 2.5th to 97.5th percentile of the figure over the resamples in which it is defined; p_below_0.800 and p_below_0.667 are the shares of those resamples in which it falls below Krippendorff's thresholds.</source>
        <translation>Los documentos se remuestrean con reposición tantas veces como se indique (con semilla); las cifras de cada remuestreo se obtienen de la suma de los recuentos de sus documentos. Con el bootstrap por turnos (--bootstrap-unit turn), pensado para estudios con pocas transcripciones largas, los turnos de palabra ocupan el lugar de los documentos (el texto anterior al primer turno forma una pieza propia; una codificación que abarca varios turnos se corta en el límite del turno); los turnos de una misma conversación no son independientes, por lo que estos intervalos son más estrechos. ci95 va del percentil 2.5 al 97.5 de la cifra en los remuestreos en los que está definida; p_below_0.800 y p_below_0.667 son las proporciones de esos remuestreos en las que queda por debajo de los umbrales de Krippendorff.</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>No definido</translation>
    </message>
    <message>
        <source>A figure without a value (no variation at all, an empty text, no segments) is left empty (null in JSON) and the reason is given beside it; it is never reported as 0 or 1. One rule for every coefficient: where the expected disagreement is zero (nobody used the code, or every coder coded all of the text) it is undefined. Percent agreement is 100 where nobody varies.</source>
        <translation>Una cifra sin valor (ninguna variación, un texto vacío, ningún segmento) se deja vacía (null en JSON) y se indica el motivo a su lado; nunca se informa como 0 o 1. Una misma regla para todos los coeficientes: cuando el desacuerdo esperado es cero (nadie usó el código o todos los codificadores codificaron todo el texto), el coeficiente no está definido. El porcentaje de acuerdo es 100 cuando no hay variación.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder's own computer</source>
        <translation>
            <numerusform>%Ln fue aceptada una a una por un codificador a partir de sugerencias de fragmentos similares que Accord calculó en el propio ordenador del codificador</numerusform>
            <numerusform>%Ln fueron aceptadas una a una por un codificador a partir de sugerencias de fragmentos similares que Accord calculó en el propio ordenador del codificador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder's request)</source>
        <translation>
            <numerusform>%Ln se hizo mediante codificación automática (cada coincidencia de una búsqueda de texto o cada turno de un hablante, codificados de una vez a petición de un codificador)</numerusform>
            <numerusform>%Ln se hicieron mediante codificación automática (cada coincidencia de una búsqueda de texto o cada turno de un hablante, codificados de una vez a petición de un codificador)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>the other %Ln was/were coded by hand</source>
        <translation>
            <numerusform>la otra %Ln se codificó a mano</numerusform>
            <numerusform>las otras %Ln se codificaron a mano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln coding(s) compared, %1.</source>
        <translation>
            <numerusform>De la %Ln codificación comparada, %1.</numerusform>
            <numerusform>De las %Ln codificaciones comparadas, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Agreement between the coders %1 was assessed on %2 (%3) for %4</source>
        <translation>El acuerdo entre los codificadores %1 se evaluó en %2 (%3) para %4</translation>
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
            <numerusform>%Ln carácter</numerusform>
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
            <numerusform>de los cuales %Ln fue usado por al menos un codificador</numerusform>
            <numerusform>de los cuales %Ln fueron usados por al menos un codificador</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with Accord %2.</source>
        <translation>%1, con Accord %2.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code (after moving the ends of each coding inward past white space); figures pooled over the documents add up the documents' character counts.</source>
        <translation>Cada código se comparó por separado, tratando cada carácter del texto como una unidad que un codificador codificó o no con ese código (tras desplazar hacia dentro los extremos de cada codificación más allá de los espacios en blanco); las cifras agrupadas sobre los documentos suman los recuentos de caracteres de los documentos.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code; figures pooled over the documents add up the documents' character counts.</source>
        <translation>Cada código se comparó por separado, tratando cada carácter del texto como una unidad que un codificador codificó o no con ese código; las cifras agrupadas sobre los documentos suman los recuentos de caracteres de los documentos.</translation>
    </message>
    <message>
        <source>For each code we report percent agreement, Cohen's κ (Cohen, 1960) computed over characters as in NVivo, Krippendorff's α for nominal data over characters (Krippendorff, 2011), and the binary unitizing coefficient |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), which also reflects whether the coders cut the same units; we also give uα (2004), Krippendorff's earlier unitizing coefficient (Krippendorff, 2004), and, as MAXQDA does, the percentage of segments matched by a segment of the other coder overlapping it by at least %1 %.</source>
        <translation>Para cada código informamos el porcentaje de acuerdo, la κ de Cohen (Cohen, 1960) calculada sobre caracteres como en NVivo, la α de Krippendorff para datos nominales sobre caracteres (Krippendorff, 2011) y el coeficiente binario de unitización |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), que también refleja si los codificadores delimitaron las mismas unidades; damos además uα (2004), el coeficiente de unitización anterior de Krippendorff (Krippendorff, 2004), y, como hace MAXQDA, el porcentaje de segmentos que coinciden con un segmento del otro codificador que los solapa en al menos un %1 %.</translation>
    </message>
    <message>
        <source>Where no coder used a code, percent agreement is 100 but κ, α and the unitizing coefficients are undefined (there is no variation, so chance agreement is total) and are reported as such; NVivo prints κ = 1 in that case.</source>
        <translation>Cuando ningún codificador usó un código, el porcentaje de acuerdo es 100, pero κ, α y los coeficientes de unitización no están definidos (no hay variación, por lo que el acuerdo por azar es total) y se informan como tales; NVivo muestra κ = 1 en ese caso.</translation>
    </message>
    <message>
        <source>For all coders together we report Krippendorff's α and Fleiss' κ (Fleiss, 1971).</source>
        <translation>Para todos los codificadores en conjunto informamos la α de Krippendorff y la κ de Fleiss (Fleiss, 1971).</translation>
    </message>
    <message>
        <source>Whether the coders gave the same passages the same code was assessed across all codes at once with cuα = %1, which also counts passages one coder left uncoded, and (c|u)α = %2, over the passages both coded (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</source>
        <translation>Si los codificadores asignaron el mismo código a los mismos fragmentos se evaluó con todos los códigos a la vez mediante cuα = %1, que también cuenta los fragmentos que un codificador dejó sin codificar, y (c|u)α = %2, sobre los fragmentos que ambos codificaron (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of zero length was/were left out.</source>
        <translation>
            <numerusform>Se excluyó %Ln codificación de longitud cero.</numerusform>
            <numerusform>Se excluyeron %Ln codificaciones de longitud cero.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (95 % interval %2 to %3)</source>
        <translation>%1 (intervalo del 95 % de %2 a %3)</translation>
    </message>
    <message>
        <source>Pooled κ across the %1 either coder used (De Vries et al., 2008) was %2.</source>
        <translation>La κ agrupada sobre los %1 que usó alguno de los dos codificadores (De Vries et al., 2008) fue %2.</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined: %1.</source>
        <translation>La κ agrupada (De Vries et al., 2008) no estaba definida: %1.</translation>
    </message>
    <message>
        <source>no code was used</source>
        <translation>no se usó ningún código</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined for every pair of coders.</source>
        <translation>La κ agrupada (De Vries et al., 2008) no estaba definida para ningún par de codificadores.</translation>
    </message>
    <message>
        <source>Pooled κ across codes (De Vries et al., 2008) ranged over the %1 of coders from %2 for %3 to %4 for %5; its mean was %6.</source>
        <translation>La κ agrupada sobre los códigos (De Vries et al., 2008) varió, en los %1 de codificadores, de %2 para %3 a %4 para %5; su media fue %6.</translation>
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
        <translation>La α de Krippendorff fue de al menos %1 en %2 de los %3 con α definida, entre %4 y %1 en %5 y por debajo de %4 en %6; Krippendorff (2019) aconseja basarse en variables con α ≥ %1 y extraer solo conclusiones provisionales de las que están entre %4 y %1.</translation>
    </message>
    <message>
        <source>Krippendorff's α of all coders was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>La α de Krippendorff de todos los codificadores fue de al menos %1 en %2 de los %3 con α definida, entre %4 y %1 en %5 y por debajo de %4 en %6; Krippendorff (2019) aconseja basarse en variables con α ≥ %1 y extraer solo conclusiones provisionales de las que están entre %4 y %1.</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln code(s) α was undefined (no variation) and is reported as such, not as 0 or 1.</source>
        <translation>
            <numerusform>Para %Ln código, α no estaba definida (sin variación) y se informa como tal, no como 0 o 1.</numerusform>
            <numerusform>Para %Ln códigos, α no estaba definida (sin variación) y se informa como tal, no como 0 o 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bootstrap intervals were computed.</source>
        <translation>No se calcularon intervalos bootstrap.</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the %2 (percentile intervals, seed %3), resampled in place of documents because the study has few of them; turns of one conversation are not independent, so these intervals are narrower than a bootstrap of documents would give</source>
        <translation>%1 remuestreos bootstrap de los %2 (intervalos de percentiles, semilla %3), remuestreados en lugar de los documentos porque el estudio tiene pocos; los turnos de una misma conversación no son independientes, por lo que estos intervalos son más estrechos que los que daría un bootstrap de documentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln turno de palabra</numerusform>
            <numerusform>%Ln turnos de palabra</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of documents (percentile intervals, seed %2); resampling whole documents keeps neighbouring characters together</source>
        <translation>%1 remuestreos bootstrap de documentos (intervalos de percentiles, semilla %2); remuestrear documentos completos mantiene juntos los caracteres vecinos</translation>
    </message>
    <message>
        <source>95 % intervals come from %1, and for κ, α, |uα and the pooled κ we also give the share of resamples in which each fell below %2 and %3, the probability of failing to reach these levels (Hayes &amp; Krippendorff, 2007).</source>
        <translation>Los intervalos del 95 % proceden de %1, y para κ, α, |uα y la κ agrupada damos también la proporción de remuestreos en los que cada una quedó por debajo de %2 y %3, la probabilidad de no alcanzar esos niveles (Hayes &amp; Krippendorff, 2007).</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>The code's name</source>
        <translation>El nombre del código</translation>
    </message>
    <message>
        <source>What the code means (optional)</source>
        <translation>Qué significa el código (opcional)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Inside:</source>
        <translation>Dentro de:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Project in use</source>
        <translation>Proyecto en uso</translation>
    </message>
    <message>
        <source>%1 is open in another window: %2.

Open it read-only here, or close it in that window first and open it again. If that window's computer is gone for good, delete the lock file %3 first.</source>
        <translation>%1 está abierto en otra ventana: %2.

Ábralo aquí en modo de solo lectura, o ciérrelo primero en esa ventana y vuelva a abrirlo. Si el ordenador de esa ventana ya no está disponible definitivamente, elimine antes el archivo de bloqueo %3.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>No backup on opening: %1</source>
        <translation>Sin copia de seguridad al abrir: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Error en la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Todavía no hay copias de seguridad de %1.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the project; the current file is kept beside it, renamed.</source>
        <translation>Copias de seguridad de %1, de la más reciente a la más antigua. Restaurar una sustituye el proyecto; el archivo actual se conserva a su lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Se restauró la copia de seguridad de %1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Your name (as a coder):</source>
        <translation>Su nombre (como codificador):</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>Cannot build the sample project</source>
        <translation>No se puede generar el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importar REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA files (*.qdpx *.qdc *.qde);;All files (*)</source>
        <translation>Archivos REFI-QDA (*.qdpx *.qdc *.qde);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Se importó %1: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA</source>
        <translation>Exportar proyecto como REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA</source>
        <translation>Exportar libro de códigos como REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>libro de códigos</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se exportó %1</translation>
    </message>
    <message>
        <source>Merge coders' projects into this one</source>
        <translation>Fusionar proyectos de codificadores en este</translation>
    </message>
    <message>
        <source>%1: not merged (%2)</source>
        <translation>%1: no fusionado (%2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Coder name taken</source>
        <translation>Nombre de codificador en uso</translation>
    </message>
    <message>
        <source>%1 has a coder “%2” whose codings differ from “%3” in this project.
Name to give them here:</source>
        <translation>%1 tiene un codificador “%2” cuyas codificaciones difieren de las de “%3” en este proyecto.
Nombre que se le dará aquí:</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Coding query</source>
        <translation>Consulta de codificación</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Añadir una condición</translation>
    </message>
    <message>
        <source>the same characters</source>
        <translation>los mismos caracteres</translation>
    </message>
    <message>
        <source>the same speaker turn</source>
        <translation>el mismo turno de palabra</translation>
    </message>
    <message>
        <source>the same paragraph</source>
        <translation>el mismo párrafo</translation>
    </message>
    <message>
        <source>What "and" and "not" look at: the passage's own characters, or the turn or paragraph around it</source>
        <translation>A qué se aplican "y" y "no": a los propios caracteres del fragmento o al turno o párrafo que lo rodea</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saved queries:</source>
        <translation>Consultas guardadas:</translation>
    </message>
    <message>
        <source>Passages coded:</source>
        <translation>Fragmentos codificados:</translation>
    </message>
    <message>
        <source>And/not look at:</source>
        <translation>Y/no se aplican a:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codificador:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Hablante:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consenso)</translation>
    </message>
    <message>
        <source>All coders (not consensus)</source>
        <translation>Todos los codificadores (sin consenso)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los hablantes</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Cualquier documento</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, listed in Retrieved segments.</source>
        <translation>
            <numerusform>%n fragmento encontrado, listado en Segmentos recuperados.</numerusform>
            <numerusform>%n fragmentos encontrados, listados en Segmentos recuperados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Consulta: %1</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Nombre de la consulta:</translation>
    </message>
    <message>
        <source>Save query %1</source>
        <translation>Guardar consulta %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Guardada como “%1”.</translation>
    </message>
    <message>
        <source>Not saved: the query does not run (see the message).</source>
        <translation>No guardada: la consulta no se ejecuta (vea el mensaje).</translation>
    </message>
    <message>
        <source>Delete query</source>
        <translation>Eliminar consulta</translation>
    </message>
    <message>
        <source>Delete the saved query “%1”?</source>
        <translation>¿Eliminar la consulta guardada “%1”?</translation>
    </message>
    <message>
        <source>Delete query %1</source>
        <translation>Eliminar consulta %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún ninguna)</translation>
    </message>
</context>
<context>
    <name>QuickCodePalette</name>
    <message>
        <source>Create code “%1”</source>
        <translation>Crear código “%1”</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>Codificación rápida</translation>
    </message>
    <message>
        <source>Type to find a code, or a new name to create one…</source>
        <translation>Escriba para buscar un código, o un nombre nuevo para crearlo…</translation>
    </message>
    <message>
        <source>Filter the codes by name. Enter codes the selection with the highlighted code.</source>
        <translation>Filtrar los códigos por nombre. Intro codifica la selección con el código resaltado.</translation>
    </message>
    <message>
        <source>No codes yet: type a name to create the first one.</source>
        <translation>Aún no hay códigos: escriba un nombre para crear el primero.</translation>
    </message>
    <message>
        <source>↑ ↓ to move  ·  Enter to choose  ·  Esc to cancel</source>
        <translation>↑ ↓ para moverse  ·  Intro para elegir  ·  Esc para cancelar</translation>
    </message>
    <message>
        <source>Add “%1” at the top level of the codebook and code with it</source>
        <translation>Añadir “%1” al nivel superior del libro de códigos y codificar con él</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Nuevo código “%1”</translation>
    </message>
    <message>
        <source>Could not create the code “%1”.</source>
        <translation>No se pudo crear el código “%1”.</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln place(s)</source>
        <translation>
            <numerusform>%1 y %2: %Ln lugar</numerusform>
            <numerusform>%1 y %2: %Ln lugares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsWindow</name>
    <message>
        <source>Code relations</source>
        <translation>Relaciones entre códigos</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>Fragmentos solapados</translation>
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation>Mismo turno de palabra</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Mismo párrafo</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>A menos de N caracteres</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Co-occur when:</source>
        <translation>Coocurren cuando:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distancia:</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Marque al menos un codificador.</translation>
    </message>
    <message>
        <source>No two codes co-occur with these settings.</source>
        <translation>Ningún par de códigos coocurre con estos ajustes.</translation>
    </message>
    <message>
        <source>Each number counts places (a passage, turn or paragraph) once. Click a cell to list its places.</source>
        <translation>Cada número cuenta los lugares (un fragmento, turno o párrafo) una sola vez. Haga clic en una celda para listar sus lugares.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not used by any compared coder, so left out: %1.</source>
        <translation>No utilizados por ninguno de los codificadores comparados y, por tanto, excluidos: %1.</translation>
    </message>
    <message>
        <source>Used by one coder only: %1.</source>
        <translation>Utilizados por un solo codificador: %1.</translation>
    </message>
    <message>
        <source>A dash marks a coefficient that is undefined (no variation): %1.</source>
        <translation>Un guion indica un coeficiente no definido (sin variación): %1.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Todos los códigos (%1)</translation>
    </message>
    <message>
        <source>α 95 % interval</source>
        <translation>Intervalo del 95 % de α</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>undefined (%1)</source>
        <translation>no definido (%1)</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once: %1.</source>
        <translation>Qué código recibe cada fragmento, con todos los códigos a la vez: %1.</translation>
    </message>
    <message>
        <source>The table gives percent agreement, κ and α with its interval for each code; the other figures the methods paragraph names are in the agreement export (accord agreement PROJECT --export OUT.xlsx).</source>
        <translation>La tabla recoge para cada código el porcentaje de acuerdo, κ y α con su intervalo; los demás valores que menciona el párrafo de métodos figuran en la exportación del acuerdo (accord agreement PROJECT --export OUT.xlsx).</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Codes: %1 and their sub-codes (%2)</source>
        <translation>Códigos: %1 y sus subcódigos (%2)</translation>
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
        <translation>Codificadores: %1 (consenso excluido: %2)</translation>
    </message>
    <message>
        <source>Documents: %1 (of %2)</source>
        <translation>Documentos: %1 (de %2)</translation>
    </message>
    <message>
        <source>%1 — codebook report</source>
        <translation>%1 — informe del libro de códigos</translation>
    </message>
    <message>
        <source>Codebook report</source>
        <translation>Informe del libro de códigos</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2</source>
        <translation>Generado el %1 con Accord %2</translation>
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
        <translation>Este informe se limita a:</translation>
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
        <translation>codificaciones</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>codificadores</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
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
        <translation>Resumen del libro de códigos</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Frecuencias de códigos</translation>
    </message>
    <message>
        <source>showing the %1 most used of %2 codes</source>
        <translation>se muestran los %1 códigos más usados de %2</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Códigos por hablante</translation>
    </message>
    <message>
        <source>the %1 most used of %2 codes</source>
        <translation>los %1 códigos más usados de %2</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Codificaciones por código y codificador</translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>Codificaciones por código</translation>
    </message>
    <message>
        <source>the %1 documents with the most codings of %2</source>
        <translation>los %1 documentos con más codificaciones de %2</translation>
    </message>
    <message>
        <source>the %1 codes with the most overlaps of %2</source>
        <translation>los %1 códigos con más solapamientos de %2</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Coocurrencia de códigos</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Values of α below %1 are in bold red.</source>
        <translation>Los valores de α inferiores a %1 aparecen en rojo y negrita.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Códigos en detalle</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Documentos codificados</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>No hay codificadores.</translation>
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
        <translation>Memo sobre %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>No hay documentos.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>No hay códigos.</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Figura 1. Codificaciones por código y codificador (codificaciones propias de cada código, sin sus subcódigos)</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Figura 1. Codificaciones por código (codificaciones propias de cada código, sin sus subcódigos)</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>se muestran %1</translation>
    </message>
    <message>
        <source>Figure 2. Codings per code and document</source>
        <translation>Figura 2. Codificaciones por código y documento</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Todavía no se ha codificado nada.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Codificaciones por código y hablante: una codificación cuenta una vez por cada hablante cuyos turnos de palabra abarca.</translation>
    </message>
    <message>
        <source>Showing the %1 speakers with the most codings of %2 (all are in the CSV/XLSX export).</source>
        <translation>Se muestran los %1 hablantes con más codificaciones de %2 (todos figuran en la exportación CSV/XLSX).</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch of text coded with both, counts once.</source>
        <translation>Dos códigos coocurren donde se solapan fragmentos codificados con ambos (tomando en conjunto las codificaciones de los codificadores de este informe); cada lugar, es decir, cada tramo de texto codificado con ambos, cuenta una vez.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence</source>
        <translation>Figura %1. Coocurrencia de códigos</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>Coocurre con</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… y %Ln par más (todos figuran en la exportación CSV/XLSX).</numerusform>
            <numerusform>… y %Ln pares más (todos figuran en la exportación CSV/XLSX).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Ningún par de códigos se solapa.</translation>
    </message>
    <message>
        <source>Showing the %1 codes with the most overlaps of %2.</source>
        <translation>Se muestran los %1 códigos con más solapamientos de %2.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence (columns: %2).</source>
        <translation>Figura %1. Coocurrencia de códigos (columnas: %2).</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; unidad: %2; valores agregados sobre los documentos.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; valores agregados sobre los documentos.</translation>
    </message>
    <message>
        <source>Values of α below %1 are shown in red.</source>
        <translation>Los valores de α inferiores a %1 aparecen en rojo.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
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
        <translation>%1 con sus subcódigos</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Usar cuando</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>No usar</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… y %Ln documento más</numerusform>
            <numerusform>… y %Ln documentos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
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
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>Aún no utilizado en esta selección.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Aún no utilizado.</translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · informe del libro de códigos generado el %2 por Accord %3.</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 usados</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Codificaciones por código y documento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 documents with the most codings; %Ln more document(s) are in the CSV/XLSX export. The totals count every document.</source>
        <translation>
            <numerusform>Se muestran los %1 documentos con más codificaciones; %Ln documento más figura en la exportación CSV/XLSX. Los totales incluyen todos los documentos.</numerusform>
            <numerusform>Se muestran los %1 documentos con más codificaciones; otros %Ln documentos figuran en la exportación CSV/XLSX. Los totales incluyen todos los documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>Usar cuando:</translation>
    </message>
    <message>
        <source>Do not use:</source>
        <translation>No usar:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
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
            <numerusform>y %Ln documento más</numerusform>
            <numerusform>y %Ln documentos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBar</name>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Open the HTML report in your web browser (as a temporary file), e.g. to print it</source>
        <translation>Abrir el informe HTML en su navegador web (como archivo temporal), p. ej., para imprimirlo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded segment,
for your own analysis (CSV: one file per table, in a folder).</source>
        <translation>HTML, Word y Markdown son el informe para leer; Excel y CSV contienen sus tablas, con cada segmento codificado,
para su propio análisis (CSV: un archivo por tabla, en una carpeta).</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the report in the chosen format (Ctrl+S)</source>
        <translation>Guardar el informe en el formato elegido (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Save tables…</source>
        <translation>&amp;Guardar tablas…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Codebook report</source>
        <translation>Informe del libro de códigos</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date, then save.</source>
        <translation>Espere a que la vista previa esté actualizada y después guarde.</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Escribiendo el informe %1…</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date.</source>
        <translation>Espere a que la vista previa esté actualizada.</translation>
    </message>
    <message>
        <source>Preparing the web page…</source>
        <translation>Preparando la página web…</translation>
    </message>
    <message>
        <source>Saved the chart: %1 · %2</source>
        <translation>Gráfico guardado: %1 · %2</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source>Untick fewer, or use &lt;b&gt;All&lt;/b&gt; above a list.</source>
        <translation>Desmarque menos elementos o use &lt;b&gt;Todos&lt;/b&gt; encima de una lista.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>No se pudo generar el informe.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln codificador</numerusform>
            <numerusform>%Ln codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>no agreement section (the agreement engine gave nothing)</source>
        <translation>sin sección de acuerdo (el cálculo del acuerdo no devolvió nada)</translation>
    </message>
    <message>
        <source>built in %1 s</source>
        <translation>generado en %1 s</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>No se pudo guardar el informe:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1</source>
        <translation>
            <numerusform>%Ln archivo en %1</numerusform>
            <numerusform>%Ln archivos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the %1 report: %2 · %3</source>
        <translation>Informe %1 guardado: %2 · %3</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>The web page could not be written:
%1</source>
        <translation>No se pudo escribir la página web:
%1</translation>
    </message>
    <message>
        <source>Opened the report in your browser (a temporary copy: %1).</source>
        <translation>Se abrió el informe en su navegador (una copia temporal: %1).</translation>
    </message>
    <message>
        <source>No web browser could be started. The report is in the temporary file
%1</source>
        <translation>No se pudo iniciar ningún navegador web. El informe está en el archivo temporal
%1</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>C&amp;oders</source>
        <translation>C&amp;odificadores</translation>
    </message>
    <message>
        <source>Only the codings of the ticked coders are counted and quoted</source>
        <translation>Solo se cuentan y citan las codificaciones de los codificadores marcados</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Only the codings in the ticked documents are counted and quoted</source>
        <translation>Solo se cuentan y citan las codificaciones de los documentos marcados</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>How many coded passages to quote under each code (spread over the documents)</source>
        <translation>Cuántos fragmentos codificados citar bajo cada código (repartidos entre los documentos)</translation>
    </message>
    <message>
        <source>Example &amp;quotes per code:</source>
        <translation>&amp;Citas de ejemplo por código:</translation>
    </message>
    <message>
        <source>The language of the report's headings, methods paragraph and numbers; it need not be the window's</source>
        <translation>El idioma de los títulos, el párrafo de métodos y los números del informe; no tiene por qué coincidir con el de la ventana</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>&amp;Memos (project, documents, codes, codings)</source>
        <translation>&amp;Memos (proyecto, documentos, códigos, codificaciones)</translation>
    </message>
    <message>
        <source>Print the memos next to what they are about</source>
        <translation>Imprimir los memos junto a aquello a lo que se refieren</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement</source>
        <translation>&amp;Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Percent agreement, κ and Krippendorff's α per code, for two or more coders</source>
        <translation>Porcentaje de acuerdo, κ y α de Krippendorff por código, para dos o más codificadores</translation>
    </message>
    <message>
        <source>with 95 % &amp;intervals (bootstrap; slower)</source>
        <translation>con &amp;intervalos del 95 % (bootstrap; más lento)</translation>
    </message>
    <message>
        <source>Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).
On large projects this is most of the time a report takes.</source>
        <translation>Intervalos bootstrap para α (1000 remuestreos de los documentos; 200 a partir de 20 000 codificaciones).
En proyectos grandes, esto ocupa la mayor parte del tiempo que tarda un informe.</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consenso)</translation>
    </message>
    <message>
        <source>Decisions of adjudication: reported, and compared, only when ticked</source>
        <translation>Decisiones de la resolución de desacuerdos: se incluyen en el informe y se comparan solo si están marcadas</translation>
    </message>
    <message>
        <source>Codings by %1</source>
        <translation>Codificaciones de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters, %Ln coding(s)</source>
        <translation>
            <numerusform>%1: %2 caracteres, %Ln codificación</numerusform>
            <numerusform>%1: %2 caracteres, %Ln codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one code to see a report.</source>
        <translation>Marque al menos un código para ver un informe.</translation>
    </message>
    <message>
        <source>Tick at least one coder to see a report.</source>
        <translation>Marque al menos un codificador para ver un informe.</translation>
    </message>
    <message>
        <source>Tick at least one document to see a report.</source>
        <translation>Marque al menos un documento para ver un informe.</translation>
    </message>
    <message>
        <source>The agreement section's bootstrap intervals take longest on large projects; untick &lt;i&gt;with 95 % intervals&lt;/i&gt; for a quicker preview.</source>
        <translation>En proyectos grandes, los intervalos bootstrap de la sección de acuerdo son lo que más tarda; desmarque &lt;i&gt;con intervalos del 95 %&lt;/i&gt; para obtener una vista previa más rápida.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Codings per code</source>
        <translation>Codificaciones por código</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Codificaciones por código y documento</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Coocurrencia de códigos</translation>
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
        <translation>Generado el %1 con Accord %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln codificador</numerusform>
            <numerusform>%Ln codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>CODEBOOK REPORT</source>
        <translation>INFORME DEL LIBRO DE CÓDIGOS</translation>
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation>Este informe se limita a:</translation>
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
        <translation>codificaciones</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>codificadores</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Documentos codificados</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>Sin codificadores.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
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
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Memo sobre %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Sin documentos.</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Resumen del libro de códigos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>Sin códigos.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Frecuencias de los códigos</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Todavía no se ha codificado nada.</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch coded with both, counts once.</source>
        <translation>Dos códigos coocurren donde se solapan fragmentos codificados con ambos (tomando en conjunto las codificaciones de los codificadores de este informe); cada lugar, un tramo codificado con ambos, cuenta una sola vez.</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>Coocurre con</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… y %Ln par más (todos figuran en la exportación CSV/XLSX).</numerusform>
            <numerusform>… y %Ln pares más (todos figuran en la exportación CSV/XLSX).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Ningún par de códigos se solapa.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Códigos en detalle</translation>
    </message>
    <message>
        <source>The preview shows the first %1 in detail; the saved report has all of them (%2).</source>
        <translation>La vista previa muestra en detalle los primeros %1; el informe guardado los incluye todos (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more code(s)</source>
        <translation>
            <numerusform>%Ln código más</numerusform>
            <numerusform>%Ln códigos más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · informe del libro de códigos generado el %2 con Accord %3.</translation>
    </message>
    <message>
        <source>Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Codificaciones por código y codificador (codificaciones propias de cada código, sin sus subcódigos)</translation>
    </message>
    <message>
        <source>Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Codificaciones por código (codificaciones propias de cada código, sin sus subcódigos)</translation>
    </message>
    <message>
        <source>Figure %1. %2; showing %3.</source>
        <translation>Figura %1. %2; se muestran %3.</translation>
    </message>
    <message>
        <source>Figure %1. %2.</source>
        <translation>Figura %1. %2.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Codificaciones por código y hablante: una codificación cuenta una vez por cada hablante cuyos turnos de palabra abarca.</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Códigos por hablante</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; unidad: %2; cifras agrupadas sobre los documentos.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; cifras agrupadas sobre los documentos.</translation>
    </message>
    <message>
        <source>Values of α below %1 are in &lt;span class="low"&gt;red&lt;/span&gt;.</source>
        <translation>Los valores de α inferiores a %1 aparecen en &lt;span class="low"&gt;rojo&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>METHODS</source>
        <translation>MÉTODOS</translation>
    </message>
    <message>
        <source>REFERENCES</source>
        <translation>REFERENCIAS</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Todos los códigos (%1)</translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 con sus subcódigos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Usar cuando</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>No usar</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… y %Ln documento más</numerusform>
            <numerusform>… y %Ln documentos más</numerusform>
        </translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EJEMPLOS</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>EJEMPLO</translation>
    </message>
    <message>
        <source>%1 · characters %2–%3 · coded by %4</source>
        <translation>%1 · caracteres %2–%3 · codificado por %4</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more quote(s) in the saved report.</source>
        <translation>
            <numerusform>… y %Ln cita más en el informe guardado.</numerusform>
            <numerusform>… y %Ln citas más en el informe guardado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>Aún sin usar en esta selección.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Aún sin usar.</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Web page (.html)</source>
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (a folder)</source>
        <translation>Tablas CSV (una carpeta)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Carpetas (*)</translation>
    </message>
    <message>
        <source>Save the report's tables — name a folder for the CSV files</source>
        <translation>Guardar las tablas del informe: indique una carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation>Guardar el informe como %1</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tablas del informe</translation>
    </message>
    <message>
        <source>codebook report</source>
        <translation>informe del libro de códigos</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 es un archivo de proyecto; elija otro nombre.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation>Guardar el gráfico como %1</translation>
    </message>
    <message>
        <source>chart %1</source>
        <translation>gráfico %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>No se pudo guardar el gráfico: %1</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>The report as it will be saved (the web page and Word file look the same, with their own fonts)</source>
        <translation>El informe tal como se guardará (la página web y el archivo de Word se ven igual, con sus propias fuentes)</translation>
    </message>
    <message>
        <source>The report's charts; each can be saved as an image</source>
        <translation>Los gráficos del informe; cada uno puede guardarse como imagen</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Copias de seguridad de %1, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
The previous file is kept as %3.</source>
        <translation>Se restauró %1 a partir de la copia de seguridad de %2.
El archivo anterior se conserva como %3.</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Elegir una carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Restore which project? Pick the project file (even a damaged one), or a folder of backups if the project file is gone.</source>
        <translation>¿Qué proyecto desea restaurar? Elija el archivo del proyecto (aunque esté dañado) o una carpeta de copias de seguridad si el archivo del proyecto ya no existe.</translation>
    </message>
    <message>
        <source>Pick the project file…</source>
        <translation>Elegir el archivo del proyecto…</translation>
    </message>
    <message>
        <source>Pick a backup folder…</source>
        <translation>Elegir una carpeta de copias…</translation>
    </message>
    <message>
        <source>There are no backups of %1 (they would be in %2). Pick a backup folder instead, if you have one.</source>
        <translation>No hay copias de seguridad de %1 (estarían en %2). Elija en su lugar una carpeta de copias de seguridad, si la tiene.</translation>
    </message>
    <message>
        <source>%1 holds no Accord backups; they are in the folders under %2. Pick one of those.</source>
        <translation>%1 no contiene copias de seguridad de Accord; están en las carpetas dentro de %2. Elija una de ellas.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Copias de seguridad en %1, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurar la copia de seguridad como</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restaurado</translation>
    </message>
</context>
<context>
    <name>RetrieveDialog</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Texto sin formato (.txt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Retrieve segments of a code</source>
        <translation>Recuperar segmentos de un código</translation>
    </message>
    <message>
        <source>Every passage coded with one code, document by document — to read, quote from or share with someone who does not use Accord.</source>
        <translation>Todos los fragmentos codificados con un código, documento por documento, para leerlos, citarlos o compartirlos con alguien que no usa Accord.</translation>
    </message>
    <message>
        <source>The code whose segments to print</source>
        <translation>El código cuyos segmentos se imprimirán</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Include its &amp;sub-codes</source>
        <translation>Incluir sus &amp;subcódigos</translation>
    </message>
    <message>
        <source>Also print the segments coded with any code below this one</source>
        <translation>Imprimir también los segmentos codificados con cualquier código que dependa de este</translation>
    </message>
    <message>
        <source>Coding &amp;memos</source>
        <translation>&amp;Memos de codificación</translation>
    </message>
    <message>
        <source>Print each segment's memo under it</source>
        <translation>Imprimir el memo de cada segmento debajo de él</translation>
    </message>
    <message>
        <source>C&amp;oders</source>
        <translation>C&amp;odificadores</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Choose a code to see its segments.</source>
        <translation>Elija un código para ver sus segmentos.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the segments in the chosen format (Ctrl+S)</source>
        <translation>Guardar los segmentos en el formato elegido (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the segments as %1</source>
        <translation>Guardar los segmentos como %1</translation>
    </message>
    <message>
        <source>segments %1</source>
        <translation>segmentos %1</translation>
    </message>
    <message>
        <source>Save segments</source>
        <translation>Guardar segmentos</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 es un archivo de proyecto; elija otro nombre.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Segments coded by %1</source>
        <translation>Segmentos codificados por %1</translation>
    </message>
    <message>
        <source>This code has no sub-codes</source>
        <translation>Este código no tiene subcódigos</translation>
    </message>
    <message>
        <source>The codebook is empty: there is nothing to retrieve.</source>
        <translation>El libro de códigos está vacío: no hay nada que recuperar.</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Marque al menos un codificador.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Marque al menos un documento.</translation>
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation>Leyendo los segmentos…</translation>
    </message>
    <message>
        <source>The segments could not be read.</source>
        <translation>No se pudieron leer los segmentos.</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s) in the saved file]</source>
        <translation>
            <numerusform>[… %Ln carácter más en el archivo guardado]</numerusform>
            <numerusform>[… %Ln caracteres más en el archivo guardado]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>The segments could not be saved:
%1</source>
        <translation>No se pudieron guardar los segmentos:
%1</translation>
    </message>
    <message>
        <source>Saved %1 · &lt;a href="%2"&gt;Show folder&lt;/a&gt;</source>
        <translation>Guardado %1 · &lt;a href="%2"&gt;Mostrar carpeta&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in all documents…</source>
        <translation>Buscar en todos los documentos…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Code these hits…</source>
        <translation>Codificar estos resultados…</translation>
    </message>
    <message>
        <source>Auto-code the places found, after a preview where each can be unticked</source>
        <translation>Codificar automáticamente los lugares encontrados, tras una vista previa donde puede desmarcar cada uno</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Encontrados: %1</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Include sub-codes</source>
        <translation>Incluir subcódigos</translation>
    </message>
    <message>
        <source>Also list segments coded with codes below this one</source>
        <translation>Listar también los segmentos codificados con códigos que dependen de este</translation>
    </message>
    <message>
        <source>List only what this speaker said (the parts of segments in their turns)</source>
        <translation>Listar solo lo que dijo este hablante (las partes de los segmentos en sus turnos)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los hablantes</translation>
    </message>
    <message>
        <source>Select a code in the codebook to list its segments</source>
        <translation>Seleccione un código en el libro de códigos para listar sus segmentos</translation>
    </message>
    <message>
        <source>%1 and its sub-codes</source>
        <translation>%1 y sus subcódigos</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>dicho por %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n segmento</numerusform>
            <numerusform>%1 · %n segmentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Actualizado con cambios hechos por otro programa</translation>
    </message>
</context>
<context>
    <name>SidePair</name>
    <message>
        <source>Scroll together</source>
        <translation>Desplazar juntos</translation>
    </message>
    <message>
        <source>Scroll both texts as one (they show the same document)</source>
        <translation>Desplazar ambos textos a la vez (muestran el mismo documento)</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing here&lt;/i&gt; &amp;nbsp;·&amp;nbsp; the passage %1–%2 is selected</source>
        <translation>&lt;i&gt;nada aquí&lt;/i&gt; &amp;nbsp;·&amp;nbsp; el fragmento %1–%2 está seleccionado</translation>
    </message>
</context>
<context>
    <name>SimilarHandlers</name>
    <message>
        <source>Similar passages</source>
        <translation>Fragmentos similares</translation>
    </message>
    <message>
        <source>Select some text, or a code in the codebook, to find passages like it</source>
        <translation>Seleccione un texto, o un código en el libro de códigos, para buscar fragmentos parecidos</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Right-click a code or selected text and choose Find similar passages</source>
        <translation>Haga clic derecho en un código o en un texto seleccionado y elija Buscar fragmentos similares</translation>
    </message>
    <message>
        <source>By shared words</source>
        <translation>Por palabras compartidas</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation>Por significado</translation>
    </message>
    <message>
        <source>How large a suggested passage is</source>
        <translation>Qué tamaño tiene un fragmento sugerido</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Turnos de palabra</translation>
    </message>
    <message>
        <source>Like its definition too</source>
        <translation>También como su definición</translation>
    </message>
    <message>
        <source>Also find passages like the code's definition and example</source>
        <translation>Buscar también fragmentos como la definición y el ejemplo del código</translation>
    </message>
    <message>
        <source>Accepted passages are coded with this code, as the current coder</source>
        <translation>Los fragmentos aceptados se codifican con este código, como el codificador actual</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Aceptar (Intro)</translation>
    </message>
    <message>
        <source>Reject (Delete)</source>
        <translation>Rechazar (Supr)</translation>
    </message>
    <message>
        <source>Open in text</source>
        <translation>Abrir en el texto</translation>
    </message>
    <message>
        <source>Choose a model first: Settings ▸ Similar passages</source>
        <translation>Elija primero un modelo: Configuración ▸ Fragmentos similares</translation>
    </message>
    <message>
        <source>Code with:</source>
        <translation>Codificar con:</translation>
    </message>
    <message>
        <source>Passages like “%1”</source>
        <translation>Fragmentos como “%1”</translation>
    </message>
    <message>
        <source>Passages like “%1” (%2's segments)</source>
        <translation>Fragmentos como “%1” (segmentos de %2)</translation>
    </message>
    <message>
        <source>finding…</source>
        <translation>buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln sugerencia</numerusform>
            <numerusform>%Ln sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing similar found</source>
        <translation>no se encontró nada similar</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Coincidencias: %1</translation>
    </message>
</context>
<context>
    <name>SimilarSettingsDialog</name>
    <message>
        <source>Similar passages</source>
        <translation>Fragmentos similares</translation>
    </message>
    <message>
        <source>Accord finds passages like the ones you point at on this computer; nothing is sent anywhere. By shared words it always works. By meaning it needs a model2vec model: download one once, or use the folder of one you already have.</source>
        <translation>Accord busca fragmentos parecidos a los que usted señala en este ordenador; no se envía nada a ninguna parte. La búsqueda por palabras compartidas funciona siempre. La búsqueda por significado necesita un modelo model2vec: descargue uno una vez o use la carpeta de uno que ya tenga.</translation>
    </message>
    <message>
        <source>Finding passages by meaning needs the optional model2vec package. Install it with: pip install "accord[similar]" — then restart Accord.</source>
        <translation>Buscar fragmentos por significado requiere el paquete opcional model2vec. Instálelo con: pip install "accord[similar]" y después reinicie Accord.</translation>
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation>Usar una carpeta de modelo…</translation>
    </message>
    <message>
        <source>Index this project's passages now</source>
        <translation>Indexar ahora los fragmentos de este proyecto</translation>
    </message>
    <message>
        <source>Compute every passage's vector once, so searches by meaning are quick</source>
        <translation>Calcular una vez el vector de cada fragmento para que las búsquedas por significado sean rápidas</translation>
    </message>
    <message>
        <source>Empty the cache</source>
        <translation>Vaciar la caché</translation>
    </message>
    <message>
        <source>Remove the cached vectors from the project; they can be rebuilt</source>
        <translation>Eliminar del proyecto los vectores en caché; pueden volver a generarse</translation>
    </message>
    <message>
        <source>Download a model (once)</source>
        <translation>Descargar un modelo (una vez)</translation>
    </message>
    <message>
        <source>%1, %2&lt;br&gt;from huggingface.co/%3</source>
        <translation>%1, %2&lt;br&gt;de huggingface.co/%3</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation>Modelo en uso: %1</translation>
    </message>
    <message>
        <source>No model yet: passages are found by shared words.</source>
        <translation>Aún no hay modelo: los fragmentos se buscan por palabras compartidas.</translation>
    </message>
    <message>
        <source>Download %1 (%2) from huggingface.co/%3 into %4?</source>
        <translation>¿Descargar %1 (%2) de huggingface.co/%3 en %4?</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Descargar un modelo</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>A model2vec model folder</source>
        <translation>Una carpeta de modelo model2vec</translation>
    </message>
    <message>
        <source>Use a model folder</source>
        <translation>Usar una carpeta de modelo</translation>
    </message>
    <message>
        <source>Index passages</source>
        <translation>Indexar fragmentos</translation>
    </message>
    <message>
        <source>Indexing passages (%1 of %2)</source>
        <translation>Indexando fragmentos (%1 de %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) indexed.</source>
        <translation>
            <numerusform>%Ln fragmento indexado.</numerusform>
            <numerusform>%Ln fragmentos indexados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>La caché está vacía.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>and also coded</source>
        <translation>y además codificado</translation>
    </message>
    <message>
        <source>or coded</source>
        <translation>o codificado</translation>
    </message>
    <message>
        <source>but not coded</source>
        <translation>pero no codificado</translation>
    </message>
    <message>
        <source>near</source>
        <translation>cerca de</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>At most this many characters between the two passages</source>
        <translation>Máximo de caracteres entre los dos fragmentos</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code interviews and other texts, then see where coders agree.</source>
        <translation>Codifique entrevistas y otros textos, y vea dónde coinciden los codificadores.</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crear un archivo de proyecto vacío</translation>
    </message>
    <message>
        <source>Open an existing .accord file</source>
        <translation>Abrir un archivo .accord existente</translation>
    </message>
    <message>
        <source>Four fictional interviews, a codebook, two coders</source>
        <translation>Cuatro entrevistas ficticias, un libro de códigos, dos codificadores</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Put back a damaged or lost project from its automatic backups</source>
        <translation>Recuperar un proyecto dañado o perdido a partir de sus copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
</context>
<context>
    <name>_Header</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>_SuggestionsModel</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragmento</translation>
    </message>
</context>
</TS>