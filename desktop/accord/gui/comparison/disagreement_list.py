"""The left of the Disagreements tab: the list of disagreements and the table of confusions.

`DisagreementList` shows the disagreements in the display order it is given,
under a heading per kind when grouped, each row with a ✓ when decided, and a
one-line summary above them; below, the code × code table of confusions.
`display_order` says which disagreements the list shows, and in what order.
The list reports the disagreement chosen in it (`chosen`) and the confusion
clicked (`confusionClicked`); which one is current is the panel's business.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from ...core.agreement import Disagreement, confusion_table
from .marks import DECIDED_COLOUR, dot
from .model import KIND_COLOURS, KIND_ORDER, describe, kind_help, kind_label
from ..i18n import fill, integer

IndexRole = Qt.ItemDataRole.UserRole + 10
CHECK = "✓"


def display_order(ds: list[Disagreement], decided: list[bool], grouped: bool,
                  hide_decided: bool) -> tuple[list[int], list[int]]:
    """(order, visible): indices into `ds` in display order, and the same without the hidden (decided) ones."""
    if grouped:
        order = [i for kind in KIND_ORDER for i in range(len(ds)) if ds[i].kind == kind]
    else:
        order = list(range(len(ds)))
    return order, [i for i in order if not (hide_decided and decided[i])]


class DisagreementList(QSplitter):
    """The summary and the list above, the confusion table below."""

    chosen = Signal(int)  # index into the disagreements of the row made current
    confusionClicked = Signal(str, str)  # coder A's code, coder B's code

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self._filling = False
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
        self.no_confusions = QLabel(self.tr("No confusions: wherever these coders' spans overlap, they share a code."))
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
        self.addWidget(list_box)
        self.addWidget(confusion_box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([480, 200])
        self.setChildrenCollapsible(False)
        self.tree.currentItemChanged.connect(self._item_changed)
        self.confusions.cellClicked.connect(self._confusion_clicked)

    # -- the list ----------------------------------------------------------------------
    def fill(self, ds: list[Disagreement], decided: list[bool], order: list[int], visible: list[int], grouped: bool,
             first_name: str, second_name: str) -> dict[int, QTreeWidgetItem]:
        """List the `visible` disagreements (under kind headings when `grouped`); their items by index."""
        self._filling = True
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        self.tree.setHeaderLabels([CHECK, self.tr("Kind"), self.tr("Document"), fill(self.tr("A · %1"), first_name),
                                   fill(self.tr("B · %1"), second_name), self.tr("Size")])
        self.tree.setRootIsDecorated(grouped)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        parents: dict[str, QTreeWidgetItem] = {}
        if grouped:
            for kind in KIND_ORDER:
                members = [i for i in order if ds[i].kind == kind]
                if not members:
                    continue
                shown = [i for i in members if i in visible]
                done = sum(decided[i] for i in members)
                group = QTreeWidgetItem(self.tree)
                group.setText(0, f"{kind_label(kind)}  ·  {integer(len(members))}"
                                 + ("  ·  " + DisagreementList.tr("%n decided", "", done) if done else ""))
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                group.setIcon(0, dot(KIND_COLOURS[kind]))
                group.setToolTip(0, kind_help(kind))
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setData(0, IndexRole, None)
                parents[kind] = group
                if not shown:
                    group.setText(0, group.text(0) + "  ·  " + self.tr("all decided"))
        for i in visible:
            d = ds[i]
            item = QTreeWidgetItem(parents.get(d.kind, None) if grouped else None)
            if not grouped:
                self.tree.addTopLevelItem(item)
            self._label_item(item, i, d, decided[i], first_name, second_name)
            items[i] = item
        self.tree.expandAll()
        self.tree.setColumnHidden(1, grouped)  # the headings say the kind
        for column, width in enumerate((44 if grouped else 24, 92, 104, 128, 128, 50)):
            self.tree.header().resizeSection(column, width)
        self._filling = False
        return items

    @staticmethod
    def _label_item(item: QTreeWidgetItem, i: int, d: Disagreement, decided: bool, first_name: str,
                    second_name: str) -> None:
        item.setData(0, IndexRole, i)
        item.setText(0, CHECK if decided else "")
        item.setForeground(0, QBrush(QColor(DECIDED_COLOUR)))
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
        item.setText(1, kind_label(d.kind))
        item.setIcon(1, dot(KIND_COLOURS[d.kind]))
        item.setText(2, d.document)
        item.setIcon(2, dot(KIND_COLOURS[d.kind], 8))
        item.setText(3, d.first_code or "—")
        item.setText(4, d.second_code or "—")
        item.setText(5, integer(d.size))
        item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = (fill(DisagreementList.tr("<b>%1</b> in %2, %3–%4"), kind_label(d.kind), html.escape(d.document),
                    integer(d.start), integer(d.end))
               + f"<br>{html.escape(describe(d, first_name, second_name))}<br>"
               + DisagreementList.tr("%Ln character(s) in dispute", "", d.size)
               + ("<br>" + DisagreementList.tr("<b>✓ decided</b>") if decided else ""))
        for column in range(6):
            item.setToolTip(column, tip)
        if decided:
            grey = QBrush(QColor("#8a8a8a"))
            for column in range(1, 6):
                item.setForeground(column, grey)

    def show_summary(self, ds: list[Disagreement], hidden: int, first_name: str, second_name: str) -> None:
        """The line above the list: how many disagreements of each kind, how many decided ones hidden."""
        total = len(ds)
        if not total:
            self.list_summary.setText(fill(self.tr("%1 and %2 agree everywhere: no disagreements."),
                                           first_name, second_name))
            return
        counts = {kind: sum(1 for d in ds if d.kind == kind) for kind in KIND_ORDER}
        kinds = {"boundary": DisagreementList.tr("%n boundary", "", counts["boundary"]),
                 "omission": DisagreementList.tr("%n omission", "", counts["omission"]),
                 "confusion": DisagreementList.tr("%n confusion", "", counts["confusion"])}
        parts = [kinds[k] for k in KIND_ORDER if counts[k]]
        text = fill(DisagreementList.tr("<b>%n disagreement(s)</b> between %1 and %2, largest first: %3", "", total),
                    html.escape(first_name), html.escape(second_name), ", ".join(parts))
        if hidden:
            text += " · " + DisagreementList.tr("%n decided hidden", "", hidden)
        self.list_summary.setText(text)

    def _item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if self._filling or item is None:
            return
        index = item.data(0, IndexRole)
        if index is None:  # a group heading: go to its first member
            if item.childCount():
                self.tree.setCurrentItem(item.child(0))
            return
        self.chosen.emit(index)

    # -- the confusions ----------------------------------------------------------------
    def fill_confusions(self, ds: list[Disagreement], first_name: str, second_name: str) -> None:
        table = confusion_table(ds)
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
                    item.setToolTip(f"{first_name}: {first}\n{second_name}: {second}\n"
                                    + DisagreementList.tr("%n confusion(s)", "", cell["count"]) + ", "
                                    + DisagreementList.tr("%Ln character(s) overlapping", "", cell["characters"])
                                    + "\n" + self.tr("Click to go to the first one"))
                self.confusions.setItem(r, c, item)
        for c, second in enumerate(columns):
            self.confusions.horizontalHeaderItem(c).setToolTip(f"{second_name}: {second}")
        for r, first in enumerate(rows):
            self.confusions.verticalHeaderItem(r).setToolTip(f"{first_name}: {first}")
        self.confusions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.confusions.horizontalHeader().setDefaultSectionSize(84)
        self.confusions_title.setText(fill(
            self.tr("<b>Confusions</b> <span style='color:gray'>— rows: %1's code, columns: %2's code</span>"),
            html.escape(first_name), html.escape(second_name)))
        self.confusions.setVisible(bool(rows))
        self.no_confusions.setVisible(not rows)

    def _confusion_clicked(self, row: int, column: int) -> None:
        self.confusionClicked.emit(self.confusions.verticalHeaderItem(row).text(),
                                   self.confusions.horizontalHeaderItem(column).text())
