"""Indicators and changes by the annotation guide's rules, on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.metrics import extract_metrics
from govdoc.metrics.extract import extract_metrics_of
from govdoc.metrics.strip import leading_words, strip_trailing


def described(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.indicator, m.change) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("全年全区社会消费品零售总额412.6亿元", "社会消费品零售总额"),
        ("截至2024年末，全市常住人口538.2万人", "常住人口"),
        ("1-10月全县完成造林面积1.3万亩", "造林面积"),
        ("“十四五”时期，全市累计争取中央预算内投资46.8亿元", "中央预算内投资"),
        ("全年新增城镇就业4.6万人", "新增城镇就业"),
        ("全年引进企业86家", "引进企业"),
        ("其中，规模以上工业企业实现利润总额58.3亿元", "规模以上工业企业利润总额"),
        ("货物周转量（不含铁路、民航）增长3.5%", "货物周转量"),
        ("固定资产投资（不含农户，下同）下降2.4%", "固定资产投资"),
        ("全市有注册执业（助理）医师8650人", "注册执业（助理）医师"),
        ("县级疾病预防控制中心（防疫站）6个", "县级疾病预防控制中心（防疫站）"),
        ("全年兑现家电、汽车等以旧换新补贴3.4亿元", "以旧换新补贴"),
        ("“三公”经费、会议费支出同比下降12.6%", "“三公”经费、会议费支出"),
        ("全市共有普通高校4所", "普通高校"),
        ("各类养老机构126家", "养老机构"),
        ("地区生产总值[3]1876.4亿元", "地区生产总值"),
        ("城镇调查失业率控制在5.2%以内", "城镇调查失业率"),
        ("获得政府最低生活保障的城镇居民1.8万人", "获得政府最低生活保障的城镇居民"),
        ("全年实现地区生产总值(GDP188.72亿元", "地区生产总值"),  # the bracket the page left open
    ],
)
def test_the_phrase_of_the_clause_without_time_place_verbs_and_qualifiers(sentence: str, indicator: str) -> None:
    assert [m.indicator for m in extract_metrics(sentence)] == [indicator]


def test_a_shared_head_noun_is_distributed_over_a_respectively_list() -> None:
    assert described("小麦、玉米、大豆产量分别为85万吨、120万吨、9.6万吨") == [
        ("85万吨", "小麦产量", None), ("120万吨", "玉米产量", None), ("9.6万吨", "大豆产量", None)]


def test_each_item_of_a_respectively_list_keeps_its_own_change() -> None:
    assert described("稻谷、油菜籽、蔬菜产量分别增长2.1%、3.4%、下降1.2%") == [
        ("2.1%", "稻谷产量", "increase"), ("3.4%", "油菜籽产量", "increase"), ("1.2%", "蔬菜产量", "decrease")]
    rows = described("城镇和农村居民人均可支配收入分别为45120元、23870元，分别增长4.8%、6.1%")
    assert rows == [
        ("45120元", "城镇居民人均可支配收入", None), ("23870元", "农村居民人均可支配收入", None),
        ("4.8%", "城镇居民人均可支配收入", "increase"), ("6.1%", "农村居民人均可支配收入", "increase"),
    ]


def test_respectively_lists_of_ordinals_and_of_unequal_items() -> None:
    assert [m.indicator for m in extract_metrics("第一、二、三产业增加值分别增长3.1%、5.6%、6.2%")] == [
        "第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert [m.indicator for m in extract_metrics("高技术制造业、装备制造业增加值分别增长11.2%、8.4%")] == [
        "高技术制造业增加值", "装备制造业增加值"]
    # two complete names share nothing
    assert [m.indicator for m in extract_metrics("基础养老金、低保标准分别提高20元、45元")] == [
        "基础养老金", "低保标准"]


def test_a_long_list_of_pollutants_with_their_abbreviations() -> None:
    """An environmental bulletin's list: each pollutant's abbreviation in brackets is dropped and takes no room in
    the clause, the list is longer than a name, and the averaging period is part of a statistic's name."""
    assert [m.indicator for m in extract_metrics(
        "全年优良天数314天。二氧化硫(SO2)、二氧化氮(NO2)、可吸入颗粒物(PM10)、细颗粒物(PM2.5)年均浓度分别为5微克/立方米、"
        "19微克/立方米、56微克/立方米、27微克/立方米。")][1:] == [
        "二氧化硫年均浓度", "二氧化氮年均浓度", "可吸入颗粒物年均浓度", "细颗粒物年均浓度"]
    assert described("臭氧(O3)日最大8小时平均90百分位数浓度为157微克/立方米") == [
        ("157微克/立方米", "臭氧日最大8小时平均90百分位数浓度", None)]
    # a list cut short by the clause's window is no list to share out: its first item may be cut too
    assert {m.indicator for m in extract_metrics(
        "限额以上单位家用电器和音像器材类、日用品类、化妆品类、粮油食品类、服装鞋帽针纺织品类零售额分别比上年增长14.5%、"
        "89.6%、36%、26.7%和53.8%。")} == {"服装鞋帽针纺织品类零售额"}


def test_a_respectively_list_of_changes_refers_to_the_figures_before_it() -> None:
    assert described("全市法院受理案件25.4万件，办结案件23.1万件，同比分别上升3.6%和3.1%。") == [
        ("25.4万件", "法院受理案件", None), ("23.1万件", "办结案件", None),
        ("3.6%", "法院受理案件", "increase"), ("3.1%", "办结案件", "increase")]


def test_a_page_in_traditional_characters_reads_its_change_and_linking_words() -> None:
    """A portal's 繁體 page: 為, 增長, 較, 分別 read as their simplified forms do; the text stays as printed."""
    assert described("全市參加工傷保險人數為4.79萬人，比上年同期增長8.63%，較全省高1.3個百分點。") == [
        ("4.79萬人", "參加工傷保險人數", None), ("8.63%", "參加工傷保險人數", "increase"),
        ("1.3個百分點", "參加工傷保險人數", "increase")]
    assert [m.indicator for m in extract_metrics("一產、二產增加值分別增長3.3%、0.6%")] == ["一產增加值", "二產增加值"]


def test_a_year_on_year_comparison_and_a_quarter_are_no_part_of_a_name() -> None:
    assert described("在职参保人数8.68万人，同比去年同期增加2.91%") == [
        ("8.68万人", "在职参保人数", None), ("2.91%", "在职参保人数", "increase")]
    assert described("2023年第三季度全市参保人数为12.79万人") == [("12.79万人", "参保人数", None)]


def test_a_monthly_report_s_comparisons_shares_and_lists() -> None:
    """A county's 经济运行 page: a change against a run of months, a share after a change of its subject, a list
    announced by 各为, a label closed by a half bracket."""
    assert described("规模工业增加值同比增长6.3%，比1-10月加快0.5个百分点。") == [
        ("6.3%", "规模工业增加值", "increase"), ("0.5个百分点", "规模工业增加值", "increase")]
    assert described("产业投资同比增长15.9%，占全县投资比重为78.8%。") == [
        ("15.9%", "产业投资", "increase"), ("78.8%", "产业投资占全县投资比重", None)]
    assert [m.indicator for m in extract_metrics("限上法人城镇、乡村消费品零售额各为114135.9万元和2067.5万元")] == [
        "限上法人城镇消费品零售额", "限上法人乡村消费品零售额"]  # (the first item's scope holds for both)
    assert [m.indicator for m in extract_metrics("1)税收收入112446万元；全城区一般公共预算收入3亿元")] == [
        "税收收入", "一般公共预算收入"]


def test_a_name_that_opens_with_a_decimal_keeps_it() -> None:
    """"0.4千伏线路" is no list label "0." before "4千伏线路"; a voltage that classes a line is no figure, but one
    stated is."""
    assert [m.indicator for m in extract_metrics("改造升级10千伏线路16.66公里、0.4千伏线路200公里")] == [
        "改造升级10千伏线路", "0.4千伏线路"]
    assert described("电压等级为500千伏。") == [("500千伏", "电压等级", None)]


def test_a_list_without_as_many_items_gives_every_figure_the_same_indicator() -> None:
    assert described("城乡低保标准分别提高8.2%、9.7%") == [
        ("8.2%", "城乡低保标准", "increase"), ("9.7%", "城乡低保标准", "increase")]


def test_comparisons_name_the_quantity_for_every_figure() -> None:
    assert described("高新技术企业从320家增加到518家") == [
        ("320家", "高新技术企业", None), ("518家", "高新技术企业", None)]
    assert described("一般公共预算收入186.4亿元，较“十三五”末的142.3亿元增加44.1亿元，增长31.0%") == [
        ("186.4亿元", "一般公共预算收入", None), ("142.3亿元", "一般公共预算收入", None),
        ("44.1亿元", "一般公共预算收入", "increase"), ("31.0%", "一般公共预算收入", "increase"),
    ]
    assert described("税收收入98.6亿元，完成预算的101.2%，是2020年的1.3倍") == [
        ("98.6亿元", "税收收入", None), ("101.2%", "税收收入", None), ("1.3倍", "税收收入", None)]


def test_a_share_takes_its_subject_in_front() -> None:
    rows = described("民生支出312.5亿元，增长4.2%，占一般公共预算支出比重79.6%")
    assert rows[2] == ("79.6%", "民生支出占一般公共预算支出比重", None)
    rows = described("第二产业增加值820.3亿元，增长6.1%，对经济增长的贡献率为41.5%")
    assert rows[2] == ("41.5%", "第二产业增加值对经济增长的贡献率", None)
    rows = described("全市教育支出占一般公共预算支出的18.4%")
    assert rows == [("18.4%", "教育支出", None)]


def test_sub_items_keep_what_they_print() -> None:
    assert [m.indicator for m in extract_metrics("保费收入56.2亿元。其中，财产险21.3亿元，人身险34.9亿元")] == [
        "保费收入", "财产险", "人身险"]


def test_a_series_item_that_prints_only_its_modifier_takes_the_head_noun() -> None:
    text = "国有控股企业增加值增长3.2%，集体企业增长1.1%，股份制企业增长7.5%"
    assert [m.indicator for m in extract_metrics(text)] == ["国有控股企业增加值", "集体企业增加值", "股份制企业增加值"]
    assert [m.indicator for m in extract_metrics("国家级农民合作社示范社3家，省级21家，市级56家")] == [
        "国家级农民合作社示范社", "省级农民合作社示范社", "市级农民合作社示范社"]
    # 再就业 is no modifier of 就业人员
    assert [m.indicator for m in extract_metrics("城镇新增就业人员3.1万人，失业人员再就业1.2万人")] == [
        "城镇新增就业人员", "失业人员再就业"]


def test_the_noun_after_a_measure_word_or_after_a_verb_alone() -> None:
    assert [m.indicator for m in extract_metrics("推进12个“口袋公园”项目建设")] == ["“口袋公园”项目"]
    assert [m.indicator for m in extract_metrics("为老年学员提供150余课时辅导")] == ["辅导"]
    assert [m.indicator for m in extract_metrics("社区开设课程12门，提供230余课时。")][1] is None  # not 提供
    assert [m.indicator for m in extract_metrics("为860余名退役军人、40余家企业发放补贴2.6亿元")] == [
        "退役军人", "企业", "发放补贴"]
    assert [m.indicator for m in extract_metrics("推进5大工程")] == ["工程"]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("比上年同期净增15家", "increase"),
        ("利润总额下降6.3%", "decrease"),
        ("较年初减少2.8亿元", "decrease"),
        ("低于全省平均0.3个百分点", "decrease"),
        ("高于上年1.1个百分点", "increase"),
        ("增速比全省平均水平高0.8个百分点", "increase"),
        ("年均增长6.5%", "increase"),
        ("同比增幅超40%", "increase"),
        ("规上企业增至2043户", None),
        ("人口自然增长率为-1.2‰", None),
        ("新增市场主体3.2万户", None),
    ],
)
def test_change(sentence: str, change: str | None) -> None:
    assert [m.change for m in extract_metrics(sentence)] == [change]


def test_leading_words_and_their_kinds() -> None:
    assert leading_words("截至2024年11月末全市共有") == [
        ("截至2024年11月末", "time"), ("全市", "time"), ("共有", "adverb")]
    assert leading_words("共建“一带一路”") == []  # 共 begins 共建
    assert leading_words("对外贸易") == []


def test_trailing_words() -> None:
    assert strip_trailing("社会消费品零售总额比上年末增长") == ("社会消费品零售总额", True)
    assert strip_trailing("第一产业比重下降") == ("第一产业比重", True)  # 比重 is no comparison
    assert strip_trailing("新增") == ("新增", False)  # 新增 is no change
    assert strip_trailing("国有") == ("国有", False)


_PIECES = ["全年", "全市", "其中，", "地区生产总值", "比上年", "增长", "下降", "分别为", "、", "，", "。", "；", "占",
           "的", "比重", "（不含农户，下同）", "1286.5亿元", "6.2%", "31家", "从", "增加到", "较“十三五”末的", "等",
           "第一", "二", "三产业", "[2]", " ", "\u3000", "其中：", "集体企业", "国有控股企业增加值", "为", "提供"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_every_indicator_is_one_clean_line(pieces: list[str]) -> None:
    text = "".join(pieces)
    for metric in extract_metrics(text):
        assert text[metric.start:metric.end] == metric.text
        if metric.indicator is not None:
            assert metric.indicator.isprintable()
            assert metric.indicator == "".join(metric.indicator.split())
            assert metric.indicator.strip("，。；、")
        assert metric.change in (None, "increase", "decrease", "flat")


def test_an_actual_figure_after_a_planned_one_measures_the_quantity_planned() -> None:
    """预算X，实际完成Y: Y is the revenue itself, X its budget; 为预算的Z% refers to Y."""
    rows = described("全县税收收入预算18.2亿元，实际完成19.4亿元，为预算的106.6%；投资计划12亿元，实际执行11.5亿元")
    assert [(text, indicator) for text, indicator, _ in rows] == [
        ("18.2亿元", "税收收入预算"), ("19.4亿元", "税收收入"), ("106.6%", "税收收入"),
        ("12亿元", "投资计划"), ("11.5亿元", "投资"),
    ]


def test_actual_stays_where_it_names_the_quantity() -> None:
    assert [m.indicator for m in extract_metrics("全年实际利用外资3.2亿美元")] == ["实际利用外资"]


@pytest.mark.parametrize("approver", ["区人代会批准的", "市人大常委会审议通过的", "省财政下达的", "调整后的"])
def test_who_set_a_planned_quantity_is_not_part_of_its_name(approver: str) -> None:
    sentence = f"经{approver}2025年全区一般公共预算支出预算86.4亿元"
    assert [m.indicator for m in extract_metrics(sentence)] == ["一般公共预算支出预算"]


def test_a_comparison_printed_with_xiangbi_is_no_part_of_the_name() -> None:
    # "与上年相比上涨" is a comparison, as "比上年上涨" is; the items after it take their own names
    assert described("食品烟酒类与上年相比上涨0.7%，衣着类上涨0.1%") == [
        ("0.7%", "食品烟酒类", "increase"), ("0.1%", "衣着类", "increase")]


def test_the_base_of_a_comparison_is_named_and_the_change_is_the_subject_s() -> None:
    # "比上年决算数14.94亿元增长3.0%": 14.94亿元 is last year's figure, the 3.0% the growth of the revenue
    assert described("一般公共预算收入预算数为15.39亿元，实际完成15.39亿元，比上年决算数14.94亿元增长3.0%") == [
        ("15.39亿元", "一般公共预算收入预算数", None), ("15.39亿元", "一般公共预算收入", None),
        ("14.94亿元", "上年决算数", None), ("3.0%", "一般公共预算收入", "increase")]
    # (比重 and 较快 open no comparison)
    assert [m.indicator for m in extract_metrics("比重较上年提高0.5个百分点")] == ["比重"]


def test_budget_terms_of_last_year_keep_their_year_and_adding_is_a_verb() -> None:
    assert described("加上上级补助收入13.36亿元、上年结余0.67亿元、上年结转1.2亿元") == [
        ("13.36亿元", "上级补助收入", None), ("0.67亿元", "上年结余", None), ("1.2亿元", "上年结转", None)]
    assert [m.indicator for m in extract_metrics("上年完成投资12亿元")] == ["投资"]  # (a time word still goes)


def test_what_ends_the_figure_before_a_list_separator_is_no_part_of_the_next_name() -> None:
    assert [m.indicator for m in extract_metrics("环评报告书14个工作日内、环评报告表7个工作日内完成审批")] == [
        "环评报告书", "环评报告表"]


def test_an_abbreviation_in_brackets_and_a_verb_of_completion_are_no_part_of_the_name() -> None:
    assert described("全市地区生产总值（GDP）1419.15亿元，增长2.8%") == [
        ("1419.15亿元", "地区生产总值", None), ("2.8%", "地区生产总值", "increase")]
    assert [m.indicator for m in extract_metrics("建成海绵城市5.3平方公里，建成区面积80平方公里")] == [
        "海绵城市", "建成区面积"]  # (建成区, a built-up area, is a noun)
    assert [m.indicator for m in extract_metrics("建成和美乡村样板村300多个")] == ["和美乡村样板村"]


def test_noise_in_decibels_a_weighted() -> None:
    figures = extract_metrics("区域环境噪声平均值55.4dB(A)，道路交通噪声平均值66.2dB（A）")
    assert [(m.text, float(m.value), m.unit) for m in figures] == [
        ("55.4dB(A)", 55.4, "dB(A)"), ("66.2dB（A）", 66.2, "dB(A)")]


def test_a_budget_s_shortfalls_and_cuts_are_decreases_of_the_quantity_named_before() -> None:
    assert described("一般公共预算收入完成42158万元，短收7431万元，下降10.2%；财政总支出452101万元，减支76067万元") == [
        ("42158万元", "一般公共预算收入", None), ("7431万元", "一般公共预算收入", "decrease"),
        ("10.2%", "一般公共预算收入", "decrease"), ("452101万元", "财政总支出", None),
        ("76067万元", "财政总支出", "decrease")]
    # (加上 is a verb, but not in 加上级补助收入: the 上 there is the name's, and 加 the sum's)
    assert [m.indicator for m in extract_metrics("加上上年结余7546万元，加上级补助收入387613万元")] == [
        "上年结余", "上级补助收入"]


def test_per_mille_points_and_fibre_kilometres() -> None:
    figures = extract_metrics("死亡率上升0.1个千分点，光缆166.2万芯千米")
    assert [(m.text, float(m.value), m.unit, m.indicator) for m in figures] == [
        ("0.1个千分点", 0.1, "千分点", "死亡率"), ("166.2万芯千米", 1662000.0, "芯千米", "光缆")]


def test_a_bracket_left_open_before_a_name_is_no_part_of_it() -> None:
    """"（一般债务1.2亿元、专项债务172亿元）": the items of a breakdown in brackets name themselves."""
    metrics = extract_metrics("下达我市新增债务限额173.2亿元（一般债务1.2亿元、专项债务172亿元）")
    assert [m.indicator for m in metrics] == ["新增债务限额", "一般债务", "专项债务"]


@pytest.mark.parametrize(
    ("sentence", "indicators"),
    [
        # who hands a quantity down, and what a change is put down to, are no part of its name
        ("省财政厅下达我市2025年地方政府新增债务限额173.2亿元", ["地方政府新增债务限额"]),
        ("本次增加下达专项债务限额83亿元", ["专项债务限额"]),
        ("增长的主要原因是国有土地使用权出让收入增加11.39亿元", ["国有土地使用权出让收入"]),
        # a budget's sum: 加, 减 and 再加 before its terms
        ("加上级补助收入387613万元，加上年结余7546万元，减结转下年支出25694万元",
         ["上级补助收入", "上年结余", "结转下年支出"]),
        ("加税收返还和转移支付22.18亿元、调入资金5.68亿元,扣除上解市级9.9亿元",
         ["税收返还和转移支付", "调入资金", "上解市级"]),
        # what a page publishes and what a park contributes, without the verb; "上述" points back
        ("全年发布常务会议相关信息42篇", ["常务会议相关信息"]),
        ("注册企业704家,贡献全税2302万元", ["注册企业", "全税"]),
        ("上述区域面积247.36万平方米", ["区域面积"]),
        # the level a change starts from; but 从业 is a word of the name
        ("招商引资由“十一五”时期的0.8亿元增加到2亿元", ["招商引资", "招商引资"]),
        ("总收支从上次预算调整的3597.19亿元调整为3832.2亿元", ["总收支", "总收支"]),
        ("全市私营企业从业人员3.2万人", ["私营企业从业人员"]),
        # the same quantity in another currency
        ("人均地区生产总值9.6万元，折合13969美元", ["人均地区生产总值", "人均地区生产总值"]),
        ("具体用于铁路建设7亿元", ["铁路建设"]),
        ("签约亿元以上项目27个", ["亿元以上项目"]),
    ],
)
def test_frames_around_a_quantity_s_name(sentence: str, indicators: list[str]) -> None:
    assert [m.indicator for m in extract_metrics(sentence)] == indicators


def test_negative_growth_is_a_decrease_and_a_month_a_comparison_base() -> None:
    """"同比负增长3.4%" states a fall; "增幅比5月下降6.8个百分点" compares with May."""
    metrics = extract_metrics("今年6月全县实现规上工业产值20.67亿元，同比负增长3.4%，增幅比5月下降6.8个百分点")
    assert [(m.text, m.indicator, m.change) for m in metrics][:2] == [
        ("20.67亿元", "规上工业产值", None), ("3.4%", "规上工业产值", "decrease")]
    assert metrics[2].change == "decrease" and "比" not in (metrics[2].indicator or "")


def test_a_conversion_is_no_discount_and_refers_to_the_quantity_before() -> None:
    """"汇率6.8985折算" converts (no 6.8985折); "约合20533美元" is the quantity named before it in dollars."""
    assert extract_metrics("按2019年美元对人民币的平均汇率6.8985折算") == []
    assert [(m.text, m.indicator) for m in extract_metrics("人均生产总值为141647元，约合20533美元")] == [
        ("141647元", "人均生产总值"), ("20533美元", "人均生产总值")]


def test_a_figure_in_a_bracket_is_named_inside_the_bracket() -> None:
    assert described("地区生产总值增长5.9%，排名全市第1位（预期目标为8.5%以上）；工业增加值增长9.5%。") == [
        ("5.9%", "地区生产总值", "increase"), ("8.5%以上", "预期目标", None), ("9.5%", "工业增加值", "increase")]


def test_a_verb_of_handling_cases_takes_the_object_named_before() -> None:
    def named(text: str) -> list[str | None]:
        return [indicator for _, indicator, _ in described(text)]

    assert named("全市法院受理各类案件25.4万件，办结23.1万件。其中中院受理2.8万件，办结2.4万件。") == [
        "法院受理案件", "办结案件", "中院受理案件", "办结案件"]
    assert named("新受理政府信息公开申请17件，办结17件。") == ["新受理政府信息公开申请", "办结政府信息公开申请"]
    assert named("全年办结15件。") == ["办结"]


def test_a_sentence_that_opens_with_a_comparison_goes_on_about_the_quantity_before() -> None:
    assert described("平均每个家庭户的人口为2.71人。比上次普查的2.96人减少0.25人。") == [
        ("2.71人", "平均每个家庭户的人口", None), ("2.96人", "平均每个家庭户的人口", None),
        ("0.25人", "平均每个家庭户的人口", "decrease")]
    assert described("全县常住人口为29万人。全县户籍人口增加0.3万人。")[1][1] == "户籍人口"


def test_a_water_bulletin_s_comparisons_with_the_long_term_average() -> None:
    assert described("降水总量较上年偏丰9.2%，较多年平均偏枯3.1%，比常年偏多12.5%。") == [
        ("9.2%", "降水总量", "increase"), ("3.1%", "降水总量", "decrease"), ("12.5%", "降水总量", "increase")]
    assert described("降水總量較上年偏豐9.2%。") == [("9.2%", "降水總量", "increase")]


def test_the_share_of_a_plan_a_quantity_reached_is_the_quantity_s() -> None:
    assert described("全区组织财政收入146845万元，完成年初预算245800万元的59.74%。") == [
        ("146845万元", "财政收入", None), ("245800万元", "年初预算", None), ("59.74%", "财政收入", None)]
    assert described("税收收入112446万元，完成年初预算207380万元的54.22%，比上年同期133191万元减收20745万元。") == [
        ("112446万元", "税收收入", None), ("207380万元", "年初预算", None), ("54.22%", "税收收入", None),
        ("133191万元", "税收收入", None), ("20745万元", "税收收入", "decrease")]
    assert described("全县一般公共预算收入5.2亿元，占预算的99.3%。")[1][1] == "一般公共预算收入"


def test_light_verbs_before_a_quantity_are_no_part_of_its_name() -> None:
    assert described("共发现问题40个，涉及金额2.37亿元；给予贷款贴息资金300万元。")[1:] == [
        ("2.37亿元", "金额", None), ("300万元", "贷款贴息资金", None)]


def test_a_growth_printed_negative_is_a_fall() -> None:
    assert described("其他经济类型企业增长-33.8%，第三产业投资增长-7.7%。") == [
        ("-33.8%", "其他经济类型企业", "decrease"), ("-7.7%", "第三产业投资", "decrease")]
    assert described("旅客周转量下降-5.6%。") == [("-5.6%", "旅客周转量", "decrease")]  # the verb says so already
    assert described("人口自然增长率为-4.63‰。") == [("-4.63‰", "人口自然增长率", None)]  # a level, whatever its sign


def test_the_verbs_of_a_standing_committee_s_business_are_no_part_of_what_it_counts() -> None:
    assert described("全年共举行常委会会议9次，审议议题23项，做出决定5项，召开主任会议12次。") == [
        ("9次", "常委会会议", None), ("23项", "议题", None), ("5项", "决定", None), ("12次", "主任会议", None)]


def test_a_running_total_or_every_kind_inside_a_name_is_no_part_of_it() -> None:
    assert described("公路累计客运量0.3亿人次，新增各类市场主体342户。") == [
        ("0.3亿人次", "公路客运量", None), ("342户", "新增市场主体", None)]


def test_the_noun_a_count_names_ends_before_respectively() -> None:
    assert described("9名专职服务员代表分别作了发言。") == [("9名", "专职服务员代表", None)]


def test_an_estimate_a_net_figure_and_a_share_of_the_whole_area_are_the_quantity_s() -> None:
    assert described("地区生产总值预计增长6%左右，一般公共预算收入扣除政策性减收和一次性收入因素后增长2.6%。") == [
        ("6%左右", "地区生产总值", "increase"), ("2.6%", "一般公共预算收入", "increase")]
    assert described("地方一般公共预算收入增长12.24%，扣除留抵退税因素影响增长3.6%。") == [
        ("12.24%", "地方一般公共预算收入", "increase"), ("3.6%", "地方一般公共预算收入", "increase")]
    assert described("实施黑土地保护工程10万亩，制种量占全省43%。") == [
        ("10万亩", "黑土地保护工程", None), ("43%", "制种量", None)]
    assert described("城镇人口占总人口的65%。")[0][1] == "城镇人口"


def test_the_noun_a_count_names_ends_before_among_which() -> None:
    assert described("38个大类行业中有19个行业增加值增长。")[0] == ("38个", "大类行业", None)


def test_a_meeting_numbered_within_a_term_is_no_count() -> None:
    assert described("已经市政府十七届61次常务会议审议通过。") == []
    assert described("全年召开常务会议61次。") == [("61次", "常务会议", None)]


def test_this_year_s_as_a_whole_word_is_a_time_word() -> None:
    assert described("本年度在职人员5人，上年度在职人员6人。") == [("5人", "在职人员", None), ("6人", "在职人员", None)]


def test_a_comparison_with_xiangbi_refers_to_the_quantity_before() -> None:
    text = "全市城镇新增就业50801人，与去年同期相比增长20.61%。城镇登记失业率为3.36%，与去年相比降低0.09个百分点。"
    assert described(text) == [
        ("50801人", "城镇新增就业", None), ("20.61%", "城镇新增就业", "increase"), ("3.36%", "城镇登记失业率", None),
        ("0.09个百分点", "城镇登记失业率", "decrease")]


def test_an_estimate_first_and_the_meeting_that_approved_a_budget_are_no_part_of_its_name() -> None:
    assert described("预计地区生产总值1000亿元。")[0][1] == "地区生产总值"
    assert described("区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元。")[0][1] == "收入调整预算"


def test_the_place_a_document_is_of_is_no_part_of_a_quantity_s_name() -> None:
    extract = extract_metrics_of("米易县")
    text = ("2022年末,米易县地方政府债务余额为282,308万元,米易县2022年度小型水库安全运行项目388万元,"
            "米易县人民政府网发布信息12条。")
    assert [(m.text, m.indicator) for m in extract(text)] == [
        ("282,308万元", "地方政府债务余额"), ("388万元", "小型水库安全运行项目"), ("12条", "米易县人民政府网发布信息")]
    assert [m.indicator for m in extract_metrics(text)][:1] == ["米易县地方政府债务余额"]  # (no place known)
    report = govdoc.parse("峡江县财政收支情况\n\n1-6月,峡江县财政总收入完成146405万元,同比增长6%。\n")
    assert [item[-1].indicator for item in report.metrics()] == ["财政总收入", "财政总收入"]


def test_a_short_comparison_and_a_basis_of_comparison_refer_to_the_quantity_before() -> None:
    assert described("工业增加值11.8亿元,比增7.5%,实现逆势增长。")[1] == ("7.5%", "工业增加值", "increase")
    text = "一般公共预算支出75.12亿元,比上年增长1.9%,剔除新增债券因素后同口径增长0.6%,自然口径增长3.1%。"
    assert [indicator for _, indicator, _ in described(text)] == ["一般公共预算支出"] * 4


def test_a_bulletin_in_traditional_characters() -> None:
    assert described("全縣實現地區生產總值91.8億元,工業實現增加值12.5億元,糧食作物播種面積98.6萬畝,"
                     "全社會用電量59168萬千瓦小時,累積居家管控341人次。") == [
        ("91.8億元", "地區生產總值", None), ("12.5億元", "工業增加值", None), ("98.6萬畝", "糧食作物播種面積", None),
        ("59168萬千瓦小時", "全社會用電量", None), ("341人次", "居家管控", None)]


def test_areas_and_rates_per_area_in_traditional_characters() -> None:
    assert [(m.text, m.unit) for m in extract_metrics("補償標準1500元/畝,面積13.3333公頃,投资200元/公顷。")] == [
        ("1500元/畝", "元/畝"), ("13.3333公頃", "公頃"), ("200元/公顷", "元/公顷")]


def test_a_list_s_one_character_number_a_comparable_growth_and_a_basis_are_no_part_of_a_name() -> None:
    assert described("⑴一般公共财政收入19617万元,按自然口径计算下降32.89%。") == [
        ("19617万元", "一般公共财政收入", None), ("32.89%", "一般公共财政收入", "decrease")]
    assert described("⒉上级补助收入298905万元。")[0][1] == "上级补助收入"
    assert described("地区生产总值实现42.3亿元,可比增长7.5%。")[1] == ("7.5%", "地区生产总值", "increase")
    assert described("人均地区生产总值27711元,按2021年平均汇率计算为4295美元。")[1][1] == "人均地区生产总值"


def test_a_time_to_a_month_in_chinese_numerals_and_a_quarter_as_a_base() -> None:
    assert described("止六月底累计完成产值84.82亿元,较一季度回落14.2个百分点。") == [
        ("84.82亿元", "产值", None), ("14.2个百分点", "产值", "decrease")]


def test_a_herd_in_head_an_item_ending_in_a_figure_and_a_township_s_whole_area() -> None:
    assert described("牲畜头数达到3.66万头只,其中大畜3.3万、大畜改良率达到95%。") == [
        ("3.66万头只", "牲畜头数", None), ("95%", "大畜改良率", None)]
    assert described("全苏木牧民人均收入达到21243元。") == [("21243元", "牧民人均收入", None)]


def test_the_verbs_that_set_up_a_count_are_no_part_of_its_name() -> None:
    assert [indicator for _, indicator, _ in described("成立志愿服务队12支,配备防疫员9名,核实总资产376万元。")] == [
        "志愿服务队", "防疫员", "总资产"]


def test_a_government_s_quantity_named_after_the_place_and_a_bracket_closed_before_the_next_item() -> None:
    extract = extract_metrics_of("沅陵县")
    text = "沅陵县政府债务余额825153万元,一般新增债券73050万元(新增债券20100万元)、专项债券115600万元。"
    assert [m.indicator for m in extract(text)] == ["政府债务余额", "一般新增债券", "新增债券", "专项债券"]


def test_a_nominal_growth_and_a_pull_on_a_rate_name_the_quantity() -> None:
    assert described("农村常住居民人均可支配收入为15046元,名义增长2.6%。")[1] == (
        "2.6%", "农村常住居民人均可支配收入", "increase")
    assert described("食品加工业同比增长8.1%,上拉全市规上工业增加值增速0.7个百分点。")[1][1] == "规上工业增加值增速"


def test_a_contribution_of_each_item_of_the_list_before() -> None:
    text = ("第一、二、三产业增加值占地区生产总值的比重分别为21.3%、20.2%和58.5%,"
            "对经济增长的贡献率分别为27.8%、30.3%和41.9%。")
    assert [indicator for _, indicator, _ in described(text)][3:] == [
        "第一产业增加值对经济增长的贡献率", "第二产业增加值对经济增长的贡献率", "第三产业增加值对经济增长的贡献率"]
    text = "第一、二、三产业增加值分别为98.35、82.65、319.75亿元。三次产业对经济增长的贡献率分别为25.4%、11.1%和63.5%。"
    # (a list that names the three sectors as one shares them out too, as sets 24 and 34's annotators have it)
    assert [indicator for _, indicator, _ in described(text)][3:] == [
        "第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率", "第三产业对经济增长的贡献率"]


def test_the_items_a_count_sums_up_share_out_the_list_after_it() -> None:
    text = ("汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%;"
            "农副食品加工业、金属制品业两个行业增幅回落,分别下降4.2%、25.8%。")
    assert [row for row in described(text) if row[0][0].isdigit()] == [
        ("89.2%", "汽车制造业增加值", "increase"), ("11.4%", "食品制造业增加值", "increase"),
        ("159.4%", "燃气生产和供应业增加值", "increase"),
        ("4.2%", "农副食品加工业增加值", "decrease"), ("25.8%", "金属制品业增加值", "decrease")]
    # (a count of another number than the list's figures sums up nothing of it)
    assert described("食品、饮料两个行业增长较快,分别增长5.1%、6.2%、7.3%。")[1][1] != "食品"


def test_a_rate_compared_with_another_period_s_is_the_subject_s_rate() -> None:
    assert described("全县社会消费品零售总额383967万元,同比下降3.0%,降幅比1-10月收窄0.9个百分点。")[2] == (
        "0.9个百分点", "社会消费品零售总额降幅", "decrease")
    assert described("半年累计完成规上工业产值108.7亿元,同比增长18.7%,增幅比5月下降6.8个百分点。")[::2] == [
        ("108.7亿元", "规上工业产值", None), ("6.8个百分点", "规上工业产值增幅", "decrease")]


def test_a_figure_in_brackets_after_a_comparison_is_its_base_and_the_clause_goes_on_after_it() -> None:
    assert described("全县固定资产投资同比增长17.4%,增幅较1-2月(-0.6%)提高18.0个百分点。") == [
        ("17.4%", "固定资产投资", "increase"), ("-0.6%", "固定资产投资", None),
        ("18.0个百分点", "固定资产投资增幅", "increase")]
    assert described("全县一般公共预算收入(12.3亿元)同比增长5%。")[1] == ("5%", "一般公共预算收入", "increase")


def test_a_two_year_average_and_a_growth_at_current_prices_are_the_subject_s() -> None:
    text = ("地区生产总值193.61亿元,比上年增长4.5%,2020-2021年两年平均增长3.7%。"
            "第一产业增加值51.59亿元,两年平均增长4.5%。")
    assert [indicator for _, indicator, _ in described(text)] == ["地区生产总值"] * 3 + ["第一产业增加值"] * 2
    assert described("规上工业总产值1818亿元,现价增长24.2%。")[1] == ("24.2%", "规上工业总产值", "increase")


def test_a_number_no_figure_took_is_no_part_of_the_next_sentence_s_indicator() -> None:
    """A ratio whose sentence lost its full stop at a line's end runs into the next sentence when the lines join."""
    text = "三次产业比例调整为26.7:41.8:31.5年末常住人口44.84万人,比上年末增加0.11万人。"
    assert [indicator for _, indicator, _ in described(text)] == ["常住人口", "常住人口"]
    assert described("改造0.4千伏线路56公里。")[0][1] == "改造0.4千伏线路"  # (a quantity that names a thing)


def test_a_rate_s_own_name_in_brackets_names_its_figure() -> None:
    text = "城镇常住人口18.65万人,占常住人口的比重(常住人口城镇化率)为41.59%,提高0.72个百分点。"
    assert described(text)[1:] == [
        ("41.59%", "常住人口城镇化率", None), ("0.72个百分点", "常住人口城镇化率", "increase")]


def test_a_target_s_aspiration_an_equivalent_and_an_adverb_before_the_verb_are_no_part_of_a_name() -> None:
    assert [indicator for _, indicator, _ in described(
        "力争培育高新技术企业3家,努力争取市县级重点项目4个,力求市外到位资金2亿元。")] == [
        "培育高新技术企业", "市县级重点项目", "市外到位资金"]
    assert described("全市平均降水量771.79毫米,折合降水總量140.23億立方米。")[1][1] == "降水總量"
    assert described("油菜籽总产量仍达到3.31万吨。")[0][1] == "油菜籽总产量"
    assert described("全員勞動生產率預計達到10.64萬元/人。")[0][1] == "全員勞動生產率"
    # (有组织 and 有规模 are how a thing is done, not the adverb 有)
    assert described("力争有组织劳务输出2万人次。")[0][1] == "有组织劳务输出"


def test_a_list_s_label_before_a_year_and_an_inclusion_of_a_year_s_items_are_no_part_of_a_name() -> None:
    assert described("(一)债务减少情况。1.2022年债务减少35,301万元。")[0][1] == "债务"
    assert described("实施项目15个(含2023年转列暂付性款项项目5个)。")[1][1] == "转列暂付性款项项目"


def test_the_body_a_document_is_of_and_a_street_office_s_name_for_itself_are_no_part_of_a_name() -> None:
    extract = extract_metrics_of("富源县", "富源县人民政府办公室")
    text = "富源县人民政府办公室“三公”经费预算16.4万元,富源县人民政府办公室网站发布信息12条。"
    assert [m.indicator for m in extract(text)] == ["“三公”经费预算", "富源县人民政府办公室网站发布信息"]
    extract = extract_metrics_of("白杨街道")
    text = "全年街道财政总收入18.35亿元,全街共布设政务晓屋6个,街道办事处设窗口8个。"
    assert [m.indicator for m in extract(text)] == ["财政总收入", "布设政务晓屋", "街道办事处设窗口"]
    report = govdoc.parse("富源县人民政府办公室2018年部门预算“三公”经费公开情况说明\n\n"
                          "2018年富源县人民政府办公室“三公”经费预算16.4万元。\n")
    assert [item[-1].indicator for item in report.metrics()] == ["“三公”经费预算"]  # (the issuer, read from the title)


def test_a_list_whose_names_hold_and_shares_out_its_figures_and_its_first_item_s_scope() -> None:
    text = ("全年居民消费价格上涨2.2%。其中,食品烟酒类、生活用品及服务类、交通和通讯类、教育文化及娱乐类、"
            "医疗保健类和其他用品及服务类分别上涨3.5%、4.1%、0.7%、2.6%、13.9%和0.5%。")
    assert [indicator for _, indicator, _ in described(text)][1:] == [
        "食品烟酒类", "生活用品及服务类", "交通和通讯类", "教育文化及娱乐类", "医疗保健类", "其他用品及服务类"]
    text = "限额以上单位家用电器和音像器材类、日用品类、化妆品类零售额分别比上年增长14.5%、89.6%和36%。"
    assert [indicator for _, indicator, _ in described(text)] == [
        "限额以上单位家用电器和音像器材类零售额", "限额以上单位日用品类零售额", "限额以上单位化妆品类零售额"]


def test_square_and_cubic_metres_whose_superscript_was_lost() -> None:
    assert [(m.text, m.unit) for m in extract_metrics("90m2及以下住宅价格上涨9.2%,水池容积12m3,面积3km2。")] == [
        ("90m2及以下", "m²"), ("9.2%", "%"), ("12m3", "m³"), ("3km2", "km²")]


def test_a_list_s_figures_joined_by_and_are_its_items_even_without_respectively() -> None:
    assert described("畜禽、奶肉牛饲养量增长4.8%和4.4%。") == [
        ("4.8%", "畜禽饲养量", "increase"), ("4.4%", "奶肉牛饲养量", "increase")]
    # (two figures side by side, no 、 or 和 between them, are no such run: a count and each one's size)
    assert described("加快格尔木、德令哈3座35万千瓦光热电站建设。")[0][1] != "加快格尔木"


def test_sales_revenue_is_a_quantity_and_an_inclusion_of_last_year_s_items_is_no_part_of_a_name() -> None:
    assert described("销售鲜食葡萄48.86万吨,销售收入45.93亿元。")[1][1] == "销售收入"
    assert described("受理申请94件(含上年度结转申请2件)。")[1][1] == "上年度结转申请"


def test_pairs_of_figures_share_out_a_name_that_joins_its_two_items_with_and_clause_after_clause() -> None:
    assert described("城镇和农村居民人均可支配收入从“十二五”末23121元、6945元增加到34274元、11238元,"
                     "年均增长8.2%、10.1%。") == [
        ("23121元", "城镇居民人均可支配收入", None), ("6945元", "农村居民人均可支配收入", None),
        ("34274元", "城镇居民人均可支配收入", None), ("11238元", "农村居民人均可支配收入", None),
        ("8.2%", "城镇居民人均可支配收入", "increase"), ("10.1%", "农村居民人均可支配收入", "increase")]
    # (the sentence after it lists nothing: its two figures are one quantity's, before and after)
    assert {name for _, name, _ in described("城镇化率从34.4%提升到49%。")} == {"城镇化率"}


def test_the_three_sectors_share_out_their_contributions_and_the_growth_each_pulls() -> None:
    assert described("三次产业对地区生产总值贡献率分别为49.6%、-44.6%、95%,"
                     "拉动经济增长分别为2.18个百分点、-1.96个百分点、4.18个百分点。") == [
        ("49.6%", "第一产业对地区生产总值贡献率", None), ("-44.6%", "第二产业对地区生产总值贡献率", None),
        ("95%", "第三产业对地区生产总值贡献率", None), ("2.18个百分点", "第一产业拉动经济增长", None),
        ("-1.96个百分点", "第二产业拉动经济增长", None), ("4.18个百分点", "第三产业拉动经济增长", None)]
    # (分别 between the items and what each did; "二、" before 三产业 is no list's label)
    assert described("二、三产业分别拉动经济增长0.5和4.7个百分点。") == [
        ("0.5", "二产业拉动经济增长", None), ("4.7个百分点", "三产业拉动经济增长", None)]
    assert [name for _, name, _ in described("一、二、三产业增加值分别增长4%、5%和6%。")] == [
        "一产业增加值", "二产业增加值", "三产业增加值"]
    # (依次 shares out as 分别 does; the sectors of a part of the economy keep its name before them)
    assert [name for _, name, _ in described("三次产业对经济增长的贡献率分别为14.3%、31.9%、53.8%,"
                                             "依次拉动经济增长0.9个百分点、1.9个百分点、3.3个百分点。")][3:] == [
        "第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长"]
    assert [name for _, name, _ in described("民营经济三次产业对民营经济增加值的贡献率分别为7.8%、61.9%、30.3%。")] == [
        f"民营经济第{n}产业对民营经济增加值的贡献率" for n in "一二三"]


def test_last_year_s_rolled_over_balance_is_a_quantity_of_its_own() -> None:
    """上年滚存结余 is a budget's carry-over as 上年结余 is, no 滚存结余 of the year."""
    assert [name for _, name, _ in described("加上上级补助34.6亿元、上年滚存结余5.4亿元后,收入合计92.8亿元。")] == [
        "上级补助", "上年滚存结余", "收入合计"]


def test_a_final_accounts_report_s_bases_and_comparisons() -> None:
    # (直比 compares as 同比 does; 还原 is a verb of the name, not the adverb 还; the basis a figure is counted on is
    # no part of its name)
    assert described("全区完成一般公共预算收入202.96亿元，直比下降23.5%。还原留抵退税后一般公共预算收入250.9亿元。"
                     "其中：按省统计口径的民生支出189.5亿元，占一般公共预算支出的比重为75.4%。") == [
        ("202.96亿元", "一般公共预算收入", None), ("23.5%", "一般公共预算收入", "decrease"),
        ("250.9亿元", "还原留抵退税后一般公共预算收入", None), ("189.5亿元", "民生支出", None),
        ("75.4%", "民生支出占一般公共预算支出的比重", None)]


def test_a_footnote_number_in_brackets_and_a_lead_over_the_average() -> None:
    assert described("全年全区生产总值(2)实现355.2亿元，比上年增长0.6%。") == [
        ("355.2亿元", "生产总值", None), ("0.6%", "生产总值", "increase")]
    # (高出 compares as 高于 does: the figure is how far the growth is above the average)
    assert described("地区生产总值增长9.0%，增幅高出全市平均0.5个百分点。") == [
        ("9.0%", "地区生产总值", "increase"), ("0.5个百分点", "地区生产总值增幅", "increase")]
    assert described("工业增加值增长5%，增速低出全省平均1.2个百分点。")[1][2] == "decrease"


def test_a_share_with_no_share_noun_after_its_verb() -> None:
    # (占 with no 比重 after it links the name to its share; it is no part of the name)
    assert described("年末农村人口占25.8%。") == [("25.8%", "农村人口", None)]


def test_an_average_price_is_no_adverb_all() -> None:
    """均 before 价 or 值 names an average (均价, 均值), where 均 before a verb is the adverb "all" (两地均增长)."""
    assert [i for _, i, _ in described("实现产值8130.67万元,均价达64.72元。")][-1] == "均价"
    assert described("全年均值为35微克/立方米。")[0][1] == "均值"


def test_the_plan_a_share_is_of_is_named_after_zhan() -> None:
    """"占调整预算数539267万元的99.6%": the middle figure is the plan, named 调整预算数; the share is the spending's."""
    assert described("全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%。") == [
        ("537347万元", "一般公共预算支出", None), ("539267万元", "调整预算数", None),
        ("99.6%", "一般公共预算支出", None)]
    assert described("累计完成67955万元,占预算101032万元的67.3%。")[1][1] == "预算"


def test_a_share_of_the_plan_printed_without_de_is_the_quantity_s() -> None:
    """"完成调整预算101%" is "完成调整预算的101%" with 的 left out: the share of its plan the income reached, named by
    the income, and so is the change after it; 贡献率 stays a share's name."""
    assert described("一般公共预算收入完成47.98亿元,完成调整预算101%,较上年增长13.4%。") == [
        ("47.98亿元", "一般公共预算收入", None), ("101%", "一般公共预算收入", None),
        ("13.4%", "一般公共预算收入", "increase")]
    assert described("一般公共预算支出40.5亿元,为年初预算98.5%。")[1][1] == "一般公共预算支出"
    assert described("工业对经济增长的贡献率为9.6%。")[0][1] == "工业对经济增长的贡献率"


def test_a_count_compared_with_the_census_is_named_by_what_it_counts() -> None:
    """A census release compares each count with the last census ("与2010年第六次全国人口普查的314730人相比",
    "比2010年第六次全国人口普查减少0.96人"): the census is a time compared with, no quantity; 我街道 is the whole
    area."""
    assert [i for _, i, _ in described(
        "全县常住人口为271628人,与2010年第六次全国人口普查的314730人相比,减少43102人,下降13.7%。")] == ["常住人口"] * 4
    assert described("平均每个家庭户的人口为2.45人,比2010年第六次全国人口普查减少0.96人。")[1] == (
        "0.96人", "平均每个家庭户的人口", "decrease")
    assert described("比前三季度回落1.3个百分点。") == [("1.3个百分点", None, "decrease")]
    assert described("我街道共集中隔离435人。")[0][1] == "集中隔离"


def test_a_bound_a_range_or_a_count_in_chinese_numerals_before_a_noun_is_part_of_the_name_after_it() -> None:
    text = "分年龄构成看,18岁以下人口占25.8%,18-34岁占22.4%,60岁以上占14.5%。"
    assert [indicator for _, indicator, _ in described(text)] == [
        "人口占", "18岁以下人口", "人口", "18-34岁人口", "人口", "60岁以上人口"]
    assert described("5亿元以上项目4个，10亿元以上项目2个。")[1::2] == [
        ("4个", "5亿元以上项目", None), ("2个", "10亿元以上项目", None)]
    assert described("90m2及以下住宅价格上涨9.2%。")[1] == ("9.2%", "90m2及以下住宅价格", "increase")
    assert described("七大产业产值占工业比重88.4%,提高23.4个百分点。")[1:] == [
        ("88.4%", "七大产业产值占工业比重", None), ("23.4个百分点", "七大产业产值占工业比重", "increase")]
    assert described("十种有色金属95.6万吨，增长3.9%。")[1][1] == "十种有色金属"
    # (a bound tied to its noun by 的 stays the figure's own: the name after it starts past the 的)
    assert described("年主营业务收入2000万元以上的工业企业增加值增长5%。")[1][1] == "工业企业增加值"
    # (a count of things, not of a group's members, is no part of the name after it)
    assert described("新建3个中心，投资500万元。")[1][1] == "投资"


def test_a_budget_s_line_item_keeps_its_verb() -> None:
    assert described("安排预算稳定调节基金13.2亿元。")[0][1] == "安排预算稳定调节基金"
    assert described("安排资金13.2亿元。")[0][1] == "资金"


def test_the_place_a_document_is_of_goes_by_its_innermost_name_and_its_short_name() -> None:
    report = govdoc.parse("关于莆田市荔城区2022年国民经济和社会发展计划执行情况的报告\n\n"
                          "荔城地区生产总值635亿元，增长2.0%。\n")
    assert [item[-1].indicator for item in report.metrics()] == ["地区生产总值", "地区生产总值"]
    extract = extract_metrics_of("北京市")
    text = "北京地区生产总值4.4万亿元,北京证券交易所上市公司288家,北京输出到津冀技术合同成交额996亿元。"
    assert [m.indicator for m in extract(text)] == [
        "地区生产总值", "北京证券交易所上市公司", "北京输出到津冀技术合同成交额"]
    extract = extract_metrics_of("黄石市")
    assert [m.indicator for m in extract("黄石港区支出9143万元。")] == ["黄石港区支出"]
    extract = extract_metrics_of("滨海新区")
    assert [m.indicator for m in extract("新区一般公共预算收入505.4亿元。")] == ["一般公共预算收入"]
    report = govdoc.parse("杞县抗旱应急预案\n\n杞县人口110.22万人。\n")  # (a county of one character)
    assert [item[-1].indicator for item in report.metrics()] == ["人口"]


def test_the_channel_a_quantity_went_through_and_a_budget_s_owner_and_year_are_no_part_of_its_name() -> None:
    assert described("各级各部门通过政府网站主动公开信息13170余条。")[0][1] == "主动公开信息"
    # (what was done with the government's information is no part of its name, as most golds read it: 政府信息)
    assert described("利用门户网站主动公开政府信息88条。")[0][1] == "政府信息"
    assert described("通过县人民政府门户网站、微信、微博共发布各类信息数量17249条。")[0][1] == "信息数量"
    assert described("政务新媒体发布信息304条。")[0][1] == "政务新媒体发布信息"  # (the channel as subject stays)
    text = "镇四届人大一次会议批准的镇人民政府2023年地方财政一般公共预算收入为3522万元。"
    assert described(text)[0][1] == "地方财政一般公共预算收入"
    text = "上级转移支付收入1478万元(含均衡性转移支付收入166万元、结算补助收入132万元),(含共管协议252.43亩)。"
    assert [indicator for _, indicator, _ in described(text)] == [
        "上级转移支付收入", "均衡性转移支付收入", "结算补助收入", "共管协议"]


def test_a_department_s_year_a_relative_clause_s_de_a_scope_left_out_and_an_in_all_are_no_part_of_a_name() -> None:
    text = "寻甸回族彝族自治县教育体育局部门2020年度一般公共预算财政拨款“三公”经费支出预算为22.96万元。"
    assert described(text)[0][1] == "一般公共预算财政拨款“三公”经费支出预算"
    assert described("2020年全镇实现的税收收入231万元。")[0][1] == "税收收入"
    assert described("涉及的国内增值税收入7875万元。")[0][1] == "国内增值税收入"
    assert described("民营经济(不包括港澳台和外商经济)增加值112.12亿元。")[0][1] == "民营经济增加值"
    assert described("县人民政府网站共发布信息334条。")[0][1] == "县人民政府网站发布信息"
    assert described("公共服务支出共计1.2亿元。")[0][1] == "公共服务支出"  # (公共 is no 共)
    assert described("城乡居民共享收益120万元。")[0][1] == "城乡居民共享收益"


def test_a_footnote_in_tortoise_shell_brackets_and_a_level_s_zai_or_shuangshuang_are_no_part_of_a_name() -> None:
    assert [indicator for _, indicator, _ in described("全县地区生产总值〔2〕129.92亿元，增长2.8%。")] == [
        "地区生产总值", "地区生产总值"]
    assert described("全省年降水量在1600~2000毫米之间。")[0][1] == "年降水量"
    assert described("金融存贷款余额双双突破600亿元。")[0][1] == "金融存贷款余额"
    assert described("所在地区企业28家。")[0][1] == "所在地区企业"  # (所在 is no 在)


def test_the_basis_a_quantity_is_counted_on_before_its_name_is_no_part_of_it() -> None:
    assert [indicator for _, indicator, _ in described("按常住人口计算的人均生产总值53063元，增长5.9%。")] == [
        "人均生产总值", "人均生产总值"]
    assert described("按常住人口计算全区人均地区生产总值51011元。")[0][1] == "人均地区生产总值"
    assert described("按自然口径计算下降32.89%。")[0][1] is None  # (the basis alone: the quantity named before)


def test_a_rate_word_alone_before_a_figure_is_the_rate_of_the_subject_named_before_and_shi_ji_is_no_name() -> None:
    text = "全区地区生产总值完成220.1亿元,居全市第3位,增速3.1%,全市排名第12位。"
    assert [indicator for _, indicator, _ in described(text)] == ["地区生产总值", "地区生产总值增速"]
    assert described("增速3.1%。")[0][1] == "增速"  # (no subject named before: the rate as printed)
    text = "一般公共预算收入实际完成124,062万元,完成预算的112.92%。"
    assert [indicator for _, indicator, _ in described(text)] == ["一般公共预算收入", "一般公共预算收入"]


def test_a_unit_per_money_and_a_middle_dot_for_a_decimal_point_before_a_percentage() -> None:
    metrics = extract_metrics("全市万元国内生产总值用水量53.9m3/万元,单位GDP能耗0.45吨标准煤/万元。")
    assert [(m.text, m.unit) for m in metrics] == [("53.9m3/万元", "m³/万元"), ("0.45吨标准煤/万元", "吨标准煤/万元")]
    metrics = extract_metrics("医疗保健类价格上涨1·8%,“5·18国际博物馆日”活动3场。")
    assert [(m.text, str(m.value)) for m in metrics] == [("1·8%", "1.8"), ("3场", "3")]


def test_a_task_completed_names_the_quantity_before_and_some_verbs_before_a_name_are_no_part_of_it() -> None:
    text = "全年全市城镇新增就业2.81万人,完成任务113%;城镇失业人员再就业1.18万人,完成任务161%。"
    assert [indicator for _, indicator, _ in described(text)] == ["城镇新增就业", "城镇新增就业", "城镇失业人员再就业",
                                                                 "城镇失业人员再就业"]
    assert described("接收隔离人员594人。")[0][1] == "隔离人员"
    assert described("累计处理数据32773条。")[0][1] == "数据"
    assert described("承办省级会议活动8次。")[0][1] == "省级会议活动"
    assert described("加市级财政税收返还和补助收入109.6亿元。")[0][1] == "市级财政税收返还和补助收入"
    assert described("加上级补助收入12.5亿元。")[0][1] == "上级补助收入"
    assert described("加油站12座。")[0][1] == "加油站"  # (a name that opens with 加: 加油站, 加计扣除)
    assert described("加计扣除金额3.2亿元。")[0][1] == "加计扣除金额"


def test_a_page_in_traditional_characters() -> None:
    """A portal's 繁體 page, read as its simplified copy: units as printed (百分點, 筆), its qualifiers (以內, 約, 超過)
    and its verbs and adverbs before a name (累計, 落實; 發放 stays, as 发放 does), with 就業 still a word."""
    text = ("城鎮化率提高0.97個百分點。累計發放創業擔保貸款4081.5萬元184筆。落實就業補助資金2367.5萬元。"
            "年末城鎮登記失業率控制在4%以內。全年接待遊客約120萬人次,旅遊收入超過3億元。")
    found = [(m.text, m.unit, m.indicator, m.approx) for m in extract_metrics(text)]
    assert found == [
        ("0.97個百分點", "百分點", "城鎮化率", None), ("4081.5萬元", "元", "發放創業擔保貸款", None),
        ("184筆", "筆", "發放創業擔保貸款", None), ("2367.5萬元", "元", "就業補助資金", None),
        ("4%以內", "%", "城鎮登記失業率", "under"), ("約120萬人次", "人次", "遊客", "about"),
        ("超過3億元", "元", "旅遊收入", "over")]


def test_a_degree_reached_a_level_reached_and_two_words_that_share_a_character() -> None:
    """实现程度 is a name (not 实现, a verb inside one); 累计达 gives the level of the quantity named before;
    存、贷款余额 shares out 存款余额 and 贷款余额, 达标率 and 达产 keep their 达."""
    text = ("全面小康实现程度达93.5%。新增“四上”企业65户、累计达512户。"
            "金融机构存、贷款余额分别达到274.98亿元、294.42亿元。达标率达98%,达产项目12个。")
    assert [(m.text, m.indicator) for m in extract_metrics(text)] == [
        ("93.5%", "全面小康实现程度"), ("65户", "新增“四上”企业"), ("512户", "新增“四上”企业"),
        ("274.98亿元", "金融机构存款余额"), ("294.42亿元", "金融机构贷款余额"), ("98%", "达标率"), ("12个", "达产项目")]


def test_a_figure_joined_to_a_change_is_a_change_too() -> None:
    """"年均增长4.9%和7.2%", "同比增长8.8%、9%": the second of a pair shares the first's change (no 分别 printed)."""
    found = [(m.text, m.change) for m in extract_metrics("城乡常住居民人均可支配收入分别达到44846元和37342元,"
                                                          "年均增长4.9%和7.2%。城乡居民收入同比增长8.8%、9%。")]
    assert found == [("44846元", None), ("37342元", None), ("4.9%", "increase"), ("7.2%", "increase"),
                     ("8.8%", "increase"), ("9%", "increase")]


def test_a_fund_s_balance_carried_over_the_years_keeps_its_accumulated() -> None:
    """累计结存 and 累计结余 are a fund's balance, a name; 累计 before a verb is an adverb (累计发放 → 发放…)."""
    found = [(m.text, m.indicator) for m in extract_metrics("期末基金累计结存66082.95万元;全县累计发放贷款12亿元。")]
    assert found == [("66082.95万元", "基金累计结存"), ("12亿元", "发放贷款")]


def test_a_bare_number_no_figure_took_is_no_part_of_the_next_name() -> None:
    """A copy that lost a unit or a row's colons leaves a number between two names ("收入7640.53一般公共预算支出"):
    the next figure's name starts behind it. A unit, a version or a service's number keeps it."""
    text = ("一般公共预算收入7640.53一般公共预算支出7592.44万元。就业困难人员就业1191城镇登记失业人数2694人。"
            "12345政务服务热线受理诉求5.6万件。新建110千伏变电站3座。完成服务业扩大开放2.0任务12项。")
    assert [(m.text, m.indicator) for m in extract_metrics(text)] == [
        ("7592.44万元", "一般公共预算支出"), ("2694人", "城镇登记失业人数"), ("5.6万件", "12345政务服务热线受理诉求"),
        ("3座", "新建110千伏变电站"), ("12项", "服务业扩大开放2.0任务")]


def test_a_time_limit_shortened_or_spending_cut_is_a_decrease_of_the_quantity() -> None:
    """缩短, 压缩 and 压减 before a figure state a fall, as 下降 does, and are no part of the quantity's name; a 压缩机
    is a machine."""
    assert described("平均时限缩短40%;重点事项审批时限压缩70%。") == [
        ("40%", "平均时限", "decrease"), ("70%", "重点事项审批时限", "decrease")]
    assert described("气体压缩机248.8万台,增长5%。")[0] == ("248.8万台", "气体压缩机", None)


def test_a_rate_printed_negative_behind_a_bare_comparison_is_a_fall() -> None:
    """"同比分别-6.2%、-19.3%" prints the rates with their sign and no word of change: both are falls; a figure printed
    plain behind 较上年 is the base of the comparison, no change."""
    text = "地区生产总值60.3亿元,一般公共预算收入2亿元,同比分别-6.2%、-19.3%。"
    assert [change for _, _, change in described(text)] == [None, None, "decrease", "decrease"]
    assert [change for _, _, change in described("收入31751万元,较上年28899万元增长9.9%。")] == [None, None, "increase"]


def test_a_level_ends_the_last_modifier_of_a_shared_head() -> None:
    """"全口径和区级地方财政收入": the head is what follows the level (地方财政收入), whatever the first modifier's
    width."""
    figures = extract_metrics("完成全口径和区级地方财政收入242.8亿元和75.2亿元,分别增长12.1%和11.7%。")
    assert [m.indicator for m in figures] == ["全口径地方财政收入", "区级地方财政收入"] * 2


def test_the_place_goes_from_a_share_s_whole_and_with_its_jurisdiction_word() -> None:
    extract = extract_metrics_of("青禾区")
    text = ("2022年青禾辖区((含东湖,下同))生产总值(初步核算数)365.01亿元,比上年增长0.4%。"
            "第一、二、三产业增加值占青禾区生产总值的比重分别为4.2%、27.4%、68.4%。")
    assert [m.indicator for m in extract(text)] == [
        "生产总值", "生产总值", "第一产业增加值占生产总值的比重", "第二产业增加值占生产总值的比重",
        "第三产业增加值占生产总值的比重"]
    assert [m.indicator for m in extract_metrics("全县（（含开发区））生产总值100亿元。")] == ["生产总值"]
    # (another place's whole stays: the district's sales are a share of the city's)
    assert [m.indicator for m in extract("社会消费品零售总额占北京市的比重为8.5%。")] == [
        "社会消费品零售总额占北京市的比重"]


def test_a_change_said_with_shenggao_and_rooms_for_quarantine() -> None:
    assert described("三产业所占比重为39.3%,升高0.7个百分点。") == [
        ("39.3%", "三产业所占比重", None), ("0.7个百分点", "三产业所占比重", "increase")]
    assert described("征用改造54个隔离点,1万余间隔离房间。") == [
        ("54个", "隔离点", None), ("1万余间", "隔离房间", None)]
    assert described("每隔3间隔设一处消防栓。") == []  # (间隔 is a span, not rooms)


def test_in_turn_before_a_list_is_no_part_of_its_names() -> None:
    """依次 ("in turn") links a list to its figures as 分别 does, and names nothing."""
    assert [m.indicator for m in extract_metrics("三次产业对经济增长的贡献率依次为3.3%、71.1%和25.6%")] == [
        "第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率", "第三产业对经济增长的贡献率"]


def test_what_a_bare_verb_of_adding_adds_to_is_the_figure_before() -> None:
    """"家庭农场3328家，本年新增100家": 新增 alone names no quantity; the figure adds to the family farms counted before
    it, and the verb stays with the noun (新增家庭农场, a flow, against the stock). A figure of another unit, or in
    another sentence, takes nothing from it."""
    assert [indicator for _, indicator, _ in described(
        "家庭农场3328家，本年新增100家；农民专业合作社1460个，新增38个。")] == [
        "家庭农场", "新增家庭农场", "农民专业合作社", "新增农民专业合作社"]
    assert [indicator for _, indicator, _ in described("全县有合作社769个。新增6个。")] == ["合作社", "新增"]


def test_a_bare_verb_of_building_leaves_the_figure_to_the_noun_after_it() -> None:
    """"建800平方米堆肥厂6座": 建 names no quantity, so the area measures the compost plant that follows it, as a count
    names the noun its measure word counts; a verb with a noun of its own before the figure keeps that noun."""
    assert described("建800平方米堆肥厂6座,铺设5公里污水管网。") == [
        ("800平方米", "堆肥厂", None), ("6座", "堆肥厂", None), ("5公里", "污水管网", None)]
    assert next(indicator for _, indicator, _ in described("发展100亩以上种粮大户18个。")) == "种粮大户"
    assert [indicator for _, indicator, _ in described("硬化道路3公里。")] == ["硬化道路"]


def test_verbs_of_clearing_and_buying_and_grown_to_name_nothing() -> None:
    """清理, 购置, 迁移 before a noun and 已经发展到 before a figure are the clause's verbs, not its quantity's name
    (车辆购置税 and 迁移人口 stay names)."""
    assert [indicator for _, indicator, _ in described(
        "清理庭院2100个,购置车辆40台,迁移柴草垛近400个,各类合作社已经发展到63家。")] == [
        "庭院", "车辆", "柴草垛", "合作社"]
    assert [indicator for _, indicator, _ in described("购置税收入3亿元,迁移人口2万人。")] == [
        "购置税收入", "迁移人口"]


def test_a_list_in_brackets_inside_a_name_stays_and_one_that_ends_it_goes() -> None:
    """A list in brackets inside a name that goes on is part of it ("县(市、区)上解收入"); where the name ends at it
    ("债务限额(一般债务、专项债务)合计") it is a gloss, dropped, and so is an abbreviation wherever it stands."""
    assert [indicator for _, indicator, _ in described("税收返还、转移支付补助及县(市、区)上解收入294.63亿元。")] == [
        "税收返还、转移支付补助及县(市、区)上解收入"]
    assert [indicator for _, indicator, _ in described("政府债务限额(一般债务、专项债务)合计500亿元。")] == [
        "政府债务限额合计"]
    assert [indicator for _, indicator, _ in described("地区生产总值(GDP)466.14亿元,地区生产总值(GDP)增长6.1%。")] == [
        "地区生产总值", "地区生产总值"]


def test_the_middle_of_a_year_is_no_place_s_first_character() -> None:
    """"2023年中" is the middle of 2023 unless 中 begins a place's name (中江县) or the country's (中国)."""
    assert [indicator for _, indicator, _ in described("2023年中江县地区生产总值466.14亿元。")] == [
        "中江县地区生产总值"]
    assert [indicator for _, indicator, _ in described("2023年中国粮食产量6.9亿吨。")] == ["中国粮食产量"]
    assert [indicator for _, indicator, _ in described("2023年中全县完成投资5亿元。")] == ["投资"]


def test_a_budget_s_own_revenue_of_the_year_keeps_its_year() -> None:
    """当年收入 and 当年支出 are the budget's own revenue and spending, beside transfers and carry-overs: 当年 stays."""
    assert [indicator for _, indicator, _ in described(
        "总收入637.58亿元,其中:当年收入292.14亿元,当年支出526.91亿元,当年全市完成投资5亿元。")] == [
        "总收入", "当年收入", "当年支出", "投资"]


def test_only_and_in_a_row_before_a_span_name_nothing_and_link_to_nothing() -> None:
    """"仅28天" and "连续15年" print a span with no quantity's name: no indicator, and none taken from the figure
    before (a span of weather keeps its name: 连续降雨天数)."""
    assert described("排查核检人员38.8万人次,仅28天就实现清零,连续15年获评优秀等次。") == [
        ("38.8万人次", "排查核检人员", None), ("28天", None, None), ("15年", None, None)]
    assert [indicator for _, indicator, _ in described("全县连续降雨天数15天。")] == ["连续降雨天数"]


def test_a_budget_s_comparison_with_last_year_and_its_change() -> None:
    """"比上年同期支出352532万元" is the base, named without its time (支出); "减少支出28399万元" is the change of the
    spending named before, a fall, not a quantity of its own; a share of a plan whose parts a note lists after it
    ("473465万元(年初预算数…)的68.5%") is the spending's, and the plan is named without its year (任务数)."""
    text = ("一般公共预算支出完成324133万元,占本年变动预算数473465万元(年初预算数201587万元,当年专款271878万元)的68.5%,"
            "比上年同期支出352532万元,减少支出28399万元,下降8.1%。")
    assert described(text) == [
        ("324133万元", "一般公共预算支出", None), ("473465万元", "变动预算数", None),
        ("201587万元", "年初预算数", None), ("271878万元", "专款", None), ("68.5%", "一般公共预算支出", None),
        ("352532万元", "支出", None),
        ("28399万元", "一般公共预算支出", "decrease"), ("8.1%", "一般公共预算支出", "decrease")]
    assert [indicator for _, indicator, _ in described("收入完成122044万元,占本年任务数136721万元的89.3%。")] == [
        "收入", "任务数", "收入"]
    # the parts a note lists after a level are no level a change is of
    assert described("政府性基金支出137444万元(专项债券支出115800万元),比上年同期支出84078万元增加53366万元。")[-1] == (
        "53366万元", "政府性基金支出", "increase")
    assert [indicator for _, indicator, _ in described("工业总产值100亿元,增加值30亿元。")] == ["工业总产值", "增加值"]


def test_a_figure_that_opens_its_clause_measures_the_noun_after_its_de() -> None:
    """"2万公顷的耕地和1万公顷的林地": each area names its noun after 的; a figure after a verb of reaching keeps the
    quantity named before it ("达到350亿元的目标" is the target of the GDP)."""
    assert described("全镇幅员面积最大, 2万公顷的耕地和1万公顷的林地是发展的基础。") == [
        ("2万公顷", "耕地", None), ("1万公顷", "林地", None)]
    assert [indicator for _, indicator, _ in described("全年实现地区生产总值300亿元,力争达到350亿元的目标。")] == [
        "地区生产总值", "地区生产总值"]
    assert [indicator for _, indicator, _ in described("到2022年形成种植面积50公顷。")] == ["种植面积"]


def test_cases_counted_before_their_noun() -> None:
    """例 counts the cases its noun names when the noun follows ("首发2例输入病例出现后" → 输入病例)."""
    assert described("首发2例输入病例出现后,立即启动应急响应。") == [("2例", "输入病例", None)]
    assert described("全年报告确诊病例12例。") == [("12例", "报告确诊病例", None)]


def test_the_land_a_project_takes_is_no_share() -> None:
    """"占地500余亩" is the land a project takes (占地), not a share whose whole is lost; "该项目" names the project
    the clause is about, no part of a name; a share of 地区生产总值 stays a share."""
    assert described("该项目位于我镇东王内村,总投资120万元,占地500余亩,目前正在进行土地流转。") == [
        ("120万元", "总投资", None), ("500余亩", "占地", None)]
    assert described("该项目占地10亩,预计投资1000余万元。")[0] == ("10亩", "占地", None)
    assert described("第一产业增加值占地区生产总值的比重为12.5%。") == [
        ("12.5%", "第一产业增加值占地区生产总值的比重", None)]


def test_a_budget_s_adjusted_rise_is_the_level_s() -> None:
    """"调增59.75亿元" after an adjusted level is that level's rise; a level a meeting approved is named without
    its area ("…会议批准全旗一般公共预算收入" → 一般公共预算收入)."""
    text = ("经旗第十八届人民代表大会第三次会议批准全旗一般公共预算收入83.318亿元,"
            "其中:旗本级一般公共预算收入由51.9亿元调整为111.65亿元,调增59.75亿元。")
    assert described(text) == [
        ("83.318亿元", "一般公共预算收入", None), ("51.9亿元", "旗本级一般公共预算收入", None),
        ("111.65亿元", "旗本级一般公共预算收入", None), ("59.75亿元", "旗本级一般公共预算收入", "increase")]


def test_the_income_a_group_gains_is_a_quantity_of_its_own() -> None:
    """"贫困户人均增收1490元" is how much each household gains (人均增收), no change of a figure named before;
    "同比增收1488万元" after a revenue is that revenue's rise."""
    assert described("投入产业扶贫资金2123万元,贫困户人均增收1490元。")[-1] == ("1490元", "贫困户人均增收", None)
    assert described("彩虹番茄喜获丰收,村集体经济增收近30万元。") == [("近30万元", "村集体经济增收", None)]
    assert described("推广优质稻品种,可使全乡农民人均增收400余元以上。") == [("400余元以上", "农民人均增收", None)]
    assert described("一般公共预算收入72777万元,同比增收1488万元。")[-1] == (
        "1488万元", "一般公共预算收入", "increase")


def test_a_noun_after_a_count_may_hold_a_bracket_and_ends_before_its_adverb() -> None:
    """A character or two in brackets inside the noun a count names stays in it ("专(兼)职工作人员", "乡(镇)中心
    幼儿园"); the noun ends before an adverb or a total ("全面提档升级", "共计50项"); "全面完成" names nothing."""
    assert described("各部门不断健全工作机制,配备1至2名专(兼)职工作人员,形成工作格局。") == [
        ("1至2名", "专(兼)职工作人员", None)]
    assert described("对全县17所乡(镇)中心幼儿园全面提档升级。") == [("17所", "乡(镇)中心幼儿园", None)]
    assert described("审计报告反映涉及29个单位(部门)共计50项具体问题。")[0] == ("29个", "单位(部门)", None)
    assert described("全面完成2021年度高标准农田2000亩建设。") == [("2000亩", "高标准农田", None)]


def test_a_rate_against_last_year_after_the_level_is_the_level_s_rise() -> None:
    """"同比增速1.5%" after a level is that level's rise, as "同比增长" is; "投资增速" and a rate compared with an
    average ("低于全市平均增速1.9个百分点") name a rate, as before."""
    assert described("全年实现规上工业产值1.41亿元,同比增速1.5%;社会消费品零售总额920万元,同比增速20.7%。") == [
        ("1.41亿元", "规上工业产值", None), ("1.5%", "规上工业产值", "increase"),
        ("920万元", "社会消费品零售总额", None), ("20.7%", "社会消费品零售总额", "increase")]
    assert described("全县投资增速12.5%。") == [("12.5%", "投资增速", None)]
    assert described("战略性新兴产业产值同比增长20.6%,低于全市平均增速1.9个百分点。")[-1] == (
        "1.9个百分点", "战略性新兴产业产值", "decrease")


def test_the_growth_a_sector_pulls_is_named_whatever_the_economy_is_called() -> None:
    """"拉动GDP增长1.6个百分点" is a contribution's name as "拉动经济增长" is: its 增长 is no change of the figure."""
    text = "三次产业对经济增长贡献率分别为23.6%、45.1%、31.3%,分别拉动GDP增长1.6、3.1、2.1个百分点。"
    assert described(text)[3:] == [
        ("1.6", "第一产业拉动GDP增长", None), ("3.1", "第二产业拉动GDP增长", None),
        ("2.1个百分点", "第三产业拉动GDP增长", None)]


def test_the_level_a_change_starts_from_after_a_name_in_latin_letters() -> None:
    """"人均GDP由上年的45009元提高到50234元": the level it started from is no part of the name."""
    assert described("按常住人口计算人均GDP由上年的45009元提高到50234元,增加了5225元。") == [
        ("45009元", "人均GDP", None), ("50234元", "人均GDP", None), ("5225元", "人均GDP", "increase")]


def test_a_bureau_s_own_pronoun_and_what_it_published_are_no_part_of_the_name() -> None:
    """"我局" speaks for a bureau as "我县" does for a county; "主动公开" is what was done with the information;
    "已建设"/"已建成" after a name is what was done, not the name."""
    assert described("2023年我局主动公开政府信息72条。") == [("72条", "政府信息", None)]
    assert described("1-12月,我镇主动公开政府信息共52条。") == [("52条", "政府信息", None)]
    assert described("新能源纯电动公交车充电桩已建设60套。") == [("60套", "新能源纯电动公交车充电桩", None)]
    assert described("全县充电桩已建成60套。") == [("60套", "充电桩", None)]


def test_a_behaviour_a_density_s_base_and_a_rate_on_another_basis() -> None:
    """"行为" is a noun ("“三烧”行为同比减少64%", not "行" and 为); a density's base after its name is no part of it
    ("常住人口密度为每平方公里6595人"); "还原留抵退税口径后增长3.4%" is the quantity named before, on another basis;
    "年均增速6%" after a level is its rise, as 年均增长 is; 落地 is what was done with the projects."""
    assert described("“三烧”行为同比减少64%;劝阻燃放行为650余起。") == [
        ("64%", "“三烧”行为", "decrease"), ("650余起", "劝阻燃放行为", None)]
    assert described("常住人口密度为每平方公里6595人,比上年末减少13人。") == [
        ("6595人", "常住人口密度", None), ("13人", "常住人口密度", "decrease")]
    assert described("全区一般公共预算本级收入完成53.19亿元,增长22.1%,还原留抵退税口径后增长3.4%。")[-1] == (
        "3.4%", "一般公共预算本级收入", "increase")
    assert described("规模工业增加值年均增长7.5%;社会消费品零售额年均增速6%。")[-1] == (
        "6%", "社会消费品零售额", "increase")
    assert described("五年来,签约落地工业项目11个。")[-1] == ("11个", "工业项目", None)
