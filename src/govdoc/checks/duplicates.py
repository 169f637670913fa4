"""Rule ``duplicates``: one indicator printed twice in a document with values that cannot both be right.

The same words often name different things: 招生 of each kind of school, 统筹资金 for each purpose,
一般公共预算收入 of last year and of the budget for next year, of the whole city and of the city
level. So a pair is reported only when nothing in the text tells the two apart:

* the indicator is specific (at least :data:`MIN_INDICATOR` characters) and carries exactly two
  values in the document (a word that carries three or more is a label for many things);
* the two figures stand in different paragraphs, are both levels or both changes in the same
  direction, and neither is approximate, a share of something, a target or a plan;
* their sentences and headings name the same years and periods (2025年, 十四五, 上半年, 年末) and
  the same scope (全市, 市级, 本级, 城镇, 农村);
* their values differ beyond the rounding of what was printed.

Even then two statistics can share a name, so a duplicate is only ``info``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from .document import Document, Figure
from .finding import Finding
from .precision import interval
from .words import is_amount, percent_role

RULE = "duplicates"
MIN_INDICATOR = 4

_TIME = re.compile(r"\d{4}年|[一二三四五六七八九十]{2,3}五|上半年|下半年|[一二三四]季度|1-\d+月|"
                   r"(?<![\d-])\d+月|年末|年初|今年|明年|当年|年均|累计")
_PLAN = re.compile(r"目标|预期|预计|计划|力争|争取|安排|草案|预算|将|拟|确保|达到[^，。；]{0,20}以上|左右")
_SCOPE = re.compile(r"全市|全省|全区|全县|全国|市级|省级|区级|县级|本级|城镇|农村|乡村|城乡|规模以上|限额以上")
_GENERIC = re.compile(r"^(?:其中|合计|总计|小计|同比|比上年|年均)")


def check(document: Document) -> Iterator[Finding]:
    """Pairs of figures with one indicator and two values that nothing in the text tells apart."""
    by_key: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
    for figure in document.figures:
        key = _key(figure)
        if key is not None:
            by_key[key].append(figure)
    for figures in by_key.values():
        values = {f.metric.value for f in figures}
        if len(values) != 2:
            continue
        first = figures[0]
        second = next(f for f in figures if f.metric.value != first.metric.value)
        if second.block is first.block or interval(first.metric).gap(interval(second.metric)) == 0:
            continue
        if not _same_context(first, second) or _planned(first) or _planned(second):
            continue
        indicator = first.metric.indicator
        yield Finding(
            rule=RULE, severity="info",
            message_zh=f"同一指标“{indicator}”先后为{first.metric.text}和{second.metric.text}",
            message_en=f"the indicator “{indicator}” is printed as {first.metric.text} and later as "
                       f"{second.metric.text}",
            figures=(second.ref("duplicate"), first.ref("duplicate")),
            printed=second.metric.value, printed_text=second.metric.text, expected=first.metric.value,
            expected_text=first.metric.text,
        )


def _key(figure: Figure) -> tuple[str, str, str, str] | None:
    metric = figure.metric
    indicator = metric.indicator
    if indicator is None or len(indicator) < MIN_INDICATOR or _GENERIC.match(indicator):
        return None
    if metric.approx is not None or metric.value_min is not None or metric.kind == "duration":
        return None
    if metric.kind == "percent":
        role = percent_role(figure)
        if role not in ("rate", "growth"):
            return None
        state = role if role == "rate" else f"growth:{metric.change}"
    elif is_amount(figure):
        state = "level"
    elif metric.change is not None:
        state = f"change:{metric.change}"
    else:
        return None
    return indicator, metric.unit, metric.kind, state


def _same_context(first: Figure, second: Figure) -> bool:
    """Both figures' sentences and headings name the same periods, and the same scope when both name one."""
    times = [frozenset(_TIME.findall(_before(f) + "".join(f.block.path_titles))) for f in (first, second)]
    scopes = [frozenset(_SCOPE.findall(_before(f))) for f in (first, second)]
    return times[0] == times[1] and (not scopes[0] or not scopes[1] or scopes[0] == scopes[1])


def _before(figure: Figure) -> str:
    """The figure's sentence up to the figure."""
    start, _ = figure.sentence()
    return figure.block.text[start:figure.end]


def _planned(figure: Figure) -> bool:
    """A target or a plan: its sentence or headings speak of 目标, 预期, 计划, 预算, 草案."""
    return _PLAN.search(_before(figure) + "".join(figure.block.path_titles)) is not None


__all__ = ["RULE", "check"]
