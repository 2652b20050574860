"""HTML: visible text only, blocks on their own lines, declared charsets honoured."""

from __future__ import annotations

import codecs

import pytest

from accord.core.importers import read_document

from importer_samples import write

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Page title</title>
<style>p {{ color: red }}</style><script>var secret = 1;</script></head>
<body>
  <h1>Interview   with
      Maya</h1>
  <!-- a comment -->
  <p>She said <b>caf\u00e9</b>
     &amp; <i>na\u00efve</i>&nbsp;things.</p>
  <ul><li>first</li><li>second</li></ul>
  <table><tr><td>cell A</td><td>cell B</td></tr></table>
  line one<br>line two<br><br>after a blank line
  <pre>
keep   this
  spacing</pre>
  <div hidden>hidden text</div>
  <noscript>enable JavaScript</noscript>
  <p>end</p>
</body></html>
"""
EXPECTED = (
    "Interview with Maya\n"
    "She said caf\u00e9 & na\u00efve\u00a0things.\n"
    "first\nsecond\ncell A\ncell B\n"
    "line one\nline two\n\nafter a blank line\n"
    "keep   this\n  spacing\n"
    "end"
)


@pytest.mark.parametrize(("charset", "codec", "recorded"), [
    ("utf-8", "utf-8", "utf-8"),
    ("windows-1252", "cp1252", "cp1252"),
    ("ISO-8859-1", "latin-1", "cp1252"),  # browsers read latin-1 as windows-1252
])
def test_html_visible_text_with_declared_charset(tmp_path, charset, codec, recorded):
    data = PAGE.format(charset=charset).encode(codec)
    raw = read_document(write(tmp_path / "page.html", data))
    assert (raw.text, raw.format, raw.encoding) == (EXPECTED, "html", recorded)
    assert raw.notes == ()


def test_html_http_equiv_charset_and_htm_suffix(tmp_path):
    data = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>\u201cQuoted\u201d \u2013 dash</p></body></html>"
    ).encode("cp1252")
    raw = read_document(write(tmp_path / "old.HTM", data))
    assert (raw.text, raw.encoding) == ("\u201cQuoted\u201d \u2013 dash", "cp1252")


def test_html_wrong_declared_charset_is_noted_and_detected(tmp_path):
    data = '<meta charset="utf-8"><p>Déjà vu à côté de la fenêtre, il était là.</p>'.encode("cp1252")
    raw = read_document(write(tmp_path / "liar.html", data))
    assert raw.text == "Déjà vu à côté de la fenêtre, il était là."
    assert raw.encoding == "cp1252"
    assert "declared encoding utf-8" in raw.notes[0]


def test_html_without_charset_and_with_utf16_bom(tmp_path):
    body = "<p>Ünïcödé</p><p>second</p>"
    assert read_document(write(tmp_path / "a.html", body.encode("utf-8"))).text == "Ünïcödé\nsecond"
    raw = read_document(write(tmp_path / "b.html", codecs.BOM_UTF16_LE + body.encode("utf-16-le")))
    assert (raw.text, raw.encoding) == ("Ünïcödé\nsecond", "utf-16-le")


def test_html_fragment_and_unclosed_tags(tmp_path):
    raw = read_document(write(tmp_path / "frag.html", b"<p>one<p>two<div>three"))
    assert raw.text == "one\ntwo\nthree"


def test_deeply_nested_html_does_not_hit_recursion_limit(tmp_path):
    data = b"<div>" * 3000 + b"deep" + b"</div>" * 3000
    assert read_document(write(tmp_path / "deep.html", data)).text == "deep"
