"""Helpers of the report tests (imported as a plain module: this folder is on sys.path)."""

from accord.core.attributes import set_attribute
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import TurnRecord, add_document
from accord.core.memos import add_memo
from accord.core.project import set_meta

SCRIPT = "<script>alert(1)</script>"
MD_TRAP = "*bold* _it_ [link](http://x) | pipe `tick` # not a heading"
FORMULA = "=HYPERLINK(\"http://evil\",\"x\")"
CONTROL = "bell\x07 and nul\x00 inside"

HOSTILE_TEXT = (
    "Q: What happened?\n"
    "A: <b>nothing</b> & everything; 1. not a list\n"
    "# not a heading either | with a pipe\n"
    "> not a quote 😀 and 医生."
)


def build_hostile(db) -> None:
    """Codes, documents, coders and memos with HTML, Markdown, formula and control-character traps."""
    set_meta(db, "title", f"Study {SCRIPT}")
    set_meta(db, "description", f"About {SCRIPT} and {MD_TRAP}")
    ann = add_coder(db, "ann <i>")
    bob = add_coder(db, "bob|x")
    turns = [TurnRecord(0, 17, 2, "Q"), TurnRecord(18, len(HOSTILE_TEXT), 20, "A <u>")]
    doc = add_document(db, f"doc {SCRIPT}", HOSTILE_TEXT, turns=turns)
    other = add_document(db, "plain", "Nothing to see here. Really nothing.")
    set_attribute(db, doc.id, "site <x>", MD_TRAP)
    parent = create_code(db, SCRIPT, description=MD_TRAP, definition=f"defined {SCRIPT}", example=FORMULA)
    child = create_code(db, MD_TRAP, parent=parent.id, inclusion="line one\n\n# line two")
    formula = create_code(db, FORMULA)
    control = create_code(db, CONTROL)
    apply_code(db, doc.id, parent.id, ann.id, 18, 60, memo=f"memo {SCRIPT}")
    apply_code(db, doc.id, child.id, ann.id, 20, 45)
    apply_code(db, doc.id, parent.id, bob.id, 18, 55)
    apply_code(db, doc.id, formula.id, bob.id, 61, 95)
    apply_code(db, doc.id, control.id, ann.id, 0, 17)
    apply_code(db, other.id, child.id, bob.id, 0, 20)
    add_memo(db, f"project memo {SCRIPT}", title="T <b>")
    add_memo(db, f"code memo {MD_TRAP}", code=parent.id)
    add_memo(db, "document memo", document=doc.id, coder=ann.id)


def agreement_model(db, **options):
    """The sample's report with the agreement section filled from AGREEMENT_SHAPE (no engine needed)."""
    import copy

    from accord.core.reports import AGREEMENT_SHAPE, ReportOptions, agreement_from_json, build_report

    model = build_report(db, ReportOptions(agreement=False, **options))
    shape = copy.deepcopy(AGREEMENT_SHAPE)
    shape["codes"][0]["code_id"] = next(c.id for c in model.codes if c.name == "Loneliness")
    model.agreement = agreement_from_json(shape, model)
    return model
