"""Which candidates are not figures: years and dates, ordinals, quoted names, plan names, addresses,
tiers, set phrases, and the indefinite 一 ("一支队伍") unless it is listed with other counts.

Each rule is a small predicate over the text and a candidate, so each can be tested on its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .numbers import SPACES
from .scan import Candidate, is_digit_numeral
from .units import INDEFINITE_KINDS

_PAIRS = (
    ("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"), ("〈", "〉"), ("‘", "’"), ('"', '"'), ("〔", "〕"),
)
_MAX_QUOTE = 120
# An opener, then up to _MAX_QUOTE characters that are not its closer, then the closer.
_OPENER = re.compile("[" + re.escape("".join(a for a, _ in _PAIRS)) + "]")
_QUOTED = re.compile("|".join(
    f"{re.escape(a)}[^{re.escape(b)}]{{0,{_MAX_QUOTE}}}{re.escape(b)}" for a, b in _PAIRS
))
_WS = re.compile(f"[{SPACES}]+")
_URL = re.compile(r"(?:https?|ftp)://[^\s，。；、“”<>]+|www\.[^\s，。；、“”<>]+")
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?（）()]")

# Set phrases that look like counts but are names of doctrines or policies.
SET_PHRASES = (
    "八项规定", "两个大局", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "三个代表",
    "两个一百年", "三个务必", "两个结合", "三个有利于", "五个必由之路", "两个毫不动摇", "四个服务",
    "四个放在", "两个先行", "三项制度", "一个中心", "两个基本点", "三个一批", "四个一批", "五个一", "三个一",
    "三次产业", "一二三次产业",
)
_PLAN_WORDS = ("行动计划", "行动", "计划", "规划", "蓝图", "攻坚", "工程", "专项行动", "实施方案",
               "平均", "滑动平均")  # (and the period a statistic averages over: "24小时平均95百分位数浓度")
_YEAR_TAIL = ("度", "底", "初", "末", "代", "级", "中", "前后")
_NUM = r"[0-9０-９零〇一二两三四五六七八九十百]+"
_LIST_SEP = r"[ \u3000]*[、，,和及至到—\-][ \u3000]*"
_ORDINAL_LIST = re.compile(rf"第[ \u3000]*{_NUM}(?:{_LIST_SEP}{_NUM})*{_LIST_SEP}$")
# A measure word that is the first character of another word: 十一期间, 百个培育项目名单.
_WORD_AFTER_UNIT = (
    "期间", "名单", "处理", "处置", "所有", "所在", "家庭", "位于", "条件", "条例", "场所", "次日", "周边",
    "起来", "起草", "批准", "批示", "台阶", "台账", "间隔", "份额", "对象", "对接", "对于", "点评", "只有",
    "只是", "道路", "节点", "张贴", "组织", "名称", "名义", "点位", "部件", "部门", "部署", "折算", "折合", "折成",
)
# ...unless the word is itself the start of another word after the measure word: 1万余间隔离房间 (间 + 隔离)
_UNIT_BEFORE_WORD = ("间隔离",)
_WORDS_BY_UNIT: dict[str, tuple[str, ...]] = {}
for _word in _WORD_AFTER_UNIT:
    _WORDS_BY_UNIT[_word[0]] = (*_WORDS_BY_UNIT.get(_word[0], ()), _word)
_ADDRESS_BEFORE = re.compile(r"(?:路|街|巷|弄|号|道|村|里|胡同|大厦|广场|小区|苑)[ \u3000]*$")
_ADDRESS_UNITS = frozenset({"栋", "幢", "座", "层", "间", "单", "号"})
_MEETING_AFTER = ("全体会议", "全会", "会议", "党代会", "代表大会", "常委会")
_TIME_OF_DAY_BEFORE = ("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "夜里", "晚")
_VAGUE_BEFORE = ("几", "数", "若干", "上", "成")
_BARE_SCALES = frozenset("百千万亿佰仟萬億兆")
_SCALE_WORD = _BARE_SCALES | frozenset("十拾")
_MEASURE_ACRONYMS = ("GDP", "CPI", "PPI", "GNP", "GNI")
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_RATIO_COLONS = frozenset("∶:：")
# What may glue a number to what stands before it: a Latin letter, a hyphen, a slash, a colon.
_GLUE_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-－/∶:：+＋")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks and book-title marks, where figures are names, not counts."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    while True:
        opener = _OPENER.search(text, pos)
        if opener is None:
            return ranges
        m = _QUOTED.match(text, opener.start())
        if m is None:
            pos = opener.end()
        else:
            ranges.append(m.span())
            pos = m.end()


def _inside(ranges: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` falls in one of the sorted, disjoint ``ranges`` (binary search)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ranges[i][1]


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint ranges covering the same positions."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _before(text: str, cand: Candidate, n: int = 4) -> str:
    return text[max(0, cand.start - n):cand.start].rstrip(SPACES)


def _after(text: str, cand: Candidate, n: int = 6) -> str:
    return _WS.sub("", text[cand.end:cand.end + n + 4])[:n]


def _after_unit(text: str, cand: Candidate, n: int = 6) -> str:
    """The text after the unit word with whitespace and line breaks taken out."""
    return _WS.sub("", text[cand.unit_end:cand.unit_end + n + 4])[:n]


def is_ordinal(text: str, cand: Candidate) -> bool:
    """第五次, 第 42 期, and the last of a list of positions (第1、2、3条): a position, not a count; a meeting
    numbered within a term without its 第 (市政府十七届61次常务会议)."""
    if cand.start and text[cand.start - 1] == "届" and cand.unit.name == "次":
        return True
    if text.rfind("第", max(0, cand.start - 24), cand.start) < 0:  # the usual case: no 第 near
        return False
    before = _before(text, cand, 24)
    return before.endswith("第") or _ORDINAL_LIST.search(before) is not None


# a line that is a section number and its title, nothing else: "2.3成员单位", "6.1 人力资源保障"
_SECTION_NUMBER = re.compile(r"[0-9]{1,2}(?:[.．][0-9]{1,2})+[ \u3000]*[\u4e00-\u9fff][^，。；：！？,;:!?]{1,24}")


def is_section_number(text: str, cand: Candidate) -> bool:
    """"2.3成员单位" on a line of its own, a heading or a contents entry: the section number, not 2.3成."""
    return (cand.num_start == 0 and not cand.chinese and not cand.scaled and cand.end < len(text.rstrip())
            and _SECTION_NUMBER.fullmatch(text) is not None)  # (a cell "2.5亿元" is a figure)


def is_date(text: str, cand: Candidate) -> bool:
    """2023年, 二〇二三年, 2023年度, 三年级, "2.2022年" (a label and a year): a calendar year, not a duration."""
    if cand.unit.name != "年":
        return False
    if cand.value >= 1000 or (cand.chinese and is_digit_numeral(cand.numeral)):
        return True
    if _LABELLED_YEAR.fullmatch(cand.numeral) is not None:
        return True  # a list label glued to a year, "2.2022年省级…预算表": no figure of 2.2022 years
    return _after_unit(text, cand).startswith(_YEAR_TAIL) and cand.qualifier is None


def is_year_of_accounts(text: str, cand: Candidate) -> bool:
    """县政府办2019度部门决算: a year printed without its 年 before 度 (年度), not 2019 degrees."""
    return (not cand.chinese and cand.qualifier is None and cand.value_min is None
            and cand.value == cand.value.to_integral_value() and 1949 <= cand.value <= 2099
            and text[cand.num_end:cand.num_end + 1] == "度" and _CJK_CHAR.match(text[cand.end:cand.end + 1]) is not None
            and not text.startswith("电", cand.end))


_LABELLED_YEAR = re.compile(r"\s*[0-9]{1,2}[.．]\s*(?:19|20)[0-9]{2}\s*")


def is_size_class(text: str, cand: Candidate) -> bool:
    """100兆瓦级储能, 30万吨级码头: a unit followed by 级 names a size class, not a figure."""
    return cand.unit.kind != "count" and text.startswith("级", cand.end)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def is_voltage_class(text: str, cand: Candidate) -> bool:
    """10千伏线路, 500千伏输变电工程, 220千伏及以上: a voltage before what it classes, not a figure
    (电压等级为220千伏。 is one)."""
    after = text[cand.end:cand.end + 1]
    return _CJK_CHAR.match(after) is not None


def is_milestone(text: str, cand: Candidate) -> bool:
    """尖山河31公里处, 距起点500米处: a distance that places a spot along a road or a river, not a figure."""
    return text.startswith("处", cand.end) and cand.qualifier is None


def is_anniversary(text: str, cand: Candidate) -> bool:
    """成立100周年: 周 followed by 年."""
    return cand.unit.name == "周" and _after_unit(text, cand).startswith("年")


def is_plan_name(text: str, cand: Candidate) -> bool:
    """三年行动计划, 10 分钟“为老服务圈”, 日最大8小时平均: a duration that names a plan, a service radius or the
    period a statistic averages over."""
    if cand.unit.kind not in ("duration", "length"):
        return False
    after = _after(text, cand, 12)
    if after.startswith(_PLAN_WORDS):
        return True
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return "圈" in clause and cand.unit.name in ("分钟", "公里", "米", "小时")


def is_address(text: str, cand: Candidate) -> bool:
    """乔家路8号11楼, 人民路1号3栋: house, building and room numbers."""
    if cand.unit.name not in _ADDRESS_UNITS:
        return False
    return _ADDRESS_BEFORE.search(text, max(0, cand.start - 4), cand.start) is not None


def is_code(text: str, cand: Candidate) -> bool:
    """B12, A2021…, V2, 201901-00336, 2019-01-23, 7.1∶38.9∶54.0, 1+3+X: a number glued to Latin
    letters, or written with a leading zero, or glued to a digit by a hyphen or a ratio's colon, or
    joined to others by +, is part of a code, a date, a ratio or the name of a model."""
    start = cand.num_start
    before = text[start - 1] if start else ""
    if before in _GLUE_BEFORE:
        if before.isalpha():  # a Latin letter
            if cand.start == start and not text.endswith(_MEASURE_ACRONYMS, max(0, start - 3), start):
                return True  # (but "地区生产总值(GDP188.72亿元": the measure named, then its figure)
        elif before == "+" or before == "＋" or (start >= 2 and text[start - 2] in _DIGIT_CHARS):
            return True  # 1+3, 2019-01, 38.9∶54.0
    first = text[start]
    if (first == "0" or first == "０") and text[start + 1:start + 2] in _DIGIT_CHARS:
        return True  # 00336, 01: a count has no leading zero
    after = text[cand.num_end:cand.num_end + 1]
    if after == "+" or after == "＋":
        return True
    return after in _RATIO_COLONS and text[cand.num_end + 1:cand.num_end + 2] in _DIGIT_CHARS


def is_set_phrase(text: str, cand: Candidate) -> bool:
    """八项规定, 两个大局: names of doctrines that look like counts."""
    return cand.chinese and text.startswith(SET_PHRASES, cand.num_start)


def is_idiom(text: str, cand: Candidate) -> bool:
    """最后一公里: a figure of speech, not a distance."""
    return cand.chinese and cand.numeral.strip() == "一" and _before(text, cand, 2).endswith(("最后", "最初"))


def is_meeting(text: str, cand: Candidate) -> bool:
    """二届区委十次全体会议: the session number of a meeting."""
    return cand.chinese and cand.unit.name == "次" and _after_unit(text, cand).startswith(_MEETING_AFTER)


def is_time_of_day(text: str, cand: Candidate) -> bool:
    """下午三点, 三点半: a clock time, not three points."""
    if cand.unit.name != "点":
        return False
    return _before(text, cand, 3).endswith(_TIME_OF_DAY_BEFORE) or _after_unit(text, cand).startswith(
        ("半", "钟", "整", "多", "零", "一刻", "前", "后", "左右"))


def is_vague(text: str, cand: Candidate) -> bool:
    """几十项, 数百人, 百个, 千家万户: no definite number (a bare 百/千/万 is rhetoric)."""
    if cand.chinese and _before(text, cand, 2).endswith(_VAGUE_BEFORE) and cand.start == cand.num_start:
        return True
    # 亿元以上项目 names a class of projects, but 万余人 counts (more than) ten thousand people
    numeral = cand.numeral.strip()
    bare = cand.chinese and (
        (numeral in _BARE_SCALES and cand.qualifier in (None, "以上", "以下", "以内"))
        or (_SCALE_WORD.issuperset(numeral) and cand.qualifier in ("以上", "以下", "以内")))  # 千万元以上项目
    return bare and cand.unit.name not in ("%", "‰", "‱")  # 百分之百 is a figure


def is_rank(text: str, cand: Candidate) -> bool:
    """前三名: a rank, not a count."""
    return cand.unit.name in ("名", "位") and _before(text, cand, 1).endswith("前")


def is_er_ordinal(text: str, cand: Candidate) -> bool:
    """二期, 二号, 二季度: a count takes 两 before a measure word, so a lone 二 names a phase or rank."""
    return cand.chinese and cand.numeral.strip() in ("二", "贰", "貳") and cand.unit.kind in ("count", "duration")


def is_bad_discount(text: str, cand: Candidate) -> bool:
    """十折 is no discount: 折 takes one digit (九折) or two (七五折, 75折)."""
    return cand.unit.name == "折" and cand.chinese and cand.value >= 10 and not is_digit_numeral(cand.numeral)


def is_word_after(text: str, cand: Candidate) -> bool:
    """十一期间: the measure word begins another word (期间, 名单, 家庭), so nothing was counted."""
    if cand.unit_end - cand.unit_start != 1:
        return False
    words = _WORDS_BY_UNIT.get(text[cand.unit_start])
    return (words is not None and text.startswith(words, cand.unit_start)
            and not text.startswith(_UNIT_BEFORE_WORD, cand.unit_start))


def is_digit_string(text: str, cand: Candidate) -> bool:
    """五五 read digit by digit is a code, except in discounts (五五折)."""
    return cand.chinese and is_digit_numeral(cand.numeral) and cand.unit.name not in ("折", "年")


def is_cut_points(text: str, cand: Candidate) -> bool:
    """3.02个 at the end of a text cut inside "3.02个百分点" ("…下降3.02个百"): no count of anything."""
    return text[cand.unit_end:].rstrip() in ("百", "百分") and cand.value != cand.value.to_integral_value()


RULES: tuple[Callable[[str, Candidate], bool], ...] = (
    is_ordinal, is_section_number, is_date, is_anniversary, is_plan_name, is_address, is_code, is_set_phrase,
    is_idiom, is_meeting, is_time_of_day, is_vague, is_rank, is_digit_string, is_bad_discount,
    is_er_ordinal, is_word_after, is_size_class, is_voltage_class, is_cut_points, is_milestone, is_year_of_accounts,
)


# When each rule can hold, by what is known of a candidate without looking at the text: whether the
# numeral is Chinese, the unit's name and kind. ``select`` asks only the rules that can hold.
_ANY = None
_WHEN: tuple[tuple[Callable[[str, Candidate], bool], Callable[[bool, str, str], bool] | None], ...] = (
    (is_ordinal, _ANY),
    (is_section_number, lambda chinese, name, kind: not chinese),
    (is_date, lambda chinese, name, kind: name == "年"),
    (is_anniversary, lambda chinese, name, kind: name == "周"),
    (is_plan_name, lambda chinese, name, kind: kind in ("duration", "length")),
    (is_address, lambda chinese, name, kind: name in _ADDRESS_UNITS),
    (is_code, _ANY),
    (is_set_phrase, lambda chinese, name, kind: chinese),
    (is_idiom, lambda chinese, name, kind: chinese),
    (is_meeting, lambda chinese, name, kind: chinese and name == "次"),
    (is_time_of_day, lambda chinese, name, kind: name == "点"),
    (is_vague, lambda chinese, name, kind: chinese),
    (is_rank, lambda chinese, name, kind: name in ("名", "位")),
    (is_digit_string, lambda chinese, name, kind: chinese),
    (is_bad_discount, lambda chinese, name, kind: chinese and name == "折"),
    (is_er_ordinal, lambda chinese, name, kind: chinese and kind in ("count", "duration")),
    (is_word_after, lambda chinese, name, kind: name in _WORDS_BY_UNIT),  # a measure word of one character
    (is_size_class, lambda chinese, name, kind: kind != "count"),
    (is_voltage_class, lambda chinese, name, kind: name == "千伏"),
    (is_cut_points, lambda chinese, name, kind: name in ("个", "個") and not chinese),
    (is_milestone, lambda chinese, name, kind: kind == "length"),
    (is_year_of_accounts, lambda chinese, name, kind: name == "度" and not chinese),
)
assert tuple(rule for rule, _ in _WHEN) == RULES
_APPLICABLE: dict[tuple[bool, str, str], tuple[Callable[[str, Candidate], bool], ...]] = {}


def _applicable(cand: Candidate) -> tuple[Callable[[str, Candidate], bool], ...]:
    """The rules that can hold for ``cand`` (the others return False whatever the text)."""
    key = (cand.chinese, cand.unit.name, cand.unit.kind)
    rules = _APPLICABLE.get(key)
    if rules is None:
        rules = tuple(rule for rule, when in _WHEN if when is None or when(*key))
        if len(_APPLICABLE) < 4096:  # unit names are a small set, but 大 + noun makes new ones
            _APPLICABLE[key] = rules
    return rules


def _excluded(text: str, cand: Candidate) -> bool:
    for rule in _applicable(cand):  # noqa: SIM110 - a plain loop: any() over a generator costs more here
        if rule(text, cand):
            return True
    return False


def is_indefinite_one(cand: Candidate) -> bool:
    """A bare 一 with a measure word (一支队伍, 一批, 一年来): a figure only when listed with others."""
    return (cand.chinese and cand.numeral.strip() in ("一", "壹") and cand.qualifier is None
            and cand.value_min is None and cand.unit.kind in INDEFINITE_KINDS)


def keep_listed_ones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop indefinite 一 unless a real count with the same measure word stands in the same clause."""
    kept: list[Candidate] = []
    for i, cand in enumerate(cands):
        if not is_indefinite_one(cand):
            kept.append(cand)
            continue
        listed = False
        for j in (i - 1, i + 1):
            if not 0 <= j < len(cands):
                continue
            other = cands[j]
            if is_indefinite_one(other) or other.unit.name != cand.unit.name:
                continue
            lo, hi = (other.end, cand.start) if j < i else (cand.end, other.start)
            if _CLAUSE_BREAK.search(text, lo, hi) is None:
                listed = True
        if listed:
            kept.append(cand)
    return kept


def select(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that are figures, by every rule of this module."""
    if not cands:
        return []
    quotes = quoted_ranges(text)  # sorted and disjoint: each search starts after the last quote
    if "://" in text or "www." in text:  # what every URL holds
        quotes = _merge(quotes + [m.span() for m in _URL.finditer(text)])
    if quotes:
        starts = [a for a, _ in quotes]
        kept = [c for c in cands if not _inside(quotes, starts, c.num_start) and not _excluded(text, c)]
    else:
        kept = [c for c in cands if not _excluded(text, c)]
    for cand in kept:
        if cand.chinese:  # only a Chinese 一 can be an indefinite one
            return keep_listed_ones(text, kept)
    return kept


__all__ = ["RULES", "SET_PHRASES", "keep_listed_ones", "quoted_ranges", "select"]
