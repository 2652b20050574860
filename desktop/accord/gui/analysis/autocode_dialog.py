"""Analyse ▸ Auto-code: find passages by text or speaker, preview them, untick some, code the rest.

The search, extension and `within` rules are core/analysis/autocode.py's. Preview lists
every passage with a tick box (all ticked); "Code N passages" codes the ticked ones for
the chosen coder (by default the window's current coder) as one undoable command. A
change to the search after a preview clears it, so that what is coded is what was shown.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.analysis.autocode import Autocode, apply_autocode, plan_autocode
from ...core.analysis.speakers import speakers_in_order
from ...core.coders import list_coders
from ...core.documents import document_text
from ...core.errors import AccordError
from ..i18n import fill, integer
from .query_rows import CodePicker, code_paths

_PREVIEW_LIMIT = 5000  # rows shown; more would make the table slow, and nobody unticks 5,000 rows


class AutocodeDialog(QDialog):
    def __init__(self, session, parent=None, *, search: str = "", speaker: str | None = None):
        super().__init__(parent)
        self.session = session
        self.passages: list = []
        self.setWindowTitle(self.tr("Auto-code"))
        self.by_text = QRadioButton(self.tr("Text"))
        self.by_speaker = QRadioButton(self.tr("Every turn of a speaker"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_text)
        self.mode.addButton(self.by_speaker)
        self.search = QLineEdit(search, placeholderText=self.tr("Words to find (case and accents ignored)"))
        self.regex = QCheckBox(self.tr("Regular expression"))
        self.whole_word = QCheckBox(self.tr("Whole words only"))
        self.speaker = QComboBox()
        self.extend = QComboBox()
        for key, label in (("hit", self.tr("just the words found")), ("sentence", self.tr("the sentence")),
                           ("paragraph", self.tr("the paragraph")), ("turn", self.tr("the speaker turn"))):
            self.extend.addItem(label, key)
        self.within = QComboBox()
        self.within.setToolTip(self.tr("Only inside passages already coded with this code (by any coder of "
                                       "role coder), clipped to them"))
        self.code = CodePicker(session.db)
        self.coder = QComboBox()
        self._fill_choices(speaker)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Position"), self.tr("Passage")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.apply_button = QPushButton()
        self.close_button = QPushButton(self.tr("Close"))
        self._layout()
        (self.by_speaker if speaker is not None else self.by_text).setChecked(True)
        for signal in (self.search.textChanged, self.regex.toggled, self.whole_word.toggled,
                       self.speaker.currentIndexChanged, self.extend.currentIndexChanged,
                       self.within.currentIndexChanged, self.by_text.toggled):
            signal.connect(self._stale)
        self.by_text.toggled.connect(self._show_mode)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.close)
        self.table.itemChanged.connect(lambda _item: self._count())
        session.closing.connect(self.close)  # its project is going: nothing left to code
        session.changed.connect(self._project_changed)
        self._show_mode()
        self._stale()
        self.resize(760, 560)

    def _layout(self) -> None:
        modes = QHBoxLayout()
        modes.addWidget(self.by_text)
        modes.addWidget(self.by_speaker)
        modes.addStretch(1)
        self.text_row = QWidget()
        text_row = QHBoxLayout(self.text_row)
        text_row.setContentsMargins(0, 0, 0, 0)
        text_row.addWidget(self.search, 1)
        text_row.addWidget(self.whole_word)
        text_row.addWidget(self.regex)
        form = QFormLayout()
        form.addRow(self.tr("Find:"), modes)
        form.addRow(self.tr("Text:"), self.text_row)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Extend each hit to:"), self.extend)
        form.addRow(self.tr("Only within:"), self.within)
        form.addRow(self.tr("With code:"), self.code)
        form.addRow(self.tr("As coder:"), self.coder)
        self.form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _fill_choices(self, speaker: str | None) -> None:
        db = self.session.db
        for name in speakers_in_order(db):
            self.speaker.addItem(name, name)
        if speaker is not None:
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(speaker)))
        self._fill_within()
        for coder in list_coders(db):
            self.coder.addItem(coder.name, coder.id)
        self.coder.setCurrentIndex(max(0, self.coder.findData(self.session.coder_id)))

    def _project_changed(self, changes, _label) -> None:
        """Codes, coders or documents changed (or an undo): refill the choices; a preview may be out of date."""
        if changes.touches("codes"):
            self.code.refill(self.session.db)
            self._fill_within()
        if changes.touches("codes", "codings", "documents") and self.passages:
            self._stale()

    def _fill_within(self) -> None:
        current = self.within.currentData()
        self.within.blockSignals(True)
        self.within.clear()
        self.within.addItem(self.tr("anywhere"), None)
        for path, _depth in code_paths(self.session.db):
            self.within.addItem(path.replace("/", " › "), path)
        self.within.setCurrentIndex(max(0, self.within.findData(current)))
        self.within.blockSignals(False)

    def _show_mode(self) -> None:
        text = self.by_text.isChecked()
        self.form.setRowVisible(self.text_row, text)
        self.form.setRowVisible(self.speaker, not text)
        # A speaker's turns are coded whole: there is nothing to extend.
        self.form.setRowVisible(self.extend, text)

    def spec(self) -> Autocode:
        if self.by_text.isChecked():
            return Autocode(search=self.search.text(), regex=self.regex.isChecked(),
                            whole_word=self.whole_word.isChecked(), extend=self.extend.currentData(),
                            within=self.within.currentData())
        return Autocode(speaker=self.speaker.currentData(), within=self.within.currentData())

    # -- preview and apply ---------------------------------------------------------
    def preview(self) -> list:
        try:
            found = plan_autocode(self.session.db, self.spec())
        except AccordError as problem:
            self._stale()
            self.message.setText(str(problem))
            return []
        self.passages = found[:_PREVIEW_LIMIT]
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.passages))
        texts: dict[int, str] = {}
        for row, passage in enumerate(self.passages):
            document = QTableWidgetItem(passage.document)
            document.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
            document.setCheckState(Qt.Checked)
            self.table.setItem(row, 0, document)
            self.table.setItem(row, 1, QTableWidgetItem(f"{passage.start}–{passage.end}"))
            text = QTableWidgetItem(_in_context(texts, self.session.db, passage))
            text.setToolTip(passage.text[:2000])
            self.table.setItem(row, 2, text)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        if len(found) > len(self.passages):
            found_text = AutocodeDialog.tr(
                "%Ln passage(s) found; the first %1 are listed: narrow the search", "", len(found))
            self.message.setText(fill(found_text, integer(len(self.passages))))
        elif not found:
            self.message.setText(self.tr("Nothing found."))
        else:
            self.message.setText(self.tr("Untick the passages not to code."))
        self._count()
        return self.passages

    def ticked(self) -> list:
        return [p for row, p in enumerate(self.passages) if self.table.item(row, 0).checkState() == Qt.Checked]

    def _count(self) -> None:
        n = len(self.ticked())
        self.apply_button.setText(AutocodeDialog.tr("Code %Ln passage(s)", "", n))
        self.apply_button.setEnabled(n > 0 and self.code.path() != "" and self.coder.currentData() is not None)

    def _stale(self) -> None:
        """The search changed: the preview no longer shows what would be coded."""
        self.passages = []
        self.table.setRowCount(0)
        self.message.setText(self.tr("Preview to see what would be coded."))
        self._count()

    def apply(self):
        passages, code, coder_id = self.ticked(), self.code.path(), self.coder.currentData()
        if not passages:
            return None
        done = self.session.run(fill(self.tr("Auto-code %1"), code.split("/")[-1]), apply_autocode,
                                code, coder_id, passages)
        if done is None:
            return None
        self._stale()
        self.message.setText(fill(self.tr("Coded: %1 added, %2 merged with codings already there (Edit ▸ Undo takes "
                                          "it back)."), integer(done.added), integer(done.merged)))
        return done


_CONTEXT = 40  # characters shown on each side of a passage, so a hit can be judged before it is coded


def _in_context(texts: dict[int, str], db, passage) -> str:
    """"…words before [the passage] words after…" on one line."""
    if passage.document_id not in texts:
        texts[passage.document_id] = document_text(db, passage.document_id)
    text = texts[passage.document_id]
    shown = (text[max(0, passage.start - _CONTEXT):passage.start] + "[" + passage.text + "]"
             + text[passage.end:passage.end + _CONTEXT])
    return "…" + " ".join(shown.split()) + "…"
