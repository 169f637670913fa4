"""Rule ``percent_groups``: shares of one whole must sum to 100 % when they make up the whole."""

from __future__ import annotations

from .conftest import run

HEAD = "今年以来，居委会通过走访和信箱共收到居民意见建议24条，经汇总分为四类。"
ITEMS = ["一是关于加装电梯的建议6条，占总数的25%。", "二是关于垃圾分类的建议12条，占50%。",
         "三是关于停车管理的建议2条，占8.33%。", "四是关于绿化养护的建议4条，占16.67%。"]


def test_a_declared_group_that_does_not_sum_to_100() -> None:
    items = [*ITEMS[:2], ITEMS[2].replace("8.33%", "8.22%"), ITEMS[3]]
    found = run("percent_groups", HEAD, *items)
    assert len(found) == 1
    finding = found[0]
    assert (finding.severity, finding.printed_text, finding.expected_text) == ("error", "99.89%", "100%")
    assert [ref.metric.text for ref in finding.figures] == ["25%", "50%", "8.22%", "16.67%"]


def test_whole_percents_among_two_decimals_are_read_at_two_decimals() -> None:
    """25% + 50% + 8.33% + 16.67% = 100.00%; read at whole percents the sum could be anything within 1%."""
    assert run("percent_groups", HEAD, *ITEMS) == []


def test_rounded_shares_may_sum_a_little_off() -> None:
    text = "全年受理诉求23件，其中已经解决的17件，占73.91%；正在解决的3件，占13.04%；无法解决的3件，占13.04%。"
    assert run("percent_groups", text) == []  # 99.99 %: three roundings of 0.005


def test_a_split_stated_by_category_close_to_100_is_a_warning() -> None:
    text = "按产业分，第一产业投资占比4.2%，第二产业投资占比50.7%，第三产业投资占比44.1%。"
    found = run("percent_groups", text)
    assert [(f.severity, f.printed_text) for f in found] == [("warning", "99%")]
    assert run("percent_groups", text.replace("44.1%", "45.1%")) == []
    assert run("percent_groups", text.replace("44.1%", "43.1%")) == []  # 98 %: perhaps a list without 其他


def test_partial_lists_and_overlapping_categories_are_left_alone() -> None:
    assert run("percent_groups", "按投资方向分，工业投资占比50.7%，民生工程投资占比7.5%，生态环境投资占比8.5%。") == []
    assert run("percent_groups", "按经济类型分，国有投资占比19.8%，非国有投资占比80.2%，民间投资占比67.3%。") == []


def test_contributions_of_the_three_industries_sum_to_100() -> None:
    text = ("全年地区生产总值4770.9亿元。其中，第一产业增加值532.1亿元，对经济增长的贡献率为9.6%；"
            "第二产业增加值1731.0亿元，对经济增长的贡献率为34.6%；第三产业增加值2507.9亿元，对经济增长的贡献率为{}。")
    assert run("percent_groups", text.format("55.8%")) == []
    assert [f.severity for f in run("percent_groups", text.format("53.8%"))] == ["error"]


def test_growth_rates_are_not_shares() -> None:
    assert run("percent_groups", "按类别分，食品烟酒类上涨51.1%，衣着类上涨49.5%。") == []
