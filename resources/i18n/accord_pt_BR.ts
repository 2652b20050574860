<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Criar um arquivo de projeto vazio</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open an .accord project</source>
        <translation>Abrir um projeto .accord</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Abrir o projeto de &amp;exemplo</translation>
    </message>
    <message>
        <source>Open the bundled sample study</source>
        <translation>Abrir o estudo de exemplo incluído</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and .srt transcripts</source>
        <translation>Importar arquivos .txt, .md, .docx, .pdf, .html, .odt ou .rtf, ou transcrições .vtt e .srt</translation>
    </message>
    <message>
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation>Importar REFI-QDA (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <source>Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, QualCoder or Taguette</source>
        <translation>Trazer um projeto ou livro de códigos exportado pelo MAXQDA, ATLAS.ti, NVivo, QualCoder ou Taguette</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA (.qdpx)…</source>
        <translation>Exportar projeto como REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>The whole project in the exchange format other QDA tools read</source>
        <translation>O projeto inteiro no formato de intercâmbio que outras ferramentas de QDA leem</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA (.qdc)…</source>
        <translation>Exportar livro de códigos como REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>The codebook alone, for another project or tool</source>
        <translation>Apenas o livro de códigos, para outro projeto ou ferramenta</translation>
    </message>
    <message>
        <source>&amp;Merge coders' projects…</source>
        <translation>&amp;Mesclar projetos dos codificadores…</translation>
    </message>
    <message>
        <source>Bring other coders' copies of this project (their coders, codes and codings) into it</source>
        <translation>Trazer para este projeto as cópias dele feitas por outros codificadores (seus codificadores, códigos e codificações)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar do &amp;backup…</translation>
    </message>
    <message>
        <source>Put back an earlier state of this project from its automatic backups</source>
        <translation>Recuperar um estado anterior deste projeto a partir dos backups automáticos</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Salvar uma &amp;cópia como…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation>Gravar uma cópia do projeto em outro arquivo</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <source>Close this project</source>
        <translation>Fechar este projeto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit Accord (all work is already saved)</source>
        <translation>Sair do Accord (todo o trabalho já está salvo)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Refazer a alteração que acabou de ser desfeita</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;Localizar no documento…</translation>
    </message>
    <message>
        <source>Find text in this document</source>
        <translation>Localizar texto neste documento</translation>
    </message>
    <message>
        <source>Find in &amp;all documents…</source>
        <translation>Localizar em &amp;todos os documentos…</translation>
    </message>
    <message>
        <source>Search every document of the project</source>
        <translation>Pesquisar em todos os documentos do projeto</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>Codificação &amp;rápida…</translation>
    </message>
    <message>
        <source>Code the selection with a code picked by typing (or a new one)</source>
        <translation>Codificar a seleção com um código escolhido digitando (ou com um novo)</translation>
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation>Código &amp;in vivo</translation>
    </message>
    <message>
        <source>Create a code named after the selected words and apply it</source>
        <translation>Criar um código com o nome das palavras selecionadas e aplicá-lo</translation>
    </message>
    <message>
        <source>Code with a ne&amp;w code…</source>
        <translation>Codificar com &amp;novo código…</translation>
    </message>
    <message>
        <source>Create a code (name, where, colour, definition) and code the selection with it</source>
        <translation>Criar um código (nome, posição, cor, definição) e codificar a seleção com ele</translation>
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation>&amp;Remover codificação</translation>
    </message>
    <message>
        <source>Remove the selected coding</source>
        <translation>Remover a codificação selecionada</translation>
    </message>
    <message>
        <source>&amp;Change code of coding…</source>
        <translation>&amp;Trocar código da codificação…</translation>
    </message>
    <message>
        <source>Give the selected coding another code</source>
        <translation>Dar outro código à codificação selecionada</translation>
    </message>
    <message>
        <source>Coding &amp;memo…</source>
        <translation>&amp;Memorando da codificação…</translation>
    </message>
    <message>
        <source>Edit the selected coding's memo</source>
        <translation>Editar o memorando da codificação selecionada</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>&amp;Novo código…</translation>
    </message>
    <message>
        <source>Add a code to the codebook: name, where, colour and definition</source>
        <translation>Adicionar um código ao livro de códigos: nome, posição, cor e definição</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Ajustar seleções a palavras inteiras</translation>
    </message>
    <message>
        <source>Extend selections that start or end inside a word</source>
        <translation>Estender as seleções que começam ou terminam no meio de uma palavra</translation>
    </message>
    <message>
        <source>&amp;Trim white space from selections</source>
        <translation>Remover &amp;espaços das bordas das seleções</translation>
    </message>
    <message>
        <source>Leave out spaces and line breaks at either end of a selection when coding it</source>
        <translation>Deixar de fora espaços e quebras de linha nas extremidades de uma seleção ao codificá-la</translation>
    </message>
    <message>
        <source>One &amp;click on a code applies it</source>
        <translation>Um &amp;clique no código o aplica</translation>
    </message>
    <message>
        <source>Off: a click only shows a code; double-click it, press Enter or use Code to apply it</source>
        <translation>Desativado: um clique só mostra o código; para aplicá-lo, clique duas vezes, pressione Enter ou use Codificar</translation>
    </message>
    <message>
        <source>&amp;Import codebook…</source>
        <translation>&amp;Importar livro de códigos…</translation>
    </message>
    <message>
        <source>Add the codes of a codebook kept in Excel, CSV or Word, after a preview of what is new</source>
        <translation>Adicionar os códigos de um livro de códigos mantido em Excel, CSV ou Word, após uma prévia do que é novo</translation>
    </message>
    <message>
        <source>&amp;Export codebook…</source>
        <translation>&amp;Exportar livro de códigos…</translation>
    </message>
    <message>
        <source>Write the codebook as an Excel, CSV or Word table that Import codebook reads back</source>
        <translation>Gravar o livro de códigos como tabela do Excel, CSV ou Word que Importar livro de códigos consegue ler de volta</translation>
    </message>
    <message>
        <source>Compare &amp;coders…</source>
        <translation>Comparar &amp;codificadores…</translation>
    </message>
    <message>
        <source>Agreement statistics, the disagreements between two coders, and adjudication</source>
        <translation>Estatísticas de concordância, as discordâncias entre dois codificadores e a arbitragem</translation>
    </message>
    <message>
        <source>Codebook &amp;report…</source>
        <translation>&amp;Relatório do livro de códigos…</translation>
    </message>
    <message>
        <source>The codebook with counts, quotes, charts and agreement, as HTML, Word, Markdown, CSV or Excel</source>
        <translation>O livro de códigos com contagens, citações, gráficos e concordância, em HTML, Word, Markdown, CSV ou Excel</translation>
    </message>
    <message>
        <source>Retrieve &amp;segments of a code…</source>
        <translation>Recuperar &amp;segmentos de um código…</translation>
    </message>
    <message>
        <source>Print every segment of a code (and its sub-codes) as text or Word</source>
        <translation>Exportar todos os segmentos de um código (e de seus subcódigos) como texto ou Word</translation>
    </message>
    <message>
        <source>Project &amp;memos…</source>
        <translation>Memorandos do &amp;projeto…</translation>
    </message>
    <message>
        <source>Memos about the whole project</source>
        <translation>Memorandos sobre o projeto como um todo</translation>
    </message>
    <message>
        <source>&amp;Document memos…</source>
        <translation>Memorandos do &amp;documento…</translation>
    </message>
    <message>
        <source>Memos on the current document</source>
        <translation>Memorandos sobre o documento atual</translation>
    </message>
    <message>
        <source>C&amp;ode memos…</source>
        <translation>Memorandos do &amp;código…</translation>
    </message>
    <message>
        <source>Memos on the current code</source>
        <translation>Memorandos sobre o código atual</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>&amp;Atributos…</translation>
    </message>
    <message>
        <source>Every document's attributes (age, site, …) as a table you can edit; add, type and remove them</source>
        <translation>Os atributos de cada documento (idade, local, …) numa tabela editável; adicione atributos, defina seu tipo e remova-os</translation>
    </message>
    <message>
        <source>&amp;Import attributes…</source>
        <translation>&amp;Importar atributos…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document, a column per attribute</source>
        <translation>Atributos de uma planilha (.csv, .xlsx): uma linha por documento, uma coluna por atributo</translation>
    </message>
    <message>
        <source>E&amp;xport attributes…</source>
        <translation>E&amp;xportar atributos…</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file, the shape Import attributes reads</source>
        <translation>Os atributos de cada documento num arquivo .csv ou .xlsx, no formato que Importar atributos lê</translation>
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation>&amp;Renomear documento…</translation>
    </message>
    <message>
        <source>Rename the current document</source>
        <translation>Renomear o documento atual</translation>
    </message>
    <message>
        <source>De&amp;lete document…</source>
        <translation>Exc&amp;luir documento…</translation>
    </message>
    <message>
        <source>Delete the current document and its codings</source>
        <translation>Excluir o documento atual e suas codificações</translation>
    </message>
    <message>
        <source>Add &amp;coder…</source>
        <translation>Adicionar &amp;codificador…</translation>
    </message>
    <message>
        <source>Add a coder to this project</source>
        <translation>Adicionar um codificador a este projeto</translation>
    </message>
    <message>
        <source>C&amp;oders…</source>
        <translation>C&amp;odificadores…</translation>
    </message>
    <message>
        <source>Rename or delete coders, and mark a consensus (left out of "all coders")</source>
        <translation>Renomear ou excluir codificadores e marcar um consenso (excluído de “todos os codificadores”)</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matriz…</translation>
    </message>
    <message>
        <source>Codes against documents, speakers, coders or an attribute, as counts, presence, coverage or words</source>
        <translation>Códigos cruzados com documentos, falantes, codificadores ou um atributo, em contagens, presença, cobertura ou palavras</translation>
    </message>
    <message>
        <source>Code &amp;relations…</source>
        <translation>&amp;Relações entre códigos…</translation>
    </message>
    <message>
        <source>Codes against codes: in how many places two codes overlap, share a turn or paragraph, or lie near each other</source>
        <translation>Códigos cruzados com códigos: em quantos locais dois códigos se sobrepõem, compartilham um turno de fala ou parágrafo, ou ficam próximos</translation>
    </message>
    <message>
        <source>Coding &amp;query…</source>
        <translation>&amp;Consulta de codificação…</translation>
    </message>
    <message>
        <source>Find passages coded with one code and/or/not/near others, by coder, speaker or attribute; save queries by name</source>
        <translation>Encontrar trechos codificados com um código e/ou/não/perto de outros, por codificador, falante ou atributo; salvar consultas com nome</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>Codificação &amp;automática…</translation>
    </message>
    <message>
        <source>Code every place a text occurs, or every turn of a speaker, after a preview where each passage can be unticked</source>
        <translation>Codificar cada local onde um texto ocorre, ou cada turno de fala de um falante, após uma prévia em que cada trecho pode ser desmarcado</translation>
    </message>
    <message>
        <source>Find &amp;similar passages</source>
        <translation>Encontrar trechos &amp;semelhantes</translation>
    </message>
    <message>
        <source>Suggest passages like the selected text, or like the current code's segments (nothing is coded until you accept one)</source>
        <translation>Sugerir trechos parecidos com o texto selecionado ou com os segmentos do código atual (nada é codificado até você aceitar um)</translation>
    </message>
    <message>
        <source>&amp;Similar passages…</source>
        <translation>Trechos &amp;semelhantes…</translation>
    </message>
    <message>
        <source>The model that finds passages by meaning (downloaded once, or a folder you have), and its cache</source>
        <translation>O modelo que encontra trechos pelo significado (baixado uma vez ou de uma pasta que você já tenha) e seu cache</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>The language of Accord's menus and windows, from its next start</source>
        <translation>O idioma dos menus e janelas do Accord, a partir da próxima inicialização</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto no tamanho normal</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>A short guide: coding, comparing coders, reports</source>
        <translation>Um guia breve: codificação, comparação de codificadores, relatórios</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut</source>
        <translation>Todos os atalhos</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>&amp;Sobre o Accord</translation>
    </message>
    <message>
        <source>Version and where Accord keeps its files</source>
        <translation>Versão e onde o Accord guarda seus arquivos</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Which coders to compare: a pair, or all coders (consensus coders left out)</source>
        <translation>Quais codificadores comparar: um par ou todos os codificadores (consensos excluídos)</translation>
    </message>
    <message>
        <source>The figure shown in the cells</source>
        <translation>O valor exibido nas células</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Exibir</translation>
    </message>
    <message numerus="yes">
        <source>All %n coders</source>
        <translation>
            <numerusform>Todos os %n codificadores</numerusform>
            <numerusform>Todos os %n codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two coders with codings.</source>
        <translation>A concordância requer pelo menos dois codificadores com codificações.</translation>
    </message>
    <message>
        <source>Import another coder's work (File ▸ Merge coders' projects) or code as a second coder.</source>
        <translation>Importe o trabalho de outro codificador (Arquivo ▸ Mesclar projetos de codificadores) ou codifique como segundo codificador.</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders (%1)</source>
        <translation>
            <numerusform>todos os %n codificadores (%1)</numerusform>
            <numerusform>todos os %n codificadores (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>overall %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 geral: &lt;b&gt;%2&lt;/b&gt;</translation>
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
            <numerusform>%Ln caractere</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>whitespace trimmed</source>
        <translation>espaços em branco removidos</translation>
    </message>
    <message>
        <source>codings as stored</source>
        <translation>codificações como armazenadas</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</source>
        <translation>&lt;i&gt;indefinido&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once:</source>
        <translation>Qual código cada trecho recebe, considerando todos os códigos de uma vez:</translation>
    </message>
</context>
<context>
    <name>AttributeFileHandlers</name>
    <message>
        <source>Exported the attributes to %1</source>
        <translation>Atributos exportados para %1</translation>
    </message>
</context>
<context>
    <name>AttributeFileMessages</name>
    <message numerus="yes">
        <source>Imported attributes from %1: %n value(s) set on %2 document(s)</source>
        <translation>
            <numerusform>Atributos importados de %1: %n valor definido em %2 documento(s)</numerusform>
            <numerusform>Atributos importados de %1: %n valores definidos em %2 documento(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message>
        <source>Cannot import attributes</source>
        <translation>Não é possível importar os atributos</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importar atributos de %1</translation>
    </message>
    <message>
        <source>Export attributes</source>
        <translation>Exportar atributos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export attributes</source>
        <translation>Não é possível exportar os atributos</translation>
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
        <translation>&amp;Adicionar atributo…</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>Alterar &amp;tipo…</translation>
    </message>
    <message>
        <source>&amp;Remove attribute…</source>
        <translation>&amp;Remover atributo…</translation>
    </message>
    <message>
        <source>&amp;Clear cells</source>
        <translation>&amp;Limpar células</translation>
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
        <translation>Atributos de uma planilha (.csv, .xlsx): uma linha por documento</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file</source>
        <translation>Os atributos de cada documento num arquivo .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>A row per document, a column per attribute. Type in a cell to set a value; Delete clears it; Ctrl+Z undoes.</source>
        <translation>Uma linha por documento, uma coluna por atributo. Digite numa célula para definir um valor; Delete o apaga; Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Somente %1</translation>
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation>Atributos — %1</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Adicionar atributo</translation>
    </message>
    <message>
        <source>Name of the new attribute (e.g. age, site):</source>
        <translation>Nome do novo atributo (por exemplo, idade, local):</translation>
    </message>
    <message>
        <source>What kind of value is %1?</source>
        <translation>Que tipo de valor é %1?</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Adicionar atributo %1</translation>
    </message>
    <message>
        <source>What kind of value is %1? (now: %2)</source>
        <translation>Que tipo de valor é %1? (atual: %2)</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Alterar tipo</translation>
    </message>
    <message numerus="yes">
        <source>Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Remover o atributo %1 de todos os documentos (%n valor)? Você pode desfazer isso com Ctrl+Z.</numerusform>
            <numerusform>Remover o atributo %1 de todos os documentos (%n valores)? Você pode desfazer isso com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Remover atributo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Remover atributo %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n attribute value(s)</source>
        <translation>
            <numerusform>Limpar %n valor de atributo</numerusform>
            <numerusform>Limpar %n valores de atributo</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a text</source>
        <translation>Tornar %1 texto</translation>
    </message>
    <message>
        <source>Make %1 a number</source>
        <translation>Tornar %1 número</translation>
    </message>
    <message>
        <source>Make %1 a date</source>
        <translation>Tornar %1 data</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>a number, e.g. 42 or 3.5</source>
        <translation>um número, por exemplo 42 ou 3.5</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>uma data, AAAA-MM-DD</translation>
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
        <translation>data</translation>
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
        <translation>Remover %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Definir %1 de %2</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <source>Auto-code</source>
        <translation>Codificação automática</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Every turn of a speaker</source>
        <translation>Todos os turnos de fala de um falante</translation>
    </message>
    <message>
        <source>Words to find (case and accents ignored)</source>
        <translation>Palavras a localizar (ignora maiúsculas e acentos)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Somente palavras inteiras</translation>
    </message>
    <message>
        <source>just the words found</source>
        <translation>só as palavras encontradas</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>a frase</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>o parágrafo</translation>
    </message>
    <message>
        <source>the speaker turn</source>
        <translation>o turno de fala</translation>
    </message>
    <message>
        <source>Only inside passages already coded with this code (by any coder of role coder), clipped to them</source>
        <translation>Somente dentro de trechos já codificados com este código (por qualquer codificador com o papel de codificador), limitado a eles</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Falante:</translation>
    </message>
    <message>
        <source>Extend each hit to:</source>
        <translation>Estender cada ocorrência a:</translation>
    </message>
    <message>
        <source>Only within:</source>
        <translation>Somente dentro de:</translation>
    </message>
    <message>
        <source>With code:</source>
        <translation>Com o código:</translation>
    </message>
    <message>
        <source>As coder:</source>
        <translation>Como codificador:</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>em qualquer lugar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) found; the first %1 are listed: narrow the search</source>
        <translation>
            <numerusform>%Ln trecho encontrado; os primeiros %1 estão listados: refine a busca</numerusform>
            <numerusform>%Ln trechos encontrados; os primeiros %1 estão listados: refine a busca</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nada encontrado.</translation>
    </message>
    <message>
        <source>Untick the passages not to code.</source>
        <translation>Desmarque os trechos que não devem ser codificados.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passage(s)</source>
        <translation>
            <numerusform>Codificar %Ln trecho</numerusform>
            <numerusform>Codificar %Ln trechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview to see what would be coded.</source>
        <translation>Pré-visualize para ver o que seria codificado.</translation>
    </message>
    <message>
        <source>Auto-code %1</source>
        <translation>Codificação automática de %1</translation>
    </message>
    <message>
        <source>Coded: %1 added, %2 merged with codings already there (Edit ▸ Undo takes it back).</source>
        <translation>Codificado: %1 adicionadas, %2 mescladas com codificações existentes (Editar ▸ Desfazer reverte).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>ok</source>
        <translation>íntegro</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>danificado: %1</translation>
    </message>
    <message>
        <source>This backup fails SQLite's integrity check; choose another one</source>
        <translation>Este backup não passa na verificação de integridade do SQLite; escolha outro</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored; choose one marked ok.</source>
        <translation>Este backup está danificado e não pode ser restaurado; escolha um marcado como íntegro.</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <source>Show disagreements</source>
        <translation>Mostrar discordâncias</translation>
    </message>
    <message>
        <source>Open the disagreements about this code and document (double-click a cell)</source>
        <translation>Abrir as discordâncias sobre este código e documento (clique duas vezes numa célula)</translation>
    </message>
    <message>
        <source>&lt;p style='color:gray'&gt;Select a cell to see the figures behind it.&lt;/p&gt;</source>
        <translation>&lt;p style='color:gray'&gt;Selecione uma célula para ver os valores por trás dela.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <source>Pooled over documents</source>
        <translation>Agrupado sobre os documentos</translation>
    </message>
    <message>
        <source>&lt;i&gt;not used here&lt;/i&gt;</source>
        <translation>&lt;i&gt;não usado aqui&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt;</source>
        <translation>&lt;i&gt;indefinido&lt;/i&gt;</translation>
    </message>
    <message>
        <source>95 % interval %1 – %2</source>
        <translation>Intervalo de 95 %: %1 – %2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>A code's own codings (without its sub-codes).</source>
        <translation>As codificações do próprio código (sem seus subcódigos).</translation>
    </message>
    <message>
        <source>A code's own codings (without its sub-codes), split by coder.</source>
        <translation>As codificações do próprio código (sem seus subcódigos), separadas por codificador.</translation>
    </message>
    <message>
        <source>How often each code was applied in each document; darker cells mean more codings.</source>
        <translation>Quantas vezes cada código foi aplicado em cada documento; células mais escuras indicam mais codificações.</translation>
    </message>
    <message>
        <source>In how many places passages coded with both codes overlap.</source>
        <translation>Em quantos locais se sobrepõem trechos codificados com ambos os códigos.</translation>
    </message>
    <message>
        <source>The charts appear here once the report is built.</source>
        <translation>Os gráficos aparecem aqui assim que o relatório for gerado.</translation>
    </message>
    <message>
        <source>No codes are in this selection: there is nothing to chart.</source>
        <translation>Não há códigos nesta seleção: não há nada para exibir em gráfico.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection yet: there is nothing to chart.</source>
        <translation>Nada foi codificado nesta seleção ainda: não há nada para exibir em gráfico.</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Codificações por código e codificador</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <source>Save this chart as an SVG image (for print and further editing) or as a PNG image</source>
        <translation>Salvar este gráfico como imagem SVG (para impressão e edição posterior) ou como imagem PNG</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>Imagem SVG…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Imagem PNG…</translation>
    </message>
    <message>
        <source>%1 Showing %2.</source>
        <translation>%1 Exibindo %2.</translation>
    </message>
    <message>
        <source>No codes are in this selection.</source>
        <translation>Não há códigos nesta seleção.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection.</source>
        <translation>Nada foi codificado nesta seleção.</translation>
    </message>
    <message>
        <source>No documents are in this selection.</source>
        <translation>Não há documentos nesta seleção.</translation>
    </message>
    <message>
        <source>Co-occurrence needs at least two codes.</source>
        <translation>A coocorrência requer pelo menos dois códigos.</translation>
    </message>
    <message>
        <source>No two codes overlap in this selection.</source>
        <translation>Nenhum par de códigos se sobrepõe nesta seleção.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tick every coder</source>
        <translation>Marcar todos os codificadores</translation>
    </message>
    <message>
        <source>Untick every coder</source>
        <translation>Desmarcar todos os codificadores</translation>
    </message>
    <message>
        <source>Tick every document</source>
        <translation>Marcar todos os documentos</translation>
    </message>
    <message>
        <source>Untick every document</source>
        <translation>Desmarcar todos os documentos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
</context>
<context>
    <name>CodeDialogs</name>
    <message>
        <source>Code colour</source>
        <translation>Cor do código</translation>
    </message>
</context>
<context>
    <name>CodeTextsDialog</name>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definição:</translation>
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
        <translation>Exemplo:</translation>
    </message>
    <message>
        <source>A short summary, shown after the name</source>
        <translation>Um resumo curto, exibido após o nome</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>O que o código significa</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Quando aplicá-lo</translation>
    </message>
    <message>
        <source>When not to (and what to use instead)</source>
        <translation>Quando não aplicá-lo (e o que usar no lugar)</translation>
    </message>
    <message>
        <source>A typical quotation</source>
        <translation>Uma citação típica</translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definição de “%1”</translation>
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
        <translation>Mostrar só os códigos cujo nome contém este texto (as marcações permanecem como estão)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>The codes the report covers. A code comes with all of its sub-codes; a half-ticked code is left
out itself (only its ticked sub-codes are in the report).</source>
        <translation>Os códigos que o relatório abrange. Um código vem com todos os seus subcódigos; um código parcialmente marcado
fica de fora (só os seus subcódigos marcados estão no relatório).</translation>
    </message>
    <message>
        <source>Tick every code</source>
        <translation>Marcar todos os códigos</translation>
    </message>
    <message>
        <source>Untick every code</source>
        <translation>Desmarcar todos os códigos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln codificação de %1 e seus subcódigos (todos os codificadores); %2 do próprio código</numerusform>
            <numerusform>%Ln codificações de %1 e seus subcódigos (todos os codificadores); %2 do próprio código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln codificação de %1 e seus subcódigos (os codificadores marcados); %2 do próprio código</numerusform>
            <numerusform>%Ln codificações de %1 e seus subcódigos (os codificadores marcados); %2 do próprio código</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 itself is not in the report: only some of its sub-codes are ticked</source>
        <translation>O próprio %1 não está no relatório: apenas alguns de seus subcódigos estão marcados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
</context>
<context>
    <name>CodebookFileHandlers</name>
    <message>
        <source>Import codebook</source>
        <translation>Importar livro de códigos</translation>
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.docx);;All files (*)</source>
        <translation>Livros de códigos (*.csv *.xlsx *.docx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot import codebook</source>
        <translation>Não é possível importar o livro de códigos</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportar livro de códigos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;CSV (*.csv);;Documento do Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export codebook</source>
        <translation>Não é possível exportar o livro de códigos</translation>
    </message>
</context>
<context>
    <name>CodebookFileMessages</name>
    <message numerus="yes">
        <source>Imported %1: %n code(s) added, %2 updated</source>
        <translation>
            <numerusform>%1 importado: %n código adicionado; atualizados: %2</numerusform>
            <numerusform>%1 importado: %n códigos adicionados; atualizados: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to %1</source>
        <translation>
            <numerusform>%n código exportado para %1</numerusform>
            <numerusform>%n códigos exportados para %1</numerusform>
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
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Codings of each code (a collapsed code counts its sub-codes too)</source>
        <translation>Codificações de cada código (um código recolhido conta também seus subcódigos)</translation>
    </message>
    <message>
        <source>Quick key: %1</source>
        <translation>Tecla rápida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s), %1 with sub-codes</source>
        <translation>
            <numerusform>%n codificação, %1 com subcódigos</numerusform>
            <numerusform>%n codificações, %1 com subcódigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificação</numerusform>
            <numerusform>%n codificações</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (shown coders only)</source>
        <translation>%1 (apenas codificadores exibidos)</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Renomear código “%1”</translation>
    </message>
    <message>
        <source>Move code “%1” under “%2”</source>
        <translation>Mover código “%1” para dentro de “%2”</translation>
    </message>
    <message>
        <source>Move code “%1” to the top level</source>
        <translation>Mover código “%1” para o nível superior</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Select a code to see its definition</source>
        <translation>Selecione um código para ver sua definição</translation>
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
        <translation>Codificar o texto selecionado com o código atual (ou clique duas vezes no código)</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Novo código “%1”</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Renomear código</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Renomear código “%1”</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>Alterar a cor de “%1”</translation>
    </message>
    <message>
        <source>Edit definition of “%1”</source>
        <translation>Editar a definição de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of “%1” will be recoded as “%2”.</source>
        <translation>
            <numerusform>%n codificação de “%1” será recodificada como “%2”.</numerusform>
            <numerusform>%n codificações de “%1” serão recodificadas como “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-code(s) will move under “%1”.</source>
        <translation>
            <numerusform>Seu %n subcódigo será movido para “%1”.</numerusform>
            <numerusform>Seus %n subcódigos serão movidos para “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will then be deleted.</source>
        <translation>Em seguida, “%1” será excluído.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>Mesclar “%1” em “%2”?</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Mesclar códigos</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Mesclar “%1” em “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-code(s)?</source>
        <translation>
            <numerusform>Excluir “%1” e seu %n subcódigo?</numerusform>
            <numerusform>Excluir “%1” e seus %n subcódigos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Excluir “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n codificação será excluída junto com ele.</numerusform>
            <numerusform>%n codificações serão excluídas junto com ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text is coded with it.</source>
        <translation>Nenhum texto está codificado com ele.</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Excluir código</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Excluir código “%1”</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>Novo código…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <source>New sub-code…</source>
        <translation>Novo subcódigo…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Alterar cor…</translation>
    </message>
    <message>
        <source>Edit definition…</source>
        <translation>Editar definição…</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Encontrar trechos semelhantes</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Mesclar em…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
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
        <translation>&lt;b&gt;Exemplo:&lt;/b&gt; “%1”</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Ainda sem definição.</translation>
    </message>
    <message>
        <source>Add one…</source>
        <translation>Adicionar…</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) with sub-codes (%1 directly)</source>
        <translation>
            <numerusform>%n codificação com subcódigos (%1 diretamente)</numerusform>
            <numerusform>%n codificações com subcódigos (%1 diretamente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificação</numerusform>
            <numerusform>%n codificações</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the coders shown</source>
        <translation>%1 pelos codificadores exibidos</translation>
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
        <translation>com</translation>
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
        <translation>Cor do codificador</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>A &lt;b&gt;consensus&lt;/b&gt; holds the decisions of adjudication, or a reference coding. Agreement and reports compare the coders; a consensus only when you choose it by name.</source>
        <translation>Um &lt;b&gt;consenso&lt;/b&gt; contém as decisões de arbitragem ou uma codificação de referência. A concordância e os relatórios comparam os codificadores; um consenso, apenas quando você o escolhe pelo nome.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>Make &amp;consensus</source>
        <translation>Tornar &amp;consenso</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;or…</translation>
    </message>
    <message>
        <source>The colour the comparison view and reports draw this coder in</source>
        <translation>A cor com que a visualização de comparação e os relatórios representam este codificador</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>No colour chosen: views and reports pick one</source>
        <translation>Nenhuma cor escolhida: as visualizações e os relatórios escolhem uma</translation>
    </message>
    <message>
        <source>Drawn in %1</source>
        <translation>Representado em %1</translation>
    </message>
    <message>
        <source>Make &amp;coder</source>
        <translation>Tornar &amp;codificador</translation>
    </message>
    <message>
        <source>Compare this coder again with the others</source>
        <translation>Comparar novamente este codificador com os demais</translation>
    </message>
    <message>
        <source>Leave it out of "all coders": it holds decisions, not independent coding</source>
        <translation>Deixá-lo fora de "todos os codificadores": contém decisões, não uma codificação independente</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Adicionar codificador</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Nome do codificador:</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Adicionar codificador %1</translation>
    </message>
    <message>
        <source>Rename coder</source>
        <translation>Renomear codificador</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Novo nome para %1:</translation>
    </message>
    <message>
        <source>Rename coder %1</source>
        <translation>Renomear codificador %1</translation>
    </message>
    <message>
        <source>Make %1 a coder</source>
        <translation>Tornar %1 um codificador</translation>
    </message>
    <message>
        <source>Make %1 a consensus</source>
        <translation>Tornar %1 um consenso</translation>
    </message>
    <message>
        <source>Colour coder %1</source>
        <translation>Alterar a cor do codificador %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete coder %1 and their %n coding(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>Excluir o codificador %1 e sua %n codificação? (Desfazer restaura tudo.)</numerusform>
            <numerusform>Excluir o codificador %1 e suas %n codificações? (Desfazer restaura tudo.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete coder %1? (Undo brings them back.)</source>
        <translation>Excluir o codificador %1? (Desfazer o restaura.)</translation>
    </message>
    <message>
        <source>Delete coder</source>
        <translation>Excluir codificador</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete coder %1</source>
        <translation>Excluir codificador %1</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>The selection is only white space: nothing was coded</source>
        <translation>A seleção contém apenas espaços em branco: nada foi codificado</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation>Selecione primeiro um texto e depois escolha um código</translation>
    </message>
    <message>
        <source>Add a coder first (Project ▸ Coders)</source>
        <translation>Adicione primeiro um codificador (Projeto ▸ Codificadores)</translation>
    </message>
    <message>
        <source>Apply code %1</source>
        <translation>Aplicar código %1</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) with %1</source>
        <translation>
            <numerusform>%n caractere codificado com %1</numerusform>
            <numerusform>%n caracteres codificados com %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No code has the number %1</source>
        <translation>Nenhum código tem o número %1</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K</source>
        <translation>Selecione primeiro um texto e depois pressione Ctrl+K</translation>
    </message>
    <message>
        <source>Select the words to use as the code's name</source>
        <translation>Selecione as palavras a usar como nome do código</translation>
    </message>
    <message>
        <source>The selection has no words to name a code after</source>
        <translation>A seleção não tem palavras para dar nome a um código</translation>
    </message>
    <message>
        <source>Add a coder first</source>
        <translation>Adicione primeiro um codificador</translation>
    </message>
    <message>
        <source>In-vivo code %1</source>
        <translation>Código in vivo %1</translation>
    </message>
    <message>
        <source>Select some text first, then create a code for it</source>
        <translation>Selecione primeiro um texto e depois crie um código para ele</translation>
    </message>
    <message>
        <source>Code with new code %1</source>
        <translation>Codificar com novo código %1</translation>
    </message>
    <message>
        <source>Click a coding (its stripe) to select it first</source>
        <translation>Clique primeiro em uma codificação (em sua faixa) para selecioná-la</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Remover codificação</translation>
    </message>
    <message>
        <source>Change code of coding</source>
        <translation>Alterar o código da codificação</translation>
    </message>
</context>
<context>
    <name>CodingGestures</name>
    <message>
        <source>To code the selection, double-click the code (or press Enter, or Code)</source>
        <translation>Para codificar a seleção, clique duas vezes no código (ou pressione Enter, ou Codificar)</translation>
    </message>
    <message>
        <source>Select some text first, then double-click a code</source>
        <translation>Primeiro selecione um texto e depois clique duas vezes num código</translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation>Trocar código…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memorando…</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Remover codificação</translation>
    </message>
    <message>
        <source>Code with “%1”</source>
        <translation>Codificar com “%1”</translation>
    </message>
    <message>
        <source>Quick code…</source>
        <translation>Codificação rápida…</translation>
    </message>
    <message>
        <source>Code with a new code…</source>
        <translation>Codificar com novo código…</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>Código in vivo</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Encontrar trechos semelhantes</translation>
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
        <translation>Memorando da codificação — %1</translation>
    </message>
    <message>
        <source>In “%1”, coded by %2</source>
        <translation>Em “%1”, codificado por %2</translation>
    </message>
    <message>
        <source>The coded text</source>
        <translation>O texto codificado</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memorando:</translation>
    </message>
    <message>
        <source>Why this passage was coded so, doubts, ideas…</source>
        <translation>Por que este trecho foi codificado assim, dúvidas, ideias…</translation>
    </message>
    <message>
        <source>The memo of this coding (Ctrl+Enter saves)</source>
        <translation>O memorando desta codificação (Ctrl+Enter salva)</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Salvar o memorando (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fechar sem salvar (Esc)</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>Editar memorando da codificação</translation>
    </message>
</context>
<context>
    <name>CodingTooltip</name>
    <message numerus="yes">
        <source>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character(s))</source>
        <translation>
            <numerusform>Codificador: %1 &amp;middot; %2&amp;ndash;%3 (%n caractere)</numerusform>
            <numerusform>Codificador: %1 &amp;middot; %2&amp;ndash;%3 (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>≥ %1 reliable</source>
        <translation>≥ %1 confiável</translation>
    </message>
    <message>
        <source>%1 – %2 tentative</source>
        <translation>%1 – %2 provisório</translation>
    </message>
    <message>
        <source>&lt; %1 unreliable</source>
        <translation>&lt; %1 não confiável</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>Intervals are computed for α and κ, not for % agreement.</source>
        <translation>Os intervalos são calculados para α e κ, não para a % de concordância.</translation>
    </message>
    <message>
        <source>mean pairwise percent agreement</source>
        <translation>concordância percentual média entre pares</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in %2.</source>
        <translation>Nenhum codificador comparado aplicou “%1” em %2.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Todos os códigos (%1)</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in any document.</source>
        <translation>Nenhum codificador comparado aplicou “%1” em documento algum.</translation>
    </message>
    <message>
        <source>No compared coder applied any code here.</source>
        <translation>Nenhum codificador comparado aplicou código algum aqui.</translation>
    </message>
    <message>
        <source>No interval for the mean over pairs.</source>
        <translation>Sem intervalo para a média entre pares.</translation>
    </message>
    <message>
        <source>undefined in every resample</source>
        <translation>indefinido em todas as reamostras</translation>
    </message>
    <message>
        <source>%1 of %2 resamples defined; P(below %3) = %4, P(below %5) = %6</source>
        <translation>%1 de %2 reamostras definidas; P(abaixo de %3) = %4, P(abaixo de %5) = %6</translation>
    </message>
    <message>
        <source>undefined for every pair of coders</source>
        <translation>indefinido para todos os pares de codificadores</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <source>pooled over documents</source>
        <translation>agrupado sobre os documentos</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders</source>
        <translation>
            <numerusform>todos os %n codificadores</numerusform>
            <numerusform>todos os %n codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used here.</source>
        <translation>Não usado aqui.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;undefined&lt;/b&gt; — %2</source>
        <translation>%1: &lt;b&gt;indefinido&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Prevalence: %1 of the characters coded</source>
        <translation>Prevalência: %1 dos caracteres codificados</translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation>Intervalo de 95 %: %1 – %2</translation>
    </message>
    <message>
        <source>Mean pooled percent agreement</source>
        <translation>Concordância percentual média agrupada</translation>
    </message>
    <message>
        <source>Codes either used</source>
        <translation>Códigos usados por um ou outro</translation>
    </message>
    <message>
        <source>One-sided codes</source>
        <translation>Códigos unilaterais</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Apenas %1</translation>
    </message>
    <message>
        <source>Characters both coded</source>
        <translation>Caracteres codificados por ambos</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Segments matched</source>
        <translation>Segmentos correspondentes</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>Omissão</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusão</translation>
    </message>
    <message>
        <source>Both coded the same code here, over different extents.</source>
        <translation>Ambos aplicaram o mesmo código aqui, com extensões diferentes.</translation>
    </message>
    <message>
        <source>Only one coder coded this passage with this code.</source>
        <translation>Apenas um codificador codificou este trecho com este código.</translation>
    </message>
    <message>
        <source>The coders gave overlapping passages different codes.</source>
        <translation>Os codificadores atribuíram códigos diferentes a trechos sobrepostos.</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>Aceitar A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Aceitar B</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>União</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>Interseção</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Both coded “%1”, over different extents.</source>
        <translation>Ambos codificaram “%1”, com extensões diferentes.</translation>
    </message>
    <message>
        <source>%1 coded “%2” where %3 coded “%4”.</source>
        <translation>%1 codificou “%2” onde %3 codificou “%4”.</translation>
    </message>
    <message>
        <source>Only %1 coded “%2” here; %3 did not.</source>
        <translation>Apenas %1 codificou “%2” aqui; %3, não.</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%Ln character(s))</source>
        <translation>
            <numerusform>%1–%2 (%Ln caractere)</numerusform>
            <numerusform>%1–%2 (%Ln caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discordâncias</translation>
    </message>
    <message>
        <source>α, κ or % agreement by code and document</source>
        <translation>α, κ ou % de concordância por código e documento</translation>
    </message>
    <message>
        <source>Where two coders differ, side by side, and adjudication</source>
        <translation>Onde dois codificadores divergem, lado a lado, e arbitragem</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Trim whitespace at coding ends</source>
        <translation>Remover espaços nas extremidades</translation>
    </message>
    <message>
        <source>Move each coding's ends inward past spaces and line breaks before comparing</source>
        <translation>Mover as extremidades de cada codificação para dentro, além de espaços e quebras de linha, antes de comparar</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>No disagreement there: the coders agree on it</source>
        <translation>Nenhuma discordância aqui: os codificadores concordam</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Desfazer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada a desfazer</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada a refazer</translation>
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
        <translation>Projeto danificado</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged&lt;/b&gt;: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 está danificado&lt;/b&gt;: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest backup that passes the integrity check is from %1. Restore it to go on from there; the damaged file is kept beside it, renamed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O backup mais recente que passa na verificação de integridade é de %1. Restaure-o para continuar a partir dele; o arquivo danificado é mantido ao lado, renomeado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None of its backups passes the integrity check. Show them to look, or restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhum dos backups passa na verificação de integridade. Exiba-os para examiná-los ou restaure uma cópia guardada em outro lugar com Restaurar do backup… na página inicial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It has no backups. Restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ele não tem backups. Restaure uma cópia guardada em outro lugar com Restaurar do backup… na página inicial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Show backups…</source>
        <translation>Exibir backups…</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Accept &amp;A</source>
        <translation>Aceitar &amp;A</translation>
    </message>
    <message>
        <source>Accept &amp;B</source>
        <translation>Aceitar &amp;B</translation>
    </message>
    <message>
        <source>&amp;Union</source>
        <translation>&amp;União</translation>
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation>&amp;Interseção</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>&amp;Nenhum</translation>
    </message>
    <message>
        <source>The code “Edit” gives the passage selected in either text</source>
        <translation>O código que “Editar” dá ao trecho selecionado em um dos textos</translation>
    </message>
    <message>
        <source>The coder the decisions are written to (created if needed)</source>
        <translation>O codificador em que as decisões são gravadas (criado se necessário)</translation>
    </message>
    <message>
        <source>Note on this decision (optional, kept with it)</source>
        <translation>Nota sobre esta decisão (opcional, guardada com ela)</translation>
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
        <translation>Aceitar &amp;A · %1</translation>
    </message>
    <message>
        <source>Accept &amp;B · %1</source>
        <translation>Aceitar &amp;B · %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;The consensus coder must be someone other than %1 and %2.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;O codificador de consenso deve ser alguém diferente de %1 e %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:%1'&gt;✓ Decided&lt;/b&gt;</source>
        <translation>&lt;b style='color:%1'&gt;✓ Decidido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not decided yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ainda não decidido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has here: %2</source>
        <translation>%1 tem aqui: %2</translation>
    </message>
    <message>
        <source>%1 has nothing here</source>
        <translation>%1 não tem nada aqui</translation>
    </message>
    <message>
        <source>Edit would use the passage selected in %1: %2–%3</source>
        <translation>Editar usaria o trecho selecionado em %1: %2–%3</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Select the consensus passage in either text first, pick its code beside “Edit”, then press Edit.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Primeiro selecione o trecho de consenso em um dos textos, escolha o código ao lado de “Editar” e clique em Editar.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Give the code chosen beside this button to the passage you selected in either text (Alt+E)</source>
        <translation>Dar o código escolhido ao lado deste botão ao trecho selecionado em um dos textos (Alt+E)</translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation>%1 em %2–%3</translation>
    </message>
    <message>
        <source>%1: the consensus gets %2 (Alt+%3)</source>
        <translation>%1: o consenso recebe %2 (Alt+%3)</translation>
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
        <translation>Projetos do Accord (*.accord);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
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
        <translation>Discordância anterior (K ou Alt+Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <source>Next disagreement (J or Alt+Down)</source>
        <translation>Próxima discordância (J ou Alt+Down)</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nothing to show&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nada a exibir&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All decided: untick “Hide decided” to see them again.</source>
        <translation>Tudo decidido: desmarque “Ocultar decididas” para vê-las novamente.</translation>
    </message>
    <message>
        <source>These coders do not disagree anywhere.</source>
        <translation>Estes codificadores não discordam em nenhum ponto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln caractere em disputa</numerusform>
            <numerusform>%Ln caracteres em disputa</numerusform>
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
        <translation>Nenhuma confusão: onde os trechos desses codificadores se sobrepõem, eles compartilham um código.</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n decidida</numerusform>
            <numerusform>%n decididas</numerusform>
        </translation>
    </message>
    <message>
        <source>all decided</source>
        <translation>todas decididas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3–%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; em %2, %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln caractere em disputa</numerusform>
            <numerusform>%Ln caracteres em disputa</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ decided&lt;/b&gt;</source>
        <translation>&lt;b&gt;✓ decidida&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere: no disagreements.</source>
        <translation>%1 e %2 concordam em tudo: nenhuma discordância.</translation>
    </message>
    <message numerus="yes">
        <source>%n boundary</source>
        <translation>
            <numerusform>%n limite</numerusform>
            <numerusform>%n limites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omission</source>
        <translation>
            <numerusform>%n omissão</numerusform>
            <numerusform>%n omissões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion</source>
        <translation>
            <numerusform>%n confusão</numerusform>
            <numerusform>%n confusões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n disagreement(s)&lt;/b&gt; between %1 and %2, largest first: %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n discordância&lt;/b&gt; entre %1 e %2, maiores primeiro: %3</numerusform>
            <numerusform>&lt;b&gt;%n discordâncias&lt;/b&gt; entre %1 e %2, maiores primeiro: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided hidden</source>
        <translation>
            <numerusform>%n decidida oculta</numerusform>
            <numerusform>%n decididas ocultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confusion(s)</source>
        <translation>
            <numerusform>%n confusão</numerusform>
            <numerusform>%n confusões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) overlapping</source>
        <translation>
            <numerusform>%Ln caractere sobreposto</numerusform>
            <numerusform>%Ln caracteres sobrepostos</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation>Clique para ir à primeira</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusions&lt;/b&gt; &lt;span style='color:gray'&gt;— rows: %1's code, columns: %2's code&lt;/span&gt;</source>
        <translation>&lt;b&gt;Confusões&lt;/b&gt; &lt;span style='color:gray'&gt;— linhas: código de %1, colunas: código de %2&lt;/span&gt;</translation>
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
        <translation>Discordâncias de limite, de omissão e de confusão separadas (em cada grupo, as maiores primeiro)</translation>
    </message>
    <message>
        <source>Hide decided</source>
        <translation>Ocultar decididas</translation>
    </message>
    <message>
        <source>Leave out the disagreements already decided</source>
        <translation>Deixar de fora as discordâncias já decididas</translation>
    </message>
    <message>
        <source>%v of %m decided</source>
        <translation>%v de %m decididas</translation>
    </message>
    <message>
        <source>Disagreements need two coders.</source>
        <translation>As discordâncias exigem dois codificadores.</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Escolha dois codificadores diferentes.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 de %2 decididas</translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation>nada a decidir</translation>
    </message>
    <message>
        <source>Pick two coders above; a coder's work comes in with File ▸ Merge coders' projects.</source>
        <translation>Escolha dois codificadores acima; o trabalho de um codificador entra por Arquivo ▸ Mesclar projetos dos codificadores.</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>omissão</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusão</translation>
    </message>
    <message>
        <source>Adjudicate %1 (accept %2)</source>
        <translation>Arbitrar %1 (aceitar %2)</translation>
    </message>
    <message>
        <source>union</source>
        <translation>união</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>interseção</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edição</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Adjudicate %1 (%2)</source>
        <translation>Arbitrar %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Resize coding</source>
        <translation>Redimensionar codificação</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>All speakers</source>
        <translation>Todos os falantes</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrar documentos…</translation>
    </message>
    <message>
        <source>Show documents whose name or attributes contain this text</source>
        <translation>Exibir documentos cujo nome ou atributos contenham este texto</translation>
    </message>
    <message>
        <source>Show only one speaker's turns in the text</source>
        <translation>Exibir no texto apenas os turnos de fala de um falante</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificação</numerusform>
            <numerusform>%n codificações</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>Memorandos…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação de caracteres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>The files to import; select one to preview it</source>
        <translation>Os arquivos a importar; selecione um para ver a prévia</translation>
    </message>
    <message>
        <source>No files yet.
Click “Add files…” or drop files here.

Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files,
and transcripts with speakers and times (.vtt from Zoom or Teams, .srt).</source>
        <translation>Nenhum arquivo ainda.
Clique em “Adicionar arquivos…” ou solte arquivos aqui.

O Accord lê arquivos .txt, .md, .docx, .pdf, .html, .odt e .rtf,
e transcrições com falantes e tempos (.vtt do Zoom ou do Teams, .srt).</translation>
    </message>
    <message>
        <source>%1
Ticked files are imported</source>
        <translation>%1
Os arquivos marcados são importados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractere</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Lido como %1</translation>
    </message>
    <message>
        <source>A .%1 file carries its own encoding</source>
        <translation>Um arquivo .%1 traz sua própria codificação de caracteres</translation>
    </message>
    <message>
        <source>%1: tick it to import it anyway</source>
        <translation>%1: marque-o para importá-lo mesmo assim</translation>
    </message>
    <message>
        <source>The project already has this text; a ticked file is imported anyway</source>
        <translation>O projeto já tem este texto; um arquivo marcado é importado mesmo assim</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Unticked: not imported</source>
        <translation>Desmarcado: não será importado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence will be joined</source>
        <translation>
            <numerusform>%Ln linha quebrada no meio da frase será unida</numerusform>
            <numerusform>%Ln linhas quebradas no meio da frase serão unidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence found</source>
        <translation>
            <numerusform>Encontrada %Ln linha quebrada no meio da frase</numerusform>
            <numerusform>Encontradas %Ln linhas quebradas no meio da frase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln falante</numerusform>
            <numerusform>%Ln falantes</numerusform>
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
        <translation>Pronto para importar</translation>
    </message>
    <message numerus="yes">
        <source>imported as '%1', %Ln line(s) joined</source>
        <translation>
            <numerusform>importado como “%1”, %Ln linha unida</numerusform>
            <numerusform>importado como “%1”, %Ln linhas unidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Replace these line breaks with spaces before importing (for text copied from PDFs or web pages).
A document's text never changes once imported, so decide now.</source>
        <translation>Substituir estas quebras de linha por espaços antes de importar (para texto copiado de PDFs ou páginas web).
O texto de um documento nunca muda depois de importado, então decida agora.</translation>
    </message>
    <message>
        <source>The beginning of the text as it will be imported</source>
        <translation>O início do texto tal como será importado</translation>
    </message>
    <message>
        <source>Select a file to see the beginning of its text.</source>
        <translation>Selecione um arquivo para ver o início do seu texto.</translation>
    </message>
    <message>
        <source>Each line break found in mid-sentence; ⏎ marks where the lines would be joined</source>
        <translation>Cada quebra de linha encontrada no meio de uma frase; ⏎ marca onde as linhas seriam unidas</translation>
    </message>
    <message>
        <source>Speakers found (untick any that is not one):</source>
        <translation>Falantes encontrados (desmarque o que não for falante):</translation>
    </message>
    <message>
        <source>Lines starting with a ticked name open that speaker's turns.
Untick a name that is not a speaker ("By:", "Edition:"): its lines are kept as text.</source>
        <translation>Linhas que começam com um nome marcado abrem os turnos de fala desse falante.
Desmarque um nome que não seja de falante (“Por:”, “Edição:”): suas linhas ficam como texto.</translation>
    </message>
    <message>
        <source>Ticked: it will be imported anyway.</source>
        <translation>Marcado: será importado mesmo assim.</translation>
    </message>
    <message>
        <source>Tick it in the list above to import it anyway.</source>
        <translation>Marque-o na lista acima para importá-lo mesmo assim.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Add files to see what will be imported.</source>
        <translation>Adicione arquivos para ver o que será importado.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Prévia de %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Este arquivo não pode ser importado:</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s)]</source>
        <translation>
            <numerusform>[… mais %Ln caractere]</numerusform>
            <numerusform>[… mais %Ln caracteres]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Join %Ln line(s) broken mid-sentence</source>
        <translation>
            <numerusform>&amp;Unir %Ln linha quebrada no meio da frase</numerusform>
            <numerusform>&amp;Unir %Ln linhas quebradas no meio da frase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln falante</numerusform>
            <numerusform>%Ln falantes</numerusform>
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
        <translation>Transcrição reconhecida: %1</translation>
    </message>
    <message>
        <source>Speakers and times come from the file; each turn is stored as "Name: text" with its times.</source>
        <translation>Falantes e tempos vêm do arquivo; cada turno é armazenado como “Nome: texto” com seus tempos.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with Accord</source>
        <translation>Primeiros passos com o Accord</translation>
    </message>
    <message>
        <source>The guide could not be read: %s</source>
        <translation>Não foi possível ler o guia: %s</translation>
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
        <translation>descrição</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definição</translation>
    </message>
    <message>
        <source>inclusion</source>
        <translation>inclusão</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>exclusão</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemplo</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importar livro de códigos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Update conflicting codes (the file's values replace the project's)</source>
        <translation>Atualizar códigos em conflito (os valores do arquivo substituem os do projeto)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) to add</source>
        <translation>
            <numerusform>%n código a adicionar</numerusform>
            <numerusform>%n códigos a adicionar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the codebook</source>
        <translation>
            <numerusform>%n já está no livro de códigos</numerusform>
            <numerusform>%n já estão no livro de códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Conflicting codes are left as they are unless you tick the box below.</source>
        <translation>Os códigos em conflito ficam como estão, a menos que você marque a caixa abaixo.</translation>
    </message>
    <message>
        <source>Nothing to import: the codebook already has every code of this file.</source>
        <translation>Nada a importar: o livro de códigos já tem todos os códigos deste arquivo.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>A adicionar</translation>
    </message>
    <message>
        <source>(no definition)</source>
        <translation>(sem definição)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>difere em: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>%1 here → %2 in the file</source>
        <translation>%1 aqui → %2 no arquivo</translation>
    </message>
    <message>
        <source>Already in the codebook</source>
        <translation>Já no livro de códigos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>Importar livro de códigos %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;OpenDocument (*.odt);;Rich text (*.rtf);;Transcripts and subtitles (*.vtt *.srt *.txt);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Texto simples (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Páginas web (*.html *.htm);;OpenDocument (*.odt);;Texto formatado (*.rtf);;Transcrições e legendas (*.vtt *.srt *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Check what Accord read from each file; nothing is added to the project until you press &lt;b&gt;Import&lt;/b&gt;.</source>
        <translation>Confira o que o Accord leu de cada arquivo; nada é adicionado ao projeto até você clicar em &lt;b&gt;Importar&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Choose files to import (Ctrl+O); you can also drop files on this window</source>
        <translation>Escolher arquivos para importar (Ctrl+O); você também pode soltar arquivos nesta janela</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Leave the selected file out of the import (Del)</source>
        <translation>Deixar o arquivo selecionado fora da importação (Del)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Add the files that could be read to the project</source>
        <translation>Adicionar ao projeto os arquivos que puderam ser lidos</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>Fechar sem importar (Esc)</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Adicionar arquivos para importar</translation>
    </message>
    <message>
        <source>same text as %1, above</source>
        <translation>mesmo texto que %1, acima</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 de %n arquivo importado.</numerusform>
            <numerusform>%1 de %n arquivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n pronto</numerusform>
            <numerusform>%n prontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n já está no projeto</numerusform>
            <numerusform>%n já estão no projeto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the list</source>
        <translation>
            <numerusform>%n repetido na lista</numerusform>
            <numerusform>%n repetidos na lista</numerusform>
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
            <numerusform>%n não pode ser lido</numerusform>
            <numerusform>%n não podem ser lidos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importar atributos de %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Documents are named in the column</source>
        <translation>Os documentos são identificados na coluna</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match a document.</source>
        <translation>
            <numerusform>%1 de %n linha corresponde a um documento.</numerusform>
            <numerusform>%1 de %n linhas correspondem a um documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import sets %n value(s) (%1 already as in the file).</source>
        <translation>
            <numerusform>A importação define %n valor (%1 já igual ao arquivo).</numerusform>
            <numerusform>A importação define %n valores (%1 já iguais ao arquivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) leave values as they are.</source>
        <translation>
            <numerusform>%n célula vazia mantém o valor como está.</numerusform>
            <numerusform>%n células vazias mantêm os valores como estão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched documents (%1)</source>
        <translation>Documentos correspondidos (%1)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Correspondência por</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>source file</source>
        <translation>arquivo de origem</translation>
    </message>
    <message>
        <source>Values to set (%1)</source>
        <translation>Valores a definir (%1)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Após a importação</translation>
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
        <translation>novo</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>Unmatched rows (%1)</source>
        <translation>Linhas sem correspondência (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Empty cells (%1)</source>
        <translation>Células vazias (%1)</translation>
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
        <translation>não pôde ser lido</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>não importado: %1</translation>
    </message>
    <message>
        <source>not imported: unticked</source>
        <translation>não importado: desmarcado</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>não pôde ser lido (%1: %2)</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Armazenando %1…</translation>
    </message>
    <message>
        <source>could not be stored (%1: %2)</source>
        <translation>não pôde ser armazenado (%1: %2)</translation>
    </message>
    <message>
        <source>imported as '%1'</source>
        <translation>importado como “%1”</translation>
    </message>
    <message>
        <source>not imported: cancelled</source>
        <translation>não importado: cancelado</translation>
    </message>
</context>
<context>
    <name>IntervalControls</name>
    <message>
        <source>resamples</source>
        <translation>reamostras</translation>
    </message>
    <message>
        <source>Bootstrap resamples of the documents (seeded, so the same every time)</source>
        <translation>Reamostras bootstrap dos documentos (com semente fixa, portanto sempre as mesmas)</translation>
    </message>
    <message>
        <source>by document</source>
        <translation>por documento</translation>
    </message>
    <message>
        <source>by speaker turn</source>
        <translation>por turno de fala</translation>
    </message>
    <message>
        <source>What the bootstrap resamples. Documents are the safe choice; with fewer than 10, speaker turns give more resamples, but turns of one conversation are not independent, so their intervals come out narrower.</source>
        <translation>O que o bootstrap reamostra. Documentos são a escolha segura; com menos de 10, os turnos de fala geram mais reamostras, mas os turnos de uma mesma conversa não são independentes, de modo que seus intervalos saem mais estreitos.</translation>
    </message>
    <message>
        <source>Compute intervals</source>
        <translation>Calcular intervalos</translation>
    </message>
    <message>
        <source>Bootstrap 95 % intervals of the pooled figures, resampling documents</source>
        <translation>Intervalos bootstrap de 95 % dos valores agrupados, reamostrando documentos</translation>
    </message>
    <message>
        <source>Computing intervals…</source>
        <translation>Calculando intervalos…</translation>
    </message>
    <message>
        <source>Figures changed: compute the intervals again</source>
        <translation>Os valores mudaram: calcule os intervalos novamente</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Sem intervalos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples of speaker turns · seed %1</source>
        <translation>
            <numerusform>%Ln reamostra de turnos de fala · semente %1</numerusform>
            <numerusform>%Ln reamostras de turnos de fala · semente %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples · seed %1</source>
        <translation>
            <numerusform>%Ln reamostra · semente %1</numerusform>
            <numerusform>%Ln reamostras · semente %1</numerusform>
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
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Accord next starts.</source>
        <translation>O novo idioma entra em vigor na próxima vez que o Accord for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Somente eu</translation>
    </message>
    <message>
        <source>Find in this document (Enter: next, Shift+Enter: previous)</source>
        <translation>Localizar neste documento (Enter: próximo, Shift+Enter: anterior)</translation>
    </message>
    <message>
        <source>Retrieved segments</source>
        <translation>Segmentos recuperados</translation>
    </message>
    <message>
        <source>Find in all documents</source>
        <translation>Localizar em todos os documentos</translation>
    </message>
    <message>
        <source>Select a code in the codebook first</source>
        <translation>Selecione primeiro um código no livro de códigos</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renomear documento</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Rename document %1</source>
        <translation>Renomear documento %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n coding(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Excluir “%1” e sua %n codificação?
Você pode desfazer isso com Ctrl+Z.</numerusform>
            <numerusform>Excluir “%1” e suas %n codificações?
Você pode desfazer isso com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Excluir documento</translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation>Excluir documento %1</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Adicionar codificador</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Nome do codificador:</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Adicionar codificador %1</translation>
    </message>
    <message>
        <source>Apply favourite code 1–9 (in the text)</source>
        <translation>Aplicar código favorito 1–9 (no texto)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>desktop bundle</source>
        <translation>pacote para desktop</translation>
    </message>
    <message>
        <source>installed from source</source>
        <translation>instalado a partir do código-fonte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Sample project and data</source>
        <translation>Projeto de exemplo e dados</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>none (%1 cannot be written)</source>
        <translation>nenhum (%1 não pode ser gravado)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>before an upgrade, next to the project (NAME.before-upgrade-from-vN.….accord)</source>
        <translation>antes de uma atualização, ao lado do projeto (NAME.before-upgrade-from-vN.….accord)</translation>
    </message>
    <message>
        <source>Qualitative coding and inter-coder agreement.</source>
        <translation>Codificação qualitativa e concordância entre codificadores.</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>Sobre o Accord</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Apenas %1</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Accord</source>
        <translation>%1 — %2 (somente leitura) — Accord</translation>
    </message>
    <message>
        <source>%1 — %2 — Accord</source>
        <translation>%1 — %2 — Accord</translation>
    </message>
    <message numerus="yes">
        <source>Selection %1–%2 (%n character(s))</source>
        <translation>
            <numerusform>Seleção %1–%2 (%n caractere)</numerusform>
            <numerusform>Seleção %1–%2 (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>Codificando como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this document</source>
        <translation>
            <numerusform>%n codificação neste documento</numerusform>
            <numerusform>%n codificações neste documento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <source>% agreement also counts the characters nobody coded, so it runs high; coloured at %1 % and %2 %.</source>
        <translation>A porcentagem de concordância também conta os caracteres que ninguém codificou, por isso tende a ser alta; cores a partir de %1 % e %2 %.</translation>
    </message>
    <message>
        <source>Thresholds after Krippendorff (2004). Hover a cell for its basis; an undefined figure says why.</source>
        <translation>Limiares segundo Krippendorff (2004). Passe o mouse sobre uma célula para ver sua base; um valor indefinido informa o motivo.</translation>
    </message>
    <message>
        <source>Prevalence is the mean share of characters the coders coded. Double-click a cell to see its disagreements.</source>
        <translation>A prevalência é a proporção média de caracteres que os codificadores codificaram. Clique duas vezes numa célula para ver suas discordâncias.</translation>
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
        <translation>Prevalência</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo de 95 %</translation>
    </message>
    <message>
        <source>Pooled over documents (character counts summed)</source>
        <translation>Agrupado sobre os documentos (contagens de caracteres somadas)</translation>
    </message>
    <message>
        <source>Mean share of the characters the compared coders coded with the code (pooled over documents); low prevalence makes α and κ fragile</source>
        <translation>Proporção média dos caracteres que os codificadores comparados codificaram com o código (agrupada sobre os documentos); prevalência baixa torna α e κ instáveis</translation>
    </message>
    <message>
        <source>Bootstrap 95 % interval of the pooled figure (resampling documents); use “Compute intervals”</source>
        <translation>Intervalo bootstrap de 95 % do valor agrupado (reamostrando documentos); use “Calcular intervalos”</translation>
    </message>
    <message>
        <source>%1: the compared coders coded %2 of the characters on average</source>
        <translation>%1: os codificadores comparados codificaram em média %2 dos caracteres</translation>
    </message>
    <message>
        <source>Use “Compute intervals” for bootstrap intervals</source>
        <translation>Use “Calcular intervalos” para obter intervalos bootstrap</translation>
    </message>
    <message>
        <source>Every code at once: De Vries et al.'s pooled κ (observed and expected agreement averaged over the codes either coder used)</source>
        <translation>Todos os códigos de uma vez: κ agrupado de De Vries et al. (concordância observada e esperada em média sobre os códigos que algum dos codificadores usou)</translation>
    </message>
    <message>
        <source>Every code at once: % agreement averaged over the codes either coder used</source>
        <translation>Todos os códigos de uma vez: porcentagem de concordância em média sobre os códigos que algum dos codificadores usou</translation>
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
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Presence (1 or 0)</source>
        <translation>Presença (1 ou 0)</translation>
    </message>
    <message>
        <source>Coverage (% of characters)</source>
        <translation>Cobertura (% dos caracteres)</translation>
    </message>
    <message>
        <source>Words covered</source>
        <translation>Palavras abrangidas</translation>
    </message>
    <message>
        <source>e.g. 30,45,60 (numbers only)</source>
        <translation>p. ex. 30,45,60 (só números)</translation>
    </message>
    <message>
        <source>Roll sub-codes into their parents</source>
        <translation>Agregar subcódigos aos códigos-pai</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exportar imagem…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Faixas:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Células:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Falantes</translation>
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
        <translation>As faixas são números separados por vírgulas, p. ex. 30,45,60</translation>
    </message>
    <message>
        <source>Click a cell to list its passages.</source>
        <translation>Clique em uma célula para listar seus trechos.</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exportar a matriz</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 gravado</translation>
    </message>
    <message>
        <source>Export the matrix as a picture</source>
        <translation>Exportar a matriz como imagem</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>today, %1</source>
        <translation>hoje, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>ontem, %1</translation>
    </message>
    <message>
        <source>Untitled memo</source>
        <translation>Memorando sem título</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>The memos; select one to read or edit it</source>
        <translation>Os memorandos; selecione um para lê-lo ou editá-lo</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>A short title shown in the list of memos</source>
        <translation>Um título curto exibido na lista de memorandos</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>The memo; it is saved when you leave the field, choose another memo or close</source>
        <translation>O memorando; ele é salvo quando você sai do campo, escolhe outro memorando ou fecha</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Novo memorando</translation>
    </message>
    <message>
        <source>Start a new memo (Ctrl+N)</source>
        <translation>Iniciar um novo memorando (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete the selected memo (Del in the list; Undo brings it back)</source>
        <translation>Excluir o memorando selecionado (Del na lista; Desfazer o restaura)</translation>
    </message>
    <message>
        <source>Save and close (Esc)</source>
        <translation>Salvar e fechar (Esc)</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>Novo memorando</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Excluir memorando</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Editar memorando</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>Project memos — %1</source>
        <translation>Memorandos do projeto — %1</translation>
    </message>
    <message>
        <source>Memos on document “%1”</source>
        <translation>Memorandos do documento “%1”</translation>
    </message>
    <message>
        <source>Memos on code “%1”</source>
        <translation>Memorandos do código “%1”</translation>
    </message>
    <message>
        <source>Memos on the project “%1”</source>
        <translation>Memorandos sobre o projeto “%1”</translation>
    </message>
    <message>
        <source>Memos on the document “%1”</source>
        <translation>Memorandos sobre o documento “%1”</translation>
    </message>
    <message>
        <source>Memos on the code “%1”</source>
        <translation>Memorandos sobre o código “%1”</translation>
    </message>
    <message>
        <source>Last changed %1; written %2</source>
        <translation>Última alteração: %1; escrito: %2</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>Escreva seu memorando aqui…</translation>
    </message>
    <message>
        <source>No memos yet. Click “New memo” to write one.</source>
        <translation>Ainda não há memorandos. Clique em “Novo memorando” para escrever um.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrito: %1</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>última alteração: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codificação</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>&amp;Livro de códigos</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfigurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
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
        <translation>Quem está codificando agora: as novas codificações são atribuídas a essa pessoa</translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Exibir: </translation>
    </message>
    <message>
        <source>Whose codings the text, the counts and the retrieved segments show</source>
        <translation>De quem são as codificações exibidas no texto, nas contagens e nos segmentos recuperados</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation>Exibir ou ocultar o painel “%1”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada a desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada a refazer</translation>
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge code</source>
        <translation>Mesclar código</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Mesclar “%1” em:</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
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
        <source>Character counts</source>
        <translation>Contagens de caracteres</translation>
    </message>
    <message>
        <source>For one code and two coders, every character of the text is counted once: a = characters both coders coded with the code, b = only the first coder, c = only the second, d = neither; N = a + b + c + d is the length of the text. Offsets are Unicode code points. A coder's overlapping codings of a code are merged; codes are compared one at a time, so overlapping codings of different codes are no disagreement.</source>
        <translation>Para um código e dois codificadores, cada caractere do texto é contado uma única vez: a = caracteres que ambos os codificadores codificaram com o código, b = apenas o primeiro codificador, c = apenas o segundo, d = nenhum dos dois; N = a + b + c + d é o comprimento do texto. As posições (offsets) são pontos de código Unicode. As codificações sobrepostas de um mesmo código feitas por um codificador são mescladas; os códigos são comparados um de cada vez, portanto codificações sobrepostas de códigos diferentes não constituem discordância.</translation>
    </message>
    <message>
        <source>The share of characters on which the two coders agree, in percent: 100 × (a + d) / N. Because most characters are coded by nobody, it is high even when the coders rarely coded the same passages.</source>
        <translation>A proporção de caracteres em que os dois codificadores concordam, em porcentagem: 100 × (a + d) / N. Como a maioria dos caracteres não é codificada por ninguém, ela é alta mesmo quando os codificadores raramente codificaram os mesmos trechos.</translation>
    </message>
    <message>
        <source>Agreement corrected for chance, over characters as NVivo's coding comparison computes it: κ = (p_o − p_e) / (1 − p_e), with observed agreement p_o = (a + d) / N and chance agreement p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², from each coder's own share of coded characters. Where neither coder used the code, NVivo prints κ = 1 and 100 % agreement; here percent agreement is 100 but κ is undefined, because with no variation chance agreement is already total (p_e = 1).</source>
        <translation>Concordância corrigida pelo acaso sobre caracteres, tal como calculada pela comparação de codificação do NVivo: κ = (p_o − p_e) / (1 − p_e), com a concordância observada p_o = (a + d) / N e a concordância ao acaso p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², obtida da proporção de caracteres codificados de cada codificador. Quando nenhum dos dois usou o código, o NVivo mostra κ = 1 e 100 % de concordância; aqui a porcentagem de concordância é 100, mas κ é indefinido, pois sem variação a concordância ao acaso já é total (p_e = 1).</translation>
    </message>
    <message>
        <source>Each character is a unit with two values (coded with the code or not): α = 1 − D_o / D_e, observed over expected disagreement from the coincidence matrix of the values the coders gave (nominal). Unlike κ it estimates chance from both coders' values pooled, and corrects for small samples. Where neither coder used the code it is undefined (D_e = 0), not 1 as NVivo's κ would be.</source>
        <translation>Cada caractere é uma unidade com dois valores (codificado com o código ou não): α = 1 − D_o / D_e, a razão entre a discordância observada e a esperada, a partir da matriz de coincidências dos valores atribuídos pelos codificadores (nominal). Diferentemente do κ, estima o acaso a partir dos valores agrupados de ambos os codificadores e corrige para amostras pequenas. Quando nenhum dos dois usou o código, é indefinido (D_e = 0), e não 1, como seria o κ do NVivo.</translation>
    </message>
    <message>
        <source>Agreement on the characters that at least one coder coded: 2a / (2a + b + c) (the Dice coefficient, or F1 of one coder against the other). Between 0 and 1.</source>
        <translation>Concordância sobre os caracteres que pelo menos um codificador codificou: 2a / (2a + b + c) (o coeficiente de Dice, ou o F1 de um codificador em relação ao outro). Entre 0 e 1.</translation>
    </message>
    <message>
        <source>The characters both coded as a share of the characters either coded: a / (a + b + c). Between 0 and 1.</source>
        <translation>Os caracteres codificados por ambos como proporção dos caracteres codificados por pelo menos um: a / (a + b + c). Entre 0 e 1.</translation>
    </message>
    <message>
        <source>The text is a continuum that each coder divides into units (the merged codings of the code) and gaps. Observed disagreement is the length that one coder puts in a unit and the other in a gap; expected disagreement comes from all sections of all coders, a unit never pairing with itself, so the coefficient also reflects whether the coders cut the same units. |uα = 1 − observed / expected.</source>
        <translation>O texto é um contínuo que cada codificador divide em unidades (as codificações mescladas do código) e lacunas. A discordância observada é o comprimento que um codificador coloca em uma unidade e o outro em uma lacuna; a discordância esperada vem de todas as seções de todos os codificadores, sem que uma unidade jamais forme par consigo mesma, de modo que o coeficiente também reflete se os codificadores delimitaram as mesmas unidades. |uα = 1 − observada / esperada.</translation>
    </message>
    <message>
        <source>Krippendorff's earlier unitizing coefficient for one category: the squared differences between the beginnings and the ends of overlapping units of two coders (and the squared length of a unit lying in the other coder's gap), against the differences expected by chance. Pooled over documents, the documents are laid end to end. Undefined where neither coder used the code, or where both coded the whole text (no gap, so nothing varies).</source>
        <translation>O coeficiente de unitização anterior de Krippendorff para uma categoria: as diferenças ao quadrado entre os inícios e entre os finais de unidades sobrepostas de dois codificadores (e o comprimento ao quadrado de uma unidade situada em uma lacuna do outro codificador), em relação às diferenças esperadas ao acaso. No agrupamento sobre os documentos, estes são dispostos um após o outro. Indefinido quando nenhum dos codificadores usou o código ou quando ambos codificaram o texto inteiro (sem lacunas, portanto nada varia).</translation>
    </message>
    <message>
        <source>As MAXQDA computes it: a segment (merged coding) of one coder agrees when the other coder has a segment of the same code in the same document overlapping it by at least the set share (default 90 %) of their joint extent, |s ∩ t| / (max end − min start). Percentage of both coders' segments that agree.</source>
        <translation>Como o MAXQDA o calcula: um segmento (codificação mesclada) de um codificador concorda quando o outro codificador tem, no mesmo documento, um segmento do mesmo código que o sobrepõe em pelo menos a proporção definida (padrão de 90 %) da extensão conjunta de ambos, |s ∩ t| / (fim máx. − início mín.). Porcentagem dos segmentos de ambos os codificadores que concordam.</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code, as a percentage of the documents in which at least one of them did (MAXQDA's code-existence comparison).</source>
        <translation>Agrupado sobre os documentos: os documentos em que ambos os codificadores usaram o código, como porcentagem dos documentos em que pelo menos um deles o usou (a comparação de presença do código do MAXQDA).</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code equally often (same number of segments), as a percentage of the documents in which at least one of them used it.</source>
        <translation>Agrupado sobre os documentos: os documentos em que ambos os codificadores usaram o código com a mesma frequência (mesmo número de segmentos), como porcentagem dos documentos em que pelo menos um deles o usou.</translation>
    </message>
    <message>
        <source>One kappa for all codes of a pair of coders: the mean observed agreement p̄_o and mean chance agreement p̄_e over the codes either coder used, then (p̄_o − p̄_e) / (1 − p̄_e). Unlike the mean of the codes' kappas it stays defined when some codes have no variation.</source>
        <translation>Um único kappa para todos os códigos de um par de codificadores: a concordância observada média p̄_o e a concordância ao acaso média p̄_e sobre os códigos que pelo menos um dos dois usou e, em seguida, (p̄_o − p̄_e) / (1 − p̄_e). Diferentemente da média dos kappas dos códigos, continua definido quando alguns códigos não têm variação.</translation>
    </message>
    <message>
        <source>Chance-corrected agreement of any number of coders over characters: (P̄ − P̄_e) / (1 − P̄_e), P̄ the mean share of agreeing pairs of coders per character, P̄_e from the overall share of coded characters.</source>
        <translation>Concordância corrigida pelo acaso de qualquer número de codificadores sobre caracteres: (P̄ − P̄_e) / (1 − P̄_e), sendo P̄ a proporção média de pares de codificadores concordantes por caractere e P̄_e obtido da proporção geral de caracteres codificados.</translation>
    </message>
    <message>
        <source>Krippendorff's α (all coders)</source>
        <translation>α de Krippendorff (todos os codificadores)</translation>
    </message>
    <message>
        <source>Nominal α over characters as above, with the values of all compared coders.</source>
        <translation>α nominal sobre caracteres, como acima, com os valores de todos os codificadores comparados.</translation>
    </message>
    <message>
        <source>The mean of the pairs' Cohen's (or pooled) kappas over the pairs where it is defined.</source>
        <translation>A média dos kappas de Cohen (ou agrupados) dos pares, calculada sobre os pares em que está definido.</translation>
    </message>
    <message>
        <source>Agreement on which code each passage gets, all compared codes and all compared coders at once: Krippendorff's unitizing α with every code a value of one variable and the uncoded stretches (gaps) a value of their own. Observed coincidences are the lengths of the intersections of the sections (units and gaps) of different coders; expected ones keep a unit from pairing with itself; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. It falls when coders give a passage different codes and when one codes what another left out; with a single code it equals that code's |uα. Where one coder gave a passage two codes, each is a section of its own.</source>
        <translation>Concordância sobre qual código cada trecho recebe, com todos os códigos comparados e todos os codificadores comparados de uma vez: o α de unitização de Krippendorff, em que cada código é um valor de uma única variável e as extensões não codificadas (lacunas) têm um valor próprio. As coincidências observadas são os comprimentos das interseções das seções (unidades e lacunas) de codificadores diferentes; nas esperadas, uma unidade nunca forma par consigo mesma; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. Ele diminui quando os codificadores dão códigos diferentes a um trecho e quando um codifica o que outro deixou de fora; com um único código, é igual ao |uα desse código. Quando um codificador deu dois códigos a um trecho, cada um é uma seção própria.</translation>
    </message>
    <message>
        <source>The same coefficient restricted to the parts that two coders both coded: gaps drop out, so only the choice of code counts, given the units; a unit's self-pairs are those of the part of it that another coder also coded. Undefined where no passage was coded by two coders, or where they only ever used one code there.</source>
        <translation>O mesmo coeficiente, restrito às partes que dois codificadores codificaram em comum: as lacunas saem do cálculo, de modo que, dadas as unidades, só conta a escolha do código; os autopareamentos de uma unidade são os da parte dela que outro codificador também codificou. Indefinido quando nenhum trecho foi codificado por dois codificadores ou quando eles sempre usaram ali um único código.</translation>
    </message>
    <message>
        <source>Bootstrap interval</source>
        <translation>Intervalo bootstrap</translation>
    </message>
    <message>
        <source>Documents are resampled with replacement as many times as asked (seeded); each resample's figures come from its documents' summed counts. With the turn bootstrap (--bootstrap-unit turn), for a study of a few long transcripts, speaker turns take the place of documents (text before the first turn is a piece of its own; a coding across turns is cut at the turn); turns of one conversation are not independent, so such intervals are narrower. ci95 is the 2.5th to 97.5th percentile of the figure over the resamples in which it is defined; p_below_0.800 and p_below_0.667 are the shares of those resamples in which it falls below Krippendorff's thresholds.</source>
        <translation>Os documentos são reamostrados com reposição quantas vezes forem solicitadas (com semente); os valores de cada reamostragem vêm das contagens somadas de seus documentos. Com o bootstrap por turnos (--bootstrap-unit turn), para um estudo com poucas transcrições longas, os turnos de fala ocupam o lugar dos documentos (o texto anterior ao primeiro turno constitui uma parte própria; uma codificação que atravessa turnos é cortada no limite do turno); os turnos de uma mesma conversa não são independentes, por isso esses intervalos são mais estreitos. ci95 vai do percentil 2.5 ao 97.5 do valor nas reamostragens em que ele está definido; p_below_0.800 e p_below_0.667 são as proporções dessas reamostragens em que ele fica abaixo dos limiares de Krippendorff.</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Indefinido</translation>
    </message>
    <message>
        <source>A figure without a value (no variation at all, an empty text, no segments) is left empty (null in JSON) and the reason is given beside it; it is never reported as 0 or 1. One rule for every coefficient: where the expected disagreement is zero (nobody used the code, or every coder coded all of the text) it is undefined. Percent agreement is 100 where nobody varies.</source>
        <translation>Um valor que não pode ser calculado (nenhuma variação, um texto vazio, nenhum segmento) fica em branco (null em JSON) e o motivo é indicado ao lado; ele nunca é relatado como 0 ou 1. Uma única regra vale para todos os coeficientes: quando a discordância esperada é zero (ninguém usou o código ou todos os codificadores codificaram o texto inteiro), o coeficiente é indefinido. A porcentagem de concordância é 100 quando não há variação.</translation>
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
        <translation>(nível superior)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <source>The code's name</source>
        <translation>O nome do código</translation>
    </message>
    <message>
        <source>What the code means (optional)</source>
        <translation>O que o código significa (opcional)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Inside:</source>
        <translation>Dentro de:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Cor:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definição:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
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
        <translation>Projeto em uso</translation>
    </message>
    <message>
        <source>%1 is open in another window: %2.

Open it read-only here, or close it in that window first and open it again. If that window's computer is gone for good, delete the lock file %3 first.</source>
        <translation>%1 está aberto em outra janela: %2.

Abra-o aqui somente para leitura ou feche-o primeiro naquela janela e abra-o novamente. Se o computador daquela janela não estiver mais disponível, exclua antes o arquivo de bloqueio %3.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir somente leitura</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <source>No backup on opening: %1</source>
        <translation>Sem backup ao abrir: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Falha no backup: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar do backup</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Ainda não há backups de %1.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the project; the current file is kept beside it, renamed.</source>
        <translation>Backups de %1, do mais recente ao mais antigo. Restaurar um deles substitui o projeto; o arquivo atual é mantido ao lado, renomeado.</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Backup de %1 restaurado</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Your name (as a coder):</source>
        <translation>Seu nome (como codificador):</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Não é possível criar o projeto</translation>
    </message>
    <message>
        <source>Cannot build the sample project</source>
        <translation>Não é possível gerar o projeto de exemplo</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importar REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA files (*.qdpx *.qdc *.qde);;All files (*)</source>
        <translation>Arquivos REFI-QDA (*.qdpx *.qdc *.qde);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Não é possível importar</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importado: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA</source>
        <translation>Exportar projeto como REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projetos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA</source>
        <translation>Exportar livro de códigos como REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Livros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>livro de códigos</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <source>Merge coders' projects into this one</source>
        <translation>Mesclar projetos de codificadores neste</translation>
    </message>
    <message>
        <source>%1: not merged (%2)</source>
        <translation>%1: não mesclado (%2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>Coder name taken</source>
        <translation>Nome de codificador já em uso</translation>
    </message>
    <message>
        <source>%1 has a coder “%2” whose codings differ from “%3” in this project.
Name to give them here:</source>
        <translation>%1 tem um codificador “%2” cujas codificações diferem das de “%3” neste projeto.
Nome a atribuir a ele aqui:</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>cópia</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Salvar uma cópia como</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Não é possível salvar uma cópia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Cópia salva como %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Nenhum projeto recente</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Coding query</source>
        <translation>Consulta de codificação</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carregar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Adicionar uma condição</translation>
    </message>
    <message>
        <source>the same characters</source>
        <translation>os mesmos caracteres</translation>
    </message>
    <message>
        <source>the same speaker turn</source>
        <translation>o mesmo turno de fala</translation>
    </message>
    <message>
        <source>the same paragraph</source>
        <translation>o mesmo parágrafo</translation>
    </message>
    <message>
        <source>What "and" and "not" look at: the passage's own characters, or the turn or paragraph around it</source>
        <translation>O que “e” e “não” consideram: os próprios caracteres do trecho, ou o turno de fala ou parágrafo em volta dele</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Saved queries:</source>
        <translation>Consultas salvas:</translation>
    </message>
    <message>
        <source>Passages coded:</source>
        <translation>Trechos codificados:</translation>
    </message>
    <message>
        <source>And/not look at:</source>
        <translation>E/não consideram:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codificador:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Falante:</translation>
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
        <translation>Todos os codificadores (sem consenso)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos os falantes</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Qualquer documento</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, listed in Retrieved segments.</source>
        <translation>
            <numerusform>%n trecho encontrado, listado em Segmentos recuperados.</numerusform>
            <numerusform>%n trechos encontrados, listados em Segmentos recuperados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Consulta: %1</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Salvar consulta</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Nome da consulta:</translation>
    </message>
    <message>
        <source>Save query %1</source>
        <translation>Salvar consulta %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Salva como “%1”.</translation>
    </message>
    <message>
        <source>Not saved: the query does not run (see the message).</source>
        <translation>Não salva: a consulta não pode ser executada (veja a mensagem).</translation>
    </message>
    <message>
        <source>Delete query</source>
        <translation>Excluir consulta</translation>
    </message>
    <message>
        <source>Delete the saved query “%1”?</source>
        <translation>Excluir a consulta salva “%1”?</translation>
    </message>
    <message>
        <source>Delete query %1</source>
        <translation>Excluir consulta %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhuma ainda)</translation>
    </message>
</context>
<context>
    <name>QuickCodePalette</name>
    <message>
        <source>Create code “%1”</source>
        <translation>Criar código “%1”</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>Codificação rápida</translation>
    </message>
    <message>
        <source>Type to find a code, or a new name to create one…</source>
        <translation>Digite para encontrar um código, ou um nome novo para criá-lo…</translation>
    </message>
    <message>
        <source>Filter the codes by name. Enter codes the selection with the highlighted code.</source>
        <translation>Filtra os códigos pelo nome. Enter codifica a seleção com o código destacado.</translation>
    </message>
    <message>
        <source>No codes yet: type a name to create the first one.</source>
        <translation>Ainda não há códigos: digite um nome para criar o primeiro.</translation>
    </message>
    <message>
        <source>↑ ↓ to move  ·  Enter to choose  ·  Esc to cancel</source>
        <translation>↑ ↓ para mover  ·  Enter para escolher  ·  Esc para cancelar</translation>
    </message>
    <message>
        <source>Add “%1” at the top level of the codebook and code with it</source>
        <translation>Adicionar “%1” no nível superior do livro de códigos e codificar com ele</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Novo código “%1”</translation>
    </message>
    <message>
        <source>Could not create the code “%1”.</source>
        <translation>Não foi possível criar o código “%1”.</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln place(s)</source>
        <translation>
            <numerusform>%1 e %2: %Ln local</numerusform>
            <numerusform>%1 e %2: %Ln locais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsWindow</name>
    <message>
        <source>Code relations</source>
        <translation>Relações entre códigos</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>Trechos sobrepostos</translation>
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation>Mesmo turno de fala</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Mesmo parágrafo</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>Até N caracteres de distância</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Co-occur when:</source>
        <translation>Coocorrem quando:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distância:</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Marque pelo menos um codificador.</translation>
    </message>
    <message>
        <source>No two codes co-occur with these settings.</source>
        <translation>Nenhum par de códigos coocorre com essas configurações.</translation>
    </message>
    <message>
        <source>Each number counts places (a passage, turn or paragraph) once. Click a cell to list its places.</source>
        <translation>Cada número conta os locais (um trecho, turno ou parágrafo) uma vez. Clique numa célula para listar seus locais.</translation>
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
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>Open the HTML report in your web browser (as a temporary file), e.g. to print it</source>
        <translation>Abrir o relatório HTML no navegador (como arquivo temporário), p. ex. para imprimi-lo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded segment,
for your own analysis (CSV: one file per table, in a folder).</source>
        <translation>HTML, Word e Markdown são o relatório para leitura; Excel e CSV contêm suas tabelas, com cada segmento codificado,
para sua própria análise (CSV: um arquivo por tabela, em uma pasta).</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Save the report in the chosen format (Ctrl+S)</source>
        <translation>Salvar o relatório no formato escolhido (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Save tables…</source>
        <translation>Salvar &amp;tabelas…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Codebook report</source>
        <translation>Relatório do livro de códigos</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date, then save.</source>
        <translation>Aguarde a prévia ser atualizada e depois salve.</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Gravando o relatório %1…</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date.</source>
        <translation>Aguarde a prévia ser atualizada.</translation>
    </message>
    <message>
        <source>Preparing the web page…</source>
        <translation>Preparando a página web…</translation>
    </message>
    <message>
        <source>Saved the chart: %1 · %2</source>
        <translation>Gráfico salvo: %1 · %2</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <source>Untick fewer, or use &lt;b&gt;All&lt;/b&gt; above a list.</source>
        <translation>Desmarque menos itens ou use &lt;b&gt;Todos&lt;/b&gt; acima de uma lista.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>Não foi possível gerar o relatório.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Não foi possível gerar o relatório: %1</translation>
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
            <numerusform>%Ln codificação</numerusform>
            <numerusform>%Ln codificações</numerusform>
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
        <translation>sem seção de concordância (o cálculo de concordância não retornou nada)</translation>
    </message>
    <message>
        <source>built in %1 s</source>
        <translation>gerado em %1 s</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Atualizando a prévia…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>Não foi possível salvar o relatório:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1</source>
        <translation>
            <numerusform>%Ln arquivo em %1</numerusform>
            <numerusform>%Ln arquivos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the %1 report: %2 · %3</source>
        <translation>Relatório %1 salvo: %2 · %3</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>The web page could not be written:
%1</source>
        <translation>Não foi possível gravar a página web:
%1</translation>
    </message>
    <message>
        <source>Opened the report in your browser (a temporary copy: %1).</source>
        <translation>O relatório foi aberto no navegador (uma cópia temporária: %1).</translation>
    </message>
    <message>
        <source>No web browser could be started. The report is in the temporary file
%1</source>
        <translation>Não foi possível iniciar um navegador. O relatório está no arquivo temporário
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
        <translation>Somente as codificações dos codificadores marcados são contadas e citadas</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Only the codings in the ticked documents are counted and quoted</source>
        <translation>Somente as codificações dos documentos marcados são contadas e citadas</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>How many coded passages to quote under each code (spread over the documents)</source>
        <translation>Quantos trechos codificados citar em cada código (distribuídos entre os documentos)</translation>
    </message>
    <message>
        <source>Example &amp;quotes per code:</source>
        <translation>Citações de &amp;exemplo por código:</translation>
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
        <translation>&amp;Memorandos (projeto, documentos, códigos, codificações)</translation>
    </message>
    <message>
        <source>Print the memos next to what they are about</source>
        <translation>Incluir os memorandos junto ao item a que se referem</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement</source>
        <translation>&amp;Concordância entre codificadores</translation>
    </message>
    <message>
        <source>Percent agreement, κ and Krippendorff's α per code, for two or more coders</source>
        <translation>Concordância percentual, κ e α de Krippendorff por código, para dois ou mais codificadores</translation>
    </message>
    <message>
        <source>with 95 % &amp;intervals (bootstrap; slower)</source>
        <translation>com &amp;intervalos de 95 % (bootstrap; mais lento)</translation>
    </message>
    <message>
        <source>Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).
On large projects this is most of the time a report takes.</source>
        <translation>Intervalos bootstrap para α (1.000 reamostras dos documentos; 200 acima de 20.000 codificações).
Em projetos grandes, isso ocupa a maior parte do tempo de geração do relatório.</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consenso)</translation>
    </message>
    <message>
        <source>Decisions of adjudication: reported, and compared, only when ticked</source>
        <translation>Decisões de arbitragem: relatadas e comparadas somente quando marcadas</translation>
    </message>
    <message>
        <source>Codings by %1</source>
        <translation>Codificações de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters, %Ln coding(s)</source>
        <translation>
            <numerusform>%1: %2 caracteres, %Ln codificação</numerusform>
            <numerusform>%1: %2 caracteres, %Ln codificações</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one code to see a report.</source>
        <translation>Marque pelo menos um código para ver um relatório.</translation>
    </message>
    <message>
        <source>Tick at least one coder to see a report.</source>
        <translation>Marque pelo menos um codificador para ver um relatório.</translation>
    </message>
    <message>
        <source>Tick at least one document to see a report.</source>
        <translation>Marque pelo menos um documento para ver um relatório.</translation>
    </message>
    <message>
        <source>The agreement section's bootstrap intervals take longest on large projects; untick &lt;i&gt;with 95 % intervals&lt;/i&gt; for a quicker preview.</source>
        <translation>Os intervalos bootstrap da seção de concordância são o que mais demora em projetos grandes; desmarque &lt;i&gt;com intervalos de 95 %&lt;/i&gt; para uma pré-visualização mais rápida.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Codings per code</source>
        <translation>Codificações por código</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Codificações por código e documento</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Coocorrência de códigos</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2 · %3</source>
        <translation>Gerado em %1 com o Accord %2 · %3</translation>
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
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>CODEBOOK REPORT</source>
        <translation>RELATÓRIO DO LIVRO DE CÓDIGOS</translation>
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
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
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
        <translation>Memorando sobre %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Nenhum documento.</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Visão geral do livro de códigos</translation>
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
        <source>Code frequencies</source>
        <translation>Frequências dos códigos</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Nada foi codificado ainda.</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch coded with both, counts once.</source>
        <translation>Dois códigos coocorrem onde trechos codificados com ambos se sobrepõem (consideradas em conjunto as codificações dos codificadores deste relatório); cada local, isto é, cada extensão codificada com ambos, é contado uma vez.</translation>
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
            <numerusform>… e mais %Ln par (todos constam da exportação CSV/XLSX).</numerusform>
            <numerusform>… e mais %Ln pares (todos constam da exportação CSV/XLSX).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Nenhum par de códigos se sobrepõe.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Códigos em detalhe</translation>
    </message>
    <message>
        <source>The preview shows the first %1 in detail; the saved report has all of them (%2).</source>
        <translation>A pré-visualização mostra em detalhe os primeiros %1; o relatório salvo traz todos (%2).</translation>
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
            <numerusform>mais %Ln código</numerusform>
            <numerusform>mais %Ln códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · relatório do livro de códigos gerado em %2 pelo Accord %3.</translation>
    </message>
    <message>
        <source>Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Codificações por código, por codificador (as codificações do próprio código, sem seus subcódigos)</translation>
    </message>
    <message>
        <source>Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Codificações por código (as codificações do próprio código, sem seus subcódigos)</translation>
    </message>
    <message>
        <source>Figure %1. %2; showing %3.</source>
        <translation>Figura %1. %2; exibindo %3.</translation>
    </message>
    <message>
        <source>Figure %1. %2.</source>
        <translation>Figura %1. %2.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Codificações por código e falante: uma codificação é contada uma vez para cada falante cujos turnos de fala ela abrange.</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Códigos por falante</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Concordância entre codificadores</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; unidade: %2; valores agrupados sobre os documentos.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Codificadores comparados: %1; valores agrupados sobre os documentos.</translation>
    </message>
    <message>
        <source>Values of α below %1 are in &lt;span class="low"&gt;red&lt;/span&gt;.</source>
        <translation>Valores de α abaixo de %1 aparecem em &lt;span class="low"&gt;vermelho&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>METHODS</source>
        <translation>MÉTODOS</translation>
    </message>
    <message>
        <source>REFERENCES</source>
        <translation>REFERÊNCIAS</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Todos os códigos (%1)</translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 com seus subcódigos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codificação</numerusform>
            <numerusform>%Ln codificações</numerusform>
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
        <translation>%1 em %2</translation>
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
        <source>EXAMPLES</source>
        <translation>EXEMPLOS</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>EXEMPLO</translation>
    </message>
    <message>
        <source>%1 · characters %2–%3 · coded by %4</source>
        <translation>%1 · caracteres %2–%3 · codificado por %4</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memorando: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more quote(s) in the saved report.</source>
        <translation>
            <numerusform>… e mais %Ln citação no relatório salvo.</numerusform>
            <numerusform>… e mais %Ln citações no relatório salvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>Ainda não usado nesta seleção.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Ainda não usado.</translation>
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
        <translation>Documento do Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos do Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Arquivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Pasta de trabalho do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (a folder)</source>
        <translation>Tabelas CSV (uma pasta)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Pastas (*)</translation>
    </message>
    <message>
        <source>Save the report's tables — name a folder for the CSV files</source>
        <translation>Salvar as tabelas do relatório — dê nome a uma pasta para os arquivos CSV</translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation>Salvar o relatório como %1</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tabelas do relatório</translation>
    </message>
    <message>
        <source>codebook report</source>
        <translation>relatório do livro de códigos</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 é um arquivo de projeto; escolha outro nome.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation>Salvar o gráfico como %1</translation>
    </message>
    <message>
        <source>chart %1</source>
        <translation>gráfico %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>Não foi possível salvar o gráfico: %1</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualização</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>The report as it will be saved (the web page and Word file look the same, with their own fonts)</source>
        <translation>O relatório como será salvo (a página web e o arquivo do Word têm a mesma aparência, com suas próprias fontes)</translation>
    </message>
    <message>
        <source>The report's charts; each can be saved as an image</source>
        <translation>Os gráficos do relatório; cada um pode ser salvo como imagem</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar do backup</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridade</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Backups de %1, do mais recente ao mais antigo:</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Não é possível restaurar</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
The previous file is kept as %3.</source>
        <translation>%1 restaurado a partir do backup de %2.
O arquivo anterior foi mantido como %3.</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Escolha uma pasta de backup</translation>
    </message>
    <message>
        <source>Restore which project? Pick the project file (even a damaged one), or a folder of backups if the project file is gone.</source>
        <translation>Restaurar qual projeto? Escolha o arquivo do projeto (mesmo danificado) ou uma pasta de backups, se o arquivo do projeto não existir mais.</translation>
    </message>
    <message>
        <source>Pick the project file…</source>
        <translation>Escolher o arquivo do projeto…</translation>
    </message>
    <message>
        <source>Pick a backup folder…</source>
        <translation>Escolher uma pasta de backup…</translation>
    </message>
    <message>
        <source>There are no backups of %1 (they would be in %2). Pick a backup folder instead, if you have one.</source>
        <translation>Não há backups de %1 (eles estariam em %2). Escolha uma pasta de backup, se você tiver uma.</translation>
    </message>
    <message>
        <source>%1 holds no Accord backups; they are in the folders under %2. Pick one of those.</source>
        <translation>%1 não contém backups do Accord; eles ficam nas pastas dentro de %2. Escolha uma delas.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Backups em %1, do mais recente ao mais antigo:</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurar o backup como</translation>
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
        <translation>Texto simples (.txt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento do Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos do Word (*.docx)</translation>
    </message>
    <message>
        <source>Retrieve segments of a code</source>
        <translation>Recuperar segmentos de um código</translation>
    </message>
    <message>
        <source>Every passage coded with one code, document by document — to read, quote from or share with someone who does not use Accord.</source>
        <translation>Todos os trechos codificados com um código, documento por documento — para ler, citar ou compartilhar com quem não usa o Accord.</translation>
    </message>
    <message>
        <source>The code whose segments to print</source>
        <translation>O código cujos segmentos serão exportados</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Include its &amp;sub-codes</source>
        <translation>Incluir seus &amp;subcódigos</translation>
    </message>
    <message>
        <source>Also print the segments coded with any code below this one</source>
        <translation>Exportar também os segmentos codificados com qualquer código abaixo deste</translation>
    </message>
    <message>
        <source>Coding &amp;memos</source>
        <translation>&amp;Memorandos das codificações</translation>
    </message>
    <message>
        <source>Print each segment's memo under it</source>
        <translation>Incluir o memorando de cada segmento abaixo dele</translation>
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
        <translation>Escolha um código para ver seus segmentos.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Save the segments in the chosen format (Ctrl+S)</source>
        <translation>Salvar os segmentos no formato escolhido (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save the segments as %1</source>
        <translation>Salvar os segmentos como %1</translation>
    </message>
    <message>
        <source>segments %1</source>
        <translation>segmentos %1</translation>
    </message>
    <message>
        <source>Save segments</source>
        <translation>Salvar segmentos</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 é um arquivo de projeto; escolha outro nome.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <source>Segments coded by %1</source>
        <translation>Segmentos codificados por %1</translation>
    </message>
    <message>
        <source>This code has no sub-codes</source>
        <translation>Este código não tem subcódigos</translation>
    </message>
    <message>
        <source>The codebook is empty: there is nothing to retrieve.</source>
        <translation>O livro de códigos está vazio: não há nada a recuperar.</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Marque pelo menos um codificador.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Marque pelo menos um documento.</translation>
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation>Lendo os segmentos…</translation>
    </message>
    <message>
        <source>The segments could not be read.</source>
        <translation>Não foi possível ler os segmentos.</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s) in the saved file]</source>
        <translation>
            <numerusform>[… mais %Ln caractere no arquivo salvo]</numerusform>
            <numerusform>[… mais %Ln caracteres no arquivo salvo]</numerusform>
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
        <translation>%1: %2 em %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>The segments could not be saved:
%1</source>
        <translation>Não foi possível salvar os segmentos:
%1</translation>
    </message>
    <message>
        <source>Saved %1 · &lt;a href="%2"&gt;Show folder&lt;/a&gt;</source>
        <translation>Salvo: %1 · &lt;a href="%2"&gt;Mostrar pasta&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in all documents…</source>
        <translation>Localizar em todos os documentos…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Code these hits…</source>
        <translation>Codificar estes resultados…</translation>
    </message>
    <message>
        <source>Auto-code the places found, after a preview where each can be unticked</source>
        <translation>Codificar automaticamente os locais encontrados, após uma prévia em que cada um pode ser desmarcado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
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
        <translation>Listar também segmentos codificados com códigos abaixo deste</translation>
    </message>
    <message>
        <source>List only what this speaker said (the parts of segments in their turns)</source>
        <translation>Listar só o que este falante disse (as partes dos segmentos nos seus turnos)</translation>
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
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos os falantes</translation>
    </message>
    <message>
        <source>Select a code in the codebook to list its segments</source>
        <translation>Selecione um código no livro de códigos para listar seus segmentos</translation>
    </message>
    <message>
        <source>%1 and its sub-codes</source>
        <translation>%1 e seus subcódigos</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>dito por %1</translation>
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
        <translation>Atualizado com alterações feitas por outro programa</translation>
    </message>
</context>
<context>
    <name>SidePair</name>
    <message>
        <source>Scroll together</source>
        <translation>Rolar juntos</translation>
    </message>
    <message>
        <source>Scroll both texts as one (they show the same document)</source>
        <translation>Rolar os dois textos como um só (eles exibem o mesmo documento)</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing here&lt;/i&gt; &amp;nbsp;·&amp;nbsp; the passage %1–%2 is selected</source>
        <translation>&lt;i&gt;nada aqui&lt;/i&gt; &amp;nbsp;·&amp;nbsp; o trecho %1–%2 está selecionado</translation>
    </message>
</context>
<context>
    <name>SimilarHandlers</name>
    <message>
        <source>Similar passages</source>
        <translation>Trechos semelhantes</translation>
    </message>
    <message>
        <source>Select some text, or a code in the codebook, to find passages like it</source>
        <translation>Selecione um texto, ou um código no livro de códigos, para encontrar trechos semelhantes</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Right-click a code or selected text and choose Find similar passages</source>
        <translation>Clique com o botão direito em um código ou texto selecionado e escolha Encontrar trechos semelhantes</translation>
    </message>
    <message>
        <source>By shared words</source>
        <translation>Por palavras em comum</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation>Por significado</translation>
    </message>
    <message>
        <source>How large a suggested passage is</source>
        <translation>Tamanho de um trecho sugerido</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Parágrafos</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Turnos de fala</translation>
    </message>
    <message>
        <source>Like its definition too</source>
        <translation>Também como sua definição</translation>
    </message>
    <message>
        <source>Also find passages like the code's definition and example</source>
        <translation>Encontrar também trechos como a definição e o exemplo do código</translation>
    </message>
    <message>
        <source>Accepted passages are coded with this code, as the current coder</source>
        <translation>Os trechos aceitos são codificados com este código, em nome do codificador atual</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Aceitar (Enter)</translation>
    </message>
    <message>
        <source>Reject (Delete)</source>
        <translation>Rejeitar (Delete)</translation>
    </message>
    <message>
        <source>Open in text</source>
        <translation>Abrir no texto</translation>
    </message>
    <message>
        <source>Choose a model first: Settings ▸ Similar passages</source>
        <translation>Escolha primeiro um modelo: Configurações ▸ Trechos semelhantes</translation>
    </message>
    <message>
        <source>Code with:</source>
        <translation>Codificar com:</translation>
    </message>
    <message>
        <source>Passages like “%1”</source>
        <translation>Trechos semelhantes a “%1”</translation>
    </message>
    <message>
        <source>Passages like “%1” (%2's segments)</source>
        <translation>Trechos semelhantes a “%1” (segmentos de %2)</translation>
    </message>
    <message>
        <source>finding…</source>
        <translation>buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln sugestão</numerusform>
            <numerusform>%Ln sugestões</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing similar found</source>
        <translation>nada semelhante encontrado</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Correspondência: %1</translation>
    </message>
</context>
<context>
    <name>SimilarSettingsDialog</name>
    <message>
        <source>Similar passages</source>
        <translation>Trechos semelhantes</translation>
    </message>
    <message>
        <source>Accord finds passages like the ones you point at on this computer; nothing is sent anywhere. By shared words it always works. By meaning it needs a model2vec model: download one once, or use the folder of one you already have.</source>
        <translation>O Accord encontra, neste computador, trechos parecidos com os que você indicar; nada é enviado a lugar nenhum. Por palavras em comum, sempre funciona. Por significado, é preciso um modelo model2vec: baixe um uma única vez ou use a pasta de um que você já tenha.</translation>
    </message>
    <message>
        <source>Finding passages by meaning needs the optional model2vec package. Install it with: pip install "accord[similar]" — then restart Accord.</source>
        <translation>Encontrar trechos por significado requer o pacote opcional model2vec. Instale-o com: pip install "accord[similar]" — e depois reinicie o Accord.</translation>
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation>Usar uma pasta de modelo…</translation>
    </message>
    <message>
        <source>Index this project's passages now</source>
        <translation>Indexar agora os trechos deste projeto</translation>
    </message>
    <message>
        <source>Compute every passage's vector once, so searches by meaning are quick</source>
        <translation>Calcular uma vez o vetor de cada trecho, para que as buscas por significado sejam rápidas</translation>
    </message>
    <message>
        <source>Empty the cache</source>
        <translation>Esvaziar o cache</translation>
    </message>
    <message>
        <source>Remove the cached vectors from the project; they can be rebuilt</source>
        <translation>Remover do projeto os vetores em cache; eles podem ser recriados</translation>
    </message>
    <message>
        <source>Download a model (once)</source>
        <translation>Baixar um modelo (uma vez)</translation>
    </message>
    <message>
        <source>%1, %2&lt;br&gt;from huggingface.co/%3</source>
        <translation>%1, %2&lt;br&gt;de huggingface.co/%3</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation>Modelo em uso: %1</translation>
    </message>
    <message>
        <source>No model yet: passages are found by shared words.</source>
        <translation>Ainda sem modelo: os trechos são encontrados por palavras em comum.</translation>
    </message>
    <message>
        <source>Download %1 (%2) from huggingface.co/%3 into %4?</source>
        <translation>Baixar %1 (%2) de huggingface.co/%3 para %4?</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Baixar um modelo</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>A model2vec model folder</source>
        <translation>Uma pasta de modelo model2vec</translation>
    </message>
    <message>
        <source>Use a model folder</source>
        <translation>Usar uma pasta de modelo</translation>
    </message>
    <message>
        <source>Index passages</source>
        <translation>Indexar trechos</translation>
    </message>
    <message>
        <source>Indexing passages (%1 of %2)</source>
        <translation>Indexando trechos (%1 de %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) indexed.</source>
        <translation>
            <numerusform>%Ln trecho indexado.</numerusform>
            <numerusform>%Ln trechos indexados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>O cache está vazio.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>and also coded</source>
        <translation>e também codificado</translation>
    </message>
    <message>
        <source>or coded</source>
        <translation>ou codificado</translation>
    </message>
    <message>
        <source>but not coded</source>
        <translation>mas não codificado</translation>
    </message>
    <message>
        <source>near</source>
        <translation>perto de</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>At most this many characters between the two passages</source>
        <translation>No máximo esta quantidade de caracteres entre os dois trechos</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code interviews and other texts, then see where coders agree.</source>
        <translation>Codifique entrevistas e outros textos e veja onde os codificadores concordam.</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Criar um arquivo de projeto vazio</translation>
    </message>
    <message>
        <source>Open an existing .accord file</source>
        <translation>Abrir um arquivo .accord existente</translation>
    </message>
    <message>
        <source>Four fictional interviews, a codebook, two coders</source>
        <translation>Quatro entrevistas fictícias, um livro de códigos, dois codificadores</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar do backup…</translation>
    </message>
    <message>
        <source>Put back a damaged or lost project from its automatic backups</source>
        <translation>Recuperar um projeto danificado ou perdido a partir de seus backups automáticos</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
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
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>_SuggestionsModel</name>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
</context>
</TS>