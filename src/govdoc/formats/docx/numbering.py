"""Word's automatic list numbering, rendered as the labels a reader sees ("一、", "（一）", "1.").

Chinese Word documents often number their headings with a multilevel list (``w:numPr`` on the
paragraph or its style) instead of typing "一、": the label is drawn by Word and is not in the text.
:class:`ListNumbering` counts like Word does (one counter set per abstract list, deeper levels
restart when a higher one advances, ``w:startOverride`` restarts a list instance) and formats the
counters with the level's ``w:lvlText`` and ``w:numFmt``. Bullets yield no label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...numbering import CIRCLED, int_to_cn
from .ooxml import W_VAL, int_value, w

_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """A counter value in one of Word's number formats (``decimal``, ``chineseCounting``, ...)."""
    if number < 1:
        return str(number)
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
               "taiwaneseCountingThousand", "ideographDigital") and number < 10_000:
        return int_to_cn(number)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and number <= len(CIRCLED):
        return CIRCLED[number - 1]
    if fmt in ("ideographTraditional", "ideographZodiac") and number <= len(_TRADITIONAL):
        return _TRADITIONAL[number - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(number))
    if fmt == "lowerLetter":
        return _letters(number)
    if fmt == "upperLetter":
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return _roman(number)
    if fmt == "upperRoman":
        return _roman(number).upper()
    return str(number)


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str


def _int(value: str | None, default: int) -> int:
    parsed = int_value(value)
    return default if parsed is None else parsed


class ListNumbering:
    """The lists of ``word/numbering.xml`` and their running counters."""

    def __init__(self, numbering_element: Any) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        for abstract in numbering_element.iter(w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(w("lvl")):
                def val(tag: str, lvl: Any = lvl) -> str | None:
                    child = lvl.find(w(tag))
                    return None if child is None else child.get(W_VAL)
                levels[_int(lvl.get(w("ilvl")), 0)] = _Level(
                    _int(val("start"), 1), val("numFmt") or "decimal", val("lvlText") or "", val("suff") or "tab")
            self._abstract[abstract.get(w("abstractNumId"), "")] = levels
        for num in numbering_element.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            overrides = {}
            for override in num.iter(w("lvlOverride")):
                start = override.find(w("startOverride"))
                if start is not None:
                    overrides[_int(override.get(w("ilvl")), 0)] = _int(start.get(W_VAL), 1)
            self._nums[num.get(w("numId"), "")] = (ref.get(W_VAL, "") if ref is not None else "", overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of list ``num_id`` at level ``ilvl``; return the label Word draws."""
        if num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in overrides.items():
                counters[lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, (overrides.get(ilvl) or level.start) - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt in ("bullet", "none"):
            return ""
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                other = levels.get(k)
                value = counters.get(k, other.start if other else 1)
                text = text.replace(f"%{k + 1}", format_number(value, other.fmt if other else "decimal"))
        if not text:
            return ""
        if level.suffix == "space" or (level.suffix == "tab" and text[-1].isalnum()):
            return text + " "
        return text


__all__ = ["ListNumbering", "format_number"]
