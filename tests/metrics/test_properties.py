"""Property tests: a figure written in any style is found exactly; years, dates, ordinals,
addresses and quoted names are never taken for figures."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc.metrics import extract_metrics, read_number

# Filler words with no numeral, unit, qualifier or change word at either end, and none that forms a
# word with a qualifier (机制 + 约 reads as 制约, which the extractor rightly does not take for 约).
FILLER = ["推进", "社区", "建设", "街道", "治理", "工作", "服务", "居民", "环境", "提升", "成效", "平台",
          "体系", "机构", "品质", "群众", "活动", "管理", "精细化", "全面", "深化"]
SEPARATORS = ["，", "。", "；", "、"]

DIGITS_CN = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """A standard Chinese numeral for 0 < n < 10**8 (一百零五, 三万二千, 十二); 2 alone is 两, as
    a count before a measure word is written (两家, not 二家)."""
    if n == 2:
        return "两"
    def below_10000(k: int, leading: bool) -> str:
        out, zero = "", False
        for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // unit % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            if unit == 10 and d == 1 and not out and leading:
                out += "十"
            else:
                out += DIGITS_CN[d] + char
        return out

    high, low = divmod(n, 10000)
    if not high:
        return below_10000(low, True)
    text = below_10000(high, True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low, False)
    return text


@dataclass(frozen=True)
class Unit:
    printed: str
    name: str
    kind: str
    chinese_ok: bool


UNITS = [
    Unit("家", "家", "count", True), Unit("人次", "人次", "count", True), Unit("个", "个", "count", True),
    Unit("处", "处", "count", True), Unit("平方米", "平方米", "area", True), Unit("元", "元", "money", True),
    Unit("美元", "美元", "money", True), Unit("%", "%", "percent", False), Unit("吨", "吨", "weight", True),
    Unit("公里", "公里", "length", True), Unit("项", "项", "count", True),
    Unit("户次", "户次", "count", True),
]
PREFIXES = {"约": "about", "近": "nearly", "超过": "over", "逾": "over", "不到": "under", "至少": "at_least"}
SUFFIXES = {"以上": "over", "左右": "about"}


@dataclass(frozen=True)
class Figure:
    text: str
    value: Decimal
    unit: str
    approx: str | None


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    unit = draw(st.sampled_from(UNITS))
    style = draw(st.sampled_from(["arabic", "decimal", "thousands", "fullwidth", "chinese", "scaled"]))
    if style == "chinese" and not unit.chinese_ok:
        style = "arabic"
    scale_char, factor = "", 1
    if style == "decimal":
        whole = draw(st.integers(0, 9999))
        frac = draw(st.integers(1, 99))
        numeral = f"{whole}.{frac:02d}".rstrip("0")
        number = Decimal(numeral)
    elif style == "thousands":
        number = Decimal(draw(st.integers(1000, 9_999_999)))
        numeral = f"{int(number):,}"
    elif style == "fullwidth":
        number = Decimal(draw(st.integers(2, 99999)))
        numeral = str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    elif style == "chinese":
        number = Decimal(draw(st.integers(2, 99_999_999)))
        numeral = chinese(int(number))
    elif style == "scaled":
        whole = draw(st.integers(1, 9999))
        frac = draw(st.integers(0, 99))
        numeral = f"{whole}.{frac:02d}".rstrip("0").rstrip(".")
        number = Decimal(numeral)
        scale_char, factor = draw(st.sampled_from([("万", 10**4), ("亿", 10**8), ("千万", 10**7)]))
        if unit.kind == "percent":
            scale_char, factor = "", 1
    else:
        number = Decimal(draw(st.integers(2, 999_999)))
        numeral = str(number)
    approx = None
    prefix = suffix = middle = ""
    where = draw(st.sampled_from(["none", "prefix", "suffix", "yu"]))
    if where == "prefix":
        prefix = draw(st.sampled_from(sorted(PREFIXES)))
        approx = PREFIXES[prefix]
    elif where == "suffix" and unit.kind != "percent":
        suffix = draw(st.sampled_from(sorted(SUFFIXES)))
        approx = SUFFIXES[suffix]
    elif where == "yu" and unit.kind != "percent" and style in ("arabic", "thousands", "scaled") \
            and number == number.to_integral_value() and number % 10 == 0:
        middle, approx = "余", "over"
    text = f"{prefix}{numeral}{middle}{scale_char}{unit.printed}{suffix}"
    return Figure(text, number * factor, unit.name, approx)


words = st.lists(st.sampled_from(FILLER), min_size=1, max_size=4).map("".join)


@given(before=words, figure=figures(), after=words, sep=st.sampled_from(SEPARATORS))
@settings(max_examples=300, deadline=None)
def test_an_inserted_figure_is_found_exactly(before: str, figure: Figure, after: str, sep: str) -> None:
    sentence = f"{before}{figure.text}{sep}{after}。"
    metrics = extract_metrics(sentence)
    assert [m.text for m in metrics] == [figure.text]
    metric = metrics[0]
    assert metric.start == len(before)
    assert metric.value == figure.value
    assert metric.unit == figure.unit
    assert metric.approx == figure.approx


@given(n=st.integers(1, 99_999_999))
def test_chinese_numerals_read_back(n: int) -> None:
    assert read_number(chinese(n)) == n


@given(n=st.integers(0, 10**15), frac=st.integers(0, 9999))
def test_arabic_numerals_read_back(n: int, frac: int) -> None:
    assert read_number(f"{n:,}.{frac}") == Decimal(f"{n}.{frac}")


# --- things that are not figures ---------------------------------------------------------------

years = st.integers(1900, 2100).map(lambda y: f"{y}年")
chinese_years = st.integers(1900, 2100).map(
    lambda y: "".join("〇一二三四五六七八九"[int(d)] for d in str(y)) + "年")
dates = st.tuples(st.integers(1, 12), st.integers(1, 28)).map(lambda md: f"{md[0]}月{md[1]}日")
months = st.tuples(st.integers(1900, 2100), st.integers(1, 12)).map(lambda ym: f"{ym[0]}年{ym[1]}月")
ordinals = st.tuples(st.sampled_from(["", " "]), st.one_of(st.integers(1, 999).map(str),
                                                             st.integers(1, 99).map(chinese)),
                     st.sampled_from(["次", "批", "期", "届", "轮", "个", "家"])).map(
    lambda t: f"第{t[0]}{t[1]}{t[2]}")
addresses = st.tuples(st.sampled_from(["乔家路", "人民路", "董家渡路", "王家码头路", "中山南路"]),
                      st.integers(1, 999), st.sampled_from(["号", "弄"]), st.integers(1, 99),
                      st.sampled_from(["号", "楼", "室", "栋", "层"])).map(lambda t: "".join(map(str, t)))
quoted = st.tuples(st.sampled_from(["“", "《"]), figures(), words).map(
    lambda t: f"{t[0]}{t[2]}{t[1].text}{t[2]}{'”' if t[0] == '“' else '》'}")


@given(before=words, thing=st.one_of(years, chinese_years, dates, months, ordinals, addresses, quoted),
       after=words)
@settings(max_examples=300, deadline=None)
def test_non_figures_are_not_taken(before: str, thing: str, after: str) -> None:
    sentence = f"{before}，{thing}{after}。"
    assert extract_metrics(sentence) == [], thing
