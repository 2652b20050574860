"""The files that make Accord a desktop application: icons, Linux menu entry and file type, the spec.

Fast (no bundle is built); the install script runs against a stand-in bundle in a temporary home.
"""

import ast
import configparser
import os
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from accord.core.sample import build_sample

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-accord-project"


# -- icons ----------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256, 512])
def test_png_icon_at_each_usual_size(size):
    image = QImage(str(ICONS / f"accord-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners: transparent, not white
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_and_macos_icons():
    ico = (ICONS / "accord.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6  # 16 ... 256 px
    icns = (ICONS / "accord.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    for entry in (b"ic07", b"ic08", b"ic09", b"ic10"):  # 128, 256, 512, 1024 px
        assert entry in icns


def test_icons_are_rendered_from_the_svg(tmp_path):
    """make_icons.py runs and draws the SVG (same size, same picture as the committed PNG)."""
    result = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    fresh, committed = QImage(str(tmp_path / "accord-64.png")), QImage(str(ICONS / "accord-64.png"))
    assert fresh.size() == committed.size()
    differing = sum(fresh.pixel(x, y) != committed.pixel(x, y) for x in range(64) for y in range(64))
    assert differing < 64 * 64 // 50  # a renderer update may move a few edge pixels, not redraw it


# -- Linux: menu entry and file type -----------------------------------------------------------

def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "accord.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Accord"
    assert entry["Exec"] == "Accord %f"  # install.sh puts the installed program's path here
    assert entry["Icon"] == "accord"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;Education;Science;"
    assert entry["MimeType"] == f"{MIME_TYPE};"


def test_desktop_entry_passes_desktop_file_validate():
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed")
    result = subprocess.run(["desktop-file-validate", str(LINUX / "accord.desktop")],
                            capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if "error:" in line]
    assert result.returncode == 0 and not errors, result.stdout


def test_mime_type_matches_real_project_files(tmp_path):
    """*.accord by name; by content, the SQLite header with Accord's application_id ("ACRD" at 68)."""
    mime = ET.parse(LINUX / "accord-mime.xml").getroot().find(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.accord"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"
    outer = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    inner = outer.find(f"{MIME_NS}match")
    header = build_sample(tmp_path / "study.accord").read_bytes()[:100]
    for match in (outer, inner):
        offset, value = int(match.get("offset")), match.get("value").encode()
        assert header[offset:offset + len(value)] == value


# -- Linux: install.sh ---------------------------------------------------------------------------

@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """A folder shaped like dist/Accord: a program and _internal/resources/icons."""
    bundle = tmp_path / "dist" / "Accord"
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    program = bundle / "Accord"
    program.write_text("#!/bin/sh\necho Accord \"$@\"\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return bundle


def run_install(home: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": path or os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(["sh", str(LINUX / "install.sh"), *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("sh") is None,
                    reason="the Linux install script")
@pytest.mark.parametrize("tools", ["xdg-utils if installed", "plain copies"])
def test_install_registers_menu_entry_icons_and_file_type_then_uninstall_removes_them(
        tmp_path, fake_bundle, tools):
    home = tmp_path / "home"
    path = None
    if tools == "plain copies":  # a PATH with the basic commands but no xdg-* tools
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        for command in ("sh", "cp", "mv", "rm", "mkdir", "mktemp", "sed", "tr", "dirname", "update-mime-database"):
            if shutil.which(command):
                (bin_dir / command).symlink_to(shutil.which(command))
        path = str(bin_dir)
    result = run_install(home, str(fake_bundle), path=path)
    assert result.returncode == 0, result.stderr

    share = home / ".local" / "share"
    program = home / ".local" / "opt" / "accord" / "Accord"
    assert program.read_text() == (fake_bundle / "Accord").read_text()
    entry = (share / "applications" / "accord.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in entry and f"TryExec={program}\n" in entry
    assert f"MimeType={MIME_TYPE};" in entry
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "accord.png").exists()
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.png").exists()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "accord.svg").exists()
    assert (share / "mime" / "packages" / "accord-mime.xml").exists()
    if shutil.which("update-mime-database"):
        assert f"{MIME_TYPE}:*.accord" in (share / "mime" / "globs2").read_text()
    if tools != "plain copies" and shutil.which("xdg-mime"):
        assert f"{MIME_TYPE}=accord.desktop" in (home / ".config" / "mimeapps.list").read_text()

    again = run_install(home, str(fake_bundle), path=path)  # installing over an installation is fine
    assert again.returncode == 0, again.stderr

    removed = run_install(home, "--uninstall", path=path)
    assert removed.returncode == 0, removed.stderr
    assert not program.exists()
    assert not (share / "applications" / "accord.desktop").exists()
    assert not (share / "mime" / "packages" / "accord-mime.xml").exists()
    assert not list((share / "icons").rglob("accord.png"))
    if (home / ".config" / "mimeapps.list").exists():
        assert MIME_TYPE not in (home / ".config" / "mimeapps.list").read_text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install script")
def test_install_without_a_bundle_says_how_to_build_one(tmp_path):
    result = run_install(tmp_path / "home", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "pyinstaller --noconfirm packaging/accord.spec" in result.stderr
    assert not (tmp_path / "home").exists()


# -- the spec ---------------------------------------------------------------------------------------

def test_spec_is_python_with_the_macos_document_type_and_the_hidden_imports():
    source = (PACKAGING / "accord.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for needed in ('collect_submodules("accord")', '"CFBundleDocumentTypes"', '"UTExportedTypeDeclarations"',
                   '"public.filename-extension": ["accord"]', 'sys.platform == "darwin"', "accord.ico",
                   "accord.icns", '"resources"'):
        assert needed in source, needed
