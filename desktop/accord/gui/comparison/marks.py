"""The coloured marks the Disagreements tab shares between its list, its decision bar and its coder pickers.

`dot` paints a round icon in a kind's, a coder's or a code's colour;
`DECIDED_COLOUR` is the green of a decided disagreement (its ✓ in the list,
"✓ Decided" under the decision buttons).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

DECIDED_COLOUR = "#2e7d32"


def dot(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)
