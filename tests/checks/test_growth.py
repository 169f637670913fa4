"""Rule ``growth``: growth rates and increments against the levels printed beside them."""

from __future__ import annotations

from .conftest import run


def test_from_to_with_a_rate() -> None:
    assert run("growth", "全区规上企业从1832户增加到3382户，增长84.6%。") == []
    found = run("growth", "全区规上企业从1832户增加到3382户，增长80.6%。")
    assert [(f.expected_text, f.printed_text, f.severity) for f in found] == [("84.6%", "80.6%", "error")]
    assert [ref.role for ref in found[0].figures] == ["growth", "previous", "level"]


def test_from_to_with_a_fall() -> None:
    assert run("growth", "全区亏损企业由120家减少到90家，下降25%。") == []
    assert [f.expected_text for f in run("growth", "全区亏损企业由120家减少到90家，下降30%。")] == ["25%"]


def test_from_to_with_an_increment_and_points() -> None:
    assert run("growth", "每千人口托位数从0.5个增至4.8个，增加4.3个。") == []
    assert [f.expected_text for f in run("growth", "每千人口托位数从0.5个增至4.8个，增加3.3个。")] == ["4.3个"]
    assert run("growth", "产业投资占全部投资比重从26.7%提高到52.1%，提高25.4个百分点。") == []
    assert [f.expected_text for f in run("growth", "产业投资占全部投资比重从26.7%提高到52.1%，提高24.4个百分点。")] == [
        "25.4个百分点"]


def test_a_base_printed_after_the_level() -> None:
    text = "全市财政收入3010.8亿元，较“十三五”末的2150.6亿元增加{}亿元，增长{}%。"
    assert run("growth", text.format("860.2", "40.0")) == []
    found = run("growth", text.format("4374.4", "40.0"))
    assert [(f.expected_text, f.printed_text) for f in found] == [("860.2亿元", "4374.4亿元")]
    assert [f.expected_text for f in run("growth", text.format("860.2", "44.0"))] == ["40.0%"]


def test_a_level_with_its_increment_and_rate() -> None:
    text = "全年争取上级转移支付381.2亿元，较上年增加24.5亿元，增长{}%。"
    assert run("growth", text.format("6.9")) == []
    assert [f.expected_text for f in run("growth", text.format("9.9"))] == ["6.9%"]


def test_times() -> None:
    assert run("growth", "全市技术合同成交额从100亿元增长到250亿元，增长1.5倍。") == []
    found = run("growth", "全市技术合同成交额从100亿元增长到250亿元，增长2.5倍。")
    assert [f.expected_text for f in found] == ["1.5倍"]


def test_average_annual_rates_and_real_growth_are_left_alone() -> None:
    assert run("growth", "人均地区生产总值从5.6万元增至7.8万元，年均增长5.4%。") == []
    assert run("growth", "全市地区生产总值从2150.6亿元增加到3010.8亿元，按可比价格计算增长32.0%。") == []
    assert run("growth", "一般公共预算支出累计完成4422.7亿元，比“十三五”时期增加799.2亿元，年均增长2.7%。") == []


def test_rounded_levels_allow_some_play_in_the_rate() -> None:
    """3.52 / 2.57 − 1 is 36.96 %; with levels rounded to 0.01 万元 the rate may be 36.6 … 37.3 %."""
    assert run("growth", "居民人均可支配收入由2.57万元增加到3.52万元，增长37.2%。") == []
    assert [f.severity for f in run("growth", "居民人均可支配收入由2.57万元增加到3.52万元，增长39.2%。")] == ["error"]


def test_a_rate_of_something_else_after_the_levels() -> None:
    assert run("growth", "常住人口由上年729万人增加到732万人，城镇化率达69.1%。") == []
