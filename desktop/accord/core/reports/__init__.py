"""Codebook reports and exports: a ReportModel built from a project, rendered in several formats.

    model = build_report(db, ReportOptions(codes=("Support",), quotes=5, memos=True))
    write_report(model, "html", Path("report.html"))

Formats: html, md, docx, csv (one file per table), xlsx (one sheet per table).
`retrieval` prints the coded segments of one code (txt or docx).
"""

from .agreement import AGREEMENT_SHAPE, AgreementRow, AgreementSection
from .agreement_engine import agreement_from_json
from .build import build_report
from .model import (
    CodeEntry, CoderEntry, Cooccurrence, DocumentEntry, MemoEntry, Quote, ReportModel, ReportOptions, SegmentRow,
)
from .output import FORMATS, TABLE_FORMATS, write_report

__all__ = [
    "AGREEMENT_SHAPE", "AgreementRow", "AgreementSection", "CodeEntry", "CoderEntry", "Cooccurrence",
    "DocumentEntry", "FORMATS", "MemoEntry", "Quote", "ReportModel", "ReportOptions", "SegmentRow",
    "TABLE_FORMATS", "agreement_from_json", "build_report", "write_report",
]
