"""`accord similar`: passages like a code's segments or like one passage, found on this machine.

    accord similar P --code C [--coder A] [--with-definition] [--top N] [--unit sentence|paragraph|turn]
    accord similar P --doc D --start S --end E [--top N] [--unit ...]
    (both: [--backend lexical|semantic] [--model FOLDER])
    accord similar-index P [--model FOLDER] [--unit ...] [--drop]

Suggestions only: nothing is coded. Each result says which passage it matched.
similar-index fills the project's cache of passage vectors for the semantic
backend (it is not an undoable change; --drop empties it).
"""

import argparse

from .arguments import UsageError, position
from .output import Result, TerminalProgress, clip, one_line, table
from ..core.documents import get_document
from ..core.project import Project
from ..core.similar.finder import BACKENDS, Suggestion, backend_for, similar_to_code, similar_to_passage
from ..core.similar.models import choose_model, chosen_model
from ..core.similar.semantic import SemanticUnavailable, build_cache, drop_cache
from ..core.similar.units import UNIT_KINDS, project_units


def add_commands(top, command, family) -> None:
    sub = command(top, "similar", similar, "suggest passages like a code's segments or like one passage "
                                          "(nothing is coded)")
    sub.add_argument("--code", metavar="C", help="find passages like this code's segments")
    sub.add_argument("--coder", metavar="A", help="only this coder's segments (and leave out what A coded)")
    sub.add_argument("--with-definition", action="store_true",
                     help="also match the code's definition and example")
    sub.add_argument("--doc", dest="document", metavar="D", help="find passages like a passage of this document")
    sub.add_argument("--start", type=position, metavar="S", help="the passage's start (code points)")
    sub.add_argument("--end", type=position, metavar="E", help="the passage's end (code points, exclusive)")
    sub.add_argument("--top", type=int, default=20, metavar="N", help="how many (default 20)")
    _add_unit_and_model(sub)
    sub.add_argument("--backend", choices=BACKENDS, default="lexical",
                     help="lexical: shared words (default, always there); semantic: meaning, with a model2vec model")
    sub = command(top, "similar-index", similar_index, "compute the passage vectors the semantic backend of "
                                                       "'accord similar' uses, once (with progress)")
    _add_unit_and_model(sub)
    sub.add_argument("--drop", action="store_true", help="empty the cache instead (it can always be rebuilt)")


def _add_unit_and_model(sub) -> None:
    sub.add_argument("--unit", choices=UNIT_KINDS, default="sentence",
                     help="what a suggestion is: a sentence (default), a paragraph or a speaker turn")
    sub.add_argument("--model", metavar="FOLDER",
                     help="a model2vec model folder (default: the one chosen last, in Accord or here)")


def similar(args: argparse.Namespace) -> Result:
    by_code = args.code is not None
    by_passage = args.document is not None or args.start is not None or args.end is not None
    if by_code == by_passage:
        raise UsageError("give either --code C, or --doc D --start S --end E")
    if by_passage and None in (args.document, args.start, args.end):
        raise UsageError("a passage needs all of --doc D --start S --end E")
    if not by_code and (args.coder or args.with_definition):
        raise UsageError("--coder and --with-definition go with --code")
    if args.model and args.backend != "semantic":
        raise UsageError("--model goes with --backend semantic")
    with Project.open(args.project) as project:
        db = project.db
        backend = backend_for(db, args.backend, args.model)
        if args.model:
            choose_model(args.model)
        if by_code:
            found = similar_to_code(db, args.code, coder=args.coder, top=args.top, unit=args.unit,
                                    with_definition=args.with_definition, backend=backend)
        else:
            found = similar_to_passage(db, args.document, args.start, args.end, top=args.top, unit=args.unit,
                                       backend=backend)
        names = {s.unit.document_id: get_document(db, s.unit.document_id).name for s in found}
        names.update({s.because.document_id: get_document(db, s.because.document_id).name
                      for s in found if s.because.document_id})
    data = [_record(s, names) for s in found]
    if not found:
        return Result(data, "No similar passages found.")
    rows = [[f"{s.score:.2f}", names[s.unit.document_id], s.unit.start, s.unit.end, clip(one_line(s.unit.text), 70)]
            for s in found]
    return Result(data, table(["SCORE", "DOCUMENT", "START", "END", "TEXT"], rows, right=(0, 2, 3)))


def _record(suggestion: Suggestion, names: dict[int, str]) -> dict:
    unit, because = suggestion.unit, suggestion.because
    matched = ({"doc": names[because.document_id], "start": because.start, "end": because.end}
               if because.document_id else {"doc": None, "start": None, "end": None, "text": because.text})
    return {"doc": names[unit.document_id], "start": unit.start, "end": unit.end, "text": unit.text,
            "score": suggestion.score, "because": matched}


def similar_index(args: argparse.Namespace) -> Result:
    with Project.open(args.project) as project:
        if args.drop:
            dropped = drop_cache(project)
            return Result({"dropped": dropped}, f"Dropped {dropped:,} cached passage vectors.")
        folder = args.model or chosen_model()
        if folder is None:
            raise SemanticUnavailable("no model for similar passages by meaning yet: download one in Settings ▸ "
                                      "Similar passages, or give the folder of one with --model FOLDER")
        texts = [unit.text for unit in project_units(project.db, args.unit)]
        added = build_cache(project, folder, texts, TerminalProgress())
        chosen = choose_model(folder)
    data = {"model": str(chosen), "units": len(texts), "added": added}
    return Result(data, f"{len(texts):,} passages indexed with {chosen.name} ({added:,} new).")
