"""What the window shows when no project is open: start a project, open one, try the sample, or restore a backup.

"Restore from backup…" needs no project open (the project may be too damaged
to open): it runs `gui.restore.restore_from_welcome`, then asks the window to
open the restored project through `recentRequested`.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...appdirs import recent_projects


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)
    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel("<h1>Accord</h1><p>Code interviews and other texts, then see where coders agree.</p>")
        title.setAlignment(Qt.AlignCenter)
        buttons = []
        for text, signal, tip in (
            ("&New project…", self.newRequested, "Create an empty project file"),
            ("&Open project…", self.openRequested, "Open an existing .accord file"),
            ("Open the &sample project", self.sampleRequested, "Four fictional interviews, a codebook, two coders"),
            ("&Restore from backup…", self.restoreRequested,
             "Put back a damaged or lost project from its automatic backups"),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumWidth(260)
            button.clicked.connect(signal.emit)
            buttons.append(button)
        self.restore_button = buttons[-1]
        self.restoreRequested.connect(self.restore_from_backup)
        self.recent = QListWidget()
        self.recent.setMaximumWidth(520)
        self.recent.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.UserRole)))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        for button in buttons:
            layout.addWidget(button, 0, Qt.AlignHCenter)
        self.recent_label = QLabel("Recent projects")
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
            item = QListWidgetItem(f"{Path(path).name}   —   {Path(path).parent}")
            item.setData(Qt.UserRole, str(path))
            self.recent.addItem(item)
        self.recent.setVisible(self.recent.count() > 0)
        self.recent_label.setVisible(self.recent.count() > 0)
