"""Retrieve segments of a code: every passage coded with one code (and its sub-codes), saved as txt or docx.

    RetrieveDialog(session, code_id=code_id, parent=window).exec()

The GUI side of `accord retrieve`: pick a code, whether its sub-codes count,
which coders and documents; the preview is the plain-text printout itself
(`core.reports.retrieval.render_text`). Reading runs on a worker thread like
the report dialog's (gui.background), so a large project never freezes the window.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.codebook import code_tree
from ...core.coders import list_coders
from ...core.documents import list_documents
from ...core.reports.model import CODER_PALETTE, safe_colour
from ...core.reports.retrieval import Retrieval, render_text, retrieve, write_retrieval
from ..widgets import dialogs, links
from ..codebook.model import swatch_icon
from ..i18n import fill
from .options import CheckList
from ..widgets.background import start_job

RETRIEVAL_CHOICES = (  # labels and filters are shown translated under "RetrieveDialog"
    ("txt", QT_TRANSLATE_NOOP("RetrieveDialog", "Plain text (.txt)"),
     QT_TRANSLATE_NOOP("RetrieveDialog", "Text files (*.txt)"), ".txt"),
    ("docx", QT_TRANSLATE_NOOP("RetrieveDialog", "Word document (.docx)"),
     QT_TRANSLATE_NOOP("RetrieveDialog", "Word documents (*.docx)"), ".docx"),
)
PREVIEW_LIMIT = 200_000  # characters of the printout the preview shows
_ERROR = "#b3261e"


class RetrieveDialog(QDialog):
    """Pick a code and whose codings; preview the printout; save it as txt or docx."""

    retrieved = Signal()      # the preview shows the current choice
    saved = Signal(object)    # the Path written

    def __init__(self, session, parent: QWidget | None = None, *, code_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.retrieval: Retrieval | None = None
        self.error = ""
        self.last_saved: Path | None = None
        self._generation = 0
        self._shown_generation = -1
        self._saving = False

        self.setObjectName("RetrieveDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # `RetrieveDialog(...).exec()` leaves nothing behind
        self.setWindowTitle(self.tr("Retrieve segments of a code"))
        self.setSizeGripEnabled(True)
        self.resize(980, 680)
        self.setMinimumSize(700, 460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Every passage coded with one code, document by document — to read, quote from or "
                               "share with someone who does not use Accord."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        side = QWidget(splitter)
        side.setMinimumWidth(260)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.setSpacing(8)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.code_combo = QComboBox(side)
        self.code_combo.setObjectName("retrieveCode")
        self.code_combo.setToolTip(self.tr("The code whose segments to print"))
        self.code_combo.setMaxVisibleItems(24)
        self.code_combo.setMinimumContentsLength(18)
        self.code_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        code_label = QLabel(self.tr("&Code:"), side)
        code_label.setBuddy(self.code_combo)
        form.addRow(code_label, self.code_combo)
        side_layout.addLayout(form)
        self.subcodes_check = QCheckBox(self.tr("Include its &sub-codes"), side)
        self.subcodes_check.setToolTip(self.tr("Also print the segments coded with any code below this one"))
        self.subcodes_check.setChecked(True)
        self.memos_check = QCheckBox(self.tr("Coding &memos"), side)
        self.memos_check.setToolTip(self.tr("Print each segment's memo under it"))
        side_layout.addWidget(self.subcodes_check)
        side_layout.addWidget(self.memos_check)
        self.coder_list = CheckList(self.tr("C&oders"), "coder", side)
        self.document_list = CheckList(self.tr("&Documents"), "document", side)
        side_layout.addWidget(self.coder_list)
        side_layout.addWidget(self.document_list)
        side_layout.addStretch(1)

        preview_side = QWidget(splitter)
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(6, 0, 0, 0)
        preview_layout.setSpacing(6)
        self.summary = QLabel(preview_side)
        self.summary.setObjectName("retrieveSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.preview = QPlainTextEdit(preview_side)
        self.preview.setObjectName("retrievePreview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setPlaceholderText(self.tr("Choose a code to see its segments."))
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.preview, 1)
        splitter.addWidget(side)
        splitter.addWidget(preview_side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 680])

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(90)
        self.progress.setFixedHeight(max(10, self.fontMetrics().height() // 2 + 4))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("retrieveStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.status.linkActivated.connect(lambda link: links.open_url(QUrl(link)))
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        format_label = QLabel(self.tr("&Format:"), self)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("retrieveFormat")
        for fmt, label, _, _ in RETRIEVAL_CHOICES:
            self.format_combo.addItem(QCoreApplication.translate("RetrieveDialog", label), fmt)
        format_label.setBuddy(self.format_combo)
        bottom.addWidget(format_label)
        bottom.addWidget(self.format_combo)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("saveRetrieval")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the segments in the chosen format (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._start)
        self._busy_timer = QTimer(self)  # quick reads never flash the progress bar
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(250)
        self._busy_timer.timeout.connect(self.progress.show)

        self._load(code_id)
        self.coder_list.fit_height(3, 8)
        self.document_list.fit_height(4, 16)
        self.code_combo.currentIndexChanged.connect(self._on_code_changed)
        self.subcodes_check.toggled.connect(self._request)
        self.memos_check.toggled.connect(self._request)
        self.coder_list.changed.connect(self._request)
        self.document_list.changed.connect(self._request)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())
        self._on_code_changed()

    # -- public API -------------------------------------------------------------------
    @property
    def code_id(self) -> int | None:
        return self.code_combo.currentData()

    def set_code(self, code_id: int) -> None:
        index = self.code_combo.findData(code_id)
        if index < 0:
            raise KeyError(f"no code with id {code_id}")  # not text: a programming error
        self.code_combo.setCurrentIndex(index)

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))

    @property
    def ready(self) -> bool:
        return (self.retrieval is not None and self._shown_generation == self._generation
                and not self._debounce.isActive() and not self._saving)

    def save(self, fmt: str | None = None) -> bool:
        """Ask where, then write the previewed segments; `saved` says when it is written."""
        fmt = fmt or self.format
        choice = next(c for c in RETRIEVAL_CHOICES if c[0] == fmt)
        if not self.ready or self.retrieval is None:
            return False
        name = self.retrieval.code_path.rsplit("/", 1)[-1]
        title = fill(self.tr("Save the segments as %1"), QCoreApplication.translate("RetrieveDialog", choice[1]))
        answer = dialogs.ask_save_file(self, title, QCoreApplication.translate("RetrieveDialog", choice[2]), choice[3],
                                       dialogs.suggested_name(self.session.project.path,
                                                              fill(self.tr("segments %1"), name), choice[3]))
        if not answer:
            return False
        out = Path(answer)
        if out.suffix.lower() == ".accord":
            dialogs.warn(self, self.tr("Save segments"),
                         fill(self.tr("%1 is a project file; choose another name."), out.name))
            return False
        retrieval = self.retrieval
        self._saving = True
        self._busy(True, self.tr("Writing…"))
        start_job(self.session, lambda _db: write_retrieval(retrieval, fmt, out),
                  lambda result, error: self._on_saved(out, result, error), needs_db=False)
        return True

    # -- reading -----------------------------------------------------------------------
    def _load(self, code_id: int | None) -> None:
        db = self.session.db
        tree = code_tree(db)
        self._has_children = {code.parent_id for code, _ in tree}
        for code, depth in tree:
            self.code_combo.addItem(swatch_icon(code.color or "#9e9e9e"), "    " * depth + code.name, code.id)
        if code_id is not None and self.code_combo.findData(code_id) >= 0:
            self.code_combo.setCurrentIndex(self.code_combo.findData(code_id))
        coders = []
        for index, coder in enumerate(list_coders(db)):
            coders.append((coder.id, coder.name, safe_colour(coder.color, CODER_PALETTE[index % len(CODER_PALETTE)]),
                           fill(self.tr("Segments coded by %1"), coder.name)))
        self.coder_list.set_items(coders)
        self.document_list.set_items([(d.id, d.name, None, d.name) for d in list_documents(db)])

    def _on_code_changed(self, *_args) -> None:
        has_children = self.code_id in self._has_children
        self.subcodes_check.setEnabled(has_children)
        self.subcodes_check.setToolTip(self.tr("Also print the segments coded with any code below this one")
                                       if has_children else self.tr("This code has no sub-codes"))
        self._request()

    def _problem(self) -> str:
        if self.code_id is None:
            return self.tr("The codebook is empty: there is nothing to retrieve.")
        if self.coder_list.ids() and not self.coder_list.checked_ids():
            return self.tr("Tick at least one coder.")
        if self.document_list.ids() and not self.document_list.checked_ids():
            return self.tr("Tick at least one document.")
        return ""

    def _request(self, *_args) -> None:
        self._generation += 1
        self.save_button.setEnabled(False)
        problem = self._problem()
        if problem:
            self._debounce.stop()
            self.retrieval = None
            self.preview.clear()
            self.summary.setText(problem)
            self.status.clear()
            return
        self._debounce.start()

    def _start(self) -> None:
        if self._problem():
            return
        generation = self._generation
        code_id = self.code_id
        subcodes = self.subcodes_check.isChecked() and self.subcodes_check.isEnabled()
        coders = () if self.coder_list.all_checked() else tuple(self.coder_list.checked_ids())
        documents = () if self.document_list.all_checked() else tuple(self.document_list.checked_ids())
        memos = self.memos_check.isChecked()
        self._busy(True, self.tr("Reading the segments…"))
        start_job(self.session,
                  lambda db: retrieve(db, code_id, subcodes=subcodes, coders=coders, documents=documents,
                                      memos=memos),
                  lambda result, error: self._on_retrieved(generation, result, error))

    def _on_retrieved(self, generation: int, result: Retrieval | None, error: str) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._busy(False)
        if result is None:
            self.error = error
            self.retrieval = None
            self.summary.setText(self.tr("The segments could not be read."))
            self.status.setText(f'<span style="color:{_ERROR}">{escape(error)}</span>')
            return
        self.error = ""
        self.retrieval = result
        self._shown_generation = generation
        self.status.clear()
        text = render_text(result)
        if len(text) > PREVIEW_LIMIT:
            more = RetrieveDialog.tr("[… %Ln more character(s) in the saved file]", "",
                                              len(text) - PREVIEW_LIMIT)
            text = f"{text[:PREVIEW_LIMIT]}\n{more}\n"
        self.preview.setPlainText(text)
        documents = len(result.documents)
        segments = RetrieveDialog.tr("%Ln segment(s)", "", result.total)
        where = RetrieveDialog.tr("%Ln document(s)", "", documents)
        self.summary.setText(fill(self.tr("%1: %2 in %3"), result.code_path, segments, where))
        self.save_button.setEnabled(True)
        self.retrieved.emit()

    def _on_saved(self, out: Path, result, error: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._busy(False)
        self.save_button.setEnabled(self.ready)
        if result is None:
            why = fill(self.tr("Not saved: %1"), escape(error))
            self.status.setText(f'<span style="color:{_ERROR}">{why}</span>')
            dialogs.warn(self, self.tr("Save segments"), fill(self.tr("The segments could not be saved:\n%1"), error))
            return
        self.last_saved = Path(result)
        url = QUrl.fromLocalFile(str(self.last_saved)).toString()
        folder = QUrl.fromLocalFile(str(self.last_saved.parent)).toString()
        self.status.setText(fill(self.tr('Saved %1 · <a href="%2">Show folder</a>'),
                                 f'<a href="{url}">{escape(self.last_saved.name)}</a>', folder))
        self.saved.emit(self.last_saved)

    def _busy(self, on: bool, text: str = "") -> None:
        if on:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.progress.hide()
        if on:
            self.status.setText(escape(text))
            self.save_button.setEnabled(False)

    def done(self, result: int) -> None:
        self._debounce.stop()
        self._generation += 1
        super().done(result)
