"""Rule ``duplicates``: one indicator printed twice with values that cannot both be right."""

from __future__ import annotations

import govdoc
from govdoc.checks import Finding, check


def run(text: str) -> list[Finding]:
    return check(govdoc.parse(text), ["duplicates"])


def test_the_same_level_printed_twice_with_two_values() -> None:
    found = run("一、经济运行\n全年实现地区生产总值5696亿元，增长5.3%，好于预期。\n"
                "二、产业发展\n全年全区地区生产总值5796亿元，三次产业协调发展。")
    assert [(f.severity, f.expected_text, f.printed_text) for f in found] == [("info", "5696亿元", "5796亿元")]
    assert [ref.role for ref in found[0].figures] == ["duplicate", "duplicate"]


def test_the_same_rate_printed_twice() -> None:
    found = run("一、经济运行\n全年实现地区生产总值5696亿元，增长5.3%，好于预期。\n"
                "二、产业发展\n全年地区生产总值比上年增长5.8%，三次产业协调发展。")
    assert [f.printed_text for f in found] == ["5.8%"]


def test_values_equal_at_the_printed_precision_are_not_duplicates() -> None:
    assert run("一、经济运行\n全年实现地区生产总值5696亿元，增长5.3%，好于预期。\n"
               "二、产业发展\n全年地区生产总值5696.2亿元，三次产业协调发展。") == []


def test_other_years_targets_and_scopes_tell_figures_apart() -> None:
    assert run("一、经济运行\n2025年实现地区生产总值5696亿元，好于预期。\n"
               "二、产业发展\n2020年地区生产总值为4100亿元，五年来持续增长。") == []
    assert run("一、经济运行\n全年实现地区生产总值5696亿元，好于预期。\n"
               "二、明年安排\n明年地区生产总值预期达到6000亿元，稳步增长。") == []
    assert run("一、财政收支\n全市一般公共预算收入630.5亿元，完成年度任务。\n"
               "二、市级收支\n市级一般公共预算收入130.1亿元，完成年度任务。") == []


def test_a_word_carrying_many_values_is_a_label_not_an_indicator() -> None:
    assert run("一、民生保障\n统筹资金3.3亿元，支持就业创业工作。\n二、教育发展\n统筹资金202.4亿元，推进各学段教育。\n"
               "三、卫生健康\n统筹资金6.2亿元，支持医院新院区建设。") == []


def test_two_values_in_one_paragraph_are_two_things() -> None:
    assert run("一、卫生事业\n全市卫生技术人员43076人；疾病预防控制中心13个，卫生技术人员共674人。") == []
