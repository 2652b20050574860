"""`accord search P TEXT`: find text in the documents (full-text index, case and accents ignored)."""

from .output import Result, hit_record, one_line, table
from ..core import search
from ..core.project import Project


def add_commands(top, command, family) -> None:
    sub = command(top, "search", search_, "find text in the documents (case and accents ignored)")
    sub.add_argument("text", metavar="TEXT", help="words to find")


def search_(args) -> Result:
    with Project.open(args.project) as project:
        hits = search.search(project.db, args.text)
    data = [hit_record(h) for h in hits]
    if not hits:
        return Result(data, f"No matches for {args.text!r}.")
    rows = [[h.document, h.start, h.end, one_line(h.context)] for h in hits]
    return Result(data, table(["DOCUMENT", "START", "END", "CONTEXT"], rows, right=(1, 2)))
