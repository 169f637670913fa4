"""Reading numerals: Arabic (with decimals, thousands separators, full-width digits) and Chinese.

Everything is exact ``Decimal`` arithmetic, so "3.45亿" is 345000000 and never 344999999.99.
Chinese numerals are read positionally (三百二十五, 一千零五, 四十九兆九千五百九十二亿), as digit
strings (二〇二三), with decimals (三点五) and with the colloquial tail (一万二 = 12000, 三千五 = 3500).
"""

from __future__ import annotations

import re
from decimal import Decimal

FULLWIDTH = str.maketrans("０１２３４５６７８９．，·", "0123456789.,.")

SPACES = " \t\u3000\r\n\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
"""The spaces that may stand between the parts of a figure and around it ("约 2.6 万平方米"): besides
the ASCII space, the tab, line breaks and U+3000, the no-break, en, em, thin and other spaces that
web pages and PDF text put between a number and its unit ("1846\u00a0万吨", "增长\u2002\u20024.1%")."""

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "倆": 2, "俩": 2,
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
TENS = {"廿": 2, "卅": 3, "卌": 4}  # 廿二 = 22
MAX_NUMERAL = 64
"""The longest numeral read, in characters (after spaces are taken out): longer runs are no figures."""
POINTS = frozenset("点點")

# Characters that may appear in a Chinese numeral (幺 and 洞 only in digit strings; left out here
# because they are ordinary words far more often than numerals).
CN_NUMERAL_CHARS = "零〇一二两兩倆三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅"
CN_DIGIT_CHARS = "零〇一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖"

ARABIC_PATTERN = (
    # (a middle dot for the point where a percentage follows: "上涨1·8%"; "5·18" alone names a day)
    r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:(?:[.．]|·(?=[0-9]{1,3}[%％]))[0-9０-９]+)?"
)
# Repetitions are bounded, so a run of thousands of numeral characters costs no more than a short one.
CHINESE_PATTERN = (
    rf"[{CN_NUMERAL_CHARS}](?:[ \u3000]*[{CN_NUMERAL_CHARS}]){{0,40}}"
    rf"(?:[ \u3000]*[点點](?:[ \u3000]*[{CN_DIGIT_CHARS}]){{1,20}})?"
)
ARABIC_RE = re.compile(ARABIC_PATTERN)
CHINESE_RE = re.compile(CHINESE_PATTERN)
_SPACES = re.compile(r"[\s\u3000]+")
_ARABIC_FULL = re.compile(rf"^{ARABIC_PATTERN}$")
_ARABIC_DIGITS = re.compile(r"[0-9０-９]+")


def parse_arabic(text: str) -> Decimal:
    """The value of an Arabic numeral such as "1,619", "99.23" or "１．０７５３" (full-width digits)."""
    if text.isascii() and "," not in text:  # the usual case: nothing to fold
        return Decimal(text)
    return Decimal(text.translate(FULLWIDTH).replace(",", ""))


Token = tuple[str, Decimal]
"""A numeral token: ("d", value) for a digit or an Arabic number, ("a", value) for an Arabic
number, ("u", 10|100|1000) for 十/百/千, ("b", 10⁴|10⁸|10¹²) for 万/亿/兆, ("z", 0) for 零."""

_TOKEN_RE = re.compile(rf"{ARABIC_PATTERN}|.", re.S)


def _tokens(text: str) -> list[Token] | None:
    """Split a numeral into tokens; None if it holds anything else."""
    out: list[Token] = []
    # without digits every token is one character, and the pattern need not run
    pieces = (m.group() for m in _TOKEN_RE.finditer(text)) if _ARABIC_DIGITS.search(text) else text
    for piece in pieces:
        if piece[0] in "0123456789０１２３４５６７８９":
            out.append(("a", parse_arabic(piece)))
        elif piece in ZEROS:
            out.append(("z", Decimal(0)))
        elif piece in DIGITS:
            out.append(("d", Decimal(DIGITS[piece])))
        elif piece in TENS:
            out.extend([("d", Decimal(TENS[piece])), ("u", Decimal(10))])
        elif piece in SMALL_UNITS:
            out.append(("u", Decimal(SMALL_UNITS[piece])))
        elif piece in BIG_UNITS:
            out.append(("b", Decimal(BIG_UNITS[piece])))
        else:
            return None
    return out


def _section(tokens: list[Token]) -> Decimal | None:
    """Tokens below 万: digits (or Arabic numbers) and 十/百/千 (二百零五, 三千五, 1百01)."""
    value = Decimal(0)
    digit: Token | None = None
    last_unit: Decimal | None = None
    last_unit_had_digit = False
    zero = False
    for kind, amount in tokens:
        if kind in ("d", "a"):
            if digit is not None:
                return None  # two numbers in a row inside a positional numeral: 二三十 is a range
            digit = (kind, amount)
        elif kind == "z":
            zero = True
        elif kind == "u":
            if last_unit is not None and (
                amount >= last_unit or (digit is None and not zero and not last_unit_had_digit)
            ):
                return None  # 十百, 百十一 (but 一百十一 is 111)
            value += (Decimal(1) if digit is None else digit[1]) * amount
            last_unit_had_digit = digit is not None
            digit, last_unit, zero = None, amount, False
        else:
            return None
    if digit is not None:
        if digit[0] == "d" and last_unit is not None and last_unit >= 100 and not zero:
            value += digit[1] * last_unit / 10  # colloquial tail: 三千五 = 3500, 百三 = 130
        else:
            value += digit[1]
    return value


def _integer(tokens: list[Token]) -> Decimal | None:
    """Tokens of an integer numeral, split on the largest of 兆/亿/万 first."""
    if not tokens:
        return Decimal(0)
    bigs = [(amount, i) for i, (kind, amount) in enumerate(tokens) if kind == "b"]
    if not bigs:
        if len(tokens) > 1 and all(kind in ("d", "z") for kind, _ in tokens):
            return Decimal("".join(str(int(amount)) for _, amount in tokens))  # 二〇二三, 一二三
        return _section(tokens)
    big = max(amount for amount, _ in bigs)
    index = next(i for amount, i in bigs if amount == big)
    left_tokens, right_tokens = tokens[:index], tokens[index + 1:]
    left = _integer(left_tokens) if left_tokens else Decimal(1)
    if left is None:
        return None
    if right_tokens and (right_tokens[0][0] == "b" or left != left.to_integral_value()):
        return None  # 万亿 in mid-numeral, or 10.1万零100
    if len(right_tokens) == 1 and right_tokens[0][0] == "d":
        return left * big + right_tokens[0][1] * big / 10  # 一万二 = 12000
    right = _integer(right_tokens)
    return None if right is None else left * big + right


def parse_chinese(text: str) -> Decimal | None:
    """The value of a numeral in Chinese or mixed script ("三百二十五", "一万二", "三点五", "二〇二三",
    "25万6千", "1百01"), or None if it is not one."""
    if text in _SINGLE:  # one character (一, 两, 三): read once, at import
        return _SINGLE[text]
    text = _SPACES.sub("", text)
    if not text or len(text) > MAX_NUMERAL:
        return None
    point = next((i for i, ch in enumerate(text) if ch in POINTS), -1) if "点" in text or "點" in text else -1
    integer_text, fraction_text = (text, "") if point < 0 else (text[:point], text[point + 1:])
    if point == 0:
        return None
    fraction = ""
    if point > 0:
        if fraction_text and all(ch in DIGITS for ch in fraction_text):
            fraction = "".join(str(DIGITS[ch]) for ch in fraction_text)
        elif fraction_text and _ARABIC_DIGITS.fullmatch(fraction_text):
            fraction = fraction_text.translate(FULLWIDTH)
        else:
            return None
    tokens = _tokens(integer_text)
    if tokens is None:
        return None
    integer = _big_product(tokens)
    if integer is None:
        return None
    return integer + Decimal("0." + fraction) if fraction else integer


_SINGLE: dict[str, Decimal | None] = {}


def _big_product(tokens: list[Token]) -> Decimal | None:
    """An integer numeral whose trailing big units multiply (一万亿, 3千万亿)."""
    # fold a trailing run of big units (万亿) into one factor: 一万亿 = 一 × 10¹²
    trailing = Decimal(1)
    while tokens and tokens[-1][0] == "b" and len(tokens) > 1 and tokens[-2][0] == "b":
        trailing *= tokens[-1][1]
        tokens = tokens[:-1]
    value = _integer(tokens)
    return None if value is None else value * trailing


def read_number(text: str) -> Decimal | None:
    """Read ``text`` as one number ("1,234.5", "三百二十五", "1.2万", "25万6千", "负三点五"); None if
    it is not one. The whole string must be a numeral, apart from whitespace and a sign (-, 负, 正);
    numerals longer than ``MAX_NUMERAL`` characters are not read."""
    text = _SPACES.sub("", text)
    if len(text) > MAX_NUMERAL:
        return None
    sign = 1
    if text[:1] in ("-", "－", "−", "负", "負"):
        sign, text = -1, text[1:]
    elif text[:1] in ("+", "＋", "正"):
        text = text[1:]
    if not text:
        return None
    if _ARABIC_FULL.match(text):
        return sign * parse_arabic(text)
    if text[0] in ".．":
        return None
    money = _MONEY.fullmatch(text)
    if money is not None:
        return _read_money(money, sign)
    value = parse_chinese(text)
    return None if value is None else sign * value


_MONEY = re.compile(
    r"(?P<yuan>.+?)[元圆圓块塊](?:(?P<jiao>[^角毛分]+)[角毛])?(?:(?P<fen>[^角毛分]+)分)?[整正钱]?"
)


def _read_money(m: re.Match[str], sign: int) -> Decimal | None:
    """壹拾壹元壹角壹分 = 11.11: an amount written in 元, 角 and 分 (cheques, receipts)."""
    total = Decimal(0)
    for part, factor in (("yuan", 1), ("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        piece: str | None = m.group(part)
        if piece is None:
            continue
        value = parse_arabic(piece) if _ARABIC_FULL.match(piece) else parse_chinese(piece)
        if value is None:
            return None
        total += value * factor
    return sign * total


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


_SINGLE.update({ch: parse_chinese(ch) for ch in {*CN_NUMERAL_CHARS, *DIGITS, *SCALES, *TENS}})


__all__ = [
    "ARABIC_RE",
    "CHINESE_RE",
    "CN_NUMERAL_CHARS",
    "SPACES",
    "parse_arabic",
    "parse_chinese",
    "read_number",
    "scale_value",
]
