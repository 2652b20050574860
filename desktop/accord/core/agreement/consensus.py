"""Each coder against the consensus: one two-coder comparison per coder, reported as such.

A consensus coder (role `consensus`: the decisions of adjudication, or a reference coding)
is never one of "all coders". To see how far each coder is from it, this runs the usual
comparison once per coder, each coder paired with the consensus alone, so no figure mixes
the coders with the consensus:

    comparison = compare_with_consensus(db, AgreementOptions(bootstrap=1000))
    comparison.to_json() == {"against_consensus": "Consensus",
                             "coders": {"Ana": {...AgreementResult.to_json()...}, "Ben": {...}}}
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlite_utils import Database

from ..coders import CODER, CONSENSUS_ROLE, coders_with_codings, get_coder
from ..errors import InvalidValue
from .engine import compute_agreement
from .options import AgreementOptions, Ref
from .report import AgreementResult


@dataclass(frozen=True)
class ConsensusComparison:
    consensus: str
    results: dict[str, AgreementResult]  # coder name -> that coder and the consensus

    def to_json(self) -> dict:
        return {"against_consensus": self.consensus,
                "coders": {name: result.to_json() for name, result in self.results.items()}}


def find_consensus(db: Database, consensus: Ref | None = None):
    """The coder to compare with: the one named, or the only consensus coder with codings."""
    if consensus is not None:
        return get_coder(db, consensus)
    found = [c for c in coders_with_codings(db) if c.role == CONSENSUS_ROLE]
    if not found:
        raise InvalidValue("there is no consensus coder with codings to compare with: adjudicate some "
                           "disagreements first (accord adjudicate), or name the coder to compare with")
    if len(found) > 1:
        raise InvalidValue("there are several consensus coders (" + ", ".join(c.name for c in found)
                           + "): name the one to compare with")
    return found[0]


def compare_with_consensus(db: Database, options: AgreementOptions | None = None,
                           consensus: Ref | None = None) -> ConsensusComparison:
    """Each coder (options.coders, or every coder of role `coder` with codings) against the consensus."""
    options = options or AgreementOptions()
    target = find_consensus(db, consensus)
    if options.coders is not None:
        coders = [get_coder(db, ref) for ref in options.coders]
    else:
        coders = [c for c in coders_with_codings(db) if c.role == CODER]
    coders = [c for c in coders if c.id != target.id]
    if not coders:
        raise InvalidValue(f"no coder with codings to compare with {target.name}")
    results = {c.name: compute_agreement(db, replace(options, coders=(c.id, target.id))) for c in coders}
    return ConsensusComparison(target.name, results)
