"""The error every REFI-QDA problem surfaces as: one line naming the file and what is wrong."""

from ..errors import AccordError


class RefiError(AccordError):
    """A REFI-QDA file cannot be read or written; the project was not changed."""
