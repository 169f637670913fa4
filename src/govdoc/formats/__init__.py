"""One module (or package) per format, each with a reader and a writer around the one Report model.

Every format module exposes ``to_bytes(report) -> bytes`` and ``from_bytes(data, *, source=None)
-> Report``, which may also take ``limits=`` (a :class:`~govdoc.limits.Limits`; the limits are in
force while it runs either way). :data:`FORMATS` is how :func:`govdoc.read`, the CLI and batch conversion find them:
a module is imported on first use, so that a missing optional dependency only affects its own format.

**Recognising a format.** Each :class:`Format` declares how to recognise its bytes: a ``sniff``
function that is shown the first :data:`HEAD_BYTES` of the data and answers yes or no, and a
``tier`` saying how strong a yes is. :func:`detect_format` asks the tiers in order, binary
signatures first (``%PDF-``, a zip), then structured text (JSON, XML, HTML), then text formats with
a signature of their own; within a tier, the file name's extension breaks a tie. Data that no
format claims is read by its extension (so a damaged ``.docx`` gets the Word reader's error, not
the text parser's), else as raw text. Adding a format's sniffer is one line in the table below,
``sniff="govdoc.formats.html:sniff"`` for a function in a module that is loaded when first asked.
"""

from __future__ import annotations

import codecs
import functools
import importlib
import inspect
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from types import ModuleType
from typing import BinaryIO, Literal

from ..errors import GovdocError
from ..limits import Limits, resolve, use
from ..model import Report

Sniffer = Callable[[bytes], bool]
"""Recognises a format from the head of its data (BOM and leading whitespace included)."""

Tier = Literal["binary", "structured", "text"]
"""How strong a sniffer's yes is; :func:`detect_format` asks the tiers in this order."""

TIERS: tuple[Tier, ...] = ("binary", "structured", "text")

HEAD_BYTES = 4096
"""How much of the data a sniffer is shown."""


@dataclass(frozen=True)
class Format:
    """A format govdoc reads and writes: its name, file extensions, implementing module, and sniffer."""

    name: str
    extension: str
    """The extension of the files govdoc writes (``.txt``)."""
    module: str
    binary: bool
    """True when its output is not text (it cannot go to a terminal)."""
    sniff: Sniffer | str | None = None
    """Recognises the format's bytes: a function, or ``"module:function"`` imported when first asked."""
    tier: Tier = "structured"
    aliases: tuple[str, ...] = field(default=())
    """Other extensions its files go by (``.htm``)."""
    title: str = ""
    """What its files are, for help texts ("Word .docx")."""

    @property
    def extensions(self) -> tuple[str, ...]:
        """Every extension of the format, the one govdoc writes first."""
        return (self.extension, *self.aliases)

    def load(self) -> ModuleType:
        """Import the implementing module."""
        return importlib.import_module(self.module)

    @property
    def writer(self) -> Callable[[Report], bytes]:
        """``to_bytes`` of the format."""
        return self.load().to_bytes  # type: ignore[no-any-return]

    @property
    def reader(self) -> Callable[..., Report]:
        """``from_bytes`` of the format."""
        return self.load().from_bytes  # type: ignore[no-any-return]

    def read(self, data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Report:
        """Read ``data`` with the format's reader within ``limits`` (default: those in force), handed
        to it when it takes them and in force while it runs in any case (see :mod:`govdoc.limits`)."""
        chosen = resolve(limits)
        reader = self.reader
        with use(chosen):
            if _takes_limits(reader):
                return reader(data, source=source, limits=chosen)
            return reader(data, source=source)

    def recognises(self, head: bytes) -> bool:
        """True when the format's sniffer claims data that begins with ``head``."""
        sniff = self.sniff
        if isinstance(sniff, str):
            module, _, name = sniff.partition(":")
            sniff = getattr(importlib.import_module(module), name)
        return sniff is not None and bool(sniff(head))


@functools.cache
def _takes_limits(reader: Callable[..., Report]) -> bool:
    return "limits" in inspect.signature(reader).parameters


# ------------------------------------------------------------------------------------ sniffers


def _text(head: bytes) -> str:
    """The head as text for the structured sniffers: decoded by its BOM (UTF-8 without one),
    undecodable bytes dropped, leading whitespace stripped."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, "ignore").lstrip()
    return head.decode("utf-8", "ignore").lstrip()


def sniff_pdf(head: bytes) -> bool:
    """A PDF: ``%PDF-`` in the first KiB (readers allow a little junk before the header)."""
    return b"%PDF-" in head[:1024]


def sniff_docx(head: bytes) -> bool:
    """A .docx is a zip archive: the signature of a local file header."""
    return head.startswith(b"PK\x03\x04")


_JSON_OBJECT = re.compile(r'\{\s*("|\}|$)')


def sniff_json(head: bytes) -> bool:
    """A JSON object: ``{`` and then a key (or the end of the object)."""
    return _JSON_OBJECT.match(_text(head)) is not None


# What may stand before the root element of an XML document: declaration and processing
# instructions, comments, a doctype. Skipped with str.find, so the sniffer stays linear.
_PROLOG_ITEMS = (("<?", "?>"), ("<!--", "-->"), ("<!", ">"))
_ELEMENT = re.compile(r"<([\w.:\-]+)")


def _root_element(text: str) -> str | None:
    """The local name of the first element of ``text`` (None when the head ends before it)."""
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        for opener, closer in _PROLOG_ITEMS:
            if text.startswith(opener, pos):
                end = text.find(closer, pos + len(opener))
                if end < 0:
                    return None
                pos = end + len(closer)
                break
        else:
            element = _ELEMENT.match(text, pos)
            return element.group(1).rpartition(":")[2] if element else None


def sniff_xml(head: bytes) -> bool:
    """XML: a ``<report>`` root (govdoc's own), or any XML declaration that does not open an HTML page."""
    text = _text(head)
    if not text.startswith("<"):
        return False
    root = _root_element(text)
    if root is None:
        return text.startswith("<?xml")
    return root.lower() == "report" or (root.lower() != "html" and text.startswith("<?xml"))


# ---------------------------------------------------------------------------------- the registry

FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", ".txt", "govdoc.formats.text", binary=False, sniff="govdoc.formats.text:sniff", tier="text",
               aliases=(".text",), title="raw text in any supported encoding"),
        Format("json", ".json", "govdoc.formats.json", binary=False, sniff=sniff_json, title="govdoc JSON"),
        Format("xml", ".xml", "govdoc.formats.xml", binary=False, sniff=sniff_xml, title="govdoc XML"),
        Format("docx", ".docx", "govdoc.formats.docx", binary=True, sniff=sniff_docx, tier="binary",
               title="Word .docx"),
        Format("pdf", ".pdf", "govdoc.formats.pdf", binary=True, sniff=sniff_pdf, tier="binary", title="PDF"),
        Format("html", ".html", "govdoc.formats.html", binary=False, sniff="govdoc.formats.html:sniff",
               aliases=(".htm",), title="HTML pages"),
    )
}
"""Every format by name, in the order ties are broken when the extension does not decide."""


def readable() -> str:
    """The formats govdoc reads, in words, for help texts: "raw text ..., govdoc JSON, ... and PDF"."""
    titles = [f.title or f.name for f in FORMATS.values()]
    return ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles)


def input_extensions() -> tuple[str, ...]:
    """Every extension of every format: what a folder is searched for."""
    return tuple(ext for f in FORMATS.values() for ext in f.extensions)


def _by_extension(name: str) -> Format | None:
    key = name.lower() if name.startswith(".") else "." + name.lower()
    return next((f for f in FORMATS.values() if key in f.extensions), None)


def get_format(name: str) -> Format:
    """Look a format up by name (``json``) or extension (``.json``, ``txt``)."""
    found = FORMATS.get(name.lower().lstrip(".")) or _by_extension(name)
    if found is None:
        raise GovdocError(f"unknown format {name!r}", hint=f"choose one of {', '.join(FORMATS)}")
    return found


def detect_format(data: bytes, name: str | None = None) -> Format:
    """The format of ``data``: recognised by content (see the module docstring), the extension of
    ``name`` breaking ties, then by extension alone, then raw text."""
    head = data[:HEAD_BYTES]
    suffix = PurePath(name).suffix if name else ""
    named = _by_extension(suffix) if suffix else None
    for tier in TIERS:
        claims = [f for f in FORMATS.values() if f.tier == tier and f.recognises(head)]
        if claims:
            return named if named in claims else claims[0]
    return named or FORMATS["text"]


def read_any(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Report:
    """Read a Report from bytes in any format govdoc reads, recognised by :func:`detect_format`
    (``source`` names the data in errors; its extension only breaks ties), within ``limits``
    (default: those in force, see :mod:`govdoc.limits`)."""
    return detect_format(data, source).read(data, source=source, limits=limits)


def read(path_or_stream_or_bytes: str | os.PathLike[str] | BinaryIO | bytes, *, source: str | None = None,
         limits: Limits | None = None) -> Report:
    """Read a Report from a file in any format govdoc reads (:data:`FORMATS`: raw text in any supported
    encoding, govdoc JSON or XML, Word, PDF), the reader chosen by the content (:func:`detect_format`).

    A ``str`` is a path here (unlike :func:`govdoc.parse`, which takes text). ``source`` names the
    input in errors and in ``Meta.source`` (default: the file's name); ``limits`` bound the reading
    (default: those in force, see :mod:`govdoc.limits`). Raises GovdocError subclasses only: the
    file cannot be read or is too large, or its reader refuses it.
    """
    from ..io import read_input

    data, name = read_input(path_or_stream_or_bytes, limits=limits)
    try:
        return read_any(data, source=source or (PurePath(name).name if name else None), limits=limits)
    except GovdocError as exc:
        if exc.source is None and name is not None:
            exc.source = name
        raise


__all__ = ["FORMATS", "HEAD_BYTES", "TIERS", "Format", "Sniffer", "Tier", "detect_format", "get_format",
           "input_extensions", "read", "read_any", "readable", "sniff_docx", "sniff_json", "sniff_pdf", "sniff_xml"]
