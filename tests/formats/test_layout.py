"""The shared layout: what every writer prints, in which face, once, and tables on a grid."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given

from govdoc.formats import layout as lay
from govdoc.model import Cell, Meta, Metric, Paragraph, Report, Section, Table
from govdoc.testing import reports, tables

from .strategies import round_trip


@pytest.mark.parametrize(("label", "number", "kind", "face"), [
    ("第一部分", 1, "part", "heiti"), ("一、", 1, "section", "heiti"), ("（一）", 1, "section", "kaiti"),
    ("(二)", 2, "section", "kaiti"), ("1.", 1, "section", "fangsong"), ("（1）", 1, "section", "fangsong"),
    ("①", 1, "section", "fangsong"), ("附件2", 2, "section", "heiti"), (None, None, "subhead", "heiti"),
    (None, None, "lead", "fangsong"), (None, None, "article", "title"), ("一、", 1, "article", "title"),
])
def test_the_face_of_a_heading_follows_its_numbering_family(label: str | None, number: int | None, kind: str,
                                                            face: str) -> None:
    section = Section(label=label, number=number, title="标题", kind=kind)  # type: ignore[arg-type]
    assert lay.heading_face(section)[1] == face


def test_every_depth_keeps_its_family_face() -> None:
    deep = Section(label="一、", number=1, title="甲")
    for depth in range(3):
        deep = Section(label="（一）", number=1, title="乙", children=[deep]) if depth % 2 else Section(
            label="1.", number=1, title="丙", children=[deep])
    faces = {item.text.text: (item.level, item.face) for item in lay.layout(Report(sections=[deep]))
             if isinstance(item, lay.Heading)}
    assert faces["一、甲"] == (4, "heiti") and faces["（一）乙"][1] == "kaiti" and faces["1.丙"][1] == "fangsong"


def test_nothing_is_printed_twice() -> None:
    report = Report(meta=Meta(title="社区晨报", publication="社区晨报", issue="第42期", issuer="老西门街道",
                              date=dt.date(2020, 8, 12), authors=["记者 武钢", "通讯员 鲁瑛"], subtitle="副题"),
                    sections=[Section(title="甲", kind="article", byline="记者 武钢")])
    texts = list(lay.walk_text(lay.layout(report)))
    assert texts.count("记者 武钢") == 1 and texts.count("通讯员 鲁瑛") == 1  # a byline below is not an author on top
    assert sum("社区晨报" in t for t in texts) == 1 and "第42期" in texts  # the name once, the issue kept
    assert "——副题" in texts
    assert texts[-2:] == ["老西门街道", "2020年8月12日"]  # the signature at the end


def test_a_headline_that_is_the_title_is_printed_once_with_the_subtitle_under_it() -> None:
    """A news story whose headline is the document's title (and an attachment printed alone): the page
    shows it once, as its heading; a page with more before its first heading keeps the title on top."""
    story = Report(meta=Meta(title="县十六届人大四次会议开幕", subtitle="县长作政府工作报告"),
                   sections=[Section(title="县十六届人大四次会议开幕", kind="article",
                                     paragraphs=[Paragraph(text="会议应到代表224名。")])])
    items = lay.layout(story)
    assert [type(item).__name__ for item in items[:3]] == ["Heading", "SectionSubtitle", "Para"]
    assert list(lay.walk_text(items)).count("县十六届人大四次会议开幕") == 1
    assert items[1].text == "——县长作政府工作报告"  # type: ignore[union-attr]
    preamble = story.model_copy(update={"preamble": [Paragraph(text="导语。")]})
    assert [type(item).__name__ for item in lay.layout(preamble)[:2]] == ["DocTitle", "DocSubtitle"]


def test_full_width_punctuation_keeps_every_figure_span() -> None:
    text = "增长5.2%,比上年(含新增)多3,000人"
    metric = Metric(text="5.2%", start=2, end=6, value=5.2, unit="%", kind="percent")  # type: ignore[arg-type]
    report = Report(preamble=[Paragraph(text=text, metrics=[metric])])
    item = lay.layout(report, punctuation="fullwidth")[0]
    assert isinstance(item, lay.Para)
    assert item.text.text == "增长5.2%，比上年（含新增）多3,000人"
    start, end = item.text.figures[0]
    assert item.text.text[start:end] == "5.2%"
    assert lay.layout(report)[0] == lay.Para("text", lay.Text(text, ((2, 6),)), report.preamble[0])


def test_a_table_before_a_run_in_paragraph_is_flagged() -> None:
    section = Section(label="一、", number=1, title="甲", run_in=True, paragraphs=[Paragraph(text="乙。")],
                      tables=[Table(rows=[[Cell(text="a")]], position=0), Table(rows=[[Cell(text="b")]], position=1)])
    items = lay.layout(Report(sections=[section]))
    assert [type(i).__name__ for i in items] == ["Heading", "TableItem", "TableItem"]
    assert [i.before_run_in for i in items if isinstance(i, lay.TableItem)] == [True, False]


def test_the_grid_of_merged_cells() -> None:
    table = Table(header=[[Cell(text="指标", rowspan=2), Cell(text="年末数", colspan=2)],
                          [Cell(text="城"), Cell(text="乡")]],
                  rows=[[Cell(text="全市"), Cell(text="1"), Cell(text="2")], [Cell(text="其中", rowspan=9)]])
    grid = lay.table_grid(table)
    assert [[(p.column, p.colspan, p.vmerge, p.cell.text if p.cell else None) for p in row] for row in grid] == [
        [(0, 1, "restart", "指标"), (1, 2, None, "年末数")],
        [(0, 1, "continue", "指标"), (1, 1, None, "城"), (2, 1, None, "乡")],
        [(0, 1, None, "全市"), (1, 1, None, "1"), (2, 1, None, "2")],
        [(0, 1, None, "其中"), (1, 2, None, None)],  # the rowspan is cut at the last row, the row filled
    ]
    assert len(lay.column_weights(grid)) == 3


@round_trip
@given(tables())
def test_every_table_makes_a_rectangular_grid(table: Table) -> None:
    grid = lay.table_grid(table)
    width = max(p.column + p.colspan for row in grid for p in row)
    for row in grid:
        assert row[0].column == 0 and row[-1].column + row[-1].colspan == width
        assert all(a.column + a.colspan <= b.column for a, b in itertools.pairwise(row))
    assert len(grid) == len(table.header) + len(table.rows)


@round_trip
@given(reports())
def test_every_text_of_a_report_is_printed(report: Report) -> None:
    printed = "".join(lay.walk_text(lay.layout(report)))
    for _, section in report.walk():
        assert section.title in printed
    for _, paragraph in report.paragraphs():
        assert paragraph.text in printed
    for _, table in report.tables():
        assert all(cell.text in printed for row in (*table.header, *table.rows) for cell in row)
    assert all(term.definition in printed for term in report.glossary)
