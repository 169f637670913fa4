"""The walk that reads a document's frame: where its text begins and ends, and what surrounds it.

Lines above the first paragraph are the head (chrome, the title block, metadata fields), lines below
the last paragraph the tail (chrome, the source, a footer); both are read line by line. Inside the
text only chrome that nothing else reads like is dropped, and signatures are taken out. Then one
decision: a document (report, bulletin, notice, a web article) loses its title block to the metadata;
a news story on a newspaper page keeps its headline as its article heading; a page of several
articles (a masthead, running heads) keeps all its headlines for the outline.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from ...metrics.traditional import simplified
from ...model import Meta
from ..glossary import glossary_head, strip_markers
from ..lines import (
    ATTACHMENT_KEY,
    CLOSING,
    CONTENTS_HEAD,
    FRAME_PARTS,
    PUBLICATION_NOTE,
    SECTION_NUMBER,
    Line,
    byline_of,
    ends_sentence,
    is_furniture,
    is_salutation,
    issue_of,
    issuer_of,
    opens_discourse,
    publication_of,
    split_label,
    visible_length,
)
from ..normalise import clean_spaces, join_wrapped, unspaced
from . import chrome, dates, evidence, fields, issuer, title
from .evidence import Evidence

LONG = 40  # a line this long with sentence punctuation is text, never part of a frame
_SENTENCE = re.compile(r"[，。；！？]|[\u4e00-\u9fff][,;][\u4e00-\u9fff]")
_RUNNING_HEAD = re.compile(r".*[·•]{2,}$|^[0-9]{1,3}(?:[、,，\-—][0-9]{1,3})+\s*[\u4e00-\u9fff]{1,4}$")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_DIGITS = re.compile(r"[0-9０-９]")
_NAME_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,3}$|^[\u4e00-\u9fff] [\u4e00-\u9fff]{1,2}$")
# a story's main line reports its event ("区十三届人大五次会议隆重开幕"); slogans above it are its kickers
_REPORTS_EVENT = re.compile(r"(?:开幕|闭幕|召开|举行|举办|启动|开班|开工|揭牌|签约|落幕)$")
# a signature's date whose 年月日 a conversion lost ("{ 2017 6 23"): read only under an issuing body's name
_SPACED_DATE = re.compile(r"^[^0-9]{0,2}\s*((?:19|20)[0-9]{2})\s+([0-9]{1,2})\s+([0-9]{1,2})$")
_LEAD_MEETING = re.compile(
    r"在(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日(?:上午|下午|晚)?(?:召开|举行|开幕)的.{0,30}?(?:会议|大会)上")
# a report's meeting subtitle inside a line whose breaks were lost ("政府工作报告 ——2026年2月3日在上海市第十六届
# 人民代表大会第四次会议上 上海市市长 龚正 各位代表：…"): its dashes, the date in full, and the meeting to its "会议上"
# (its dashes lost too, where it opens the line: "2019年2月26日在…会议上镇长丁峰各位代表:")
_GLUED_SUBTITLE = re.compile(
    r"(?:(?:——|――|—|―)\s*|^)(?P<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)\s*在[^，。；：,;:！？]{4,60}?(?:会议|大会)上")
# a news story's dateline at the head of its first paragraph, the day it reports without its year: the news
# service's name or the reporter's tag before the day, or 讯/电/消息 after it ("海口网3月9日消息", "古丈融媒4月17日讯",
# "【全媒体记者 吴刚】4月7日，"); not a story that merely opens with a day ("2月20日上午，安贞街道召开…")
# (a paper and its site, and the reporter's tag behind them: "滨州日报/滨州网讯(记者报道)1月15日,")
_DATELINE = re.compile(
    r"^(?:(?:[【\[（(][^】\]）)]{1,24}[】\]）)]|(?:[\u4e00-\u9fff]{1,10}?(?:网|报|台|融媒|新闻|客户端)讯?[/／、]?){1,3}"
    r"(?:[（(][^）)]{1,12}[）)])?)\s*"
    r"(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日(?:讯|电|消息|[，,]|上午|下午|晚|早)"
    r"|(?P<m2>[0-9]{1,2})月(?P<d2>[0-9]{1,2})日(?:讯|电|消息))")
# a lead that says which report it publishes: "现公布三都水族自治县人民政府2022年度政府信息公开工作年度报告"
# (or names it in 《》, its title: "现编制《钦北区林业局2023年政府信息公开工作年度报告》")
_PUBLISHED = re.compile(
    r"(?:现(?:予以)?公布|现发布|特发布|现印发|现编制|特编制)(?P<quoted>《)?"
    r"(?P<report>[^，。；,;《》]{4,60}?(?:年度报告|工作报告|工作总结))(?(quoted)》)")
# a disclosure report's lead that names whose work it reports or who compiled it ("结合2023年泰山区政府信息公开工作
# 实际编制", "本报告由××县人民政府办公室编制")
_COMPILED = re.compile(
    r"结合(?:[0-9]{4}年度?)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:政府信息公开|政务公开)工作(?:的)?实际(?:情况)?编制"
    r"|本(?:年度)?报告由(?P<body>[\u4e00-\u9fff]{4,24}?(?:人民政府办公室|人民政府|办公室|办事处|局|委员会))(?:负责)?编制")
# a year's summary that names its body as its first sentence's subject: "2022年,中山西路街道在区委、区政府的正确领导下"
_SUMMING_BODY = re.compile(
    r"^[0-9]{4}年(?:以来|来)?[,，]?\s*(?P<body>[\u4e00-\u9fff]{2,14}?(?:街道办事处|街道|镇|乡|局|委员会|人民政府))"
    r"(?:党工委|党委)?(?:在|坚持|紧紧围绕|围绕|承担)")
# who answers questions about a report, in its opening: "请与龙潭区林业畜牧局办公室联系", "请与东城区政府信息公开办公室
# 联系"
_CONTACT_OFFICE = re.compile(
    r"请与(?P<body>[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|局|委员会|街道办事处|镇|乡|街道))"
    r"(?:(?:政府)?信息公开(?:工作)?(?:领导小组)?办公室|党政办公室|党政办|办公室)?联系")
# who compiled a report, in its opening: "由城中区人民政府办公室综合区政府各镇办、各部门的工作情况编制而成", "由广州市
# 海珠区昌岗街道办事处编制的2018年度…报告"
_COMPILED_BY = re.compile(
    r"由(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|局|委员会|街道办事处|办事处))"
    r"(?:综合|汇总|负责|牵头|编制)")
_NEWS_LEAD = re.compile(r"^(?:本报讯|本报记者|本台讯|讯[（(]|[（(]记者)")
_DATE_FIELDS = {"written": evidence.WRITTEN, "posted": evidence.POSTED}


@dataclasses.dataclass
class Frame:
    """What the frame stage found: metadata fields (``Meta`` names; the date as ISO text) and the body
    lines with page chrome and the title block taken out.

    ``explicit`` marks govdoc's own metadata block, which is authoritative: nothing is derived. ``masthead``
    marks a newspaper page titled by its masthead. ``titled`` marks a single document whose title the
    frame took as metadata: its body holds no article headline, so an unnumbered line at its top is a
    heading of the text, not an article.
    """

    body: list[Line]
    fields: dict[str, str] = dataclasses.field(default_factory=dict)
    explicit: bool = False
    masthead: bool = False
    titled: bool = False

    def place(self) -> str | None:
        """The place the document is of, as its title or its issuer names it first ("米易县2022年债务情况说明" →
        "米易县", "关于莆田市荔城区2022年…" → "荔城区"), or None; in simplified characters, as a 繁體 title is read
        ("大武口區…統計公報" → "大武口区")."""
        return next((place for key in ("title", "issuer")
                     if (place := issuer.own_place(simplified(self.fields.get(key, ""))))), None)

    def headline_titles(self) -> bool:
        """Whether the page's first article headline is the document's title: the frame found none, nor a
        masthead, and the metadata is not govdoc's own."""
        return not self.explicit and "title" not in self.fields and not (
            self.masthead and "publication" in self.fields)

    def meta(self, articles: Sequence[str], bylines: Sequence[str], source: str | None) -> Meta:
        """The document's Meta, once the outline is known: an untitled page takes its masthead's name or
        its first article's headline for title, and its bylines for authors (not when ``explicit``)."""
        found = dict(self.fields)
        if not self.explicit:
            if "title" not in found:
                named = found.get("publication") if self.masthead else None
                named = named or (articles[0] if articles else None)
                if named:
                    found["title"] = named
            if bylines:
                found.setdefault("authors", "；".join(dict.fromkeys(bylines)))
        authors = [a.strip() for a in found.pop("authors", "").split("；") if a.strip()]
        when = dates.find_date(found.pop("date", ""))
        return Meta(**found, date=when, authors=authors, source=source)


def _issuer_field_rank(value: str) -> int:
    """The rank of a 发布机构 field's value: a place's name alone names no body (below a speaker's government), and
    an office's short name without its place ("政府办") names its body less surely than a speaker line does."""
    if issuer.is_place(value):
        return evidence.SOURCE
    if issuer.title_place(value) is None and (len(value) <= _SHORT_NAME or issuer.by_level_alone(value)):
        return evidence.ORG_LINE  # (or named by its level alone: "市政府办公室(法制办、应急办、研究室)")
    return evidence.FIELD


# a government's office, which posts on the government's portal what its bureaus sign
_POSTING_OFFICE = re.compile(r"政府(?:办公室|办|办公厅)$")
_SHORT_NAME = 4  # the longest name of an office printed without its place ("政府办", "财政局"), in characters


def _relined(line: Line, text: str, gap: int) -> Line:
    """The line with a new text or gap; the line itself when neither changed (most lines: no copy)."""
    if text == line.text and gap == line.gap:
        return line
    return dataclasses.replace(line, text=text, gap=gap)


# a date behind a field's value, no space between: "苏盛宇2023年02月01日"
_DATE_BEHIND = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s*$")
# How far below the top of the text a report's title block may stand (under its table of contents).
_INNER_TITLE_REACH = 40
_COUNT = re.compile(r"[0-9][0-9,]*\s*(?:次|人次|人)?")  # the value of a count of readers ("1,024", "356次")
_ATTACHMENT_NOTE = re.compile(f"^{ATTACHMENT_KEY}")
_ORIGINAL_REACH = 8  # how far into the text a reprint's "原标题：" line is looked for
# a reprint's note of the title the document was first published under
_ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*(?P<title>\S.{3,})$")


class FrameReader:
    """Reads the frame of one document (see the module docstring); ``read()`` returns the Frame."""

    def __init__(self, lines: list[Line], declared: Mapping[str, str]) -> None:
        self.lines = lines
        self.text = [line.text for line in lines]
        self.n = len(lines)
        self.drop = [False] * self.n
        self.web_fields = [False] * self.n  # the lines of a page's fields ("发布时间：… 来源：…")
        self.chrome = _Chrome(self.text)  # judged when asked: most lines of a long text never are
        self.declared = declared
        self.found = Evidence()
        self._crumbs: list[tuple[int, str]] | None = None  # the page's breadcrumbs and their last places (channels)
        self.web = 0  # chrome and fields of a web page seen
        self.paper = 0  # signs of a newspaper: e-paper lines, 刊发日期, 本报讯
        self.preview: str | None = None  # the name of the file a document-sharing site previews, page by numbered page
        self.print_page = False  # running heads: a printed page of articles
        self.publication = self.issue = False  # a masthead prints both, or one with running heads
        self.masthead = False
        self.candidates: list[int] = []  # head lines that may be the title
        self.subtitles: list[str] = []
        self.speakers = 0
        self.signing: str | None = None  # the body printed under the title, that signs the document
        self.block_end = -1  # the last subtitle, speaker or issuing-body line of the head
        self.headline = False  # the title stays in the body as an article's headline
        self.original = False  # a reprint printed the title it was first published under ("原标题：…")
        self.place: str | None = None  # a place a report names for itself in its opening

    # ---- zones -----------------------------------------------------------------------------------

    def body_like(self, i: int) -> bool:
        """Whether line i is document text: a paragraph, a labelled heading, a salutation, a byline."""
        if self.chrome[i]:
            return False
        if self.declared_heading(i):
            return True  # the file says it is a heading of the text
        text = self.text[i]
        if len(text) <= 5 and unspaced(text) in FRAME_PARTS:
            return i + 1 < self.n and self.body_like(i + 1)  # the text opens with its preface ("引 言"), no title
        if CONTENTS_HEAD.match(text) is not None and i + 1 < self.n and split_label(self.text[i + 1]) is not None:
            return True  # a table of contents opens the text ("目录" over "第一部分 报告"): the parser reads it as text
        if text[:1] in _DIGITS_FIRST and (section := _SECTION_HEAD.match(text)) is not None and (
                section.group("sub") or any(self.text[k].startswith(f"{section.group('top')}.1")
                                            for k in range(i + 1, min(self.n, i + 3)))):
            return True  # a heading numbered 1.1 (or 1 over its 1.1): a plan's text starts there
        if is_furniture(text) or self.field_line(i) or fields.key_alone(text) is not None:
            return False  # (a key alone, its value below it, is no byline either: "文  号", "来 源")
        if text[-1:] in "?？" and self.question_headline(i):
            return False
        if ends_sentence(text) or is_salutation(text) or "。" in text or text.endswith(("；", ";")):
            return True
        if visible_length(text) >= LONG and _SENTENCE.search(text):
            return True
        if opens_discourse(text):
            return True  # "我们，…", "一年来，…": a sentence of the text, even cut short by a column break
        if text.endswith(("：", ":")) and len(text) >= 8 and re.search(r"[、，,]", text) and not fields.fields_of(text):
            return True  # an addressee line "各镇、乡人民政府,各街道办事处:" or a lead-in
        cut = _SENTENCE_END.search(text[:-1]) is not None and _SENTENCE_END.match(text[-1]) is None
        if visible_length(text) >= 10 and _SENTENCE.search(text[:-1]) and (text.endswith(("，", ",")) or (
                i + 1 < self.n and _SENTENCE.search(self.text[i + 1])
                and (self.lines[i + 1].gap == 0 or (self.lines[i + 1].gap == 1 and cut)))):
            # sentences that go on below (the first line of a paragraph, wrapped; a blank line between where a
            # sentence ended inside the line and the line stops mid-sentence: a column break)
            return True
        labelled = split_label(text)
        if (labelled is not None and labelled.family != "annex" and len(labelled.rest) >= 2 and not (
                labelled.family == "bullet" and (self.page_field(labelled.rest) or _bare_field(labelled.rest)))):
            # (but a page's bulleted fields are no text: "• 2023-03-09 10:23", "• 富源县人民政府办公室",
            # "• 统一编号: HD0120180001")
            return True
        return byline_of(text) is not None or self.wrapped_run(i)

    def question_headline(self, i: int) -> bool:
        """Whether line i, a question, is the headline a page opens with ("2023年××县禁燃烟花爆竹区域有哪些?"): the
        first line that is no chrome, short, one clause, no label, with text below it."""
        text = self.text[i]
        return (i + 1 < self.n and visible_length(text) <= _QUESTION_MAX
                and _QUESTION_INSIDE.search(text, 0, len(text) - 1) is None and split_label(text) is None
                and not text.startswith("问") and not any(not self.chrome[k] for k in range(i)))

    @staticmethod
    def page_field(text: str) -> bool:
        """Whether ``text`` is a posting time, a date alone or a body's name alone: what a page lists about a
        document, one item to a bullet, over its text."""
        return dates.posting_time(text) is not None or _date_alone(text) is not None or title.is_org_line(text)

    def field_line(self, i: int) -> bool:
        """Whether line i holds metadata fields ("时间：…", "索引号 | … |", "• 发文字号:")."""
        text = self.text[i]
        return fields.fields_of(text) is not None or fields.table_fields(text) is not None

    def wrapped_run(self, i: int) -> bool:
        """Line i starts three or more lines of a narrow column: glued, of one width, running on."""
        if i + 2 >= self.n or visible_length(self.text[i]) < 10:
            return False
        run = [i, i + 1, i + 2]
        widths = [visible_length(self.text[k]) for k in run]
        if any(self.lines[k].gap for k in run[1:]) or min(widths) < 10 or max(widths) > min(widths) * 1.25:
            return False
        if any(split_label(self.text[k]) is not None or self.field_line(k) for k in run):
            return False
        # a column wraps mid-sentence: its lines run on, and the first already has a comma or 、
        if ends_sentence(self.text[i]) or ends_sentence(self.text[i + 1]):
            return False
        return re.search(r"[，、；,;]", self.text[i]) is not None

    def zones(self) -> tuple[int, int]:
        """(first line of the text, line after its last line); the head and tail lie outside. A site's notice over a
        title printed twice is dropped here (``below_title_twice``)."""
        self.forum_profile()
        start = next((i for i in range(self.n) if self.body_like(i)), self.n)
        start = self.below_title_twice(start)
        end = next((i + 1 for i in range(self.n - 1, start - 1, -1) if self.body_like(i)), start)
        return start, end

    def forum_profile(self) -> None:
        """A forum's post (a Discuz page): the poster's profile printed over the post ("TA的每日心情", "签到天数: 723
        天", "主题" / "帖子" / "积分", "Rank: 7") down to the post's own line ("发表于 2024-4-24 11:26:26 |
        显示全部楼层"), which dates the posting; all of it is chrome, however much of it reads as bulleted text."""
        post = next((i for i in range(min(self.n, _PROFILE_REACH)) if _POST_LINE.match(self.text[i])), None)
        if post is None:
            return
        first = next((i for i in range(post) if _PROFILE_LINE.search(self.text[i])), None)
        if first is None:
            return
        when = dates.find_date(self.text[post])
        if when is not None:
            self.found.offer("date", when.isoformat(), evidence.POSTING_TIME)
        for i in range(first, post + 1):
            self.chrome.mark(i)

    def below_title_twice(self, start: int) -> int:
        """Where the text starts when a site's notice that reads as text ("@所有人,接通知:…。加入我们") stands over
        a title printed twice, chrome between (a page's header and its headline): below the second copy; the notice
        goes, as chrome does. Only a page that opens with the notice reads so."""
        if any(not self.chrome[k] and not self.drop[k] for k in range(start)):
            return start  # (a title above the first paragraph: whatever is printed twice below it is no title)
        for i in range(start + 1, min(self.n - 1, start + 4)):
            text = self.text[i]
            if self.chrome[i] or self.body_like(i) or not 4 <= visible_length(text) <= 60:
                continue
            again = next((k for k in range(i + 1, min(self.n, i + 4)) if not self.chrome[k]), self.n)
            if again == self.n or self.text[again] != text or self.field_line(i):
                return start  # (a footer's fields printed twice are no title: "联系电话：… 地址：…")
            below = next((k for k in range(again + 1, self.n) if self.body_like(k)), None)
            if below is None:
                return start  # (no text below the second copy: the text was above it)
            for k in range(start, i):
                self.drop[k] = True  # (the notice is the site's, no part of the document)
            return below
        return start

    # ---- line readers ------------------------------------------------------------------------------

    def take_fields(self, pairs: list[tuple[str | None, str]]) -> None:
        """Record the fields of a line."""
        for field, value in pairs:
            self.web += 1
            if field is None or not value:
                continue
            self.field(field, value)

    def field(self, field: str, value: str) -> None:
        """Weigh one field by its kind."""
        if field in _DATE_FIELDS:
            when = dates.find_date(value)
            if when is not None:
                self.found.offer("date", when.isoformat(), _DATE_FIELDS[field])
        elif field == "date":
            when = dates.find_date(value)
            if when is not None:
                self.found.offer("date", when.isoformat(), evidence.POSTED)
        elif field == "source":
            if issuer.is_publication(value):
                self.found.offer("publication", value, evidence.SOURCE)
            elif not issuer.is_junk(value):
                self.found.offer("issuer", value, evidence.SOURCE)
        elif field == "issuer":
            if not issuer.is_junk(value):
                self.found.offer("issuer", value, _issuer_field_rank(value))
        elif field == "poster":
            body = issuer.body_named(value)
            if body is not None:
                self.found.offer("issuer", body, evidence.SOURCE)
        elif field == "authors" and (glued := _DATE_BEHIND.search(value)) is not None:
            # the paper's date run into its writers' names ("作者:苏盛宇2023年02月01日")
            when = dates.find_date(glued.group())
            if when is not None:
                self.found.offer("date", when.isoformat(), evidence.POSTED)
            if value[:glued.start()].strip():
                self.found.offer(field, value[:glued.start()].strip(), evidence.FIELD)
        else:
            self.found.offer(field, value, evidence.FIELD)

    def source_field(self, text: str) -> None:
        """A line "（信息来源：××市统计局）": the body that wrote a reprinted text."""
        for field, value in fields.fields_of(text) or []:
            if field == "source" and value and not issuer.is_publication(value) and not issuer.is_junk(value):
                key = text.lstrip("（(【[ ")
                self.found.offer("issuer", value, evidence.REPRINT if key.startswith("信息来源") else evidence.SOURCE)
            elif field is not None and value:
                self.field(field, value)

    def fields_box_label(self, i: int) -> bool:
        """Whether line i is a short word right above a box of the page's fields, two of the three lines below it
        shaped as fields (whether or not the reader knows their keys): the label of the box, no title or speaker."""
        text = self.text[i]
        return (visible_length(text) <= _BOX_LABEL_MAX and _SENTENCE.search(text) is None and i + 1 < self.n
                and self.lines[i + 1].gap == 0 and fields.fields_of(text) is None and fields.key_alone(text) is None
                and not title.is_org_line(text)  # (a body's name over the fields is the masthead: "××市统计局")
                and sum(fields.shaped_as_field(self.text[k]) is not None
                        for k in range(i + 1, min(self.n, i + 4))) >= 2
                # (nor the speaker's line over the page's fields: "镇长 王明" / "来源：…" / "成文日期：…")
                and title.speaker(text, under_subtitle=bool(self.subtitles)) is None)

    def read_field_line(self, i: int) -> bool:
        """Read line i as fields (also a key alone with its value below); True when it was one."""
        text = self.text[i]
        pairs = fields.fields_of(text) or fields.table_fields(text)
        if pairs is None and (alone := fields.key_alone(text)) is not None and (
                fields.KEYS[alone] is not None or (i >= 2 and self.web_fields[i - 2])):
            # a key of metadata printed bare, its value on the next line ("索引号" / "0152…"); not a word a page
            # prints beside its headline ("阅读"), whose next line may be the headline's end, unless it is one of a
            # run of keys and values ("发布日期" / "2023年02月13日" / "效力状态" / "有效")
            pairs = [(fields.KEYS[alone], "")]
        if pairs is not None:
            if any(field == "source" for field, _ in pairs) and "信息来源" in text:
                self.web += 1  # (a page's fields all the same: "发布日期：… 信息来源：白杨街道")
                self.source_field(text)
            else:
                self.take_fields(pairs)
            self.drop[i] = self.web_fields[i] = True
            key = fields.key_left_empty(text)
            if key is not None and i + 1 < self.n and self.lines[i + 1].gap <= 1:
                self.value_below(i, key)
            return True
        return False

    def value_below(self, i: int, key: str) -> None:
        """The value of a key printed alone on line i, on the next line (a bullet list, a table by cells)."""
        nxt = self.text[i + 1]
        if (self.chrome[i + 1] or fields.fields_of(nxt) is not None or fields.key_alone(nxt) is not None
                or len(nxt) > 60 or ends_sentence(nxt) or title.is_subtitle(nxt)
                or split_label(nxt) is not None or self.body_like(i + 1)):
            return  # (nor a meeting's subtitle under "阅读次数:": "——2019年…在…会议上")
        field = fields.KEYS[key]
        if field == "issuer" and not title.is_org_line(nxt) and title.document_title(nxt):
            return  # a key left empty above the document's title ("发布机构：" / "2024年白银市经济运行情况")
        if field == "doc_number" and not any(ch.isdigit() for ch in nxt):
            return  # (nor "文件编号:" left empty above it: "凤鸣街道办事处工作报告", a number with no digit)
        if key in fields.COUNTS and _COUNT.fullmatch(nxt) is None:
            return  # a count left empty over the text's first heading ("访问量:" / "2020年工作…回顾")
        if (field == "date" or field in _DATE_FIELDS) and dates.find_date(nxt) is None:
            return  # (nor a time left empty above the title's first line: "更新时间:" / "三亚市海棠区人民政府")
        self.drop[i + 1] = True
        value, behind = fields.fields_behind(nxt)
        if field is not None:
            self.field(field, value)
        self.take_fields(behind)

    # ---- the head --------------------------------------------------------------------------------

    def read_head(self, start: int) -> None:
        """Classify every line above the text: chrome, fields, masthead, title block."""
        for i in range(start):  # (an e-paper's page line dates the page even where a run of links takes it)
            if chrome.EPAPER_PAGE.match(self.text[i]) and (when := dates.find_date(self.text[i])) is not None:
                self.found.offer("date", when.isoformat(), evidence.POSTING_TIME)
        self.menu_runs(0, start)
        self.portal_masthead(start)
        for i in range(start):
            if not self.drop[i]:
                self.read_head_line(i, start)

    def portal_masthead(self, start: int) -> None:
        """Drop a portal's masthead: the government's name as the page's first line over the portal's clock, a date
        with its weekday ("天津市宝坻区人民政府" / "2019年12月3日星期二"). Neither is the document's: the name is the
        site's, not a title or a signature, and the clock tells the day the page was saved, if that."""
        first = next((i for i in range(start) if not self.drop[i]), None)
        if (first is not None and first + 1 < start and title.is_org_line(self.text[first])
                and chrome.is_weekday_date(self.text[first + 1])):
            self.drop[first] = self.drop[first + 1] = True
            self.web += 2

    def read_head_line(self, i: int, start: int) -> None:
        text = self.text[i]
        text = self.text[i] = title.drop_edition(text)
        if (dated := title.dated_headline(text)) is not None and (when := dates.find_date(dated[1])) is not None:
            text = self.text[i] = dated[0]  # (the headline's posting date behind it: "…工作总结 2021-04-02")
            self.found.offer("date", when.isoformat(), evidence.POSTING_TIME)
        headline = chrome.before_crumb(text)
        if headline is not None and title.document_title(title.drop_column_tag(headline)):
            self.web += 1  # the page's headline, its breadcrumb behind it on the line
            text = self.text[i] = headline
        if text[:1] in _BULLETS:
            bare = text.lstrip(_BULLETS)
            if self.page_field(bare):
                text = self.text[i] = bare  # one of a page's bulleted fields ("• 富源县人民政府办公室")
            elif _bare_field(bare) and fields.fields_of(bare) is None:
                self.web += 1  # a bulleted field whose key says nothing of the document ("• 统一编号: HD0120180001")
                self.drop[i] = True
                return
        titled = title.split_subtitle(text)
        if titled is not None:  # "…的报告（摘要）——2026年2月10日在…会议上": the title, its subtitle glued behind it
            text, subtitle = titled
            self.text[i] = text
            self.meeting_subtitle(self.behind_meeting(subtitle))
        if visible_length(text) <= 6 and self.carries_title(i, text):
            self.candidates.append(i)  # the last word of a title wrapped ("…统计" / "公报"), no column label
            return
        if self.chrome[i]:
            self.web += 1
            if (shared := chrome.shared_file_name(text)) is not None:
                self.found.offer("title", shared, evidence.FIELD)  # the file a sharing site's page shows
                self.preview = shared
            if chrome.EPAPER_PAGE.match(text):
                self.paper += 1  # (its date was read before the menu runs: see read_head)
            self.source_field(text)
            self.drop[i] = True
            return
        if self.fields_box_label(i):
            self.web += 1  # the label of the box of the page's fields ("基本信息" over "• 统一编号: …" / "• 文 号: …")
            self.drop[i] = True
            return
        if self.read_field_line(i):
            if "刊发" in text or "版次" in text:  # (a paper's date of issue, its page: "版次:38")
                self.paper += 1
            return
        glued = fields.split_glued(text)
        if glued is not None:
            text, pairs = glued
            self.text[i] = text
            self.take_fields(pairs)
        text, pairs = fields.fields_behind(text)  # (any key, after a space or a dash: "…年度报告-文 号:")
        if pairs:
            self.text[i] = text
            self.take_fields(pairs)
        if self.read_dates(i, text):
            return
        if chrome.is_edge_chrome(text) and (not self.subtitles or title.speaker(text, under_subtitle=True) is None):
            self.web += 1  # (not the speaker under a meeting's subtitle, a name spaced out: "市长 程 宇")
            self.drop[i] = True
            return
        if is_furniture(text):
            self.drop[i] = True
            if _RUNNING_HEAD.match(text):
                self.print_page = True
            if (issue := issue_of(text)) is not None:
                self.found.offer("issue", issue, evidence.FIELD)
                self.issue = True
            return
        if (publication := publication_of(text)) is not None and not self.carries_title(i, text):
            self.found.offer("publication", publication, evidence.FIELD)
            self.publication = True
            self.drop[i] = True
            return
        if (masthead_issuer := issuer_of(text)) is not None and not self.notice_opens(i, text):
            self.found.offer("issuer", masthead_issuer, evidence.FIELD)
            self.drop[i] = True
            return
        self.read_title_block_line(i, text)

    def notice_opens(self, i: int, text: str) -> bool:
        """Whether line i is the first line of a notice's title, the body that issues it ("××人民政府 ××法院印发" over
        "关于…的通知"), rather than a newsletter's masthead ("××办公室印发")."""
        return (text.endswith("印发") and i + 1 < self.n and self.lines[i + 1].gap == 0
                and self.text[i + 1].startswith(("关于", "《")) and title.document_title(self.text[i + 1]))

    def original_title(self, start: int) -> None:
        """A reprint's "原标题：…" line near the top: the document's own title, whatever the site's headline or the
        lines above it say (a calligraphy credit, a teaser); the line goes from the text."""
        for i in range(min(self.n, start + _ORIGINAL_REACH)):
            if self.text[i].startswith("原标题") and (match := _ORIGINAL_TITLE.match(self.text[i])) is not None:
                self.found.offer("title", match.group("title").strip(), evidence.WHOLE_TITLE)
                self.drop[i] = self.original = True
                return

    def inner_title(self, start: int, stop: int, *, titled: bool = False) -> None:
        """A report's title block printed below the top of the text, when the head has none: under a table of
        contents and the part that holds the report ("目录" … "第一部分 报告" / "关于…的报告" / "——…在…会议上" /
        "××县财政局"), or under the notice that prints it (see past_cover). Only a document title with its meeting
        subtitle or its speaker right below counts, and only under lines that hold no sentence (contents, part
        headings), so a title a report quotes stays in its text. Under a page's title over the contents
        (``titled``: "2021年××县政府决算公开" / "目录" …) the block says who reports and when, not the title."""
        for i in range(self.past_cover(start, stop), stop - 1):
            text = self.text[i]
            if self.drop[i] or "。" in text or ends_sentence(text):
                return
            nxt = i + 1
            heads = (title.document_title(text) and not self.drop[nxt] and self.lines[nxt].gap <= 1
                     and split_label(text) is None)
            if titled:
                if heads and title.speaker(self.text[nxt]) is not None:
                    self.drop[i] = True  # (the report's own title: "关于2021年财政决算草案" / "县财政局局长 丁乙")
                    self.read_title_block_line(nxt, self.text[nxt])
                    self.date_under_block(nxt + 1)
                    return
                continue
            if heads and (title.is_subtitle(self.text[nxt]) or title.speaker(self.text[nxt])):
                above = i - 1  # (a title over two lines: "关于…财政收支的" / "审计工作报告")
                if above >= start and not self.drop[above] and self.lines[i].gap == 0 and title.joins(
                        self.text[above], text):
                    self.candidates.append(above)
                self.candidates.append(i)  # (dropped with the title block once it is chosen)
                k = nxt
                while k < self.n and not self.drop[k]:  # the subtitle, then speaker and issuer lines
                    if self.date_under_block(k):
                        break
                    self.read_title_block_line(k, self.text[k])
                    if self.candidates[-1] == k:
                        self.candidates.pop()  # the first line of the text
                        break
                    while k < self.n and self.drop[k]:
                        k += 1
                return
            if heads and i > start and is_salutation(self.text[nxt]):
                self.candidates.append(i)  # (or the salutation right below it: "2025年××县政府工作报告" / "各位代表:")
                return

    def date_under_block(self, i: int) -> bool:
        """Whether line i is the date alone under a report's title block inside the text ("（2022年7月29日）"): the
        date the report was made."""
        day = _date_alone(self.text[i]) if i < self.n else None
        if day is None:
            return False
        self.drop[i] = True
        self.found.offer("date", day.isoformat(), evidence.MEETING)
        return True

    def past_cover(self, start: int, stop: int) -> int:
        """Where the document a cover notice prints begins, its title not copied above: below the notice's addressees,
        its sentences ("…现印发给你们，请…落实。") and its signature, which the signatures took ("各乡镇人民政府…：" /
        … / "××县人民政府" / "2026年2月9日" / "政府工作报告" / "——…会议上"); else ``start``."""
        if not self.addressed(start):
            return start
        i = start + 1
        while i < stop and not self.drop[i] and ends_sentence(self.text[i]):
            i += 1
        if i == start + 1 or i == stop or not self.drop[i]:
            return start
        while i < stop and self.drop[i]:
            i += 1
        return i

    def carries_title(self, i: int, text: str) -> bool:
        """Whether line i carries on the title candidate right above it ("…社会发展" / "统计公报")."""
        return i - 1 in self.candidates and self.lines[i].gap == 0 and title.joins(self.text[i - 1], text)

    def read_dates(self, i: int, text: str) -> bool:
        """A posting time or a date alone on line i (a date under an issuer line is a signature)."""
        posted = dates.posting_time(text)
        if posted is not None:
            self.found.offer("date", posted.isoformat(), evidence.POSTING_TIME)
            self.web += 1
            self.drop[i] = True
            return True
        adopted = dates.adopted_on(text)
        if adopted is not None:  # the document's own date, whatever the page says of its posting (kept as text)
            self.found.offer("date", adopted.isoformat(), evidence.MEETING)
            return False
        alone = _date_alone(text)
        if alone is not None:
            self.drop[i] = True
            # (under a meeting's subtitle, the meeting's date: "——在××镇…会议上" / "（2023年4月20日）", in brackets or
            # right under the subtitle or the speaker's line, "镇长王 鹏" / "2025年1月3日")
            met = bool(self.subtitles) and (text[:1] in "（(" or self.block_end == i - 1)
            self.found.offer("date", alone.isoformat(), evidence.MEETING if met else evidence.POSTED)
            return True
        return False

    def behind_meeting(self, text: str) -> str:
        """A meeting's subtitle without who reports behind it, read as the issuer: the body ("——…会议上
        海南省发展和改革委员会") or the speaker ("（…会议上） 杭州市人民政府市长 徐立毅", a site's headline run in)."""
        end = title.meeting_end(text)
        behind = text[end:].strip() if end >= 0 else ""
        if not behind:
            return text
        if (spoken := title.speaker(behind, under_subtitle=True)) is not None:
            self.speakers += 1
            self.found.offer("issuer", issuer.speaker_issuer(*spoken[:2]), evidence.SPEAKER)
        elif title.is_org_line(behind):
            self.found.offer("issuer", behind, evidence.ORG_LINE)
            self.signing = self.signing or behind
        else:
            return text
        return text[:end]

    def meeting_subtitle(self, text: str) -> None:
        """A subtitle of the title block ("——2026年1月20日在…会议上"): kept for the metadata, and its date the
        document's."""
        subtitle = title.subtitle_text(text)
        # (a site's headline ran it in, and it is printed below all the same, maybe wrapped at another place:
        # the copy without the space a wrap left in it stays)
        same = next((k for k, held in enumerate(self.subtitles) if unspaced(held) == unspaced(subtitle)), None)
        if same is None:
            self.subtitles.append(subtitle)
        elif len(subtitle) < len(self.subtitles[same]):
            self.subtitles[same] = subtitle
        when = dates.find_date(text)
        if when is not None:
            self.found.offer("date", when.isoformat(), evidence.MEETING)

    def read_title_block_line(self, i: int, text: str) -> None:
        """A line of the title block: subtitle, speaker, issuing body, or a candidate for the title."""
        if title.is_subtitle(text):
            self.drop[i] = True
            self.block_end = i
            k = i + 1
            # (a blank line between where the meeting's name is cut: a column or page break)
            while k < self.n and (self.lines[k].gap == 0 or (self.lines[k].gap == 1 and "会议上" not in text)) \
                    and title.subtitle_goes_on(text, self.text[k]):
                text = title.join(text, self.text[k])  # a subtitle wrapped before its end
                self.drop[k] = True
                self.block_end = k
                k += 1
            self.meeting_subtitle(self.behind_meeting(text))
            return
        spoken = title.speaker(text, under_subtitle=bool(self.subtitles))
        # (or under the subtitle the speaker's office alone, the name lost: "义乌市代市长")
        office = spoken[:2] if spoken is not None else (
            title.office_alone(text) if self.subtitles and self.block_end == i - 1 else None)
        if office is not None:
            self.drop[i] = True
            self.block_end = i
            self.speakers += 1
            self.found.offer("issuer", issuer.speaker_issuer(*office), evidence.SPEAKER)
            return
        if title.is_org_line(text) and self.candidates:
            self.drop[i] = True
            self.found.offer("issuer", text, evidence.ORG_LINE)
            self.signing = self.signing or text
            return
        if title.DOC_NUMBER.fullmatch(text) is not None:  # "鹤政发〔2025〕4号" over or under the title: no part of it
            self.drop[i] = True
            self.found.offer("doc_number", text, evidence.FIELD)
            return
        if self.subtitles and self.block_end == i - 1 and _NAME_ALONE.match(text):
            self.drop[i] = True  # the speaker's name alone under the "——在…会议上" subtitle ("舒晓军")
            self.block_end = i
            self.speakers += 1
            return
        body, _, name = text.partition(" ")
        if (self.subtitles and self.block_end == i - 1 and _NAME_ALONE.match(name.strip())
                and title.is_org_line(body)):
            # the speaker's body and name under the subtitle, no office between ("金溪县财政局 王冬龙"): it reports
            self.drop[i] = True
            self.block_end = i
            self.speakers += 1
            self.found.offer("issuer", body, evidence.SPEAKER)
            return
        self.candidates.append(i)

    def menu_runs(self, first: int, last: int) -> None:
        """Drop menus printed one link per line: three or more link-like lines of a few characters, or
        four or more short plain lines (a list of links: "国土空间规划", "专项规划和区域规划", …)."""
        # (a key alone, "索引号：", opens the page's fields below its menu: no link)
        self.runs(first, last, lambda i: chrome.menu_item(self.text[i]) and fields.key_alone(self.text[i]) is None,
                  3, 1)
        self.runs(first, last, self.link_like, 4, 3)

    def link_like(self, i: int) -> bool:
        """A short plain line right under the one before, no digits, no sentence, no line of a title block or
        a masthead: a link of a list."""
        text = self.text[i]
        return (self.lines[i].gap == 0 and visible_length(text) <= 12 and not _DIGITS.search(text)
                and not _SENTENCE.search(text) and not is_furniture(text) and publication_of(text) is None
                and not title.is_subtitle(text) and title.speaker(text) is None and fields.fields_of(text) is None)

    def runs(self, first: int, last: int, item: Callable[[int], bool], shortest: int, items: int) -> None:
        """Drop every run of at least ``shortest`` lines that are all items (chrome and dropped lines count),
        ``items`` of them at least items of their own."""
        run: list[int] = []
        for i in [*range(first, last), last]:
            member = i < last and (self.drop[i] or self.chrome[i] or item(i))
            if member and (not run or self.lines[i].gap <= 1):
                run.append(i)
                continue
            if sum(1 for k in run if not self.chrome[k] and not self.drop[k]) >= items and len(run) >= shortest:
                for k in run:
                    self.drop[k] = True
                    self.web += 1
                self.candidates = [c for c in self.candidates if c not in run]
            run = [i] if member else []

    # ---- the tail and the text -------------------------------------------------------------------

    def read_tail(self, end: int) -> None:
        """Below the text: chrome, link lists after a "相关…" marker, fields, the title printed again, and a
        date alone right below the text (成文日期 printed without a signature above it)."""
        below_text = True  # no line kept since the text ended
        for i in range(end, self.n):
            text = self.text[i]
            if below_text and not self.drop[i] and not self.chrome[i]:
                when = _date_alone(text)
                if when is not None:
                    self.found.offer("date", when.isoformat(), evidence.WRITTEN)
                    self.drop[i] = True
                    continue
            # (a link is a title, short or with no sentence mark in it, even two the layout joined)
            if chrome.is_related_marker(text) and all(
                    self.chrome[k] or len(self.text[k]) <= LONG or _SENTENCE.search(self.text[k]) is None
                    or chrome.is_edge_chrome(self.text[k]) for k in range(i + 1, self.n)):
                for k in range(i, self.n):
                    self.drop[k] = True
                    self.source_field(self.text[k])
                return
            if self.chrome[i]:
                self.source_field(text)
                self.drop[i] = True
            elif self.read_field_line(i) or chrome.is_edge_chrome(text) or dates.posting_time(text) is not None:
                self.drop[i] = True
            elif (i > end and self.drop[i - 1] and self.lines[i].gap == 0 and visible_length(text) <= 12
                  and not _SENTENCE.search(text)):
                self.drop[i] = True  # the rest of a chrome line the layout wrapped ("…地址：七宝镇政" / "府路1号")
            below_text = below_text and self.drop[i]
        self.menu_runs(end, self.n)
        self.footer_links(end)

    def footer_links(self, end: int) -> None:
        """A page's link list above its footer ("省内各市统计局" / "县区政府网站" / "事业单位" / "网站地图" /
        "…ICP备…"): below the text, the lines down to the end of the page are chrome or short links with no
        sentence mark; three lines of chrome among them make it a list."""
        k = self.n  # (the formula that closes the text, "特此通告", is no link: the list lies below it)
        while k > end and (self.drop[k - 1] or (visible_length(self.text[k - 1]) <= 16
                                                 and _SENTENCE.search(self.text[k - 1]) is None
                                                 and CLOSING.match(self.text[k - 1]) is None)):
            k -= 1
        links = [i for i in range(k, self.n) if not self.drop[i]]
        if links and self.n - k - len(links) >= 3:
            for i in links:
                self.drop[i] = True

    def read_text(self, start: int, end: int) -> None:
        """Inside the text: chrome lines, a source glued behind the last sentence, posting times."""
        for i in range(start, end):
            text = self.text[i]
            if chrome.is_chrome(text, footers=False):  # a footer inside the text is too rare to search for
                self.source_field(text)
                self.drop[i] = True
                continue
            trailing = chrome.strip_trailing(text)
            if trailing is not None:
                self.text[i] = trailing[0]
                self.source_field(trailing[1])

    def signatures(self) -> None:
        """An issuing body's name with a date below it (落款), wherever it stands, goes to the metadata."""
        for i in range(1, self.n):
            text = self.text[i]
            if len(text) > 30 or self.lines[i].gap > 3:
                continue
            if text[-1] in "日)）":
                when = _date_alone(text)
            elif text[-1].isdigit() and (spaced := _SPACED_DATE.match(text)) is not None:
                when = dates.with_year(int(spaced.group(1)), (int(spaced.group(2)), int(spaced.group(3))))
            elif text.isdigit():
                when = _date_alone(text)  # its digits run together ("2023313")
            else:
                continue
            org = i - 1
            if org > 0 and is_furniture(self.text[org]) and _DIGITS.search(self.text[org]):
                org -= 1  # a page number between the name and the date (a page break)
            note = None
            if org > 0 and PUBLICATION_NOTE.match(self.text[org]) and self.lines[org].gap <= 2:
                note, org = org, org - 1  # "（此件公开发布）" set between the name and the date
            if when is None or self.drop[org] or self.chrome[org]:
                continue
            if not title.is_org_line(self.text[org]):
                if text[-1] == "日" and self.lines[i].gap <= 2 and self.last_sentence(org):
                    # a date alone under the text's last sentence (or its note of an attachment), with no name above
                    # it: the date the document was written, where something (an attachment, a plan) is printed below
                    self.found.offer("date", when.isoformat(), evidence.WRITTEN)
                    self.drop[i] = True
                continue
            self.found.offer("date", when.isoformat(), evidence.SIGNED)
            top = org
            while (top > 1 and self.lines[top].gap <= 1 and not self.drop[top - 1] and not self.chrome[top - 1]
                   and split_label(self.text[top - 1]) is None and title.is_org_line(self.text[top - 1])):
                top -= 1  # a joint signature: the bodies that issue together, each on its line above the last
            bodies = [" ".join(self.text[k].split()) for k in range(top, org + 1)]
            self.found.offer("issuer", _issuers(bodies)[-1], evidence.SIGNED)
            for k in range(top, i + 1):
                self.drop[k] = True
            if note is None and i + 1 < self.n and PUBLICATION_NOTE.match(self.text[i + 1]):
                self.drop[i + 1] = True

    def last_sentence(self, k: int) -> bool:
        """Whether line k ends the text's last sentence, or notes the attachment under it ("…抓好落实。" /
        "附件:2023年…分解表"): what a date without a name may stand under as the document's own."""
        if _ATTACHMENT_NOTE.match(self.text[k]) and k > 0 and self.lines[k].gap <= 2:
            k -= 1
        return self.text[k].endswith("。")

    # ---- the decision ----------------------------------------------------------------------------

    def read(self) -> Frame:
        """Read the frame and return it."""
        start, end = self.zones()
        self.signatures()
        self.read_head(start)
        self.original_title(start)
        if not self.candidates:
            self.inner_title(start, min(end, start + _INNER_TITLE_REACH))
        elif start < self.n and CONTENTS_HEAD.match(self.text[start]) is not None:
            self.inner_title(start, min(end, start + _INNER_TITLE_REACH), titled=True)
        self.read_tail(end)
        self.read_text(start, end)
        self.masthead = self.publication and (self.issue or self.print_page)
        return self.decide(start)

    def decide(self, start: int) -> Frame:
        """Choose the title and what of the head stays in the body; build the Frame."""
        candidates = [i for i in self.candidates if not self.drop[i]]
        keep: list[int] = []
        titled = False
        headline = None if self.original else self.choose_title(candidates)
        for i in range(start):
            self.drop[i] = True
        if headline is not None:
            first, last, text = headline
            mode = self.mode(text, start)
            if mode == "story":
                keep = self.group_of(candidates, first, last)
                self.headline = True
                self.found.offer("title", text, evidence.FIELD)
            elif mode == "annex":
                keep = self.annex(candidates, candidates[0])  # the label opens the page, its title follows
            elif mode == "glossary":
                keep = list(range(first, last + 1))
                self.found.offer("title", text, evidence.FIELD)
            elif mode == "page":
                keep = self.headline_group(candidates, start)
                self.headline = True
            else:
                text, number = title.split_doc_number(text)  # ("…的通知(岳办发〔2017〕2号)": its number behind it)
                self.found.offer("doc_number", number, evidence.FIELD)
                self.found.offer("title", strip_markers(text), evidence.FIELD)  # ("…公报[1](第一号)": the note's mark)
                self.found.offer("issuer", issuer.title_issuer(text), evidence.TITLE)
                for i in range(first, last + 1):
                    self.drop[i] = True  # (a title block below the top of the text: see inner_title)
                # the title block ends with its subtitle and speaker lines: a line below them is the
                # text's first heading ("“十四五”时期发展成就" under "——…在…会议上"), not more subtitle
                # (not the title again, as an office's copy prints it under its masthead and number: "市人民政府办公厅
                # 关于印发" / "贵阳市气象灾害应急预案的通知")
                again = self.printed_again(candidates, last, text)
                keep = [i for i in candidates if i not in again and (
                    last < self.block_end < i or (i == candidates[-1] and self.below_fields(last, i, text)))]
                self.block_after([i for i in candidates if i not in keep], last, text, again)
                self.report_evidence(text, max(start, last + 1))  # (below a title block under the contents too)
                titled = True
        elif self.print_page or self.masthead:
            pass
        elif start < self.n and (self.subtitles or self.addressed(start)):
            # a report's page that opens at its meeting subtitle, or at "各位代表:", with no title above
            self.report_evidence("", start)
        self.dateline(headline[2] if headline is not None else "", start)
        self.glued_subtitle(start)
        self.published_report(start)
        if self.preview is not None:
            self.preview_pages(start, self.preview)
        if self.found.get("title") is None and self.found.get("issuer") is None:
            self.summing_body(start)
        if self.found.get("issuer") is None:
            self.reporting_body(start)
        for i in keep:
            self.drop[i] = False
            self.text[i] = title.drop_column_tag(self.text[i])
        self.declare()
        body: list[Line] = []
        gap = 0  # the largest gap before a dropped line since the last kept one
        for i in range(self.n):
            line = self.lines[i]
            if self.drop[i]:
                gap = max(gap, line.gap)
                continue
            gap = max(2, line.gap) if keep and i == keep[0] and self.headline else max(gap, line.gap)
            body.append(_relined(line, self.text[i], gap))
            gap = 0
        posted = self.found.get("issuer")
        if (self.signing is not None and posted is not None and self.found.rank("issuer") == evidence.FIELD
                and _POSTING_OFFICE.search(posted) is not None and _POSTING_OFFICE.search(self.signing) is None):
            # (a portal's 发布机构 is the government's office that posts what a bureau signs under the title:
            # "开州区政府办公室" over "重庆市开州区财政局")
            self.found.offer("issuer", self.signing, evidence.SIGNED)
        values = self.found.fields()
        if "title" in values:
            values["title"] = _lone_cell(values["title"])
        return Frame(body=body, fields=self.qualified(values), masthead=self.masthead, titled=titled)

    def choose_title(self, candidates: list[int]) -> tuple[int, int, str] | None:
        """The title: a line the reader marked as the title, a "名称" field, the declared title, or the first
        candidate; a column tag and a kicker on the same line go, a title over two lines is joined."""
        marked = next((i for i, line in enumerate(self.lines)
                       if line.source is not None and line.source.level == 0 and not self.drop[i]), None)
        if marked is not None:
            text = title.drop_column_tag(self.text[marked])
            above = marked - 1  # a kicker on a line of its own above the marked title may name who reports
            if above >= 0 and not self.drop[above] and self.lines[marked].gap == 0:
                kicker = title.split_kicker(f"{self.text[above]} {text}")
                if kicker is not None:
                    self.found.offer("issuer", issuer.speaker_issuer(kicker[1], kicker[2]), evidence.SPEAKER)
            return marked, marked, text
        if not candidates:
            return None
        chosen = next((i for i in candidates if self.title_like(i, candidates)), None)
        if chosen is None:  # (none reads like one: the longest line past a link's length, else the first)
            longer = [i for i in candidates if visible_length(self.text[i]) > _LINK_LENGTH]
            if not longer and len(candidates) > 1 and candidates[-1] - candidates[0] == len(candidates) - 1:
                return None  # (short lines in a row, none like a title: a menu's links, "行政法规" / "行政规范性文件")
            chosen = max(longer, key=lambda i: visible_length(self.text[i])) if longer else candidates[0]
        # the title printed whole below its pieces (a narrow column wrapped it first: "关于潍" / "坊市" / "年预算执行
        # 情"): the whole line, when every candidate above it is a piece of it
        complete = next((i for i in candidates if i > chosen and title.document_title(self.text[i])
                         and self.pieces_of(i, [k for k in candidates if k < i and _CJK.search(self.text[k])])), None)
        if complete is not None and _folded(self.text[chosen]) != _folded(self.text[complete]):
            chosen = complete
        # a channel's name over the title that ends with it ("政府信息公开工作年度报告" over "××局2024年政府信息公开工作
        # 年度报告"): the title is the longer line, which names who and when in front
        chosen = next((i for i in candidates if i > chosen and _named_in_front(self.text[chosen], self.text[i])),
                      chosen)
        # a page's headline over a report's own title, its meeting subtitle right under it ("××县2025年度政府预算公开" /
        # "××县2024…预算草案的报告" / "——2025年1月…会议上"): the report's title (a headline that is a title once a copy
        # site's province and date are off is none: "(山东省)…工作报告(2025年1月16日)")
        if not title.document_title(title.drop_column_tag(self.text[chosen])):
            chosen = next((i for i in candidates if i > chosen and self.lines[i].gap > 0
                           and title.document_title(self.text[i]) and i + 1 < self.n
                           and title.is_subtitle(self.text[i + 1])), chosen)
        if chosen + 1 in candidates and self.text[chosen + 1].startswith("关于") and _folded(
                self.text[chosen + 1])[2:] == _folded(self.text[chosen]):
            chosen += 1  # a copy site's headline over the report's own title, the same but for its 关于
        named = self.found.get("title") or self.declared.get("title")
        folded_name = _folded(named) if named else ""
        if named:  # (the line that prints the named title whole, else the first that prints a part of it)
            exact = next((i for i in candidates if _folded(self.text[i]) == folded_name), None)
            chosen = exact if exact is not None else next(
                (i for i in candidates if _folded(self.text[i]) in folded_name
                 or folded_name in _folded(self.text[i])), chosen)
        group = [chosen]
        while group[-1] + 1 in candidates and self.lines[group[-1] + 1].gap == 0:
            group.append(group[-1] + 1)
        if len(group) >= 3 and not _REPORTS_EVENT.search(self.text[chosen]):
            # a story's headline group of three or more lines, no line set apart: the main line reports the
            # event ("区十三届人大五次会议隆重开幕"), the slogans above it are its kickers, the lines below its deck
            chosen = next((k for k in group if _REPORTS_EVENT.search(self.text[k])), chosen)
        bold = chosen
        while bold + 1 in candidates and self.lines[bold + 1].gap == 0 and not self.lines[bold].doubled:
            bold += 1
        if self.lines[bold].doubled and not (bold > chosen and title.joins(self.text[bold - 1], self.text[bold])):
            # fake bold marks the main line of a headline group; plain lines above are its kicker (not a title's
            # first line that runs on into it: "…关于印发《…就业行" / "动实施方案（22002233—…）》的通知")
            chosen = bold
        # the title's first line above it ("突泉县人民政府" / "关于…的报告", "…执行情况和" / "…草案的报告")
        while (chosen - 1 in candidates and self.lines[chosen].gap == 0
               and _opens_title(self.text[chosen - 1], self.text[chosen])):
            chosen -= 1
        text = title.drop_column_tag(self.text[chosen])
        kicker = title.split_kicker(text)
        if kicker is not None:
            text = kicker[3]
            self.found.offer("issuer", issuer.speaker_issuer(kicker[1], kicker[2]), evidence.SPEAKER)
        last = chosen
        nxt = chosen + 1
        # a title over two lines or more (in fake bold both: display type wrapped)
        while (nxt in candidates and not title.same_title(text, self.text[nxt]) and (
                (self.lines[nxt].gap == 0 and (title.joins(text, self.text[nxt]) or (
                    self.lines[last].doubled and self.lines[nxt].doubled and visible_length(self.text[nxt]) <= 12)))
                # (or over a blank line, where the two make the title a field names: "关于印发…" / "" / "…的通知")
                or (self.lines[nxt].gap == 1 and named
                    and _folded(title.join(text, self.text[nxt])) in folded_name))):
            text = title.join(text, self.text[nxt])
            last, nxt = nxt, nxt + 1
        if named and (whole := _folded(text)) != folded_name and whole.startswith(folded_name):
            self.found.offer("title", text, evidence.WHOLE_TITLE)  # the field's value was cut: the line is whole
        return chosen, last, text

    def pieces_of(self, i: int, above: list[int]) -> bool:
        """Whether the lines ``above`` are the pieces of the title on line i a narrow column made: two or more, each
        short, each a part of it."""
        whole = _folded(self.text[i])
        return len(above) >= 2 and all(
            (piece := _folded(self.text[k])) in whole and len(piece) * 2 < len(whole) for k in above)

    def title_like(self, i: int, candidates: list[int]) -> bool:
        """Whether candidate i reads like a title rather than a leftover of a menu, a column or a site's name: it
        names a document, or it is longer than a link, names no body alone and stands among no other short lines."""
        text = self.text[i]
        if text in self.channels(i):
            return False  # (the channel a breadcrumb above names, printed again over the title: "政府报告")
        if title.document_title(text) or self.lines[i].doubled:
            return True
        if visible_length(text) <= _LINK_LENGTH or title.is_org_line(text) or _SITE_NAME.fullmatch(text) is not None:
            return False  # (a body's name alone is a site's name over its page: "广元市利州区人民政府"; and a site's
            # name with its slogan: "公文搜网 - 蓝秘书公文之家")
        short = [k for k in (i - 1, i + 1) if k in candidates and visible_length(self.text[k]) <= 12]
        return not short or visible_length(text) > 16

    def channels(self, below: int) -> set[str]:
        """The channels the breadcrumbs above line ``below`` name last (read once, for every candidate)."""
        if self._crumbs is None:
            self._crumbs = [(k, crumb) for k in range(self.n) if self.chrome[k]
                            and (crumb := chrome.last_crumb(self.text[k])) is not None]
        return {crumb for k, crumb in self._crumbs if k < below}

    def mode(self, text: str, start: int) -> str:
        """document | story | page | annex | glossary: what the title line is to the body (see the module
        docstring); an attachment or a glossary printed alone keeps its heading, which is also the title."""
        if self.masthead or self.print_page:
            return "page"
        first = start if start < self.n else None
        if any(title.is_annex(self.text[i]) for i in self.candidates[:1]):
            return "annex"
        if glossary_head(text):
            return "glossary"  # a glossary printed alone: its entries stand under its heading
        if self.document_signals(text, start):
            return "document"
        if self.paper or (first is not None and _NEWS_LEAD.match(self.text[first])):
            return "story"
        if self.web or title.has_column_tag(self.text[self.candidates[0]] if self.candidates else ""):
            return "document"
        if any(line.source is not None and line.source.level == 0 for line in self.lines):
            return "document"  # a title the file's markup sets apart (a web page's <h1>) is not a story's headline
        if self._centred(text):
            return "document"  # nor is a title a Word or PDF file centres over its text, no newspaper's sign around it
        return "story"

    def below_fields(self, last: int, i: int, headline: str) -> bool:
        """Whether the last candidate line, i, stands below the page's fields under the title ("时间:2018-07-12
        作者: 新闻来源:"), and is no subtitle, body, speaker line or title again: the text's first heading ("2017工作
        回顾"), not the title block's."""
        line = self.text[i]
        return (i > last + 1 and _PART_HEADING.fullmatch(line) is not None
                and any(self.web_fields[k] for k in range(last + 1, i))
                and not title.is_subtitle(line) and not title.is_org_line(line) and title.speaker(line) is None
                and not title.document_title(line) and not title.restates(headline, line)
                and not title.same_title(headline, line)
                # (nor the first piece of a speaker's line a layout wrapped: "紫金县人民" / "政府代县长 邓红卫")
                and not (i + 1 < self.n and self.lines[i + 1].gap == 0
                         and title.speaker(join_wrapped(line, self.text[i + 1])) is not None))

    def _centred(self, text: str) -> bool:
        """Whether the file centres the title line ``text`` (a Word paragraph or a PDF line it aligns so)."""
        return any(line.text == text and line.source is not None and line.source.align == "center"
                   for line in self.lines)

    def document_signals(self, text: str, start: int) -> bool:
        """The title names a document, a subtitle or speaker line stands under it, the text opens with a
        salutation, or the text is numbered the way documents are (一、…二、, 第一章, 第一部分)."""
        if title.document_title(text) or self.subtitles or self.speakers:
            return True
        if self.found.get("doc_number") or self.found.get("index_number"):
            return True
        if start < self.n and is_salutation(self.text[start]):
            return True
        second = ("二、", "第二章", "第二部分", "第二节")
        return any(self.text[i].startswith(second) for i in range(start, self.n) if not self.drop[i])

    def annex(self, candidates: list[int], label: int) -> list[int]:
        """An attachment printed on its own: its label and the title below stay as its heading, and that
        title is the document's title."""
        following = [i for i in candidates if i > label]
        if not following:
            return [label]
        self.found.offer("title", title.drop_column_tag(self.text[following[0]]), evidence.FIELD)
        return [label, following[0]]

    def group_of(self, candidates: list[int], first: int, last: int) -> list[int]:
        """The title with a kicker printed right above it; a deck below it is a subtitle (metadata)."""
        group = list(range(first, last + 1))
        while group[0] - 1 in candidates and self.lines[group[0]].gap == 0:
            group.insert(0, group[0] - 1)
        deck = [self.text[i] for i in candidates if i > last]
        self.found.offer("subtitle", _joined([*deck, *self.subtitles]), evidence.FIELD)
        return group

    def headline_group(self, candidates: list[int], start: int) -> list[int]:
        """On a page of articles, the candidate lines right above the text: the first article's headline."""
        group: list[int] = []
        i = start - 1
        while i >= 0 and i in candidates:
            group.insert(0, i)
            if self.lines[i].gap > 0:
                break
            i -= 1
        return group

    def block_after(self, candidates: list[int], last: int, text: str, again: set[int]) -> None:
        """Title-block lines below the title: repeats and restatements go (``again``: the lines that print it again
        over two lines or more), others join the subtitle."""
        parts: list[str] = []
        bodies: list[str] = []  # the issuing bodies under the title ("××县统计局" / "国家统计局××调查队")
        for i in candidates:
            if i <= last or i in again:
                continue
            line = self.text[i]
            if title.restates(text, line) or title.same_title(text, line):
                continue
            if title.is_org_line(line):
                bodies.append(line)
                continue
            if title.is_annex(line) or CONTENTS_HEAD.match(line):
                continue  # (nor is the head of the contents below the title part of it)
            parts.append(line)
        for body in _issuers(bodies):
            self.found.offer("issuer", body, evidence.ORG_LINE)
        self.found.offer("subtitle", _joined([*parts, *self.subtitles]), evidence.FIELD)
        same = title.same_title_as(text)  # (the title folded once for every line below it)
        for i in range(last + 1, self.n):  # the title printed again further down (at the end of a web page)
            if (not self.drop[i] and visible_length(self.text[i]) <= 60 and same(self.text[i])
                    and not self.declared_heading(i)):
                self.drop[i] = True
            elif (i + 1 < self.n and not self.drop[i] and self.lines[i + 1].gap == 0
                  and same(self.text[i] + self.text[i + 1])):
                self.drop[i] = self.drop[i + 1] = True  # printed again over two lines
            elif not self.drop[i] and len(self.lines[i].wrapped) > 1:
                self.unglue_title(i, text)

    def printed_again(self, candidates: list[int], last: int, text: str) -> set[int]:
        """The candidate lines below the title that print it again over two lines or more ("关于…计划" / "执行情况与…的
        报告")."""
        again: set[int] = set()
        for i in (k for k in candidates if k > last):
            lines = range(i, i + 2)
            while lines.stop <= i + 4 and lines[-1] in candidates:
                if title.restates(text, "".join(self.text[k] for k in lines)):
                    again.update(lines)
                    break
                lines = range(i, lines.stop + 1)
        return again

    def unglue_title(self, i: int, text: str) -> None:
        """The title printed again right below the text's last line, which the column joined to it as wrapped
        ("…数字化物业；" / "太湖县2015年国民经济和社会发展统" / "计公报"): the text's line without it."""
        wrapped = self.lines[i].wrapped
        for cut in (1, 2):
            if (len(wrapped) > cut and len(text) >= 8
                    and title.same_title(text, "".join(part.text for part in wrapped[-cut:]))):
                kept = wrapped[:-cut]
                joined = kept[0].text
                for part in kept[1:]:
                    joined = join_wrapped(joined, part.text)
                self.lines[i] = dataclasses.replace(self.lines[i], text=joined, wrapped=kept if len(kept) > 1 else ())
                self.text[i] = joined
                return

    def declared_heading(self, i: int) -> bool:
        """Whether the file declares line i a heading (a Word heading style, an HTML <h2>): it stays."""
        source = self.lines[i].source
        return source is not None and source.level is not None and source.level >= 1

    def opening(self, start: int, reach: int) -> list[int]:
        """The lines of the text among the ``reach`` lines from ``start``: where a lead's evidence is read."""
        return [i for i in range(start, min(self.n, start + reach)) if not self.drop[i]]

    def addressed(self, start: int) -> bool:
        """Whether the text's first line is a form of address ("各位代表:"): a speech whose title was not copied."""
        opening = self.opening(start, 1)
        return bool(opening) and is_salutation(self.text[opening[0]])

    def report_evidence(self, text: str, start: int) -> None:
        """What a report's first paragraphs say: "我代表××人民政府", "在2月6日召开的…会议上"."""
        opening = self.opening(start, 12)
        for i in opening:
            represented = issuer.represented(self.text[i]) or issuer.entrusted(self.text[i])
            if represented is not None:
                self.found.offer("issuer", represented, evidence.SPEAKER)
                self.place = issuer.report_place(self.text[i])
                break
        for i in opening[:3]:
            match = _LEAD_MEETING.search(self.text[i])
            if match is None:
                continue
            year = max(dates.years(text), default=None)
            if year is not None:
                when = dates.with_year(year, (int(match.group("m")), int(match.group("d"))))
                if when is not None:
                    self.found.offer("date", when.isoformat(), evidence.LEAD_MEETING)
            break

    def glued_subtitle(self, start: int) -> None:
        """The date of a meeting subtitle run into the text's first lines, where a copy lost their breaks: as strong
        as the subtitle printed on its own line."""
        for i in self.opening(start, 4)[:3]:
            match = _GLUED_SUBTITLE.search(self.text[i], 0, 400)
            if match is not None:
                when = dates.find_date(match.group("date"))
                if when is not None:
                    self.found.offer("date", when.isoformat(), evidence.MEETING)
                return

    def dateline(self, text: str, start: int) -> None:
        """The day a news story's dateline reports ("海口网3月9日消息"), its year the one the title prints, or else the
        year its own paragraph prints, or the opening paragraphs print, most (the latest of a tie: a report "on 2023's
        budget and 2024's draft" is given in 2024): weaker than any date the page prints in full. The body whose head
        gave the report the story covers ("…会议上,滨州市财政局局长胡云江作了关于…的报告") is the issuer, as a
        speaker line would say."""
        opening = self.opening(start, 8)[:5]
        for i in opening[:2]:
            match = _DATELINE.match(self.text[i])
            if match is None:
                continue
            if "报告" in self.text[i] and (reported := title.REPORTED_BY.search(self.text[i])) is not None:
                self.found.offer("issuer", issuer.speaker_issuer(reported.group("org"), reported.group("role")),
                                 evidence.SPEAKER)
            printed = (dates.years(text) or dates.years(self.text[i])
                       or [year for k in opening for year in dates.years(self.text[k])])
            if printed:
                year = max(set(printed), key=lambda y: (printed.count(y), y))
                month, day = match.group("m") or match.group("m2"), match.group("d") or match.group("d2")
                when = dates.with_year(year, (int(month), int(day)))
                if when is not None:
                    self.found.offer("date", when.isoformat(), evidence.DATELINE)
            return

    def published_report(self, start: int) -> None:
        """The body whose own report the text's lead says it publishes ("现公布白城市农业农村局2024年政府信息公开工作
        年度报告"), or that compiled it ("结合2023年泰山区政府信息公开工作实际编制": the place's government): the
        issuer, as a title naming it would say, weakest of all."""
        for i in self.opening(start, 4)[:2]:
            match = _PUBLISHED.search(self.text[i])
            if match is not None:
                self.found.offer("issuer", issuer.title_issuer(match.group("report")), evidence.TITLE)
                if match.group("quoted"):  # (the report's name as printed on it: its title where no line gives one)
                    self.found.offer("title", match.group("report"), evidence.TITLE)
                return
            if "编制" in self.text[i] and (compiled := _COMPILED.search(self.text[i])) is not None:
                place = compiled.group("place")  # (a place's government reports its work; 街道 has an office)
                if place is None:
                    self.found.offer("issuer", compiled.group("body"), evidence.TITLE)
                elif issuer.is_place(place):
                    government = place + ("办事处" if place.endswith("街道") else "人民政府")
                    self.found.offer("issuer", government, evidence.TITLE)
                return

    def preview_pages(self, start: int, name: str) -> None:
        """A sharing site's preview numbers the pages of the file at their starts, the first at the text's start ("1、
        政府工作报告一、基本情况。…", "2、矿。…"): the numbers go, and a page that carries on the sentence the page
        before broke off is joined to it ("…非金属" / "2、矿。" → "…非金属矿。"). The first page's line that prints the
        file's ``name`` again with no sentence in it ("1、镇年度工作计划镇年度工作安排", its text on the next line) is
        the title the file opens with, already read from the site's line: it goes too."""
        kept = [i for i in range(start, self.n) if not self.drop[i]]
        if not kept or not self.text[kept[0]].startswith("1、"):
            return
        page, previous = 1, None
        for i in kept:
            marker = f"{page}、"
            if self.text[i].startswith(marker):
                rest = self.text[i][len(marker):]
                page += 1
                if previous is None and rest.startswith(name) and _SENTENCE.search(rest) is None:
                    self.drop[i] = True  # (the first page's title line)
                    continue
                if previous is not None and not ends_sentence(self.text[previous]) and self.lines[i].gap == 0:
                    self.text[previous] = join_wrapped(self.text[previous], rest)
                    self.drop[i] = True
                    continue
                self.text[i] = rest
            previous = i

    def summing_body(self, start: int) -> None:
        """The body a text with no title sums up the year of, named as its first sentence's subject ("2022年,
        中山西路街道在区委、区政府的正确领导下,…"): the issuer, weakest of all."""
        for i in self.opening(start, 2)[:1]:
            match = _SUMMING_BODY.match(self.text[i])
            if match is not None:
                self.found.offer("issuer", match.group("body"), evidence.TITLE)

    def reporting_body(self, start: int) -> None:
        """The body a report's opening says compiled it ("本年度报告…由城中区人民政府办公室综合…编制而成"), else the
        one it names for questions about it ("如对本报告有任何疑问,请与龙潭区林业畜牧局办公室联系", the office that
        answers them taken off): the issuer, weakest of all."""
        opening = [self.text[i] for i in self.opening(start, 4)]
        for text in opening:
            if "编制" in text and "报告" in text and (match := _COMPILED_BY.search(text)) is not None:
                self.found.offer("issuer", match.group("body"), evidence.TITLE)
                return
        for text in opening:
            if "联系" in text and "报告" in text and (match := _CONTACT_OFFICE.search(text)) is not None:
                body = match.group("body")
                if body.endswith(("区政府", "县政府", "市政府", "镇政府", "乡政府")):
                    body = body[:-2] + "人民政府"  # (东城区政府信息公开办公室: the government's whole name)
                self.found.offer("issuer", body, evidence.TITLE)
                return

    def declare(self) -> None:
        """What the file declares outside its text, weakest of all."""
        for key, value in self.declared.items():
            if key == "date":
                when = dates.find_date(value)
                if when is not None:
                    self.found.offer("date", when.isoformat(), evidence.DECLARED)
            elif key == "issuer" and issuer.is_junk(value):
                continue
            else:
                self.found.offer(key, value, evidence.DECLARED)

    def qualified(self, values: dict[str, str]) -> dict[str, str]:
        """The issuer with its place when the text names it only by level ("省人民政府" → "青海省人民政府") or
        the site's masthead names it whole (``issuer.masthead_named``); a bare place the title's body names."""
        who = values.get("issuer")
        if who and who.endswith("政府办") and len(who) > 3:  # "陵水黎族自治县政府办": the office's short name, whose
            whole = who[:-3].removesuffix("人民") + "人民政府办公室"  # whole name the title may print
            if issuer.title_issuer(values.get("title", "")) == whole:
                who = whole
        if who and issuer.is_place(who):
            # a page's source that names only the place ("来源:闽侯县") under a title that names the place's own
            # body ("闽侯县人民政府办公室2025年…年度报告"): that body
            named = issuer.title_issuer(values.get("title", ""))
            if named is not None and named.startswith(who) and named[len(who):] != "办事处":
                who = named
        if who:
            place = None
            for subtitle in self.subtitles:
                place = place or issuer.congress_place(subtitle)
            place = place or issuer.title_place(values.get("title", "")) or self.place
            who = issuer.masthead_named(issuer.qualify(who, place), self.text)
            values["issuer"] = issuer.named_whole(who, values.get("title", ""))
        return values


# the heading of a report's first part, a few words with its year or none ("2017工作回顾", "工作回顾")
# a part's heading as a page prints it under its fields ("2017工作回顾", "2020年工作及“十三五”时期发展回顾")
_PART_HEADING = re.compile(r"(?:(?:19|20)[0-9]{2}年?)?(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,6}”){2,10}")
_FRONT = re.compile(r"^[\u4e00-\u9fff]{2,24}?[0-9]{4}年(?:度)?$")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,24}")


def _named_in_front(channel: str, text: str) -> bool:
    """Whether ``text`` is the title ``channel`` with its issuer and year in front ("××局2024年" + the channel), or
    with its place or body in front of a channel that names the year ("枫桥湖街道" + "2022年度工作总结")."""
    channel, text = _folded(channel), _folded(text)
    if len(text) <= len(channel) or not text.endswith(channel):
        return False
    front = text[:-len(channel)]
    if _FRONT.match(front) is not None:
        return True
    return (title.opens_with_year(channel) and _CJK_NAME.fullmatch(front) is not None
            and (issuer.is_place(front) or title.is_org_line(front)))


_BULLETS = "•·●■◆▪-* \u3000"
_CJK = re.compile(r"[\u4e00-\u9fff]")


_SITE_NAME = re.compile(r"[^-—|｜]{2,16}(?:网|网站|之家|门户|平台)(?:\s*[-—|｜]\s*[^-—|｜]{2,16})?"
                        r"|[^-—|｜]{2,16}\s*[-—|｜]\s*[^-—|｜]{2,16}(?:网|网站|之家|门户|平台)")


_LINK_LENGTH = 8  # a line this short may be a link of a menu or a column's name


def _opens_title(above: str, line: str) -> bool:
    """Whether ``above`` is the first line of the title that goes on in ``line``: the body that issues it over
    "关于…", or a line that stops at a joining word ("南开区2023年预算执行情况和" / "2024年预算草案的报告")."""
    return title.issuers_over_title(above, line) or (above.endswith(("和", "及", "与", "暨", "的"))
                                                     and title.joins(above, line))


def _lone_cell(text: str) -> str:
    """A row of a page's layout table with text in its first cell alone ("2013年上虞区…统计公报 | ||||||"): that
    text; any other line as it is."""
    if not text.endswith(("|", "｜")):
        return text
    first, bar, rest = text.replace("｜", "|").partition("|")
    return first.rstrip() if bar and first.strip() and not rest.replace("|", "").strip() else text


def _date_alone(text: str) -> date | None:
    """A date alone on its line, in brackets too ("2026年1月22日", "（2025年4月10日）")."""
    return dates.date_only(text.strip("（）()"))


def _joined(parts: list[str]) -> str:
    """Lines of a subtitle joined as one clean line (spaces cleaned as a line is, so text reads it back)."""
    return clean_spaces(" ".join(part for part in parts if part.strip())).strip()


def _folded(text: str) -> str:
    return title.drop_column_tag(text).replace(" ", "")


_QUESTION_MAX = 40  # the longest question taken for a page's headline
_QUESTION_INSIDE = re.compile(r"[。，,；;！!?？:：]")  # (a headline's question is one clause)
# a forum post's line ("发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式"), and the poster's profile above it
_PROFILE_REACH = 60
_POST_LINE = re.compile(
    r"^\s*发表于\s*(?:19|20)[0-9]{2}[-/年][0-9]{1,2}[-/月][0-9]{1,2}.{0,40}?(?:楼层|阅读模式|只看该作者|倒序浏览)")
_PROFILE_LINE = re.compile(r"TA的每日心情|签到天数|^\s*\[LV\.[0-9]+\]|^\s*Rank\s*:|^\s*(?:发消息|加好友|打招呼)\s*$")


class _Chrome:
    """Whether each line is chrome (``chrome.is_chrome``), judged once, when first asked."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.known: list[bool | None] = [None] * len(texts)

    def mark(self, i: int) -> None:
        """Line i is chrome, whatever it reads as (a part of a page's chrome its neighbours show)."""
        self.known[i] = True

    def __getitem__(self, i: int) -> bool:
        known = self.known[i]
        if known is None:
            known = self.known[i] = chrome.is_chrome(self.texts[i])
        return known


def canonical_block(lines: list[Line]) -> tuple[dict[str, str], int] | None:
    """govdoc's own metadata block at the top (canonical text): its fields and the first line after it.

    The block opens with its "标题：" line; a page that opens with another field ("索引号：…") and a blank
    line is a page of the wild.
    """
    if not lines or (pair := fields.canonical_line(lines[0].text)) is None or pair[0] != "title":
        return None
    found: dict[str, str] = {}
    end = 0
    while end < len(lines) and (end == 0 or lines[end].gap == 0):
        pair = fields.canonical_line(lines[end].text)
        if pair is None:
            break
        key, value = pair
        if value and key not in found:
            found[key] = value
        end += 1
    if end == 0 or (end < len(lines) and lines[end].gap == 0):
        return None
    return found, end


_BOX_LABEL_MAX = 6  # (the longest label of a box of fields: "基本信息", "文件信息")
_FIELD_VALUE_MAX = 30  # (the longest value of a field whose key the reader does not know: a number, a date, a name)


def _bare_field(text: str) -> bool:
    """Whether ``text`` is shaped as one of a page's fields: a short key, a colon and a short value with no
    sentence in it ("统一编号: HD0120180001", "文件状态:"), whether or not the reader knows the key; or a value whose
    key the page left out that says nothing of the document's title, issuer or date: an index number
    ("005252696/2020-00021"), a row of subject words ("财政,审计")."""
    shaped = fields.shaped_as_field(text)
    if shaped is None:
        return _KEYLESS_VALUE.fullmatch(text) is not None
    return len(text) - shaped.end() <= _FIELD_VALUE_MAX and not _SENTENCE.search(text)


# a bulleted field's value printed without its key: an index number, or subject words
_KEYLESS_VALUE = re.compile(
    r"[A-Za-z0-9]{5,20}/[0-9]{4}-[0-9]{3,8}|[\u4e00-\u9fff]{2,6}(?:[,，、][\u4e00-\u9fff]{2,6}){1,4}")


_DIGITS_FIRST = frozenset("123456789")
# a section numbered 1 / 1.1 / 1.1.1 and its title ("1总则", "1.1 编制目的")
_SECTION_HEAD = re.compile(SECTION_NUMBER.pattern + r"[ \u3000]*[\u4e00-\u9fff]{2}")


def _issuers(bodies: list[str]) -> list[str]:
    """The issuers that bodies signing together on lines of their own name: a statistics bureau and the bodies that
    sign a bulletin with it (the survey team, a census office) are one, joined by a space ("××县统计局
    国家统计局××调查队"); others one each."""
    if len(bodies) > 1 and any("调查队" in body or "统计局" in body for body in bodies):
        return [" ".join(bodies)]
    return bodies


def read_frame(lines: list[Line], declared: Mapping[str, str] | None = None) -> Frame:
    """Read the frame of a document from its clean lines: metadata, and the body without chrome and title block.

    ``declared`` holds metadata the file declares outside its text (``Meta`` field names); it fills
    what the text does not print.
    """
    declared = declared or {}
    block = canonical_block(lines)
    if block is not None:
        found, end = block
        if "date" in found:
            when = dates.find_date(found["date"])
            found["date"] = when.isoformat() if when else ""
        for key, value in declared.items():
            found.setdefault(key, value)
        return Frame(body=lines[end:], fields={k: v for k, v in found.items() if v}, explicit=True)
    return FrameReader(lines, declared).read()


__all__ = ["Frame", "FrameReader", "canonical_block", "read_frame"]
