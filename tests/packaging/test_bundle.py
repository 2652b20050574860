"""The PyInstaller bundle: build it from packaging/accord.spec, start it offscreen on the sample project.

Slow (a build takes about a minute and ~220 MB), so it runs only when asked:

    .venv/bin/pip install pyinstaller
    ACCORD_BUILD_BUNDLE=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/packaging/test_bundle.py

ACCORD_BUNDLE_DIST=dist/Accord tests an already built bundle folder instead of building one.
"""

import importlib
import json
import os
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "accord.spec"
COMMAND = ("ACCORD_BUILD_BUNDLE=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "
           "tests/packaging/test_bundle.py  (needs: .venv/bin/pip install pyinstaller)")

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("ACCORD_BUILD_BUNDLE") != "1" and not os.environ.get("ACCORD_BUNDLE_DIST"),
        reason=f"builds the PyInstaller bundle (about a minute); run: {COMMAND}",
    ),
    pytest.mark.slow,
    pytest.mark.timeout(1800),
]

EXE_NAME = "Accord.exe" if sys.platform == "win32" else "Accord"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The bundle folder (dist/Accord), built once for this module."""
    if os.environ.get("ACCORD_BUNDLE_DIST"):
        return Path(os.environ["ACCORD_BUNDLE_DIST"]).resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(f"PyInstaller is not installed in {sys.prefix}: .venv/bin/pip install pyinstaller")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1500,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    folder = out / "dist" / "Accord"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle built in {time.monotonic() - started:.0f} s: {folder} ({size / 1e6:.0f} MB)")
    return folder


def run_bundle(bundle: Path, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    user = tmp_path / "user"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ACCORD_DATA_DIR": str(user / "data"),
        "ACCORD_CONFIG_DIR": str(user / "config"),
        "ACCORD_LOG_DIR": str(user / "log"),
        **env,
    }
    for name in ("ACCORD_RESOURCES", "PYTHONPATH", "PYTHONHOME"):  # the bundle must stand alone
        environment.pop(name, None)
    return subprocess.run([str(bundle / EXE_NAME), *args], env=environment, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)


def test_bundle_opens_the_sample_project_and_exits_cleanly(bundle, tmp_path):
    shot = tmp_path / "out.png"
    started = time.monotonic()
    result = run_bundle(bundle, tmp_path, "--sample", "--screenshot", str(shot))
    print(f"\nstarted, drew and closed in {time.monotonic() - started:.1f} s")
    assert result.returncode == 0, result.stderr
    for problem in ("Traceback", "Error", "Could not load the Qt platform plugin", "Cannot load library"):
        assert problem not in result.stderr, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000  # a real picture of a full window, not a blank one
    assert (tmp_path / "user" / "data" / "sample.accord").stat().st_size > 50_000
    log = tmp_path / "user" / "log" / "accord.log"
    if log.exists():  # once the app calls accord.logs.setup_logging()
        text = log.read_text(encoding="utf-8")
        assert "(bundle) starting" in text and "Traceback" not in text, text


def test_window_picture_shows_the_workbench(bundle, tmp_path):
    """The screenshot is the main window on the sample: documents listed, codes in the codebook."""
    from PySide6.QtGui import QImage

    shot = tmp_path / "out.png"
    assert run_bundle(bundle, tmp_path, "--sample", "--screenshot", str(shot)).returncode == 0
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # text, code colours and highlights, not an empty frame


def source_modules() -> list[str]:
    """Every accord module that imports in this (source) environment."""
    import accord

    names = ["accord"]
    for info in pkgutil.walk_packages(accord.__path__, "accord."):
        if info.name.endswith(".__main__"):  # `python -m accord.cli`: importing it runs the command
            continue
        try:
            importlib.import_module(info.name)
        except Exception:  # a module another change has half-written: not the bundle's business
            continue
        names.append(info.name)
    return names


def document_samples(folder: Path) -> dict[str, str]:
    """One small document per supported format, each with a known sentence."""
    folder.mkdir()
    sentence = "Interviewer: how was the first week"
    (folder / "a.txt").write_text(sentence + " (txt)", encoding="utf-8")
    (folder / "a.md").write_text(f"# Notes\n\n{sentence} (md)", encoding="utf-8")
    (folder / "a.html").write_text(f"<html><body><p>{sentence} (html)</p></body></html>", encoding="utf-8")
    (folder / "a.rtf").write_text(r"{\rtf1\ansi{\fonttbl{\f0 Times;}}\f0 " + sentence + r" (rtf)\par}",
                                  encoding="ascii")
    (folder / "latin1.txt").write_bytes(("Café, naïve, déjà vu: " + sentence + " (latin-1)").encode("cp1252"))
    expected = {"a.txt": "(txt)", "a.md": "(md)", "a.html": "(html)", "a.rtf": "(rtf)",
                "latin1.txt": "Café"}
    try:
        import docx

        document = docx.Document()
        document.add_paragraph(sentence + " (docx)")
        document.save(folder / "a.docx")
        expected["a.docx"] = "(docx)"
    except ImportError:
        pass
    try:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 10, sentence + " (pdf)")
        pdf.output(str(folder / "a.pdf"))
        expected["a.pdf"] = "(pdf)"
    except ImportError:
        pass
    try:
        from odf.opendocument import OpenDocumentText
        from odf.text import P

        document = OpenDocumentText()
        document.text.addElement(P(text=sentence + " (odt)"))
        document.save(str(folder / "a.odt"))
        expected["a.odt"] = "(odt)"
    except ImportError:
        pass
    return expected


def test_bundle_has_everything_loaded_by_name_or_on_first_use(bundle, tmp_path):
    """The CLI's command families, every document reader with its library, Qt's SVG support, the resources."""
    modules = source_modules()
    expected = document_samples(tmp_path / "docs")
    report = tmp_path / "report.json"
    result = run_bundle(bundle, tmp_path, ACCORD_BUNDLE_SELFTEST=str(report),
                        ACCORD_BUNDLE_SELFTEST_MODULES=",".join(modules),
                        ACCORD_BUNDLE_SELFTEST_DOCS=str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    found = json.loads(report.read_text(encoding="utf-8"))
    assert found["frozen"] is True
    assert found["errors"] == {}
    assert found["modules"] == {name: "ok" for name in modules}
    from accord.cli import main as cli

    assert found["cli_families"] == [m.__name__ for m in cli.FAMILIES]
    assert set(found["readers"]) == {".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm", ".odt", ".rtf",
                                     ".vtt", ".srt"}
    assert set(found["documents"]) == set(expected)
    for name, marker in expected.items():
        assert marker in found["documents"][name], (name, found["documents"][name])
    assert Path(found["resources"]).is_relative_to(bundle)
    assert "svg" in found["image_formats"] and found["svg_icon"] is True


def test_bundle_carries_the_resources_and_not_the_build_machines_gtk(bundle):
    internal = bundle / "_internal"
    for part in ("sample/project.json", "sample/codebook.json", "sample/interviews",
                 "templates/report.html.j2", "icons/accord.svg", "icons/accord-256.png",
                 "help/getting-started.html"):
        assert (internal / "resources" / part).exists(), part
    assert not list(internal.rglob("__pycache__"))
    if sys.platform.startswith("linux"):
        plugins = internal / "PySide6" / "Qt" / "plugins"
        for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                       "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
            assert (plugins / plugin).exists(), plugin
        assert not (plugins / "platformthemes" / "libqgtk3.so").exists()
        assert not list(internal.glob("libgtk-3.so*"))
        for name in ("install.sh", "accord.desktop", "accord-mime.xml"):
            assert (bundle / name).is_file(), name
        assert os.access(bundle / "install.sh", os.X_OK)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_install_script_inside_the_bundle_installs_it_for_the_user(bundle, tmp_path):
    home = tmp_path / "home"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    result = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    installed = home / ".local" / "opt" / "accord" / "Accord"
    assert os.access(installed, os.X_OK)
    entry = (home / ".local" / "share" / "applications" / "accord.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}" %f' in entry
