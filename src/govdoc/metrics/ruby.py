"""Figures in a text a mirror annotated with pinyin: ``萬(wàn)元``, ``增長(zhǎng)``.

Some sharing sites convert a page to traditional characters and print the reading of many characters
behind them in brackets. The figures are read as if the readings were not there, and reported where
the text prints them: ``506843萬(wàn)元`` is 5,068,430,000 元, its indicator the name as printed.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable

from ..model import Metric
from .printed import as_printed

# a reading in brackets right behind a character: lower-case letters, one of them with a tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
READING = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}\)")


def has_readings(text: str) -> bool:
    """Whether ``text`` prints the pinyin of a character behind it ("預(yù)算")."""
    return "(" in text and READING.search(text) is not None


# a reading a PDF's or a copy's line break may cut or push onto the next line ("執\n(zhí)", "穩(w\něn)")
_READING_WRAPPED = re.compile(
    rf"(?<=[\u4e00-\u9fff])\n?\((?=[a-zü\n]*[{_TONED}])(?:[a-z{_TONED}ü]|\n(?!\n)){{1,8}}\)")


def without_readings(text: str, *, across_lines: bool = False) -> tuple[str, array[int]]:
    """``text`` without its readings, and the offset in ``text`` of each character kept; ``across_lines``: a
    reading a line break cut or pushed down goes too, its line breaks kept (the lines of the print stay)."""
    kept: list[str] = []
    where = array("q")  # (eight bytes a character: a list of ints would hold an object for each)
    position = 0
    if "(" in text:
        for reading in (_READING_WRAPPED if across_lines else READING).finditer(text):
            kept.append(text[position:reading.start()])
            where.extend(range(position, reading.start()))
            breaks = [k for k in range(reading.start(), reading.end()) if text[k] == "\n"]
            kept.append("\n" * len(breaks))
            where.extend(breaks)
            position = reading.end()
    kept.append(text[position:])
    where.extend(range(position, len(text)))
    return "".join(kept), where


def through_readings(text: str, extract: Callable[[str], list[Metric]]) -> list[Metric]:
    """The figures ``extract`` finds in ``text`` read without its readings, each span and indicator as printed."""
    plain, where = without_readings(text)
    return [as_printed(metric, text, plain, where) for metric in extract(plain)]


__all__ = ["READING", "has_readings", "through_readings", "without_readings"]
