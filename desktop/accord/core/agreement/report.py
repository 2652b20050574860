"""AgreementResult: the figures of an agreement run, as nested plain data.

The engine computes every figure as arrays; this module turns them into the
nested dictionaries of `to_json` (documents, codes and coders keyed by name)
and answers narrower questions (`pair`, `code`, `overall`, `document`) without
building the whole tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import NotFound
from .across_codes import AcrossParts
from .coefficients import REASONS, Figures, NO_DOCUMENTS, pooled_kappa_arrays
from .options import AgreementOptions, Selection

PAIR_FIGURES = ("percent_agreement", "cohen_kappa", "krippendorff_alpha", "positive_agreement", "jaccard",
                "unitizing_alpha_binary_2019", "unitizing_alpha_2004", "segment_percent")
GROUP_FIGURES = ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa", "unitizing_alpha_binary_2019")


@dataclass(frozen=True)
class Table:
    """One scope's figures: rows are (document, code) groups, or codes pooled over documents."""

    length: np.ndarray  # (R,) characters
    coded: np.ndarray  # (R, m)
    units: np.ndarray  # (R, m)
    both: np.ndarray  # (R, P)
    matched_first: np.ndarray  # (R, P)
    matched_second: np.ndarray  # (R, P)
    pair: list  # per pair: {figure: Figures}
    group: dict  # {figure: Figures}
    observed: np.ndarray  # (R, P) p_o of the 2×2 table (for pooled kappa)
    expected: np.ndarray  # (R, P) p_e


class _Columns:
    """A table's arrays as Python lists (fast to index while building dictionaries)."""

    def __init__(self, table: Table):
        self.length = table.length.astype(np.int64).tolist()
        self.coded = table.coded.astype(np.int64).tolist()
        self.units = table.units.astype(np.int64).tolist()
        self.both = table.both.astype(np.int64).tolist()
        self.matched_first = table.matched_first.astype(np.int64).tolist()
        self.matched_second = table.matched_second.astype(np.int64).tolist()
        self.pair = [{name: _lists(figs[name]) for name in PAIR_FIGURES} for figs in table.pair]
        self.group = {name: _lists(f) for name, f in table.group.items()}


def _lists(f: Figures) -> tuple[list, list]:
    values = [None if v != v else v for v in f.values.tolist()]  # NaN -> None
    return values, f.reasons.tolist()


def _put(out: dict, name: str, column: tuple[list, list], row: int) -> None:
    """out[name] = value; where undefined: None, and out[name + '_undefined_reason'] = why."""
    values, reasons = column
    out[name] = values[row]
    if reasons[row]:
        out[f"{name}_undefined_reason"] = REASONS[reasons[row]]


def _percent(numerator: int, denominator: int, out: dict, name: str, reason: str) -> None:
    if denominator:
        out[name] = 100 * numerator / denominator
    else:
        out[name] = None
        out[f"{name}_undefined_reason"] = reason


@dataclass
class AgreementResult:
    """What `compute_agreement` found. `to_json()` gives all of it; the other methods give parts."""

    options: AgreementOptions
    selection: Selection
    group_document: np.ndarray
    group_code: np.ndarray
    groups: Table
    pooled: Table
    presence: Any
    bootstrap: Any
    dropped_zero_length: int
    warnings: tuple[str, ...] = ()  # for every output to show (e.g. intervals from too few documents)
    unused: Table | None = None  # per document: the figures of a code no compared coder used there
    across: AcrossParts | None = None  # per document: the sums behind cuα and (c|u)α
    origins: dict = field(default_factory=dict)  # the compared codings by origin (origins.py), for the methods
    _columns: dict = field(default_factory=dict, repr=False)

    # -- names ---------------------------------------------------------------------------
    @property
    def coders(self) -> tuple[str, ...]:
        return self.selection.coder_names

    @property
    def codes(self) -> tuple[str, ...]:
        return self.selection.code_names

    @property
    def documents(self) -> tuple[str, ...]:
        return self.selection.document_names

    @property
    def pair_keys(self) -> list[str]:
        return [self.selection.pair_key(i, j) for i, j in self.selection.pairs]

    def pair_key(self, first: str | int, second: str | int) -> str:
        """The key ("A|B", in coder order) of the pair of two coders given by name or id."""
        i, j = sorted((self._coder_index(first), self._coder_index(second)))
        if i == j:
            raise NotFound("a pair needs two different coders")
        return self.selection.pair_key(i, j)

    def _coder_index(self, coder: str | int) -> int:
        if isinstance(coder, str) and coder in self.coders:
            return self.coders.index(coder)
        if isinstance(coder, int) and coder in self.selection.coder_ids:
            return self.selection.coder_ids.index(coder)
        raise NotFound(f"coder {coder!r} is not among the compared coders ({', '.join(self.coders)})")

    def _code_index(self, code: str | int) -> int:
        if isinstance(code, str) and code in self.codes:
            return self.codes.index(code)
        if isinstance(code, int) and code in self.selection.code_ids:
            return self.selection.code_ids.index(code)
        raise NotFound(f"code {code!r} is not among the compared codes")

    def _document_index(self, document: str | int) -> int:
        if isinstance(document, str) and document in self.documents:
            return self.documents.index(document)
        if isinstance(document, int) and document in self.selection.document_ids:
            return self.selection.document_ids.index(document)
        raise NotFound(f"document {document!r} is not among the compared documents")

    def _cols(self, which: str) -> _Columns:
        if which not in self._columns:
            self._columns[which] = _Columns({"groups": self.groups, "pooled": self.pooled,
                                             "unused": self.unused}[which])
        return self._columns[which]

    def _document_rows(self, d: int) -> range:
        lo, hi = np.searchsorted(self.group_document, [d, d + 1])
        return range(int(lo), int(hi))

    # -- entries -------------------------------------------------------------------------
    def _pairs(self) -> list[tuple[int, int, str]]:
        if "pairs" not in self._columns:
            self._columns["pairs"] = [(i, j, self.selection.pair_key(i, j)) for i, j in self.selection.pairs]
        return self._columns["pairs"]

    def _pair_entry(self, cols: _Columns, row: int, p: int, pooled: bool, code: int | None) -> dict:
        i, j, _ = self._pairs()[p]
        a = cols.both[row][p]
        coded = cols.coded[row]
        coded_i, coded_j = coded[i], coded[j]
        out: dict = {"counts": {"both": a, "only_first": coded_i - a, "only_second": coded_j - a,
                                "neither": cols.length[row] - coded_i - coded_j + a}}
        for name, (values, reasons) in cols.pair[p].items():
            out[name] = values[row]
            if reasons[row]:
                out[f"{name}_undefined_reason"] = REASONS[reasons[row]]
        units = cols.units[row]
        ni, nj = units[i], units[j]
        segments: dict = {"first": {"segments": ni, "matched": cols.matched_first[row][p]},
                          "second": {"segments": nj, "matched": cols.matched_second[row][p]}}
        if pooled:
            both = int(self.presence.both[row, p])
            only_first = int(self.presence.only_first[row, p])
            only_second = int(self.presence.only_second[row, p])
            same = int(self.presence.same_frequency[row, p])
            used = both + only_first + only_second
            segments["documents"] = {"both": both, "only_first": only_first, "only_second": only_second,
                                     "same_frequency": same}
            _percent(both, used, segments, "presence_percent", REASONS[NO_DOCUMENTS])
            _percent(same, used, segments, "frequency_percent", REASONS[NO_DOCUMENTS])
        else:
            segments["presence"] = ("both" if ni and nj else "only_first" if ni else
                                    "only_second" if nj else "neither")
            segments["same_frequency"] = ni == nj
        out["segments"] = segments
        if pooled and self.bootstrap is not None and (code, p) in self.bootstrap.pair:
            out["bootstrap"] = {name: dist.summary() for name, dist in self.bootstrap.pair[(code, p)].items()}
        return out

    def _code_entry(self, cols: _Columns, row: int, pooled: bool, code: int) -> dict:
        pairs = {key: self._pair_entry(cols, row, p, pooled, code) for p, (_, _, key) in enumerate(self._pairs())}
        all_coders: dict = {}
        for name in GROUP_FIGURES:
            _put(all_coders, name, cols.group[name], row)
        if pooled and self.bootstrap is not None and code in self.bootstrap.group:
            all_coders["bootstrap"] = {name: dist.summary() for name, dist in self.bootstrap.group[code].items()}
        return {"used": any(cols.units[row]), "pairs": pairs, "all_coders": all_coders}

    def _overall(self, table: Table, rows: np.ndarray | range, codes: list[int], pooled: bool) -> dict:
        """Pooled kappa over the codes either coder of a pair used; used, unused and one-sided codes."""
        rows = np.asarray(list(rows) if isinstance(rows, range) else rows, dtype=np.int64)
        names = self.codes
        units = table.units[rows] if len(rows) else np.zeros((0, len(self.coders)), dtype=np.int64)
        users = units > 0
        used_rows = users.any(axis=1)
        out: dict = {"codes_used": [names[codes[k]] for k in np.flatnonzero(used_rows)]}
        one = users.sum(axis=1) == 1
        out["codes_one_sided"] = {names[codes[k]]: self.coders[int(np.argmax(users[k]))] for k in np.flatnonzero(one)}
        used_codes = {codes[k] for k in np.flatnonzero(used_rows)}
        out["codes_unused"] = [names[c] for c in range(len(names)) if c not in used_codes]
        pair_out = {}
        kappas = []
        for p, (i, j) in enumerate(self.selection.pairs):
            either = users[:, i] | users[:, j]
            observed = table.observed[rows, p][either]
            expected = table.expected[rows, p][either]
            fig = pooled_kappa_arrays(observed.sum(), expected.sum(), either.sum())
            entry: dict = {}
            _put(entry, "pooled_kappa", _lists(Figures(np.atleast_1d(fig.values), np.atleast_1d(fig.reasons))), 0)
            kappas.append(entry["pooled_kappa"])
            n = int(either.sum())
            entry["pooled_percent_agreement"] = 100 * float(observed.mean()) if n else None
            if not n:
                entry["pooled_percent_agreement_undefined_reason"] = REASONS[fig.reasons.item()]
            entry["codes"] = n
            entry["only_first"] = [names[codes[k]] for k in np.flatnonzero(users[:, i] & ~users[:, j])]
            entry["only_second"] = [names[codes[k]] for k in np.flatnonzero(users[:, j] & ~users[:, i])]
            if pooled and self.bootstrap is not None:
                entry["bootstrap"] = {"pooled_kappa": self.bootstrap.pooled_kappa[p].summary()}
            pair_out[self.selection.pair_key(i, j)] = entry
        defined = [k for k in kappas if k is not None]
        all_coders: dict = {"mean_pairwise_pooled_kappa": sum(defined) / len(defined) if defined else None}
        if not defined:
            all_coders["mean_pairwise_pooled_kappa_undefined_reason"] = "pooled kappa is undefined for every pair"
        out["pairs"] = pair_out
        out["all_coders"] = all_coders
        return out

    # -- public views --------------------------------------------------------------------
    def document(self, document: str | int) -> dict:
        """One document: {"codes": {CODE: entry}, "overall": {...}} (every compared code)."""
        return self._document(self._document_index(document))

    def _document(self, d: int) -> dict:
        cols = self._cols("groups")
        rows = self._document_rows(d)
        codes = [int(self.group_code[r]) for r in rows]
        row_of = dict(zip(codes, rows))
        entries = {}
        for c, name in enumerate(self.codes):  # every code, in selection order, so scripts see the same keys
            if c in row_of:
                entries[name] = self._code_entry(cols, row_of[c], False, c)
            elif self.unused is not None:
                entries[name] = self._code_entry(self._cols("unused"), d, False, c)
        out = {"codes": entries, "overall": self._overall(self.groups, rows, codes, pooled=False)}
        if self.across is not None:
            out["across_codes"] = self.across.figures(d)
        return out

    def pooled_over_documents(self) -> dict:
        """Every compared code pooled over the documents: {"codes": {CODE: entry}, "overall": {...}}."""
        cols = self._cols("pooled")
        codes = list(range(len(self.codes)))
        out = {
            "codes": {self.codes[c]: self._code_entry(cols, c, True, c) for c in codes},
            "overall": self._overall(self.pooled, np.arange(len(codes)), codes, pooled=True),
        }
        if self.across is not None:
            out["across_codes"] = self.across_codes()
        return out

    def across_codes(self, document: str | int | None = None) -> dict:
        """cuα and (c|u)α of all compared coders over all compared codes, in one document or pooled."""
        if self.across is None:
            raise NotFound("this result was computed without the across-codes figures")
        if document is None:
            return self.across.pooled().figures(0)
        return self.across.figures(self._document_index(document))

    def code(self, code: str | int, document: str | int | None = None) -> dict:
        """One code's entry, in one document or (by default) pooled over the documents."""
        c = self._code_index(code)
        if document is None:
            return self._code_entry(self._cols("pooled"), c, True, c)
        d = self._document_index(document)
        for r in self._document_rows(d):
            if int(self.group_code[r]) == c:
                return self._code_entry(self._cols("groups"), r, False, c)
        if self.unused is not None:
            return self._code_entry(self._cols("unused"), d, False, c)
        raise NotFound(f"no compared coder applied {self.codes[c]!r} in {self.documents[d]!r}")

    def pair(self, code: str | int, first: str | int, second: str | int, document: str | int | None = None) -> dict:
        """The figures of two coders for one code (the pair in coder order: see `pair_key`)."""
        return self.code(code, document)["pairs"][self.pair_key(first, second)]

    def all_coders(self, code: str | int, document: str | int | None = None) -> dict:
        return self.code(code, document)["all_coders"]

    def overall(self, document: str | int | None = None) -> dict:
        if document is None:
            return self._overall(self.pooled, np.arange(len(self.codes)), list(range(len(self.codes))), True)
        d = self._document_index(document)
        rows = self._document_rows(d)
        return self._overall(self.groups, rows, [int(self.group_code[r]) for r in rows], False)

    def to_json(self) -> dict:
        """The whole result as plain data (see the package docstring for the conventions)."""
        out = {
            "documents": {name: self._document(d) for d, name in enumerate(self.documents)},
            "pooled_over_documents": self.pooled_over_documents(),
            "dropped_zero_length": self.dropped_zero_length,
        }
        if self.warnings:  # only when there is something to warn about, so the usual shape stays
            out["warnings"] = list(self.warnings)
        return out
