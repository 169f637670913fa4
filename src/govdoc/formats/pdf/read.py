"""The PDF reader's machinery: one pass over the text layer, govdoc's attachment, typed lines.

The text layer is read with PDFium (:mod:`.textlayer`); its lines become the parser's typed lines
(:mod:`.lines`). govdoc's own PDFs carry their Report as an attachment whose fingerprint is
stored beside it (:mod:`.embed`): PDFium names the attachments, and only a PDF that has govdoc's
is opened again, by pdfminer.six, for the attachment and its fingerprint (PDFium does not give an
attachment's own dictionary).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ...errors import FormatError
from ...parsing.source import SourceLine
from ..properties import declared_fields
from .embed import ATTACHMENT, find_attachment
from .lines import source_lines
from .style import MAX_PAGES
from .textlayer import PdfLine, read_text_layer


@dataclass
class Extracted:
    """What one pass over a PDF gives: its lines, its document info, govdoc's attachment if any."""

    lines: list[PdfLine]
    info: dict[str, str]
    attachment: tuple[bytes, str] | None

    def pages(self) -> dict[int, list[str]]:
        """The text of every page, line by line (for the fingerprint of the embedded Report)."""
        out: dict[int, list[str]] = {}
        for line in self.lines:
            out.setdefault(line.page, []).append(line.text)
        return out

    def source_lines(self) -> list[SourceLine]:
        """The typed lines of the text layer (see :mod:`.lines`)."""
        return source_lines(self.lines)

    def declared(self) -> dict[str, str]:
        """What the document information declares, keyed by ``Meta`` field: the title and the author
        as issuer (see :mod:`govdoc.formats.properties`). Not the creation date: a PDF's is the day it
        was converted (LibreOffice, print drivers) far more often than the document's own."""
        return declared_fields(self.info.get("Title"), self.info.get("Author"), None)


def extract(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES) -> Extracted:
    """Lines, document info and embedded Report of a PDF."""
    layer = read_text_layer(data, source=source, max_pages=max_pages)
    attachment = _attachment(data) if ATTACHMENT in layer.attachments else None
    return Extracted(layer.lines, layer.info, attachment)


def _attachment(data: bytes) -> tuple[bytes, str] | None:
    """govdoc's attachment and its fingerprint, read with pdfminer (the document is not interpreted;
    the pdfminer logger is left as the user set it)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    try:
        return find_attachment(PDFDocument(PDFParser(io.BytesIO(data))))
    except Exception:  # a damaged name tree: the text layer is read instead
        return None


def extract_lines(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES
                  ) -> tuple[list[PdfLine], dict[str, str]]:
    """The text layer of a PDF as lines in reading order, and its document info."""
    layer = read_text_layer(data, source=source, max_pages=max_pages)
    return layer.lines, layer.info


def lines_to_text(lines: list[PdfLine]) -> str:
    """The text of the typed lines, one block a line: furniture (page numbers, running heads)
    dropped, lines wrapped by the layout joined."""
    return "".join(line.text + "\n" for line in source_lines(lines))


def pdf_text(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES) -> str:
    """The text of a PDF, one block a line (see :func:`lines_to_text`)."""
    lines, _ = extract_lines(data, source=source, max_pages=max_pages)
    return lines_to_text(lines)


def no_text_layer(source: str | None) -> FormatError:
    """The error for a PDF whose pages hold no text."""
    return FormatError("the PDF has no text layer (a scan?)", source=source, hint="run OCR on it first (e.g. ocrmypdf)")


__all__ = ["Extracted", "PdfLine", "extract", "extract_lines", "lines_to_text", "no_text_layer", "pdf_text"]
