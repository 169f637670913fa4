"""``extract_metrics``: scan a paragraph for candidates, drop the non-figures, describe the rest."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ..model import Change, Metric, trusted_maker
from ..model import _canonical_decimal as canonical
from .indicators import resolve
from .numbers import SPACES
from .qualifiers import APPROX
from .ruby import has_readings, through_readings
from .rules import select
from .scan import Candidate, scan
from .shared import share_units
from .strip import strip_leading
from .traditional import simplified, through_simplified

_BREAKS = "\x85"  # NEL is a C1 control, which a Metric cannot carry; other line breaks stay in the span
_STRIP = frozenset(SPACES + "\u2028\u2029\x85")
_new_metric = trusted_maker(Metric)


def _cut_at_breaks(text: str, cand: Candidate) -> tuple[int, int]:
    """The span of ``cand`` cut to the line holding its number, for a text with a NEL (U+0085):
    a Metric cannot carry one ("400\n余块" keeps its line break; value and unit stay whole)."""
    start, end = cand.start, cand.end
    for i in range(cand.num_start - 1, start - 1, -1):
        if text[i] in _BREAKS:
            start = i + 1
            break
    for i in range(cand.num_start, end):
        if text[i] in _BREAKS:
            end = i
            break
    return start, end


def _metric(text: str, cand: Candidate, indicator: str | None, change: Change | None, breaks: bool) -> Metric:
    start, end = _cut_at_breaks(text, cand) if breaks else (cand.start, cand.end)
    while text[start] in _STRIP:  # spaces around a figure in text that was not cleaned
        start += 1
    while text[end - 1] in _STRIP:
        end -= 1
    qualifier = cand.qualifier
    approx = APPROX.get(qualifier) if qualifier else None
    if indicator is not None and (" " in indicator or not indicator.isprintable()):
        indicator = _clean(indicator)
    value_min = cand.value_min
    if change == "increase" and cand.value < 0:  # 增长-33.8%: a growth printed negative is a fall
        change = "decrease"
    # every field as validation would store it: the extractor guarantees the invariants (the span is
    # text[start:end], trimmed and clean; units, qualifiers and indicators are clean lines), which
    # tests/metrics check against validated copies; validating them again cost more than finding them
    return _new_metric({
        "text": text[start:end], "start": start, "end": end,
        "value": cand.value if cand.canonical else canonical(cand.value),
        "value_min": None if value_min is None else canonical(value_min), "unit": cand.unit.name,
        "kind": cand.unit.kind, "currency": cand.unit.currency, "approx": approx,
        "qualifier": qualifier if approx is not None else None, "indicator": indicator or None, "change": change,
        "column": None,
    })


def _clean(phrase: str | None) -> str | None:
    """The phrase without whitespace and control characters (a Metric field is one clean line)."""
    if not phrase:
        return None
    if phrase.isprintable() and " " not in phrase:  # the usual case: nothing to take out
        return phrase
    kept = "".join(ch for ch in "".join(phrase.split()) if unicodedata.category(ch) not in ("Cc", "Cs")
                   and ch not in "\ufffe\uffff")
    return kept or None


def extract_metrics(text: str) -> list[Metric]:
    """Find every figure in ``text`` (one paragraph) and return them in order of position.

    Pure and deterministic; offsets index into ``text`` (``text[m.start:m.end] == m.text``).
    Raises nothing for any str: text without figures gives an empty list. The pinyin a mirror prints
    behind characters ("萬(wàn)元") is read through (see ``ruby``), and traditional characters are read as
    simplified ones (see ``traditional``); either way the figures are reported as printed.
    """
    return _as_printed(text, _extract)


def _as_printed(text: str, extract: Callable[[str], list[Metric]]) -> list[Metric]:
    """The figures ``extract`` finds in ``text`` read plain (without a mirror's pinyin, in simplified characters),
    each reported as ``text`` prints it."""
    if has_readings(text):
        return through_readings(text, lambda plain: through_simplified(plain, extract))
    return through_simplified(text, extract)


def _extract(text: str) -> list[Metric]:
    cands = share_units(text, select(text, scan(text)))
    if not cands:
        return []
    breaks = _BREAKS in text
    indicators, changes = resolve(text, cands)
    return [_metric(text, cand, indicator, change, breaks)
            for cand, indicator, change in zip(cands, indicators, changes, strict=True)]


def extract_metrics_of(place: str, body: str | None = None) -> Callable[[str], list[Metric]]:
    """``extract_metrics`` for the text of a document about ``place``: the place printed before a quantity's name
    is the whole area the document is of, no part of the name ("米易县地方政府债务余额" → 地方政府债务余额), as
    "全县" is none; a body named after it stays whole ("米易县人民政府网…"), but not a government's quantity
    ("米易县政府债务余额" → 政府债务余额). The ``body`` that issued the document is what it is of too (a
    department's budget: "富源县人民政府办公室“三公”经费预算" → “三公”经费预算), and so is a 街道 office's own
    short name for itself ("街道财政总收入" → 财政总收入), and the place's name without its kind ("上虞地区生产总值" in
    a bulletin of 上虞区, "新区一般公共预算收入" in a report of 滨海新区). The names are matched as the figures are
    read: in simplified characters (a 繁體 page's "大武口區地區生產總值" in a bulletin of 大武口区)."""
    names = tuple(simplified(name) for name in (body, place, "街道" if place.endswith("街道") else None) if name)
    short = _short_names(simplified(place))
    every = names + short

    def without_place(plain: str) -> list[Metric]:
        metrics = _extract(plain)
        if not any(name in plain for name in every):  # (the usual paragraph: no metric can name it)
            return metrics
        return [_without_place(metric, names, short) for metric in metrics]

    return lambda text: _as_printed(text, without_place)


def _short_names(place: str) -> tuple[str, ...]:
    """The names a place goes by without its kind: 上虞 of 上虞区, 滨海 and 新区 of 滨海新区 (a name of one character
    is no name: 杞 of 杞县)."""
    if place.endswith("新区"):
        return ("新区", place[:-2]) if len(place) >= 4 else ("新区",)
    if place[-1:] in _SHORTENED and len(place) >= 3:
        return (place[:-1],)
    return ()


_SHORTENED = frozenset("市区县旗")  # (a 镇 or a 乡 is named with its kind: 沙沟镇 and 沙沟 may be a village apart)


def _without_place(metric: Metric, names: tuple[str, ...], short: tuple[str, ...] = ()) -> Metric:
    """``metric`` with the first of ``names`` it opens with taken off the front of its indicator, where a
    quantity's name follows; a ``short`` name only before the name of a whole area's aggregate (上虞地区生产总值, but
    not 北京证券交易所 nor 黄石港区: the short name is part of many a proper name)."""
    named = metric.indicator
    if named is None:
        return metric
    if "占" in named:  # (the whole a share is of: "第一产业增加值占玉州区生产总值的比重" → 占生产总值的比重)
        named = _share_of_place(named, (*names, *short))
    indicator = _after_place(named, names, short) or named
    return metric if indicator == metric.indicator else metric.model_copy(update={"indicator": indicator})


def _after_place(named: str, names: tuple[str, ...], short: tuple[str, ...]) -> str | None:
    """What ``named`` names after the place it opens with, or None where the place is no part to take off."""
    full = next((name for name in names if named.startswith(name)), None)
    shortened = full is None
    name = full if full is not None else next((name for name in short if named.startswith(name)), None)
    if name is None:
        return None
    after = len(name) + _area_word(named, len(name))
    if shortened and not named.startswith(_AREA_AGGREGATES, after):
        return None  # (a short name only before a whole area's aggregate)
    rest = strip_leading(named[after:])[0]
    if len(rest) < 2 or rest.startswith(_NAME_GOES_ON) or (
            rest.startswith(_BODY_WORDS) and not rest.startswith(_GOVERNMENT_QUANTITIES)):
        return None
    return rest


def _area_word(named: str, at: int) -> int:
    """The length of the word after a place's name at ``at`` that still names the whole area (玉州辖区生产总值)."""
    return 2 if named.startswith("辖区", at) else 0


def _share_of_place(named: str, names: tuple[str, ...]) -> str:
    """``named`` without the place's name after its 占, before a whole area's aggregate ("…占玉州区生产总值的比重")."""
    at = named.find("占") + 1
    for name in names:
        if named.startswith(name, at):
            after = at + len(name)
            after += _area_word(named, after)
            if named.startswith(_AREA_AGGREGATES, after):
                return named[:at] + named[after:]
    return named


# what a body's name goes on with after its place ("××县人民政府办公室", "××市统计局"): the body stays named
_BODY_WORDS = ("人民", "政府", "人大", "政协", "委", "党", "统计局", "财政局", "法院", "检察院")
# what a name goes on with when it names one of its body's sites or offices ("××局网站", "街道办事处"): kept whole
_NAME_GOES_ON = ("网", "门户", "官方", "微信", "微博", "公众号", "客户端", "办", "所属", "下属")
# the aggregates of a whole area, named after its short name ("上虞地区生产总值", "新区一般公共预算收入")
_AREA_AGGREGATES = ("地区生产总值", "生产总值", "国内生产总值", "一般公共预算", "财政", "常住人口", "户籍人口",
                    "总人口", "社会消费品零售总额", "固定资产投资", "规模以上工业", "城镇居民", "农村居民", "居民人均",
                    "全体居民")
# a government's quantities, named after the place as its bodies are ("米易县政府债务余额"): the place goes
_GOVERNMENT_QUANTITIES = ("政府债务", "政府性", "政府专项", "政府一般", "政府债券", "政府采购", "政府投资")


__all__ = ["extract_metrics", "extract_metrics_of"]
