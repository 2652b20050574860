"""The "Disagreements" tab: where two coders differ, navigated one by one and adjudicated.

`DisagreementsPanel` owns the disagreements of coder A and coder B
(find_disagreements, largest first) and which are decided, the display order
(grouped by kind or not, decided ones hidden or not) and the current one, and
moves through them: J or Alt+Down next, K or Alt+Up previous, Enter (in the
list) shows the current one again. It assembles the coder pair, the list, the
heading, the two texts and the decision bar, and writes a decision (Alt+A,
Alt+B, Alt+U, Alt+I, Alt+E, Alt+N) to the consensus coder through adjudicate()
as one undoable command, then moves on to the next undecided disagreement.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QProgressBar, QSplitter, QVBoxLayout, QWidget,
)

from ...core.agreement.adjudication import adjudicate, is_decided
from ...core.agreement import AgreementOptions, Disagreement, find_disagreements
from ...core.errors import AccordError
from .coder_pair import CoderPairPicker
from .decision_bar import DecisionBar
from .disagreement_list import DisagreementList, display_order
from .heading import DisagreementHeading
from .model import disagreement_key
from .sides import SidePair
from ..i18n import fill
from ..session import Session


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
        self._items = {}  # index into self.disagreements -> its row in the list
        self._decided_trail: list[tuple[tuple, str]] = []  # (key, command label) decided in this window, for undo
        self.message = ""  # why there is no list
        self._sized = False

        # -- the bar above everything
        self.coders = CoderPairPicker(session)
        self.group_check = QCheckBox(self.tr("Group by kind"), checked=True)
        self.group_check.setToolTip(self.tr("Boundary, omission and confusion disagreements apart "
                                            "(each largest first)"))
        self.hide_check = QCheckBox(self.tr("Hide decided"))
        self.hide_check.setToolTip(self.tr("Leave out the disagreements already decided"))
        self.progress = QProgressBar()
        self.progress.setObjectName("adjudicationProgress")
        self.progress.setFixedWidth(180)
        self.progress.setFormat(self.tr("%v of %m decided"))
        self.progress.setTextVisible(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.coders)
        top.addSpacing(16)
        top.addWidget(self.group_check)
        top.addWidget(self.hide_check)
        top.addStretch(1)
        top.addWidget(self.progress)

        # -- left: the list and the confusion table
        self.disagreement_list = left = DisagreementList()
        self.tree, self.confusions = left.tree, left.confusions

        # -- right: what this one is, both texts, the decision
        self.sides = SidePair(session)
        self.pane_a, self.pane_b = self.sides.pane_a, self.sides.pane_b
        self.heading = DisagreementHeading(self.sides.sync_check)
        self.explanation = self.heading.explanation
        self.bar = DecisionBar(session)
        self.buttons, self.edit_code = self.bar.buttons, self.bar.edit_code
        self.consensus_edit, self.note_edit, self.status = self.bar.consensus_edit, self.bar.note_edit, self.bar.status

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.sides, 1)
        right_layout.addWidget(self.bar)

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
        self.coders.changed.connect(self._coders_chosen)
        self.group_check.toggled.connect(lambda _: self._fill_tree())
        self.hide_check.toggled.connect(lambda _: self._fill_tree())
        left.chosen.connect(self._item_chosen)
        self.tree.itemActivated.connect(lambda item, _column: self.jump())
        left.confusionClicked.connect(self._confusion_clicked)
        self.heading.previous_button.clicked.connect(self.previous)
        self.heading.next_button.clicked.connect(self.next)
        self.bar.decisionRequested.connect(self.decide)
        self.consensus_edit.textChanged.connect(lambda _: self._update_decision_bar())
        self.sides.passageSelected.connect(self._passage_selected)
        self.shortcuts = []
        for keys, slot in (("J", self.next), ("Alt+Down", self.next), ("K", self.previous),
                           ("Alt+Up", self.previous)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self.coders.fill()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the first time: a list wide enough for its columns, the rest for the texts
            self._sized = True
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([470, max(total - 470, 400)])

    # -- coders ----------------------------------------------------------------------
    @property
    def first_id(self) -> int | None:
        return self.coders.first_id

    @property
    def second_id(self) -> int | None:
        return self.coders.second_id

    def set_coders(self, first: int, second: int) -> None:
        """Compare these two coders (ids)."""
        self.coders.set_pair(first, second)

    def _coders_chosen(self) -> None:
        self.current = None
        self.refresh()

    @property
    def first_name(self) -> str:
        return self.coders.name(self.first_id)

    @property
    def second_name(self) -> str:
        return self.coders.name(self.second_id)

    # -- the list ----------------------------------------------------------------------
    def on_changed(self, changes) -> None:
        if changes.touches("coders"):
            self.coders.fill()
        if changes.touches("codes"):
            self.bar.fill_edit_codes(self.current_disagreement)
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
            self.message = self.tr("Disagreements need two coders.")
        elif self.first_id == self.second_id:
            self.message = self.tr("Choose two different coders.")
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
        self.bar.fill_edit_codes(self.current_disagreement)
        self._fill_tree(fallback=position)
        self.disagreement_list.fill_confusions(self.disagreements, self.first_name, self.second_name)

    def _fill_tree(self, fallback: int | None = None) -> None:
        """Rebuild the list in display order; keep the current one (or the one now at its place)."""
        grouped = self.group_check.isChecked()
        self.order, self.visible = display_order(self.disagreements, self.decided, grouped,
                                                 self.hide_check.isChecked())
        if self.current is not None and self.current not in self.visible:
            after = self.order[self.order.index(self.current):]
            self.current = next((i for i in after if i in self.visible), None)
        if self.current is None and self.visible:
            at = min(fallback, len(self.visible) - 1) if fallback is not None else 0
            self.current = self.visible[at]
        self._items = self.disagreement_list.fill(self.disagreements, self.decided, self.order, self.visible,
                                                  grouped, self.first_name, self.second_name)
        self._update_summary()
        if self.current is not None:
            self.tree.setCurrentItem(self._items[self.current])
            self.tree.scrollToItem(self._items[self.current])
        self._show_current()

    def _update_summary(self) -> None:
        total, done = len(self.disagreements), sum(self.decided)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(fill(self.tr("%1 of %2 decided"), done, total) if total
                                else self.tr("nothing to decide"))
        if self.message:
            self.splitter.hide()
            hint = self.tr("Pick two coders above; a coder's work comes in with File ▸ Merge coders' projects.")
            self.empty.setText(f"<p style='font-size:13pt'>{html.escape(self.message)}</p>"
                               f"<p style='color:gray'>{html.escape(hint)}</p>")
            self.empty.show()
            return
        self.empty.hide()
        self.splitter.show()
        self.disagreement_list.show_summary(self.disagreements, len(self.disagreements) - len(self.visible),
                                            self.first_name, self.second_name)

    def _confusion_clicked(self, first: str, second: str) -> None:
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

    def _item_chosen(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self._show_current()

    # -- showing -----------------------------------------------------------------------
    def _show_current(self) -> None:
        d = self.current_disagreement
        position = self.visible.index(self.current) if d is not None else None
        self.heading.show_disagreement(d, position, len(self.visible), self.first_name, self.second_name,
                                       bool(self.disagreements))
        self.sides.filter_coders(self.first_id, self.second_id)
        first = (self.first_name, self.coders.colour(self.first_id))
        second = (self.second_name, self.coders.colour(self.second_id))
        if d is None:
            self.sides.show_disagreement(None, first, second)
            self._update_decision_bar()
            self.currentChanged.emit(None)
            return
        self.sides.show_disagreement(d, first, second)
        self.bar.edit_span = None
        self.bar.fill_edit_codes(d)
        self._update_decision_bar()
        self.currentChanged.emit(d)

    def _passage_selected(self, letter: str, start: int, end: int) -> None:
        """Remember a passage the user selected for "Edit"."""
        self.bar.edit_span = (letter, start, end)
        self._update_decision_bar()

    # -- deciding ------------------------------------------------------------------------
    def _update_decision_bar(self) -> None:
        d = self.current_disagreement
        self.bar.show_disagreement(d, d is not None and self.decided[self.current], self.first_name,
                                   self.second_name)

    def decide(self, decision: str) -> bool:
        """Write a decision on the current disagreement to the consensus coder, then go to the next undecided."""
        d = self.current_disagreement
        if d is None:
            return False
        edited: list[tuple[int, int, int]] = []
        if decision == "edit":
            edited = self.bar.edited()
            if edited is None:
                return False
        position = self.order.index(self.current)
        key = disagreement_key(d)
        label = self._command_label(d, decision)
        ok, _ = self.session.try_run(label, adjudicate, d, decision, first=self.first_id, second=self.second_id,
                                     consensus=self.bar.consensus_name, edited=edited,
                                     note=self.note_edit.text().strip())
        if not ok:
            return False
        self.note_edit.clear()
        self._decided_trail.append((key, label))
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
        if not self._decided_trail or self._decided_trail[-1][1] != label:
            return
        key, _ = self._decided_trail.pop()
        keys = [disagreement_key(d) for d in self.disagreements]
        if key in keys and keys.index(key) in self._items:
            self.go_to(keys.index(key))

    def _command_label(self, d: Disagreement, decision: str) -> str:
        """The name of a decision in the undo history: "Adjudicate boundary (union)"."""
        kind = {"boundary": self.tr("boundary"), "omission": self.tr("omission"),
                "confusion": self.tr("confusion")}[d.kind]
        if decision in ("accept_first", "accept_second"):
            name = self.first_name if decision == "accept_first" else self.second_name
            return fill(self.tr("Adjudicate %1 (accept %2)"), kind, name)
        what = {"union": self.tr("union"), "intersection": self.tr("intersection"), "edit": self.tr("edit"),
                "neither": self.tr("neither")}[decision]
        return fill(self.tr("Adjudicate %1 (%2)"), kind, what)
