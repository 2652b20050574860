"""Plain questions to the user. Tests replace these functions; widgets call them through this module."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

PROJECT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Accord projects (*.accord);;All files (*)")


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """One line of text, or None when cancelled or left blank."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    text = " ".join(text.split())
    return text if ok and text else None


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str | None = None) -> bool:
    """Ask before doing something; Cancel is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    label = accept_label if accept_label is not None else QCoreApplication.translate("Dialogs", "OK")
    accept = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int | None:
    """Which of `choices` the user picked (its index), or None for Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """The index of the item picked from a list, or None."""
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(item) if ok and item in items else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_open_project(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open project"), "",
                                          QCoreApplication.translate("Dialogs", PROJECT_FILTER))
    return path or None


def suggested_name(project_path: str | Path | None, what: str, suffix: str) -> str:
    """A file name to offer when saving: "<project stem> <what><suffix>" in the project's folder.

    `what` may be empty ("<project stem><suffix>"); characters file systems refuse become "-".
    Without a project file (one in memory), just the name, in the dialog's current folder.
    """
    what = "".join("-" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in what).strip()
    if not project_path:
        return f"{what or 'Accord'}{suffix}"
    project_path = Path(project_path)
    name = f"{project_path.stem} {what}" if what else project_path.stem
    return str(project_path.with_name(f"{name}{suffix}"))


def ask_save_project(parent: QWidget | None, title: str, suggested: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, PROJECT_FILTER)
    if not path:
        return None
    return path if path.endswith(".accord") else path + ".accord"


def ask_open_projects(parent: QWidget | None, title: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", PROJECT_FILTER)
    return paths


def ask_open_file(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None


def ask_save_file(parent: QWidget | None, title: str, file_filter: str, suffix: str,
                  suggested: str = "") -> str | None:
    """A path to write (the dialog has asked before replacing a file); `suffix` is added when missing.

    `suggested` is the path the dialog starts with (see `suggested_name`).
    """
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not path:
        return None
    return path if path.lower().endswith(suffix) else path + suffix


def ask_folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None
