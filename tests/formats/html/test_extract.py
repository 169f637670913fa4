"""Finding the article on a page: its headline and text come back whole, the chrome around it never."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from govdoc.formats.html.read import page_source_lines

from .pages import Page, pages


def lines_of(markup: str) -> list[str]:
    lines, _ = page_source_lines(markup)
    return [line.text for line in lines]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_the_article_comes_back_whole_and_the_chrome_never(page: Page) -> None:
    lines, fields = page_source_lines(page.markup)
    texts = [line.text for line in lines]
    expected = page.article.texts()
    if page.info:
        expected.insert(1, page.info)
    assert texts == expected
    assert not [(text, chrome) for text in texts for chrome in page.chrome if chrome in text]
    assert lines[0].level == 0 and [line.level for line in lines[1:]].count(0) == 0
    assert fields["title"] == page.article.title


PORTAL = """<html><head><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">新闻中心</a><a href="/b">政务公开</a></div>
{before}
<div class="wrap"><div class="left"><ul><li><a href="/c">机构概况</a></li><li><a href="/d">政策法规</a></li></ul></div>
<div class="right">{headline}{content}</div></div>
<div class="foot">主办：某某区人民政府 备案号：某ICP备00000001号</div>
</body></html>"""
BODY = ("<p>一、总体情况</p><p>全区完成地区生产总值1234亿元，同比增长5.2%。</p><p>二、工业</p>"
        "<p>规模以上工业增加值增长6.1%。</p>")


def test_the_content_walk_ends_in_the_container_whatever_its_name() -> None:
    for container in ('<div class="TRS_Editor">{}</div>', '<div id="xyz123">{}</div>', "<section>{}</section>",
                      '<div class="a"><div class="b"><div class="c">{}</div></div></div>'):
        page = PORTAL.format(title="t", before="", headline="", content=container.format(BODY))
        assert lines_of(page) == ["一、总体情况", "全区完成地区生产总值1234亿元，同比增长5.2%。", "二、工业",
                                  "规模以上工业增加值增长6.1%。"]


@pytest.mark.parametrize(("title", "headline"), [
    ("某某区2025年统计公报", '<div class="bt">某某区2025年统计公报</div>'),  # the <title> itself
    ("某某区人民政府-某某区2025年统计公报", "<h3>某某区2025年统计公报</h3>"),  # a part set off by a separator
    ("某某区2025年统计公报_某某区人民政府", "<p><b>某某区2025年统计公报</b></p>"),
    ("某某区人民政府", "<h1>某某区2025年统计公报</h1>"),  # no match: the <h1> right above the content
    ("某某区人民政府", '<div class="article-title">某某区2025年统计公报</div>'),  # or an element named title
])
def test_the_headline_is_found_and_marked_as_the_title(title: str, headline: str) -> None:
    page = PORTAL.format(title=title, before="", headline=headline, content=f"<div>{BODY}</div>")
    lines, fields = page_source_lines(page)
    assert (lines[0].text, lines[0].level) == ("某某区2025年统计公报", 0)
    assert fields["title"] == "某某区2025年统计公报"


@pytest.mark.parametrize("headline", ["<h1>{}</h1>", "<h3>{}</h3>"])
def test_a_short_headline_is_found_too(headline: str) -> None:
    """Four characters are enough ("社区的通知" once came back as a heading of level 1)."""
    for short in ("统计公报", "社区的通知"):
        page = PORTAL.format(title=f"{short}_某某区人民政府", before="", headline=headline.format(short),
                             content=f"<div>{BODY}</div>")
        lines, fields = page_source_lines(page)
        assert (lines[0].text, lines[0].level, fields["title"]) == (short, 0, short)


def test_a_headline_in_a_link_or_breadcrumb_is_not_the_title() -> None:
    before = ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; 某某区2025年统计公报</div>'
              '<ul class="list"><li><a href="/x">某某区2025年统计公报</a></li><li><a href="/y">别的</a></li></ul>')
    page = PORTAL.format(title="某某区2025年统计公报", before=before, headline="<h1>某某区2025年统计公报</h1>",
                         content=f"<div>{BODY}</div>")
    lines, _ = page_source_lines(page)
    assert [line.text for line in lines if line.level == 0] == ["某某区2025年统计公报"]
    assert not any("当前位置" in line.text for line in lines)


@pytest.mark.parametrize("banner", ['<div class="header"><h1>某某区人民政府门户网站</h1></div>',
                                    '<div class="logo">某某区人民政府门户网站</div>'])
def test_a_site_banner_is_not_the_headline(banner: str) -> None:
    """A page whose <title> is only the site's name, printed in the page header."""
    page = (f"<html><head><title>某某区人民政府门户网站</title></head><body>{banner}"
            f'<div class="content">{BODY * 5}</div></body></html>')
    lines, fields = page_source_lines(page)
    assert all(line.level != 0 for line in lines)
    assert lines[0].text == "一、总体情况"
    assert fields["title"] == "某某区人民政府门户网站"  # only a fallback: the <title> is all the page declares


def test_a_headline_far_above_the_content_is_not_the_article_s() -> None:
    page = ("<html><head><title>某某区2025年统计公报</title></head><body><h1>某某区2025年统计公报</h1>"
            "<p>" + "本区概况介绍，" * 120 + "</p>"
            f'<div class="content">{BODY * 80}</div></body></html>')
    lines, _ = page_source_lines(page)
    assert all(line.level != 0 for line in lines)
    assert lines[0].text == "一、总体情况"


def test_names_that_lie_do_not_hide_the_article() -> None:
    """A site that puts its article in a container named like chrome ("main-bottom", "sidebar-content")."""
    page = (f'<html><body><div class="nav"><a href="/">首页</a><a href="/a">要闻</a></div>'
            f'<div class="sidebar-content">{BODY * 3}</div><div class="footer">版权所有</div></body></html>')
    assert lines_of(page)[:2] == ["一、总体情况", "全区完成地区生产总值1234亿元，同比增长5.2%。"]


def test_lines_between_the_headline_and_the_content_stay_in_the_frame() -> None:
    """The posting line under the headline is the document's frame: the parser weighs it."""
    headline = ('<h1>某某区2025年统计公报</h1><div class="info"><span>发布时间：2026-01-05</span>'
                '<span>来源：某某区统计局</span><a href="javascript:window.print()">打印</a>'
                '<span class="fontsize">字号：<a href="javascript:z(16)">大</a><a href="javascript:z(14)">小</a>'
                "</span></div>")
    page = PORTAL.format(title="某某区2025年统计公报", before="", headline=headline, content=f"<div>{BODY}</div>")
    assert lines_of(page)[:3] == ["某某区2025年统计公报", "发布时间：2026-01-05来源：某某区统计局", "一、总体情况"]


def test_a_kicker_above_the_headline_comes_with_it() -> None:
    headline = ('<div class="caption"><font id="intro-title">市财政局局长在人代会上报告</font>'
                '<font id="main-title">2025年预算执行情况</font><font id="sub-title"></font></div>')
    page = PORTAL.format(title="2025年预算执行情况", before="", headline=headline, content=f"<div>{BODY}</div>")
    lines, _ = page_source_lines(page)
    assert [(line.text, line.level) for line in lines[:3]] == [
        ("市财政局局长在人代会上报告", None), ("2025年预算执行情况", 0), ("一、总体情况", None)]


def test_the_text_after_the_article_ends_with_the_article() -> None:
    content = f'<div class="TRS_Editor">{BODY}<p>（信息来源：某某区统计局）</p></div><p>责任编辑：张三</p>'
    page = PORTAL.format(title="t", before="", headline="", content=content)
    assert lines_of(page)[-1] == "（信息来源：某某区统计局）"


def test_empty_fields_and_separators_around_the_headline_go() -> None:
    headline = ('<h1>某某区2025年统计公报</h1><table><tr><td>发布日期：2026-01-22</td><td>访问次数：<span id="hits">'
                '</span></td><td>字号：〖<a href="javascript:z(16)">大</a> <a href="javascript:z(12)">小</a>〗</td>'
                '</tr></table><div><span>来源：某某区统计局</span><span class="line">|</span><span>字体：</span></div>')
    page = PORTAL.format(title="某某区2025年统计公报", before="", headline=headline,
                         content=f"<div>{BODY * 3}<p>访问次数：正文里的冒号不是页面的框架。</p></div>")
    texts = lines_of(page)
    assert texts[:4] == ["某某区2025年统计公报", "发布日期：2026-01-22", "来源：某某区统计局", "一、总体情况"]
    assert "访问次数：正文里的冒号不是页面的框架。" in texts


DISCLOSURE = """<html><head><title>国务院办公厅关于某项工作的通知_政府信息公开专栏</title></head><body>
<div class="header"><a href="/">首页</a><a href="/z">政策</a></div>
<div class="wrap">{fields}<div class="article"><div class="pages-title">国务院办公厅关于某项工作的通知</div>
<div id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>为做好某项工作，经国务院同意，现就有关事项通知如下。</p><p>一、总体要求</p>
<p>坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。</p>
<p>国务院办公厅</p><p>2024年1月5日</p></div></div></div>
<div class="footer">版权所有：中国政府网</div></body></html>"""
FIELDS_TABLE = ("<table class='bd1'><tr><td>索 引 号：</td><td>000014349/2024-00012</td><td>主题分类：</td>"
                "<td>综合政务</td></tr><tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2024年01月05日</td></tr>"
                "<tr><td>发文字号：</td><td>国办发〔2024〕1号</td><td>发布日期：</td><td>2024年01月10日</td></tr></table>")


def test_the_metadata_table_above_the_headline_stays_in_the_frame() -> None:
    lines, _ = page_source_lines(DISCLOSURE.format(fields=FIELDS_TABLE))
    texts = [line.text for line in lines]
    assert texts[:4] == ["索 引 号： | 000014349/2024-00012 | 主题分类： | 综合政务",
                         "发文机关： | 国务院办公厅 | 成文日期： | 2024年01月05日",
                         "发文字号： | 国办发〔2024〕1号 | 发布日期： | 2024年01月10日",
                         "国务院办公厅关于某项工作的通知"]
    assert lines[3].level == 0 and lines[0].cells is not None
    assert not any("首页" in text or "版权" in text for text in texts)


def test_only_a_block_of_fields_is_taken_from_above_the_headline() -> None:
    lines, _ = page_source_lines(DISCLOSURE.format(fields="<div class='intro'>本栏目发布政府信息。</div>"))
    assert lines[0].text == "国务院办公厅关于某项工作的通知"


def test_a_paragraph_that_introduces_a_list_is_text_not_a_heading() -> None:
    from govdoc.formats.html.read import read_html

    page = ("<html><head><title>关于七宝镇2025年预算执行情况的报告</title></head><body><article>"
            "<h1>关于七宝镇2025年预算执行情况的报告</h1>"
            "<p>一、2025年预算执行情况</p><p>2025年一般公共预算支出完成107万元，为预算数的89%，增长12.5%。"
            "其中，本级财力安排支出73万元，上年结转安排支出15万元，上级转移支付安排支出21万元。</p>"
            "<p>一般公共预算支出按功能科目分项情况如下：</p>"
            "<p>1. 社会保障和公共卫生类支出26万元，占一般公共预算支出比重24.6%。其中：社会保障和就业支出9万元，"
            "卫生健康支出12万元，住房保障支出4万元。</p>"
            "<p>2. 社会事业发展类支出11万元，占一般公共预算支出比重10.6%。其中：教育支出6万元，文化旅游体育与传媒支出"
            "2万元，科学技术支出3万元。</p>"
            "<p>二、2026年预算草案</p><p>2026年一般公共预算支出安排109万元，增长2.4%。其中，本级财力安排预算支出73万元，"
            "上年结转安排支出15万元，上级转移支付安排预算支出21万元。</p>"
            "</article></body></html>")
    report = read_html(page.encode())
    assert report.outline() == [(1, "一、", "2025年预算执行情况"), (1, "二、", "2026年预算草案")]
