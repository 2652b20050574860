"""Every menu and toolbar action, as data: one registry builds the menus, the toolbar and the shortcut list.

`handler` names a method of the main window; `needs` says when the action is
enabled ("always"; "project": a project is open; "writable": one open for writing,
not read-only because another window has it). `GROUP_STARTS` puts separators in
the menus; the View menu also lists the docks (menus.py adds their toggles). The Coding menu's items that act
on selected text or a selected coding are further disabled while there is none
(see coding_gestures.py). A test walks this registry
and triggers every action on the sample project, so none can do nothing.
"""

from dataclasses import dataclass


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
    ActionSpec("new", "&New project…", "new_project", "&File", "Ctrl+N", "Create an empty project file", "always"),
    ActionSpec("open", "&Open project…", "open_project_dialog", "&File", "Ctrl+O", "Open an .accord project", "always"),
    ActionSpec("open_sample", "Open the &sample project", "open_sample", "&File", "", "Open the bundled sample study",
               "always"),
    ActionSpec("import", "&Import documents…", "import_documents", "&File", "Ctrl+Shift+I",
               "Import .txt, .md, .docx, .pdf, .html, .odt or .rtf files, or .vtt and .srt transcripts",
               toolbar=True, needs="writable"),
    ActionSpec("import_refi", "Import REFI-QDA (.qdpx, .qdc)…", "import_refi", "&File", "",
               "Bring in a project or codebook exported by MAXQDA, ATLAS.ti, NVivo, QualCoder or Taguette", needs="writable"),
    ActionSpec("export_qdpx", "Export project as REFI-QDA (.qdpx)…", "export_qdpx", "&File", "",
               "The whole project in the exchange format other QDA tools read"),
    ActionSpec("export_qdc", "Export codebook as REFI-QDA (.qdc)…", "export_qdc", "&File", "",
               "The codebook alone, for another project or tool"),
    ActionSpec("merge", "&Merge coders' projects…", "merge_projects", "&File", "",
               "Bring other coders' copies of this project (their coders, codes and codings) into it", needs="writable"),
    ActionSpec("restore_backup", "Restore from &backup…", "restore_backup", "&File", "",
               "Put back an earlier state of this project from its automatic backups", needs="writable"),
    ActionSpec("save_copy", "Save a &copy as…", "save_copy", "&File", "", "Write a copy of the project to another file"),
    ActionSpec("close", "&Close project", "close_project", "&File", "Ctrl+W", "Close this project"),
    ActionSpec("quit", "&Quit", "close", "&File", "Ctrl+Q", "Quit Accord (all work is already saved)", "always"),
    # Edit
    ActionSpec("undo", "&Undo", "undo", "&Edit", "Ctrl+Z", "Undo the last change", toolbar=True, needs="writable"),
    ActionSpec("redo", "&Redo", "redo", "&Edit", "Ctrl+Shift+Z", "Redo the change just undone", toolbar=True, needs="writable"),
    ActionSpec("find", "&Find in document…", "find_in_document", "&Edit", "Ctrl+F", "Find text in this document"),
    ActionSpec("find_all", "Find in &all documents…", "find_in_all", "&Edit", "Ctrl+Shift+F",
               "Search every document of the project"),
    # Coding
    ActionSpec("quick_code", "&Quick code…", "quick_code", "&Coding", "Ctrl+K",
               "Code the selection with a code picked by typing (or a new one)", toolbar=True, needs="writable"),
    ActionSpec("in_vivo", "&In-vivo code", "in_vivo", "&Coding", "Ctrl+I",
               "Create a code named after the selected words and apply it", needs="writable"),
    ActionSpec("code_with_new_code", "Code with a ne&w code…", "code_with_new_code", "&Coding", "",
               "Create a code (name, where, colour, definition) and code the selection with it", needs="writable"),
    ActionSpec("remove_coding", "&Remove coding", "remove_coding", "&Coding", "Del",
               "Remove the selected coding", needs="writable"),
    ActionSpec("recode", "&Change code of coding…", "recode", "&Coding", "Ctrl+Shift+K",
               "Give the selected coding another code", needs="writable"),
    ActionSpec("coding_memo", "Coding &memo…", "coding_memo", "&Coding", "Ctrl+M", "Edit the selected coding's memo", needs="writable"),
    ActionSpec("new_code", "&New code…", "new_code", "&Coding", "Ctrl+Shift+N",
               "Add a code to the codebook: name, where, colour and definition", needs="writable"),
    ActionSpec("snap", "&Snap selections to whole words", "toggle_snap", "&Coding", "",
               "Extend selections that start or end inside a word", checkable=True),
    ActionSpec("trim", "&Trim white space from selections", "toggle_trim", "&Coding", "",
               "Leave out spaces and line breaks at either end of a selection when coding it", checkable=True),
    ActionSpec("click_to_apply", "One &click on a code applies it", "toggle_click_to_apply", "&Coding", "",
               "Off: a click only shows a code; double-click it, press Enter or use Code to apply it",
               checkable=True),
    # Codebook
    ActionSpec("import_codebook", "&Import codebook…", "import_codebook", "Code&book", "",
               "Add the codes of a codebook kept in Excel, CSV or Word, after a preview of what is new",
               needs="writable"),
    ActionSpec("export_codebook", "&Export codebook…", "export_codebook", "Code&book", "",
               "Write the codebook as an Excel, CSV or Word table that Import codebook reads back"),
    # Project
    ActionSpec("compare", "Compare &coders…", "compare_coders", "&Project", "Ctrl+Shift+C",
               "Agreement statistics, the disagreements between two coders, and adjudication", toolbar=True),
    ActionSpec("report", "Codebook &report…", "report", "&Project", "Ctrl+R",
               "The codebook with counts, quotes, charts and agreement, as HTML, Word, Markdown, CSV or Excel",
               toolbar=True),
    ActionSpec("retrieve", "Retrieve &segments of a code…", "retrieve", "&Project", "",
               "Print every segment of a code (and its sub-codes) as text or Word"),
    ActionSpec("project_memos", "Project &memos…", "project_memos", "&Project", "", "Memos about the whole project"),
    ActionSpec("document_memos", "&Document memos…", "document_memos", "&Project", "", "Memos on the current document"),
    ActionSpec("code_memos", "C&ode memos…", "code_memos", "&Project", "", "Memos on the current code"),
    ActionSpec("attributes", "&Attributes…", "edit_attributes", "&Project", "",
               "Every document's attributes (age, site, …) as a table you can edit; add, type and remove them"),
    ActionSpec("import_attributes", "&Import attributes…", "import_attribute_file", "&Project", "",
               "Attributes from a spreadsheet (.csv, .xlsx): a row per document, a column per attribute",
               needs="writable"),
    ActionSpec("export_attributes", "E&xport attributes…", "export_attribute_file", "&Project", "",
               "Every document's attributes to a .csv or .xlsx file, the shape Import attributes reads"),
    ActionSpec("rename_document", "&Rename document…", "rename_document", "&Project", "",
               "Rename the current document", needs="writable"),
    ActionSpec("delete_document", "De&lete document…", "delete_document", "&Project", "",
               "Delete the current document and its codings", needs="writable"),
    ActionSpec("add_coder", "Add &coder…", "add_coder", "&Project", "", "Add a coder to this project", needs="writable"),
    ActionSpec("coders", "C&oders…", "manage_coders", "&Project", "",
               "Rename or delete coders, and mark a consensus (left out of \"all coders\")", needs="writable"),
    # Analyse
    ActionSpec("matrix", "&Matrix…", "show_matrix", "&Analyse", "",
               "Codes against documents, speakers, coders or an attribute, as counts, presence, coverage or words"),
    ActionSpec("code_relations", "Code &relations…", "show_relations", "&Analyse", "",
               "Codes against codes: in how many places two codes overlap, share a turn or paragraph, or lie near "
               "each other"),
    ActionSpec("coding_query", "Coding &query…", "coding_query", "&Analyse", "",
               "Find passages coded with one code and/or/not/near others, by coder, speaker or attribute; "
               "save queries by name"),
    ActionSpec("autocode", "&Auto-code…", "autocode", "&Analyse", "",
               "Code every place a text occurs, or every turn of a speaker, after a preview where each passage "
               "can be unticked", needs="writable"),
    ActionSpec("find_similar", "Find &similar passages", "find_similar", "&Analyse", "",
               "Suggest passages like the selected text, or like the current code's segments (nothing is coded "
               "until you accept one)"),
    # Settings
    ActionSpec("similar_settings", "&Similar passages…", "similar_settings", "&Settings", "",
               "The model that finds passages by meaning (downloaded once, or a folder you have), and its cache",
               "always"),
    # View
    ActionSpec("zoom_in", "Zoom &in", "zoom_in", "&View", "Ctrl++", "Larger text"),
    ActionSpec("zoom_out", "Zoom &out", "zoom_out", "&View", "Ctrl+-", "Smaller text"),
    ActionSpec("zoom_reset", "&Actual size", "zoom_reset", "&View", "Ctrl+0", "Text at its normal size"),
    # Help
    ActionSpec("getting_started", "&Getting started", "getting_started", "&Help", "",
               "A short guide: coding, comparing coders, reports", "always"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "show_shortcuts", "&Help", "F1", "Every shortcut", "always"),
    ActionSpec("about", "&About Accord", "about", "&Help", "", "Version and where Accord keeps its files", "always"),
)

MENUS = ("&File", "&Edit", "&Coding", "Code&book", "&Project", "&Analyse", "&View", "&Settings", "&Help")

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
