"""A page's excerpt of its own text, printed under the headline and cut short: no part of the text."""

from __future__ import annotations

import govdoc
from govdoc.parsing.excerpt import drop_excerpt
from govdoc.parsing.lines import split_lines

TEXT = ("2019年松溪县人民政府工作报告\n\n政 府 工 作 报 告\n松溪县人民政府县长苏建旗\n各位代表:\n"
        "现在,我代表松溪县人民政府向大会作报告,请予审议。\n过去一年工作回顾\n一年来,全县经济社会保持平稳健康发展。\n")
EXCERPT = ("2019年松溪县人民政府工作报告 政 府 工 作 报 告 松溪县人民政府县长苏建旗 各位代表: "
           "现在,我代表松溪县人民政府\n")


def test_an_excerpt_under_the_headline_goes() -> None:
    """The site's summary runs the title block and the text's first words into one line, cut mid-sentence: the Report
    is the one of the page without it (its last words no longer run into the title below it)."""
    page = "(福建省)2019年松溪县人民政府工作报告(全文)\n公文搜 2021-07-27 17:14:09 政府报告\n"
    with_excerpt = govdoc.parse(page + EXCERPT + TEXT)
    assert with_excerpt.meta.title == "2019年松溪县人民政府工作报告"
    assert with_excerpt.meta.subtitle == "松溪县人民政府县长苏建旗"
    assert with_excerpt.meta.date is not None and with_excerpt.meta.date.isoformat() == "2021-07-27"
    assert [s.title for _, s in with_excerpt.walk()] == ["过去一年工作回顾"]
    assert with_excerpt.sections == govdoc.parse(page + TEXT).sections


def test_a_block_printed_twice_whole_is_no_excerpt() -> None:
    """A page's fields printed as a row and again as a list end where the list ends: nothing was cut, nothing goes."""
    lines = split_lines("索引号: 11500383/2021-00021 发文字号: 来苏委发〔2021〕68号\n"
                        "发布机构: 永川区来苏镇 成文日期: 2021-03-11\n"
                        "索引号: 11500383/2021-00021\n发文字号: 来苏委发〔2021〕68号\n发布机构: 永川区来苏镇\n"
                        "成文日期: 2021-03-11\n")
    assert drop_excerpt(lines) == lines


def test_the_text_alone_is_left_as_it_is() -> None:
    lines = split_lines(TEXT)
    assert drop_excerpt(lines) == lines
    lines = split_lines(EXCERPT + "全年完成地区生产总值57.55亿元。\n")  # (its text nowhere below: no excerpt)
    assert drop_excerpt(lines) == lines
