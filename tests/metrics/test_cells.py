"""table_figures: every cell that holds a figure gets a Metric with unit, scale, row and column."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govdoc.metrics import table_figures
from govdoc.metrics.cells import read_unit, split_label
from govdoc.model import Cell, Metric, Table, table_metrics


def cells(*texts: str) -> list[Cell]:
    return [Cell(text=text) for text in texts]


def figures(table: Table) -> list[tuple[int, int, Metric]]:
    return [(row, column, metric) for row, column, _, metric in table_metrics(table_figures(table))]


def test_unit_and_scale_from_the_column_header_and_the_row_label_as_indicator() -> None:
    table = Table(header=[cells("指标", "年末数（万人）", "比重（%）")],
                  rows=[cells("全市常住人口", "538.6", "100.0"), cells("其中：城镇", "371.2", "68.9"),
                        cells("乡村", "167.4", "31.1")])
    found = [(r, c, m.text, m.value, m.unit, m.kind, m.indicator, m.column) for r, c, m in figures(table)]
    assert found == [
        (1, 1, "538.6", Decimal(5386000), "人", "count", "常住人口", "年末数"),
        (1, 2, "100.0", Decimal(100), "%", "percent", "常住人口", "比重"),
        (2, 1, "371.2", Decimal(3712000), "人", "count", "城镇", "年末数"),
        (2, 2, "68.9", Decimal("68.9"), "%", "percent", "城镇", "比重"),
        (3, 1, "167.4", Decimal(1674000), "人", "count", "乡村", "年末数"),
        (3, 2, "31.1", Decimal("31.1"), "%", "percent", "乡村", "比重"),
    ]


def test_the_unit_line_applies_where_no_header_or_label_names_a_unit() -> None:
    table = Table(unit="单位：万元", header=[cells("项目", "预算数", "执行数", "完成预算%")],
                  rows=[cells("一般公共预算收入", "268,400", "271,950", "101.3")])
    found = [(m.column, m.value, m.unit, m.currency) for _, _, m in figures(table)]
    assert found == [("预算数", Decimal(2684000000), "元", "CNY"), ("执行数", Decimal(2719500000), "元", "CNY"),
                     ("完成预算%", Decimal("101.3"), "%", None)]


def test_a_row_label_names_the_unit_of_its_row() -> None:
    table = Table(header=[cells("指标", "2024年", "2025年")],
                  rows=[cells("地区生产总值（亿元）", "1890.2", "1986.7"), cells("粮食产量（万吨）", "95.4", "97.1")])
    found = [(m.indicator, m.column, m.value, m.unit) for _, _, m in figures(table)]
    assert found == [("地区生产总值", "2024年", Decimal(189020000000), "元"),
                     ("地区生产总值", "2025年", Decimal(198670000000), "元"),
                     ("粮食产量", "2024年", Decimal(954000), "吨"), ("粮食产量", "2025年", Decimal(971000), "吨")]


def test_merged_headers_name_the_column_and_a_growth_column_states_a_change() -> None:
    table = Table(header=[[Cell(text="指标", rowspan=2), Cell(text="2025年", colspan=2)],
                          cells("绝对数（亿元）", "比上年增长%")],
                  rows=[cells("规模以上工业增加值", "612.8", "-2.3")])
    level, growth = (m for _, _, m in figures(table))
    assert (level.column, level.value, level.change) == ("2025年 / 绝对数", Decimal(61280000000), None)
    # only a printed minus gives a negative value; the column says what kind of change it is
    assert (growth.column, growth.value, growth.unit, growth.change) == (
        "2025年 / 比上年增长%", Decimal("-2.3"), "%", "increase")


def test_a_cell_that_prints_its_own_unit_keeps_it() -> None:
    table = Table(header=[cells("地区", "常住人口", "占全省比重")],
                  rows=[cells("甲区", "45.6万人", "8.2%")])
    found = [(m.text, m.value, m.unit, m.indicator, m.column) for _, _, m in figures(table)]
    assert found == [("45.6万人", Decimal(456000), "人", "甲区", "常住人口"),
                     ("8.2%", Decimal("8.2"), "%", "甲区", "占全省比重")]


def test_empty_cells_dashes_and_numbers_without_a_unit_are_no_figures() -> None:
    table = Table(header=[cells("指标", "数量（个）", "指数")],
                  rows=[cells("新增市场主体", "—", "103.2"), cells("注销市场主体", "", "…"),
                        cells("存续市场主体", "18,632", "101.5")])
    found = [(r, c, m.value) for r, c, m in figures(table)]
    assert found == [(3, 1, Decimal(18632))]


def test_group_rows_without_figures_head_the_rows_below() -> None:
    table = Table(header=[cells("指标", "人数（人）")],
                  rows=[cells("年末总人口", "86420"), cells("按性别分", ""), cells("男性", "43810"),
                        cells("女性", "42610")])
    assert [m.indicator for _, _, m in figures(table)] == ["总人口", "按性别分 / 男性", "按性别分 / 女性"]


def test_a_first_row_of_labels_is_read_as_the_header_when_none_is_marked() -> None:
    table = Table(rows=[cells("产品", "产量（万吨）"), cells("钢材", "312.5"), cells("水泥", "1086.0")])
    assert [(r, m.indicator, m.value) for r, _, m in figures(table)] == [
        (1, "钢材", Decimal(3125000)), (2, "水泥", Decimal(10860000))]


def test_a_merged_row_label_covers_the_rows_it_spans() -> None:
    table = Table(header=[cells("类别", "项目", "金额（万元）")],
                  rows=[[Cell(text="教育", rowspan=2), Cell(text="义务教育"), Cell(text="5200")],
                        cells("高中教育", "1800")])
    found = [(r, c, m.value, m.indicator, m.column) for r, c, m in figures(table)]
    # both leading columns hold labels; the money is in column 2 on both rows
    assert found == [(1, 2, Decimal(52000000), "教育 / 义务教育", "金额"),
                     (2, 2, Decimal(18000000), "教育 / 高中教育", "金额")]


def test_header_cells_and_the_table_itself_are_left_as_they_were() -> None:
    table = Table(unit="单位：亿元", header=[cells("指标", "数值（亿元）")],
                  rows=[cells("财政收入", "43.2")], notes=["注：按现价计算。"], position=3)
    filled = table_figures(table)
    assert all(not cell.metrics for cell in table.rows[0])  # the input is not changed
    assert all(not cell.metrics for row in filled.header for cell in row)
    assert (filled.unit, filled.notes, filled.position) == (table.unit, table.notes, table.position)
    assert Table.model_validate(filled.model_dump()) == filled


def test_units_read_from_labels() -> None:
    assert split_label("年末数（万人）")[0] == "年末数"
    assert split_label("比上年增长%")[0] == "比上年增长%"
    assert split_label("发电量/亿千瓦小时")[0] == "发电量"
    scale = read_unit("亿千瓦小时")
    assert scale is not None and (scale.unit.name, scale.factor) == ("千瓦小时", Decimal(10) ** 8)
    assert read_unit("上年=100") is None


UNITS = [("万元", Decimal(10000), "元"), ("亿元", Decimal(10) ** 8, "元"), ("万人", Decimal(10000), "人"),
         ("%", Decimal(1), "%"), ("吨", Decimal(1), "吨"), ("千公顷", Decimal(1), "千公顷")]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(UNITS),
       st.lists(st.lists(st.one_of(st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False),
                                   st.just(None)), min_size=1, max_size=4), min_size=1, max_size=6))
def test_every_number_of_a_table_becomes_its_value_times_the_header_scale(
        unit: tuple[str, Decimal, str], values: list[list[Decimal | None]]) -> None:
    printed, factor, name = unit
    width = max(len(row) for row in values)
    header = [cells("指标", *(f"第{k + 1}列（{printed}）" for k in range(width)))]
    rows = [[Cell(text=f"项目{r}")] + [Cell(text="" if v is None else format(v, "f")) for v in row]
            for r, row in enumerate(values)]
    found = {(r, c): m for r, c, m in figures(Table(header=header, rows=rows))}
    for r, row in enumerate(values, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                assert (r, c) not in found
                continue
            metric = found[(r, c)]
            assert metric.value == v * factor
            assert (metric.unit, metric.indicator, metric.column) == (name, f"项目{r - 1}", f"第{c}列")


def test_a_column_of_differences_states_the_change_by_the_sign_of_its_figures() -> None:
    table = Table(unit="部门：平安县财政局 单位：万元",
                  header=[[*cells("项目", "本年预算数"), Cell(text="比上年增减情况", colspan=2)],
                          cells("", "", "增减额", "增减幅度")],
                  rows=[cells("合计", "12.6", "-1.4", "-10%"), cells("2.公务接待费", "2.6", "0", "0.00%"),
                        cells("（3）公务用车运行费", "10", "1.5", "17.6%")])
    found = [(m.indicator, m.text, m.value, m.unit, m.change) for _, _, m in figures(table)]
    assert found == [
        ("合计", "12.6", Decimal(126000), "元", None), ("合计", "-1.4", Decimal(-14000), "元", "decrease"),
        ("合计", "-10%", Decimal(-10), "%", "decrease"),
        ("公务接待费", "2.6", Decimal(26000), "元", None), ("公务接待费", "0", Decimal(0), "元", "flat"),
        ("公务接待费", "0.00%", Decimal(0), "%", "flat"),
        ("公务用车运行费", "10", Decimal(100000), "元", None),
        ("公务用车运行费", "1.5", Decimal(15000), "元", "increase"),
        ("公务用车运行费", "17.6%", Decimal("17.6"), "%", "increase"),
    ]


def test_a_column_of_signed_changes_states_each_change_by_its_sign() -> None:
    table = Table(header=[cells("农产品名称", "总产量(万吨)", "比上年±%")],
                  rows=[cells("粮食", "61.84", "0.74"), cells("油料", "0.69", "-3.3")])
    found = [(m.indicator, m.column, m.value, m.change) for _, _, m in figures(table)]
    assert found == [("粮食", "总产量", Decimal(618400), None), ("粮食", "比上年±%", Decimal("0.74"), "increase"),
                     ("油料", "总产量", Decimal(6900), None), ("油料", "比上年±%", Decimal("-3.3"), "decrease")]


def test_a_sub_item_row_is_named_by_its_own_label_as_the_annotation_rules_read_it() -> None:
    """"其中:夏粮" measures 夏粮, and so do the sub-items after it ("秋粮"): the parent's name is not inherited; the
    time words and the whole area a label opens with are left out ("全市常住人口" → 常住人口, "当年出栏猪" → 出栏猪)."""
    table = Table(header=[cells("农产品名称", "总产量(万吨)")],
                  rows=[cells("粮食", "61.84"), cells("其中:夏粮", "31.82"), cells("秋粮", "30.02"),
                        cells("油料", "0.69"), cells("全市常住人口", "612.4"), cells("其中：城镇", "430.1"),
                        cells("乡村", "182.2"), cells("当年出栏猪", "4.4"), cells("#建筑安装投资", "1.7")])
    assert [m.indicator for _, _, m in figures(table)] == [
        "粮食", "夏粮", "秋粮", "油料", "常住人口", "城镇", "乡村", "出栏猪", "建筑安装投资"]


def test_a_time_word_apart_from_the_label_leaves_no_space_in_the_name() -> None:
    """"全年 社区": the time word goes, and the space after it; a name never starts with a space (the Metric
    would not validate). Found by the round-trip property of the canonical text."""
    table = Table(header=[cells("指标", "数量(家)")], rows=[cells("全年 社区", "12"), cells("当年\u3000学校", "3")])
    assert [m.indicator for _, _, m in figures(table)] == ["社区", "学校"]


def test_a_row_label_in_traditional_characters_keeps_last_year_s_balance() -> None:
    """Row labels are matched as printed (the 繁體 fold reads a paragraph's figures, not a table's labels): "上年結余"
    is last year's balance, a name, as 上年结余 is."""
    table = Table(header=[cells("項目", "金額(萬元)")], rows=[cells("上年結余", "12"), cells("上年结余", "3")])
    assert [m.indicator for _, _, m in figures(table)] == ["上年結余", "上年结余"]
