"""Codebooks from and to spreadsheets and Word (issue #17): CSV, XLSX and DOCX.

    entries = read_codebook(path)            # rows of the file, nothing written
    plan = plan_import(db, entries)          # what would be added / exists / conflicts
    with project.command("Import codebook"):
        apply_import(db, entries, update=False)   # the same plan, carried out
    export_codebook(db, path)                # .csv, .xlsx or .docx, written atomically

The columns (any order, case-insensitive, with synonyms) are in `columns.py`.
"""

from .columns import COLUMNS
from .plan import Entry, Plan, apply_import, plan_import
from .read import read_codebook
from .write import export_codebook

__all__ = ["COLUMNS", "Entry", "Plan", "apply_import", "export_codebook", "plan_import", "read_codebook"]
