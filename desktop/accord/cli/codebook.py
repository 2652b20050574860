"""`accord codebook import|export`: the codebook from and to CSV, XLSX and Word (.docx).

    accord codebook import P FILE [--dry-run] [--update]
    accord codebook export P FILE.csv|FILE.xlsx|FILE.docx [--force]

Import states what it adds, what already exists (same path, same fields) and what
conflicts (same path, other fields: skipped unless --update), as one undoable change.
"""

from ..core.codebook_files import (
    apply_import,
    export_codebook,
    plan_import,
    read_codebook,
)
from ..core.project import Project
from .arguments import refuse_to_replace
from .output import Result, count


def add_commands(top, command, family) -> None:
    group = family("codebook", "import or export the codebook as CSV, Excel or Word")
    sub = command(group, "import", codebook_import, "add the codes a .csv, .xlsx or .docx codebook lists")
    sub.add_argument("file", metavar="FILE", help="the codebook file (.csv, .xlsx or .docx)")
    sub.add_argument("--dry-run", action="store_true", help="only say what would be added; change nothing")
    sub.add_argument("--update", action="store_true",
                     help="overwrite the fields of codes whose definition etc. differ (default: skip them)")
    sub = command(group, "export", codebook_export, "write the codebook as .csv, .xlsx or .docx")
    sub.add_argument("file", metavar="FILE", help="the file to write (.csv, .xlsx or .docx)")
    sub.add_argument("--force", action="store_true", help="replace FILE if it exists")


def codebook_import(args) -> Result:
    book = read_codebook(args.file)  # before opening the project: a bad file changes nothing
    with Project.open(args.project) as project:
        if args.dry_run:
            plan = plan_import(project.db, book, update=args.update)
        else:
            with project.command(f"Import codebook {book.name}"):
                plan = apply_import(project.db, book, update=args.update)
    data = plan.as_json(args.dry_run)
    verb = "Would add" if args.dry_run else "Added"
    lines = [f"{verb} {count(len(plan.added), 'code')}; {len(plan.existing)} already there; "
             f"{count(len(plan.conflicts), 'conflict')}"
             + (f" ({'would update' if args.dry_run else 'updated'} {len(plan.updated)})" if args.update
                else " (skipped; --update overwrites them)" if plan.conflicts else "") + "."]
    lines += [f"  + {path}" for path in plan.added]
    for conflict in plan.conflicts:
        lines.append(f"  ! {conflict['path']}: {', '.join(conflict['fields'])} differ")
    lines += [f"  warning: {warning}" for warning in plan.warnings]
    return Result(data, "\n".join(lines))


def codebook_export(args) -> Result:
    refuse_to_replace([args.file], args.force)
    with Project.open(args.project) as project:
        written = export_codebook(project.db, args.file)
    data = {"file": str(args.file), "codes": written}
    return Result(data, f"Wrote {count(written, 'code')} to {args.file}.")
