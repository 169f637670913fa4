"""A PDF's text layer as lines of characters with their positions and fonts, read with PDFium.

PDFium (through pypdfium2, BSD/Apache) gives every character of a page with its code point,
origin and font size in one text page per page; read_pdf is five to seven times faster with it than
with pdfminer.six, and gets the same characters (``tests/benchmarks/pdf_speed.py`` measures both).
Characters PDFium makes up (the spaces and line ends it infers from gaps) are left out, so a line
holds what the page draws, as pdfminer without layout analysis gave it, with two exceptions: an
inferred space is kept where its gap is as wide as a typed space (PDFium re-derives the spaces a
page draws), and PDFium's codes for a hyphen ending a line (U+0002, U+FFFE) are the hyphen again.

Characters are grouped into lines by baseline (a character within 0.3 of its size of a line's
baseline is on that line), top to bottom, left to right, as before. Each line knows whether it
opens bold: the font of its first character is bold by name (Bold, Black, Heavy, 黑体, Hei) or by
weight (≥ 600), its glyphs are filled and stroked (text render mode 2, Word's emulated bold), or
its text object is drawn twice at almost the same place (fake bold: PDFium keeps one copy of a
doubled object, which is why doubled text comes out single here).

Safety: a file without the ``%PDF-`` header or without ``%%EOF`` near its end is refused before
PDFium sees it, an encrypted file is refused (whether or not it opens without a password), and
``max_pages`` is checked on the page count before any page is read. PDFium is not thread-safe:
every use goes through one lock.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ...errors import FormatError, GovdocError, LimitError
from ...limits import hint

_LOCK = threading.Lock()
_BOLD_NAME = re.compile(r"bold|black|heavy|黑体|hei", re.IGNORECASE)
_BOLD_WEIGHT = 600
_FILL_STROKE = 2  # FPDF_TEXTRENDERMODE_FILL_STROKE
_TEXT_OBJECT = 1  # FPDF_PAGEOBJ_TEXT
_DOUBLE = 1.0  # points: two copies of a text object this close are one glyph set in fake bold
_DROPPED = frozenset((0, 0xFFFF))
_SPACES = frozenset(" \r\n")
_HYPHENS = frozenset("\x02\ufffe")  # PDFium's codes for a hyphen ending a line ("4月22日-" / "24日")


@dataclass
class PdfLine:
    """One line of the text layer: its characters, baseline, left and right edge, font size, page,
    the page's size, and whether it opens bold."""

    text: str
    y: float
    x0: float
    x1: float
    size: float
    page: int
    page_height: float
    page_width: float
    bold: bool = False


@dataclass
class TextLayer:
    """What one pass over a PDF gives: the lines of every page, the document information
    dictionary (Title, Author, CreationDate, …) and the names of its embedded files."""

    lines: list[PdfLine]
    info: dict[str, str] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    pages: int = 0


@dataclass(slots=True)
class _Char:
    text: str
    x: float
    y: float
    size: float
    index: int
    inferred: bool = False  # a space PDFium inferred from a gap


def _check_bytes(data: bytes, source: str | None) -> None:
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise FormatError("not a PDF file (no %PDF- header)", source=source)
    if b"%%EOF" not in data[-2048:]:
        raise FormatError("the PDF is truncated (no %%EOF marker at its end)", source=source)


def _encrypted(source: str | None) -> FormatError:
    return FormatError("the PDF is encrypted", source=source, hint="decrypt it first (e.g. qpdf --decrypt)")


def read_text_layer(data: bytes, *, source: str | None = None, max_pages: int) -> TextLayer:
    """The lines, document information and attachment names of a PDF.

    Raises FormatError for a file that is not a PDF, truncated, damaged or encrypted, LimitError
    for more than ``max_pages`` pages.
    """
    _check_bytes(data, source)
    with _LOCK:
        try:
            return _read(data, source, max_pages)
        except GovdocError:
            raise
        except Exception as exc:  # PDFium's errors, and anything a damaged file provokes
            raise FormatError(f"cannot read the PDF: {type(exc).__name__}: {exc}", source=source) from exc


def _read(data: bytes, source: str | None, max_pages: int) -> TextLayer:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise _encrypted(source) from exc
        raise FormatError(f"cannot read the PDF: {exc}", source=source) from exc
    try:
        if raw.FPDF_GetSecurityHandlerRevision(document.raw) != -1:
            raise _encrypted(source)
        count = len(document)
        if count > max_pages:
            raise LimitError(f"the PDF has {count} pages, more than {max_pages} (pdf.max_pages)", source=source,
                             hint=hint("pdf.max_pages"))
        if count == 0:
            raise FormatError("the PDF has no readable pages", source=source)
        lines: list[PdfLine] = []
        for number in range(count):
            lines.extend(_page_lines(document, number, raw))
        info = {key: value for key, value in document.get_metadata_dict().items() if value}
        return TextLayer(lines, info, list(_attachment_names(document, raw)), count)
    finally:
        document.close()


def _attachment_names(document: Any, raw: Any) -> Iterator[str]:
    buffer = (ctypes.c_ushort * 512)()
    for index in range(max(raw.FPDFDoc_GetAttachmentCount(document.raw), 0)):
        attachment = raw.FPDFDoc_GetAttachment(document.raw, index)
        if not attachment:
            continue
        size = raw.FPDFAttachment_GetName(attachment, buffer, ctypes.sizeof(buffer))
        if size >= 2:
            yield bytes(buffer)[: min(size, ctypes.sizeof(buffer)) - 2].decode("utf-16-le", "replace")


def _page_lines(document: Any, number: int, raw: Any) -> list[PdfLine]:
    page = document[number]
    try:
        box = page.get_bbox()
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage.raw, raw, box[0], box[1])
            if not chars:
                return []
            doubled = _doubled_objects(page.raw, raw)
            return [_line(row, textpage.raw, raw, number + 1, box, doubled) for row in _rows(chars)]
        finally:
            textpage.close()
    finally:
        page.close()


SPACE_MIN, SPACE_MAX = 0.45, 0.9
"""A space PDFium infers is kept where its gap is as wide as a typed space (in font sizes):
narrower gaps are spacing between scripts, wider ones justification, tabs or table columns."""


def _page_text(textpage: Any, raw: Any, count: int) -> str:
    """The page's characters in one call; one call per character where the bulk text would not line
    up with the character indices (PDFium leaves out characters without a code, and writes those
    beyond the BMP as two UTF-16 units)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: count * 2].decode("utf-16-le", "replace")
    if written == count + 1 and len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(textpage, index)) for index in range(count))


def _gap_start(textpage: Any, raw: Any, before: list[_Char], x: float, y: float, left: float) -> float:
    """Where the gap an inferred space stands for starts: at the advance of the character before it on
    its line (PDFium puts the space itself at either end of the gap), else at the space."""
    if not before or abs(before[-1].y - y) >= 0.3 * before[-1].size:
        return x
    box = raw.FS_RECTF()
    if not raw.FPDFText_GetLooseCharBox(textpage, before[-1].index, box):
        return x
    return float(box.right) - left


def _chars(textpage: Any, raw: Any, left: float, bottom: float) -> list[_Char]:
    """The characters the page draws, with origin and size; PDFium's inferred spaces only where they
    stand for a typed space (see :data:`SPACE_MIN`: PDFium re-derives the spaces a page draws)."""
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = _page_text(textpage, raw, count)
    x, y = ctypes.c_double(), ctypes.c_double()
    generated, origin, font_size = raw.FPDFText_IsGenerated, raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize
    out: list[_Char] = []
    gap: _Char | None = None  # an inferred space waiting for the character after it
    last_y, size = None, 0.0
    for index, ch in enumerate(text):
        if ch in _SPACES and generated(textpage, index) == 1:
            if ch == " ":
                origin(textpage, index, x, y)
                start = _gap_start(textpage, raw, out, x.value - left, y.value - bottom, left)
                gap = _Char(" ", start, y.value - bottom, size, index, inferred=True)
            continue
        if ord(ch) in _DROPPED or "\ud800" <= ch <= "\udfff":
            continue
        if ch in _HYPHENS:
            ch = "-"
        origin(textpage, index, x, y)
        if y.value != last_y:
            last_y, size = y.value, font_size(textpage, index)
        here = _Char(ch, x.value - left, y.value - bottom, size, index)
        if gap is not None and out and out[-1].text != " " and abs(gap.y - here.y) < 0.3 * size and (
                SPACE_MIN * size <= here.x - gap.x <= SPACE_MAX * size):
            out.append(gap)
        gap = None
        out.append(here)
    return out


def _rows(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped by baseline, top to bottom, each row left to right."""
    rows: list[list[_Char]] = []
    for ch in sorted(chars, key=lambda c: (-round(c.y, 1), c.x)):
        if rows and abs(rows[-1][0].y - ch.y) < 0.3 * max(ch.size, 1.0):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    for k, row in enumerate(rows):
        row.sort(key=lambda c: c.x)
        if any(ch.inferred for ch in row):  # a space the page also draws (out of order) is kept once
            rows[k] = [ch for i, ch in enumerate(row) if not (ch.inferred and any(
                other.text == " " and not other.inferred and abs(other.x - ch.x) < 0.5 * ch.size
                for other in row[max(i - 1, 0):i + 2]))]
    return rows


def _doubled_objects(page: Any, raw: Any) -> list[tuple[float, float, float, float]]:
    """Boxes of text objects drawn again right after themselves at almost the same place."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    doubled = []
    previous: tuple[float, float, float, float] | None = None
    for index in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(obj) != _TEXT_OBJECT:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        if previous is not None and all(abs(a - b) <= _DOUBLE for a, b in zip(box, previous, strict=True)):
            doubled.append(box)
        previous = box
    return doubled


def _opens_bold(textpage: Any, raw: Any, index: int, doubled: list[tuple[float, float, float, float]]) -> bool:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage, index, buffer, ctypes.sizeof(buffer), flags)
    if _BOLD_NAME.search(buffer.value.decode("latin-1")) or raw.FPDFText_GetFontWeight(textpage, index) >= _BOLD_WEIGHT:
        return True
    obj = raw.FPDFText_GetTextObject(textpage, index)
    if obj and raw.FPDFTextObj_GetTextRenderMode(obj) == _FILL_STROKE:
        return True
    if doubled and obj:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            box = (left.value, bottom.value, right.value, top.value)
            return any(all(abs(a - b) <= _DOUBLE for a, b in zip(box, other, strict=True)) for other in doubled)
    return False


def _line(row: list[_Char], textpage: Any, raw: Any, page: int, box: tuple[float, float, float, float],
          doubled: list[tuple[float, float, float, float]]) -> PdfLine:
    """A row of characters as a line; its right edge is the last character's advance box."""
    left, bottom, right, top = box
    last = row[-1]
    rect = raw.FS_RECTF()
    x1 = rect.right - left if raw.FPDFText_GetLooseCharBox(textpage, last.index, rect) else last.x + last.size
    opening = next((ch for ch in row if not ch.text.isspace()), row[0])
    return PdfLine("".join(ch.text for ch in row), row[0].y, row[0].x, max(x1, last.x), max(ch.size for ch in row),
                   page, top - bottom, right - left, _opens_bold(textpage, raw, opening.index, doubled))


__all__ = ["PdfLine", "TextLayer", "read_text_layer"]
