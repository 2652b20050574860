#!/usr/bin/env python3
"""Consistency checker for Accord's bundled sample project.

Usage:  python3 resources/sample/check_sample.py [SAMPLE_DIR]

Loads project.json, codebook.json, codings.json and interviews/*.txt from
SAMPLE_DIR (default: the directory this script lives in) and verifies that

  * interviews are UTF-8 without BOM, LF line endings, one "Speaker: text"
    turn per non-blank line, and 800-1,400 words each (4,000+ in total);
  * the codebook has unique code names, at most two levels, valid and
    distinct colours, and every "example" occurs verbatim in an interview;
  * every coding names an existing document, code and coder, and its quote
    occurs in the document at least `occurrence` times (1-based, default 1),
    stays inside one line and never contains the speaker label;
  * every interview has attributes in project.json (and no attributes refer
    to missing files).

It then prints statistics: words per interview, codings per coder, codes
used, and the agreement mix between each pair of coders (identical /
boundary / confusion / omission).

Standard library only. Exit status 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

MIN_WORDS, MAX_WORDS, MIN_TOTAL_WORDS = 800, 1400, 4000
SPEAKER_RE = re.compile(r"^([^\s:][^:]{0,40}):\s+\S")
HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
CODE_FIELDS = ("name", "color", "description", "definition", "inclusion", "exclusion", "example")


class Checker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    # ------------------------------------------------------------------ io
    def load_json(self, name: str):
        path = self.root / name
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.error(f"{name}: cannot read ({exc})")
            return None
        if raw.startswith(b"\xef\xbb\xbf"):
            self.error(f"{name}: has a UTF-8 BOM")
            raw = raw[3:]
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            self.error(f"{name}: invalid UTF-8 JSON ({exc})")
            return None

    def load_interviews(self) -> dict[str, str]:
        folder = self.root / "interviews"
        docs: dict[str, str] = {}
        files = sorted(folder.glob("*.txt"))
        if len(files) < 4:
            self.error(f"interviews/: expected at least 4 .txt files, found {len(files)}")
        for path in files:
            raw = path.read_bytes()
            if raw.startswith(b"\xef\xbb\xbf"):
                self.error(f"{path.name}: has a UTF-8 BOM")
            if b"\r" in raw:
                self.error(f"{path.name}: contains CR characters (line endings must be LF)")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                self.error(f"{path.name}: not valid UTF-8 ({exc})")
                continue
            docs[path.name] = text
            for lineno, line in enumerate(text.split("\n"), 1):
                if line.strip() and not SPEAKER_RE.match(line):
                    self.error(f"{path.name}:{lineno}: line does not start with 'Speaker: '")
        return docs

    # ------------------------------------------------------------ checks
    def check_interviews(self, docs: dict[str, str]) -> dict[str, int]:
        words = {}
        for name, text in docs.items():
            # words of speech only: drop the "Speaker:" label of each turn
            body = "\n".join(SPEAKER_RE.sub(lambda m: m.group(0)[-1], line, count=1)
                             for line in text.split("\n"))
            n = len(body.split())
            words[name] = n
            if not MIN_WORDS <= n <= MAX_WORDS:
                self.error(f"{name}: {n} words, expected {MIN_WORDS}-{MAX_WORDS}")
        total = sum(words.values())
        if total < MIN_TOTAL_WORDS:
            self.error(f"interviews: {total} words in total, expected at least {MIN_TOTAL_WORDS}")
        return words

    def check_codebook(self, codebook, docs: dict[str, str]) -> dict[str, str | None]:
        """Return {code name: parent name or None}."""
        codes: dict[str, str | None] = {}
        colours: dict[str, str] = {}
        if not isinstance(codebook, dict) or not isinstance(codebook.get("codes"), list):
            self.error("codebook.json: expected an object with a 'codes' list")
            return codes

        def visit(node, parent, depth):
            if not isinstance(node, dict):
                self.error(f"codebook.json: code entry is not an object: {node!r}")
                return
            name = node.get("name")
            label = name or "<unnamed>"
            for field in CODE_FIELDS:
                if not isinstance(node.get(field), str) or not node[field].strip():
                    self.error(f"codebook.json: code {label!r} lacks a non-empty {field!r}")
            if not isinstance(name, str) or not name.strip():
                return
            if name.casefold() in {c.casefold() for c in codes}:
                self.error(f"codebook.json: duplicate code name {name!r}")
            codes[name] = parent
            colour = node.get("color", "")
            if not HEX_RE.match(str(colour)):
                self.error(f"codebook.json: code {name!r} has invalid colour {colour!r}")
            else:
                key = colour.lower()
                if key in colours:
                    self.error(f"codebook.json: colour {colour} used by both {colours[key]!r} and {name!r}")
                colours[key] = name
                lum = relative_luminance(key)
                if not 0.1 <= lum <= 0.8:
                    self.warn(f"codebook.json: colour {colour} of {name!r} is very dark or light (luminance {lum:.2f})")
            example = node.get("example")
            if isinstance(example, str) and example and not any(example in t for t in docs.values()):
                self.error(f"codebook.json: example of {name!r} is not a verbatim quote from any interview")
            children = node.get("children", [])
            if children and depth >= 1:
                self.error(f"codebook.json: code {name!r} nests deeper than two levels")
            if not isinstance(children, list):
                self.error(f"codebook.json: children of {name!r} is not a list")
                return
            for child in children:
                visit(child, name, depth + 1)

        for top in codebook["codes"]:
            visit(top, None, 0)
        n_top = sum(1 for p in codes.values() if p is None)
        if not 12 <= len(codes) <= 18:
            self.error(f"codebook.json: {len(codes)} codes, expected 12-18")
        if not 4 <= n_top <= 5:
            self.error(f"codebook.json: {n_top} top-level categories, expected 4-5")
        for top in [c for c, p in codes.items() if p is None]:
            n_children = sum(1 for p in codes.values() if p == top)
            if not 2 <= n_children <= 4:
                self.error(f"codebook.json: {top!r} has {n_children} children, expected 2-4")
        return codes

    def check_project(self, project, docs: dict[str, str]) -> list[str]:
        if not isinstance(project, dict):
            self.error("project.json: expected an object")
            return []
        for field in ("title", "description"):
            if not isinstance(project.get(field), str) or not project[field].strip():
                self.error(f"project.json: missing {field!r}")
        coders = project.get("coders")
        if not isinstance(coders, list) or not coders or not all(isinstance(c, str) for c in coders):
            self.error("project.json: 'coders' must be a non-empty list of names")
            coders = []
        if len(set(coders)) != len(coders):
            self.error("project.json: duplicate coder names")
        attributes = project.get("attributes")
        if not isinstance(attributes, dict):
            self.error("project.json: 'attributes' must be an object")
            attributes = {}
        for doc in docs:
            attrs = attributes.get(doc)
            if not isinstance(attrs, dict) or not attrs:
                self.error(f"project.json: interview {doc} has no attributes")
            elif not all(isinstance(k, str) and isinstance(v, str) for k, v in attrs.items()):
                self.error(f"project.json: attributes of {doc} must map strings to strings")
        for doc in attributes:
            if doc not in docs:
                self.error(f"project.json: attributes given for missing interview {doc}")
        return coders

    def check_codings(self, data, docs, codes, coders) -> list[dict]:
        """Validate codings; return them with resolved 'start'/'end' offsets."""
        resolved: list[dict] = []
        if not isinstance(data, dict) or not isinstance(data.get("codings"), list):
            self.error("codings.json: expected an object with a 'codings' list")
            return resolved
        seen = set()
        for i, c in enumerate(data["codings"], 1):
            where = f"codings.json #{i}"
            if not isinstance(c, dict):
                self.error(f"{where}: not an object")
                continue
            doc, code, coder, quote = c.get("doc"), c.get("code"), c.get("coder"), c.get("quote")
            occ = c.get("occurrence", 1)
            ok = True
            if doc not in docs:
                self.error(f"{where}: unknown document {doc!r}")
                ok = False
            if code not in codes:
                self.error(f"{where}: unknown code {code!r}")
                ok = False
            if coder not in coders:
                self.error(f"{where}: coder {coder!r} is not listed in project.json")
                ok = False
            if not isinstance(quote, str) or not quote.strip():
                self.error(f"{where}: empty quote")
                ok = False
            if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
                self.error(f"{where}: occurrence must be a positive integer, got {occ!r}")
                ok = False
            if "memo" in c and not isinstance(c["memo"], str):
                self.error(f"{where}: memo must be a string")
            if not ok:
                continue
            if "\n" in quote:
                self.error(f"{where}: quote spans more than one line")
            if SPEAKER_RE.match(quote) and any(
                line.startswith(quote.split(":", 1)[0] + ":") for line in docs[doc].split("\n")
            ):
                self.error(f"{where}: quote includes a speaker label: {quote[:40]!r}")
            start = nth_index(docs[doc], quote, occ)
            if start < 0:
                found = docs[doc].count(quote)
                self.error(f"{where}: quote occurs {found} time(s) in {doc}, occurrence {occ} requested: {quote[:60]!r}")
                continue
            key = (doc, code, coder, start, start + len(quote))
            if key in seen:
                self.error(f"{where}: duplicate coding")
            seen.add(key)
            n_words = len(quote.split())
            if not 3 <= n_words <= 60:
                self.warn(f"{where}: quote has {n_words} words")
            resolved.append({**c, "occurrence": occ, "start": start, "end": start + len(quote)})
        return resolved


def nth_index(text: str, sub: str, n: int) -> int:
    """Start offset of the n-th (1-based) occurrence of sub in text, or -1."""
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def relative_luminance(hex_colour: str) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def classify(mine: dict, theirs: list[dict]) -> str:
    """Compare one coding with all codings by another coder in the same doc."""
    overlapping = [t for t in theirs if t["start"] < mine["end"] and mine["start"] < t["end"]]
    same_code = [t for t in overlapping if t["code"] == mine["code"]]
    if any(t["start"] == mine["start"] and t["end"] == mine["end"] for t in same_code):
        return "identical"
    if same_code:
        return "boundary"
    if overlapping:
        return "confusion"
    return "omission"


def agreement(codings: list[dict], a: str, b: str) -> dict[str, Counter]:
    by = defaultdict(list)
    for c in codings:
        by[(c["coder"], c["doc"])].append(c)
    result = {}
    for me, other in ((a, b), (b, a)):
        counts = Counter()
        for c in codings:
            if c["coder"] == me:
                counts[classify(c, by[(other, c["doc"])])] += 1
        result[me] = counts
    return result


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    ck = Checker(root)
    docs = ck.load_interviews()
    project = ck.load_json("project.json")
    codebook = ck.load_json("codebook.json")
    codings_data = ck.load_json("codings.json")

    words = ck.check_interviews(docs)
    codes = ck.check_codebook(codebook, docs) if codebook is not None else {}
    coders = ck.check_project(project, docs) if project is not None else []
    codings = ck.check_codings(codings_data, docs, codes, coders) if codings_data is not None else []

    # ---------------------------------------------------------- statistics
    print(f"Sample project: {root}")
    print("\nWords per interview (speech only, speaker labels excluded):")
    for name, n in words.items():
        print(f"  {name:<24} {n:>6}")
    print(f"  {'total':<24} {sum(words.values()):>6}")

    n_top = sum(1 for p in codes.values() if p is None)
    print(f"\nCodebook: {len(codes)} codes ({n_top} top-level, {len(codes) - n_top} children)")

    per_coder = Counter(c["coder"] for c in codings)
    print("\nCodings per coder:")
    for coder in coders:
        docs_cov = Counter(c["doc"] for c in codings if c["coder"] == coder)
        spread = ", ".join(f"{d}: {docs_cov[d]}" for d in docs)
        memos = sum(1 for c in codings if c["coder"] == coder and c.get("memo"))
        print(f"  {coder:<8} {per_coder[coder]:>4}   ({spread}; {memos} with memo)")
    for coder in coders:
        if codings and per_coder[coder] == 0:
            ck.warn(f"coder {coder!r} has no codings")

    used = Counter(c["code"] for c in codings)
    print(f"\nCodes used: {len(used)} of {len(codes)}")
    for code, parent in codes.items():
        indent = "    " if parent else "  "
        print(f"{indent}{code:<28} {used[code]:>4}")
    unused = [c for c in codes if not used[c]]
    if unused:
        ck.warn(f"codes never used: {', '.join(unused)}")

    for a, b in combinations(coders, 2):
        mix = agreement(codings, a, b)
        print(f"\nAgreement {a} vs {b} (each coding compared with the other coder's):")
        print(f"  {'':<12}{'identical':>10}{'boundary':>10}{'confusion':>10}{'omission':>10}")
        for coder in (a, b):
            m = mix[coder]
            print(f"  {coder:<12}{m['identical']:>10}{m['boundary']:>10}{m['confusion']:>10}{m['omission']:>10}")
        same = mix[a]["identical"]
        differ = sum(mix[a].values()) + sum(mix[b].values()) - 2 * same
        print(f"  quotes identical between coders: {same} pairs; codings that differ: {differ}")

    for w in ck.warnings:
        print(f"WARNING: {w}")
    if ck.errors:
        print(f"\n{len(ck.errors)} error(s):", file=sys.stderr)
        for e in ck.errors:
            print(f"  ERROR: {e}", file=sys.stderr)
        return 1
    print("\nOK: sample project is consistent.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
