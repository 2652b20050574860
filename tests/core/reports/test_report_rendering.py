"""The reports as a browser and a word processor show them (only where chromium / LibreOffice are installed)."""

import shutil
import subprocess

import pytest

from accord.core.reports import ReportOptions, build_report, write_report

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
SOFFICE = shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium to render the HTML with")
def test_html_renders_in_a_browser(sample, tmp_path):
    image = pytest.importorskip("PIL.Image")
    page = tmp_path / "report.html"
    write_report(build_report(sample.db, ReportOptions(memos=True)), "html", page)
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--hide-scrollbars", f"--screenshot={shot}",
                    "--window-size=1200,2400", page.as_uri()],
                   capture_output=True, timeout=120, check=False, cwd=tmp_path)
    assert shot.exists()
    with image.open(shot) as picture:
        colours = picture.convert("RGB").resize((120, 240)).getcolors(maxcolors=120 * 240)
    assert len(colours) > 50  # text, tables and charts, not a blank or an error page


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="no LibreOffice to open the DOCX with")
def test_docx_opens_in_libreoffice(sample, tmp_path):
    from pypdf import PdfReader

    document = tmp_path / "report.docx"
    write_report(build_report(sample.db), "docx", document)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(document)],
                   capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "report.pdf"
    assert pdf.exists()
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 5
    first = reader.pages[0].extract_text()
    assert "Starting over" in first and "Coders" in first
