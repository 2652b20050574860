"""Automatic code colours: no repeats while the palette lasts, then lightness variants."""

import itertools
import math

from accord.core.codebook import create_code, recolour_code
from accord.core.palette import PALETTE, next_colour, vary_lightness
from accord.core.project import Project
from hypothesis import given
from hypothesis import strategies as st


def _lab(colour: str) -> tuple[float, float, float]:
    def linear(u: float) -> float:
        return u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(u: float) -> float:
        return u ** (1 / 3) if u > 0.008856 else 7.787 * u + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_the_palette_has_at_least_20_distinguishable_colours():
    assert len(PALETTE) >= 20
    assert len(set(PALETTE)) == len(PALETTE)
    closest = min(math.dist(_lab(a), _lab(b)) for a, b in itertools.combinations(PALETTE, 2))
    assert closest > 15  # CIE76 ΔE: clearly different side by side


def test_no_colour_repeats_until_the_palette_is_used_up():
    used: list[str] = []
    for _ in range(len(PALETTE)):
        used.append(next_colour(used))
    assert sorted(used) == sorted(PALETTE)


def test_after_the_palette_the_lightness_varies_and_still_no_repeats():
    used = list(PALETTE)
    more = []
    for _ in range(len(PALETTE) * 2):
        colour = next_colour(used + more)
        assert colour not in used + more
        more.append(colour)
    assert more[0] == vary_lightness(PALETTE[0], 0.12) != PALETTE[0]
    assert all(len(c) == 7 and c.startswith("#") for c in more)


def test_a_freed_colour_is_used_again_first():
    used = [c for c in PALETTE if c != PALETTE[5]]
    assert next_colour(used) == PALETTE[5]
    assert next_colour([c.upper() for c in PALETTE[:3]]) == PALETTE[3]  # case does not matter


@given(st.lists(st.sampled_from(PALETTE), max_size=len(PALETTE) - 1))
def test_any_palette_colour_left_free_is_chosen(used):
    colour = next_colour(used)
    assert colour in PALETTE and colour not in used


def test_new_codes_skip_colours_already_in_use():
    project = Project.in_memory()
    with project.command("codes"):
        first = create_code(project.db, "a")
        recolour_code(project.db, first.id, PALETTE[1])  # a (now) takes the second colour
        second = create_code(project.db, "b")
        third = create_code(project.db, "c")
    assert (first.color, second.color, third.color) == (PALETTE[0], PALETTE[0], PALETTE[2])
    with project.command("more"):
        colours = [create_code(project.db, f"x{i}").color for i in range(len(PALETTE) - 3)]
    assert set(colours) | {PALETTE[0], PALETTE[1], PALETTE[2]} == set(PALETTE)
    project.close()
