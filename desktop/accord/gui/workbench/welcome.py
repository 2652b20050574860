"""What the window shows when no project is open: start a project, open one, try the sample, or restore a backup.

"Restore from backup…" needs no project open (the project may be too damaged
to open): it runs `gui.restore.restore_from_welcome`, then asks the window to
open the restored project through `recentRequested`. A recent project is listed
as "name — folder", elided in the middle to the list's width, with the full path
in its tooltip.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...appdirs import recent_projects
from ..workbench.actions import ACTIONS

FULL_TEXT = Qt.ItemDataRole.UserRole + 1  # a row's text before eliding


class RecentList(QListWidget):
    """The recent projects; each row's text is elided in the middle to fit, again on every resize."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.elide()

    def elide(self) -> None:
        metrics = QFontMetrics(self.font())
        width = max(80, self.viewport().width() - 2 * self.spacing() - 12)
        for row in range(self.count()):
            item = self.item(row)
            full = item.data(FULL_TEXT)
            item.setText(metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, width))


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)
    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel("<h1>Accord</h1><p>%s</p>"  # not text: the name (never translated) and markup
                       % self.tr("Code interviews and other texts, then see where coders agree."))
        title.setAlignment(Qt.AlignCenter)
        buttons = []
        labels = {spec.id: QCoreApplication.translate("Actions", spec.label) for spec in ACTIONS}
        for text, signal, tip in (  # the same words as the File menu's items
            (labels["new"], self.newRequested, self.tr("Create an empty project file")),
            (labels["open"], self.openRequested, self.tr("Open an existing .accord file")),
            (labels["open_sample"], self.sampleRequested, self.tr("Four fictional interviews, a codebook, two coders")),
            (self.tr("&Restore from backup…"), self.restoreRequested,
             self.tr("Put back a damaged or lost project from its automatic backups")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumWidth(260)
            button.clicked.connect(signal.emit)
            buttons.append(button)
        self.restore_button = buttons[-1]
        self.restoreRequested.connect(self.restore_from_backup)
        self.recent = RecentList()
        self.recent.setMinimumWidth(480)  # room for a path; longer ones are elided in the middle
        self.recent.setMaximumWidth(640)
        self.recent.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.UserRole)))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        for button in buttons:
            layout.addWidget(button, 0, Qt.AlignHCenter)
        self.recent_label = QLabel(self.tr("Recent projects"))
        layout.addWidget(self.recent_label, 0, Qt.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignHCenter)
        layout.addStretch(2)
        self.refresh()

    def restore_from_backup(self) -> None:
        from ..restore import restore_from_welcome

        restored = restore_from_welcome(self)
        if restored is not None:
            self.recentRequested.emit(str(restored))  # the window opens it

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_projects():
            item = QListWidgetItem()
            item.setData(FULL_TEXT, f"{Path(path).name}   —   {Path(path).parent}")
            item.setData(Qt.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.elide()
        self.recent.setVisible(self.recent.count() > 0)
        self.recent_label.setVisible(self.recent.count() > 0)
