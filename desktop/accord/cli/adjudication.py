"""`accord disagreements`, `accord adjudicate` and `accord adjudications`: where two coders
differ, and the consensus decided from it.

    accord disagreements P --coders A,B [--code C]... [--doc D]... [--kind boundary|omission|confusion]
                       [--trim-whitespace] [--limit N] [--confusion]
    accord adjudicate P --coders A,B --index I --decision DECISION [--edit CODE:START:END ...]
                       [--consensus NAME] [--note TEXT]   (and the filters of `accord disagreements`)
    accord adjudications P [--doc D]

`accord adjudicate --index I` decides the I-th disagreement (from 1) of the list
that `accord disagreements` prints with the same coders and filters; the
decision and the consensus codings are written in one command, or nothing is.
The coder/code/document selection is the one of `accord agreement` (see `agreement.py`).
"""

from __future__ import annotations

import argparse
import shlex

from .agreement import add_selection, agreement_options, positive
from .arguments import UsageError
from .output import Result, clip, coding_record, table
from ..core.agreement import confusion_table, find_disagreements
from ..core.agreement.disagreements import KINDS, Disagreement
from ..core.documents import document_text
from ..core.errors import AccordError, InvalidValue
from ..core.project import Project


class AgreementCommandError(AccordError):
    """An agreement command cannot do what was asked (e.g. a disagreement that is already decided)."""


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


_edit.__name__ = "edited span"  # argparse names the type in its messages


def add_commands(top, command, family) -> None:
    sub = command(top, "disagreements", disagreements,
                  "list where two coders disagree (boundary, omission, confusion), largest first")
    add_selection(sub, coders_required=True)
    _list_filters(sub)
    sub.add_argument("--limit", metavar="N", type=positive, help="show only the first N")
    sub.add_argument("--confusion", action="store_true",
                     help="print the code × code confusion table instead of the list")

    sub = command(top, "adjudicate", adjudicate,
                  "decide one disagreement of two coders into the consensus coder")
    add_selection(sub, coders_required=True)
    _list_filters(sub)
    sub.add_argument("--index", metavar="I", type=positive, required=True,
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


def _list_filters(sub) -> None:
    """What `accord disagreements` filters on beyond the agreement selection; `adjudicate` repeats it
    so that its --index counts in the same list."""
    sub.add_argument("--kind", choices=KINDS, help="only disagreements of this kind")


# -- disagreements ------------------------------------------------------------------------------
def _pair(args) -> tuple[str, str]:
    if len(args.coders) != 2:
        raise UsageError(f"--coders needs exactly two coders, not {len(args.coders)}")
    return args.coders[0], args.coders[1]


def _listed(db, args) -> list[Disagreement]:
    """The disagreements as `accord disagreements` lists them (same coders and filters), before --limit."""
    first, second = _pair(args)
    found = find_disagreements(db, first, second, agreement_options(args))
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
               f"--coders {shlex.quote(','.join(args.coders))} --index I --decision "
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
                f"(see: accord disagreements {args.project} --coders {shlex.quote(','.join(args.coders))})")
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
