"""Writing text: the canonical format's marks where they are needed and nowhere else, and the plain
style an office would type."""

from __future__ import annotations

import datetime as dt

import govdoc
from govdoc.model import Cell, GlossaryTerm, Meta, Paragraph, Report, Section, Table

REPORT = Report(
    meta=Meta(title="东明路街道2023年工作报告", subtitle="在街道代表会议上", issuer="东明路街道办事处",
              date=dt.date(2024, 1, 29), publication="社区晨报", issue="第42期", authors=["记者 武钢", "通讯员 鲁瑛"]),
    preamble=[Paragraph(text="各位代表：", kind="salutation")],
    sections=[
        Section(label="第一部分", number=1, title="工作回顾", kind="part", children=[
            Section(label="一、", number=1, title="经济发展",
                    paragraphs=[Paragraph(text="引进企业139家。"), Paragraph(text="表1 主要指标", kind="caption")],
                    tables=[Table(unit="单位：万元",
                                  header=[[Cell(text="指标"), Cell(text="2023年")]],
                                  rows=[[Cell(text="财政收入"), Cell(text="2.88亿元")]], position=2)],
                    children=[Section(title="旧区改造换档加速", kind="lead", run_in=True,
                                      paragraphs=[Paragraph(text="完成改造12万平方米。")])]),
        ]),
        Section(title="养老服务见实效", kind="article", kicker="聚焦民生", subtitle="社区食堂开业", byline="记者 武钢",
                paragraphs=[Paragraph(text="图1 食堂", kind="caption")]),
        Section(title="名词解释", kind="glossary"),
    ],
    glossary=[GlossaryTerm(number=1, term="三送进企业", definition="送政策进企业。")],
)


def test_canonical_marks_only_what_layout_cannot_say() -> None:
    text = govdoc.write_text(REPORT)
    assert text.startswith("---\ngovdoc: 1.0\n标题：东明路街道2023年工作报告\n")
    assert "作者：记者 武钢\n作者：通讯员 鲁瑛\n---\n" in text
    lines = text.splitlines()
    assert "# 第一部分 工作回顾" in lines  # part is the default kind of 第一部分: no tag
    assert "## 一、经济发展" in lines
    assert "### {lead} 旧区改造换档加速。完成改造12万平方米。" in lines  # run-in, as printed
    assert "聚焦民生\n# {article} 养老服务见实效\n——社区食堂开业\n□记者 武钢\n" in text
    assert "▲表1 主要指标\n△单位：万元\n| 指标 | 2023年 |\n|---|\n| 财政收入 | 2.88亿元 |\n" in text
    assert "# {glossary} 名词解释\n\n1. 三送进企业：送政策进企业。\n" in text
    assert "各位代表：" in lines and "▲图1 食堂" in lines


def test_canonical_escapes() -> None:
    report = Report(preamble=[Paragraph(text="# 不是标题", kind="salutation")],
                    sections=[Section(title="一、二。三\\", kind="glossary")],
                    glossary=[GlossaryTerm(term="甲：乙", definition="丙。")])
    lines = govdoc.write_text(report).splitlines()
    assert "\\# 不是标题" in lines
    assert "# {glossary nolabel} 一、二\\。三\\\\" in lines
    assert "· 甲\\：乙：丙。" in lines
    assert govdoc.parse("\n".join(lines)) == report


def test_plain_text_is_the_document_as_typed() -> None:
    text = govdoc.write_text(REPORT, style="plain")
    assert "---" not in text and "#" not in text and "▲" not in text and "□" not in text and "|" not in text
    blocks = text.split("\n\n")
    assert blocks[0] == "社区晨报 第42期\n东明路街道2023年工作报告\n——在街道代表会议上\n通讯员 鲁瑛"  # the byline once
    assert blocks[-1] == "东明路街道办事处\n2024年1月29日\n"
    assert "第一部分 工作回顾" in blocks and "一、经济发展" in blocks
    assert "\u3000\u3000引进企业139家。" in blocks
    assert "表1 主要指标\n单位：万元\n指标\t2023年\n财政收入\t2.88亿元" in blocks
    assert "旧区改造换档加速。完成改造12万平方米。" in blocks
    assert "聚焦民生\n养老服务见实效\n——社区食堂开业\n记者 武钢" in blocks
    assert "1. 三送进企业：送政策进企业。" in blocks


def test_writing_is_deterministic() -> None:
    assert govdoc.write_text(REPORT) == govdoc.write_text(REPORT.model_copy(deep=True))


def test_the_documented_example_is_what_the_writer_writes() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[3] / "docs" / "text-format.md").read_text(encoding="utf-8")
    example = doc.split("```text\n", 1)[1].split("```", 1)[0]
    report = govdoc.parse(example)
    assert govdoc.write_text(report) == example
    assert [s.kind for _, s in report.walk()] == ["part", "section", "section", "lead", "glossary"]
    assert next(report.tables())[1].header[0][1].colspan == 2
