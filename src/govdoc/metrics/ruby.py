"""Figures in a text a mirror annotated with pinyin: ``萬(wàn)元``, ``增長(zhǎng)``.

Some sharing sites convert a page to traditional characters and print the reading of many characters
behind them in brackets. The figures are read as if the readings were not there, and reported where
the text prints them: ``506843萬(wàn)元`` is 5,068,430,000 元, its indicator the name as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Metric

# a reading in brackets right behind a character: lower-case letters, one of them with a tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}\)")


def has_readings(text: str) -> bool:
    """Whether ``text`` prints the pinyin of a character behind it ("預(yù)算")."""
    return "(" in text and _READING.search(text) is not None


def through_readings(text: str, extract: Callable[[str], list[Metric]]) -> list[Metric]:
    """The figures ``extract`` finds in ``text`` read without its readings, each span and indicator as printed."""
    kept: list[str] = []
    where: list[int] = []  # the offset in ``text`` of each character kept
    position = 0
    for match in _READING.finditer(text):
        kept.append(text[position:match.start()])
        where.extend(range(position, match.start()))
        position = match.end()
    kept.append(text[position:])
    where.extend(range(position, len(text)))
    plain = "".join(kept)
    metrics = extract(plain)
    return [_as_printed(metric, text, plain, where) for metric in metrics]


def _as_printed(metric: Metric, text: str, plain: str, where: list[int]) -> Metric:
    """``metric`` found in ``plain``, its span and indicator those ``text`` prints (a reading behind the span's last
    character stays out of it: "8個(gè)" is "8個")."""
    start, end = where[metric.start], where[metric.end - 1] + 1
    update: dict[str, object] = {"text": text[start:end], "start": start, "end": end}
    if metric.indicator is not None and (printed := _printed_name(metric.indicator, metric.start, text, plain,
                                                                   where)) is not None:
        update["indicator"] = printed
    return metric.model_copy(update=update)


def _printed_name(name: str, before: int, text: str, plain: str, where: list[int]) -> str | None:
    """``name`` as ``text`` prints it before offset ``before`` of ``plain``, each character with its reading
    ("建筑業(yè)增加值" for 建筑業增加值, read in "建筑業(yè)實現增加值"); None where ``plain`` does not hold it
    there."""
    places: list[int] = []
    limit = before
    for char in reversed(name):  # (the nearest place of each character, from the last: a name's words may be apart)
        limit = plain.rfind(char, 0, limit)
        if limit < 0:
            return None
        places.append(limit)
    bounds = [*where, len(text)]
    return "".join(text[where[at]:bounds[at + 1]] for at in reversed(places))


__all__ = ["has_readings", "through_readings"]
