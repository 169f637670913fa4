"""One module per format, each with a reader and a writer around the one Report model.

Every format module exposes ``to_bytes(report) -> bytes`` and ``from_bytes(data, *, source=None)
-> Report``; the table below is how the CLI and batch conversion find them, loaded on first use so
that a missing optional dependency only affects its own format.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from ..errors import GovdocError
from ..model import Report


@dataclass(frozen=True)
class Format:
    """A format govdoc reads and writes: its name, file extension and implementing module."""

    name: str
    extension: str
    module: str
    binary: bool

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


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", ".txt", "govdoc.formats.text", binary=False),
        Format("json", ".json", "govdoc.formats.json", binary=False),
        Format("xml", ".xml", "govdoc.formats.xml", binary=False),
        Format("docx", ".docx", "govdoc.formats.docx", binary=True),
        Format("pdf", ".pdf", "govdoc.formats.pdf", binary=True),
        Format("html", ".html", "govdoc.formats.html", binary=False),
    )
}


def get_format(name: str) -> Format:
    """Look a format up by name (``json``) or extension (``.json``)."""
    key = name.lower().lstrip(".")
    if key == "txt":
        key = "text"
    if key not in FORMATS:
        raise GovdocError(f"unknown format {name!r}", hint=f"choose one of {', '.join(FORMATS)}")
    return FORMATS[key]


def detect_format(data: bytes, name: str | None = None) -> Format:
    """Guess the format of input bytes from their content, then from the file name's extension."""
    head = data[:64].lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"%PDF"):
        return FORMATS["pdf"]
    if head.startswith(b"PK\x03\x04"):
        return FORMATS["docx"]
    if head.startswith((b"<?xml", b"<report")):
        return FORMATS["xml"]
    suffix = name.lower().rsplit(".", 1)[-1] if name is not None and "." in name else ""
    if suffix in ("xml", "json", "docx", "pdf"):
        return FORMATS[suffix]
    return FORMATS["text"]


def read_any(data: bytes, *, source: str | None = None) -> Report:
    """Read a Report from bytes in any format govdoc reads (raw text, JSON, XML, .docx, PDF)."""
    return detect_format(data, source).reader(data, source=source)
