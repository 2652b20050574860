"""Plain text and Markdown: encoding detection."""

from __future__ import annotations

import codecs

import pytest

from accord.core.errors import ImportFailed
from accord.core.importers import read_document

from importer_samples import write

WESTERN = "Ça va? Übermäßig, señor. Olá, ação. Déjà vu à côté de la fenêtre."
SMART_PUNCTUATION = "Café naïve – “quoted” text, 5 € and ‘single’ quotes… fin."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(WESTERN.encode("utf-8"), WESTERN, "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + WESTERN.encode("utf-8"), WESTERN, "utf-8-sig", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), WESTERN, "utf-16-le", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), WESTERN, "utf-16-be", id="utf-16-be-bom"),
        pytest.param(SMART_PUNCTUATION.encode("cp1252"), SMART_PUNCTUATION, "cp1252", id="cp1252"),
        pytest.param(WESTERN.encode("cp1252"), WESTERN, "cp1252", id="cp1252-accents"),
        pytest.param("Café".encode("cp1252"), "Café", "cp1252", id="cp1252-short"),
        pytest.param(WESTERN.encode("utf-16-le"), WESTERN, "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(b"plain ascii\n", "plain ascii\n", "utf-8", id="ascii"),
    ],
)
def test_txt_decodes_and_records_encoding(tmp_path, data, text, encoding):
    raw = read_document(write(tmp_path / "interview.txt", data))
    assert (raw.text, raw.format, raw.encoding) == (text, "txt", encoding)


@pytest.mark.parametrize("text", [WESTERN, "Übermäßig süß", "Señor Muñoz, año 1998: ¿qué tal?", "£5 at 20°C"])
def test_latin1_text_decodes_correctly(tmp_path, text):
    raw = read_document(write(tmp_path / "old.txt", text.encode("latin-1")))
    assert raw.text == text
    assert raw.encoding in ("cp1252", "iso8859-1")  # identical for these characters


@pytest.mark.parametrize(("text", "encoding"), [
    ("Привет, как дела? Это тестовый текст на русском языке, довольно длинный.", "cp1251"),
    ("Zażółć gęślą jaźń, powiedział pan Łukasz. Może jutro będzie lepiej.", "cp1250"),
    ("Καλημέρα σας, πώς είστε σήμερα; Αυτό είναι ένα δοκιμαστικό κείμενο.", "cp1253"),
    ("こんにちは、世界。今日は良い天気ですね。", "cp932"),
])
def test_other_legacy_encodings_are_not_mistaken_for_cp1252(tmp_path, text, encoding):
    raw = read_document(write(tmp_path / "legacy.txt", text.encode(encoding)))
    assert raw.text == text
    assert raw.encoding == encoding
    assert raw.notes  # a guess is flagged for the user to check


def test_bom_text_with_damaged_bytes_keeps_what_it_can(tmp_path):
    data = codecs.BOM_UTF8 + "Olá ".encode("utf-8") + b"\xff\xfe" + b" fim"
    raw = read_document(write(tmp_path / "damaged.txt", data))
    assert raw.text.startswith("Olá ") and raw.text.endswith(" fim")
    assert "replaced" in raw.notes[0]


def test_binary_file_named_txt_fails(tmp_path):
    data = bytes(range(32)) * 20
    with pytest.raises(ImportFailed, match=r"^blob\.txt: .*binary"):
        read_document(write(tmp_path / "blob.txt", data))


def test_crlf_and_bom_are_left_for_normalisation(tmp_path):
    raw = read_document(write(tmp_path / "win.txt", "a\r\nb".encode("utf-8")))
    assert raw.text == "a\r\nb"


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".MD"])
def test_markdown_is_kept_as_written(tmp_path, suffix):
    source = "# Interview\n\n**Q:** How *was* it?\n\n- point one\n"
    raw = read_document(write(tmp_path / f"notes{suffix}", source.encode("cp1252")))
    assert (raw.text, raw.format, raw.encoding) == (source, "md", "utf-8")


def test_markdown_uses_encoding_detection(tmp_path):
    raw = read_document(write(tmp_path / "notes.md", codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le")))
    assert (raw.text, raw.encoding) == (WESTERN, "utf-16-le")
