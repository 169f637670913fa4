"""What a figure counts (its indicator) and whether it states a change, read from its clause.

The indicator is the phrase of the figure's clause that names what was counted, with time
expressions, adverbs (全年, 累计, 共) and linking verbs (达, 为) taken off: "截至2023年11月，引进企业
139家" → "引进企业". When a measure word is followed by its noun ("新建1个营商服务中心") the noun is
the indicator. The change is set only when a growth word stands right before the figure
("同比增长8.5%", "较去年增加12家"); "增至" and "提高到" introduce a level, not a change.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Change, Metric
from .scan import Candidate

_CLAUSE_BREAK = re.compile(r"[，。；：！？、,;:!?（）()【】\[\]\n\r]")
# everything up to the last clause break: one match instead of iterating over every break
_UP_TO_LAST_BREAK = re.compile(f".*{_CLAUSE_BREAK.pattern}", re.S)
_SENTENCE_BREAK = re.compile(r"[。；;!?！？]")
_SPACES = re.compile(r"[ \t\u3000\r\n]+")
_LEADING = re.compile(
    r"^(?:(?:截至|截止|到|至)?(?:[0-9０-９]{2,4}|[一二三四五六七八九〇零十]+)年(?:度|底|末|初)?"
    r"(?:[0-9０-９]{1,2}月(?:底|末|初)?)?(?:[0-9０-９]{1,2}日)?(?:以来|前|后|内|止|底|末)?"
    r"|[一二三四五六七八九十]+是|（?[0-9０-９一二三四五六七八九十]+[）.、]"
    r"|全年|今年|年内|当年|上半年|下半年|去年|目前|至今|其中|同时|此外|另外|另|累计|共计|合计|总计|共|"
    r"已经|已|先后|分别|均|并|还|又|进一步|持续|积极|全力|新增|近年来|近年|以来|据悉|据统计|经统计|"
    r"通过|为|在|对|将|把|全面|全区|全市|全县|全镇|全省|全街道|我区|我市|我县|实现|完成)"
)
_TRAILING = re.compile(
    r"(?:(?:同比|环比|比上年同期|较上年同期|比上年|比去年|较上年|较去年|较\S{1,4}?|比\S{1,4}?)?"
    r"(?:增长|增加|提高|提升|上升|上涨|下降|减少|降低|回落|下滑|增|减|降)了?"
    r"|达到|高达|多达|达|为|是|有|计|累计|共计|共|合计|总计|的|等|到|至|占|各|完成|实现|控制在|保持在|稳定在)$"
)
_FOLLOWING_STOP = re.compile(
    r"[，。；：！？、,;:!?（）()\n\r0-9０-９]|和|及|与|等|成为|实现|通过|进行|得到|获得|入选|完成|开展|"
    r"参加|参与|提供|形成|达到|的|在|以|对|向|将|按"
)
_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")
_CLASSIFIERS = frozenset("个家户名位座所间套栋台辆条份项处批张支队组种本篇部片棵只场期次件块")
_MAX_INDICATOR = 20

_INCREASE = re.compile(r"(?<!新)(?:增长|增加|提高|提升|上升|上涨|增幅|涨幅|扩大|增|涨|多)了?$")
_DECREASE = re.compile(r"(?:下降|减少|降低|回落|下滑|缩小|降幅|减|降|少)了?$")
_FLAT = re.compile(r"持平$")
# The characters a match of _TRAILING, or of a change pattern, can end with: a cheap test first.
_TRAILING_LAST = frozenset("长加高升涨降少低落滑增减了到达为是有计共的等至占各成现在")
_CHANGE_LAST = frozenset("长加高升涨幅大增多了降少低落滑小减平")


def _strip_leading(phrase: str) -> str:
    while True:
        m = _LEADING.match(phrase)
        if m is None or not m.group():
            return phrase
        phrase = phrase[m.end():]


def _strip_trailing(phrase: str) -> str:
    while phrase:
        tail = len(phrase) - 12 if len(phrase) > 12 else 0  # every trailing word is shorter than 12
        m = _TRAILING.search(phrase, tail) if phrase[-1] in _TRAILING_LAST else None
        if m is None or not m.group():
            return phrase
        phrase = phrase[:m.start()]
    return phrase


# Footnote markers glued to a phrase ("地区生产总值[2]2318.6亿元"): no part of the indicator.
_FOOTNOTE = re.compile(r"\[[0-9０-９]{1,3}\]|［[0-9０-９]{1,3}］|[①-⑳]|[¹²³⁴-⁹]+")
_FOOTNOTE_CHARS = frozenset("[［①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳¹²³⁴⁵⁶⁷⁸⁹")


def _preceding(text: str, cand: Candidate, previous: Metric | None) -> str | None:
    """The clause before the figure, stripped; "" when it is (nearly) empty, None when only
    time words or a change expression stood there."""
    lo = max(0, cand.start - 60)
    if previous is not None and previous.end > lo:
        lo = previous.end
    window = text[lo:cand.start]
    if not _FOOTNOTE_CHARS.isdisjoint(window):
        window = _FOOTNOTE.sub("", window)
    last = _UP_TO_LAST_BREAK.match(window)
    if last is not None:
        window = window[last.end():]
    raw = _SPACES.sub("", window)
    phrase = _strip_trailing(_strip_leading(raw))
    if phrase:
        return phrase[-_MAX_INDICATOR:]
    return None if len(raw) > 2 else ""


def _following(text: str, cand: Candidate) -> str | None:
    """The noun a measure word counts (新建1个营商服务中心 → 营商服务中心); "" when none follows,
    None when one follows but is too long to tell where it ends."""
    if cand.unit.name not in _CLASSIFIERS or cand.end >= len(text):
        return ""
    window = text[cand.end:cand.end + 30]
    quoted = _QUOTED_NAME.match(window)
    if quoted is not None:  # 建成10个“15分钟社区生活圈”
        return quoted.group()
    stop = _FOLLOWING_STOP.search(window)
    phrase = _SPACES.sub("", window if stop is None else window[:stop.start()])
    if len(phrase) > 12:
        return None
    return phrase if len(phrase) >= 2 else ""


def _clean(phrase: str | None) -> str | None:
    """The phrase without whitespace and control characters (a Metric field is one clean line)."""
    if not phrase:
        return None
    if phrase.isprintable() and " " not in phrase:  # the usual case: nothing to take out
        return phrase
    kept = "".join(ch for ch in "".join(phrase.split()) if unicodedata.category(ch) not in ("Cc", "Cs")
                   and ch not in "\ufffe\uffff")
    return kept or None


def indicator_of(text: str, cand: Candidate, previous: Metric | None) -> str | None:
    """The phrase that names what ``cand`` counts, or None where the text gives none."""
    return _clean(_indicator(text, cand, previous))


def _indicator(text: str, cand: Candidate, previous: Metric | None) -> str | None:
    following = _following(text, cand)
    if following:
        return following
    phrase = _preceding(text, cand, previous)
    if phrase:
        return phrase
    if following is None:
        return None  # the figure counts a noun of its own, not the previous figure's
    same_sentence = previous is not None and not _SENTENCE_BREAK.search(text, previous.end, cand.start)
    if previous is None or not same_sentence:
        return None
    if phrase is None and change_of(text, cand) is None:
        return None  # only time words stood before the figure
    # "…生产总值1286.5亿元，同比增长6.2%": a bare figure or change refers to the one before it
    return previous.indicator


def change_of(text: str, cand: Candidate) -> Change | None:
    """"increase", "decrease" or "flat" when a growth word stands right before the figure, else None."""
    before = _SPACES.sub("", text[max(0, cand.start - 8):cand.start])
    if before[-1:] not in _CHANGE_LAST:
        return None
    if _INCREASE.search(before):
        return "increase"
    if _DECREASE.search(before):
        return "decrease"
    if _FLAT.search(before):
        return "flat"
    return None


__all__ = ["change_of", "indicator_of"]
