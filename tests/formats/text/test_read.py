"""The strict reader of govdoc's canonical text: the signature, every mark, every escape, and clear
refusals that name the line."""

from __future__ import annotations

import datetime as dt

import pytest

import govdoc
from govdoc import ParseError
from govdoc.formats.text.read import is_canonical, read_canonical
from govdoc.model import Cell, GlossaryTerm, Meta, Paragraph, Report, Section, Table

FRONT = "---\ngovdoc: 1.0\n---\n"


def read(body: str, front: str = FRONT) -> Report:
    return govdoc.parse(front + body)


def test_signature_decides_the_reader() -> None:
    assert is_canonical(FRONT) and is_canonical("\ufeff" + FRONT.replace("\n", "\r\n"))
    assert not is_canonical("---\n标题：x\n---\n")  # front matter without the format version
    raw = "---\n\n一、总体情况\n\n\u3000\u3000全年引进企业139家。\n"
    assert govdoc.parse(raw).sections[0].title == "总体情况"  # read by the heuristic parser


def test_front_matter_carries_every_field() -> None:
    report = govdoc.parse("---\ngovdoc: 1.0\n标题：甲\n副标题：乙\n发布机构：东明路街道\n发布日期：2024-01-29\n"
                          "刊名：社区晨报\n期号：第42期\n索引号：X/2024-1\n公开类别：主动公开\n文号：浦〔2024〕3号\n"
                          "作者：记者 武钢\n作者：甲；乙\n---\n", source="a.txt")
    assert report.meta == Meta(title="甲", subtitle="乙", issuer="东明路街道", date=dt.date(2024, 1, 29),
                               publication="社区晨报", issue="第42期", index_number="X/2024-1", category="主动公开",
                               doc_number="浦〔2024〕3号", authors=["记者 武钢", "甲；乙"])
    assert report.meta.source == "a.txt"


def test_every_line_mark() -> None:
    report = read("\u3000\u3000正文139家。\n\n▲图1 现场\n\n□记者 武钢\n\n※注：初步统计。\n\n各位代表：\n\n"
                  "\\▲不是图注\n\n\\1. 不是词条\n")
    assert [(p.kind, p.text) for p in report.preamble] == [
        ("text", "正文139家。"), ("caption", "图1 现场"), ("byline", "记者 武钢"), ("note", "注：初步统计。"),
        ("salutation", "各位代表："), ("salutation", "▲不是图注"), ("salutation", "1. 不是词条")]
    assert report.preamble[0].metrics[0].text == "139家"


def test_headings_levels_tags_labels_and_run_in() -> None:
    report = read("# 第一部分 回顾\n\n## 一、经济\n\n### {lead} 旧区改造换档加速。\n\n### {nolabel} 一、二、三\n\n"
                  "## （二）社会。全年完成12项。\n\n## {note} 1.治理。注：说明。\n\n# {article} 标题\\。续\n")
    part, article = report.sections
    assert (part.label, part.number, part.title, part.kind) == ("第一部分", 1, "回顾", "part")
    economy, society, governance = part.children
    assert [(c.label, c.title, c.kind) for c in economy.children] == [
        (None, "旧区改造换档加速", "lead"), (None, "一、二、三", "subhead")]
    assert society.run_in and society.paragraphs[0].text == "全年完成12项。"
    assert society.paragraphs[0].metrics[0].value == 12
    assert governance.run_in and governance.paragraphs[0].kind == "note"
    assert (article.kind, article.title) == ("article", "标题。续")


def test_kicker_subtitle_and_byline_stand_with_their_heading() -> None:
    report = read("聚焦民生\n# {article} 养老服务见实效\n——社区食堂开业\n□记者 武钢\n\n□通讯员 鲁瑛\n")
    section = report.sections[0]
    assert (section.kicker, section.subtitle, section.byline) == ("聚焦民生", "社区食堂开业", "记者 武钢")
    assert [(p.kind, p.text) for p in section.paragraphs] == [("byline", "通讯员 鲁瑛")]


def test_a_kicker_may_look_like_a_heading() -> None:
    report = read("# 引题\n# {article} 标题\n")
    assert [(s.kicker, s.title) for s in report.sections] == [("# 引题", "标题")]


def test_glossary_entries() -> None:
    report = read("# {glossary} 名词解释\n\n1. 三送进企业：送政策进企业。\n\n· 甲\\：乙：丙：丁。\n")
    assert report.glossary == [GlossaryTerm(number=1, term="三送进企业", definition="送政策进企业。"),
                               GlossaryTerm(term="甲：乙", definition="丙：丁。")]


def test_tables_with_spans_escapes_positions_and_notes() -> None:
    report = read("# 一、人口\n\n|---|\n| a |\n\n\u3000\u3000段落。\n\n▲表1 常住人口\n△单位：万人\n"
                  "| {r=2} 指标 | {c=2} 年末数 |\n| 城镇 | 乡村 |\n|---|\n| 全市\\|合计 | 612.4万人 |  |\n"
                  "| \\{x} | {c=2} |\n※注：初步统计。\n")
    first, second = report.sections[0].tables
    assert (first.position, first.header, [[c.text for c in row] for row in first.rows]) == (0, [], [["a"]])
    assert second.position == 2 and second.unit == "单位：万人"
    assert [(p.kind, p.text) for p in report.sections[0].paragraphs] == [
        ("text", "段落。"), ("caption", "表1 常住人口")]
    assert report.caption_of(second) == report.sections[0].paragraphs[1]
    assert second.header[0] == [Cell(text="指标", rowspan=2), Cell(text="年末数", colspan=2)]
    assert [[c.text for c in row] for row in second.rows] == [["全市|合计", "612.4万人", ""], ["{x}", ""]]
    assert second.rows[1][1].colspan == 2 and second.notes == ["注：初步统计。"]
    assert second.rows[0][1].metrics[0].value == 6124000


def test_table_before_the_paragraph_of_a_run_in_heading() -> None:
    report = read("# 一、经济。全年增长5%。\n\n{before-run-in}\n|---|\n| a |\n\n|---|\n| b |\n")
    assert [t.position for t in report.sections[0].tables] == [0, 1]


def test_crlf_and_bom_are_read() -> None:
    report = govdoc.parse(("\ufeff" + FRONT + "\n# 一、甲\n").replace("\n", "\r\n").encode("utf-8"))
    assert report.sections[0].title == "甲"


@pytest.mark.parametrize(("text", "line", "words"), [
    ("---\ngovdoc: 2.0\n---\n", 2, "version"),
    ("---\ngovdoc: 1.0\n作家：甲\n---\n", 3, "no metadata line"),
    ("---\ngovdoc: 1.0\n标题：甲\n标题：乙\n---\n", 4, "twice"),
    ("---\ngovdoc: 1.0\n发布日期：2024年1月1日\n---\n", 3, "ISO date"),
    ("---\ngovdoc: 1.0\n标题：甲\n", 3, "not closed"),
    (FRONT + "\n# 一、甲\n\n### 二、乙\n", 7, "level 3"),
    (FRONT + "\n# {bogus} 甲\n", 5, "bogus"),
    (FRONT + "\n# 一、甲\n正文\n", 6, "follows a heading"),
    (FRONT + "\n\u3000\u3000甲\n\u3000\u3000乙\n", 6, "blank line is missing"),
    (FRONT + "\n1. 术语：释义\n", 5, "glossary section"),
    (FRONT + "\n# {glossary} 名词解释\n\n1. 术语释义\n", 7, "term：definition"),
    (FRONT + "\n| a |\n", 5, "rule"),
    (FRONT + "\n|---|\n| {c=0} a |\n", 6, "span"),
    (FRONT + "\n|---|\n|a|\n", 6, "between"),
    (FRONT + "\n|---|\n| a |\n甲\n", 7, "no line of a table"),
    (FRONT + "\n{before-run-in}\n|---|\n| a |\n", 5, "run-in"),
    (FRONT + "\n# 一、经济。全年增长5%。\n\n{before-run-in}\n▲表1\n|---|\n| a |\n", 8, "no caption"),
    (FRONT + "\n\u3000甲\n", 5, "no line"),
    (FRONT + "\n# 一、甲\n\n# {caption} 二、乙\n", 7, "run-in heading"),
    (FRONT + "\n#  甲\n", 5, "whitespace"),
])
def test_broken_text_is_refused_naming_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ParseError, match=rf"line {line}: .*{words}") as caught:
        govdoc.parse(text, source="x.txt")
    assert caught.value.source == "x.txt"


def test_read_canonical_is_the_same_reader() -> None:
    text = FRONT + "\n# 一、甲\n\n\u3000\u3000乙。\n"
    assert read_canonical(text) == govdoc.parse(text) == Report(sections=[
        Section(label="一、", number=1, title="甲", paragraphs=[Paragraph(text="乙。")])])


def test_every_table_reads_back_with_its_shape() -> None:
    table = Table(header=[[Cell(text="", rowspan=2), Cell(text="|", colspan=2)],
                          [Cell(text="\\"), Cell(text="{r=2}")]],
                  rows=[[Cell(text="{"), Cell(text=""), Cell(text="a | b")]], notes=["注：无。"], position=1)
    report = Report(preamble=[Paragraph(text="表1", kind="caption")], preamble_tables=[table])
    assert govdoc.parse(govdoc.write_text(report)) == report


def test_a_plan_s_section_numbers_are_labels_before_a_space() -> None:
    text = "---\ngovdoc: 1.0\n---\n\n# 2 组织体系\n\n## 2.1 指挥机构\n\n## 2.3号楼\n"
    report = read_canonical(text)
    assert report.outline() == [(1, "2", "组织体系"), (2, "2.1", "指挥机构"), (2, "2.", "3号楼")]
    assert govdoc.parse(govdoc.write_text(report)) == report
