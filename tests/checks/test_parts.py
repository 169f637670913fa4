"""Rule ``parts``: parts under 其中 may not exceed their total; stated sums must be sums."""

from __future__ import annotations

from .conftest import run


def test_parts_under_qizhong_exceeding_their_total() -> None:
    found = run("parts", "全年赔付支出64.6亿元，其中财产险赔付44.3亿元，健康险赔付3.0亿元，寿险赔付27.0亿元。")
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == "warning"  # three parts that each fit: they might overlap
    assert finding.printed_text == "64.6亿元" and finding.expected_text == "74.3亿元"
    assert [ref.role for ref in finding.figures] == ["total", "part", "part", "part"]


def test_three_parts_that_each_fit_may_overlap_and_are_only_a_warning() -> None:
    found = run("parts", "全区共有学校120所，其中公办学校98所，民办学校20所，九年一贯制学校15所。")
    assert [(f.severity, f.expected_text) for f in found] == [("warning", "133所")]


def test_parts_under_their_total_are_fine() -> None:
    assert run("parts", "全年赔付支出64.6亿元，其中财产险赔付34.3亿元，健康险赔付3.0亿元，寿险赔付27.0亿元。") == []
    assert run("parts", "全市亿元以上项目492个，其中新开工项目166个。") == []


def test_a_single_part_exceeding_its_total() -> None:
    found = run("parts", "全市亿元以上项目492个，其中新开工项目566个。")
    assert [(f.printed_text, f.expected_text) for f in found] == [("492个", "566个")]


def test_qizhong_opening_the_next_sentence_refers_to_the_total_before() -> None:
    text = "全年货物进出口总额61.5亿元，比上年增长3.8%。其中，出口{}亿元，下降0.4%；进口22.1亿元，增长12.1%。"
    assert [(f.printed_text, f.severity) for f in run("parts", text.format("49.3"))] == [("61.5亿元", "error")]
    assert run("parts", text.format("39.3")) == []


def test_rounding_of_the_parts_is_allowed() -> None:
    """4770.9 against 532.1 + 1731.0 + 2507.9 = 4771.0: three roundings of 0.05 each allow it."""
    text = ("全年地区生产总值4770.9亿元。其中，第一产业增加值532.1亿元，增长4.3%；第二产业增加值1731.0亿元，增长5.2%；"
            "第三产业增加值2507.9亿元，增长6.1%。")
    assert run("parts", text) == []


def test_an_aggregate_beside_its_own_components_is_not_a_slip() -> None:
    text = ("一般公共预算支出624.46亿元，下降6.6%。其中，教育支出126.82亿元，增长0.3%；社会保障和就业支出91.86亿元，"
            "增长5.3%；民生支出476.59亿元，下降5.8%。")
    assert run("parts", text) == []


def test_two_splits_of_one_total_are_checked_apart() -> None:
    text = ("年末全市户籍总人口577.2万人，比上年末减少1.2万人。其中城镇人口210.2万人，乡村人口367.0万人；"
            "男性人口293.0万人，女性人口284.2万人。")
    assert run("parts", text) == []
    wrong = text.replace("女性人口284.2万人", "女性人口294.2万人")
    assert [f.expected_text for f in run("parts", wrong)] == ["587.2万人"]


def test_a_stated_sum_that_is_not_the_sum() -> None:
    found = run("parts", "新建社区食堂12个、老年助餐点8个、睦邻点6个，合计28个。")
    assert [(f.printed_text, f.expected_text) for f in found] == [("28个", "26个")]
    assert run("parts", "新建社区食堂12个、老年助餐点8个、睦邻点6个，合计26个。") == []


def test_a_list_declared_complete_must_sum_to_its_total() -> None:
    head = "今年以来，居委会通过走访和信箱共收到居民意见建议24条，经汇总分为三类。"
    items = ["一是关于加装电梯的建议2条，占总数的8.33%。", "二是关于垃圾分类的建议10条，占41.67%。",
             "三是关于停车管理的建议12条，占50%。"]
    assert run("parts", head, *items) == []
    found = run("parts", head, *items[:2], items[2].replace("12条", "13条"))
    assert [(f.printed_text, f.expected_text) for f in found] == [("24条", "25条")]


def test_a_list_not_declared_complete_may_fall_short() -> None:
    head = "今年以来，居委会通过走访和信箱共收到居民意见建议30条，主要集中在以下方面。"
    items = ["一是关于加装电梯的建议2条。", "二是关于垃圾分类的建议10条。", "三是关于停车管理的建议12条。"]
    assert run("parts", head, *items) == []


def test_growth_increments_are_not_parts() -> None:
    assert run("parts", "全市常住人口510.6万人，其中城镇人口306.4万人，比上年增加306.4万人。") == []


def test_averages_of_subgroups_are_not_parts_of_the_average() -> None:
    text = ("全体居民人均可支配收入35503元。其中，城镇居民人均可支配收入44096元，增长4.7%；"
            "农村居民人均可支配收入27404元。")
    assert run("parts", text) == []


def test_the_opposite_of_the_total_ends_its_parts() -> None:
    text = "社会保险基金预算收入安排145亿元，其中财政补助收入61.1亿元；安排支出137.8亿元，当年结余7.2亿元。"
    assert run("parts", text) == []
    assert [f.printed_text for f in run("parts", text.replace("61.1亿元", "161.1亿元"))] == ["145亿元"]


def test_a_total_in_a_heading_and_qizhong_opening_the_paragraph() -> None:
    """"全市年末常住人口510.7万人。其中……" read as a run-in heading with its figure in the title."""
    from govdoc import Report, extract_metrics
    from govdoc.checks import check
    from govdoc.model import Paragraph, Section

    def section(parts: str) -> Section:
        title = "全市年末常住人口510.7万人"
        body = f"其中城镇人口{parts}，农村人口204.2万人。常住人口城镇化率60.00%。"
        return Section(title=title, run_in=True, title_metrics=extract_metrics(title),
                       paragraphs=[Paragraph(text=body, metrics=extract_metrics(body))])

    assert check(Report(sections=[section("306.4万人")]), ["parts"]) == []
    found = check(Report(sections=[section("336.4万人")]), ["parts"])
    assert [(f.printed_text, f.expected_text) for f in found] == [("510.7万人", "540.6万人")]
    assert found[0].figures[0].where == "title"


def test_a_kind_of_an_earlier_part_is_not_added_again() -> None:
    text = "全市年末民用车辆保有量97.83万辆，比上年末增长1.2%。其中：汽车63.14万辆，增长1.5%；私人汽车60.16万辆。"
    assert run("parts", text) == []
    assert [f.printed_text for f in run("parts", text.replace("汽车63.14万辆", "汽车99.14万辆"))] == ["97.83万辆"]


def test_parts_after_fenbie_and_baokuo() -> None:
    assert run("parts", "全市共有规上企业100家，国有、民营企业分别为60家、40家。") == []
    found = run("parts", "全市共有规上企业100家，国有、民营企业分别为60家、50家。")
    assert [(f.printed_text, f.expected_text, f.severity) for f in found] == [("100家", "110家", "error")]
    found = run("parts", "全年新增城镇就业1.2万人，包括高校毕业生0.8万人、退役军人0.6万人。")
    assert [f.expected_text for f in found] == ["1.4万人"]
    assert run("parts", "全年新增城镇就业1.2万人，包括高校毕业生0.8万人、退役军人0.5万人。") == []  # rounding
    assert run("parts", "粮食、油料产量分别达到120万吨、8.6万吨，保持稳定。") == []


def test_increments_listed_after_an_increment_are_increments() -> None:
    text = ("最低工资标准每月提高183元，城乡居民基础养老金、低保标准每月分别提高25元、50元，"
            "临时救助最低标准分别提高100元、150元，城乡居民医保人均补助标准提高到700元。")
    assert run("parts", text) == []
