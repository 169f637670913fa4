"""Totals and their parts, as the text sets them out: the structures three rules check.

A :class:`Group` is a total with the parts listed under it, each part with the share printed next
to it when there is one. The text announces them in four ways, each found here:

* ``其中`` (or 分别, 包括) inside a sentence: "赔付支出64.6亿元，其中财产险赔付34.3亿元，健康险赔付
  3.0亿元"; "企业100家，国有、民营分别为60家、40家" (a paragraph that opens with 其中 takes its total
  from the end of the block before);
* a total marked 共/共计/合计 followed by list items, one per paragraph ("意见、建议共计24条。" …
  "一是……6条，占总数的25%。" "二是……12条，占50%。");
* a sum after its parts: "A 10人，B 20人，合计30人";
* shares of one whole side by side without amounts: "按产业分，第一产业投资占比4.2%，第二产业…".

Whether a group is *exhaustive* (its parts make up the whole, so they must sum to it) is decided
from the text: a declared count that matches ("分为四类" and four items), an item named 其他, a sum
stated with 合计; otherwise parts may only not exceed their total.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .document import Block, Document, Figure
from .words import declared_count, ends_with_sum_mark, has_total_mark, is_amount, is_share, percent_role, share_whole

_QIZHONG = re.compile(r"其中|分别|包括")
"""Words that open the parts of a total printed before them in the sentence."""
_TOPIC = re.compile(r"(?:^|[，。；：,;:\s])(?:按|分)[^，。；：,;:]{1,10}(?:分|看|划分)[，,：:]?")
_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+是|——|—|[-－•●·]|第[一二三四五六七八九十]+|"
                         r"[（(]?[0-9一二三四五六七八九十]+[)）.、．])")
_NEW_TOPIC = re.compile(r"总|合计|全市|全省|全区|全县|全国|全部|年末|年初|结余|滚存|余额")
_COMBINED = re.compile(r"以上|上述|前述|这[些几]|合计|共计|"
                       r"(?<![两二三四五六七八九十\d])[两二三四五六七八九十\d]+[项类个]")
_AVERAGE = re.compile(r"人均|平均|均价|单价")
_OPPOSITES = (("收入", "支出"), ("支出", "收入"))
_OTHER = re.compile(r"其他|其它")

MAX_INTRO_PARAGRAPHS = 2
"""Paragraphs without a figure of the total's unit allowed between a total and its list ("分为四类：")."""
MAX_ITEM_FIGURES = 3
"""A list item is short: its amount, its share and at most one more figure."""
MAX_ITEMS = 60
"""More items than this under one total are not a list (and would make the search quadratic)."""


@dataclass(eq=False)
class Part:
    """One part of a group: its amount (None in a group of shares alone) and the share printed with it."""

    amount: Figure | None
    share: Figure | None = None
    label: str = ""
    """The words before the amount in its clause (or before the share): where 其他 would show."""


@dataclass(eq=False)
class Group:
    """A total and its parts. ``how`` names the construction (qizhong, list, sum, shares);
    ``exhaustive`` says why the parts make up the whole, or is None when they need not."""

    how: str
    total: Figure | None
    parts: list[Part] = field(default_factory=list)
    exhaustive: str | None = None
    combined: Figure | None = None
    """A share of all the parts together ("以上四项支出占……的比重为79.3%")."""

    def amounts(self) -> list[Figure]:
        """The parts' amounts, in order."""
        return [part.amount for part in self.parts if part.amount is not None]

    def shares(self) -> list[Figure]:
        """The parts' shares, in order."""
        return [part.share for part in self.parts if part.share is not None]


def find_groups(document: Document) -> list[Group]:
    """Every group of the document, in document order of their first figure (found once per document)."""
    cached = document.memo.get("groups")
    if isinstance(cached, list):
        return cached
    groups = [*_qizhong_groups(document), *_sum_groups(document), *_list_groups(document)]
    groups.extend(_share_groups(document, groups))
    groups.sort(key=lambda g: min(f.index for f in members(g)))
    document.memo["groups"] = groups
    return groups


def members(group: Group) -> Iterator[Figure]:
    """The total, amounts and shares of a group."""
    if group.total is not None:
        yield group.total
    for part in group.parts:
        if part.amount is not None:
            yield part.amount
        if part.share is not None:
            yield part.share
    if group.combined is not None:
        yield group.combined


def _measure(figure: Figure) -> tuple[str, str]:
    return figure.metric.unit, figure.metric.kind


def _same_measure(a: Figure, b: Figure) -> bool:
    return _measure(a) == _measure(b)


def _parts_in(block: Block, start: int, end: int) -> tuple[list[Part], Figure | None]:
    """The amounts between ``start`` and ``end`` of a block with the unit of the first one, each with
    the share that follows it before the next amount, and a share of them all ("以上四项…占…");
    stops at a new topic."""
    parts: list[Part] = []
    first: Figure | None = None
    for figure in block.between(start, end):
        if is_amount(figure):
            if first is None:
                first = figure
            if not _same_measure(figure, first):
                continue
            if parts and _NEW_TOPIC.search(figure.clause_lead()):
                break
            parts.append(Part(figure, label=figure.clause_lead()))
        elif parts and is_share(figure):
            if _COMBINED.search(figure.clause_lead()):
                return parts, figure
            if parts[-1].share is None:
                parts[-1].share = figure
    return parts, None


def _belong(total: Figure, parts: list[Part]) -> list[Part]:
    """The parts that can be parts of ``total``: none when both are averages (城镇居民人均收入 is not
    a part of 全体居民人均收入), and those before the first that names the opposite of the total
    (安排支出 after 收入安排145亿元，其中…)."""
    whole = total.clause_lead() + (total.metric.indicator or "")
    if _AVERAGE.search(whole) and any(_AVERAGE.search(part.label) for part in parts):
        return []
    for position, part in enumerate(parts):
        if any(word in whole and opposite in part.label and opposite not in whole for word, opposite in _OPPOSITES):
            return parts[:position]
    return parts


def _qizhong_groups(document: Document) -> Iterator[Group]:
    """其中 in a sentence: the parts after it, the total the nearest amount of their unit before it."""
    previous: Block | None = None
    for block in document.blocks:
        if block.kind in ("paragraph", "glossary"):
            for found in _QIZHONG.finditer(block.text):
                at = found.start()
                end = block.sentence_end(at)
                following = _QIZHONG.search(block.text, found.end(), end)
                parts, combined = _parts_in(block, found.end(), following.start() if following else end)
                if not parts:
                    continue
                total = _total_before(block, at, parts[0].amount, previous)
                if total is None:
                    continue
                kept = _belong(total, parts)
                if kept:
                    yield Group("qizhong", total, kept, combined=combined if len(kept) == len(parts) else None)
        previous = block


def _total_before(block: Block, at: int, part: Figure | None, previous: Block | None) -> Figure | None:
    """The total a 其中 at ``at`` refers to: the last amount of the part's unit earlier in the sentence,
    or in the sentence before when 其中 opens its sentence, or ending the previous block when 其中
    opens the paragraph."""
    if part is None:
        return None
    start = block.sentence_start(at)
    opens = not block.text[start:at].strip(" ，,：:")
    if opens and start > 0:
        start = block.sentence_start(start - 1)
    candidates = [f for f in block.between(start, at) if is_amount(f)]
    if not candidates and opens and start == 0 and previous is not None:
        last = next((f for f in reversed(previous.figures) if is_amount(f)), None)
        candidates = [last] if last is not None else []
    candidates = [f for f in candidates if _same_measure(f, part)]
    return candidates[-1] if candidates else None


def _sum_groups(document: Document) -> Iterator[Group]:
    """A sum stated after its parts in one sentence: "A 10人，B 20人，合计30人"."""
    for block in document.blocks:
        for figure in block.figures:
            if not (is_amount(figure) and ends_with_sum_mark(figure)):
                continue
            start = block.sentence_start(figure.start)
            parts = [Part(f, label=f.clause_lead()) for f in block.between(start, figure.start)
                     if is_amount(f) and _same_measure(f, figure)]
            if len(parts) >= 2 and not any(has_total_mark(part.amount) for part in parts if part.amount):
                yield Group("sum", figure, parts, exhaustive="stated sum")


def _list_groups(document: Document) -> Iterator[Group]:
    """A total marked 共/共计/合计 and the list items that follow it, one per paragraph."""
    for block in document.blocks:
        if block.kind not in ("paragraph", "title"):
            continue
        last_amount = {_measure(f): f.start for f in block.figures if is_amount(f)}
        for total in block.figures:
            if not (is_amount(total) and has_total_mark(total)):
                continue
            if last_amount[_measure(total)] > total.start:  # its paragraph goes on with amounts of its unit
                continue
            declared = declared_count(block.text[total.end:])
            parts: list[Part] = []
            intro = 0
            for later in document.paragraphs_after(block):
                item = _list_item(later, total)
                if item is None:
                    if parts or intro >= MAX_INTRO_PARAGRAPHS:
                        break
                    intro += 1
                    declared = declared if declared is not None else declared_count(later.text)
                    continue
                parts.append(item)
                if len(parts) > MAX_ITEMS:
                    break
            if len(parts) > MAX_ITEMS:  # a run this long is the body of a report, not a list under one total
                continue
            parts = _belong(total, parts)
            if len(parts) >= 2:
                yield Group("list", total, parts, exhaustive=_exhaustive(parts, declared))


def _list_item(block: Block, total: Figure) -> Part | None:
    """A paragraph that is one item of the list under ``total``: enumerated ("一是", "——") or carrying
    a share, with one amount of the total's unit and few other figures."""
    if len(block.figures) > MAX_ITEM_FIGURES:
        return None
    amounts = [f for f in block.figures if is_amount(f) and _same_measure(f, total)]
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    share = next((f for f in block.figures if f.start > amount.start and is_share(f)), None)
    if share is None and not _ITEM_START.match(block.text):
        return None
    return Part(amount, share, label=block.text[:amount.start])


def _exhaustive(parts: list[Part], declared: int | None) -> str | None:
    if declared is not None and declared == len(parts):
        return f"declared {declared} items"
    if any(_OTHER.search(part.label) for part in parts):
        return "an item named 其他"
    return None


def _share_groups(document: Document, groups: list[Group]) -> Iterator[Group]:
    """Shares of one whole side by side in a paragraph (after 按…分 or 分…看, or a run of shares naming
    no whole), not already counted as the shares of a group of amounts."""
    taken = {id(f) for group in groups for f in group.shares()}
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        cuts = [0, *(m.start() for m in _TOPIC.finditer(block.text)), len(block.text) + 1]
        for start, end in itertools.pairwise(cuts):
            runs: dict[tuple[str, str | None], list[Figure]] = {}
            for figure in block.between(start, end):
                if id(figure) in taken:
                    continue
                if figure.metric.kind != "percent" or figure.metric.approx is not None:
                    continue
                role = percent_role(figure)
                if role in ("share", "contribution"):
                    runs.setdefault((role, share_whole(figure)), []).append(figure)
            for (role, _), shares in runs.items():
                if len(shares) >= 2:
                    yield Group("shares", None, [Part(None, f, label=f.clause_lead()) for f in shares],
                                exhaustive="three industries" if role == "contribution" and
                                _three_industries(shares) else None)


def _three_industries(shares: list[Figure]) -> bool:
    """Contributions of 第一、第二、第三产业: together they are the whole growth."""
    sentence = "".join(f.block.text[slice(*f.sentence())] for f in shares)
    return len(shares) == 3 and all(word in sentence for word in ("第一产业", "第二产业", "第三产业"))


__all__ = ["Group", "Part", "find_groups", "members"]
