"""Captions standing apart from the text: figures' and tables' numbered captions whose chart or table was left
out, and photos' captions with their photographer's credit."""

from __future__ import annotations

import govdoc
from govdoc.model import Report

BULLETIN = """\
七宝镇2025年国民经济和社会发展统计公报
　　一、综合
　　全年地区生产总值100.5亿元，比上年增长5.2%。全年粮食产量10.2万吨，比上年增长2.1%。
　　图1  2021-2025年地区生产总值及增速
　　表1：2025年分区地区生产总值及增速
　　二、农业
　　全年粮食产量10.2万吨，比上年增长2.1%。全年蔬菜产量5.1万吨，增长1.3%。
　　表2 2025年居民消费价格比上年涨跌幅度
"""


def captions(report: Report) -> list[str]:
    found = [p.text for p in report.preamble if p.kind == "caption"]
    return found + [p.text for section in report.sections for p in section.paragraphs if p.kind == "caption"]


def test_numbered_captions_of_figures_and_tables_left_out_are_captions() -> None:
    report = govdoc.parse(BULLETIN)
    assert captions(report) == ["图1 2021-2025年地区生产总值及增速", "表1：2025年分区地区生产总值及增速",
                                "表2 2025年居民消费价格比上年涨跌幅度"]
    assert report.outline() == [(1, "一、", "综合"), (1, "二、", "农业")]


def test_a_sentence_that_opens_with_a_table_s_number_is_text() -> None:
    text = BULLETIN.replace("表2 2025年居民消费价格比上年涨跌幅度", "表2显示，居民消费价格比上年上涨1.8%。")
    assert captions(govdoc.parse(text)) == ["图1 2021-2025年地区生产总值及增速", "表1：2025年分区地区生产总值及增速"]


def test_a_photo_s_caption_with_its_credit_is_a_caption() -> None:
    text = ("2025年七宝镇政府工作报告\n——2025年1月9日在七宝镇第三届人民代表大会第五次会议上\n镇长 王明\n"
            "王明镇长作政府工作报告。本报记者 李华 摄\n各位代表：\n"
            "现在，我代表镇人民政府，向大会报告工作，请予审议。\n")
    assert captions(govdoc.parse(text)) == ["王明镇长作政府工作报告。本报记者 李华 摄"]
    assert captions(govdoc.parse(text.replace(" 摄\n", "\n"))) == []


def test_a_table_s_title_over_its_cells_is_a_caption_and_a_lone_cell_no_heading() -> None:
    text = ("一、总体情况\n全县政务新媒体共发布信息304条。\n\n平安县2024年9月政务新媒体监测情况汇总表\n\n"
            "序号 |\n\n主办单位 |\n\n2 |\n\n县公安局 |\n\n二、存在的问题\n部分账号更新不及时。\n")
    report = govdoc.parse(text)
    assert report.outline() == [(1, "一、", "总体情况"), (1, "二、", "存在的问题")]
    kinds = {p.text: p.kind for _, p in report.paragraphs()}
    assert kinds["平安县2024年9月政务新媒体监测情况汇总表"] == "caption"
    assert kinds["2 |"] == "text"


def test_the_empty_cells_a_copied_row_left_behind_a_caption_are_none_of_it() -> None:
    """"表1:…及其构成 | |||" over a table copied with its bars, or standing alone: the caption without the bars."""
    table = ("指标 | 绝对数(万元) | 增长(%) |\n地区生产总值 | 341881 | 7.23 |\n第一产业 | 56789 | 5.25 |\n"
             "第二产业 | 80349 | 19.44 |\n")
    report = govdoc.parse("一、综合\n全年地区生产总值341881万元,增长7.23%。\n表1:2022年全县地区生产总值及其构成 | |||\n"
                          + table + "\n图2 2018-2022年地区生产总值及增速 ||\n")
    assert captions(report) == ["表1:2022年全县地区生产总值及其构成", "图2 2018-2022年地区生产总值及增速"]
