"""Rule ``tables``: total rows and columns, 其中 rows and share columns, on Tables built by hand."""

from __future__ import annotations

from decimal import Decimal

from govdoc.checks import Finding, check
from govdoc.model import Cell, Metric, Paragraph, Report, Section, Table


def cell(text: str, unit: str = "万人", kind: str = "count") -> Cell:
    """A cell; a number in it becomes its figure, scaled by the 万 of the unit."""
    try:
        number = Decimal(text)
    except ArithmeticError:
        return Cell(text=text)
    scale, base = (10_000, unit[1:]) if unit.startswith("万") else (1, unit)
    metric = Metric(text=text, start=0, end=len(text), value=number * scale, unit=base, kind=kind)  # type: ignore[arg-type]
    return Cell(text=text, metrics=[metric])


def table(header: list[str], rows: list[list[str]], units: dict[int, tuple[str, str]] | None = None) -> Table:
    units = units or {}
    return Table(header=[[Cell(text=h) for h in header]],
                 rows=[[cell(text, *units.get(column, ("万人", "count"))) if column else Cell(text=text)
                        for column, text in enumerate(row)] for row in rows])


def run(t: Table) -> list[Finding]:
    report = Report(sections=[Section(label="一、", number=1, title="人口", paragraphs=[Paragraph(text="见下表。")],
                                      tables=[t.model_copy(update={"position": 1})])])
    return check(report, ["tables"])


POPULATION = [["全市", "612.4"], ["按城乡分", ""], ["城镇", "350.1"], ["乡村", "262.3"],
              ["按性别分", ""], ["男", "310.0"], ["女", "302.4"]]


def test_a_total_row_is_the_sum_of_each_block() -> None:
    assert run(table(["指标", "年末数（万人）"], POPULATION)) == []
    wrong = [row if row[0] != "女" else ["女", "312.4"] for row in POPULATION]
    found = run(table(["指标", "年末数（万人）"], wrong))
    assert [(f.printed_text, f.expected_text, f.severity) for f in found] == [("612.4", "622.4", "error")]
    assert [ref.where for ref in found[0].figures] == ["cell"] * 3
    assert found[0].figures[0].context == "全市 | 612.4"


def test_a_total_row_at_the_bottom_within_rounding() -> None:
    rows = [["城区", "10.1"], ["郊区", "20.2"], ["合计", "30.4"]]
    assert run(table(["地区", "人数"], rows)) == []  # 30.3 against 30.4: two roundings of 0.05 and one more
    rows = [["城区", "10.1"], ["郊区", "20.2"], ["合计", "30.6"]]
    assert [f.expected_text for f in run(table(["地区", "人数"], rows))] == ["30.3"]


def test_growth_and_share_columns_are_not_added() -> None:
    rows = [["全市", "612.4", "1.2"], ["城镇", "350.1", "2.5"], ["乡村", "262.3", "-0.4"]]
    assert run(table(["指标", "年末数", "比上年增长%"], rows, {2: ("%", "percent")})) == []


def test_a_qizhong_row_cannot_exceed_the_row_above() -> None:
    rows = [["全市常住人口", "612.4"], ["其中：城镇", "650.1"]]
    found = run(table(["指标", "年末数"], rows))
    assert [(f.printed_text, f.severity) for f in found] == [("650.1", "error")]
    assert run(table(["指标", "年末数"], [["全市常住人口", "612.4"], ["其中：城镇", "350.1"]])) == []


def test_a_table_with_qizhong_rows_is_not_summed_to_its_total() -> None:
    """乡村 under 其中：城镇 is part of the breakdown, not a third row of the total."""
    rows = [["全市", "612.4"], ["其中：城镇", "350.1"], ["乡村", "262.3"], ["户籍人口", "580.0"]]
    assert run(table(["指标", "年末数"], rows)) == []


def test_a_total_column_is_the_sum_of_the_others() -> None:
    header = ["地区", "合计", "男", "女"]
    assert run(table(header, [["城区", "30.3", "15.1", "15.2"], ["郊区", "20.0", "9.9", "10.1"]])) == []
    found = run(table(header, [["城区", "30.3", "15.1", "15.2"], ["郊区", "21.0", "9.9", "10.1"]]))
    assert [(f.printed_text, f.expected_text) for f in found] == [("21.0", "20.0")]


def test_a_share_column_against_the_total_row() -> None:
    header = ["产业", "增加值（亿元）", "比重（%）"]
    units = {1: ("亿元", "money"), 2: ("%", "percent")}
    rows = [["合计", "4770.9", "100.0"], ["第一产业", "532.1", "11.2"], ["第二产业", "1731.0", "36.3"],
            ["第三产业", "2507.9", "52.6"]]
    assert run(table(header, rows, units)) == []
    wrong = [row if row[0] != "第二产业" else ["第二产业", "1731.0", "38.3"] for row in rows]
    found = run(table(header, wrong, units))
    assert [(f.expected_text, f.printed_text) for f in found] == [("36.3", "38.3")]
    assert [ref.role for ref in found[0].figures] == ["share", "part", "total"]


def test_cells_with_approximate_or_no_figures_take_no_part() -> None:
    rows = [["合计", "30.4"], ["城区", "10.1"], ["郊区", "…"]]
    assert run(table(["地区", "人数"], rows)) == []
