"""Notice changes another program (the command line, a second window) made to the open project.

SQLite raises `PRAGMA data_version` on a connection whenever another
connection commits to the file (never for its own commits), so polling it
twice a second costs next to nothing. When it moves, the watch works out which
rows may have changed (every row there now or at the last look, per table) and
the session announces them like an undo: each view redraws what it shows.
"""

import sqlite3

from PySide6.QtCore import QObject, QTimer

from ...core.history import Changes
from ...core.schema import USER_TABLES
from ..session import Session

INTERVAL_MS = 500
# Turns change only with their document, whose row is announced; there may be 100,000s of them.
_SKIPPED = frozenset({"turns"})


class ProjectWatch(QObject):
    """Polls the session's project for changes committed by other connections."""

    def __init__(self, session: Session, parent: QObject | None = None, *, interval: int = INTERVAL_MS):
        super().__init__(parent)
        self._session = session
        self._tables = [t for t in USER_TABLES if t not in _SKIPPED and _has_table(session.db, t)]
        self._version = self._data_version()
        self._rows = self._snapshot()
        session.changed.connect(self._own_change)
        session.closing.connect(self.stop)
        self.timer = QTimer(self, interval=interval)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Announce other programs' changes, if there were any since the last look; says whether."""
        try:
            version = self._data_version()
            if version == self._version:
                return False
            self._version = version
            now = self._snapshot()
        except sqlite3.Error:  # closed, or busy for a moment: look again next time
            return False
        changes = Changes({table: frozenset(self._rows.get(table, set()) | ids) for table, ids in now.items()})
        self._rows = now
        self._session.announce_outside_changes(changes)
        return True

    def _own_change(self, changes: Changes, _label: str) -> None:
        # Rows this window made since the last look: removed by another program, they must be announced too.
        for table, ids in changes.rows.items():
            if table in self._rows:
                self._rows[table] |= ids

    def _data_version(self) -> int:
        return self._session.db.execute("PRAGMA data_version").fetchone()[0]

    def _snapshot(self) -> dict[str, set[int]]:
        db = self._session.db
        return {table: {row[0] for row in db.execute(f'SELECT rowid FROM "{table}"')} for table in self._tables}


def _has_table(db, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None
