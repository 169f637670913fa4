"""Stage 3a: what a single line is, judged on its own: furniture, metadata, byline, salutation,
caption mark, numbered label, sentence ends. Every function here is pure and looks at one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..numbering import CIRCLED, ENCLOSED, parse_label
from .normalise import CJK, clean_and_doubled
from .source import SourceLine, lines_from_text


@dataclass(slots=True)
class Line:
    """A non-blank line ready for the parser: where it stood, its clean text, the blank lines before it,
    and the source line it came from (with what the reader knew: level, style, bold, table cells)."""

    number: int  # 1-based position in the input (the source line's origin)
    raw: str
    text: str
    indent: int
    gap: int  # blank lines between this line and the previous non-blank one
    doubled: bool
    source: SourceLine | None = None
    wrapped: tuple[Line, ...] = ()  # a line joined from lines the layout wrapped: those lines (wraps.py)

    @property
    def whole(self) -> bool:
        """Whether the line is a whole paragraph of its file (a Word paragraph, which carries its style):
        no layout wrapped it, so it is never joined to the lines around it."""
        return self.source is not None and self.source.style is not None


_OPENERS = frozenset("（(【［[“‘《〈「『")


def clean_lines(source: Iterable[SourceLine]) -> list[Line]:
    """Clean every source line; a line that cleans to nothing counts as one more blank line.

    A line that is nothing but an opening bracket or quote was cut from the line below it (the
    label "（三）" printed as "（" at the end of one line and "三）…" at the start of the next): it is
    put back in front of that line.
    """
    out: list[Line] = []
    gap = 0
    opener: Line | None = None
    bold = False  # the line before was drawn twice throughout: a short rest of it may be below (fake bold)
    for line in source:
        gap += line.blank_before
        after_bold = bold and gap <= 1  # (a blank line between: a page break)
        clean, doubled = clean_and_doubled(line.text, after_bold=after_bold)
        if not clean:
            gap += 1
            bold = False
            continue
        bold = doubled
        if opener is not None:
            clean = opener.text + clean
            out.append(Line(opener.number, opener.raw, clean, opener.indent, opener.gap, doubled, line))
            opener = None
            gap = 0
            continue
        current = Line(line.origin, line.text, clean, line.indent, gap, doubled, line)
        gap = 0
        if len(clean) == 1 and clean in _OPENERS:
            opener = current
            continue
        out.append(current)
    if opener is not None:
        out.append(opener)
    return out


def split_lines(text: str) -> list[Line]:
    """Split decoded text into clean non-blank lines, remembering gaps and original line numbers."""
    return clean_lines(lines_from_text(text))


# ---- sentence ends -------------------------------------------------------------------------------

_CLOSERS = "”’」』）)》】"
_FINAL = "。！？!?…"
_SOFT_FINAL = "；;：:"
_OPEN_END = "，,、（(“‘《【「『—-/"


def core_end(text: str) -> str:
    """The last character of a line once closing quotes and brackets are set aside."""
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


# the time words that open a report's text, a comma after them ("一年来，", "过去一年,")
_TIME_OPENERS = "过去一年|过去五年|一年来|一年以来|今年以来|近年来|五年来"
# Subjects and discourse markers that open a sentence of the text, never a title or a heading.
_DISCOURSE_OPENER = re.compile(
    rf"^(?:我们|我区|我市|我县|我镇|我乡|我省|我街道|{_TIME_OPENERS}|同时|此外|另外"
    r"|全年|年末|年初|目前|当前|截至[^，,。]{1,8})[，,]")
DUTY = r"(?:牵头|责任|主责|配合|协办|参与|主办|承办)(?:单位|部门|领导|科室)"
# the key of a note of a notice's attachments under its last sentence ("附件:2023年…分解表", "附件：1.…")
ATTACHMENT_KEY = r"附件[0-9]{0,2}[ \u3000]*[：:][ \u3000]*"
"""The departments that answer for a task ("牵头部门", "责任单位"), as a pattern's source: a task's note, no topic."""


def opens_discourse(text: str) -> bool:
    """Whether a line opens with a subject or discourse marker and a comma ("我们，", "一年来，"): the start
    of a sentence of the text, which goes on below when the line stops short (a heading never opens so)."""
    return _DISCOURSE_OPENER.match(text) is not None


# a time word that opens a report's text, a comma after it, run into the heading above where a copy lost the break
# ("一、2018年工作回顾过去一年,在县委…", "(一)调结构、促转型,经济发展提档升级一年来,我们…")
# (or its year and the body that speaks: "主动公开2023年我局主动公开…")
_GLUED_OPENER = re.compile(rf"(?<=[\u4e00-\u9fff])(?:(?:{_TIME_OPENERS})[，,]"
                           r"|(?:19|20)[0-9]{2}年度?[，,]?我(?:局|县|市|区|镇|乡|委|办|街道|单位))")
_GLUED_TITLE_MIN = 4  # the fewest characters a heading keeps before it ("回顾过去一年," is a sentence's start)
_GLUED_REACH = 48
_STOP_BEFORE = re.compile(r"[。！？!?；;：:]")


def glued_heading(text: str) -> int | None:
    """Where the text starts in a label's rest whose heading runs into the text's first time word, no mark between
    ("2018年工作回顾过去一年,…" → 9, "主动公开2023年我局…" → 4), where no sentence ends before it; None for any
    other."""
    if "年" not in text[:_GLUED_REACH]:  # (the cheap test first: every opener holds 年)
        return None
    match = _GLUED_OPENER.search(text, _GLUED_TITLE_MIN, _GLUED_REACH)
    if match is None or _STOP_BEFORE.search(text, 0, match.start()) is not None:
        return None
    return match.start()


def ends_sentence(text: str) -> bool:
    """True when the line ends a sentence (。！？……, possibly followed by closing quotes); an ellipsis ends one
    printed whole ("……"): a lone "…" at the end of a line is half of one, or a mark inside a sentence."""
    end = core_end(text) if text else ""
    return end in _FINAL and (end != "…" or text.rstrip(_CLOSERS).endswith("……"))


def ends_softly(text: str) -> bool:
    """True when the line ends with ；or ：, which may or may not end a paragraph."""
    return bool(text) and text[-1] in _SOFT_FINAL


def ends_open(text: str) -> bool:
    """True when the line plainly stops mid-sentence: a comma, an opening bracket, a digit."""
    return bool(text) and (text[-1] in _OPEN_END or text[-1].isdigit() or text[-1] == ".")


_PAIRS = (("《", "》"), ("（(", "）)"), ("“", "”"))  # (a parenthesis half- and full-width: "（三)", swapped)


def unclosed(text: str) -> bool:
    """True when a line opens a bracket or quote it does not close ("《关于…情况" broken before "…报告》"): it
    stops inside a title or a parenthesis, mid-sentence."""
    return any(sum(map(text.count, opening)) > sum(map(text.count, closing)) for opening, closing in _PAIRS)


def closes_unopened(text: str) -> bool:
    """True when a line closes a round bracket before it opens one ("2023年)"): the rest of a parenthesis a break cut
    from the line above, its opening lost with the break."""
    close = min((at for at in (text.find(")"), text.find("）")) if at >= 0), default=-1)
    return close >= 0 and not any(mark in text[:close] for mark in "(（")


def visible_length(text: str) -> int:
    """Length in characters, spaces not counted."""
    return len(text) - text.count(" ")


# ---- labels ---------------------------------------------------------------------------------------

_LABEL = re.compile(
    r"(?P<label>第[零〇一二两三四五六七八九十百]+(?:部分|章|节)"
    r"|[零〇一二三四五六七八九十百]+、"
    r"|[（(][零〇一二三四五六七八九十百]+[）)]"
    r"|[1-9][0-9]{0,2}(?:[.．](?![0-9])|、)"
    r"|[（(][1-9][0-9]{0,2}[）)]"
    f"|[{CIRCLED}{ENCLOSED}]"
    r"|[●○■◆◇►▶•])\s*"
)


@dataclass(frozen=True)
class Labelled:
    """A line that starts with a heading label: the label as printed, its family and number, the rest."""

    label: str
    family: str
    number: int | None
    rest: str


def split_label(text: str) -> Labelled | None:
    """Split a leading heading label off a line ("（一）区域规划…" → "（一）", "区域规划…")."""
    match = _LABEL.match(text)
    if match is None:
        return None
    label = match.group("label")
    parsed = parse_label(label)
    rest = text[match.end():].strip()
    if parsed is None or not rest:
        return None
    return Labelled(label, parsed.family, parsed.number, rest)


# ---- furniture, metadata and special lines --------------------------------------------------------

SECTION_NUMBER = re.compile(r"(?P<top>[1-9][0-9]?)(?P<sub>(?:[.．][0-9]{1,2}){1,3})?(?![0-9.．])")
"""A section's number at a line's start in a plan numbered 1 / 1.1 / 1.1.1 ("1总则", "1.1 编制目的", "1.2.1按照…"),
which no numbering family holds: its top number, and the rest when it has one."""
COMMA = re.compile("[，,]")
"""A comma, full-width or ASCII: where a clause ends inside a sentence."""
SECTION_NUMBER_FIRST = frozenset("123456789")
"""What a plan's section number opens with: the cheap test before ``SECTION_NUMBER``."""
CONTENTS_HEAD = re.compile(r"^(?:目[ \u3000?？\ufffd]*录|提纲)(?:[/／](?:目录|提纲))?[:：]?[…．.]*$")
"""The heading of a table of contents ("目录", "目    录", a lost space shown as "目? 录", a selling site's
"目录/提纲:……"): no heading of the text, nor part of a title block."""
CONTENTS_ENTRY = 40
"""The longest entry of a table of contents: a heading's title."""
_UNIT_NOTE = re.compile(r"[（(]?(?:计量)?单位[：:][ \u3000]*[^\s，。；,;]{1,12}[）)]?")
_UNIT_NOTE_FIRST = frozenset("单计（(")


def is_unit_note(text: str) -> bool:
    """True for a table's or a chart's unit alone on its line ("单位:万元", "单位:亿元、%", "（单位：元）"): a note of
    its own, never a heading, a caption, nor part of the line above."""
    return text[:1] in _UNIT_NOTE_FIRST and _UNIT_NOTE.fullmatch(text) is not None


PUBLICATION_NOTE = re.compile(r"^[（(]此件.{1,10}[）)]$")
"""A notice's note of how it is published ("（此件公开发布）"), below or beside its signature: text, never a heading."""

_FURNITURE = (
    re.compile(r"^[0-9]{1,3}(?:[、,，\-—][0-9]{1,3})*\s*[\u4e00-\u9fff]{0,4}$"),  # "04、05 专题", "8"
    re.compile(r".*[·•]{2,}$"),  # "凉城··" page header
    re.compile(r"^[—\-－ ]*第?\s*[0-9]+\s*页?[—\-－ ]*$"),  # "— 1 —", "第 3 页"
    # a page marker an extraction tool wrote ("[PAGE 2]", "Page 3 of 16"), a chart's axis unit left alone ("%")
    re.compile(r"^\[\s*(?:PAGE|Page|page)\s*[0-9]+\s*\]$|^(?:PAGE|Page)\s*[0-9]+(?:\s*(?:of|/)\s*[0-9]+)?$|^[%％‰]$"),
    # a QR blurb is short and no sentence: "扫描二维码", "扫码关注", but not "扫描二维码即可预约，…"
    re.compile(r"^(?:扫描|扫码|扫一扫|长按|识别)[^，。；！？,;!?]{0,12}$|^二维码$|^关注[“\"][^，。；！？]*[”\"]$"),
    re.compile(r"^[A-Z][A-Z0-9 &'.,\-]{3,}$"),  # "SHANGHAI COMMUNITY NEWS"
    re.compile(r"^(?:\S\s*/\s*){3,}\S$"),  # "自 / 家 / 门 / 口"
    re.compile(r"^本期\s*[0-9]+\s*版.*$|^下期出版.*$|^第\s*[0-9]+\s*版.*$"),
    re.compile(r"^(?:相关稿件|相关链接|相关新闻|相关阅读|更多阅读|附件下载|打印本页|关闭窗口|分享到|责任编辑|编辑|审核|校对)"
               r"(?:\s*[:：]\s*|\s+)?(?:(?<=[:：\s])[^，。；！？,;!?]{0,12})?$"),  # "编辑出版社区报12期。" is body
    re.compile(f"^[{CJK}]{{1,2}}$"),  # a column label such as "聚焦"
)


# all of them in one pattern: one match call per line instead of one per pattern; the leader dots ("凉城··"),
# which would make the engine run over every line to its end, are tested by the line's last characters
_LEADERS = _FURNITURE[1]
_ANY_FURNITURE = re.compile("|".join(f"(?:{p.pattern})" for p in _FURNITURE if p is not _LEADERS))
_TWO_LEADERS = frozenset(("··", "·•", "•·", "••"))


# the two-character names of a bulletin's sections and a set of rules' chapters ("综合" over a bulletin's first
# figures, "总则"): headings, where another two characters alone on a line are a column's label ("聚焦")
_SECTION_NAMES = frozenset((
    "综合", "綜合", "农业", "農業", "工业", "工業", "人口", "就业", "就業", "价格", "價格", "财政", "財政", "金融",
    "外贸", "外貿", "旅游", "公路", "水路", "铁路", "鐵路", "民航", "总则", "總則", "附则", "附則",
))


def is_furniture(text: str) -> bool:
    """True for page furniture: running heads, page numbers, column labels, QR blurbs, mastheads."""
    if _ANY_FURNITURE.match(text) is not None:
        return text not in _SECTION_NAMES
    if "\n" in text:  # (never in a line of text; a reader's line might hold one, where "$" works otherwise)
        return _LEADERS.match(text) is not None
    return text[-2:] in _TWO_LEADERS


_ISSUE = re.compile(r"第\s*([0-9]+)\s*期")


def issue_of(text: str) -> str | None:
    """The issue number in a masthead line ("本期 8 版 第 42 期" → "第42期")."""
    match = _ISSUE.search(text)
    return f"第{match.group(1)}期" if match else None


_PUBLICATION = re.compile(f"^[{CJK}]{{2,8}}(?:晨报|晚报|日报|周报|简报|月报|社区报|报|通讯|快讯|月刊|周刊|期刊)$")
# (not a notice's title broken after its verb: "××办公室 关于印发" / "《××方案》的通知")
_ISSUER_LINE = re.compile(r"^(?P<who>(?:(?!关于).){4,40}?)(?:联合)?(?:主办|出版|编印|编辑出版|承办|印发)$")


def publication_of(text: str) -> str | None:
    """A masthead name such as 社区晨报."""
    return text if _PUBLICATION.match(text) else None


def issuer_of(text: str) -> str | None:
    """The publisher in a masthead line ("老西门街道党工委、办事处联合出版" → "老西门街道党工委、办事处")."""
    match = _ISSUER_LINE.match(text)
    return match.group("who") if match else None


_BYLINE = re.compile(
    r"^(?P<mark>[□■◇◆○])?\s*(?P<body>(?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员|撰稿|撰文|文字|文|图|摄影|摄|作者|供稿|编辑)"
    r"(?:\s*[/／:：|丨]\s*|\s+)[^\s，。！？；：,;:!?（）()“”]{1,8}(?:\s+[^\s，。！？；：,;:!?（）()“”]{1,8}){0,5})$"
)


def byline_of(text: str) -> str | None:
    """The byline of a line such as "□记者 武 钢", normalised to "记者 武钢", or None.

    A byline needs a leading □ or a separator after the role word, so body text that starts with
    文 or 图 is not taken for one. The padding space inside a two-character name goes.
    """
    match = _BYLINE.match(text)
    if match is None:
        return None
    body = match.group("body")
    if match.group("mark") is None and not re.search(r"[\s/／:：|丨]", body):
        return None
    parts = re.split(r"(\s*[/／:：|丨]\s*|\s+)", body, maxsplit=1)
    role, separator, names = parts[0], parts[1], parts[2]
    tokens = names.split()
    if len(tokens) > 1 and all(len(t) == 1 for t in tokens):
        names = "".join(tokens)
    separator = separator if separator.strip() else " "
    return f"{role}{separator}{names}"


_SALUTATION = re.compile(
    r"^(?:各位|尊敬的|亲爱的|同志们|女士们|代表们)[^。！？!?]{0,24}[：:]$"
    # a notice's addressees: "各乡镇人民政府，县级有关部门："
    r"|^各[^。！？!?：:]{1,80}[，,、][^。！？!?：:]{1,80}[：:]$"
    r"|^(?:主任|委员长|主席)[、，,][^。！？!?]{0,30}各位委员[：:]$"  # (a standing committee: "主任、各位副主任、…")
    # the body a report is made to: "城区人大常委会：", "市人民代表大会常务委员会："
    r"|^[^。！？!?，,：:\s]{0,16}(?:人大常委会|人民代表大会常务委员会|常委会)[：:]$")


ADDRESSED_ENDS = ("常委会：", "常委会:", "常务委员会：", "常务委员会:")
"""How a line addressed to a standing committee ends ("城区人大常委会："): a salutation whatever it opens with."""


# the formula that closes a report or a notice ("专此报告，请予审查批准。", "特此通知。"): no heading, no lead
CLOSING = re.compile(r"^(?:专此报告|特此报告|以上报告|特此通知|特此通告|特此公告|特此函告|特此批复|特此证明|以上意见)")


def is_salutation(text: str) -> bool:
    """True for a form of address on its own line: "各位代表：", "各位代表、同志们：", a notice's addressees."""
    return bool(_SALUTATION.match(text))


_CAPTION_MARK = re.compile(r"^[▲△]\s*(?P<text>.+)$")
# a figure's or a table's caption standing alone, its chart or table left out ("图1 2021-2025年地区生产总值及增速",
# "表2 2025年居民消费价格比上年涨跌幅度"): a short title, no sentence
_NUMBERED_CAPTION = re.compile(
    r"^(?:附表|附图|表|图)\s*[0-9０-９]{1,2}(?:[-－—.．][0-9０-９]{1,2})?(?:[：:\s]\s*|(?=[^\s0-9０-９]))"
    r"[^，。；：,;:！？!?]{2,50}$"
    # (or in brackets, "（图1：收、支决算总计变动情况图）")
    r"|^[（(](?:附表|附图|表|图)\s*[0-9０-９]{1,2}[：:\s]\s*[^，。；：,;:！？!?（）()]{2,50}[）)]$")


# a photo's caption ends with who took it ("…作政府工作报告。本报记者 戴冰摄", "…（王明 摄）")
_PHOTO_CREDIT = re.compile(r"(?:记者|通讯员|摄影)[^。，；,;]{1,12}摄[）)]?$|[（(][^（）()。，]{2,20}摄[）)]$")
PHOTO_CREDIT_ENDS = ("摄", "摄）", "摄)")
"""How a line with a photographer's credit ends (tested before the pattern)."""


def without_row_bars(text: str) -> str:
    """A caption without the empty cells a copied table row left behind it ("表1:…及其构成 | |||" → "表1:…及其构成")."""
    return text.rstrip(" \t|｜")


def caption_mark(text: str) -> str | None:
    """The caption text of a line marked with ▲ or △, the way newspapers print captions, of a figure's or
    table's numbered caption standing alone ("图1 2021-2025年地区生产总值及增速": the whole line), or of a photo's
    caption ending with its photographer's credit (the whole line); a numbered caption in brackets, its chart left
    out ("（图1：收、支决算总计变动情况图）"), is the words inside them; the bars of a copied table row behind a caption
    ("表1:…及其构成 | |||") are none of it."""
    first = text[:1]
    if first in "▲△":
        match = _CAPTION_MARK.match(text)
        return match.group("text") if match else None
    if first in "图表附（(" and _NUMBERED_CAPTION.match(text) is not None:
        # (a caption in brackets is the words inside them; the empty cells a copied table row left behind one go)
        return text[1:-1] if first in "（(" else without_row_bars(text)
    if text.endswith(PHOTO_CREDIT_ENDS) and len(text) <= 80 and _PHOTO_CREDIT.search(text) is not None:
        return text
    return None


_POSITION_MARK = re.compile(
    r"[（(](?:中|左|右|前排|后排)[一二三四五六七八九]?(?:[、，,][左右中]?[一二三四五六七八九]?)*[）)]|图为|^图[：:]"
)
_PHOTO_NOUN = re.compile(r"(?:现场|合影|留影|对比图|示意图|效果图|图片|剪影|掠影|一角|瞬间|风采|场景|实景|图)$")
# the title of a table printed over it ("武定县2024年9月政务新媒体监测情况汇总表")
_TABLE_TITLE = re.compile(r"^[^，。；：,;:！？!?]{2,40}(?:统计|汇总|一览|明细|情况|对照|分配|完成)表$")
_PERSON_VERB = re.compile(
    r"(?:书记|主任|区长|镇长|市长|局长|部长|主席|校长|所长|秘书长|委员|代表)[\u4e00-\u9fff]{2,3}"
    r"(?:作|在|出席|讲话|致辞|主持|调研|视察|慰问|参观|发言|颁|为|向|与|等|宣读|介绍|听取)"
)


# a chart's or table's title whose "图"/"表" a site dropped, its number glued to the years it covers
# ("12019年-2023年伊州区生产总值及增长速度", "32023年伊州区居民消费价格月度涨跌幅度")
_NUMBERED_CHART = re.compile(
    r"[1-9][0-9]?(?:19|20)[0-9]{2}年(?:[-－—~至](?:19|20)[0-9]{2}年)?[^，。；：,;:！？!?]{4,40}$")


# a bulletin's chart title with no number, the years it covers first and what it plots last
# ("2017-2021年全县地区生产总值及其增长速度", "2012-2021年常住人口数及城镇化率", "2024年主要农产品产量"): the
# endings are those of statistical series, never of a section ("2023年预算执行情况", "2025年工作回顾")
_YEARS_CHART = re.compile(
    r"(?:19|20)[0-9]{2}年?(?:[-－—–~至](?:19|20)[0-9]{2})?年[^，。；：,;:！？!?\s]{2,36}"
    r"(?:增长速度|增速|构成|涨跌幅度|涨跌幅|城镇化率|产量|产量情况|比重|价格变动情况)")


def law_clause(text: str) -> bool:
    """Whether ``text`` opens with the clause of a law ("第二十条第(一)项"), as a disclosure report's table names the
    clause each of its parts answers: neither a heading nor a caption."""
    return _LAW_CLAUSE.match(text) is not None


_LAW_CLAUSE = re.compile(r"第[一二三四五六七八九十百零0-9]+条第")


# the parts of a document that stand before or after its numbered parts, as their peers: never a title
FRAME_PARTS = frozenset(("引言", "前言", "序言", "导言", "结束语", "结语", "后记"))


def rule_article(text: str) -> bool:
    """Whether ``text`` opens an article of rules ("第二条 本办法适用于…。"): rules are set out in articles, their
    paragraphs never lead sentences."""
    return text.startswith("第") and _RULE_ARTICLE.match(text) is not None


_RULE_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]{1,4}条(?![例款])")


def caption_strength(text: str) -> int:
    """How much a standalone line looks like a photo's or a table's caption: 2 sure, 1 likely if nothing follows,
    0 not."""
    if _POSITION_MARK.search(text) or _PHOTO_NOUN.search(text) or _TABLE_TITLE.search(text):
        return 2
    if text[:1].isdigit() and (_NUMBERED_CHART.match(text) is not None or _YEARS_CHART.fullmatch(text) is not None):
        return 2
    if _PERSON_VERB.search(text):
        return 1
    return 0


_DOC_NOUN = re.compile(
    r"(?:报告|总结|计划|纪要|讲话|意见|通知|方案|决定|公告|通报|要点|规划|公报|说明|情况|办法|预案|细则|汇报"
    r"|報告|總結|計劃|紀要|講話|決定|通報|規劃|公報|說明|情況|辦法|預案|細則|匯報)$"  # (in traditional characters)
)
_SUBTITLE = re.compile(r"^(?:——|—|－－|--)|^在.{2,40}(?:上的|时的)(?:讲话|报告|工作报告|发言|致辞)$")


def is_doc_title(text: str) -> bool:
    """True for the title of a document inside a page: it ends with 报告, 总结, 计划 and the like."""
    return bool(_DOC_NOUN.search(text))


def looks_like_subtitle(text: str) -> bool:
    """True for a subtitle line: "——…" or "在…会议上的工作报告"."""
    return bool(_SUBTITLE.search(text))


SIDEBAR_HEAD = re.compile(r"^(?:延伸阅读|背景资料|背景链接|知识链接|小贴士|编者按|记者手记|链接|资料链接)$")
