"""The report model: counts, selections, quotes, memos, co-occurrence and the agreement seam."""

import json

import pytest

from accord.core.codebook import code_tree, create_code, descendant_ids, resolve_code
from accord.core.codings import apply_code, segments
from accord.core.coders import add_coder, resolve_coder
from accord.core.documents import TurnRecord, add_document, document_text, turns_of
from accord.core.errors import InvalidValue, NotFound
from accord.core.project import Project
from accord.core.reports import AGREEMENT_SHAPE, ReportOptions, agreement_from_json, build_report


def _count(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def test_counts_match_the_codings(sample):
    db = sample.db
    model = build_report(db)
    assert model.title == "Starting over — sample study"
    assert model.total_codings == _count(db, "SELECT count(*) FROM codings") == 161
    assert [c.name for c in model.coders] == ["Ana", "Ben"]
    assert [c.id for c in model.codes] == [code.id for code, _ in code_tree(db)]
    for code in model.codes:
        assert code.codings == _count(db, "SELECT count(*) FROM codings WHERE code_id = ?", [code.id])
        assert code.documents == _count(db, "SELECT count(DISTINCT document_id) FROM codings WHERE code_id = ?",
                                        [code.id])
        assert sum(code.by_coder.values()) == code.codings
        assert sum(code.by_document.values()) == code.codings
        for coder in model.coders:
            assert code.by_coder[coder.name] == _count(
                db, "SELECT count(*) FROM codings WHERE code_id = ? AND coder_id = ?", [code.id, coder.id])
        below = descendant_ids(db, code.id)
        assert code.codings_with_subcodes == _count(
            db, f"SELECT count(*) FROM codings WHERE code_id IN ({','.join('?' * len(below))})", below)
    for document in model.documents:
        assert document.codings == _count(db, "SELECT count(*) FROM codings WHERE document_id = ?", [document.id])
    assert sum(c.codings for c in model.coders) == model.total_codings
    assert model.documents[0].attributes["site"] == "North"
    assert "reason for moving" in model.attribute_keys


def test_outline_numbers_and_depths(sample):
    model = build_report(sample.db)
    top = [c for c in model.codes if c.depth == 0]
    assert [c.number for c in top] == ["1", "2", "3", "4", "5"]
    loneliness = next(c for c in model.codes if c.name == "Loneliness")
    assert (loneliness.number, loneliness.depth, loneliness.path) == ("1.1", 1, "Settling in/Loneliness")


def test_a_code_subtree(sample):
    db = sample.db
    model = build_report(db, ReportOptions(codes=("Support",)))
    assert [c.name for c in model.codes] == ["Support", "Family support", "Community and volunteers",
                                             "Institutional support"]
    assert model.codes[0].depth == 0 and model.codes[1].depth == 1
    ids = descendant_ids(db, resolve_code(db, "Support"))
    assert model.total_codings == _count(
        db, f"SELECT count(*) FROM codings WHERE code_id IN ({','.join('?' * len(ids))})", ids)
    assert any("Support" in f for f in model.filters)


def test_a_sub_code_alone_starts_the_tree(sample):
    model = build_report(sample.db, ReportOptions(codes=("Settling in/Loneliness", "Othering")))
    assert [(c.name, c.depth, c.number, c.parent_id) for c in model.codes] == [
        ("Loneliness", 0, "1", None), ("Othering", 0, "2", None)]
    assert model.codes[0].path == "Settling in/Loneliness"


def test_coders_and_documents_filter_every_count(sample):
    db = sample.db
    ana = resolve_coder(db, "Ana")
    model = build_report(db, ReportOptions(coders=("Ana",), documents=("01-maya", "03-leila")))
    assert [c.name for c in model.coders] == ["Ana"]
    assert [d.name for d in model.documents] == ["01-maya", "03-leila"]
    expected = _count(db, "SELECT count(*) FROM codings c JOIN documents d ON d.id = c.document_id "
                          "WHERE coder_id = ? AND d.name IN ('01-maya', '03-leila')", [ana])
    assert model.total_codings == expected
    for code in model.codes:
        assert set(code.by_coder) == {"Ana"}
        assert set(code.by_document) <= {"01-maya", "03-leila"}
        assert all(q.coder == "Ana" and q.document in ("01-maya", "03-leila") for q in code.quotes)
    assert model.agreement is None  # one coder: nothing to compare


def test_unknown_selections_fail(sample):
    with pytest.raises(NotFound):
        build_report(sample.db, ReportOptions(codes=("No such code",)))
    with pytest.raises(NotFound):
        build_report(sample.db, ReportOptions(coders=("Zed",)))
    with pytest.raises(NotFound):
        build_report(sample.db, ReportOptions(documents=("nothing",)))
    with pytest.raises(InvalidValue):
        ReportOptions(quotes=-1)


def test_quotes_are_the_coded_text_with_their_speaker(sample):
    db = sample.db
    model = build_report(db, ReportOptions(quotes=4))
    texts = {d.name: document_text(db, d.id) for d in model.documents}
    ids = {d.name: d.id for d in model.documents}
    for code in model.codes:
        assert len(code.quotes) <= 4
        assert (len(code.quotes) > 0) == (code.codings > 0)  # fewer when codings overlap (two coders)
        for quote in code.quotes:
            assert quote.text == texts[quote.document][quote.start:quote.end]
            turn = next(t for t in turns_of(db, ids[quote.document]) if t.start <= quote.start < t.end)
            assert quote.speaker == turn.speaker
        spans = [(q.document, q.start, q.end) for q in code.quotes]
        for i, (d, s, e) in enumerate(spans):  # no two quotes of a code overlap
            assert not any(d == d2 and s < e2 and s2 < e for d2, s2, e2 in spans[i + 1:])
    # Spread over documents: a code used in 4 documents gets its first 4 quotes from 4 documents.
    loneliness = next(c for c in model.codes if c.name == "Loneliness")
    assert len({q.document for q in loneliness.quotes}) == 4


def test_no_quotes(sample):
    model = build_report(sample.db, ReportOptions(quotes=0))
    assert all(c.quotes == [] for c in model.codes)


def test_memos_only_on_request(sample):
    without = build_report(sample.db)
    assert without.project_memos == []
    assert all(not c.memos for c in without.codes)
    assert all(not q.memo for c in without.codes for q in c.quotes)
    assert not without.has_memos
    with_memos = build_report(sample.db, ReportOptions(memos=True, quotes=1000, segments=True))
    assert [m.title for m in with_memos.project_memos] == ["About this sample"]
    assert any(q.memo for c in with_memos.codes for q in c.quotes)
    assert any(s.memo for s in with_memos.segments)
    assert with_memos.has_memos


def test_segments_only_when_asked(sample):
    db = sample.db
    assert build_report(db).segments is None
    model = build_report(db, ReportOptions(segments=True))
    assert len(model.segments) == model.total_codings
    reference = {s.id: s for s in segments(db)}
    for row in model.segments:
        assert row.text == reference[row.coding_id].text
        assert row.code == reference[row.coding_id].code
        assert row.memo == ""  # memos were not asked for


def _project_with_overlaps():
    project = Project.in_memory(undo=False)
    db = project.db
    with project.command("Set up"):
        ann, bob = add_coder(db, "ann"), add_coder(db, "bob")
        a, b, c = (create_code(db, name) for name in "ABC")
        doc = add_document(db, "d", "x" * 200, turns=[TurnRecord(0, 100, 5, "P1"), TurnRecord(100, 200, 105, "P2")])
        apply_code(db, doc.id, a.id, ann.id, 0, 50)
        apply_code(db, doc.id, b.id, ann.id, 40, 60)     # overlaps A (ann)
        apply_code(db, doc.id, c.id, ann.id, 45, 48)     # overlaps A and B (ann)
        apply_code(db, doc.id, b.id, ann.id, 100, 120)
        apply_code(db, doc.id, a.id, ann.id, 120, 130)   # touches B: no overlap
        apply_code(db, doc.id, c.id, bob.id, 0, 200)     # bob: C over everything
    return project, (a.id, b.id, c.id)


def test_cooccurrence_counts_places_of_the_coders_together():
    # Was "pairs of overlapping codings of one coder" (A–C 1, B–C 1); now, as in `accord cooccurrence`
    # and the relations view, places where the coders' codings taken together overlap: ann's A
    # [0,50) and [120,130) both lie in bob's C [0,200), so A–C happens in 2 places (B–C likewise).
    project, (a, b, c) = _project_with_overlaps()
    try:
        model = build_report(project.db)
        co = model.cooccurrence
        assert co.code_ids == [a, b, c]
        assert co.matrix == [[0, 1, 2], [1, 0, 2], [2, 2, 0]]
        assert co.pairs == [(a, c, 2), (b, c, 2), (a, b, 1)]
        only_ann = build_report(project.db, ReportOptions(coders=("ann",)))
        assert only_ann.cooccurrence.matrix == [[0, 1, 1], [1, 0, 1], [1, 1, 0]]
        only_bob = build_report(project.db, ReportOptions(coders=("bob",)))
        assert only_bob.cooccurrence.pairs == []
    finally:
        project.close()


def test_speaker_of_a_quote_in_a_gap_is_the_next_turn():
    project = Project.in_memory(undo=False)
    db = project.db
    with project.command("Set up"):
        add_coder(db, "ann")
        create_code(db, "A")
        doc = add_document(db, "d", "x" * 50, turns=[TurnRecord(10, 20, 12, "P1"), TurnRecord(30, 50, 32, "P2")])
        apply_code(db, doc.id, "A", "ann", 22, 40)
    model = build_report(db)
    assert model.codes[0].quotes[0].speaker == "P2"
    project.close()


def test_the_model_is_plain_json(sample):
    model = build_report(sample.db, ReportOptions(memos=True, segments=True))
    data = json.loads(json.dumps(model.to_dict()))
    assert data["codes"][0]["name"] == "Settling in"
    assert data["options"]["memos"] is True


def test_an_empty_project_has_an_empty_report():
    project = Project.in_memory(undo=False)
    model = build_report(project.db)
    assert (model.codes, model.documents, model.coders, model.total_codings) == ([], [], [], 0)
    assert model.agreement is None
    project.close()


def test_colours_are_sanitised():
    project = Project.in_memory(undo=False)
    db = project.db
    with project.command("Set up"):
        add_coder(db, "ann", color="red; background:url(http://x)")
        add_coder(db, "bob", color="#ABC")
    model = build_report(db, ReportOptions(agreement=False))
    assert model.coders[0].color.startswith("#") and len(model.coders[0].color) == 7
    assert model.coders[1].color == "#aabbcc"
    project.close()


# -- agreement -------------------------------------------------------------------------
def _engine_available() -> bool:
    try:
        from accord.core.agreement import compute_agreement  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _engine_available(), reason="accord.core.agreement is not available")
def test_agreement_section_from_the_engine(sample):
    model = build_report(sample.db, ReportOptions(resamples=50))
    agreement = model.agreement
    assert agreement is not None
    assert agreement.coders == ["Ana", "Ben"]
    assert [r.path for r in agreement.rows] == [c.path for c in model.codes]  # all used, codebook order
    for row in agreement.rows:
        assert 0 <= row.percent <= 1
        assert row.kappa is None or -1 <= row.kappa <= 1
        if row.alpha is not None and row.alpha_low is not None:
            assert row.alpha_low <= row.alpha_high
    assert agreement.overall.kappa is not None
    assert "Krippendorff" in agreement.methods and "Ana and Ben" in agreement.methods
    assert "50 bootstrap resamples" in agreement.methods
    assert "1,000 bootstrap resamples" in build_report(sample.db).agreement.methods  # default: small project
    assert any("Housing and money (Ana)" in note for note in agreement.notes)
    assert any("only 4 documents are unreliable" in note for note in agreement.notes)  # small-study warning
    from accord.core.agreement import AgreementOptions, compute_agreement

    across = compute_agreement(sample.db, AgreementOptions(coders=("Ana", "Ben"))).across_codes()
    assert agreement.across_codes == (f"Which code each passage gets, all codes at once: cuα (codes and gaps) "
                                      f"{across['cu_alpha']:.2f}; (c|u)α (where both coded) "
                                      f"{across['c_given_u_alpha']:.2f}.")
    assert "cuα" in agreement.methods and "(c|u)α" in agreement.methods


@pytest.mark.skipif(not _engine_available(), reason="accord.core.agreement is not available")
def test_agreement_follows_the_selection(sample):
    model = build_report(sample.db, ReportOptions(codes=("Support",), resamples=0))
    assert [r.path for r in model.agreement.rows] == [c.path for c in model.codes]
    assert all(r.alpha_low is None for r in model.agreement.rows)  # no resamples, no interval
    assert build_report(sample.db, ReportOptions(agreement=False)).agreement is None


def test_agreement_shape_is_read_without_the_engine(sample):
    model = build_report(sample.db, ReportOptions(agreement=False))
    shape = json.loads(json.dumps(AGREEMENT_SHAPE))
    shape["codes"][0]["code_id"] = next(c.id for c in model.codes if c.name == "Loneliness")
    section = agreement_from_json(shape, model)
    assert section.rows[0].path == "Settling in/Loneliness"
    assert (section.rows[0].alpha_low, section.rows[0].alpha_high) == (0.50, 0.92)
    assert section.overall.kappa == 0.71 and section.overall.kappa_low == 0.66
    assert section.kappa_label == "Cohen's κ"


@pytest.mark.skipif(not _engine_available(), reason="accord.core.agreement is not available")
def test_the_shortcut_to_the_intervals_matches_the_engine(sample):
    """reports.agreement reads only the intervals it shows; they must be the engine's own."""
    from accord.core.agreement import AgreementOptions, compute_agreement
    from accord.core.reports.agreement_engine import _pooled

    result = compute_agreement(sample.db, AgreementOptions(bootstrap=100, seed=3))
    public, fast = result.pooled_over_documents(), _pooled(result)
    for key in result.codes:
        assert fast["codes"][key]["all_coders"]["bootstrap"]["krippendorff_alpha"] == \
            public["codes"][key]["all_coders"]["bootstrap"]["krippendorff_alpha"]
        for pair in result.pair_keys:
            figures = fast["codes"][key]["pairs"][pair], public["codes"][key]["pairs"][pair]
            assert figures[0]["cohen_kappa"] == figures[1]["cohen_kappa"]
    for pair in result.pair_keys:
        assert fast["overall"]["pairs"][pair]["bootstrap"] == public["overall"]["pairs"][pair]["bootstrap"]
    try:
        from accord.core.agreement.methods import methods_paragraph
    except ImportError:
        return
    from accord.core.reports.agreement_engine import _Pooled

    assert methods_paragraph(_Pooled(result, fast)) == methods_paragraph(result)


@pytest.mark.skipif(not _engine_available(), reason="accord.core.agreement is not available")
def test_the_engine_methods_paragraph_and_references(sample):
    pytest.importorskip("accord.core.agreement.methods")
    agreement = build_report(sample.db, ReportOptions(resamples=20)).agreement
    assert "De Vries et al., 2008" in agreement.methods
    assert any(r.startswith("Cohen, J. (1960)") for r in agreement.references)
    assert any("agreement export" in note for note in agreement.notes)
