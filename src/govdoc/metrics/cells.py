"""The figures of a table: every cell that holds a number gets a Metric that says what it measures.

A statistical table prints bare numbers ("612.4") and puts their meaning around them: the unit and
scale in the column header ("年末数（万人）"), in the row label ("地区生产总值（亿元）") or in the table's
unit line ("单位：万元"); what was measured in the row label ("其中：城镇" under "全市常住人口" measures
城镇, as the annotation rules read a sub-item); the kind of figure in the column header ("比重（%）",
"比上年增长%"). ``table_figures`` reads them all:

>>> from govdoc.model import Cell, Table, table_metrics
>>> table = Table(header=[[Cell(text="指标"), Cell(text="年末数（万人）"), Cell(text="比重（%）")]],
...               rows=[[Cell(text="全市常住人口"), Cell(text="612.4"), Cell(text="100.0")],
...                     [Cell(text="其中：城镇"), Cell(text="430.1"), Cell(text="70.2")]])
>>> for row, column, cell, m in table_metrics(table_figures(table)):
...     print(row, column, m.text, m.value, m.unit, m.indicator, m.column)
1 1 612.4 6124000 人 全市常住人口 年末数
1 2 100.0 100 % 全市常住人口 比重
2 1 430.1 4301000 人 城镇 年末数
2 2 70.2 70.2 % 城镇 比重
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..model import Cell, Change, Metric, Table
from .change import change_in
from .extract import extract_metrics
from .strip import leading_words
from .units import Unit

__all__ = ["HIERARCHY", "grid", "table_figures"]

HIERARCHY = " / "
"""What joins a row label to the label of the row it belongs to: "全市常住人口 / 城镇"."""

# A bare number as a statistical table prints it: 612.4, -2.3, 1,234, ３．２, +5
_BARE = re.compile(r"[-－−+＋]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?P<unit>[%％‰])?")
# A unit printed in a label: 年末数（万人）, 比重(%), 绝对数 /亿元, 比上年增长%, 单位：万元
_PAREN_UNIT = re.compile(r"[（(](?:单位[:：])?(?P<unit>[^（）()]{1,8})[）)]\s*$")
_SLASH_UNIT = re.compile(r"[/／](?P<unit>[^/／]{1,8})$")
_TRAILING_PERCENT = re.compile(r"[%％‰]$")
# (also at the end of a line that names the department first: "部门：××局 单位：万元")
_UNIT_LINE = re.compile(r"(?:^|\s)(?:计量)?单位\s*[:：]\s*(?P<unit>[^\s:：]+?)\s*$"
                        r"|^(?:计量)?单位\s*[:：]\s*(?P<all>.+?)\s*$")
_SUB_ITEM = re.compile(r"^(?:其中|内\s*[:：]|#)\s*[:：]?\s*")
# A row that heads a group of rows: 按性别分, 分地区看, 城镇：
_GROUP = re.compile(r"^按.{1,10}分$|^分.{1,10}[看分]$|[:：]$")
_SPACES = re.compile(r"[ \t\u3000]+")
_FULL = str.maketrans("０１２３４５６７８９．，－−＋％", "0123456789.,--+%")


@dataclass(frozen=True, slots=True)
class Scale:
    """A unit as a label gives it: the unit and the factor its figures are multiplied by."""

    unit: Unit
    factor: Decimal


def read_unit(text: str) -> Scale | None:
    """The unit a label or a unit line names ("万人" → 10⁴ 人, "%" → %, "亿千瓦小时"), or None."""
    text = _SPACES.sub("", text)
    if not text:
        return None
    metrics = extract_metrics("1" + text)  # the scanner reads every unit and scale the text can hold
    if len(metrics) != 1 or metrics[0].end != len(text) + 1 or metrics[0].value_min is not None:
        return None
    metric = metrics[0]
    return Scale(Unit(metric.unit, metric.kind, metric.currency), metric.value)


def split_label(label: str) -> tuple[str, Scale | None]:
    """A header or row label without its unit, and the unit: "年末数（万人）" → ("年末数", 10⁴ 人);
    "比上年增长%" keeps its words ("比上年增长%", %)."""
    label = label.strip()
    for pattern in (_PAREN_UNIT, _SLASH_UNIT):
        m = pattern.search(label)
        if m is not None:
            scale = read_unit(m.group("unit"))
            if scale is not None:
                return label[:m.start()].strip(), scale
    if _TRAILING_PERCENT.search(label):
        return label, read_unit(label[-1])
    return label, None


# the number of a row of a list ("2.公务接待费", "（2）公务用车运行费", "其中:(1)…"): no part of what it counts
_ROW_NUMBER = re.compile(r"^(?:[1-9][0-9]?[.．、](?![0-9])|[（(][1-9][0-9]?[）)])|(?<=[:：])[（(][1-9][0-9]?[）)]")
# a column of differences ("增减额", "增减幅度", "比上年增减%", "比上年±%"): its figures' signs say which way they
# changed
_DIFFERENCE = re.compile(r"增减|±|＋／－|\+/-")


def _signed(metric: Metric) -> Metric:
    """A figure in a column of differences with the change its sign states (-13% decrease, 0.00% flat), where
    the column names none of its own."""
    if metric.change is not None:
        return metric
    change: Change = "decrease" if metric.value < 0 else "flat" if metric.value == 0 else "increase"
    return metric.model_copy(update={"change": change})


def unit_line(table: Table) -> Scale | None:
    """The unit the table's unit line names for all its figures ("单位：万元"), or None."""
    if table.unit is None:
        return None
    m = _UNIT_LINE.search(table.unit)
    text = (m.group("unit") or m.group("all")) if m is not None else table.unit
    return read_unit(text) if "、" not in text and "，" not in text else None


def grid(rows: Sequence[Sequence[Cell]]) -> list[list[Cell | None]]:
    """The cells of ``rows`` laid out on the grid, a merged cell in every position it covers."""
    grid: list[list[Cell | None]] = [[] for _ in rows]
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c < len(grid[r]) and grid[r][c] is not None:
                c += 1
            for down in range(cell.rowspan):
                if r + down >= len(grid):
                    break
                line = grid[r + down]
                while len(line) < c + cell.colspan:
                    line.append(None)
                for across in range(cell.colspan):
                    line[c + across] = cell
            c += cell.colspan
    return grid


def _is_figure_text(text: str) -> bool:
    return _BARE.fullmatch(text.translate(_FULL).strip()) is not None


def _column_labels(header: Sequence[Sequence[Cell]], width: int) -> list[tuple[str, Scale | None]]:
    """For every grid column: its label (header texts top to bottom, units taken off) and unit."""
    layout = grid(header)
    labels: list[tuple[str, Scale | None]] = []
    for c in range(width):
        parts: list[str] = []
        scale: Scale | None = None
        for line in layout:
            cell = line[c] if c < len(line) else None
            if cell is None or not cell.text:
                continue
            label, unit = split_label(cell.text)
            scale = unit or scale  # the lowest header that names a unit wins
            if label and (not parts or parts[-1] != label):
                parts.append(label)
        labels.append((HIERARCHY.join(parts), scale))
    return labels


@dataclass
class _Rows:
    """The group the rows stand in ("按性别分" over "男", "女"), which their labels do not name."""

    group: str | None = None

    def indicator(self, label: str, has_figures: bool, *, alone: bool) -> str | None:
        """The indicator of a row labelled ``label``: what its own label names, as the annotation rules read a
        sub-item ("其中：城镇" → 城镇, "其中:谷物" → 谷物: the parent's name is not inherited), without the time
        words they leave out ("当年出栏猪" → 出栏猪); a row under a group's label (a row with no figures of its own:
        "按性别分", "教育") is named under it ("按性别分 / 男性"). ``alone``: the label is the only cell of its row,
        or spans it."""
        sub = _SUB_ITEM.match(label)
        if sub is not None:
            return _without_time(label[sub.end():].strip()) or None
        if not has_figures and (alone or _GROUP.search(label) is not None):  # 按性别分: the rows below
            self.group = label or None
            return None
        return HIERARCHY.join(p for p in (self.group, _without_time(label)) if p) or None


def _without_time(label: str) -> str:
    """``label`` without the time words it opens with ("当年出栏猪" → "出栏猪", "年末常住人口" → "常住人口"), nor the
    space after them ("全年 社区" → "社区": a name never starts or ends with a space)."""
    label = label.strip()
    for word, kind in leading_words(label):
        if kind != "time" or len(word) == len(label):
            break
        label = label[len(word):].strip()
    return label


def _change(label: str) -> Change | None:
    """The change a column or row label states: 比上年增长% → increase."""
    words = _SPACES.sub("", label).rstrip("%％‰")
    return change_in(words) if words else None


def _metric(cell: Cell, scale: Scale | None, indicator: str | None, column: str | None,
            change: Change | None) -> Metric | None:
    """The Metric of a cell that prints a bare number, or None when it prints none or nothing
    gives it a unit."""
    text = cell.text
    m = _BARE.search(text.translate(_FULL))
    if m is None or text[:m.start()].strip() or text[m.end():].strip():
        return None
    if m.group("unit"):  # 70.2% in a cell: the cell's own unit wins
        scale = read_unit(m.group("unit"))
    if scale is None:
        return None
    number = m.group().translate(_FULL).replace(",", "").replace("+", "")
    unit = scale.unit
    value = Decimal(number.rstrip("%‰")) * scale.factor
    return Metric(text=text[m.start():m.end()], start=m.start(), end=m.end(), value=value, unit=unit.name,
                  kind=unit.kind, currency=unit.currency, indicator=indicator or None, change=change,
                  column=column or None)


def _described(metrics: list[Metric], indicator: str | None, column: str | None,
               change: Change | None) -> list[Metric]:
    """Figures found in a cell's own text ("612.4万人"), described by the row and the column."""
    return [m.model_copy(update={"indicator": indicator or m.indicator, "column": column or None,
                                 "change": m.change or change}) for m in metrics]


def table_figures(table: Table) -> Table:
    """``table`` with a Metric in every body cell that holds a figure.

    The unit and scale come from the cell itself ("612.4万人"), else from its column header
    ("年末数（万人）"), else from its row label ("地区生产总值（亿元）"), else from the table's unit
    line ("单位：万元"); a number that no unit explains is no figure and gets no Metric. The indicator
    is the row label, under the row it belongs to ("全市常住人口 / 城镇"); ``column`` is the column's
    label without its unit ("比重", "2025年 / 比上年增长%"); the change is the one the column or row
    label states ("比上年增长%" → increase, whatever the sign). Header cells and row labels keep no
    figures. Returns a new Table; ``table`` is not changed.
    """
    header = [list(row) for row in table.header]
    body = [list(row) for row in table.rows]
    layout = grid(body)
    width = max((len(line) for line in (*grid(header), *layout)), default=0)
    if not header and body and not any(_is_figure_text(cell.text) for cell in body[0][1:]):
        header_rows: Sequence[Sequence[Cell]] = body[:1]  # a first row of labels is the header
        start = 1
    else:
        header_rows, start = header, 0
    columns = _column_labels(header_rows, width)
    stubs = _label_columns(layout[start:], columns, width)
    table_unit = unit_line(table)
    rows = _Rows()
    new_rows: list[list[Cell]] = []
    for r, row in enumerate(body):
        if r < start:
            new_rows.append([_with(cell, []) for cell in row])
            continue
        line = layout[r]
        labels = [split_label(_ROW_NUMBER.sub("", cell.text)) for cell in _distinct(line[:stubs]) if cell.text]
        label = HIERARCHY.join(text for text, _ in labels if text)
        row_unit = next((unit for _, unit in reversed(labels) if unit is not None), None)
        has_figures = any(cell is not None and _is_figure_text(cell.text) for cell in line[stubs:])
        indicator = rows.indicator(label, has_figures, alone=all(c < stubs for c in _columns_of(line, row)))
        row_change = _change(label)
        filled: list[Cell] = []
        for cell, c in zip(row, _columns_of(line, row), strict=True):
            metrics: list[Metric] = []
            if c >= stubs and cell.text:
                column, column_unit = columns[c] if c < len(columns) else ("", None)
                change = _change(column) or row_change
                if not _is_figure_text(cell.text):  # 45.6万人: the cell prints its own unit
                    metrics = _described(extract_metrics(cell.text), indicator, column, change)
                else:
                    metric = _metric(cell, column_unit or row_unit or table_unit, indicator, column, change)
                    metrics = [metric] if metric is not None else []
                if change is None and _DIFFERENCE.search(column):
                    metrics = [_signed(metric) for metric in metrics]
            filled.append(_with(cell, metrics))
        new_rows.append(filled)
    return table.model_copy(update={"rows": new_rows})


def _with(cell: Cell, metrics: list[Metric]) -> Cell:
    """``cell`` with ``metrics`` (validated: every span must match the cell's text)."""
    return Cell(text=cell.text, colspan=cell.colspan, rowspan=cell.rowspan, metrics=metrics)


def _distinct(cells: Sequence[Cell | None]) -> list[Cell]:
    """The cells of a grid line once each (a cell spanning columns fills several positions)."""
    seen: list[Cell] = []
    for cell in cells:
        if cell is not None and all(cell is not other for other in seen):
            seen.append(cell)
    return seen


def _columns_of(line: Sequence[Cell | None], row: Sequence[Cell]) -> list[int]:
    """The grid column where each cell of ``row`` starts in its grid line."""
    columns: list[int] = []
    c = 0
    for cell in row:
        while c < len(line) and line[c] is not cell:
            c += 1
        columns.append(c)
        c += cell.colspan
    return columns


def _label_columns(grid: Sequence[Sequence[Cell | None]], columns: Sequence[tuple[str, Scale | None]],
                   width: int) -> int:
    """How many leading columns hold row labels (指标; 类别 and 项目): columns whose header names no
    unit and whose body cells print no figure. At least the first one, in a table of two columns or
    more, unless its header names a unit."""
    if width < 2 or (columns and columns[0][1] is not None):
        return 0
    count = 1
    while count < width - 1 and (count >= len(columns) or columns[count][1] is None) and not any(
            _holds_figure(line[count]) for line in grid if count < len(line)):
        count += 1
    return count


def _holds_figure(cell: Cell | None) -> bool:
    """Whether a body cell prints a number or a figure with its unit."""
    return cell is not None and bool(cell.text) and (_is_figure_text(cell.text) or bool(extract_metrics(cell.text)))
