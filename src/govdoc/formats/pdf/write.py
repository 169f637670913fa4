"""The PDF writer's machinery: the layout's items to flowables, tables, page furniture, document info.

Every item of :mod:`govdoc.formats.layout` becomes a :class:`~.layout.CJKBlock` on the 22-line
grid (or a table, after which the next line snaps back to the grid): headings in the face of their
numbering family, body text justified with a two-character indent, captions and bylines centred,
the signature right-aligned. The text drawn on every page is logged for the fingerprint of the
embedded Report (:mod:`.embed`).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...errors import FontError, FormatError, GovdocError, LimitError
from ...limits import hint
from ...model import Report
from .. import layout as lay
from .embed import attach
from .fonts import FontResolver, FontRole, FontSet, FontSource, Missing
from .layout import Char, CJKBlock, TextLog, char_width
from .style import PdfStyle

Fonts = FontResolver | FontSet | Mapping[str, FontSource | Sequence[FontSource]] | None


def resolve_fonts(fonts: Fonts, chars: str, missing: Missing) -> FontSet:
    """The faces for a document: a given FontSet as it is, else resolved for ``chars``; the style's
    ``missing="replace"`` also applies to a given resolver."""
    if isinstance(fonts, FontSet):
        return fonts
    if isinstance(fonts, FontResolver):
        resolver = fonts
        if missing == "replace" and resolver.missing != "replace":
            resolver = copy.copy(resolver)
            resolver.missing = "replace"
    else:
        resolver = FontResolver(fonts, missing=missing)
    return resolver.resolve(chars)


def _chars(fontset: FontSet, text: str, role: FontRole, size: float) -> list[Char]:
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

    log: TextLog
    pages: dict[str, int] = field(default_factory=dict)
    toc: list[tuple[int, str, str]] = field(default_factory=list)      # (level, text, key)
    figures: list[tuple[str, str]] = field(default_factory=list)       # (caption, key)


Segment = tuple[str, FontRole, float]


class _FlowableBuilder:
    """Turns the layout's items into flowables."""

    def __init__(self, items: list[lay.Item], fontset: FontSet, style: PdfStyle) -> None:
        self.items, self.fontset, self.style = items, fontset, style

    def role(self, face: lay.Typeface) -> FontRole:
        """The font role of a typeface of the layout (the title face is the style's title role)."""
        if face == "title":
            return self.style.title_role
        if face == "fangsong":
            return self.style.body_role
        return face

    def block(self, segments: list[Segment], plan: _Plan, *, align: str = "justify", indent: bool = True,
              grid: bool = True, space_after: float = 0.0, keep: bool = False,
              bookmark: tuple[int, str] | None = None, figure: str | None = None) -> list[Any]:
        style = self.style
        chars = [c for text, role, size in segments for c in _chars(self.fontset, text, role, size)]
        if not chars:
            return []
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
        flowable = CJKBlock(chars, leading=style.leading,
                            first_indent_chars=style.first_line_chars if indent else 0, align=align,
                            grid_chars=style.chars_per_line if grid else None, log=plan.log,
                            space_after=space_after, on_draw=on_draw)
        if not keep:
            return [flowable]
        # keep a heading with the first line of what follows: a new page when less room is left
        # (reportlab's keepWithNext would move the whole next paragraph and leave pages half empty)
        from reportlab.platypus import CondPageBreak

        _, height = flowable.wrap(style.frame_width, style.frame_height)
        return [CondPageBreak(height + style.leading - 1e-3), flowable]

    def centred(self, text: str, role: FontRole, plan: _Plan, *, size: float | None = None,
                keep: bool = False, **extra: Any) -> list[Any]:
        return self.block([(text, role, size or self.style.body_size)], plan, align="center", grid=False,
                          indent=False, keep=keep, **extra)

    def item(self, item: lay.Item, plan: _Plan, levels: list[int]) -> list[Any]:
        style, body = self.style, self.style.body_size
        if isinstance(item, lay.Masthead):
            return self.centred(item.text, "heiti", plan)
        if isinstance(item, lay.MetaRow):
            return self.block([(f"{item.key}：{item.value}", style.body_role, body)], plan, align="left",
                              indent=False)
        if isinstance(item, lay.DocTitle):
            return self.centred(item.text.text, style.title_role, plan, size=style.title_size,
                                space_after=style.leading)
        if isinstance(item, (lay.DocSubtitle, lay.Author, lay.SectionSubtitle, lay.Byline)):
            return self.centred(item.text, style.byline_role, plan)
        if isinstance(item, lay.Kicker):
            return self.centred(item.text, style.byline_role, plan, keep=True)
        if isinstance(item, lay.Heading):
            return self.heading(item, plan, levels)
        if isinstance(item, lay.Para):
            text = item.text.text
            if item.kind == "caption":
                return self.centred(text, style.caption_role, plan, figure=text)
            if item.kind == "salutation":
                return self.block([(text, style.body_role, body)], plan, align="left", indent=False)
            return self.block([(text, style.body_role, body)], plan)
        if isinstance(item, lay.Entry):
            segments: list[Segment] = [(item.number, style.body_role, body),
                                       (item.term.term, style.caption_role, body),
                                       ("：" + item.definition.text, style.body_role, body)]
            return self.block(segments, plan)
        if isinstance(item, lay.TableItem):
            return self.table(item, plan)
        return self.block([(item.text, style.body_role, body)], plan, align="right", indent=False, grid=False)

    def heading(self, item: lay.Heading, plan: _Plan, levels: list[int]) -> list[Any]:
        style, body = self.style, self.style.body_size
        del levels[item.level - 1:]
        level = len(levels) + 1  # bookmark levels never skip one
        levels.append(level)
        mark = (level, item.text.text)
        role = self.role(item.face)
        head = item.text.text + item.closing
        if item.run_in_text is not None:
            segments: list[Segment] = [(head, role, body), (item.run_in_text.text, style.body_role, body)]
            return self.block(segments, plan, bookmark=mark)
        annex = lay.annex_parts(item)
        if annex is not None:  # "附件2" on a line of its own, the title centred below it (GB/T 9704 7.3.7)
            label, title = annex
            return [*self.block([(label, role, body)], plan, align="left", indent=False, keep=True),
                    *self.centred(title + item.closing, role, plan, keep=True, bookmark=mark)]
        if item.kind == "article":
            return self.centred(head, role, plan, size=style.article_title_size, keep=True, bookmark=mark)
        if item.align == "center":
            return self.centred(head, role, plan, keep=True, bookmark=mark)
        return self.block([(head, role, body)], plan, align="left", keep=True, bookmark=mark)

    def table(self, item: lay.TableItem, plan: _Plan) -> list[Any]:
        """Caption, unit line, the three-line table (header rows repeated on every page it runs
        over, CJK wrapping in cells), notes; the next line snaps back to the grid."""
        from reportlab.lib import colors
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        style, table = self.style, item.table
        size = style.table_size
        leading = size * 1.45
        out: list[Any] = []
        if item.caption is not None:
            caption = item.caption.text.text
            out.extend(self.centred(caption, style.caption_role, plan, keep=True, figure=caption))
        if table.unit is not None:
            out.extend(self.block([(item.cell_text(table.unit), style.body_role, size)], plan, align="right",
                                  indent=False, grid=False, keep=True))
        grid = lay.table_grid(table)
        header_rows = len(table.header)
        weights = lay.column_weights(grid)
        widths = [style.frame_width * w / sum(weights) for w in weights]
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.black),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 1.5, colors.black),
        ]
        if header_rows:
            commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.75, colors.black))
        for r, row in enumerate(grid):
            cells: list[Any] = [""] * len(widths)
            for placed in row:
                if placed.colspan > 1 or placed.rowspan > 1:
                    commands.append(("SPAN", (placed.column, r),
                                     (placed.column + placed.colspan - 1, r + placed.rowspan - 1)))
                if placed.cell is None or placed.vmerge == "continue" or not placed.cell.text:
                    continue
                header = r < header_rows
                role = style.caption_role if header else style.body_role
                chars = _chars(self.fontset, item.cell_text(placed.cell.text), role, size)
                align = "center" if header or placed.column > 0 else "left"
                cells[placed.column] = [CJKBlock(chars, leading=leading, align=align, log=plan.log)]
            data.append(cells)
        flowable = RLTable(data, colWidths=widths, repeatRows=header_rows if header_rows < len(grid) else 0,
                           style=TableStyle(commands), splitByRow=1)
        out.append(flowable)
        for note in table.notes:
            out.extend(self.block([(item.cell_text(note), style.body_role, size)], plan, align="left",
                                  indent=False, grid=False))
        out.append(GridSnap(style.leading))
        return out

    def flowables(self, plan: _Plan) -> list[Any]:
        out: list[Any] = []
        levels: list[int] = []
        toc_at = None
        for item in self.items:
            if toc_at is None and not isinstance(item, lay.FRONT):
                toc_at = len(out)
            out.extend(self.item(item, plan, levels))
        if toc_at is None:
            toc_at = len(out)
        return out[:toc_at] + self.lists(plan) + out[toc_at:]

    def lists(self, plan: _Plan) -> list[Any]:
        """The optional table of contents and table of figures."""
        from reportlab.platypus import PageBreak

        style, body = self.style, self.style.body_size
        out: list[Any] = []
        wanted = [("目录", [(lvl, t, k) for lvl, t, k in plan.toc if lvl <= style.toc_depth], style.toc),
                  ("图表目录", [(1, t, k) for t, k in plan.figures], style.figures)]
        for heading, entries, enabled in wanted:
            if not enabled:
                continue
            out.extend(self.centred(heading, "heiti", plan))
            for level, text, key in entries:
                page = plan.pages.get(key, 0)
                out.append(_TocEntry(_chars(self.fontset, text, style.body_role, body),
                                     _chars(self.fontset, str(page) if page else "", style.body_role, body),
                                     style.leading, plan.log, indent=(level - 1) * body))
            out.append(PageBreak())
        return out


class GridSnap:
    """A spacer that brings the next line back onto the grid after a table (its height is what is
    left to the next grid line, known from the room left in the frame)."""

    def __new__(cls, leading: float) -> Any:
        from reportlab.platypus import Flowable

        class Snap(Flowable):  # type: ignore[misc]
            def wrap(self, aw: float, ah: float) -> tuple[float, float]:
                rest = ah % leading
                self.height = 0.0 if rest < 0.01 or leading - rest < 0.01 else rest
                return aw, self.height

            def draw(self) -> None:
                pass

        return Snap()


class _TocEntry:
    """One line of a table of contents: entry text left, page number right, dotted leader."""

    def __new__(cls, text: list[Char], number: list[Char], leading: float, log: TextLog,
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
                log.add(canv.getPageNumber(), "".join(c[0] for c in shown + number))

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


def _info_class() -> Any:
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString

    class Info(PDFInfo):  # type: ignore[misc]
        def __init__(self, fields: dict[str, str]) -> None:
            super().__init__()
            self.fields = fields

        def format(self, document: Any) -> bytes:
            entries: dict[str, Any] = {k: PDFString(v) for k, v in self.fields.items()}
            entries["Trapped"] = PDFName("False")
            return PDFDictionary(entries).format(document)  # type: ignore[no-any-return]

    return Info


def _info(report: Report, style: PdfStyle) -> dict[str, str]:
    meta = report.meta
    title = meta.title or next((s.title for _, s in report.walk()), "")
    keywords = list(style.keywords) or [s.title for s in report.sections if s.kind != "glossary"][:12]
    subject = meta.subtitle or " ".join(v for v in (meta.publication, meta.issue, meta.doc_number) if v)
    from ... import __version__

    fields = {"Title": title, "Author": meta.issuer or "", "Subject": subject, "Keywords": ", ".join(keywords),
              "Creator": f"govdoc {__version__}", "Producer": "govdoc (reportlab)"}
    if meta.date is not None:  # no date of the writing run: the same Report always gives the same bytes
        date = meta.date
        fields["CreationDate"] = fields["ModDate"] = f"D:{date.year:04d}{date.month:02d}{date.day:02d}000000+08'00'"
    return fields


def _page_furniture(fontset: FontSet, style: PdfStyle, log: TextLog) -> Any:
    from reportlab.pdfbase import pdfmetrics

    def on_page(canv: Any, doc: Any) -> None:
        number = canv.getPageNumber()
        if style.max_pages is not None and number > style.max_pages:
            raise LimitError(f"the PDF would have more than {style.max_pages} pages (pdf.max_pages)",
                             hint=hint("pdf.max_pages"))
        size = style.page_number_size
        printed = style.page_number_format.format(page=number)
        chars = _chars(fontset, printed, style.page_number_role, size)
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
        log.add(number, printed)

    return on_page


def build(report: Report, fontset: FontSet, style: PdfStyle, items: list[lay.Item]) -> bytes:
    """The PDF bytes of ``report`` laid out as ``items``, with the Report embedded."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    info_cls = _info_class()
    fields = _info(report, style)
    passes = 2 if (style.toc or style.figures) else 1
    pages: dict[str, int] = {}
    data = b""
    for _ in range(passes):
        plan = _Plan(TextLog(), pages=dict(pages))
        flowables = _FlowableBuilder(items, fontset, style).flowables(plan)
        plan.pages.clear()
        buffer = io.BytesIO()

        class Doc(BaseDocTemplate):  # type: ignore[misc]
            def beforeDocument(self, log: TextLog = plan.log) -> None:
                self.canv._doc.info = info_cls(fields)
                attach(self.canv._doc, report, log.pages)

        doc = Doc(buffer, pagesize=(style.page_width, style.page_height),
                  leftMargin=style.margin_left, rightMargin=style.margin_right,
                  topMargin=style.margin_top, bottomMargin=style.margin_bottom,
                  invariant=1, lang=style.lang, title=fields["Title"], author=fields["Author"],
                  initialFontName=fontset.chains[style.body_role][0].name, initialFontSize=style.body_size,
                  pageCompression=1)
        frame = Frame(style.margin_left, style.margin_bottom, style.frame_width, style.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=_page_furniture(fontset, style, plan.log))])
        try:
            doc.build(flowables)
        except GovdocError:
            raise
        except LayoutError as exc:
            raise FormatError(f"cannot lay the report out: {exc}") from exc
        pages = dict(plan.pages)
        data = buffer.getvalue()
    return data


__all__ = ["Fonts", "GridSnap", "build", "resolve_fonts"]
