"""The "Disagreements" tab: a navigator over where two coders differ, their codings side by side, adjudication.

Left: the disagreements of coder A and coder B (find_disagreements), largest
first, grouped by kind (boundary, omission, confusion) or in one list, with a ✓
on those decided; below them the code × code table of confusions. Right: both
coders' codings of the document in two DocumentViews (each filtered to its
coder), scrolled to the disagreement with each side's span selected, and the
decision buttons, which write to the consensus coder through adjudicate() as
one undoable command and then move on to the next undecided disagreement.

Keys: J or Alt+Down next, K or Alt+Up previous, Enter (in the list) shows the
current one again; Alt+A, Alt+B, Alt+U, Alt+I, Alt+E, Alt+N decide.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from ...core.agreement.adjudication import CONSENSUS, adjudicate, adjudications, is_decided
from ...core.agreement import AgreementOptions, Disagreement, confusion_table, find_disagreements
from ...core.codebook import code_tree, resolve_code
from ...core.coders import list_coders, resolve_coder
from ...core.codings import codings_of_document
from ...core.errors import AccordError, NotFound
from .model import (
    DECISION_LABELS, KIND_COLOURS, KIND_HELP, KIND_LABELS, KIND_ORDER, describe, disagreement_key, placements,
    span_text,
)
from ..session import Session
from ..text.pane import DocumentView

IndexRole = Qt.ItemDataRole.UserRole + 10
DECISION_BUTTONS = (
    ("accept_first", "Accept &A"),
    ("accept_second", "Accept &B"),
    ("union", "&Union"),
    ("intersection", "&Intersection"),
    ("edit", "&Edit"),
    ("neither", "&Neither"),
)
CHECK = "✓"
SIDE_COLOURS = ("#2f6fb5", "#c25a1c")  # A and B, for coders without a colour of their own
DECIDED_COLOUR = "#2e7d32"


def _dot(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


class _Side(QFrame):
    """One coder's pane: a header naming the coder and their side of the disagreement, and the text."""

    def __init__(self, session: Session, letter: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.letter = letter
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setObjectName(f"side{letter}Header")
        self.header.setContentsMargins(8, 6, 8, 6)
        self.view = DocumentView(session)
        self.view.setObjectName(f"side{letter}View")
        self.view.text_view.set_margin_width(130)
        self.view.text_view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.view, 1)

    def set_header(self, coder: str, colour: str, what: str) -> None:
        self.header.setText(
            f"<span style='background:{colour}; color:white; font-weight:bold'>&nbsp;{self.letter}&nbsp;</span>"
            f"&nbsp; <b>{html.escape(coder)}</b> &nbsp;<span style='color:gray'>{what}</span>")


class DisagreementsPanel(QWidget):
    """The navigator, the two coders' texts and the adjudication bar."""

    currentChanged = Signal(object)  # the Disagreement shown, or None

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.trim_whitespace = False
        self.disagreements: list[Disagreement] = []
        self.decided: list[bool] = []
        self.order: list[int] = []  # display order (grouped or not), hidden ones included
        self.visible: list[int] = []  # display order without the hidden (decided) ones
        self.current: int | None = None  # index into self.disagreements
        self.first_id: int | None = None
        self.second_id: int | None = None
        self._items: dict[int, QTreeWidgetItem] = {}
        self._jumped: dict[str, tuple[int, int] | None] = {"A": None, "B": None}  # spans we selected ourselves
        self._edit_span: tuple[str, int, int] | None = None  # (pane letter, start, end) the user selected
        self._decided_trail: list[tuple] = []  # keys decided in this window, for undo
        self._syncing = False
        self._filling = False
        self.message = ""  # why there is no list
        self._sized = False

        # -- the bar above everything
        self.first_box = QComboBox()
        self.first_box.setObjectName("firstCoder")
        self.second_box = QComboBox()
        self.second_box.setObjectName("secondCoder")
        for box, which in ((self.first_box, "A"), (self.second_box, "B")):
            box.setToolTip(f"Coder {which}")
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_check = QCheckBox("Group by kind", checked=True)
        self.group_check.setToolTip("Boundary, omission and confusion disagreements apart (each largest first)")
        self.hide_check = QCheckBox("Hide decided")
        self.hide_check.setToolTip("Leave out the disagreements already decided")
        self.progress = QProgressBar()
        self.progress.setObjectName("adjudicationProgress")
        self.progress.setFixedWidth(180)
        self.progress.setFormat("%v of %m decided")
        self.progress.setTextVisible(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(QLabel("Compare"))
        top.addWidget(self.first_box)
        top.addWidget(QLabel("with"))
        top.addWidget(self.second_box)
        top.addSpacing(16)
        top.addWidget(self.group_check)
        top.addWidget(self.hide_check)
        top.addStretch(1)
        top.addWidget(self.progress)

        # -- left: the list and the confusion table
        self.tree = QTreeWidget()
        self.tree.setObjectName("disagreementList")
        self.tree.setColumnCount(6)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list_summary = QLabel()
        self.list_summary.setObjectName("listSummary")
        self.list_summary.setWordWrap(True)
        self.confusions = QTableWidget()
        self.confusions.setObjectName("confusionTable")
        self.confusions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.confusions.horizontalHeader().setDefaultSectionSize(70)
        self.confusions.verticalHeader().setDefaultSectionSize(24)
        self.confusions_title = QLabel()
        self.confusions_title.setTextFormat(Qt.TextFormat.RichText)
        self.no_confusions = QLabel("No confusions: wherever these coders' spans overlap, they share a code.")
        self.no_confusions.setStyleSheet("color: gray")
        self.no_confusions.setWordWrap(True)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_summary)
        list_layout.addWidget(self.tree, 1)
        confusion_box = QWidget()
        confusion_layout = QVBoxLayout(confusion_box)
        confusion_layout.setContentsMargins(0, 4, 0, 0)
        confusion_layout.addWidget(self.confusions_title)
        confusion_layout.addWidget(self.confusions, 1)
        confusion_layout.addWidget(self.no_confusions)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(list_box)
        left.addWidget(confusion_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setSizes([480, 200])
        left.setChildrenCollapsible(False)

        # -- right: what this one is, both texts, the decision
        self.title = QLabel()
        self.title.setObjectName("disagreementTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel()
        self.explanation.setObjectName("disagreementExplanation")
        self.explanation.setWordWrap(True)
        self.sync_check = QCheckBox("Scroll together", checked=True)
        self.sync_check.setToolTip("Scroll both texts as one (they show the same document)")
        self.previous_button = QPushButton("◀ Previous")
        self.previous_button.setToolTip("Previous disagreement (K or Alt+Up)")
        self.next_button = QPushButton("Next ▶")
        self.next_button.setToolTip("Next disagreement (J or Alt+Down)")
        heading = QGridLayout()
        heading.setContentsMargins(2, 0, 2, 0)
        heading.addWidget(self.title, 0, 0, 1, 4)
        heading.addWidget(self.explanation, 1, 0)
        heading.addWidget(self.sync_check, 1, 1)
        heading.addWidget(self.previous_button, 1, 2)
        heading.addWidget(self.next_button, 1, 3)
        heading.setColumnStretch(0, 1)

        self.side_a = _Side(session, "A")
        self.side_b = _Side(session, "B")
        self.pane_a, self.pane_b = self.side_a.view, self.side_b.view
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.side_a)
        panes.addWidget(self.side_b)
        panes.setChildrenCollapsible(False)

        # the decision
        self.buttons: dict[str, QPushButton] = {}
        decision_row = QHBoxLayout()
        decision_row.setSpacing(6)
        for decision, label in DECISION_BUTTONS:
            button = QPushButton(label)
            button.setObjectName(f"decide_{decision}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=decision: self.decide(d))
            self.buttons[decision] = button
            decision_row.addWidget(button)
            if decision == "edit":
                self.edit_code = QComboBox()
                self.edit_code.setObjectName("editCode")
                self.edit_code.setToolTip("The code “Edit” gives the passage selected in either text")
                self.edit_code.setMinimumContentsLength(16)
                self.edit_code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                decision_row.addWidget(self.edit_code)
        decision_row.addStretch(1)
        self.consensus_edit = QLineEdit(CONSENSUS)
        self.consensus_edit.setObjectName("consensusName")
        self.consensus_edit.setToolTip("The coder the decisions are written to (created if needed)")
        self.consensus_edit.setMaximumWidth(180)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("decisionNote")
        self.note_edit.setPlaceholderText("Note on this decision (optional, kept with it)")
        self.note_edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("decisionStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        note_row = QHBoxLayout()
        note_row.setSpacing(6)
        note_row.addWidget(QLabel("Consensus coder"))
        note_row.addWidget(self.consensus_edit)
        note_row.addSpacing(10)
        note_row.addWidget(QLabel("Note"))
        note_row.addWidget(self.note_edit, 1)
        decision_box = QFrame()
        decision_box.setObjectName("decisionBox")
        decision_box.setFrameShape(QFrame.Shape.StyledPanel)
        decision_layout = QVBoxLayout(decision_box)
        decision_layout.setContentsMargins(8, 8, 8, 8)
        decision_layout.setSpacing(6)
        decision_layout.addLayout(decision_row)
        decision_layout.addLayout(note_row)
        decision_layout.addWidget(self.status)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addLayout(heading)
        right_layout.addWidget(panes, 1)
        right_layout.addWidget(decision_box)

        self.empty = QLabel()
        self.empty.setObjectName("disagreementsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.right = right

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 810])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)

        # -- wiring
        self.first_box.activated.connect(lambda _: self._coders_chosen())
        self.second_box.activated.connect(lambda _: self._coders_chosen())
        self.group_check.toggled.connect(lambda _: self._fill_tree())
        self.hide_check.toggled.connect(lambda _: self._fill_tree())
        self.tree.currentItemChanged.connect(self._item_changed)
        self.tree.itemActivated.connect(lambda item, _column: self.jump())
        self.confusions.cellClicked.connect(self._confusion_clicked)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.consensus_edit.textChanged.connect(lambda _: self._update_decision_bar())
        self.pane_a.selectionChanged.connect(lambda start, end: self._pane_selection("A", start, end))
        self.pane_b.selectionChanged.connect(lambda start, end: self._pane_selection("B", start, end))
        bar_a = self.pane_a.text_view.verticalScrollBar()
        bar_b = self.pane_b.text_view.verticalScrollBar()
        bar_a.valueChanged.connect(lambda value: self._sync_scroll(bar_b, value))
        bar_b.valueChanged.connect(lambda value: self._sync_scroll(bar_a, value))
        self.shortcuts = []
        for keys, slot in (("J", self.next), ("Alt+Down", self.next), ("K", self.previous),
                           ("Alt+Up", self.previous)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self._fill_coder_boxes()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the first time: a list wide enough for its columns, the rest for the texts
            self._sized = True
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([470, max(total - 470, 400)])

    # -- coders ----------------------------------------------------------------------
    def _fill_coder_boxes(self) -> None:
        coders = list_coders(self.session.db)
        self._coders = {coder.id: coder for coder in coders}
        consensus = {a.consensus_coder_id for a in adjudications(self.session.db)}
        first, second = self.first_id, self.second_id
        if first not in self._coders or second not in self._coders:
            raters = [c.id for c in coders if c.id not in consensus] or [c.id for c in coders]
            first, second = (raters + [None, None])[:2]
            if second is None and len(coders) > 1:
                second = next(c.id for c in coders if c.id != first)
        for box, chosen in ((self.first_box, first), (self.second_box, second)):
            box.blockSignals(True)
            box.clear()
            for coder in coders:
                if coder.color:
                    box.addItem(_dot(coder.color, 12), coder.name, coder.id)
                else:
                    box.addItem(coder.name, coder.id)
            box.setCurrentIndex(box.findData(chosen))
            box.blockSignals(False)
        self.first_id, self.second_id = first, second

    def set_coders(self, first: int, second: int) -> None:
        """Compare these two coders (ids)."""
        self.first_box.setCurrentIndex(self.first_box.findData(first))
        self.second_box.setCurrentIndex(self.second_box.findData(second))
        self._coders_chosen()

    def _coders_chosen(self) -> None:
        self.first_id, self.second_id = self.first_box.currentData(), self.second_box.currentData()
        self.current = None
        self.refresh()

    def coder_name(self, coder_id: int | None) -> str:
        coder = self._coders.get(coder_id)
        return coder.name if coder else "?"

    def coder_colour(self, coder_id: int | None) -> str:
        coder = self._coders.get(coder_id)
        if coder and coder.color:
            return coder.color
        return SIDE_COLOURS[0] if coder_id == self.first_id else SIDE_COLOURS[1]

    @property
    def first_name(self) -> str:
        return self.coder_name(self.first_id)

    @property
    def second_name(self) -> str:
        return self.coder_name(self.second_id)

    # -- the list ----------------------------------------------------------------------
    def on_changed(self, changes) -> None:
        if changes.touches("coders"):
            self._fill_coder_boxes()
        if changes.touches("codes"):
            self._fill_edit_codes()
        self.refresh()

    def set_trim_whitespace(self, trim: bool) -> None:
        if trim != self.trim_whitespace:
            self.trim_whitespace = trim
            self.current = None
            self.refresh()

    def refresh(self) -> None:
        """Find the disagreements again (after any change), keeping the current one where it still exists."""
        key = disagreement_key(self.disagreements[self.current]) if self.current is not None else None
        position = self.visible.index(self.current) if self.current in self.visible else None
        self.disagreements, self.decided, self.message = [], [], ""
        db = self.session.db
        if self.first_id is None or self.second_id is None:
            self.message = "Disagreements need two coders."
        elif self.first_id == self.second_id:
            self.message = "Choose two different coders."
        else:
            try:
                found = find_disagreements(db, self.first_id, self.second_id,
                                           AgreementOptions(trim_whitespace=self.trim_whitespace))
            except AccordError as problem:
                self.message = str(problem)
            else:
                self.disagreements = found
                self.decided = [is_decided(db, d, self.first_id, self.second_id) for d in found]
        keys = [disagreement_key(d) for d in self.disagreements]
        self.current = keys.index(key) if key in keys else None
        self._fill_edit_codes()
        self._fill_tree(fallback=position)
        self._fill_confusions()

    def _fill_tree(self, fallback: int | None = None) -> None:
        """Rebuild the list in display order; keep the current one (or the one now at its place)."""
        grouped = self.group_check.isChecked()
        hide = self.hide_check.isChecked()
        ds = self.disagreements
        if grouped:
            self.order = [i for kind in KIND_ORDER for i in range(len(ds)) if ds[i].kind == kind]
        else:
            self.order = list(range(len(ds)))
        self.visible = [i for i in self.order if not (hide and self.decided[i])]
        if self.current is not None and self.current not in self.visible:
            after = self.order[self.order.index(self.current):]
            self.current = next((i for i in after if i in self.visible), None)
        if self.current is None and self.visible:
            at = min(fallback, len(self.visible) - 1) if fallback is not None else 0
            self.current = self.visible[at]

        self._filling = True
        self.tree.clear()
        self._items = {}
        self.tree.setHeaderLabels([CHECK, "Kind", "Document", f"A · {self.first_name}", f"B · {self.second_name}",
                                   "Size"])
        self.tree.setRootIsDecorated(grouped)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        parents: dict[str, QTreeWidgetItem] = {}
        if grouped:
            for kind in KIND_ORDER:
                members = [i for i in self.order if ds[i].kind == kind]
                if not members:
                    continue
                shown = [i for i in members if i in self.visible]
                done = sum(self.decided[i] for i in members)
                group = QTreeWidgetItem(self.tree)
                group.setText(0, f"{KIND_LABELS[kind]}  ·  {len(members)}"
                                 + (f"  ·  {done} decided" if done else ""))
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                group.setIcon(0, _dot(KIND_COLOURS[kind]))
                group.setToolTip(0, KIND_HELP[kind])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setData(0, IndexRole, None)
                parents[kind] = group
                if not shown:
                    group.setText(0, group.text(0) + "  ·  all decided")
        for i in self.visible:
            d = ds[i]
            item = QTreeWidgetItem(parents.get(d.kind, None) if grouped else None)
            if not grouped:
                self.tree.addTopLevelItem(item)
            self._label_item(item, i)
            self._items[i] = item
        self.tree.expandAll()
        self.tree.setColumnHidden(1, grouped)  # the headings say the kind
        for column, width in enumerate((44 if grouped else 24, 92, 104, 128, 128, 50)):
            self.tree.header().resizeSection(column, width)
        self._filling = False
        self._update_summary()
        if self.current is not None:
            self.tree.setCurrentItem(self._items[self.current])
            self.tree.scrollToItem(self._items[self.current])
        self._show_current()

    def _label_item(self, item: QTreeWidgetItem, i: int) -> None:
        d = self.disagreements[i]
        item.setData(0, IndexRole, i)
        item.setText(0, CHECK if self.decided[i] else "")
        item.setForeground(0, QBrush(QColor(DECIDED_COLOUR)))
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
        item.setText(1, KIND_LABELS[d.kind])
        item.setIcon(1, _dot(KIND_COLOURS[d.kind]))
        item.setText(2, d.document)
        item.setIcon(2, _dot(KIND_COLOURS[d.kind], 8))
        item.setText(3, d.first_code or "—")
        item.setText(4, d.second_code or "—")
        item.setText(5, f"{d.size:,}")
        item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = (f"<b>{KIND_LABELS[d.kind]}</b> in {html.escape(d.document)}, {d.start:,}–{d.end:,}<br>"
               f"{html.escape(describe(d, self.first_name, self.second_name))}<br>"
               f"{d.size:,} characters in dispute" + ("<br><b>✓ decided</b>" if self.decided[i] else ""))
        for column in range(6):
            item.setToolTip(column, tip)
        if self.decided[i]:
            grey = QBrush(QColor("#8a8a8a"))
            for column in range(1, 6):
                item.setForeground(column, grey)

    def _update_summary(self) -> None:
        total, done = len(self.disagreements), sum(self.decided)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} of {total} decided" if total else "nothing to decide")
        if self.message:
            self.splitter.hide()
            self.empty.setText(f"<p style='font-size:13pt'>{html.escape(self.message)}</p>"
                               "<p style='color:gray'>Pick two coders above; a coder's work comes in with "
                               "File ▸ Merge coders' projects.</p>")
            self.empty.show()
            return
        self.empty.hide()
        self.splitter.show()
        if not total:
            self.list_summary.setText(f"{self.first_name} and {self.second_name} agree everywhere: "
                                      "no disagreements.")
            return
        counts = {kind: sum(1 for d in self.disagreements if d.kind == kind) for kind in KIND_ORDER}
        parts = [f"{counts[k]} {KIND_LABELS[k].lower()}" for k in KIND_ORDER if counts[k]]
        hidden = len(self.disagreements) - len(self.visible)
        self.list_summary.setText(
            f"<b>{total} disagreements</b> between {html.escape(self.first_name)} and "
            f"{html.escape(self.second_name)}, largest first: {', '.join(parts)}"
            + (f" · {hidden} decided hidden" if hidden else ""))

    def _fill_confusions(self) -> None:
        table = confusion_table(self.disagreements)
        rows = sorted(table)
        columns = sorted({second for cells in table.values() for second in cells})
        self.confusions.clear()
        self.confusions.setRowCount(len(rows))
        self.confusions.setColumnCount(len(columns))
        self.confusions.setHorizontalHeaderLabels(columns)
        self.confusions.setVerticalHeaderLabels(rows)
        top = max((cell["count"] for cells in table.values() for cell in cells.values()), default=1)
        for r, first in enumerate(rows):
            for c, second in enumerate(columns):
                cell = table[first].get(second)
                item = QTableWidgetItem(str(cell["count"]) if cell else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell:
                    shade = QColor(KIND_COLOURS["confusion"])
                    shade.setAlphaF(0.18 + 0.5 * cell["count"] / top)
                    item.setBackground(shade)
                    item.setToolTip(f"{self.first_name}: {first}\n{self.second_name}: {second}\n"
                                    f"{cell['count']} confusion(s), {cell['characters']:,} characters overlapping\n"
                                    "Click to go to the first one")
                self.confusions.setItem(r, c, item)
        for c, second in enumerate(columns):
            self.confusions.horizontalHeaderItem(c).setToolTip(f"{self.second_name}: {second}")
        for r, first in enumerate(rows):
            self.confusions.verticalHeaderItem(r).setToolTip(f"{self.first_name}: {first}")
        self.confusions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.confusions.horizontalHeader().setDefaultSectionSize(84)
        self.confusions_title.setText(
            f"<b>Confusions</b> <span style='color:gray'>— rows: {html.escape(self.first_name)}'s code, "
            f"columns: {html.escape(self.second_name)}'s code</span>")
        self.confusions.setVisible(bool(rows))
        self.no_confusions.setVisible(not rows)

    def _confusion_clicked(self, row: int, column: int) -> None:
        first = self.confusions.verticalHeaderItem(row).text()
        second = self.confusions.horizontalHeaderItem(column).text()
        for i in self.visible:
            d = self.disagreements[i]
            if d.kind == "confusion" and d.first_code == first and d.second_code == second:
                self.go_to(i)
                return

    # -- navigation ----------------------------------------------------------------------
    @property
    def current_disagreement(self) -> Disagreement | None:
        return self.disagreements[self.current] if self.current is not None else None

    def shown(self) -> list[Disagreement]:
        """The disagreements in the list, in display order."""
        return [self.disagreements[i] for i in self.visible]

    def go_to(self, index: int | None) -> None:
        """Show disagreement `index` (into `disagreements`) in the list and in both texts."""
        if index is None or index not in self._items:
            return
        self.current = index
        self.tree.setCurrentItem(self._items[index])
        self.tree.scrollToItem(self._items[index])
        self._show_current()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.visible:
            return
        if self.current not in self.visible:
            self.go_to(self.visible[0])
            return
        at = self.visible.index(self.current) + step
        if 0 <= at < len(self.visible):
            self.go_to(self.visible[at])

    def next_undecided(self, after: int | None = None) -> int | None:
        """The first undecided disagreement after position `after` in display order, wrapping round."""
        if not self.order:
            return None
        start = after + 1 if after is not None else 0
        ring = self.order[start:] + self.order[:start]
        return next((i for i in ring if not self.decided[i]), None)

    def jump(self) -> None:
        """Show the current disagreement again (after scrolling away)."""
        self._show_current()

    def select_matching(self, code: str | None, document_id: int | None) -> bool:
        for i in self.visible:
            d = self.disagreements[i]
            if document_id is not None and d.document_id != document_id:
                continue
            if code is not None and code not in (d.first_code, d.second_code):
                continue
            self.go_to(i)
            return True
        return False

    def _item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if self._filling or item is None:
            return
        index = item.data(0, IndexRole)
        if index is None:  # a group heading: go to its first member
            if item.childCount():
                self.tree.setCurrentItem(item.child(0))
            return
        if index != self.current:
            self.current = index
            self._show_current()

    # -- showing -----------------------------------------------------------------------
    def _show_current(self) -> None:
        d = self.current_disagreement
        has = d is not None
        self.previous_button.setEnabled(has and self.visible.index(self.current) > 0)
        self.next_button.setEnabled(has and self.visible.index(self.current) < len(self.visible) - 1)
        for pane, coder in ((self.pane_a, self.first_id), (self.pane_b, self.second_id)):
            pane.set_coder_filter(frozenset({coder}) if coder is not None else frozenset())
        if d is None:
            self.title.setText("<span style='font-size:12pt'><b>Nothing to show</b></span>")
            self.explanation.setText("All decided: untick “Hide decided” to see them again."
                                     if self.disagreements else "These coders do not disagree anywhere.")
            for side, coder in ((self.side_a, self.first_id), (self.side_b, self.second_id)):
                side.set_header(self.coder_name(coder), self.coder_colour(coder), "")
            self._update_decision_bar()
            self.currentChanged.emit(None)
            return
        colour = KIND_COLOURS[d.kind]
        self.title.setText(
            f"<span style='font-size:12pt'><span style='color:{colour}'>●</span> <b>{KIND_LABELS[d.kind]}</b>"
            f" &nbsp;·&nbsp; {html.escape(d.document)} &nbsp;·&nbsp; {d.start:,}–{d.end:,}"
            f" &nbsp;·&nbsp; {d.size:,} characters in dispute</span>"
            f" &nbsp;<span style='color:gray'>({self.visible.index(self.current) + 1} of {len(self.visible)})</span>")
        self.explanation.setText(describe(d, self.first_name, self.second_name))
        self._syncing = True
        try:
            for side, pane, letter, coder, code, span, codings in (
                    (self.side_a, self.pane_a, "A", self.first_id, d.first_code, d.first_span, d.first_codings),
                    (self.side_b, self.pane_b, "B", self.second_id, d.second_code, d.second_span, d.second_codings)):
                if pane.document_id != d.document_id:
                    pane.show_document(d.document_id)
                target = span or (d.start, d.end)
                self._jumped[letter] = target
                pane.select_span(*target)
                pane.text_view.set_selected(codings[0] if codings else None)
                pane.text_view.centerCursor()
                what = (f"{html.escape(code)} &nbsp;·&nbsp; {span_text(span)}" if code and span
                        else f"<i>nothing here</i> &nbsp;·&nbsp; the passage {d.start:,}–{d.end:,} is selected")
                side.set_header(self.coder_name(coder), self.coder_colour(coder), what)
            if self.sync_check.isChecked():
                self.pane_b.text_view.verticalScrollBar().setValue(self.pane_a.text_view.verticalScrollBar().value())
        finally:
            self._syncing = False
        self._edit_span = None
        self._fill_edit_codes()
        self._update_decision_bar()
        self.currentChanged.emit(d)

    def _sync_scroll(self, other, value: int) -> None:
        if self._syncing or not self.sync_check.isChecked():
            return
        self._syncing = True
        try:
            other.setValue(value)
        finally:
            self._syncing = False

    def _pane_selection(self, letter: str, start: int, end: int) -> None:
        """Remember a passage the user selected (not the one a jump selected) for "Edit"."""
        if self._syncing or start >= end or self._jumped.get(letter) == (start, end):
            return
        self._edit_span = (letter, start, end)
        self._update_decision_bar()

    # -- deciding ------------------------------------------------------------------------
    @property
    def consensus_name(self) -> str:
        return " ".join(self.consensus_edit.text().split()) or CONSENSUS

    def _fill_edit_codes(self) -> None:
        d = self.current_disagreement
        previous = self.edit_code.currentData()
        self.edit_code.blockSignals(True)
        self.edit_code.clear()
        tree = code_tree(self.session.db)
        by_id = {code.id: code for code, _ in tree}
        first_items: list[int] = []
        if d is not None:
            for name in (d.first_code, d.second_code):
                try:
                    code_id = resolve_code(self.session.db, name) if name else None
                except NotFound:
                    code_id = None
                if code_id in by_id and code_id not in first_items:
                    first_items.append(code_id)
        for code_id in first_items:
            self.edit_code.addItem(_dot(by_id[code_id].color, 10), by_id[code_id].name, code_id)
        if first_items:
            self.edit_code.insertSeparator(self.edit_code.count())
        for code, depth in tree:
            self.edit_code.addItem(_dot(code.color, 10), "   " * depth + code.name, code.id)
        if d is None and previous is not None:
            self.edit_code.setCurrentIndex(max(0, self.edit_code.findData(previous)))
        self.edit_code.blockSignals(False)

    def _update_decision_bar(self) -> None:
        d = self.current_disagreement
        clash = self.consensus_name in (self.first_name, self.second_name)
        for decision, button in self.buttons.items():
            button.setEnabled(d is not None and not clash)
            button.setToolTip(self._decision_tip(decision, d))
        self.buttons["accept_first"].setText(f"Accept &A · {self.first_name}")
        self.buttons["accept_second"].setText(f"Accept &B · {self.second_name}")
        self.edit_code.setEnabled(d is not None and not clash)
        if d is None:
            self.status.setText("")
            return
        if clash:
            self.status.setText(f"<span style='color:#b3261e'>The consensus coder must be someone other than "
                                f"{html.escape(self.first_name)} and {html.escape(self.second_name)}.</span>")
            return
        decided = self.decided[self.current]
        here = self._consensus_here(d)
        parts = [f"<b style='color:{DECIDED_COLOUR}'>✓ Decided</b>" if decided else "<b>Not decided yet</b>"]
        if here:
            parts.append(f"{html.escape(self.consensus_name)} has here: " + "; ".join(here))
        elif decided:
            parts.append(f"{html.escape(self.consensus_name)} has nothing here")
        if self._edit_span is not None:
            letter, start, end = self._edit_span
            parts.append(f"Edit would use the passage selected in {letter}: {start:,}–{end:,}")
        self.status.setText(" &nbsp;·&nbsp; ".join(parts))

    def _consensus_here(self, d: Disagreement) -> list[str]:
        try:
            consensus_id = resolve_coder(self.session.db, self.consensus_name)
        except NotFound:
            return []
        codes = {code.id: code.name for code, _ in code_tree(self.session.db)}
        found = []
        for coding in codings_of_document(self.session.db, d.document_id, [consensus_id]):
            if coding.start < d.end and coding.end > d.start:
                found.append(f"{html.escape(codes.get(coding.code_id, '?'))} {coding.start:,}–{coding.end:,}")
        return found

    def _decision_tip(self, decision: str, d: Disagreement | None) -> str:
        if d is None:
            return DECISION_LABELS[decision]
        if decision == "edit":
            return ("Give the code chosen beside this button to the passage you selected in either text "
                    "(Alt+E)")
        shortcut = {"accept_first": "A", "accept_second": "B", "union": "U", "intersection": "I",
                    "neither": "N"}[decision]
        result = placements(d, decision)
        writes = "; ".join(f"{code} on {start:,}–{end:,}" for code, (start, end) in result) or "nothing"
        return f"{DECISION_LABELS[decision]}: the consensus gets {writes} (Alt+{shortcut})"

    def decide(self, decision: str) -> bool:
        """Write a decision on the current disagreement to the consensus coder, then go to the next undecided."""
        d = self.current_disagreement
        if d is None:
            return False
        edited: list[tuple[int, int, int]] = []
        if decision == "edit":
            if self._edit_span is None:
                self.status.setText("<span style='color:#b3261e'>Select the consensus passage in either text "
                                    "first, pick its code beside “Edit”, then press Edit.</span>")
                return False
            code_id = self.edit_code.currentData()
            if code_id is None:
                return False
            edited = [(code_id, self._edit_span[1], self._edit_span[2])]
        position = self.order.index(self.current)
        key = disagreement_key(d)
        what = {"accept_first": f"accept {self.first_name}", "accept_second": f"accept {self.second_name}"}.get(
            decision, DECISION_LABELS[decision].lower())
        label = f"Adjudicate {d.kind} ({what})"
        ok, _ = self.session.try_run(label, adjudicate, d, decision, first=self.first_id, second=self.second_id,
                                     consensus=self.consensus_name, edited=edited, note=self.note_edit.text().strip())
        if not ok:
            return False
        self.note_edit.clear()
        self._decided_trail.append(key)
        keys = [disagreement_key(x) for x in self.disagreements]
        if key in keys:  # the list still holds it (the consensus is neither coder compared)
            position = self.order.index(keys.index(key))
        target = self.next_undecided(position)
        if target is not None and target in self._items:
            self.go_to(target)
        else:
            self._fill_tree()
        return True

    def after_undo(self, label: str) -> None:
        """After an undo: if it took back a decision made here, show that disagreement again."""
        if not label.startswith("Adjudicate") or not self._decided_trail:
            return
        key = self._decided_trail.pop()
        keys = [disagreement_key(d) for d in self.disagreements]
        if key in keys and keys.index(key) in self._items:
            self.go_to(keys.index(key))
