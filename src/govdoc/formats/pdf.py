"""PDF output and input: a typeset 公文 after GB/T 9704-2012 with embedded fonts, and its text read back.

Writing (:func:`write_pdf`): the PDF shows the canonical text of the Report (``write_text``) line
by line: the title in 22 pt 小标宋, headings in 黑体 / 楷体 / 仿宋 by level, body text in 16 pt 仿宋
with a two-character indent, 28 characters by 22 lines on A4 with margins 37/35/28/26 mm, every
line but a paragraph's last justified, Chinese line-breaking rules, page numbers "— 1 —" in 14 pt
宋体 (odd pages right, even pages left). A bookmark is added for every section, document info
(title, author = issuer, subject, keywords, creation date from ``meta.date``) is filled, and an
optional table of contents and table of figures (captions) follow the front matter. Fonts come
from :mod:`govdoc.fonts`. The output is deterministic: the same Report and fonts give the same bytes.

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

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..errors import FontError, FormatError, GovdocError, LimitError
from ..fonts import FontResolver, FontSet, FontSource, Missing, Role
from ..io import PathLike, read_input, write_output
from ..model import Report
from ._pdf_blocks import Block, blocks, heading_text, restore
from ._pdf_layout import Char, CJKBlock, LineLog, char_width

MM = 72.0 / 25.4
MAX_PAGES = 5000
"""Default page limit for reading and writing (raise it with ``max_pages`` / ``PdfStyle.max_pages``)."""
LAYOUT_KEY = "GovdocLayout"
PAGE_NUMBER = re.compile(r"^[—–\-－－\s]*[0-9０-９]{1,5}[—–\-－\s]*$")


@dataclass(frozen=True)
class PdfStyle:
    """Page and type settings of the PDF writer (GB/T 9704-2012 defaults; lengths in points)."""

    page_width: float = 210 * MM
    page_height: float = 297 * MM
    margin_top: float = 37 * MM
    margin_bottom: float = 35 * MM
    margin_left: float = 28 * MM
    margin_right: float = 26 * MM
    body_size: float = 16.0
    title_size: float = 22.0
    article_title_size: float = 18.0
    chars_per_line: int = 28
    lines_per_page: int = 22
    first_line_chars: float = 2.0
    body_role: Role = "fangsong"
    title_role: Role = "title"
    heading_roles: tuple[Role, ...] = ("heiti", "kaiti", "fangsong", "fangsong")
    byline_role: Role = "kaiti"
    caption_role: Role = "heiti"
    page_number_role: Role = "song"
    page_number_size: float = 14.0
    page_number_gap: float = 7 * MM
    page_number_format: str = "— {page} —"
    page_number_outer: bool = True
    """True: odd pages right, even pages left, one character in (GB/T 9704 7.5); False: centred."""
    justify: bool = True
    toc: bool = False
    toc_depth: int = 2
    figures: bool = False
    max_pages: int = MAX_PAGES
    missing: Missing = "error"
    lang: str = "zh-CN"
    keywords: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_style(cls, other: object, **changes: Any) -> PdfStyle:
        """A PdfStyle from any style object with the generic fields of the Word writer's ``DocStyle``
        (``margin_top_mm``, ``size_body_pt``, ``chars_per_line``, ...), so one style drives both."""
        names = {"page_width_mm": "page_width", "page_height_mm": "page_height", "margin_top_mm": "margin_top",
                 "margin_bottom_mm": "margin_bottom", "margin_left_mm": "margin_left",
                 "margin_right_mm": "margin_right"}
        values: dict[str, Any] = {}
        for source, target in names.items():
            if isinstance(getattr(other, source, None), (int, float)):
                values[target] = getattr(other, source) * MM
        plain = {"size_title_pt": "title_size", "size_body_pt": "body_size", "size_page_number_pt":
                 "page_number_size", "first_line_indent_chars": "first_line_chars", "lines_per_page":
                 "lines_per_page", "chars_per_line": "chars_per_line", "justify": "justify",
                 "page_number_format": "page_number_format", "page_number_outer": "page_number_outer"}
        for source, target in plain.items():
            value = getattr(other, source, None)
            if value is not None:
                values[target] = value
        values.update(changes)
        return cls(**values)

    @property
    def frame_width(self) -> float:
        """Width of the type area (版心)."""
        return self.page_width - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        """Height of the type area (版心)."""
        return self.page_height - self.margin_top - self.margin_bottom

    @property
    def leading(self) -> float:
        """Line pitch of the grid: type-area height / lines per page (28.99 pt by default)."""
        return self.frame_height / self.lines_per_page


Fonts = FontResolver | FontSet | Mapping[str, FontSource | Sequence[FontSource]] | None


def _fontset(fonts: Fonts, chars: str, missing: Missing) -> FontSet:
    if isinstance(fonts, FontSet):
        return fonts
    resolver = fonts if isinstance(fonts, FontResolver) else FontResolver(fonts, missing=missing)
    return resolver.resolve(chars)


def _chars(fontset: FontSet, text: str, role: Role, size: float) -> list[Char]:
    out: list[Char] = []
    text = fontset.clean(text, role)
    fallback = fontset.chains[role][0].name
    for ch in text:
        face = fontset.face_for(ch, role)
        if face is None:
            if not ch.isspace():
                raise FontError(f"no font covers {ch} (U+{ord(ch):04X})")
            out.append((ch, fallback, size))
        else:
            out.append((ch, face.name, size))
    return out


@dataclass
class _Plan:
    """Everything the document template needs besides the flowables."""

    log: LineLog
    pages: dict[str, int] = field(default_factory=dict)
    toc: list[tuple[int, str, str]] = field(default_factory=list)      # (level, text, key)
    figures: list[tuple[str, str]] = field(default_factory=list)       # (caption, key)


class _Builder:
    """Turns the blocks of the canonical text into flowables."""

    def __init__(self, report: Report, blocks: list[Block], fontset: FontSet, style: PdfStyle) -> None:
        self.report, self.blocks, self.fontset, self.style = report, blocks, fontset, style

    def block(self, segments: list[tuple[str, Role, float]], plan: _Plan, *, code: str = "t",
              align: str = "justify", indent: bool = True, grid: bool = True, space_after: float = 0.0,
              keep: bool = False, furniture: bool = False, bookmark: tuple[int, str] | None = None,
              figure: str | None = None) -> Any:
        style = self.style
        chars = [c for text, role, size in segments for c in _chars(self.fontset, text, role, size)]
        if not chars:
            return _Mark(plan.log, f"!{code}")
        key = f"g{len(plan.toc) + len(plan.figures)}"
        on_draw = None
        if bookmark is not None or figure is not None:
            level, title = bookmark if bookmark is not None else (0, "")

            def on_draw(canv: Any, key: str = key, level: int = level, title: str = title) -> None:
                canv.bookmarkPage(key)
                plan.pages[key] = canv.getPageNumber()
                if bookmark is not None:
                    canv.addOutlineEntry(title, key, level=level - 1, closed=False)

            if bookmark is not None:
                plan.toc.append((level, title, key))
            if figure is not None:
                plan.figures.append((figure, key))
        if align == "justify" and not style.justify:
            align = "left"
        return CJKBlock(chars, leading=style.leading,
                        first_indent_chars=style.first_line_chars if indent else 0, align=align,
                        grid_chars=style.chars_per_line if grid else None, log=plan.log, furniture=furniture,
                        code=code, space_after=space_after, keep_with_next=keep, on_draw=on_draw)

    def flowables(self, plan: _Plan) -> list[Any]:
        style, body = self.style, self.style.body_size
        out: list[Any] = []
        previous_level = 0
        toc_at = None
        for block in self.blocks:
            kind, text, code = block.kind, block.shown, block.code
            if toc_at is None and kind not in ("blank", "title", "subtitle", "meta"):
                toc_at = len(out)
            centred = {"align": "center", "grid": False, "indent": False, "code": code}
            if kind == "blank":
                out.append(_Mark(plan.log, "e"))
            elif kind == "title":
                out.append(self.block([(text, style.title_role, style.title_size)], plan,
                                      space_after=style.leading, **centred))  # type: ignore[arg-type]
            elif kind in ("subtitle", "kicker", "secsubtitle", "byline"):
                out.append(self.block([(text, style.byline_role, body)], plan, keep=kind == "kicker",
                                      **centred))  # type: ignore[arg-type]
            elif kind == "meta":
                out.append(self.block([(text, style.body_role, body)], plan, **centred))  # type: ignore[arg-type]
            elif kind in ("heading", "lead", "runin", "headline") and block.section is not None:
                section = block.section
                level = min(block.level, previous_level + 1)
                previous_level = level
                mark = (level, heading_text(section))
                if kind == "headline":
                    out.append(self.block([(text, style.title_role, style.article_title_size)], plan, keep=True,
                                          bookmark=mark, **centred))  # type: ignore[arg-type]
                    continue
                role = style.heading_roles[min(level, len(style.heading_roles)) - 1]
                cut = _runin_cut(text, section.title) if kind == "runin" else len(text)
                segments = [(text[:cut], role, body), (text[cut:], style.body_role, body)]
                out.append(self.block(segments, plan, code=code, keep=kind != "runin", bookmark=mark))
            elif kind == "term" and block.term is not None:
                at = text.find(block.term.term)
                end = at + len(block.term.term) if at >= 0 else 0
                segments = [(text[:end], style.caption_role, body), (text[end:], style.body_role, body)]
                out.append(self.block(segments, plan, code=code))
            elif kind == "caption":
                out.append(self.block([(text, style.caption_role, body)], plan, figure=text,
                                      **centred))  # type: ignore[arg-type]
            elif kind == "salutation":
                out.append(self.block([(text, style.body_role, body)], plan, code=code, indent=False))
            else:
                out.append(self.block([(text, style.body_role, body)], plan, code=code, indent=code == "p"))
        if toc_at is None:
            toc_at = len(out)
        return out[:toc_at] + self.lists(plan) + out[toc_at:]

    def lists(self, plan: _Plan) -> list[Any]:
        """The optional table of contents and table of figures (furniture for the reader)."""
        from reportlab.platypus import PageBreak

        style, body = self.style, self.style.body_size
        out: list[Any] = []
        wanted = [("目录", [(lvl, t, k) for lvl, t, k in plan.toc if lvl <= style.toc_depth], style.toc),
                  ("图表目录", [(1, t, k) for t, k in plan.figures], style.figures)]
        for heading, entries, enabled in wanted:
            if not enabled:
                continue
            out.append(self.block([(heading, style.heading_roles[0], body)], plan, align="center", grid=False,
                                  indent=False, furniture=True))
            for level, text, key in entries:
                page = plan.pages.get(key, 0)
                out.append(_TocEntry(_chars(self.fontset, text, style.body_role, body),
                                     _chars(self.fontset, str(page) if page else "", style.body_role, body),
                                     style.leading, plan.log, indent=(level - 1) * body))
            out.append(PageBreak())
        return out


def _runin_cut(text: str, title: str) -> int:
    at = text.find(title)
    if at < 0:
        return 0
    end = at + len(title)
    return end + 1 if text[end:end + 1] == "。" else end


class _Mark:
    """A zero-height flowable that notes a blank canonical line in the layout log."""

    def __new__(cls, log: LineLog, code: str) -> Any:
        from reportlab.platypus import Flowable

        class Mark(Flowable):  # type: ignore[misc]
            def wrap(self, aw: float, ah: float) -> tuple[float, float]:
                return 0.0, 0.0

            def draw(self) -> None:
                log.codes.append(code)

        return Mark()


class _TocEntry:
    """One line of a table of contents: entry text left, page number right, dotted leader."""

    def __new__(cls, text: list[Char], number: list[Char], leading: float, log: LineLog,
                indent: float = 0.0) -> Any:
        from reportlab.platypus import Flowable

        class Entry(Flowable):  # type: ignore[misc]
            def wrap(self, aw: float, ah: float) -> tuple[float, float]:
                self.aw = aw
                return aw, leading

            def draw(self) -> None:
                canv = self.canv
                size = text[0][2] if text else 16.0
                reserve = 3 * size
                shown: list[Char] = []
                used = indent
                for c in text:
                    w = char_width(*c)
                    if used + w > self.aw - reserve - size:
                        break
                    shown.append(c)
                    used += w
                y = (leading - size) * 0.5 + size * 0.12
                _draw_chars(canv, shown, indent, y)
                width = sum(char_width(*c) for c in number)
                _draw_chars(canv, number, self.aw - width, y)
                canv.saveState()
                canv.setDash(1, 3)
                canv.setLineWidth(0.5)
                if number:
                    canv.line(used + size * 0.5, y + 2, self.aw - width - size * 0.5, y + 2)
                canv.restoreState()
                log.codes.append("f")

        return Entry()


def _draw_chars(canv: Any, chars: Sequence[Char], x: float, y: float) -> None:
    if not chars:
        return
    text = canv.beginText(x, y)
    run: list[str] = []
    current: tuple[str, float] | None = None
    for ch, font, size in chars:
        if current is not None and (font, size) != current:
            text.setFont(*current)
            text.textOut("".join(run))
            run = []
        current = (font, size)
        run.append(ch)
    if current is not None:
        text.setFont(*current)
        text.textOut("".join(run))
    canv.drawText(text)


def _encode(codes: Sequence[str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j < len(codes) and codes[j] == codes[i]:
            j += 1
        out.append(f"{j - i}*{codes[i]}" if j - i > 1 else codes[i])
        i = j
    return "v2;" + ";".join(out)


def _decode(value: str) -> list[str] | None:
    if not value.startswith("v2;"):
        return None
    codes: list[str] = []
    for token in value[3:].split(";"):
        count, star, code = token.partition("*")
        if star and count.isdigit():
            codes.extend([code] * int(count))
        elif token:
            codes.append(token)
    return codes


def _info_class() -> Any:
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString

    class Info(PDFInfo):  # type: ignore[misc]
        def __init__(self, fields: dict[str, str], log: LineLog) -> None:
            super().__init__()
            self.fields, self.log = fields, log

        def format(self, document: Any) -> bytes:
            entries: dict[str, Any] = {k: PDFString(v) for k, v in self.fields.items()}
            entries[LAYOUT_KEY] = PDFString(_encode(self.log.codes))
            entries["Trapped"] = PDFName("False")
            return PDFDictionary(entries).format(document)  # type: ignore[no-any-return]

    return Info


def _info(report: Report, style: PdfStyle) -> dict[str, str]:
    meta = report.meta
    date = meta.date
    stamp = f"D:{date.year:04d}{date.month:02d}{date.day:02d}000000+08'00'" if date else "D:20000101000000Z"
    title = meta.title or next((s.title for _, s in report.walk()), "")
    keywords = list(style.keywords) or [s.title for s in report.sections if s.kind != "glossary"][:12]
    subject = meta.subtitle or " ".join(v for v in (meta.publication, meta.issue, meta.doc_number) if v)
    from .. import __version__

    return {"Title": title, "Author": meta.issuer or "", "Subject": subject, "Keywords": ", ".join(keywords),
            "Creator": f"govdoc {__version__}", "Producer": "govdoc (reportlab)",
            "CreationDate": stamp, "ModDate": stamp}


def _page_furniture(fontset: FontSet, style: PdfStyle) -> Any:
    from reportlab.pdfbase import pdfmetrics

    def on_page(canv: Any, doc: Any) -> None:
        number = canv.getPageNumber()
        if number > style.max_pages:
            raise LimitError(f"the PDF would have more than {style.max_pages} pages",
                             hint="raise PdfStyle.max_pages")
        size = style.page_number_size
        chars = _chars(fontset, style.page_number_format.format(page=number), style.page_number_role, size)
        width = sum(char_width(*c) for c in chars)
        font = pdfmetrics.getFont(chars[0][1])
        ascent = getattr(getattr(font, "face", None), "ascent", 880) / 1000.0 * size
        y = style.margin_bottom - style.page_number_gap - ascent
        if not style.page_number_outer:
            x = style.margin_left + (style.frame_width - width) / 2
        elif number % 2 == 1:
            x = style.margin_left + style.frame_width - size - width
        else:
            x = style.margin_left + size
        _draw_chars(canv, chars, x, y)

    return on_page


def _build(report: Report, fontset: FontSet, style: PdfStyle, blocks: list[Block]) -> bytes:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    info_cls = _info_class()
    fields = _info(report, style)
    passes = 2 if (style.toc or style.figures) else 1
    pages: dict[str, int] = {}
    data = b""
    for _ in range(passes):
        plan = _Plan(LineLog(), pages=dict(pages))
        flowables = _Builder(report, blocks, fontset, style).flowables(plan)
        plan.pages.clear()
        buffer = io.BytesIO()

        class Doc(BaseDocTemplate):  # type: ignore[misc]
            def beforeDocument(self, log: LineLog = plan.log) -> None:
                self.canv._doc.info = info_cls(fields, log)

        doc = Doc(buffer, pagesize=(style.page_width, style.page_height),
                  leftMargin=style.margin_left, rightMargin=style.margin_right,
                  topMargin=style.margin_top, bottomMargin=style.margin_bottom,
                  invariant=1, lang=style.lang, title=fields["Title"], author=fields["Author"],
                  initialFontName=fontset.chains[style.body_role][0].name, initialFontSize=style.body_size,
                  pageCompression=1)
        frame = Frame(style.margin_left, style.margin_bottom, style.frame_width, style.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=_page_furniture(fontset, style))])
        try:
            doc.build(flowables)
        except GovdocError:
            raise
        except LayoutError as exc:
            raise FormatError(f"cannot lay the report out: {exc}") from exc
        pages = dict(plan.pages)
        data = buffer.getvalue()
    return data


def to_bytes(report: Report, *, fonts: Fonts = None, style: PdfStyle | None = None) -> bytes:
    """The PDF of ``report`` as bytes (see :func:`write_pdf`)."""
    style = style or PdfStyle()
    typeset = blocks(report)
    needed = "".join(b.shown for b in typeset) + style.page_number_format.format(page=0) + "0123456789目录图表"
    fontset = _fontset(fonts, needed, style.missing)
    return _build(report, fontset, style, typeset)


def write_pdf(report: Report, path_or_stream: PathLike | BinaryIO, *, fonts: Fonts = None,
              style: PdfStyle | None = None, force: bool = False) -> None:
    """Typeset ``report`` as a PDF after GB/T 9704 and write it to a path (atomically) or a stream.

    ``fonts`` is a :class:`~govdoc.fonts.FontResolver`, a resolved :class:`~govdoc.fonts.FontSet`,
    or a mapping ``role -> font file(s)`` put before the system fonts; ``style`` a :class:`PdfStyle`.
    Raises :class:`~govdoc.errors.FontError` when a character has no font and
    :class:`~govdoc.errors.OutputError` when the path exists and ``force`` is not set.
    """
    write_output(path_or_stream, to_bytes(report, fonts=fonts, style=style), force=force)


# ---------------------------------------------------------------------------------------- reading


@dataclass
class TextLine:
    """One line of the text layer: its characters, baseline, left and right edge, font size."""

    text: str
    y: float
    x0: float
    x1: float
    size: float
    page: int
    page_height: float
    page_width: float


def extract_lines(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES
                  ) -> tuple[list[TextLine], dict[str, Any]]:
    """The text layer of a PDF as lines in reading order, and its document info."""
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
        lines: list[TextLine] = []
        number = 0
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > max_pages:
                raise LimitError(f"the PDF has more than {max_pages} pages", source=source,
                                 hint="pass a larger max_pages")
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
    except GovdocError:
        raise
    except Exception as exc:  # pdfminer raises many exception types for broken files
        raise FormatError(f"cannot read the PDF: {type(exc).__name__}: {exc}", source=source) from exc
    return lines, info


def _encrypted(source: str | None) -> FormatError:
    return FormatError("the PDF is encrypted", source=source, hint="decrypt it first (e.g. qpdf --decrypt)")


def _group(chars: list[Any], page: int, height: float, width: float) -> list[TextLine]:
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
        out.append(TextLine(text, row[0].matrix[5], row[0].x0, max(c.x1 for c in row),
                            max(c.size for c in row), page, height, width))
    return out


def _is_furniture(line: TextLine) -> bool:
    in_margin = line.y < line.page_height * 0.12 or line.y > line.page_height * 0.9
    return in_margin and bool(PAGE_NUMBER.match(line.text))


def _decode_info(value: Any) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        return str(decode_text(value))
    return str(value) if value is not None else ""


def lines_to_text(lines: list[TextLine], codes: list[str] | None) -> str:
    """Join wrapped lines into the canonical text: by the writer's layout note when present, else by layout."""
    body = [line for line in lines if not _is_furniture(line)]
    if codes is not None and sum(1 for c in codes if c in ("c", "f") or c.startswith("=")) == len(body):
        out: list[str] = []
        current = ""
        it = iter(body)
        for code in codes:
            if code == "e":
                out.append("")
            elif code.startswith("!"):
                out.append(restore(code[1:], ""))
            elif code == "f":
                next(it)
            else:
                current += next(it).text
                if code.startswith("="):
                    out.append(restore(code[1:], current))
                    current = ""
        return "\n".join(out) + "\n"
    return _heuristic_text(body)


def _heuristic_text(lines: list[TextLine]) -> str:
    """Blocks from layout alone: a line starts a block when it is indented, centred, of another
    size, or follows a line that stops short of the right edge."""
    out: list[str] = []
    previous: TextLine | None = None
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
    lines, info = extract_lines(data, source=source, max_pages=max_pages)
    codes = _decode(_decode_info(info.get(LAYOUT_KEY)))
    return lines_to_text(lines, codes)


def from_bytes(data: bytes, *, source: str | None = None, max_pages: int = MAX_PAGES) -> Report:
    """Read a Report from the bytes of a PDF (see :func:`read_pdf`)."""
    from ..parsing import parse  # type: ignore[attr-defined,unused-ignore]

    text = pdf_text(data, source=source, max_pages=max_pages)
    if not text.strip():
        raise FormatError("the PDF has no text layer (a scan?)", source=source,
                          hint="run OCR on it first (e.g. ocrmypdf)")
    report: Report = parse(text, source=source)
    return report


def read_pdf(path_or_stream_or_bytes: PathLike | BinaryIO | bytes, *, source: str | None = None,
             max_pages: int = MAX_PAGES) -> Report:
    """Read a Report from a PDF's text layer: lines in reading order, furniture dropped, then the parser.

    Raises :class:`~govdoc.errors.FormatError` for a broken, truncated or encrypted PDF and
    :class:`~govdoc.errors.LimitError` beyond ``max_pages``.
    """
    data, name = read_input(path_or_stream_or_bytes)
    return from_bytes(data, source=source or name, max_pages=max_pages)


__all__ = ["MAX_PAGES", "PdfStyle", "TextLine", "extract_lines", "from_bytes", "pdf_text", "read_pdf",
           "to_bytes", "write_pdf"]
