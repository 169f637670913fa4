"""Statistical units and the number forms of real bulletins, on sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdoc.metrics import extract_metrics
from govdoc.model import Metric


def one(text: str) -> Metric:
    metrics = extract_metrics(text)
    assert len(metrics) == 1, [m.text for m in metrics]
    return metrics[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit", "kind"),
    [
        ("铁路货运周转量达到86.4亿吨公里。", "86.4亿吨公里", "8640000000", "吨公里", "other"),
        ("水路货物周转量3250万吨公里。", "3250万吨公里", "32500000", "吨公里", "other"),
        ("公路旅客周转量12.05亿人公里。", "12.05亿人公里", "1205000000", "人公里", "other"),
        ("工业用电量93.7亿千瓦小时。", "93.7亿千瓦小时", "9370000000", "千瓦小时", "other"),
        ("光伏发电量6.2亿千瓦时。", "6.2亿千瓦时", "620000000", "千瓦时", "other"),
        ("新增装机容量48万千瓦。", "48万千瓦", "480000", "千瓦", "other"),
        ("单位能耗折合215万吨标准煤。", "215万吨标准煤", "2150000", "吨标准煤", "weight"),
        ("港口完成吞吐量37.8万标准箱。", "37.8万标准箱", "378000", "标准箱", "other"),
        ("完成集装箱吞吐量382058标箱。", "382058标箱", "382058", "标箱", "other"),
        ("农村低保标准提高到1600元/人年。", "1600元/人年", "1600", "元/人年", "money"),
        ("城市低保标准310元/人月。", "310元/人月", "310", "元/人月", "money"),
        ("城镇居民生活用水人均115升/日。", "115升/日", "115", "升/日", "other"),
        ("农村居民生活用水定额80升/人日。", "80升/人日", "80", "升/人日", "other"),
        ("全年开行中欧班列4818列。", "4818列", "4818", "列", "count"),
        ("景区接待游客1.35亿人次。", "1.35亿人次", "135000000", "人次", "count"),
        ("机场保障航班起降4.6万架次。", "4.6万架次", "46000", "架次", "count"),
        ("渡口运送船舶2170艘次。", "2170艘次", "2170", "艘次", "count"),
        ("出生率为7.85‰。", "7.85‰", "7.85", "‰", "ratio"),
        ("家禽存栏1460.3万羽。", "1460.3万羽", "14603000", "羽", "count"),
        ("快递业务总量18.6亿标准量。", "18.6亿标准量", "1860000000", "标准量", "other"),
        ("万车死亡率为1.9人/万辆。", "1.9人/万辆", "1.9", "人/万辆", "other"),
        ("全员劳动生产率31.6万元/人。", "31.6万元/人", "316000", "元/人", "money"),
        ("收藏文物1206件/套。", "1206件/套", "1206", "件/套", "count"),
        ("采购设备35台（套）。", "35台（套）", "35", "台（套）", "count"),
        ("各类牲畜总数16.82万头(只)。", "16.82万头(只)", "168200", "头(只)", "count"),
        ("比上年提高1.4个百分点。", "1.4个百分点", "1.4", "百分点", "percentage_point"),
        # a unit printed wholly in brackets behind the number: the unit is what they hold
        ("牲畜出栏3323(头/只)。", "3323(头/只)", "3323", "头/只", "count"),
        ("出栏各类牲畜36.8万（头、只、匹）。", "36.8万（头、只、匹）", "368000", "头、只、匹", "count"),
        ("奶产量6789.20(吨)。", "6789.20(吨)", "6789.2", "吨", "weight"),
        ("出欄各類牲畜36.8萬(頭、只、匹)。", "36.8萬(頭、只、匹)", "368000", "頭、只、匹", "count"),
    ],
)
def test_compound_and_scaled_units_read_whole(sentence: str, span: str, value: str, unit: str, kind: str) -> None:
    metric = one(sentence)
    assert (metric.text, metric.value, metric.unit, metric.kind) == (span, Decimal(value), unit, kind)


@pytest.mark.parametrize("sentence", ["投资1万(含)以上。", "收入12(万元)。", "共3(不含住房)。", "序号2(备注)。"])
def test_brackets_that_hold_no_unit_give_none(sentence: str) -> None:
    """A note in brackets ("(含)", "(不含住房)") or money with its scale is no unit in brackets."""
    assert all("(" not in metric.unit for metric in extract_metrics(sentence))


def test_thousand_hectares_is_a_unit_of_its_own_but_thousand_scales_other_units() -> None:
    area, weight = extract_metrics("油菜播种面积63.08千公顷，秸秆利用量4千吨。")
    assert (area.value, area.unit, area.kind) == (Decimal("63.08"), "千公顷", "area")
    assert (weight.value, weight.unit) == (Decimal(4000), "吨")


def test_a_measure_word_keeps_its_script() -> None:
    assert one("共設立12個服務點").unit == "個"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("实现营业收入582，407万元。", "582，407万元", "5824070000"),
        ("完成投资1，204，350万元。", "1，204，350万元", "12043500000"),
        ("比上年增长6．25%。", "6．25%", "6.25"),
        ("农民人均收入２１，３６０元。", "２１，３６０元", "21360"),
    ],
)
def test_full_width_digits_and_separators(sentence: str, span: str, value: str) -> None:
    metric = one(sentence)
    assert (metric.text, metric.value) == (span, Decimal(value))


def test_a_full_width_comma_after_a_long_number_or_in_a_list_is_punctuation() -> None:
    assert [m.text for m in extract_metrics("截至2024，360家企业完成改造")] == ["360家"]
    assert [m.text for m in extract_metrics("各区新增站点分别为45，120个")] == ["120个"]


@pytest.mark.parametrize("space", [" ", "  ", "\u3000", "\u00a0", "\u2002\u2002", "\u2003", "\u2009", "\u202f"])
def test_space_runs_inside_a_sentence(space: str) -> None:
    growth, grain = extract_metrics(f"工业投资增长{space}7.3%，油料产量26.4{space}万吨")
    assert (growth.value, growth.unit, growth.change) == (Decimal("7.3"), "%", "increase")
    assert (grain.value, grain.unit, grain.text) == (Decimal(264000), "吨", f"26.4{space}万吨")
    assert grain.indicator == "油料产量"


def test_only_a_printed_minus_makes_a_value_negative() -> None:
    rate, fall, signed = extract_metrics("自然增长率为-1.86‰，客运量下降2.4%，利润增长−3.5%")
    assert (rate.value, rate.change) == (Decimal("-1.86"), None)
    assert (fall.value, fall.change) == (Decimal("2.4"), "decrease")
    assert signed.value == Decimal("-3.5")


def test_a_footnote_marker_belongs_neither_to_the_figure_nor_to_the_indicator() -> None:
    for marker in ("[3]", "［3］", "①", "³"):
        metric = one(f"全年全市地区生产总值{marker}1876.4亿元")
        assert (metric.text, metric.value, metric.indicator) == ("1876.4亿元", Decimal(187640000000), "地区生产总值")


@pytest.mark.parametrize(
    "sentence",
    [
        "三次产业结构调整为9.8∶35.2∶55.0。",
        "三次产业结构由上年的12.4：40.1：47.5调整为12.0：39.6：48.4。",
        "三次产业结构为6.3:30.8:62.9。",
        "全市第一、二、三次产业之比为2.1:41.7:56.2",
    ],
)
def test_ratios_are_not_figures(sentence: str) -> None:
    assert extract_metrics(sentence) == []


def test_three_points_of_advice_is_a_count_but_three_oclock_is_not() -> None:
    assert [m.text for m in extract_metrics("会上他提出4点要求，会议于下午4点结束，4点半散会")] == ["4点"]


def test_codes_with_leading_zeros_and_dates_are_not_figures() -> None:
    assert extract_metrics("文号 202305-00871 组织实施，成文日期 2023-05-17 名称:某县规划") == []


def test_a_crop_weighed_in_dan() -> None:
    """担 (50 kg) weighs tobacco and tea; 担任 after a count of people is no weight."""
    figures = extract_metrics("烟叶产量2.4万担,毛茶产量9245吨。")
    assert [(m.text, m.value, m.unit) for m in figures] == [("2.4万担", Decimal("24000"), "担"),
                                                           ("9245吨", Decimal("9245"), "吨")]
    assert [m.unit for m in extract_metrics("由3人担任组长。")] == ["人"]


def test_a_sign_unit_may_run_into_a_latin_letter_but_a_unit_of_letters_may_not() -> None:
    """"比增81.4%BPW车轴…" (the page lost the break after the figure): the percent is read; a unit of letters glued to
    more letters is none ("5min" holds no metre)."""
    figures = extract_metrics("电子信息产业实现产值52.96亿元,比增81.4%BPW车轴八期投产。")
    assert [(m.text, m.unit, m.change) for m in figures][:2] == [("52.96亿元", "元", None), ("81.4%", "%", "increase")]
    assert [m.text for m in extract_metrics("全程用时5min。")] == []


def test_machines_counted_by_trips_and_a_ditch_by_its_run() -> None:
    """台次 counts a machine's trips as 车次 and 辆次 do; 延长米 measures a ditch or a pipe along its run."""
    figures = extract_metrics("出动清运车辆1500台次,清理路边沟3万延长米,铺设管道800延米。")
    assert [(m.text, m.value, m.unit) for m in figures] == [
        ("1500台次", 1500, "台次"), ("3万延长米", 30000, "延长米"), ("800延米", 800, "延米")]


def test_pieces_of_information_counted_by_ze() -> None:
    """则 counts notices and reports an office publishes ("公示公告6则,政务报告2则")."""
    figures = extract_metrics("主动公开政府信息共10条,其中公示公告6则,政务报告2则。")
    assert [(m.text, m.value, m.unit, m.indicator) for m in figures] == [
        ("10条", 10, "条", "政府信息"), ("6则", 6, "则", "公示公告"), ("2则", 2, "则", "政务报告")]
