"""One syntax for every list of coders, codes or documents: `--coders A,B` or `--coders A --coders B`."""

import argparse

import pytest

from accord.cli.arguments import names
from accord.cli.main import build_parser


def _list_options(parser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _list_options(sub, prefix + (name,))
        elif action.dest in ("coders", "codes", "documents"):
            yield " ".join(prefix), action


def test_every_list_option_takes_the_shared_type():
    found = list(_list_options(build_parser()))
    commands = {command for command, _ in found}
    assert {"agreement", "disagreements", "adjudicate", "report", "retrieve"} <= commands
    for command, action in found:
        assert action.type is names and isinstance(action, argparse._ExtendAction), (command, action.option_strings)


def test_agreement_comma_and_repeated_forms_agree(accord, sample):
    comma = accord("agreement", sample, "--coders", "Ana, Ben", "--code", "Loneliness,Settling in",
                   "--doc", "01-maya,03-leila", "--json").json
    repeated = accord("agreement", sample, "--coders", "Ana", "--coders", "Ben", "--codes", "Loneliness",
                      "--code", "Settling in", "--docs", "01-maya", "--documents", "03-leila", "--json").json
    assert comma == repeated
    assert list(comma["pooled_over_documents"]["codes"]) == ["Loneliness", "Settling in"]
    assert list(comma["documents"]) == ["01-maya", "03-leila"]


def test_disagreements_and_adjudicate_take_repeated_coders(accord, sample):
    comma = accord("disagreements", sample, "--coders", "Ana,Ben", "--doc", "02-tomasz", "--json").json
    repeated = accord("disagreements", sample, "--coders", "Ana", "--coders", "Ben", "--doc", "02-tomasz",
                      "--json").json
    assert comma == repeated and comma
    decided = accord("adjudicate", sample, "--coders", "Ana", "--coders", "Ben", "--doc", "02-tomasz",
                     "--index", "1", "--decision", "union", "--json").json
    assert decided["disagreement"] == comma[0] | {"decided": True}


def test_names_with_spaces(accord, sample):
    assert accord("coder", "rename", sample, "Ana", "Ana Lima").status == 0
    data = accord("disagreements", sample, "--coders", " Ana Lima , Ben ", "--limit", "1", "--json").json
    assert data[0]["first"]["coder"] == "Ana Lima"
    out = accord("disagreements", sample, "--coders", "Ana Lima,Ben", "--limit", "1").out
    assert "accord adjudicate" in out and "--coders 'Ana Lima,Ben'" in out  # a hint that can be pasted


def test_report_and_retrieve_take_both_forms(accord, sample, tmp_path):
    comma, repeated = tmp_path / "comma", tmp_path / "repeated"
    assert accord("report", sample, "-f", "csv", "-o", comma, "--codes", "Support,Othering", "--coders", "Ana,Ben",
                  "--docs", "01-maya, 02-tomasz", "--no-agreement").status == 0
    assert accord("report", sample, "-f", "csv", "-o", repeated, "--codes", "Support", "--codes", "Othering",
                  "--coders", "Ana", "--coders", "Ben", "--doc", "01-maya", "--documents", "02-tomasz",
                  "--no-agreement").status == 0
    for name in ("codebook.csv", "segments.csv", "documents.csv"):
        assert (comma / name).read_bytes() == (repeated / name).read_bytes(), name
    assert b"03-leila" not in (comma / "segments.csv").read_bytes()

    one = accord("--json", "retrieve", sample, "--code", "Othering", "--coders", "Ben", "--docs",
                 "01-maya,03-leila").json
    other = accord("--json", "retrieve", sample, "--code", "Othering", "--coders", "Ben", "--doc", "01-maya",
                   "--doc", "03-leila").json
    assert one["documents"] == other["documents"]
    assert [d["doc"] for d in one["documents"]] == ["01-maya", "03-leila"]
    assert one["coders"] == ["Ben"]


@pytest.mark.parametrize("argv, option", [
    (["agreement", "{P}", "--coders", "Ana,"], "--coders"),
    (["agreement", "{P}", "--code", "Othering,,Loneliness"], "--code"),
    (["disagreements", "{P}", "--coders", "Ana, ,Ben"], "--coders"),
    (["adjudicate", "{P}", "--coders", ",Ben", "--index", "1", "--decision", "union"], "--coders"),
    (["report", "{P}", "-o", "{out}.html", "--docs", ""], "--docs"),
    (["report", "{P}", "-o", "{out}.html", "--codes", "Support,"], "--codes"),
    (["retrieve", "{P}", "--code", "Support", "--coders", "Ben,"], "--coders"),
])
def test_an_empty_name_is_a_usage_error_naming_the_option(fails, sample, tmp_path, argv, option):
    error = fails(*[a.format(P=sample, out=tmp_path / "out") for a in argv], status=2, match="empty name")
    assert f"argument {option}" in error and "separated by commas" in error
