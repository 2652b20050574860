"""Automatic code colours: a palette of distinguishable mid-tones, then lighter and darker variants.

`next_colour(used)` never repeats a colour in use while the palette has a free
one; once all are taken it varies their lightness, still avoiding colours in
use. Pure functions, no database, no Qt.
"""

import colorsys
from collections.abc import Iterable

# Mid-tone colours that work both as swatches and, lightened, as highlights; the first ten
# are Tableau 10, the rest chosen to stay apart from them and from each other.
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#a0cbe8", "#8cd17d", "#b6992d", "#d37295", "#79706e",
    "#d4a6c8", "#1f9e89", "#c7522a", "#5d6bb5", "#a2c11c",
    "#00a6b4", "#8f2d56",
)
# Lightness steps for the rounds after the palette is used up: lighter, darker, then further.
_SHIFTS = (0.12, -0.12, 0.22, -0.22, 0.06, -0.06, 0.17, -0.17)


def vary_lightness(colour: str, shift: float) -> str:
    """`colour` ("#rrggbb") with its HLS lightness moved by `shift`, kept within 0.12–0.88."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    lightness = min(0.88, max(0.12, lightness + shift))
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(hue, lightness, saturation))


def next_colour(used: Iterable[str]) -> str:
    """The first palette colour not in `used`; when all are, the first unused lightness variant."""
    taken = {colour.lower() for colour in used}
    for colour in PALETTE:
        if colour not in taken:
            return colour
    for shift in _SHIFTS:
        for colour in PALETTE:
            variant = vary_lightness(colour, shift)
            if variant not in taken:
                return variant
    return PALETTE[len(taken) % len(PALETTE)]  # hundreds of codes: repeating is unavoidable
