"""The typed lines of a page: one per block and <br>, with what the markup knows about each."""

from __future__ import annotations

import pytest

from govdoc.formats.html.read import page_source_lines
from govdoc.parsing.source import SourceCell, SourceLine


def lines(body: str, head: str = "") -> list[SourceLine]:
    found, _ = page_source_lines(f"<html><head>{head}</head><body>{body}</body></html>")
    return found


def texts(body: str) -> list[str]:
    return [line.text for line in lines(body)]


def test_blocks_and_br_break_lines_inline_elements_do_not() -> None:
    body = ("<div>一、<span>经济</span><a href='/x'>发展</a><b>情况</b></div><p>第一行<br>第二行<br/>第三行</p>"
            "<ul><li>甲项</li><li>乙项</li></ul><div>外层<div>内层</div>尾巴</div>")
    assert texts(body) == ["一、经济发展情况", "第一行", "第二行", "第三行", "甲项", "乙项", "外层", "内层", "尾巴"]


def test_ascii_whitespace_collapses_but_ideographic_indentation_stays() -> None:
    (line,) = lines("<p>\n   \u3000\u3000全市  生产\n总值\t增长。  </p>")
    assert line.text == "\u3000\u3000全市 生产 总值 增长。"
    assert line.indent == 4


def test_visible_blank_lines_count_and_invisible_ones_do_not() -> None:
    found = lines("<p>甲。</p><p><br></p><p>乙。</p><p>&nbsp;</p><p>丙。</p><p> </p><p></p><p>丁。<br><br>戊。</p>")
    assert [(line.text, line.blank_before) for line in found] == [
        ("甲。", 0), ("乙。", 1), ("丙。", 1), ("丁。", 0), ("戊。", 1)]


def test_bold_is_the_bold_of_the_line_s_first_character() -> None:
    found = lines("<p><strong>一、综合</strong></p><p><span style='font-weight: bold;'>注：</span>1.说明。</p>"
                  "<p>正文<b>加粗</b>。</p><p><span style='font-weight:700'>二、农业</span></p><p><b> </b>正文</p>")
    assert [line.bold for line in found] == [True, True, False, True, False]


def test_alignment_comes_from_the_block_or_an_enclosing_one() -> None:
    found = lines("<p align='center'>居中</p><div style='text-align: right'><p>右</p></div><center>古老居中</center>"
                  "<p style='TEXT-ALIGN:justify'>两端</p><p>无</p>")
    assert [line.align for line in found] == ["center", "right", "center", "justify", None]


def test_headings_give_levels_by_rank_and_the_headline_level_zero() -> None:
    body = ("<h1>某某区2025年工作报告</h1><div class='content'><h3>一、回顾</h3><p>正文一，内容。</p>"
            "<h4>（一）经济</h4><p>正文二，内容。</p><h3>二、计划</h3><p>正文三，内容。</p></div>")
    found = lines(body, "<title>某某区2025年工作报告</title>")
    assert [(line.text, line.level, line.style) for line in found] == [
        ("某某区2025年工作报告", 0, "h1"), ("一、回顾", 1, "h3"), ("正文一，内容。", None, "p"),
        ("（一）经济", 2, "h4"), ("正文二，内容。", None, "p"), ("二、计划", 1, "h3"), ("正文三，内容。", None, "p")]


def test_a_headline_broken_by_br_is_one_line() -> None:
    found = lines("<h2>《关于新乡市2025年预算执行情况<br>和2026年预算草案的报告》</h2><div><p>正文，内容。</p></div>",
                  "<title>《关于新乡市2025年预算执行情况<br>和2026年预算草案的报告》</title>")
    assert (found[0].text, found[0].level) == ("《关于新乡市2025年预算执行情况和2026年预算草案的报告》", 0)
    english = lines("<h1>Annual<br>Report</h1><div><p>正文，内容。</p></div>", "<title>Annual Report</title>")
    assert english[0].text == "Annual Report"


def test_a_data_table_gives_one_line_per_row_with_its_cells() -> None:
    body = ("<p>表1 主要指标</p><table><thead><tr><th>指标</th><th colspan='2'>数值</th></tr></thead><tbody>"
            "<tr><td rowspan='2'>地区生产总值</td><td>1234<br>亿元</td><td><p>增长</p><p>5.2%</p></td></tr>"
            "<tr><td></td><td>x</td></tr><tr><td></td><td></td></tr></tbody></table>"
            "<table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>")
    found = lines(body)
    assert found[0].text == "表1 主要指标" and found[0].cells is None
    rows = found[1:]
    assert [(row.text, row.table, row.header) for row in rows] == [
        ("指标 | 数值", 1, True), ("地区生产总值 | 1234亿元 | 增长5.2%", 1, False), (" | x", 1, False),
        ("甲 | 1", 2, False), ("乙 | 2", 2, False)]
    assert rows[0].cells == (SourceCell("指标"), SourceCell("数值", colspan=2))
    assert rows[1].cells == (SourceCell("地区生产总值", rowspan=2), SourceCell("1234亿元"), SourceCell("增长5.2%"))


def test_a_table_that_holds_a_table_is_layout_and_the_inner_one_data() -> None:
    found = lines("<table><tr><td>版面<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>"
                  "尾注</td></tr></table>")
    assert [(line.text, line.table) for line in found] == [("版面", None), ("甲 | 乙", 1), ("丙 | 丁", 1),
                                                           ("尾注", None)]


@pytest.mark.parametrize("table", [
    "<table><tr><td>只有一列</td></tr><tr><td>第二行</td></tr></table>",
    "<table><tr><td>一行</td><td>两格</td></tr></table>",
    "<table><tr><td>" + "很长的正文，" * 80 + "</td><td>旁注</td></tr><tr><td>a</td><td>b</td></tr></table>",
])
def test_a_layout_table_is_read_as_the_blocks_in_its_cells(table: str) -> None:
    assert all(line.cells is None for line in lines(table))


def test_images_give_no_text_and_their_captions_stay() -> None:
    body = ("<figure><img src='20240122001.jpg' alt='20240122001.jpg'><figcaption>▲ 新建的口袋公园</figcaption>"
            "</figure><p style='text-align:center'><img src='a.png'></p>"
            "<p style='text-align:center'>图为社区活动现场</p>")
    assert [(line.text, line.style) for line in lines(body)] == [
        ("▲ 新建的口袋公园", "figcaption"), ("图为社区活动现场", "p")]


def test_footnote_markers_stay_in_the_text() -> None:
    body = ("<p>全年地区生产总值<a href='#_ftn1' name='_ftnref1'>[1]</a>2381.46亿元，比上年增长<sup>②</sup>5%。</p>"
            "<div id='ftn1'><p><a href='#_ftnref1'>[1]</a>地区生产总值按现价计算。</p></div>")
    assert texts(body) == ["全年地区生产总值[1]2381.46亿元，比上年增长②5%。", "[1]地区生产总值按现价计算。"]


def test_preformatted_text_keeps_its_lines() -> None:
    assert texts("<pre>第一行\n  第二行\n\n第四行</pre>") == ["第一行", "第二行", "第四行"]


def test_origins_are_source_lines_of_the_page_never_going_back() -> None:
    found = lines("<p>甲。</p>\n<p>乙。</p>\n\n<p>丙。</p><p>丁。</p>")
    origins = [line.origin for line in found]
    assert origins == sorted(origins) and origins[0] < origins[1] < origins[2] == origins[3]


@pytest.mark.parametrize("table", [
    "<table border='1'><tr><td>只有一行</td><td>两格</td></tr></table>",
    "<table><tr><th>表头</th><th>一行</th></tr></table>",
    "<table><caption>表1</caption><tr><td>一格</td></tr></table>",
    "<table border=1><tr><td>一列</td></tr><tr><td>两行</td></tr></table>",
])
def test_a_table_drawn_as_one_is_data_whatever_its_size(table: str) -> None:
    assert any(line.cells is not None for line in lines(table))
