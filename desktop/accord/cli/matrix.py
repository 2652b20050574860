"""`accord matrix`: codes against documents, speakers, coders or attribute values.

    accord matrix P [--rows codes] --cols documents|speakers|coders|attr:KEY
        [--measure count|presence|coverage|words] [--coder A,B] [--subcodes] [--doc D ...]
        [--bins 30,45,60] [--export OUT.csv|OUT.xlsx [--force]]

The measures and columns are defined in core/analysis/matrix.py.
"""

import argparse

from .arguments import table_export_target, add_names
from .output import Result, table
from ..core.analysis.matrix import MEASURES, code_matrix
from ..core.analysis.matrix_export import write_matrix
from ..core.project import Project


def _bins(value: str) -> list[float]:
    try:
        return [float(part) for part in value.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: give numbers separated by commas, e.g. 30,45,60") from None


_bins.__name__ = "list of numbers"


def add_commands(top, command, family) -> None:
    sub = command(top, "matrix", matrix, "a table of codes against documents, speakers, coders or an attribute")
    sub.add_argument("--rows", choices=("codes",), default="codes", help="the rows: codes (in codebook order)")
    sub.add_argument("--cols", required=True, metavar="COLS",
                     help="documents, speakers, coders, or attr:KEY (one column per value of a document attribute)")
    sub.add_argument("--measure", choices=MEASURES, default="count",
                     help="count: codings; presence: 1 or 0; coverage: percent of the column's characters "
                          "covered; words: words covered (default count)")
    add_names(sub, "--coder", "--coders", dest="coders", metavar="A,B",
              help="only these coders (default: every coder of role coder)")
    sub.add_argument("--subcodes", action="store_true", help="roll each code's sub-codes up into it")
    add_names(sub, "--doc", "--docs", "--documents", dest="documents", metavar="D",
              help="only these documents (default: all)")
    sub.add_argument("--bins", type=_bins, metavar="N,N,...",
                     help="with --cols attr:KEY: group numeric values, e.g. 30,45,60 gives <30, 30–45, 45–60, ≥60")
    sub.add_argument("--export", metavar="OUT", help="also write the matrix to OUT (.csv or .xlsx)")
    sub.add_argument("--force", action="store_true", help="with --export: replace an existing file")


def matrix(args) -> Result:
    out = table_export_target(args.export, args.project, args.force)
    with Project.open(args.project) as project:
        found = code_matrix(project.db, cols=args.cols, measure=args.measure, coders=args.coders or None,
                            subcodes=args.subcodes, documents=args.documents or None, bins=args.bins)
    text = _text(found)
    if out is not None:
        write_matrix(found, out)
        text += f"\n\nWrote the matrix to {out}."
    return Result(found.to_json(), text)


def _text(found) -> str:
    if not found.rows:
        return "No codes."
    if not found.columns:
        return "No columns (no documents, speakers or coders chosen)."

    def cell(value) -> str:
        return f"{value:.1f}" if isinstance(value, float) else str(value)

    rows = [[name, *map(cell, values)] for name, values in zip(found.rows, found.cells)]
    unit = {"count": "codings", "presence": "1 = the code occurs there", "coverage": "% of characters covered",
            "words": "words covered"}[found.measure]
    return table(["CODE", *found.columns], rows, right=tuple(range(1, len(found.columns) + 1))) + f"\n({unit})"
