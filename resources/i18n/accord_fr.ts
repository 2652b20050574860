<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open an .accord project</source>
        <translation>Ouvrir un projet .accord</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Ouvrir le projet d'&amp;exemple</translation>
    </message>
    <message>
        <source>Open the bundled sample study</source>
        <translation>Ouvrir l'étude d'exemple fournie</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <source>Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and .srt transcripts</source>
        <translation>Importer des fichiers .txt, .md, .docx, .pdf, .html, .odt ou .rtf, ou des transcriptions .vtt et .srt</translation>
    </message>
    <message>
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation>Importer REFI-QDA (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <source>Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, QualCoder or Taguette</source>
        <translation>Intégrer un projet ou une grille de codage exportés par MAXQDA, ATLAS.ti, NVivo, QualCoder ou Taguette</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA (.qdpx)…</source>
        <translation>Exporter le projet en REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>The whole project in the exchange format other QDA tools read</source>
        <translation>Le projet entier, dans le format d'échange que lisent les autres logiciels QDA</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA (.qdc)…</source>
        <translation>Exporter la grille de codage en REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>The codebook alone, for another project or tool</source>
        <translation>La grille de codage seule, pour un autre projet ou logiciel</translation>
    </message>
    <message>
        <source>&amp;Merge coders' projects…</source>
        <translation>&amp;Fusionner les projets des codeurs…</translation>
    </message>
    <message>
        <source>Bring other coders' copies of this project (their coders, codes and codings) into it</source>
        <translation>Intégrer les copies de ce projet faites par d'autres codeurs (leurs codeurs, codes et codages)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put back an earlier state of this project from its automatic backups</source>
        <translation>Rétablir un état antérieur de ce projet à partir de ses sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation>Écrire une copie du projet dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Close this project</source>
        <translation>Fermer ce projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Accord (all work is already saved)</source>
        <translation>Quitter Accord (tout le travail est déjà enregistré)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d'être annulée</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>Rechercher dans le &amp;document…</translation>
    </message>
    <message>
        <source>Find text in this document</source>
        <translation>Rechercher du texte dans ce document</translation>
    </message>
    <message>
        <source>Find in &amp;all documents…</source>
        <translation>Rechercher dans &amp;tous les documents…</translation>
    </message>
    <message>
        <source>Search every document of the project</source>
        <translation>Rechercher dans tous les documents du projet</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>Codage &amp;rapide…</translation>
    </message>
    <message>
        <source>Code the selection with a code picked by typing (or a new one)</source>
        <translation>Coder la sélection avec un code choisi en tapant son nom (ou avec un nouveau code)</translation>
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation>Code &amp;in vivo</translation>
    </message>
    <message>
        <source>Create a code named after the selected words and apply it</source>
        <translation>Créer un code portant le nom des mots sélectionnés et l'appliquer</translation>
    </message>
    <message>
        <source>Code with a ne&amp;w code…</source>
        <translation>Coder avec un &amp;nouveau code…</translation>
    </message>
    <message>
        <source>Create a code (name, where, colour, definition) and code the selection with it</source>
        <translation>Créer un code (nom, emplacement, couleur, définition) et coder la sélection avec</translation>
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation>&amp;Supprimer le codage</translation>
    </message>
    <message>
        <source>Remove the selected coding</source>
        <translation>Supprimer le codage sélectionné</translation>
    </message>
    <message>
        <source>&amp;Change code of coding…</source>
        <translation>&amp;Changer le code du codage…</translation>
    </message>
    <message>
        <source>Give the selected coding another code</source>
        <translation>Attribuer un autre code au codage sélectionné</translation>
    </message>
    <message>
        <source>Coding &amp;memo…</source>
        <translation>&amp;Mémo du codage…</translation>
    </message>
    <message>
        <source>Edit the selected coding's memo</source>
        <translation>Modifier le mémo du codage sélectionné</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>&amp;Nouveau code…</translation>
    </message>
    <message>
        <source>Add a code to the codebook: name, where, colour and definition</source>
        <translation>Ajouter un code à la grille de codage : nom, emplacement, couleur et définition</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>Ajuster les sélections aux &amp;mots entiers</translation>
    </message>
    <message>
        <source>Extend selections that start or end inside a word</source>
        <translation>Étendre les sélections qui commencent ou finissent au milieu d'un mot</translation>
    </message>
    <message>
        <source>&amp;Trim white space from selections</source>
        <translation>Re&amp;tirer les espaces en bord de sélection</translation>
    </message>
    <message>
        <source>Leave out spaces and line breaks at either end of a selection when coding it</source>
        <translation>Exclure les espaces et sauts de ligne aux deux extrémités d'une sélection lors de son codage</translation>
    </message>
    <message>
        <source>One &amp;click on a code applies it</source>
        <translation>Un &amp;clic sur un code l'applique</translation>
    </message>
    <message>
        <source>Off: a click only shows a code; double-click it, press Enter or use Code to apply it</source>
        <translation>Désactivé : un clic ne fait qu'afficher un code ; double-cliquez dessus, appuyez sur Entrée ou utilisez Coder pour l'appliquer</translation>
    </message>
    <message>
        <source>&amp;Import codebook…</source>
        <translation>&amp;Importer une grille de codage…</translation>
    </message>
    <message>
        <source>Add the codes of a codebook kept in Excel, CSV or Word, after a preview of what is new</source>
        <translation>Ajouter les codes d'une grille de codage tenue dans Excel, CSV ou Word, après un aperçu des nouveautés</translation>
    </message>
    <message>
        <source>&amp;Export codebook…</source>
        <translation>&amp;Exporter la grille de codage…</translation>
    </message>
    <message>
        <source>Write the codebook as an Excel, CSV or Word table that Import codebook reads back</source>
        <translation>Écrire la grille de codage sous forme de tableau Excel, CSV ou Word, que relit Importer une grille de codage</translation>
    </message>
    <message>
        <source>Compare &amp;coders…</source>
        <translation>&amp;Comparer les codeurs…</translation>
    </message>
    <message>
        <source>Agreement statistics, the disagreements between two coders, and adjudication</source>
        <translation>Statistiques d'accord, désaccords entre deux codeurs et arbitrage</translation>
    </message>
    <message>
        <source>Codebook &amp;report…</source>
        <translation>&amp;Rapport de la grille de codage…</translation>
    </message>
    <message>
        <source>The codebook with counts, quotes, charts and agreement, as HTML, Word, Markdown, CSV or Excel</source>
        <translation>La grille de codage avec effectifs, citations, graphiques et accord, en HTML, Word, Markdown, CSV ou Excel</translation>
    </message>
    <message>
        <source>Retrieve &amp;segments of a code…</source>
        <translation>Extraire les &amp;segments d'un code…</translation>
    </message>
    <message>
        <source>Print every segment of a code (and its sub-codes) as text or Word</source>
        <translation>Exporter tous les segments d'un code (et de ses sous-codes) en texte ou en Word</translation>
    </message>
    <message>
        <source>Project &amp;memos…</source>
        <translation>&amp;Mémos du projet…</translation>
    </message>
    <message>
        <source>Memos about the whole project</source>
        <translation>Mémos portant sur l'ensemble du projet</translation>
    </message>
    <message>
        <source>&amp;Document memos…</source>
        <translation>Mémos du &amp;document…</translation>
    </message>
    <message>
        <source>Memos on the current document</source>
        <translation>Mémos portant sur le document courant</translation>
    </message>
    <message>
        <source>C&amp;ode memos…</source>
        <translation>Mémos du c&amp;ode…</translation>
    </message>
    <message>
        <source>Memos on the current code</source>
        <translation>Mémos portant sur le code courant</translation>
    </message>
    <message>
        <source>&amp;Attributes…</source>
        <translation>&amp;Attributs…</translation>
    </message>
    <message>
        <source>Every document's attributes (age, site, …) as a table you can edit; add, type and remove them</source>
        <translation>Les attributs de chaque document (âge, site, …) dans un tableau modifiable ; les ajouter, les typer, les supprimer</translation>
    </message>
    <message>
        <source>&amp;Import attributes…</source>
        <translation>&amp;Importer des attributs…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document, a column per attribute</source>
        <translation>Attributs issus d'un tableur (.csv, .xlsx) : une ligne par document, une colonne par attribut</translation>
    </message>
    <message>
        <source>E&amp;xport attributes…</source>
        <translation>E&amp;xporter les attributs…</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file, the shape Import attributes reads</source>
        <translation>Les attributs de chaque document vers un fichier .csv ou .xlsx, au format que lit Importer des attributs</translation>
    </message>
    <message>
        <source>&amp;Rename document…</source>
        <translation>&amp;Renommer le document…</translation>
    </message>
    <message>
        <source>Rename the current document</source>
        <translation>Renommer le document courant</translation>
    </message>
    <message>
        <source>De&amp;lete document…</source>
        <translation>Supprimer &amp;le document…</translation>
    </message>
    <message>
        <source>Delete the current document and its codings</source>
        <translation>Supprimer le document courant et ses codages</translation>
    </message>
    <message>
        <source>Add &amp;coder…</source>
        <translation>Ajouter un &amp;codeur…</translation>
    </message>
    <message>
        <source>Add a coder to this project</source>
        <translation>Ajouter un codeur à ce projet</translation>
    </message>
    <message>
        <source>C&amp;oders…</source>
        <translation>C&amp;odeurs…</translation>
    </message>
    <message>
        <source>Rename or delete coders, and mark a consensus (left out of "all coders")</source>
        <translation>Renommer ou supprimer des codeurs, et désigner un consensus (exclu de « tous les codeurs »)</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matrice…</translation>
    </message>
    <message>
        <source>Codes against documents, speakers, coders or an attribute, as counts, presence, coverage or words</source>
        <translation>Codes croisés avec documents, locuteurs, codeurs ou un attribut : effectifs, présence, couverture ou mots</translation>
    </message>
    <message>
        <source>Code &amp;relations…</source>
        <translation>&amp;Relations entre codes…</translation>
    </message>
    <message>
        <source>Codes against codes: in how many places two codes overlap, share a turn or paragraph, or lie near each other</source>
        <translation>Codes croisés entre eux : en combien d'endroits deux codes se chevauchent, partagent un tour de parole ou un paragraphe, ou sont proches</translation>
    </message>
    <message>
        <source>Coding &amp;query…</source>
        <translation>Re&amp;quête de codage…</translation>
    </message>
    <message>
        <source>Find passages coded with one code and/or/not/near others, by coder, speaker or attribute; save queries by name</source>
        <translation>Trouver les passages codés avec un code et/ou/sauf/près d'autres, par codeur, locuteur ou attribut ; enregistrer les requêtes sous un nom</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>Codage &amp;automatique…</translation>
    </message>
    <message>
        <source>Code every place a text occurs, or every turn of a speaker, after a preview where each passage can be unticked</source>
        <translation>Coder chaque occurrence d'un texte, ou chaque tour de parole d'un locuteur, après un aperçu où chaque passage peut être décoché</translation>
    </message>
    <message>
        <source>Find &amp;similar passages</source>
        <translation>Trouver des passages &amp;similaires</translation>
    </message>
    <message>
        <source>Suggest passages like the selected text, or like the current code's segments (nothing is coded until you accept one)</source>
        <translation>Proposer des passages semblables au texte sélectionné ou aux segments du code courant (rien n'est codé tant que vous n'en acceptez pas un)</translation>
    </message>
    <message>
        <source>&amp;Similar passages…</source>
        <translation>Passages &amp;similaires…</translation>
    </message>
    <message>
        <source>The model that finds passages by meaning (downloaded once, or a folder you have), and its cache</source>
        <translation>Le modèle qui trouve les passages par leur sens (téléchargé une fois, ou un dossier dont vous disposez) et son cache</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>The language of Accord's menus and windows, from its next start</source>
        <translation>La langue des menus et des fenêtres d'Accord, à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texte à sa taille normale</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>A short guide: coding, comparing coders, reports</source>
        <translation>Un guide succinct : codage, comparaison des codeurs, rapports</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Every shortcut</source>
        <translation>Tous les raccourcis</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>À pr&amp;opos d'Accord</translation>
    </message>
    <message>
        <source>Version and where Accord keeps its files</source>
        <translation>Version et emplacement des fichiers d'Accord</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Which coders to compare: a pair, or all coders (consensus coders left out)</source>
        <translation>Codeurs à comparer : une paire, ou tous les codeurs (consensus exclus)</translation>
    </message>
    <message>
        <source>The figure shown in the cells</source>
        <translation>La valeur affichée dans les cellules</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <source>All %n coders</source>
        <translation>
            <numerusform>%n codeur</numerusform>
            <numerusform>Tous les %n codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two coders with codings.</source>
        <translation>L'accord nécessite au moins deux codeurs ayant des codages.</translation>
    </message>
    <message>
        <source>Import another coder's work (File ▸ Merge coders' projects) or code as a second coder.</source>
        <translation>Importez le travail d'un autre codeur (Fichier ▸ Fusionner les projets des codeurs) ou codez en tant que second codeur.</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders (%1)</source>
        <translation>
            <numerusform>%n codeur (%1)</numerusform>
            <numerusform>tous les %n codeurs (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>overall %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 global : &lt;b&gt;%2&lt;/b&gt;</translation>
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
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>whitespace trimmed</source>
        <translation>espaces retirés</translation>
    </message>
    <message>
        <source>codings as stored</source>
        <translation>codages tels qu'enregistrés</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</source>
        <translation>&lt;i&gt;non défini&lt;/i&gt; &lt;span style='color:gray'&gt;(%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once:</source>
        <translation>Code attribué à chaque passage, tous codes confondus :</translation>
    </message>
</context>
<context>
    <name>AttributeFileHandlers</name>
    <message>
        <source>Exported the attributes to %1</source>
        <translation>Attributs exportés vers %1</translation>
    </message>
</context>
<context>
    <name>AttributeFileMessages</name>
    <message numerus="yes">
        <source>Imported attributes from %1: %n value(s) set on %2 document(s)</source>
        <translation>
            <numerusform>Attributs importés depuis %1 : %n valeur définie sur %2 document(s)</numerusform>
            <numerusform>Attributs importés depuis %1 : %n valeurs définies sur %2 document(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Importer des attributs</translation>
    </message>
    <message>
        <source>Cannot import attributes</source>
        <translation>Impossible d'importer les attributs</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importer des attributs depuis %1</translation>
    </message>
    <message>
        <source>Export attributes</source>
        <translation>Exporter les attributs</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export attributes</source>
        <translation>Impossible d'exporter les attributs</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>&amp;Add attribute…</source>
        <translation>&amp;Ajouter un attribut…</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>Changer le &amp;type…</translation>
    </message>
    <message>
        <source>&amp;Remove attribute…</source>
        <translation>&amp;Supprimer l'attribut…</translation>
    </message>
    <message>
        <source>&amp;Clear cells</source>
        <translation>&amp;Effacer les cellules</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Attributes from a spreadsheet (.csv, .xlsx): a row per document</source>
        <translation>Attributs issus d'un tableur (.csv, .xlsx) : une ligne par document</translation>
    </message>
    <message>
        <source>Every document's attributes to a .csv or .xlsx file</source>
        <translation>Les attributs de chaque document vers un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A row per document, a column per attribute. Type in a cell to set a value; Delete clears it; Ctrl+Z undoes.</source>
        <translation>Une ligne par document, une colonne par attribut. Tapez dans une cellule pour saisir une valeur ; Suppr l'efface ; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation>Attributs — %1</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Name of the new attribute (e.g. age, site):</source>
        <translation>Nom du nouvel attribut (p. ex. âge, site) :</translation>
    </message>
    <message>
        <source>What kind of value is %1?</source>
        <translation>Quel type de valeur est %1 ?</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Ajouter l'attribut %1</translation>
    </message>
    <message>
        <source>What kind of value is %1? (now: %2)</source>
        <translation>Quel type de valeur est %1 ? (actuellement : %2)</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Changer le type</translation>
    </message>
    <message numerus="yes">
        <source>Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer l'attribut %1 de tous les documents (%n valeur) ? Vous pouvez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer l'attribut %1 de tous les documents (%n valeurs) ? Vous pouvez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Supprimer l'attribut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Supprimer l'attribut %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n attribute value(s)</source>
        <translation>
            <numerusform>Effacer %n valeur d'attribut</numerusform>
            <numerusform>Effacer %n valeurs d'attribut</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a text</source>
        <translation>Faire de %1 un texte</translation>
    </message>
    <message>
        <source>Make %1 a number</source>
        <translation>Faire de %1 un nombre</translation>
    </message>
    <message>
        <source>Make %1 a date</source>
        <translation>Faire de %1 une date</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>a number, e.g. 42 or 3.5</source>
        <translation>un nombre, p. ex. 42 ou 3.5</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>une date, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
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
        <translation>Supprimer %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <source>Auto-code</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Every turn of a speaker</source>
        <translation>Chaque tour de parole d'un locuteur</translation>
    </message>
    <message>
        <source>Words to find (case and accents ignored)</source>
        <translation>Mots à rechercher (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>just the words found</source>
        <translation>seulement les mots trouvés</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>la phrase</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>le paragraphe</translation>
    </message>
    <message>
        <source>the speaker turn</source>
        <translation>le tour de parole</translation>
    </message>
    <message>
        <source>Only inside passages already coded with this code (by any coder of role coder), clipped to them</source>
        <translation>Uniquement dans les passages déjà codés avec ce code (par tout codeur ayant le rôle de codeur), en s'y limitant</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Locuteur :</translation>
    </message>
    <message>
        <source>Extend each hit to:</source>
        <translation>Étendre chaque occurrence à :</translation>
    </message>
    <message>
        <source>Only within:</source>
        <translation>Uniquement dans :</translation>
    </message>
    <message>
        <source>With code:</source>
        <translation>Avec le code :</translation>
    </message>
    <message>
        <source>As coder:</source>
        <translation>En tant que codeur :</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) found; the first %1 are listed: narrow the search</source>
        <translation>
            <numerusform>%Ln passage trouvé ; les %1 premiers sont listés : affinez la recherche</numerusform>
            <numerusform>%Ln passages trouvés ; les %1 premiers sont listés : affinez la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Untick the passages not to code.</source>
        <translation>Décochez les passages à ne pas coder.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln passage(s)</source>
        <translation>
            <numerusform>Coder %Ln passage</numerusform>
            <numerusform>Coder %Ln passages</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview to see what would be coded.</source>
        <translation>Affichez l'aperçu pour voir ce qui serait codé.</translation>
    </message>
    <message>
        <source>Auto-code %1</source>
        <translation>Codage automatique : %1</translation>
    </message>
    <message>
        <source>Coded: %1 added, %2 merged with codings already there (Edit ▸ Undo takes it back).</source>
        <translation>Codé : %1 ajoutés, %2 fusionnés avec des codages existants (Édition ▸ Annuler pour revenir en arrière).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>ok</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée : %1</translation>
    </message>
    <message>
        <source>This backup fails SQLite's integrity check; choose another one</source>
        <translation>Cette sauvegarde échoue au contrôle d'intégrité de SQLite ; choisissez-en une autre</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored; choose one marked ok.</source>
        <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée ; choisissez-en une marquée « intacte ».</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <source>Show disagreements</source>
        <translation>Afficher les désaccords</translation>
    </message>
    <message>
        <source>Open the disagreements about this code and document (double-click a cell)</source>
        <translation>Ouvrir les désaccords sur ce code et ce document (double-clic sur une cellule)</translation>
    </message>
    <message>
        <source>&lt;p style='color:gray'&gt;Select a cell to see the figures behind it.&lt;/p&gt;</source>
        <translation>&lt;p style='color:gray'&gt;Sélectionnez une cellule pour voir les chiffres sur lesquels elle repose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Pooled over documents</source>
        <translation>Agrégé sur les documents</translation>
    </message>
    <message>
        <source>&lt;i&gt;not used here&lt;/i&gt;</source>
        <translation>&lt;i&gt;non utilisé ici&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt;</source>
        <translation>&lt;i&gt;indéfini&lt;/i&gt;</translation>
    </message>
    <message>
        <source>95 % interval %1 – %2</source>
        <translation>Intervalle à 95 % : %1 – %2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>A code's own codings (without its sub-codes).</source>
        <translation>Codages propres à chaque code (sans ses sous-codes).</translation>
    </message>
    <message>
        <source>A code's own codings (without its sub-codes), split by coder.</source>
        <translation>Codages propres à chaque code (sans ses sous-codes), par codeur.</translation>
    </message>
    <message>
        <source>How often each code was applied in each document; darker cells mean more codings.</source>
        <translation>Nombre d'applications de chaque code dans chaque document ; plus une cellule est foncée, plus il y a de codages.</translation>
    </message>
    <message>
        <source>In how many places passages coded with both codes overlap.</source>
        <translation>Nombre d'emplacements où des passages codés avec les deux codes se chevauchent.</translation>
    </message>
    <message>
        <source>The charts appear here once the report is built.</source>
        <translation>Les graphiques apparaissent ici une fois le rapport généré.</translation>
    </message>
    <message>
        <source>No codes are in this selection: there is nothing to chart.</source>
        <translation>Cette sélection ne contient aucun code : il n'y a rien à représenter.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection yet: there is nothing to chart.</source>
        <translation>Rien n'a encore été codé dans cette sélection : il n'y a rien à représenter.</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Codages par code et par codeur</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Enregistrer l'image</translation>
    </message>
    <message>
        <source>Save this chart as an SVG image (for print and further editing) or as a PNG image</source>
        <translation>Enregistrer ce graphique en image SVG (pour l'impression et la retouche) ou en image PNG</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>Image SVG…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>%1 Showing %2.</source>
        <translation>%1 Affichage : %2.</translation>
    </message>
    <message>
        <source>No codes are in this selection.</source>
        <translation>Cette sélection ne contient aucun code.</translation>
    </message>
    <message>
        <source>Nothing has been coded in this selection.</source>
        <translation>Rien n'a été codé dans cette sélection.</translation>
    </message>
    <message>
        <source>No documents are in this selection.</source>
        <translation>Cette sélection ne contient aucun document.</translation>
    </message>
    <message>
        <source>Co-occurrence needs at least two codes.</source>
        <translation>La cooccurrence nécessite au moins deux codes.</translation>
    </message>
    <message>
        <source>No two codes overlap in this selection.</source>
        <translation>Aucune paire de codes ne se chevauche dans cette sélection.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Tick every coder</source>
        <translation>Cocher tous les codeurs</translation>
    </message>
    <message>
        <source>Untick every coder</source>
        <translation>Décocher tous les codeurs</translation>
    </message>
    <message>
        <source>Tick every document</source>
        <translation>Cocher tous les documents</translation>
    </message>
    <message>
        <source>Untick every document</source>
        <translation>Décocher tous les documents</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
</context>
<context>
    <name>CodeDialogs</name>
    <message>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
</context>
<context>
    <name>CodeTextsDialog</name>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Exclure :</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>A short summary, shown after the name</source>
        <translation>Un bref résumé, affiché après le nom</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Ce que signifie le code</translation>
    </message>
    <message>
        <source>When to apply it</source>
        <translation>Quand l'appliquer</translation>
    </message>
    <message>
        <source>When not to (and what to use instead)</source>
        <translation>Quand ne pas l'appliquer (et quoi utiliser à la place)</translation>
    </message>
    <message>
        <source>A typical quotation</source>
        <translation>Une citation typique</translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation>Définition de « %1 »</translation>
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
        <translation>Filtrer les codes…</translation>
    </message>
    <message>
        <source>Show only the codes whose name contains this text (the ticks stay as they are)</source>
        <translation>N'afficher que les codes dont le nom contient ce texte (les coches restent inchangées)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>The codes the report covers. A code comes with all of its sub-codes; a half-ticked code is left
out itself (only its ticked sub-codes are in the report).</source>
        <translation>Les codes couverts par le rapport. Un code inclut tous ses sous-codes ; un code partiellement coché est lui-même
exclu (seuls ses sous-codes cochés figurent dans le rapport).</translation>
    </message>
    <message>
        <source>Tick every code</source>
        <translation>Cocher tous les codes</translation>
    </message>
    <message>
        <source>Untick every code</source>
        <translation>Décocher tous les codes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln codage de %1 et de ses sous-codes (tous les codeurs) ; %2 du code lui-même</numerusform>
            <numerusform>%Ln codages de %1 et de ses sous-codes (tous les codeurs) ; %2 du code lui-même</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself</source>
        <translation>
            <numerusform>%Ln codage de %1 et de ses sous-codes (codeurs cochés) ; %2 du code lui-même</numerusform>
            <numerusform>%Ln codages de %1 et de ses sous-codes (codeurs cochés) ; %2 du code lui-même</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 itself is not in the report: only some of its sub-codes are ticked</source>
        <translation>%1 lui-même ne figure pas dans le rapport : seuls certains de ses sous-codes sont cochés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
</context>
<context>
    <name>CodebookFileHandlers</name>
    <message>
        <source>Import codebook</source>
        <translation>Importer une grille de codage</translation>
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.docx);;All files (*)</source>
        <translation>Grilles de codage (*.csv *.xlsx *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import codebook</source>
        <translation>Impossible d'importer la grille de codage</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exporter la grille de codage</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv);;Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export codebook</source>
        <translation>Impossible d'exporter la grille de codage</translation>
    </message>
</context>
<context>
    <name>CodebookFileMessages</name>
    <message numerus="yes">
        <source>Imported %1: %n code(s) added, %2 updated</source>
        <translation>
            <numerusform>%1 importé : %n code ajouté, %2 mis à jour</numerusform>
            <numerusform>%1 importé : %n codes ajoutés, %2 mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to %1</source>
        <translation>
            <numerusform>%n code exporté vers %1</numerusform>
            <numerusform>%n codes exportés vers %1</numerusform>
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
        <translation>Codages</translation>
    </message>
    <message>
        <source>Codings of each code (a collapsed code counts its sub-codes too)</source>
        <translation>Codages de chaque code (un code replié compte aussi ses sous-codes)</translation>
    </message>
    <message>
        <source>Quick key: %1</source>
        <translation>Touche rapide : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s), %1 with sub-codes</source>
        <translation>
            <numerusform>%n codage, %1 avec les sous-codes</numerusform>
            <numerusform>%n codages, %1 avec les sous-codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (shown coders only)</source>
        <translation>%1 (codeurs affichés uniquement)</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Renommer le code « %1 »</translation>
    </message>
    <message>
        <source>Move code “%1” under “%2”</source>
        <translation>Déplacer le code « %1 » sous « %2 »</translation>
    </message>
    <message>
        <source>Move code “%1” to the top level</source>
        <translation>Déplacer le code « %1 » au premier niveau</translation>
    </message>
</context>
<context>
    <name>CodebookPane</name>
    <message>
        <source>Select a code to see its definition</source>
        <translation>Sélectionnez un code pour voir sa définition</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrer les codes…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Coder</translation>
    </message>
    <message>
        <source>Code the selected text with the current code (or double-click the code)</source>
        <translation>Coder le texte sélectionné avec le code actif (ou double-cliquer sur le code)</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Nouveau code « %1 »</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Renommer le code</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Rename code “%1”</source>
        <translation>Renommer le code « %1 »</translation>
    </message>
    <message>
        <source>Change colour of “%1”</source>
        <translation>Changer la couleur de « %1 »</translation>
    </message>
    <message>
        <source>Edit definition of “%1”</source>
        <translation>Modifier la définition de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of “%1” will be recoded as “%2”.</source>
        <translation>
            <numerusform>%n codage de « %1 » sera recodé en « %2 ».</numerusform>
            <numerusform>%n codages de « %1 » seront recodés en « %2 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-code(s) will move under “%1”.</source>
        <translation>
            <numerusform>Son %n sous-code sera déplacé sous « %1 ».</numerusform>
            <numerusform>Ses %n sous-codes seront déplacés sous « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will then be deleted.</source>
        <translation>« %1 » sera ensuite supprimé.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>Fusionner « %1 » dans « %2 » ?</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Fusionner des codes</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-code(s)?</source>
        <translation>
            <numerusform>Supprimer « %1 » et son %n sous-code ?</numerusform>
            <numerusform>Supprimer « %1 » et ses %n sous-codes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n codage sera supprimé avec lui.</numerusform>
            <numerusform>%n codages seront supprimés avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text is coded with it.</source>
        <translation>Aucun texte n'est codé avec ce code.</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Supprimer le code « %1 »</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>Nouveau code…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>New sub-code…</source>
        <translation>Nouveau sous-code…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Changer la couleur…</translation>
    </message>
    <message>
        <source>Edit definition…</source>
        <translation>Modifier la définition…</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Trouver des passages similaires</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Include:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Inclure :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclude:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Exclure :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; “%1”</source>
        <translation>&lt;b&gt;Exemple :&lt;/b&gt; « %1 »</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Pas encore de définition.</translation>
    </message>
    <message>
        <source>Add one…</source>
        <translation>En ajouter une…</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) with sub-codes (%1 directly)</source>
        <translation>
            <numerusform>%n codage avec les sous-codes (%1 directement)</numerusform>
            <numerusform>%n codages avec les sous-codes (%1 directement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the coders shown</source>
        <translation>%1 par les codeurs affichés</translation>
    </message>
</context>
<context>
    <name>CoderChecklist</name>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consensus)</translation>
    </message>
</context>
<context>
    <name>CoderPairPicker</name>
    <message>
        <source>Coder A</source>
        <translation>Codeur A</translation>
    </message>
    <message>
        <source>Coder B</source>
        <translation>Codeur B</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Coder colour</source>
        <translation>Couleur du codeur</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>A &lt;b&gt;consensus&lt;/b&gt; holds the decisions of adjudication, or a reference coding. Agreement and reports compare the coders; a consensus only when you choose it by name.</source>
        <translation>Un &lt;b&gt;consensus&lt;/b&gt; contient les décisions d'arbitrage, ou un codage de référence. L'accord et les rapports comparent les codeurs ; un consensus n'est comparé que si vous le choisissez par son nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Make &amp;consensus</source>
        <translation>Définir comme &amp;consensus</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>The colour the comparison view and reports draw this coder in</source>
        <translation>La couleur de ce codeur dans la vue de comparaison et les rapports</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>No colour chosen: views and reports pick one</source>
        <translation>Aucune couleur choisie : les vues et les rapports en choisissent une</translation>
    </message>
    <message>
        <source>Drawn in %1</source>
        <translation>Affiché en %1</translation>
    </message>
    <message>
        <source>Make &amp;coder</source>
        <translation>Définir comme &amp;codeur</translation>
    </message>
    <message>
        <source>Compare this coder again with the others</source>
        <translation>Comparer à nouveau ce codeur aux autres</translation>
    </message>
    <message>
        <source>Leave it out of "all coders": it holds decisions, not independent coding</source>
        <translation>L'exclure de « tous les codeurs » : il contient des décisions, pas un codage indépendant</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Ajouter un codeur</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Nom du codeur :</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Ajouter le codeur %1</translation>
    </message>
    <message>
        <source>Rename coder</source>
        <translation>Renommer le codeur</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1 :</translation>
    </message>
    <message>
        <source>Rename coder %1</source>
        <translation>Renommer le codeur %1</translation>
    </message>
    <message>
        <source>Make %1 a coder</source>
        <translation>Définir %1 comme codeur</translation>
    </message>
    <message>
        <source>Make %1 a consensus</source>
        <translation>Définir %1 comme consensus</translation>
    </message>
    <message>
        <source>Colour coder %1</source>
        <translation>Changer la couleur du codeur %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete coder %1 and their %n coding(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>Supprimer le codeur %1 et son %n codage ? (Annuler les rétablit.)</numerusform>
            <numerusform>Supprimer le codeur %1 et ses %n codages ? (Annuler les rétablit.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete coder %1? (Undo brings them back.)</source>
        <translation>Supprimer le codeur %1 ? (Annuler le rétablit.)</translation>
    </message>
    <message>
        <source>Delete coder</source>
        <translation>Supprimer le codeur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete coder %1</source>
        <translation>Supprimer le codeur %1</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>The selection is only white space: nothing was coded</source>
        <translation>La sélection ne contient que des espaces : rien n'a été codé</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation>Sélectionnez d'abord du texte, puis choisissez un code</translation>
    </message>
    <message>
        <source>Add a coder first (Project ▸ Coders)</source>
        <translation>Ajoutez d'abord un codeur (Projet ▸ Codeurs)</translation>
    </message>
    <message>
        <source>Apply code %1</source>
        <translation>Appliquer le code %1</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) with %1</source>
        <translation>
            <numerusform>%n caractère codé avec %1</numerusform>
            <numerusform>%n caractères codés avec %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No code has the number %1</source>
        <translation>Aucun code ne porte le numéro %1</translation>
    </message>
    <message>
        <source>Select some text first, then press Ctrl+K</source>
        <translation>Sélectionnez d'abord du texte, puis appuyez sur Ctrl+K</translation>
    </message>
    <message>
        <source>Select the words to use as the code's name</source>
        <translation>Sélectionnez les mots à utiliser comme nom du code</translation>
    </message>
    <message>
        <source>The selection has no words to name a code after</source>
        <translation>La sélection ne contient aucun mot pouvant servir de nom de code</translation>
    </message>
    <message>
        <source>Add a coder first</source>
        <translation>Ajoutez d'abord un codeur</translation>
    </message>
    <message>
        <source>In-vivo code %1</source>
        <translation>Code in vivo %1</translation>
    </message>
    <message>
        <source>Select some text first, then create a code for it</source>
        <translation>Sélectionnez d'abord du texte, puis créez un code pour celui-ci</translation>
    </message>
    <message>
        <source>Code with new code %1</source>
        <translation>Coder avec le nouveau code %1</translation>
    </message>
    <message>
        <source>Click a coding (its stripe) to select it first</source>
        <translation>Cliquez d'abord sur un codage (sa bande) pour le sélectionner</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Retirer le codage</translation>
    </message>
    <message>
        <source>Change code of coding</source>
        <translation>Changer le code du codage</translation>
    </message>
</context>
<context>
    <name>CodingGestures</name>
    <message>
        <source>To code the selection, double-click the code (or press Enter, or Code)</source>
        <translation>Pour coder la sélection, double-cliquez sur le code (ou appuyez sur Entrée, ou sur Coder)</translation>
    </message>
    <message>
        <source>Select some text first, then double-click a code</source>
        <translation>Sélectionnez d'abord du texte, puis double-cliquez sur un code</translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation>Changer de code…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Supprimer le codage</translation>
    </message>
    <message>
        <source>Code with “%1”</source>
        <translation>Coder avec « %1 »</translation>
    </message>
    <message>
        <source>Quick code…</source>
        <translation>Codage rapide…</translation>
    </message>
    <message>
        <source>Code with a new code…</source>
        <translation>Coder avec un nouveau code…</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <source>Find similar passages</source>
        <translation>Trouver des passages similaires</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>CodingMemoDialog</name>
    <message>
        <source>Memo on coding — %1</source>
        <translation>Mémo du codage — %1</translation>
    </message>
    <message>
        <source>In “%1”, coded by %2</source>
        <translation>Dans « %1 », codé par %2</translation>
    </message>
    <message>
        <source>The coded text</source>
        <translation>Le texte codé</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Mémo :</translation>
    </message>
    <message>
        <source>Why this passage was coded so, doubts, ideas…</source>
        <translation>Pourquoi ce passage a été codé ainsi, doutes, idées…</translation>
    </message>
    <message>
        <source>The memo of this coding (Ctrl+Enter saves)</source>
        <translation>Le mémo de ce codage (Ctrl+Entrée enregistre)</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Enter)</source>
        <translation>Enregistrer le mémo (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>Modifier le mémo du codage</translation>
    </message>
</context>
<context>
    <name>CodingTooltip</name>
    <message numerus="yes">
        <source>Coder: %1 &amp;middot; %2&amp;ndash;%3 (%n character(s))</source>
        <translation>
            <numerusform>Codeur : %1 &amp;middot; %2&amp;ndash;%3 (%n caractère)</numerusform>
            <numerusform>Codeur : %1 &amp;middot; %2&amp;ndash;%3 (%n caractères)</numerusform>
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
        <translation>%1 – %2 provisoire</translation>
    </message>
    <message>
        <source>&lt; %1 unreliable</source>
        <translation>&lt; %1 non fiable</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Intervals are computed for α and κ, not for % agreement.</source>
        <translation>Les intervalles sont calculés pour α et κ, pas pour le pourcentage d'accord.</translation>
    </message>
    <message>
        <source>mean pairwise percent agreement</source>
        <translation>pourcentage d'accord moyen par paire</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in %2.</source>
        <translation>Aucun des codeurs comparés n'a appliqué « %1 » dans %2.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Tous les codes (%1)</translation>
    </message>
    <message>
        <source>No compared coder applied “%1” in any document.</source>
        <translation>Aucun des codeurs comparés n'a appliqué « %1 » dans aucun document.</translation>
    </message>
    <message>
        <source>No compared coder applied any code here.</source>
        <translation>Aucun des codeurs comparés n'a appliqué de code ici.</translation>
    </message>
    <message>
        <source>No interval for the mean over pairs.</source>
        <translation>Pas d'intervalle pour la moyenne sur les paires.</translation>
    </message>
    <message>
        <source>undefined in every resample</source>
        <translation>non défini dans tous les rééchantillons</translation>
    </message>
    <message>
        <source>%1 of %2 resamples defined; P(below %3) = %4, P(below %5) = %6</source>
        <translation>%1 rééchantillons définis sur %2 ; P(sous %3) = %4, P(sous %5) = %6</translation>
    </message>
    <message>
        <source>undefined for every pair of coders</source>
        <translation>non défini pour toutes les paires de codeurs</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>pooled over documents</source>
        <translation>agrégé sur les documents</translation>
    </message>
    <message numerus="yes">
        <source>all %n coders</source>
        <translation>
            <numerusform>%n codeur</numerusform>
            <numerusform>tous les %n codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used here.</source>
        <translation>Non utilisé ici.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;undefined&lt;/b&gt; — %2</source>
        <translation>%1 : &lt;b&gt;non défini&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Prevalence: %1 of the characters coded</source>
        <translation>Prévalence : %1 des caractères codés</translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation>Intervalle à 95 % : %1 – %2</translation>
    </message>
    <message>
        <source>Mean pooled percent agreement</source>
        <translation>Pourcentage d'accord agrégé moyen</translation>
    </message>
    <message>
        <source>Codes either used</source>
        <translation>Codes utilisés par l'un ou l'autre</translation>
    </message>
    <message>
        <source>One-sided codes</source>
        <translation>Codes unilatéraux</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Characters both coded</source>
        <translation>Caractères codés par les deux</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Aucun des deux</translation>
    </message>
    <message>
        <source>Segments matched</source>
        <translation>Segments appariés</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Délimitation</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>Omission</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>Both coded the same code here, over different extents.</source>
        <translation>Les deux ont appliqué le même code ici, sur des étendues différentes.</translation>
    </message>
    <message>
        <source>Only one coder coded this passage with this code.</source>
        <translation>Un seul codeur a codé ce passage avec ce code.</translation>
    </message>
    <message>
        <source>The coders gave overlapping passages different codes.</source>
        <translation>Les codeurs ont attribué des codes différents à des passages qui se chevauchent.</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>Accepter A</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Accepter B</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>Intersection</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Both coded “%1”, over different extents.</source>
        <translation>Les deux ont codé « %1 », sur des étendues différentes.</translation>
    </message>
    <message>
        <source>%1 coded “%2” where %3 coded “%4”.</source>
        <translation>%1 a codé « %2 » là où %3 a codé « %4 ».</translation>
    </message>
    <message>
        <source>Only %1 coded “%2” here; %3 did not.</source>
        <translation>Seul %1 a codé « %2 » ici ; %3 ne l'a pas fait.</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%Ln character(s))</source>
        <translation>
            <numerusform>%1–%2 (%Ln caractère)</numerusform>
            <numerusform>%1–%2 (%Ln caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>α, κ or % agreement by code and document</source>
        <translation>α, κ ou % d'accord par code et par document</translation>
    </message>
    <message>
        <source>Where two coders differ, side by side, and adjudication</source>
        <translation>Les divergences entre deux codeurs, côte à côte, et l'arbitrage</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Trim whitespace at coding ends</source>
        <translation>Retirer les espaces aux extrémités des codages</translation>
    </message>
    <message>
        <source>Move each coding's ends inward past spaces and line breaks before comparing</source>
        <translation>Avant la comparaison, déplacer les extrémités de chaque codage vers l'intérieur, au-delà des espaces et des sauts de ligne</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>No disagreement there: the coders agree on it</source>
        <translation>Aucun désaccord ici : les codeurs sont d'accord</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Compare coders — %1 — Accord</source>
        <translation>Comparer les codeurs — %1 — Accord</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Project damaged</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is damaged&lt;/b&gt;: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 est endommagé&lt;/b&gt; : %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest backup that passes the integrity check is from %1. Restore it to go on from there; the damaged file is kept beside it, renamed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La sauvegarde la plus récente qui passe le contrôle d'intégrité date du %1. Restaurez-la pour reprendre à partir de là ; le fichier endommagé est conservé à côté, renommé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None of its backups passes the integrity check. Show them to look, or restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune de ses sauvegardes ne passe le contrôle d'intégrité. Affichez-les pour les examiner, ou restaurez une copie conservée ailleurs avec Restaurer une sauvegarde… sur la page d'accueil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It has no backups. Restore a copy you kept elsewhere with Restore from backup… on the welcome page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n'a aucune sauvegarde. Restaurez une copie conservée ailleurs avec Restaurer une sauvegarde… sur la page d'accueil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Show backups…</source>
        <translation>Afficher les sauvegardes…</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Accept &amp;A</source>
        <translation>Accepter &amp;A</translation>
    </message>
    <message>
        <source>Accept &amp;B</source>
        <translation>Accepter &amp;B</translation>
    </message>
    <message>
        <source>&amp;Union</source>
        <translation>&amp;Union</translation>
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation>&amp;Intersection</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Modifi&amp;er</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>Aucu&amp;n</translation>
    </message>
    <message>
        <source>The code “Edit” gives the passage selected in either text</source>
        <translation>Le code que « Modifier » attribue au passage sélectionné dans l'un ou l'autre texte</translation>
    </message>
    <message>
        <source>The coder the decisions are written to (created if needed)</source>
        <translation>Le codeur auquel les décisions sont attribuées (créé si nécessaire)</translation>
    </message>
    <message>
        <source>Note on this decision (optional, kept with it)</source>
        <translation>Remarque sur cette décision (facultative, conservée avec elle)</translation>
    </message>
    <message>
        <source>Consensus coder</source>
        <translation>Codeur de consensus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Accept &amp;A · %1</source>
        <translation>Accepter &amp;A · %1</translation>
    </message>
    <message>
        <source>Accept &amp;B · %1</source>
        <translation>Accepter &amp;B · %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;The consensus coder must be someone other than %1 and %2.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Le codeur de consensus doit être une autre personne que %1 et %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:%1'&gt;✓ Decided&lt;/b&gt;</source>
        <translation>&lt;b style='color:%1'&gt;✓ Décidé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not decided yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas encore décidé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has here: %2</source>
        <translation>%1 a ici : %2</translation>
    </message>
    <message>
        <source>%1 has nothing here</source>
        <translation>%1 n'a rien ici</translation>
    </message>
    <message>
        <source>Edit would use the passage selected in %1: %2–%3</source>
        <translation>« Modifier » utiliserait le passage sélectionné dans %1 : %2–%3</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Select the consensus passage in either text first, pick its code beside “Edit”, then press Edit.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;Sélectionnez d'abord le passage de consensus dans l'un des deux textes, choisissez son code à côté de « Modifier », puis appuyez sur Modifier.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Give the code chosen beside this button to the passage you selected in either text (Alt+E)</source>
        <translation>Attribuer le code choisi à côté de ce bouton au passage sélectionné dans l'un des deux textes (Alt+E)</translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation>%1 sur %2–%3</translation>
    </message>
    <message>
        <source>%1: the consensus gets %2 (Alt+%3)</source>
        <translation>%1 : le consensus reçoit %2 (Alt+%3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Accord projects (*.accord);;All files (*)</source>
        <translation>Projets Accord (*.accord);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
</context>
<context>
    <name>DisagreementHeading</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous disagreement (K or Alt+Up)</source>
        <translation>Désaccord précédent (K ou Alt+Haut)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next disagreement (J or Alt+Down)</source>
        <translation>Désaccord suivant (J ou Alt+Bas)</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Nothing to show&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:12pt'&gt;&lt;b&gt;Rien à afficher&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>All decided: untick “Hide decided” to see them again.</source>
        <translation>Tout est tranché : décochez « Masquer les cas tranchés » pour les revoir.</translation>
    </message>
    <message>
        <source>These coders do not disagree anywhere.</source>
        <translation>Ces codeurs ne sont en désaccord nulle part.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln caractère en litige</numerusform>
            <numerusform>%Ln caractères en litige</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>No confusions: wherever these coders' spans overlap, they share a code.</source>
        <translation>Aucune confusion : partout où les segments de ces codeurs se chevauchent, ils partagent un code.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
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
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n décidé</numerusform>
            <numerusform>%n décidés</numerusform>
        </translation>
    </message>
    <message>
        <source>all decided</source>
        <translation>tous décidés</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3–%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans %2, %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) in dispute</source>
        <translation>
            <numerusform>%Ln caractère en litige</numerusform>
            <numerusform>%Ln caractères en litige</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ decided&lt;/b&gt;</source>
        <translation>&lt;b&gt;✓ décidé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere: no disagreements.</source>
        <translation>%1 et %2 sont d'accord partout : aucun désaccord.</translation>
    </message>
    <message numerus="yes">
        <source>%n boundary</source>
        <translation>
            <numerusform>%n frontière</numerusform>
            <numerusform>%n frontières</numerusform>
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
            <numerusform>&lt;b&gt;%n désaccord&lt;/b&gt; entre %1 et %2, les plus grands d'abord : %3</numerusform>
            <numerusform>&lt;b&gt;%n désaccords&lt;/b&gt; entre %1 et %2, les plus grands d'abord : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided hidden</source>
        <translation>
            <numerusform>%n décidé masqué</numerusform>
            <numerusform>%n décidés masqués</numerusform>
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
            <numerusform>%Ln caractère en chevauchement</numerusform>
            <numerusform>%Ln caractères en chevauchement</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation>Cliquez pour aller au premier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusions&lt;/b&gt; &lt;span style='color:gray'&gt;— rows: %1's code, columns: %2's code&lt;/span&gt;</source>
        <translation>&lt;b&gt;Confusions&lt;/b&gt; &lt;span style='color:gray'&gt;— lignes : code de %1, colonnes : code de %2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DisagreementsPanel</name>
    <message>
        <source>Group by kind</source>
        <translation>Grouper par type</translation>
    </message>
    <message>
        <source>Boundary, omission and confusion disagreements apart (each largest first)</source>
        <translation>Désaccords de frontière, d'omission et de confusion séparés (les plus grands d'abord dans chaque groupe)</translation>
    </message>
    <message>
        <source>Hide decided</source>
        <translation>Masquer les décidés</translation>
    </message>
    <message>
        <source>Leave out the disagreements already decided</source>
        <translation>Exclure les désaccords déjà décidés</translation>
    </message>
    <message>
        <source>%v of %m decided</source>
        <translation>%v sur %m décidés</translation>
    </message>
    <message>
        <source>Disagreements need two coders.</source>
        <translation>Les désaccords nécessitent deux codeurs.</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Choisissez deux codeurs différents.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 sur %2 décidés</translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation>rien à décider</translation>
    </message>
    <message>
        <source>Pick two coders above; a coder's work comes in with File ▸ Merge coders' projects.</source>
        <translation>Choisissez deux codeurs ci-dessus ; le travail d'un codeur s'intègre via Fichier ▸ Fusionner les projets des codeurs.</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>frontière</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>omission</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusion</translation>
    </message>
    <message>
        <source>Adjudicate %1 (accept %2)</source>
        <translation>Arbitrer %1 (accepter %2)</translation>
    </message>
    <message>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersection</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Adjudicate %1 (%2)</source>
        <translation>Arbitrer %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Resize coding</source>
        <translation>Redimensionner le codage</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>All speakers</source>
        <translation>Tous les locuteurs</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrer les documents…</translation>
    </message>
    <message>
        <source>Show documents whose name or attributes contain this text</source>
        <translation>Afficher les documents dont le nom ou les attributs contiennent ce texte</translation>
    </message>
    <message>
        <source>Show only one speaker's turns in the text</source>
        <translation>N'afficher dans le texte que les tours de parole d'un seul locuteur</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>Mémos…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attributs…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The files to import; select one to preview it</source>
        <translation>Les fichiers à importer ; sélectionnez-en un pour en voir l'aperçu</translation>
    </message>
    <message>
        <source>No files yet.
Click “Add files…” or drop files here.

Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files,
and transcripts with speakers and times (.vtt from Zoom or Teams, .srt).</source>
        <translation>Aucun fichier pour l'instant.
Cliquez sur « Ajouter des fichiers… » ou déposez des fichiers ici.

Accord lit les fichiers .txt, .md, .docx, .pdf, .html, .odt et .rtf,
ainsi que les transcriptions avec locuteurs et horodatages (.vtt de Zoom ou Teams, .srt).</translation>
    </message>
    <message>
        <source>%1
Ticked files are imported</source>
        <translation>%1
Les fichiers cochés sont importés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Lu en %1</translation>
    </message>
    <message>
        <source>A .%1 file carries its own encoding</source>
        <translation>Un fichier .%1 indique son propre encodage</translation>
    </message>
    <message>
        <source>%1: tick it to import it anyway</source>
        <translation>%1 : cochez-le pour l'importer malgré tout</translation>
    </message>
    <message>
        <source>The project already has this text; a ticked file is imported anyway</source>
        <translation>Le projet contient déjà ce texte ; un fichier coché est importé malgré tout</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Unticked: not imported</source>
        <translation>Décoché : non importé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence will be joined</source>
        <translation>
            <numerusform>%Ln ligne coupée en milieu de phrase sera jointe</numerusform>
            <numerusform>%Ln lignes coupées en milieu de phrase seront jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) broken mid-sentence found</source>
        <translation>
            <numerusform>%Ln ligne coupée en milieu de phrase trouvée</numerusform>
            <numerusform>%Ln lignes coupées en milieu de phrase trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln locuteur</numerusform>
            <numerusform>%Ln locuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message numerus="yes">
        <source>imported as '%1', %Ln line(s) joined</source>
        <translation>
            <numerusform>importé sous « %1 », %Ln ligne jointe</numerusform>
            <numerusform>importé sous « %1 », %Ln lignes jointes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>Replace these line breaks with spaces before importing (for text copied from PDFs or web pages).
A document's text never changes once imported, so decide now.</source>
        <translation>Remplacer ces sauts de ligne par des espaces avant l'import (pour du texte copié depuis des PDF ou des pages web).
Le texte d'un document ne change plus une fois importé : décidez maintenant.</translation>
    </message>
    <message>
        <source>The beginning of the text as it will be imported</source>
        <translation>Le début du texte tel qu'il sera importé</translation>
    </message>
    <message>
        <source>Select a file to see the beginning of its text.</source>
        <translation>Sélectionnez un fichier pour voir le début de son texte.</translation>
    </message>
    <message>
        <source>Each line break found in mid-sentence; ⏎ marks where the lines would be joined</source>
        <translation>Chaque saut de ligne trouvé en milieu de phrase ; ⏎ indique où les lignes seraient jointes</translation>
    </message>
    <message>
        <source>Speakers found (untick any that is not one):</source>
        <translation>Locuteurs trouvés (décochez ceux qui n'en sont pas) :</translation>
    </message>
    <message>
        <source>Lines starting with a ticked name open that speaker's turns.
Untick a name that is not a speaker ("By:", "Edition:"): its lines are kept as text.</source>
        <translation>Les lignes commençant par un nom coché ouvrent les tours de parole de ce locuteur.
Décochez un nom qui n'est pas un locuteur (« Par : », « Édition : ») : ses lignes sont conservées comme texte.</translation>
    </message>
    <message>
        <source>Ticked: it will be imported anyway.</source>
        <translation>Coché : il sera importé malgré tout.</translation>
    </message>
    <message>
        <source>Tick it in the list above to import it anyway.</source>
        <translation>Cochez-le dans la liste ci-dessus pour l'importer malgré tout.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Add files to see what will be imported.</source>
        <translation>Ajoutez des fichiers pour voir ce qui sera importé.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Ce fichier ne peut pas être importé :</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s)]</source>
        <translation>
            <numerusform>[… encore %Ln caractère]</numerusform>
            <numerusform>[… encore %Ln caractères]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Join %Ln line(s) broken mid-sentence</source>
        <translation>
            <numerusform>&amp;Joindre %Ln ligne coupée en milieu de phrase</numerusform>
            <numerusform>&amp;Joindre %Ln lignes coupées en milieu de phrase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln locuteur</numerusform>
            <numerusform>%Ln locuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s)</source>
        <translation>
            <numerusform>%Ln tour de parole</numerusform>
            <numerusform>%Ln tours de parole</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript recognised: %1</source>
        <translation>Transcription reconnue : %1</translation>
    </message>
    <message>
        <source>Speakers and times come from the file; each turn is stored as "Name: text" with its times.</source>
        <translation>Les locuteurs et les horodatages proviennent du fichier ; chaque tour de parole est enregistré sous la forme « Nom : texte » avec ses horodatages.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting started with Accord</source>
        <translation>Prise en main d'Accord</translation>
    </message>
    <message>
        <source>The guide could not be read: %s</source>
        <translation>Impossible de lire le guide : %s</translation>
    </message>
</context>
<context>
    <name>HeatWindow</name>
    <message>
        <source>Coders:</source>
        <translation>Codeurs :</translation>
    </message>
</context>
<context>
    <name>ImportCodebookDialog</name>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <source>inclusion</source>
        <translation>critère d'inclusion</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>critère d'exclusion</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importer une grille de codage</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Update conflicting codes (the file's values replace the project's)</source>
        <translation>Mettre à jour les codes en conflit (les valeurs du fichier remplacent celles du projet)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) to add</source>
        <translation>
            <numerusform>%n code à ajouter</numerusform>
            <numerusform>%n codes à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the codebook</source>
        <translation>
            <numerusform>%n déjà dans la grille de codage</numerusform>
            <numerusform>%n déjà dans la grille de codage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Conflicting codes are left as they are unless you tick the box below.</source>
        <translation>Les codes en conflit restent inchangés, sauf si vous cochez la case ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing to import: the codebook already has every code of this file.</source>
        <translation>Rien à importer : la grille de codage contient déjà tous les codes de ce fichier.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>(no definition)</source>
        <translation>(pas de définition)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>diffère par : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 here → %2 in the file</source>
        <translation>%1 ici → %2 dans le fichier</translation>
    </message>
    <message>
        <source>Already in the codebook</source>
        <translation>Déjà dans la grille de codage</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>Importer la grille de codage %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;OpenDocument (*.odt);;Rich text (*.rtf);;Transcripts and subtitles (*.vtt *.srt *.txt);;All files (*)</source>
        <translation>Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;Texte brut (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Pages web (*.html *.htm);;OpenDocument (*.odt);;Texte enrichi (*.rtf);;Transcriptions et sous-titres (*.vtt *.srt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Check what Accord read from each file; nothing is added to the project until you press &lt;b&gt;Import&lt;/b&gt;.</source>
        <translation>Vérifiez ce qu'Accord a lu dans chaque fichier ; rien n'est ajouté au projet tant que vous n'appuyez pas sur &lt;b&gt;Importer&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Choose files to import (Ctrl+O); you can also drop files on this window</source>
        <translation>Choisir les fichiers à importer (Ctrl+O) ; vous pouvez aussi déposer des fichiers sur cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Leave the selected file out of the import (Del)</source>
        <translation>Exclure de l'import le fichier sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Add the files that could be read to the project</source>
        <translation>Ajouter au projet les fichiers qui ont pu être lus</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>Fermer sans importer (Échap)</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Ajouter des fichiers à importer</translation>
    </message>
    <message>
        <source>same text as %1, above</source>
        <translation>même texte que %1, ci-dessus</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 sur %n fichier importé.</numerusform>
            <numerusform>%1 sur %n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n prêt</numerusform>
            <numerusform>%n prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n déjà dans le projet</numerusform>
            <numerusform>%n déjà dans le projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the list</source>
        <translation>
            <numerusform>%n en double dans la liste</numerusform>
            <numerusform>%n en double dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n décoché</numerusform>
            <numerusform>%n décochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importer des attributs depuis %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Documents are named in the column</source>
        <translation>Les documents sont nommés dans la colonne</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match a document.</source>
        <translation>
            <numerusform>%1 sur %n ligne correspond à un document.</numerusform>
            <numerusform>%1 sur %n lignes correspondent à un document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import sets %n value(s) (%1 already as in the file).</source>
        <translation>
            <numerusform>L'import définit %n valeur (%1 déjà identiques au fichier).</numerusform>
            <numerusform>L'import définit %n valeurs (%1 déjà identiques au fichier).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) leave values as they are.</source>
        <translation>
            <numerusform>%n cellule vide laisse les valeurs inchangées.</numerusform>
            <numerusform>%n cellules vides laissent les valeurs inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched documents (%1)</source>
        <translation>Documents associés (%1)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Associé par</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>source file</source>
        <translation>fichier source</translation>
    </message>
    <message>
        <source>Values to set (%1)</source>
        <translation>Valeurs à définir (%1)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Après import</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Attributs (%1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existant</translation>
    </message>
    <message>
        <source>Unmatched rows (%1)</source>
        <translation>Lignes non associées (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Empty cells (%1)</source>
        <translation>Cellules vides (%1)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message>
        <source>not imported: unticked</source>
        <translation>non importé : décoché</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>illisible (%1 : %2)</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>could not be stored (%1: %2)</source>
        <translation>impossible à enregistrer (%1 : %2)</translation>
    </message>
    <message>
        <source>imported as '%1'</source>
        <translation>importé sous « %1 »</translation>
    </message>
    <message>
        <source>not imported: cancelled</source>
        <translation>non importé : annulé</translation>
    </message>
</context>
<context>
    <name>IntervalControls</name>
    <message>
        <source>resamples</source>
        <translation>rééchantillons</translation>
    </message>
    <message>
        <source>Bootstrap resamples of the documents (seeded, so the same every time)</source>
        <translation>Rééchantillons bootstrap des documents (avec graine fixe, donc identiques à chaque fois)</translation>
    </message>
    <message>
        <source>by document</source>
        <translation>par document</translation>
    </message>
    <message>
        <source>by speaker turn</source>
        <translation>par tour de parole</translation>
    </message>
    <message>
        <source>What the bootstrap resamples. Documents are the safe choice; with fewer than 10, speaker turns give more resamples, but turns of one conversation are not independent, so their intervals come out narrower.</source>
        <translation>Ce que le bootstrap rééchantillonne. Les documents sont le choix sûr ; avec moins de 10 documents, les tours de parole donnent plus de rééchantillons, mais les tours d'une même conversation ne sont pas indépendants, si bien que leurs intervalles sont plus étroits.</translation>
    </message>
    <message>
        <source>Compute intervals</source>
        <translation>Calculer les intervalles</translation>
    </message>
    <message>
        <source>Bootstrap 95 % intervals of the pooled figures, resampling documents</source>
        <translation>Intervalles bootstrap à 95 % des valeurs agrégées, par rééchantillonnage des documents</translation>
    </message>
    <message>
        <source>Computing intervals…</source>
        <translation>Calcul des intervalles…</translation>
    </message>
    <message>
        <source>Figures changed: compute the intervals again</source>
        <translation>Les valeurs ont changé : recalculez les intervalles</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Pas d'intervalles : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples of speaker turns · seed %1</source>
        <translation>
            <numerusform>%Ln rééchantillon de tours de parole · graine %1</numerusform>
            <numerusform>%Ln rééchantillons de tours de parole · graine %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples · seed %1</source>
        <translation>
            <numerusform>%Ln rééchantillon · graine %1</numerusform>
            <numerusform>%Ln rééchantillons · graine %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Accord next starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage d'Accord.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l'interface :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Moi seulement</translation>
    </message>
    <message>
        <source>Find in this document (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans ce document (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Retrieved segments</source>
        <translation>Segments extraits</translation>
    </message>
    <message>
        <source>Find in all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <source>Select a code in the codebook first</source>
        <translation>Sélectionnez d'abord un code dans la grille de codage</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Rename document %1</source>
        <translation>Renommer le document %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n coding(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer « %1 » et son %n codage ?
Vous pouvez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer « %1 » et ses %n codages ?
Vous pouvez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation>Supprimer le document %1</translation>
    </message>
    <message>
        <source>Add coder</source>
        <translation>Ajouter un codeur</translation>
    </message>
    <message>
        <source>Coder's name:</source>
        <translation>Nom du codeur :</translation>
    </message>
    <message>
        <source>Add coder %1</source>
        <translation>Ajouter le codeur %1</translation>
    </message>
    <message>
        <source>Apply favourite code 1–9 (in the text)</source>
        <translation>Appliquer le code favori 1–9 (dans le texte)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>desktop bundle</source>
        <translation>application empaquetée</translation>
    </message>
    <message>
        <source>installed from source</source>
        <translation>installé depuis les sources</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sample project and data</source>
        <translation>Projet et données d'exemple</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>none (%1 cannot be written)</source>
        <translation>aucun (impossible d'écrire dans %1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>before an upgrade, next to the project (NAME.before-upgrade-from-vN.….accord)</source>
        <translation>avant une mise à niveau, à côté du projet (NAME.before-upgrade-from-vN.….accord)</translation>
    </message>
    <message>
        <source>Qualitative coding and inter-coder agreement.</source>
        <translation>Codage qualitatif et accord inter-codeurs.</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>À propos d'Accord</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Accord</source>
        <translation>%1 — %2 (lecture seule) — Accord</translation>
    </message>
    <message>
        <source>%1 — %2 — Accord</source>
        <translation>%1 — %2 — Accord</translation>
    </message>
    <message numerus="yes">
        <source>Selection %1–%2 (%n character(s))</source>
        <translation>
            <numerusform>Sélection %1–%2 (%n caractère)</numerusform>
            <numerusform>Sélection %1–%2 (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>Codage en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this document</source>
        <translation>
            <numerusform>%n codage dans ce document</numerusform>
            <numerusform>%n codages dans ce document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <source>% agreement also counts the characters nobody coded, so it runs high; coloured at %1 % and %2 %.</source>
        <translation>Le % d'accord compte aussi les caractères que personne n'a codés, d'où des valeurs élevées ; coloré à %1 % et %2 %.</translation>
    </message>
    <message>
        <source>Thresholds after Krippendorff (2004). Hover a cell for its basis; an undefined figure says why.</source>
        <translation>Seuils selon Krippendorff (2004). Survolez une cellule pour voir sa base de calcul ; une valeur indéfinie en indique la raison.</translation>
    </message>
    <message>
        <source>Prevalence is the mean share of characters the coders coded. Double-click a cell to see its disagreements.</source>
        <translation>La prévalence est la part moyenne des caractères codés par les codeurs. Double-cliquez sur une cellule pour voir ses désaccords.</translation>
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
        <translation>Agrégé</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prévalence</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Pooled over documents (character counts summed)</source>
        <translation>Agrégé sur les documents (nombres de caractères additionnés)</translation>
    </message>
    <message>
        <source>Mean share of the characters the compared coders coded with the code (pooled over documents); low prevalence makes α and κ fragile</source>
        <translation>Part moyenne des caractères codés avec ce code par les codeurs comparés (agrégée sur les documents) ; une faible prévalence rend α et κ instables</translation>
    </message>
    <message>
        <source>Bootstrap 95 % interval of the pooled figure (resampling documents); use “Compute intervals”</source>
        <translation>Intervalle bootstrap à 95 % de la valeur agrégée (rééchantillonnage des documents) ; utilisez « Calculer les intervalles »</translation>
    </message>
    <message>
        <source>%1: the compared coders coded %2 of the characters on average</source>
        <translation>%1 : les codeurs comparés ont codé en moyenne %2 des caractères</translation>
    </message>
    <message>
        <source>Use “Compute intervals” for bootstrap intervals</source>
        <translation>Utilisez « Calculer les intervalles » pour obtenir des intervalles bootstrap</translation>
    </message>
    <message>
        <source>Every code at once: De Vries et al.'s pooled κ (observed and expected agreement averaged over the codes either coder used)</source>
        <translation>Tous les codes à la fois : κ agrégé de De Vries et al. (accords observé et attendu moyennés sur les codes utilisés par l'un ou l'autre codeur)</translation>
    </message>
    <message>
        <source>Every code at once: % agreement averaged over the codes either coder used</source>
        <translation>Tous les codes à la fois : % d'accord moyenné sur les codes utilisés par l'un ou l'autre codeur</translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <source>Code matrix</source>
        <translation>Matrice des codes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Presence (1 or 0)</source>
        <translation>Présence (1 ou 0)</translation>
    </message>
    <message>
        <source>Coverage (% of characters)</source>
        <translation>Couverture (% des caractères)</translation>
    </message>
    <message>
        <source>Words covered</source>
        <translation>Mots couverts</translation>
    </message>
    <message>
        <source>e.g. 30,45,60 (numbers only)</source>
        <translation>p. ex. 30,45,60 (nombres uniquement)</translation>
    </message>
    <message>
        <source>Roll sub-codes into their parents</source>
        <translation>Regrouper les sous-codes dans leur parent</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Exporter l'image…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Cellules :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribut : %1</translation>
    </message>
    <message>
        <source>Bins are numbers separated by commas, e.g. 30,45,60</source>
        <translation>Les classes sont des nombres séparés par des virgules, p. ex. 30,45,60</translation>
    </message>
    <message>
        <source>Click a cell to list its passages.</source>
        <translation>Cliquez sur une cellule pour lister ses passages.</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export the matrix as a picture</source>
        <translation>Exporter la matrice en image</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>today, %1</source>
        <translation>aujourd'hui, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>hier, %1</translation>
    </message>
    <message>
        <source>Untitled memo</source>
        <translation>Mémo sans titre</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>The memos; select one to read or edit it</source>
        <translation>Les mémos ; sélectionnez-en un pour le lire ou le modifier</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>A short title shown in the list of memos</source>
        <translation>Un titre court, affiché dans la liste des mémos</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>The memo; it is saved when you leave the field, choose another memo or close</source>
        <translation>Le mémo ; il est enregistré quand vous quittez le champ, choisissez un autre mémo ou fermez</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Nouveau mémo</translation>
    </message>
    <message>
        <source>Start a new memo (Ctrl+N)</source>
        <translation>Commencer un nouveau mémo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected memo (Del in the list; Undo brings it back)</source>
        <translation>Supprimer le mémo sélectionné (Suppr dans la liste ; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Save and close (Esc)</source>
        <translation>Enregistrer et fermer (Échap)</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>Nouveau mémo</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Supprimer le mémo</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Project memos — %1</source>
        <translation>Mémos du projet — %1</translation>
    </message>
    <message>
        <source>Memos on document “%1”</source>
        <translation>Mémos sur le document « %1 »</translation>
    </message>
    <message>
        <source>Memos on code “%1”</source>
        <translation>Mémos sur le code « %1 »</translation>
    </message>
    <message>
        <source>Memos on the project “%1”</source>
        <translation>Mémos sur le projet « %1 »</translation>
    </message>
    <message>
        <source>Memos on the document “%1”</source>
        <translation>Mémos sur le document « %1 »</translation>
    </message>
    <message>
        <source>Memos on the code “%1”</source>
        <translation>Mémos sur le code « %1 »</translation>
    </message>
    <message>
        <source>Last changed %1; written %2</source>
        <translation>Dernière modification : %1 ; rédigé : %2</translation>
    </message>
    <message>
        <source>Write your memo here…</source>
        <translation>Rédigez votre mémo ici…</translation>
    </message>
    <message>
        <source>No memos yet. Click “New memo” to write one.</source>
        <translation>Aucun mémo pour l'instant. Cliquez sur « Nouveau mémo » pour en rédiger un.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>rédigé : %1</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>modifié : %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>&amp;Grille de codage</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Coding as: </source>
        <translation> Codeur actif : </translation>
    </message>
    <message>
        <source>Who is coding now: new codings are theirs</source>
        <translation>Qui code actuellement : les nouveaux codages lui sont attribués</translation>
    </message>
    <message>
        <source>  Show: </source>
        <translation>  Afficher : </translation>
    </message>
    <message>
        <source>Whose codings the text, the counts and the retrieved segments show</source>
        <translation>Codeurs dont les codages sont affichés dans le texte, les décomptes et les segments extraits</translation>
    </message>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation>Afficher ou masquer le panneau « %1 »</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge code</source>
        <translation>Fusionner le code</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrer les codes…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Percent agreement</source>
        <translation>Pourcentage d'accord</translation>
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
        <translation>Accord positif</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Indice de Jaccard</translation>
    </message>
    <message>
        <source>|uα (binary, 2016)</source>
        <translation>|uα (binaire, 2016)</translation>
    </message>
    <message>
        <source>uα (2004)</source>
        <translation>uα (2004)</translation>
    </message>
    <message>
        <source>Segment agreement</source>
        <translation>Accord sur les segments</translation>
    </message>
    <message>
        <source>Code presence</source>
        <translation>Présence du code</translation>
    </message>
    <message>
        <source>Code frequency</source>
        <translation>Fréquence du code</translation>
    </message>
    <message>
        <source>Pooled κ</source>
        <translation>κ groupé</translation>
    </message>
    <message>
        <source>Pooled percent agreement</source>
        <translation>Pourcentage d'accord groupé</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Mean pairwise κ</source>
        <translation>κ moyen par paires</translation>
    </message>
    <message>
        <source>Mean pairwise pooled κ</source>
        <translation>κ groupé moyen par paires</translation>
    </message>
    <message>
        <source>cuα (codes and gaps)</source>
        <translation>cuα (codes et lacunes)</translation>
    </message>
    <message>
        <source>(c|u)α (where both coded)</source>
        <translation>(c|u)α (là où les deux ont codé)</translation>
    </message>
    <message>
        <source>Character counts</source>
        <translation>Nombres de caractères</translation>
    </message>
    <message>
        <source>For one code and two coders, every character of the text is counted once: a = characters both coders coded with the code, b = only the first coder, c = only the second, d = neither; N = a + b + c + d is the length of the text. Offsets are Unicode code points. A coder's overlapping codings of a code are merged; codes are compared one at a time, so overlapping codings of different codes are no disagreement.</source>
        <translation>Pour un code et deux codeurs, chaque caractère du texte est compté une seule fois : a = caractères codés avec le code par les deux codeurs, b = par le premier codeur seulement, c = par le second seulement, d = par aucun des deux ; N = a + b + c + d est la longueur du texte. Les positions (offsets) sont exprimées en points de code Unicode. Les codages d'un même code qui se chevauchent chez un codeur sont fusionnés ; les codes étant comparés un par un, des codages de codes différents qui se chevauchent ne constituent pas un désaccord.</translation>
    </message>
    <message>
        <source>The share of characters on which the two coders agree, in percent: 100 × (a + d) / N. Because most characters are coded by nobody, it is high even when the coders rarely coded the same passages.</source>
        <translation>Part des caractères sur lesquels les deux codeurs sont d'accord, en pourcentage : 100 × (a + d) / N. Comme la plupart des caractères ne sont codés par personne, elle est élevée même lorsque les codeurs ont rarement codé les mêmes passages.</translation>
    </message>
    <message>
        <source>Agreement corrected for chance, over characters as NVivo's coding comparison computes it: κ = (p_o − p_e) / (1 − p_e), with observed agreement p_o = (a + d) / N and chance agreement p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², from each coder's own share of coded characters. Where neither coder used the code, NVivo prints κ = 1 and 100 % agreement; here percent agreement is 100 but κ is undefined, because with no variation chance agreement is already total (p_e = 1).</source>
        <translation>Accord corrigé du hasard, calculé sur les caractères comme le fait la comparaison de codage de NVivo : κ = (p_o − p_e) / (1 − p_e), avec l'accord observé p_o = (a + d) / N et l'accord dû au hasard p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², obtenu à partir de la part de caractères codés propre à chaque codeur. Lorsqu'aucun des deux codeurs n'a utilisé le code, NVivo affiche κ = 1 et 100 % d'accord ; ici, le pourcentage d'accord vaut 100 mais κ n'est pas défini, car en l'absence de variation l'accord dû au hasard est déjà total (p_e = 1).</translation>
    </message>
    <message>
        <source>Each character is a unit with two values (coded with the code or not): α = 1 − D_o / D_e, observed over expected disagreement from the coincidence matrix of the values the coders gave (nominal). Unlike κ it estimates chance from both coders' values pooled, and corrects for small samples. Where neither coder used the code it is undefined (D_e = 0), not 1 as NVivo's κ would be.</source>
        <translation>Chaque caractère est une unité à deux valeurs (codé avec le code ou non) : α = 1 − D_o / D_e, rapport du désaccord observé au désaccord attendu, calculé à partir de la matrice de coïncidences des valeurs attribuées par les codeurs (données nominales). Contrairement à κ, il estime le hasard à partir des valeurs regroupées des deux codeurs et corrige l'effet des petits échantillons. Lorsqu'aucun des deux codeurs n'a utilisé le code, il n'est pas défini (D_e = 0), et ne vaut pas 1 comme le κ de NVivo.</translation>
    </message>
    <message>
        <source>Agreement on the characters that at least one coder coded: 2a / (2a + b + c) (the Dice coefficient, or F1 of one coder against the other). Between 0 and 1.</source>
        <translation>Accord sur les caractères codés par au moins un codeur : 2a / (2a + b + c) (le coefficient de Dice, ou le F1 d'un codeur par rapport à l'autre). Compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The characters both coded as a share of the characters either coded: a / (a + b + c). Between 0 and 1.</source>
        <translation>Les caractères codés par les deux codeurs, rapportés aux caractères codés par l'un ou l'autre : a / (a + b + c). Compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The text is a continuum that each coder divides into units (the merged codings of the code) and gaps. Observed disagreement is the length that one coder puts in a unit and the other in a gap; expected disagreement comes from all sections of all coders, a unit never pairing with itself, so the coefficient also reflects whether the coders cut the same units. |uα = 1 − observed / expected.</source>
        <translation>Le texte est un continuum que chaque codeur découpe en unités (les codages fusionnés du code) et en lacunes. Le désaccord observé est la longueur qu'un codeur place dans une unité et l'autre dans une lacune ; le désaccord attendu provient de toutes les sections de tous les codeurs, une unité n'étant jamais appariée avec elle-même, de sorte que le coefficient indique aussi si les codeurs ont découpé les mêmes unités. |uα = 1 − observé / attendu.</translation>
    </message>
    <message>
        <source>Krippendorff's earlier unitizing coefficient for one category: the squared differences between the beginnings and the ends of overlapping units of two coders (and the squared length of a unit lying in the other coder's gap), against the differences expected by chance. Pooled over documents, the documents are laid end to end. Undefined where neither coder used the code, or where both coded the whole text (no gap, so nothing varies).</source>
        <translation>Coefficient d'unitisation antérieur de Krippendorff pour une catégorie : les carrés des écarts entre les débuts et entre les fins des unités de deux codeurs qui se chevauchent (ainsi que le carré de la longueur d'une unité située dans une lacune de l'autre codeur), rapportés aux écarts attendus par hasard. Pour le regroupement sur les documents, ceux-ci sont mis bout à bout. Non défini lorsqu'aucun des deux codeurs n'a utilisé le code, ou lorsque les deux ont codé tout le texte (aucune lacune, donc aucune variation).</translation>
    </message>
    <message>
        <source>As MAXQDA computes it: a segment (merged coding) of one coder agrees when the other coder has a segment of the same code in the same document overlapping it by at least the set share (default 90 %) of their joint extent, |s ∩ t| / (max end − min start). Percentage of both coders' segments that agree.</source>
        <translation>Tel que MAXQDA le calcule : un segment (codage fusionné) d'un codeur est concordant lorsque l'autre codeur a, dans le même document, un segment du même code qui le chevauche sur au moins la part fixée (90 % par défaut) de leur étendue commune, |s ∩ t| / (fin max − début min). Pourcentage des segments des deux codeurs qui sont concordants.</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code, as a percentage of the documents in which at least one of them did (MAXQDA's code-existence comparison).</source>
        <translation>Regroupé sur les documents : les documents dans lesquels les deux codeurs ont utilisé le code, en pourcentage des documents dans lesquels au moins l'un d'eux l'a utilisé (comparaison de la présence du code dans MAXQDA).</translation>
    </message>
    <message>
        <source>Pooled over documents: the documents in which both coders used the code equally often (same number of segments), as a percentage of the documents in which at least one of them used it.</source>
        <translation>Regroupé sur les documents : les documents dans lesquels les deux codeurs ont utilisé le code le même nombre de fois (même nombre de segments), en pourcentage des documents dans lesquels au moins l'un d'eux l'a utilisé.</translation>
    </message>
    <message>
        <source>One kappa for all codes of a pair of coders: the mean observed agreement p̄_o and mean chance agreement p̄_e over the codes either coder used, then (p̄_o − p̄_e) / (1 − p̄_e). Unlike the mean of the codes' kappas it stays defined when some codes have no variation.</source>
        <translation>Un seul kappa pour tous les codes d'une paire de codeurs : l'accord observé moyen p̄_o et l'accord moyen dû au hasard p̄_e sur les codes utilisés par au moins l'un des deux codeurs, puis (p̄_o − p̄_e) / (1 − p̄_e). Contrairement à la moyenne des kappas des codes, il reste défini lorsque certains codes ne présentent aucune variation.</translation>
    </message>
    <message>
        <source>Chance-corrected agreement of any number of coders over characters: (P̄ − P̄_e) / (1 − P̄_e), P̄ the mean share of agreeing pairs of coders per character, P̄_e from the overall share of coded characters.</source>
        <translation>Accord corrigé du hasard entre un nombre quelconque de codeurs, sur les caractères : (P̄ − P̄_e) / (1 − P̄_e), où P̄ est la part moyenne de paires de codeurs concordantes par caractère et P̄_e est obtenu à partir de la part globale de caractères codés.</translation>
    </message>
    <message>
        <source>Krippendorff's α (all coders)</source>
        <translation>α de Krippendorff (tous les codeurs)</translation>
    </message>
    <message>
        <source>Nominal α over characters as above, with the values of all compared coders.</source>
        <translation>α nominal sur les caractères, comme ci-dessus, avec les valeurs de tous les codeurs comparés.</translation>
    </message>
    <message>
        <source>The mean of the pairs' Cohen's (or pooled) kappas over the pairs where it is defined.</source>
        <translation>Moyenne des kappas de Cohen (ou groupés) des paires, calculée sur les paires pour lesquelles il est défini.</translation>
    </message>
    <message>
        <source>Agreement on which code each passage gets, all compared codes and all compared coders at once: Krippendorff's unitizing α with every code a value of one variable and the uncoded stretches (gaps) a value of their own. Observed coincidences are the lengths of the intersections of the sections (units and gaps) of different coders; expected ones keep a unit from pairing with itself; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. It falls when coders give a passage different codes and when one codes what another left out; with a single code it equals that code's |uα. Where one coder gave a passage two codes, each is a section of its own.</source>
        <translation>Accord sur le code attribué à chaque passage, pour tous les codes comparés et tous les codeurs comparés à la fois : l'α d'unitisation de Krippendorff, chaque code étant une valeur d'une même variable et les étendues non codées (lacunes) ayant leur propre valeur. Les coïncidences observées sont les longueurs des intersections des sections (unités et lacunes) de codeurs différents ; dans les coïncidences attendues, une unité n'est jamais appariée avec elle-même ; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. Il diminue lorsque des codeurs attribuent des codes différents à un passage et lorsqu'un codeur code ce qu'un autre a laissé de côté ; avec un seul code, il est égal au |uα de ce code. Lorsqu'un codeur a attribué deux codes à un passage, chacun constitue une section distincte.</translation>
    </message>
    <message>
        <source>The same coefficient restricted to the parts that two coders both coded: gaps drop out, so only the choice of code counts, given the units; a unit's self-pairs are those of the part of it that another coder also coded. Undefined where no passage was coded by two coders, or where they only ever used one code there.</source>
        <translation>Le même coefficient, restreint aux parties codées à la fois par deux codeurs : les lacunes disparaissent, de sorte que, les unités étant données, seul compte le choix du code ; les auto-appariements d'une unité sont ceux de sa partie qu'un autre codeur a également codée. Non défini lorsqu'aucun passage n'a été codé par deux codeurs, ou lorsque ceux-ci n'y ont jamais utilisé qu'un seul code.</translation>
    </message>
    <message>
        <source>Bootstrap interval</source>
        <translation>Intervalle bootstrap</translation>
    </message>
    <message>
        <source>Documents are resampled with replacement as many times as asked (seeded); each resample's figures come from its documents' summed counts. With the turn bootstrap (--bootstrap-unit turn), for a study of a few long transcripts, speaker turns take the place of documents (text before the first turn is a piece of its own; a coding across turns is cut at the turn); turns of one conversation are not independent, so such intervals are narrower. ci95 is the 2.5th to 97.5th percentile of the figure over the resamples in which it is defined; p_below_0.800 and p_below_0.667 are the shares of those resamples in which it falls below Krippendorff's thresholds.</source>
        <translation>Les documents sont rééchantillonnés avec remise autant de fois que demandé (avec une graine) ; les valeurs de chaque rééchantillonnage sont calculées à partir des effectifs additionnés de ses documents. Avec le bootstrap par tours de parole (--bootstrap-unit turn), destiné aux études portant sur quelques longues transcriptions, les tours de parole remplacent les documents (le texte qui précède le premier tour forme un élément à part ; un codage qui s'étend sur plusieurs tours est coupé à la limite du tour) ; les tours d'une même conversation n'étant pas indépendants, ces intervalles sont plus étroits. ci95 va du 2.5e au 97.5e percentile de la valeur sur les rééchantillonnages dans lesquels elle est définie ; p_below_0.800 et p_below_0.667 sont les parts de ces rééchantillonnages dans lesquels elle passe sous les seuils de Krippendorff.</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>A figure without a value (no variation at all, an empty text, no segments) is left empty (null in JSON) and the reason is given beside it; it is never reported as 0 or 1. One rule for every coefficient: where the expected disagreement is zero (nobody used the code, or every coder coded all of the text) it is undefined. Percent agreement is 100 where nobody varies.</source>
        <translation>Une valeur qui ne peut être calculée (aucune variation, texte vide, aucun segment) est laissée vide (null en JSON) et la raison est indiquée à côté ; elle n'est jamais rapportée comme 0 ou 1. Une règle unique vaut pour tous les coefficients : lorsque le désaccord attendu est nul (personne n'a utilisé le code, ou chaque codeur a codé la totalité du texte), le coefficient n'est pas défini. Le pourcentage d'accord vaut 100 lorsqu'il n'y a aucune variation.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were accepted one by one by a coder from similar-passage suggestions that Accord computed on the coder's own computer</source>
        <translation>
            <numerusform>%Ln a été accepté un par un par un codeur à partir de suggestions de passages similaires calculées par Accord sur l'ordinateur du codeur</numerusform>
            <numerusform>%Ln ont été acceptés un par un par un codeur à partir de suggestions de passages similaires calculées par Accord sur l'ordinateur du codeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln was/were made by auto-coding (every match of a text search or every turn of a speaker, coded at once at a coder's request)</source>
        <translation>
            <numerusform>%Ln provient du codage automatique (chaque occurrence d'une recherche de texte ou chaque tour de parole d'un locuteur, codés en une fois à la demande d'un codeur)</numerusform>
            <numerusform>%Ln proviennent du codage automatique (chaque occurrence d'une recherche de texte ou chaque tour de parole d'un locuteur, codés en une fois à la demande d'un codeur)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>the other %Ln was/were coded by hand</source>
        <translation>
            <numerusform>l'autre %Ln a été codé à la main</numerusform>
            <numerusform>les %Ln autres ont été codés à la main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln coding(s) compared, %1.</source>
        <translation>
            <numerusform>Sur le %Ln codage comparé, %1.</numerusform>
            <numerusform>Sur les %Ln codages comparés, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Agreement between the coders %1 was assessed on %2 (%3) for %4</source>
        <translation>L'accord entre les codeurs %1 a été évalué sur %2 (%3) pour %4</translation>
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
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
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
            <numerusform>dont %Ln a été utilisé par au moins un codeur</numerusform>
            <numerusform>dont %Ln ont été utilisés par au moins un codeur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with Accord %2.</source>
        <translation>%1, avec Accord %2.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code (after moving the ends of each coding inward past white space); figures pooled over the documents add up the documents' character counts.</source>
        <translation>Chaque code a été comparé séparément, chaque caractère du texte étant traité comme une unité qu'un codeur a codée ou non avec ce code (après avoir déplacé vers l'intérieur les extrémités de chaque codage au-delà des espaces) ; les valeurs regroupées sur les documents additionnent les nombres de caractères des documents.</translation>
    </message>
    <message>
        <source>Each code was compared on its own, treating every character of the text as a unit that a coder either did or did not code with that code; figures pooled over the documents add up the documents' character counts.</source>
        <translation>Chaque code a été comparé séparément, chaque caractère du texte étant traité comme une unité qu'un codeur a codée ou non avec ce code ; les valeurs regroupées sur les documents additionnent les nombres de caractères des documents.</translation>
    </message>
    <message>
        <source>For each code we report percent agreement, Cohen's κ (Cohen, 1960) computed over characters as in NVivo, Krippendorff's α for nominal data over characters (Krippendorff, 2011), and the binary unitizing coefficient |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016; Krippendorff, 2019, §12.6), which also reflects whether the coders cut the same units; we also give uα (2004), Krippendorff's earlier unitizing coefficient (Krippendorff, 2004), and, as MAXQDA does, the percentage of segments matched by a segment of the other coder overlapping it by at least %1 %.</source>
        <translation>Pour chaque code, nous rapportons le pourcentage d'accord, le κ de Cohen (Cohen, 1960) calculé sur les caractères comme dans NVivo, l'α de Krippendorff pour des données nominales sur les caractères (Krippendorff, 2011) et le coefficient binaire d'unitisation |uα (Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016 ; Krippendorff, 2019, §12.6), qui indique aussi si les codeurs ont découpé les mêmes unités ; nous donnons également uα (2004), le coefficient d'unitisation antérieur de Krippendorff (Krippendorff, 2004), et, comme MAXQDA, le pourcentage de segments recouverts à au moins %1 % par un segment de l'autre codeur.</translation>
    </message>
    <message>
        <source>Where no coder used a code, percent agreement is 100 but κ, α and the unitizing coefficients are undefined (there is no variation, so chance agreement is total) and are reported as such; NVivo prints κ = 1 in that case.</source>
        <translation>Lorsqu'aucun codeur n'a utilisé un code, le pourcentage d'accord vaut 100, mais κ, α et les coefficients d'unitisation ne sont pas définis (il n'y a aucune variation, l'accord dû au hasard est donc total) et sont rapportés comme tels ; NVivo affiche κ = 1 dans ce cas.</translation>
    </message>
    <message>
        <source>For all coders together we report Krippendorff's α and Fleiss' κ (Fleiss, 1971).</source>
        <translation>Pour l'ensemble des codeurs, nous rapportons l'α de Krippendorff et le κ de Fleiss (Fleiss, 1971).</translation>
    </message>
    <message>
        <source>Whether the coders gave the same passages the same code was assessed across all codes at once with cuα = %1, which also counts passages one coder left uncoded, and (c|u)α = %2, over the passages both coded (Krippendorff, 2004; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</source>
        <translation>La question de savoir si les codeurs ont attribué le même code aux mêmes passages a été évaluée sur tous les codes à la fois avec cuα = %1, qui compte aussi les passages qu'un codeur a laissés non codés, et (c|u)α = %2, sur les passages codés par les deux (Krippendorff, 2004 ; Krippendorff, Mathet, Bouvry &amp; Widlöcher, 2016).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) of zero length was/were left out.</source>
        <translation>
            <numerusform>%Ln codage de longueur nulle a été écarté.</numerusform>
            <numerusform>%Ln codages de longueur nulle ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (95 % interval %2 to %3)</source>
        <translation>%1 (intervalle à 95 % de %2 à %3)</translation>
    </message>
    <message>
        <source>Pooled κ across the %1 either coder used (De Vries et al., 2008) was %2.</source>
        <translation>Le κ groupé sur les %1 utilisés par au moins l'un des codeurs (De Vries et al., 2008) était de %2.</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined: %1.</source>
        <translation>Le κ groupé (De Vries et al., 2008) n'était pas défini : %1.</translation>
    </message>
    <message>
        <source>no code was used</source>
        <translation>aucun code n'a été utilisé</translation>
    </message>
    <message>
        <source>Pooled κ (De Vries et al., 2008) was undefined for every pair of coders.</source>
        <translation>Le κ groupé (De Vries et al., 2008) n'était défini pour aucune paire de codeurs.</translation>
    </message>
    <message>
        <source>Pooled κ across codes (De Vries et al., 2008) ranged over the %1 of coders from %2 for %3 to %4 for %5; its mean was %6.</source>
        <translation>Sur les %1 de codeurs, le κ groupé sur les codes (De Vries et al., 2008) allait de %2 pour %3 à %4 pour %5 ; sa moyenne était de %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln paire</numerusform>
            <numerusform>%Ln paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff's α was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>L'α de Krippendorff était d'au moins %1 pour %2 des %3 ayant un α défini, entre %4 et %1 pour %5 et inférieur à %4 pour %6 ; Krippendorff (2019) recommande de s'appuyer sur les variables avec α ≥ %1 et de ne tirer que des conclusions provisoires de celles situées entre %4 et %1.</translation>
    </message>
    <message>
        <source>Krippendorff's α of all coders was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1.</source>
        <translation>L'α de Krippendorff de l'ensemble des codeurs était d'au moins %1 pour %2 des %3 ayant un α défini, entre %4 et %1 pour %5 et inférieur à %4 pour %6 ; Krippendorff (2019) recommande de s'appuyer sur les variables avec α ≥ %1 et de ne tirer que des conclusions provisoires de celles situées entre %4 et %1.</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln code(s) α was undefined (no variation) and is reported as such, not as 0 or 1.</source>
        <translation>
            <numerusform>Pour %Ln code, α n'était pas défini (aucune variation) et est rapporté comme tel, et non comme 0 ou 1.</numerusform>
            <numerusform>Pour %Ln codes, α n'était pas défini (aucune variation) et est rapporté comme tel, et non comme 0 ou 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bootstrap intervals were computed.</source>
        <translation>Aucun intervalle bootstrap n'a été calculé.</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the %2 (percentile intervals, seed %3), resampled in place of documents because the study has few of them; turns of one conversation are not independent, so these intervals are narrower than a bootstrap of documents would give</source>
        <translation>%1 rééchantillonnages bootstrap des %2 (intervalles de percentiles, graine %3), rééchantillonnés à la place des documents parce que l'étude en compte peu ; les tours de parole d'une même conversation ne sont pas indépendants, ces intervalles sont donc plus étroits que ceux d'un bootstrap des documents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln tour de parole</numerusform>
            <numerusform>%Ln tours de parole</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of documents (percentile intervals, seed %2); resampling whole documents keeps neighbouring characters together</source>
        <translation>%1 rééchantillonnages bootstrap des documents (intervalles de percentiles, graine %2) ; rééchantillonner des documents entiers garde ensemble les caractères voisins</translation>
    </message>
    <message>
        <source>95 % intervals come from %1, and for κ, α, |uα and the pooled κ we also give the share of resamples in which each fell below %2 and %3, the probability of failing to reach these levels (Hayes &amp; Krippendorff, 2007).</source>
        <translation>Les intervalles à 95 % proviennent de %1 et, pour κ, α, |uα et le κ groupé, nous donnons aussi la part des rééchantillonnages dans lesquels chacun est passé sous %2 et %3, soit la probabilité de ne pas atteindre ces niveaux (Hayes &amp; Krippendorff, 2007).</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>The code's name</source>
        <translation>Le nom du code</translation>
    </message>
    <message>
        <source>What the code means (optional)</source>
        <translation>Ce que signifie le code (facultatif)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Inside:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d'utilisation</translation>
    </message>
    <message>
        <source>%1 is open in another window: %2.

Open it read-only here, or close it in that window first and open it again. If that window's computer is gone for good, delete the lock file %3 first.</source>
        <translation>%1 est ouvert dans une autre fenêtre : %2.

Ouvrez-le ici en lecture seule, ou fermez-le d'abord dans cette fenêtre puis rouvrez-le. Si l'ordinateur de cette fenêtre n'est définitivement plus disponible, supprimez d'abord le fichier de verrou %3.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <source>No backup on opening: %1</source>
        <translation>Pas de sauvegarde à l'ouverture : %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Il n'existe encore aucune sauvegarde de %1.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the project; the current file is kept beside it, renamed.</source>
        <translation>Sauvegardes de %1, les plus récentes en premier. En restaurer une remplace le projet ; le fichier actuel est conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Sauvegarde de %1 restaurée</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Your name (as a coder):</source>
        <translation>Votre nom (en tant que codeur) :</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Cannot build the sample project</source>
        <translation>Impossible de créer le projet d'exemple</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importer un fichier REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA files (*.qdpx *.qdc *.qde);;All files (*)</source>
        <translation>Fichiers REFI-QDA (*.qdpx *.qdc *.qde);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importé : %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Export project as REFI-QDA</source>
        <translation>Exporter le projet au format REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Export codebook as REFI-QDA</source>
        <translation>Exporter la grille de codage au format REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Grilles de codage REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>grille de codage</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Merge coders' projects into this one</source>
        <translation>Fusionner les projets des codeurs dans celui-ci</translation>
    </message>
    <message>
        <source>%1: not merged (%2)</source>
        <translation>%1 : non fusionné (%2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Coder name taken</source>
        <translation>Nom de codeur déjà pris</translation>
    </message>
    <message>
        <source>%1 has a coder “%2” whose codings differ from “%3” in this project.
Name to give them here:</source>
        <translation>%1 contient un codeur « %2 » dont les codages diffèrent de ceux de « %3 » dans ce projet.
Nom à lui donner ici :</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d'enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>Coding query</source>
        <translation>Requête de codage</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>the same characters</source>
        <translation>les mêmes caractères</translation>
    </message>
    <message>
        <source>the same speaker turn</source>
        <translation>le même tour de parole</translation>
    </message>
    <message>
        <source>the same paragraph</source>
        <translation>le même paragraphe</translation>
    </message>
    <message>
        <source>What "and" and "not" look at: the passage's own characters, or the turn or paragraph around it</source>
        <translation>Ce que « et » et « sauf » examinent : les caractères du passage lui-même, ou le tour de parole ou le paragraphe qui l'entoure</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved queries:</source>
        <translation>Requêtes enregistrées :</translation>
    </message>
    <message>
        <source>Passages coded:</source>
        <translation>Passages codés :</translation>
    </message>
    <message>
        <source>And/not look at:</source>
        <translation>Et/sauf examinent :</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codeur :</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Locuteur :</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consensus)</translation>
    </message>
    <message>
        <source>All coders (not consensus)</source>
        <translation>Tous les codeurs (hors consensus)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les locuteurs</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Tous les documents</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, listed in Retrieved segments.</source>
        <translation>
            <numerusform>%n passage trouvé, listé dans Segments extraits.</numerusform>
            <numerusform>%n passages trouvés, listés dans Segments extraits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Requête : %1</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Name of the query:</source>
        <translation>Nom de la requête :</translation>
    </message>
    <message>
        <source>Save query %1</source>
        <translation>Enregistrer la requête %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <source>Not saved: the query does not run (see the message).</source>
        <translation>Non enregistrée : la requête ne s'exécute pas (voir le message).</translation>
    </message>
    <message>
        <source>Delete query</source>
        <translation>Supprimer la requête</translation>
    </message>
    <message>
        <source>Delete the saved query “%1”?</source>
        <translation>Supprimer la requête enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Delete query %1</source>
        <translation>Supprimer la requête %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l'instant)</translation>
    </message>
</context>
<context>
    <name>QuickCodePalette</name>
    <message>
        <source>Create code “%1”</source>
        <translation>Créer le code « %1 »</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>Codage rapide</translation>
    </message>
    <message>
        <source>Type to find a code, or a new name to create one…</source>
        <translation>Tapez pour trouver un code, ou un nouveau nom pour en créer un…</translation>
    </message>
    <message>
        <source>Filter the codes by name. Enter codes the selection with the highlighted code.</source>
        <translation>Filtre les codes par nom. Entrée code la sélection avec le code en surbrillance.</translation>
    </message>
    <message>
        <source>No codes yet: type a name to create the first one.</source>
        <translation>Aucun code pour l'instant : tapez un nom pour créer le premier.</translation>
    </message>
    <message>
        <source>↑ ↓ to move  ·  Enter to choose  ·  Esc to cancel</source>
        <translation>↑ ↓ pour se déplacer  ·  Entrée pour choisir  ·  Échap pour annuler</translation>
    </message>
    <message>
        <source>Add “%1” at the top level of the codebook and code with it</source>
        <translation>Ajouter « %1 » au premier niveau de la grille de codage et coder avec</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Nouveau code « %1 »</translation>
    </message>
    <message>
        <source>Could not create the code “%1”.</source>
        <translation>Impossible de créer le code « %1 ».</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln place(s)</source>
        <translation>
            <numerusform>%1 et %2 : %Ln emplacement</numerusform>
            <numerusform>%1 et %2 : %Ln emplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationsWindow</name>
    <message>
        <source>Code relations</source>
        <translation>Relations entre codes</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>Passages qui se chevauchent</translation>
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation>Même tour de parole</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Même paragraphe</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>À moins de N caractères</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Co-occur when:</source>
        <translation>Cooccurrence si :</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distance :</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Cochez au moins un codeur.</translation>
    </message>
    <message>
        <source>No two codes co-occur with these settings.</source>
        <translation>Aucune cooccurrence de codes avec ces paramètres.</translation>
    </message>
    <message>
        <source>Each number counts places (a passage, turn or paragraph) once. Click a cell to list its places.</source>
        <translation>Chaque nombre compte les emplacements (passage, tour de parole ou paragraphe) une seule fois. Cliquez sur une cellule pour lister ses emplacements.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not used by any compared coder, so left out: %1.</source>
        <translation>Non utilisés par les codeurs comparés, donc écartés : %1.</translation>
    </message>
    <message>
        <source>Used by one coder only: %1.</source>
        <translation>Utilisés par un seul codeur : %1.</translation>
    </message>
    <message>
        <source>A dash marks a coefficient that is undefined (no variation): %1.</source>
        <translation>Un tiret signale un coefficient non défini (aucune variation) : %1.</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Tous les codes (%1)</translation>
    </message>
    <message>
        <source>α 95 % interval</source>
        <translation>Intervalle à 95 % de α</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>undefined (%1)</source>
        <translation>non défini (%1)</translation>
    </message>
    <message>
        <source>Which code each passage gets, all codes at once: %1.</source>
        <translation>Code attribué à chaque passage, tous codes confondus : %1.</translation>
    </message>
    <message>
        <source>The table gives percent agreement, κ and α with its interval for each code; the other figures the methods paragraph names are in the agreement export (accord agreement PROJECT --export OUT.xlsx).</source>
        <translation>Le tableau donne, pour chaque code, le pourcentage d'accord, κ et α avec son intervalle ; les autres valeurs citées dans le paragraphe de méthodes figurent dans l'export de l'accord (accord agreement PROJECT --export OUT.xlsx).</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Codes: %1 and their sub-codes (%2)</source>
        <translation>Codes : %1 et leurs sous-codes (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders: %1 (of %2)</source>
        <translation>Codeurs : %1 (sur %2)</translation>
    </message>
    <message>
        <source>Coders: %1 (consensus left out: %2)</source>
        <translation>Codeurs : %1 (consensus écarté : %2)</translation>
    </message>
    <message>
        <source>Documents: %1 (of %2)</source>
        <translation>Documents : %1 (sur %2)</translation>
    </message>
    <message>
        <source>%1 — codebook report</source>
        <translation>%1 — rapport de la grille de codage</translation>
    </message>
    <message>
        <source>Codebook report</source>
        <translation>Rapport de la grille de codage</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2</source>
        <translation>Généré le %1 avec Accord %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln codeur</numerusform>
            <numerusform>%Ln codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation>Ce rapport est limité à :</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>codes (%1 used)</source>
        <translation>codes (%1 utilisés)</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>codeurs</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Vue d'ensemble de la grille de codage</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Fréquences des codes</translation>
    </message>
    <message>
        <source>showing the %1 most used of %2 codes</source>
        <translation>sont représentés les %1 codes les plus utilisés sur %2</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Codes par locuteur</translation>
    </message>
    <message>
        <source>the %1 most used of %2 codes</source>
        <translation>les %1 codes les plus utilisés sur %2</translation>
    </message>
    <message>
        <source>Codings per code and coder</source>
        <translation>Codages par code et par codeur</translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>Codages par code</translation>
    </message>
    <message>
        <source>the %1 documents with the most codings of %2</source>
        <translation>les %1 documents les plus codés sur %2</translation>
    </message>
    <message>
        <source>the %1 codes with the most overlaps of %2</source>
        <translation>les %1 codes présentant le plus de chevauchements sur %2</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Cooccurrence des codes</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Values of α below %1 are in bold red.</source>
        <translation>Les valeurs de α inférieures à %1 sont en rouge et en gras.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Codes en détail</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Documents codés</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>Aucun codeur.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Mémo sur %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>Aucun code.</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Figure 1. Codages par code, par codeur (codages propres à chaque code, sans ses sous-codes)</translation>
    </message>
    <message>
        <source>Figure 1. Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Figure 1. Codages par code (codages propres à chaque code, sans ses sous-codes)</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>sont représentés %1</translation>
    </message>
    <message>
        <source>Figure 2. Codings per code and document</source>
        <translation>Figure 2. Codages par code et par document</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Rien n'a encore été codé.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Codages par code et par locuteur : un codage compte une fois pour chaque locuteur dont il touche les tours de parole.</translation>
    </message>
    <message>
        <source>Showing the %1 speakers with the most codings of %2 (all are in the CSV/XLSX export).</source>
        <translation>Sont représentés les %1 locuteurs ayant le plus de codages sur %2 (tous figurent dans l'export CSV/XLSX).</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch of text coded with both, counts once.</source>
        <translation>Deux codes sont en cooccurrence là où des passages codés avec l'un et l'autre se chevauchent (codages de l'ensemble des codeurs de ce rapport) ; chaque emplacement, c'est-à-dire chaque portion de texte codée avec les deux, compte une fois.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence</source>
        <translation>Figure %1. Cooccurrence des codes</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>En cooccurrence avec</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… et %Ln autre paire (toutes figurent dans l'export CSV/XLSX).</numerusform>
            <numerusform>… et %Ln autres paires (toutes figurent dans l'export CSV/XLSX).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Aucune paire de codes ne se chevauche.</translation>
    </message>
    <message>
        <source>Showing the %1 codes with the most overlaps of %2.</source>
        <translation>Sont représentés les %1 codes présentant le plus de chevauchements sur %2.</translation>
    </message>
    <message>
        <source>Figure %1. Code co-occurrence (columns: %2).</source>
        <translation>Figure %1. Cooccurrence des codes (colonnes : %2).</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Codeurs comparés : %1 ; unité : %2 ; valeurs agrégées sur l'ensemble des documents.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Codeurs comparés : %1 ; valeurs agrégées sur l'ensemble des documents.</translation>
    </message>
    <message>
        <source>Values of α below %1 are shown in red.</source>
        <translation>Les valeurs de α inférieures à %1 sont en rouge.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 avec ses sous-codes</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>À utiliser lorsque</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Ne pas utiliser</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… et %Ln autre document</numerusform>
            <numerusform>… et %Ln autres documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caractères %1–%2</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>codé par %1</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Mémo :</translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>Pas encore utilisé dans cette sélection.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Pas encore utilisé.</translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · rapport de la grille de codage généré le %2 par Accord %3.</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Codages par code et par document</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %1 documents with the most codings; %Ln more document(s) are in the CSV/XLSX export. The totals count every document.</source>
        <translation>
            <numerusform>Sont représentés les %1 documents les plus codés ; %Ln autre document figure dans l'export CSV/XLSX. Les totaux portent sur tous les documents.</numerusform>
            <numerusform>Sont représentés les %1 documents les plus codés ; %Ln autres documents figurent dans l'export CSV/XLSX. Les totaux portent sur tous les documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>À utiliser lorsque :</translation>
    </message>
    <message>
        <source>Do not use:</source>
        <translation>Ne pas utiliser :</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>By coder:</source>
        <translation>Par codeur :</translation>
    </message>
    <message>
        <source>By document:</source>
        <translation>Par document :</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more document(s)</source>
        <translation>
            <numerusform>et %Ln autre document</numerusform>
            <numerusform>et %Ln autres documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBar</name>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Open the HTML report in your web browser (as a temporary file), e.g. to print it</source>
        <translation>Ouvrir le rapport HTML dans votre navigateur web (en fichier temporaire), p. ex. pour l'imprimer</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded segment,
for your own analysis (CSV: one file per table, in a folder).</source>
        <translation>HTML, Word et Markdown donnent le rapport à lire ; Excel et CSV contiennent ses tableaux, avec chaque segment codé,
pour vos propres analyses (CSV : un fichier par tableau, dans un dossier).</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the report in the chosen format (Ctrl+S)</source>
        <translation>Enregistrer le rapport dans le format choisi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Save tables…</source>
        <translation>Enregistrer les &amp;tableaux…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Codebook report</source>
        <translation>Rapport de la grille de codage</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date, then save.</source>
        <translation>Attendez que l'aperçu soit à jour, puis enregistrez.</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Écriture du rapport %1…</translation>
    </message>
    <message>
        <source>Wait for the preview to be up to date.</source>
        <translation>Attendez que l'aperçu soit à jour.</translation>
    </message>
    <message>
        <source>Preparing the web page…</source>
        <translation>Préparation de la page web…</translation>
    </message>
    <message>
        <source>Saved the chart: %1 · %2</source>
        <translation>Graphique enregistré : %1 · %2</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Untick fewer, or use &lt;b&gt;All&lt;/b&gt; above a list.</source>
        <translation>Décochez moins d'éléments, ou utilisez &lt;b&gt;Tous&lt;/b&gt; au-dessus d'une liste.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>Impossible de générer le rapport.</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Impossible de générer le rapport : %1</translation>
    </message>
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
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
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
            <numerusform>%Ln codeur</numerusform>
            <numerusform>%Ln codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>no agreement section (the agreement engine gave nothing)</source>
        <translation>pas de section sur l'accord (le moteur de calcul de l'accord n'a rien renvoyé)</translation>
    </message>
    <message>
        <source>built in %1 s</source>
        <translation>généré en %1 s</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l'aperçu…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The report could not be saved:
%1</source>
        <translation>Impossible d'enregistrer le rapport :
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1</source>
        <translation>
            <numerusform>%Ln fichier dans %1</numerusform>
            <numerusform>%Ln fichiers dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the %1 report: %2 · %3</source>
        <translation>Rapport %1 enregistré : %2 · %3</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>The web page could not be written:
%1</source>
        <translation>Impossible d'écrire la page web :
%1</translation>
    </message>
    <message>
        <source>Opened the report in your browser (a temporary copy: %1).</source>
        <translation>Rapport ouvert dans votre navigateur (copie temporaire : %1).</translation>
    </message>
    <message>
        <source>No web browser could be started. The report is in the temporary file
%1</source>
        <translation>Aucun navigateur web n'a pu être lancé. Le rapport se trouve dans le fichier temporaire
%1</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>C&amp;oders</source>
        <translation>C&amp;odeurs</translation>
    </message>
    <message>
        <source>Only the codings of the ticked coders are counted and quoted</source>
        <translation>Seuls les codages des codeurs cochés sont comptés et cités</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Only the codings in the ticked documents are counted and quoted</source>
        <translation>Seuls les codages des documents cochés sont comptés et cités</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>How many coded passages to quote under each code (spread over the documents)</source>
        <translation>Nombre de passages codés à citer sous chaque code (répartis entre les documents)</translation>
    </message>
    <message>
        <source>Example &amp;quotes per code:</source>
        <translation>Citations d'e&amp;xemple par code :</translation>
    </message>
    <message>
        <source>The language of the report's headings, methods paragraph and numbers; it need not be the window's</source>
        <translation>Langue des titres, du paragraphe de méthodes et des nombres du rapport ; elle peut différer de celle de la fenêtre</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>&amp;Memos (project, documents, codes, codings)</source>
        <translation>&amp;Mémos (projet, documents, codes, codages)</translation>
    </message>
    <message>
        <source>Print the memos next to what they are about</source>
        <translation>Placer les mémos à côté de ce qu'ils concernent</translation>
    </message>
    <message>
        <source>Inter-coder &amp;agreement</source>
        <translation>&amp;Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Percent agreement, κ and Krippendorff's α per code, for two or more coders</source>
        <translation>Pourcentage d'accord, κ et α de Krippendorff par code, pour deux codeurs ou plus</translation>
    </message>
    <message>
        <source>with 95 % &amp;intervals (bootstrap; slower)</source>
        <translation>avec &amp;intervalles à 95 % (bootstrap ; plus lent)</translation>
    </message>
    <message>
        <source>Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).
On large projects this is most of the time a report takes.</source>
        <translation>Intervalles bootstrap pour α (1 000 rééchantillons des documents ; 200 au-delà de 20 000 codages).
Sur les grands projets, c'est ce qui prend le plus de temps dans un rapport.</translation>
    </message>
    <message>
        <source>%1 (consensus)</source>
        <translation>%1 (consensus)</translation>
    </message>
    <message>
        <source>Decisions of adjudication: reported, and compared, only when ticked</source>
        <translation>Décisions d'arbitrage : rapportées et comparées uniquement si la case est cochée</translation>
    </message>
    <message>
        <source>Codings by %1</source>
        <translation>Codages de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters, %Ln coding(s)</source>
        <translation>
            <numerusform>%1 : %2 caractères, %Ln codage</numerusform>
            <numerusform>%1 : %2 caractères, %Ln codages</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one code to see a report.</source>
        <translation>Cochez au moins un code pour voir un rapport.</translation>
    </message>
    <message>
        <source>Tick at least one coder to see a report.</source>
        <translation>Cochez au moins un codeur pour voir un rapport.</translation>
    </message>
    <message>
        <source>Tick at least one document to see a report.</source>
        <translation>Cochez au moins un document pour voir un rapport.</translation>
    </message>
    <message>
        <source>The agreement section's bootstrap intervals take longest on large projects; untick &lt;i&gt;with 95 % intervals&lt;/i&gt; for a quicker preview.</source>
        <translation>Sur les grands projets, ce sont les intervalles bootstrap de la section sur l'accord qui prennent le plus de temps ; décochez &lt;i&gt;avec intervalles à 95 %&lt;/i&gt; pour un aperçu plus rapide.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Codings per code</source>
        <translation>Codages par code</translation>
    </message>
    <message>
        <source>Codings per code and document</source>
        <translation>Codages par code et par document</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Cooccurrence des codes</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Generated %1 with Accord %2 · %3</source>
        <translation>Généré le %1 avec Accord %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coder(s)</source>
        <translation>
            <numerusform>%Ln codeur</numerusform>
            <numerusform>%Ln codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>CODEBOOK REPORT</source>
        <translation>RAPPORT DE LA GRILLE DE CODAGE</translation>
    </message>
    <message>
        <source>This report is restricted to:</source>
        <translation>Ce rapport est limité à :</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>codes (%1 used)</source>
        <translation>codes (%1 utilisés)</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>codeurs</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Documents coded</source>
        <translation>Documents codés</translation>
    </message>
    <message>
        <source>No coders.</source>
        <translation>Aucun codeur.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Mémo sur %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>Codebook overview</source>
        <translation>Vue d'ensemble de la grille de codage</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>No codes.</source>
        <translation>Aucun code.</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Fréquences des codes</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Rien n'a encore été codé.</translation>
    </message>
    <message>
        <source>Two codes co-occur where passages coded with both overlap (the codings of this report's coders taken together); each place, a stretch coded with both, counts once.</source>
        <translation>Deux codes sont en cooccurrence là où des passages codés avec l'un et l'autre se chevauchent (les codages des codeurs de ce rapport étant pris ensemble) ; chaque emplacement, c'est-à-dire chaque étendue codée avec les deux, compte une fois.</translation>
    </message>
    <message>
        <source>Co-occurs with</source>
        <translation>En cooccurrence avec</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more pair(s) (all of them are in the CSV/XLSX export).</source>
        <translation>
            <numerusform>… et %Ln autre paire (toutes figurent dans l'export CSV/XLSX).</numerusform>
            <numerusform>… et %Ln autres paires (toutes figurent dans l'export CSV/XLSX).</numerusform>
        </translation>
    </message>
    <message>
        <source>No two codes overlap.</source>
        <translation>Aucune paire de codes ne se chevauche.</translation>
    </message>
    <message>
        <source>Codes in detail</source>
        <translation>Codes en détail</translation>
    </message>
    <message>
        <source>The preview shows the first %1 in detail; the saved report has all of them (%2).</source>
        <translation>L'aperçu ne détaille que les premiers (%1) ; le rapport enregistré les contient tous (%2).</translation>
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
            <numerusform>%Ln autre code</numerusform>
            <numerusform>%Ln autres codes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · codebook report generated %2 by Accord %3.</source>
        <translation>%1 · rapport de grille de codage généré le %2 par Accord %3.</translation>
    </message>
    <message>
        <source>Codings per code, by coder (a code's own codings, without its sub-codes)</source>
        <translation>Codages par code, par codeur (codages propres à chaque code, sans ses sous-codes)</translation>
    </message>
    <message>
        <source>Codings per code (a code's own codings, without its sub-codes)</source>
        <translation>Codages par code (codages propres à chaque code, sans ses sous-codes)</translation>
    </message>
    <message>
        <source>Figure %1. %2; showing %3.</source>
        <translation>Figure %1. %2 ; affichage : %3.</translation>
    </message>
    <message>
        <source>Figure %1. %2.</source>
        <translation>Figure %1. %2.</translation>
    </message>
    <message>
        <source>Codings per code and speaker: a coding counts once for each speaker whose turns it touches.</source>
        <translation>Codages par code et par locuteur : un codage compte une fois pour chaque locuteur dont il touche les tours de parole.</translation>
    </message>
    <message>
        <source>Codes by speaker</source>
        <translation>Codes par locuteur</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Coders compared: %1; unit: %2; figures pooled over the documents.</source>
        <translation>Codeurs comparés : %1 ; unité : %2 ; valeurs agrégées sur l'ensemble des documents.</translation>
    </message>
    <message>
        <source>Coders compared: %1; figures pooled over the documents.</source>
        <translation>Codeurs comparés : %1 ; valeurs agrégées sur l'ensemble des documents.</translation>
    </message>
    <message>
        <source>Values of α below %1 are in &lt;span class="low"&gt;red&lt;/span&gt;.</source>
        <translation>Les valeurs de α inférieures à %1 sont en &lt;span class="low"&gt;rouge&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>METHODS</source>
        <translation>MÉTHODES</translation>
    </message>
    <message>
        <source>REFERENCES</source>
        <translation>RÉFÉRENCES</translation>
    </message>
    <message>
        <source>All codes (%1)</source>
        <translation>Tous les codes (%1)</translation>
    </message>
    <message>
        <source>%1 with its sub-codes</source>
        <translation>%1 avec ses sous-codes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>À utiliser lorsque</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Ne pas utiliser</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more document(s)</source>
        <translation>
            <numerusform>… et %Ln autre document</numerusform>
            <numerusform>… et %Ln autres documents</numerusform>
        </translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXEMPLES</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>EXEMPLE</translation>
    </message>
    <message>
        <source>%1 · characters %2–%3 · coded by %4</source>
        <translation>%1 · caractères %2–%3 · codé par %4</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Mémo : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more quote(s) in the saved report.</source>
        <translation>
            <numerusform>… et %Ln autre citation dans le rapport enregistré.</numerusform>
            <numerusform>… et %Ln autres citations dans le rapport enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used yet in this selection.</source>
        <translation>Pas encore utilisé dans cette sélection.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Pas encore utilisé.</translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Web page (.html)</source>
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (a folder)</source>
        <translation>Tableaux CSV (un dossier)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Dossiers (*)</translation>
    </message>
    <message>
        <source>Save the report's tables — name a folder for the CSV files</source>
        <translation>Enregistrer les tableaux du rapport — nommez un dossier pour les fichiers CSV</translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation>Enregistrer le rapport en %1</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tableaux du rapport</translation>
    </message>
    <message>
        <source>codebook report</source>
        <translation>rapport de la grille de codage</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 est un fichier de projet ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation>Enregistrer le graphique en %1</translation>
    </message>
    <message>
        <source>chart %1</source>
        <translation>graphique %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>Impossible d'enregistrer le graphique : %1</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>The report as it will be saved (the web page and Word file look the same, with their own fonts)</source>
        <translation>Le rapport tel qu'il sera enregistré (la page web et le fichier Word ont le même aspect, avec leurs propres polices)</translation>
    </message>
    <message>
        <source>The report's charts; each can be saved as an image</source>
        <translation>Les graphiques du rapport ; chacun peut être enregistré comme image</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Sauvegardes de %1, les plus récentes en premier :</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.
The previous file is kept as %3.</source>
        <translation>%1 restauré à partir de la sauvegarde du %2.
L'ancien fichier est conservé sous le nom %3.</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Choisir un dossier de sauvegardes</translation>
    </message>
    <message>
        <source>Restore which project? Pick the project file (even a damaged one), or a folder of backups if the project file is gone.</source>
        <translation>Quel projet restaurer ? Choisissez le fichier du projet (même endommagé), ou un dossier de sauvegardes si le fichier du projet a disparu.</translation>
    </message>
    <message>
        <source>Pick the project file…</source>
        <translation>Choisir le fichier du projet…</translation>
    </message>
    <message>
        <source>Pick a backup folder…</source>
        <translation>Choisir un dossier de sauvegardes…</translation>
    </message>
    <message>
        <source>There are no backups of %1 (they would be in %2). Pick a backup folder instead, if you have one.</source>
        <translation>Il n'existe aucune sauvegarde de %1 (elles seraient dans %2). Choisissez plutôt un dossier de sauvegardes, si vous en avez un.</translation>
    </message>
    <message>
        <source>%1 holds no Accord backups; they are in the folders under %2. Pick one of those.</source>
        <translation>%1 ne contient aucune sauvegarde Accord ; elles se trouvent dans les dossiers sous %2. Choisissez l'un d'eux.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Sauvegardes dans %1, les plus récentes en premier :</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurer la sauvegarde sous</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restauré</translation>
    </message>
</context>
<context>
    <name>RetrieveDialog</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Texte brut (.txt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Retrieve segments of a code</source>
        <translation>Extraire les segments d'un code</translation>
    </message>
    <message>
        <source>Every passage coded with one code, document by document — to read, quote from or share with someone who does not use Accord.</source>
        <translation>Tous les passages codés avec un code, document par document — pour les lire, les citer ou les partager avec une personne qui n'utilise pas Accord.</translation>
    </message>
    <message>
        <source>The code whose segments to print</source>
        <translation>Le code dont les segments sont à extraire</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Include its &amp;sub-codes</source>
        <translation>Inclure ses &amp;sous-codes</translation>
    </message>
    <message>
        <source>Also print the segments coded with any code below this one</source>
        <translation>Extraire aussi les segments codés avec les codes situés sous celui-ci</translation>
    </message>
    <message>
        <source>Coding &amp;memos</source>
        <translation>&amp;Mémos de codage</translation>
    </message>
    <message>
        <source>Print each segment's memo under it</source>
        <translation>Placer le mémo de chaque segment sous celui-ci</translation>
    </message>
    <message>
        <source>C&amp;oders</source>
        <translation>C&amp;odeurs</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Choose a code to see its segments.</source>
        <translation>Choisissez un code pour voir ses segments.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the segments in the chosen format (Ctrl+S)</source>
        <translation>Enregistrer les segments dans le format choisi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the segments as %1</source>
        <translation>Enregistrer les segments en %1</translation>
    </message>
    <message>
        <source>segments %1</source>
        <translation>segments %1</translation>
    </message>
    <message>
        <source>Save segments</source>
        <translation>Enregistrer les segments</translation>
    </message>
    <message>
        <source>%1 is a project file; choose another name.</source>
        <translation>%1 est un fichier de projet ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Segments coded by %1</source>
        <translation>Segments codés par %1</translation>
    </message>
    <message>
        <source>This code has no sub-codes</source>
        <translation>Ce code n'a pas de sous-codes</translation>
    </message>
    <message>
        <source>The codebook is empty: there is nothing to retrieve.</source>
        <translation>La grille de codage est vide : il n'y a rien à extraire.</translation>
    </message>
    <message>
        <source>Tick at least one coder.</source>
        <translation>Cochez au moins un codeur.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Cochez au moins un document.</translation>
    </message>
    <message>
        <source>Reading the segments…</source>
        <translation>Lecture des segments…</translation>
    </message>
    <message>
        <source>The segments could not be read.</source>
        <translation>Impossible de lire les segments.</translation>
    </message>
    <message numerus="yes">
        <source>[… %Ln more character(s) in the saved file]</source>
        <translation>
            <numerusform>[… encore %Ln caractère dans le fichier enregistré]</numerusform>
            <numerusform>[… encore %Ln caractères dans le fichier enregistré]</numerusform>
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
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1 : %2 dans %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The segments could not be saved:
%1</source>
        <translation>Impossible d'enregistrer les segments :
%1</translation>
    </message>
    <message>
        <source>Saved %1 · &lt;a href="%2"&gt;Show folder&lt;/a&gt;</source>
        <translation>%1 enregistré · &lt;a href="%2"&gt;Afficher le dossier&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find in all documents…</source>
        <translation>Rechercher dans tous les documents…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Code these hits…</source>
        <translation>Coder ces résultats…</translation>
    </message>
    <message>
        <source>Auto-code the places found, after a preview where each can be unticked</source>
        <translation>Coder automatiquement les occurrences trouvées, après un aperçu où chacune peut être décochée</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Résultats : %1</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>Also list segments coded with codes below this one</source>
        <translation>Lister aussi les segments codés avec les codes situés sous celui-ci</translation>
    </message>
    <message>
        <source>List only what this speaker said (the parts of segments in their turns)</source>
        <translation>Ne lister que ce qu'a dit ce locuteur (les parties des segments situées dans ses tours de parole)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les locuteurs</translation>
    </message>
    <message>
        <source>Select a code in the codebook to list its segments</source>
        <translation>Sélectionnez un code dans la grille de codage pour lister ses segments</translation>
    </message>
    <message>
        <source>%1 and its sub-codes</source>
        <translation>%1 et ses sous-codes</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>dit par %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <translation>
            <numerusform>%1 · %n segment</numerusform>
            <numerusform>%1 · %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Mis à jour avec les modifications d'un autre programme</translation>
    </message>
</context>
<context>
    <name>SidePair</name>
    <message>
        <source>Scroll together</source>
        <translation>Défilement synchronisé</translation>
    </message>
    <message>
        <source>Scroll both texts as one (they show the same document)</source>
        <translation>Faire défiler les deux textes ensemble (ils affichent le même document)</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing here&lt;/i&gt; &amp;nbsp;·&amp;nbsp; the passage %1–%2 is selected</source>
        <translation>&lt;i&gt;rien ici&lt;/i&gt; &amp;nbsp;·&amp;nbsp; le passage %1–%2 est sélectionné</translation>
    </message>
</context>
<context>
    <name>SimilarHandlers</name>
    <message>
        <source>Similar passages</source>
        <translation>Passages similaires</translation>
    </message>
    <message>
        <source>Select some text, or a code in the codebook, to find passages like it</source>
        <translation>Sélectionnez du texte, ou un code dans la grille de codage, pour trouver des passages semblables</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Right-click a code or selected text and choose Find similar passages</source>
        <translation>Cliquez avec le bouton droit sur un code ou un texte sélectionné et choisissez Trouver des passages similaires</translation>
    </message>
    <message>
        <source>By shared words</source>
        <translation>Par mots communs</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation>Par sens</translation>
    </message>
    <message>
        <source>How large a suggested passage is</source>
        <translation>Taille d’un passage suggéré</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Like its definition too</source>
        <translation>Comme sa définition aussi</translation>
    </message>
    <message>
        <source>Also find passages like the code's definition and example</source>
        <translation>Trouver aussi des passages comme la définition et l’exemple du code</translation>
    </message>
    <message>
        <source>Accepted passages are coded with this code, as the current coder</source>
        <translation>Les passages acceptés sont codés avec ce code, au nom du codeur actuel</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Accepter (Entrée)</translation>
    </message>
    <message>
        <source>Reject (Delete)</source>
        <translation>Rejeter (Suppr)</translation>
    </message>
    <message>
        <source>Open in text</source>
        <translation>Ouvrir dans le texte</translation>
    </message>
    <message>
        <source>Choose a model first: Settings ▸ Similar passages</source>
        <translation>Choisissez d'abord un modèle : Paramètres ▸ Passages similaires</translation>
    </message>
    <message>
        <source>Code with:</source>
        <translation>Coder avec :</translation>
    </message>
    <message>
        <source>Passages like “%1”</source>
        <translation>Passages semblables à « %1 »</translation>
    </message>
    <message>
        <source>Passages like “%1” (%2's segments)</source>
        <translation>Passages semblables à « %1 » (segments de %2)</translation>
    </message>
    <message>
        <source>finding…</source>
        <translation>recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing similar found</source>
        <translation>aucun passage similaire trouvé</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Correspondance : %1</translation>
    </message>
</context>
<context>
    <name>SimilarSettingsDialog</name>
    <message>
        <source>Similar passages</source>
        <translation>Passages similaires</translation>
    </message>
    <message>
        <source>Accord finds passages like the ones you point at on this computer; nothing is sent anywhere. By shared words it always works. By meaning it needs a model2vec model: download one once, or use the folder of one you already have.</source>
        <translation>Accord recherche, sur cet ordinateur, des passages semblables à ceux que vous désignez ; rien n'est envoyé nulle part. La recherche par mots communs fonctionne toujours. La recherche par sens nécessite un modèle model2vec : téléchargez-en un une fois, ou utilisez le dossier d'un modèle que vous possédez déjà.</translation>
    </message>
    <message>
        <source>Finding passages by meaning needs the optional model2vec package. Install it with: pip install "accord[similar]" — then restart Accord.</source>
        <translation>La recherche de passages par sens nécessite le paquet optionnel model2vec. Installez-le avec : pip install "accord[similar]" — puis redémarrez Accord.</translation>
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation>Utiliser un dossier de modèle…</translation>
    </message>
    <message>
        <source>Index this project's passages now</source>
        <translation>Indexer maintenant les passages du projet</translation>
    </message>
    <message>
        <source>Compute every passage's vector once, so searches by meaning are quick</source>
        <translation>Calculer une fois le vecteur de chaque passage, pour des recherches par sens rapides</translation>
    </message>
    <message>
        <source>Empty the cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Remove the cached vectors from the project; they can be rebuilt</source>
        <translation>Supprimer du projet les vecteurs en cache ; ils peuvent être recalculés</translation>
    </message>
    <message>
        <source>Download a model (once)</source>
        <translation>Télécharger un modèle (une fois)</translation>
    </message>
    <message>
        <source>%1, %2&lt;br&gt;from huggingface.co/%3</source>
        <translation>%1, %2&lt;br&gt;depuis huggingface.co/%3</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation>Modèle utilisé : %1</translation>
    </message>
    <message>
        <source>No model yet: passages are found by shared words.</source>
        <translation>Pas encore de modèle : les passages sont trouvés par mots communs.</translation>
    </message>
    <message>
        <source>Download %1 (%2) from huggingface.co/%3 into %4?</source>
        <translation>Télécharger %1 (%2) depuis huggingface.co/%3 dans %4 ?</translation>
    </message>
    <message>
        <source>Download a model</source>
        <translation>Télécharger un modèle</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>A model2vec model folder</source>
        <translation>Un dossier de modèle model2vec</translation>
    </message>
    <message>
        <source>Use a model folder</source>
        <translation>Utiliser un dossier de modèle</translation>
    </message>
    <message>
        <source>Index passages</source>
        <translation>Indexer les passages</translation>
    </message>
    <message>
        <source>Indexing passages (%1 of %2)</source>
        <translation>Indexation des passages (%1 sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) indexed.</source>
        <translation>
            <numerusform>%Ln passage indexé.</numerusform>
            <numerusform>%Ln passages indexés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Le cache est vide.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>and also coded</source>
        <translation>et aussi codé</translation>
    </message>
    <message>
        <source>or coded</source>
        <translation>ou codé</translation>
    </message>
    <message>
        <source>but not coded</source>
        <translation>mais pas codé</translation>
    </message>
    <message>
        <source>near</source>
        <translation>près de</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>At most this many characters between the two passages</source>
        <translation>Nombre maximal de caractères entre les deux passages</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code interviews and other texts, then see where coders agree.</source>
        <translation>Codez des entretiens et d'autres textes, puis voyez où les codeurs s'accordent.</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>Open an existing .accord file</source>
        <translation>Ouvrir un fichier .accord existant</translation>
    </message>
    <message>
        <source>Four fictional interviews, a codebook, two coders</source>
        <translation>Quatre entretiens fictifs, une grille de codage, deux codeurs</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put back a damaged or lost project from its automatic backups</source>
        <translation>Récupérer un projet endommagé ou perdu à partir de ses sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
</context>
<context>
    <name>_Header</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>_SuggestionsModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
</TS>