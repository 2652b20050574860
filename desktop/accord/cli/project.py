"""`accord new` and `accord import`: create a project and bring text into it.

    accord new P [--coder NAME] [--title T]
    accord import P FILE... [--join-lines | --preview-joins] [--allow-duplicates]

A file whose text the project already has is skipped, with a line naming the document.
"""

import sys

from .output import Result, TerminalProgress, document_record, one_line, table
from ..core import coders
from ..core.project import Project


def add_commands(top, command, family) -> None:
    sub = command(top, "new", new, "create a new, empty project")
    sub.add_argument("--coder", metavar="NAME", help="add this coder to the project")
    sub.add_argument("--title", metavar="T", help="the project's title (default: the file name)")

    sub = command(top, "import", import_, "import text files as documents", project=True)
    sub.add_argument("files", metavar="FILE", nargs="+", help="files to import (.txt, .md, .docx, ...)")
    joins = sub.add_mutually_exclusive_group()
    joins.add_argument("--join-lines", action="store_true", help="join lines broken in the middle of a sentence")
    joins.add_argument("--preview-joins", action="store_true",
                       help="show which broken lines --join-lines would join, and import nothing")
    sub.add_argument("--allow-duplicates", action="store_true",
                     help="import files even when the project already has a document with the same text")


def new(args) -> Result:
    with Project.create(args.project, title=args.title, coder=args.coder) as project:
        names = [c.name for c in coders.list_coders(project.db)]
        title = project.title
    data = {"path": str(args.project), "title": title, "coders": names}
    text = f"Created project {str(args.project)!r} ({title!r})"
    text += f" with coder {names[0]!r}." if names else f". Add a coder with: accord coder add {args.project} NAME"
    return Result(data, text)


def import_(args) -> Result:
    from ..core.importing import import_files

    if args.preview_joins:
        return _preview_joins(args)
    # A large file takes seconds: show how far it is, on a terminal only (never in --json output).
    progress = TerminalProgress() if sys.stderr.isatty() and not args.json else None
    try:
        with Project.open(args.project) as project:
            outcomes = import_files(project, args.files, join_broken_lines=args.join_lines,
                                    allow_duplicates=args.allow_duplicates, progress=progress)
    finally:
        if progress is not None:
            progress.finish()
    skipped = [o for o in outcomes if o.skipped]
    data = {
        "files": [
            {
                "file": str(outcome.path),
                "ok": outcome.ok,
                "document": document_record(outcome.document) if outcome.document else None,
                "message": outcome.message,
            }
            for outcome in outcomes if not outcome.skipped
        ],
        "skipped_duplicates": [{"file": str(o.path), "existing": o.duplicate_of.name} for o in skipped],
    }
    rows = [["imported" if o.ok else "FAILED", str(o.path), one_line(o.message)] for o in outcomes if not o.skipped]
    lines = [table(["STATUS", "FILE", "RESULT"], rows)] if rows else []
    lines += [f"skipped {o.path}: {o.message}" for o in skipped]
    if skipped:
        lines.append("To import a file anyway, run the import again with --allow-duplicates.")
    text = "\n".join(lines)
    failed = [o for o in outcomes if not o.ok and not o.skipped]
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

    Project.open(args.project).close()  # the project must exist and be a project, even though it is not changed
    data, sections = [], []
    for path in args.files:
        prepared = prepare_document(path)
        count = prepared.broken_count
        data.append({"file": str(path), "count": count, "offsets": list(prepared.join_offsets), "joins": [
            {"offset": j.offset, "before": j.before, "after": j.after} for j in prepared.broken_lines]})
        sections.append(f"{path}: {count} broken line{'s' if count != 1 else ''}"
                        + (f"\n{preview(prepared.broken_lines, total=count)}" if count else ""))
    return Result(data, "\n\n".join(sections))
