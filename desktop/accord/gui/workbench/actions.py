"""Every menu and toolbar action, as data: one registry builds the menus, the toolbar and the shortcut list.

`handler` names a method of the main window; `needs` says when the action is
enabled ("always"; "project": a project is open; "writable": one open for writing,
not read-only because another window has it). `GROUP_STARTS` puts separators in
the menus; the View menu also lists the docks (menus.py adds their toggles). The Coding menu's items that act
on selected text or a selected coding are further disabled while there is none
(see coding_gestures.py). A test walks this registry
and triggers every action on the sample project, so none can do nothing.
Labels and tips are marked QT_TRANSLATE_NOOP("Actions", …) and menu names "Menus": they stay English
here (the keys code compares, e.g. `menu`) and are translated where shown (menus.py `label`, `tip`).
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    label: str
    handler: str
    menu: str
    shortcut: str = ""
    tip: str = ""
    needs: str = "project"
    toolbar: bool = False
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New project…"), "new_project", "&File", "Ctrl+N",
               QT_TRANSLATE_NOOP("Actions", "Create an empty project file"), "always"),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open project…"), "open_project_dialog", "&File", "Ctrl+O",
               QT_TRANSLATE_NOOP("Actions", "Open an .accord project"), "always"),
    ActionSpec("open_sample", QT_TRANSLATE_NOOP("Actions", "Open the &sample project"), "open_sample", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "Open the bundled sample study"), "always"),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import documents…"),
               "import_documents", "&File", "Ctrl+Shift+I",
               QT_TRANSLATE_NOOP("Actions", "Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and "
                                            ".srt transcripts"), toolbar=True, needs="writable"),
    ActionSpec("import_refi", QT_TRANSLATE_NOOP("Actions", "Import REFI-QDA (.qdpx, .qdc)…"),
               "import_refi", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, "
                                            "QualCoder or Taguette"), needs="writable"),
    ActionSpec("export_qdpx", QT_TRANSLATE_NOOP("Actions", "Export project as REFI-QDA (.qdpx)…"),
               "export_qdpx", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "The whole project in the exchange format other QDA tools read")),
    ActionSpec("export_qdc", QT_TRANSLATE_NOOP("Actions", "Export codebook as REFI-QDA (.qdc)…"),
               "export_qdc", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "The codebook alone, for another project or tool")),
    ActionSpec("merge", QT_TRANSLATE_NOOP("Actions", "&Merge coders' projects…"), "merge_projects", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "Bring other coders' copies of this project (their coders, codes and "
                                            "codings) into it"), needs="writable"),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("Actions", "Restore from &backup…"), "restore_backup", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "Put back an earlier state of this project from its automatic backups"),
               needs="writable"),
    ActionSpec("save_copy", QT_TRANSLATE_NOOP("Actions", "Save a &copy as…"), "save_copy", "&File", "",
               QT_TRANSLATE_NOOP("Actions", "Write a copy of the project to another file")),
    ActionSpec("close", QT_TRANSLATE_NOOP("Actions", "&Close project"), "close_project", "&File", "Ctrl+W",
               QT_TRANSLATE_NOOP("Actions", "Close this project")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "close", "&File", "Ctrl+Q",
               QT_TRANSLATE_NOOP("Actions", "Quit Accord (all work is already saved)"), "always"),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "undo", "&Edit", "Ctrl+Z",
               QT_TRANSLATE_NOOP("Actions", "Undo the last change"), toolbar=True, needs="writable"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "redo", "&Edit", "Ctrl+Shift+Z",
               QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"), toolbar=True, needs="writable"),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find in document…"), "find_in_document", "&Edit", "Ctrl+F",
               QT_TRANSLATE_NOOP("Actions", "Find text in this document")),
    ActionSpec("find_all", QT_TRANSLATE_NOOP("Actions", "Find in &all documents…"),
               "find_in_all", "&Edit", "Ctrl+Shift+F",
               QT_TRANSLATE_NOOP("Actions", "Search every document of the project")),
    # Coding
    ActionSpec("quick_code", QT_TRANSLATE_NOOP("Actions", "&Quick code…"), "quick_code", "&Coding", "Ctrl+K",
               QT_TRANSLATE_NOOP("Actions", "Code the selection with a code picked by typing (or a new one)"),
               toolbar=True, needs="writable"),
    ActionSpec("in_vivo", QT_TRANSLATE_NOOP("Actions", "&In-vivo code"), "in_vivo", "&Coding", "Ctrl+I",
               QT_TRANSLATE_NOOP("Actions", "Create a code named after the selected words and apply it"),
               needs="writable"),
    ActionSpec("code_with_new_code", QT_TRANSLATE_NOOP("Actions", "Code with a ne&w code…"),
               "code_with_new_code", "&Coding", "",
               QT_TRANSLATE_NOOP("Actions", "Create a code (name, where, colour, definition) and code the selection "
                                            "with it"), needs="writable"),
    ActionSpec("remove_coding", QT_TRANSLATE_NOOP("Actions", "&Remove coding"),
               "remove_coding", "&Coding", "Del",  # not text: menu key, shortcut
               QT_TRANSLATE_NOOP("Actions", "Remove the selected coding"), needs="writable"),
    ActionSpec("recode", QT_TRANSLATE_NOOP("Actions", "&Change code of coding…"), "recode", "&Coding", "Ctrl+Shift+K",
               QT_TRANSLATE_NOOP("Actions", "Give the selected coding another code"), needs="writable"),
    ActionSpec("coding_memo", QT_TRANSLATE_NOOP("Actions", "Coding &memo…"), "coding_memo", "&Coding", "Ctrl+M",
               QT_TRANSLATE_NOOP("Actions", "Edit the selected coding's memo"), needs="writable"),
    ActionSpec("new_code", QT_TRANSLATE_NOOP("Actions", "&New code…"), "new_code", "&Coding", "Ctrl+Shift+N",
               QT_TRANSLATE_NOOP("Actions", "Add a code to the codebook: name, where, colour and definition"),
               needs="writable"),
    ActionSpec("snap", QT_TRANSLATE_NOOP("Actions", "&Snap selections to whole words"), "toggle_snap", "&Coding", "",
               QT_TRANSLATE_NOOP("Actions", "Extend selections that start or end inside a word"), checkable=True),
    ActionSpec("trim", QT_TRANSLATE_NOOP("Actions", "&Trim white space from selections"),
               "toggle_trim", "&Coding", "",
               QT_TRANSLATE_NOOP("Actions", "Leave out spaces and line breaks at either end of a selection when "
                                            "coding it"), checkable=True),
    ActionSpec("click_to_apply", QT_TRANSLATE_NOOP("Actions", "One &click on a code applies it"),
               "toggle_click_to_apply", "&Coding", "",
               QT_TRANSLATE_NOOP("Actions", "Off: a click only shows a code; double-click it, press Enter or use "
                                            "Code to apply it"), checkable=True),
    # Codebook
    ActionSpec("import_codebook", QT_TRANSLATE_NOOP("Actions", "&Import codebook…"),
               "import_codebook", "Code&book", "",  # not text: menu key, shortcut
               QT_TRANSLATE_NOOP("Actions", "Add the codes of a codebook kept in Excel, CSV or Word, after a "
                                            "preview of what is new"), needs="writable"),
    ActionSpec("export_codebook", QT_TRANSLATE_NOOP("Actions", "&Export codebook…"),
               "export_codebook", "Code&book", "",  # not text: menu key, shortcut
               QT_TRANSLATE_NOOP("Actions", "Write the codebook as an Excel, CSV or Word table that Import codebook "
                                            "reads back")),
    # Project
    ActionSpec("compare", QT_TRANSLATE_NOOP("Actions", "Compare &coders…"),
               "compare_coders", "&Project", "Ctrl+Shift+C",
               QT_TRANSLATE_NOOP("Actions", "Agreement statistics, the disagreements between two coders, and "
                                            "adjudication"), toolbar=True),
    ActionSpec("report", QT_TRANSLATE_NOOP("Actions", "Codebook &report…"), "report", "&Project", "Ctrl+R",
               QT_TRANSLATE_NOOP("Actions", "The codebook with counts, quotes, charts and agreement, as HTML, Word, "
                                            "Markdown, CSV or Excel"), toolbar=True),
    ActionSpec("retrieve", QT_TRANSLATE_NOOP("Actions", "Retrieve &segments of a code…"), "retrieve", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Print every segment of a code (and its sub-codes) as text or Word")),
    ActionSpec("project_memos", QT_TRANSLATE_NOOP("Actions", "Project &memos…"), "project_memos", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Memos about the whole project")),
    ActionSpec("document_memos", QT_TRANSLATE_NOOP("Actions", "&Document memos…"), "document_memos", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Memos on the current document")),
    ActionSpec("code_memos", QT_TRANSLATE_NOOP("Actions", "C&ode memos…"), "code_memos", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Memos on the current code")),
    ActionSpec("attributes", QT_TRANSLATE_NOOP("Actions", "&Attributes…"), "edit_attributes", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Every document's attributes (age, site, …) as a table you can edit; "
                                            "add, type and remove them")),
    ActionSpec("import_attributes", QT_TRANSLATE_NOOP("Actions", "&Import attributes…"),
               "import_attribute_file", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Attributes from a spreadsheet (.csv, .xlsx): a row per document, a "
                                            "column per attribute"), needs="writable"),
    ActionSpec("export_attributes", QT_TRANSLATE_NOOP("Actions", "E&xport attributes…"),
               "export_attribute_file", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Every document's attributes to a .csv or .xlsx file, the shape Import "
                                            "attributes reads")),
    ActionSpec("rename_document", QT_TRANSLATE_NOOP("Actions", "&Rename document…"),
               "rename_document", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Rename the current document"), needs="writable"),
    ActionSpec("delete_document", QT_TRANSLATE_NOOP("Actions", "De&lete document…"),
               "delete_document", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Delete the current document and its codings"), needs="writable"),
    ActionSpec("add_coder", QT_TRANSLATE_NOOP("Actions", "Add &coder…"), "add_coder", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Add a coder to this project"), needs="writable"),
    ActionSpec("coders", QT_TRANSLATE_NOOP("Actions", "C&oders…"), "manage_coders", "&Project", "",
               QT_TRANSLATE_NOOP("Actions", "Rename or delete coders, and mark a consensus (left out of \"all "
                                            "coders\")"), needs="writable"),
    # Analyse
    ActionSpec("matrix", QT_TRANSLATE_NOOP("Actions", "&Matrix…"), "show_matrix", "&Analyse", "",
               QT_TRANSLATE_NOOP("Actions", "Codes against documents, speakers, coders or an attribute, as counts, "
                                            "presence, coverage or words")),
    ActionSpec("code_relations", QT_TRANSLATE_NOOP("Actions", "Code &relations…"), "show_relations", "&Analyse", "",
               QT_TRANSLATE_NOOP("Actions", "Codes against codes: in how many places two codes overlap, share a "
                                            "turn or paragraph, or lie near each other")),
    ActionSpec("coding_query", QT_TRANSLATE_NOOP("Actions", "Coding &query…"), "coding_query", "&Analyse", "",
               QT_TRANSLATE_NOOP("Actions", "Find passages coded with one code and/or/not/near others, by coder, "
                                            "speaker or attribute; save queries by name")),
    ActionSpec("autocode", QT_TRANSLATE_NOOP("Actions", "&Auto-code…"), "autocode", "&Analyse", "",
               QT_TRANSLATE_NOOP("Actions", "Code every place a text occurs, or every turn of a speaker, after a "
                                            "preview where each passage can be unticked"), needs="writable"),
    ActionSpec("find_similar", QT_TRANSLATE_NOOP("Actions", "Find &similar passages"), "find_similar", "&Analyse", "",
               QT_TRANSLATE_NOOP("Actions", "Suggest passages like the selected text, or like the current code's "
                                            "segments (nothing is coded until you accept one)")),
    # Settings
    ActionSpec("similar_settings", QT_TRANSLATE_NOOP("Actions", "&Similar passages…"),
               "similar_settings", "&Settings", "",
               QT_TRANSLATE_NOOP("Actions", "The model that finds passages by meaning (downloaded once, or a folder "
                                            "you have), and its cache"), "always"),
    ActionSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language…"), "choose_language", "&Settings", "",
               QT_TRANSLATE_NOOP("Actions", "The language of Accord's menus and windows, from its next start"),
               needs="always"),
    # View
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "zoom_in", "&View", "Ctrl++",
               QT_TRANSLATE_NOOP("Actions", "Larger text")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
               "zoom_out", "&View", "Ctrl+-",  # not text: menu key, shortcut
               QT_TRANSLATE_NOOP("Actions", "Smaller text")),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual size"), "zoom_reset", "&View", "Ctrl+0",
               QT_TRANSLATE_NOOP("Actions", "Text at its normal size")),
    # Help
    ActionSpec("getting_started", QT_TRANSLATE_NOOP("Actions", "&Getting started"), "getting_started", "&Help", "",
               QT_TRANSLATE_NOOP("Actions", "A short guide: coding, comparing coders, reports"), "always"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "show_shortcuts", "&Help", "F1",
               QT_TRANSLATE_NOOP("Actions", "Every shortcut"), "always"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Accord"), "about", "&Help", "",
               QT_TRANSLATE_NOOP("Actions", "Version and where Accord keeps its files"), "always"),
)

MENUS = (  # the keys ActionSpec.menu names; menus.py shows them translated
    QT_TRANSLATE_NOOP("Menus", "&File"), QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&Coding"), QT_TRANSLATE_NOOP("Menus", "Code&book"),
    QT_TRANSLATE_NOOP("Menus", "&Project"), QT_TRANSLATE_NOOP("Menus", "&Analyse"),
    QT_TRANSLATE_NOOP("Menus", "&View"), QT_TRANSLATE_NOOP("Menus", "&Settings"), QT_TRANSLATE_NOOP("Menus", "&Help"),
)

# Each of these starts a group of its menu: a separator goes above it (and, in the toolbar, a
# separator goes between actions of different menus).
GROUP_STARTS = frozenset({
    "import", "export_qdpx", "merge", "close",                  # File
    "find",                                                     # Edit
    "remove_coding", "new_code", "snap",                        # Coding
    "project_memos", "attributes", "add_coder",                 # Project
    "find_similar",                                             # Analyse
    "about",                                                    # Help
})
