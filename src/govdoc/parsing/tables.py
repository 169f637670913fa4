"""Tables: the rows a reader gave as cells, and tables printed as text, with caption, unit line and notes.

A table printed as text has its rows on consecutive lines, the cells separated by tabs, by "|", or
by runs of spaces that line up ("全市常住人口    612.4    100.0"). Around it stand a caption ("表1
年末常住人口数及其构成"), a unit line ("单位：万元") and notes ("注：…", "资料来源：…"). This stage
runs after the frame and before blocks: it takes every table out of the line list, so that no row
becomes a paragraph or a heading ("一、食品	0.4" in a price table), and hands the tables back as
blocks that the outline places where they stood.

Rows given by a structured reader (``SourceLine.cells``, a Word or HTML table) keep their merged
cells and header rows; a text table's header is its leading rows without figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..metrics import extract_metrics
from ..model import Cell, LineSpan, Table
from .blocks import Block
from .frame.fields import table_fields
from .lines import Line, law_clause, split_label, without_row_bars
from .normalise import clean_line

TableFiller = Callable[[Table], Table]

_CAPTION = re.compile(r"^(?P<mark>(?:附表|表)\s*[0-9０-９一二三四五六七八九十]+(?:[-－—.．][0-9]+)?)(?P<sep>[：:\s]*)")
# (also at the end of a line that names the department first: "部门:××局       单位:万元")
_UNIT = re.compile(r"^[（(]?\s*(?:计量)?单位\s*[：:]|\s(?:计量)?单位\s*[：:]\s*[^\s：:]{1,8}\s*$")
# a caption without a table number: a title that ends with 表 ("××局2018年度“三公”经费预算情况表")
_TITLE_CAPTION = re.compile(r"^[^，。；：:,;！？!?\s]{4,60}表$")
_NOTE = re.compile(r"^(?:注|说明|资料来源|数据来源|备注)\s*[0-9]*\s*[：:]")
_NUMBER = re.compile(r"^[-－−+＋]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*[%％‰]?$")
_SPACES = re.compile(r"[ \u3000\u00a0]{2,}")
# a row whose figures are split by single spaces: the row's label, then two figures or more ("合计 16.4 18.8 -2.4 -13%")
_FIGURE_ROW = re.compile(r"(?P<label>(?:[0-9]{1,2}[.．、])?[^\s0-9\-－−+][^\s]{0,24})"
                         r"(?P<figures>(?:[ \u3000\u00a0]+[-－−+]?[0-9][0-9,，]*(?:[.．][0-9]+)?[%％‰]?){2,})")
_FIGURE_ENDS = frozenset("0123456789%％‰")  # (what a row of figures ends with: the cheap test before the pattern)
# a row of such a table whose cells are empty: its label, then the spaces of its cells
_BLANK_ROW = re.compile(r"(?:[0-9]{1,2}[.．、])?[^\s0-9][^\s]{0,24}[ \u3000\u00a0]{4,}")
# a header line of such a table: short words split by single spaces ("项目 本年年初预算数 上年年初预算数")
_HEADER_WORDS = re.compile(r"[^\s，。；,;！？!?0-9][^\s，。；,;！？!?]{0,14}"
                           r"(?:[ \u3000][^\s，。；,;！？!?]{1,15}){1,7}")
_PIPES = re.compile(r"[|｜]")


@dataclass
class TableBlock(Block):
    """A table in the place of its lines among the blocks (kind "table"), after its caption's line if it has one."""

    table: Table = field(default_factory=lambda: Table(rows=[[Cell(text="-")]]))
    caption: Block | None = None  # the caption printed above the table, a caption paragraph before it


def _cells(raw: str) -> tuple[str, list[str]] | None:
    """The cells of a line printed as a table row, with the separator that splits them; None if it is none."""
    text = raw.strip(" \u3000\u00a0\r")
    if "\t" in text:
        cells = [c.strip(" \u3000\u00a0") for c in text.split("\t")]
        return ("tab", cells) if len(cells) >= 2 else None
    if ("|" in text or "｜" in text) and not text.startswith(("http", "www")):
        # (a row that opens with a bar keeps its empty first cell: see _aligned)
        cells = [c.strip(" \u3000\u00a0") for c in _PIPES.split(text.rstrip("|｜ "))]
        return ("pipe", cells) if len(cells) - (cells[0] == "") >= 2 else None
    if (" " in text or "\u3000" in text or "\u00a0" in text) and _SPACES.search(text):  # (most lines have no space)
        cells = _SPACES.split(text)
        return ("spaces", cells) if len(cells) >= 2 else None
    if text[-1:] in _FIGURE_ENDS and " " in text and (row := _FIGURE_ROW.fullmatch(text)) is not None:
        return "figures", [row.group("label"), *row.group("figures").split()]
    return None


def _blank_row(raw: str) -> bool:
    """A row of a table of single-spaced figures whose cells are empty ("1.因公出国(境)费        ")."""
    return _BLANK_ROW.fullmatch(raw.strip("\r").lstrip(" \u3000")) is not None


def _aligned(rows: list[list[str]]) -> list[list[str]]:
    """Rows split at bars, the empty cell before a leading bar dropped where every row has one (a table written
    "| a | b |"), kept where only some rows do: there the header stands over the figures' columns, its first
    column (the rows' labels) left blank ("| 绝对数(亿元) | 比上年增长(%) |" over "地区生产总值 | 617.50 | 5.2 |")."""
    if all(row[0] == "" for row in rows):
        return [row[1:] for row in rows]
    return rows


def _caption(text: str, mark: re.Match[str]) -> str:
    """A caption with one space between its number and its title ("表1年末…" → "表1 年末…"), as printed
    before the cleaning took the space between a digit and a Chinese character; no bars behind it."""
    text = without_row_bars(text)
    rest = text[mark.end():]
    return f"{mark.group('mark')}{mark.group('sep') or ' '}{rest}" if rest and not mark.group("sep") else text


def _numeric(cell: str) -> bool:
    return bool(_NUMBER.match(cell.replace(" ", ""))) or cell in ("-", "—", "－", "…")


def _plausible(kind: str, rows: Sequence[list[str]]) -> bool:
    """Whether rows split alike make a table: tabs and pipes from two rows on; columns aligned by
    spaces only with figures in them (a letter-spaced title "第一章  总  则" is no table)."""
    if len(rows) < 2:
        return False
    with_figures = sum(1 for row in rows if any(_numeric(c) for c in row[1:]))
    if kind == "spaces":
        widths = {len(row) for row in rows}
        return len(rows) >= 3 and with_figures * 2 >= len(rows) and max(widths) - min(widths) <= 1
    if kind == "figures":  # (rows of one width, the rows whose cells are empty aside)
        widths = {len(row) for row in rows if len(row) > 1}
        return with_figures >= 2 and max(widths) - min(widths) <= 1
    return with_figures >= 1 or kind == "tab"


def _row(cells: Sequence[str]) -> list[Cell]:
    """A row of clean cells; empty trailing cells dropped, a row keeps at least one cell."""
    cleaned = [clean_line(c) for c in cells]
    while len(cleaned) > 1 and not cleaned[-1]:
        cleaned.pop()
    return [Cell(text=c) for c in cleaned]


def _split_header(rows: list[list[Cell]]) -> tuple[list[list[Cell]], list[list[Cell]]]:
    """The leading rows without a figure are the header (at most three), the rest the body."""
    header = 0
    while header < min(3, len(rows) - 1) and not any(_numeric(c.text) for c in rows[header][1:]):
        header += 1
    return rows[:header], rows[header:]


@dataclass
class _Region:
    first: int  # index of the first row line
    last: int  # index of the last row line (inclusive)
    rows: list[list[Cell]]
    header: list[list[Cell]] = field(default_factory=list)
    structured: bool = False
    plain: bool = False  # printed one cell to a line with nothing to close a cell: its caption is a plain title


def _text_regions(lines: Sequence[Line]) -> list[_Region]:
    """Runs of lines split alike into cells that make a table."""
    regions: list[_Region] = []
    i = 0
    n = len(lines)
    while i < n:
        source = lines[i].source
        split = _cells(lines[i].raw) if source is None or source.cells is None else None
        if split is None:
            i += 1
            continue
        kind = split[0]
        rows = [split[1]]
        j = i + 1
        while j < n and lines[j].gap <= 1:
            nxt = _cells(lines[j].raw)
            if nxt is None and kind == "figures" and _blank_row(lines[j].raw):
                nxt = kind, [lines[j].text]
            if nxt is None or nxt[0] != kind:
                break
            rows.append(nxt[1])
            j += 1
        if kind == "pipe":
            rows = _aligned(rows)
        if _plausible(kind, rows) and not any(table_fields(lines[k].text) for k in range(i, j)):
            first = i
            if kind == "figures":  # its header: the lines of short words right above it
                while (first > 0 and first > i - 3 and lines[first].gap <= 1
                       and not any(r.last == first - 1 for r in regions)
                       and _HEADER_WORDS.fullmatch(words := lines[first - 1].raw.strip(" \u3000\r")) is not None):
                    first -= 1
                    rows.insert(0, words.split())
            cells = [_row(r) for r in rows]
            header, body = _split_header(cells)
            if kind == "figures":
                header, body = _figure_grid(header, body)
            regions.append(_Region(first, j - 1, body, header))
            i = j
        else:
            i += 1
    return regions


def _figure_grid(header: list[list[Cell]], body: list[list[Cell]]) -> tuple[list[list[Cell]], list[list[Cell]]]:
    """A table of single-spaced figures as a grid: a row whose cells are empty keeps them (it is no group's
    heading); a header row narrower than the body spans its last cell over the columns left, and the header
    rows below it stand under those columns ("本年预算比上年增减情况" over "增减额 增减幅度")."""
    width = max(len(row) for row in body)
    body = [row + [Cell() for _ in range(width - len(row))] if len(row) == 1 else row for row in body]
    grid: list[list[Cell]] = []
    for position, row in enumerate(header):
        if len(row) >= width:
            grid.append(row)
        elif position == 0:
            spanned = row[-1].model_copy(update={"colspan": width - len(row) + 1})
            grid.append([*row[:-1], spanned])
        else:
            grid.append([Cell() for _ in range(width - len(row))] + row)
    return grid, body


def _cell_line_regions(lines: Sequence[Line]) -> list[_Region]:
    """Tables printed one cell to a line: each cell closed by a bar ("农产品名称 |", "总产量(万吨) |", "粮食 |",
    "61.84 |", …), or plain short lines, a blank line between them at most ("2023年", "较上年增长(%)", "粮食总产量",
    "162817吨", "0.5", …), as a page copied from a browser gives a table. The header's cells stand before the first
    row's label; every row then has its label and its figures (see :func:`_cell_rows`)."""
    regions: list[_Region] = []
    known: dict[str, bool] = {}

    def holds_figure(cell: str) -> bool:  # (each cell's text read once: a run is looked at again past a small grid)
        held = known.get(cell)
        if held is None:
            held = known[cell] = _figure_cell(cell)
        return held

    i, n = 0, len(lines)
    while i < n:
        if lines[i].text.strip() in _BARS:
            separated = _bar_separated(lines, i, holds_figure)
            if separated is not None:
                regions.append(separated)
                i = separated.last + 1
                continue
        barred = lines[i].raw.rstrip().endswith(_BARS)
        cells, _, j = _line_cells(lines, i, barred)
        found = _cell_rows(cells, holds_figure, cut=j == n) if j - i >= _FEWEST_CELL_LINES else None
        # (cells closed by bars make a table only if every one of them stands in its grid)
        if found is not None and (found[:2] == (0, len(cells)) if barred else _plain_table(*found[2:])):
            first, end, header, rows = found
            regions.append(_Region(i + first, i + end - 1, [_row(row) for row in rows], [_row(header)],
                                   plain=not barred))
            i += end
        elif found is not None and not barred and j - i <= _LONGEST_RESCAN:
            i += found[1]  # (a grid too small to be a table: the lines after it may hold the next one)
        else:
            i = max(j, i + 1)
    return regions


_BARS = ("|", "｜")


def _bar_separated(lines: Sequence[Line], i: int, holds_figure: Callable[[str], bool]) -> _Region | None:
    """A table printed one cell to a line with a bar alone on the line between two cells ("|" / "指标名称" / "|" /
    "人口数(万人)" / "|" / …), as a browser's copy of some pages gives it, from the bar at ``i``; None for none. Every
    cell must stand in the grid, as with cells closed by bars."""
    n = len(lines)
    cells, at, j = _line_cells(lines, i, barred=False, between_bars=True)
    if len(cells) < _FEWEST_CELL_LINES:
        return None
    found = _cell_rows(cells, holds_figure, cut=j == n)
    if found is None or found[:2] != (0, len(cells)):
        return None
    _, _, header, rows = found
    last = at[-1] + 1 if at[-1] + 1 < n and lines[at[-1] + 1].text.strip() in _BARS else at[-1]
    return _Region(i, last, [_row(row) for row in rows], [_row(header)], plain=False)


def _line_cells(lines: Sequence[Line], i: int, barred: bool,
                between_bars: bool = False) -> tuple[list[str], list[int], int]:
    """The cells of a table printed one cell to a line from line ``i`` on (closed by a bar if ``barred``, a bar alone
    on the line between two if ``between_bars``), the line of each, and the line where they end."""
    cells: list[str] = []
    at: list[int] = []
    j, n = i, len(lines)
    while j < n and (j == i or lines[j].gap <= 1):
        if between_bars and lines[j].text.strip() in _BARS:
            j += 1
            continue
        cell = _line_cell(lines[j], barred)
        if cell is None:
            break
        cells.append(cell)
        at.append(j)
        j += 1
    return cells, at, j


def _plain_table(header: list[str], rows: list[list[str]]) -> bool:
    """Whether short lines read as cells are enough of a table to be one: three rows of figures, or two under a
    header of two cells or more (a label over its figure, twice, is no table: "电话" / "12345" / "邮编" / "719400")."""
    with_figures = sum(1 for row in rows if any(row[1:]))
    return with_figures >= 3 or (with_figures >= 2 and sum(1 for cell in header if cell) >= 2)


def _line_cell(line: Line, barred: bool) -> str | None:
    """The cell a line holds in a table printed one cell to a line (closed by a bar if ``barred``), or None."""
    if line.source is not None and line.source.cells is not None:
        return None
    if barred:
        cell = _CELL_LINE.fullmatch(line.raw.strip())
        return cell.group("cell").strip() if cell else None  # (the spaces before the bar are the cell's)
    text = line.text
    if not _short_cell(text) or "|" in text or "｜" in text or "\t" in line.raw or _SPACED_FIGURES.search(text):
        return None  # (figures split by spaces are a row's: "合计16.4 18.8 -2.4")
    return text


def _cell_rows(cells: list[str], holds_figure: Callable[[str], bool],
               cut: bool = False) -> tuple[int, int, list[str], list[list[str]]] | None:
    """The cells read one to a line as a table: the span of cells it takes (from, to), its header's cells and its
    rows; None when they make no table. A row is a label and its figures, as many in every row; a label alone
    heads the rows below it (a group: "按城乡划分"). The cells before the first label are the header, as many as a
    row has or one fewer (a header with nothing over the labels); a cell before those is none of the table (its
    caption). A group's label stands over a row (labels on three lines running are the next table's header).
    ``holds_figure`` is :func:`_figure_cell`, or a memory of it; ``cut``: the cells end the text, whose last row may
    be cut short ("城镇投资", "11.")."""

    def figure(k: int) -> bool:
        return holds_figure(cells[k]) or (cut and k == len(cells) - 1 and _CUT_FIGURE.fullmatch(cells[k]) is not None)

    label = next((k - 1 for k in range(1, len(cells)) if figure(k)), None)
    if label is None or figure(label):
        return None
    width = next((k for k in range(label + 1, len(cells)) if not figure(k)), len(cells)) - label
    header = cells[max(0, label - width):label]
    if len(header) == width and (_CAPTION.match(header[0]) or _NUMBERED_TITLE.match(header[0])):
        header = header[1:]  # (a table's numbered title, "1 2021年年末常住人口数及构成", heads no column)
    if width < 2 or len(header) < width - 1 or any(figure(k) for k in range(label - len(header), label)):
        return None
    rows: list[list[str]] = []
    k = end = label
    kept = 0
    while k < len(cells) and not _numeric(cells[k]):  # (a label may read as a figure: "60岁及以上")
        figures = 0
        while figures < width - 1 and k + 1 + figures < len(cells) and figure(k + 1 + figures):
            figures += 1
        ends = k + 1 + figures == len(cells)
        group = figures == 0 and not ends and (k + 2 >= len(cells) or figure(k + 2))  # (a label over a row's)
        if not (figures == width - 1 or group or (cut and ends)):
            break
        rows.append(cells[k:k + 1 + figures] + [""] * (width - 1 - figures))
        k += 1 + figures
        if figures:
            end, kept = k, len(rows)  # (a group's label with no rows under it belongs to no table)
    if k < len(cells) and _numeric(cells[k]):
        return None  # a bare number where a row's label should stand: the widths were misread (a 序号 column)
    if not kept:
        return None
    return label - len(header), end, ["", *header] if len(header) < width else header, rows[:kept]


def _plain_caption(line: Line, first: Line) -> bool:
    """Whether ``line`` is the title of the table printed one cell to a line that starts at ``first``: a short line
    with no sentence in it ("主要产品产量", "1:固定资产投资(不含农户)及其构成"), at most two blank lines above the
    table; not a line that opens with a heading's label (it heads a section: "二、农业"), nor the clause of a law a
    disclosure report's table answers ("第二十条第(一)项")."""
    return (first.gap <= 2 and _short_cell(line.text) and not _figure_cell(line.text)
            and split_label(line.text) is None and not law_clause(line.text))


def _figure_cell(text: str) -> bool:
    """A cell that holds a figure: a bare number ("0.5", "-9.7", "—") or one figure and nothing else ("162817吨");
    not a year or a month ("2023年", "1-12月") over a column, nor a label that opens with a number ("60岁及以上")."""
    if _numeric(text):
        return True
    if text[:1] not in _FIGURE_STARTS:
        return False
    figures = extract_metrics(text)
    return len(figures) == 1 and figures[0].start == 0 and figures[0].end == len(text)


_CELL_LINE = re.compile(r"(?P<cell>[^|｜]+)[|｜]")
_FEWEST_CELL_LINES = 6  # (a header of two cells and a row of two at least)
_LONGEST_RESCAN = 2000  # (the lines of a run read again past a small grid: a longer run is read once, in linear time)
# the title of a table numbered without 表 ("1 2021年年末常住人口数及构成", "1:固定资产投资及其构成")
_NUMBERED_TITLE = re.compile(r"(?:附?表\s*)?[0-9０-９]{1,2}(?:\s*[:：.．、]\s*|\s+)\S.*[\u4e00-\u9fff]")
_FIGURE_STARTS = frozenset("0123456789０１２３４５６７８９-－−+＋")
_SPACED_FIGURES = re.compile(r"[0-9０-９%％]\s+[-－−+＋]?[0-9０-９]")
_CUT_FIGURE = re.compile(r"[-－−+＋]?[0-9０-９]+[.．]?")


def _short_cell(text: str) -> bool:
    """A line that may be a table's cell: short, no sentence in it."""
    return 0 < len(text) <= _LONGEST_LABEL and _SENTENCE_MARK.search(text) is None


_LONGEST_LABEL = 24
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")


def _structured_regions(lines: Sequence[Line]) -> list[_Region]:
    """Rows a reader gave as cells, grouped by the table they belong to."""
    regions: list[_Region] = []
    for i, line in enumerate(lines):
        source = line.source
        if source is None or source.cells is None:
            continue
        cells = [Cell(text=clean_line(c.text), colspan=c.colspan, rowspan=c.rowspan) for c in source.cells] \
            or [Cell()]
        region = regions[-1] if regions else None
        same = (region is not None and region.last == i - 1
                and lines[region.last].source is not None
                and lines[region.last].source.table == source.table)  # type: ignore[union-attr]
        if not same:
            region = _Region(i, i, [], [], structured=True)
            regions.append(region)
        assert region is not None
        region.last = i
        if source.header and not region.rows:
            region.header.append(cells)
        else:
            region.rows.append(cells)
    # a metadata grid (索引号 | … | 发布机构 | …) is the frame's to read, as when it comes as text
    return [r for r in regions if not any(table_fields(lines[k].text) for k in range(r.first, r.last + 1))]


def take_tables(lines: list[Line], fill: TableFiller) -> tuple[list[Line], list[TableBlock]]:
    """Take the tables out of ``lines``: the lines left, and the tables as blocks in document order.

    ``fill`` gives the cells their figures (``govdoc.metrics.table_figures``).
    """
    regions = sorted(_structured_regions(lines) + _text_regions(lines) + _cell_line_regions(lines),
                     key=lambda r: r.first)
    if not regions:
        return lines, []
    taken: set[int] = set()
    blocks: list[TableBlock] = []
    for region in regions:
        if any(k in taken for k in range(region.first, region.last + 1)):
            continue
        first, last = region.first, region.last
        caption: Block | None = None
        unit = None
        above = first - 1
        if above >= 0 and above not in taken and _UNIT.search(lines[above].text):
            unit, above = lines[above].text, above - 1
        if above >= 0 and above not in taken and (mark := _CAPTION.match(lines[above].text)) is not None:
            caption = Block("caption", [lines[above]], _caption(lines[above].text, mark), closed=True)
        elif above >= 0 and above not in taken and (
                (_TITLE_CAPTION.match(lines[above].text) and lines[first].gap <= 1)
                or (region.plain and _plain_caption(lines[above], lines[first]))):
            caption = Block("caption", [lines[above]], lines[above].text, closed=True)
        notes: list[str] = []
        below = last + 1
        # (a note's key alone, "备注：", heads the notes printed below it: the outline's, not the table's)
        while (below < len(lines) and (note := _NOTE.match(lines[below].text)) and lines[below].gap <= 1
               and note.end() < len(lines[below].text.rstrip())):
            notes.append(lines[below].text)
            below += 1
        start = above + 1
        rows = region.rows or [[Cell(text=c.text) for c in region.header[-1]]]
        header = region.header if region.rows else region.header[:-1]
        table = fill(Table(unit=unit, header=header, rows=rows, notes=notes,
                           lines=LineSpan(first=lines[start].number, last=lines[below - 1].number)))
        top = start - 1 if caption is not None else start  # (the caption's line is taken with the table's)
        taken.update(range(top, below))
        blocks.append(TableBlock("table", lines[top:below], caption.text if caption else "", table=table,
                                 caption=caption))
    return [line for k, line in enumerate(lines) if k not in taken], blocks


def place_tables(blocks: list[Block], tables: list[TableBlock]) -> list[Block]:
    """The blocks with each table put back where its lines stood (by input line number)."""
    if not tables:
        return blocks
    out: list[Block] = []
    waiting = iter(tables)
    table = next(waiting, None)
    for block in blocks:
        while table is not None and table.first_line < block.first_line:
            out.append(table)
            table = next(waiting, None)
        out.append(block)
    while table is not None:
        out.append(table)
        table = next(waiting, None)
    return out


__all__ = ["TableBlock", "place_tables", "take_tables"]
