"""What the words around a figure say it is: a share, a growth rate, a total, a part, a level.

The rules read a figure through :attr:`Metric.kind`, :attr:`Metric.change` and :attr:`Metric.approx`
and through the few words printed before it in its clause ("占总数的", "比上年增长", "合计"), so they
work with whatever indicators :mod:`govdoc.metrics` finds today and get better as it improves.
"""

from __future__ import annotations

import re

from ..numbering import cn_to_int
from .document import Figure

RATE_KINDS = frozenset({"percent", "percentage_point", "ratio"})
"""Kinds whose figures are rates, not amounts that add up."""

_GROWTH = re.compile(r"增长|下降|提高|降低|上升|回落|回升|增加|减少|上涨|下跌|增幅|增速|提升|减产|增产|扩大|缩小|"
                     r"降幅|涨幅|同比|比上年|较上年|比去年|较去年|年均|翻")
_INCREMENT_END = re.compile(r"(?:增长|下降|提高|降低|上升|增加|减少|多|少|增|减|降|提升|扩大|缩小|节约|节省)了?$")
_SHARE = re.compile(r"占|比重|占比|构成")
_ENUMERATED = re.compile(r"\s*[、和及与或]\s*")
_CONTRIBUTION = re.compile(r"贡献|拉动")
_TOTAL = re.compile(r"共计|合计|总计|总共|一共|共有|(?<![公中])共(?![同享建治识产青富商生赢])|总数")
_SUM_END = re.compile(r"(?:合计|总计|共计|总共|一共|(?<![公中])共)[为是达有]?$")
_GENERIC_WHOLES = frozenset({"", "总数", "总量", "全部", "总额", "合计", "总计", "比", "比重", "总", "全"})
_DECLARED = re.compile(r"(?:分为|分成|归纳为|归为|划分为|包括|涉及)([一二两三四五六七八九十]+|\d+)个?"
                       r"(?:大类|类|方面|部分|种)")


def is_amount(figure: Figure) -> bool:
    """A point value that adds up with others of its unit: not a rate, a range, an approximation
    or a change ("增加24.5亿元" is an increment, not an amount, and so is 50元 in "分别提高25元、50元":
    a figure listed after another of its measure with only 、 between is what that one is)."""
    known = figure.notes.get("amount")
    if isinstance(known, bool):
        return known
    chain = [figure]  # the run of figures listed with 、 back to one already read, or to its first
    while chain[-1].position and _ENUMERATED.fullmatch(chain[-1].lead()):
        previous = chain[-1].block.figures[chain[-1].position - 1]
        if "amount" in previous.notes:
            break
        chain.append(previous)
    for member in reversed(chain):
        amount = _own_amount(member)
        if amount and member.position and _ENUMERATED.fullmatch(member.lead()):
            previous = member.block.figures[member.position - 1]
            same = (previous.metric.unit, previous.metric.kind) == (member.metric.unit, member.metric.kind)
            amount = not (same and previous.notes.get("amount") is False)
        member.notes["amount"] = amount
    return figure.notes["amount"] is True


def _own_amount(figure: Figure) -> bool:
    metric = figure.metric
    if metric.kind in RATE_KINDS or metric.approx is not None or metric.value_min is not None:
        return False
    if metric.change is not None:
        return False
    return _INCREMENT_END.search(figure.clause_lead().rstrip()) is None


def percent_role(figure: Figure) -> str:
    """What a percentage is: ``share`` (占总数的25%), ``contribution`` (贡献率), ``growth`` (增长6%) or ``rate``."""
    lead = figure.clause_lead()
    if _CONTRIBUTION.search(lead):
        return "contribution"
    share = None
    for found in _SHARE.finditer(lead):
        share = found
    if share is not None and not _GROWTH.search(lead, share.end()) and "从" not in lead and "由" not in lead:
        return "share"
    if figure.metric.change is not None or _GROWTH.search(lead):
        return "growth"
    return "rate"


def is_share(figure: Figure) -> bool:
    """A percentage printed as a part of a whole (占…的, 比重, 占比), exact (no 约, 以上)."""
    metric = figure.metric
    return (metric.kind == "percent" and metric.approx is None and metric.value_min is None
            and percent_role(figure) == "share")


def share_whole(figure: Figure) -> str | None:
    """The whole a share names ("占一般公共预算支出比重76.3%" → 一般公共预算支出), None when it names
    none or a generic one (占总数的, 占比)."""
    lead = figure.clause_lead()
    at = lead.rfind("占")
    if at < 0:
        return None
    whole = lead[at + 1:].strip()
    for verb in ("达到", "为", "达", "是"):
        whole = whole.removesuffix(verb)
    whole = whole.strip("的 ")
    for suffix in ("比重", "比例", "份额"):
        whole = whole.removesuffix(suffix).strip("的 ")
    return None if whole in _GENERIC_WHOLES or (whole.startswith("全") and len(whole) <= 2) else whole


def has_total_mark(figure: Figure) -> bool:
    """The clause says the figure is a total (共计24条, 共需筹集175亿元, 合计, 总计)."""
    return _TOTAL.search(figure.clause_lead()) is not None


def ends_with_sum_mark(figure: Figure) -> bool:
    """The figure follows 合计/共计/总计/共 directly: a sum of what was listed before it."""
    return _SUM_END.search(figure.clause_lead().rstrip("，,：: ")) is not None


def declared_count(text: str) -> int | None:
    """The number of items a text announces ("分为四类" → 4), None when it announces none."""
    found = _DECLARED.search(text)
    if found is None:
        return None
    number = found.group(1)
    return int(number) if number.isdigit() else cn_to_int(number)


def growth_words(text: str) -> bool:
    """True when ``text`` holds a word of growth or comparison (增长, 下降, 比上年…)."""
    return _GROWTH.search(text) is not None


__all__ = ["RATE_KINDS", "declared_count", "ends_with_sum_mark", "growth_words", "has_total_mark", "is_amount",
           "is_share", "percent_role", "share_whole"]
