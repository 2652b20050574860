"""`accord export --qdc/--qdpx` and `accord import-refi`."""

import json
import uuid
import zipfile

from cli_helpers import run_subprocess, snapshot

CODEBOOK = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Other tool"><Codes>
<Code guid="{a}" name="Trust" isCodable="true"><Code guid="{b}" name="Doctors" isCodable="true"/>
<Code guid="{c}" name="Nurses" isCodable="true" color="#00ff00"><Description>Care staff</Description></Code></Code>
</Codes><Sets><Set guid="{d}" name="group"><MemberCode guid="{b}"/></Set></Sets></CodeBook>
"""


def _guids() -> dict:
    return {key: str(uuid.uuid4()).upper() for key in "abcd"}


def test_export_both_formats(accord, project, tmp_path):
    result = accord("export", project, "--qdc", tmp_path / "c.qdc", "--qdpx", tmp_path / "p.qdpx")
    assert result.status == 0, result.err
    assert "Exported the codebook (3 codes)" in result.out
    assert "2 documents, 3 codes, 0 codings, 1 coder" in result.out
    assert b"urn:QDA-XML:codebook:1.0" in (tmp_path / "c.qdc").read_bytes()
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        assert "project.qde" in archive.namelist()
        assert sum(n.startswith("Sources/") for n in archive.namelist()) == 2


def test_export_json(accord, project, tmp_path):
    data = accord("--json", "export", project, "--qdpx", tmp_path / "p.qdpx").json
    assert list(data) == ["qdpx"]
    assert data["qdpx"]["kind"] == "project" and data["qdpx"]["documents"] == 2 and data["qdpx"]["bytes"] > 0
    both = accord("export", project, "--qdc", tmp_path / "c.qdc", "--qdpx", tmp_path / "q.qdpx", "--json").json
    assert {k: v["kind"] for k, v in both.items()} == {"qdc": "codebook", "qdpx": "project"}
    assert both["qdc"]["codes"] == 3 and both["qdc"]["path"] == str(tmp_path / "c.qdc")


def test_export_needs_a_target_and_does_not_overwrite(accord, fails, project, tmp_path):
    fails("export", project, status=2, match="--qdc OUT and/or --qdpx OUT")
    (tmp_path / "taken.qdc").write_text("mine")
    fails("export", project, "--qdc", tmp_path / "taken.qdc", match="add --force")
    fails("export", project, "--qdpx", project, match="already exists")
    fails("export", project, "--qdpx", project, "--force", match="the project itself")
    fails("export", project, "--qdc", tmp_path / "x", "--qdpx", tmp_path / "x", status=2, match="different files")
    assert accord("export", project, "--qdc", tmp_path / "taken.qdc", "--force").status == 0
    assert (tmp_path / "taken.qdc").read_text() != "mine"


def test_export_of_an_empty_codebook_fails(accord, fails, tmp_path):
    assert accord("new", tmp_path / "empty.accord").status == 0
    fails("export", tmp_path / "empty.accord", "--qdc", tmp_path / "e.qdc", match="codebook is empty")


def test_round_trip_through_the_command_line(accord, project, tmp_path):
    assert accord("code", "apply", project, "--doc", "interview-2", "--code", "Care", "--quote", "nurse 😀 more",
                  "--memo", "emoji!").status == 0
    assert accord("memo", "add", project, "A memo", "--doc", "interview-1").status == 0
    assert accord("attr", "set", project, "interview-1", "age", "34").status == 0
    assert accord("export", project, "--qdpx", tmp_path / "p.qdpx").status == 0
    assert accord("new", tmp_path / "copy.accord").status == 0
    data = accord("import-refi", tmp_path / "copy.accord", tmp_path / "p.qdpx", "--json").json
    assert data["documents_created"] == 2 and data["codings_added"] == 1 and data["memos_added"] == 1
    assert data["warnings"] == []
    original = accord("codings", project, "--json").json
    copied = accord("codings", tmp_path / "copy.accord", "--json").json
    strip = [{k: v for k, v in c.items() if k != "id"} for c in original]
    assert [{k: v for k, v in c.items() if k != "id"} for c in copied] == strip
    assert copied[0]["text"] == "nurse 😀 more" and copied[0]["memo"] == "emoji!"
    assert accord("attrs", tmp_path / "copy.accord", "--json").json == accord("attrs", project, "--json").json


def test_import_codebook_merges_by_path(accord, project, tmp_path):
    path = tmp_path / "other.qdc"
    path.write_text(CODEBOOK.format(**_guids()), encoding="utf-8")
    result = accord("import-refi", project, path)
    assert result.status == 0, result.err
    assert "1 code added (2 already there)" in result.out
    assert "warning: 1 set skipped (Accord has no sets)" in result.out
    codes = {c["path"]: c for c in accord("codes", project, "--json").json}
    assert set(codes) == {"Trust", "Trust/Doctors", "Trust/Nurses", "Care"}
    assert codes["Trust/Nurses"]["color"] == "#00ff00" and codes["Trust/Nurses"]["description"] == "Care staff"


def test_hostile_files_fail_cleanly(fails, project, tmp_path):
    laughs = tmp_path / "laughs.qdc"
    laughs.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{0}" name="&b;" '
                      'isCodable="true"/></Codes></CodeBook>'.format(uuid.uuid4()), encoding="utf-8")
    fails("import-refi", project, laughs, match="refused")
    slip = tmp_path / "slip.qdpx"
    with zipfile.ZipFile(slip, "w") as archive:
        archive.writestr("project.qde", '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
        archive.writestr("../evil.txt", "pwned")
    fails("import-refi", project, slip, match="unsafe path")
    fails("import-refi", project, tmp_path / "missing.qdpx", match="no such file")
    garbage = tmp_path / "garbage.qdc"
    garbage.write_bytes(b"\x00\x01 not xml")
    fails("import-refi", project, garbage, match="not well-formed")


def test_in_a_child_process(project, tmp_path):
    """The real thing: `python -m accord.cli export … && … import-refi …`."""
    exported = run_subprocess("export", project, "--qdpx", tmp_path / "p.qdpx", "--qdc", tmp_path / "c.qdc")
    assert exported.status == 0, exported.err
    assert run_subprocess("new", tmp_path / "copy.accord").status == 0
    before = snapshot(tmp_path)
    imported = run_subprocess("--json", "import-refi", tmp_path / "copy.accord", tmp_path / "p.qdpx")
    assert imported.status == 0, imported.err
    assert json.loads(imported.out)["documents_created"] == 2
    assert snapshot(tmp_path) != before
    refused = run_subprocess("import-refi", tmp_path / "copy.accord", tmp_path / "nope.qdc")
    assert refused.status == 1 and refused.err.startswith("accord: error: ") and refused.out == ""
