"""Every configurable input limit of govdoc in one place: what it bounds, its default, how to raise it.

The limits live where they are enforced (the parser, the XML, Word and PDF modules each define
their own module-level defaults, and each call may pass its own); this module documents them
together and reads and sets them by one name, so that a deployment can see and tune them at once::

    >>> from govdoc import limits
    >>> limits.get("xml.max_depth")
    64
    >>> with limits.override({"xml.max_depth": 128}):
    ...     pass  # read deeper XML here

Exceeding any limit raises :class:`~govdoc.errors.LimitError` whose message names the limit and
whose hint says how to raise it. The table (``name``: default, where, what):

=========================== ============== =========================================================
``input.max_file_bytes``    512 MiB        any file read by the CLI, batch or ``read_*`` from a path
                                           (checked on its size before it is read)
``parse.max_bytes``         50 MiB         raw text given to :func:`govdoc.parse` (``max_bytes=``)
``xml.max_bytes``           16 MiB         XML given to :func:`govdoc.read_xml` (``max_bytes=``)
``xml.max_depth``           64             element nesting in XML (``max_depth=``); no DTD and no
                                           entity is ever expanded, whatever the limits
``docx.max_file_bytes``     100 MiB        the .docx file itself
``docx.max_uncompressed``   500 MiB        sum of the unpacked sizes of the .docx members
``docx.max_member_bytes``   200 MiB        unpacked size of one member
``docx.max_ratio``          200:1          compression ratio of a member above 1 MiB (a zip bomb)
``docx.max_members``        10,000         number of members of the archive
``pdf.max_pages``           5,000          pages read from a PDF (``max_pages=``) or written
=========================== ============== =========================================================

Line length and section count need no limit of their own: the parser is linear in the input
(``tests/benchmarks/hostile_speed.py``), so ``parse.max_bytes`` bounds them, and a section
hierarchy is at most as deep as there are numbering families (eight), so no input nests deeply.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .errors import GovdocError


@dataclass(frozen=True)
class Limit:
    """One limit: the module attribute that holds its default, what it bounds and how to raise it."""

    name: str
    module: str
    attribute: str
    what: str
    how_to_raise: str

    def get(self) -> int | float:
        """The current default (read from the module that enforces it)."""
        value: int | float = getattr(importlib.import_module(self.module), self.attribute)
        return value

    def set(self, value: int | float) -> None:
        """Change the default for this process (every later call that does not pass its own)."""
        setattr(importlib.import_module(self.module), self.attribute, value)


LIMITS: dict[str, Limit] = {
    limit.name: limit
    for limit in (
        Limit("input.max_file_bytes", "govdoc.io", "MAX_FILE_BYTES", "bytes of any input file read",
              "set govdoc.io.MAX_FILE_BYTES"),
        Limit("parse.max_bytes", "govdoc.parsing", "MAX_INPUT_BYTES", "bytes of raw text parse() accepts",
              "pass max_bytes= to govdoc.parse() or set govdoc.parsing.MAX_INPUT_BYTES"),
        Limit("xml.max_bytes", "govdoc.formats.xml", "MAX_BYTES", "bytes of XML read_xml() accepts",
              "pass max_bytes= to read_xml() or set govdoc.formats.xml.MAX_BYTES"),
        Limit("xml.max_depth", "govdoc.formats.xml", "MAX_DEPTH", "element nesting depth of XML",
              "pass max_depth= to read_xml() or set govdoc.formats.xml.MAX_DEPTH"),
        Limit("docx.max_file_bytes", "govdoc.formats.docx", "MAX_FILE_BYTES", "bytes of a .docx file",
              "set govdoc.formats.docx.MAX_FILE_BYTES"),
        Limit("docx.max_uncompressed", "govdoc.formats.docx", "MAX_UNCOMPRESSED_BYTES",
              "unpacked bytes of all .docx members", "set govdoc.formats.docx.MAX_UNCOMPRESSED_BYTES"),
        Limit("docx.max_member_bytes", "govdoc.formats.docx", "MAX_MEMBER_BYTES",
              "unpacked bytes of one .docx member", "set govdoc.formats.docx.MAX_MEMBER_BYTES"),
        Limit("docx.max_ratio", "govdoc.formats.docx", "MAX_COMPRESSION_RATIO",
              "compression ratio of a .docx member above 1 MiB", "set govdoc.formats.docx.MAX_COMPRESSION_RATIO"),
        Limit("docx.max_members", "govdoc.formats.docx", "MAX_MEMBERS", "members of a .docx archive",
              "set govdoc.formats.docx.MAX_MEMBERS"),
        Limit("pdf.max_pages", "govdoc.formats.pdf", "MAX_PAGES", "pages of a PDF read",
              "pass max_pages= to read_pdf() or set govdoc.formats.pdf.MAX_PAGES"),
    )
}
"""Every limit by name; see the module docstring for the table."""


def _limit(name: str) -> Limit:
    try:
        return LIMITS[name]
    except KeyError:
        raise GovdocError(f"unknown limit {name!r}", hint=f"choose one of {', '.join(LIMITS)}") from None


def get(name: str) -> int | float:
    """The current value of the limit ``name`` (e.g. ``"xml.max_depth"``); GovdocError if unknown."""
    return _limit(name).get()


def current() -> dict[str, int | float]:
    """Every limit and its current value."""
    return {name: limit.get() for name, limit in LIMITS.items()}


def set_limit(name: str, value: int | float) -> None:
    """Set the default of the limit ``name`` for this process; GovdocError if unknown or not positive.

    The command line sets them with ``govdoc --limit NAME=VALUE``.
    """
    if not value > 0:
        raise GovdocError(f"limit {name} must be positive, not {value!r}")
    _limit(name).set(value)


@contextlib.contextmanager
def override(values: Mapping[str, int | float]) -> Iterator[None]:
    """Set some limits for the duration of a ``with`` block, then restore them."""
    saved = {name: get(name) for name in values}
    try:
        for name, value in values.items():
            set_limit(name, value)
        yield
    finally:
        for name, value in saved.items():
            _limit(name).set(value)


__all__ = ["LIMITS", "Limit", "current", "get", "override", "set_limit"]
