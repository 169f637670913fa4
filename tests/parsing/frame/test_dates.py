"""frame.dates: dates in every printed form."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govdoc
from govdoc.numbering import int_to_cn
from govdoc.parsing.frame.dates import adopted_on, date_only, find_date, month_day, posting_time, with_year, years


@pytest.mark.parametrize(("text", "date"), [
    ("2025-02-14", dt.date(2025, 2, 14)),
    ("发布于2025年2月14日", dt.date(2025, 2, 14)),
    ("2025/2/4", dt.date(2025, 2, 4)),
    ("2019.1.17", dt.date(2019, 1, 17)),
    ("２０２４年１月２日", dt.date(2024, 1, 2)),
    ("——2025年1月9日在华泾镇第三届人民代表大会第五次会议上", dt.date(2025, 1, 9)),
    ("——二〇二五年一月九日在华泾镇第三届人民代表大会第五次会议上", dt.date(2025, 1, 9)),
    ("二○二三年十二月三十一日", dt.date(2023, 12, 31)),
    ("2024年04月06日 16:40", dt.date(2024, 4, 6)),
])
def test_find_date(text: str, date: dt.date) -> None:
    assert find_date(text) == date


@pytest.mark.parametrize("text", ["近日", "2023-02-30", "索引号：003129766/201901-00336", "2024年4月", "12345678"])
def test_no_date(text: str) -> None:
    assert find_date(text) is None


def test_a_line_that_is_only_a_date() -> None:
    assert date_only("2023年5月16日") == dt.date(2023, 5, 16)
    assert date_only("2023年5月16日 星期二") == dt.date(2023, 5, 16)
    assert date_only("二〇二四年一月二十九日") == dt.date(2024, 1, 29)
    assert date_only("2023年5月16日召开会议") is None
    assert date_only("2026-01-31 07:00:44") is None  # with a clock time it is a posting time


def test_posting_time() -> None:
    assert posting_time("2026-01-31 07:00:44") == dt.date(2026, 1, 31)
    assert posting_time("2024年04月06日 16:40") == dt.date(2024, 4, 6)
    assert posting_time("2026-01-31") is None
    assert posting_time("2026-01-31 07:00 发布会") is None


def test_month_day_and_years() -> None:
    assert month_day("在2月6日召开的市十六届人大七次会议上") == (2, 6)
    assert month_day("2025年2月6日") is None  # it has a year
    assert years("2025年预算执行情况和2026年预算") == [2025, 2026]
    assert with_year(2026, (2, 30)) is None


@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)))
def test_chinese_numerals_read_back(date: dt.date) -> None:
    digits = "〇一二三四五六七八九"
    year = "".join(digits[int(d)] for d in str(date.year))
    printed = f"{year}年{int_to_cn(date.month)}月{int_to_cn(date.day)}日"
    assert find_date(printed) == date
    assert date_only(printed) == date


@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(["-", "/", "."]), st.booleans())
def test_arabic_forms_read_back(date: dt.date, separator: str, padded: bool) -> None:
    month, day = (f"{date.month:02d}", f"{date.day:02d}") if padded else (str(date.month), str(date.day))
    assert find_date(f"{date.year}{separator}{month}{separator}{day}") == date
    assert find_date(f"{date.year}年{month}月{day}日") == date


def test_a_date_with_its_digits_run_together_and_a_posting_time_after_who_posted_it() -> None:
    assert date_only("2023313") == dt.date(2023, 3, 13)
    assert date_only("20230313") == dt.date(2023, 3, 13)
    assert date_only("2023111") is None  # 1月11日 or 11月1日: no one date
    assert date_only("2023999") is None
    assert posting_time("联合创作 · 2023-05-12 00:00") == dt.date(2023, 5, 12)


def test_the_note_of_the_meeting_that_adopted_a_document() -> None:
    assert adopted_on("（2017年9月1日县第十七届人大常委会第六次会议通过）") == dt.date(2017, 9, 1)
    assert adopted_on("2017年9月1日县第十七届人大常委会第六次会议通过)") == dt.date(2017, 9, 1)  # (a bracket lost)
    assert adopted_on("（二〇二三年一月十日市人民代表大会常务委员会第八次会议批准）") == dt.date(2023, 1, 10)
    assert adopted_on("2017年9月1日县人大常委会第六次会议听取和审议了县政府的报告。") is None
    assert adopted_on("2017年9月1日") is None


def test_the_adopting_meeting_s_date_is_a_document_s_over_the_page_s_posting_time() -> None:
    text = ("关于七宝县2017年上半年计划执行情况的审查意见\n时间:2017-11-22 来源:\n\n七宝县人民代表大会常务委员会\n\n"
            "（2017年9月1日县第十七届人大常委会第六次会议通过）\n\n会议认为,上半年全县地区生产总值完成11.3亿元。\n")


    report = govdoc.parse(text)
    assert report.meta.date == dt.date(2017, 9, 1)
    assert report.meta.subtitle == "（2017年9月1日县第十七届人大常委会第六次会议通过）"  # (nothing lost)
