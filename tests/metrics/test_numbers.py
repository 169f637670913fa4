"""Reading numerals: Arabic, Chinese, mixed, full-width, with exact Decimal arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdoc.metrics import read_number
from govdoc.metrics.numbers import parse_arabic, parse_chinese, scale_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三百二十五", "325"),
        ("两千", "2000"),
        ("一万二", "12000"),
        ("三千五", "3500"),
        ("一百二", "120"),
        ("一千零五", "1005"),
        ("十", "10"),
        ("十二", "12"),
        ("二十", "20"),
        ("零", "0"),
        ("〇", "0"),
        ("二〇二三", "2023"),
        ("三点五", "3.5"),
        ("十万", "100000"),
        ("三千五百万", "35000000"),
        ("一万亿", "1000000000000"),
        ("四十九兆九千五百九十二億", "49959200000000"),
        ("拾万零五十六点叁叁", "100056.33"),
        ("壹万二千三百四十五", "12345"),
    ],
)
def test_chinese_numerals(text: str, value: str) -> None:
    assert parse_chinese(text) == Decimal(value)


@pytest.mark.parametrize("text", ["二三十", "十百", "三点", "点五", ""])
def test_not_a_chinese_numeral(text: str) -> None:
    assert parse_chinese(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,619", "1619"),
        ("233,333,333,434.344", "233333333434.344"),
        ("99.23", "99.23"),
        ("１．０７５３", "1.0753"),
        ("１２３", "123"),
        ("82，225.00", "82225.00"),
    ],
)
def test_arabic_numerals(text: str, value: str) -> None:
    assert parse_arabic(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.2万", "12000"),
        ("3千万", "30000000"),
        ("3.45亿", "345000000"),
        ("0.1亿", "10000000"),
        ("负三点五", "-3.5"),
        ("-22.2", "-22.2"),
        ("１２３", "123"),
        ("三百二十五", "325"),
    ],
)
def test_read_number(text: str, value: str) -> None:
    assert read_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "3个", "一是", "1.2.3"])
def test_read_number_rejects(text: str) -> None:
    assert read_number(text) is None


def test_scaling_is_exact() -> None:
    # binary floating point would give 344999999.99999994 here
    assert read_number("3.45亿") == Decimal("345000000")
    assert read_number("0.07万") == Decimal("700")
    assert scale_value("千万") == Decimal(10**7)
    assert scale_value("万亿") == Decimal(10**12)
    assert scale_value("百千") is None
