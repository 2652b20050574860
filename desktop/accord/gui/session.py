"""The GUI's handle on an open project: runs commands, reports errors, fans out changes.

Widgets never write SQL. They call `session.run(label, function, *args)`,
where `function` is a core function taking the database first; it runs as
one undoable command (one transaction). After every command, undo and redo
the session emits `changed(Changes, label)` once; each view redraws only what
the Changes record names.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from ..core.coders import list_coders
from ..core.errors import AccordError
from ..core.history import Changes
from ..core.project import Project


class Session(QObject):
    changed = Signal(object, str)  # Changes, label
    error = Signal(str)  # a one-line message for the user
    coderChanged = Signal(int)  # the coder who is coding now
    visibleCodersChanged = Signal()  # whose codings are shown
    closing = Signal()  # the project is about to close (watchers stop)

    OUTSIDE_LABEL = QT_TRANSLATE_NOOP("Session", "Updated with changes made by another program")  # shown translated

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        coders = list_coders(project.db)
        self._coder_id: int | None = coders[0].id if coders else None
        self._visible: frozenset[int] | None = None  # None: every coder
        project.subscribe(self._forward)

    @property
    def db(self):
        return self.project.db

    # -- commands ----------------------------------------------------------
    def run(self, label: str, function: Callable[..., Any], *args, **kwargs) -> Any:
        """Run `function(db, *args, **kwargs)` as one undoable command; None after an error."""
        return self.try_run(label, function, *args, **kwargs)[1]

    def try_run(self, label: str, function: Callable[..., Any], *args, **kwargs) -> tuple[bool, Any]:
        """Like `run`, but says whether it worked (for functions that return None anyway)."""
        try:
            with self.project.command(label):
                return True, function(self.db, *args, **kwargs)
        except AccordError as problem:
            self.error.emit(str(problem))
            return False, None

    def undo(self) -> Changes:
        return self._replay(self.project.undo)

    def redo(self) -> Changes:
        return self._replay(self.project.redo)

    def _replay(self, step: Callable[[], Changes]) -> Changes:
        try:
            return step()
        except AccordError as problem:  # e.g. a full disk: nothing of the step was kept
            self.error.emit(str(problem))
            return Changes()

    @property
    def undo_label(self) -> str | None:
        return self.project.history.undo_label if self.project.history else None

    @property
    def redo_label(self) -> str | None:
        return self.project.history.redo_label if self.project.history else None

    def _forward(self, changes: Changes, label: str) -> None:
        self.changed.emit(changes, label)

    def announce_outside_changes(self, changes: Changes) -> None:
        """Another program changed the project (see workbench/project_watch.py): views redraw as after undo."""
        if changes:
            self.changed.emit(changes, QCoreApplication.translate("Session", self.OUTSIDE_LABEL))

    # -- who is coding, whose codings are shown ------------------------------
    @property
    def coder_id(self) -> int | None:
        return self._coder_id

    def set_coder(self, coder_id: int) -> None:
        if coder_id != self._coder_id:
            self._coder_id = coder_id
            self.coderChanged.emit(coder_id)

    @property
    def visible_coders(self) -> frozenset[int] | None:
        """The coders whose codings views show; None means all coders."""
        return self._visible

    def set_visible_coders(self, coders: frozenset[int] | None) -> None:
        if coders != self._visible:
            self._visible = coders
            self.visibleCodersChanged.emit()

    def close(self) -> None:
        self.closing.emit()
        self.project.unsubscribe(self._forward)
        self.project.close()
