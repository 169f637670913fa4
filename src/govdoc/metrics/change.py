"""Whether a figure states a change: increase, decrease or flat, read from the words right before it.

"增长8.5%", "较去年增加12家", "净增3家", "比上年下降0.6个百分点", "低于全省平均0.2个百分点" are changes;
"增至2043户" and "提高到80%" introduce a level, "新增3家" is a level too (what was added), and a rate
printed as "人口自然增长率为-4.63‰" is a level whatever its name says. The change words are looked
up by their last character; a comparison is matched only where a 比 or 较 stands.
"""

from __future__ import annotations

import re

from ..model import Change
from .numbers import SPACES

# What a comparison is made with: 比上年, 较年初, 比“十三五”末, 较全省平均水平 …
BASELINE = (
    r"(?:上年|去年|前年|上一年|上年同期|去年同期|同期|年初|上年末|去年末|上月|上季度|上期|全市|全省|全区|全国|"
    r"多年平均|多年均值|常年|历年同期|歷年同期|"  # (a bulletin of rain and water: 较多年平均偏丰8.9%)
    r"平均|“[^”]{1,8}”|[0-9０-９]{4}年|(?:[0-9０-９]{1,2}[-－—~～至])?[0-9０-９]{1,2}月(?:份)?|"
    r"第?[一二三四1-4]季度末?)"  # (a half-year's growth against the first quarter's: 较一季度回落14.2个百分点)
)
_WORDS: dict[str, Change] = {
    **dict.fromkeys(("增长", "增加", "提高", "提升", "上升", "升高", "上涨", "增幅", "涨幅", "扩大", "增产", "增收",
                     "净增加", "净增", "多增", "回升", "加快", "增", "涨", "增支", "超收",
                     # (a rate against last year's or a span's: "产值1.41亿元,同比增速1.5%", "零售额年均增速6%";
                     # "投资增速" names a rate)
                     "同比增速", "年均增速"), "increase"),
    **dict.fromkeys(("下降", "减少", "降低", "回落", "下滑", "缩小", "降幅", "减产", "减收", "净减少", "净减", "少增",
                     "下跌", "收窄", "放缓", "减", "降", "短收", "少收", "减支", "负增长", "缩短", "压缩", "压减"),
                    "decrease"),
    "持平": "flat",
    # (the same words in traditional characters, as a portal's 繁體 page prints them)
    **dict.fromkeys(("增長", "漲", "漲幅", "擴大", "增產", "淨增", "淨增加"), "increase"),
    **dict.fromkeys(("減少", "減", "減產", "減收", "淨減", "淨減少", "放緩", "負增長", "減支", "縮小"), "decrease"),
}
# The change words by their last character, longest first: one or two look-ups per figure.
_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(sorted((w for w in _WORDS if w[-1] == last), key=len, reverse=True))
    for last in {w[-1] for w in _WORDS}
}
# A comparison whose adjective states the change: 比上年高, 较全省平均水平低0.2个百分点.
_COMPARISON = re.compile(
    rf"(?:比|较|較){BASELINE}[^，。；]{{0,10}}?(?:(?P<increase>高出|多出|高|多|快|偏丰|偏豐)|低出|少|低|慢|偏枯)$")
# A comparison printed before its base: 高于上年1.3个百分点, 低于全省平均0.2个百分点, 高出绍兴平均0.5个百分点.
_COMPARED = re.compile(
    r"(?P<increase>高[于於出]|多[于於]|快[于於]|超过|超過|超出)|(?P<decrease>低[于於出]|少[于於]|慢[于於])")
CHANGE_LAST = frozenset("长加高升涨幅大产收增回快降少低落滑小减跌窄缓平了多出慢支長漲產減緩丰豐枯短缩速")
"""The last characters of the change words: words before a figure ending in another state no change
(unless they compare with 于 or 超: 低于全省平均)."""
_SPACES = re.compile(f"[{SPACES}]+")
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?]")


_COMPARED_CUES = ("于", "於", "超", "高出", "低出")
# a comparison with no word of change behind it
_BARE_COMPARISON = ("同比", "环比", "同比分别", "环比分别", "比上年", "较上年", "比上年分别", "较上年分别")
PULLS = ("拉动经济增长", "拉动增长", "拉动经济增長", "拉动GDP增长", "拉动地区生产总值增长", "拉动生产总值增长")
"""A contribution's name ("二产业拉动经济增长0.5个百分点"): its 增长 is the growth pulled, no change of the figure."""


GAINS_OF = "均济"
"""What 增收 names a quantity after (人均增收, 村集体经济增收): the income a group gains, no change of a figure."""


def compares(text: str) -> bool:
    """Whether ``text`` may hold a comparison printed before its base (高于, 高於, 超过, 高出): the cheap test before
    the patterns that read one."""
    return any(cue in text for cue in _COMPARED_CUES)


def change_in(before: str) -> Change | None:
    """The change the words ``before`` a figure state (spaces already taken out), or None."""
    words = before[:-1] if before.endswith("了") else before
    if words.endswith(PULLS):
        return None
    if words[-1:] in CHANGE_LAST:
        for word in _BY_LAST.get(words[-1], ()):
            if words.endswith(word) and not (word == "增" and words.endswith("新增")):
                if word == "增收" and len(words) > 2 and words[-3] in GAINS_OF:
                    return None  # 人均增收1490元: the income a group gains, a quantity of its own
                return _WORDS[word]
        tail = words[-16:]
        base = max(tail.rfind("比"), tail.rfind("较"), tail.rfind("較"))
        if base >= 0:
            m = _COMPARISON.match(tail, base)
            if m is not None:
                return "increase" if m.group("increase") is not None else "decrease"
    window = before[-12:]
    if not compares(window):
        return None
    compared = None
    for compared in _COMPARED.finditer(window):  # noqa: B007 - the last one counts
        pass
    if compared is not None and _CLAUSE_BREAK.search(window, compared.end()) is None:
        return "increase" if compared.group("increase") is not None else "decrease"
    return None


def falls_against(before: str, figure: str) -> bool:
    """Whether a figure printed negative right behind a comparison with no word of change is a fall ("同比-6.2%",
    "同比分别-6.2%、-19.3%"); a figure printed plain there is no rate but the base ("较上年28899万元增长9.9%")."""
    return figure[:1] in "-－−" and before.endswith(_BARE_COMPARISON)


def change_of(text: str, start: int) -> Change | None:
    """The change stated right before the figure that starts at ``start`` in ``text``."""
    return change_in(_SPACES.sub("", text[max(0, start - 16):start]))


__all__ = ["BASELINE", "CHANGE_LAST", "GAINS_OF", "change_in", "change_of", "compares", "falls_against"]
