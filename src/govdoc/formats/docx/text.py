"""A Word body as the parser's typed lines (:class:`~govdoc.parsing.source.SourceLine`).

Shared by the reader (any .docx → lines → :func:`govdoc.parsing.parse_lines`) and the writer (the
fingerprint of what it wrote, :func:`fingerprint`). What each line carries:

* ``text``: a paragraph's visible text, its list label first (Word draws "一、" from an automatic
  list, see :mod:`.numbering`); soft breaks inside it joined (with a space only between two Latin
  letters or digits), tabs as a space, hidden and deleted text dropped, field codes left out;
* ``indent``: where the first line starts, in the half-width columns raw text counts in (a
  character of the paragraph's font counts two, as an ideographic space does), from ``w:ind``
  (left + first line − hanging, ``…Chars`` winning over twips) and typed leading spaces;
* ``blank_before``: the empty paragraphs before it; ``style``: the paragraph style's name;
* ``level``: the paragraph's own ``w:outlineLvl`` (9 = body text), else its style's (see
  :mod:`.styles`: ``Heading N`` / ``标题 N``, ``Title`` / ``标题`` → 0, an outline level in the chain);
* ``bold``: the run holding the paragraph's first visible character is bold (run, character
  style, paragraph style, document defaults); ``align`` from ``w:jc``;
* ``page``: counted from 1 over ``w:br w:type="page"``, ``w:pageBreakBefore`` and section breaks
  that start a new page (Word lays out the other page breaks itself: they are not in the file);
* a table is one line per row with ``cells`` (``w:gridSpan`` as colspan, a ``w:vMerge`` run as
  rowspan: the cells it covers are left out, as in HTML), the ``table`` number its rows share, and
  ``header`` for ``w:tblHeader`` rows (or, when none is marked, a first row that is plainly a
  header: bold over plain, or labels over figures); the row's ``text`` joins its cells with " | ".
  A cell's paragraphs are joined (no space between Chinese characters); a nested table's rows are
  part of their cell's text; a table of one column is a frame around paragraphs and is read as them;
* text boxes follow the paragraph that anchors them; the table of contents (a ``Table of
  Contents`` content control or ``TOC`` styles) and govdoc's generated figure appendix are skipped;
* footnotes and endnotes (:func:`note_lines`) come after the body as "注1：…" and "尾注1：…".

``origin`` counts the body's paragraphs (empty ones included) and table rows from 1, in order.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ...parsing.source import Align, SourceCell, SourceLine, join_parts, leading_indent
from .ooxml import FIGURES_TABLE_CAPTION, MC_NS, W_P, W_R, W_SDT, W_T, W_TBL, W_TC, W_TR, W_VAL, int_value, w
from .styles import StyleInfo, Styles, align_of, indent_attrs, indent_chars, merge_indent, on

_PRUNED = {w("pPr"), w("rPr"), w("del"), w("moveFrom"), f"{{{MC_NS}}}Fallback", w("instrText"),
           w("delText"), w("fldData"), w("txbxContent")}
_WRAPPERS = {w("customXml"), w("smartTag"), w("ins"), w("moveTo")}
W_PPR, _SDT_CONTENT = w("pPr"), w("sdtContent")
_RPR, _VANISH, _TXBX, _TYPE, _B, _RSTYLE = w("rPr"), w("vanish"), w("txbxContent"), w("type"), w("b"), w("rStyle")
_TABS = {w("tab"), w("ptab")}
_BREAKS = {w("br"), w("cr")}
_NO_BREAK_HYPHEN = w("noBreakHyphen")
_PPR_TAGS = {w("pStyle"): "style", w("ind"): "ind", w("jc"): "jc", w("outlineLvl"): "outline",
             w("pageBreakBefore"): "break", w("numPr"): "num", w("sectPr"): "sect"}
_NEW_PAGE_SECTIONS = {"nextPage", "evenPage", "oddPage"}
_NUMBER = re.compile(r"^[-+−]?[0-9０-９][0-9０-９,，.．]*\s*[%％‰]?$")
HEADER_CELL_MAX = 30
"""A first row whose cells are longer than this is no header row of labels."""


# ---- one paragraph ------------------------------------------------------------------------------


@dataclass
class ParagraphScan:
    """What one walk over a ``w:p`` finds: its visible text, the run holding the first visible
    character, the page breaks before and after that character, and the text boxes anchored in it."""

    text: str = ""
    opening_run: Any | None = None
    breaks_before: int = 0
    breaks_after: int = 0
    boxes: list[Any] = field(default_factory=list)


def _join_breaks(text: str) -> str:
    if "\n" not in text:
        return text
    text = re.sub(r"(?<=[A-Za-z0-9])\n(?=[A-Za-z0-9])", " ", text)
    return text.replace("\n", "")


class _Scanner:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.scan = ParagraphScan()
        self.run: Any | None = None

    def collect(self, element: Any) -> None:
        scan = self.scan
        for child in element:
            tag = child.tag
            if tag == W_T:
                text = child.text
                if text:
                    self.out.append(text)
                    if scan.opening_run is None and text.strip():
                        scan.opening_run = self.run if self.run is not None else child
            elif tag in _PRUNED:
                if tag == _TXBX:
                    scan.boxes.append(child)
            elif tag == W_R:
                rpr = child.find(_RPR)
                if rpr is not None and on(rpr.find(_VANISH)):
                    continue
                outer, self.run = self.run, child
                self.collect(child)
                self.run = outer
            elif tag in _TABS:
                self.out.append(" ")
            elif tag in _BREAKS:
                kind = child.get(_TYPE)
                if kind in (None, "textWrapping"):
                    self.out.append("\n")
                elif kind == "page":
                    if scan.opening_run is None:
                        scan.breaks_before += 1
                    else:
                        scan.breaks_after += 1
            elif tag == _NO_BREAK_HYPHEN:
                self.out.append("-")
            elif isinstance(tag, str):
                self.collect(child)


def scan_paragraph(p: Any) -> ParagraphScan:
    """Walk a ``w:p`` once (see :class:`ParagraphScan`); the text keeps its leading spaces."""
    scanner = _Scanner()
    scanner.collect(p)
    scan = scanner.scan
    scan.text = _join_breaks("".join(scanner.out)).rstrip()
    return scan


def _run_bold(run: Any | None, info: StyleInfo, styles: Styles) -> bool:
    rpr = run.find(_RPR) if run is not None and run.tag == W_R else None
    if rpr is not None:
        direct = on(rpr.find(_B))
        if direct is not None:
            return direct
        rstyle = rpr.find(_RSTYLE)
        if rstyle is not None:
            styled = styles.char_bold(rstyle.get(W_VAL) or "")
            if styled is not None:
                return styled
    return info.bold


# ---- tables -------------------------------------------------------------------------------------


@dataclass
class _Cell:
    text: str
    col: int
    colspan: int
    merge: str | None  # "restart", "continue" or None (w:vMerge)
    bold: bool
    rowspan: int = 1


@dataclass
class _Row:
    cells: list[_Cell]
    header: bool
    origin: int


def _children(element: Any, tag: str) -> Iterator[Any]:
    """The ``tag`` children of a table or row, also when a content control or custom XML wraps them."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT:
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == w("customXml"):
            yield from _children(child, tag)


def _is_figures_table(tbl: Any, styles: Styles) -> bool:
    """govdoc's figure appendix: by its table caption, or (LibreOffice drops that) its cell style."""
    caption = tbl.find(f"{w('tblPr')}/{w('tblCaption')}")
    if caption is not None and caption.get(W_VAL) == FIGURES_TABLE_CAPTION:
        return True
    first = tbl.find(f"{W_TR}/{W_TC}/{W_P}/{w('pPr')}/{w('pStyle')}")
    return first is not None and styles.info(first.get(W_VAL)).name.lower().startswith("govdoc figures")


def _is_number(text: str) -> bool:
    return _NUMBER.match(text) is not None


def _plain_header(rows: list[_Row]) -> bool:
    """A first row that is plainly a header although no row is marked: bold cells over a plain row,
    or two or more short labels over rows that hold figures."""
    if len(rows) < 2:
        return False
    first = [cell for cell in rows[0].cells if cell.text]
    second = [cell for cell in rows[1].cells if cell.text]
    if not first or not second:
        return False
    if all(cell.bold for cell in first) and not all(cell.bold for cell in second):
        return True
    return (len(first) >= 2 and all(len(cell.text) <= HEADER_CELL_MAX and not _is_number(cell.text) for cell in first)
            and any(_is_number(cell.text) for row in rows[1:] for cell in row.cells))


def _spans(rows: list[_Row]) -> None:
    """Give each cell that starts a vertical merge the number of rows it covers, in place."""
    opened: dict[int, _Cell] = {}
    for row in rows:
        for cell in row.cells:
            if cell.merge == "continue" and cell.col in opened and opened[cell.col].colspan == cell.colspan:
                opened[cell.col].rowspan += 1
                continue
            for col in range(cell.col, cell.col + cell.colspan):
                opened.pop(col, None)
            if cell.merge == "restart":
                opened[cell.col] = cell
            elif cell.merge == "continue":
                cell.merge = None  # a continuation with nothing above it stays a cell of its own


# ---- the walk ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Look:
    """A paragraph's style and own properties resolved: indent in half-width columns, heading level,
    alignment, and whether it starts a page."""

    info: StyleInfo
    indent: int
    level: int | None
    align: Align | None
    page_break: bool


class _Walker:
    """One walk over a body: counts origins, pages, blank paragraphs and tables as it yields lines."""

    def __init__(self, styles: Styles, body: Any | None = None) -> None:
        self.styles = styles
        self._looks: dict[tuple[Any, ...], _Look] = {}
        self.body = body
        self.out: list[SourceLine] = []
        self.sections: list[str] | None = None  # the w:type of every section, in order, read when first needed
        self.section = 0
        self.origin = 0
        self.page = 1
        self.gap = 0
        self.tables = 0

    def lines(self, container: Any) -> None:
        """Append the lines of ``container`` to ``self.out``."""
        for child in container:
            tag = child.tag
            if tag == W_P:
                self.paragraph(child)
            elif tag == W_TBL:
                if not _is_figures_table(child, self.styles):
                    self.table(child)
            elif tag == W_SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None and not _is_toc(child):
                    self.lines(content)
            elif tag in _WRAPPERS:
                self.lines(child)

    def paragraph(self, p: Any) -> None:
        styles = self.styles
        self.origin += 1
        ppr = p.find(W_PPR)
        props = {name: child for child in ppr if (name := _PPR_TAGS.get(child.tag))} if ppr is not None else {}
        style_el = props.get("style")
        style_id = style_el.get(W_VAL) if style_el is not None else None
        look = self._look(style_id, props)
        if look.page_break and self.origin > 1:
            self.page += 1
        scan = scan_paragraph(p)
        self.page += scan.breaks_before
        label = styles.list_label(props.get("num"), style_id)  # counted even for an empty paragraph, as Word does
        body = scan.text
        if look.info.skipped:
            pass
        elif not body.strip():
            if not (scan.breaks_before or scan.breaks_after):
                self.gap += 1
        else:
            stripped = body.lstrip()
            text = body[:len(body) - len(stripped)] + label + stripped if label else body
            self.out.append(SourceLine(
                text=text, origin=self.origin, indent=look.indent + leading_indent(text), blank_before=self.gap,
                level=look.level, style=look.info.name or None, bold=_run_bold(scan.opening_run, look.info, styles),
                align=look.align, page=self.page))
            self.gap = 0
        self.page += scan.breaks_after
        for box in scan.boxes:
            self.lines(box)
        if "sect" in props:
            if self.sections is None:
                self.sections = _section_types(self.body) if self.body is not None else []
            self.section += 1
            following = self.sections[self.section] if self.section < len(self.sections) else "nextPage"
            if following in _NEW_PAGE_SECTIONS:
                self.page += 1

    def _look(self, style_id: str | None, props: dict[str, Any]) -> _Look:
        """What a paragraph's style and own properties make of it, computed once per combination."""
        ind, jc, outline, brk = props.get("ind"), props.get("jc"), props.get("outline"), props.get("break")
        key = (style_id, tuple(ind.items()) if ind is not None else None, jc.get(W_VAL) if jc is not None else None,
               outline.get(W_VAL) if outline is not None else None, on(brk))
        look = self._looks.get(key)
        if look is None:
            info = self.styles.info(style_id)
            width = indent_chars(merge_indent(info.indent, indent_attrs(ind)), info.size)
            level = info.level
            if outline is not None:
                value = int_value(outline.get(W_VAL))
                if value is not None and 0 <= value <= 8:
                    level = value + 1
                elif level != 0:  # "body text" cancels a heading style, not the title
                    level = None
            look = self._looks[key] = _Look(info, round(2 * width), level, align_of(jc) or info.align,
                                            info.page_break_before if key[4] is None else key[4])
        return look

    def cell(self, tc: Any) -> tuple[str, bool]:
        """A cell's text (its paragraphs and nested tables joined) and whether it opens bold."""
        lines = _Walker(self.styles).walk(tc)
        return join_parts(line.text.strip() for line in lines), bool(lines) and lines[0].bold

    def walk(self, container: Any) -> list[SourceLine]:
        """The lines of ``container``."""
        self.lines(container)
        return self.out

    def table(self, tbl: Any) -> None:
        trs = list(_children(tbl, W_TR))
        if all(sum(1 for _ in _children(tr, W_TC)) <= 1 for tr in trs):
            # one column: a frame around paragraphs (a boxed note, a letterhead), read as its paragraphs
            for tr in trs:
                for tc in _children(tr, W_TC):
                    self.lines(tc)
            return
        rows: list[_Row] = []
        for tr in trs:
            self.origin += 1
            trpr = tr.find(w("trPr"))
            col = int_value(_val(trpr, "gridBefore"), 0) or 0
            cells: list[_Cell] = []
            for tc in _children(tr, W_TC):
                tcpr = tc.find(w("tcPr"))
                span = max(1, int_value(_val(tcpr, "gridSpan"), 1) or 1)
                vmerge = tcpr.find(w("vMerge")) if tcpr is not None else None
                merge = None if vmerge is None else ("restart" if vmerge.get(W_VAL) == "restart" else "continue")
                hmerge = tcpr.find(w("hMerge")) if tcpr is not None else None
                if hmerge is not None and hmerge.get(W_VAL) != "restart" and cells:
                    cells[-1].colspan += span  # a legacy horizontal merge: the cell joins the one before
                    col += span
                    continue
                text, bold = self.cell(tc)
                cells.append(_Cell(text, col, span, merge, bold))
                col += span
            if any(c.text for c in cells if c.merge != "continue"):  # a row of empty cells is no row
                header = trpr is not None and bool(on(trpr.find(w("tblHeader"))))
                rows.append(_Row(cells, header, self.origin))
        if not rows:
            return
        _spans(rows)
        self.tables += 1
        if not any(row.header for row in rows) and _plain_header(rows):
            rows[0].header = True
        for row in rows:
            own = [c for c in row.cells if c.merge != "continue"]
            self.out.append(SourceLine(text=" | ".join(c.text for c in own), origin=row.origin, blank_before=self.gap,
                                       bold=all(c.bold for c in own if c.text),
                                       cells=tuple(SourceCell(c.text, c.colspan, c.rowspan) for c in own),
                                       table=self.tables, header=row.header, page=self.page))
            self.gap = 0


def _val(element: Any | None, tag: str) -> str | None:
    child = element.find(w(tag)) if element is not None else None
    return None if child is None else child.get(W_VAL)


def _is_toc(sdt: Any) -> bool:
    gallery = sdt.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
    return gallery is not None and (gallery.get(W_VAL) or "").lower() == "table of contents"


def _section_types(body: Any) -> list[str]:
    """How each section starts (``w:type`` of its ``w:sectPr``, "nextPage" by default), in order."""
    return [(sect.find(w("type")).get(W_VAL) if sect.find(w("type")) is not None else None) or "nextPage"
            for sect in body.iter(w("sectPr"))]


class BodyReader:
    """Reads a document's body and then its notes, numbering origins and pages on from the body."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.walker = _Walker(styles)

    def body(self, body: Any) -> list[SourceLine]:
        """The lines of ``w:body`` (or of any container: a cell, a text box, a note)."""
        self.walker.body = body
        return self.walker.walk(body)

    def notes(self, notes_element: Any | None, label: str) -> list[SourceLine]:
        """Footnotes or endnotes as lines "注1：…" after the body, separators left out."""
        if notes_element is None:
            return []
        walker = self.walker
        out: list[SourceLine] = []
        for note in notes_element:
            if note.get(w("type"), "normal") != "normal":
                continue
            lines = _Walker(self.styles).walk(note)
            text = join_parts(line.text.strip() for line in lines)
            if text:
                walker.origin += 1
                out.append(SourceLine(text=f"{label}{len(out) + 1}：{text}", origin=walker.origin,
                                      blank_before=walker.gap, style=lines[0].style, page=walker.page))
                walker.gap = 0
        return out


def body_lines(container: Any, styles: Styles) -> Iterator[SourceLine]:
    """The lines of a body (or a table cell, text box, note, content control), in order."""
    yield from BodyReader(styles).body(container)


def fingerprint(lines: Iterable[SourceLine]) -> str:
    """A hash of the visible text and heading levels: it changes when an editor changes the content."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(f"{line.level or 0}\t{line.text.strip()}\n".encode())
    return digest.hexdigest()


__all__ = ["HEADER_CELL_MAX", "BodyReader", "ParagraphScan", "body_lines", "fingerprint",
           "scan_paragraph"]
