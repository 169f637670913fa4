"""find_numbers and the money forms the peer suites exercise (元角分, currency signs and names)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdoc.metrics import extract_metrics, find_numbers, read_number


def values(text: str) -> list[Decimal]:
    return [value for _, _, value in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一百五十二", ["152"]),
        ("五分之一", ["0.2"]),
        ("３／５", ["0.6"]),
        ("负一又二分之一", ["-1.5"]),
        ("2e5", ["200000"]),
        ("2^5", ["32"]),
        (".5", ["0.5"]),
        ("十余万", ["100000"]),
        ("一千多万", ["10000000"]),
        ("五十打", ["600"]),
        ("40k", ["40000"]),
        ("25万6千", ["256000"]),
        ("１, 2４4, ６６7.123 五点八", ["1", "244", "667.123", "5.8"]),
        ("两百点两", ["200", "2"]),
        ("百分之五十五点五七九", ["55.579"]),
        ("万", []),
        ("一切都好", []),
        ("我家在四川", []),
        ("小明拾起石子", []),
        ("2023年11月", ["2023", "11"]),
    ],
)
def test_find_numbers(text: str, expected: list[str]) -> None:
    assert values(text) == [Decimal(v) for v in expected]


def test_find_numbers_offsets() -> None:
    text = "共有三百二十五户和1,619人"
    assert [(text[a:b], v) for a, b, v in find_numbers(text)] == [
        ("三百二十五", Decimal(325)), ("1,619", Decimal(1619))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("壹拾壹元壹角壹分", "11.11"),
        ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18"),
        ("壹佰壹拾壹圆整", "111"),
        ("廿二", "22"),
        ("一百十一", "111"),
        ("200亿零四千230", "20000004230"),
        ("1百01", "101"),
    ],
)
def test_read_number_forms(text: str, value: str) -> None:
    assert read_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["百十一", "十一十二", "10.1万零100", "零点", "点零", "元整", "负"])
def test_read_number_invalid(text: str) -> None:
    assert read_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("开销123元1角1分", "123.11", "CNY"),
        ("十块三毛", "10.3", "CNY"),
        ("港币两千九百六十元", "2960", "HKD"),
        ("三万元欧元", "30000", "EUR"),
        ("8亿元人民币", "800000000", "CNY"),
        ("价格是$20", "20", "USD"),
        ("一共￥300", "300", "CNY"),
        ("两美元又三美分", "2.03", "USD"),
        ("两个亿卢布", "200000000", "RUB"),
        ("税额共计壹仟玖佰圆整", "1900", "CNY"),
    ],
)
def test_money_forms(text: str, value: str, currency: str) -> None:
    (metric,) = [m for m in extract_metrics(text) if m.kind == "money"]
    assert (metric.value, metric.currency) == (Decimal(value), currency)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("两到三万港元", "20000", "30000"),
        ("一千到两千万元", "10000000", "20000000"),
        ("从8500到3万港元", "8500", "30000"),
        ("1万(含)-5万元", "10000", "50000"),
        ("10~15k元", "10000", "15000"),
    ],
)
def test_ranges_share_the_scale_of_their_upper_end(text: str, low: str, high: str) -> None:
    (metric,) = extract_metrics(text)
    assert (metric.value_min, metric.value) == (Decimal(low), Decimal(high))


def test_list_with_fullwidth_comma_is_not_a_thousands_group() -> None:
    assert [m.text for m in extract_metrics("分别为20，300美元")] == ["300美元"]
    assert [m.value for m in extract_metrics("82，225.00元")] == [Decimal("82225")]


def test_figures_inside_a_url_are_not_taken() -> None:
    assert extract_metrics("详见 https://www.test.com/search?q=30%25%2020%") == []
