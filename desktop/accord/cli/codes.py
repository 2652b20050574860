"""`accord codes` and `accord code add|set|rename|move|merge|delete|apply`: the codebook, and applying a code.

    accord codes P
    accord code add P NAME [--parent X] [--color #rrggbb] [--description T] ...
    accord code set P C [--color #rrggbb] [--description T] [--definition T] [--inclusion T] ...
    accord code rename P C NEW | move P C [--parent X | --top] [--position N] | merge P SOURCE TARGET
    accord code delete P C --yes
    accord code apply P --doc D --code C (--start S --end E | --quote TEXT [--occurrence N]) [--coder NAME]

Changing a coding once it exists is `accord coding ...` (see `codings.py`).
"""

from .arguments import CommandError, UsageError, occurrence, position
from .output import Result, clip, code_record, code_records, coding_record, coding_text, count, table
from ..core import codebook, coders, codings, documents
from ..core.code_merge import merge_codes
from ..core.errors import NotFound
from ..core.project import Project


def _colour_and_definition(sub, colour_help: str) -> None:
    """--color and the definition fields, as `code add` and `code set` both take them."""
    sub.add_argument("--color", "--colour", dest="color", metavar="#rrggbb", help=colour_help)
    sub.add_argument("--description", metavar="TEXT")
    sub.add_argument("--definition", metavar="T")
    sub.add_argument("--inclusion", metavar="T", help="when to apply it")
    sub.add_argument("--exclusion", metavar="T", help="when not to apply it")
    sub.add_argument("--example", metavar="T")


def add_commands(top, command, family) -> None:
    command(top, "codes", codes, "list the codebook")
    group = family("code", "add, change, apply or delete codes")
    sub = command(group, "add", code_add, "add a code to the codebook")
    sub.add_argument("name", metavar="NAME", help="the code's name")
    sub.add_argument("--parent", metavar="X", help="put it under this code")
    _colour_and_definition(sub, "its colour")

    sub = command(group, "set", code_set, "change a code's colour and definition")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    _colour_and_definition(sub, "its new colour")

    sub = command(group, "rename", code_rename, "rename a code")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    sub.add_argument("new_name", metavar="NEW", help="the new name")

    sub = command(group, "move", code_move, "move a code in the codebook tree")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    where = sub.add_mutually_exclusive_group()
    where.add_argument("--parent", metavar="X", help="move it under this code")
    where.add_argument("--top", action="store_true", help="move it to the top level")
    sub.add_argument("--position", metavar="N", type=position,
                     help="its place among its siblings, 0 = first (default: last when the parent changes)")

    sub = command(group, "merge", code_merge, "fold one code (codings, sub-codes, memos) into another")
    sub.add_argument("source", metavar="SOURCE", help="the code that disappears")
    sub.add_argument("target", metavar="TARGET", help="the code that receives its codings")

    sub = command(group, "delete", code_delete, "delete a code, its sub-codes and their codings")
    sub.add_argument("code", metavar="CODE", help="code name, path or id")
    sub.add_argument("--yes", action="store_true", help="really delete (and its codings)")

    sub = command(group, "apply", code_apply, "code a span of a document")
    sub.add_argument("--doc", dest="document", metavar="D", required=True, help="document name or id")
    sub.add_argument("--code", metavar="C", required=True, help="code name, path or id")
    sub.add_argument("--start", metavar="S", type=int, help="first code point of the span (from 0)")
    sub.add_argument("--end", metavar="E", type=int, help="code point just after the span")
    sub.add_argument("--quote", metavar="TEXT", help="code this exact text instead of giving offsets")
    sub.add_argument("--occurrence", metavar="N", type=occurrence,
                     help="with --quote: the N-th occurrence (default 1)")
    sub.add_argument("--coder", metavar="NAME",
                     help="who codes (default: the project's only coder)")
    sub.add_argument("--memo", metavar="TEXT", help="a note on this coding")


# -- the codebook ------------------------------------------------------------------
def codes(args) -> Result:
    with Project.open(args.project) as project:
        tree = codebook.code_tree(project.db)
        counts = codings.coding_counts_by_code(project.db)
    data = code_records([code for code, _ in tree], counts)
    if not tree:
        return Result(data, f"No codes yet. Add one with: accord code add {args.project} NAME")
    rows = [[c.id, "  " * depth + c.name, c.color, counts.get(c.id, 0), clip(c.description, 50)] for c, depth in tree]
    return Result(data, table(["ID", "CODE", "COLOUR", "CODINGS", "DESCRIPTION"], rows, right=(0, 3)))


def code_add(args) -> Result:
    texts = {field: getattr(args, field) for field in codebook.TEXT_FIELDS if getattr(args, field) is not None}
    with Project.open(args.project) as project:
        with project.command("Add code"):
            code = codebook.create_code(project.db, args.name, parent=args.parent, color=args.color, **texts)
        data = code_record(project.db, code, 0)
    where = f" under {data['parent']!r}" if data["parent"] else ""
    return Result(data, f"Added code {code.name!r}{where} (id {code.id}, colour {code.color}).")


def code_set(args) -> Result:
    texts = {field: getattr(args, field) for field in codebook.TEXT_FIELDS if getattr(args, field) is not None}
    if args.color is None and not texts:
        raise UsageError("say what to change: --color and/or --description, --definition, --inclusion, "
                         "--exclusion, --example")
    with Project.open(args.project) as project:
        code = codebook.get_code(project.db, args.code)
        with project.command(f"Change code {code.name}"):
            if args.color is not None:
                codebook.recolour_code(project.db, code.id, args.color)
            if texts:
                codebook.update_code_texts(project.db, code.id, **texts)
        changed = codebook.get_code(project.db, code.id)
        data = code_record(project.db, changed, codebook.count_codings(project.db, code.id))
    what = (["colour"] if args.color is not None else []) + list(texts)
    return Result(data, f"Changed {', '.join(what)} of code {changed.name!r}.")


def code_rename(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Rename code"):
            old = codebook.get_code(project.db, args.code)
            codebook.rename_code(project.db, old.id, args.new_name)
        renamed = codebook.get_code(project.db, old.id)
        data = code_record(project.db, renamed, codebook.count_codings(project.db, old.id))
    return Result(data, f"Renamed code {old.name!r} to {renamed.name!r}.")


def code_move(args) -> Result:
    if args.parent is None and not args.top and args.position is None:
        raise UsageError("say where to move the code: --parent X, --top and/or --position N")
    with Project.open(args.project) as project:
        with project.command("Move code"):
            code = codebook.get_code(project.db, args.code)
            if args.top:
                parent = None
            elif args.parent is not None:
                parent = args.parent
            else:
                parent = code.parent_id
            codebook.move_code(project.db, code.id, parent, args.position)
        moved = codebook.get_code(project.db, code.id)
        data = code_record(project.db, moved, codebook.count_codings(project.db, code.id))
        siblings = [c for c, _ in codebook.code_tree(project.db) if c.parent_id == moved.parent_id]
    where = f"under {data['parent']!r}" if data["parent"] else "at the top level"
    place = [c.id for c in siblings].index(moved.id)
    return Result(data, f"Moved code {moved.name!r} {where}, position {place} (0 = first).")


def code_merge(args) -> Result:
    with Project.open(args.project) as project:
        with project.command("Merge codes"):
            source = codebook.get_code(project.db, args.source)
            target_id = codebook.resolve_code(project.db, args.target)
            moved = merge_codes(project.db, source.id, target_id)
        target = codebook.get_code(project.db, target_id)
        record = code_record(project.db, target, codebook.count_codings(project.db, target_id))
    data = {"target": record, "source": source.name, "codings_moved": moved}
    return Result(data, f"Merged code {source.name!r} into {target.name!r} ({count(moved, 'coding')} moved).")


def code_delete(args) -> Result:
    with Project.open(args.project) as project:
        code = codebook.get_code(project.db, args.code)
        total = codebook.count_codings(project.db, code.id, include_subcodes=True)
        below = len(codebook.descendant_ids(project.db, code.id)) - 1
        subcodes = f" and {count(below, 'sub-code')}" if below else ""
        if not args.yes:
            raise CommandError(
                f"deleting code {code.name!r}{subcodes} would also delete {count(total, 'coding')}; "
                "add --yes to delete it")
        record = code_record(project.db, code, total)
        with project.command(f"Delete code {code.name}"):
            removed = codebook.delete_code(project.db, code.id)
    data = {"deleted": record, "codings_removed": removed}
    return Result(data, f"Deleted code {code.name!r}{subcodes} and {count(removed, 'coding')}.")


# -- applying a code ---------------------------------------------------------------
def _find_quote(text: str, quote: str, nth: int, document: str) -> tuple[int, int]:
    """The span of the nth (1-based) exact occurrence of quote in text."""
    if not quote:
        raise UsageError("--quote needs some text")
    found, index = 0, text.find(quote)
    while index != -1:
        found += 1
        if found == nth:
            return index, index + len(quote)
        index = text.find(quote, index + 1)
    if found == 0:
        raise NotFound(f"{clip(quote, 40)!r} does not occur in document {document!r}")
    raise NotFound(f"{clip(quote, 40)!r} occurs {count(found, 'time')} in document {document!r}, "
                   f"so there is no occurrence {nth}")


def _default_coder(db, project_path: str) -> int:
    listed = coders.list_coders(db)
    if len(listed) == 1:
        return listed[0].id
    if not listed:
        raise CommandError(f"{project_path} has no coders yet; add one with: accord coder add {project_path} NAME")
    names = ", ".join(repr(c.name) for c in listed)
    raise CommandError(f"{project_path} has {len(listed)} coders ({names}); say which with --coder NAME")


def code_apply(args) -> Result:
    quote_given = args.quote is not None
    if quote_given and (args.start is not None or args.end is not None):
        raise UsageError("give either --start/--end or --quote, not both")
    if not quote_given and (args.start is None or args.end is None):
        raise UsageError("give the span with --start S --end E, or with --quote TEXT")
    if args.occurrence is not None and not quote_given:
        raise UsageError("--occurrence goes with --quote")
    with Project.open(args.project) as project:
        db = project.db
        document = documents.get_document(db, args.document)
        code_id = codebook.resolve_code(db, args.code)
        if args.coder is None:
            coder_id = _default_coder(db, args.project)
        else:
            try:
                coder_id = coders.resolve_coder(db, args.coder)
            except NotFound as error:
                raise NotFound(f"{error}; add the coder first with: accord coder add {args.project} "
                               f"{args.coder}") from error
        if quote_given:
            text = documents.document_text(db, document.id)
            start, end = _find_quote(text, args.quote, args.occurrence or 1, document.name)
        else:
            start, end = args.start, args.end
        with project.command("Apply code"):
            coding = codings.apply_code(db, document.id, code_id, coder_id, start, end, args.memo or "")
        data = coding_record(db, coding)
    text = "Added " + coding_text(data)
    if (coding.start, coding.end) != (start, end):
        text += f"\n(merged with an overlapping coding; it now spans [{coding.start}, {coding.end}))"
    return Result(data, text)
