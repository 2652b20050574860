"""What each `accord` command does: open the project, call the core, describe the outcome.

Every handler takes the parsed arguments and returns a `Result`; nothing is
printed here (but a long import's progress line on a terminal, cleared when it
ends), so a command that fails prints only its one error line. Every
change runs inside `project.command(...)`, so a failure leaves the file as it was.
"""

import sys
from pathlib import Path

from .output import (
    Result, TerminalProgress, clip, code_record, code_records, coder_record, coding_record, document_record, hit_record,
    memo_record, one_line, quoted, segment_record, table,
)
from ..core import attributes, codebook, coders, codings, documents, memos, search
from ..core.errors import AccordError, NotFound
from ..core.project import Project


class CommandError(AccordError):
    """A command refused to run (e.g. a deletion without --yes); the message says why."""


class UsageError(Exception):
    """The arguments do not fit together; reported like argparse's own usage errors (exit 2)."""


def _open(args) -> Project:
    return Project.open(args.project)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# -- project -------------------------------------------------------------------
def new(args) -> Result:
    with Project.create(args.project, title=args.title, coder=args.coder) as project:
        names = [c.name for c in coders.list_coders(project.db)]
        title = project.title
    data = {"path": str(args.project), "title": title, "coders": names}
    text = f"Created project {str(args.project)!r} ({title!r})"
    text += f" with coder {names[0]!r}." if names else f". Add a coder with: accord coder add {args.project} NAME"
    return Result(data, text)


def sample(args) -> Result:
    from ..core.sample import build_sample

    build_sample(Path(args.out))
    return Result({"path": str(args.out)}, f"Created the sample project {str(args.out)!r}.")


def gui(args) -> Result:
    from ..gui import app

    argv = (["--sample"] if args.sample else []) + ([args.project] if args.project else [])
    argv += ["--screenshot", args.screenshot] if args.screenshot else []
    status = app.main(argv)
    return Result(None, "", status=status if isinstance(status, int) else 0)


# -- documents -----------------------------------------------------------------
def import_(args) -> Result:
    from ..core.importing import import_files

    if args.preview_joins:
        return _preview_joins(args)
    # A large file takes seconds: show how far it is, on a terminal only (never in --json output).
    progress = TerminalProgress() if sys.stderr.isatty() and not args.json else None
    try:
        with _open(args) as project:
            outcomes = import_files(project, args.files, join_broken_lines=args.join_lines, progress=progress)
    finally:
        if progress is not None:
            progress.finish()
    data = [
        {
            "file": str(outcome.path),
            "ok": outcome.ok,
            "document": document_record(outcome.document) if outcome.document else None,
            "message": outcome.message,
        }
        for outcome in outcomes
    ]
    rows = [["imported" if o.ok else "FAILED", str(o.path), one_line(o.message)] for o in outcomes]
    text = table(["STATUS", "FILE", "RESULT"], rows)
    failed = [o for o in outcomes if not o.ok]
    if not failed:
        return Result(data, text)
    if len(failed) == 1:
        only = failed[0]
        error = only.message if only.path.name in only.message else f"{only.path}: {only.message}"
    else:
        error = f"{len(failed)} of {len(outcomes)} files were not imported: " + ", ".join(
            str(o.path) for o in failed)
    return Result(data, text, status=1, error=error)


def _preview_joins(args) -> Result:
    """What --join-lines would do to each file; nothing is written.

    JSON lists every join's offset, and the lines around the first 1,000 (cut to 200 characters).
    """
    from ..core.importing import prepare_document
    from ..core.linejoin import preview

    _open(args).close()  # the project must exist and be a project, even though it is not changed
    data, sections = [], []
    for path in args.files:
        prepared = prepare_document(path)
        count = prepared.broken_count
        data.append({"file": str(path), "count": count, "offsets": list(prepared.join_offsets), "joins": [
            {"offset": j.offset, "before": j.before, "after": j.after} for j in prepared.broken_lines]})
        sections.append(f"{path}: {count} broken line{'s' if count != 1 else ''}"
                        + (f"\n{preview(prepared.broken_lines, total=count)}" if count else ""))
    return Result(data, "\n\n".join(sections))


def docs(args) -> Result:
    with _open(args) as project:
        counts = documents.coding_counts(project.db)
        listed = documents.list_documents(project.db)
    data = [document_record(d, counts.get(d.id, 0)) for d in listed]
    if not listed:
        return Result(data, f"No documents yet. Add some with: accord import {args.project} FILE...")
    rows = [[d.id, d.name, f"{d.length:,}", counts.get(d.id, 0), d.source_name] for d in listed]
    return Result(data, table(["ID", "NAME", "CHARACTERS", "CODINGS", "SOURCE"], rows, right=(0, 2, 3)))


def doc_rename(args) -> Result:
    with _open(args) as project:
        with project.command("Rename document"):
            old = documents.get_document(project.db, args.document)
            documents.rename_document(project.db, old.id, args.new_name)
        renamed = documents.get_document(project.db, old.id)
        data = document_record(renamed, documents.count_codings_in(project.db, old.id))
    return Result(data, f"Renamed document {old.name!r} to {renamed.name!r}.")


def doc_delete(args) -> Result:
    with _open(args) as project:
        document = documents.get_document(project.db, args.document)
        count = documents.count_codings_in(project.db, document.id)
        if not args.yes:
            raise CommandError(
                f"deleting document {document.name!r} would also delete {_count(count, 'coding')}; "
                "add --yes to delete it")
        with project.command(f"Delete document {document.name}"):
            removed = documents.delete_document(project.db, document.id)
    data = {"deleted": document_record(document, removed), "codings_removed": removed}
    return Result(data, f"Deleted document {document.name!r} and its {_count(removed, 'coding')}.")


def attr_set(args) -> Result:
    with _open(args) as project:
        with project.command("Set attribute"):
            attributes.set_attribute(project.db, args.document, args.key, args.value)
        name = documents.get_document(project.db, args.document).name
        value = attributes.attributes_of(project.db, args.document)[args.key.strip()]
    data = {"doc": name, "key": args.key.strip(), "value": value}
    return Result(data, f"Set {data['key']} = {value!r} on document {name!r}.")


def attrs(args) -> Result:
    with _open(args) as project:
        if args.document is not None:
            document = documents.get_document(project.db, args.document)
            per_document = {document.id: attributes.attributes_of(project.db, document.id)}
            names = {document.id: document.name}
        else:
            per_document = attributes.all_attributes(project.db)
            names = {d.id: d.name for d in documents.list_documents(project.db)}
    order = [d for d in names if d in per_document]
    data = [{"doc": names[d], "key": k, "value": v} for d in order for k, v in per_document[d].items()]
    if not data:
        return Result(data, "No attributes." if args.document is None else
                      f"Document {names[order[0]]!r} has no attributes.")
    if args.document is not None:
        rows = [[k, v] for k, v in per_document[order[0]].items()]
        return Result(data, table(["KEY", "VALUE"], rows))
    keys = sorted({k for d in order for k in per_document[d]})
    rows = [[names[d]] + [clip(per_document[d].get(k, ""), 30) for k in keys] for d in order]
    return Result(data, table(["DOCUMENT"] + keys, rows))


def search_(args) -> Result:
    with _open(args) as project:
        hits = search.search(project.db, args.text)
    data = [hit_record(h) for h in hits]
    if not hits:
        return Result(data, f"No matches for {args.text!r}.")
    rows = [[h.document, h.start, h.end, one_line(h.context)] for h in hits]
    return Result(data, table(["DOCUMENT", "START", "END", "CONTEXT"], rows, right=(1, 2)))


# -- coders ----------------------------------------------------------------------
def coders_(args) -> Result:
    with _open(args) as project:
        listed = coders.list_coders(project.db)
    data = [coder_record(c) for c in listed]
    if not listed:
        return Result(data, f"No coders yet. Add one with: accord coder add {args.project} NAME")
    return Result(data, table(["ID", "NAME"], [[c.id, c.name] for c in listed], right=(0,)))


def coder_add(args) -> Result:
    with _open(args) as project:
        with project.command("Add coder"):
            coder = coders.add_coder(project.db, args.name)
    return Result(coder_record(coder), f"Added coder {coder.name!r} (id {coder.id}).")


# -- codes -----------------------------------------------------------------------
def codes(args) -> Result:
    with _open(args) as project:
        tree = codebook.code_tree(project.db)
        counts = codings.coding_counts_by_code(project.db)
    data = code_records([code for code, _ in tree], counts)
    if not tree:
        return Result(data, f"No codes yet. Add one with: accord code add {args.project} NAME")
    rows = [[c.id, "  " * depth + c.name, c.color, counts.get(c.id, 0), clip(c.description, 50)] for c, depth in tree]
    return Result(data, table(["ID", "CODE", "COLOUR", "CODINGS", "DESCRIPTION"], rows, right=(0, 3)))


def code_add(args) -> Result:
    texts = {field: getattr(args, field) for field in codebook.TEXT_FIELDS if getattr(args, field) is not None}
    with _open(args) as project:
        with project.command("Add code"):
            code = codebook.create_code(project.db, args.name, parent=args.parent, color=args.color, **texts)
        data = code_record(project.db, code, 0)
    where = f" under {data['parent']!r}" if data["parent"] else ""
    return Result(data, f"Added code {code.name!r}{where} (id {code.id}, colour {code.color}).")


def code_rename(args) -> Result:
    with _open(args) as project:
        with project.command("Rename code"):
            old = codebook.get_code(project.db, args.code)
            codebook.rename_code(project.db, old.id, args.new_name)
        renamed = codebook.get_code(project.db, old.id)
        data = code_record(project.db, renamed, codebook.count_codings(project.db, old.id))
    return Result(data, f"Renamed code {old.name!r} to {renamed.name!r}.")


def code_move(args) -> Result:
    if args.parent is None and not args.top and args.position is None:
        raise UsageError("say where to move the code: --parent X, --top and/or --position N")
    with _open(args) as project:
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
    with _open(args) as project:
        with project.command("Merge codes"):
            source = codebook.get_code(project.db, args.source)
            target_id = codebook.resolve_code(project.db, args.target)
            moved = codebook.merge_codes(project.db, source.id, target_id)
        target = codebook.get_code(project.db, target_id)
        record = code_record(project.db, target, codebook.count_codings(project.db, target_id))
    data = {"target": record, "source": source.name, "codings_moved": moved}
    return Result(data, f"Merged code {source.name!r} into {target.name!r} ({_count(moved, 'coding')} moved).")


def code_delete(args) -> Result:
    with _open(args) as project:
        code = codebook.get_code(project.db, args.code)
        count = codebook.count_codings(project.db, code.id, include_subcodes=True)
        below = len(codebook.descendant_ids(project.db, code.id)) - 1
        subcodes = f" and {_count(below, 'sub-code')}" if below else ""
        if not args.yes:
            raise CommandError(
                f"deleting code {code.name!r}{subcodes} would also delete {_count(count, 'coding')}; "
                "add --yes to delete it")
        record = code_record(project.db, code, count)
        with project.command(f"Delete code {code.name}"):
            removed = codebook.delete_code(project.db, code.id)
    data = {"deleted": record, "codings_removed": removed}
    return Result(data, f"Deleted code {code.name!r}{subcodes} and {_count(removed, 'coding')}.")


# -- codings ---------------------------------------------------------------------
def _coding_text(record: dict) -> str:
    return (f"coding {record['id']}: {record['code']!r} by {record['coder']!r} in {record['doc']!r} "
            f"[{record['start']}, {record['end']}) {quoted(record['text'])}")


def _find_quote(text: str, quote: str, occurrence: int, document: str) -> tuple[int, int]:
    """The span of the occurrence-th (1-based) exact occurrence of quote in text."""
    if not quote:
        raise UsageError("--quote needs some text")
    found, index = 0, text.find(quote)
    while index != -1:
        found += 1
        if found == occurrence:
            return index, index + len(quote)
        index = text.find(quote, index + 1)
    if found == 0:
        raise NotFound(f"{clip(quote, 40)!r} does not occur in document {document!r}")
    raise NotFound(f"{clip(quote, 40)!r} occurs {_count(found, 'time')} in document {document!r}, "
                   f"so there is no occurrence {occurrence}")


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
    with _open(args) as project:
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
    text = "Added " + _coding_text(data)
    if (coding.start, coding.end) != (start, end):
        text += f"\n(merged with an overlapping coding; it now spans [{coding.start}, {coding.end}))"
    return Result(data, text)


def coding_remove(args) -> Result:
    with _open(args) as project:
        with project.command("Remove coding"):
            data = coding_record(project.db, codings.get_coding(project.db, args.id))
            codings.remove_coding(project.db, args.id)
    return Result(data, "Removed " + _coding_text(data))


def coding_recode(args) -> Result:
    with _open(args) as project:
        with project.command("Recode coding"):
            coding = codings.change_code(project.db, args.id, args.code)
        data = coding_record(project.db, coding)
    text = "Recoded: " + _coding_text(data)
    if coding.id != args.id:  # pragma: no cover - the core keeps the id, but say so if it ever changes
        text += f"\n(merged into coding {coding.id})"
    return Result(data, text)


def coding_resize(args) -> Result:
    with _open(args) as project:
        with project.command("Resize coding"):
            coding = codings.resize_coding(project.db, args.id, args.start, args.end)
        data = coding_record(project.db, coding)
    text = "Resized: " + _coding_text(data)
    if (coding.start, coding.end) != (args.start, args.end):
        text += "\n(merged with an overlapping coding)"
    return Result(data, text)


def codings_(args) -> Result:
    if args.subcodes and args.code is None:
        raise UsageError("--subcodes goes with --code")
    with _open(args) as project:
        found = codings.segments(project.db, code=args.code, include_subcodes=args.subcodes,
                                 coder=args.coder, document=args.document)
    data = [segment_record(s) for s in found]
    if not found:
        return Result(data, "No codings.")
    rows = [[s.id, s.document, s.code, s.coder, s.start, s.end, quoted(s.text, 50)] for s in found]
    return Result(data, table(["ID", "DOCUMENT", "CODE", "CODER", "START", "END", "TEXT"], rows,
                              right=(0, 4, 5)))


def cooccurrence(args) -> Result:
    with _open(args) as project:
        pairs = codings.cooccurrence(project.db, coder=args.coder)
        names = {c.id: c.name for c in codebook.list_codes(project.db)}
        paths = {i: codebook.code_path(project.db, i) for pair in pairs for i in pair}
    ordered = sorted(pairs.items(), key=lambda item: (-item[1], paths[item[0][0]], paths[item[0][1]]))
    data = [{"code_a": names[a], "code_b": names[b], "code_a_id": a, "code_b_id": b, "count": n}
            for (a, b), n in ordered]
    if not data:
        return Result(data, "No two codes overlap.")
    rows = [[paths[a], paths[b], n] for (a, b), n in ordered]
    return Result(data, table(["CODE A", "CODE B", "OVERLAPS"], rows, right=(2,)))


# -- memos -----------------------------------------------------------------------
def _memo_target(record: dict) -> str:
    if record["doc"] is not None:
        return f"document {record['doc']!r}"
    if record["code"] is not None:
        return f"code {record['code']!r}"
    return "project"


def memo_add(args) -> Result:
    with _open(args) as project:
        with project.command("Add memo"):
            memo = memos.add_memo(project.db, args.text, title=args.title or "",
                                  document=args.document, code=args.code)
        data = memo_record(project.db, memo)
    return Result(data, f"Added memo {memo.id} on {_memo_target(data)}.")


def memos_(args) -> Result:
    with _open(args) as project:
        if args.document is not None or args.code is not None:
            found = memos.memos_of(project.db, document=args.document, code=args.code)
        else:
            found = memos.all_memos(project.db)
        data = [memo_record(project.db, m) for m in found]
    if not data:
        return Result(data, "No memos.")
    rows = [[r["id"], _memo_target(r), clip(r["title"], 30), clip(r["text"], 60)] for r in data]
    return Result(data, table(["ID", "ON", "TITLE", "TEXT"], rows, right=(0,)))
