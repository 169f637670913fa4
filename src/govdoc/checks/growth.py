"""Rule ``growth``: a growth rate or an increment printed beside two levels must match them.

Three ways a sentence gives the two levels of a change:

* from … to: "规上企业从1832户增加到3382户，增长84.6%" — the rate is 3382/1832 − 1;
* against a printed base: "地区生产总值3010.8亿元，较“十三五”末的2150.6亿元增加860.2亿元，增长40.0%";
* a level with its increment: "转移支付381.2亿元，较上年增加24.5亿元，增长6.9%" — the base is the
  level less the increment, so the rate is 24.5 / (381.2 − 24.5).

Average annual rates (年均) span years the sentence does not give, and the growth of value added
and of GDP (增加值, 生产总值) is reported at comparable prices while its levels are at current
prices, so those rates are left alone; their increments are still checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .document import Block, Document, Figure
from .finding import FigureRef, Finding
from .precision import Interval, interval, judge, render
from .words import is_amount, percent_role

RULE = "growth"
HUNDRED = Decimal(100)

_FROM = re.compile(r"(?:从|由)[^，。；：]{0,12}$")
_TO = re.compile(r"^[^，。；：]{0,8}(?:到|至)$")
_BASE = re.compile(r"(?:较|比|同比)[^，。；：]{0,16}的$")
_INCREMENT = re.compile(r"(?:增加|减少|增长|下降|提高|降低|多|少|增|减)了?$")
_DOWN = re.compile(r"下降|减少|降低|回落|下跌|少|减")
_BY_COMPARISON = re.compile(r"(?:较|比|同比)")
_REAL = re.compile(r"生产总值|增加值|GDP|可比价|实际增长|按不变价")
_ANNUAL = re.compile(r"年均|平均每年|每年平均")
MAX_CHANGES = 3
"""Changes read after the two levels: an increment, a rate, a percentage-point change."""


def check(document: Document) -> Iterator[Finding]:
    """Every pair of levels with the changes printed after them."""
    for block in document.blocks:
        used: set[int] = set()
        for previous, current, changes in _pairs(block):
            for change in changes:
                if change.index in used:
                    continue
                used.add(change.index)
                found = _judge(change, previous, current)
                if found is not None:
                    yield found
        for level, increment, rate in _level_increment_rate(block):
            if rate.index not in used:
                found = _judge_from_increment(level, increment, rate)
                if found is not None:
                    yield found


def _same_measure(a: Figure, b: Figure) -> bool:
    return a.metric.unit == b.metric.unit and a.metric.kind == b.metric.kind


def _level(figure: Figure) -> bool:
    metric = figure.metric
    if metric.approx is not None or metric.value_min is not None:
        return False
    return is_amount(figure) or (metric.kind == "percent" and percent_role(figure) in ("rate", "share"))


def _pairs(block: Block) -> Iterator[tuple[Figure, Figure, list[Figure]]]:
    """(earlier level, later level, the changes that follow) for from-to and based comparisons."""
    figures = block.figures
    for position, figure in enumerate(figures):
        if not _level(figure) or position + 1 >= len(figures):
            continue
        following = figures[position + 1]
        if not following.same_sentence(figure) or not _same_measure(figure, following):
            continue
        between = block.text[figure.end:following.start]
        exact = following.metric.approx is None and following.metric.value_min is None
        if _FROM.search(figure.clause_lead()) and _TO.search(between) and exact:
            yield figure, following, _changes(figures[position + 2:position + 2 + MAX_CHANGES], figure)
        elif _BASE.search(following.clause_lead()) and _level(following) and is_amount(figure):
            yield following, figure, _changes(figures[position + 2:position + 2 + MAX_CHANGES], figure)


def _changes(after: list[Figure], level: Figure) -> list[Figure]:
    """The changes printed right after two levels, in the same sentence."""
    changes: list[Figure] = []
    for figure in after[:MAX_CHANGES]:
        if not figure.same_sentence(level) or not _is_change(figure, level):
            break
        changes.append(figure)
    return changes


def _is_change(figure: Figure, level: Figure) -> bool:
    metric = figure.metric
    if metric.approx is not None or metric.value_min is not None:
        return False
    lead = figure.clause_lead()
    if metric.kind == "percent":
        return percent_role(figure) == "growth"
    if metric.kind == "percentage_point":
        return level.metric.kind == "percent"
    if metric.unit == "倍":
        return bool(_INCREMENT.search(lead.rstrip()))
    return _same_measure(figure, level) and bool(_INCREMENT.search(lead.rstrip()) or metric.change)


def _judge(change: Figure, previous: Figure, current: Figure) -> Finding | None:
    before, after = interval(previous.metric), interval(current.metric)
    metric = change.metric
    sentence = change.block.text[slice(*change.sentence())]
    if metric.kind == "percent" or metric.unit == "倍":
        if _ANNUAL.search(change.clause_lead()) or _REAL.search(sentence) or before.lo <= 0:
            return None
        ratio = after / before
        rate = Interval(ratio.lo - 1, ratio.hi - 1)
        expected = rate.scale(HUNDRED) if metric.kind == "percent" else rate
        exact = (current.metric.value / previous.metric.value - 1) * (HUNDRED if metric.kind == "percent" else 1)
    else:
        difference = after - before
        expected, exact = difference, current.metric.value - previous.metric.value
    if exact < 0:
        expected, exact = Interval(-expected.hi, -expected.lo), -exact
    role = "growth" if metric.kind == "percent" or metric.unit == "倍" else "increment"
    return _finding(change, expected, exact, (change.ref(role), previous.ref("previous"), current.ref("level")))


def _level_increment_rate(block: Block) -> Iterator[tuple[Figure, Figure, Figure]]:
    """A level followed by its increment over a base (比上年增加…) and then a growth rate."""
    figures = block.figures
    for position in range(len(figures) - 2):
        level, increment, rate = figures[position:position + 3]
        if not (level.same_sentence(increment) and increment.same_sentence(rate)):
            continue
        if not (is_amount(level) and _same_measure(level, increment) and increment.metric.approx is None):
            continue
        lead = increment.clause_lead().rstrip()
        if not (_INCREMENT.search(lead) and _BY_COMPARISON.search(lead)) or _BASE.search(lead):
            continue
        if rate.metric.kind == "percent" and percent_role(rate) == "growth" and rate.metric.approx is None:
            yield level, increment, rate


def _judge_from_increment(level: Figure, increment: Figure, rate: Figure) -> Finding | None:
    sentence = rate.block.text[slice(*rate.sentence())]
    if _ANNUAL.search(rate.clause_lead()) or _REAL.search(sentence):
        return None
    down = bool(_DOWN.search(increment.clause_lead()))
    now, step = interval(level.metric), interval(increment.metric)
    base = now + step if down else now - step
    if base.lo <= 0:
        return None
    expected = (step / base).scale(HUNDRED)
    exact_base = level.metric.value + (increment.metric.value if down else -increment.metric.value)
    exact = increment.metric.value / exact_base * HUNDRED
    return _finding(rate, expected, exact, (rate.ref("growth"), level.ref("level"), increment.ref("increment")))


def _finding(change: Figure, expected: Interval, exact: Decimal, refs: tuple[FigureRef, ...]) -> Finding | None:
    printed_value = abs(change.metric.value)
    verdict = judge(change.metric.model_copy(update={"value": printed_value}), expected)
    if verdict.consistent:
        return None
    shown = render(change.metric, exact)
    return Finding(
        rule=RULE, severity=verdict.severity,
        message_zh=f"按前后两个数值计算应为{shown}，文中为{change.metric.text}",
        message_en=f"the two levels give {shown}, but the text prints {change.metric.text}",
        figures=refs,
        expected=exact, printed=printed_value, expected_text=shown, printed_text=change.metric.text,
    )


__all__ = ["RULE", "check"]
