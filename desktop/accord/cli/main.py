"""`accord`: work with an Accord project from the command line.

    accord new P [--coder NAME] [--title T]
    accord import P FILE... [--join-lines]
    accord docs P | doc rename P D NEW | doc delete P D --yes
    accord codes P | code add/rename/move/merge/delete/apply ...
    accord codebook import P FILE [--dry-run] [--update] | codebook export P FILE.csv|xlsx|docx [--force]
    accord coders P | coder add P NAME
    accord coding remove/recode/resize P ID ...
    accord codings P [--doc D] [--code C [--subcodes]] [--coder NAME]
    accord cooccurrence P [--within U|--near N] [--coder NAME] | search P TEXT
    accord memo add P TEXT [--doc D | --code C] [--title T] | memos P [--doc D | --code C]
    accord attr set/remove P D KEY [VALUE] | attr type P KEY TYPE | attrs P [--doc D]
    accord sample OUT | gui [P] [--sample]
    accord merge TARGET SOURCE... [--rename-coder OLD=NEW]
    accord agreement P [--coders A,B] [--code C,...] [--doc D,...] [--export OUT] | disagreements P --coders A,B
    accord adjudicate P --coders A,B --index I --decision D | adjudications P
    accord export P --qdc OUT | --qdpx OUT | import-refi P FILE
    accord report P --format html|md|docx|csv|xlsx -o OUT [--force] | retrieve P --code C [-o OUT]

Every command takes --json (before or after the command name) and then prints
exactly one JSON document. Documents, codes and coders are named by name or id
(codes also by path, "Parent/Child"); a list of them is comma-separated or the
option repeated (`--coders A,B` or `--coders A --coders B`). Offsets are
Unicode code points, half-open [start, end). Errors print one line,
`accord: error: ...`, and exit with 1
(2 for wrong usage); a command that fails changes nothing. A command that would
change a project open in the Accord window is refused (reading it is fine).

This is a thin client: all the work is done by `accord.core`. This module is the
parser and `main()`; each module in `FAMILIES` owns one family of commands (its
handlers, and its `add_commands` that registers them), and `output.py` prints.
"""

import argparse
import logging
import sqlite3
import sys

from .. import __version__
from . import (
    adjudication, agreement, attributes, backups, codes, coders, codings, desktop, documents, memos, merge, project,
    refi, reports, search, similar, matrix, query, turns, autocode, codebook,
)
from .arguments import UsageError
from .output import fail, write_result
from ..core.errors import AccordError
from ..core.project import lock_before_writing

# The command families, in the order their commands appear in `accord --help`.
FAMILIES = (project, backups, documents, coders, codes, codings, search, similar, memos, attributes, desktop,
            merge, agreement, adjudication, refi, reports, matrix, query, turns, autocode, codebook)


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line in the form every other error takes."""

    def error(self, message: str):
        self.exit(2, f"accord: error: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="accord", description="Work with an Accord project (.accord file) from the command line.",
                     epilog="Run 'accord COMMAND --help' for the options of a command.")
    parser.add_argument("--json", action="store_true", default=False, help="print the result as JSON")
    parser.add_argument("--version", action="version", version=f"accord {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    def command(group, name: str, handler, help_text: str, *, project: bool = True):
        """A command in `group` (top, or a family's): its handler and, unless project=False, PROJECT."""
        sub = group.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: a --json given before the command name is not reset by the sub-command's default.
        sub.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON")
        if project:
            sub.add_argument("project", metavar="PROJECT", help="the .accord project file")
        sub.set_defaults(handler=handler, parser=sub)
        return sub

    def family(name: str, help_text: str):
        """A command with actions (`accord code add ...`); returns the group to add them to."""
        sub = top.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON")
        return sub.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)

    for module in FAMILIES:
        module.add_commands(top, command, family)
    return parser


def _undecodable(args: argparse.Namespace) -> str | None:
    """An argument the operating system passed as bytes that are not valid text, if any."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\udc80" <= ch <= "\udcff" for ch in item):
                return item.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


_parser: argparse.ArgumentParser | None = None


def _quiet_library_logging() -> None:
    """Keep libraries' log records (pypdf warns about every damaged PDF) off stderr.

    Without any handler, Python prints warnings through `logging.lastResort`,
    which would break the one-error-line promise. A host that configured
    logging itself (a test runner, an embedding app) is left alone.
    """
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def main(argv: list[str] | None = None) -> int:
    global _parser
    if _parser is None:  # building it takes a while (argparse translates every message); reuse it
        _parser = build_parser()
    parser = _parser
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else 0
    _quiet_library_logging()
    bad = _undecodable(args)
    if bad is not None:
        fail(f"argument {bad!r} is not valid text in the system's encoding")
        return 2
    try:
        with lock_before_writing():  # a command that writes is refused while a window has the project
            result = args.handler(args)
    except UsageError as error:
        try:
            args.parser.error(str(error))
        except SystemExit as exit_:
            return exit_.code
    except AccordError as error:
        fail(str(error))
        return 1
    except OSError as error:
        where = error.filename if error.filename is not None else ""
        fail(f"{where}: {error.strerror or error}" if where else str(error))
        return 1
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        fail(f"{getattr(args, 'project', '')}: the project is busy in another program ({error}); try again")
        return 1
    except KeyboardInterrupt:
        # Each change is one transaction: the one under way is rolled back, those done stay.
        fail("interrupted; the change under way was not saved (changes finished before it were)")
        return 130
    write_result(result, args.json)
    return result.status


if __name__ == "__main__":
    sys.exit(main())
