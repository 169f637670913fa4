"""The lines of a PDF's text layer as the parser's typed lines (:class:`~govdoc.parsing.source.SourceLine`).

Page furniture goes first: a page number ("— 3 —", "- 3 -", "3", "第 3 页") in the top or bottom
margin, and running heads and footers, i.e. a text printed in a margin at the same height on at
least half the pages (and two), digits aside ("第 3 页 共 9 页", the document's title over every
page). Each remaining line is measured against the text column (its left and right edges: the
leftmost start and rightmost end of the lines, of odd and even pages apart when their margins differ;
a line that alone starts
far left of where others do, see :data:`OUTLIER`, is a note in the margin):

* ``indent``: how far the line starts right of the column, in the half-width columns raw text
  counts in (a character of the line's size counts two, as an ideographic space does);
* ``blank_before``: the blank lines a vertical gap stands for, in units of the line pitch (see
  :func:`pitch`), none at the top of a page;
* ``align``: "center" for a line centred in the column that touches neither edge, "right" for
  one that ends at the right edge and starts far from the left (a signature, a date);
* ``bold`` as the text layer found it (the line's opening); ``page``; ``origin``: the line's number
  in reading order, furniture included.

Lines the layout wrapped are joined into the block they belong to, since only the page shows where
a line stops: a line carries on the block above it when that block's last line reached the right
edge of the column (within :data:`WRAP_SLACK` characters, or so close to the edge its full lines
reach that the next line's first character would not have fitted, see :class:`Column`; a column
narrower than :data:`NARROW` of the page is no column to fill) and it starts at the left edge, in the
same size, with no gap and no alignment of its own, also across a page break, and does not open
with a heading label after a sentence's end (see :func:`_opens_heading`); a title set larger than
the body (the commonest size) whose line filled the column carries on into a centred line. A block is
one source line with the indent, gap, bold, alignment, page and origin of its first line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from unicodedata import east_asian_width

from ...parsing.lines import split_label
from ...parsing.source import Align, SourceLine
from ...parsing.wraps import ANNEX, UNBREAKABLE
from .textlayer import PdfLine

PAGE_NUMBER = re.compile(r"^[—–\-－\s]*(?:第\s*)?[0-9０-９]{1,5}(?:\s*页)?[—–\-－\s]*$")
TOP_MARGIN = 0.12
"""Fraction of the page height, from the top, where running heads stand."""
BOTTOM_MARGIN = 0.10
"""Fraction of the page height, from the bottom, where footers and page numbers stand."""
WRAP_SLACK = 1.5
"""A line that ends within this many characters of the column's right edge filled the column (the
layout wrapped it); one that stops shorter ends its block, unless the next line's first character
would not have fitted on it (see :data:`FIT_SLACK`)."""
FIT_SLACK = 0.1
"""How far past the filled edge (in characters) a character may reach and still fit on a line."""
SIDE_LINES = 20
"""Lines odd (or even) pages need before their column is told apart from the other side's."""
NARROW = 0.4
"""Lines that all end before this fraction of the page width fill no column (a list, a form): none
of them is taken for a line the layout wrapped."""
_DIGITS = re.compile(r"[0-9０-９]+")
_STRONG_LABELS = frozenset({"cn", "paren_cn", "part", "chapter"})
_SHI = re.compile(r"^[一二三四五六七八九十]{1,3}是")
_SENTENCE_END = ("。", "！", "？", "；", "：", ".", "!", "?", ";", ":")


def in_margin(line: PdfLine) -> bool:
    """Whether the line stands in the top or bottom margin of its page."""
    return line.y > line.page_height * (1 - TOP_MARGIN) or line.y < line.page_height * BOTTOM_MARGIN


def _fold(text: str) -> str:
    return _DIGITS.sub("#", "".join(text.split()))


def running_heads(lines: Iterable[PdfLine]) -> set[tuple[str, int]]:
    """Texts (digits folded) and heights (in points) printed in a margin on at least half the
    pages, and on two or more: running heads and footers."""
    lines = list(lines)
    pages = len({line.page for line in lines})
    if pages < 2:
        return set()
    seen: dict[tuple[str, int], set[int]] = {}
    for line in lines:
        if in_margin(line):
            seen.setdefault((_fold(line.text), round(line.y)), set()).add(line.page)
    return {key for key, on in seen.items() if len(on) >= max(2, pages / 2)}


def is_furniture(line: PdfLine, heads: set[tuple[str, int]]) -> bool:
    """A page number or a running head or footer (see :func:`running_heads`)."""
    if not in_margin(line):
        return False
    if PAGE_NUMBER.match(line.text):
        return True
    key = _fold(line.text)
    return any((key, round(line.y) + shift) in heads for shift in (-1, 0, 1))


@dataclass(frozen=True)
class Column:
    """The text column of a page: left and right edges in points, and the edge its full lines reach.

    ``right`` is the furthest any line reaches (a 。 hung in the margin included); ``filled`` is where
    the lines that fill the column end: the commonest end of the lines within :data:`EDGE_BAND`
    characters of ``right``. Justified text ends every full line there; ragged text (a left-aligned
    page, as LibreOffice sets imported text) ends them up to a character short of it, or past it.
    """

    left: float
    right: float
    filled: float


EDGE_BAND = 1.0
"""How far left of the furthest line end (in characters) a line's end counts towards the filled edge: a
mark hung in the margin reaches one character past it."""

OUTLIER = 4.0
"""A line that starts this many characters left of every edge other lines share stands outside the
text column: a note in the margin, a line number."""


def _left_edge(lines: list[PdfLine]) -> float:
    """The leftmost start of the lines, unless it stands alone far left of an edge two lines share."""
    ordered = sorted(lines, key=lambda line: line.x0)
    outermost = ordered[0]
    for a, b in pairwise(ordered):
        if abs(a.x0 - b.x0) <= 1.0:
            return outermost.x0 if a.x0 - outermost.x0 < OUTLIER * outermost.size else a.x0
    return outermost.x0


def _column(lines: list[PdfLine]) -> Column:
    """The column the lines stand in (see :class:`Column`)."""
    right = max(line.x1 for line in lines)
    ends = Counter(round(line.x1 * 2) / 2 for line in lines if line.x1 >= right - EDGE_BAND * max(line.size, 1.0))
    filled = max(ends.items(), key=lambda end: (end[1], -end[0]))[0]  # the commonest end; of two, the nearer
    return Column(_left_edge(lines), right, filled)


def columns(lines: list[PdfLine]) -> dict[int, Column]:
    """The text column of every page: the document's, or where odd and even pages each have enough
    lines (:data:`SIDE_LINES`) and their left edges differ by a character or more (mirrored margins),
    each side's own."""
    if not lines:
        return {}
    whole = _column(lines)
    out = {line.page: whole for line in lines}
    sides = [[line for line in lines if line.page % 2 == parity] for parity in (0, 1)]
    if all(len(side) >= SIDE_LINES for side in sides):
        own = [_column(side) for side in sides]
        if abs(own[0].left - own[1].left) >= max(line.size for line in lines):
            for side, column in zip(sides, own, strict=True):
                out.update({line.page: column for line in side})
    return out


def pitch(lines: list[PdfLine]) -> float:
    """The line pitch: the commonest distance between consecutive baselines on a page (in half
    points), unless a smaller distance seen at least twice divides it (a document of one-line blocks
    with a blank line between them); in a document too short to have a commonest one, the smallest
    distance of at least 0.8 of the font size (lines are not set closer)."""
    steps: Counter[float] = Counter()
    for above, below in pairwise(lines):
        if above.page == below.page and above.y - below.y >= 0.8 * below.size:
            steps[round((above.y - below.y) * 2) / 2] += 1
    if not steps:
        return max((line.size for line in lines), default=12.0) * 1.5
    step, count = steps.most_common(1)[0]
    if count < 3:
        return min(steps)
    for smaller in sorted(s for s, n in steps.items() if s < step and n >= 2):
        times = round(step / smaller)
        if times >= 2 and abs(step / smaller - times) <= 0.1 * times:
            return smaller
    return step


def _align(line: PdfLine, column: Column, size: float) -> Align | None:
    start, end = line.x0 - column.left, column.right - line.x1
    if start >= 2 * size and end >= 2 * size and abs(start - end) <= max(size, 0.02 * (column.right - column.left)):
        return "center"
    if end <= size / 2 and start >= 4 * size:
        return "right"
    return None


@dataclass
class _Measured:
    """A body line with what its place on the page says: its number, indent in half-width columns,
    blank lines above it, alignment, and whether it reaches the column's right edge."""

    line: PdfLine
    origin: int
    indent: int
    blank: int
    align: Align | None
    full: bool


def _measure(numbered: list[tuple[int, PdfLine]]) -> list[_Measured]:
    body = [line for _, line in numbered]
    cols = columns(body)
    step = pitch(body)
    out: list[_Measured] = []
    previous: PdfLine | None = None
    for origin, line in numbered:
        if not line.text.strip():
            continue
        size = max(line.size, 1.0)
        column = cols[line.page]
        lead = len(line.text) - len(line.text.lstrip())
        x0 = line.x0 + lead * size / 2  # spaces drawn before the text
        blank = 0
        if previous is not None and previous.page == line.page and step > 0:
            blank = max(0, round((previous.y - line.y) / step) - 1)
        full = _fillable(column, line) and line.x1 >= column.right - WRAP_SLACK * size
        out.append(_Measured(line, origin, max(0, round(2 * (x0 - column.left) / size)), blank,
                             _align(line, column, size), full))
        previous = line
    for here, below in pairwise(out):
        if not here.full:
            here.full = _no_room(here.line, below.line, cols[here.line.page])
    return out


def _no_room(line: PdfLine, below: PdfLine, column: Column) -> bool:
    """Whether the first character of the line below would not have fitted at the end of ``line``
    (ragged text: a left-aligned page wraps a line up to a character short of the filled edge)."""
    if not _fillable(column, line):
        return False
    size = max(line.size, 1.0)
    width = _lead_width(below.text.lstrip(), size)
    return width > 0 and line.x1 + width > column.filled + FIT_SLACK * size


def _fillable(column: Column, line: PdfLine) -> bool:
    """Whether the column is wide enough to fill (narrower than :data:`NARROW` of the page it is none)."""
    return column.right - column.left >= NARROW * line.page_width


_NO_LINE_START = frozenset("，。、；：！？）》」』】”’,.;:!?)")


def _lead_width(text: str, size: float) -> float:
    """The width of what a line must start with as a whole: a number or Latin word (type never breaks one),
    or a character with the closing punctuation behind it (which may not open a line); half-width
    characters counted as half a character."""
    if not text:
        return 0.0
    token = UNBREAKABLE.match(text)
    if token is not None:
        return len(token.group()) * size / 2
    width = size if east_asian_width(text[0]) in "WF" else size / 2
    if text[1:2] and text[1] in _NO_LINE_START:
        width += size if east_asian_width(text[1]) in "WF" else size / 2
    return width


def _opens_heading(line: _Measured) -> bool:
    """Whether a line opens with a heading label: "一、", "（一）", "第一部分", "第一章" (which open a
    paragraph of their own wherever they start a line), or, on a line that does not fill the column,
    any label ("1.", "（1）", "七是"); or is an attachment's label line ("附件2")."""
    text = line.line.text.strip()
    if ANNEX.match(text):
        return True  # "附件2" alone: an attachment's label line (GB/T 9704 7.3.7)
    labelled = split_label(text)
    if labelled is not None and labelled.family in _STRONG_LABELS:
        return True
    return not line.full and (labelled is not None or _SHI.match(text) is not None)


def _heading_alone(before: _Measured, line: _Measured) -> bool:
    """Whether ``line``, short and flush left below a block that ended a sentence on a full line, is a line
    of its own: it ends with no punctuation (a paragraph's last line ends its sentence; a heading, a
    signature or a date line does not)."""
    text = line.line.text.rstrip()
    return (not line.full and before.line.text.rstrip().endswith(_SENTENCE_END) and bool(text)
            and text[-1] not in _SENTENCE_END and text[-1] not in "，、,”’）)》")


_SUBTITLE_DASH = ("——", "－－", "―")


def _continues(before: _Measured, line: _Measured, body_size: float) -> bool:
    """Whether ``line`` carries on the block ``before`` ends: ``before`` filled the column and ``line``
    follows in the same size with no gap, starting at the column's left edge; or, for a title (a
    centred block set larger than the body) or a subtitle whose line filled the column, centred itself."""
    if not before.full or line.blank or abs(before.line.size - line.line.size) > 0.5:
        return False
    if line.align == "center":
        # a title set larger than the body, or a subtitle ("——…"), that filled the column goes on centred
        return before.align is None and before.indent == 0 and (
            before.line.size > body_size + 0.5 or before.line.text.lstrip().startswith(_SUBTITLE_DASH))
    if before.line.text.rstrip().endswith(_SENTENCE_END) and _opens_heading(line):
        return False  # a paragraph's last line that happened to fill the column, then a heading of its own
    return before.align is None and line.align is None and line.indent < 2


def source_lines(lines: list[PdfLine]) -> list[SourceLine]:
    """The typed lines of a text layer: furniture left out, lines wrapped by the layout joined into
    the block they belong to (see the module docstring)."""
    heads = running_heads(lines)
    measured = _measure([(origin, line) for origin, line in enumerate(lines, start=1)
                         if not is_furniture(line, heads)])
    sizes = Counter(round(m.line.size * 2) / 2 for m in measured)
    # the body is set in the commonest size; on a page of a few lines a tie goes to the smaller (titles are set larger)
    body_size = min(sizes, key=lambda size: (-sizes[size], size)) if sizes else 0.0
    headline = _headline(measured, body_size)
    out: list[SourceLine] = []
    start = 0
    for index in range(1, len(measured) + 1):
        if index < len(measured) and (
                (_continues(measured[index - 1], measured[index], body_size)
                 and not _heading_alone(measured[index - 1], measured[index]))
                or (start == headline and _headline_goes_on(measured[index - 1], measured[index]))):
            continue
        first = measured[start]
        text = first.line.text.strip() + "".join(m.line.text for m in measured[start + 1:index])
        out.append(SourceLine(text=text.rstrip(), origin=first.origin, indent=first.indent, blank_before=first.blank,
                              bold=first.line.bold, align=first.align, page=first.line.page,
                              level=0 if start == headline else None))
        start = index
    return out


HEADLINE = 1.5
"""How much larger than the body a page's headline is set (a browser prints a portal's <h1> at twice the body)."""
_MASTHEAD = re.compile(r"文件$|^[^，。]{2,24}(?:人民政府|办公室|办公厅|局|委员会)$")


def _headline_goes_on(line: _Measured, below: _Measured) -> bool:
    """Whether the headline's line ``line`` wraps into ``below``: the same size, right below it on its page, from
    the same left edge (a centred subtitle below is no part of it)."""
    size = line.line.size
    return (below.line.page == line.line.page and 0 < line.line.y - below.line.y <= 1.8 * size
            and abs(below.line.size - size) < 0.5
            and abs(below.line.x0 - line.line.x0) < 0.5 * size and not line.line.text.rstrip().endswith(_SENTENCE_END))


def _headline(measured: list[_Measured], body_size: float) -> int | None:
    """The index of the first page's headline: the one line there set :data:`HEADLINE` times the body or larger,
    and larger than any other, that is no issuing body's name or 文件 masthead (a 公文's 发文机关标志 is set larger
    than its title); None where no line stands out so."""
    first_page = [(k, m) for k, m in enumerate(measured) if m.line.page == measured[0].line.page] if measured else []
    if not first_page or body_size <= 0:
        return None
    largest = max(m.line.size for _, m in first_page)
    tops = [k for k, m in first_page if m.line.size >= largest - 0.5]
    if largest < HEADLINE * body_size or len({measured[k].line.text for k in tops}) > 2:
        return None
    k = tops[0]
    return None if _MASTHEAD.search(measured[k].line.text.strip()) else k


__all__ = ["BOTTOM_MARGIN", "NARROW", "OUTLIER", "PAGE_NUMBER", "SIDE_LINES", "TOP_MARGIN", "WRAP_SLACK", "Column",
           "columns", "in_margin", "is_furniture", "pitch", "running_heads", "source_lines"]
