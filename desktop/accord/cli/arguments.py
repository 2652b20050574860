"""What the command families share about their arguments: the argparse types that check
a number before any handler runs, and the two errors a handler raises about its arguments.

Kept apart from `main.py` so that the families can import it without importing the
parser that imports them.
"""

import argparse

from ..core.errors import AccordError


class CommandError(AccordError):
    """A command refused to run (e.g. a deletion without --yes); the message says why."""


class UsageError(Exception):
    """The arguments do not fit together; reported like argparse's own usage errors (exit 2)."""


def position(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; positions count from 0")
    return number


def occurrence(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: occurrences count from 1")
    return number


def coding_id(value: str) -> int:
    number = int(value)
    if not 0 <= number < 2**63:
        raise argparse.ArgumentTypeError(f"{value} is not a coding id")
    return number


# argparse names the type in its messages ("invalid position value: 'x'").
position.__name__ = "position"
occurrence.__name__ = "occurrence"
coding_id.__name__ = "coding id"
