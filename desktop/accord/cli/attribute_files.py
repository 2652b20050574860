"""`accord attr import` and `accord attr export`: document attributes from and to a CSV or XLSX spreadsheet.

    accord attr import P FILE.csv|xlsx [--key-column NAME] [--dry-run]
    accord attr export P FILE.csv|xlsx [--force]

Registered by attributes.py in the `attr` family.
"""

from pathlib import Path

from .arguments import refuse_to_replace
from .output import Result
from ..core.attribute_files import apply_plan, export_attributes, plan_import
from ..core.project import Project


def add_file_commands(group, command) -> None:
    sub = command(group, "import", attr_import,
                  "set attributes from a spreadsheet: a row per document, a column per attribute")
    sub.add_argument("file", metavar="FILE", help="a .csv or .xlsx file; the first row names the columns")
    sub.add_argument("--key-column", metavar="NAME",
                     help="the column naming the document (default: one named document, name, file, "
                          "participant, ... or else the first)")
    sub.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    sub = command(group, "export", attr_export, "write every document's attributes to a .csv or .xlsx file")
    sub.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    sub.add_argument("--force", action="store_true", help="replace FILE if it exists")


def attr_import(args) -> Result:
    with Project.open(args.project) as project:
        plan = plan_import(project.db, args.file, args.key_column)
        if not args.dry_run:
            with project.command(f"Import attributes from {Path(args.file).name}"):
                apply_plan(project.db, plan)
    data = plan.as_data()
    data["dry_run"] = bool(args.dry_run)
    return Result(data, _summary(data))


def _summary(data: dict) -> str:
    verb = "Would set" if data["dry_run"] else "Set"
    lines = [f"{verb} {data['set']} values ({data['unchanged']} already so) on {len(data['matched'])} documents, "
             f"matched by the column {data['key_column']!r}."]
    if data["types"]:
        lines.append("Attributes: " + ", ".join(f"{k} ({t})" for k, t in data["types"].items()))
    for row in data["unmatched_rows"]:
        lines.append(f"Row {row['row']} not imported: {row['key'] or '(empty)'}: {row['reason']}")
    if data["empty_cells"]:
        cells = ", ".join(f"{c['doc']}/{c['key']}" for c in data["empty_cells"][:10])
        more = f" and {len(data['empty_cells']) - 10} more" if len(data["empty_cells"]) > 10 else ""
        lines.append(f"{len(data['empty_cells'])} empty cells left as they were: {cells}{more}")
    return "\n".join(lines)


def attr_export(args) -> Result:
    refuse_to_replace([args.file], args.force)
    with Project.open(args.project) as project:
        rows = export_attributes(project.db, args.file)
    data = {"file": str(args.file), "documents": rows}
    return Result(data, f"Wrote the attributes of {rows} documents to {args.file}.")
