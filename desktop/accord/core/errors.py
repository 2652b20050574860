"""Errors the core raises for bad input: each carries a one-line message for the user."""


class AccordError(Exception):
    """Base class: the message names the file or value at fault."""


class ProjectFileError(AccordError):
    """The project file cannot be opened: not an Accord project, too new, damaged, unwritable."""


class ImportFailed(AccordError):
    """A document could not be imported; nothing of it was written."""


class NotFound(AccordError):
    """A document, code, coder, coding or memo named by the caller does not exist."""


class InvalidSpan(AccordError):
    """Offsets outside the text, or start > end."""


class InvalidValue(AccordError):
    """A name, colour or other value is not acceptable (empty, duplicate, malformed)."""


class Cancelled(AccordError):
    """The user stopped a long job (an import, a report); nothing of it was written."""
