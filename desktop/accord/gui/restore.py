"""The way back from a damaged project: the damaged-project dialog, the backups list, and restoring.

`offer_restore` runs when opening a project finds it damaged: it names the
newest backup that passes the integrity check and offers Restore / Show
backups / Cancel. `restore_from_welcome` is the welcome page's "Restore from
backup…", with no project open: pick a project file (its backups) or a backup
folder, pick a backup from the list, restore. Restoring is `restore_project`
in the core: the current file is moved aside, never deleted.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core.backups import (
    CheckedBackup, backup_folder, backups_in, backups_root, check_backup, check_backups, restore_project,
)
from ..core.errors import AccordError
from ..core.project_file import ProjectDamaged
from .i18n import fill, integer
from .widgets import dialogs

# Shown translated under "Restore" (`_title()`, the dialog's headers).
TITLE = QT_TRANSLATE_NOOP("Restore", "Restore from backup")
COLUMNS = (QT_TRANSLATE_NOOP("Restore", "Taken"), QT_TRANSLATE_NOOP("Restore", "Size"),
           QT_TRANSLATE_NOOP("Restore", "Documents"), QT_TRANSLATE_NOOP("Restore", "Codings"),
           QT_TRANSLATE_NOOP("Restore", "Integrity"))


def _title() -> str:
    return QCoreApplication.translate("Restore", TITLE)


class BackupsDialog(QDialog):
    """The backups, newest first, each with its time, size, counts and integrity; Restore takes the selected one."""

    def __init__(self, checked: list[CheckedBackup], intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_title())
        self.checked = checked
        self.table = QTableWidget(len(checked), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Restore", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, item in enumerate(checked):
            cells = (item.backup.when, item.backup.size_text,
                     "" if item.documents is None else integer(item.documents),
                     "" if item.codings is None else integer(item.codings),
                     self.tr("ok") if item.ok else fill(self.tr("damaged: %1"), item.problem))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not item.ok:
                    cell.setToolTip(self.tr("This backup fails SQLite's integrity check; choose another one"))
                self.table.setItem(row, column, cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_button.isEnabled() and self.accept())
        self.note = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro))
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(640, 320)
        good = next((row for row, item in enumerate(checked) if item.ok), None)
        if good is not None:
            self.table.selectRow(good)
        self._selection_changed()

    def chosen(self) -> CheckedBackup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.checked[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)
        self.note.setText("" if chosen is None or chosen.ok else
                          self.tr("This backup is damaged and cannot be restored; choose one marked ok."))


class DamagedDialog(QDialog):
    """What is wrong with the project and which backup would put it right: Restore / Show backups / Cancel."""

    RESTORE, SHOW = 1, 2

    def __init__(self, damaged: ProjectDamaged, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project damaged"))
        good = damaged.good
        # "the project file is damaged (detail)" says twice what the bold words say: keep the detail.
        detail = damaged.problem.removeprefix("the project file is damaged").strip(" ()") or damaged.problem
        text = fill(self.tr("<p><b>%1 is damaged</b>: %2.</p>"), escape(damaged.path.name), escape(detail))
        if good is not None:
            text += fill(self.tr("<p>The newest backup that passes the integrity check is from %1. "
                                 "Restore it to go on from there; the damaged file is kept beside it, renamed.</p>"),
                         escape(good.summary()))
        elif damaged.backups:
            text += self.tr("<p>None of its backups passes the integrity check. Show them to look, or restore "
                            "a copy you kept elsewhere with Restore from backup… on the welcome page.</p>")
        else:
            text += self.tr("<p>It has no backups. Restore a copy you kept elsewhere with Restore from backup… "
                            "on the welcome page.</p>")
        self.message = label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(good is not None)
        self.show_button = QPushButton(self.tr("Show backups…"))
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setEnabled(damaged.backups > 0)
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        self.show_button.clicked.connect(lambda: self.done(self.SHOW))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(520, 200)


def offer_restore(parent: QWidget, damaged: ProjectDamaged) -> bool:
    """Ask what to do about a damaged project; True once a backup has been restored (open it again)."""
    while True:
        answer = DamagedDialog(damaged, parent).exec()
        if answer == DamagedDialog.RESTORE and damaged.good is not None:
            return restore(parent, damaged.path, damaged.good)
        if answer != DamagedDialog.SHOW:
            return False
        chosen = choose_backup(parent, check_backups(damaged.path),
                               fill(QCoreApplication.translate("Restore", "Backups of %1, newest first:"), damaged.path.name))
        if chosen is not None:
            return restore(parent, damaged.path, chosen)


def choose_backup(parent: QWidget, checked: list[CheckedBackup], intro: str) -> CheckedBackup | None:
    dialog = BackupsDialog(checked, intro, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore(parent: QWidget, project: Path, chosen: CheckedBackup) -> bool:
    """Restore one backup into `project`; says what went wrong, or where the previous file went."""
    try:
        done = restore_project(project, chosen.path)
    except AccordError as problem:
        dialogs.warn(parent, QCoreApplication.translate("Restore", "Cannot restore"), str(problem))
        return False
    if done.aside is not None:
        dialogs.inform(parent, _title(), fill(QCoreApplication.translate("Restore", "Restored %1 from the backup of %2.\n"
                                                                    "The previous file is kept as %3."),
                                              project.name, chosen.summary(), done.aside.name))
    return True


def ask_backup_folder(parent: QWidget) -> str | None:
    """A folder of backups (they are in the user's data folder); tests replace this."""
    path = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("Restore", "Choose a backup folder"), str(backups_root()))
    return path or None


def restore_from_welcome(parent: QWidget) -> Path | None:
    """Pick a project (or a backup folder), then one of its backups; returns the restored project, or None."""
    choice = dialogs.ask_choice(parent, _title(),
                                QCoreApplication.translate("Restore", "Restore which project? Pick the project file (even a damaged one), "
                                                                "or a folder of backups if the project file is gone."),
                                [QCoreApplication.translate("Restore", "Pick the project file…"), QCoreApplication.translate("Restore", "Pick a backup folder…")])
    if choice == 0:
        picked = dialogs.ask_open_project(parent)
        if not picked:
            return None
        project = Path(picked)
        checked = check_backups(project)
        if not checked:
            dialogs.inform(parent, _title(), fill(QCoreApplication.translate("Restore", "There are no backups of %1 (they would be in %2). "
                                                                        "Pick a backup folder instead, if you have one."),
                                                  project.name, backup_folder(project)))
            return None
        intro = fill(QCoreApplication.translate("Restore", "Backups of %1, newest first:"), project.name)
    elif choice == 1:
        folder = ask_backup_folder(parent)
        if not folder:
            return None
        checked = [check_backup(b) for b in backups_in(folder)]
        if not checked:
            dialogs.inform(parent, _title(), fill(QCoreApplication.translate("Restore", "%1 holds no Accord backups; they are in the folders "
                                                                        "under %2. Pick one of those."),
                                                  folder, backups_root()))
            return None
        intro = fill(QCoreApplication.translate("Restore", "Backups in %1, newest first:"), Path(folder).name)
    else:
        return None
    chosen = choose_backup(parent, checked, intro)
    if chosen is None:
        return None
    if choice == 1:
        stem = Path(folder).name.rsplit("-", 1)[0]  # backup folders are named "<project stem>-<hash>"
        target = dialogs.ask_save_project(parent, QCoreApplication.translate("Restore", "Restore the backup as"),
                                          dialogs.suggested_name(None, fill(QCoreApplication.translate("Restore", "%1 restored"), stem),
                                                                 ".accord"))
        if not target:
            return None
        project = Path(target)
    return project if restore(parent, project, chosen) else None
