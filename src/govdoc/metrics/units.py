"""The unit and measure-word lexicon: what may follow a number, its normalised form, kind and currency.

A unit is recorded as printed, minus the scale (万元 → 元, 万平方米 → 平方米); full-width forms are
folded (％ → %), and a measure word keeps its script (8個 → 個, as printed). Compound statistical
units are read whole (亿吨公里 → 吨公里, 亿千瓦小时 → 千瓦小时, 万吨标准煤 → 吨标准煤), and so are the
units that begin with 千 but are units of their own: 千克, 千米, 千瓦 and 千公顷, which statistical
bulletins print as their unit of sown area (842.16千公顷 stays 842.16 千公顷, as the corpus gold
records it; a 千 before any other unit scales it: 3千吨 → 3000 吨).
Words that follow numbers but are not units are deliberately absent: 年 of a year,
月/日/号 of a date, 届/级 of tiers, 楼/弄/室 of addresses, 版 of versions (see ``rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import MetricKind


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as normalised: its name, the kind of figure it makes and, for money, the ISO currency."""

    name: str
    kind: MetricKind
    currency: str | None = None


def _table(kind: MetricKind, words: str, currency: str | None = None) -> dict[str, Unit]:
    return {word: Unit(word, kind, currency) for word in words.split()}


# Measure words that count things (家, 人次 ...).
COUNT_WORDS = (
    "个 家 户 人 名 位 人次 户次 家次 件次 次 场 场次 件 项 处 块 座 所 间 套 栋 幢 台 辆 艘 架 条 份 起 类 "
    "批 期 张 支 队 组 对 点 方面 课时 客 班 班次 种 本 册 篇 部 片 棵 株 盏 根 只 头 匹 口 箱 袋 包 桶 瓶 "
    "把 双 副 轮 层 门 道 节 堂 集 盘 床 床位 宗 笔 例 枚 面 颗 粒 首 幅 串 束 扇 人份 车次 架次 单 讲 個 "
    "艘次 辆次 台次 航次 项次 批次 台件 台套 羽 列 段 头只 "  # (头只: a herd counted in head, cattle and sheep as one)
    "则 "  # (notices an office publishes: 公示公告6则)
    # (and as a portal's 繁體 page prints them)
    "頭 項 處 場 場次 間 棟 臺 輛 條 張 隊 組 種 冊 隻 戶 戶次 節 顆 門 層 項次 車次 頭只 筆 臺套 批次 艘次 輛次 臺次"
)
_COUNT = _table("count", COUNT_WORDS)

UNITS: dict[str, Unit] = {
    **_COUNT,
    **_table("money", "元 块钱 人民币 元人民币 圆 圓 塊錢", "CNY"),
    **_table("money", "美元 美金 美圆", "USD"),
    **_table("money", "欧元", "EUR"),
    **_table("money", "日元 日币 日圆", "JPY"),
    **_table("money", "泰铢", "THB"),
    **_table("money", "英镑", "GBP"),
    **_table("money", "港元 港币", "HKD"),
    **_table("money", "台币 新台币", "TWD"),
    **_table("money", "澳元", "AUD"),
    **_table("money", "加元", "CAD"),
    **_table("money", "韩元", "KRW"),
    **_table("money", "卢布", "RUB"),
    **_table("money", "瑞士法郎", "CHF"),
    **_table("money", "奈拉", "NGN"),
    **_table("money", "卢比", "INR"),
    **_table("money", "新加坡元", "SGD"),
    **_table("money", "比特币", "XBT"),
    **_table("percent", "% ％"),
    **_table("percentage_point", "百分点 个百分点 個百分點 个百分點 個百分点 百分點"),
    **_table("ratio", "倍 成 折 ‰ ‱"),
    **_table("percentage_point", "千分点 个千分点"),  # (a rate per mille that changed: 下降0.1个千分点)
    **_table("area", "平方米 平米 平方公里 平方千米 平方厘米 平方分米 亩 公顷 千公顷 平方英尺 平方英里 ㎡ m² km²"),
    **_table("area", "m2 km2"),  # (the superscript lost in a copy: 90m2及以下住宅)
    **_table("area", "畝 公頃"),  # (亩 in traditional characters, as a portal's 繁體 page prints it; so 噸 for 吨)
    **_table("weight", "噸"),
    **_table("other", "千瓦小時 千瓦時"),
    **_table("length", "米 公里 千米 厘米 毫米 分米 微米 纳米 公分 英里 海里 英尺 英寸 公尺"),
    **_table("length", "km m cm mm KM CM MM"),
    **_table("length", "延长米 延米"),  # (a ditch or a pipe measured along its run: 清理路边沟3万延长米)
    **_table("weight", "吨 千克 公斤 克 斤 两 毫克 微克 磅 盎司 kg KG t 吨标准煤 吨标煤 吨油当量"),
    **_table("weight", "担"),  # (a crop's weight in 担 of 50 kg: 烟叶产量2.4万担)
    **_table("volume", "立方米 升 毫升 立方厘米 加仑 ml mL L m³ m3"),
    **_table("duration", "年 个月 天 小时 个小时 分钟 秒 周 星期 个星期 个工作日 工作日 个季度 学时"),
    **_table("age", "岁 周岁"),
    **_table("temperature", "度 摄氏度 华氏度 ℃ ℉ °C °F"),
    **_table("other", "千瓦 千瓦时 千瓦小时 兆瓦 兆瓦时 瓦 千伏 千伏安 赫兹 兆赫 兆赫兹 千卡 千焦 兆字节 千字节 "
                      "字节 比特 千比特 千帕 分贝 页 标准箱 标箱 TEU 吨公里 人公里 标准量"),
    **_table("other", "dB(A) dB（A） dBA dB"),  # (noise: decibels, A-weighted)
    **_table("length", "芯千米 芯公里"),  # (optical cable: the length of its fibres)
}

# Printed forms whose normalised name differs from the print: the classifier 个 is not the unit.
RENAME = {
    "个百分点": "百分点", "个千分点": "千分点", "个小时": "小时", "个星期": "星期", "个工作日": "工作日",
    "个季度": "季度",
    "％": "%", "元人民币": "元", "圆": "元", "圓": "元", "塊錢": "块钱", "日币": "日元", "日圆": "日元",
    "個百分點": "百分點", "个百分點": "百分點", "個百分点": "百分点",
    "°C": "℃", "°F": "℉", "KM": "km", "CM": "cm", "MM": "mm", "KG": "kg", "mL": "ml", "dB（A）": "dB(A)",
    "m2": "m²", "km2": "km²", "m3": "m³",
}
for _printed, _name in RENAME.items():
    UNITS[_printed] = Unit(_name, UNITS[_printed].kind, UNITS[_printed].currency)

# Units that start with a scale character and must be read as units, not as scale + unit.
SCALE_INITIAL = frozenset(u for u in UNITS if u[0] in "十百千万亿兆")

# Count words that are not counted after a bare Chinese 一 ("一支队伍", "一批") unless listed with
# other counts; physical units ("一吨", "一美元") are always counted.
INDEFINITE_KINDS = frozenset({"count", "duration"})

_ascii = [u for u in UNITS if u.isascii()]
_cjk = [u for u in UNITS if not u.isascii()]
# Longest first so 平方米 wins over 平; ASCII units of letters must not run into a following Latin letter ("5m" is
# no unit of "5min"), and a sign may ("比增81.4%BPW车轴…", where the page lost the line break after the figure).
UNIT_PATTERN = "|".join(
    [re.escape(u) for u in sorted(_cjk, key=len, reverse=True)]
    + [re.escape(u) + (r"(?![A-Za-z])" if u[-1].isalpha() else "") for u in sorted(_ascii, key=len, reverse=True)]
)
UNIT_RE = re.compile(rf"(?:{UNIT_PATTERN})")

_CJK_UNITS = frozenset(_cjk)
_ASCII_UNITS = frozenset(_ascii)
_CJK_LENGTHS = sorted({len(u) for u in _cjk}, reverse=True)
_ASCII_LENGTHS = sorted({len(u) for u in _ascii}, reverse=True)
UNIT_INITIALS = frozenset(u[0] for u in UNITS)


def unit_at(text: str, pos: int) -> str | None:
    """The unit word ``UNIT_RE`` matches at ``pos`` (or None), found by dictionary look-ups.

    The same choice as the pattern: the longest CJK unit first, then the longest ASCII unit that
    does not run its letters into a following Latin letter.
    """
    if text[pos:pos + 1] not in UNIT_INITIALS:
        return None
    for n in _CJK_LENGTHS:
        word = text[pos:pos + n]
        if word in _CJK_UNITS:
            return word
    for n in _ASCII_LENGTHS:
        word = text[pos:pos + n]
        if word in _ASCII_UNITS:
            after = text[pos + len(word):pos + len(word) + 1]
            if not (word[-1].isalpha() and after.isascii() and after.isalpha()):
                return word
    return None

# Measure words a Chinese numeral may take (三点要求, 两项, 五大板块 use 大 and are handled apart).
# Others (一度, 三轮车, 八字, 三道防线) are far more often words than figures.
_CHINESE_OK_WORDS = """
    个 家 户 人 名 位 人次 户次 家次 件次 场次 次 场 件 项 处 块 座 所 间 套 栋 台 辆 条 份 起 类 批
    期 张 支 队 组 对 点 方面
    种 本 篇 部 片 棵 只 班 班次 客 年 个月 天 小时 个小时 分钟 周 星期 个星期 个工作日 工作日
    个季度 岁 周岁 倍 成 折 百分点 个百分点 亩 公顷 吨 千克 公斤 克 斤 两 毫克 微克 米 公里 千米 厘米
    毫米 公分 平方米 平方公里 升 毫升 立方米 兆字节 千字节 字节 比特 千比特 千瓦 摄氏度 华氏度
"""
CHINESE_OK = frozenset([*_CHINESE_OK_WORDS.split(), "個"]) | frozenset(
    u for u in UNITS if UNITS[u].kind in ("money", "percentage_point"))
# Measure words a figure in Arabic digits does not take: 3点 is a time of day.
DIGITS_NOT_OK = frozenset({"点"})


def lookup(printed: str) -> Unit | None:
    """The normalised unit for a printed unit word, or None if it is not in the lexicon."""
    unit = UNITS.get(printed)
    if unit is None and printed.lower() in UNITS:
        unit = UNITS[printed.lower()]
    return unit


__all__ = [
    "CHINESE_OK", "DIGITS_NOT_OK", "INDEFINITE_KINDS", "SCALE_INITIAL", "UNITS", "UNIT_INITIALS", "UNIT_RE", "Unit",
    "lookup", "unit_at",
]
