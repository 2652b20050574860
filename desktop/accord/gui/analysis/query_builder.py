"""Analyse ▸ Coding query: build a query (a code, then and/or/not/near steps, with filters), run it,
and save it in the project by name.

Running lists the passages in the retrieval dock (queryRun: the title, the Query, so
the dock can run it again when the project changes, and what it found). The evaluation rules are
those of core/analysis/query.py: steps apply left to right.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...core.analysis.conditions import OPERATORS
from ...core.analysis.query import Query, Step, run_query
from ...core.analysis.saved_queries import delete_query, save_query, saved_queries, saved_query
from ...core.analysis.speakers import speakers_in_order
from ...core.attributes import attribute_keys
from ...core.codings import Segment
from ...core.coders import CODER, list_coders
from ...core.errors import AccordError
from ..i18n import fill
from ..widgets import dialogs
from .query_rows import CodePicker, StepRow


def as_segments(found, coders: str = "") -> list[Segment]:
    """Query results as the dock's segments: the codes column lists every code covering the passage."""
    return [Segment(0, s.document_id, s.document, 0, ", ".join(s.codes), 0, coders, s.start, s.end, s.text, "")
            for s in found]


class QueryBuilder(QDialog):
    queryRun = Signal(str, object, object)  # title, Query, [QuerySegment]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Coding query"))
        db = session.db
        self.saved = QComboBox()
        self.load_button = QPushButton(self.tr("Load"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.code = CodePicker(db)
        self.steps_box = QVBoxLayout()
        self.steps_box.setContentsMargins(0, 0, 0, 0)
        self.add_step = QPushButton(self.tr("Add a condition"))
        self.within = QComboBox()
        for key, label in ((None, self.tr("the same characters")), ("turn", self.tr("the same speaker turn")),
                           ("paragraph", self.tr("the same paragraph"))):
            self.within.addItem(label, key)
        self.within.setToolTip(self.tr("What \"and\" and \"not\" look at: the passage's own characters, or the "
                                       "turn or paragraph around it"))
        self.coder = QComboBox()
        self.speaker = QComboBox()
        self.attribute = QComboBox()
        self._fill_choices()
        self.operator = QComboBox()
        for op in OPERATORS:
            self.operator.addItem(op, op)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("value"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        self._layout(close)
        self.add_step.clicked.connect(lambda: self.add_row())
        self.attribute.currentIndexChanged.connect(self._enable_condition)
        self.run_button.clicked.connect(self.run)
        self.save_button.clicked.connect(self.save)
        self.load_button.clicked.connect(self.load)
        self.delete_button.clicked.connect(self.delete)
        close.clicked.connect(self.close)
        session.changed.connect(self._changed)
        self.rows: list[StepRow] = []
        self._enable_condition()
        self.refresh_saved()
        self.resize(640, self.sizeHint().height())

    def _layout(self, close: QPushButton) -> None:
        saved = QHBoxLayout()
        saved.addWidget(self.saved, 1)
        saved.addWidget(self.load_button)
        saved.addWidget(self.delete_button)
        steps = QWidget()
        steps.setLayout(self.steps_box)
        condition = QHBoxLayout()
        condition.addWidget(self.attribute, 1)
        condition.addWidget(self.operator)
        condition.addWidget(self.value, 1)
        form = QFormLayout()
        form.addRow(self.tr("Saved queries:"), saved)
        form.addRow(self.tr("Passages coded:"), self.code)
        form.addRow("", steps)
        add = QHBoxLayout()
        add.addWidget(self.add_step)
        add.addStretch(1)
        form.addRow("", add)
        form.addRow(self.tr("And/not look at:"), self.within)
        form.addRow(self.tr("Coder:"), self.coder)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Documents:"), condition)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _changed(self, changes, _label) -> None:
        """Keep the choices in step with the project (a code added, a save undone ...)."""
        if changes.touches("project"):  # saved queries and attribute types live there
            self.refresh_saved(self.saved.currentData())
        if changes.touches("codes"):
            for picker in [self.code] + [row.code for row in self.rows]:
                picker.refill(self.session.db)
        if changes.touches("coders", "documents", "attributes", "project"):
            self._fill_choices()
            self._enable_condition()

    def _fill_choices(self) -> None:
        """The coder, speaker and attribute combos, keeping each choice that still exists."""
        db = self.session.db
        coders = [(c.name if c.role == CODER else fill(self.tr("%1 (consensus)"), c.name), c.name)
                  for c in list_coders(db)]
        for combo, first, items in (
                (self.coder, self.tr("All coders (not consensus)"), coders),
                (self.speaker, self.tr("All speakers"), [(n, n) for n in speakers_in_order(db)]),
                (self.attribute, self.tr("Any document"), [(k, k) for k in attribute_keys(db)])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # -- the query ---------------------------------------------------------
    def add_row(self, step: Step | None = None) -> StepRow:
        row = StepRow(self.session.db, step)
        row.removeRequested.connect(self._remove_row)
        self.rows.append(row)
        self.steps_box.addWidget(row)
        return row

    def _remove_row(self, row: StepRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def _enable_condition(self) -> None:
        on = self.attribute.currentData() is not None
        self.operator.setEnabled(on)
        self.value.setEnabled(on)

    def query(self) -> Query:
        where = []
        if self.attribute.currentData() is not None:
            where.append(f"attr:{self.attribute.currentData()} {self.operator.currentData()} {self.value.text()}")
        coder = self.coder.currentData()
        return Query(self.code.path(), [row.step() for row in self.rows], self.within.currentData(),
                     None if coder is None else [coder], self.speaker.currentData(), where)

    def set_query(self, query: Query) -> None:
        self.code.set_path(query.code)
        for row in list(self.rows):
            self._remove_row(row)
        for step in query.steps:
            self.add_row(step)
        self.within.setCurrentIndex(max(0, self.within.findData(query.within)))
        coder = query.coders[0] if query.coders else None
        self.coder.setCurrentIndex(max(0, self.coder.findData(coder)))
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(query.speaker)))
        self.attribute.setCurrentIndex(0)
        self.value.clear()
        if query.where:
            from ...core.analysis.conditions import parse_condition

            condition = parse_condition(query.where[0])
            self.attribute.setCurrentIndex(max(0, self.attribute.findData(condition.key)))
            self.operator.setCurrentIndex(max(0, self.operator.findData(condition.op)))
            self.value.setText(condition.value)

    # -- buttons -------------------------------------------------------------
    def run(self) -> list | None:
        """Run the query: say how many passages it found, and send it to the dock."""
        query = self.query()
        try:
            found = run_query(self.session.db, query)
        except AccordError as problem:
            self.message.setText(str(problem))
            return None
        count = len(found)
        self.message.setText(QueryBuilder.tr(
            "%n passage(s) found, listed in Retrieved segments.", "", count))
        self.queryRun.emit(fill(self.tr("Query: %1"), query.describe()), query, found)
        return found

    def save(self) -> None:
        name = dialogs.ask_text(self, self.tr("Save query"), self.tr("Name of the query:"),
                                self.saved.currentData() or "")
        if not name:
            return
        ok, _ = self.session.try_run(fill(self.tr("Save query %1"), name), save_query, name, self.query())
        if ok:
            self.refresh_saved(name)
            self.message.setText(fill(self.tr("Saved as “%1”."), name))
        else:
            self.message.setText(self.tr("Not saved: the query does not run (see the message)."))

    def load(self) -> None:
        name = self.saved.currentData()
        if name is None:
            return
        try:
            self.set_query(saved_query(self.session.db, name))
        except AccordError as problem:
            self.message.setText(str(problem))

    def delete(self) -> None:
        name = self.saved.currentData()
        if name is None or not dialogs.confirm(self, self.tr("Delete query"),
                                               fill(self.tr("Delete the saved query “%1”?"), name),
                                               accept_label=self.tr("Delete")):
            return
        if self.session.try_run(fill(self.tr("Delete query %1"), name), delete_query, name)[0]:
            self.refresh_saved()

    def refresh_saved(self, current: str | None = None) -> None:
        try:
            names = list(saved_queries(self.session.db))
        except AccordError:
            names = []
        self.saved.clear()
        if not names:
            self.saved.addItem(self.tr("(none yet)"), None)
        for name in names:
            self.saved.addItem(name, name)
        if current is not None:
            self.saved.setCurrentIndex(max(0, self.saved.findData(current)))
        self.load_button.setEnabled(bool(names))
        self.delete_button.setEnabled(bool(names))
