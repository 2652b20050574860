"""Document attributes from and to spreadsheets (CSV, XLSX): a row per document, a column per attribute.

- cells.py: how one value is written to a cell and read back (types, the apostrophe convention)
- sheets.py: reading a CSV or XLSX file into a header and rows of cell values
- plan.py: what an import would do (matches, unmatched rows, empty cells, types, changes), and applying it
- export.py: writing the same shape
"""

from .export import export_attributes
from .plan import ImportPlan, apply_plan, import_attributes, plan_import

__all__ = ["ImportPlan", "apply_plan", "export_attributes", "import_attributes", "plan_import"]
