"""Issue #19: the themed corpus that the quality evaluation runs on (benchmarks/themed_project.py) codes
what it says it codes, and the lexical backend finds a theme's other passages there."""

import re
import sys
from pathlib import Path

from accord.core.codings import segments
from accord.core.project import Project
from accord.core.similar.finder import Passage, rank_units

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
import themed_project


def _pattern(theme: str) -> re.Pattern:
    """Any run of the theme's sentences, each one of its templates with the slots filled."""
    slots, templates = themed_project.THEMES[theme]
    filled = []
    for template in templates:
        parts = re.split(r"\{(\w+)\}", template)
        filled.append("".join(re.escape(p) if i % 2 == 0 else "(?:" + "|".join(map(re.escape, slots[p])) + ")"
                              for i, p in enumerate(parts)))
    sentence = "(?:" + "|".join(filled) + ")"
    return re.compile(f"(?i){sentence}(?: {sentence})*")


def test_every_coding_of_the_first_coder_is_a_run_of_its_themes_sentences(tmp_path):
    path = tmp_path / "themed.accord"
    themed_project.build(path, interviews=6, seed=3)
    with Project.open(path) as project:
        found = segments(project.db, coder="ann")
        assert len(found) > 20 and {s.code for s in found} <= set(themed_project.THEMES)
        for segment in found:
            assert _pattern(segment.code).fullmatch(segment.text), segment.text


def test_the_lexical_backend_suggests_passages_of_the_same_theme(tmp_path):
    path = tmp_path / "themed.accord"
    themed_project.build(path, interviews=12, seed=5)
    with Project.open(path) as project:
        coded = segments(project.db, code="Housing costs", coder="ann")
        seeds = [Passage(s.document_id, s.start, s.end, s.text) for s in coded[0::2]]  # as the evaluation does
        excluded = {}
        for seed in seeds:
            excluded.setdefault(seed.document_id, []).append((seed.start, seed.end))
        suggestions = rank_units(project.db, seeds, excluded, top=5)
        theme = _pattern("Housing costs")
        assert len(suggestions) == 5
        assert all(theme.fullmatch(s.unit.text) for s in suggestions)  # whole theme sentences, not passing words
