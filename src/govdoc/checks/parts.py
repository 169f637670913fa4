"""Rule ``parts``: parts listed under a total (其中, 分别, 包括) may not exceed it, and a total stated as
their sum (共计, 合计, 总计, or a list declared complete) must be their sum, within printed precision.

Lists under 其中 are often not complete and sometimes overlap ("其中，教育支出…；社会保障和就业
支出…；民生支出…", where 民生支出 holds the other two; "其中：汽车…；私人汽车…", a kind of the first),
so their parts are only held to not exceeding the total, without the parts named as a kind of an
earlier one, and not even that when one part is large enough to hold all the others. A list that
reaches its total and then starts again (城镇/乡村, then 男性/女性) is read as two splits of the same
total and each is checked on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .document import Document, Figure
from .finding import Finding
from .groups import Group, find_groups
from .precision import Interval, interval, quantum_of, render, total

RULE = "parts"
MAX_NAME = 40
"""Names are compared by their last MAX_NAME characters."""
_UMBRELLA = re.compile(r"民生|重点|主要|综合|合计|小计|以上|全部|各类|总")


def check(document: Document) -> Iterator[Finding]:
    """Every group with a total and at least one amount."""
    for group in find_groups(document):
        amounts = group.amounts()
        if group.exhaustive is None:
            amounts = outermost(amounts)
        if group.total is None or not amounts:
            continue
        whole = interval(group.total.metric)
        for split in splits(amounts, whole):
            found = _judge(group, split, whole)
            if found is not None:
                yield found


def outermost(amounts: list[Figure]) -> list[Figure]:
    """The amounts without the sub-items of an earlier one: 私人汽车 after 汽车, 一般贸易出口 after
    出口 (a name ending with an earlier part's name is a kind of it, already counted in it)."""
    kept: list[Figure] = []
    names: set[str] = set()
    for amount in amounts:
        name = _name(amount)
        endings = (name[-size:] for size in range(1, min(len(name), MAX_NAME + 1)))  # shorter than the name
        if not any(ending in names for ending in endings):
            kept.append(amount)
        if name:
            names.add(name)
    return kept


def _name(figure: Figure) -> str:
    return figure.metric.indicator or figure.clause_lead().strip("其中：:，,、；; ")


def splits(amounts: list[Figure], whole: Interval) -> list[list[Figure]]:
    """The amounts cut after each run that adds up to the whole: two splits of one total in one list
    (城镇 + 乡村 = 常住人口, then 男 + 女 = 常住人口) are checked apart."""
    result: list[list[Figure]] = [[]]
    running = Interval.exact(Decimal(0))
    for index, amount in enumerate(amounts):
        result[-1].append(amount)
        running = running + interval(amount.metric)
        if running.gap(whole) == 0 and index + 1 < len(amounts) and len(result[-1]) >= 2:
            result.append([])
            running = Interval.exact(Decimal(0))
    return result


def _judge(group: Group, amounts: list[Figure], whole: Interval) -> Finding | None:
    assert group.total is not None
    parts = total([interval(a.metric) for a in amounts])
    exceeds = parts.lo > whole.hi
    if exceeds and group.exhaustive is None and _one_holds_the_rest(amounts, whole):
        return None
    if not exceeds and (group.exhaustive is None or parts.gap(whole) == 0):
        return None
    quantum = quantum_of(group.total.metric)
    gap = parts.gap(whole) / quantum
    # parts that each fit their total may overlap (公办 and 民办, then 九年一贯制): an excess of three or
    # more of them is worth a look, an excess of one or two cannot be explained away
    overlap = exceeds and group.exhaustive is None and len(amounts) >= 3 and all(
        interval(a.metric).lo <= whole.hi for a in amounts)
    severity = "warning" if gap <= Decimal("0.5") or overlap else "error"
    exact = sum((a.metric.value for a in amounts), Decimal(0))
    shown = render(group.total.metric, exact)
    listed = "+".join(a.metric.text for a in amounts)
    if exceeds:
        zh = f"分项之和{listed}={shown}，超过总数{group.total.metric.text}"
        en = f"the parts {listed} = {shown} exceed their total {group.total.metric.text}"
    else:
        zh = f"分项之和{listed}={shown}，与合计{group.total.metric.text}不符"
        en = f"the parts {listed} = {shown} do not add up to the stated total {group.total.metric.text}"
    return Finding(
        rule=RULE, severity=severity, message_zh=zh, message_en=en,
        figures=(group.total.ref("total"), *(a.ref("part") for a in amounts)),
        expected=exact, printed=group.total.metric.value, expected_text=shown,
        printed_text=group.total.metric.text,
    )


def _one_holds_the_rest(amounts: list[Figure], whole: Interval) -> bool:
    """One part, listed last or named as an umbrella (民生, 重点, 主要…), could hold all the others
    and still fit the total: an aggregate listed beside its own components (民生支出 after 教育支出
    and 社会保障和就业支出), not a slip."""
    if len(amounts) < 3:
        return False
    every = total([interval(a.metric) for a in amounts])
    for amount in amounts:
        if amount is not amounts[-1] and not _UMBRELLA.search(amount.clause_lead()):
            continue
        own = interval(amount.metric)
        rest_lo = every.lo - own.lo  # the others' least possible sum
        if own.hi >= rest_lo and own.lo <= whole.hi:
            return True
    return False


__all__ = ["RULE", "check", "splits"]
