"""Qualifier words around a figure (约, 近, 余, 以上 …), their normalised ``approx``, and the other
words that may stand before a number: a sign (负, 零下, -) and a temperature scale (华氏, 摄氏)."""

from __future__ import annotations

import re

from .numbers import CN_NUMERAL_CHARS, SPACES

WS = f"[{SPACES}]*"
MID_QUALIFIER = re.compile(r"余|多|来")
SUFFIX_QUALIFIER = re.compile(r"及以上|及以下|以上|以下|左右|以内|之多|上下(?=[，。；、,;.!?！？）)\s]|$)|多|余")
_TEMPERATURE_PREFIX = re.compile(r"(?:华氏温度|华氏|摄氏温度|摄氏)[ \u3000]*$")
_NUMERAL_OR_DATE = frozenset("日月年号%％０１２３４５６７８９)）") | frozenset(CN_NUMERAL_CHARS)
_NEGATIVE_PREFIX = re.compile(r"(?:负|零下|[-－−])[ \u3000]*$")
_PREFIX_QUALIFIER = re.compile(
    r"(?:大约|约为|约|将近|接近|近|超过|超出|超|逾|突破|不到|不足|不少于|至少|不低于|不超过|最多|至多|不高于|"
    rf"低于|小于|大于|高于|达到约|达约){WS}$"
)
# Characters before 约/近/超 that make them part of another word (签约40台, 最近3年, 赶超).
_PREFIX_BLOCKERS = {
    "约": set("签预节制条契履违特相邀公合誓缔守解失赴婚租立隐简践"),
    "近": set("最附邻靠就亲远贴逼"),
    "超": set("赶高"),
    "逾": set(),
}

# The last character (before spaces) of a sign, a temperature scale or a prefix qualifier: a window
# that ends in anything else holds none of them.
PREFIX_LAST = frozenset("负下-－−度氏约为近过出超逾破到足于少多")
_SPACE_CHARS = SPACES

APPROX: dict[str, str] = {
    "约": "about", "大约": "about", "约为": "about", "左右": "about", "上下": "about", "来": "about",
    "达到约": "about", "达约": "about",
    "近": "nearly", "将近": "nearly", "接近": "nearly",
    "超": "over", "超过": "over", "超出": "over", "逾": "over", "余": "over", "多": "over", "以上": "over",
    "及以上": "at_least", "及以下": "at_most",
    "突破": "over", "之多": "over",
    "不到": "under", "不足": "under", "以下": "under", "以内": "under", "低于": "under", "小于": "under",
    "大于": "over", "高于": "over",
    "不少于": "at_least", "至少": "at_least", "不低于": "at_least",
    "不超过": "at_most", "最多": "at_most", "至多": "at_most", "不高于": "at_most",
}


def read_prefix(text: str, num_start: int) -> tuple[int, str | None, bool, str | None]:
    """Words printed before the number: qualifier (约, 近 …), sign (负, -), temperature scale (华氏)."""
    start = num_start
    window = text[max(0, num_start - 6):num_start]
    if window.rstrip(_SPACE_CHARS)[-1:] not in PREFIX_LAST:
        return start, None, False, None
    negative = False
    temperature: str | None = None
    neg = _NEGATIVE_PREFIX.search(window)
    if neg is not None:
        sign_start = num_start - (len(window) - neg.start())
        before = text[sign_start - 1] if sign_start > 0 else " "
        glued = (before.isascii() and before.isalnum()) or before in _NUMERAL_OR_DATE
        if neg.group().strip() in ("负", "零下") or not glued:
            negative, start = True, sign_start
            window = text[max(0, start - 6):start]
    temp = _TEMPERATURE_PREFIX.search(window)
    if temp is not None:
        temperature = "℉" if temp.group().startswith("华") else "℃"
        start = start - (len(window) - temp.start())
        window = text[max(0, start - 6):start]
    qualifier: str | None = None
    q = _PREFIX_QUALIFIER.search(window)
    if q is not None:
        word = q.group().strip(SPACES)
        q_start = start - (len(window) - q.start())
        before = text[q_start - 1] if q_start > 0 else ""
        if before not in _PREFIX_BLOCKERS.get(word[0], set()):
            qualifier, start = word, q_start
    return start, qualifier, negative, temperature



__all__ = ["APPROX", "MID_QUALIFIER", "PREFIX_LAST", "SUFFIX_QUALIFIER", "read_prefix"]
