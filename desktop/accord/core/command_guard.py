"""Core functions that change a project run only inside `Project.command()`.

A change made outside a command would be committed statement by statement (a
crash could keep half of it), and its undo entries would belong to no step of
the history, so a later undo would go wrong. Calling a write function outside
a command is a programming error, not a user's: it raises CommandRequired,
which the CLI and the GUI let through as the bug it is.
"""

import functools
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from sqlite_utils import Database

_P = ParamSpec("_P")
_R = TypeVar("_R")

# Open commands per connection (Project.command nests); a closed project's entry goes with it.
_open: "weakref.WeakKeyDictionary[Database, int]" = weakref.WeakKeyDictionary()


class CommandRequired(RuntimeError):
    """A function that changes the project was called outside `with project.command(label):`."""


@contextmanager
def command_open(db: Database) -> Iterator[None]:
    """Mark `db` as inside a command for the body (Project.command, and Project filling a new file)."""
    _open[db] = _open.get(db, 0) + 1
    try:
        yield
    finally:
        _open[db] -= 1


def require_command(db: Database, action: str) -> None:
    if not _open.get(db):
        raise CommandRequired(
            f"{action}() changes the project: call it inside `with project.command(label):` "
            "(one transaction, one undo step)")


def changes_project(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorate a core function whose first argument is the project's Database and which writes to it."""

    @functools.wraps(function)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        require_command(args[0] if args else kwargs["db"], function.__name__)
        return function(*args, **kwargs)

    return checked
