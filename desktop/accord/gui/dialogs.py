"""Small questions to the user. Tests replace these functions; widgets never call QMessageBox directly."""

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

PROJECT_FILTER = "Accord projects (*.accord);;All files (*)"


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.Normal, default)
    return text if ok and text.strip() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
    return answer == QMessageBox.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_open_project(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open project", "", PROJECT_FILTER)
    return path or None


def ask_save_project(parent: QWidget | None, title: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, "", PROJECT_FILTER)
    if not path:
        return None
    return path if path.endswith(".accord") else path + ".accord"
