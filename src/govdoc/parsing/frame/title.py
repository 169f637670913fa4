"""The title block: the lines a document prints above its text and what each of them is.

A title (also over two lines, after a column tag "【安贞政事】", or after a kicker on the same line),
the "——…在…会议上" subtitle, a speaker line ("××省省长 ×××"), "（书面）", an issuing body's name,
and the lines that restate the title. Every function looks at one or two lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...numbering import parse_label
from ..lines import ends_open, is_doc_title, unclosed
from ..normalise import CJK, join_wrapped
from .issuer import title_place

# (one or more, a colon after them: "【负责人解读】【议题解读】:县…解读《…》")
_COLUMN_TAG = re.compile(r"^(?:【[^【】]{1,12}】\s*)+[:：]?\s*(?=\S)")
_DASHES = ("——", "――", "—", "―", "－－", "--", "─")
_SPEECH = re.compile(r"^在.{2,60}(?:会议|大会|会|典礼|仪式|论坛)上的(?:讲话|报告|工作报告|发言|致辞|讲演|说明)$")
# a meeting subtitle printed without its dashes, opening with the date ("2025年3月21日在汉滨区第十九届人民代表大会第四次
# 会议上"), or its first line where it wraps ("2025年3月21日在汉滨区第十九届"): no mark of a sentence in it
_DATED_MEETING = re.compile(
    r"^(?:(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日"
    # (or a copy's date whose 年 and 月 were lost: "20251在…", "2023116日在…")
    r"|[0-9]{5,8}日?)在[^，。；：,;:！？!?]{2,50}$")
_WRITTEN_NOTE = re.compile(r"^[（(](?:书面|书面报告|摘要|摘登|节选|全文|草案)[）)]$")
_ROLES = ("省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "镇长",
          "乡长", "主席", "主任", "局长", "厅长", "书记", "部长", "委员长", "处长", "署长", "行长", "院长", "秘书长",
          "所长", "站长", "检察长", "主任委员")
# (a deputy's role too: "副县长", "常务副县长", "副主任委员"; and an acting head's, "代理区长", "代旗长")
_ROLE = "(?:常务|代理|代)?副?(?:" + "|".join(sorted(_ROLES, key=len, reverse=True)) + ")"
# "省长 罗东川", "××市市长 ×××", "自治区人民政府主席 包钢": a title and a name, nothing else
_SPEAKER = re.compile(
    f"^(?P<org>[{CJK}（）()、]{{0,24}}?)(?P<role>{_ROLE})(?:提名人选|候选人选|候选人)?[ ·]*"
    f"(?P<name>[{CJK}](?: ?[{CJK}]){{0,3}}(?:[·•][{CJK}]{{1,6}})?)?$")  # (a name spaced out too: "市长 程 宇")
_SPACED_ROLE = re.compile(f"^([{CJK}]) (?=[{CJK}] )")  # the first of a two-character role's padded characters
# a news story's lead naming who gave the report it covers: "…会议上,滨州市财政局局长胡云江作了关于…的报告"
REPORTED_BY = re.compile(
    f"(?P<org>[{CJK}]{{2,20}}?)(?P<role>{_ROLE})[{CJK}·]{{2,4}}(?:作了|做了|作|做)(?:关于)?[^。；]{{0,80}}?报告")
# "市财政局局长周凤松在市十六届人大七次会议上报告 2025年预算执行情况…": a kicker naming who reports
# where, glued before the headline on one line
_KICKER = re.compile(
    f"^(?P<kicker>(?P<org>[{CJK}]{{0,20}}?)(?P<role>{_ROLE})[{CJK}·]{{2,6}}在[^ ]{{2,40}}?上"
    r"(?:作|做)?(?:报告|讲话|发言|致辞|说明))\s*(?P<title>\S.{3,})$")
_ORG_SUFFIX = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|办事处|委员会|党工委|工委|统计局|调查队|调查总队|调查支队|局|厅|中心|街道|社区|居委会|村委会|"
    r"法院|检察院|(?:省|市|县|区|州|旗|盟)委|党委|"  # (a party committee signs with its government: "中共杂多县委")
    r"管委会|人大常委会|常委会|政协|研究院|研究所|协会|学会|财政所|统计站|管理处|管理所|服务中心)$")
_MORE_DOCUMENTS = re.compile(
    r"(?:公报|规则|细则|条例|规定|预算|决算|草案|纲要|名词解释|名詞解釋|白皮书|汇编|批复|函|令|通告|指南|清单|工作安排|任务安排)$")
# a document site's tag behind a title: the year and the kind of document ("…结果公布 2020七人普"; the cleaning may have
# taken the space), not a year the title names ("…2020年", "…2023年度")
_YEAR_KIND_TAG = re.compile(f"(?<=[{CJK}]) ?(?:19|20)[0-9]{{2}}(?![年月日季度版])[{CJK}]{{1,4}}$")
_ORG_TEXT = re.compile(f"^[{CJK}、（）() ]{{3,40}}$")


# a column's name set before a document's title with a bar ("政务服务丨济宁市人民政府关于…的实施意见")
_BARRED_TAG = re.compile(f"^[{CJK}]{{2,8}}\\s*[丨|｜]\\s*(?=\\S)")


def drop_column_tag(text: str) -> str:
    """A headline without the column tag printed before it ("【安贞政事】安贞街道召开…" → "安贞街道召开…",
    "政务服务丨济宁市人民政府关于…的实施意见" → "济宁市人民政府关于…的实施意见")."""
    dated = _DATE_TAIL.search(text) if text.endswith((")", "）")) else None
    if dated is not None and document_title(text[:dated.start()]):
        text = text[:dated.start()]
    tagged = text[:-4].rstrip() if len(text) > 4 and text[-4:].isdigit() and text[-4:-2] in ("19", "20") else ""
    if tagged and document_title(tagged):
        text = tagged  # a document site's year tag behind the title ("…统计公报 2023")
    elif (text[-1:] > "\u4e00" and (kind := _YEAR_KIND_TAG.search(text)) is not None and kind.start() >= 8
          and not document_title(kind.group())):
        # and its year with the kind of document ("…数据结果公布 2020七人普"), where the title does not end with a
        # year and its kind ("…人民政府2023工作总结")
        text = text[:kind.start()].rstrip()
    match = _tag(text)
    return text[match.end():] if match else text


def _tag(text: str) -> re.Match[str] | None:
    """The site's tag a headline opens with: a column tag in 【】, a column's name and a bar, a sample-essay site's
    version number or a province in brackets (the last three only before a document's title)."""
    first = text[:1]
    if first == "【":
        return _COLUMN_TAG.match(text)
    if first == "第" and (essay := _before_document(_ESSAY_NUMBER, text)) is not None:
        return essay  # (a plan's "第一篇" is a part of it)
    if first in "（([［":
        return _before_document(_PLACE_TAG, text)
    return _barred_tag(text)


# the date a site prints in brackets behind a document's title ("…政府工作报告(2022年1月11日)")
_DATE_TAIL = re.compile(r"[（(][0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[）)]$")


def _before_document(tag: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``tag`` at the start of ``text``, where a document's title follows it."""
    match = tag.match(text)
    return match if match is not None and document_title(text[match.end():]) else None


# a site's province in brackets before a document's title ("(西藏自治区)关于昌都市卡若区…的报告", "(吉林省)辽源市…报告")
# (or by its short name alone: "(黑龙江)2016年伊春市翠峦区人民政府工作报告")
_PROVINCES = ("北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
              "|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆")
# (a forum's, in square brackets and a space: "[内蒙古] 2024年乌拉特后旗政府工作报告")
_PLACE = r"(?:[\u4e00-\u9fff]{2,8}(?:省|自治区|市)|" + _PROVINCES + r")"
_PLACE_TAG = re.compile(rf"^(?:[（(]{_PLACE}[）)]|[\[［]{_PLACE}[\]］]\s*)(?=\S{{4}})")


# a sample-essay site's number of one version among several ("第1篇 区人大常务委员会工作报告")
_ESSAY_NUMBER = re.compile(r"^第[0-9]{1,2}篇\s*(?=\S)")


def _barred_tag(text: str) -> re.Match[str] | None:
    """A column's name and a bar before a document's title (what follows names a document, or says 关于…)."""
    if "丨" not in text[:10] and "|" not in text[:10] and "｜" not in text[:10]:
        return None
    match = _BARRED_TAG.match(text)
    if match is None:
        return None
    rest = text[match.end():]  # (a title wrapped before its end still says 关于…: "…关于…改革的实施" / "意见")
    return match if document_title(rest) or "关于" in rest else None


def has_column_tag(text: str) -> bool:
    """True when a line opens with a column tag in 【】, or a column's name and a bar, followed by a headline."""
    return _tag(text) is not None


def split_kicker(text: str) -> tuple[str, str, str, str] | None:
    """A kicker glued before its headline as (kicker, organisation, role, headline), or None."""
    match = _KICKER.match(text)
    if match is None:
        return None
    return match.group("kicker"), match.group("org"), match.group("role"), match.group("title").strip()


def is_subtitle(text: str) -> bool:
    """True for a subtitle line: "——…" (also U+2015 "――"), "在…会议上的讲话", "（书面）", or the meeting's date
    and name without the dashes ("2025年3月21日在…会议上", perhaps wrapped before its end)."""
    first = text[:1]  # each form opens with its own character: one pattern at most is tried
    if first == "在":
        return _SPEECH.match(text) is not None
    if first in ("（", "("):  # (or a meeting subtitle in brackets: "（2023年2月23日在自治县十届人大二次会议上）")
        return _WRITTEN_NOTE.match(text) is not None or (text[-1:] in "）)" and _dated_meeting(text[1:-1].strip()))
    if first.isdigit() or first in "〇零一二":
        return _dated_meeting(text)
    if first == "-" and text[1:2] != "-":
        return _dated_meeting(text[1:])  # (one hyphen for the dash: "-2022年2月23日在…会议上")
    return text.startswith(_DASHES)


# a site's note that the page holds the whole text, set behind the title ("…政府工作报告—全文"), or that it was
# brought up to date ("…统计公报(2023年更新)", "…(最新版)")
_EDITION = re.compile(r"(?:[—－\-]{1,2} ?全文|[（(](?:全文|(?:[0-9]{4}年)?(?:更新|最新|最新版|完整版))[）)])$")
_COUNT_DIGITS = 6  # (the longest count a page sets behind its headline)
_EDITION_ENDS = ("全文", "全文）", "全文)", "更新)", "更新）", "版)", "版）", "最新)", "最新）")


def drop_edition(text: str) -> str:
    """A title line without the "—全文" or "(2023年更新)" a site sets behind it, or the count of a widget glued to it
    ("…的通知0": views or comments); any other line as it is."""
    if text[-1:].isdigit() and text[-1:].isascii():
        head = text.rstrip("0123456789")
        if len(text) - len(head) <= _COUNT_DIGITS and is_doc_title(head) and len(head) >= 6:
            return head
    if not text.endswith(_EDITION_ENDS):
        return text
    match = _EDITION.search(text[-12:])  # (the note is short: the pattern never runs over the whole line)
    if match is None:
        return text
    head = text[:len(text) - 12 + match.start()] if len(text) > 12 else text[:match.start()]
    return head.rstrip() if len(head.rstrip()) >= 6 else text


def dated_headline(text: str) -> tuple[str, str] | None:
    """A page's headline with its posting date set behind it ("…街道办事处工作总结 2021-04-02", the space lost in a
    clean line), as (title, date printed); None for any other line, and for a title that is no document's."""
    if not text[-1:].isdigit():
        return None
    match = _DATED_HEADLINE.fullmatch(text)
    if match is None or not document_title(match.group("title")):
        return None
    return match.group("title"), match.group("date")


# (a date in figures with dashes or slashes, perhaps with its clock time, after a space or none: a clean line has none)
_DATED_HEADLINE = re.compile(r"(?P<title>\S.{5,}?)[ \u3000]*(?P<date>(?:19|20)[0-9]{2}[-/][01]?[0-9][-/][0-3]?[0-9]"
                             r"(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)")


def split_subtitle(text: str) -> tuple[str, str] | None:
    """A title with its meeting subtitle glued behind it, as (title, subtitle): "…的报告（摘要）——2026年2月10日在
    普洱市第五届人民代表大会第六次会议上", the speaker too where a site's headline runs it in
    ("政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长 孙立良", one dash; or the meeting in brackets,
    "政府工作报告 (2019年1月21日在…会议上) 杭州市人民政府市长 徐立毅"); None for any other line."""
    end = meeting_end(text)
    behind = text[end:].strip() if end >= 0 else ""
    if end < 0 or (behind and speaker(behind, under_subtitle=True) is None):
        return None
    cut = text.find("——", 4)  # (the head may be a short title: "政府工作报告 ——…")
    if cut < 0 and (dash := _DASHED_DATE.search(text, 4)) is not None:
        cut = dash.start()
    if cut < 0:  # (or no dashes, a site's headline run into its meeting: "政府工作报告(草案)在××镇第四届…会议上")
        glued = _GLUED_MEETING.search(text)
        head = text[:glued.start()] if glued is not None else ""
        return (head, text[len(head):]) if head and document_title(head) else None
    head, tail = text[:cut].rstrip(), text[cut:]
    return (head, tail) if document_title(head) and is_subtitle(text[cut:end].strip()) else None


def meeting_end(text: str) -> int:
    """Where the meeting a subtitle names ends in ``text``: after its last "会议上" (or "大会上") and the bracket that
    closes it ("（2019年1月21日在…会议上） 杭州市人民政府市长 徐立毅"); -1 where it names none."""
    end = max(text.rfind("会议上"), text.rfind("大会上")) + 3
    if end < 3:
        return -1
    behind = text[end:].lstrip()
    if behind[:1] in ("）", ")"):
        end = len(text) - len(behind) + 1
    return end


# one dash before a dated meeting, or a bracket around it
_DASHED_DATE = re.compile(r"[—―（(](?=\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*在)")
_GLUED_MEETING = re.compile(r"(?<=[告明要）)])在[^，。；,;]{4,40}?(?:会议|大会)上$")


def _dated_meeting(text: str) -> bool:
    """A meeting subtitle without dashes: the date, "在", the meeting's name to "会议上" (or cut before it)."""
    return _DATED_MEETING.match(text) is not None and (
        _MEETING_END.search(text) is not None or text.endswith(("届", "大会", "会议", "次")))


_MEETING_END = re.compile(r"(?:会议|大会|会)上")
_SOURCE_TAIL = re.compile(r"来源[：:][^，。；,;]{1,12}$")
_FRAGMENT = re.compile(f"[{CJK}]{{1,8}}")
# a meeting's name cut before its end, what is left below ("…人民代表大会" / "第三次会议上", "…大会第三次会" / "议上")
_MEETING_CUT = re.compile(r"(?:会议|大会)(?:第[一二三四五六七八九十0-9]*次?会?)?$")


def subtitle_goes_on(subtitle: str, nxt: str) -> bool:
    """True when ``nxt`` carries on a meeting subtitle wrapped before its end ("——2026年1月20日在××市第十四届
    人民代" / "表大会第三次会议上"), or the source glued behind it ("…会议上来源：上海发" / "布客户端")."""
    if not subtitle.startswith(_DASHES) and not _dated_meeting(subtitle):
        return False
    if _SOURCE_TAIL.search(subtitle):
        return _FRAGMENT.fullmatch(nxt) is not None
    joined = subtitle + nxt
    end = _MEETING_END.search(subtitle)
    if end is not None and 0 < len(subtitle) - end.end() < len("来源：") and "来源：".startswith(
            subtitle[end.end():].replace(":", "：")):
        return _SOURCE_TAIL.search(joined) is not None  # the source's key cut ("…会议上来" / "源：闵行报")
    return ("在" in subtitle and _MEETING_END.search(subtitle) is None and len(nxt) <= 40
            and (_MEETING_END.search(joined) is not None or _MEETING_CUT.search(joined) is not None))  # (上 below)


def source_behind(subtitle: str) -> bool:
    """Whether a subtitle ends with the source glued behind it ("——…会议上来源：闵行报"): a source field ends its
    line, so only the rest of the source itself goes on below (``subtitle_goes_on``)."""
    return subtitle.startswith(_DASHES) and _SOURCE_TAIL.search(subtitle) is not None


def subtitle_text(text: str) -> str:
    """A subtitle line without its leading dashes."""
    return text.lstrip("—―－-─ ").strip()


def speaker(text: str, *, under_subtitle: bool = False) -> tuple[str, str, str] | None:
    """A speaker line as (organisation as printed, role, name): "青海省省长 罗东川" → ("青海省", "省长", "罗东川").

    The space between role and name is required, except in a title block under a "——…会议上" subtitle, where a
    PDF extraction that lost it ("省长罗东川") can still only be the speaker."""
    if len(text) > 36 or (" " not in text and "·" not in text and not under_subtitle):
        return None
    match = _SPEAKER.match(text)
    if match is None and (spaced := _SPACED_ROLE.match(text)) is not None:
        match = _SPEAKER.match(spaced.group(1) + text[spaced.end():])  # a role set in display spacing: "县 长 周永根"
    if match is None or match.group("name") is None:
        return None
    return match.group("org"), match.group("role"), match.group("name")


def office_alone(text: str) -> tuple[str, str] | None:
    """A speaker's office with no name behind it, as (organisation as printed, role): "义乌市代市长" → ("义乌市",
    "代市长"), a speaker line whose name the page lost; None for any other line."""
    match = _SPEAKER.match(text) if len(text) <= 30 else None
    return None if match is None or match.group("name") is not None else (match.group("org"), match.group("role"))


def is_org_line(text: str) -> bool:
    """True for a line that is nothing but the name of a body (or two, split by a space): an issuer line."""
    return (len(text) <= 40 and _ORG_TEXT.match(text) is not None
            and all(_ORG_SUFFIX.search(part) for part in text.split()))


# what a title may print in brackets behind it: "(试行)", "(摘要)", "(征求意见稿)", its years "(2017-2020年)"
YEAR_SPAN = r"(?:19|20)[0-9]{2}\s*[-—–~至]\s*(?:19|20)[0-9]{2}年?"  # the years a plan covers ("2021—2025年")
_BRACKETS_BEHIND = re.compile(rf"[（(](?:[^（）()]{{1,8}}|{YEAR_SPAN})[）)]$")


def document_title(text: str) -> bool:
    """True for the title of a document (a report, bulletin, notice, rules, budget…), not a news headline."""
    core = _BRACKETS_BEHIND.sub("", text).strip().rstrip("》”」』")
    return is_doc_title(core) or _MORE_DOCUMENTS.search(core) is not None


def is_annex(text: str) -> bool:
    """True for an attachment label alone on its line ("附件", "附件2")."""
    label = parse_label(text.strip().rstrip("：:"))
    return label is not None and label.family == "annex"


def same_title(a: str, b: str) -> bool:
    """True when two lines print the same title (spaces and column tags aside)."""
    return _fold(a) == _fold(b)


def same_title_as(title: str) -> Callable[[str], bool]:
    """``same_title(title, text)`` for many texts: the title is folded once, and a text is folded only as far
    as it needs (folding only takes characters out: a shorter text is never the title)."""
    folded = _fold(title)
    size = len(folded)

    def same(text: str) -> bool:
        if len(text) < size:
            return False
        if "【" in text or "[" in text or "［" in text or "〔" in text:
            return _fold(text) == folded
        # no column tag and no note mark: the folded text is the text without its spaces
        return len(text) - text.count(" ") == size and text.replace(" ", "") == folded

    return same


def restates(title: str, text: str) -> bool:
    """True when ``text`` prints the title again, whole, as its ending ("政府工作报告" under
    "2026年宁夏回族自治区政府工作报告") or as its opening (a page's "…部门预算公开" over the document's "…部门预算")."""
    folded, line = _fold(title), _fold(text)
    return bool(line) and (folded == line or (len(line) >= 4 and folded.endswith(line) and document_title(text))
                           or (len(line) >= 8 and folded.startswith(line) and len(folded) - len(line) <= 4))


_NOTE_MARK = re.compile(r"[\[［〔][0-9]{1,3}[\]］〕]")


def _fold(text: str) -> str:
    """A title for comparison: no column tag, no spaces, no footnote marks ("公报[1]")."""
    return _NOTE_MARK.sub("", drop_column_tag(text).replace(" ", ""))


_VERB_BEFORE_TITLE = ("关于", "印发", "转发", "批转", "颁发")
"""What a notice's title line can end with only when the rest follows ("××办公室 关于印发" / "《××方案》的通知")."""


def joins(first: str, second: str) -> bool:
    """True when ``second`` carries on a title broken after ``first`` ("关于…2025年" / "预算草案的报告")."""
    if len(first) + len(second) > 80 or second.startswith(_DASHES):
        return False
    if unclosed(first) or second.startswith(("和", "及", "与", "暨", "并", "、", "的")):  # (no title opens so)
        return True
    if issuers_over_title(first, second):
        return True
    if _YEAR_PLACE.match(first) is not None and (_BRACKETED.match(second) is not None or (
            document_title(second) and _YEAR_TITLE.match(second) is None)):
        return True  # the year and the place over the rest ("2023年××市××区" / "(××新区)" / "国民经济…统计公报")
    if _BRACKETED.match(first) is not None and document_title(second) and _YEAR_TITLE.match(second) is None:
        return True  # (the place's other name in brackets, then the rest)
    if document_title(first):
        # a title already worded as one, wrapped before the phrase that ends it ("…和2007年预算" / "草案的报告";
        # not "…工作报告" / "政府工作报告", a title printed twice)
        return len(second) <= 8 and "的" in second and document_title(first + second)
    if wrapped_before_last_words(first, second):
        return True
    return (ends_open(first) or first.endswith(("年", "和", "及", "与", "的")) or first.endswith(_VERB_BEFORE_TITLE)
            or (not document_title(first) and document_title(second) and not second.startswith(_DASHES)
                and "关于" in first))  # ("关于…" or "××人民政府关于…", the body that issues it first)


def wrapped_before_last_words(first: str, second: str) -> bool:
    """Whether a long title was wrapped just before its last words ("…统计" / "公报", "…和社" / "会发展统计公报",
    "2024年…重点工作" / "分工方案"): a title only with them."""
    return (len(second) <= 8 and len(first) >= 10 and not document_title(first) and not is_org_line(first)
            and document_title(first + second))


def issuers_over_title(first: str, second: str) -> bool:
    """Whether ``first`` names the bodies that issue the document whose title goes on in ``second`` ("突泉县人民政府" /
    "关于2021年…的报告", "××人民政府 ××法院" / "关于完善…机制的意见"): one title over two lines."""
    return ((second.startswith("关于") or (_YEAR_TITLE.match(second) is not None and title_place(second) is None))
            and is_org_line(first) and document_title(second))


# a title's first line that holds only its year and its place, with the place's other name in brackets or not
# ("2023年哈尔滨市松北区"), and a line that holds only that other name ("(哈尔滨新区江北一体发展区)")
_YEAR_PLACE = re.compile(r"^(?:19|20)[0-9]{2}年度?[\u4e00-\u9fff]{2,16}(?:省|自治区|市|区|县|州|盟|旗|镇|乡|街道)"
                         r"(?:[（(][\u4e00-\u9fff]{2,20}[）)])?$")
_BRACKETED = re.compile(r"^[（(][\u4e00-\u9fff]{2,20}[）)]$")
# a title that opens with its year and names no place: "2024年政府工作报告" under "××镇人民政府" (but "2023年××市国民
# 经济和社会发展统计公报" under the bureau's name is a title of its own)
_YEAR_TITLE = re.compile(r"^(?:19|20)[0-9]{2}年度?")


def opens_with_year(text: str) -> bool:
    """True for a title that opens with its year ("2022年度工作总结")."""
    return _YEAR_TITLE.match(text) is not None


DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}[〔［\[（(][0-9]{4}[〕］\]）)][0-9]{1,4}号")
"""A document's number as printed: the issuer's short name, the year in brackets, the serial ("鹤政发〔2025〕4号")."""
# the number printed in brackets behind the title: "…的通知(岳办发〔2017〕2号)"
_NUMBER_BEHIND = re.compile(rf"[（(](?P<number>{DOC_NUMBER.pattern})[）)]$")


# the number printed in front of the title, as a portal's headline puts it: "筑府办函〔2020〕78号市人民政府办公厅关于…"
# or a notice's number in its year ("2019年第43号(总第221号)郑州市关于…的报告")
_NOTICE_NUMBER = r"(?:19|20)[0-9]{2}年第[0-9]{1,4}号(?:[（(]总第[0-9]{1,5}号[）)])?"
_NUMBER_IN_FRONT = re.compile(rf"(?P<number>{DOC_NUMBER.pattern}|{_NOTICE_NUMBER})[ \u3000]*")


def split_doc_number(text: str) -> tuple[str, str | None]:
    """A title without the document's number printed in brackets behind it or in front of it, and that number (None
    where none is)."""
    match = _NUMBER_BEHIND.search(text) if text.endswith(("号)", "号）")) else None
    if match is not None and match.start() > 0:
        return text[:match.start()].rstrip(), match.group("number")
    front = _NUMBER_IN_FRONT.match(text) if "号" in text[:24] else None
    if front is not None and document_title(text[front.end():]):
        return text[front.end():], front.group("number")
    return text, None


def join(first: str, second: str) -> str:
    """Two lines of one title joined."""
    return join_wrapped(first, second)


__all__ = ["DOC_NUMBER", "YEAR_SPAN", "document_title", "drop_column_tag", "drop_edition", "has_column_tag", "is_annex",
           "is_org_line", "is_subtitle", "issuers_over_title", "join", "joins", "meeting_end", "office_alone",
           "opens_with_year", "restates", "same_title", "same_title_as", "source_behind", "speaker",
           "split_doc_number", "split_kicker", "split_subtitle", "subtitle_goes_on", "subtitle_text",
           "wrapped_before_last_words"]
