"""`accord agreement`: inter-coder agreement figures, and the coder/code/document selection
that `accord disagreements` and `accord adjudicate` (see `adjudication.py`) share with it.

    accord agreement P [--coders A,B,...] [--code C,...] [--doc D,...] [--trim-whitespace]
                       [--overlap 0.9] [--bootstrap N [--bootstrap-unit document|turn]] [--seed S]
                       [--by-document] [--export OUT.csv|OUT.xlsx] [--against-consensus [NAME]]

`accord agreement --json` prints exactly `AgreementResult.to_json()` (see
`accord.core.agreement`); the text form shows, for each pair of coders, every
compared code pooled over the documents with the pooled kappa, and with
--by-document each document's codes. `--export` writes the comparison table
(`accord.core.agreement.export`) whatever the output form. `--against-consensus`
compares each coder with the consensus coder instead, one pair at a time
(`accord.core.agreement.consensus`; JSON {"against_consensus", "coders": {CODER: ...}}).
"""

from __future__ import annotations

import argparse

from .arguments import table_export_target, add_names
from .output import Result, table
from ..core.agreement import AgreementOptions, compute_agreement
from ..core.agreement.methods import LABELS
from ..core.agreement.options import BOOTSTRAP_UNITS
from ..core.errors import InvalidValue
from ..core.project import Project


# -- argument types -----------------------------------------------------------------------------
def positive(value: str) -> int:
    """A count from 1 (--limit, --index); shared with `adjudication.py`."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: give a number from 1")
    return number


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return number


# argparse names the type in its messages ("invalid number value: 'x'").
positive.__name__ = "number"
_count.__name__ = "number"


def add_commands(top, command, family) -> None:
    sub = command(top, "agreement", agreement,
                  "inter-coder agreement per code: percent agreement, Cohen's kappa, Krippendorff's alpha, "
                  "unitizing alpha, segment agreement")
    add_selection(sub, coders_required=False)
    sub.add_argument("--overlap", metavar="SHARE", type=float, default=0.9,
                     help="segment matching: the overlap at which two segments agree (default 0.9)")
    sub.add_argument("--bootstrap", metavar="N", type=_count, default=0,
                     help="bootstrap resamples of the documents for 95 %% intervals (default 0: none)")
    sub.add_argument("--bootstrap-unit", choices=BOOTSTRAP_UNITS, default="document",
                     help="what the bootstrap resamples: whole documents (default), or speaker turns, for a study "
                          "of a few long transcripts (turns of one conversation are not independent, so their "
                          "intervals come out narrower)")
    sub.add_argument("--seed", metavar="S", type=int, default=1, help="the bootstrap's seed (default 1)")
    sub.add_argument("--by-document", action="store_true", help="add each document's figures to the text output")
    sub.add_argument("--export", metavar="OUT", help="also write the comparison table to OUT (.csv or .xlsx)")
    sub.add_argument("--force", action="store_true", help="replace an existing --export file")
    sub.add_argument("--against-consensus", metavar="NAME", nargs="?", const=True, default=None,
                     help="compare each coder with the consensus coder (the only one with codings, or NAME), "
                          "one pair at a time")


def add_selection(sub, *, coders_required: bool) -> None:
    """--coders, --code, --doc and --trim-whitespace: what the agreement commands compare."""
    add_names(sub, "--coders", dest="coders", metavar="A,B", required=coders_required,
              help="the coders to compare" + ("" if coders_required else " (default: every coder with codings)"))
    add_names(sub, "--code", "--codes", dest="codes", metavar="C,...", help="only these codes (not their sub-codes)")
    add_names(sub, "--doc", "--docs", "--documents", dest="documents", metavar="D,...",
              help="only these documents")
    sub.add_argument("--trim-whitespace", action="store_true",
                     help="move each coding's ends inward past white space first")


def agreement_options(args, **extra) -> AgreementOptions:
    """The core's options for the selection that `add_selection` parsed."""
    return AgreementOptions(
        coders=tuple(args.coders) if args.coders else None,
        codes=tuple(args.codes) if args.codes else None,
        documents=tuple(args.documents) if args.documents else None,
        trim_whitespace=args.trim_whitespace,
        **extra,
    )


# -- formatting ---------------------------------------------------------------------------------
_SHORT_REASONS = {
    "the text is empty": "empty text",
    "no variation: no coder applied the code here, so every character has the same value": "no variation",
    "no variation: every coder coded all of the text, so every character has the same value": "all coded",
    "neither coder applied the code here": "not applied",
    "neither coder has a segment with this code here": "no segments",
    "Cohen's kappa is undefined for every pair of coders here": "no defined pair",
    "no code was applied by either coder here": "no codes",
    "neither coder applied the code in any document": "not applied",
    "no variation: every code and every character has the same value for both coders": "no variation",
}


def _short(reason: str | None) -> str:
    if not reason:
        return "?"
    return _SHORT_REASONS.get(reason, reason.split(":")[0])


def _cell(value, reason: str | None, places: int, used: set) -> str:
    """A figure for a text table: rounded, or "undefined (short reason)"."""
    if value is None:
        if reason:
            used.add(reason)
        return f"undefined ({_short(reason)})"
    return f"{value:.{places}f}"


def _reasons_note(used: set) -> str:
    if not used:
        return ""
    lines = [f"  {reason}" if reason.startswith(_short(reason)) else f"  {_short(reason)}: {reason}"
             for reason in sorted(used, key=_short)]
    return "Undefined:\n" + "\n".join(dict.fromkeys(lines))


def _figures(row: dict, used: set) -> list[str]:
    return [_cell(row["percent_agreement"], row["percent_agreement_undefined_reason"], 1, used),
            _cell(row["cohen_kappa"], row["cohen_kappa_undefined_reason"], 3, used),
            _cell(row["krippendorff_alpha"], row["krippendorff_alpha_undefined_reason"], 3, used),
            _cell(row["unitizing_alpha_binary_2019"], row["unitizing_alpha_binary_2019_undefined_reason"], 3, used),
            _cell(row["segment_percent"], row["segment_percent_undefined_reason"], 1, used)]


_FIGURE_HEADERS = [LABELS[f] for f in ("percent_agreement", "cohen_kappa", "krippendorff_alpha",
                                         "unitizing_alpha_binary_2019", "segment_percent")]


def _interval(low, high) -> str:
    return "" if low is None or high is None else f"[{low:.3f}, {high:.3f}]"


def _pooled_line(total: dict, used: set) -> str:
    kappa = _cell(total["pooled_kappa"], total.get("pooled_kappa_undefined_reason"), 3, used)
    n = total["codes_compared"]
    line = f"All codes: {LABELS['pooled_kappa']} {kappa} over the {n} code{'' if n == 1 else 's'} either coder used"
    if total.get("pooled_kappa_ci95_low") is not None:
        line += f", 95 % interval {_interval(total['pooled_kappa_ci95_low'], total['pooled_kappa_ci95_high'])}"
    if total["pooled_percent_agreement"] is not None:
        line += f"; {LABELS['pooled_percent_agreement'].lower()} {total['pooled_percent_agreement']:.2f}"
    return line + " (De Vries et al. 2008)."


def _agreement_text(result, by_document: bool) -> str:
    from ..core.agreement.export import all_coders_rows, comparison_rows, overall_rows

    rows = comparison_rows(result, documents=by_document)
    totals = overall_rows(result, documents=by_document)
    documents = len(result.documents)
    characters = int(result.selection.document_lengths.sum()) if documents else 0
    names = list(result.coders)
    header = (f"Agreement of {', '.join(names[:-1])} and {names[-1]} on {documents:,} "
              f"document{'s' if documents != 1 else ''} ({characters:,} characters), {len(result.codes):,} "
              f"code{'s' if len(result.codes) != 1 else ''}; unit: the character, each code on its own.")
    if result.dropped_zero_length:
        header += f"\n{result.dropped_zero_length:,} zero-length codings were left out."
    if result.bootstrap is not None:
        what = (f"speaker turns ({result.bootstrap.resampled:,} turns)" if result.bootstrap.unit == "turn" else
                "documents")
        header += (f"\n95 % intervals from {result.options.bootstrap:,} bootstrap resamples of the {what} "
                   f"(seed {result.options.seed}).")
    header += "".join(f"\nWarning: {warning}" for warning in result.warnings)
    sections = [header]
    boot = result.bootstrap is not None
    grouped: dict[tuple, list[dict]] = {}
    for row in rows:
        grouped.setdefault((row["document"], row["pair"]), []).append(row)
    totals_of = {(t["document"], t["pair"]): t for t in totals}
    for (i, j), key in zip(result.selection.pairs, result.pair_keys):
        used: set = set()
        pooled = grouped.get((None, key), [])
        first, second = names[i], names[j]
        headers = ["CODE"] + _FIGURE_HEADERS + ([f"{LABELS['cohen_kappa']} 95 %"] if boot else [])
        body = []
        for row in pooled:
            line = [row["code"]] + _figures(row, used)
            if boot:
                line.append(_interval(row["cohen_kappa_ci95_low"], row["cohen_kappa_ci95_high"]))
            body.append(line)
        total = totals_of[(None, key)]
        part = [f"{first} | {second}, pooled over the documents",
                table(headers, body, right=tuple(range(1, len(headers)))) if body else "(no codes compared)",
                _pooled_line(total, used)]
        if by_document:
            body = []
            for document in result.documents:
                for row in grouped.get((document, key), []):
                    body.append([document, row["code"]] + _figures(row, used))
                doc_total = totals_of[(document, key)]
                # κ-type totals go under the κ column only; the α columns stay empty (no pooled α exists)
                body.append([document, f"(all codes: {LABELS['pooled_kappa']})",
                             _cell(doc_total["pooled_percent_agreement"],
                                   doc_total.get("pooled_percent_agreement_undefined_reason"), 1, used),
                             _cell(doc_total["pooled_kappa"], doc_total.get("pooled_kappa_undefined_reason"), 3,
                                   used), "", "", ""])
            part += ["", f"{first} | {second}, by document",
                     table(["DOCUMENT", "CODE"] + _FIGURE_HEADERS, body, right=(2, 3, 4, 5, 6))]
        note = _reasons_note(used)
        sections.append("\n".join(part + ([note] if note else [])))
    sections.append(_across_codes_text(result, by_document))
    if len(names) > 2:
        used = set()
        body = []
        group = ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa", "unitizing_alpha_binary_2019")
        for row in all_coders_rows(result, documents=False):
            body.append([row["code"]] + [_cell(row[f], row[f"{f}_undefined_reason"], 3, used) for f in group])
        overall = result.overall()["all_coders"]
        mean = _cell(overall["mean_pairwise_pooled_kappa"], overall.get("mean_pairwise_pooled_kappa_undefined_reason"),
                     3, used)
        part = [f"All coders ({', '.join(names)}), pooled over the documents",
                table(["CODE"] + [LABELS[f] for f in group], body, right=(1, 2, 3, 4)),
                f"{LABELS['mean_pairwise_pooled_kappa']}: {mean}."]
        note = _reasons_note(used)
        sections.append("\n".join(part + ([note] if note else [])))
    return "\n\n".join(sections)


def _across_codes_text(result, by_document: bool) -> str:
    """cuα and (c|u)α: all compared coders, all compared codes at once."""
    used: set = set()

    def line(figures: dict) -> list[str]:
        return [_cell(figures[f], figures.get(f"{f}_undefined_reason"), 3, used) for f in ("cu_alpha", "c_given_u_alpha")]

    body = [["(pooled over the documents)"] + line(result.across_codes())]
    if by_document:
        body += [[document] + line(result.across_codes(document)) for document in result.documents]
    names = list(result.coders)
    part = [f"Which code each passage gets, all codes at once ({', '.join(names[:-1])} and {names[-1]})",
            table(["SCOPE", LABELS["cu_alpha"], LABELS["c_given_u_alpha"]], body, right=(1, 2))]
    note = _reasons_note(used)
    return "\n".join(part + ([note] if note else []))


def _against_consensus(args) -> Result:
    from ..core.agreement.consensus import compare_with_consensus

    if args.export:
        raise InvalidValue("--export compares one set of coders: export each coder's comparison with the "
                           "consensus on its own, e.g. --coders Ana,Consensus --export OUT.xlsx")
    name = None if args.against_consensus is True else args.against_consensus
    with Project.open(args.project) as project:
        options = agreement_options(args, overlap=args.overlap, bootstrap=args.bootstrap, seed=args.seed,
                                    bootstrap_unit=args.bootstrap_unit)
        comparison = compare_with_consensus(project.db, options, name)
    if getattr(args, "json", False):
        return Result(comparison.to_json(), "")
    parts = [f"Each coder against the consensus coder {comparison.consensus}, one pair at a time."]
    for coder, result in comparison.results.items():
        parts.append(f"== {coder} against {comparison.consensus} ==\n" + _agreement_text(result, args.by_document))
    return Result(comparison.to_json(), "\n\n".join(parts))


# -- agreement ----------------------------------------------------------------------------------
def agreement(args) -> Result:
    if args.against_consensus is not None:
        return _against_consensus(args)
    out = table_export_target(args.export, args.project, args.force)
    with Project.open(args.project) as project:
        options = agreement_options(args, overlap=args.overlap, bootstrap=args.bootstrap, seed=args.seed,
                                    bootstrap_unit=args.bootstrap_unit)
        result = compute_agreement(project.db, options)
        data = result.to_json()
    text = "" if getattr(args, "json", False) else _agreement_text(result, args.by_document)
    if out is not None:
        from ..core.agreement.export import write_csv, write_xlsx

        (write_xlsx if out.suffix.lower() == ".xlsx" else write_csv)(result, out)
        text += f"\n\nWrote the comparison table to {out}."
    return Result(data, text)
