"""Figures that share one unit: the numbers of a 分别 list whose unit is printed once, after the last.

"分别回落2.16和1.66个百分点" is two figures, 2.16 and 1.66 percentage points; "分别为5、19、56、27微克/立方米"
is four. Each number before the last takes the last one's unit and scale ("分别为1.2、3.4亿元": 1.2亿元), as
annotators read such lists. Only a list that 分别 announces is read so: elsewhere a bare number before a
figure is a label, a code or a count of something else.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .numbers import parse_arabic
from .scan import Candidate

# 分别, a verb or a comparison and what it moves, then numbers joined by 、 / 和 / 及 / 与 up to the last figure
_LIST = re.compile(
    r"分[别別][^，。；,;：:0-9０-９]{0,12}?((?:[0-9]+(?:\.[0-9]+)?[ \u3000]*(?:、|和|及|与)[ \u3000]*)+)$")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_REACH = 60  # how far before a figure its list may start


def share_units(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a figure added for every number of a 分别 list that shares the unit of the figure after it."""
    if "分别" not in text and "分別" not in text:  # the usual paragraph: nothing to look for
        return cands
    out: list[Candidate] = []
    previous_end = 0
    for cand in cands:
        shared = _listed_before(text, cand, previous_end)
        out.extend(shared)
        out.append(cand)
        previous_end = cand.end
    return out


def _listed_before(text: str, cand: Candidate, previous_end: int) -> list[Candidate]:
    """The bare numbers of the 分别 list that ends right before ``cand``, as figures of its unit and scale."""
    if cand.chinese or cand.value_min is not None or cand.start != cand.num_start:
        return []
    found = _LIST.search(text, max(previous_end, cand.num_start - _REACH), cand.num_start)
    if found is None:
        return []
    try:
        printed = parse_arabic(text[cand.num_start:cand.num_end])
    except InvalidOperation:
        return []
    if not printed:
        return []
    scale = cand.value / printed  # (1 for "个百分点", 10⁸ for "亿元")
    listed = []
    for number in _NUMBER.finditer(text, found.start(1), found.end(1)):
        numeral = number.group()
        if numeral[0] == "0" and numeral[1:2].isdigit():
            return []  # a code ("05、06"), not a list of figures
        listed.append(Candidate(start=number.start(), end=number.end(), num_start=number.start(),
                                num_end=number.end(), value=Decimal(numeral) * scale, unit=cand.unit,
                                unit_start=number.end(), unit_end=number.end(), numeral=numeral,
                                scaled=scale != 1))
    return listed


__all__ = ["share_units"]
