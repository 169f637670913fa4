"""The range of a page found by :mod:`._extract`, as the parser's typed lines.

Every block element starts and ends a line and a ``<br>`` ends one, as a browser lays them out;
inline elements join the line they are in; runs of ASCII whitespace collapse to one space (U+3000
and U+00A0 stay: they are the indentation Chinese pages type). A line that is visibly blank (a
``<br>`` on an empty line, ``<p>&nbsp;</p>``) counts as a blank line before the next one.

What the markup knows travels with each line: the headline gets ``level=0`` (and is one line even
when ``<br>`` breaks it), ``<h1>``–``<h6>`` in the content give levels 1… by rank (the largest
heading used is level 1), ``bold`` when ``<b>``, ``<strong>`` or a bold ``font-weight`` covers the
line's first character, ``align`` from ``align=`` / ``text-align`` / ``<center>`` (inherited from the
enclosing blocks), ``style`` the tag of the block. A data table gives one line per row with its
``cells`` (colspan and rowspan kept), a table number shared by its rows, and ``header`` for rows of
``<th>`` or in ``<thead>``; a table used for layout (see :func:`._extract.tabular`: nesting tables,
holding the article, an undrawn box or row) is read as the blocks in its cells. Chrome elements
marked by the analysis are skipped, as are images (their file names are no text; a caption is a
paragraph of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from ...parsing.source import Align, SourceCell, SourceLine, join_parts, leading_indent
from ._extract import BLOCKS, HEADINGS, Element, Layout, tabular

_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BOLD_WEIGHT = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_TEXT_ALIGN = re.compile(r"text-align\s*:\s*(left|center|right|justify|start|end|-webkit-center|middle)",
                         re.IGNORECASE)
_ALIGNS: dict[str, Align] = {"left": "left", "start": "left", "center": "center", "middle": "center",
                             "-webkit-center": "center", "right": "right", "end": "right", "justify": "justify",
                             "absmiddle": "center"}
_PRE = frozenset({"pre", "xmp", "listing", "plaintext"})


@dataclass(frozen=True)
class _Block:
    """The block a line is in: its tag, alignment and heading level (inherited inwards)."""

    tag: str
    align: Align | None = None
    heading: int | None = None
    title: bool = False


def _own_align(element: Element) -> Align | None:
    if element.tag == "center":
        return "center"
    style = element.get("style")
    if style and (match := _TEXT_ALIGN.search(style)):
        return _ALIGNS.get(match.group(1).lower())
    value = (element.get("align") or "").strip().lower()
    return _ALIGNS.get(value)


def _source_line(element: Element) -> int:
    """The line of the page where the element starts (0 when lxml does not know)."""
    line = element.sourceline
    return line if isinstance(line, int) else 0


def _is_bold(element: Element) -> bool:
    if element.tag in ("b", "strong"):
        return True
    style = element.get("style")
    return style is not None and _BOLD_WEIGHT.search(style) is not None


class _Builder:
    """Collects the text of the line being read and emits finished lines."""

    def __init__(self) -> None:
        self.lines: list[SourceLine] = []
        self.parts: list[str] = []
        self.bold: bool | None = None  # whether the first character of the line is bold
        self.block: _Block | None = None  # the block the line started in
        self.origin = 1
        self.blank = 0
        self.table = 0
        self.glue = False  # a <br> inside the headline: the next text joins without a line break

    def soft_break(self) -> None:
        """A ``<br>`` inside a headline: the parts join (with a space only between non-Chinese text)."""
        self.glue = True

    def text(self, text: str | None, *, bold: bool, block: _Block, origin: int | None, pre: bool) -> None:
        if not text:
            return
        if pre:
            first, *rest = text.split("\n")
            self._add(first, bold, block, origin)
            for piece in rest:
                self.end(blank_if_empty=True)
                self._add(piece, bold, block, origin)
            return
        self._add(text, bold, block, origin)

    def _add(self, text: str, bold: bool, block: _Block, origin: int | None) -> None:
        if not text:
            return
        if self.glue and text.strip():
            self.glue = False
            done = "".join(self.parts).rstrip()
            if done:
                self.parts = [join_parts([done, text.lstrip()])]
                return
        if self.bold is None and text.strip(" \t\n\r\f\v"):
            self.bold = bold
            self.block = block
            if origin is not None:
                self.origin = max(self.origin, origin)
        self.parts.append(text)

    def end(self, *, blank_if_empty: bool = False) -> None:
        """Finish the current line (a ``<br>`` on an empty line leaves a blank line)."""
        if not self.parts:
            self.blank += blank_if_empty
            return
        raw = _ASCII_SPACE.sub(" ", "".join(self.parts)).strip(" ")
        self.parts = []
        block, bold = self.block, bool(self.bold)
        self.block, self.bold = None, None
        if not raw.strip():
            if raw or blank_if_empty:  # only U+3000 or U+00A0: a visible blank line
                self.blank += 1
            return
        if block is None:
            block = _Block(tag="body")
        self.lines.append(SourceLine(
            text=raw, origin=self.origin, indent=leading_indent(raw), blank_before=self.gap(),
            level=0 if block.title else block.heading, style=block.tag, bold=bold, align=block.align))

    def gap(self) -> int:
        """The blank lines before the line about to be added (none before the first), then reset."""
        blank, self.blank = (self.blank if self.lines else 0), 0
        return blank


def _cell_text(cell: Element, layout: Layout) -> str:
    """The text of a table cell on one line: its blocks and ``<br>`` joined, chrome left out."""
    parts: list[str] = []
    current: list[str] = []
    walker = etree.iterwalk(cell, events=("start", "end"))
    for event, element in walker:
        if not isinstance(element.tag, str):
            continue
        if event == "start":
            if element is not cell and element in layout.chrome:
                walker.skip_subtree()
                continue
            if element is not cell and (element.tag in BLOCKS or element.tag == "br"):
                parts.append("".join(current))
                current = []
            if element.text:
                current.append(element.text)
        else:
            if element is cell:
                break
            if element.tag in BLOCKS:
                parts.append("".join(current))
                current = []
            if element.tail:
                current.append(element.tail)
    parts.append("".join(current))
    return join_parts([_ASCII_SPACE.sub(" ", part).strip() for part in parts])


def _span(value: str | None) -> int:
    try:
        return min(max(int((value or "1").strip()), 1), 1000)
    except ValueError:
        return 1


_FIELD_TAGS = frozenset({"span", "td", "th", "li", "font", "label", "em", "strong", "b", "i", "p", "div", "dd"})
_EMPTY_FIELD = re.compile(r"^(?:[^\s：:]{1,10}[：:][\W_]*|[|｜/·•]+)$")


def _empty_field(element: Element, layout: Layout) -> bool:
    """A label whose value a script fills in or whose value is buttons ("访问次数：", "字号：〖大 中 小〗"),
    or a lone separator between such fields ("|").

    Looked for around the headline only (never in the content); at most a few dozen elements are read.
    """
    if element.tag not in _FIELD_TAGS:
        return False
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for seen, (event, node) in enumerate(walker):
        if seen > 60 or sum(map(len, parts)) > 24:
            return False
        if event == "start":
            if node is not element and (node in layout.chrome or node.tag == "a"):
                walker.skip_subtree()
                continue
            parts.append(node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    return _EMPTY_FIELD.match("".join("".join(parts).split())) is not None


def _rows(table: Element) -> list[Element]:
    return list(table.iter("tr"))


def data_table(table: Element, layout: Layout) -> bool:
    """True for a table of data; False for one that lays the page out (see the module docstring)."""
    return table not in layout.keep and tabular(table)


def _table_lines(table: Element, layout: Layout, builder: _Builder) -> None:
    """A data table: its ``<caption>`` as a line of its own, then one line per row with its cells."""
    builder.table += 1
    number = builder.table
    for caption in table.iterchildren("caption"):
        text = _cell_text(caption, layout)
        if text:
            builder.origin = max(builder.origin, _source_line(caption))
            builder.lines.append(SourceLine(text=text, origin=builder.origin, indent=leading_indent(text),
                                            blank_before=builder.gap(), style="caption"))
    for row in _rows(table):
        cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        texts = [_cell_text(cell, layout) for cell in cells]
        if not any(texts):
            continue
        parent = row.getparent()
        header = all(cell.tag == "th" for cell in cells) or (parent is not None and parent.tag == "thead")
        source_cells = tuple(SourceCell(text, _span(cell.get("colspan")), _span(cell.get("rowspan")))
                             for cell, text in zip(cells, texts, strict=True))
        builder.origin = max(builder.origin, _source_line(row))
        builder.lines.append(SourceLine(text=" | ".join(texts), origin=builder.origin, blank_before=builder.gap(),
                                        style="tr", cells=source_cells, table=number, header=header))


def page_lines(layout: Layout) -> list[SourceLine]:
    """The lines of the page's range: from ``layout.start`` to the end of ``layout.content``."""
    builder = _Builder()
    root = layout.start if layout.start is layout.content else layout.start.getparent()
    if root is None:
        root = layout.start
    active = root is layout.start
    blocks: list[_Block] = [_Block(tag="body")]
    entered: list[bool] = []  # per open element: whether it pushed a block
    passed: set[Element] = set()  # elements skipped whole (their tail is still read)
    bold = pre = 0
    in_content = layout.start is layout.content
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if not active:
                if element is root:
                    continue
                if element is not layout.start:
                    walker.skip_subtree()
                    continue
                active = True
            if ((element in layout.chrome and element not in layout.keep) or tag == "img"
                    or (not in_content and element not in layout.keep and _empty_field(element, layout))):
                passed.add(element)
                walker.skip_subtree()
                continue
            if tag == "br":
                if blocks[-1].title:
                    builder.soft_break()
                else:
                    builder.end(blank_if_empty=True)
                passed.add(element)
                continue
            if tag == "table" and data_table(element, layout):
                builder.end()
                _table_lines(element, layout, builder)
                passed.add(element)
                walker.skip_subtree()
                continue
            if element is layout.content:
                in_content = True
            block = tag in BLOCKS or element is layout.title
            if block:
                builder.end()
                parent = blocks[-1]
                heading = int(tag[1]) if tag in HEADINGS and in_content else parent.heading
                blocks.append(_Block(tag=tag if tag in BLOCKS else parent.tag,
                                     align=_own_align(element) or parent.align, heading=heading,
                                     title=parent.title or element is layout.title))
            entered.append(block)
            bold += _is_bold(element)
            pre += tag in _PRE
            builder.text(element.text, bold=bold > 0, block=blocks[-1], origin=_source_line(element), pre=pre > 0)
            continue
        if not active or (element is root and root is not layout.start):
            continue
        if element in passed:
            passed.discard(element)
        else:
            if entered.pop():
                builder.end()
                blocks.pop()
            bold -= _is_bold(element)
            pre -= tag in _PRE
        if element is layout.content or element is root:
            break
        builder.text(element.tail, bold=bold > 0, block=blocks[-1], origin=None, pre=pre > 0)
    builder.end()
    return _levels(builder.lines)


def _levels(lines: list[SourceLine]) -> list[SourceLine]:
    """Headings ``<hN>`` → levels 1, 2, … by the rank of N among the headings used (the headline keeps 0)."""
    used = sorted({line.level for line in lines if line.level})
    rank = {tag_level: index + 1 for index, tag_level in enumerate(used)}
    return [replace(line, level=rank[line.level]) if line.level else line for line in lines]


__all__ = ["data_table", "page_lines"]
