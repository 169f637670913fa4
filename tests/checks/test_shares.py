"""Rule ``shares``: a share printed next to a count and its total."""

from __future__ import annotations

from decimal import Decimal

from .conftest import run

HEAD = "今年以来，居委会通过走访和信箱共收到居民意见建议24条，经汇总分为三类。"


def test_a_share_that_is_not_count_over_total_is_found() -> None:
    found = run("shares", HEAD, "一是关于加装电梯的建议2条，占总数的8.22%。", "二是关于垃圾分类的建议10条，占41.67%。",
                "三是关于停车管理的建议12条，占50%。")
    assert len(found) == 1
    finding = found[0]
    assert (finding.expected_text, finding.printed_text, finding.severity) == ("8.33%", "8.22%", "error")
    assert [ref.role for ref in finding.figures] == ["share", "part", "total"]
    assert [ref.metric.text for ref in finding.figures] == ["8.22%", "2条", "24条"]
    assert finding.expected is not None and abs(finding.expected - Decimal("8.3333")) < Decimal("0.001")
    assert "8.33%" in finding.message_zh and "8.33%" in finding.message_en


def test_shares_rounded_to_what_was_printed_are_not_findings() -> None:
    assert run("shares", HEAD, "一是关于加装电梯的建议2条，占总数的8.3%。", "二是关于垃圾分类的建议10条，占41.7%。",
               "三是关于停车管理的建议12条，占50%。") == []
    assert run("shares", HEAD, "一是关于加装电梯的建议2条，占总数的8%。", "二是关于垃圾分类的建议10条，占42%。",
               "三是关于停车管理的建议12条，占50%。") == []


def test_a_truncated_share_is_only_a_warning() -> None:
    found = run("shares", HEAD, "一是关于加装电梯的建议2条，占总数的8.33%。", "二是关于垃圾分类的建议10条，占41.66%。",
                "三是关于停车管理的建议12条，占50%。")
    assert [(f.printed_text, f.severity) for f in found] == [("41.66%", "warning")]


def test_shares_under_qizhong_in_one_sentence() -> None:
    text = "全年共受理群众诉求23件，其中已经解决的17件，占73.91%；正在解决的3件，占13.04%；无法解决的3件，占13.04%。"
    assert run("shares", text) == []
    wrong = text.replace("占73.91%", "占75.91%")
    assert [f.printed_text for f in run("shares", wrong)] == ["75.91%"]


def test_a_share_of_a_named_whole_is_checked_against_that_figure() -> None:
    first = "全年一般公共预算支出624.46亿元，下降6.6%，保障有力。"
    assert run("shares", first, "民生支出476.59亿元，占一般公共预算支出比重76.3%。") == []
    found = run("shares", first, "民生支出476.59亿元，占一般公共预算支出比重72.3%。")
    assert [(f.expected_text, f.printed_text) for f in found] == [("76.3%", "72.3%")]


def test_a_named_whole_with_two_values_is_left_alone() -> None:
    """全市 and 市级 figures share the indicator: which one the share means cannot be told."""
    assert run("shares", "全市一般公共预算支出909亿元，市级一般公共预算支出234.9亿元。",
               "民生支出76.3亿元，占一般公共预算支出比重12.3%。") == []


def test_contributions_and_growth_rates_are_not_shares() -> None:
    text = ("全年地区生产总值4770.9亿元，增长5.6%。其中，第一产业增加值532.1亿元，增长4.3%，对经济增长的贡献率为9.6%；"
            "第二产业增加值1731.0亿元，增长5.2%，对经济增长的贡献率为34.6%。")
    assert run("shares", text) == []


def test_a_share_of_another_whole_is_not_checked_against_the_group_total() -> None:
    text = "全年获批再融资债券300亿元，其中特殊再融资债券196.2亿元，占全省总量的70%。"
    assert run("shares", text) == []


def test_a_share_of_all_the_parts_together() -> None:
    text = ("居民人均消费支出26850元，其中，食品烟酒支出8126元，居住支出5140元，教育文化娱乐消费支出3230元，"
            "交通通信支出4412元，以上四项支出占居民人均消费支出的比重为{}%。")
    assert run("shares", text.format("77.9")) == []  # 20908 / 26850 = 77.87 %
    found = run("shares", text.format("79.3"))
    assert [(f.expected_text, f.printed_text) for f in found] == [("77.9%", "79.3%")]
    assert [ref.role for ref in found[0].figures] == ["share", "part", "part", "part", "part", "total"]


def test_a_share_that_prints_its_total_inside() -> None:
    assert run("shares", "全年新增规上企业20家，占全部160家的12.5%。") == []
    found = run("shares", "全年新增规上企业20家，占全部160家的15.5%。")
    assert [(f.expected_text, f.printed_text) for f in found] == [("12.5%", "15.5%")]
    assert run("shares", "全年新增规上企业20家，占全部投资160亿元的15.5%。") == []  # not a total of the 20家
