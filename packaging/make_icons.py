"""Renders Accord's app icon, resources/icons/accord.svg, to the files desktops and installers want.

    .venv/bin/python packaging/make_icons.py            # writes into resources/icons/
    .venv/bin/python packaging/make_icons.py --check    # exit 1 if a committed file is stale/missing

Writes accord-16.png ... accord-512.png (Qt's QSvgRenderer, from PySide6-Essentials), and,
when Pillow is installed, accord.ico (Windows: 16-256 px) and accord.icns (macOS: 16-512 px,
PNG-encoded entries, so no Apple tool is needed). The output is committed; run this again
after changing the SVG. Without Pillow, see packaging/README.md for the commands that make
the .ico/.icns on the build machines.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "accord.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 24: Windows' small icons at 150 % scaling
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 64 and 1024 are the @2x of 32 and 512


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at size×size pixels on a transparent background, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data)


def build(svg: Path = SVG) -> dict[str, bytes]:
    """File name -> content of every icon file (the .ico/.icns only if Pillow is installed)."""
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    rendered = {size: render(renderer, size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    files = {f"accord-{size}.png": rendered[size] for size in PNG_SIZES}
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: accord.ico and accord.icns not written (see packaging/README.md)",
              file=sys.stderr)
        return files
    images = {size: Image.open(io.BytesIO(data)) for size, data in rendered.items()}
    files["accord.ico"] = _save(images[max(ICO_SIZES)], "ICO", sizes=[(s, s) for s in ICO_SIZES],
                                append_images=[images[s] for s in ICO_SIZES])
    files["accord.icns"] = _save(images[max(ICNS_SIZES)], "ICNS",
                                 append_images=[images[s] for s in ICNS_SIZES])
    return files


def _save(image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed files")
    parser.add_argument("--out", type=Path, default=ICONS, help="where to write (default: resources/icons)")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [name for name, data in files.items()
                 if not (args.out / name).exists() or (args.out / name).read_bytes() != data]
        for name in stale:
            print(f"{args.out / name}: missing or out of date; run packaging/make_icons.py", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}  ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
