"""A code's texts in REFI's single <Description>, and back.

REFI-QDA gives a code one Description; Accord has five texts (description, definition,
inclusion, exclusion, example). They are written as one readable text, so other tools
show them all:

    The description.

    Definition: …

    Include: …

    Exclude: …

    Example: …

Each label is preceded by an invisible WORD JOINER (U+2060). That is what `split`
looks for, so a description that merely contains "Definition: " (ours or another
tool's) is never cut up, while a codebook Accord wrote, even passed on by another
tool, comes back part by part. Empty parts are left out.
"""

import re

LABELS = (("definition", "Definition"), ("inclusion", "Include"), ("exclusion", "Exclude"),
          ("example", "Example"))
_MARK = "\u2060"
_SEPARATOR = "\n\n"
_LABEL = re.compile(r"(?:^|\n\n)" + _MARK + "(" + "|".join(label for _, label in LABELS) + "): ")
_BY_LABEL = {label: field for field, label in LABELS}
_ORDER = [label for _, label in LABELS]


def compose(description: str, **parts: str) -> str:
    pieces = [description] if description else []
    for field_name, label in LABELS:
        if parts.get(field_name):
            pieces.append(f"{_MARK}{label}: {parts[field_name]}")
    return _SEPARATOR.join(pieces)


def split(text: str) -> dict[str, str]:
    """{field: text} for the description and whichever labelled parts the text holds."""
    fields = {"description": text}
    # Only labels in the written order, each once, count; anything else is part of a text.
    chosen, last = [], -1
    for match in _LABEL.finditer(text):
        rank = _ORDER.index(match.group(1))
        if rank > last:
            chosen.append(match)
            last = rank
    if not chosen:
        return fields
    fields["description"] = text[:chosen[0].start()]
    for match, following in zip(chosen, chosen[1:] + [None]):
        end = following.start() if following else len(text)
        fields[_BY_LABEL[match.group(1)]] = text[match.end():end]
    return fields
