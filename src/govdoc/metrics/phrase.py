"""The words before and after one figure, read into the phrase that names what it measures.

A figure's clause is the text between the previous figure (or the last clause break) and the
figure. Time words (全年, 年末, 截至11月, “十四五”时期), the whole area (全市, 全区), list labels,
adverbs (其中, 共, 累计), generic verbs (完成, 实现, 达到, 争取, 投入) and the comparison or change
before the figure (比上年增长, 较年初增加, 分别达到) are taken off; what is left is the phrase
("全年全市粮食产量588.57万吨" → 粮食产量). A few frames say that the figure refers to a quantity
named elsewhere: "完成预算的99.3%", "占总支出的82.7%", "较“十三五”末的2150.6亿元", "是2020年的1.1倍".
``indicators`` resolves those against the other figures of the paragraph.

The cost per figure is a few dictionary look-ups and at most a handful of anchored matches on a
window of at most ``WINDOW`` characters: extraction runs on every paragraph the parser reads.
"""

from __future__ import annotations

import re

from ..model import Change
from .change import CHANGE_LAST, change_in, compares, falls_against
from .numbers import SPACES
from .strip import (
    LEADING_FIRST,
    LEADING_WORDS,
    TRAILING_LAST,
    TRAILING_WORDS,
    strip_from_level,
    strip_leading,
    strip_per_base,
    strip_trailing,
)
from .units import unit_at

WINDOW = 40
"""How far back (in characters) a figure's clause is read when no clause break comes sooner."""
MAX_PHRASE = 24
"""The longest indicator kept (its last characters): a longer phrase is a clause, not a name."""
_NOTE_ROOM = 24  # how much further back a clause is read where notes in brackets stand in it

_SPACES = re.compile(f"[{SPACES}]+")
# Footnote markers glued to a phrase ("地区生产总值[2]2318.6亿元", "地区生产总值〔2〕") are no part of it, nor are
# the numbers of a list printed as one character each ("⑴一般公共财政收入", "⒈", "①": U+2460 to U+249B).
_FOOTNOTE = re.compile(r"\[(?:[0-9０-９]{1,3}|[ivx]{1,4})\]|［[0-9０-９]{1,3}］|〔[0-9０-９]{1,3}〕|[①-⒛]|[¹²³⁴-⁹]+")
_FOOTNOTE_HINT = re.compile("[\\[［〔①-⒛¹²³⁴-⁹]")
# Anything _clean would change: a footnote, a parenthesis, a space.
_CLEAN_HINT = re.compile(f"[\\[［〔①-⒛¹²³⁴-⁹（()）{SPACES}]")
_SPACE_HINT = re.compile(f"[{SPACES}]")
# A parenthesis that notes a scope or a basis ("（不含农户，下同）", "（2020年不变价）") or an abbreviation
# ("（GDP）") is dropped wherever it stands; others are part of a name ("注册执业（助理）医师",
# "疾病预防控制中心（防疫站）").
_PAREN = re.compile(r"[（(][^（）()]{0,40}[）)]")
_SCOPE_NOTE = re.compile(
    r"^(?:不?含|不?包括|包含|按|以|剔除|扣除|均为)|下同|不变价|现价|口径|计算|初步|以上|以下|法人|年"
    r"|^[A-Za-z]{2,6}$|^[A-Z][A-Za-z]?[0-9][0-9.]{0,3}$"  # (or an abbreviation: "地区生产总值（GDP）", "（PM2.5）")
    r"|^[0-9０-９]{1,2}$"  # (or a footnote's number: "全区生产总值(2)实现355.2亿元", or a list's "(1)")
)
# A parenthesis that lists what the words before it name ("县(市、区)", "（一般债务、专项债务）"): dropped where the
# name ends at it, kept inside a name that goes on after it ("县(市、区)上解收入"), as the rules keep a parenthesis
# that is part of a name.
_GLOSS = re.compile(r"[，,、；]")
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]")
# A bracket left open at the window's start, or around an abbreviation at its end
_UNCLOSED = re.compile(r"^[（(](?!.*[）)])|[（(][A-Za-z]{2,6}$")
# a bracket opened inside the window and not closed, words after it: the figure stands in the bracket
_OPEN_INSIDE = re.compile(r"[（(](?=[^（）()]*[\u4e00-\u9fff]{2}[^（）()]*$)(?!.*[）)])")
# a rate's own name in brackets right before its figure: "占常住人口的比重(常住人口城镇化率)为41.59%"
_NAMED_IN_BRACKETS = re.compile(
    r"[（(](?P<name>[\u4e00-\u9fff]{2,14}(?:率|比重|比例|系数|指数))[)）](?:为|达到|达|是)?$")
_BREAKS = "，。；：！？,;:!?【】\n\r"
# The last clause break and the words after it (a scan for break characters, then one try each).
_LAST_BREAK = re.compile(f"[{_BREAKS}][^{_BREAKS}]*$")
_SENTENCE_BREAK = re.compile(r"[。；;!?！？]")
# A number standing bare between words, which no figure took (a copy lost its unit or the colons of a table row:
# "一般公共预算收入7640.53一般公共预算支出7592.44万元", "就业困难人员就业1191城镇登记失业人数2694人"): the clause of the
# figure after it starts behind it. Three digits or more, a decimal point among them or not, with a word on either
# side (a version, "开放2.0任务", has fewer).
_BARE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9.]{4}|[0-9]{3})[0-9]+(?:\.[0-9]+)*(?=[\u4e00-\u9fff])")
# what a number printed before a word may still be part of a name by: a time, an ordinal, a scale
_NUMBER_WORD = frozenset("年月日号號届屆次期批级級类類位代型万萬亿億千百十")
# a public service's phone number, which names a service ("12345政务服务热线", "拨打110报警")
_SERVICE_NUMBER = re.compile(r"1[12][0-9]|12[0-9]{3}")

# Verbs and time words inside a phrase: 下岗失业人员实现再就业 → 下岗失业人员再就业.
# (and a 共 "in all" before a verb: 县人民政府网站共发布信息 → 县人民政府网站发布信息)
# (not 累计 in a fund's balance carried over the years: 基金累计结存)
_INSIDE = re.compile(r"(?<=.)(?<!实际)(?:实现|實現|完成|拥有|共有|本年|全年|当年|累计(?!结[余存])|累积|各类"
                     r"|(?<![公总中])共(?=发布|公开|办理|受理|接待|收到|开展|组织|举办|新增|建成|投入))(?=.)(?!率|程度)")
# "A、B等资金" names the quantity after 等; "为企业提供短期流动性支持" the one after 提供 (but not
# in a relative clause: 公立医院提供安宁疗护服务的机构).
_AFTER_LIST = re.compile(r"^[^等]*、[^、]*?等(?=.{2})|^[^的]*?提供(?=[^的]{2,}$)")
# Frames that make a figure refer to a quantity named before it: 完成预算的, 占总支出的, 是2020年的
# (the verb of the frame stands after the 的 before the last one).
_FRAME_VERB = re.compile(r"占|完成|是|相当于|为|较|比|达到|超过|高于|低于|高出|低出")
# Words that make a 、 list a list of clauses rather than of nouns that share one figure.
_NARRATIVE = re.compile(
    r"的|累计|开展|推动|组织|建立|打造|聚焦|包括|完成|实现|加强|推进|落实|排查|强化|提升|优化|新建|建成|惠及|巡"
)
# The plan a percentage is the share of, printed without 的 ("完成调整预算101%", "为年初预算98.5%", "完成任务113%")
_PLAN_REACHED = re.compile(r"(?:全年|当年|累计|共)?(?:完成|为|达到|占)[\u4e00-\u9fff]{0,6}?(?:预算|计划|任务)(?:数)?")
# A relative clause that says who set a planned quantity: 人代会批准的, 省下达的, 调整后的 (the quantity follows).
_APPROVED = re.compile(r"^.*(?:批准|审议通过|通过|下达|核定|确定|调整后|变更后)的")
# the channel a quantity went through, before the quantity's name: "各部门通过政府网站主动公开信息", "利用门户网站…"
# (or through a list of them: "通过县人民政府门户网站、微信、微博共发布…")
_CHANNEL_VERBS = ("通过", "利用", "在", "依托", "借助")
_CHANNEL = re.compile(r"^[^，。；]{0,12}?(?:" + "|".join(_CHANNEL_VERBS) + r")(?:[^，。；、]{0,16}?"
                      r"(?:门户网站|网站|平台|门户|渠道|栏目|公众号|微博|微信|客户端|新媒体)[、和及与]?)+"
                      r"(?:上|中)?(?=[\u4e00-\u9fff]{2})")
# the government whose budget it is, with its year, before the quantity's name: "镇人民政府2023年地方财政…收入"
# (or the department whose budget it is: "…教育体育局部门2020年度一般公共预算财政拨款…")
_OWNER_YEAR = re.compile(r"^[\u4e00-\u9fff]{0,24}?(?:政府|部门|单位)[0-9]{4}年度?(?=[\u4e00-\u9fff]{2})")
_QUANTITY_LAST = frozenset("算入出额数资")
# a meeting that approved the quantity, before its name: "区十八届人大常委会第十九次会议批准"
_MEETING_APPROVED = re.compile(r"^[^，。；]{0,30}?会议(?:审议)?(?:批准|通过|审定)的?")
# A comparison's base printed before the change ("比上年决算数14.94亿元增长3.0%"), not 比重, 比例, 较大, 较快
_BASE = re.compile(r"[比较](?![重例率值较为大好快多少高低])..")
# Words that end the clause of the figure before, up to a 、 ("14个工作日内、"): no part of the next phrase
_AFTER_FIGURE = frozenset({"内", "以内", "之内", "以上", "以下", "左右", "前", "后", "多", "余"})
# Who hands a quantity down, or what a change is put down to, before the quantity's name: "财政部共下达我省2022年",
# "增长的主要原因是"
_FRAME_BEFORE = re.compile(r"^[^，。；、]{0,12}?下达(?:给)?(?:我[省市区县州旗镇乡])?(?:[0-9]{4}年(?:度)?)?的?"
                           r"|^[^，。；]{0,12}?原因(?:是|为)")
_SHARE_NOUN = re.compile(r"(?:比重|占比|比例|份额|贡献率|拉动率|率)$")
# an item that ends in a number, a scale at most after it: a figure whose unit a list left out
_ENDS_IN_FIGURE = re.compile(r"[0-9０-９][万亿千]?$")
# the basis a figure is computed on, standing for the whole clause: "按自然口径计算", "按2021年平均汇率计算"
_BASIS = re.compile(r"按[^，。；]{1,14}(?:计算|核算|测算|折算)|还原[^，。；]{1,14}口径后?")
# what a quantity is counted without, after its name: "扣除留抵退税因素影响", "剔除价格因素后"
_NET_OF = re.compile(r"(?:扣除|剔除)[^，。；]{1,24}?(?:因素|影响|后)+$")
_LAND_TAKEN = re.compile(r"占地(?!区)")  # the land a project takes, 占地(面积), not a share of 地区生产总值
# a share of the whole area with no share noun after it: "制种量占全省" (43%)
_SHARE_OF_WHOLE = re.compile(r"占全(?:省|市|国|区|县|州|盟|旗)$")
# A rate of change compared with another period's: "降幅比1-10月收窄0.9个百分点" (the subject's 降幅)
_RATE_WORDS = frozenset(("增速", "增幅", "降幅", "涨幅", "增长率"))
_RATE_COMPARED = re.compile(
    r"(?:上半年|下半年|半年|全年|当月|本月|累计)*(增幅|降幅|增速|涨幅|跌幅)(?=比|较|高于|低于|高出|低出)")


Clause = tuple[str, bool, bool, str, int, bool, bool, bool, bool, "Change | None", bool]
"""What the words around one figure say about it. A plain tuple, because one is built for every
figure on the parser's hot path; in order:

- ``phrase``: the phrase that names the quantity, "" when the clause names none of its own;
- ``linked``: the clause refers the figure to a quantity named before it (完成预算的, 增加到, 为);
- ``share``: the phrase is a share whose subject stands before it (占GDP的比重, 对经济增长的贡献率);
- ``following``: the noun the figure counts when it follows the figure (新建1个营商服务中心), "" if
  none, ``TOO_LONG`` if one follows that is too long to name;
- ``following_end``: where the next figure's clause may start (after a recipient noun: 为1600余名
  创业者、130余家小微企业发放贷款8.2亿元), else the figure's end;
- ``new_sentence``: a sentence break (。；！？) stands between the previous figure and this one;
- ``sub_item``: 其中 stands between the previous figure and this one;
- ``respectively``: 分别 stands in the clause (分别为…、…);
- ``continuation``: only a list separator (、 和) stands between the previous figure and this one;
- ``change``: the change the words right before the figure state (增长, 较上年减少, 持平);
- ``base``: the figure is the base a comparison names (比上年决算数14.94亿元增长3.0%: the change that follows
  is the subject's, not the base's).
"""


def _unless_note(paren: re.Match[str], window: str) -> str:
    """The parenthesis ``paren`` of ``window`` as it stands in the name, or "" where it is a note (see _SCOPE_NOTE and
    _GLOSS)."""
    inner = paren.group()[1:-1]
    if _SCOPE_NOTE.search(inner) is not None:
        return ""
    if _GLOSS.search(inner) is not None:
        rest = strip_trailing(window[paren.end():])[0]
        return paren.group() if _NAME_GOES_ON.match(rest) is not None and rest not in LEADING_WORDS else ""
    return paren.group()


def _clean(window: str) -> str:
    """The window without footnote markers, scope notes and spaces."""
    if _FOOTNOTE_HINT.search(window) is not None:
        window = _FOOTNOTE.sub("", window)
    if "（" in window or "(" in window:
        window = _PAREN.sub(lambda m: _unless_note(m, window), window)
        # (a note in double brackets leaves the outer pair empty: "玉州辖区((含玉东,下同))生产总值")
        window = window.replace("()", "").replace("（）", "")
        opened = _UNCLOSED.search(window)
        if opened is not None:  # "（一般债务1.2亿元" opens a bracket before the name; "(GDP188.72亿元" one after it
            window = window[1:] if opened.start() == 0 else window[:opened.start()]
            if opened.start() == 0 and window[:1] == "含" and len(window) > 3:
                window = window[1:]  # "(含均衡性转移支付收入166万元": the items a total includes
        elif (inside := _OPEN_INSIDE.search(window)) is not None:
            window = window[inside.end():]  # "排名全市第1位(预期目标为8.5%": the figure's name opens the bracket
    if _SPACE_HINT.search(window) is not None:
        window = _SPACES.sub("", window)
    return window


def read_phrase(window: str, *, whole: bool = True) -> tuple[str, bool, bool, bool, bool]:
    """The indicator phrase of a clause window (no spaces), whether the clause links the figure to
    a quantity named before it, whether the phrase is a share of a subject named before it, whether
    分别 stands in it, and whether the figure is the base a comparison names ("比上年决算数14.94亿元增长3.0%").
    ``whole`` False says the window was cut short of its clause's start (its first word may be cut)."""
    if not window:
        return "", False, False, False, False
    if window in TRAILING_WORDS:  # 增长, 下降, 为, 达到: the usual clause of a change
        return "", True, False, False, False
    if window[0] == "的":  # 年主营业务收入2000万元以上的工业企业增加值: the 的 ties the figure before to the name
        window = window[1:]
        if not window:
            return "", False, False, False, False
    # (城镇、乡村消费品零售额各为…和…; 依次拉动经济增长0.9、1.9、3.3个百分点)
    respectively = "分别" in window or "分別" in window or "各为" in window or "依次" in window
    if window[-1] in "(（":  # "增幅较1-2月(-0.6%)": a figure in brackets after the words it belongs to
        inner = window[:-1]
        if _RATE_COMPARED.match(inner) is not None:  # the rate in the other period: the quantity's growth, a base
            return "", True, False, respectively, True
        phrase, linked, share, respectively, base = read_phrase(inner, whole=whole)
        return phrase, linked, share, respectively, base or (not phrase and linked and compares(inner))
    if window in _RATE_WORDS:  # "…完成220.1亿元,居全市第3位,增速3.1%": the rate of the subject named before
        return window, True, True, respectively, False
    rate = _RATE_COMPARED.match(window) if "幅" in window or "速" in window else None
    if rate is not None:  # the rate of the subject named before: its 增幅, 降幅
        return rate.group(1), True, True, respectively, False
    phrase = window
    framed = False
    if phrase.endswith("的"):
        last = len(phrase) - 1
        verb = _FRAME_VERB.search(phrase, phrase.rfind("的", 0, last) + 1, last)
        if verb is not None:  # 民生支出占一般公共预算支出的 → 民生支出; 完成预算的 → (the subject)
            phrase, framed = phrase[:verb.start()], True
    if "下达" in phrase or "原因" in phrase:
        frame = _FRAME_BEFORE.match(phrase)
        if frame is not None and frame.end() < len(phrase):  # 省财政厅下达我市2025年新增债务限额 → 新增债务限额
            phrase = phrase[frame.end():]
    if phrase and (phrase[0] in LEADING_FIRST or phrase[0] in "占对"):
        phrase, linked, opener = strip_leading(phrase)
    else:
        linked, opener = False, ""
    share = False
    trailed = False
    phrase = strip_per_base(strip_from_level(phrase))
    if phrase and (phrase[-1] in TRAILING_LAST or compares(phrase)):
        phrase, trailed = strip_trailing(phrase)
        if trailed:
            phrase, more, _ = strip_leading(phrase)
            linked = linked or more
    linked = linked or framed or trailed
    base = _BASE.match(phrase) is not None
    if base:  # 比上年决算数: the quantity compared with, named without the 比
        phrase = strip_leading(phrase[1:])[0]  # (比上年同期支出: the quantity without the time it is of, 支出)
        if not phrase:  # 比2010年第六次全国人口普查: a time compared with names no quantity
            phrase, base, linked = "", False, True
    if opener and _SHARE_NOUN.search(phrase) is not None:
        share = True
        if not phrase.startswith(opener):
            phrase = opener + phrase
    elif (opener == "占" or phrase[:1] == "占") and not _LAND_TAKEN.match(phrase):
        # 占GDP: a share without its noun is the subject's (占地500亩 is the land a project takes)
        phrase, linked = "", True
    if phrase == "实际" or phrase == "实际执行":  # 预算250亿元，实际完成234亿元: the budgeted quantity
        return "", True, False, respectively, False
    if "会议" in phrase and (met := _MEETING_APPROVED.match(phrase)) is not None and met.end() < len(phrase):
        # 区第十八届人大常委会第十九次会议批准收入调整预算 → 收入调整预算 (…会议批准全旗…收入 → …收入)
        phrase = strip_leading(phrase[met.end():])[0]
    if "的" in phrase and phrase[-1] in _QUANTITY_LAST:
        approved = _APPROVED.search(phrase)
        if approved is not None:  # 人代会批准的2025年全市一般公共预算收入预算 → 一般公共预算收入预算
            phrase = strip_leading(phrase[approved.end():])[0]
    if (len(phrase) > 6 and any(verb in phrase for verb in _CHANNEL_VERBS)
            and (channel := _CHANNEL.match(phrase)) is not None):
        phrase = strip_leading(phrase[channel.end():])[0]
    if ("政府" in phrase or "部门" in phrase or "单位" in phrase) and (owner := _OWNER_YEAR.match(phrase)) is not None:
        phrase = phrase[owner.end():]
    if "扣除" in phrase or "剔除" in phrase:
        net = _NET_OF.search(phrase)
        if net is not None:  # 一般公共预算收入扣除政策性减收因素后: the quantity, whatever is left out of it
            phrase = phrase[:net.start()]
            linked = linked or not phrase
    if phrase[:1] in "按还" and _BASIS.fullmatch(phrase) is not None:
        # 按自然口径计算下降32.89%, 还原留抵退税口径后增长3.4%: the quantity named before, on another basis
        phrase, linked = "", True
    if "占全" in phrase:
        area = _SHARE_OF_WHOLE.search(phrase)
        if area is not None and area.start() >= 2:  # 制种量占全省43%: the subject's share, named by the subject
            phrase = phrase[:area.start()]
    if len(phrase) > 3:
        if ("实现" in phrase or "完成" in phrase or "拥有" in phrase or "共" in phrase or "年" in phrase
                or "累计" in phrase or "各类" in phrase or "實現" in phrase or "累积" in phrase):
            phrase = _INSIDE.sub("", phrase)
        for _ in range(2):  # 依托A、B等载体提供公益法律服务 → 公益法律服务
            after = _AFTER_LIST.match(phrase) if "等" in phrase or "提供" in phrase else None
            if after is None:
                break
            phrase = phrase[after.end():]
        first_item = phrase.find("、")
        if first_item >= 0 and phrase[:first_item] in _AFTER_FIGURE:
            phrase = phrase[first_item + 1:]  # 报告书14个工作日内、报告表7个工作日: "内" ends the figure before
        cut = _last_list_mark(phrase)
        if cut >= 0:  # 水费、电费 share one figure; 加强排查、物资保障 are two clauses
            listed = respectively and whole and len(phrase) <= 2 * MAX_PHRASE
            if ((cut > 12 and not listed) or _NARRATIVE.search(phrase, 0, cut) is not None
                    or _ENDS_IN_FIGURE.search(phrase, 0, cut) is not None):
                phrase = phrase[cut + 1:]  # (an item ending in a figure, its unit left out: "大畜3.3万、大畜改良率")
            elif listed:  # a 分别 list, shared out among its figures ("二氧化硫、…、细颗粒物年均浓度分别为…")
                return phrase, linked, share, respectively, base
    return _last_words(phrase), linked, share, respectively, base


def _last_list_mark(phrase: str) -> int:
    """Where the last 、 of ``phrase`` stands outside brackets (not the one of "县(市、区)上解收入"), or -1."""
    cut = phrase.rfind("、")
    if cut < 0 or ("(" not in phrase and "（" not in phrase):
        return cut
    depth = 0
    for at in range(len(phrase) - 1, -1, -1):
        char = phrase[at]
        if char in ")）":
            depth += 1
        elif char in "(（":
            depth = max(0, depth - 1)
        elif char == "、" and depth == 0:
            return at
    return -1


def _last_words(phrase: str) -> str:
    """A phrase as long as an indicator may be: its last ``MAX_PHRASE`` characters, from after the year or the
    bracket that ends its subject where one falls in them ("…集中区(管委会)2024年一般公共预算支出预算" → "一般
    公共预算支出预算"), never opening inside a word or a bracket ("委会)2024年…")."""
    if len(phrase) <= MAX_PHRASE:
        return phrase
    start = len(phrase) - MAX_PHRASE
    boundary = _SUBJECT_END.search(phrase, start - 1)
    while boundary is not None and (after := _SUBJECT_END.match(phrase, boundary.end())) is not None:
        boundary = after  # (the bracket, then the year: "(管委会)2024年")
    return phrase[boundary.end():] if boundary is not None and len(phrase) - boundary.end() >= 4 else phrase[start:]


_SUBJECT_END = re.compile(r"[0-9]{4}年度?|[）)]")


# Where the noun after a figure ends: punctuation or a digit, or a word that starts a predicate.
_STOP_CHARS = "，。；：！？、,;:!?（）()\n\r0-9０-９"
_STOPS = """
    等 成为 实现 通过 进行 得到 获得 获评 获 入选 完成 开展 参加 参与 提供 形成 达到 的 在 以及 对(?![象接口外话照])
    向 将 按 投入 用于 比 较 同比 增长 下降 成功 被 纳入 列入 覆盖 办理 顺利 实施 建成 开工 落地 投产 竣工 运营 签约
    发放 减免 享受 受益 惠及 带动 拉动 撬动 支持 帮助 全部 均 都 已 基本 率先 超(?!市|声|导|高|大|级|长)
    约(?=[0-9０-９]) 近(?=[0-9０-９]) 达(?![标成]) 增加 减少 提高 降低 上升 升高 扩大 缩小 到 至(?!今) 建设 分别 中有
    是(?!否) 降至 降到 升至 升到 出现 全面(?!小康) 共计
"""
_STOP_WORDS = _STOPS.split()
_FOLLOWING_STOP = re.compile(f"[{_STOP_CHARS}]|" + "|".join(_STOP_WORDS))
# The characters a stop can start with: a fast scan finds where to try the alternation.
_STOP_FIRST = re.compile("[" + _STOP_CHARS + "".join(sorted({w[0] for w in _STOP_WORDS})) + "]")


# a character or two in brackets inside a noun, the noun going on behind it: "专(兼)职", "乡(镇)中心幼儿园"
_INNER_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）](?=[\u4e00-\u9fff])")


def _stop(window: str) -> re.Match[str] | None:
    """Where the noun at the start of ``window`` ends (建设 ends it only after a noun: 项目建设)."""
    pos = 0
    while True:
        first = _STOP_FIRST.search(window, pos)
        if first is None:
            return None
        m = _FOLLOWING_STOP.match(window, first.start())
        pos = first.start() + 1
        if m is None or (m.start() == 0 and m.group() == "建设"):
            continue
        if m.start() > 0 and m.group() in "(（" and (inner := _INNER_BRACKET.match(window, m.start())) is not None:
            pos = inner.end()  # a character or two in brackets inside the noun: 专(兼)职工作人员
            continue
        return m


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
TOO_LONG = "\x00"
"""What ``following_noun`` returns for a noun too long to tell where it ends: the figure counts a
noun of its own, so it takes no other figure's indicator."""
# Words before a count of recipients: 为1600余名创业者、130余家小微企业发放贷款8.2亿元 (the loans'
# clause is 发放贷款, not 小微企业发放贷款).
_RECIPIENT = ("为", "向", "给", "对", "帮助", "支持", "扶持", "、")
SEPARATORS = frozenset({"、", "和", "及", "与", "以及", "或"})
"""What alone may stand between two figures of one list ("85万吨、120万吨", "4.8%和4.4%")."""
_NO_NOUN = frozenset("的，。；、,;")  # what, right after a figure, shows that no noun follows it
_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")
_SPAN_WORDS = ("连续", "仅用", "仅", "只用", "用了")  # (before a span that names no quantity: 连续5年, 仅用15天)
# verbs of building and growing that name no quantity alone: the figure after one measures the noun that follows it
# (建800平方米堆肥厂6座 → 堆肥厂, 铺设5公里污水管网, 发展100亩以上种粮大户18个 → 种粮大户)
_BARE_VERBS = frozenset(("建", "修", "种", "栽", "装", "购", "铺", "发展", "建设", "修建", "改建", "扩建",
                         "种植", "栽植", "购置", "安装", "铺设", "硬化", "打造", "培育"))
CLASSIFIERS = frozenset("个個家户名位座所间套栋台辆条份项处批张支队组种本篇部片棵只场期次件块例")


def following_noun(text: str, end: int) -> tuple[str, int]:
    """The noun right after a figure ("新建1个营商服务中心" → 营商服务中心, "10个“两重”项目" →
    “两重”项目) and where it ends; ("", end) when none follows, when it is too long to tell where
    it ends, or when a number follows it (举办活动1800余场服务2600余万人次: 服务 is a verb)."""
    window = text[end:end + 30]
    if not window or window[0] in _NO_NOUN:
        return "", end
    head = ""
    if window[0] == "“":
        quoted = _QUOTED_NAME.match(window)
        if quoted is not None:
            head, window = quoted.group(), window[quoted.end():]
    stop = _stop(window)
    cut = window if stop is None else window[:stop.start()]
    phrase = _SPACES.sub("", cut) if _SPACE_HINT.search(cut) is not None else cut
    if stop is not None and stop.group() in _DIGIT_CHARS and not head and len(phrase) <= 2:
        return "", end
    if len(phrase) > 16:
        return (head, end + len(head)) if head else (TOO_LONG, end)
    noun = head + phrase.rstrip("和及与或")
    if len(noun) < 2:
        return "", end
    return noun, end + len(head) + len(cut)


def clause_before(text: str, at: int, reach: int) -> str | None:
    """The words from the last clause break before ``at`` (or the text's start) up to ``at``; None when no break
    stands within ``reach`` characters and the text starts further back (the clause is too long to read)."""
    lo = max(0, at - reach)
    before = text[lo:at]
    last = _LAST_BREAK.search(before)
    if last is not None:
        return before[last.start() + 1:]
    return before if lo == 0 else None


def _bracket_opened(text: str, closed: int) -> str:
    """The words of the clause a bracket closed at ``closed`` stands in, up to the bracket ("增幅较1-2月" of
    "增幅较1-2月(-0.6%)"); "" when no bracket opens shortly before or the clause is too long to read."""
    at = max(text.rfind("(", max(0, closed - 16), closed), text.rfind("（", max(0, closed - 16), closed))
    return "" if at < 0 else clause_before(text, at, 20) or ""


def _after_bare_number(window: str) -> str:
    """The window from behind the last bare number in it, which no figure took, or the whole window."""
    start = 0
    for bare in _BARE_NUMBER.finditer(window):  # (the last that is bare)
        if (window[bare.end()] not in _NUMBER_WORD and unit_at(window, bare.end()) is None
                and _SERVICE_NUMBER.fullmatch(bare.group()) is None):
            start = bare.end()
    return window[start:]


def read_clause(text: str, start: int, end: int, previous_end: int, classifier: bool) -> Clause:
    """The clause of the figure at ``start:end`` of ``text``; the previous figure ends at
    ``previous_end`` (0 for the first)."""
    lo = max(previous_end, start - WINDOW)
    window = text[lo:start]
    if lo > previous_end and (")" in window or "）" in window):  # (notes in brackets, which _clean drops, take no room)
        lo = max(previous_end, lo - _NOTE_ROOM)
        window = text[lo:start]
    last = _LAST_BREAK.search(window)
    if last is None and lo > previous_end and ("分别" in window or "分別" in window):
        # a 分别 list longer than the window ("食品烟酒类、生活用品及服务类、…和其他用品及服务类分别上涨…"): read
        # from its clause's start, so that its items can be shared out
        wider = text[max(previous_end, start - 2 * WINDOW):start]
        if (opened := _LAST_BREAK.search(wider)) is not None:
            lo, window, last = start - len(wider), wider, opened
    if last is not None:
        window = window[last.start() + 1:]
    elif previous_end and window[:1] in ")）" and lo == previous_end:
        window = _bracket_opened(text, previous_end) + window[1:]  # "增幅较1-2月(-0.6%)提高18.0个百分点": the
        # clause goes on after the bracket
    if _BARE_NUMBER.search(window) is not None:
        window = _after_bare_number(window)
    if window[-1:] in "为达是)）" and (named := _NAMED_IN_BRACKETS.search(window)) is not None:
        window = named.group("name")
    if previous_end and (last is not None or lo > previous_end):  # else no break stands between the two
        new_sentence = _SENTENCE_BREAK.search(text, previous_end, start) is not None
        sub_item = text.find("其中", previous_end, start) >= 0
    else:
        new_sentence = sub_item = False
    if window and _CLEAN_HINT.search(window) is not None:
        if "）" in window or ")" in window:  # a break may stand inside a scope note: clean, then cut
            window = _clean(text[lo:start])
            last = _LAST_BREAK.search(window)
            if last is not None:
                window = window[last.start() + 1:]
        else:
            window = _clean(window)
    following, following_end = "", end
    if classifier and text[end:end + 1] not in _NO_NOUN:
        following, following_end = following_noun(text, end)
    if not window:  # right after a clause break: "31处，约2.6万平方米"
        change = None
        continuation = previous_end > 0 and last is None
        phrase, linked, share, respectively, base = "", previous_end > 0, False, False, False
    else:
        change = change_in(window) if window[-1] in CHANGE_LAST or compares(window) else None
        if change is None and falls_against(window, text[start:end]):
            change = "decrease"
        # 分别为85万吨、120万吨 (and 分别增长2.1%、下降1.2%: each item may print its own change)
        continuation = previous_end > 0 and last is None and (
            window in SEPARATORS or (window[0] in "、和及与" and window[1:] in TRAILING_WORDS))
        if window[-1] == "、" and not continuation:  # 建立屋长负责、24小时…: a list of clauses
            window = ""
        if window.endswith(_SPAN_WORDS):  # 连续5年保持西北第一, 仅用15天就控制住疫情: a span, no more
            return ("", False, False, "", end, new_sentence, sub_item, False, continuation, change, False)
        if window.endswith("提供"):  # 为老年学员提供150余课时辅导: what is provided follows the figure
            phrase, linked, share, respectively, base = "", False, False, False, False
        elif text[end - 1] in "%％" and _PLAN_REACHED.fullmatch(window) is not None:
            # 收入完成47.98亿元,完成调整预算101%: the share of its plan the quantity before reached
            phrase, linked, share, respectively, base = "", True, False, False, False
        elif following or window in TRAILING_WORDS:  # 新建1个营商服务中心; 增长, 下降, 为, 达到
            phrase, linked, share, respectively, base = "", not following, False, False, False
        else:
            whole = last is not None or lo == previous_end  # (the window starts where its clause does)
            phrase, linked, share, respectively, base = read_phrase(window, whole=whole)
    # (a noun named after the figure where the words before it name none: 提供230余课时服务, 北洲子等37.47公里干线公路,
    # 建800平方米堆肥厂6座)
    names_after = window.endswith("等") or phrase in _BARE_VERBS
    if not following and ((not phrase and change is None) or names_after):
        following, following_end = following_noun(text, end)
        if following and names_after:
            phrase = ""
    if not following and (not window or window in SEPARATORS) and text[end:end + 1] == "的":
        # "…乡镇, 2万公顷的耕地和1万公顷的林地": a figure that opens its clause measures the noun after its 的
        noun, noun_end = following_noun(text, end + 1)
        if noun and noun != TOO_LONG:  # (the noun is no part of the next figure's clause: "和1万公顷的林地")
            return ("", False, False, noun, noun_end, new_sentence, sub_item, False, continuation, change, False)
    if not window.endswith(_RECIPIENT):
        following_end = end  # the noun stays in the next figure's clause unless it was a recipient
    return (phrase, linked or continuation, share, following, following_end, new_sentence, sub_item,
            respectively, continuation, change, base)


__all__ = [
    "CLASSIFIERS", "MAX_PHRASE", "SEPARATORS", "TOO_LONG", "WINDOW", "Clause", "clause_before", "following_noun",
    "read_clause", "read_phrase",
]
