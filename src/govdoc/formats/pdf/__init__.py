"""PDF output and input: a typeset 公文 after GB/T 9704-2012 with embedded fonts, and its text read back.

Writing (:func:`write_pdf`): the PDF shows the Report as the shared layout places it
(:mod:`govdoc.formats.layout`, as in Word): the title in 22 pt 小标宋, headings in the face of
their numbering family (一、 黑体, （一） 楷体, 1. and （1） 仿宋) whatever their depth, body text in
16 pt 仿宋 with a two-character indent, 28 characters by 22 lines on A4 with margins
37/35/28/26 mm, every line but a paragraph's last justified, Chinese line-breaking rules,
full-width punctuation in Chinese context (``PdfStyle.punctuation``), three-line tables whose
header rows repeat on every page they run over, page numbers "— 1 —" in 14 pt 宋体 (odd pages
right, even pages left), the issuer and the date at the end. A bookmark is added for every
section, document info (title, author = issuer, subject, keywords, creation date from
``meta.date``, none without one) is filled, and an optional table of contents and table of
figures follow the front matter. Fonts come from :mod:`govdoc.formats.pdf.fonts` (public as
:mod:`govdoc.fonts`). The output is deterministic: the same Report and fonts give the same bytes.

Every PDF govdoc writes carries its Report as an embedded file with the fingerprint of its text
layer (:mod:`.embed`).

Reading (:func:`read_pdf`): govdoc's own PDFs come back exactly from the embedded Report while the
text layer still has its fingerprint (:func:`embedded_report`); any other PDF, or an edited one,
is read from its text layer (PDFium, :mod:`.textlayer`): the characters are grouped into lines by
baseline, page numbers and running heads are dropped as furniture, lines wrapped by the layout are
joined into blocks, and the blocks, as typed lines (:mod:`.lines`: indent, gaps, bold, alignment,
page), go to :func:`govdoc.parsing.parse_lines` with what the document information declares.

Limits: more pages than the ``pdf.max_pages`` limit (5000; see :mod:`govdoc.limits`), when writing
or reading, raise :class:`~govdoc.errors.LimitError`; ``PdfStyle.max_pages`` and ``max_pages=``
set it for one document.
"""

from __future__ import annotations

import dataclasses
from typing import BinaryIO

from ...io import PathLike, read_input, write_output
from ...limits import Limits, resolve
from ...model import Report
from .. import layout as lay
from .embed import StalePdfWarning, restore
from .lines import PAGE_NUMBER
from .read import PdfLine, extract, extract_lines, lines_to_text, no_text_layer, pdf_text
from .style import MAX_PAGES, PdfStyle
from .write import Fonts, build, resolve_fonts


def to_bytes(report: Report, *, fonts: Fonts = None, style: PdfStyle | None = None,
             limits: Limits | None = None) -> bytes:
    """The PDF of ``report`` as bytes (see :func:`write_pdf`); at most ``style.max_pages`` pages, by
    default ``pdf.max_pages`` of ``limits`` (else of the limits in force)."""
    style = style or PdfStyle()
    if style.max_pages is None:
        style = dataclasses.replace(style, max_pages=resolve(limits).pdf_max_pages)
    items = lay.layout(report, punctuation=style.punctuation)
    needed = "".join(lay.walk_text(items)) + style.page_number_format.format(page=0) + "0123456789目录图表"
    return build(report, resolve_fonts(fonts, needed, style.missing), style, items)


def write_pdf(report: Report, path_or_stream: PathLike | BinaryIO, *, fonts: Fonts = None,
              style: PdfStyle | None = None, force: bool = False, limits: Limits | None = None) -> None:
    """Typeset ``report`` as a PDF after GB/T 9704 and write it to a path (atomically) or a stream.

    ``fonts`` is a :class:`~govdoc.fonts.FontResolver`, a resolved :class:`~govdoc.fonts.FontSet`,
    or a mapping ``role -> font file(s)`` put before the system fonts; ``style`` a :class:`PdfStyle`.
    Raises :class:`~govdoc.errors.FontError` when a character has no font and
    :class:`~govdoc.errors.OutputError` when the path exists and ``force`` is not set,
    :class:`~govdoc.errors.LimitError` beyond the page limit (see :func:`to_bytes`).
    """
    write_output(path_or_stream, to_bytes(report, fonts=fonts, style=style, limits=limits), force=force)


def embedded_report(data: bytes, *, source: str | None = None, max_pages: int | None = None,
                    limits: Limits | None = None) -> Report | None:
    """The Report a govdoc PDF carries, when its text layer still has the fingerprint written with
    it; None for anyone else's PDF and (with a :class:`StalePdfWarning`) for an edited one."""
    pages = resolve(limits).pdf_max_pages if max_pages is None else max_pages
    extracted = extract(data, source=source, max_pages=pages)
    if extracted.attachment is None:
        return None
    return restore(*extracted.attachment, extracted.pages(), source)


def from_bytes(data: bytes, *, source: str | None = None, max_pages: int | None = None,
               use_embedded: bool = True, limits: Limits | None = None) -> Report:
    """Read a Report from the bytes of a PDF (see :func:`read_pdf`)."""
    from ...parsing import parse_lines
    from ..typeset import for_parser, within_limit

    chosen = resolve(limits)
    extracted = extract(data, source=source, max_pages=chosen.pdf_max_pages if max_pages is None else max_pages)
    if use_embedded and extracted.attachment is not None:
        embedded = restore(*extracted.attachment, extracted.pages(), source)
        if embedded is not None:
            return embedded
    lines = within_limit(extracted.source_lines(), source=source, limits=chosen)
    if not lines:
        raise no_text_layer(source)
    report: Report = parse_lines(for_parser(lines, gaps=False), source=source, declared=extracted.declared())
    return report


def read_pdf(path_or_stream_or_bytes: PathLike | BinaryIO | bytes, *, source: str | None = None,
             max_pages: int | None = None, use_embedded: bool = True, limits: Limits | None = None) -> Report:
    """Read a PDF: govdoc's own exactly (the embedded Report), any other from its text layer (lines
    in reading order, furniture dropped, then the parser). ``use_embedded=False`` reads the text
    layer of govdoc's own PDFs too.

    Raises :class:`~govdoc.errors.FormatError` for a broken, truncated or encrypted PDF and
    :class:`~govdoc.errors.LimitError` beyond ``max_pages`` (default: ``pdf.max_pages`` of ``limits``,
    else of the limits in force).
    """
    data, name = read_input(path_or_stream_or_bytes, limits=limits)
    return from_bytes(data, source=source or name, max_pages=max_pages, use_embedded=use_embedded, limits=limits)


__all__ = ["MAX_PAGES", "PAGE_NUMBER", "Fonts", "PdfLine", "PdfStyle", "StalePdfWarning", "embedded_report",
           "extract_lines", "from_bytes", "lines_to_text", "pdf_text", "read_pdf", "to_bytes", "write_pdf"]
