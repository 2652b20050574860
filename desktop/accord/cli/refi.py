"""`accord export` and `accord import-refi`: REFI-QDA codebooks (.qdc) and projects (.qdpx).

    accord export P [--qdc OUT] [--qdpx OUT] [--force]   # --json: {"qdc": {...}, "qdpx": {...}}
    accord import-refi P FILE        # .qdc: codes only; .qdpx (or .qde): everything, one command

An import prints what it added and a warning line for everything it had to skip
(PDF, picture, audio and video sources, sets, graphs, links, sources whose text is
missing…). A file that cannot be read safely fails with one error line, and the
project is left exactly as it was.
"""

from pathlib import Path

from .arguments import UsageError, refuse_to_replace
from .output import Result, count
from ..core.project import Project


def add_commands(top, command, family) -> None:
    sub = command(top, "export", export, "export the codebook (.qdc) and/or the whole project (.qdpx) "
                  "as REFI-QDA files for other QDA programs")
    sub.add_argument("--qdc", metavar="OUT", help="write the codebook to this .qdc file")
    sub.add_argument("--qdpx", metavar="OUT", help="write the whole project to this .qdpx file")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")

    sub = command(top, "import-refi", import_refi, "import a REFI-QDA codebook (.qdc: codes only) or project "
                  "(.qdpx: documents, codes, coders, codings, memos, attributes)")
    sub.add_argument("file", metavar="FILE", help="the .qdc or .qdpx file (a bare .qde is read too)")


def export(args) -> Result:
    from ..core.refi import export_qdc, export_qdpx

    targets = [(kind, Path(out)) for kind, out in (("qdc", args.qdc), ("qdpx", args.qdpx)) if out]
    if not targets:
        raise UsageError("say what to export: --qdc OUT and/or --qdpx OUT")
    if len(targets) == 2 and targets[0][1].resolve() == targets[1][1].resolve():
        raise UsageError("--qdc and --qdpx need different files")
    refuse_to_replace([out for _, out in targets], args.force)
    summaries = []
    with Project.open(args.project) as project:
        for kind, out in targets:
            if kind == "qdc":
                summaries.append(export_qdc(project.db, out, overwrite=args.force, project_path=project.path))
            else:
                summaries.append(export_qdpx(project, out, overwrite=args.force))
    lines = []
    for summary in summaries:
        if summary.kind == "codebook":
            lines.append(f"Exported the codebook ({count(summary.codes, 'code')}) to {summary.path!r}.")
        else:
            lines.append(
                f"Exported the project to {summary.path!r}: {count(summary.documents, 'document')}, "
                f"{count(summary.codes, 'code')}, {count(summary.codings, 'coding')}, "
                f"{count(summary.coders, 'coder')}, {count(summary.memos, 'memo')}, "
                f"{count(summary.variables, 'attribute')} as variables.")
        if summary.replaced_characters:
            lines.append(f"warning: {count(summary.replaced_characters, 'character')} that XML cannot hold "
                         "were written as U+FFFD")
    data = {kind: summary.as_dict() for (kind, _), summary in zip(targets, summaries)}
    return Result(data, "\n".join(lines))


def import_refi(args) -> Result:
    from ..core.refi import import_refi as run_import

    with Project.open(args.project) as project:
        report = run_import(project, args.file)
    lines = [f"Imported {args.file!r}: {report.summary()}."]
    lines += [f"note: {remark}" for remark in report.remarks]
    lines += [f"warning: {warning}" for warning in report.warnings]
    return Result(report.as_dict(), "\n".join(lines))
