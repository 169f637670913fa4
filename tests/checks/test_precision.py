"""Rounding-aware arithmetic, tested on Metrics built by hand (independent of the figure extractor)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdoc.checks.precision import Interval, finest, interval, judge, printed, render, total
from govdoc.model import Metric


def metric(text: str, value: str, unit: str, kind: str = "count") -> Metric:
    return Metric(text=text, start=0, end=len(text), value=Decimal(value), unit=unit, kind=kind)  # type: ignore[arg-type]


def test_printed_reads_decimals_and_scale() -> None:
    form = printed(metric("4770.9亿元", "477090000000", "元", "money"))
    assert (form.number, form.decimals, form.scale, form.quantum) == (
        Decimal("4770.9"), 1, Decimal("1E+8"), Decimal("1E+7"))
    assert not form.exact


def test_whole_counts_are_exact_and_whole_percents_are_not() -> None:
    assert printed(metric("24条", "24", "条")).exact
    assert interval(metric("24条", "24", "条")) == Interval.exact(Decimal(24))
    assert not printed(metric("25%", "25", "%", "percent")).exact
    assert interval(metric("25%", "25", "%", "percent")) == Interval(Decimal("24.5"), Decimal("25.5"))


def test_full_width_digits_and_separators() -> None:
    assert printed(metric("３．１７％", "3.17", "%", "percent")).decimals == 2
    form = printed(metric("1,234.5万元", "12345000", "元", "money"))
    assert (form.number, form.quantum) == (Decimal("1234.5"), Decimal("1000"))


def test_a_range_is_read_at_its_upper_bound_the_number_its_value_was_printed_as() -> None:
    """A range's value is its upper bound: "3-5万元" is 50000, printed as the 5 (scale 10⁴), not the 3."""
    form = printed(Metric(text="3-5万元", start=0, end=5, value=Decimal(50000), value_min=Decimal(30000), unit="元",
                          kind="money"))
    assert (form.number, form.scale, form.span) == (Decimal(5), Decimal(10000), (2, 3))


def test_chinese_numerals_are_whole_and_exact() -> None:
    form = printed(metric("二十四条", "24", "条"))
    assert form.exact and form.span is None


def test_render_prints_like_the_figure() -> None:
    share = metric("8.22%", "8.22", "%", "percent")
    assert render(share, Decimal(2) / Decimal(24) * 100) == "8.33%"
    money = metric("4770.9亿元", "477090000000", "元", "money")
    assert render(money, Decimal("477100000000")) == "4771.0亿元"
    assert render(metric("25%", "25", "%", "percent"), Decimal("8.3333"), Decimal("0.01")) == "8.33%"


def test_the_issue_examples() -> None:
    """8.22 against 2/24 = 8.33 is a finding; 8.3 is not."""
    expected = Interval.exact(Decimal(2) / Decimal(24) * 100)
    assert not judge(metric("8.22%", "8.22", "%", "percent"), expected).consistent
    assert judge(metric("8.3%", "8.3", "%", "percent"), expected).consistent
    assert judge(metric("8.33%", "8.33", "%", "percent"), expected).consistent
    assert not judge(metric("8.4%", "8.4", "%", "percent"), expected).consistent


def test_truncation_is_a_warning_and_a_wrong_digit_an_error() -> None:
    expected = Interval.exact(Decimal(4) / Decimal(24) * 100)  # 16.666…
    assert judge(metric("16.66%", "16.66", "%", "percent"), expected).severity == "warning"
    assert judge(metric("16.76%", "16.76", "%", "percent"), expected).severity == "error"


def test_interval_arithmetic() -> None:
    a, b = Interval(Decimal(1), Decimal(2)), Interval(Decimal(3), Decimal(5))
    assert a + b == Interval(Decimal(4), Decimal(7))
    assert b - a == Interval(Decimal(1), Decimal(4))
    assert a * b == Interval(Decimal(3), Decimal(10))
    assert (b / Interval(Decimal(1), Decimal(2))) == Interval(Decimal("1.5"), Decimal(5))
    assert a.gap(b) == 1 and b.gap(a) == 1 and a.gap(Interval(Decimal("1.5"), Decimal(9))) == 0
    assert total([a, b, a]) == Interval(Decimal(5), Decimal(9))
    with pytest.raises(ZeroDivisionError):
        _ = a / Interval(Decimal(-1), Decimal(1))


def test_finest_reads_a_list_at_its_most_precise() -> None:
    shares = [metric("25%", "25", "%", "percent"), metric("8.22%", "8.22", "%", "percent")]
    assert finest(shares) == Decimal("0.01")


@given(part=st.integers(0, 10_000), whole=st.integers(1, 10_000), decimals=st.integers(0, 3))
def test_a_correctly_rounded_share_is_always_consistent(part: int, whole: int, decimals: int) -> None:
    exact = Decimal(part) / Decimal(whole) * 100
    shown = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{shown}%"
    assert judge(metric(text, str(shown), "%", "percent"), Interval.exact(exact)).consistent


@given(part=st.integers(0, 10_000), whole=st.integers(1, 10_000), decimals=st.integers(0, 3),
       off=st.integers(2, 50), sign=st.sampled_from([-1, 1]))
def test_a_share_off_by_two_last_digits_or_more_is_an_error(part: int, whole: int, decimals: int, off: int,
                                                            sign: int) -> None:
    exact = Decimal(part) / Decimal(whole) * 100
    step = Decimal(1).scaleb(-decimals)
    shown = exact.quantize(step, rounding=ROUND_HALF_UP) + sign * off * step
    verdict = judge(metric(f"{shown}%", str(shown), "%", "percent"), Interval.exact(exact))
    assert not verdict.consistent and verdict.severity == "error"


@given(whole=st.integers(1, 99_999), decimals=st.integers(0, 2), scale=st.sampled_from(["", "万", "亿"]))
def test_render_gives_back_the_printed_text(whole: int, decimals: int, scale: str) -> None:
    number = Decimal(whole).scaleb(-decimals)
    factor = {"": 1, "万": 10_000, "亿": 100_000_000}[scale]
    text = f"{number}{scale}元"
    m = metric(text, str(number * factor), "元", "money")
    assert render(m, m.value) == text
    assert interval(m).lo <= m.value <= interval(m).hi
