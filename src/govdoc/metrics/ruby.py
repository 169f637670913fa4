"""Figures in a text a mirror annotated with pinyin: ``萬(wàn)元``, ``增長(zhǎng)``.

Some sharing sites convert a page to traditional characters and print the reading of many characters
behind them in brackets. The figures are read as if the readings were not there, and reported where
the text prints them: ``506843萬(wàn)元`` is 5,068,430,000 元, its indicator the name as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Metric
from .printed import as_printed

# a reading in brackets right behind a character: lower-case letters, one of them with a tone mark
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
READING = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{TONED}])[a-z{TONED}ü]{{1,7}}\)")


def has_readings(text: str) -> bool:
    """Whether ``text`` prints the pinyin of a character behind it ("預(yù)算")."""
    return "(" in text and READING.search(text) is not None


def through_readings(text: str, extract: Callable[[str], list[Metric]]) -> list[Metric]:
    """The figures ``extract`` finds in ``text`` read without its readings, each span and indicator as printed."""
    kept: list[str] = []
    where: list[int] = []  # the offset in ``text`` of each character kept
    position = 0
    for match in READING.finditer(text):
        kept.append(text[position:match.start()])
        where.extend(range(position, match.start()))
        position = match.end()
    kept.append(text[position:])
    where.extend(range(position, len(text)))
    plain = "".join(kept)
    metrics = extract(plain)
    return [as_printed(metric, text, plain, where) for metric in metrics]


__all__ = ["READING", "TONED", "has_readings", "through_readings"]
