"""The PDF reader's machinery: the text layer as lines, furniture, and wrapped lines joined into text.

One pass of pdfminer.six gives the lines of every page (characters grouped by baseline), the
document info and govdoc's embedded Report if there is one (:mod:`.embed`).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ...errors import FormatError, GovdocError, LimitError
from ...limits import hint
from .embed import find_attachment
from .style import MAX_PAGES, PAGE_NUMBER


@dataclass
class PdfLine:
    """One line of the text layer: its characters, baseline, left and right edge, font size."""

    text: str
    y: float
    x0: float
    x1: float
    size: float
    page: int
    page_height: float
    page_width: float


@dataclass
class Extracted:
    """What one pass over a PDF gives: its lines, its document info, govdoc's attachment if any."""

    lines: list[PdfLine]
    info: dict[str, Any]
    attachment: tuple[bytes, str] | None

    def pages(self) -> dict[int, list[str]]:
        """The text of every page, line by line (for the fingerprint of the embedded Report)."""
        out: dict[int, list[str]] = {}
        for line in self.lines:
            out.setdefault(line.page, []).append(line.text)
        return out


def extract(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES) -> Extracted:
    """Lines, document info and embedded Report of a PDF, in one pass.

    pdfminer's logger is left as the application set it (the ``govdoc`` command keeps its notes
    about damage it repairs off the terminal while it runs).
    """
    return _extract(data, source=source, max_pages=max_pages)


def extract_lines(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES
                  ) -> tuple[list[PdfLine], dict[str, Any]]:
    """The text layer of a PDF as lines in reading order, and its document info."""
    extracted = extract(data, source=source, max_pages=max_pages)
    return extracted.lines, extracted.info


def _extract(data: bytes, *, source: str | None, max_pages: int) -> Extracted:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise FormatError("not a PDF file (no %PDF- header)", source=source)
    if b"%%EOF" not in data[-2048:]:
        raise FormatError("the PDF is truncated (no %%EOF marker at its end)", source=source)
    try:
        parser = PDFParser(io.BytesIO(data))
        try:
            document = PDFDocument(parser)
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise _encrypted(source) from exc
        if getattr(document, "encryption", None):
            raise _encrypted(source)
        info: dict[str, Any] = {}
        for entry in document.info:
            info.update(entry)
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        lines: list[PdfLine] = []
        number = 0
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > max_pages:
                raise LimitError(f"the PDF has more than {max_pages} pages (pdf.max_pages)", source=source,
                                 hint=hint("pdf.max_pages"))
            interpreter.process_page(page)
            layout = device.get_result()
            chars: list[Any] = []
            stack: list[Any] = [layout]
            while stack:
                node = stack.pop()
                for child in node:
                    if isinstance(child, LTChar):
                        chars.append(child)
                    elif isinstance(child, LTContainer):
                        stack.append(child)
            lines.extend(_group(chars, number, layout.height, layout.width))
        if not number:
            raise FormatError("the PDF has no readable pages", source=source)
        try:
            attachment = find_attachment(document)
        except Exception:  # a damaged name tree of anyone's PDF: its text layer is still read
            attachment = None
    except GovdocError:
        raise
    except Exception as exc:  # pdfminer raises many exception types for broken files
        raise FormatError(f"cannot read the PDF: {type(exc).__name__}: {exc}", source=source) from exc
    return Extracted(lines, info, attachment)


def _encrypted(source: str | None) -> FormatError:
    return FormatError("the PDF is encrypted", source=source, hint="decrypt it first (e.g. qpdf --decrypt)")


def _group(chars: list[Any], page: int, height: float, width: float) -> list[PdfLine]:
    rows: list[list[Any]] = []
    for ch in sorted(chars, key=lambda c: (-round(c.matrix[5], 1), c.x0)):
        base = ch.matrix[5]
        if rows and abs(rows[-1][0].matrix[5] - base) < 0.3 * max(ch.size, 1.0):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    out = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        text = "".join(c.get_text() for c in row)
        out.append(PdfLine(text, row[0].matrix[5], row[0].x0, max(c.x1 for c in row),
                            max(c.size for c in row), page, height, width))
    return out


def _in_margin(line: PdfLine) -> bool:
    return line.y < line.page_height * 0.12 or line.y > line.page_height * 0.9


def _is_furniture(line: PdfLine) -> bool:
    return _in_margin(line) and bool(PAGE_NUMBER.match(line.text))


def _running_heads(lines: list[PdfLine]) -> set[str]:
    """Texts (digits folded) repeated in the top or bottom margin of at least half the pages: running
    heads and footers such as a document title or "第 3 页 共 9 页"."""
    pages = len({line.page for line in lines})
    if pages < 2:
        return set()
    seen: dict[str, set[int]] = {}
    for line in lines:
        if _in_margin(line):
            seen.setdefault(_fold(line.text), set()).add(line.page)
    return {key for key, on in seen.items() if len(on) >= max(2, pages / 2)}


def _fold(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", "".join(text.split()))


def lines_to_text(lines: list[PdfLine]) -> str:
    """The text of the lines for the parser: furniture (page numbers, running heads) dropped, wrapped
    lines joined into blocks by layout."""
    heads = _running_heads(lines)
    body = [line for line in lines
            if not _is_furniture(line) and not (heads and _in_margin(line) and _fold(line.text) in heads)]
    return _heuristic_text(body)


def _heuristic_text(lines: list[PdfLine]) -> str:
    """Blocks from layout alone: a line starts a block when it is indented, centred, of another
    size, or follows a line that stops short of the right edge."""
    out: list[str] = []
    previous: PdfLine | None = None
    right = max((line.x1 for line in lines), default=0.0)
    left = min((line.x0 for line in lines), default=0.0)
    for line in lines:
        starts = previous is None
        if previous is not None:
            size = max(line.size, 1.0)
            starts = (line.x0 > left + 0.9 * size or abs(line.size - previous.size) > 0.5
                      or previous.x1 < right - 1.5 * size)
        if starts or not out:
            out.append(line.text.strip())
        else:
            out[-1] += line.text
        previous = line
    return "\n".join(out) + "\n"


def pdf_text(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES) -> str:
    """The text of a PDF as the parser wants it: furniture removed, wrapped lines joined."""
    lines, _ = extract_lines(data, source=source, max_pages=max_pages)
    return lines_to_text(lines)


__all__ = ["Extracted", "PdfLine", "extract", "extract_lines", "lines_to_text", "pdf_text"]
