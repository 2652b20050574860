"""Coding gestures: the ways a user turns a text selection into a coding, and edits codings.

Every gesture ends in one `session.run(...)` call, so each is one undoable
command. The controller knows the document view (what is selected) and the
codebook pane (which codes there are); its only state is a setting: whether
selections lose the white space at their ends before they are coded (the
default; core.codings.trim_span).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from ...core.codebook import create_code, get_code, resolve_code
from ...core.codings import (
    apply_code,
    change_code,
    get_coding,
    remove_coding,
    trim_span,
)
from ...core.documents import document_text
from ...core.errors import NotFound
from ..i18n import fill
from ..session import Session

IN_VIVO_MAX = 60  # characters of the selection an in-vivo code name keeps
ONLY_WHITE_SPACE = QT_TRANSLATE_NOOP("CodingController", "The selection is only white space: nothing was coded")


class CodingController(QObject):
    message = Signal(str)  # a short status-bar message

    def __init__(self, session: Session, document_view, codebook_pane, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.view = document_view
        self.codebook = codebook_pane
        self.trim_whitespace = True

    def span_to_code(self, document_id: int, start: int, end: int) -> tuple[int, int] | None:
        """The span a gesture codes: trimmed of white space unless the setting keeps it; None if nothing is left."""
        if not self.trim_whitespace:
            return start, end
        text = self.view.text if document_id == self.view.document_id else document_text(self.session.db, document_id)
        span = trim_span(text, start, end)
        if span is None:
            self.message.emit(self.tr(ONLY_WHITE_SPACE))
        return span

    def apply(self, code_id: int) -> bool:
        """Code the current selection with `code_id` as the current coder."""
        span = self.view.selection_span()
        if span is None or self.view.document_id is None:
            self.message.emit(self.tr("Select some text first, then choose a code"))
            return False
        return self.apply_span(code_id, self.view.document_id, *span)

    def apply_span(self, code_id: int, document_id: int, start: int, end: int, *, origin: str = "") -> bool:
        """Code a span as the current coder; `origin` records how it came about ('' by hand, core/codings.py)."""
        if self.session.coder_id is None:
            self.message.emit(self.tr("Add a coder first (Project ▸ Coders)"))
            return False
        try:
            name = get_code(self.session.db, code_id).name
        except NotFound:
            return False
        span = self.span_to_code(document_id, start, end)
        if span is None:
            return False
        start, end = span
        coding = self.session.run(fill(self.tr("Apply code %1"), name), apply_code, document_id, code_id,
                                  self.session.coder_id, start, end, origin=origin)
        if coding is not None:
            self.message.emit(fill(CodingController.tr("Coded %n character(s) with %1", "",
                                                         end - start), name))
        return coding is not None

    def apply_favourite(self, number: int) -> bool:
        code_id = self.codebook.favourite_code(number)
        if code_id is None:
            self.message.emit(fill(self.tr("No code has the number %1"), number))
            return False
        return self.apply(code_id)

    def quick_code(self) -> bool:
        """Ctrl+K: pick (or create) a code by typing, then apply it to the selection."""
        from .quick_code import QuickCodePalette

        if self.view.selection_span() is None:
            self.message.emit(self.tr("Select some text first, then press Ctrl+K"))
            return False
        code_id = QuickCodePalette(self.session, self.view.window()).choose()
        return code_id is not None and self.apply(code_id)

    def in_vivo(self) -> bool:
        """Create a code named after the selected words and apply it."""
        span = self.view.selection_span()
        if span is None:
            self.message.emit(self.tr("Select the words to use as the code's name"))
            return False
        text = self.view.text[span[0]:span[1]]
        name = " ".join(text.split())[:IN_VIVO_MAX].strip(" .,;:!?\"'“”‘’")
        if not name:
            self.message.emit(self.tr("The selection has no words to name a code after"))
            return False
        document_id, coder_id = self.view.document_id, self.session.coder_id
        span = self.span_to_code(document_id, *span)
        if span is None:
            return False
        if coder_id is None:
            self.message.emit(self.tr("Add a coder first"))
            return False

        def create_and_apply(db):
            try:
                code_id = resolve_code(db, name)
            except NotFound:
                code_id = create_code(db, name).id
            return apply_code(db, document_id, code_id, coder_id, *span)

        return self.session.run(fill(self.tr("In-vivo code %1"), name), create_and_apply) is not None

    def code_with_new_code(self) -> bool:
        """Ask for a new code (name, parent, colour, definition) and code the selection with it: one command."""
        from ..codebook.new_code import create_from_dialog

        span = self.view.selection_span()
        document_id, coder_id = self.view.document_id, self.session.coder_id
        if span is None or document_id is None:
            self.message.emit(self.tr("Select some text first, then create a code for it"))
            return False
        if coder_id is None:
            self.message.emit(self.tr("Add a coder first (Project ▸ Coders)"))
            return False
        span = self.span_to_code(document_id, *span)
        if span is None:
            return False
        answer = create_from_dialog(self.codebook)
        if answer is None or not answer.name:
            return False

        def create_and_apply(db):
            code = create_code(db, answer.name, parent=answer.parent_id, color=answer.color,
                               definition=answer.definition)
            return apply_code(db, document_id, code.id, coder_id, *span)

        coding = self.session.run(fill(self.tr("Code with new code %1"), answer.name), create_and_apply)
        if coding is not None:
            self.codebook.select_code(coding.code_id)
        return coding is not None

    def remove(self, coding_id: int | None = None) -> bool:
        coding_id = coding_id or self.view.selected_coding_id
        if not coding_id:
            self.message.emit(self.tr("Click a coding (its stripe) to select it first"))
            return False
        return self.session.run(self.tr("Remove coding"), remove_coding, coding_id) is not None

    def recode(self, coding_id: int | None = None) -> bool:
        """Give the selected coding another code, picked in the quick-code palette."""
        from .quick_code import QuickCodePalette

        coding_id = coding_id or self.view.selected_coding_id
        if not coding_id:
            self.message.emit(self.tr("Click a coding (its stripe) to select it first"))
            return False
        code_id = QuickCodePalette(self.session, self.view.window()).choose()
        if code_id is None:
            return False
        return self.session.run(self.tr("Change code of coding"), change_code, coding_id, code_id) is not None

    def edit_memo(self, coding_id: int | None = None) -> bool:
        from ..memos.coding_memo import edit_coding_memo

        coding_id = coding_id or self.view.selected_coding_id
        if not coding_id:
            self.message.emit(self.tr("Click a coding (its stripe) to select it first"))
            return False
        try:
            get_coding(self.session.db, coding_id)
        except NotFound:
            return False
        return edit_coding_memo(self.session, coding_id, self.view.window())
