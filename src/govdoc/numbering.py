"""Heading labels: the numbering families of Chinese official documents and their ordinals.

A label is printed before a heading's title ("第一部分", "一、", "（一）", "1.", "（1）", "①", "●"), or is
the section's number in a plan or a standard numbered by its parents ("1", "1.1", "1.1.1", GB/T 1.1).
This module knows every family, turns a label into ``(family, number)`` and back, and is shared by
the model (which checks that a label agrees with its number), the parser and the writers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMERAL = "零〇一二两三四五六七八九十百千"
_CN_NUMERAL_SET = frozenset(_CN_NUMERAL)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
BULLETS = "●○■□◆◇▲△►▶•"


def cn_to_int(text: str) -> int | None:
    """Read a Chinese numeral below 10,000 (一, 十二, 二十, 一百零五, 两千) as an int, else None."""
    if not text or not _CN_NUMERAL_SET.issuperset(text):
        return None
    total = 0
    digit: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in CN_DIGITS:
            value = CN_DIGITS[ch]
            if digit is not None:
                return None  # two digits in a row ("一二", "一零") is not a numeral
            if value:
                digit = value
        else:
            unit = CN_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
    if digit is not None:
        total += digit
    return total


def int_to_cn(number: int) -> str:
    """Write a positive int below 10,000 as a Chinese numeral the way labels print it (十一, 二十, 一百零五)."""
    if not 0 < number < 10_000:
        raise ValueError(f"no Chinese label numeral for {number}")
    digits = "零一二三四五六七八九"
    out: list[str] = []
    zero = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = number // unit_value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if not (unit == "十" and d == 1 and not out):
            out.append(digits[d])
        out.append(unit)
    return "".join(out)


@dataclass(frozen=True)
class Label:
    """A parsed label: its family (e.g. ``"paren_cn"``) and the ordinal it stands for (None for bullets)."""

    family: str
    number: int | None


_ENCLOSED_LABELS = {
    **{ch: Label("paren_cn", n) for n, ch in enumerate("㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", 1)},
    **{ch: Label("paren_arabic", n) for n, ch in enumerate("⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇", 1)},
    **{ch: Label("arabic", n) for n, ch in enumerate("⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛", 1)},
}
ENCLOSED = "".join(_ENCLOSED_LABELS)
"""Labels printed as one character (㈠ for （一）, ⑴ for （1）, ⒈ for 1.), as Word's numbering sets them."""

ANNEX_NUMBER = r"[1-9][0-9]?|[一二三四五六七八九十]+"
"""The number of an attachment as printed after 附件 ("附件2", "附件十"): one pattern for every stage."""

# family name -> regular expression over the whole label; group "n" is the numeral.
_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(r"第(?P<n>[零〇一二两三四五六七八九十百]+)部分")),
    ("chapter", re.compile(r"第(?P<n>[零〇一二两三四五六七八九十百]+)章")),
    ("jie", re.compile(r"第(?P<n>[零〇一二两三四五六七八九十百]+)节")),
    ("cn", re.compile(r"(?P<n>[零〇一二三四五六七八九十百]+)、")),
    ("paren_cn", re.compile(r"[（(](?P<n>[零〇一二三四五六七八九十百]+)[）)]")),
    ("arabic", re.compile(r"(?P<n>[1-9][0-9]{0,2})[.．、]")),
    ("paren_arabic", re.compile(r"[（(](?P<n>[1-9][0-9]{0,2})[）)]")),
    ("circled", re.compile(r"(?P<n>[①-⑳])")),
    ("bullet", re.compile(r"[●○■□◆◇▲△►▶•]")),
    ("annex", re.compile(rf"附件(?P<n>{ANNEX_NUMBER})?")),
    # (the number of a section in a plan: its parents' numbers, then its own; "1.2" is the second under "1")
    ("decimal", re.compile(r"(?:[1-9][0-9]?[.．]){0,3}(?P<n>[1-9][0-9]?)")),
)

FAMILY_NAMES: tuple[str, ...] = tuple(name for name, _ in _FAMILIES)

# The families a label can belong to, by its first character (in the order of _FAMILIES).
_FIRST_CHARS = {
    "part": "第", "chapter": "第", "jie": "第", "cn": "零〇一二三四五六七八九十百", "paren_cn": "（(",
    "arabic": "123456789", "paren_arabic": "（(", "circled": CIRCLED, "bullet": "●○■□◆◇▲△►▶•",
    "annex": "附", "decimal": "123456789",
}
_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
for _family, _pattern in _FAMILIES:
    for _ch in _FIRST_CHARS[_family]:
        _BY_FIRST[_ch] = (*_BY_FIRST.get(_ch, ()), (_family, _pattern))


def parse_label(label: str) -> Label | None:
    """Return the family and ordinal of a label as printed, or None when it is no known label."""
    if len(label) == 1 and label in _ENCLOSED_LABELS:
        return _ENCLOSED_LABELS[label]
    for family, pattern in _BY_FIRST.get(label[:1], ()):
        match = pattern.fullmatch(label)
        if match is None:
            continue
        if family == "bullet":
            return Label(family, None)
        raw = match.group("n")
        if family == "annex" and raw is None:
            return Label(family, None)  # "附件" alone: the only attachment
        if family == "circled":
            return Label(family, CIRCLED.index(raw) + 1)
        number = int(raw) if raw.isdigit() else cn_to_int(raw)
        if number is None or number == 0:
            return None
        return Label(family, number)
    return None


def make_label(family: str, number: int | None, *, ascii_parens: bool = False, parent: str | None = None) -> str:
    """Write the label of ``family`` for ``number`` in govdoc's canonical print form; a ``decimal`` label
    after its ``parent``'s ("1.2" for the second under "1")."""
    if family == "bullet":
        return "●"
    if family == "annex":
        return "附件" if number is None else f"附件{number}"
    if number is None or number < 1:
        raise ValueError(f"family {family!r} needs a positive number")
    opening, closing = ("(", ")") if ascii_parens else ("（", "）")
    forms = {
        "part": lambda: f"第{int_to_cn(number)}部分",
        "chapter": lambda: f"第{int_to_cn(number)}章",
        "jie": lambda: f"第{int_to_cn(number)}节",
        "cn": lambda: f"{int_to_cn(number)}、",
        "paren_cn": lambda: f"{opening}{int_to_cn(number)}{closing}",
        "arabic": lambda: f"{number}.",
        "paren_arabic": lambda: f"{opening}{number}{closing}",
        "circled": lambda: CIRCLED[number - 1],
        "decimal": lambda: f"{parent}.{number}" if parent else str(number),
    }
    if family not in forms:
        raise ValueError(f"unknown numbering family {family!r}")
    if family == "circled" and number > len(CIRCLED):
        raise ValueError(f"no circled numeral for {number}")
    label = forms[family]()
    if family == "decimal" and parse_label(label) is None:
        raise ValueError(f"no section number {number} under {parent!r}")
    return label
