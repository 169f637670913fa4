"""Figures in traditional characters (繁體): read in simplified characters, reported as printed.

A portal's 繁體 page, or a mirror that converts a page, prints ``增長`` for 增长 and ``萬元`` for 万元. The figures
of such a text are read in its simplified form, one character for one, so that every offset holds, and reported as
the text prints them: span, unit, qualifier and indicator. The table is OpenCC's (``t2s``), taken character by
character the first time a text needs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..model import Metric
from .printed import as_printed

# the blocks of CJK characters OpenCC converts: Extension A, the Unified Ideographs and the compatibility ones
_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The simplified form of every traditional character (one for one), and a pattern that finds any of them."""
    import opencc  # (imported here: a text in simplified characters never needs it)

    converter = opencc.OpenCC("t2s")
    chars = [chr(code) for first, last in _BLOCKS for code in range(first, last)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # (a conversion across the separators: each character alone)
        converted = [converter.convert(char) for char in chars]
    table = {ord(char): simple for char, simple in zip(chars, converted, strict=True)
             if simple != char and len(simple) == 1}
    return table, re.compile("[" + "".join(map(chr, sorted(table))) + "]")


def simplified(text: str) -> str:
    """``text`` in simplified characters, one for one (``text`` itself where it prints no traditional one)."""
    table, traditional = _table()
    return text.translate(table) if traditional.search(text) is not None else text


def traditional_count(text: str) -> int:
    """How many traditional characters ``text`` prints."""
    return sum(1 for _ in _table()[1].finditer(text))


def through_simplified(text: str, extract: Callable[[str], list[Metric]]) -> list[Metric]:
    """The figures ``extract`` finds in ``text`` read in simplified characters, each as ``text`` prints it."""
    plain = simplified(text)
    if plain is text:
        return extract(text)
    where = range(len(text))
    return [as_printed(metric, text, plain, where) for metric in extract(plain)]


__all__ = ["simplified", "through_simplified", "traditional_count"]
