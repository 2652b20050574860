"""`accord`: work with an Accord project from the command line.

    accord new P [--coder NAME] [--title T]
    accord import P FILE... [--join-lines]
    accord docs P | doc rename P D NEW | doc delete P D --yes
    accord codes P | code add/rename/move/merge/delete/apply ...
    accord coders P | coder add P NAME
    accord coding remove/recode/resize P ID ...
    accord codings P [--doc D] [--code C [--subcodes]] [--coder NAME]
    accord cooccurrence P [--coder NAME] | search P TEXT
    accord memo add P TEXT [--doc D | --code C] [--title T] | memos P [--doc D | --code C]
    accord attr set P D KEY VALUE | attrs P [--doc D]
    accord sample OUT | gui [P] [--sample]
    accord merge TARGET SOURCE... [--rename-coder OLD=NEW]
    accord agreement P [--coders A,B] [--code C] [--doc D] [--export OUT] | disagreements P --coders A,B
    accord adjudicate P --coders A,B --index I --decision D | adjudications P
    accord export P --qdc OUT | --qdpx OUT | import-refi P FILE
    accord report P --format html|md|docx|csv|xlsx -o OUT | retrieve P --code C -o OUT

Every command takes --json (before or after the command name) and then prints
exactly one JSON document. Documents, codes and coders are named by name or id
(codes also by path, "Parent/Child"). Offsets are Unicode code points, half-open
[start, end). Errors print one line, `accord: error: ...`, and exit with 1
(2 for wrong usage); a command that fails changes nothing.

This is a thin client: all the work is done by `accord.core`.
"""

import argparse
import logging
import sqlite3
import sys

from .. import __version__
from . import commands
from .output import fail, write_result
from ..core.errors import AccordError


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line in the form every other error takes."""

    def error(self, message: str):
        self.exit(2, f"accord: error: {message} (see: {self.prog} --help)\n")


def _position(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; positions count from 0")
    return number


def _occurrence(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: occurrences count from 1")
    return number


def _coding_id(value: str) -> int:
    number = int(value)
    if not 0 <= number < 2**63:
        raise argparse.ArgumentTypeError(f"{value} is not a coding id")
    return number


_position.__name__ = "position"  # argparse names the type in its messages
_occurrence.__name__ = "occurrence"
_coding_id.__name__ = "coding id"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="accord", description="Work with an Accord project (.accord file) from the command line.",
                     epilog="Run 'accord COMMAND --help' for the options of a command.")
    parser.add_argument("--json", action="store_true", default=False, help="print the result as JSON")
    parser.add_argument("--version", action="version", version=f"accord {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    def command(group, name: str, handler, help_text: str, *, project: bool = True):
        sub = group.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: a --json given before the command name is not reset by the sub-command's default.
        sub.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON")
        if project:
            sub.add_argument("project", metavar="PROJECT", help="the .accord project file")
        sub.set_defaults(handler=handler, parser=sub)
        return sub

    def family(name: str, help_text: str):
        sub = top.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON")
        return sub.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)

    # -- project --
    sub = command(top, "new", commands.new, "create a new, empty project")
    sub.add_argument("--coder", metavar="NAME", help="add this coder to the project")
    sub.add_argument("--title", metavar="T", help="the project's title (default: the file name)")

    sub = command(top, "import", commands.import_, "import text files as documents", project=True)
    sub.add_argument("files", metavar="FILE", nargs="+", help="files to import (.txt, .md, .docx, ...)")
    joins = sub.add_mutually_exclusive_group()
    joins.add_argument("--join-lines", action="store_true", help="join lines broken in the middle of a sentence")
    joins.add_argument("--preview-joins", action="store_true",
                       help="show which broken lines --join-lines would join, and import nothing")

    # -- documents --
    command(top, "docs", commands.docs, "list the documents")
    docs = family("doc", "rename or delete a document")
    sub = command(docs, "rename", commands.doc_rename, "rename a document")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("new_name", metavar="NEW", help="the new name")
    sub = command(docs, "delete", commands.doc_delete, "delete a document and its codings")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("--yes", action="store_true", help="really delete (and its codings)")

    # -- coders --
    command(top, "coders", commands.coders_, "list the coders")
    coder = family("coder", "add a coder")
    sub = command(coder, "add", commands.coder_add, "add a coder")
    sub.add_argument("name", metavar="NAME", help="the coder's name")

    # -- codes --
    command(top, "codes", commands.codes, "list the codebook")
    code = family("code", "add, change, apply or delete codes")
    sub = command(code, "add", commands.code_add, "add a code to the codebook")
    sub.add_argument("name", metavar="NAME", help="the code's name")
    sub.add_argument("--parent", metavar="X", help="put it under this code")
    sub.add_argument("--color", "--colour", dest="color", metavar="#rrggbb", help="its colour")
    sub.add_argument("--description", metavar="TEXT")
    sub.add_argument("--definition", metavar="T")
    sub.add_argument("--inclusion", metavar="T", help="when to apply it")
    sub.add_argument("--exclusion", metavar="T", help="when not to apply it")
    sub.add_argument("--example", metavar="T")

    sub = command(code, "rename", commands.code_rename, "rename a code")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    sub.add_argument("new_name", metavar="NEW", help="the new name")

    sub = command(code, "move", commands.code_move, "move a code in the codebook tree")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    where = sub.add_mutually_exclusive_group()
    where.add_argument("--parent", metavar="X", help="move it under this code")
    where.add_argument("--top", action="store_true", help="move it to the top level")
    sub.add_argument("--position", metavar="N", type=_position,
                     help="its place among its siblings, 0 = first (default: last when the parent changes)")

    sub = command(code, "merge", commands.code_merge, "fold one code (codings, sub-codes, memos) into another")
    sub.add_argument("source", metavar="SOURCE", help="the code that disappears")
    sub.add_argument("target", metavar="TARGET", help="the code that receives its codings")

    sub = command(code, "delete", commands.code_delete, "delete a code, its sub-codes and their codings")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    sub.add_argument("--yes", action="store_true", help="really delete (and its codings)")

    sub = command(code, "apply", commands.code_apply, "code a span of a document")
    sub.add_argument("--doc", dest="document", metavar="D", required=True, help="document name or id")
    sub.add_argument("--code", metavar="C", required=True, help="code name, path or id")
    sub.add_argument("--start", metavar="S", type=int, help="first code point of the span (from 0)")
    sub.add_argument("--end", metavar="E", type=int, help="code point just after the span")
    sub.add_argument("--quote", metavar="TEXT", help="code this exact text instead of giving offsets")
    sub.add_argument("--occurrence", metavar="N", type=_occurrence,
                     help="with --quote: the N-th occurrence (default 1)")
    sub.add_argument("--coder", metavar="NAME",
                     help="who codes (default: the project's only coder)")
    sub.add_argument("--memo", metavar="TEXT", help="a note on this coding")

    # -- codings --
    coding = family("coding", "remove, recode or resize a coding")
    sub = command(coding, "remove", commands.coding_remove, "remove a coding")
    sub.add_argument("id", metavar="ID", type=_coding_id, help="the coding's id (see: accord codings)")
    sub = command(coding, "recode", commands.coding_recode, "give a coding another code")
    sub.add_argument("id", metavar="ID", type=_coding_id, help="the coding's id")
    sub.add_argument("--code", metavar="C", required=True, help="the new code")
    sub = command(coding, "resize", commands.coding_resize, "change a coding's span")
    sub.add_argument("id", metavar="ID", type=_coding_id, help="the coding's id")
    sub.add_argument("--start", metavar="S", type=int, required=True)
    sub.add_argument("--end", metavar="E", type=int, required=True)

    sub = command(top, "codings", commands.codings_, "list codings with the text they cover")
    sub.add_argument("--doc", dest="document", metavar="D", help="only in this document")
    sub.add_argument("--code", metavar="C", help="only with this code")
    sub.add_argument("--subcodes", action="store_true", help="with --code: include its sub-codes")
    sub.add_argument("--coder", metavar="NAME", help="only by this coder")

    sub = command(top, "cooccurrence", commands.cooccurrence, "how often two codes overlap")
    sub.add_argument("--coder", metavar="NAME", help="only codings by this coder")

    sub = command(top, "search", commands.search_, "find text in the documents (case and accents ignored)")
    sub.add_argument("text", metavar="TEXT", help="words to find")

    # -- memos --
    memo = family("memo", "add a memo")
    sub = command(memo, "add", commands.memo_add, "add a memo to the project, a document or a code")
    sub.add_argument("text", metavar="TEXT", help="the memo")
    on = sub.add_mutually_exclusive_group()
    on.add_argument("--doc", dest="document", metavar="D", help="on this document")
    on.add_argument("--code", metavar="C", help="on this code")
    sub.add_argument("--title", metavar="T")

    sub = command(top, "memos", commands.memos_, "list memos (all of them, or those of a document or code)")
    on = sub.add_mutually_exclusive_group()
    on.add_argument("--doc", dest="document", metavar="D", help="only memos on this document")
    on.add_argument("--code", metavar="C", help="only memos on this code")

    # -- attributes --
    attr = family("attr", "set a document attribute")
    sub = command(attr, "set", commands.attr_set, "set an attribute (e.g. age, site) of a document")
    sub.add_argument("document", metavar="DOC", help="document name or id")
    sub.add_argument("key", metavar="KEY")
    sub.add_argument("value", metavar="VALUE")
    sub = command(top, "attrs", commands.attrs, "list document attributes")
    sub.add_argument("--doc", dest="document", metavar="D", help="only this document")

    # -- other --
    sub = command(top, "sample", commands.sample, "create the sample project", project=False)
    sub.add_argument("out", metavar="OUT", help="where to create it")
    sub = command(top, "gui", commands.gui, "open the desktop application", project=False)
    sub.add_argument("project", metavar="PROJECT", nargs="?", help="a project to open")
    sub.add_argument("--sample", action="store_true", help="open the sample project")
    sub.add_argument("--screenshot", metavar="PNG", help="save a picture of the window and quit")

    # Feature modules add their own commands (each: add_commands(top, command, family)).
    for module in _feature_modules():
        module.add_commands(top, command, family)
    return parser


def _feature_modules() -> list:
    """The CLI modules of larger features, each owning its commands (cli_<feature>.py)."""
    import importlib

    names = ("merge", "agreement", "refi", "reports")
    modules = []
    for name in names:
        try:
            modules.append(importlib.import_module(f".{name}", __package__))
        except ModuleNotFoundError as missing:
            if missing.name != f"{__package__}.{name}":
                raise
    return modules


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
        result = args.handler(args)
    except commands.UsageError as error:
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
