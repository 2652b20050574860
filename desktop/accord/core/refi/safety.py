"""Reading untrusted REFI-QDA files safely: XML without entities, zips within limits.

* XML goes through defusedxml: a DTD that declares entities (billion laughs,
  external entities such as file:///etc/passwd) is refused before anything expands.
* A .qdpx is a zip. It is never extracted to disk; members are read into memory one
  at a time, and only after every member's name and declared size were checked:
  names that climb out of the archive ("../x", "/etc/x", "C:\\x") are refused, as are
  too many members, members or totals over the size caps, and members that compress
  suspiciously well (a zip bomb). Reading stops at the declared size, so a member
  that lies about its size cannot inflate past the cap either.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import RefiError

MAX_XML_BYTES = 128 * 1024 * 1024  # a project.qde or .qdc (texts are in Sources/)
MAX_SOURCE_BYTES = 64 * 1024 * 1024  # one text source or note
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # everything read from one archive
MAX_MEMBERS = 20_000
MAX_RATIO = 200  # uncompressed / compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


def parse_xml(data: bytes, where: str):
    """The root element of an XML document, parsed without entity expansion or network access."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise RefiError(
            f"{where}: refused: the XML declares entities or external references "
            f"({type(error).__name__}), which can be used to attack the reader"
        ) from error
    except ParseError as error:
        raise RefiError(f"{where}: not well-formed XML ({error})") from error
    except (ValueError, RecursionError) as error:
        raise RefiError(f"{where}: cannot be read as XML ({error})") from error


def read_small_file(path: Path, limit: int = MAX_XML_BYTES) -> bytes:
    """A whole file, refusing one larger than `limit` before reading it."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise RefiError(f"{path}: too large ({size:,} bytes; the limit is {limit:,})")
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as error:
        raise RefiError(f"{path}: cannot read ({error.strerror or error})") from error


@dataclass(frozen=True)
class Limits:
    max_members: int = MAX_MEMBERS
    max_xml: int = MAX_XML_BYTES
    max_source: int = MAX_SOURCE_BYTES
    max_total: int = MAX_TOTAL_BYTES
    max_ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR


class SafeZip:
    """A zip archive opened for reading members into memory within `Limits`."""

    def __init__(self, path: Path, limits: Limits | None = None):
        self.path = path
        self.limits = limits or Limits()
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile as error:
            raise RefiError(f"{path}: not a valid .qdpx (zip) archive ({error})") from error
        except OSError as error:
            raise RefiError(f"{path}: cannot read ({error.strerror or error})") from error
        try:
            self._check_members()
        except BaseException:
            self._zip.close()
            raise
        self.members = {info.filename: info for info in self._zip.infolist() if not info.is_dir()}
        self._folded = {name.lower(): name for name in self.members}

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_members(self) -> None:
        infos = self._zip.infolist()
        limits = self.limits
        if len(infos) > limits.max_members:
            raise RefiError(f"{self.path}: refused: {len(infos):,} files in the archive (the limit is "
                            f"{limits.max_members:,})")
        declared = 0
        for info in infos:
            _check_name(self.path, info.filename)
            declared += info.file_size
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise RefiError(f"{self.path}: refused: {info.filename!r} is compressed "
                                f"{info.file_size // max(info.compress_size, 1):,} to 1, like a zip bomb")
            if info.file_size > max(limits.max_xml, limits.max_source):
                raise RefiError(f"{self.path}: refused: {info.filename!r} would unpack to "
                                f"{info.file_size:,} bytes (the limit is {max(limits.max_xml, limits.max_source):,})")
        if declared > limits.max_total:
            raise RefiError(f"{self.path}: refused: the archive would unpack to {declared:,} bytes "
                            f"(the limit is {limits.max_total:,})")

    def find(self, name: str) -> str | None:
        """The member called `name` (exactly, else ignoring case), if any."""
        if name in self.members:
            return name
        return self._folded.get(name.lower())

    def names(self) -> list[str]:
        return list(self.members)

    def read(self, name: str, limit: int) -> bytes:
        """A member's bytes, refusing more than `limit` (or the archive's total budget)."""
        info = self.members[name]
        if info.file_size > limit:
            raise RefiError(f"{self.path}: refused: {name!r} is {info.file_size:,} bytes (the limit is {limit:,})")
        chunks, size = [], 0
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > limit or size > info.file_size:
                        raise RefiError(f"{self.path}: refused: {name!r} unpacks to more than it declares")
                    if self._read_total > self.limits.max_total:
                        raise RefiError(f"{self.path}: refused: the archive unpacks to more than "
                                        f"{self.limits.max_total:,} bytes")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as error:
            raise RefiError(f"{self.path}: {name!r} cannot be unpacked ({error})") from error
        except RuntimeError as error:  # encrypted members
            raise RefiError(f"{self.path}: {name!r} cannot be unpacked ({error})") from error
        except OSError as error:
            raise RefiError(f"{self.path}: {name!r} cannot be read ({error})") from error
        return b"".join(chunks)


def _check_name(path: Path, name: str) -> None:
    """Refuse member names that would land outside a folder they were extracted to."""
    unsafe = (
        not name
        or "\x00" in name
        or name.startswith(("/", "\\"))
        or (len(name) > 1 and name[1] == ":")  # C:\… or C:…
        or any(part == ".." for part in name.replace("\\", "/").split("/"))
    )
    if unsafe:
        raise RefiError(f"{path}: refused: the archive contains the unsafe path {name!r} "
                        "(it points outside the archive)")


def member_path(base: str, relative: str) -> str:
    """A member name under the folder `base` ("" for the archive's top)."""
    return str(PurePosixPath(base, relative)) if base else relative
