"""Filling the report's agreement section from the agreement engine (`accord.core.agreement`).

This module owns everything that knows the engine: calling it (`agreement_section`),
turning its result into the small, documented dict `agreement.AGREEMENT_SHAPE`
(`section_json`), reading that dict into an `AgreementSection` (`agreement_from_json`,
which the renderers' tests use too) and the methods paragraph when the engine
has none, so a change in the engine touches this module only. The engine is
optional for reports: when it cannot be imported (or has no `compute_agreement`)
the report simply has no agreement section.

Per code (pooled over the documents, every character a unit that a coder did
or did not code with the code): percentage agreement and Cohen's kappa of the
two coders (with more than two coders: the mean pairwise percentage and
Fleiss' kappa), Krippendorff's alpha (binary, nominal) of all coders with a
bootstrap interval (documents resampled). The "All codes" row gives the pooled
kappa (De Vries et al. 2008).
"""

from __future__ import annotations

import dataclasses

from sqlite_utils import Database

from ... import __version__
from ..errors import AccordError
from ..language import Report, decimal, fill, translate
from .agreement import AgreementRow, AgreementSection
from .model import ReportModel, ReportOptions

RESAMPLES, RESAMPLES_LARGE, LARGE = 1000, 200, 20_000  # the default number of resamples, by codings
RELIABLE, TENTATIVE = 0.800, 0.667   # Krippendorff's (2004) rules of thumb for alpha


def agreement_section(db: Database, options: ReportOptions, model: ReportModel) -> AgreementSection | None:
    try:
        from .. import agreement as engine
    except ImportError:
        return None
    compute = getattr(engine, "compute_agreement", None)
    factory = getattr(engine, "AgreementOptions", None)
    if compute is None or factory is None:
        return None
    resamples = options.resamples
    if resamples is None:  # intervals cost time in proportion to the resamples: fewer for large projects
        resamples = RESAMPLES if model.total_codings <= LARGE else RESAMPLES_LARGE
    try:
        result = compute(db, factory(coders=tuple(c.id for c in model.coders), codes=tuple(c.id for c in model.codes),
                                     documents=tuple(d.id for d in model.documents),
                                     bootstrap=resamples, seed=1))
        data = section_json(result, model, resamples, engine)
    except AccordError as error:
        return AgreementSection(coders=model.coder_names, unit="character", rows=[], overall=None, methods="",
                                notes=[f"Agreement could not be computed: {error}"])
    return agreement_from_json(data, model)


def agreement_from_json(data: dict, model: ReportModel | None = None) -> AgreementSection:
    """Read the agreement engine's JSON (see AGREEMENT_SHAPE) into an AgreementSection."""
    paths = {c.id: c.path for c in model.codes} if model else {}
    names = {c.id: c.name for c in model.codes} if model else {}

    def row(item: dict) -> AgreementRow:
        interval = item.get("alpha_ci") or item.get("alpha_interval") or [None, None]
        code_id = item.get("code_id")
        name = item.get("code") or names.get(code_id, "")
        return AgreementRow(
            code=name, path=item.get("path") or paths.get(code_id, name), code_id=code_id,
            percent=_number(item.get("percent_agreement", item.get("percent"))),
            kappa=_number(item.get("kappa")), alpha=_number(item.get("alpha")),
            alpha_low=_number(item.get("alpha_low", interval[0])),
            alpha_high=_number(item.get("alpha_high", interval[1])),
            units=item.get("units", item.get("n")),
            kappa_low=_number((item.get("kappa_ci") or [None, None])[0]),
            kappa_high=_number((item.get("kappa_ci") or [None, None])[1]),
        )

    rows = [row(item) for item in data.get("codes", [])]
    if model is not None:  # codebook order, only codes in the report
        order = {c.id: i for i, c in enumerate(model.codes)}
        rows = sorted((r for r in rows if r.code_id is None or r.code_id in order),
                      key=lambda r: order.get(r.code_id, len(order)))
    overall = data.get("overall")
    return AgreementSection(
        coders=list(data.get("coders", model.coder_names if model else [])),
        unit=str(data.get("unit", "")),
        rows=rows,
        overall=row(overall) if overall else None,
        methods=str(data.get("methods", "")),
        interval=str(data.get("interval", "95 % interval")),
        notes=[str(n) for n in data.get("notes", [])],
        kappa_label=str(data.get("kappa_label", "Cohen's κ")),
        alpha_label=str(data.get("alpha_label", "Krippendorff's α")),
        percent_label=str(data.get("percent_label", "Percent agreement")),
        overall_label=str(data.get("overall_label", "All codes (Pooled κ)")),
        references=[str(r) for r in data.get("references", [])],
        across_codes=str(data.get("across_codes", "")),
    )


def _number(value) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _ci(entry: dict, figure: str) -> list:
    interval = (entry.get("bootstrap") or {}).get(figure) or {}
    return list(interval.get("ci95") or [None, None])


def _fraction(percent) -> float | None:
    return None if percent is None else percent / 100


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def _pooled(result) -> dict:
    """The figures pooled over documents, with only the intervals the report shows.

    The public `pooled_over_documents()` summarises every bootstrap distribution
    (each pair and figure of each code: 12 per code for three coders), which is
    most of the time an agreement section takes on a large project. The report
    needs the group's alpha per code and the pooled kappa, so it reads those
    from the result's bootstrap and takes the rest without it. Should the
    result not look as expected, the public route is taken.
    """
    if getattr(result, "bootstrap", None) is None or not dataclasses.is_dataclass(result):
        return result.pooled_over_documents()
    try:
        plain = dataclasses.replace(result, bootstrap=None, _columns={}).pooled_over_documents()
        boot = result.bootstrap
        for index, key in enumerate(result.codes):
            alpha = boot.group.get(index, {}).get("krippendorff_alpha")
            if alpha is not None:
                plain["codes"][key]["all_coders"]["bootstrap"] = {"krippendorff_alpha": alpha.summary()}
        for p, pair in enumerate(result.pair_keys):
            plain["overall"]["pairs"][pair]["bootstrap"] = {"pooled_kappa": boot.pooled_kappa[p].summary()}
        return plain
    except (AttributeError, KeyError, IndexError, TypeError):
        return result.pooled_over_documents()


class _Pooled:
    """The result, answering pooled_over_documents() from what was already read (see _pooled)."""

    def __init__(self, result, pooled: dict):
        self._result, self._pooled = result, pooled

    def __getattr__(self, name):
        return getattr(self._result, name)

    def pooled_over_documents(self) -> dict:
        return self._pooled


def _engine_methods(engine, result, pooled: dict) -> tuple[str, list[str]] | None:
    """The engine's own methods paragraph and the references it cites, when it has them."""
    try:
        from importlib import import_module

        methods = import_module(f"{engine.__name__}.methods")
    except ImportError:
        return None
    paragraph, cited = getattr(methods, "methods_paragraph", None), getattr(methods, "cited_references", None)
    if paragraph is None:
        return None
    text = paragraph(_Pooled(result, pooled))
    return text, (list(cited(text)) if cited is not None else [])


def section_json(result, model: ReportModel, resamples: int, engine=None) -> dict:
    """The engine's result in the report's AGREEMENT_SHAPE (pooled over documents, codebook order)."""
    from ..agreement.methods import LABELS  # the engine is there (it made `result`): its names for the figures

    def label(key: str) -> str:
        return translate("Methods", LABELS[key])  # in the report's language

    pooled = _pooled(result)
    coders = list(result.coders)
    two = len(coders) == 2
    pair_keys = list(result.pair_keys)
    by_id = {c.id: c for c in model.codes}
    codes, unused, undefined = [], [], []
    for code_id, key in zip(result.selection.code_ids, result.codes):
        entry = pooled["codes"][key]
        code = by_id.get(code_id)
        if code is None:
            continue
        if not entry.get("used", True):
            unused.append(code.path)
            continue
        group = entry["all_coders"]
        pairs = entry["pairs"]
        if two:
            pair = pairs[pair_keys[0]]
            percent, kappa = _fraction(pair.get("percent_agreement")), pair.get("cohen_kappa")
            counts = pair.get("counts", {})
            units = counts.get("both", 0) + counts.get("only_first", 0) + counts.get("only_second", 0)
        else:
            percent = _mean(_fraction(p.get("percent_agreement")) for p in pairs.values())
            kappa, units = group.get("fleiss_kappa"), None
        alpha = group.get("krippendorff_alpha")
        if kappa is None or alpha is None:
            undefined.append(code.path)
        codes.append({"code_id": code_id, "code": code.name, "path": code.path,
                      "percent_agreement": percent, "kappa": kappa, "alpha": alpha,
                      "alpha_ci": _ci(group, "krippendorff_alpha"), "units": units})
    total = pooled["overall"]
    if two:
        pair = total["pairs"][pair_keys[0]]
        overall = {"percent_agreement": _fraction(pair.get("pooled_percent_agreement")),
                   "kappa": pair.get("pooled_kappa"), "kappa_ci": _ci(pair, "pooled_kappa")}
    else:
        overall = {"percent_agreement": _mean(_fraction(p.get("pooled_percent_agreement"))
                                              for p in total["pairs"].values()),
                   "kappa": total["all_coders"].get("mean_pairwise_pooled_kappa"), "kappa_ci": [None, None]}
    overall["alpha"] = None
    notes = []
    if unused:
        notes.append(fill(Report.tr("Not used by any compared coder, so left out: %1."), ", ".join(unused)))
    one_sided = {by_id[i].path: total["codes_one_sided"][k] for i, k in zip(result.selection.code_ids, result.codes)
                 if k in total.get("codes_one_sided", {}) and i in by_id}
    if one_sided:
        notes.append(fill(Report.tr("Used by one coder only: %1."),
                          ", ".join(f"{path} ({who})" for path, who in one_sided.items())))
    notes += list(getattr(result, "warnings", ()))  # e.g. intervals from too few documents
    if undefined:
        notes.append(fill(Report.tr("A dash marks a coefficient that is undefined (no variation): %1."),
                          ", ".join(undefined)))
    data = {
        "coders": coders,
        "unit": "character",
        "kappa_label": label("cohen_kappa" if two else "fleiss_kappa"),
        "alpha_label": label("krippendorff_alpha"),
        "percent_label": label("percent_agreement"),
        "overall_label": fill(Report.tr("All codes (%1)"), label("pooled_kappa" if two else "mean_pairwise_pooled_kappa")),
        "interval": Report.tr("α 95 % interval") if resamples else Report.tr("interval"),
        "codes": codes,
        "overall": overall,
        "notes": notes,
    }
    across = pooled.get("across_codes")
    if across is not None:
        parts = [f"{label(name)} " + (_f(across[name]) if across[name] is not None else
                                      fill(Report.tr("undefined (%1)"), across[name + "_undefined_reason"]))
                 for name in ("cu_alpha", "c_given_u_alpha")]
        data["across_codes"] = fill(Report.tr("Which code each passage gets, all codes at once: %1."), "; ".join(parts))
    from_engine = _engine_methods(engine, result, pooled) if engine is not None else None
    if from_engine is not None:
        data["methods"], data["references"] = from_engine
        data["notes"].append(Report.tr("The table gives percent agreement, κ and α with its interval for each code; "
                                       "the other figures the methods paragraph names are in the agreement export "
                                       "(accord agreement PROJECT --export OUT.xlsx)."))
    else:
        data["methods"], data["references"] = methods_paragraph(data, model, resamples), []
    return data


def _f(value: float | None) -> str:
    return Report.tr("undefined") if value is None else decimal(value, 2)


def methods_paragraph(data: dict, model: ReportModel, resamples: int) -> str:
    """A paragraph for a methods section, from the figures in `data` (AGREEMENT_SHAPE).

    Used when the engine has no `methods.methods_paragraph` of its own (the engine's is preferred:
    it also describes the figures of its export, with the references)."""
    coders = data["coders"]
    rows = data["codes"]
    names = " and ".join([", ".join(coders[:-1]), coders[-1]]) if len(coders) > 1 else "".join(coders)
    characters = sum(d.length for d in model.documents)
    documents = len(model.documents)
    text = (
        f"{_count_word(len(coders))} coders ({names}) coded {documents:,} document{'s' if documents != 1 else ''} "
        f"({characters:,} characters) independently with a codebook of {len(model.codes):,} codes. "
        f"Agreement was computed in Accord {__version__} for each code separately, treating every character as a "
        "unit that a coder either did or did not code with that code, and pooling the characters over the "
        "documents. ")
    if len(coders) == 2:
        text += "For each code we report the percentage of characters on which the coders agreed, Cohen's kappa"
    else:
        text += ("For each code we report the mean percentage of characters on which two coders agreed, "
                 "Fleiss' kappa")
    text += " and Krippendorff's alpha for nominal data"
    if resamples:
        text += (f", the latter with a 95 % interval from {resamples:,} bootstrap resamples of the documents "
                 "(percentile method)")
    text += (". Because most characters are coded by nobody, percentage agreement is high even when the coders "
             "rarely coded the same passages; the chance-corrected coefficients are the ones to read. ")
    overall = data.get("overall") or {}
    if overall.get("kappa") is not None:
        low, high = overall.get("kappa_ci") or [None, None]
        text += (f"Across the {len(rows):,} code{'s' if len(rows) != 1 else ''} used, the pooled kappa "
                 f"(De Vries et al., 2008) was {_f(overall['kappa'])}")
        text += f" (95 % interval {_f(low)} to {_f(high)}). " if low is not None and high is not None else ". "
    alphas = [r["alpha"] for r in rows if r.get("alpha") is not None]
    if alphas:
        reliable = sum(1 for a in alphas if a >= RELIABLE)
        tentative = sum(1 for a in alphas if TENTATIVE <= a < RELIABLE)
        low = sum(1 for a in alphas if a < TENTATIVE)
        text += (f"Krippendorff's alpha was at least 0.800 for {reliable} of {len(alphas)} codes, between 0.667 and "
                 f"0.800 for {tentative}, and below 0.667 for {low} (Krippendorff, 2004, suggests relying on "
                 "codes with alpha ≥ 0.800 and drawing only tentative conclusions from 0.667 to 0.800).")
    return text.strip()


def _count_word(n: int) -> str:
    words = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine", 10: "Ten"}
    return words.get(n, f"{n:,}")
