"""Rule ``shares``: a share printed next to a count must be that count over its total.

"共收到意见建议24条……三是……2条，占总数的8.22%" prints 8.22 % where 2/24 is 8.33 %. The total is
the group's (其中, a list under 共计, see :mod:`.groups`) or, when the share names its whole
("民生支出476.59亿元，占一般公共预算支出比重76.3%"), the one figure of the document with that
indicator and unit. Rounding of every printed figure is allowed for; a list that prints shares with
two decimals is read as printing its whole numbers ("25%") to two decimals too.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .document import Document, Figure
from .finding import Finding
from .groups import find_groups
from .precision import Interval, finest, interval, judge, render
from .precision import total as sum_of
from .words import is_amount, is_share, share_whole

RULE = "shares"
HUNDRED = Decimal(100)
MIN_WHOLE_LENGTH = 4
"""A named whole shorter than this ("收入") names too little to find its figure by indicator."""
_INSIDE = frozenset({"的", "的比重为", "的比例为", "的比重", "的比例"})
"""What stands between the total printed inside a share and the share: 占全部160家的12.5%."""
MAX_NAME = 40
"""Longer indicators and wholes are compared by their last MAX_NAME characters."""


def check(document: Document) -> Iterator[Finding]:
    """Shares of groups and shares that name their whole, against count / total."""
    seen: set[int] = set()
    for group in find_groups(document):
        quantum = finest([f.metric for f in group.shares()]) if group.shares() else None
        for part in group.parts:
            share, amount = part.share, part.amount
            if share is None or amount is None or group.total is None:
                continue
            whole = share_whole(share)
            if whole is not None and not _names(group.total, whole):
                continue  # a share of something else than the group's total: checked below by name
            seen.add(share.index)
            found = _judge(share, [amount], group.total, quantum)
            if found is not None:
                yield found
        if group.combined is not None and group.total is not None and group.amounts():
            seen.add(group.combined.index)
            found = _judge(group.combined, group.amounts(), group.total, None)
            if found is not None:
                yield found
    for share in document.figures:
        if share.index in seen:
            continue
        inline = _total_in_the_share(share)
        if inline is not None:
            found = _judge(share, [inline[0]], inline[1], None)
            if found is not None:
                yield found
            continue
        if not is_share(share):
            continue
        whole = share_whole(share)
        if whole is None or len(whole) < MIN_WHOLE_LENGTH:
            continue
        amount = _amount_before(share)
        total = _named_total(document, share, whole, amount) if amount is not None else None
        if amount is not None and total is not None:
            found = _judge(share, [amount], total, None)
            if found is not None:
                yield found


def expected_share(amount: Interval, total: Interval) -> Interval:
    """The share in per cent that ``amount`` is of ``total``."""
    return (amount / total).scale(HUNDRED)


def _judge(share: Figure, amounts: list[Figure], total: Figure, quantum: Decimal | None) -> Finding | None:
    """``share`` against the sum of ``amounts`` (one part, or all the parts of "以上四项") over ``total``."""
    exact_amount = sum((a.metric.value for a in amounts), Decimal(0))
    if total.metric.value <= 0 or exact_amount > total.metric.value * 2:
        return None
    expected = expected_share(sum_of([interval(a.metric) for a in amounts]), interval(total.metric))
    verdict = judge(share.metric, expected, quantum)
    if verdict.consistent:
        return None
    exact = exact_amount / total.metric.value * HUNDRED
    shown = render(share.metric, exact, quantum)
    listed = "+".join(a.metric.text for a in amounts)
    return Finding(
        rule=RULE, severity=verdict.severity,
        message_zh=f"{listed}占{total.metric.text}应为{shown}，文中为{share.metric.text}",
        message_en=f"{listed} of {total.metric.text} is {shown}, but the text prints {share.metric.text}",
        figures=(share.ref("share"), *(a.ref("part") for a in amounts), total.ref("total")),
        expected=exact, printed=share.metric.value, expected_text=shown, printed_text=share.metric.text,
    )


def _names(total: Figure, whole: str) -> bool:
    """The total's indicator is the whole the share names (one ends with the other)."""
    indicator = total.metric.indicator
    return indicator is not None and (indicator.endswith(whole) or whole.endswith(indicator))


def _total_in_the_share(share: Figure) -> tuple[Figure, Figure] | None:
    """(part, total) of a share that prints its total inside: "新增企业20家，占全部100家的20%"."""
    metric = share.metric
    if metric.kind != "percent" or metric.approx is not None or share.position < 2:
        return None
    total = share.block.figures[share.position - 1]
    part = share.block.figures[share.position - 2]
    if share.lead().strip() not in _INSIDE or "占" not in total.clause_lead():
        return None
    if not (is_amount(total) and is_amount(part) and part.same_sentence(share)):
        return None
    if (part.metric.unit, part.metric.kind) != (total.metric.unit, total.metric.kind):
        return None
    return part, total


def _amount_before(share: Figure) -> Figure | None:
    """The amount the share is a share of: the figure just before it in its sentence."""
    before = [f for f in share.block.between(share.block.sentence_start(share.start), share.start)
              if f.end <= share.start]
    amounts = [f for f in before if is_amount(f)]
    if not amounts or any(is_share(f) for f in before if f.start > amounts[-1].start):
        return None
    return amounts[-1]


def _by_name(document: Document) -> dict[str, list[Figure]]:
    """The amounts of the document by every ending of their indicator (4 to :data:`MAX_NAME`
    characters), so the figures a share names are found without reading every figure again."""
    index = document.memo.get(RULE)
    if isinstance(index, dict):
        return index
    built: dict[str, list[Figure]] = {}
    for figure in document.figures:
        indicator = figure.metric.indicator or ""
        if len(indicator) >= MIN_WHOLE_LENGTH and is_amount(figure):
            for size in range(MIN_WHOLE_LENGTH, min(len(indicator), MAX_NAME) + 1):
                built.setdefault(indicator[-size:], []).append(figure)
    document.memo[RULE] = built
    return built


def _named_total(document: Document, share: Figure, whole: str, amount: Figure) -> Figure | None:
    """The one figure of the document whose indicator is ``whole`` (or ends it, or ends with it),
    with the amount's unit; None when there is none, or several with different values."""
    index = _by_name(document)
    found = {id(f): f for f in index.get(whole, [])}  # indicators ending with the whole
    for size in range(MIN_WHOLE_LENGTH, min(len(whole), MAX_NAME) + 1):  # the whole ending with an indicator
        found.update((id(f), f) for f in index.get(whole[-size:], []) if f.metric.indicator == whole[-size:])
    candidates = [f for f in found.values() if f is not amount and f.metric.unit == amount.metric.unit
                  and f.metric.kind == amount.metric.kind]
    values = {f.metric.value for f in candidates}
    return min(candidates, key=lambda f: f.index) if len(values) == 1 else None


__all__ = ["RULE", "check", "expected_share"]
