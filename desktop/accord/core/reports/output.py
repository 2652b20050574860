"""Writing a report to disk in one of its formats, without leaving half-written files."""

from __future__ import annotations

from pathlib import Path

from ..errors import InvalidValue
from ..files import write_atomically
from ..language import using
from .model import ReportModel

FORMATS = ("html", "md", "docx", "csv", "xlsx")
TABLE_FORMATS = ("csv", "xlsx")     # these want a model built with ReportOptions(segments=True)
TEMPLATE_FORMATS = ("html", "md")


def write_report(model: ReportModel, fmt: str, out: str | Path, *, template: str | Path | None = None) -> list[Path]:
    """Write the report as `fmt` to `out`, in the language it was built in; returns the files written.

    html, md, docx, xlsx: `out` is the file. csv: see tables.csv_paths (a folder,
    or a prefix when `out` ends in .csv). An existing file is replaced only once
    the new one is complete.
    """
    with using(model.options.language):
        return _write(model, fmt, Path(out), template)


def _write(model: ReportModel, fmt: str, out: Path, template: str | Path | None) -> list[Path]:
    if fmt not in FORMATS:
        raise InvalidValue(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    if template is not None and fmt not in TEMPLATE_FORMATS:
        raise InvalidValue(f"a template is used only by the html and md formats, not {fmt}")
    template = Path(template) if template is not None else None
    if fmt == "csv":
        from .tables import csv_paths, csv_text, report_tables

        tables = report_tables(model)
        paths = csv_paths(out, [t.name for t in tables])
        folder = next(iter(paths.values())).parent
        if out.suffix.lower() != ".csv":
            if out.exists() and not out.is_dir():
                raise InvalidValue(f"{out}: is a file; csv output goes into a folder (or give a name ending in .csv)")
            _check_folder(out.parent)
            folder.mkdir(exist_ok=True)
        else:
            _check_folder(folder)
        contents = {paths[t.name]: csv_text(t).encode("utf-8") for t in tables}
        for path, data in contents.items():
            write_atomically(path, data)
        return list(contents)
    check_file(out)
    if fmt == "html":
        from .html import render_html

        data = render_html(model, template).encode("utf-8")
    elif fmt == "md":
        from .markdown import render_markdown

        data = render_markdown(model, template).encode("utf-8")
    elif fmt == "docx":
        from .docx_report import docx_bytes

        data = docx_bytes(model)
    else:
        from .tables import xlsx_bytes

        data = xlsx_bytes(model)
    write_atomically(out, data)
    return [out]


def report_paths(model: ReportModel, fmt: str, out: str | Path) -> list[Path]:
    """The files `write_report(model, fmt, out)` writes (csv: one per table), e.g. to check which exist first."""
    out = Path(out)
    if fmt != "csv":
        return [out]
    from .tables import csv_paths, report_tables

    return list(csv_paths(out, [t.name for t in report_tables(model)]).values())


def _check_folder(folder: Path) -> None:
    folder = folder if str(folder) else Path(".")
    if not folder.is_dir():
        raise InvalidValue(f"{folder}: no such folder")


def check_file(out: Path) -> None:
    if out.is_dir():
        raise InvalidValue(f"{out}: is a folder; give a file name")
    _check_folder(out.parent)
