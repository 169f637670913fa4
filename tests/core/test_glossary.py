"""Glossaries and notes: headings and entries in every common layout."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.parsing.glossary import GLOSSARY_HEAD, Entry, glossary_entry, spaced_entry, strip_markers


@pytest.mark.parametrize(("text", "entry"), [
    ("1. 三送进企业:送政策、送健康、送文体活动进企业。", Entry(1, "三送进企业", "送政策、送健康、送文体活动进企业。")),
    ("2．一网通办：群众办事只进一扇门。", Entry(2, "一网通办", "群众办事只进一扇门。")),
    ("12、人才驿站：为青年人才提供3个月免费住宿。", Entry(12, "人才驿站", "为青年人才提供3个月免费住宿。")),
    ("2. 15分钟生活圈：步行15分钟可达。", Entry(2, "15分钟生活圈", "步行15分钟可达。")),
    ("楼组自治：以楼组为单位开展自我管理。", Entry(None, "楼组自治", "以楼组为单位开展自我管理。")),
    ("（3）河长制：由各级负责人担任河长。", Entry(3, "河长制", "由各级负责人担任河长。")),
    ("［14］新质生产力：以创新起主导作用的生产力。", Entry(14, "新质生产力", "以创新起主导作用的生产力。")),
    ("5.“两重”建设：", Entry(5, "“两重”建设", "")),  # the definition follows on the next lines
    ("六稳［3］：稳就业、稳金融。", Entry(None, "六稳", "稳就业、稳金融。")),  # a footnote marker is no part of a term
])
def test_glossary_entries(text: str, entry: Entry) -> None:
    assert glossary_entry(text) == entry


@pytest.mark.parametrize("text", ["全年完成投资3亿元。", "据统计，全年新增企业215家：其中科技企业40家。"])
def test_not_a_glossary_entry(text: str) -> None:
    assert glossary_entry(text) is None


@pytest.mark.parametrize(("text", "head"), [
    ("名词解释", True), ("名词注释", True), ("有关内容名词注释", True), ("注释：", True), ("注：", True),
    ("《政府工作报告》名詞解釋", True), ("注：本公报数据为初步统计数。", False), ("关于注释工作的通知说明", False),
    ("主要指标解释及说明", True), ("统计指标解释", True), ("关于完善统计指标的说明", False),
])
def test_glossary_headings(text: str, head: bool) -> None:
    assert bool(GLOSSARY_HEAD.search(text)) is head


def test_footnote_markers_are_taken_out() -> None:
    assert strip_markers("地区生产总值［2］增长") == "地区生产总值增长"
    assert strip_markers("经济发展[12]") == "经济发展"
    assert strip_markers("第[一]部分") == "第[一]部分"


def test_definitions_on_the_lines_below_their_terms() -> None:
    report = govdoc.parse("一、工作回顾\n全年新增就业岗位1860个，帮扶困难家庭215户。\n\n名词注释\n\n"
                          "1.河长制：\n由各级党政主要负责人担任河长，负责辖区内河流的污染治理。\n"
                          "2.三品：\n即无公害农产品、绿色食品和有机农产品。\n")
    assert [(t.number, t.term, t.definition) for t in report.glossary] == [
        (1, "河长制", "由各级党政主要负责人担任河长，负责辖区内河流的污染治理。"),
        (2, "三品", "即无公害农产品、绿色食品和有机农产品。")]


def test_a_definition_broken_over_lines_is_joined() -> None:
    report = govdoc.parse("名词解释\n1.“天网”工程：即为满足城市治安防控需要，利用图像采集、传输、控制等设备和控制软件，"
                          "对固定区域进行实时监控\n和信息记录的视频监控系统。\n2.三品：即无公害农产品、绿色食品和有机农产品。\n")
    assert [t.term for t in report.glossary] == ["“天网”工程", "三品"]
    assert report.glossary[0].definition.endswith("进行实时监控和信息记录的视频监控系统。")


# A bulletin's notes: "注：" over numbered sentences, the last one naming the sources
NOTES = """\
七宝镇2025年国民经济和社会发展统计公报
一、综合
全年地区生产总值100.5亿元，比上年增长5.2%。
二、农业
全年粮食产量10.2万吨，比上年增长2.1%。
注：
1.本公报2025年数据为初步统计结果。部分数据因四舍五入的原因，存在总计与分项合计不等的情况。
2.生产总值、各产业增加值绝对数按现价计算，增长速度按不变价计算。
3.资料来源：本公报中财政数据来自镇财政所，其他数据来自镇统计站。
"""


def test_numbered_notes_are_the_notes_text_not_headings_or_terms() -> None:
    report = govdoc.parse(NOTES)
    assert report.outline() == [(1, "一、", "综合"), (1, "二、", "农业"), (1, None, "注")]
    assert [p.text[:2] for p in report.sections[-1].paragraphs] == ["1.", "2.", "3."]
    assert report.glossary == []


def test_a_glossary_numbered_from_one_keeps_its_entries() -> None:
    text = NOTES.replace("注：", "名词解释：").replace(
        "1.本公报2025年数据为初步统计结果。部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
        "1.地区生产总值：指本地区所有常住单位在一定时期内生产活动的最终成果。").replace(
        "2.生产总值、各产业增加值绝对数按现价计算，增长速度按不变价计算。", "2.粮食产量：指全社会的粮食产量。")
    assert [entry.term for entry in govdoc.parse(text).glossary] == ["地区生产总值", "粮食产量", "资料来源"]


KEYED = """\
读懂《政府工作报告》，这些名词解释要知道

记者挑选、梳理了报告中的一些新词，为大家答疑解惑。

关键词:

“瞪羚”企业

名词解释:指成长性好，具有跳跃式发展态势的高新技术企业。

报告强调:全市坚持把新旧动能转换作为经济工作主攻方向。

关键词:

“231”特色产业体系

名词解释:指全市立足产业基础，着力构建的特色产业体系。
"""


def test_a_glossary_printed_as_fields_of_each_entry() -> None:
    report = govdoc.parse(KEYED)
    assert [(t.term, t.definition) for t in report.glossary] == [
        ("“瞪羚”企业", "指成长性好，具有跳跃式发展态势的高新技术企业。"),
        ("“231”特色产业体系", "指全市立足产业基础，着力构建的特色产业体系。")]
    assert report.outline() == [(1, None, "关键词")]
    [section] = report.sections
    assert section.kind == "glossary" and section.paragraphs[0].text.startswith("报告强调")
    assert govdoc.parse(govdoc.write_text(report)) == report
    # (one such entry alone is no glossary)
    single = govdoc.parse(KEYED.split("报告强调")[0])
    assert single.glossary == []


def test_a_report_s_notes_on_its_terms_are_its_glossary() -> None:
    text = ("《政府工作报告》有关说明\n1.高锶苹果：产于南鲁山镇的苹果锶含量达到1.36毫克/千克。\n"
            "2.“三品一标”：即无公害农产品、绿色食品、有机农产品和农产品地理标志。\n")
    report = govdoc.parse(text)
    assert [t.term for t in report.glossary] == ["高锶苹果", "“三品一标”"]
    assert report.outline() == [(1, None, "《政府工作报告》有关说明")]
    assert GLOSSARY_HEAD.search("关于《条例（草案）》的说明") is None


@pytest.mark.parametrize(("text", "entry"), [
    ("(3) 规模以上工业企业 指年主营业务收入2000万及以上的工业企业。",
     Entry(3, "规模以上工业企业", "指年主营业务收入2000万及以上的工业企业。")),
    ("(1) 国内(地区)生产总值简称GDP,是反映经济总体状况最重要的指标。",
     Entry(1, "国内(地区)生产总值", "简称GDP,是反映经济总体状况最重要的指标。")),
    ("2. 居民消费价格指数 反映居民购买的消费品价格变动的相对数。",  # (指数 is the term's, not "指")
     Entry(2, "居民消费价格指数", "反映居民购买的消费品价格变动的相对数。")),
])
def test_numbered_entries_whose_term_a_space_or_the_definition_s_first_word_ends(text: str, entry: Entry) -> None:
    assert spaced_entry(text) == entry


def test_a_release_s_notes_on_its_figures_are_its_glossary() -> None:
    """A release's "主要指标解释及说明" over "1、 主要指标解释" and entries "(N) term definition" with no colon:
    the first line heads the notes, the numbered one is the glossary under it, and each entry is a term; the
    release's topics above ("工业。1-12月,…") head their paragraphs though no part stands above them."""
    report = govdoc.parse(
        "工业。1-12月,全市规模以上工业增加值同比下降14.4%。\n投资。1-12月,全市固定资产投资同比增长5.9%。\n"
        "财政。1-12月,全市一般预算收入完成13.2亿元,同比下降38.9%。\n主要指标解释及说明\n1、 主要指标解释\n"
        "(1) 国内(地区)生产总值简称GDP,是反映经济总体状况最重要的指标。\n"
        "(2) 规模以上工业企业 指年主营业务收入2000万及以上的工业企业。\n")
    assert [(depth, s.kind, s.label, s.title) for depth, s in report.walk()] == [
        (1, "lead", None, "工业"), (1, "lead", None, "投资"), (1, "lead", None, "财政"),
        (1, "subhead", None, "主要指标解释及说明"), (2, "glossary", "1、", "主要指标解释")]
    assert [(t.number, t.term) for t in report.glossary] == [(1, "国内(地区)生产总值"), (2, "规模以上工业企业")]
