"""Building small sample documents of each format for the importer tests (imported as a plain module)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

DEJAVU_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HAS_UNICODE_FONT = DEJAVU_SANS.exists()
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- docx -----------------------------------------------------------------------------

def docx_bytes(build) -> bytes:
    """A .docx made by `build(document)` on a fresh python-docx Document."""
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def w_xml(inner: str) -> object:
    """A WordprocessingML element from markup using the w:, v: and r: prefixes."""
    from docx.oxml import parse_xml

    wrapper = parse_xml(
        f'<w:wrapper xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"{inner}</w:wrapper>"
    )
    return wrapper[0]


# --- pdf ------------------------------------------------------------------------------

def pdf_bytes(pages: list[str | None]) -> bytes:
    """A PDF with one page per entry: text, or None for a page with only an image."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    if HAS_UNICODE_FONT:
        pdf.add_font("DejaVu", fname=str(DEJAVU_SANS))
        pdf.set_font("DejaVu", size=12)
    else:
        pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text is None:
            pdf.image(Image.new("RGB", (40, 40), "grey"), x=20, y=20, w=40)
        else:
            pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def encrypted_pdf_bytes(plain: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- odt ------------------------------------------------------------------------------

def odt_bytes(build) -> bytes:
    """An .odt made by `build(document)` on a fresh odfpy OpenDocumentText."""
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    build(document)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


# --- rtf ------------------------------------------------------------------------------

RTF_SAMPLE = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}"
    r"{\info{\title Not body text}}"
    "\n"
    r"\f0 Caf\'e9 na\'efve \u8212? dash\par"
    "\n"
    r"Emoji \u-10179?\u-8704? here\par"
    "\n"
    r"{\b Bold} end}"
).encode("ascii")
