"""`accord memo add` and `accord memos`: notes on the project, a document or a code, and
(listed by `accord memos`) the memos of codings.

    accord memo add P TEXT [--doc D | --code C] [--title T] | memos P [--doc D | --code C]

`accord memos` lists the memos (on the project, documents, codes), then the codings
that have a memo, with the coding's document, code, coder, span and quote. With --doc
or --code: the memos on that document or code, and the memos of the codings in that
document or with that code. In --json a coding's memo has "on": "coding", "id": null
and the coding under "coding": {"id", "start", "end", "text"}.
"""

from .output import Result, clip, coding_memo_record, memo_record, quoted, table
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

    sub = command(top, "memos", memos_, "list memos, coding memos included (all of them, or those of a document "
                                        "or code)")
    on = sub.add_mutually_exclusive_group()
    on.add_argument("--doc", dest="document", metavar="D",
                    help="only memos on this document and memos of codings in it")
    on.add_argument("--code", metavar="C", help="only memos on this code and memos of codings with it")


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
        of_codings = [coding_memo_record(s)
                      for s in memos.coding_memos(project.db, document=args.document, code=args.code)]
    if not data and not of_codings:
        return Result([], "No memos.")
    parts = []
    if data:
        rows = [[r["id"], _memo_target(r), clip(r["title"], 30), clip(r["text"], 60)] for r in data]
        parts.append(table(["ID", "ON", "TITLE", "TEXT"], rows, right=(0,)))
    if of_codings:
        rows = [[r["coding"]["id"], r["doc"], r["code"], r["coder"], f"{r['coding']['start']}–{r['coding']['end']}",
                 quoted(r["coding"]["text"], 30), clip(r["text"], 50)] for r in of_codings]
        parts.append(f"Memos of codings ({len(of_codings):,}):\n"
                     + table(["CODING", "DOCUMENT", "CODE", "CODER", "SPAN", "QUOTE", "MEMO"], rows, right=(0,)))
    return Result(data + of_codings, "\n\n".join(parts))
