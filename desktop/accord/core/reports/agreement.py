"""The report's agreement section, as plain data: an `AgreementSection` of `AgreementRow`s (one for
each code, and the overall row) and `AGREEMENT_SHAPE`, the small documented dict a section is read
from. The report model holds a section, `agreement_engine` fills one from the agreement engine, and
the renderers read only the section, so nothing here knows the engine or the rest of the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AgreementRow:
    code: str            # "" for the overall row
    path: str
    code_id: int | None
    percent: float | None        # agreement as a fraction, 0..1
    kappa: float | None
    alpha: float | None
    alpha_low: float | None      # the interval of alpha (e.g. 95 % bootstrap)
    alpha_high: float | None
    units: int | None = None     # units coded by at least one coder (e.g. characters), when known
    kappa_low: float | None = None   # the interval of kappa (the overall row's pooled kappa)
    kappa_high: float | None = None


@dataclass
class AgreementSection:
    """Inter-coder agreement, read from `accord.core.agreement` (see agreement_engine.agreement_section)."""

    coders: list[str]
    unit: str
    rows: list[AgreementRow]
    overall: AgreementRow | None
    methods: str
    interval: str = "95 % interval"       # the heading of the alpha interval column
    notes: list[str] = field(default_factory=list)
    kappa_label: str = "Cohen's κ"        # or "Fleiss' κ" with more than two coders
    alpha_label: str = "Krippendorff's α"  # the labels are the engine's (agreement.methods.LABELS)
    percent_label: str = "Percent agreement"
    overall_label: str = "All codes (Pooled κ)"  # the overall row: a κ total, under the κ column only
    references: list[str] = field(default_factory=list)  # the works the methods paragraph cites, in full
    across_codes: str = ""  # one sentence: cuα and (c|u)α, which code each passage gets (all codes at once)


# What the renderers read about agreement (agreement_engine makes it from the engine's result).
# Fractions are 0..1; any figure may be null (undefined, e.g. no variation). "units": characters
# coded by at least one coder (two coders only). The overall row is the pooled kappa.
AGREEMENT_SHAPE = {
    "coders": ["Ana", "Ben"],
    "unit": "character",
    "kappa_label": "Cohen's κ",
    "alpha_label": "Krippendorff's α",
    "percent_label": "Percent agreement",
    "overall_label": "All codes (Pooled κ)",
    "interval": "α 95 % interval",
    "codes": [{"code_id": 3, "code": "Loneliness", "path": "Settling in/Loneliness",
               "percent_agreement": 0.984, "kappa": 0.67, "alpha": 0.67, "alpha_ci": [0.50, 0.92],
               "units": 841}],
    "overall": {"percent_agreement": 0.99, "kappa": 0.71, "kappa_ci": [0.66, 0.75], "alpha": None},
    "methods": "Two coders (Ana and Ben) coded 4 documents ... independently ...",
    "references": ["Cohen, J. (1960). A coefficient of agreement for nominal scales. ..."],
    "notes": ["Used by one coder only: Housing and money (Ana)."],
    "across_codes": "Which code each passage gets, all codes at once: cuα (codes and gaps) 0.71; "
                    "(c|u)α (where both coded) 0.89.",
}
