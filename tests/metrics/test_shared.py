"""metrics.shared: the numbers of a 分别 list whose unit is printed once, after the last of them."""

from __future__ import annotations

from decimal import Decimal

from govdoc.metrics import extract_metrics


def figures(text: str) -> list[tuple[str, Decimal, str, str | None]]:
    return [(m.text, m.value, m.unit, m.indicator) for m in extract_metrics(text)]


def test_each_number_of_the_list_takes_the_unit_printed_after_the_last() -> None:
    assert figures("二氧化硫、二氧化氮、可吸入颗粒物年均浓度分别为5、19、56微克/立方米。") == [
        ("5", Decimal(5), "微克/立方米", "二氧化硫年均浓度"), ("19", Decimal(19), "微克/立方米", "二氧化氮年均浓度"),
        ("56微克/立方米", Decimal(56), "微克/立方米", "可吸入颗粒物年均浓度")]
    rows = extract_metrics("第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点")
    assert [(m.text, m.unit, m.change) for m in rows] == [
        ("2.16", "百分点", "decrease"), ("1.66个百分点", "百分点", "decrease")]


def test_and_its_scale() -> None:
    rows = extract_metrics("一般公共预算收入、支出分别为1.2、3.4亿元")
    assert [(m.text, m.value, m.start, m.end) for m in rows] == [
        ("1.2", Decimal(120000000), 14, 17), ("3.4亿元", Decimal(340000000), 18, 23)]


def test_a_bare_number_that_no_respectively_announces_is_no_figure() -> None:
    assert [m.text for m in extract_metrics("第3、5项任务完成率为98%")] == ["98%"]
    assert [m.text for m in extract_metrics("项目分别投资05、3亿元")] == ["3亿元"]  # (05 is a code)


def test_a_list_after_a_verb_and_the_name_of_what_it_moves() -> None:
    """"分别拉动地区生产总值0.06、1.35和1.55个百分点": 分别, a verb and the name of a quantity, then the list; the
    items are those the sentence listed before."""
    rows = extract_metrics("一、二、三产业对经济增长的贡献率分别为2.1%、45.6%和52.3%，"
                           "分别拉动地区生产总值0.06、1.35和1.55个百分点。")
    assert [(m.text, m.unit, m.indicator) for m in rows][3:] == [
        ("0.06", "百分点", "一产业拉动地区生产总值"), ("1.35", "百分点", "二产业拉动地区生产总值"),
        ("1.55个百分点", "百分点", "三产业拉动地区生产总值")]  # (each item of the list before pulls its part)
