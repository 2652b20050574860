"""A codebook report in another language than English: the methods paragraph, its numbers and plurals."""

import re

import pytest

from accord.core.errors import InvalidValue
from accord.core.language import LANGUAGES
from accord.core.project import Project
from accord.core.reports.build import build_report
from accord.core.reports.model import ReportOptions

ENGLISH_WORDS = re.compile(r"\b(was assessed|coders|we report|intervals come from|undefined)\b")


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory):
    """The sample's methods paragraph and references in every language (50 resamples, so intervals show)."""
    from accord.core.sample import build_sample

    path = build_sample(tmp_path_factory.mktemp("sample") / "sample.accord")
    found = {}
    with Project.open(path) as project:
        for code in LANGUAGES:
            section = build_report(project.db, ReportOptions(language=code, resamples=50, quotes=0)).agreement
            found[code] = (section.methods, section.references)
    return found


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_methods_paragraph_is_written_in_the_language(paragraphs, code):
    english, english_references = paragraphs["en"]
    methods, references = paragraphs[code]
    assert methods != english
    assert not ENGLISH_WORDS.search(methods), ENGLISH_WORDS.search(methods)
    assert re.search(r"\d,\d{2}\b", methods), "decimals take the language's comma"
    assert "25,195" not in methods and "25" in methods  # the character count is grouped the language's way
    assert references == english_references  # the same works are cited, found by their citations
    assert methods.count("(") == english.count("(")  # no citation or interval lost


def test_english_plurals_and_numbers(paragraphs):
    methods = paragraphs["en"][0]
    assert "on 4 documents (25,195 characters) for 18 codes" in methods
    assert re.search(r"\(95 % interval −?0\.\d\d to 0\.\d\d\)", methods)


def test_german_plural_forms(paragraphs):
    methods = paragraphs["de"][0]
    assert "an 4 Dokumenten (25.195 Zeichen) für 18 Codes" in methods


def test_an_unknown_language_is_refused_with_the_choices():
    with pytest.raises(InvalidValue, match="unknown report language 'xx'.*de, es, fr, pt_BR"):
        ReportOptions(language="xx")


def test_template_texts_are_listed_where_lupdate_reads_them():
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "packaging"))
    import translations

    listed = (root / "desktop/accord/core/reports/template_words.py").read_text(encoding="utf-8")
    assert listed == translations.template_words_source(), \
        "a template's t()/tn() text changed: run python packaging/translations.py update"
    assert 'QT_TRANSLATE_NOOP("Report", "Codes in detail")' in listed
    assert 'Report.tr("%Ln coding(s)", "", 2)' in listed
