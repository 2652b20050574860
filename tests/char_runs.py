"""Character sets back to spans, for the tests that recompute a result character by character."""


def runs(chars) -> list[tuple[int, int]]:
    """The maximal runs [start, end) of consecutive characters in a set of offsets."""
    found: list[list[int]] = []
    for c in sorted(chars):
        if found and found[-1][1] == c:
            found[-1][1] = c + 1
        else:
            found.append([c, c + 1])
    return [tuple(r) for r in found]
