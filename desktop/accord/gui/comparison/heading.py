"""The heading above the two texts of the Disagreements tab: what the disagreement shown is.

`DisagreementHeading` names the disagreement shown (its kind, document,
passage, size in dispute and place in the list) and explains it in words, or
says why there is nothing to show; beside the explanation sit the pair's
"Scroll together" box and the Previous and Next buttons.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QWidget

from ...core.agreement import Disagreement
from .model import KIND_COLOURS, describe, kind_label
from ..i18n import fill, integer


class DisagreementHeading(QWidget):
    """Title, explanation, "Scroll together", Previous and Next."""

    def __init__(self, sync_check: QCheckBox, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("disagreementTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel()
        self.explanation.setObjectName("disagreementExplanation")
        self.explanation.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous disagreement (K or Alt+Up)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next disagreement (J or Alt+Down)"))
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.title, 0, 0, 1, 4)
        layout.addWidget(self.explanation, 1, 0)
        layout.addWidget(sync_check, 1, 1)
        layout.addWidget(self.previous_button, 1, 2)
        layout.addWidget(self.next_button, 1, 3)
        layout.setColumnStretch(0, 1)

    def show_disagreement(self, d: Disagreement | None, position: int | None, count: int, first_name: str,
                          second_name: str, any_at_all: bool) -> None:
        """Describe `d`, number `position` (from 0) of the `count` listed; None: say why nothing is shown."""
        has = d is not None
        self.previous_button.setEnabled(has and position > 0)
        self.next_button.setEnabled(has and position < count - 1)
        if d is None:
            self.title.setText(self.tr("<span style='font-size:12pt'><b>Nothing to show</b></span>"))
            self.explanation.setText(self.tr("All decided: untick “Hide decided” to see them again.")
                                     if any_at_all else self.tr("These coders do not disagree anywhere."))
            return
        colour = KIND_COLOURS[d.kind]
        dispute = DisagreementHeading.tr("%Ln character(s) in dispute", "", d.size)
        where = fill(self.tr("%1 of %2"), integer(position + 1), integer(count))
        self.title.setText(
            f"<span style='font-size:12pt'><span style='color:{colour}'>●</span> <b>{kind_label(d.kind)}</b>"
            f" &nbsp;·&nbsp; {html.escape(d.document)} &nbsp;·&nbsp; {integer(d.start)}–{integer(d.end)}"
            f" &nbsp;·&nbsp; {dispute}</span>"
            f" &nbsp;<span style='color:gray'>({where})</span>")
        self.explanation.setText(describe(d, first_name, second_name))
