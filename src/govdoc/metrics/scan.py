"""Finding figure candidates: a number, its scale, qualifiers, unit and range, with exact offsets.

The scanner reads forward from each numeral it finds (Arabic, Chinese, or a 百分之 fraction) with
anchored regular expressions, so nothing backtracks across the text. Spaces and line breaks are
allowed between the parts of a figure ("约 2.6 万平方米", "400\\n余块"). Whether a candidate is
a real figure (not a year, an ordinal, a quoted name …) is decided afterwards by ``rules``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..model import MetricKind
from ..model import _canonical_decimal as canonical_decimal
from .money import CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_CODES, CURRENCY_SYMBOLS, cents, yuan_parts
from .numbers import (
    ARABIC_PATTERN,
    CHINESE_PATTERN,
    CN_NUMERAL_CHARS,
    DIGITS,
    MAX_NUMERAL,
    SCALES,
    SPACES,
    parse_arabic,
    parse_chinese,
    scale_value,
)
from .qualifiers import MID_QUALIFIER, PREFIX_LAST, SUFFIX_QUALIFIER, read_prefix
from .units import CHINESE_OK, DIGITS_NOT_OK, SCALE_INITIAL, UNIT_PATTERN, UNIT_RE, UNITS, Unit, lookup, unit_at

WS = f"[{SPACES}]*"
_WS_RE = re.compile(WS)
NUMBER_RE = re.compile(
    r"(?P<frac>[百千万萬仟佰]{1,4}[ \u3000]*分[ \u3000]*之[ \u3000]*)?"  # bounded: a run of 万 is no quadratic scan
    rf"(?:(?P<ar>{ARABIC_PATTERN})|(?P<cn>{CHINESE_PATTERN}))"
)
_NUMBER_START = re.compile(f"[0-9０-９{CN_NUMERAL_CHARS}]")
_AR_RE = re.compile(ARABIC_PATTERN)
_CN_RE = re.compile(CHINESE_PATTERN)
_K_SUFFIX = re.compile(r"[ \u3000]*[kKｋＫ](?![A-Za-z])")
_PERCENTAGE_POINT = re.compile(r"(?:[个個][ \u3000]*)?百[ \u3000]*分[ \u3000]*[点點]")
_INCLUSIVE = re.compile(rf"{WS}[（(]含[)）]")
# 两个亿 is 2亿; 3个亿元以上项目 counts projects of a class ("亿元以上", "亿元级", "千万元级")
_GE_BEFORE_SCALE = re.compile(r"[个個](?=[万亿萬億])(?![万亿萬億]{1,2}元?(?:以上|级|规模))")
_PER_UNIT = re.compile(
    r"[/／](?P<s>[万百千亿])?"
    r"(?P<u>(?:人|户)[·•]?(?:年|月|日|天)|平方米|平方公里|立方米|小时|公里|千米|千克|公斤|吨|人|年|月|日|天|秒|分钟|亩|畝|公顷|公頃|升|米|件|台|户|辆|车|元)"
)  # (a rate per person and year or month first: "1600元/人年", "310元/人·月"; per money: "53.9m³/万元")
# A unit printed wholly in brackets behind its number, one measure word or several: 3323(头/只), 36.8万(头、只、匹).
_BRACKETED = re.compile(r"[（(]([^（()）/／、]{1,4}(?:[/／、][^（()）/／、]{1,4}){0,5})[)）]")
_UNIT_LIST_SEPARATOR = re.compile("[/／、]")
_BRACKET_CHARS = frozenset("（(")
# Two measure words for one count: 781件/套 (pieces or sets), 台/套, 台（套）, 头(只) (cattle and sheep).
_ALTERNATIVE_UNIT = re.compile(r"[/／](?P<u>套|件|台|个|次|处|座|只|头)|[（(](?P<p>套|件|台|个|只|头)[）)]")
_RANGE_SEP = re.compile(rf"{WS}(?:[—–\-－~～〜]+|至|到){WS}")
_RANGE_SEP_AFTER_UNIT = re.compile(rf"{WS}(?:[—–\-－~～〜]+|至){WS}")
_GE_COMPOUND = re.compile(
    r"[个個](?P<q>多|余|半)?(?P<u>月|小时|星期|工作日|季度|班次|人次|场次|课时|床位|车次|比特币)"
)
# What 点 counts after Arabic digits ("提出3点建议"); anything else makes 3点 a time of day.
_POINT_NOUNS = (
    "建议", "要求", "意见", "希望", "体会", "措施", "举措", "经验", "启示", "做法", "共识", "思考", "认识",
    "看法", "打算", "考虑", "感受", "理由", "原因", "内容", "目标", "任务", "工作", "问题", "不足", "成效",
)
_MEASURED = frozenset({"duration", "money", "weight", "length", "area", "volume"})
_DA_NOUN = re.compile(r"大[ \u3000]*([\u4e00-\u9fff]{1,4})")
_DA_STOP = set("的和与及等共之中在为是以把被将对从向几数十百千万亿一二三四五六七八九两零")
_DA_NOT_NOUNS = (
    "精神", "报告", "以来", "召开", "代表", "会议", "胜利", "期间", "提出", "强调", "部署", "要求",
    "闭幕", "开幕", "上", "后", "前", "时", "关", "力", "于", "多", "批", "早", "片", "堆",
)
# verbs that may follow the noun after 大 without a break (9大主题进行了细化分解)
_DA_VERBS = ("进行", "开展", "实施", "推进", "展开", "作出", "做出", "提出", "落实", "加快", "实现", "完成", "建设")
FOLLOW_CHARS = frozenset(u[0] for u in UNITS) | frozenset(SCALES) | frozenset("余多来大半个個—–-－~～〜至到kKｋＫ(（")

# What may follow the first character of a Chinese numeral in a figure: another numeral character,
# a space, 点 (三点五), 分 (百分之), or what may follow a number (a unit, a scale, 余, 大, a range).
_CN_CHARS = frozenset(CN_NUMERAL_CHARS)
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_CN_GOES_ON = FOLLOW_CHARS | _CN_CHARS | frozenset(SPACES) | frozenset("点點分")

# The characters each anchored pattern can start with: a cheap test before the pattern is tried.
_WS_CHARS = frozenset(SPACES)
_MID_CHARS = frozenset("余多来")
_GE_CHARS = frozenset("个個")
_K_CHARS = frozenset(" \u3000kKｋＫ")
_INCLUSIVE_CHARS = _WS_CHARS | frozenset("（(")
_RANGE_CHARS = _INCLUSIVE_CHARS | frozenset("—–-－~～〜至到")  # 1万(含)-5万元 starts with （
_RANGE_AFTER_UNIT_CHARS = _WS_CHARS | frozenset("—–-－~～〜至")
_PP_CHARS = frozenset("个個百")
_PER_CHARS = frozenset("/／")
_ALTERNATIVE_CHARS = frozenset("/／（(")
_SUFFIX_CHARS = frozenset("以左之上多余及")
_ONE = Decimal(1)
# What may stand between a number and its unit (spaces, 余/多/来, 个, k, a scale, a range)
_BEFORE_UNIT_CHARS = _WS_CHARS | _MID_CHARS | _GE_CHARS | _K_CHARS | frozenset(SCALES) | _RANGE_CHARS
# What may follow a unit (半, a per-unit, a range, （含）, a suffix qualifier), spaces included
_AFTER_UNIT_CHARS = (
    frozenset("半") | _PER_CHARS | _RANGE_AFTER_UNIT_CHARS | _INCLUSIVE_CHARS | _SUFFIX_CHARS | _WS_CHARS
    | _ALTERNATIVE_CHARS
)
_ZERO = Decimal(0)

@dataclass(slots=True)
class Candidate:
    """A possible figure: its span, the number inside it, value, unit and qualifier as printed.

    A range's ``value`` is its upper bound and ``value_min`` its lower, as in a Metric."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    unit: Unit
    unit_start: int
    unit_end: int
    value_min: Decimal | None = None
    qualifier: str | None = None
    chinese: bool = False
    numeral: str = ""
    scaled: bool = False
    canonical: bool = False  # ``value`` is already as a Metric stores it (139, 5.5: no exponent, no trailing zero)


def _skip_ws(text: str, pos: int) -> int:
    if text[pos:pos + 1] not in _WS_CHARS:
        return pos
    m = _WS_RE.match(text, pos)
    return m.end() if m else pos


def _read_scales(text: str, pos: int) -> tuple[Decimal, int]:
    """Scale characters after an Arabic number (1.2万, 3千万); a unit such as 千米 stops them."""
    start = pos
    limit = min(len(text), pos + 4)  # 千万亿 is the longest scale anyone writes
    while pos < limit and text[pos] in SCALES and text[pos] not in "十拾":
        if unit_at(text, pos) in SCALE_INITIAL:
            break
        pos += 1
    if pos == start:
        return _ONE, start
    factor = scale_value(text[start:pos])
    return (_ONE, start) if factor is None else (factor, pos)


@dataclass(slots=True)
class _Tail:
    factor: Decimal
    unit: Unit
    unit_start: int
    unit_end: int
    end: int
    qualifier: str | None
    half: bool
    extra: Decimal = Decimal(0)


def _read_unit(
    text: str, pos: int, *, chinese: bool, numeral: str, value: Decimal
) -> tuple[Unit, int] | None:
    """The unit or measure word at ``pos`` and where it ends, or None."""
    first = text[pos:pos + 1]
    pp = _PERCENTAGE_POINT.match(text, pos) if first in _PP_CHARS else None
    if pp is not None:
        # (printed as it is, the classifier aside: 百分點 in traditional characters, as 噸 and 畝 are)
        return Unit("百分點" if pp.group().endswith("點") else "百分点", "percentage_point"), pp.end()
    ge = _GE_COMPOUND.match(text, pos) if first in _GE_CHARS else None
    if ge is not None:
        printed = ge.group("u")
        name = "个月" if printed == "月" else printed
        unit = lookup(name) or lookup(printed)
        if unit is not None:
            return unit, ge.end()
    if first in _BRACKET_CHARS and not chinese:
        bracketed = _bracketed_unit(text, pos)
        if bracketed is not None:
            return bracketed
    word = unit_at(text, pos)
    if word is not None:
        unit = lookup(word)
        if unit is not None:
            if chinese and word not in CHINESE_OK:
                return None
            if not chinese and word in DIGITS_NOT_OK and not text.startswith(_POINT_NOUNS, pos + len(word)):
                return None  # 3点 is a time of day, but 3点建议 are three points
            return unit, pos + len(word)
    # 三大, 14大类; from 17 on, 大 is the party congress (十九大精神), not a count
    if first == "大" and value == value.to_integral_value() and 1 < value < 17:
        da = _DA_NOUN.match(text, pos)
        if da is not None:
            noun = ""
            if da.group(1)[0] in "类项":  # 14大类、80余个: a measure word, not the first character of a noun
                return Unit(da.group(1)[0], "count"), da.start(1) + 1
            for ch in da.group(1):
                if ch in _DA_STOP:
                    break
                noun += ch
            cut = next((at for verb in _DA_VERBS if (at := noun.find(verb)) > 0), 0)
            if cut:  # 对9大主题进行了细化分解: the noun ends where a verb starts
                noun = noun[:cut]
            if noun and not noun.startswith(_DA_NOT_NOUNS):
                noun_start = da.start(1)
                return Unit(noun, "count"), noun_start + len(noun)
    return None


def _bracketed_unit(text: str, pos: int) -> tuple[Unit, int] | None:
    """A unit printed in brackets behind the number, one measure word or several ("3323(头/只)", "36.8万(头、只、匹)",
    "6789.20(吨)"), and where it ends: the unit is what the brackets hold; None where they hold anything else."""
    bracket = _BRACKETED.match(text, pos)
    if bracket is None:
        return None
    units = [lookup(word) for word in _UNIT_LIST_SEPARATOR.split(bracket.group(1))]
    if any(unit is None or unit.kind == "money" for unit in units):
        return None  # (a note, "(含)", "(不含住房)"; or money with its scale, which a table's header reads)
    kinds = {unit.kind for unit in units if unit is not None}
    return Unit(bracket.group(1), kinds.pop() if len(kinds) == 1 else "count"), bracket.end()


def _read_tail(text: str, pos: int, *, chinese: bool, numeral: str, value: Decimal,
               allow_range: bool = True) -> tuple[_Tail, Candidate | None] | None:
    """Everything after a number: qualifier, scale, unit, 半, suffix qualifier; None without a unit."""
    qualifier: str | None = None
    factor = _ONE
    ge: re.Match[str] | None = None
    p = pos
    if text[pos:pos + 1] in _BEFORE_UNIT_CHARS:  # else the unit (if any) follows the number at once
        p = _skip_ws(text, pos)
        mid = MID_QUALIFIER.match(text, p) if text[p:p + 1] in _MID_CHARS else None
        if mid is not None and (not chinese or numeral[-1:] in "十百千万萬亿億"):
            qualifier = mid.group()
            p = _skip_ws(text, mid.end())
        ge = _GE_BEFORE_SCALE.match(text, p) if text[p:p + 1] in _GE_CHARS else None  # 两个亿
        if ge is not None:
            p = ge.end()
        k = _K_SUFFIX.match(text, p) if not chinese and text[p:p + 1] in _K_CHARS else None
        if k is not None:
            factor, p = Decimal(1000), _skip_ws(text, k.end())
        else:
            factor, scale_end = _read_scales(text, p)
            if scale_end != p:
                p = _skip_ws(text, scale_end)
        if qualifier is None and text[p:p + 1] in _MID_CHARS:
            mid = MID_QUALIFIER.match(text, p)
            if mid is not None and mid.group() != "来":
                qualifier = mid.group()
                p = _skip_ws(text, mid.end())
        # a range written before the unit: 3至5个, 1—3岁, 3-5万元, 两到三万元, 1万(含)-5万元
        if allow_range and qualifier is None and text[p:p + 1] in _RANGE_CHARS:
            inclusive = _INCLUSIVE.match(text, p)
            sep = _RANGE_SEP.match(text, inclusive.end() if inclusive else p)
            if sep is not None:
                second = _second_number(text, sep.end())
                if second is not None:
                    tail, cand = second
                    if factor != 1:
                        low = value * factor
                    else:  # the scale written once, on the upper end, applies to both
                        low = value * (tail.factor if tail.factor != 1 else _trailing_scale(cand.numeral))
                        if low > cand.value:
                            low = value
                    if low <= cand.value:
                        cand.value_min = low
                        return tail, cand
        ge = _GE_COMPOUND.match(text, p) if text[p:p + 1] in _GE_CHARS else None
        if ge is not None and ge.group("q") in ("多", "余") and qualifier is None:  # 3个多月
            qualifier = ge.group("q")
    unit_at = _read_unit(text, p, chinese=chinese, numeral=numeral, value=value)
    if unit_at is None:
        return None
    unit, unit_end = unit_at
    unit_start = p
    end = unit_end
    if (unit.kind != "money" and unit.name != "块" and ge is None
            and text[end:end + 1] not in _AFTER_UNIT_CHARS):  # nothing more can follow: the usual case
        return _Tail(factor, unit, unit_start, unit_end, end, qualifier, False), None
    half = False
    extra = _ZERO
    if unit.kind != "count" and text.startswith("半", end):
        half, end = True, end + 1
    elif ge is not None and ge.group("q") == "半" and ge.end() == unit_end:  # 3个半月
        half = True
    if unit.name in ("元", "块钱", "块"):
        parts = yuan_parts(text, end)
        if parts is not None:
            extra, end = parts
            unit = Unit("元", "money", "CNY")
    if unit.name == "元":
        after = CURRENCY_AFTER.match(text, end)
        if after is not None:
            unit, end = Unit("元", "money", CURRENCY_CODES[after.group()]), after.end()
    elif unit.name == "美元":
        dollars = cents(text, end)
        if dollars is not None:
            extra, end = dollars
    if unit.kind == "money" and text.startswith("整", end):  # 壹仟玖佰圆整
        end += 1
    per = _PER_UNIT.match(text, end) if text[end:end + 1] in _PER_CHARS else None
    if per is not None and not half:  # 3万元/平方米, 35微克/立方米, 120公里/小时, 2.2人/万辆
        denominator = lookup(per.group("u")) or Unit(per.group("u"), "count")
        scaled = per.group("s") or ""
        if unit.kind != "count" or denominator.kind != "count" or scaled:
            kind: MetricKind = "money" if unit.kind == "money" else "other"
            unit, end = Unit(f"{unit.name}/{scaled}{denominator.name}", kind, unit.currency), per.end()
    if unit.kind == "count" and text[end:end + 1] in _ALTERNATIVE_CHARS:
        alternative = _ALTERNATIVE_UNIT.match(text, end)
        if alternative is not None:  # 781件/套, 120台（套）
            other: str | None = alternative.group("u") or alternative.group("p")
            if other != unit.name:
                unit, end = Unit(text[unit_start:alternative.end()], "count"), alternative.end()
    if allow_range and qualifier is None and not half:
        # a range with the unit on both ends: 1亿元至4亿元, 10%—15%
        sep = _RANGE_SEP_AFTER_UNIT.match(text, end) if text[end:end + 1] in _RANGE_AFTER_UNIT_CHARS else None
        second = _second_number(text, sep.end()) if sep is not None else None
        if second is not None:
            tail2, cand = second
            low = value * factor
            if tail2.unit == unit and low <= cand.value:
                cand.value_min = low
                return tail2, cand
    inclusive = _INCLUSIVE.match(text, end) if text[end:end + 1] in _INCLUSIVE_CHARS else None
    q_at = _skip_ws(text, inclusive.end() if inclusive else end)
    q = SUFFIX_QUALIFIER.match(text, q_at) if text[q_at:q_at + 1] in _SUFFIX_CHARS else None
    if q is not None and (q.group() not in ("多", "余") or (qualifier is None and unit.kind in _MEASURED)):
        qualifier = qualifier or q.group()
        end = q.end()
    return _Tail(factor, unit, unit_start, unit_end, end, qualifier, half, extra), None


def _trailing_scale(numeral: str) -> Decimal:
    """The scale a Chinese numeral ends with (三十万 → 10⁴, 三仟 → 1000), 1 if none."""
    last = numeral.rstrip(" \u3000")[-1:]
    return Decimal(SCALES.get(last, 1)) if last not in "十拾" else Decimal(1)


def _second_number(text: str, pos: int) -> tuple[_Tail, Candidate] | None:
    """The upper end of a range, read with its own unit."""
    m = _AR_RE.match(text, pos)
    chinese = False
    if m is None:
        m = _CN_RE.match(text, pos)
        chinese = True
    if m is None:
        return None
    numeral = m.group()
    value = parse_chinese(numeral) if chinese else parse_arabic(numeral)
    if value is None:
        return None
    read = _read_tail(text, m.end(), chinese=chinese, numeral=numeral, value=value, allow_range=False)
    if read is None:
        return None
    tail, _ = read
    total = value * tail.factor + (Decimal("0.5") * tail.factor if tail.half else 0) + tail.extra
    cand = Candidate(start=m.start(), end=tail.end, num_start=m.start(), num_end=m.end(), value=total,
                     unit=tail.unit, unit_start=tail.unit_start, unit_end=tail.unit_end,
                     qualifier=tail.qualifier, chinese=chinese, numeral=numeral)
    return tail, cand


# The usual Arabic figure in one match: the numeral, 余/多/来, a run of scale characters, 余/多 and a
# unit glued to them (139家, 3.45亿元, 30余家, 1.2万余人, 5.5%). The match is the one the step-by-step
# reading makes: the numeral ``_AR_RE`` reads (a shorter one is followed by a digit, a comma or a
# point, which nothing after a number starts with), the scales ``_read_scales`` reads (possessive; a
# unit such as 千米 stops them), the unit ``unit_at`` reads. ``_quick`` takes it only where nothing
# else can be part of the figure; elsewhere ``_arabic_at`` reads it step by step.
_SCALE_INITIAL_PATTERN = "|".join(re.escape(u) for u in sorted(SCALE_INITIAL, key=len, reverse=True))
_QUICK = re.compile(
    rf"(?P<ar>{ARABIC_PATTERN})(?P<m1>[余多来]?+)"
    rf"(?P<sc>(?:(?!{_SCALE_INITIAL_PATTERN})[{''.join(ch for ch in SCALES if ch not in '十拾')}]){{0,4}}+)"
    rf"(?P<m2>[余多]?+)(?P<u>{UNIT_PATTERN})"
)
# Units whose first character sends the step-by-step reading down another path: 个 (3个月, 个百分点,
# 两个亿), 百 (百分点), k (3k), 点 (3点 is a time of day); of those, these read as the unit they print.
_QUICK_SPECIAL = frozenset("个個百kKｋＫ点")
_QUICK_PERCENTAGE_POINT = frozenset({"个百分点", "個百分點", "个百分點", "個百分点", "百分点", "百分點", "个千分点"})
# What may follow 个 to make it part of something else: 3个月, 3个多月, 两个亿, 3个 百分点.
_QUICK_NOT_AFTER_GE = frozenset("万亿萬億多余半月小星工季班人场课床车比百千 \u3000")
# What, right after the unit, may extend the figure besides a suffix qualifier: 半, 角/分 after 元, a
# currency after 元, 美分, 整, a per-unit, a second unit, a range, （含）, spaces.
_QUICK_NOT_AFTER = (
    _AFTER_UNIT_CHARS | _DIGIT_CHARS | _CN_CHARS
    | frozenset("半又整钱") | frozenset(word[0] for word in CURRENCY_CODES)
) - _SUFFIX_CHARS
_SCALE_FACTORS: dict[str, Decimal | None] = {"": _ONE}
# The value of each Chinese numeral character read alone, as ``parse_chinese`` reads it.
_SINGLE_VALUES: dict[str, Decimal | None] = {ch: parse_chinese(ch) for ch in CN_NUMERAL_CHARS}
_SINGLE_CANONICAL = {
    ch: value is not None and repr(canonical_decimal(value * _ONE + _ZERO)) == repr(value * _ONE + _ZERO)
    for ch, value in _SINGLE_VALUES.items()
}


def _quick(text: str, at: int, m: re.Match[str]) -> Candidate | None:
    """The candidate of a ``_QUICK`` match at ``at``, as ``_arabic_at`` reads it; None where the
    match does not settle it (a currency sign before, 个 or 点 as the unit, more after the unit):
    then the step-by-step reading decides."""
    # (each group typed as it is, a group that took no part being None: a compiled build checks the types)
    numeral: str = m.group("ar")
    mid: str | None = m.group("m1")
    scales: str = m.group("sc")
    mid_after: str | None = m.group("m2")
    word: str = m.group("u")
    if "，" in numeral or (mid and mid_after) or (at > 0 and text[at - 1] in CURRENCY_SYMBOLS):
        return None
    factor = _SCALE_FACTORS.get(scales, _ZERO)
    if factor is _ZERO:
        factor = scale_value(scales)
        if len(_SCALE_FACTORS) < 512:  # the runs people write are few; hostile text makes thousands
            _SCALE_FACTORS[scales] = factor
    if factor is None:
        return None
    plain = numeral.isascii()
    # the sum _build makes (its zeros keep the exponent it gives the value)
    value = (Decimal(numeral) if plain and "," not in numeral else parse_arabic(numeral)) * factor + _ZERO + _ZERO
    # the value as a Metric stores it when the digits say so: an integer times an integer scale (below
    # 28 digits, so nothing rounds), or a decimal that ends in a digit other than 0 and is not scaled
    canonical = plain and len(numeral) <= 10 and len(scales) <= 2 and (
        numeral.isdigit() or (not scales and numeral[-1] != "0" and numeral.replace(".", "", 1).isdigit()))
    return _settle(text, at, m.end("ar"), numeral, value, word, m.end(), mid or mid_after or None, False,
                   factor != 1, canonical)


def _quick_chinese(text: str, at: int) -> Candidate | None:
    """The candidate of a one-character Chinese numeral at ``at`` with its unit right after it (一个,
    两项, 三年), as ``_candidate_at`` reads it; None where it does not settle it."""
    value = _SINGLE_VALUES.get(text[at])
    if value is None:
        return None
    m = UNIT_RE.match(text, at + 1)
    if m is None or m.group() not in CHINESE_OK:
        return None
    return _settle(text, at, at + 1, text[at], value * _ONE + _ZERO + _ZERO, m.group(), m.end(), None, True, False,
                   _SINGLE_CANONICAL[text[at]])


def _settle(text: str, at: int, num_end: int, numeral: str, value: Decimal, word: str, end: int,
            qualifier: str | None, chinese: bool, scaled: bool, canonical: bool) -> Candidate | None:
    """The candidate of a number read up to its unit ``word`` (ending at ``end``), as ``_build``
    reads it, where nothing but a suffix qualifier follows the unit; None where more may."""
    after = text[end:end + 1]
    if after in _QUICK_NOT_AFTER:
        return None
    if word[0] in _QUICK_SPECIAL and word not in _QUICK_PERCENTAGE_POINT and (
            (word != "个" and word != "個") or after in _QUICK_NOT_AFTER_GE):
        return None
    unit = UNITS[word]
    unit_start = end - len(word)
    unit_end = end
    if after in _SUFFIX_CHARS:
        q = SUFFIX_QUALIFIER.match(text, end)
        if q is not None and (q.group() not in ("多", "余") or (qualifier is None and unit.kind in _MEASURED)):
            qualifier = qualifier or q.group()
            end = q.end()
    if at and (text[at - 1] in PREFIX_LAST or text[at - 1] in _WS_CHARS):  # else nothing before counts
        start, prefix_q, negative, temperature = read_prefix(text, at)
        if temperature is not None and unit.name == "度":
            unit = Unit(temperature, "temperature")
        elif temperature is not None:
            start, prefix_q, negative = at, None, False
    else:
        start, prefix_q, negative = at, None, False
    if unit.currency == "CNY" and unit.name == "元":
        before = CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        if before is not None and before.group().strip() != "人民币":
            unit = Unit("元", "money", CURRENCY_CODES[before.group().strip(" \u3000")])
    if negative:
        value *= -1
    return Candidate(start, end, at, num_end, value, unit, unit_start, unit_end, None, prefix_q or qualifier,
                     chinese, numeral, scaled, canonical)


def _may_follow(text: str, pos: int) -> bool:
    """Cheap test: can a figure go on at ``pos`` (a unit, 余/多/来, 大, a scale or a range)?"""
    while pos < len(text) and text[pos] in _WS_CHARS:
        pos += 1
    return pos < len(text) and text[pos] in FOLLOW_CHARS


def _chinese_cuts(numeral: str) -> list[int]:
    """Lengths at which a Chinese numeral run may end, longest first (两万两 = 两万 + unit 两)."""
    return [i for i in range(len(numeral), 0, -1) if numeral[i - 1] not in " \u3000"]


def _arabic_at(text: str, at: int, numeral: str) -> Candidate | None:
    """The candidate whose Arabic numeral ``numeral`` starts at ``at`` (its comma already cut)."""
    end = at + len(numeral)
    symbol = at > 0 and text[at - 1] in CURRENCY_SYMBOLS
    if not symbol and not _may_follow(text, end):
        return None  # nothing after the number can make it a figure (2023年11月 → 11月)
    value = parse_arabic(numeral)
    cand = _build(text, at, end, numeral, value, chinese=False)
    if cand is None and symbol:
        cand = _after_symbol(text, at, end, numeral, value)
    return cand


def _candidate_at(text: str, m: re.Match[str]) -> Candidate | None:
    """The candidate of a numeral match of ``NUMBER_RE`` (a fraction, Chinese or Arabic numeral)."""
    frac: str | None = m.group("frac")
    numeral: str | None = m.group("ar")
    if frac:
        return _fraction(text, m)
    if numeral is not None:
        at = m.start("ar")
        return _arabic_at(text, at, _cut_fullwidth_comma(text, at, numeral) if "，" in numeral else numeral)
    numeral = m.group("cn")[:MAX_NUMERAL]
    base = m.start("cn")
    if len(numeral) == 1:  # the usual 一, 三, 两: one place to end
        if not _may_follow(text, base + 1):
            return None
        cuts = [1]
    else:
        cuts = [cut for cut in _chinese_cuts(numeral) if _may_follow(text, base + cut)]
        if not cuts:
            return None
    for scale_initial_only in (True, False):
        for cut in cuts:
            inside_scale = cut < len(numeral) and numeral[cut] in SCALES
            if scale_initial_only and not (inside_scale and numeral[cut] in "千百兆万"):
                continue
            if not scale_initial_only and inside_scale:
                continue  # the scale belongs to the numeral (三千五百万元 is not 三千 + 五百万元)
            part = numeral[:cut]
            read = parse_chinese(part)
            if read is None:
                continue
            cand = _build(text, base, base + cut, part, read, chinese=True,
                          only_scale_initial=scale_initial_only)
            if cand is not None:
                return cand
    return None


def _cut_fullwidth_comma(text: str, start: int, numeral: str) -> str:
    """"356，218万元" and "82，225.00" group digits; "分别为20，300美元" is two numbers in a list.

    A full-width comma in Chinese text is usually punctuation, but bulletins typed on a Chinese
    keyboard group digits with it too. It is read as a group separator when the first group has
    one to three digits (as every group of thousands does), no 分别 announces a list and no
    currency sign makes the first group a figure of its own ("$20，300美圆"); with full-width
    digits, a decimal part or other separators in the number it always is one.
    """
    if "，" not in numeral:
        return numeral
    head, _, _ = numeral.partition("，")
    if not head.isascii() or "." in numeral or "," in numeral:
        return numeral
    if len(head) > 3 or "分别" in text[max(0, start - 8):start] or text[start - 1:start] in CURRENCY_SYMBOLS:
        return head
    return numeral


def _after_symbol(text: str, num_start: int, num_end: int, numeral: str, value: Decimal) -> Candidate:
    """$20, ￥300: money with the currency sign written before the number."""
    symbol = text[num_start - 1]
    factor, end = _read_scales(text, num_end)
    unit = Unit("¥" if symbol in "￥¥" else symbol.replace("＄", "$"), "money", CURRENCY_SYMBOLS[symbol])
    return Candidate(start=num_start - 1, end=end, num_start=num_start, num_end=num_end, value=value * factor,
                     unit=unit, unit_start=num_start - 1, unit_end=num_start, numeral=numeral,
                     scaled=factor != 1)


def _build(text: str, num_start: int, num_end: int, numeral: str, value: Decimal, *, chinese: bool,
           only_scale_initial: bool = False) -> Candidate | None:
    read = _read_tail(text, num_end, chinese=chinese, numeral=numeral, value=value)
    if read is None:
        return None
    tail, ranged = read
    if only_scale_initial and (
        ranged is not None or text[tail.unit_start:tail.unit_end] not in SCALE_INITIAL
    ):
        return None
    start, prefix_q, negative, temperature = read_prefix(text, num_start)
    unit = tail.unit
    if temperature is not None and unit.name == "度":
        unit = Unit(temperature, "temperature")
    elif temperature is not None:
        start, prefix_q, negative = num_start, None, False
    if unit.currency == "CNY" and unit.name == "元":
        before = CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        if before is not None and before.group().strip() != "人民币":
            unit = Unit("元", "money", CURRENCY_CODES[before.group().strip(" \u3000")])
    sign = -1 if negative else 1
    value_min: Decimal | None
    if ranged is not None:
        figure, value_min = ranged.value, ranged.value_min
        if negative and value_min is not None:  # a sign printed before a range is its lower bound's (-3～5℃)
            value_min *= sign
    else:
        figure = value * tail.factor + (Decimal("0.5") * tail.factor if tail.half else _ZERO) + tail.extra
        if negative:  # times 1 would change nothing: the sum is already rounded to the context
            figure *= sign
        value_min = None
    # positional, in field order: thirteen keyword arguments cost almost a microsecond per candidate
    return Candidate(start, tail.end, num_start, num_end, figure, unit, tail.unit_start, tail.unit_end,
                     value_min, prefix_q or tail.qualifier, chinese, numeral, tail.factor != 1)


_FRACTION_UNITS = {"百": "%", "佰": "%", "千": "‰", "仟": "‰", "万": "‱", "萬": "‱"}


def _fraction(text: str, m: re.Match[str]) -> Candidate | None:
    """百分之四十 → 40 %, 千分之五 → 5 ‰, 百万分之五 → 0.0005 %."""
    head = re.sub(r"[ \u3000]|分|之", "", m.group("frac"))
    numeral = m.group("ar") if m.group("ar") is not None else m.group("cn")
    chinese = m.group("ar") is None
    value = parse_chinese(numeral) if chinese else parse_arabic(numeral)
    end = m.end()
    while value is None and chinese and len(numeral) > 1:  # 百分之七十百分位: 七十, not 七十百
        numeral = numeral[:-1].rstrip(" \u3000")
        end = m.start("cn") + len(numeral)
        value = parse_chinese(numeral)
    if value is None:
        return None
    k = None if chinese else _K_SUFFIX.match(text, end)
    if k is not None:
        value, end = value * 1000, k.end()
    denominator = scale_value(head)
    if denominator is None:
        return None
    symbol = _FRACTION_UNITS.get(head)
    if symbol is None:
        value, symbol = value * 100 / denominator, "%"
    kind: MetricKind = "percent" if symbol == "%" else "ratio"
    start, qualifier, negative, _ = read_prefix(text, m.start())
    q = SUFFIX_QUALIFIER.match(text, _skip_ws(text, end))
    if q is not None and q.group() not in ("多", "余", "上下"):
        qualifier = qualifier or q.group()
        end = q.end()
    return Candidate(
        start=start, end=end, num_start=m.start(), num_end=m.end(), value=-value if negative else value,
        unit=Unit(symbol, kind), unit_start=m.start(), unit_end=m.start("cn" if chinese else "ar"),
        qualifier=qualifier, chinese=chinese, numeral=numeral,
    )


def scan(text: str) -> list[Candidate]:
    """Every figure-shaped candidate in ``text``, in order and without overlaps."""
    found: list[Candidate] = []
    pos = 0
    while True:
        # find where a numeral starts with a one-character class (fast), then read it from there
        start = _NUMBER_START.search(text, pos)
        if start is None:
            break
        at = start.start()
        first = text[at]
        if first in _DIGIT_CHARS:  # an Arabic numeral: no fraction or Chinese numeral to try
            quick = _QUICK.match(text, at)
            if quick is not None:
                cand = _quick(text, at, quick)
                if cand is not None:
                    if found and cand.start < found[-1].end:
                        pos = quick.end("ar")
                    else:
                        found.append(cand)
                        pos = cand.end
                    continue
            ar = _AR_RE.match(text, at)
            numeral = ar.group() if ar is not None else first
            if "，" in numeral:
                numeral = _cut_fullwidth_comma(text, at, numeral)
            cand = _arabic_at(text, at, numeral)
            if cand is None or (found and cand.start < found[-1].end):
                pos = at + len(numeral)
            else:
                found.append(cand)
                pos = cand.end
            continue
        if text[at + 1:at + 2] not in _CN_GOES_ON:
            pos = at + 1  # a lone 一, 三, 万 followed by nothing a figure has: 统一, 一是, 三农
            continue
        m = NUMBER_RE.match(text, at)
        if m is None:
            pos = start.end()
            continue
        cand = None
        if m.end() == at + 1 and m.group("cn") is not None:  # one character: 一个, 两项, 三年
            cand = _quick_chinese(text, at)
        if cand is None:
            cand = _candidate_at(text, m)
        if cand is None or (found and cand.start < found[-1].end):
            arabic: str | None = m.group("ar")
            if arabic is None or "，" not in arabic:
                pos = m.end()
            else:
                pos = m.start("ar") + len(_cut_fullwidth_comma(text, m.start("ar"), arabic))
            continue
        found.append(cand)
        pos = cand.end
    return found


def is_digit_numeral(numeral: str) -> bool:
    """True for a Chinese numeral written digit by digit (二〇二三), which reads as a code or a year."""
    stripped = numeral.replace(" ", "")
    return len(stripped) > 1 and all(ch in DIGITS for ch in stripped)


__all__ = ["Candidate", "is_digit_numeral", "scan"]
