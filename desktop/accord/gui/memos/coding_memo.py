"""The memo of one coding: a small dialog showing the coded passage above its memo.

    edit_coding_memo(session, coding_id, parent=window)  # True if a change was saved

`CodingMemoDialog` names the code (with its colour), the document and the
coder, quotes the coded text, and saves the memo (Save or Ctrl+Enter) as one
undoable command through `session.try_run`; Cancel or Esc leaves it as it was.
The memos of the project, a document or a code are edited in editor.py.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.codebook import code_path, get_code
from ...core.coders import get_coder
from ...core.codings import get_coding, set_coding_memo
from ...core.documents import document_text, get_document
from ...core.errors import AccordError
from ..i18n import fill


def _swatch(color: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(color or "#999999")
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return pixmap


class CodingMemoDialog(QDialog):
    """A small dialog for the memo of one coding."""

    def __init__(self, session, coding_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.coding_id = coding_id
        self.saved = False
        db = session.db
        coding = get_coding(db, coding_id)
        self._original = coding.memo
        code = get_code(db, coding.code_id)
        document = get_document(db, coding.document_id)
        coder = get_coder(db, coding.coder_id)
        excerpt = " ".join(document_text(db, coding.document_id)[coding.start:coding.end].split())

        self.setObjectName("CodingMemoDialog")
        self.setWindowTitle(fill(self.tr("Memo on coding — %1"), code.name))
        self.setSizeGripEnabled(True)
        self.resize(520, 360)
        self.setMinimumSize(380, 260)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        swatch = QLabel(self)
        swatch.setPixmap(_swatch(code.color, 14))
        swatch.setFixedSize(16, 16)
        top.addWidget(swatch, 0, Qt.AlignmentFlag.AlignVCenter)
        code_label = QLabel(code_path(db, code.id), self)
        bold = code_label.font()
        bold.setBold(True)
        code_label.setFont(bold)
        code_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(code_label, 1)
        layout.addLayout(top)

        where = QLabel(fill(self.tr("In “%1”, coded by %2"), document.name, coder.name), self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setEnabled(False)
        layout.addWidget(where)

        shown = excerpt if len(excerpt) <= 280 else excerpt[:279] + "…"
        quote = QLabel(f"“{shown}”", self)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setWordWrap(True)
        quote.setObjectName("codingExcerpt")
        quote.setStyleSheet(
            "QLabel#codingExcerpt { border: 0px; border-left: 3px solid %s; padding: 3px 8px; }" % code.color
        )
        italic = quote.font()
        italic.setItalic(True)
        quote.setFont(italic)
        quote.setToolTip(self.tr("The coded text"))
        layout.addWidget(quote)

        label = QLabel(self.tr("&Memo:"), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("codingMemo")
        self.editor.setPlainText(coding.memo)
        self.editor.setPlaceholderText(self.tr("Why this passage was coded so, doubts, ideas…"))
        self.editor.setToolTip(self.tr("The memo of this coding (Ctrl+Enter saves)"))
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save the memo (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without saving (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.editor.installEventFilter(self)  # Ctrl+Enter saves (a plain Enter is a new line)

        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        text = self.editor.toPlainText()
        if text != self._original:
            ok, _ = self.session.try_run(self.tr("Edit coding memo"), set_coding_memo, self.coding_id, text)
            if not ok:
                return  # the session has reported the problem; keep the dialog open
            self.saved = True
        super().accept()


def edit_coding_memo(session, coding_id: int, parent: QWidget | None = None) -> bool:
    """Let the user edit a coding's memo; True if a changed memo was saved."""
    try:
        dialog = CodingMemoDialog(session, coding_id, parent)
    except AccordError as problem:
        session.error.emit(str(problem))
        return False
    dialog.exec()
    saved = dialog.saved
    dialog.deleteLater()
    return saved
