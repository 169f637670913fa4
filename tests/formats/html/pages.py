"""Hypothesis strategies for web pages: an article inside the chrome of a Chinese government portal.

A page is drawn as its parts (an article, the chrome around it, the container the portal puts the
article in) so that a test knows exactly which lines must come back and which must not.
"""

from __future__ import annotations

import html as html_escape
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from govdoc.model import Report
from govdoc.numbering import make_label
from govdoc.parsing.normalise import unspace_letters
from govdoc.testing import canonical_titles

WORDS = ("社区", "街道", "治理", "服务", "建设", "推进", "完善", "机制", "居民", "发展", "提升", "水平", "工作", "项目",
         "民生", "保障", "安全", "养老", "助餐", "营商环境", "企业", "志愿者", "网格", "数字化", "一网通办", "就业")


def esc(text: str) -> str:
    return html_escape.escape(text, quote=True)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of body text: words, a comma or two, a figure, a full stop."""
    parts = [draw(st.sampled_from(WORDS)) for _ in range(draw(st.integers(4, 9)))]
    comma = draw(st.integers(1, len(parts) - 1))
    figure = f"{draw(st.integers(2, 9999))}{draw(st.sampled_from(['家', '个', '万元', '亿元', '%', '人次']))}"
    return "".join(parts[:comma]) + "，" + "".join(parts[comma:]) + figure + "。"


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(sentences(), min_size=1, max_size=3)))


@dataclass
class Section:
    """A heading of the article: its level (1…), label and title, and its paragraphs."""

    level: int
    label: str
    title: str
    paragraphs: list[str]


@dataclass
class Article:
    """An article: title, opening paragraphs, sections in document order, and an optional table."""

    title: str
    opening: list[str]
    sections: list[Section] = field(default_factory=list)
    table: list[list[str]] | None = None

    def texts(self) -> list[str]:
        """Every line of the article in order (title, paragraphs, headings as "label+title", table rows)."""
        out = [self.title, *self.opening]
        for section in self.sections:
            out.append(section.label + section.title)
            out.extend(section.paragraphs)
        if self.table:
            out.extend(" | ".join(row) for row in self.table)
        return out


FAMILIES = ("cn", "paren_cn", "arabic")


@st.composite
def sections(draw: st.DrawFn, level: int = 1, max_level: int = 3) -> list[Section]:
    out: list[Section] = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        out.append(Section(level, make_label(FAMILIES[level - 1], number), draw(canonical_titles()),
                           draw(st.lists(paragraphs(), min_size=1, max_size=2))))
        if level < max_level and draw(st.booleans()):
            out.extend(draw(sections(level + 1, max_level)))
    return out


@st.composite
def tables(draw: st.DrawFn) -> list[list[str]]:
    columns = draw(st.integers(2, 4))
    header = [draw(st.sampled_from(["指标", "项目", "单位", "数值", "增长"])) + str(i) for i in range(columns)]
    rows = [[draw(st.sampled_from(WORDS)) if c == 0 else str(draw(st.integers(1, 99999))) for c in range(columns)]
            for _ in range(draw(st.integers(1, 4)))]
    return [header, *rows]


@st.composite
def articles(draw: st.DrawFn, *, with_sections: bool = True, with_table: bool = True) -> Article:
    title = draw(canonical_titles()) + draw(st.sampled_from(["工作报告", "统计公报", "情况通报", "的通知"]))
    opening = draw(st.lists(paragraphs(), min_size=1, max_size=3))
    secs = draw(sections()) if with_sections and draw(st.booleans()) else []
    table = draw(tables()) if with_table and draw(st.booleans()) else None
    return Article(title, opening, secs, table)


def article_report(article: Article) -> Report:
    """The Report of an article as the parser must build it: headings nested by level, a heading's title whose pieces
    between spaces are single characters joined (letter spacing: "龘 龘" is read "龘龘", as ``unspace_letters`` says),
    the table (header row first) after the last paragraphs."""
    roots: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    for section in article.sections:
        node: dict[str, Any] = {"label": section.label, "number": _number(section.label),
                                "title": unspace_letters(section.title),
                                "paragraphs": [{"text": p} for p in section.paragraphs], "children": []}
        del stack[section.level - 1:]
        (stack[-1]["children"] if stack else roots).append(node)
        stack.append(node)
    data: dict[str, Any] = {"meta": {"title": article.title}, "preamble": [{"text": p} for p in article.opening],
                            "sections": roots}
    if article.table:
        head, *rows = article.table
        holder, key = (stack[-1], "tables") if stack else (data, "preamble_tables")
        holder[key] = [{"header": [[{"text": c} for c in head]], "rows": [[{"text": c} for c in row] for row in rows],
                        "position": len(holder["paragraphs" if stack else "preamble"])}]
    return Report.model_validate(data)


def _number(label: str) -> int:
    return next(n for n in range(1, 10) for family in FAMILIES if make_label(family, n) == label)


def article_body(article: Article, *, headings: bool) -> str:
    """The article's text as portal markup: <p> paragraphs, headings as <hN> or as bold <p>, a <table>."""
    out = [f'<p style="text-indent:2em">{esc(p)}</p>' for p in article.opening]
    for section in article.sections:
        text = esc(section.label + section.title)
        out.append(f"<h{section.level + 1}>{text}</h{section.level + 1}>" if headings
                   else f"<p><strong>{text}</strong></p>")
        out.extend(f"<p>{esc(p)}</p>" for p in section.paragraphs)
    if article.table:
        head, *rows = article.table
        out.append("<table border=1><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                   + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
                   + "</tbody></table>")
    return "\n".join(out)


# chrome: each a piece of markup and the texts it shows, none of which may reach the lines
CHROME_TOP = [
    ('<div class="top"><a href="/">首页</a> | <a href="/en">English</a> | <a href="/m">无障碍浏览</a></div>',
     ["首页", "English", "无障碍浏览"]),
    ('<div class="header"><img src="logo.png" alt="某某市人民政府"><div id="nav"><ul><li><a href="/a">机构职能</a>'
     '</li><li><a href="/b">政务公开</a></li><li><a href="/c">政务服务</a></li><li><a href="/d">互动交流</a></li>'
     "</ul></div></div>", ["机构职能", "政务公开", "政务服务", "互动交流"]),
    ('<nav><a href="/x">要闻动态</a><a href="/y">通知公告</a><a href="/z">政策文件</a></nav>',
     ["要闻动态", "通知公告", "政策文件"]),
    ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/g">政务公开</a> &gt; 统计信息</div>',
     ["当前位置", "统计信息"]),
    ('<div class="search"><form><input name="q" value="请输入关键字"><button>搜索</button></form>热门搜索</div>',
     ["请输入关键字", "搜索"]),
]
CHROME_SIDE = [
    ('<div class="sidebar"><h3>热点新闻</h3><ul><li><a href="/n1">某区召开工作会议部署全年重点任务</a></li>'
     '<li><a href="/n2">某街道开展志愿服务活动</a></li></ul></div>', ["热点新闻", "召开工作会议"]),
    ('<div class="left"><div><a href="/l1">机构设置</a></div><div><a href="/l2">领导信息</a></div>'
     '<div><a href="/l3">规划计划</a></div></div>', ["机构设置", "领导信息"]),
]
CHROME_AFTER = [
    ('<div class="share">分享到：<a href="javascript:void(0)">微信</a><a href="javascript:void(0)">微博</a></div>',
     ["分享到", "微信"]),
    ('<div class="btns"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口'
     "</a></div>", ["打印本页", "关闭窗口"]),
    ('<div class="xgwz"><h3>相关文章</h3><ul><li><a href="/r1">关于印发某某实施方案的通知</a></li>'
     '<li><a href="/r2">某某市2024年统计公报</a></li></ul></div>', ["相关文章", "实施方案"]),
    ('<div class="pre-next"><p>上一篇：<a href="/p">某某工作动态</a></p><p>下一篇：<a href="/q">某某通知</a></p></div>',
     ["上一篇", "下一篇"]),
    ('<div class="qrcode"><img src="qr.png"><p>扫一扫在手机打开当前页</p></div>', ["扫一扫"]),
]
CHROME_FOOT = [
    ('<div class="footer"><p>主办单位：某某市人民政府办公室 承办单位：某某市大数据中心</p><p>网站标识码：1234000001 '
     '<a href="https://beian.miit.gov.cn">某ICP备12345678号</a></p><p>联系电话：0731-12345678</p></div>',
     ["主办单位", "网站标识码", "联系电话"]),
    ('<footer><p>版权所有：某某市统计局 地址：某某路1号</p></footer>', ["版权所有"]),
]
CONTAINERS = [
    ('<div class="TRS_Editor">', "</div>"), ('<div id="zoom">', "</div>"), ('<div class="pages_content">', "</div>"),
    ('<div class="article-content"><div class="view">', "</div></div>"), ("<article>", "</article>"),
    ("<div><div>", "</div></div>"), ('<div id="d_article">', "</div>"),
]


@dataclass
class Page:
    """A drawn page: its markup, the article in it, the info line under the headline, the chrome texts."""

    markup: str
    article: Article
    info: str | None
    chrome: list[str]
    headings: bool


@st.composite
def pages(draw: st.DrawFn, *, with_table: bool = True) -> Page:
    """A portal page: chrome on top, the headline, an info line, the article, chrome after and below."""
    article = draw(articles(with_table=with_table))
    headings = draw(st.booleans())
    top = [CHROME_TOP[i] for i in draw(st.lists(st.integers(0, len(CHROME_TOP) - 1), max_size=3, unique=True))]
    side = [CHROME_SIDE[i] for i in draw(st.lists(st.integers(0, len(CHROME_SIDE) - 1), max_size=2, unique=True))]
    after = [CHROME_AFTER[i] for i in draw(st.lists(st.integers(0, len(CHROME_AFTER) - 1), max_size=3, unique=True))]
    foot = [CHROME_FOOT[i] for i in draw(st.lists(st.integers(0, len(CHROME_FOOT) - 1), max_size=2, unique=True))]
    opening, closing = draw(st.sampled_from(CONTAINERS))
    info = draw(st.none() | st.sampled_from(["发布时间：2024-03-01 来源：某某市统计局", "发布日期：2023年12月5日"]))
    headline = draw(st.sampled_from(["<h1>{}</h1>", '<div class="title">{}</div>', '<h2 class="tit">{}</h2>']))
    site = "某某市人民政府"
    title_tag = draw(st.sampled_from([f"{article.title}_{site}", f"{site} - {article.title}", article.title]))
    meta = draw(st.sampled_from(["", f'<meta name="ArticleTitle" content="{esc(article.title)}">']))
    main = (headline.format(esc(article.title)) + (f'<div class="info">{esc(info)}</div>' if info else "")
            + opening + article_body(article, headings=headings) + closing + "".join(m for m, _ in after))
    if side and draw(st.booleans()):
        layout = ('<table width="100%"><tr><td class="l">' + "".join(m for m, _ in side) + '</td><td class="r">'
                  + main + "</td></tr></table>")
    else:
        layout = '<div class="main">' + "".join(m for m, _ in side) + f'<div class="detail">{main}</div></div>'
    markup = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title_tag)}</title>{meta}'
              f'<meta name="SiteName" content="{site}"><script>var t = "脚本";</script></head><body>'
              + "".join(m for m, _ in top) + layout + "".join(m for m, _ in foot) + "</body></html>")
    chrome = [text for _, texts in top + side + after + foot for text in texts]
    return Page(markup, article, info, chrome, headings)
