"""`accord coding remove|recode|resize`, `accord codings` and `accord cooccurrence`: codings once made.

    accord coding remove P ID | recode P ID --code C | resize P ID --start S --end E
    accord codings P [--doc D] [--code C [--subcodes]] [--coder NAME]
    accord cooccurrence P [--within turn|paragraph | --near N] [--coder NAME ...]

Making a coding is `accord code apply` (see `codes.py`).
"""

from .arguments import UsageError, coding_id
from .output import Result, coding_record, coding_text, quoted, segment_record, table
from ..core import codebook, codings
from ..core.analysis import relations
from ..core.project import Project
from ..core.turn_times import span_times


def add_commands(top, command, family) -> None:
    group = family("coding", "remove, recode or resize a coding")
    sub = command(group, "remove", coding_remove, "remove a coding")
    sub.add_argument("id", metavar="ID", type=coding_id, help="the coding's id (see: accord codings)")
    sub = command(group, "recode", coding_recode, "give a coding another code")
    sub.add_argument("id", metavar="ID", type=coding_id, help="the coding's id")
    sub.add_argument("--code", metavar="C", required=True, help="the new code")
    sub = command(group, "resize", coding_resize, "change a coding's span")
    sub.add_argument("id", metavar="ID", type=coding_id, help="the coding's id")
    sub.add_argument("--start", metavar="S", type=int, required=True)
    sub.add_argument("--end", metavar="E", type=int, required=True)

    sub = command(top, "codings", codings_, "list codings with the text they cover")
    sub.add_argument("--doc", dest="document", metavar="D", help="only in this document")
    sub.add_argument("--code", metavar="C", help="only with this code")
    sub.add_argument("--subcodes", action="store_true", help="with --code: include its sub-codes")
    sub.add_argument("--coder", metavar="NAME", help="only by this coder")

    sub = command(top, "cooccurrence", cooccurrence, "in how many places two codes co-occur")
    unit = sub.add_mutually_exclusive_group()
    unit.add_argument("--within", choices=relations.UNITS, help="count turns/paragraphs holding both codes")
    unit.add_argument("--near", metavar="N", type=int, help="count places where the codes lie within N characters")
    sub.add_argument("--coder", metavar="NAME", action="append",
                     help="only codings by this coder (repeat for more; default: every coder of role 'coder')")


def coding_remove(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Remove coding"):
            data = coding_record(project.db, codings.get_coding(project.db, args.id))
            codings.remove_coding(project.db, args.id)
    return Result(data, "Removed " + coding_text(data))


def coding_recode(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Recode coding"):
            coding = codings.change_code(project.db, args.id, args.code)
        data = coding_record(project.db, coding)
    text = "Recoded: " + coding_text(data)
    if coding.id != args.id:  # pragma: no cover - the core keeps the id, but say so if it ever changes
        text += f"\n(merged into coding {coding.id})"
    return Result(data, text)


def coding_resize(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Resize coding"):
            coding = codings.resize_coding(project.db, args.id, args.start, args.end)
        data = coding_record(project.db, coding)
    text = "Resized: " + coding_text(data)
    if (coding.start, coding.end) != (args.start, args.end):
        text += "\n(merged with an overlapping coding)"
    return Result(data, text)


def codings_(args) -> Result:
    if args.subcodes and args.code is None:
        raise UsageError("--subcodes goes with --code")
    with Project.open(args.project) as project:
        found = codings.segments(project.db, code=args.code, include_subcodes=args.subcodes,
                                 coder=args.coder, document=args.document)
        times = span_times(project.db, [(s.document_id, s.start, s.end) for s in found])
    data = [segment_record(s, time) for s, time in zip(found, times)]
    if not found:
        return Result(data, "No codings.")
    rows = [[s.id, s.document, s.code, s.coder, s.start, s.end, quoted(s.text, 50)] for s in found]
    return Result(data, table(["ID", "DOCUMENT", "CODE", "CODER", "START", "END", "TEXT"], rows,
                              right=(0, 4, 5)))


def cooccurrence(args) -> Result:
    with Project.open(args.project) as project:
        found = relations.relations(project.db, within=args.within, near=args.near, coders=args.coder)
        names = {c.id: c.name for c in codebook.list_codes(project.db)}
        paths = {i: codebook.code_path(project.db, i) for a, b, _n in found.pairs for i in (a, b)}
    data = [{"code_a": names[a], "code_b": names[b], "code_a_id": a, "code_b_id": b, "count": n}
            for a, b, n in found.pairs]
    if not data:
        return Result(data, f"No two codes co-occur ({relations.describe(args.within, args.near)}).")
    rows = [[paths[a], paths[b], n] for a, b, n in found.pairs]
    return Result(data, table(["CODE A", "CODE B", "PLACES"], rows, right=(2,)))
