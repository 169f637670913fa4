"""Money details: currency signs and names around a number, and 角/分 after 元 (123元1角1分)."""

from __future__ import annotations

import re
from decimal import Decimal

from .numbers import CN_NUMERAL_CHARS, parse_arabic, parse_chinese

CURRENCY_SYMBOLS = {"$": "USD", "＄": "USD", "US$": "USD", "￥": "CNY", "¥": "CNY", "€": "EUR", "£": "GBP"}
CURRENCY_BEFORE = re.compile(r"(?:人民币|新台币|台币|港币|港元|美元|美金|欧元|日元|英镑|澳元|加元|韩元)[ \u3000]*$")
CURRENCY_CODES = {
    "人民币": "CNY", "新台币": "TWD", "台币": "TWD", "港币": "HKD", "港元": "HKD", "美元": "USD", "美金": "USD",
    "欧元": "EUR", "日元": "JPY", "日币": "JPY", "英镑": "GBP", "澳元": "AUD", "加元": "CAD", "韩元": "KRW",
}
CURRENCY_AFTER = re.compile(r"(?:人民币|新台币|台币|港币|美元|欧元|日元|日币|英镑|澳元|加元|韩元)")
_YUAN_PARTS = re.compile(
    rf"(?:(?P<jiao>[0-9０-９]|[{CN_NUMERAL_CHARS}])[角毛])?(?:(?P<fen>[0-9０-９]|[{CN_NUMERAL_CHARS}])分)?钱?"
)
CENTS = re.compile(rf"又?([0-9]{{1,2}}|[{CN_NUMERAL_CHARS}]{{1,3}})美分")


def yuan_parts(text: str, pos: int) -> tuple[Decimal, int] | None:
    """角 and 分 after 元 or 块 (123元1角1分, 十块三毛): their value in 元 and where they end."""
    m = _YUAN_PARTS.match(text, pos)
    if m is None or (m.group("jiao") is None and m.group("fen") is None):
        return None
    total = Decimal(0)
    for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        digit: str | None = m.group(part)
        if digit is not None:
            value = parse_chinese(digit) if digit in CN_NUMERAL_CHARS else parse_arabic(digit)
            if value is None:
                return None
            total += value * scale
    return total, m.end()



def cents(text: str, pos: int) -> tuple[Decimal, int] | None:
    """美分 after 美元 (两美元又三美分): their value in dollars and where they end."""
    m = CENTS.match(text, pos)
    if m is None:
        return None
    digits = m.group(1)
    amount = parse_arabic(digits) if digits.isascii() else parse_chinese(digits)
    return None if amount is None else (amount / 100, m.end())


__all__ = ["CURRENCY_AFTER", "CURRENCY_BEFORE", "CURRENCY_CODES", "CURRENCY_SYMBOLS", "cents", "yuan_parts"]
