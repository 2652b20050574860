"""The report dialog's options form: what a codebook report covers, and the choices remembered between sessions.

`ReportForm` is the left side of the Report dialog: the code tree (whole
sub-trees), the coders and documents lists, example quotes per code, memos and
the agreement section (with or without bootstrap intervals). It says when any
of them changed (`changed`), turns them into `ReportOptions` (`options`) or
says why there is nothing to report (`problem`). `Remembered` keeps the
dialog's choices (these options and the save format) in Accord's settings file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget

from ...core.coders import CONSENSUS_ROLE, list_coders
from ...core.documents import coding_counts, list_documents
from ...core.reports import ReportOptions
from ...core.reports.model import CODER_PALETTE, MAX_QUOTES, safe_colour
from ..i18n import LANGUAGES, active_language, fill, integer
from .options import CheckList, CodeTree


class Remembered:
    """The report dialog's choices in the settings file (`report/<key>`); nothing is kept if it cannot be opened."""

    def __init__(self):
        self._settings = self._open()

    @staticmethod
    def _open() -> QSettings | None:
        try:
            from ...appdirs import settings_file

            return QSettings(str(settings_file()), QSettings.Format.IniFormat)
        except Exception:  # noqa: BLE001 - remembering choices is a nicety
            return None

    def get(self, key: str, default, kind):
        if self._settings is None:
            return default
        value = self._settings.value(f"report/{key}", default)
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value) -> None:
        if self._settings is not None:
            self._settings.setValue(f"report/{key}", value)


class ReportForm(QWidget):
    """Codes, coders, documents and what to include; `changed` after every change."""

    changed = Signal()

    def __init__(self, remembered: Remembered, parent: QWidget | None = None):
        super().__init__(parent)
        self._remembered = remembered
        self._consensus_ids: frozenset[int] = frozenset()  # listed, but not among "the coders"
        self._count_codings = lambda: None  # set by load(): recount the code tree for the ticked coders
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(8)
        self._lists = lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.setChildrenCollapsible(False)
        self.code_tree = CodeTree(lists)
        self.coder_list = CheckList(self.tr("C&oders"), "coder", lists)
        self.coder_list.list.setToolTip(self.tr("Only the codings of the ticked coders are counted and quoted"))
        self.document_list = CheckList(self.tr("&Documents"), "document", lists)
        self.document_list.list.setToolTip(self.tr("Only the codings in the ticked documents are counted and quoted"))
        lists.addWidget(self.code_tree)
        lists.addWidget(self.coder_list)
        lists.addWidget(self.document_list)
        lists.setStretchFactor(0, 5)
        lists.setStretchFactor(1, 1)
        lists.setStretchFactor(2, 2)
        layout.addWidget(lists, 1)
        layout.addSpacing(4)

        include = QLabel(self.tr("Include"), self)
        bold = include.font()
        bold.setBold(True)
        include.setFont(bold)
        layout.addWidget(include)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        self.quotes_spin = QSpinBox(self)
        self.quotes_spin.setObjectName("quotesSpin")
        self.quotes_spin.setRange(0, MAX_QUOTES)
        self.quotes_spin.setSpecialValueText(self.tr("none"))
        self.quotes_spin.setValue(remembered.get("quotes", 3, int))
        self.quotes_spin.setToolTip(self.tr("How many coded passages to quote under each code (spread over the documents)"))
        self.quotes_spin.setKeyboardTracking(False)
        self.quotes_spin.setMinimumWidth(70)
        self.quotes_spin.setMaximumWidth(90)
        quotes_label = QLabel(self.tr("Example &quotes per code:"), self)
        quotes_label.setBuddy(self.quotes_spin)
        form.addRow(quotes_label, self.quotes_spin)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = remembered.get("language", active_language(), str)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        self.language_combo.setToolTip(self.tr("The language of the report's headings, methods paragraph and "
                                               "numbers; it need not be the window's"))
        language_label = QLabel(self.tr("Report &language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        layout.addLayout(form)
        self.memos_check = QCheckBox(self.tr("&Memos (project, documents, codes, codings)"), self)
        self.memos_check.setChecked(remembered.get("memos", False, bool))
        self.memos_check.setToolTip(self.tr("Print the memos next to what they are about"))
        self.agreement_check = QCheckBox(self.tr("Inter-coder &agreement"), self)
        self.agreement_check.setChecked(remembered.get("agreement", True, bool))
        self.agreement_check.setToolTip(
            self.tr("Percent agreement, κ and Krippendorff's α per code, for two or more coders"))
        self.intervals_check = QCheckBox(self.tr("with 95 % &intervals (bootstrap; slower)"), self)
        self.intervals_check.setChecked(remembered.get("intervals", True, bool))
        self.intervals_check.setToolTip(self.tr(
            "Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).\n"
            "On large projects this is most of the time a report takes."
        ))
        self.intervals_check.setEnabled(self.agreement_check.isChecked())
        intervals_row = QHBoxLayout()
        intervals_row.setContentsMargins(22, 0, 0, 0)
        intervals_row.addWidget(self.intervals_check)
        layout.addWidget(self.memos_check)
        layout.addWidget(self.agreement_check)
        layout.addLayout(intervals_row)

        self.code_tree.changed.connect(self._on_changed)
        self.coder_list.changed.connect(lambda *_: self._count_codings())
        self.coder_list.changed.connect(self._on_changed)
        self.document_list.changed.connect(self._on_changed)
        self.quotes_spin.valueChanged.connect(self._on_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.memos_check.toggled.connect(self._on_changed)
        self.agreement_check.toggled.connect(self._on_agreement_toggled)
        self.intervals_check.toggled.connect(self._on_changed)
        # Wide enough for its longest option in any language (German and Portuguese run longer than English).
        self.setMinimumWidth(max(280, layout.totalMinimumSize().width()))

    # -- the lists --------------------------------------------------------------------
    def load(self, db) -> None:
        """Fill the code tree and the coders and documents lists from the project."""
        self.code_tree.load(db)
        per_document = coding_counts(db)
        coders, consensus = [], set()
        for index, coder in enumerate(list_coders(db)):
            colour = safe_colour(coder.color, CODER_PALETTE[index % len(CODER_PALETTE)])
            if coder.role == CONSENSUS_ROLE:  # not one more coder: unticked until chosen
                consensus.add(coder.id)
                coders.append((coder.id, fill(self.tr("%1 (consensus)"), coder.name), colour,
                               self.tr("Decisions of adjudication: reported, and compared, only when ticked")))
            else:
                coders.append((coder.id, coder.name, colour, fill(self.tr("Codings by %1"), coder.name)))
        self.coder_list.set_items(coders, new_unticked=consensus)
        self._consensus_ids = frozenset(consensus)
        self._count_codings = lambda: self.code_tree.count_codings(db, self.coder_list.checked_ids())
        self._count_codings()  # the counts are those the report will have: not the unticked consensus
        self.document_list.set_items([
            (d.id, d.name, None, fill(ReportForm.tr("%1: %2 characters, %Ln coding(s)", "",
                                                                 per_document.get(d.id, 0)), d.name, integer(d.length)))
            for d in list_documents(db)])

    def select_codes(self, codes) -> None:
        """Tick only the sub-trees of these codes."""
        wanted = {int(c) for c in codes}
        self.code_tree.set_all(False)
        for code_id in wanted:
            if code_id in self.code_tree.ids():
                self.code_tree.set_checked(code_id, True)

    def fit_lists(self) -> None:
        """Coders and documents lists as many rows tall as they have (within limits)."""
        self.coder_list.fit_height(2, 8)
        self.document_list.fit_height(3, 14)

    def size_lists(self) -> None:
        """Coders and documents as tall as their rows (up to their limits); the code tree takes the rest."""
        total = sum(self._lists.sizes())
        coders = min(self.coder_list.maximumHeight(), max(self.coder_list.minimumSizeHint().height(), total // 6))
        documents = min(self.document_list.maximumHeight(),
                        max(self.document_list.minimumSizeHint().height(), total // 4))
        self._lists.setSizes([max(1, total - coders - documents), coders, documents])

    # -- what the report covers ---------------------------------------------------------
    def options(self, db) -> ReportOptions | None:
        """The report the form describes, or None when nothing would be in it (see `problem`)."""
        if self.problem():
            return None
        codes = () if self.code_tree.all_checked() else self.code_tree.refs(db, self.code_tree.roots())
        checked = self.coder_list.checked_ids()
        # () is "the coders" (the core's default: every coder, no consensus); anything else is named.
        coders = () if set(checked) == set(self.coder_list.ids()) - self._consensus_ids else tuple(checked)
        documents = () if self.document_list.all_checked() else tuple(self.document_list.checked_ids())
        agreement = self.agreement_check.isChecked()
        return ReportOptions(codes=codes, coders=coders, documents=documents, quotes=self.quotes_spin.value(),
                             memos=self.memos_check.isChecked(), agreement=agreement,
                             resamples=None if self.intervals_check.isChecked() else 0,
                             language=self.language_combo.currentData())

    def _on_language_changed(self, *_args) -> None:
        self._remembered.set("language", self.language_combo.currentData())
        self._on_changed()

    def problem(self) -> str:
        """Why there is no report to show (nothing ticked), or ""."""
        for why, ids, checked in (
                (self.tr("Tick at least one code to see a report."), self.code_tree.ids(),
                 self.code_tree.included_ids()),
                (self.tr("Tick at least one coder to see a report."), self.coder_list.ids(),
                 self.coder_list.checked_ids()),
                (self.tr("Tick at least one document to see a report."), self.document_list.ids(),
                 self.document_list.checked_ids())):
            if ids and not checked:
                return why
        return ""

    def slow_hint(self, options: ReportOptions) -> str:
        """What makes building these options slow, and which option to untick, or ""."""
        if options.agreement and options.resamples != 0 and self.coder_list.list.count() > 1:
            return self.tr("The agreement section's bootstrap intervals take longest on large projects; untick "
                           "<i>with 95 % intervals</i> for a quicker preview.")
        return ""

    def remember(self) -> None:
        """Keep what to include for the next report."""
        self._remembered.set("quotes", self.quotes_spin.value())
        self._remembered.set("memos", self.memos_check.isChecked())
        self._remembered.set("agreement", self.agreement_check.isChecked())
        self._remembered.set("intervals", self.intervals_check.isChecked())

    def _on_changed(self, *_args) -> None:
        self.changed.emit()

    def _on_agreement_toggled(self, on: bool) -> None:
        self.intervals_check.setEnabled(on)
        self.changed.emit()
