"""Turning the bytes of a plain-text-like file (txt, md, html) into str, recording the encoding.

Order of evidence: byte-order mark, then an encoding the document declares (HTML), then
UTF-16 without BOM (tell-tale NUL pattern), then strict UTF-8, then cp1252 if the
result reads like a Western European language, then charset-normalizer. cp1252 is
checked first because charset-normalizer is unreliable on short or accent-heavy
Western texts (it reads "Café" as UTF-16 and French as cp1250).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from accord.core.importers.base import failure

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Non-ASCII non-letters that turn up in Western European text, and those of them that
# can sit between two letters ("don’t", "self–help").
_WESTERN_SYMBOLS = frozenset("“”‘’„‚–—…€«»°·•§©®™\xa0\xad¿¡´¨ªº×÷±£²†‡‰‹›")
_WESTERN_SYMBOLS_INSIDE_WORDS = frozenset("’‘·–—\xad")
# Even Portuguese or Icelandic have far fewer accented letters than plain ones.
_MAX_ACCENTED_SHARE = 0.5
# Share of control characters above which decoded "text" is really binary data.
_BINARY_CONTROL_SHARE = 0.10


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # Python codec name, e.g. "utf-8", "utf-8-sig", "utf-16-le", "cp1252"
    notes: tuple[str, ...] = ()


def codec_name(label: str) -> str | None:
    """The canonical Python codec name for `label`, or None if Python does not know it."""
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> DecodedText:
    """Decode `data`, trying `declared` (an encoding the file itself names) after any BOM."""
    decoded = _decode_with_bom(data)
    declared_failed = False
    if decoded is None and declared is not None:
        decoded = _decode_declared(data, declared)
        declared_failed = decoded is None
    if decoded is None:
        decoded = _decode_utf16_without_bom(data) or _decode_strict(data, "utf-8")
    if decoded is None:
        decoded = _decode_detected(data)
    if decoded is None:
        decoded = _decode_fallback(data)
    if _looks_binary(decoded.text):
        raise failure(name, "does not look like a text file (binary data)")
    if declared_failed:
        note = f"declared encoding {declared} does not fit the bytes; read as {decoded.encoding}"
        decoded = DecodedText(decoded.text, decoded.encoding, (note, *decoded.notes))
    return decoded


def _decode_with_bom(data: bytes) -> DecodedText | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            label = "utf-8-sig" if encoding == "utf-8" else encoding
            body = data[len(bom):]
            try:
                return DecodedText(body.decode(encoding), label)
            except UnicodeDecodeError:
                # A BOM is strong evidence; keep what can be read and say so.
                text = body.decode(encoding, errors="replace")
                return DecodedText(text, label, ("some bytes could not be decoded and were replaced by �",))
    return None


def _decode_declared(data: bytes, declared: str) -> DecodedText | None:
    encoding = codec_name(declared)
    return None if encoding is None else _decode_strict(data, encoding)


def _decode_strict(data: bytes, encoding: str) -> DecodedText | None:
    try:
        return DecodedText(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _decode_utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte; real UTF-8 text does not."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) // 2)
    odd_nuls = data[1::2].count(0) / (len(data) // 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return _decode_strict(data, "utf-16-le")
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return _decode_strict(data, "utf-16-be")
    return None


def _decode_detected(data: bytes) -> DecodedText | None:
    western = _decode_strict(data, "cp1252")
    if western is not None and _reads_as_western(western.text):
        return DecodedText(western.text, "cp1252")
    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = codec_name(best.encoding) or best.encoding
    return DecodedText(str(best), encoding, (f"encoding guessed as {encoding}; check the text",))


def _reads_as_western(text: str) -> bool:
    """Whether cp1252-decoded `text` looks like a Western European language.

    Text in another single-byte code page decodes to mostly non-ASCII letters
    (Cyrillic, Greek) or to stray symbols inside words (Polish "mo¿e", "³"), and
    multi-byte CJK encodings decode to symbol soup.
    """
    sample = text[:100_000]
    letters = foreign_letters = 0
    for index, ch in enumerate(sample):
        if ch.isalpha():
            letters += 1
            if ch > "\x7f":
                foreign_letters += 1
        elif ch > "\x7f":
            if ch not in _WESTERN_SYMBOLS:
                return False
            if ch not in _WESTERN_SYMBOLS_INSIDE_WORDS and _between_letters(sample, index):
                return False
    return letters > 0 and foreign_letters <= _MAX_ACCENTED_SHARE * letters


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def _decode_fallback(data: bytes) -> DecodedText:
    # Latin-1 maps every byte to a character, so this always succeeds.
    note = "encoding not recognised; read as Latin-1, check the text"
    return DecodedText(data.decode("latin-1"), "iso8859-1", (note,))


def _looks_binary(text: str) -> bool:
    sample = text[:65536]  # the start is evidence enough, and keeps big files fast
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch <= "\x9f")
    return controls / len(sample) > _BINARY_CONTROL_SHARE
