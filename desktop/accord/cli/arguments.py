"""What the command families share about their arguments: the argparse types that check
a number or a list of names before any handler runs, the one check before a file is
replaced, and the two errors a handler raises about its arguments.

Kept apart from `main.py` so that the families can import it without importing the
parser that imports them.
"""

import argparse
from pathlib import Path

from ..core.errors import AccordError, InvalidValue


class CommandError(AccordError):
    """A command refused to run (e.g. a deletion without --yes); the message says why."""


class UsageError(Exception):
    """The arguments do not fit together; reported like argparse's own usage errors (exit 2)."""


def names(value: str) -> list[str]:
    """A comma-separated list of names or ids ("Ana,Ben", "Ana, Ben Smith"); see `add_names`."""
    items = [item.strip() for item in value.split(",")]
    if any(not item for item in items):
        raise argparse.ArgumentTypeError(
            f"{value!r} has an empty name; give names separated by commas, e.g. Ana,Ben "
            "(a name that holds a comma: give its id)")
    return items


def add_names(sub, *flags: str, dest: str, metavar: str, help: str, required: bool = False) -> None:
    """A list option: `--coders A,B` and `--coders A --coders B` alike give ["A", "B"] (default: []).

    Every command that takes several coders, codes or documents takes them this way.
    """
    sub.add_argument(*flags, dest=dest, metavar=metavar, type=names, action="extend", default=[],
                     required=required, help=help + "; comma-separated, or repeat the option")


def table_export_target(export: str | None, project: str, force: bool) -> Path | None:
    """`--export OUT` of a command that writes a table: a .csv or .xlsx path that is not the project and
    is not replaced without --force; None without --export."""
    if not export:
        return None
    out = Path(export)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise InvalidValue(f"--export {export}: the file must end in .csv or .xlsx")
    if out.exists() and Path(project).exists() and out.resolve() == Path(project).resolve():
        raise InvalidValue(f"--export {export}: that is the project file itself")
    refuse_to_replace([out], force)
    return out


def refuse_to_replace(paths, force: bool) -> None:
    """The check before a command writes OUT: an existing file is replaced only with --force."""
    if force:
        return
    for path in map(Path, paths):
        if path.exists() and not path.is_dir():
            raise CommandError(f"{path}: already exists; add --force to replace it")


def position(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; positions count from 0")
    return number


def occurrence(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: occurrences count from 1")
    return number


def coding_id(value: str) -> int:
    number = int(value)
    if not 0 <= number < 2**63:
        raise argparse.ArgumentTypeError(f"{value} is not a coding id")
    return number


# argparse names the type in its messages ("invalid position value: 'x'").
names.__name__ = "list of names"
position.__name__ = "position"
occurrence.__name__ = "occurrence"
coding_id.__name__ = "coding id"
