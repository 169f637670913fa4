"""Hypothesis strategies for the frame stage: documents written out as plain pages with random chrome
before and after, random title blocks and metadata in several layouts, and what parsing must find.

A drawn ``Page`` holds the plain text and the truth: the Report the body was written from (its
outline and paragraphs) and the title, issuer and date a careful annotator would take from the page
by the rules of the devset README ("Metadata in documents from the wild").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

from govdoc import write_text
from govdoc.metrics import extract_metrics
from govdoc.model import GlossaryTerm, Meta, Paragraph, Report, Section
from govdoc.numbering import int_to_cn, make_label
from govdoc.parsing.normalise import unspace_letters
from govdoc.testing import SALUTATIONS, canonical_paragraphs, canonical_titles

PLACES = ("七宝镇", "闵行区", "常州市", "江苏省", "太湖县", "宁夏回族自治区")
ROLES = {"镇": "镇长", "区": "区长", "市": "市长", "省": "省长", "县": "县长"}
NAMES = ("王明", "李强", "陈晨", "买买提·艾力")
PUBLICATIONS = ("闵行报", "江苏日报", "上海发布客户端")
DOCUMENT_FAMILIES = ("part", "chapter", "cn", "paren_cn", "arabic", "paren_arabic", "circled")
DATES = st.dates(dt.date(2001, 1, 1), dt.date(2035, 12, 28))


def headings() -> st.SearchStrategy[str]:
    """Heading titles; single characters with spaces between them ("𠀀 𠀀 𠀀") are letter spacing to any
    reader (and to the parser), so such a title is printed as its characters."""
    return canonical_titles().map(unspace_letters)


@dataclass(frozen=True)
class Page:
    """A plain page and what parsing it must give back."""

    text: str
    report: Report  # the body's outline and paragraphs
    title: str
    issuer: str | None
    date: dt.date | None


def government(place: str) -> str:
    return f"{place}人民政府"


def speaker_line(place: str, name: str, with_place: bool) -> str:
    if place.endswith("自治区"):
        return f"{place if with_place else '自治区'}人民政府主席 {name}"
    role = ROLES[place[-1]]
    return f"{place if with_place else ''}{role} {name}"


def cn_date(date: dt.date) -> str:
    digits = "〇一二三四五六七八九"
    return "".join(digits[int(d)] for d in str(date.year)) + f"年{int_to_cn(date.month)}月{int_to_cn(date.day)}日"


@st.composite
def printed_dates(draw: st.DrawFn, date: dt.date) -> str:
    """A date as pages print it in fields."""
    return draw(st.sampled_from([
        date.isoformat(), f"{date.year}年{date.month}月{date.day}日", f"{date.year}/{date.month:02d}/{date.day:02d}",
        f"{date.isoformat()} 10:30", f"{date.year}年{date.month:02d}月{date.day:02d}日 16:40",
    ]))


@st.composite
def texts(draw: st.DrawFn, kinds: tuple[str, ...] = ("text", "text", "note")) -> Paragraph:
    """A paragraph of a document: a canonical paragraph, lengthened to a sentence of ordinary length
    when it is only a few characters (a page of three-character paragraphs shows no layout at all)."""
    paragraph = draw(canonical_paragraphs(kinds=kinds))
    if paragraph.kind in ("text", "note") and len(paragraph.text) < 16:
        text = paragraph.text.replace("注：", "")
        text = ("注：" if paragraph.kind == "note" else "") + "全年各项工作稳步推进，" + text
        paragraph = Paragraph(text=text, kind=paragraph.kind, metrics=extract_metrics(text))
    return paragraph


@st.composite
def _sections(draw: st.DrawFn, families: list[str], depth: int) -> list[Section]:
    family = families[depth]
    sections = []
    for index in range(1, draw(st.integers(1, 3)) + 1):
        paragraphs = draw(st.lists(texts(), max_size=2))
        run_in = bool(paragraphs) and paragraphs[0].kind == "text" and draw(st.booleans())
        children = draw(_sections(families, depth + 1)) if depth + 1 < len(families) and draw(st.booleans()) else []
        kind = "part" if family in ("part", "chapter") else "section"
        sections.append(Section(label=make_label(family, index, ascii_parens=draw(st.booleans())), number=index,
                                title=draw(headings()), kind=kind, run_in=run_in, paragraphs=paragraphs,
                                children=children))
    return sections


@st.composite
def documents(draw: st.DrawFn) -> Report:
    """The body of a document: an optional opening (salutation, paragraphs), numbered sections in any
    families and order, and perhaps a glossary. Its metadata is what the page's frame will print."""
    families = list(draw(st.permutations(DOCUMENT_FAMILIES)))[: draw(st.integers(1, 3))]
    # an opening of a few paragraphs, as reports and bulletins have (it also shows the page's layout)
    preamble: list[Paragraph] = []
    if draw(st.booleans()):
        preamble.append(Paragraph(text=draw(st.sampled_from(SALUTATIONS)), kind="salutation"))
    preamble += draw(st.lists(texts(kinds=("text",)), min_size=3, max_size=4))
    sections = draw(_sections(families, 0))
    glossary: list[GlossaryTerm] = []
    if draw(st.integers(0, 3)) == 0:
        for n in range(1, draw(st.integers(1, 3)) + 1):
            definition = draw(texts(kinds=("text",))).text
            glossary.append(GlossaryTerm(number=n, term=draw(canonical_titles()), definition=definition,
                                         metrics=extract_metrics(definition)))
        sections.append(Section(title="名词解释", kind="glossary"))
    return Report(preamble=preamble, sections=sections, glossary=glossary)


def body_text(report: Report) -> list[str]:
    """The body as plain text, as an office types it (govdoc's plain text without title and signature)."""
    text = write_text(report.model_copy(update={"meta": Meta()}), style="plain")
    return text.rstrip("\n").split("\n")


HEAD_CHROME = (
    ["欢迎访问{place}人民政府门户网站！"],
    ["政务公开 | 政务服务 | 互动交流 | 走进{place}"],
    ["首页", "机构", "新闻", "公开", "互动"],
    ["·政策文件", "·政策解读", "·规划计划"],
    ["当前位置：首页 > 信息公开 > 政府文件"],
    ["您的位置:", "首页", ">", "要闻动态"],
    ["【字号：大 中 小】"],
    ["收藏 打印 关闭"],
    ["下载", "打印", "全屏", "收藏"],
    ["进入适老模式 无障碍阅读"],
)
TAIL_CHROME = (
    ["扫一扫在手机打开当前页"],
    ["【打印本页】【关闭窗口】"],
    ["分享到：", "微信", "微博"],
    ["上一篇：{place}召开平安建设推进会"],
    ["责任编辑：王丽"],
    ["编辑:韩佳 张兴红", "一审:李强", "二审:陈晨"],
    ["留个言再走呗..."],
    ["主办单位：{place}人民政府 版权所有 沪ICP备12345678号"],
    ["联系电话：021-64120000 地址：{place}政府路1号"],
    ["网站标识码：3100000001"],
    ["相关报道：", "{place}召开平安建设推进会", "{place}部署2025年重点工作"],
    ["相关附件"],
)


@st.composite
def chrome(draw: st.DrawFn, pool: tuple[list[str], ...], place: str) -> list[str]:
    lines: list[str] = []
    for block in draw(st.lists(st.sampled_from(pool), max_size=4)):
        lines.extend(line.format(place=place) for line in block)
    return lines


@st.composite
def titles(draw: st.DrawFn, place: str, year: int) -> tuple[str, list[str]]:
    """A document title and the lines it is printed on (one or two)."""
    kind = draw(st.sampled_from(["report", "budget", "bulletin", "notice"]))
    if kind == "report":
        title = draw(st.sampled_from([f"{year}年{place}政府工作报告", f"{place}{year}年政府工作报告"]))
        return title, [title]
    if kind == "budget":
        first, second = f"关于{place}{year - 1}年预算执行情况和{year}年", "预算草案的报告"
        if draw(st.booleans()):
            return first + second, [first, second]
        return first + second, [first + second]
    if kind == "bulletin":
        title = f"{place}{year - 1}年国民经济和社会发展统计公报"
        return title, [title]
    title = f"关于做好{year}年{place}防汛防台工作的通知"
    return title, [title]


@st.composite
def field_lines(draw: st.DrawFn, fields: list[tuple[str, str]]) -> list[str]:
    """Metadata fields in one of the layouts pages use."""
    if not fields:
        return []
    layout = draw(st.sampled_from(["one line", "lines", "bullets", "table"]))
    if layout == "one line":
        return [" ".join(f"{key}：{value}" for key, value in fields)]
    if layout == "lines":
        return [f"{key}:{value}" for key, value in fields]
    if layout == "bullets":
        return [line for key, value in fields for line in (f"  • {key}:", f"    {value}")]
    rows = [fields[i:i + 2] for i in range(0, len(fields), 2)]
    return [" | ".join(f"{key} | {value}" for key, value in row) + " |" for row in rows]


@st.composite
def pages(draw: st.DrawFn, body: st.SearchStrategy[Report] | None = None) -> Page:
    """A document written out as a plain page with a frame around it, and the truth about it; ``body``
    draws the document (``documents()`` by default)."""
    place = draw(st.sampled_from(PLACES))
    meeting = draw(DATES)
    title, title_lines = draw(titles(place, meeting.year))
    report = draw(body if body is not None else documents())
    head: list[str] = draw(chrome(HEAD_CHROME, place))
    date: dt.date | None = None
    issuer: str | None = None
    ranks: dict[str, int] = {}

    def weigh(field: str, value: object, rank: int) -> None:
        nonlocal date, issuer
        if value is not None and rank < ranks.get(field, 99):
            ranks[field] = rank
            if field == "date":
                date = value  # type: ignore[assignment]
            else:
                issuer = value  # type: ignore[assignment]

    # the metadata fields (before or after the title)
    fields: list[tuple[str, str]] = []
    if draw(st.booleans()):
        fields.append(("索引号", "MB2F13658N/2025-00012"))
    if draw(st.booleans()):
        office = f"{place}人民政府办公室"
        fields.append((draw(st.sampled_from(["发布机构", "发文机关"])), office))
        weigh("issuer", office, 3)
    if draw(st.booleans()):
        written = draw(DATES)
        fields.append((draw(st.sampled_from(["成文日期", "发文日期"])), draw(printed_dates(written))))
        weigh("date", written, 3)
    if draw(st.booleans()):
        posted = draw(DATES)
        fields.append((draw(st.sampled_from(["发布日期", "发布时间"])), draw(printed_dates(posted))))
        weigh("date", posted, 4)
    fields_first = draw(st.booleans())
    block = draw(field_lines(fields))
    head += block if fields_first else []
    head += title_lines
    if title.endswith("政府工作报告"):
        weigh("issuer", government(place), 6)  # (the government a place's work report is the report of)
    # the title block
    if draw(st.booleans()):
        printed = draw(st.sampled_from([f"{meeting.year}年{meeting.month}月{meeting.day}日", cn_date(meeting)]))
        dash = draw(st.sampled_from(["——", "――"]))
        subtitle = f"{dash}{printed}在{place}第十四届人民代表大会第三次会议上"
        if draw(st.booleans()):
            subtitle += f"来源：{draw(st.sampled_from(PUBLICATIONS))}"
        head.append(subtitle)
        weigh("date", meeting, 1)
        if draw(st.booleans()):
            head.append(speaker_line(place, draw(st.sampled_from(NAMES)), draw(st.booleans())))
            weigh("issuer", government(place), 4)
    if draw(st.booleans()):
        head.append(f"来源：{draw(st.sampled_from(PUBLICATIONS))}")
    if draw(st.booleans()):
        posting = draw(DATES)
        head.append(f"{posting.isoformat()} 09:02:33")
        weigh("date", posting, 5)
    head += [] if fields_first else block
    tail: list[str] = []
    if draw(st.booleans()):
        signed = draw(DATES)
        tail += ["", government(place), f"{signed.year}年{signed.month}月{signed.day}日"]
        weigh("date", signed, 2)
        weigh("issuer", government(place), 2)
    if draw(st.booleans()):
        tail.append(f"（信息来源：{place}统计局）")
        weigh("issuer", f"{place}统计局", 1)
    tail += draw(chrome(TAIL_CHROME, place))
    if draw(st.booleans()):
        tail.append(title)  # the title printed again at the end of a web page
    text = "\n".join([*head, "", *body_text(report), *tail]) + "\n"
    return Page(text=text, report=report, title=title, issuer=issuer, date=date)


__all__ = ["Page", "documents", "pages"]


HEADLINES = ("{place}召开平安建设推进会", "{place}部署2025年重点工作", "社区食堂开进老小区 居民吃上放心饭",
             "{place}举行新春慰问活动")
COLUMNS = ("【{place}动态】", "【要闻】", "【基层风采】")


@st.composite
def news_pages(draw: st.DrawFn) -> Page:
    """A news story: on a web page (the headline is the title only) or on an e-paper page (the headline is
    also the story's heading), with the chrome, fields and deck each prints around it."""
    place = draw(st.sampled_from(PLACES))
    headline = draw(st.sampled_from(HEADLINES)).format(place=place)
    posted = draw(DATES)
    story = [draw(texts(kinds=("text",))) for _ in range(draw(st.integers(1, 4)))]
    epaper = draw(st.booleans())
    if epaper:
        edition = f"第{draw(st.integers(1, 8))}版:要闻版总第{draw(st.integers(100, 9999))}期"
        head = [f"{edition} >{posted.isoformat()}编印", ""]
        head += [headline]
        if draw(st.booleans()):
            head.append(f"{place}党政领导出席会议 各居民区书记作交流发言")  # a deck
        head += [f"刊发日期:{posted.isoformat()} 作者:  语音阅读:", "", f"{posted:%Y%m%d}001.jpg", ""]
        report = Report(sections=[Section(title=headline, kind="article", paragraphs=story)])
    else:
        head = draw(chrome(HEAD_CHROME, place))
        tagged = draw(st.booleans())
        head.append((draw(st.sampled_from(COLUMNS)).format(place=place) if tagged else "") + headline)
        fields = [("时间", f"{posted.isoformat()} 10:13"), ("来源", draw(st.sampled_from(PUBLICATIONS)))]
        if not tagged or draw(st.booleans()):
            head += draw(field_lines(fields))
        else:
            posted = None  # type: ignore[assignment]
        report = Report(preamble=story)
    body = [f"\u3000\u3000{p.text}" for p in story]
    tail = draw(chrome(TAIL_CHROME, place))
    text = "\n".join([*head, *body, *tail]) + "\n"
    return Page(text=text, report=report, title=headline, issuer=None, date=posted)


__all__ += ["news_pages"]
