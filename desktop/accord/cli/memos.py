"""`accord memo add` and `accord memos`: notes on the project, a document or a code.

    accord memo add P TEXT [--doc D | --code C] [--title T] | memos P [--doc D | --code C]
"""

from .output import Result, clip, memo_record, table
from ..core import memos
from ..core.project import Project


def add_commands(top, command, family) -> None:
    group = family("memo", "add a memo")
    sub = command(group, "add", memo_add, "add a memo to the project, a document or a code")
    sub.add_argument("text", metavar="TEXT", help="the memo")
    on = sub.add_mutually_exclusive_group()
    on.add_argument("--doc", dest="document", metavar="D", help="on this document")
    on.add_argument("--code", metavar="C", help="on this code")
    sub.add_argument("--title", metavar="T")

    sub = command(top, "memos", memos_, "list memos (all of them, or those of a document or code)")
    on = sub.add_mutually_exclusive_group()
    on.add_argument("--doc", dest="document", metavar="D", help="only memos on this document")
    on.add_argument("--code", metavar="C", help="only memos on this code")


def _memo_target(record: dict) -> str:
    if record["doc"] is not None:
        return f"document {record['doc']!r}"
    if record["code"] is not None:
        return f"code {record['code']!r}"
    return "project"


def memo_add(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Add memo"):
            memo = memos.add_memo(project.db, args.text, title=args.title or "",
                                  document=args.document, code=args.code)
        data = memo_record(project.db, memo)
    return Result(data, f"Added memo {memo.id} on {_memo_target(data)}.")


def memos_(args) -> Result:
    with Project.open(args.project) as project:
        if args.document is not None or args.code is not None:
            found = memos.memos_of(project.db, document=args.document, code=args.code)
        else:
            found = memos.all_memos(project.db)
        data = [memo_record(project.db, m) for m in found]
    if not data:
        return Result(data, "No memos.")
    rows = [[r["id"], _memo_target(r), clip(r["title"], 30), clip(r["text"], 60)] for r in data]
    return Result(data, table(["ID", "ON", "TITLE", "TEXT"], rows, right=(0,)))
