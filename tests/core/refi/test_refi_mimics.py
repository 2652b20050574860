"""Files built to mimic what real tools write where the standard is silent or ignored."""

import codecs

import pytest

from accord.core.attributes import all_attributes, set_attribute
from accord.core.codebook import code_path, code_tree, create_code
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.project import Project
from accord.core.refi import import_refi
from accord.core.refi.positions import CODE_POINTS, CRLF_AS_ONE, UTF16
from refi_helpers import (
    CODEBOOK_NS, covered_texts, new_guid, project_xml, selection_xml, text_source_xml, utf16_units, write_qdpx,
)

# A transcript as NVivo keeps it: CR LF line ends, emoji (outside the BMP) before the coded words.
NVIVO_TEXT = (
    "Interviewer: How did the move go? 🙂\r\n"
    "Maya: Honestly 😅😅 it was hard at first.\r\n"
    "Maya: I didn't know anyone 🏘️ on my street.\r\n"
    "Interviewer: And now? 🤔\r\n"
    "Maya: Now I feel at home 🏡 here, mostly.\r\n"
)
NVIVO_TARGETS = ["it was hard at first", "I didn't know anyone", "Now I feel at home 🏡 here", "mostly"]

CODE_A, CODE_B = new_guid(), new_guid()
USER = new_guid()
CODES = (f'<Code guid="{CODE_A}" name="Difficulty" isCodable="true" color="#FF0000"/>'
         f'<Code guid="{CODE_B}" name="Belonging" isCodable="true"><Description>Feeling at home</Description></Code>')
USERS = f'<User guid="{USER}" name="Nadia"/>'


def _positions(raw: str, targets: list[str], count) -> list[tuple[int, int, str]]:
    found = []
    for target in targets:
        index = raw.index(target)
        found.append((count(raw[:index]), count(raw[:index + len(target)]), target))
    return found


def _import(tmp_path, qde: str, sources: dict[str, bytes]):
    path = write_qdpx(tmp_path / "mimic.qdpx", qde, sources)
    project = Project.in_memory()
    return project, import_refi(project, path)


def nvivo_file(tmp_path, *, origin, names: bool, count=utf16_units):
    guid = new_guid()
    selections = [selection_xml(start, end, CODE_A if i % 2 else CODE_B, USER, name=target if names else None)
                  for i, (start, end, target) in enumerate(_positions(NVIVO_TEXT, NVIVO_TARGETS, count))]
    qde = project_xml(origin=origin, codes=CODES, users=USERS,
                      sources=text_source_xml(guid, "Maya", selections))
    return _import(tmp_path, qde, {f"{guid}.txt": codecs.BOM_UTF8 + NVIVO_TEXT.encode("utf-8")})


def test_nvivo_positions_in_utf16_units_with_bom_and_crlf(tmp_path):
    # The test is only worth something if the units really differ here.
    assert _positions(NVIVO_TEXT, NVIVO_TARGETS, utf16_units) != _positions(NVIVO_TEXT, NVIVO_TARGETS, len)
    project, report = nvivo_file(tmp_path, origin="NVivo 12.6 (Windows)", names=False)
    assert covered_texts(project.db) == sorted(NVIVO_TARGETS)
    assert report.position_unit == UTF16.label
    assert report.codings_added == 4 and report.warnings == []
    text = project.db.execute("SELECT text FROM documents").fetchone()[0]
    assert text == NVIVO_TEXT.replace("\r\n", "\n")  # no BOM, no CR
    assert [r[0] for r in project.db.execute("SELECT name FROM coders")] == ["Nadia"]


def test_utf16_positions_are_recognised_by_their_boundaries_without_an_origin(tmp_path):
    project, report = nvivo_file(tmp_path, origin=None, names=True)
    assert covered_texts(project.db) == sorted(NVIVO_TARGETS)
    assert report.position_unit == UTF16.label
    assert any("fit the texts better" in remark for remark in report.remarks)


def test_an_nvivo_file_that_counts_code_points_after_all_is_read_right(tmp_path):
    project, report = nvivo_file(tmp_path, origin="NVivo 14", names=True, count=len)
    assert covered_texts(project.db) == sorted(NVIVO_TARGETS)
    assert report.position_unit == CODE_POINTS.label


ATLAS_TEXT = (
    "I'm a single mum with an 8 month old and a toddler.\r\n"
    "Breakfast is mayhem. The baby has porridge, I have coffee.\r\n"
    "\r\n"
    "Oh, that was great. See you tomorrow? Eleven thirty. Mm.\r\n"
    "Café au lait for me, always.\r\n"
)
ATLAS_TARGETS = ["Breakfast is mayhem", "Oh, that was great. See you tomorrow? Eleven thirty. Mm.",
                 "Café au lait", "always."]


def test_atlas_ti_counts_crlf_as_one(tmp_path):
    guid = new_guid()

    def count(text):
        return len(text.replace("\r\n", "\n"))

    selections = [selection_xml(start, end, CODE_A, USER, name=target)
                  for start, end, target in _positions(ATLAS_TEXT, ATLAS_TARGETS, count)]
    qde = project_xml(origin="ATLAS.ti 9.1.3.0 (Windows)", codes=CODES, users=USERS,
                      sources=text_source_xml(guid, "Mabel.txt", selections))
    project, report = _import(tmp_path, qde, {f"{guid}.txt": ATLAS_TEXT.encode("utf-8")})
    assert covered_texts(project.db) == sorted(ATLAS_TARGETS)
    assert report.position_unit == CRLF_AS_ONE.label
    assert project.db.execute("SELECT name FROM documents").fetchone()[0] == "Mabel.txt"


def test_standard_positions_over_crlf_text_count_both_characters(tmp_path):
    guid = new_guid()
    selections = [selection_xml(start, end, CODE_A, USER, name=target)
                  for start, end, target in _positions(ATLAS_TEXT, ATLAS_TARGETS, len)]
    qde = project_xml(origin="QualCoder 3.5", codes=CODES, users=USERS,
                      sources=text_source_xml(guid, "Mabel", selections))
    project, report = _import(tmp_path, qde, {f"{guid}.txt": ATLAS_TEXT.encode("utf-8")})
    assert covered_texts(project.db) == sorted(ATLAS_TARGETS)
    assert report.position_unit == CODE_POINTS.label


def test_old_codebook_namespace(tmp_path):
    path = tmp_path / "old.qdc"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti Win 9.0.19"><Codes>'
        f'<Code guid="{new_guid()}" name="Parent" isCodable="false">'
        f'<Code guid="{new_guid()}" name="Child: one" isCodable="true"/></Code>'
        '</Codes><Sets/></CodeBook>', encoding="utf-8")
    project = Project.in_memory()
    report = import_refi(project, path)
    assert [code_path(project.db, c.id) for c, _ in code_tree(project.db)] == ["Parent", "Parent/Child: one"]
    assert any("urn:QDA-XML:codebook:0:4" in remark for remark in report.remarks)
    assert report.warnings == []


def test_old_project_namespace_and_no_namespace(tmp_path):
    for namespace, warned in (("urn:QDA-XML:project:0:4", False), ("", True)):
        qde = project_xml(origin="Old tool", codes=CODES, namespace=namespace).replace(' xmlns=""', "")
        project, report = _import(tmp_path, qde, {})
        assert len(list(code_tree(project.db))) == 2
        assert any("namespace" in w for w in report.warnings) == warned


def test_empty_sets_are_fine_in_codebooks_and_projects(tmp_path):
    path = tmp_path / "taguette.qdc"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="{CODEBOOK_NS}" origin="Taguette 1.5.2">'
                    f'<Codes><Code guid="{new_guid()}" name="people" isCodable="true"/></Codes><Sets/></CodeBook>',
                    encoding="utf-8")
    report = import_refi(Project.in_memory(), path)
    assert report.codes_created == 1 and report.warnings == []
    project, report = _import(tmp_path, project_xml(origin="X", codes=CODES, extra="<Sets/>"), {})
    assert report.warnings == []


def test_a_utf8_bom_before_the_xml_declaration(tmp_path):
    path = tmp_path / "bom.qdc"
    path.write_bytes(codecs.BOM_UTF8 + f'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="{CODEBOOK_NS}">'
                     f'<Codes><Code guid="{new_guid()}" name="Ünïcode" isCodable="true"/></Codes></CodeBook>'
                     .encode("utf-8"))
    project = Project.in_memory()
    import_refi(project, path)
    assert [c.name for c, _ in code_tree(project.db)] == ["Ünïcode"]


def test_inline_text_variables_cases_notes_and_whole_source_codings(tmp_path):
    source_a, source_b = new_guid(), new_guid()
    age, married, site = new_guid(), new_guid(), new_guid()
    note_doc, note_code, note_coding, note_free, note_project = (new_guid() for _ in range(5))
    text = "Alpha beta gamma."
    selection = selection_xml(6, 10, CODE_A, USER).replace(
        "</Coding>", f'<NoteRef targetGUID="{note_coding}"/></Coding>')
    sources = (
        text_source_xml(source_a, "A", [selection], inline=text).replace(
            "</TextSource>",
            f'<Coding guid="{new_guid()}" creatingUser="{USER}"><CodeRef targetGUID="{CODE_B}"/></Coding>'
            f'<NoteRef targetGUID="{note_doc}"/>'
            f'<VariableValue><VariableRef targetGUID="{age}"/><IntegerValue> 41 </IntegerValue></VariableValue>'
            "</TextSource>")
        + text_source_xml(source_b, "B", [], inline="Another text.")
    )
    codes = CODES.replace('color="#FF0000"/>', f'color="#FF0000"><NoteRef targetGUID="{note_code}"/></Code>')
    extra = (
        "<Notes>"
        + "".join(f'<Note guid="{g}" name="{n}" creatingUser="{USER}" creationDateTime="2020-01-02T03:04:05Z">'
                  f"<PlainTextContent>{t}</PlainTextContent></Note>"
                  for g, n, t in ((note_doc, "on A", "document note"), (note_code, "on code", "code note"),
                                  (note_coding, "on coding", "coding note"), (note_free, "free", "free note"),
                                  (note_project, "project", "project note")))
        + "</Notes>"
        + f'<NoteRef targetGUID="{note_project}"/>'
    )
    variables = (f'<Variables><Variable guid="{age}" name="age" typeOfVariable="Integer"/>'
                 f'<Variable guid="{married}" name="married" typeOfVariable="Boolean"/>'
                 f'<Variable guid="{site}" name="site" typeOfVariable="Text"/></Variables>'
                 f'<Cases><Case guid="{new_guid()}" name="Case B">'
                 f'<VariableValue><VariableRef targetGUID="{married}"/><BooleanValue>true</BooleanValue>'
                 f'</VariableValue><VariableValue><VariableRef targetGUID="{site}"/><TextValue> North </TextValue>'
                 f'</VariableValue><SourceRef targetGUID="{source_b}"/><SourceRef targetGUID="{source_a}"/></Case>'
                 f'<Case guid="{new_guid()}" name="Nobody"/></Cases>')
    qde = project_xml(origin="MAXQDA 2022", codes=codes, users=USERS, sources=sources).replace(
        "</CodeBook>", "</CodeBook>" + variables).replace("</Project>", extra + "</Project>")
    project, report = _import(tmp_path, qde, {})
    db = project.db
    names = dict(db.execute("SELECT id, name FROM documents").fetchall())
    assert {names[d]: v for d, v in all_attributes(db).items()} == {
        "A": {"age": "41", "married": "true", "site": " North "}, "B": {"married": "true", "site": " North "}}
    rows = db.execute('SELECT d.name, k.name, c.start, c."end", c.memo FROM codings c '
                      "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id").fetchall()
    assert sorted(rows) == [("A", "Belonging", 0, len(text), ""), ("A", "Difficulty", 6, 10, "coding note")]
    memos = {title: (names.get(d), c is not None, created) for title, d, c, created in db.execute(
        "SELECT title, document_id, code_id, created_at FROM memos")}
    assert memos == {"on A": ("A", False, "2020-01-02T03:04:05+00:00"),
                     "on code": (None, True, "2020-01-02T03:04:05+00:00"),
                     "free": (None, False, "2020-01-02T03:04:05+00:00"),
                     "project": (None, False, "2020-01-02T03:04:05+00:00")}
    assert report.warnings == ["1 case without a text source skipped"]


def test_importing_alongside_existing_content_matches_codes_users_and_documents(tmp_path):
    project = Project.in_memory()
    text = NVIVO_TEXT.replace("\r\n", "\n")
    with project.command("existing"):
        add_coder(project.db, "Nadia")
        add_document(project.db, "Maya", "something else entirely")  # same name, other text
        existing = add_document(project.db, "Maya's interview", text)  # same text, other name
        create_code(project.db, "Belonging", color="#123456")
        set_attribute(project.db, existing.id, "age", "34")
    guid = new_guid()
    selections = [selection_xml(start, end, CODE_B, USER)
                  for start, end, _ in _positions(NVIVO_TEXT, NVIVO_TARGETS, utf16_units)]
    age = new_guid()
    sources = text_source_xml(guid, "Maya", selections).replace(
        "</TextSource>",
        f'<VariableValue><VariableRef targetGUID="{age}"/><TextValue>35</TextValue></VariableValue></TextSource>')
    qde = project_xml(origin="NVivo 12.6", codes=CODES, users=USERS, sources=sources).replace(
        "</CodeBook>", f'</CodeBook><Variables><Variable guid="{age}" name="age" typeOfVariable="Text"/></Variables>')
    path = write_qdpx(tmp_path / "m.qdpx", qde, {f"{guid}.txt": NVIVO_TEXT.encode("utf-8")})
    report = import_refi(project, path)
    db = project.db
    assert report.documents_matched == 1 and report.documents_created == 0
    assert report.coders_matched == 1 and report.coders_created == 0
    assert report.codes_matched == 1 and report.codes_created == 1
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert covered_texts(db, "Maya's interview") == sorted(NVIVO_TARGETS)
    assert db.execute("SELECT color, description FROM codes WHERE name = 'Belonging'").fetchone() == (
        "#123456", "Feeling at home")
    assert all_attributes(db)[existing.id] == {"age": "34"}
    assert report.warnings == ["1 attribute value differs from the project's; kept the project's"]


def test_users_missing_from_the_file_and_codings_without_a_user(tmp_path):
    guid, stranger = new_guid(), new_guid()
    selections = [selection_xml(0, 5, CODE_A, stranger), selection_xml(6, 10, CODE_A, None),
                  selection_xml(11, 16, new_guid(), USER)]
    qde = project_xml(origin="Tool", codes=CODES, users=USERS, sources=text_source_xml(guid, "T", selections))
    project, report = _import(tmp_path, qde, {f"{guid}.txt": b"Alpha beta gamma."})
    coders = sorted(r[0] for r in project.db.execute(
        "SELECT p.name FROM codings c JOIN coders p ON p.id = c.coder_id"))
    assert coders == ["Unknown coder", f"User {stranger[:8]}"]
    assert "1 coding with a code the codebook does not have skipped" in report.warnings
    assert any(stranger.lower() in w for w in report.warnings)


@pytest.mark.parametrize("given, stored", [("#F0A", "#ff00aa"), ("#A1B2C3", "#a1b2c3"), ("red", None), (None, None)])
def test_colours(tmp_path, given, stored):
    colour = f' color="{given}"' if given else ""
    path = tmp_path / "c.qdc"
    path.write_text(f'<CodeBook xmlns="{CODEBOOK_NS}"><Codes><Code guid="{new_guid()}" name="x" isCodable="true"'
                    f"{colour}/></Codes></CodeBook>", encoding="utf-8")
    project = Project.in_memory()
    import_refi(project, path)
    colour = project.db.execute("SELECT color FROM codes").fetchone()[0]
    assert colour == stored if stored else colour.startswith("#")


def test_a_project_file_in_a_folder_of_the_zip(tmp_path):
    guid = new_guid()
    qde = project_xml(origin="X", codes=CODES, users=USERS,
                      sources=text_source_xml(guid, "T", [selection_xml(0, 5, CODE_A, USER)]))
    path = write_qdpx(tmp_path / "nested.qdpx", b"", None, qde_name="unused.txt",
                      extra={"Study/project.qde": qde.encode(), f"Study/Sources/{guid}.txt": b"Alpha beta"})
    project = Project.in_memory()
    report = import_refi(project, path)
    assert covered_texts(project.db) == ["Alpha"] and report.warnings == []


def test_a_bare_qde_has_no_source_files(tmp_path):
    guid = new_guid()
    path = tmp_path / "project.qde"
    path.write_text(project_xml(origin="X", codes=CODES, sources=text_source_xml(guid, "T", [])
                                + text_source_xml(new_guid(), "Inline", [], inline="Inline text")),
                    encoding="utf-8")
    project = Project.in_memory()
    report = import_refi(project, path)
    assert [r[0] for r in project.db.execute("SELECT name FROM documents")] == ["Inline"]
    assert any("'T' skipped" in w and "not included" in w for w in report.warnings)
