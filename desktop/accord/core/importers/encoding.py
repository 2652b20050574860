"""Turning the bytes of a plain-text-like file (txt, md, html) into str, recording the encoding.

Order of evidence: byte-order mark, then an encoding the document declares (HTML), then
UTF-16 without BOM (tell-tale NUL pattern), then strict UTF-8, then cp1252 if the
result reads like a Western European language, then charset-normalizer. cp1252 is
checked first because charset-normalizer is unreliable on short or accent-heavy
Western texts (it reads "Café" as UTF-16 and French as cp1250).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
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


@dataclass(frozen=True)
class Decoding:
    """One way to read the bytes: skip a BOM, then decode with a codec."""

    encoding: str  # as reported, e.g. "utf-8-sig" for UTF-8 with a BOM
    codec: str  # what decodes the bytes after the BOM
    bom_length: int = 0
    errors: str = "strict"
    notes: tuple[str, ...] = ()

    def decode(self, data: bytes) -> str:
        return data[self.bom_length:].decode(self.codec, self.errors)

    def decoder(self) -> codecs.IncrementalDecoder:
        """For a file read in chunks: skip the BOM's bytes first."""
        return codecs.getincrementaldecoder(self.codec)(self.errors)


def codec_name(label: str) -> str | None:
    """The canonical Python codec name for `label`, or None if Python does not know it."""
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> DecodedText:
    """Decode `data`, trying `declared` (an encoding the file itself names) after any BOM."""
    for decoding in candidate_decodings(data, declared):
        try:
            text = decoding.decode(data)
        except UnicodeDecodeError:
            continue
        check_not_binary(text, name)
        return DecodedText(text, decoding.encoding, decoding.notes)
    raise AssertionError("the Latin-1 fallback decodes any bytes")


def candidate_decodings(head: bytes, declared: str | None = None, *, whole: bool = True) -> Iterator[Decoding]:
    """Ways to read a file whose first bytes are `head`, most likely first; the last one never fails.

    The caller decodes with each in turn until one succeeds. When `head` is not the
    `whole` file (a large file read in chunks), the evidence comes from its start and
    a decoding can still fail further on; the next candidate is then tried.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            # A BOM is strong evidence; if the bytes do not fit, keep what can be read and say so.
            label = "utf-8-sig" if codec == "utf-8" else codec
            yield Decoding(label, codec, len(bom))
            yield Decoding(label, codec, len(bom), "replace",
                           ("some bytes could not be decoded and were replaced by �",))
            return
    after_declared: tuple[str, ...] = ()
    if declared is not None and (codec := codec_name(declared)) is not None:
        yield Decoding(codec, codec)
        after_declared = (f"declared encoding {declared} does not fit the bytes",)

    def noted(decoding: Decoding) -> Decoding:
        if not after_declared:
            return decoding
        note = f"{after_declared[0]}; read as {decoding.encoding}"
        return Decoding(decoding.encoding, decoding.codec, decoding.bom_length, decoding.errors,
                        (note, *decoding.notes))

    utf16 = _utf16_without_bom(head, whole)
    if utf16 is not None:
        yield noted(Decoding(utf16, utf16))
    yield noted(Decoding("utf-8", "utf-8"))
    western = _partial_decode(head, "cp1252", whole)
    if western is not None and _reads_as_western(western):
        yield noted(Decoding("cp1252", "cp1252"))
    best = from_bytes(head).best()
    if best is not None:
        codec = codec_name(best.encoding) or best.encoding
        yield noted(Decoding(codec, codec, notes=(f"encoding guessed as {codec}; check the text",)))
    # Latin-1 maps every byte to a character, so this always succeeds.
    yield noted(Decoding("iso8859-1", "iso8859-1",
                         notes=("encoding not recognised; read as Latin-1, check the text",)))


def check_not_binary(text: str, name: str) -> None:
    """Raise ImportFailed if decoded "text" (its start is evidence enough) is really binary data."""
    if _looks_binary(text):
        raise failure(name, "does not look like a text file (binary data)")


def _partial_decode(data: bytes, codec: str, whole: bool) -> str | None:
    """`data` decoded, or None if it does not fit; a sequence cut at the end of a head is allowed."""
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=whole)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes, whole: bool) -> str | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte; real UTF-8 text does not."""
    if len(data) < 4 or (whole and len(data) % 2):
        return None
    pairs = len(data) // 2
    even_nuls = data[0:2 * pairs:2].count(0) / pairs
    odd_nuls = data[1:2 * pairs:2].count(0) / pairs
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


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


def _looks_binary(text: str) -> bool:
    sample = text[:65536]  # the start is evidence enough, and keeps big files fast
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch <= "\x9f")
    return controls / len(sample) > _BINARY_CONTROL_SHARE
