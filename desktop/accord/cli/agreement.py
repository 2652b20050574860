"""Inter-coder agreement from the command line: figures, disagreements, adjudication.

    accord agreement P [--coders A,B,...] [--code C]... [--doc D]... [--trim-whitespace]
                       [--overlap 0.9] [--bootstrap N] [--seed S] [--by-document] [--export OUT.csv|OUT.xlsx]
    accord disagreements P --coders A,B [--code C]... [--doc D]... [--kind boundary|omission|confusion]
                       [--trim-whitespace] [--limit N] [--confusion]
    accord adjudicate P --coders A,B --index I --decision DECISION [--edit CODE:START:END ...]
                       [--consensus NAME] [--note TEXT]   (and the filters of `accord disagreements`)
    accord adjudications P [--doc D]

`accord agreement --json` prints exactly `AgreementResult.to_json()` (see
`accord.core.agreement`); the text form shows, for each pair of coders, every
compared code pooled over the documents with the pooled kappa, and with
--by-document each document's codes. `--export` writes the comparison table
(`accord.core.agreement.export`) whatever the output form.

`accord adjudicate --index I` decides the I-th disagreement (from 1) of the list
that `accord disagreements` prints with the same coders and filters; the
decision and the consensus codings are written in one command, or nothing is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .commands import UsageError
from .output import Result, clip, coding_record, table
from ..core.agreement import AgreementOptions, compute_agreement, confusion_table, find_disagreements
from ..core.agreement.disagreements import KINDS, Disagreement
from ..core.documents import document_text
from ..core.errors import AccordError, InvalidValue
from ..core.project import Project

EXPORT_FORMATS = (".csv", ".xlsx")


class AgreementCommandError(AccordError):
    """An agreement command cannot do what was asked (e.g. a disagreement that is already decided)."""


# -- argument types -----------------------------------------------------------------------------
def _coder_list(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",")]
    if not value.strip() or any(not name for name in names):
        raise argparse.ArgumentTypeError(f"{value!r} is not a comma-separated list of coder names or ids")
    return names


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: give a number from 1")
    return number


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return number


def _edit(value: str) -> tuple[str, int, int]:
    code, sep1, rest = value.rpartition(":")
    code, sep2, start = code.rpartition(":")
    try:
        span = int(start), int(rest)
    except ValueError:
        span = None
    if not sep1 or not sep2 or not code.strip() or span is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not of the form CODE:START:END")
    return code.strip(), span[0], span[1]


_coder_list.__name__ = "coder list"
_positive.__name__ = "number"
_count.__name__ = "number"
_edit.__name__ = "edited span"


def add_commands(top, command, family) -> None:
    sub = command(top, "agreement", agreement,
                  "inter-coder agreement per code: percent agreement, Cohen's kappa, Krippendorff's alpha, "
                  "unitizing alpha, segment agreement")
    _selection(sub, coders_required=False)
    sub.add_argument("--overlap", metavar="SHARE", type=float, default=0.9,
                     help="segment matching: the overlap at which two segments agree (default 0.9)")
    sub.add_argument("--bootstrap", metavar="N", type=_count, default=0,
                     help="bootstrap resamples of the documents for 95 %% intervals (default 0: none)")
    sub.add_argument("--seed", metavar="S", type=int, default=1, help="the bootstrap's seed (default 1)")
    sub.add_argument("--by-document", action="store_true", help="add each document's figures to the text output")
    sub.add_argument("--export", metavar="OUT", help="also write the comparison table to OUT (.csv or .xlsx)")

    sub = command(top, "disagreements", disagreements,
                  "list where two coders disagree (boundary, omission, confusion), largest first")
    _selection(sub, coders_required=True)
    _list_filters(sub)
    sub.add_argument("--limit", metavar="N", type=_positive, help="show only the first N")
    sub.add_argument("--confusion", action="store_true",
                     help="print the code × code confusion table instead of the list")

    sub = command(top, "adjudicate", adjudicate,
                  "decide one disagreement of two coders into the consensus coder")
    _selection(sub, coders_required=True)
    _list_filters(sub)
    sub.add_argument("--index", metavar="I", type=_positive, required=True,
                     help="the disagreement's number in `accord disagreements` (same coders and filters)")
    from ..core.agreement.adjudication import CONSENSUS, DECISIONS

    sub.add_argument("--decision", required=True, choices=DECISIONS, help="what the consensus receives")
    sub.add_argument("--edit", dest="edits", metavar="CODE:START:END", type=_edit, nargs="+", action="extend",
                     default=[], help="with --decision edit: the spans the consensus receives")
    sub.add_argument("--consensus", metavar="NAME", default=CONSENSUS,
                     help=f"the consensus coder (default {CONSENSUS!r}; created when missing)")
    sub.add_argument("--note", metavar="TEXT", default="", help="a note recorded with the decision")

    sub = command(top, "adjudications", adjudications_, "list the recorded adjudication decisions")
    sub.add_argument("--doc", dest="document", metavar="D", help="only decisions in this document")


def _selection(sub, *, coders_required: bool) -> None:
    sub.add_argument("--coders", metavar="A,B", type=_coder_list, required=coders_required,
                     help="the coders to compare, comma-separated" +
                          ("" if coders_required else " (default: every coder with codings)"))
    sub.add_argument("--code", dest="codes", metavar="C", action="append",
                     help="only this code (not its sub-codes); may be repeated")
    sub.add_argument("--doc", dest="documents", metavar="D", action="append",
                     help="only this document; may be repeated")
    sub.add_argument("--trim-whitespace", action="store_true",
                     help="move each coding's ends inward past white space first")


def _list_filters(sub) -> None:
    sub.add_argument("--kind", choices=KINDS, help="only disagreements of this kind")


def _options(args, **extra) -> AgreementOptions:
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


_FIGURE_HEADERS = ["% AGREE", "KAPPA", "ALPHA", "|uALPHA", "SEGMENTS %"]


def _interval(low, high) -> str:
    return "" if low is None or high is None else f"[{low:.3f}, {high:.3f}]"


def _pooled_line(total: dict, used: set) -> str:
    kappa = _cell(total["pooled_kappa"], total.get("pooled_kappa_undefined_reason"), 3, used)
    n = total["codes_compared"]
    line = f"All codes: pooled kappa {kappa} over the {n} code{'' if n == 1 else 's'} either coder used"
    if total.get("pooled_kappa_ci95_low") is not None:
        line += f", 95 % interval {_interval(total['pooled_kappa_ci95_low'], total['pooled_kappa_ci95_high'])}"
    if total["pooled_percent_agreement"] is not None:
        line += f"; percent agreement {total['pooled_percent_agreement']:.2f}"
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
        header += (f"\n95 % intervals from {result.options.bootstrap:,} bootstrap resamples of the documents "
                   f"(seed {result.options.seed}).")
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
        headers = ["CODE"] + _FIGURE_HEADERS + (["KAPPA 95 %"] if boot else [])
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
                body.append([document, "(all codes: pooled kappa)",
                             _cell(doc_total["pooled_percent_agreement"],
                                   doc_total.get("pooled_percent_agreement_undefined_reason"), 1, used),
                             _cell(doc_total["pooled_kappa"], doc_total.get("pooled_kappa_undefined_reason"), 3,
                                   used), "", "", ""])
            part += ["", f"{first} | {second}, by document",
                     table(["DOCUMENT", "CODE"] + _FIGURE_HEADERS, body, right=(2, 3, 4, 5, 6))]
        note = _reasons_note(used)
        sections.append("\n".join(part + ([note] if note else [])))
    if len(names) > 2:
        used = set()
        body = []
        for row in all_coders_rows(result, documents=False):
            body.append([row["code"]] + [_cell(row[f], row[f"{f}_undefined_reason"], 3, used) for f in
                                         ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa",
                                          "unitizing_alpha_binary_2019")])
        overall = result.overall()["all_coders"]
        mean = _cell(overall["mean_pairwise_pooled_kappa"], overall.get("mean_pairwise_pooled_kappa_undefined_reason"),
                     3, used)
        part = [f"All coders ({', '.join(names)}), pooled over the documents",
                table(["CODE", "ALPHA", "FLEISS KAPPA", "MEAN PAIRWISE KAPPA", "|uALPHA"], body,
                      right=(1, 2, 3, 4)),
                f"Mean pairwise pooled kappa: {mean}."]
        note = _reasons_note(used)
        sections.append("\n".join(part + ([note] if note else [])))
    return "\n\n".join(sections)


# -- agreement ----------------------------------------------------------------------------------
def agreement(args) -> Result:
    out = None
    if args.export:
        out = Path(args.export)
        if out.suffix.lower() not in EXPORT_FORMATS:
            raise InvalidValue(f"--export {args.export}: the file must end in .csv or .xlsx")
        if out.exists() and Path(args.project).exists() and out.resolve() == Path(args.project).resolve():
            raise InvalidValue(f"--export {args.export}: that is the project file itself")
    with Project.open(args.project) as project:
        result = compute_agreement(project.db, _options(args, overlap=args.overlap, bootstrap=args.bootstrap,
                                                        seed=args.seed))
        data = result.to_json()
    text = "" if getattr(args, "json", False) else _agreement_text(result, args.by_document)
    if out is not None:
        from ..core.agreement.export import write_csv, write_xlsx

        (write_xlsx if out.suffix.lower() == ".xlsx" else write_csv)(result, out)
        text += f"\n\nWrote the comparison table to {out}."
    return Result(data, text)


# -- disagreements ------------------------------------------------------------------------------
def _pair(args) -> tuple[str, str]:
    if len(args.coders) != 2:
        raise UsageError(f"--coders needs exactly two coders, not {len(args.coders)}")
    return args.coders[0], args.coders[1]


def _listed(db, args) -> list[Disagreement]:
    """The disagreements as `accord disagreements` lists them (same coders and filters), before --limit."""
    first, second = _pair(args)
    found = find_disagreements(db, first, second, _options(args))
    if args.kind:
        found = [d for d in found if d.kind == args.kind]
    return found


def _side(d: Disagreement, which: str, coder: str) -> dict:
    span = getattr(d, f"{which}_span")
    return {"coder": coder, "code": getattr(d, f"{which}_code"),
            "start": span[0] if span else None, "end": span[1] if span else None,
            "codings": list(getattr(d, f"{which}_codings"))}


def _record(db, d: Disagreement, index: int, coders: tuple[str, str], texts: dict, decided: bool) -> dict:
    if d.document_id not in texts:
        texts[d.document_id] = document_text(db, d.document_id)
    return {"index": index, "kind": d.kind, "document": d.document, "start": d.start, "end": d.end,
            "size": d.size, "first": _side(d, "first", coders[0]), "second": _side(d, "second", coders[1]),
            "text": texts[d.document_id][d.start:d.end], "decided": decided}


def _side_text(side: dict) -> str:
    if side["code"] is None:
        return "—"
    return f"{side['code']} [{side['start']}–{side['end']}]"


def _coder_names(db, args) -> tuple[str, str]:
    """The two coders' names as stored (the arguments may be ids)."""
    from ..core.coders import get_coder, resolve_coder

    first, second = _pair(args)
    return get_coder(db, resolve_coder(db, first)).name, get_coder(db, resolve_coder(db, second)).name


def disagreements(args) -> Result:
    from ..core.agreement.adjudication import is_decided

    with Project.open(args.project) as project:
        db = project.db
        found = _listed(db, args)
        names = _coder_names(db, args)
        if args.confusion:
            cells = confusion_table(found)
            data = {"first_coder": names[0], "second_coder": names[1], "confusion": cells}
            rows = sorted(((a, b, c["count"], c["characters"]) for a, row in cells.items() for b, c in row.items()),
                          key=lambda r: (-r[3], -r[2], r[0], r[1]))
            if not rows:
                return Result(data, f"No confusions between {names[0]} and {names[1]}.")
            text = (f"Confusions: {names[0]}'s code where {names[1]} has another code on overlapping text\n"
                    + table([f"{names[0].upper()}'S CODE", f"{names[1].upper()}'S CODE", "CONFUSIONS", "CHARACTERS"],
                            [[a, b, n, f"{c:,}"] for a, b, n, c in rows], right=(2, 3)))
            return Result(data, text)
        shown = found[:args.limit] if args.limit else found
        texts: dict = {}
        data = [_record(db, d, i, names, texts, is_decided(db, d, *_pair(args)))
                for i, d in enumerate(shown, start=1)]
    if not data:
        return Result(data, f"No disagreements between {names[0]} and {names[1]}"
                            + (f" of kind {args.kind}" if args.kind else "") + ".")
    rows = [[r["index"], r["kind"], r["document"], f"{r['start']}–{r['end']}", f"{r['size']:,}",
             _side_text(r["first"]), _side_text(r["second"]), "yes" if r["decided"] else "",
             "“" + clip(r["text"], 40) + "”"] for r in data]
    text = table(["#", "KIND", "DOCUMENT", "SPAN", "SIZE", names[0].upper(), names[1].upper(), "DECIDED", "TEXT"],
                 rows, right=(0, 4))
    decided = sum(1 for r in data if r["decided"])
    text += (f"\n{len(found):,} disagreement{'s' if len(found) != 1 else ''}"
             + (f" ({len(data):,} shown)" if len(data) != len(found) else "")
             + f", {decided:,} of those shown decided. Decide one with: accord adjudicate {args.project} "
               f"--coders {','.join(args.coders)} --index I --decision "
               "accept_first|accept_second|union|intersection|edit|neither")
    return Result(data, text)


def adjudicate(args) -> Result:
    from ..core.agreement.adjudication import adjudicate as decide
    from ..core.agreement.adjudication import is_decided

    first, second = _pair(args)
    if args.edits and args.decision != "edit":
        raise UsageError("--edit goes with --decision edit")
    if args.decision == "edit" and not args.edits:
        raise UsageError("--decision edit needs the spans: --edit CODE:START:END ...")
    with Project.open(args.project) as project:
        db = project.db
        found = _listed(db, args)
        if args.index > len(found):
            raise InvalidValue(
                f"--index {args.index}: there {'is' if len(found) == 1 else 'are'} only {len(found):,} "
                f"disagreement{'s' if len(found) != 1 else ''} with these coders and filters "
                f"(see: accord disagreements {args.project} --coders {','.join(args.coders)})")
        chosen = found[args.index - 1]
        names = _coder_names(db, args)
        if is_decided(db, chosen, first, second):
            raise AgreementCommandError(
                f"disagreement {args.index} ({chosen.kind} in {chosen.document}, {chosen.start}–{chosen.end}) "
                "has already been decided; nothing was written")
        record = _record(db, chosen, args.index, names, {}, True)
        with project.command(f"Adjudicate disagreement {args.index}"):
            written = decide(db, chosen, args.decision, first=first, second=second, consensus=args.consensus,
                             edited=args.edits, note=args.note)
        codings = [coding_record(db, coding) for coding in written]
    data = {"disagreement": record, "decision": args.decision, "consensus": args.consensus, "note": args.note,
            "codings": codings}
    head = (f"Decided disagreement {args.index} ({chosen.kind} in {chosen.document}, "
            f"{chosen.start}–{chosen.end}): {args.decision}.")
    if not codings:
        return Result(data, head + f"\nNothing was coded for {args.consensus} (the decision is recorded).")
    rows = [[c["id"], c["code"], f"{c['start']}–{c['end']}", "“" + clip(c["text"], 50) + "”"] for c in codings]
    return Result(data, head + f"\nCodings of {args.consensus}:\n" + table(["ID", "CODE", "SPAN", "TEXT"], rows,
                                                                           right=(0,)))


def adjudications_(args) -> Result:
    from ..core.agreement.adjudication import adjudications
    from ..core.codebook import list_codes
    from ..core.coders import list_coders
    from ..core.documents import list_documents, resolve_document

    with Project.open(args.project) as project:
        db = project.db
        document = resolve_document(db, args.document) if args.document else None
        decided = adjudications(db, document)
        coders = {c.id: c.name for c in list_coders(db)}
        codes = {c.id: c.name for c in list_codes(db)}
        documents = {d.id: d.name for d in list_documents(db)}
    data = [{"id": a.id, "document": documents.get(a.document_id), "consensus": coders.get(a.consensus_coder_id),
             "first_coder": coders.get(a.first_coder_id), "second_coder": coders.get(a.second_coder_id),
             "kind": a.kind, "decision": a.decision,
             "result": [{"code": codes.get(code), "start": start, "end": end} for code, start, end in a.result],
             "note": a.note, "decided_at": a.decided_at} for a in decided]
    if not data:
        return Result(data, "No adjudications yet. Decide disagreements with: accord adjudicate "
                            f"{args.project} --coders A,B --index I --decision D")
    rows = [[r["id"], r["document"], f"{r['first_coder']} | {r['second_coder']}", r["kind"], r["decision"],
             r["consensus"], "; ".join(f"{p['code']} [{p['start']}–{p['end']}]" for p in r["result"]) or "—",
             clip(r["note"], 30)] for r in data]
    return Result(data, table(["ID", "DOCUMENT", "CODERS", "KIND", "DECISION", "CONSENSUS", "CODED", "NOTE"], rows,
                              right=(0,)))
