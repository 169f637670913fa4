"""Figures read in a cleaned copy of a text, reported as the text prints them.

``ruby`` reads a text without the pinyin a mirror printed behind its characters, ``traditional`` reads a 繁體
text in simplified characters. Both read the copy and hand the figures back here, with where each character
of the copy stands in the text, to be put back on the print: span, unit, qualifier and indicator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Metric


def as_printed(metric: Metric, text: str, copy: str, where: Sequence[int]) -> Metric:
    """``metric`` found in ``copy``, its span, unit, qualifier and indicator those ``text`` prints (``where[i]`` is
    the offset in ``text`` of character ``i`` of ``copy``; a reading behind the span's last character stays out of
    it where a word goes on behind it, "8個(gè)縣" giving "8個", and in it where the figure ends its clause,
    "0.19個(gè)百分點(diǎn)," giving "0.19個(gè)百分點(diǎn)")."""
    start, end = where[metric.start], where[metric.end - 1] + 1
    if metric.end == len(copy) or not _WORD.match(copy, metric.end):
        last = end
        end = where[metric.end] if metric.end < len(copy) else len(text)
        while end > last and text[end - 1].isspace():  # (not the spaces, nor a line break, before what follows)
            end -= 1
    update: dict[str, object] = {"text": text[start:end], "start": start, "end": end}
    for field in ("unit", "qualifier"):
        word: str | None = getattr(metric, field)
        if word is not None and (printed := _printed_word(word, metric, text, copy, where)) != word:
            update[field] = printed
    if metric.indicator is not None:
        update["indicator"] = _printed_name(metric.indicator, metric, text, copy, where)
    return metric.model_copy(update=update)


_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # (a character of a word, behind a figure's span)

# how far behind a figure its unit may be printed ("分别提高10.6、6.3個百分點": 10.6 shares the unit of 6.3)
_UNIT_REACH = 24


def _printed_word(word: str, metric: Metric, text: str, copy: str, where: Sequence[int]) -> str:
    """A unit or qualifier of ``metric`` as the text prints it, character for character: the last place in the span
    that holds it ("個百分點" for 百分点), else the first just behind it (a unit the figure shares with the next);
    ``word`` itself where neither holds it (元 of 块钱)."""
    at = copy.rfind(word, metric.start, metric.end)
    if at < 0:
        at = copy.find(word, metric.end, metric.end + _UNIT_REACH)
        if at < 0:
            return word
    return "".join(text[where[i]] for i in range(at, at + len(word)))


def _printed_name(name: str, metric: Metric, text: str, copy: str, where: Sequence[int]) -> str:
    """``name`` as ``text`` prints it, each character with all ``text`` prints up to the next: where ``copy`` holds it
    whole, the last place that ends in the figure's span or before it, else the first after ("三個重要水源地…");
    else the nearest place of each character before the figure ("建筑業(yè)增加值" for 建筑業增加值, read in
    "建筑業(yè)實現增加值"); else, for a name put together from several ("企業委會"), each character where the text
    prints it nearest the figure (a character it prints nowhere stays as it is)."""
    at = copy.rfind(name, 0, metric.end)  # (a noun the span prints as its unit, "十大生態產業", is its name)
    if at < 0:
        at = copy.find(name, metric.start)
    if at >= 0:
        places = list(range(at, at + len(name)))
    else:
        places = _places_before(name, metric.start, copy) or [_nearest(char, metric.start, copy) for char in name]
    last = len(where) - 1
    return "".join(char if place < 0 else text[where[place]:where[place + 1] if place < last else len(text)]
                   for char, place in zip(name, places, strict=True))


def _places_before(name: str, before: int, copy: str) -> list[int] | None:
    """The nearest place of each character of ``name`` before offset ``before``, in order (a name's words may be
    apart); None where one is missing."""
    places: list[int] = []
    limit = before
    for char in reversed(name):
        limit = copy.rfind(char, 0, limit)
        if limit < 0:
            return None
        places.append(limit)
    places.reverse()
    return places


def _nearest(char: str, before: int, copy: str) -> int:
    """The place of ``char`` nearest before offset ``before``, else the first after; -1 where ``copy`` has none."""
    place = copy.rfind(char, 0, before)
    return place if place >= 0 else copy.find(char)


__all__ = ["as_printed"]
