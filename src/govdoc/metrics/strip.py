"""Taking the words off a figure's clause that do not name the quantity.

Leading: time words (全年, 年末, 截至11月, 2025年, “十四五”时期), the whole area (全市, 全区), list
labels (（一）, 1., 一是, ——), adverbs (其中, 共, 累计) and generic verbs (完成, 实现, 争取, 投入).
Trailing: the change or comparison before the figure (比上年增长, 同比下降, 较年初增加, 低于全省平均),
and linking words (为, 达到, 分别, 控制在).

Most of these are fixed words, looked up by length in a set; the few patterns (years, months,
labels, comparisons) are tried only when the first or last character can start or end them, so
a clause costs a handful of dictionary look-ups rather than a scan of a long alternation.
"""

from __future__ import annotations

import re
from typing import Literal

from .change import BASELINE, GAINS_OF, PULLS, compares

Kind = Literal["time", "verb", "adverb"]

_TIME_WORDS = """
    全年 今年 明年 年内 当年 本年 上年 去年 前年 年末 年初 年底 年中 上半年 下半年 半年 前三季度 目前 至今 截至目前
    近年来 近年 以来 当前 期末 期内 报告期 报告期内 报告期末 年均 日均 月均 每年 同期 首次 再次 历年
    全市 全区 全县 全省 全州 全盟 全旗 全镇 全乡 全街道 全街 全城区 全苏木 全嘎查 全村 全社区
    辖区内 辖区 我市 我区 我县 我省 我镇 我乡 我街道 本市 本区 本县 本镇 本乡 本街道 我局 我委 我办 本局
    本年度 上年度 当年度 全縣 全區 我縣 我區 本縣 本區 全鎮 全鄉 我鎮 我鄉 本鎮 本鄉 全轄區 轄區內 轄區
    各种运输方式 本次 该项目 本项目 该工程 本工程
"""
_ADVERB_WORDS = """
    其中 同时 此外 另外 并且 而且 以及 还有 另 还 又 并 且 及 和 与 共计 累计 累积 累積 合计 总计 共有 现有 拥有
    已有 共 均 已经
    已 先后 进一步 持续 积极 全力 全面 据悉 据统计 经统计 经初步核算 初步核算 各类 各种 各项 对 为 依次 有 这 那 此 就
    具体 上述
    累計 合計 總計 共計 同時 為
"""
# (and adverbs of a span that link the figure to no quantity before it: 仅28天, 连续15年)
_VERB_WORDS = """
    成功创建 包装发布 组织制定 完成 实现 达到 获得 获批 获 争取到 争取 统筹 投入 拨付 兑现 接待 签订 组织 开展 发生
    销售 举办 撬动 安排 落实 创建 认定 开设 办理 受理 生产 支持 建议 需要 需 筹集 包括 收到 取得 加上 减去 建成
    用于 签约 兑付 推出 拜访 挖掘 予以 给予 涉及 举行 召开 审议 做出 作出 上交 听取 实施 预计 核实 配备 成立 上拉 下拉
    力争 努力争取 力求 折合 发布 贡献 接收 处理 承办 加 达 清理 购置 迁移 栽植 修建 改建 形成 可使 主动公开 落地
    仅 仅仅 仅用 连续
    實現 達到 獲得 實施 爭取 撥付 兌現 簽訂 組織 開展 發生 銷售 舉辦 落實 創建 認定 辦理 籌集 發放 發布 減
"""
LEADING_WORDS: dict[str, Kind] = {
    **{w: "time" for w in _TIME_WORDS.split()},
    **{w: "adverb" for w in _ADVERB_WORDS.split()},
    **{w: "verb" for w in _VERB_WORDS.split()},
}
# Leading words that are the start of another word when followed by these (共建, 对外, 有效, 就业, 生产总值).
_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "共": tuple("建同享治商管"), "对": ("外",), "为": tuple("民期"), "為": tuple("民期"),
    "有": tuple("效序力机关色线限益利组规"),
    "此": ("外",), "就": tuple("业医学读餐近地業醫學讀"), "及": ("时", "時"), "和": ("谐", "平", "美"), "与": ("会",),
    "生产": ("总值", "安全", "经营", "要素", "资料", "性"), "还": ("款", "本", "原"), "并": ("购", "网"),
    "主动公开": ("信息",),  # (主动公开政府信息 → 政府信息, but 主动公开信息 keeps what names its kind)
    # (a budget's carry-over and last year's final accounts are quantities of their own: 上年结余, 上年滚存结余,
    # 上年决算数)
    # (and in traditional characters, as a table's row label prints them: its labels are matched as printed)
    "上年": ("结余", "结转", "决算", "滚存", "結余", "結餘", "結轉", "決算", "滾存"),
    "上年度": ("结余", "结转", "决算", "滚存"),
    "建成": ("区",),  # (建成区: a city's built-up area)
    "当年": ("收入", "支出"),  # (a budget's own revenue of the year, beside what it is given and carries: 当年收入)
    "年初": ("预算", "计划"),  # (the budget passed at the year's start, beside the adjusted one: 年初预算, 调整预算)
    "加上": ("级", "年"),  # (加 上级补助收入, 加 上年结余)
    "加": tuple("油气快强大工速班深固装密盟入计注"),  # (a budget's sum, "加市级补助收入"; not 加油站, 加快, 加计扣除)
    "销售": ("收入", "额", "总额", "利润", "产值", "均价", "价格"),  # (what sales bring in: 销售收入, 销售额)
    "均": ("价", "值", "衡"),  # (an average is no adverb "all": 均价, 均值; nor is a balance: 均衡性转移支付)
    "达": tuple("标产成"),  # (累计达512户: the level of the quantity named before; not 达标率, 达产)
    "全面": ("小康",),  # (全面小康: the goal's name)
    "贡献": ("率", "度", "值"),  # (a share of growth: 贡献率)
    "购置": ("税",), "迁移": ("人口",),  # (车辆购置税; the people who moved, 迁移人口)
    "连续": tuple("降阴晴干高无"),  # (a span of weather is a quantity's name: 连续降雨天数)
    "安排": ("预算稳定调节基金",),  # (a budget's line item, named with its verb: 动用, 调入, 补充预算稳定调节基金)
}

_YEAR = r"(?:[0-9０-９]{2,4}|[〇零一二三四五六七八九]{2,4})年"
_MONTH = (r"(?:[0-9０-９]{1,2}(?:[-－—~～至][0-9０-９]{1,2})?|[一二三四五六七八九十]{1,2})月(?:份)?"
          r"(?:底|末|初|中旬|上旬|下旬)?")
_LEADING_PATTERN = re.compile(
    r"(?P<time>"
    # (the middle of a year, not a place whose name begins with 中 or the country: 2023年中江县, 2023年中国)
    rf"(?:截至|截止|到|至|止)?(?:{_YEAR}(?:度|底|末|初|中(?![国央]|(?![全我本各])[\u4e00-\u9fff]{{1,2}}[省市县区镇乡州旗盟]))?"
    rf"(?:{_MONTH})?|{_MONTH})(?:[0-9０-９]{{1,2}}日)?"
    r"(?:以来|以前|前|后|内|止|为止|全年|底|末)?"
    r"|“?十[一二三四五六]五”?(?:时期|期间|以来|末|期末)?"
    r"|(?:近|过去)[0-9０-９一二三四五六七八九十]{1,2}年(?:来|以来|间|内)?"
    r"|[0-9０-９一二三四五六七八九十]{1,2}年(?:来|以来|间|内)"
    r"|第?[一二三四]季度(?:末|以来)?"
    r"|第[一二三四五六七八九十]{1,2}次全国(?:人口|经济|农业|污染源)普查(?:时|的)?"  # the census a count is compared to
    r"|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.．、)）](?![0-9０-９])|[一二三四五六七八九十]{1,3}(?:[是要]|、(?![一二三四五六七八九十、]+产业))"
    rf"|[0-9０-９]{{1,2}}[.．](?={_YEAR})|含(?={_YEAR}|上年)"  # a list's label before a year (1.2022年), 含2023年
    r"|—+|－+|-+|[●·•○■□◆▲★※、]|[）)](?=[、，,])"  # (and a note's bracket closed after the figure before: "）、")
    # a number no figure took, its sentence's end lost before the phrase: "调整为26.7:41.8:31.5" / "年末常住人口…"
    # (not a list's label before a year, "1.2022年债务", nor a quantity that names a thing, "0.4千伏线路")
    r"|[0-9０-９]+[.．][0-9０-９]{1,3}(?![0-9０-９千万亿百伏瓦米吨克公平立])(?=[\u4e00-\u9fff])"
    # a budget's sum: 加上级补助收入, 减结转下年支出, 加税收返还和转移支付, 扣除上解市级
    r"|再?(?:[加减]|扣除)(?=上级|上年|调入|动用|结转|支出|上解|补助|转移|税收返还|返还|新增|债券|债务|预算稳定)"
    r"|按[^，。；的]{0,8}口径(?:计算|统计)?的?"  # the basis it is counted on: 按省统计口径的民生支出
    r"|按[^，。；的]{1,10}?(?:计算|核算|测算)的?(?=[\u4e00-\u9fff]{2})"  # 按常住人口计算的人均生产总值
    r")"
)
# The characters a match of _LEADING_PATTERN can start with.
_PATTERN_FIRST = frozenset(
    "截止到至0123456789０１２３４５６７８９〇零一二三四五六七八九十“近过（(—－-●·•○■□◆▲★※、再加减扣第）)含按"
)


def _by_prefix(words: dict[str, Kind]) -> dict[str, tuple[tuple[str, Kind], ...]]:
    """The words of two characters or more by their first two characters, longest first."""
    table: dict[str, list[tuple[str, Kind]]] = {}
    for word, kind in sorted(words.items(), key=lambda item: -len(item[0])):
        if len(word) > 1:
            table.setdefault(word[:2], []).append((word, kind))
    return {prefix: tuple(entries) for prefix, entries in table.items()}


_BY_PREFIX = _by_prefix(LEADING_WORDS)
_SINGLE: dict[str, Kind] = {word: kind for word, kind in LEADING_WORDS.items() if len(word) == 1}
LEADING_FIRST = frozenset(word[0] for word in LEADING_WORDS) | _PATTERN_FIRST
"""The characters a leading word can start with: a phrase starting with another has none."""


def _leading_word(phrase: str) -> tuple[str, Kind] | None:
    """The leading word at the start of ``phrase`` and its kind, or None."""
    first = phrase[0]
    if first in _PATTERN_FIRST:
        m = _LEADING_PATTERN.match(phrase)
        if m is not None and m.group():
            return m.group(), "time"
    for word, kind in _BY_PREFIX.get(phrase[:2], ()):
        if phrase.startswith(word):  # (longest first: a word that begins another is no shorter word either,
            return None if _blocked(phrase, word) else (word, kind)  # 上年度结转 is no 上年 before 度结转)
    single = _SINGLE.get(first)
    if single is not None and not _blocked(phrase, first):
        return first, single
    return None


def _blocked(phrase: str, word: str) -> bool:
    """Whether ``word`` at the start of ``phrase`` begins another word (共建, 对外, 生产总值)."""
    blocked = _NOT_BEFORE.get(word)
    return blocked is not None and phrase.startswith(blocked, len(word))


def leading_words(phrase: str) -> list[tuple[str, Kind]]:
    """The words ``strip_leading`` would take off ``phrase``, in order (for tests and debugging)."""
    words: list[tuple[str, Kind]] = []
    while phrase:
        found = _leading_word(phrase)
        if found is None:
            break
        words.append(found)
        phrase = phrase[len(found[0]):]
    return words


_TRAILING = """
    增长 增加 提高 提升 上升 升高 上涨 下降 减少 降低 回落 下滑 增产 减产 增收 减收 扩大 缩小 收窄 加快 放缓 回升 下跌
    增幅 负增长 短收 少收 超收 减支 增支 缩短 压缩 压减 同比增速 年均增速
    降幅 涨幅 增 减 降 涨 净 净增 净增加 净减 净减少 同比 环比 直比 占
    增加到 增长到 增至 提高到 提高至 提升到 提升至 上升到 上升至 下降到 下降至 降至 降到 降低到 降低至 减少到 减少至
    扩大到 扩大至 缩小到 缩小至 发展到 发展至 达到 高达 多达 达 为 是 有 共计 累计 共有 共 提供 、 等 到 至
    已建成 已建设
    从 由 各 完成 实现 安排 调整为 调整到 调整至 折合 约合 控制在 保持在 稳定在 维持在 分别 依次 均 已 已经 首次
    再次 一直 再创新高 突破 了 的 平均
    再 又 还 也 都 仍 仍然 依然 预计 預計 力争 在 双双 实际 实际完成
    相比 相较 比增 比降 比减 调增 调减 同口径 自然口径 可比口径 可比 名义 现价 按现价 不变价 按不变价
    两年 三年 四年 五年
    年末 年底 全年 当年 本年 年均 日均 月均 每年 每月 每日 每天 每人 每户 惠及 覆盖 受益
    增長 減少 減 漲 漲幅 擴大 縮小 增產 減產 減收 淨增 淨減 負增長 增長到 增長至 減少到 減少至 達到 達 為 分別 共計 累計
    實現 調整為 控制在 穩定在 維持在 均為
"""
TRAILING_WORDS = frozenset(_TRAILING.split())
"""Words that end a clause before a figure without naming anything: changes, comparisons, links."""
_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(sorted((w for w in TRAILING_WORDS if w[-1] == last), key=len, reverse=True))
    for last in {w[-1] for w in TRAILING_WORDS}
}
# The last characters of a trailing word, a year, a comparison (比上年同期, 比全市平均水平高, 与上年相比)
# or a compared base (低于全省平均水平): a phrase ending in anything else has nothing to strip.
TRAILING_LAST = frozenset(w[-1] for w in TRAILING_WORDS) | frozenset("年末底初期高低多少快慢比较均平准值”月度丰豐枯")
"""The last characters of trailing words and comparisons (besides those that hold 于 or 超)."""
# Trailing words that end another word after these (新增, 国有, 作为, 总是, 人均, 首都).
_NOT_AFTER: dict[str, str] = {
    "增": "新", "有": "国私公所持", "为": "作成认视称更改转", "為": "作成認視稱更改轉", "是": "总但于就或还可正要若",
    "均": "人", "都": "首", "至": "乃甚以", "达": "发通", "等": "平高中", "降": "空", "的": "目",
    "在": "所存现实自正好",
    "增收": GAINS_OF,  # (人均增收, 村集体经济增收: the income a group gains is the quantity, not the change of one)
}
_COMPARISON = re.compile(rf"(?:比|较|与|較|與){BASELINE}")
_COMPARED_END = re.compile(r"(?:高[于於]|低[于於]|超过|超過|超出|多[于於]|少[于於]|快[于於]|慢[于於])[^，。；]{0,10}$")
_YEAR_END = re.compile(rf"(?:[0-9０-９]{{4}}[-－—~～至])?{_YEAR}(?:末|底|初)?$")  # (a span too: 2020-2021年)


def _trailing_start(phrase: str) -> int | None:
    """Where the trailing word at the end of ``phrase`` starts, or None."""
    tail = phrase[-16:]
    if phrase[-1] not in TRAILING_LAST and not compares(tail):
        return None
    size = len(phrase)
    for base in sorted((k for k, char in enumerate(tail) if char in "比较与較與"), reverse=True):
        if _COMPARISON.match(tail, base) is not None:  # 比上年末增长, 较“十三五”末, 比全市平均水平高, 与上年相比
            if base and tail[base] == "比" and tail[base - 1] in "同环環":
                base -= 1  # 同比去年同期增加: the comparison is 同比's
            return size - len(tail) + base
    if phrase.endswith(PULLS):
        return None  # (二产业拉动经济增长: the growth pulled is the name's)
    for word in _BY_LAST.get(phrase[-1], ()):
        if phrase.endswith(word):
            n = len(word)
            after = _NOT_AFTER.get(word)
            if after is not None and phrase[size - n - 1:size - n] in after:
                continue
            if word == "为" and phrase.endswith("行为") and not phrase.endswith("银行为"):
                continue  # ("“三烧”行为" is a noun; "15家银行为50家企业" is a bank that did something for them)
            return size - n
    last = phrase[-1]
    if last in "年末底初":
        m = _YEAR_END.search(phrase, max(0, size - 13))
        if m is not None:
            return m.start()
    if compares(tail):
        m = _COMPARED_END.search(tail)
        if m is not None:  # 低于全省平均
            return size - len(tail) + m.start()
    return None


def strip_leading(phrase: str) -> tuple[str, bool, str]:
    """``phrase`` without its leading words; whether an adverb or a linking verb was among them
    (then an empty phrase refers to a quantity named before: "为", "共", "完成"); and the 占 or 对
    that follows the time words, which opens a share ("对经济增长的贡献率")."""
    linked = False
    opener = ""
    first = True
    while phrase:
        found = _leading_word(phrase)
        if found is None:
            break
        word, kind = found
        if kind != "time":
            if first:
                opener = phrase[:1] if phrase[:1] in "占对" else ""
                first = False
            if word in _KEEP_BEFORE_DE and "的" in phrase:
                break
            linked = linked or kind == "adverb" or word in _LINKING
        phrase = phrase[len(word):]
        if phrase[:1] == "的" and len(phrase) > 2:  # 涉及的国内增值税收入, 2020年的财政收入: the name follows the 的
            phrase = phrase[1:]
    if first and phrase[:1] in "占对":
        opener = phrase[:1]
    return phrase, linked, opener


# Verbs that open a relative clause naming a group: 获得政府最低生活保障的城镇居民, 已发现的矿种.
_KEEP_BEFORE_DE = frozenset({"获得", "获", "已", "已经", "享受", "参加", "参与", "领取", "接受"})
# 完成, 达到: a level of the quantity named before (…收入2021年突破600亿元，2025年达到630.5亿元).
_LINKING = frozenset({"完成", "实现", "达到", "達到", "實現", "达"})


# The level a change starts from, after the quantity's name: "招商引资由“十一五”时期", "总收支从上次预算调整",
# "人均GDP由上年"
_FROM_LEVEL = re.compile(r"(?<=[\u4e00-\u9fffA-Z]{2})(?:相应)?[由从](?![业事而于此来中])[^，。；由从]{1,16}$")


def strip_from_level(phrase: str) -> str:
    """``phrase`` without the level a change starts from after the quantity's name ("招商引资由“十一五”时期" →
    "招商引资"); ``phrase`` itself where it names none ("从业人员")."""
    if "由" not in phrase and "从" not in phrase:
        return phrase
    start = _FROM_LEVEL.search(phrase)
    return phrase if start is None else phrase[:start.start()]


# a rate's base after its name: "常住人口密度为每平方公里" (6595人)
_PER_BASE = re.compile(r"为?每(?:平方公里|平方千米|万人|千人|百人|十万人)$")


def strip_per_base(phrase: str) -> str:
    """``phrase`` without the base of the rate it names at its end ("常住人口密度为每平方公里" → "常住人口密度")."""
    per = _PER_BASE.search(phrase) if "每" in phrase else None
    return phrase if per is None or per.start() < 2 else phrase[:per.start()]


def strip_trailing(phrase: str) -> tuple[str, bool]:
    """``phrase`` without the change, comparison and linking words at its end; and whether any was."""
    stripped = False
    while phrase:
        start = _trailing_start(phrase)
        if start is None:
            break
        phrase = phrase[:start]
        stripped = True
    return phrase, stripped


__all__ = [
    "LEADING_FIRST", "LEADING_WORDS", "TRAILING_LAST", "TRAILING_WORDS", "Kind", "leading_words", "strip_from_level",
    "strip_leading", "strip_per_base", "strip_trailing",
]
