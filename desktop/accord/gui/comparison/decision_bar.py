"""The adjudication bar under the two texts of the Disagreements tab.

`DecisionBar` owns the decision buttons (accept A, accept B, union,
intersection, edit, neither) with the code "Edit" gives, the consensus coder's
name, the note kept with a decision and the status line (decided or not, what
the consensus coder has there, what "Edit" would use). A button asks for its
decision through `decisionRequested`; writing it is the panel's business. Each
button's tooltip says what the consensus coder would get.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.agreement.adjudication import CONSENSUS
from ...core.agreement import Disagreement
from ...core.codebook import code_tree, resolve_code
from ...core.coders import resolve_coder
from ...core.codings import codings_of_document
from ...core.errors import NotFound
from .marks import DECIDED_COLOUR, dot
from .model import decision_label, placements
from ..i18n import fill, integer, translate
from ..session import Session

DECISION_BUTTONS = (  # labels translated when shown; the mnemonics are the decisions' Alt+ keys
    ("accept_first", QT_TRANSLATE_NOOP("DecisionBar", "Accept &A")),
    ("accept_second", QT_TRANSLATE_NOOP("DecisionBar", "Accept &B")),
    ("union", QT_TRANSLATE_NOOP("DecisionBar", "&Union")),
    ("intersection", QT_TRANSLATE_NOOP("DecisionBar", "&Intersection")),
    ("edit", QT_TRANSLATE_NOOP("DecisionBar", "&Edit")),
    ("neither", QT_TRANSLATE_NOOP("DecisionBar", "&Neither")),
)


class DecisionBar(QFrame):
    """The decision buttons, the consensus coder, the note and the status of the disagreement shown."""

    decisionRequested = Signal(str)  # a key of model.DECISION_LABELS

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.edit_span: tuple[str, int, int] | None = None  # (pane letter, start, end) the user selected
        self.setObjectName("decisionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.buttons: dict[str, QPushButton] = {}
        decision_row = QHBoxLayout()
        decision_row.setSpacing(6)
        for decision, label in DECISION_BUTTONS:
            button = QPushButton(translate("DecisionBar", label))
            button.setObjectName(f"decide_{decision}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=decision: self.decisionRequested.emit(d))
            self.buttons[decision] = button
            decision_row.addWidget(button)
            if decision == "edit":
                self.edit_code = QComboBox()
                self.edit_code.setObjectName("editCode")
                self.edit_code.setToolTip(self.tr("The code “Edit” gives the passage selected in either text"))
                self.edit_code.setMinimumContentsLength(16)
                self.edit_code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                decision_row.addWidget(self.edit_code)
        decision_row.addStretch(1)
        self.consensus_edit = QLineEdit(CONSENSUS)
        self.consensus_edit.setObjectName("consensusName")
        self.consensus_edit.setToolTip(self.tr("The coder the decisions are written to (created if needed)"))
        self.consensus_edit.setMaximumWidth(180)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("decisionNote")
        self.note_edit.setPlaceholderText(self.tr("Note on this decision (optional, kept with it)"))
        self.note_edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("decisionStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        note_row = QHBoxLayout()
        note_row.setSpacing(6)
        note_row.addWidget(QLabel(self.tr("Consensus coder")))
        note_row.addWidget(self.consensus_edit)
        note_row.addSpacing(10)
        note_row.addWidget(QLabel(self.tr("Note")))
        note_row.addWidget(self.note_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(decision_row)
        layout.addLayout(note_row)
        layout.addWidget(self.status)

    @property
    def consensus_name(self) -> str:
        return " ".join(self.consensus_edit.text().split()) or CONSENSUS

    def fill_edit_codes(self, d: Disagreement | None) -> None:
        """Offer every code for "Edit", the two codes of `d` first."""
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
            self.edit_code.addItem(dot(by_id[code_id].color, 10), by_id[code_id].name, code_id)
        if first_items:
            self.edit_code.insertSeparator(self.edit_code.count())
        for code, depth in tree:
            self.edit_code.addItem(dot(code.color, 10), "   " * depth + code.name, code.id)
        if d is None and previous is not None:
            self.edit_code.setCurrentIndex(max(0, self.edit_code.findData(previous)))
        self.edit_code.blockSignals(False)

    def show_disagreement(self, d: Disagreement | None, decided: bool, first_name: str, second_name: str) -> None:
        """Enable, label and explain the buttons for `d` (None: nothing to decide) between these coders."""
        clash = self.consensus_name in (first_name, second_name)
        for decision, button in self.buttons.items():
            button.setEnabled(d is not None and not clash)
            button.setToolTip(self._decision_tip(decision, d))
        self.buttons["accept_first"].setText(fill(self.tr("Accept &A · %1"), first_name))
        self.buttons["accept_second"].setText(fill(self.tr("Accept &B · %1"), second_name))
        self.edit_code.setEnabled(d is not None and not clash)
        if d is None:
            self.status.setText("")
            return
        if clash:
            self.status.setText(fill(self.tr("<span style='color:#b3261e'>The consensus coder must be someone "
                                             "other than %1 and %2.</span>"),
                                     html.escape(first_name), html.escape(second_name)))
            return
        here = self._consensus_here(d)
        consensus = html.escape(self.consensus_name)
        parts = [fill(self.tr("<b style='color:%1'>✓ Decided</b>"), DECIDED_COLOUR) if decided
                 else self.tr("<b>Not decided yet</b>")]
        if here:
            parts.append(fill(self.tr("%1 has here: %2"), consensus, "; ".join(here)))
        elif decided:
            parts.append(fill(self.tr("%1 has nothing here"), consensus))
        if self.edit_span is not None:
            letter, start, end = self.edit_span
            parts.append(fill(self.tr("Edit would use the passage selected in %1: %2–%3"), letter, integer(start),
                              integer(end)))
        self.status.setText(" &nbsp;·&nbsp; ".join(parts))

    def edited(self) -> list[tuple[int, int, int]] | None:
        """What "Edit" places: [(code id, start, end)] from the selected passage, or None (saying why) if nothing."""
        if self.edit_span is None:
            self.status.setText(self.tr("<span style='color:#b3261e'>Select the consensus passage in either text "
                                        "first, pick its code beside “Edit”, then press Edit.</span>"))
            return None
        code_id = self.edit_code.currentData()
        if code_id is None:
            return None
        return [(code_id, self.edit_span[1], self.edit_span[2])]

    def _consensus_here(self, d: Disagreement) -> list[str]:
        try:
            consensus_id = resolve_coder(self.session.db, self.consensus_name)
        except NotFound:
            return []
        codes = {code.id: code.name for code, _ in code_tree(self.session.db)}
        found = []
        for coding in codings_of_document(self.session.db, d.document_id, [consensus_id]):
            if coding.start < d.end and coding.end > d.start:
                found.append(f"{html.escape(codes.get(coding.code_id, '?'))} "
                             f"{integer(coding.start)}–{integer(coding.end)}")
        return found

    def _decision_tip(self, decision: str, d: Disagreement | None) -> str:
        if d is None:
            return decision_label(decision)
        if decision == "edit":
            return self.tr("Give the code chosen beside this button to the passage you selected in either text "
                           "(Alt+E)")
        shortcut = {"accept_first": "A", "accept_second": "B", "union": "U", "intersection": "I",
                    "neither": "N"}[decision]
        result = placements(d, decision)
        on = self.tr("%1 on %2–%3")
        writes = "; ".join(fill(on, code, integer(start), integer(end)) for code, (start, end) in result)
        return fill(self.tr("%1: the consensus gets %2 (Alt+%3)"), decision_label(decision),
                    writes or self.tr("nothing"), shortcut)
