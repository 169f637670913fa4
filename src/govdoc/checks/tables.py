"""Rule ``tables``: the arithmetic a table prints — total rows and columns, 其中 rows, share columns.

* A body row labelled 合计/总计/全市… is the sum of the rows it heads, column by column, in every
  column that adds up (not growth rates, shares, averages or prices). Rows labelled 按…分 split
  the table into blocks that each sum to the total ("按性别分: 男, 女"; "按城乡分: 城镇, 乡村"); a
  table with 其中 rows is not checked this way, since the rows under 其中 are a breakdown of the
  row above them, not of the total.
* A row labelled 其中 cannot exceed the row above it that it is a part of.
* A column headed 合计/总计 is the sum of the other columns that add up, row by row.
* A column headed 比重/占比/构成 holds each row's share of the total row in the column that
  adds up beside it, and the total row's share is 100.

Only cells that hold exactly one figure take part, and only figures of one unit are added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .document import Document, Figure, TableView
from .finding import Finding
from .precision import finest, interval, judge, quantum_of, render, total
from .words import RATE_KINDS

RULE = "tables"
HUNDRED = Decimal(100)

_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|总\s*数|共\s*计|总\s*体|全\s*部|全[市省县区国镇乡]|总\s*量|total)",
                    re.IGNORECASE)
_SUBTOTAL = re.compile(r"^小\s*计")
_SUB = re.compile(r"^(?:其中|#|内[:：]|含[:：])")
_SPLIT = re.compile(r"^按.{1,12}分|^分.{1,12}[看分]")
_NOT_ADDITIVE = re.compile(r"增长|增速|增幅|下降|%|％|比重|占比|构成|率|同比|比上年|平均|人均|均价|单价|价格|指数|"
                           r"排名|位次|份额")
_SHARE = re.compile(r"比重|占比|构成|份额")


def check(document: Document) -> Iterator[Finding]:
    """Every table of the document."""
    for view in document.tables:
        yield from _total_rows(view)
        yield from _sub_rows(view)
        yield from _total_columns(view)
        yield from _share_columns(view)


def _body(view: TableView) -> range:
    return range(view.header_rows, view.header_rows + len(view.table.rows))


def _cell(view: TableView, row: int, column: int) -> Figure | None:
    """The one exact figure of a cell, or None."""
    figures = view.cells.get((row, column), [])
    if len(figures) != 1:
        return None
    metric = figures[0].metric
    return figures[0] if metric.approx is None and metric.value_min is None else None


def _header(view: TableView, column: int) -> str:
    return view.columns.get(column, "")


def _columns(view: TableView) -> list[int]:
    """The grid columns that hold figures, in order (read once per table)."""
    key = "columns"
    if key not in view.memo:
        view.memo[key] = sorted({column for _, column in view.cells})
    return view.memo[key]  # type: ignore[return-value]


def _additive(view: TableView, column: int) -> bool:
    """A column whose figures add up: amounts of one unit under a header that is not a rate."""
    key = f"additive:{column}"
    if key not in view.memo:
        view.memo[key] = _reads_additive(view, column)
    return view.memo[key] is True


def _reads_additive(view: TableView, column: int) -> bool:
    if _NOT_ADDITIVE.search(_header(view, column)):
        return False
    figures = [f for (_, c), cell in view.cells.items() if c == column for f in cell]
    if not figures or any(f.metric.kind in RATE_KINDS for f in figures):
        return False
    if any(_NOT_ADDITIVE.search(f.metric.column or "") for f in figures):
        return False
    return len({(f.metric.unit, f.metric.kind) for f in figures}) == 1


def _label(view: TableView, row: int) -> str:
    return view.labels.get(row, "").replace("\u3000", "").strip()


def _sum_finding(total_figure: Figure, parts: list[Figure], what_zh: str, what_en: str) -> Finding | None:
    whole = interval(total_figure.metric)
    summed = total([interval(p.metric) for p in parts])
    gap = summed.gap(whole)
    if gap == 0:
        return None
    exact = sum((p.metric.value for p in parts), Decimal(0))
    shown = render(total_figure.metric, exact)
    severity = "warning" if gap / quantum_of(total_figure.metric) <= Decimal("0.5") else "error"
    listed = "+".join(p.metric.text for p in parts)
    return Finding(
        rule=RULE, severity=severity,
        message_zh=f"表中{what_zh}：{listed}={shown}，表中为{total_figure.metric.text}",
        message_en=f"table {what_en}: {listed} = {shown}, but the table prints {total_figure.metric.text}",
        figures=(total_figure.ref("total"), *(p.ref("part") for p in parts)),
        expected=exact, printed=total_figure.metric.value, expected_text=shown,
        printed_text=total_figure.metric.text,
    )


def _blocks(view: TableView, total_row: int) -> list[list[int]]:
    """The body rows the total row heads, cut into blocks at 按…分 rows (rows of no figures)."""
    blocks: list[list[int]] = [[]]
    for row in _body(view):
        if row == total_row:
            continue
        label = _label(view, row)
        if _SPLIT.match(label):
            blocks.append([])
            continue
        if not any((row, column) in view.cells for column in _columns(view)):
            continue
        blocks[-1].append(row)
    return [block for block in blocks if len(block) >= 2]


def _total_rows(view: TableView) -> Iterator[Finding]:
    totals = [row for row in _body(view) if _TOTAL.match(_label(view, row))]
    labels = [_label(view, row) for row in _body(view)]
    if len(totals) != 1 or any(_SUB.match(label) or _SUBTOTAL.match(label) for label in labels):
        return
    total_row = totals[0]
    for column in _columns(view):
        whole = _cell(view, total_row, column)
        if whole is None or not _additive(view, column):
            continue
        for block in _blocks(view, total_row):
            parts = [_cell(view, row, column) for row in block]
            if any(part is None for part in parts):
                continue
            found = _sum_finding(whole, [p for p in parts if p is not None], "各行之和应等于合计行",
                                 "the rows should sum to the total row")
            if found is not None:
                yield found


def _sub_rows(view: TableView) -> Iterator[Finding]:
    parent: int | None = None
    for row in _body(view):
        label = _label(view, row)
        if not _SUB.match(label):
            parent = row
            continue
        if parent is None:
            continue
        for column in _columns(view):
            part, whole = _cell(view, row, column), _cell(view, parent, column)
            if part is None or whole is None or not _additive(view, column):
                continue
            if interval(part.metric).lo > interval(whole.metric).hi:
                yield Finding(
                    rule=RULE, severity="error",
                    message_zh=f"“{label}”行的{part.metric.text}超过其上级行的{whole.metric.text}",
                    message_en=f"the 其中 row “{label}” holds {part.metric.text}, more than the "
                               f"{whole.metric.text} of the row it belongs to",
                    figures=(part.ref("part"), whole.ref("total")),
                    expected=whole.metric.value, printed=part.metric.value,
                    expected_text=f"≤{whole.metric.text}", printed_text=part.metric.text,
                )


def _total_columns(view: TableView) -> Iterator[Finding]:
    columns = _columns(view)
    for total_column in columns:
        if not _TOTAL.match(_header(view, total_column).replace("\u3000", "").strip()):
            continue
        others = [c for c in columns if c != total_column and _additive(view, c)]
        if len(others) < 2 or not _additive(view, total_column):
            continue
        for row in _body(view):
            whole = _cell(view, row, total_column)
            parts = [_cell(view, row, c) for c in others]
            if whole is None or any(p is None for p in parts):
                continue
            if any(p.metric.unit != whole.metric.unit for p in parts if p is not None):
                continue
            found = _sum_finding(whole, [p for p in parts if p is not None], "各列之和应等于合计列",
                                 "the columns should sum to the total column")
            if found is not None:
                yield found


def _share_columns(view: TableView) -> Iterator[Finding]:
    totals = [row for row in _body(view) if _TOTAL.match(_label(view, row))]
    if len(totals) != 1:
        return
    total_row = totals[0]
    columns = _columns(view)
    for share_column in columns:
        if not _SHARE.search(_header(view, share_column)):
            continue
        amounts = [c for c in columns if c < share_column and _additive(view, c)]
        if not amounts:
            continue
        amount_column = amounts[-1]
        whole = _cell(view, total_row, amount_column)
        if whole is None or whole.metric.value <= 0:
            continue
        shares = [f for row in _body(view) if (f := _cell(view, row, share_column)) is not None]
        quantum = finest([f.metric for f in shares]) if shares else None
        for row in _body(view):
            share, amount = _cell(view, row, share_column), _cell(view, row, amount_column)
            if share is None or amount is None or share.metric.kind != "percent":
                continue
            expected = (interval(amount.metric) / interval(whole.metric)).scale(HUNDRED)
            verdict = judge(share.metric, expected, quantum)
            if verdict.consistent:
                continue
            exact = amount.metric.value / whole.metric.value * HUNDRED
            shown = render(share.metric, exact, quantum)
            yield Finding(
                rule=RULE, severity=verdict.severity,
                message_zh=f"表中“{_label(view, row)}”的比重应为{shown}（{amount.metric.text}/{whole.metric.text}），"
                           f"表中为{share.metric.text}",
                message_en=f"table share of “{_label(view, row)}” is {shown} ({amount.metric.text} of "
                           f"{whole.metric.text}), but the table prints {share.metric.text}",
                figures=(share.ref("share"), amount.ref("part"), whole.ref("total")),
                expected=exact, printed=share.metric.value, expected_text=shown, printed_text=share.metric.text,
            )


__all__ = ["RULE", "check"]
