"""report.figures(): every figure with its place, in document order, a superset of report.metrics(bare_cells=True)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given, settings

from govdoc.metrics import Figure, extract_metrics, figures, table_figures
from govdoc.metrics.places import WHERE
from govdoc.model import Cell, GlossaryTerm, Meta, Paragraph, Report, Section, Table
from govdoc.testing import reports


def paragraph(text: str, kind: str = "text") -> Paragraph:
    return Paragraph(text=text, kind=kind, metrics=extract_metrics(text))  # type: ignore[arg-type]


def bulletin() -> Report:
    table = table_figures(Table(
        header=[[Cell(text="指标", rowspan=2), Cell(text="2025年", colspan=2)],
                [Cell(text="绝对数（亿元）"), Cell(text="比上年增长%")]],
        rows=[[Cell(text="营业收入"), Cell(text="2318.6"), Cell(text="6.1")],
              [Cell(text="其中：制造业"), Cell(text="1904.2"), Cell(text="7.3")]],
        notes=["注：调查样本2000户。"], position=2))
    title = "经济总量突破5000亿元"
    return Report(
        meta=Meta(title="2025年统计公报", subtitle="全年新增市场主体3.2万户"),
        preamble=[paragraph("全年地区生产总值5012.3亿元，增长5.6%。")],
        sections=[
            Section(label="一、", number=1, title=title, title_metrics=extract_metrics(title),
                    subtitle="新增就业4.1万人",
                    paragraphs=[paragraph("图为新建的12个公园", "caption"),
                                paragraph("表1 全市1530家规模以上工业企业主要指标", "caption"),
                                paragraph("全年引进企业139家。")],
                    tables=[table],
                    children=[Section(label="（一）", number=1, title="农业",
                                      paragraphs=[paragraph("粮食产量96.4万吨。")])]),
            Section(title="名词解释", kind="glossary"),
        ],
        glossary=[GlossaryTerm(number=1, term="规上企业", definition="年主营业务收入2000万元以上的工业企业",
                               metrics=extract_metrics("年主营业务收入2000万元以上的工业企业"))],
    )


def test_every_figure_in_document_order_with_its_place() -> None:
    found = [(f.where, f.section_path, f.paragraph, f.table, f.row, f.column, f.note, f.term, f.metric.text)
             for f in bulletin().figures()]
    assert found == [
        ("subtitle", "", None, None, None, None, None, None, "3.2万户"),
        ("paragraph", "", 0, None, None, None, None, None, "5012.3亿元"),
        ("paragraph", "", 0, None, None, None, None, None, "5.6%"),
        ("heading", "一、经济总量突破5000亿元", None, None, None, None, None, None, "突破5000亿元"),
        ("subtitle", "一、经济总量突破5000亿元", None, None, None, None, None, None, "4.1万人"),
        ("caption", "一、经济总量突破5000亿元", 1, None, None, None, None, None, "12个"),
        ("caption", "一、经济总量突破5000亿元", 2, None, None, None, None, None, "1530家"),
        ("cell", "一、经济总量突破5000亿元", None, 0, 2, 1, None, None, "2318.6"),
        ("cell", "一、经济总量突破5000亿元", None, 0, 2, 2, None, None, "6.1"),
        ("cell", "一、经济总量突破5000亿元", None, 0, 3, 1, None, None, "1904.2"),
        ("cell", "一、经济总量突破5000亿元", None, 0, 3, 2, None, None, "7.3"),
        ("note", "一、经济总量突破5000亿元", None, 0, None, None, 0, None, "2000户"),
        ("paragraph", "一、经济总量突破5000亿元", 3, None, None, None, None, None, "139家"),
        ("paragraph", "一、经济总量突破5000亿元 / （一）农业", 4, None, None, None, None, None, "96.4万吨"),
        ("glossary", "名词解释", None, None, None, None, None, 0, "2000万元以上"),
    ]


def test_cells_carry_their_row_and_column_as_printed_and_as_read() -> None:
    cells = [f for f in bulletin().figures() if f.where == "cell"]
    assert [(f.row_label, f.column_label) for f in cells] == [
        ("营业收入", "2025年 / 绝对数（亿元）"), ("营业收入", "2025年 / 比上年增长%"),
        ("其中：制造业", "2025年 / 绝对数（亿元）"), ("其中：制造业", "2025年 / 比上年增长%")]
    assert [(f.metric.indicator, f.metric.column, f.metric.value, f.metric.change) for f in cells] == [
        ("营业收入", "2025年 / 绝对数", Decimal(231860000000), None),
        ("营业收入", "2025年 / 比上年增长%", Decimal("6.1"), "increase"),
        ("制造业", "2025年 / 绝对数", Decimal(190420000000), None),
        ("制造业", "2025年 / 比上年增长%", Decimal("7.3"), "increase"),
    ]


def test_the_offsets_index_into_the_source_and_the_places_are_known() -> None:
    for f in bulletin().figures():
        assert f.source[f.metric.start:f.metric.end] == f.metric.text
        assert f.where in WHERE


def test_a_figure_is_a_value() -> None:
    first = next(bulletin().figures())
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.where = "cell"  # type: ignore[misc]
    assert isinstance(first, Figure)


def test_the_function_and_the_method_agree() -> None:
    report = bulletin()
    assert [(f.where, f.metric) for f in figures(report)] == [(f.where, f.metric) for f in report.figures()]


def _stored(figure: Figure) -> bool:
    """Whether the model stores this figure (and report.metrics(bare_cells=True) yields it)."""
    return figure.where not in ("subtitle", "note")


@settings(max_examples=60, deadline=None)
@given(reports())
def test_figures_yield_what_metrics_yields_in_the_same_order(report: Report) -> None:
    stored = [f for f in report.figures() if _stored(f)]
    assert [f.metric for f in stored] == [m for _, m in report.metrics(bare_cells=True)]
    assert [f.path for f in stored] == [path for path, _ in report.metrics(bare_cells=True)]
    paragraphs = [p for _, p in report.paragraphs()]
    for f in stored:
        if f.paragraph is not None:
            assert f.source == paragraphs[f.paragraph].text
        assert f.source[f.metric.start:f.metric.end] == f.metric.text


def test_a_table_pivots_back_into_its_grid() -> None:
    """What the docs do with pandas (docs/metrics.md), with dicts: rows by indicator, columns by label."""
    table = table_figures(Table(header=[[Cell(text="指标"), Cell(text="年末数（万人）"), Cell(text="比重（%）")]],
                                rows=[[Cell(text="全市常住人口"), Cell(text="612.4"), Cell(text="100.0")],
                                      [Cell(text="其中：城镇"), Cell(text="430.1"), Cell(text="70.2")],
                                      [Cell(text="乡村"), Cell(text="182.3"), Cell(text="29.8")]]))
    report = Report(sections=[Section(label="一、", number=1, title="人口", tables=[table])])
    grid: dict[str | None, dict[str | None, Decimal]] = {}
    for f in report.figures():
        if f.where == "cell" and f.table == 0:
            grid.setdefault(f.metric.indicator, {})[f.metric.column] = f.metric.value
    assert grid == {
        "常住人口": {"年末数": Decimal(6124000), "比重": Decimal(100)},
        "城镇": {"年末数": Decimal(4301000), "比重": Decimal("70.2")},
        "乡村": {"年末数": Decimal(1823000), "比重": Decimal("29.8")},
    }
