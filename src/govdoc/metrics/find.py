"""``find_numbers``: every bare numeral in a text with its value, units or not.

A lower-level helper than ``extract_metrics`` for users (and peer test suites) that want numbers
rather than figures: it reads fractions (五分之一, 3/5, 一又二分之一), scientific notation (2e5,
2^5), approximate scales (十余万 = 100000), dozens (五十打) and k/M suffixes, and skips the
numeral characters that are ordinary words here (一切, 四川, 放肆, 拾起).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .numbers import ARABIC_PATTERN, CN_NUMERAL_CHARS, MAX_NUMERAL, read_number

_SIGN = r"[-－−负負]"
_SCI = rf"(?:{ARABIC_PATTERN}|[.．][0-9０-９]+)(?:[eE][+\-－]?[0-9０-９]+|\^[+\-－]*[0-9０-９]+)?"
_CN = f"[{CN_NUMERAL_CHARS}]"
_DEC_DIGIT = "[0-9０-９零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]"
_ATOM = (
    rf"(?:{_SCI}|{_CN}|[点點](?=[ \u3000]*{_DEC_DIGIT})|[余多几幾](?=[ \u3000]*[万萬亿億])"
    rf"|{_SIGN}(?=[ \u3000]*[0-9０-９{CN_NUMERAL_CHARS}]))"
)
_LINK = r"(?:又|分[ \u3000]*之|[/／])"
_LINKED = rf"{_LINK}(?=[ \u3000]*(?:{_SIGN}[ \u3000]*)?(?:[0-9０-９]|{_CN}))"
_FIND_RE = re.compile(rf"(?:{_SIGN}[ \u3000]*)?(?:{_SCI}|{_CN})(?:[ \u3000]*(?:{_ATOM}|{_LINKED})){{0,40}}")
_SUFFIX = re.compile(r"[ \u3000]*(?:(?P<k>[kKｋＫ])|(?P<m>M)|(?P<dozen>打))(?![A-Za-z])")
_SPACES = re.compile(r"[ \u3000]+")
# Numeral characters that are words here: 一切, 四川, 陆地, 放肆, 拾起, 退伍.
_WORDS = re.compile(
    r"一切|一看|一些|一起|一样|一般|一直|一定|一旦|一致|统一|唯一|万一|四川|两两|大陆|陆地|登陆|海陆|着陆|"
    r"放肆|肆意|肆无|拾起|拾取|拾到|收拾|夕拾|退伍|入伍|队伍|伍仁"
)
_FINANCIAL_ALONE = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")


def _scientific(text: str) -> Decimal | None:
    text = text.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-"))
    if "^" in text:
        base, power = text.split("^", 1)
        sign = -1 if power.count("-") % 2 else 1
        try:
            return Decimal(base) ** (sign * int(power.strip("+-")))
        except (InvalidOperation, ValueError):
            return None
    try:
        return Decimal(text if not text.startswith(".") else "0" + text)
    except InvalidOperation:
        return None


def _read(piece: str) -> Decimal | None:
    """One numeral, possibly a fraction or a mixed number."""
    piece = _SPACES.sub("", piece)
    if "又" in piece:
        whole_text, _, frac_text = piece.partition("又")
        whole, frac = _read(whole_text), _read(frac_text)
        if whole is None or frac is None:
            return None
        return whole - frac if whole < 0 else whole + frac
    for link in ("分之", "/", "／"):
        if link in piece:
            den_text, _, num_text = piece.partition(link)
            if link != "分之":
                den_text, num_text = num_text, den_text
            if den_text in ("百", "佰"):  # 百分之五十 is read as the number 50
                return _read(num_text)
            den, num = _read(den_text), _read(num_text)
            if den is None or num is None or den == 0:
                return None
            return num / den
    piece = re.sub(r"[余多几幾](?=[万萬亿億])", "", piece)
    if re.fullmatch(rf"{_SIGN}?{_SCI}", piece) and re.search(r"[eE^]|^[-－−]?[.．]", piece):
        sign = -1 if piece[0] in "-－−负負" else 1
        value = _scientific(piece.lstrip("-－−负負"))
        return None if value is None else sign * value
    if piece.strip("-－−负負") and all(ch in "万萬亿億" for ch in piece.strip("-－−负負")):
        return None  # 万 alone is no number
    return read_number(piece)


def _longest_readable_start(piece: str) -> tuple[str, Decimal | None]:
    """The longest start of ``piece`` that reads as a number, found going forward; a start that
    stays unreadable for four more characters ends the search (十十十… costs four reads, not forty)."""
    best: tuple[str, Decimal | None] = ("", None)
    misses = 0
    for end in range(1, len(piece)):
        if piece[end - 1] in " \u3000":
            continue
        value = _read(piece[:end])
        if value is not None:
            best, misses = (piece[:end], value), 0
        else:
            misses += 1
            if misses > 4:
                break
    return best


def find_numbers(text: str) -> list[tuple[int, int, Decimal]]:
    """Every numeral in ``text`` as ``(start, end, value)``, in order, bare numbers included.

    A run that does not read as one number is cut back to its longest readable start, and the
    scan goes on after it ("１, 2４4, ６６7.123 五点八" gives 1, 244, 667.123 and 5.8).
    """
    words = [m.span() for m in _WORDS.finditer(text)]
    found: list[tuple[int, int, Decimal]] = []
    pos = 0
    while True:
        m = _FIND_RE.search(text, pos)
        if m is None:
            return found
        start, piece = m.start(), m.group()[:MAX_NUMERAL]
        value = _read(piece)
        if value is None:
            piece, value = _longest_readable_start(piece)
        if value is None or not piece:
            pos = m.start() + 1
            continue
        end = start + len(piece)
        pos = end
        if any(a <= start < b for a, b in words):
            continue
        core = piece.strip(" \u3000")
        if len(core) == 1 and core in _FINANCIAL_ALONE:
            continue  # a lone 伍 or 拾 is a word (退伍, 拾起), not a numeral
        suffix = _SUFFIX.match(text, end)
        if suffix is not None:
            value *= 1000 if suffix.group("k") else 10**6 if suffix.group("m") else 12
            end = suffix.end()
            pos = end
        found.append((start, end, value))


__all__ = ["find_numbers"]
