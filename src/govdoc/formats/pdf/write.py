"""The PDF writer's machinery: blocks to flowables, page furniture, document info, the layout note."""

from __future__ import annotations

import copy
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...errors import FontError, FormatError, GovdocError, LimitError
from ...model import Report
from .blocks import PdfBlock, heading_text
from .fonts import FontResolver, FontRole, FontSet, FontSource, Missing
from .layout import Char, CJKBlock, LineLog, LogMark, char_width
from .style import LAYOUT_KEY, PdfStyle

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

    log: LineLog
    pages: dict[str, int] = field(default_factory=dict)
    toc: list[tuple[int, str, str]] = field(default_factory=list)      # (level, text, key)
    figures: list[tuple[str, str]] = field(default_factory=list)       # (caption, key)


class _FlowableBuilder:
    """Turns the blocks of the canonical text into flowables."""

    def __init__(self, report: Report, blocks: list[PdfBlock], fontset: FontSet, style: PdfStyle) -> None:
        self.report, self.blocks, self.fontset, self.style = report, blocks, fontset, style

    def block(self, segments: list[tuple[str, FontRole, float]], plan: _Plan, *, code: str = "t",
              align: str = "justify", indent: bool = True, grid: bool = True, space_after: float = 0.0,
              keep: bool = False, furniture: bool = False, bookmark: tuple[int, str] | None = None,
              figure: str | None = None) -> list[Any]:
        style = self.style
        chars = [c for text, role, size in segments for c in _chars(self.fontset, text, role, size)]
        if not chars:
            return [LogMark(plan.log, [f"!{code}"])]
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
                            grid_chars=style.chars_per_line if grid else None, log=plan.log, furniture=furniture,
                            code=code, space_after=space_after, on_draw=on_draw)
        if not keep:
            return [flowable]
        # keep a heading with the first line of what follows: a new page when less room is left
        # (reportlab's keepWithNext would move the whole next paragraph and leave pages half empty)
        from reportlab.platypus import CondPageBreak

        _, height = flowable.wrap(style.frame_width, style.frame_height)
        return [CondPageBreak(height + style.leading - 1e-3), flowable]

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
                out.append(LogMark(plan.log, ["e"]))
            elif kind == "title":
                out.extend(self.block([(text, style.title_role, style.title_size)], plan,
                                      space_after=style.leading, **centred))  # type: ignore[arg-type]
            elif kind in ("subtitle", "kicker", "secsubtitle", "byline"):
                out.extend(self.block([(text, style.byline_role, body)], plan, keep=kind == "kicker",
                                      **centred))  # type: ignore[arg-type]
            elif kind == "meta":
                out.extend(self.block([(text, style.body_role, body)], plan, **centred))  # type: ignore[arg-type]
            elif kind in ("heading", "lead", "runin", "headline") and block.section is not None:
                section = block.section
                level = min(block.level, previous_level + 1)
                previous_level = level
                mark = (level, heading_text(section))
                if kind == "headline":
                    out.extend(self.block([(text, style.title_role, style.article_title_size)], plan, keep=True,
                                          bookmark=mark, **centred))  # type: ignore[arg-type]
                    continue
                role = style.heading_roles[min(level, len(style.heading_roles)) - 1]
                cut = _runin_cut(text, section.title) if kind == "runin" else len(text)
                segments = [(text[:cut], role, body), (text[cut:], style.body_role, body)]
                out.extend(self.block(segments, plan, code=code, keep=kind != "runin", bookmark=mark))
            elif kind == "term" and block.term is not None:
                at = text.find(block.term.term)
                end = at + len(block.term.term) if at >= 0 else 0
                segments = [(text[:end], style.caption_role, body), (text[end:], style.body_role, body)]
                out.extend(self.block(segments, plan, code=code))
            elif kind == "caption":
                out.extend(self.block([(text, style.caption_role, body)], plan, figure=text,
                                      **centred))  # type: ignore[arg-type]
            elif kind == "salutation":
                out.extend(self.block([(text, style.body_role, body)], plan, code=code, indent=False))
            else:
                out.extend(self.block([(text, style.body_role, body)], plan, code=code, indent=code == "p"))
        if toc_at is None:
            toc_at = len(out)
        return _fold_marks(out[:toc_at] + self.lists(plan) + out[toc_at:], plan.log)

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
            out.extend(self.block([(heading, style.heading_roles[0], body)], plan, align="center", grid=False,
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


def _fold_marks(flowables: list[Any], log: LineLog) -> list[Any]:
    """Hand the log codes of blank and empty lines to the next text block instead of keeping a
    zero-height flowable for each (fewer flowables for the frame to place)."""
    out: list[Any] = []
    pending: list[str] = []
    for flowable in flowables:
        if isinstance(flowable, LogMark):
            pending.extend(flowable.codes)
        elif isinstance(flowable, CJKBlock) and pending:
            flowable.pre_codes = pending
            pending = []
            out.append(flowable)
        else:
            out.append(flowable)
    if pending:
        out.append(LogMark(log, pending))
    return out


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
    from ... import __version__

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


def build(report: Report, fontset: FontSet, style: PdfStyle, blocks: list[PdfBlock]) -> bytes:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    info_cls = _info_class()
    fields = _info(report, style)
    passes = 2 if (style.toc or style.figures) else 1
    pages: dict[str, int] = {}
    data = b""
    for _ in range(passes):
        plan = _Plan(LineLog(), pages=dict(pages))
        flowables = _FlowableBuilder(report, blocks, fontset, style).flowables(plan)
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


__all__ = ["Fonts", "build", "resolve_fonts"]
