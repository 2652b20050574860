"""`accord report` and `accord retrieve`: codebook reports, table exports and retrieval printouts.

    accord report P [--format html|md|docx|csv|xlsx] -o OUT [--force] [--codes C,...] [--coders A,B]
                    [--docs D,...] [--quotes N] [--memos] [--template PATH]
                    [--no-agreement] [--resamples N] [--lang en|de|es|fr|pt_BR]
    accord retrieve P --code C [--subcodes] [--coders A,B] [--docs D,...] [--memos]
                    [--format txt|docx] [-o OUT [--force]]

Without --format the format comes from OUT's extension. csv writes one file per
table: into the folder OUT, or next to OUT as OUT-codebook.csv, ... when OUT
ends in .csv. An existing output file is replaced only with --force (as in
`accord export`). `accord retrieve` without -o prints the text to stdout. The
project is only read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import UsageError, add_names, refuse_to_replace
from .output import Result
from ..core.errors import AccordError
from ..core.language import LANGUAGES as REPORT_LANGUAGES

_EXTENSIONS = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".docx": "docx",
               ".csv": "csv", ".xlsx": "xlsx", ".txt": "txt"}


class ReportCommandError(AccordError):
    """The report cannot be written as asked (e.g. onto the project file itself)."""


def _quotes(value: str) -> int:
    from ..core.reports.model import MAX_QUOTES

    number = int(value)
    if not 0 <= number <= MAX_QUOTES:
        raise argparse.ArgumentTypeError(f"{value}: give 0 to {MAX_QUOTES} quotes")
    return number


def _resamples(value: str) -> int:
    from ..core.reports.model import MAX_RESAMPLES

    number = int(value)
    if not 0 <= number <= MAX_RESAMPLES:
        raise argparse.ArgumentTypeError(f"{value}: give 0 to {MAX_RESAMPLES} resamples")
    return number


_quotes.__name__ = "number of quotes"
_resamples.__name__ = "number of resamples"


def add_commands(top, command, family) -> None:
    from ..core.reports.output import FORMATS
    from ..core.reports.retrieval import RETRIEVAL_FORMATS

    sub = command(top, "report", report, "write a codebook report (html, md, docx) or its tables (csv, xlsx)")
    sub.add_argument("--format", "-f", choices=FORMATS, help="the format (default: from OUT's extension)")
    sub.add_argument("-o", "--output", dest="out", metavar="OUT", required=True,
                     help="the file to write (csv: a folder, or a name ending in .csv used as a prefix)")
    sub.add_argument("--force", action="store_true", help="replace OUT (csv: its files) if it exists")
    _selection(sub, codes=True)
    sub.add_argument("--quotes", metavar="N", type=_quotes, default=3, help="example quotes per code (default 3)")
    sub.add_argument("--memos", action="store_true", help="include memos (project, documents, codes, codings)")
    sub.add_argument("--template", metavar="PATH", help="an own Jinja2 template (html and md)")
    sub.add_argument("--lang", default="en", choices=REPORT_LANGUAGES,
                     help="the report's language (default en); the methods paragraph and figures follow it")
    sub.add_argument("--no-agreement", dest="agreement", action="store_false",
                     help="leave out the inter-coder agreement section")
    sub.add_argument("--resamples", metavar="N", type=_resamples,
                     help="bootstrap resamples for the agreement intervals (default 1000; 200 above 20,000 codings)")

    sub = command(top, "retrieve", retrieve, "print the segments coded with one code (txt or docx)")
    sub.add_argument("--code", metavar="C", required=True, help="code name, path or id")
    sub.add_argument("--subcodes", action="store_true", help="include the segments of its sub-codes")
    _selection(sub, codes=False)
    sub.add_argument("--memos", action="store_true", help="include the codings' memos")
    sub.add_argument("--format", "-f", choices=RETRIEVAL_FORMATS,
                     help="the format (default: from OUT's extension; txt without -o)")
    sub.add_argument("-o", "--output", dest="out", metavar="OUT",
                     help="the file to write (default: print the text to stdout; docx needs a file)")
    sub.add_argument("--force", action="store_true", help="replace OUT if it exists")


def _selection(sub, *, codes: bool) -> None:
    if codes:
        add_names(sub, "--codes", "--code", dest="codes", metavar="C,...",
                  help="only these codes and their sub-codes (names, paths or ids)")
    add_names(sub, "--coders", dest="coders", metavar="A,B", help="only these coders")
    add_names(sub, "--docs", "--doc", "--documents", dest="documents", metavar="D,...", help="only these documents")


def _format(args, allowed: tuple[str, ...]) -> str:
    if args.format:
        return args.format
    if args.out is None:
        return "txt"
    guessed = _EXTENSIONS.get(Path(args.out).suffix.lower())
    if guessed not in allowed:
        raise UsageError(f"say which format with --format ({'|'.join(allowed)}); "
                         f"{args.out!r} does not show it")
    return guessed


def _check_target(args, out: Path) -> None:
    project = Path(args.project)
    try:
        same = out.exists() and project.exists() and out.resolve() == project.resolve()
    except OSError:
        same = False
    if same or (out.suffix.lower() == ".accord"):
        raise ReportCommandError(f"{out}: will not write a report over a project file; choose another name")


def _open(args):
    from ..core.project import Project

    return Project.open(args.project)


def report(args) -> Result:
    from ..core.reports import FORMATS, TABLE_FORMATS, ReportOptions, build_report, write_report
    from ..core.reports.output import report_paths

    fmt = _format(args, FORMATS)
    if args.template is not None and fmt not in ("html", "md"):
        raise UsageError("--template goes with --format html or md")
    out = Path(args.out)
    _check_target(args, out)
    if fmt != "csv":
        refuse_to_replace([out], args.force)
    options = ReportOptions(codes=tuple(args.codes), coders=tuple(args.coders), documents=tuple(args.documents),
                            quotes=args.quotes, memos=args.memos, segments=fmt in TABLE_FORMATS,
                            agreement=args.agreement, resamples=args.resamples, language=args.lang)
    with _open(args) as project:
        model = build_report(project.db, options)
        if fmt == "csv":
            refuse_to_replace(report_paths(model, fmt, out), args.force)
        written = write_report(model, fmt, out, template=args.template)
    data = {
        "format": fmt,
        "language": args.lang,
        "files": [str(p) for p in written],
        "title": model.title,
        "codes": len(model.codes),
        "coders": model.coder_names,
        "documents": len(model.documents),
        "codings": model.total_codings,
        "quotes": sum(len(c.quotes) for c in model.codes),
        "memos": args.memos,
        "agreement": model.agreement is not None,
    }
    if len(written) == 1:
        where = str(written[0])
    elif out.suffix.lower() == ".csv":
        where = f"{len(written)} files {out.with_name(out.stem)}-*.csv"
    else:
        where = f"{len(written)} files in {out}{'' if str(out).endswith(('/', chr(92))) else '/'}"
    text = (f"Wrote the {fmt} report of {model.title!r} to {where} ({len(model.codes):,} codes, "
            f"{model.total_codings:,} codings, {len(model.documents):,} documents).")
    if len(written) > 1:
        text += "\n" + "\n".join(f"  {p}" for p in written)
    return Result(data, text)


def retrieve(args) -> Result:
    from ..core.reports.retrieval import RETRIEVAL_FORMATS, render_text, retrieve as retrieve_segments
    from ..core.reports.retrieval import write_retrieval

    fmt = _format(args, RETRIEVAL_FORMATS)
    out = None if args.out is None else Path(args.out)
    if out is None and fmt != "txt":
        raise UsageError(f"-o OUT is needed for {fmt}: give the file to write, e.g. -o segments.{fmt} "
                         "(without -o the text is printed)")
    if out is None and args.force:
        raise UsageError("--force goes with -o OUT")
    if out is not None:
        _check_target(args, out)
        refuse_to_replace([out], args.force)
    with _open(args) as project:
        found = retrieve_segments(project.db, args.code, subcodes=args.subcodes, coders=args.coders,
                                  documents=args.documents, memos=args.memos)
        if out is not None:
            write_retrieval(found, fmt, out)
    data = {
        "format": fmt,
        "file": None if out is None else str(out),
        "code": found.code_path,
        "subcodes": found.subcodes,
        "coders": found.coders,
        "segments": found.total,
        "codings": found.codings,
        "documents": [{"doc": d.name, "segments": len(d.segments)} for d in found.documents],
    }
    if out is None:
        data["text"] = render_text(found)
        return Result(data, data["text"])
    text = (f"Wrote {found.total:,} segment{'s' if found.total != 1 else ''} of {found.code_path!r} "
            f"from {len(found.documents):,} document{'s' if len(found.documents) != 1 else ''} to {out}.")
    return Result(data, text)
