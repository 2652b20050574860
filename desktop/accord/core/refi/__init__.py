"""REFI-QDA interchange: codebooks (.qdc) and projects (.qdpx) out of and into Accord.

    export_qdc(project.db, "codes.qdc")          # the codebook
    export_qdpx(project, "study.qdpx")           # everything REFI-QDA can hold
    report = import_refi(project, "other.qdpx")  # .qdc, .qdpx or a bare .qde; one command
    refi = read_refi("other.qdpx")               # read and check only; nothing is written

Modules: read (lenient parsing), safety (XML and zip limits), positions (selection
units and normalisation offsets), import_ (writing into a project), codebook_qdc and
project_qdpx (export), xml_write, code_text, guids.
"""

from .codebook_qdc import ExportSummary, codebook_document, export_qdc
from .errors import RefiError
from .import_ import ImportReport, import_refi
from .project_qdpx import export_qdpx, project_archive
from .read import RefiFile, read_refi

__all__ = [
    "ExportSummary", "ImportReport", "RefiError", "RefiFile", "codebook_document", "export_qdc", "export_qdpx",
    "import_refi", "project_archive", "read_refi",
]
