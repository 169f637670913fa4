"""Dates in every printed form: "2026-01-20", "2026/1/20", "2026.1.20", "2026年1月20日", full-width
digits, and Chinese numerals ("二〇二六年一月二十日", also with ○ for zero).

Every function returns a valid ``datetime.date`` or None: an impossible date (2023-02-30) is no date.
"""

from __future__ import annotations

import datetime as dt
import re

from ...numbering import cn_to_int

_FULL_WIDTH = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")
_YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "o": 0, "一": 1, "二": 2, "三": 3, "四": 4,
                "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = "[〇○零Ｏ一二三四五六七八九]{4}"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"
_ARABIC = (r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s*(?:年|(?P<sep>[-/.]))\s*(?P<m>[0-9]{1,2})\s*(?:月|(?P=sep))"
           r"\s*(?P<d>[0-9]{1,2})(?![0-9])\s*日?")
_CHINESE = f"(?P<cy>{_CN_YEAR})年(?P<cm>{_CN_SMALL})月(?P<cd>{_CN_SMALL})日"
_DATE = re.compile(f"{_ARABIC}|{_CHINESE}")
_WEEKDAY = r"(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?"
_TIME = r"(?:\s*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)"
# a line that is nothing but a date, perhaps with its weekday; with a clock time it is a posting time
_DATE_ONLY = re.compile(f"^(?:{_ARABIC}|{_CHINESE}){_WEEKDAY}$")
_POSTED = re.compile(f"^(?:{_ARABIC}|{_CHINESE}){_WEEKDAY}{_TIME}$")
_MONTH_DAY = re.compile(r"(?<![0-9年])(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> dt.date | None:
    if match.group("y") is not None:
        return _make(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    year = 0
    for ch in match.group("cy"):
        year = year * 10 + _YEAR_DIGITS[ch]
    month, day = cn_to_int(match.group("cm")), cn_to_int(match.group("cd"))
    if month is None or day is None:
        return None
    return _make(year, month, day)


def _prepare(text: str) -> str:
    return text.translate(_FULL_WIDTH) if not text.isascii() else text


def find_date(text: str) -> dt.date | None:
    """The first valid full date printed anywhere in ``text`` (Arabic or Chinese numerals), or None."""
    for match in _DATE.finditer(_prepare(text)):
        found = _from_match(match)
        if found is not None:
            return found
    return None


def date_only(text: str) -> dt.date | None:
    """The date of a line that is nothing but a date ("2023年5月16日", "二〇二四年一月二十九日 星期一")."""
    if len(text) > 24:
        return None
    match = _DATE_ONLY.match(_prepare(text.strip()))
    if match is None and (compact := _COMPACT.fullmatch(text.strip())) is not None:
        return _compact(compact.group())
    return _from_match(match) if match else None


# a date printed with its digits run together ("20230313", or "2023313" where the page dropped a zero)
_COMPACT = re.compile(r"(?:19|20)[0-9]{5,6}")


def _compact(digits: str) -> dt.date | None:
    """The one calendar date ``digits`` can be read as (year, month, day), or None where there is none or two."""
    year, rest = int(digits[:4]), digits[4:]
    found: set[dt.date] = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if len(day) > 2 or not day or (month.startswith("0") and len(month) == 1):
            continue
        try:
            found.add(dt.date(year, int(month), int(day)))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


def posting_time(text: str) -> dt.date | None:
    """The date of a line that is a date with a clock time ("2026-01-31 07:00:44"): a page's posting time, also
    where the page's fields follow it after bars ("2024-07-13 01:26| 来源: 网络整理| 查看: 265")."""
    if "|" in text or "｜" in text:
        first, *fields = (part.strip() for part in _BAR.split(text))
        if fields and all(_FIELD.match(field) for field in fields):
            text = first
    if len(text) > 32:
        return None
    match = _POSTED.match(_prepare(text.strip()))
    if match is None and (named := _POSTER_DOT.match(text)) is not None:
        return posting_time(text[named.end():])  # who posted it, a dot, the time ("联合创作 · 2023-05-12 00:00")
    return _from_match(match) if match else None


_BAR = re.compile(r"[|｜]")
_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：]")  # (a page's field after the time: "来源: 网络整理", "查看: 265")
_POSTER_DOT = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,12}\s*[·•|｜]\s*(?=[0-9]{4})")


# the note of the meeting that adopted a document, under its title: "（2017年9月1日县第十七届人大常委会第六次会议通过）"
# (a bracket of it may be lost in the copy)
_ADOPTED = re.compile(
    f"^[（(]?\\s*(?:{_ARABIC}|{_CHINESE})[^，。；：,;:]{{2,40}}?(?:会议|大会)(?:审议)?(?:通过|批准)\\s*[）)]?$")


def adopted_on(text: str) -> dt.date | None:
    """The date of a line that notes the meeting that adopted the document ("（2017年9月1日…会议通过）"), or None."""
    if len(text) > 64 or ("通过" not in text and "批准" not in text):
        return None
    match = _ADOPTED.match(_prepare(text.strip()))
    return _from_match(match) if match else None


def month_day(text: str) -> tuple[int, int] | None:
    """The first "M月D日" without a year in ``text``, as (month, day)."""
    match = _MONTH_DAY.search(_prepare(text))
    return (int(match.group("m")), int(match.group("d"))) if match else None


def years(text: str) -> list[int]:
    """Every year "YYYY年" printed in ``text``, in order."""
    return [int(y) for y in _YEAR.findall(_prepare(text))]


def with_year(year: int, month_and_day: tuple[int, int]) -> dt.date | None:
    """A date from a year and a (month, day) pair, or None when the day does not exist."""
    return _make(year, *month_and_day)


__all__ = ["adopted_on", "date_only", "find_date", "month_day", "posting_time", "with_year", "years"]
