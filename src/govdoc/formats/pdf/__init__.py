"""PDF output and input: a typeset 公文 after GB/T 9704-2012 with embedded fonts, and its text read back.

Writing (:func:`write_pdf`): the PDF shows the canonical text of the Report (``write_text``) line
by line: the title in 22 pt 小标宋, headings in 黑体 / 楷体 / 仿宋 by level, body text in 16 pt 仿宋
with a two-character indent, 28 characters by 22 lines on A4 with margins 37/35/28/26 mm, every
line but a paragraph's last justified, Chinese line-breaking rules, page numbers "— 1 —" in 14 pt
宋体 (odd pages right, even pages left). A bookmark is added for every section, document info
(title, author = issuer, subject, keywords, creation date from ``meta.date``) is filled, and an
optional table of contents and table of figures (captions) follow the front matter. Fonts come
from :mod:`govdoc.formats.pdf.fonts` (public as :mod:`govdoc.fonts`). The output is deterministic:
the same Report and fonts give the same bytes.

Reading (:func:`read_pdf`): the characters of the text layer (pdfminer.six) are grouped into lines
by baseline, page numbers and running heads are dropped as furniture, wrapped lines are joined
back into the canonical text and :func:`govdoc.parse` reads it. PDFs written by govdoc carry a
layout note in their document info (``/GovdocLayout``: which drawn lines end a block, which are
furniture such as the table of contents), so they read back exactly; for other PDFs blocks are
found from indentation and line ends. Text round-trips within the characters the fonts cover
(see :mod:`govdoc.fonts`); with ``missing="replace"`` uncovered characters come back as 〓.

Limits: ``PdfStyle.max_pages`` (default 5000) when writing and ``max_pages`` (default
:data:`MAX_PAGES` = 5000) when reading raise :class:`~govdoc.errors.LimitError`.
"""

from __future__ import annotations

from typing import BinaryIO

from ...errors import FormatError
from ...io import PathLike, read_input, write_output
from ...model import Report
from .blocks import blocks
from .read import PdfLine, extract_lines, lines_to_text, pdf_text
from .style import MAX_PAGES, PAGE_NUMBER, PdfStyle
from .write import Fonts, build, resolve_fonts


def to_bytes(report: Report, *, fonts: Fonts = None, style: PdfStyle | None = None) -> bytes:
    """The PDF of ``report`` as bytes (see :func:`write_pdf`)."""
    style = style or PdfStyle()
    typeset = blocks(report)
    needed = "".join(b.shown for b in typeset) + style.page_number_format.format(page=0) + "0123456789目录图表"
    return build(report, resolve_fonts(fonts, needed, style.missing), style, typeset)


def write_pdf(report: Report, path_or_stream: PathLike | BinaryIO, *, fonts: Fonts = None,
              style: PdfStyle | None = None, force: bool = False) -> None:
    """Typeset ``report`` as a PDF after GB/T 9704 and write it to a path (atomically) or a stream.

    ``fonts`` is a :class:`~govdoc.fonts.FontResolver`, a resolved :class:`~govdoc.fonts.FontSet`,
    or a mapping ``role -> font file(s)`` put before the system fonts; ``style`` a :class:`PdfStyle`.
    Raises :class:`~govdoc.errors.FontError` when a character has no font and
    :class:`~govdoc.errors.OutputError` when the path exists and ``force`` is not set.
    """
    write_output(path_or_stream, to_bytes(report, fonts=fonts, style=style), force=force)


def from_bytes(data: bytes, *, source: str | None = None, max_pages: int | None = None) -> Report:
    """Read a Report from the bytes of a PDF (see :func:`read_pdf`)."""
    from ...parsing import parse

    text = pdf_text(data, source=source, max_pages=MAX_PAGES if max_pages is None else max_pages)
    if not text.strip():
        raise FormatError("the PDF has no text layer (a scan?)", source=source,
                          hint="run OCR on it first (e.g. ocrmypdf)")
    report: Report = parse(text, source=source)
    return report


def read_pdf(path_or_stream_or_bytes: PathLike | BinaryIO | bytes, *, source: str | None = None,
             max_pages: int | None = None) -> Report:
    """Read a Report from a PDF's text layer: lines in reading order, furniture dropped, then the parser.

    Raises :class:`~govdoc.errors.FormatError` for a broken, truncated or encrypted PDF and
    :class:`~govdoc.errors.LimitError` beyond ``max_pages``.
    """
    data, name = read_input(path_or_stream_or_bytes)
    return from_bytes(data, source=source or name, max_pages=max_pages)


__all__ = ["MAX_PAGES", "PAGE_NUMBER", "Fonts", "PdfLine", "PdfStyle", "extract_lines", "from_bytes", "lines_to_text",
           "pdf_text", "read_pdf", "to_bytes", "write_pdf"]
