"""Reading numerals: Arabic (with decimals, thousands separators, full-width digits) and Chinese.

Everything is exact ``Decimal`` arithmetic, so "3.45亿" is 345000000 and never 344999999.99.
Chinese numerals are read positionally (三百二十五, 一千零五, 四十九兆九千五百九十二亿), as digit
strings (二〇二三), with decimals (三点五) and with the colloquial tail (一万二 = 12000, 三千五 = 3500).
"""

from __future__ import annotations

import re
from decimal import Decimal

FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
SCALES: dict[str, int] = {**SMALL_UNITS, **BIG_UNITS}
ZEROS = frozenset("零〇○洞")
POINTS = frozenset("点點")

# Characters that may appear in a Chinese numeral (幺 and 洞 only in digit strings; left out here
# because they are ordinary words far more often than numerals).
CN_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
CN_DIGIT_CHARS = "零〇一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖"

ARABIC_PATTERN = (
    r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
)
CHINESE_PATTERN = (
    rf"[{CN_NUMERAL_CHARS}](?:[ \u3000]*[{CN_NUMERAL_CHARS}])*"
    rf"(?:[ \u3000]*[点點](?:[ \u3000]*[{CN_DIGIT_CHARS}])+)?"
)
ARABIC_RE = re.compile(ARABIC_PATTERN)
CHINESE_RE = re.compile(CHINESE_PATTERN)
_SPACES = re.compile(r"[\s\u3000]+")
_ARABIC_FULL = re.compile(rf"^{ARABIC_PATTERN}$")
_MIXED_FULL = re.compile(rf"^({ARABIC_PATTERN})([十拾百佰千仟万萬亿億兆]+)$")


def parse_arabic(text: str) -> Decimal:
    """The value of an Arabic numeral such as "1,619", "99.23" or "１．０７５３" (full-width digits)."""
    return Decimal(text.translate(FULLWIDTH).replace(",", ""))


def _read_section(text: str) -> Decimal | None:
    """A numeral below 万 built from digits and 十/百/千 (二百零五, 三千五, 十二)."""
    value = 0
    digit: int | None = None
    last_unit: int | None = None
    zero_after_unit = False
    for ch in text:
        if ch in DIGITS:
            if digit is not None:
                return None  # two digits in a row inside a positional numeral: 二三十 is a range
            if ch in ZEROS:
                zero_after_unit = True
                continue
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if last_unit is not None and unit >= last_unit:
                return None
            value += (1 if digit is None else digit) * unit
            digit, last_unit, zero_after_unit = None, unit, False
        else:
            return None
    if digit is not None:
        if last_unit is not None and last_unit >= 100 and not zero_after_unit:
            value += digit * last_unit // 10  # colloquial tail: 三千五 = 3500, 一百二 = 120
        else:
            value += digit
    return Decimal(value)


def _read_integer(text: str, *, tail_unit: int | None = None) -> Decimal | None:
    """A Chinese integer numeral, splitting on the largest of 兆/亿/万 first."""
    if not text:
        return Decimal(0)
    for big_char, big in sorted(BIG_UNITS.items(), key=lambda item: -item[1]):
        index = text.find(big_char)
        if index < 0:
            continue
        left_text, right_text = text[:index], text[index + 1:]
        # 万亿: the left part of 亿 may itself carry 万
        left = _read_integer(left_text) if left_text else Decimal(1)
        if left is None:
            return None
        if right_text and right_text[0] in BIG_UNITS:
            # 一万亿: 万 directly followed by 亿 multiplies
            rest = _read_integer(right_text)
            if rest is None:
                return None
            return left * big * rest if rest else None
        if len(right_text) == 1 and right_text in DIGITS and right_text not in ZEROS:
            return left * big + DIGITS[right_text] * big // 10  # 一万二 = 12000
        right = _read_integer(right_text)
        if right is None:
            return None
        return left * big + right
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        return Decimal("".join(str(DIGITS[ch]) for ch in text))  # 二〇二三, 五五
    return _read_section(text)


def parse_chinese(text: str) -> Decimal | None:
    """The value of a Chinese numeral ("三百二十五", "一万二", "三点五", "二〇二三"), or None."""
    text = _SPACES.sub("", text)
    if not text:
        return None
    point = next((i for i, ch in enumerate(text) if ch in POINTS), -1)
    integer_text, fraction_text = (text, "") if point < 0 else (text[:point], text[point + 1:])
    bad_fraction = not fraction_text or not all(ch in DIGITS for ch in fraction_text)
    if point == 0 or (point > 0 and bad_fraction):
        return None
    integer = _read_integer(integer_text) if integer_text else Decimal(0)
    if integer is None:
        return None
    if fraction_text:
        return integer + Decimal("0." + "".join(str(DIGITS[ch]) for ch in fraction_text))
    return integer


def read_number(text: str) -> Decimal | None:
    """Read ``text`` as one number ("1,234.5", "三百二十五", "1.2万", "负三点五"); None if it is not one.

    The whole string must be a numeral, apart from surrounding whitespace and a sign (-, 负, 正).
    """
    text = _SPACES.sub("", text)
    sign = 1
    if text[:1] in ("-", "－", "−", "负", "負"):
        sign, text = -1, text[1:]
    elif text[:1] in ("+", "＋", "正"):
        text = text[1:]
    if not text:
        return None
    value: Decimal | None
    if _ARABIC_FULL.match(text):
        value = parse_arabic(text)
    elif (mixed := _MIXED_FULL.match(text)) is not None:
        scale = scale_value(mixed.group(2))
        value = None if scale is None else parse_arabic(mixed.group(1)) * scale
    elif CHINESE_RE.fullmatch(text):
        value = parse_chinese(text)
    else:
        return None
    return None if value is None else sign * value


def scale_value(text: str) -> Decimal | None:
    """The factor of a run of scale characters written after a number: 万 → 10⁴, 千万 → 10⁷, 万亿 → 10¹²."""
    factor = Decimal(1)
    previous = 0
    for ch in text:
        step = SCALES.get(ch)
        if step is None:
            return None
        if step < 10**4 and previous and step >= previous:
            return None  # 百千 is not a scale
        factor *= step
        previous = step
    return factor


__all__ = [
    "ARABIC_RE",
    "CHINESE_RE",
    "CN_NUMERAL_CHARS",
    "parse_arabic",
    "parse_chinese",
    "read_number",
    "scale_value",
]
