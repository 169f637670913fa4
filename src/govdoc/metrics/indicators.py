"""The indicator of every figure of a paragraph: each clause's phrase, resolved against the others.

Rules (those of the development set's annotation guide, section "Indicators and changes"):

- a figure takes the phrase of its own clause ("第一产业增加值379.89亿元" → 第一产业增加值), or the
  noun its measure word counts when that follows ("新建1个营商服务中心" → 营商服务中心);
- a figure whose clause names nothing of its own but refers to a quantity ("增长5.5%", "完成预算的
  99.3%", "较“十三五”末的2150.6亿元", "从1250户增加到2043户") takes the indicator of the figure
  before it in the same sentence;
- a share printed after its subject takes the subject in front ("民生支出476.6亿元，占一般公共预算
  支出比重76.3%" → 民生支出占一般公共预算支出比重);
- a 分别 list shares out its items and their head noun ("粮食、油料、蔬菜产量分别达到120万吨、8.6万
  吨、310万吨" → 粮食产量, 油料产量, 蔬菜产量);
- in a series, an item that prints only its modifier takes the head noun of the item before it
  ("国有控股企业增加值增长1.4%，集体企业增长195.9%" → 集体企业增加值), but sub-items after 其中 keep
  what they print.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Change
from .change import change_in
from .phrase import CLASSIFIERS, SEPARATORS, TOO_LONG, Clause, clause_before, read_clause
from .scan import Candidate
from .strip import strip_leading

# Head nouns of statistical quantities, for a 分别 list whose items differ in length.
_HEADS = (
    "消费品零售额", "增加值", "总产值", "产值", "产量", "面积", "收入", "支出", "投资", "人口",
    "人数", "贡献率", "比重", "增速", "总额", "零售额", "销售额", "营业额", "余额", "价格",
    "指数", "利润", "用电量", "发电量", "周转量", "吞吐量", "客运量", "货运量", "在校生", "招生",
    "毕业生", "存款", "贷款", "保费", "标准", "覆盖率", "参保人数", "年均浓度", "平均浓度",
    "浓度", "饲养量", "存栏量", "出栏量", "存栏", "出栏",
)
_JOINER = re.compile(r"以及|和|及|与")  # (what joins the last two items of a list)
_ITEM_SPLIT = re.compile(rf"、|{_JOINER.pattern}")
# Last characters of a noun that names a quantity by itself (养老金, 学费, 总额, 产量 …).
_QUANTITY_ENDS = frozenset("金费额量率数值入出价息款税资费标准")
# Modifiers that stand for "modifier + the head noun of the item before" (集体企业, 饮料类, 省级).
_MODIFIER_ENDS = frozenset("类级业型性")
_NOT_MODIFIERS = ("就业", "创业", "失业", "毕业", "营业", "作业", "学业", "专业", "物业", "事业", "结业", "开业")
_ORDINAL_NUMERAL = re.compile(r"^第?[一二三四五六七八九十]+$")
_LEADING_NUMERAL = re.compile(r"^[一二三四五六七八九十]+")
# verbs of handling cases and requests, whose object a series names once ("受理各类案件25.4万件，办结23.1万件")
_HANDLING = ("新受理", "受理", "办结", "审结", "执结", "结案", "立案", "答复", "办理", "处理", "新收", "收到", "接收",
             "转办")
_ANY_KIND = re.compile(r"^(?:各类|各项|各种)")
_PLAN_WORDS = re.compile(r"预算|计划|目标|任务")
_NOTE_THEN_OF = re.compile(r"[（(][^（()）]{1,78}[）)]的")  # a note of a plan's parts, then the 的 of its share
_NOTE_CLOSE = re.compile(r"[）)]")
_NOTE_OPEN = re.compile(r"[（(]")
# the plan a share is of, right before its figure: 占调整预算数 | 539267万元的99.6%
_SHARE_OF_PLAN = re.compile(r"占(?P<name>[\u4e00-\u9fff]{2,10})$")
_COMPARISON_OPENING = re.compile(r"\s*(?:比|较|与上|同上|相比)")
# The word that makes a quantity the planned one (收入预算, 投资计划): the actual figure drops it.
_PLANNED = re.compile(r"(?:预算|计划|目标|预计)(?:数|额)?$")


def _enumerated(text: str, count: Candidate, noun: str, run: int) -> tuple[list[str], str] | None:
    """The items a count sums up, for the 分别 list of ``run`` figures after it, and the quantity named after the
    count's ``noun`` ("汽车制造业、食品制造业、燃气生产和供应业三个行业增加值…，分别增长89.2%、11.4%、159.4%" →
    汽车制造业 …, 增加值); None unless the count's clause lists ``run`` items before it."""
    if count.value != run or noun == TOO_LONG:
        return None
    clause = clause_before(text, count.start, 80)
    items = clause.split("、") if clause is not None else []
    if len(items) != run or any(not 2 <= len(item) <= 16 for item in items):
        return None
    after = text[count.end + len(noun):count.end + len(noun) + 8]
    return items, next((h for h in _HEADS if after.startswith(h)), "")


def _subject(name: str) -> str:
    """The quantity a share is of ("第一产业增加值占地区生产总值的比重" → 第一产业增加值); any other name as it is."""
    at = name.find("占")
    return name[:at] if at >= 2 else name


def _items(phrase: str, count: int) -> list[str] | None:
    """The ``count`` indicators a 分别 list's phrase shares out, or None when it lists another number."""
    subject, respectively, after = phrase.partition("分别")
    if respectively and subject and after:  # 二、三产业分别拉动经济增长: the items, each with what follows 分别
        listed = _items(subject, count)
        return [item + after for item in listed] if listed is not None else None
    sectors = phrase.find(_THREE_SECTORS) if count == 3 else -1
    if sectors >= 0 and len(phrase) > sectors + len(_THREE_SECTORS):
        # 三次产业对地区生产总值贡献率 → 第一产业…, 第二产业…, 第三产业…; of a part of the economy ("民营经济三次产业…")
        before, after = phrase[:sectors], phrase[sectors + len(_THREE_SECTORS):]
        return [f"{before}第{n}产业{after}" for n in "一二三"]
    items = [item for item in _ITEM_SPLIT.split(phrase) if item]
    if len(items) != count:
        items = _listed(phrase, count)
    if len(items) != count or count < 2 or "“" in phrase or "（" in phrase:
        return None
    *first, last = items
    if count == 2 and first[0][-1:] + last[:1] in _CHARACTER_PAIRS:
        # one character of a word beside the other's (金融机构存、贷款余额 → 金融机构存款余额, 金融机构贷款余额)
        before, after = first[0][:-1], last[1:]
        return [before + first[0][-1] + after, before + last[0] + after]
    if all(item[-1] == last[-1] for item in first):
        return items  # names alike to their last character, each whole: 食品烟酒类、交通和通讯类、…和其他用品及服务类
    numeral = _LEADING_NUMERAL.match(last)
    if first[0].startswith("第") and numeral is not None and all(_ORDINAL_NUMERAL.match(m) for m in first):
        head = last[numeral.end():]  # 第一、二、三产业增加值: the numerals are the modifiers
        return [("" if m.startswith("第") else "第") + m + head for m in [*first, numeral.group()]]
    widths = {len(item) for item in first}
    lexical = next((h for h in _HEADS if last.endswith(h) and len(last) > len(h)), "")
    width = len(first[-1])
    if lexical and all(item[-1] == last[-len(lexical) - 1] for item in first):
        head = lexical  # 家用电器和音像器材类、日用品类、…、服装鞋帽类零售额: items alike to their last character
    elif lexical and (len(lexical) >= 4 or any(abs(len(last) - len(lexical) - w) <= 1 for w in widths)):
        head = lexical  # 粮食、油料、蔬菜产量; 高技术制造业、装备制造业增加值; 二氧化硫、可吸入颗粒物年均浓度
    elif (level := next((k + 1 for k in range(1, min(len(last) - 2, width + 1)) if last[k] == "级"), None)) is not None:
        head = last[level:]  # 全口径和区级地方财政收入: the last modifier is a level, whatever the first's width
    elif len(last) - width >= 2:
        head = last[width:]  # 城镇和农村居民人均可支配收入; 第一、二、三产业对经济增长的贡献率
    elif lexical and not any(item[-1] in _QUANTITY_ENDS for item in first):
        head = lexical  # 规模以上高技术制造业和装备制造业增加值 (but 基础养老金、低保标准 are two)
    else:
        head = ""
    modifiers = [*first, last[:len(last) - len(head)] if head else last]
    scope = _SCOPE.match(modifiers[0])  # (限额以上单位家用电器类、日用品类…: every item is of units above the limit)
    if scope is not None:
        modifiers = [m if m.startswith(scope.group()) else scope.group() + m for m in modifiers]
    return [m + head if not m.endswith(head) else m for m in modifiers]


_THREE_SECTORS = "三次产业"
# characters printed apart that each make the same word with what follows the second: 存、贷款 (存款, 贷款), 进、出口,
# 中、小学, 大、中型
_CHARACTER_PAIRS = frozenset({"存贷", "进出", "中小", "大中"})

# the scope the first item of a list opens with, which holds for every item: 限额以上单位, 规模以上
_SCOPE = re.compile(r"^(?:限额以上|限上)(?:单位|法人)?|^(?:规模以上|规上)")


def _listed(phrase: str, count: int) -> list[str]:
    """The items of a list whose names hold 和 or 及 themselves ("交通和通讯类、…、医疗保健类和其他用品及服务类"): split
    at its commas, the last two joined by the 和 (or 及, 与) between two names that end alike; [] when that does not
    give ``count`` items."""
    items = phrase.split("、")
    if len(items) == count:
        return items
    if len(items) != count - 1:
        return []
    *first, last = items
    for joiner in _JOINER.finditer(last):
        left, right = last[:joiner.start()], last[joiner.end():]
        if left and right and left[-1] == right[-1]:
            return [*first, left, right]
    return []


def _with_head(phrase: str, template: str) -> str | None:
    """集体企业 after 国有控股企业增加值 → 集体企业增加值; None when ``phrase`` is a name of its own."""
    if phrase[-1:] not in _MODIFIER_ENDS or phrase.endswith(_NOT_MODIFIERS):
        return None
    k = template.rfind(phrase[-1])
    if k < 0 or k == len(template) - 1 or template[:k + 1] == phrase:
        return None
    return phrase + template[k + 1:]


def _with_object(phrase: str, before: Sequence[str | None]) -> str | None:
    """办结 after 受理各类案件 → 办结案件: a phrase that ends with a verb of handling cases or requests, no object of
    its own, takes the object of the last figure before it in the paragraph that names one after such a verb
    ("新受理政府信息公开申请17件，办结17件", "市中院受理2.8万件" after "受理各类案件")."""
    if not phrase.endswith(_HANDLING):
        return None
    for name in reversed(before):
        if name is None:
            continue
        for verb in _HANDLING:
            at = name.rfind(verb)
            if at >= 0 and len(thing := _ANY_KIND.sub("", name[at + len(verb):])) >= 2:
                return phrase + thing
    return None


def _share_of_plan(text: str, plan: Candidate, share: Candidate) -> bool:
    """Whether ``share`` is the part of the planned figure ``plan`` that a quantity reached ("完成年初预算245800万元的
    59.74%", "占调整预算数539267万元的99.6%"): the plan is named after 完成 or 占 and 的 alone stands between the two
    figures."""
    between = text[plan.end:share.start].strip()
    if between != "的" and not (between[:1] in "(（" and _NOTE_THEN_OF.fullmatch(between) is not None):
        return False  # (a note of its parts may stand between: "473465万元(年初预算数201587万元,…)的68.5%")
    clause = text[max(0, plan.start - 12):plan.start]
    return ("完成" in clause or "占" in clause) and _PLAN_WORDS.search(clause) is not None


def _plan_name(text: str, plan: Candidate, share: Candidate | None) -> str | None:
    """The name of the planned figure a share is of, printed after 占 ("占调整预算数539267万元的99.6%" → 调整预算数);
    None where ``plan`` is no such figure."""
    if share is None or not _share_of_plan(text, plan, share):
        return None
    name = _SHARE_OF_PLAN.search(text, max(0, plan.start - 12), plan.start)
    return None if name is None else strip_leading(name.group("name"))[0] or name.group("name")  # (占本年任务数)


def _after_note(text: str, cands: Sequence[Candidate], i: int) -> Candidate | None:
    """The figure after figure ``i``, or after the note in brackets that follows it ("473465万元(年初预算数201587万元,
    当年专款271878万元)的68.5%" → 68.5%)."""
    if i + 1 >= len(cands):
        return None
    end = cands[i].end
    if text[end:end + 1] in ("(", "（"):
        closed = _NOTE_CLOSE.search(text, end, end + 80)
        if closed is not None:
            return next((c for c in cands[i + 1:] if c.start >= closed.end()), None)
    return cands[i + 1]


def _opens_comparison(text: str, start: int) -> bool:
    """Whether the sentence of the figure at ``start`` opens with a comparison and no subject ("…为2.71人。比上次普查的
    2.96人减少0.25人。"): it goes on about the quantity of the sentence before."""
    opening = max(text.rfind(mark, 0, start) for mark in "。；;！？!?") + 1
    return _COMPARISON_OPENING.match(text, opening) is not None


def _changed(before: list[str | None], run: int) -> list[str] | None:
    """The quantities a 分别 list of changes with no name of its own refers to, in order: the last ``run`` figures
    of the sentence before it ("受理案件25.4万件，办结23.1万件，同比分别上升3.6%和3.1%"), when each has a name."""
    named = before[-run:]
    if len(named) < run or any(name is None for name in named) or len(set(named)) < run:
        return None
    return [name for name in named if name is not None]


def _share_follows(clauses: Sequence[Clause], i: int) -> bool:
    """Whether the first figure from ``i`` on that is no comparison's base is a share of a subject."""
    while i < len(clauses) and clauses[i][10]:
        i += 1
    return i < len(clauses) and clauses[i][2]


def _joined_run(text: str, cands: Sequence[Candidate], clauses: Sequence[Clause], i: int) -> int:
    """How many figures from ``i`` on are joined each to the one before by 、 or 和 alone."""
    run = 1
    while (i + run < len(clauses) and clauses[i + run][8] and not clauses[i + run][0]
           and text[cands[i + run - 1].end:cands[i + run].start].strip() in SEPARATORS):
        run += 1
    return run


def _listed_run(text: str, cands: Sequence[Candidate], clauses: Sequence[Clause], i: int,
                shared: list[str] | None) -> bool:
    """Whether the figure at ``i`` opens a run of joined figures shared out as if 分别 were printed: as many as the
    items its phrase lists (畜禽、奶肉牛饲养量增长4.8%和4.4%; 城镇和农村居民人均可支配收入23121元、6945元), or, with
    no phrase, as the sentence's last list had ("…从23121元、6945元增加到34274元、11238元")."""
    phrase = clauses[i][0]
    if phrase:
        items = len([item for item in _ITEM_SPLIT.split(phrase) if item]) if _ITEM_SPLIT.search(phrase) else 1
    else:
        items = len(shared) if shared is not None else 0
    return items >= 2 and _joined_run(text, cands, clauses, i) == items


def _names_group(text: str, before: Candidate, cand: Candidate) -> bool:
    """Whether the figure ``before`` bounds or counts the group the name of ``cand``'s quantity starts with:
    a bound or a range right before a noun ("18岁以下人口占25.8%", "5亿元以上项目4个", "90-144m2住宅价格上涨10.4%")
    or a group's count in Chinese numerals ("七大产业产值占工业比重88.4%", "十种有色金属95.6万吨")."""
    if before.chinese:
        if text[before.unit_start:before.unit_start + 1] not in _GROUP_WORDS:
            return False
    elif before.value_min is None and before.qualifier not in _BOUNDS:
        return False
    return _GROUP_NAME.fullmatch(text, before.end, cand.start) is not None


# what a Chinese numeral counts when it names a group (七大产业, 十种有色金属, 十一类支出)
_GROUP_WORDS = frozenset("大种类")
# a verb of adding alone before a figure, which names no quantity of its own ("…769个，新增6个")
_ADDED = frozenset({"新增", "新建", "新设", "新批", "净增", "新认定", "新培育", "新引进"})
_BOUNDS = frozenset({"以上", "以下", "及以上", "及以下", "以内"})
# a name that goes on right after the figure, with no break, space, bracket or 的 before the next figure
_GROUP_NAME = re.compile(r"(?!的)[\u4e00-\u9fff“][^，。；：,;:、的\n （(]*")


# a verb of change and the quantity's head noun ("减少支出28399万元", "增加收入5亿元"): the change of the level before
_CHANGED_BY = re.compile(r"(?P<verb>增加|减少|增长|下降)(?P<noun>[\u4e00-\u9fff]{2,4})")


def _level_index(text: str, cands: Sequence[Candidate], clauses: Sequence[Clause], i: int) -> int:
    """The figure a change at ``i`` is of: the one before it, past the bases of comparisons ("比上年决算数14.94亿元")
    and the parts a note in brackets lists ("支出137444万元(…专项债券支出115800万元),比上年同期支出84078万元增加…")."""
    k = i - 1
    while k > 0:
        if clauses[k][10]:
            k -= 1
            continue
        closed = _NOTE_CLOSE.search(text, cands[k].end, cands[i].start)
        opened = _NOTE_OPEN.search(text, cands[k].end, cands[i].start)
        if closed is None or (opened is not None and opened.start() < closed.start()):
            break
        start = max(text.rfind("(", 0, cands[k].start), text.rfind("（", 0, cands[k].start))
        if start < 0:
            break  # (a bracket closed that no bracket opened)
        while k > 0 and cands[k].start > start:
            k -= 1
    return k


def resolve(text: str, cands: Sequence[Candidate]) -> tuple[list[str | None], list[Change | None]]:
    """The indicators and the changes of the candidate figures of ``text``, in order."""
    clauses: list[Clause] = []
    changes: list[Change | None] = []
    previous_end = 0
    grouped = [False] * len(cands)  # the figure before names the group the figure's quantity is of
    for j, cand in enumerate(cands):
        if j and _names_group(text, cands[j - 1], cand):
            previous_end = cands[j - 1].start  # 18岁以下人口占25.8%: the figure before is part of the name
            grouped[j] = True
        clause = read_clause(text, cand.start, cand.end, previous_end, cand.unit.name in CLASSIFIERS)
        clauses.append(clause)
        changes.append(clause[9])
        previous_end = clause[4]
    count = len(cands)
    indicators: list[str | None] = [None] * count
    subject: str | None = None  # the last level named in the sentence, for shares
    series: int | None = None  # the last figure of the sentence with a printed phrase
    shared: list[str] | None = None  # the items of the sentence's last 分别 list
    listed: list[str] | None = None  # the items of the paragraph's last 分别 list, for a share of each that follows
    enumerated_head = ""  # the quantity the paragraph's last count of listed items named (…三个行业增加值)
    group_head = ""  # the quantity the last group a figure named was of (18岁以下人口 → 人口)
    da = "大" in text  # 4大行动: the count of a noun named by the unit
    sentence = 0  # the sentence's first figure
    i = 0
    while i < count:
        phrase, linked, share, following, _, new_sentence, sub_item, respectively, _, change, base = clauses[i]
        if new_sentence:
            subject, series, shared, sentence = None, None, None, i
        elif sub_item:
            series = None
        if not respectively:  # 畜禽、奶肉牛饲养量增长4.8%和4.4%: 分别 unsaid
            respectively = _listed_run(text, cands, clauses, i, shared)
        cand = cands[i]
        indicator: str | None = None
        printed = False  # the indicator is the figure's own phrase
        if da and cand.unit.kind == "count" and text[cand.unit_start:cand.unit_start + 1] == "大":
            indicator = cand.unit.name  # 开展…4大行动, 聚焦八大要素: what was counted is the noun
        elif (plan := _plan_name(text, cand, _after_note(text, cands, i))) is not None:
            indicator = plan  # the plan a share that follows is of: 占调整预算数539267万元的99.6%
        elif following:
            indicator = None if following == TOO_LONG else following  # a noun of its own, too long to name
        elif (phrase in _ADDED and i > 0 and not new_sentence and (added_to := indicators[i - 1]) is not None
              and cands[i - 1].unit == cand.unit):
            # 家庭农场3328家，本年新增100家 → 新增家庭农场: what was added is of the figure before, and the verb stays
            # (新增 + noun names a flow, the noun alone the stock)
            indicator = phrase + added_to
        elif ((by := _CHANGED_BY.fullmatch(phrase)) is not None and i > 0 and not new_sentence
              and (changed := indicators[_level_index(text, cands, clauses, i)]) is not None
              and changed.endswith(by.group("noun"))):
            # 支出324133万元,比上年同期支出352532万元,减少支出28399万元 → the spending's change, not a quantity 减少支出
            indicator, changes[i] = changed, change_in(by.group("verb"))
        elif phrase:
            indicator, printed = phrase, True
            if grouped[i]:
                group = text[cands[i - 1].start:cands[i - 1].end]
                if phrase == group and group_head:  # 18岁以下人口占25.8%，18-34岁占22.4% → 18-34岁人口
                    indicator = phrase + group_head
                elif phrase.startswith(group) and len(phrase) - len(group) >= 2:
                    group_head = phrase[len(group):]
            if share and subject is not None and not phrase.startswith(subject):
                indicator = subject + phrase
            elif series is not None and cands[series].unit == cand.unit and not respectively:
                template = indicators[series]
                indicator = (_with_head(phrase, template) if template else None) or indicator
            if indicator == phrase:
                indicator = _with_object(phrase, indicators[:i]) or indicator
        elif i > 0 and (linked or change is not None) and (not new_sentence or _opens_comparison(text, cand.start)):
            # (the change after a comparison's base is that of the figure before the base: "收入实际完成15.39亿元，
            # 比上年决算数14.94亿元增长3.0%")
            k = _level_index(text, cands, clauses, i)
            if k > 0 and _share_of_plan(text, cands[k], cand):
                k -= 1  # "收入146845万元，完成年初预算245800万元的59.74%": the share is of the income, not the budget
            indicator = indicators[k]
            if indicator is not None and "实际" in text[max(0, cand.start - 6):cand.start]:
                indicator = _PLANNED.sub("", indicator) or indicator  # 收入预算X，实际完成Y: Y is 收入
        if not printed and group_head and i + 1 < count and grouped[i + 1]:
            indicator = group_head  # (18-34岁 of "18岁以下人口占25.8%，18-34岁占22.4%": a group of 人口)
        if respectively:
            # a 分别 list: this figure and the ones that continue it share out the list
            run = 1
            while i + run < count and clauses[i + run][8] and not clauses[i + run][0]:
                run += 1
            if run > 1:
                items = _items(phrase, run) if phrase else shared
                if items is None and not phrase and i > 0 and clauses[i - 1][3]:
                    enumerated = _enumerated(text, cands[i - 1], clauses[i - 1][3], run)
                    if enumerated is not None:
                        names, head = enumerated
                        if not head and not names[0].endswith(_HEADS):
                            head = enumerated_head  # (…四个行业增幅回落，分别下降…: the count before named it)
                        items = [name + head for name in names]
                        enumerated_head = next((h for h in _HEADS if items[0].endswith(h)), enumerated_head)
                if items is None and not phrase and change is not None:
                    items = _changed(indicators[sentence:i], run)
                if items is not None and len(items) == run:
                    listed = items
                elif (lead := phrase.removeprefix("分别"))[:1] == "对" and listed is not None and len(listed) == run:
                    # (the contribution of each item listed before: "第一、二、三产业增加值分别为…。…对经济增长的贡献率
                    # 分别为25.4%、11.1%和63.5%" → 第一产业增加值对经济增长的贡献率, …)
                    items = [_subject(item) + lead for item in listed]
                elif lead.startswith("拉动") and listed is not None and len(listed) == run:
                    # (and the growth each pulls: "三次产业对地区生产总值贡献率分别为…，拉动经济增长分别为2.18个百分点…"
                    # → 第一产业拉动经济增长, …; "…，分别拉动地区生产总值0.06、1.35和1.55个百分点" alike)
                    items = [_subject(item).partition("对")[0] + lead for item in listed]
                shares: Sequence[str | None] = [indicator] * run  # 分别增长39.5%、55.5%: one for all
                if items is not None and len(items) == run:
                    shared = shares = items
                for k in range(run):
                    indicators[i + k] = shares[k]
                    if changes[i + k] is None:
                        changes[i + k] = change
                i += run
                continue
        indicators[i] = indicator
        if (i > 0 and clauses[i][8] and changes[i] is None and changes[i - 1] is not None
                and cands[i - 1].unit == cand.unit):
            changes[i] = changes[i - 1]  # 年均增长4.9%和7.2%: the figure joined to a change is one too
        # (the base of a comparison is no level of the sentence's subject, nor a series' template)
        if printed and not base:
            series = i
            if not share and (change is None or _share_follows(clauses, i + 1)):
                subject = indicator  # (a change's quantity too, where a share of it follows: 同比增长15.9%，占…比重)
        elif not base and subject is None and indicator is not None and change is None:
            subject = indicator
        i += 1
    return indicators, changes


__all__ = ["resolve"]
