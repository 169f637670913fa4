"""Stage 2, normalise: characters within a line (fake bold, extraction spaces, odd characters)."""

from __future__ import annotations

import pytest

from govdoc.parsing.normalise import (
    clean_line,
    clean_spaces,
    is_doubled,
    join_wrapped,
    undouble,
)
from govdoc.parsing.source import leading_indent


@pytest.mark.parametrize(("raw", "clean"), [
    ("22002200年", "2020年"),
    ("22001199年", "2019年"),
    ("22002244年社区代表会议", "2024年社区代表会议"),
    ("副区长（（右二））在会上讲话", "副区长（右二）在会上讲话"),
    ("意见、、建议", "意见、建议"),
    ("共建““宜居””社区", "共建“宜居”社区"),
    ("《《社区报》》", "《社区报》"),
    ("收到意见，，建议；；", "收到意见，建议；"),
    ("22..ＡＡ龘龘", "2.Ａ龘"),  # a short heading whose label is drawn twice: text never doubles a label's mark
    ("三三、、ＡＡ社社区区", "三、Ａ社区"),
])
def test_fake_bold_is_undone(raw: str, clean: str) -> None:
    assert undouble(raw) == clean
    assert undouble(clean) == clean


@pytest.mark.parametrize("raw", ["22002200年", "（（中））", "意见、、建议", "““宜居””", "《《社区报》》"])
def test_fake_bold_marks_a_line_as_display_type(raw: str) -> None:
    assert is_doubled(raw)


@pytest.mark.parametrize("text", [
    "常常", "人人参与", "天天向上", "2000户", "1100个", "11月", "2200元", "1122", "时时处处", "看看", "谢谢",
    "“宜居”“宜业”",  # two quotations side by side are not doubling
    "（1）（2）",
])
def test_genuine_repeats_are_kept(text: str) -> None:
    assert undouble(text) == text


def test_genuine_repeats_do_not_mark_a_line_as_display_type() -> None:
    assert not is_doubled("常常、人人、天天，2000户，1100个")


@pytest.mark.parametrize(("raw", "clean"), [
    ("拆除违法建筑 31 处", "拆除违法建筑31处"),
    ("约 2.6 万平方米", "约2.6万平方米"),
    ("新建 12 个 、改造 3 处", "新建12个、改造3处"),
    ("增长 7 . 5 %", "增长7.5%"),
    ("小区 2019年", "小区2019年"),
    ("强化楼宇党建 整合公共资源", "强化楼宇党建 整合公共资源"),  # a space between phrases stays
    ("ABC 公司 5G 基站", "ABC 公司5G 基站"),
    ("社区   治理", "社区 治理"),
    ("满意率 98 %", "满意率98%"),
    ("二〇二四年 12 月", "二〇二四年12月"),
])
def test_extraction_spaces(raw: str, clean: str) -> None:
    assert clean_spaces(raw) == clean


def test_a_list_label_keeps_its_space_before_a_number() -> None:
    assert clean_line("2. 15分钟生活圈：步行可达。") == "2. 15分钟生活圈：步行可达。"
    assert clean_line("占 8. 22%") == "占8.22%"


@pytest.mark.parametrize(("raw", "clean"), [
    ("\u3000\u3000全年完成投资3亿元。", "全年完成投资3亿元。"),
    ("社区\u200b治理\ufeff", "社区治理"),
    ("软\u00ad连字符", "软连字符"),
    ("控制\x07字符\x1b", "控制字符"),
    ("不换行\u00a0空格", "不换行 空格"),
    ("制表\t分隔", "制表 分隔"),
    ("  ", ""),
    ("22002233年 社区 代表 会议 ", "2023年 社区 代表 会议"),
])
def test_clean_line(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_clean_line_is_idempotent() -> None:
    for raw in ("拆除违法建筑 31 处，约 2.6 万平方米", "（（中））  ““宜居””", "2. 15分钟"):
        once = clean_line(raw)
        assert clean_line(once) == once


@pytest.mark.parametrize(("raw", "width"), [
    ("\u3000\u3000正文", 4), ("  正文", 2), ("\t正文", 1), ("正文", 0), ("\u3000 正文", 3),
])
def test_leading_indent(raw: str, width: int) -> None:
    assert leading_indent(raw) == width


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("更换店招店牌400", "余块；完成绿化补种", "更换店招店牌400余块；完成绿化补种"),
    ("深入推进", "“美丽家园”建设", "深入推进“美丽家园”建设"),
    ("SHANGHAI COMMUNITY", "NEWS", "SHANGHAI COMMUNITY NEWS"),
    ("占", "8. 22%", "占8.22%"),
])
def test_join_wrapped(left: str, right: str, joined: str) -> None:
    assert join_wrapped(left, right) == joined


def test_a_sum_whose_digits_come_in_pairs_is_no_fake_bold() -> None:
    """"554400万元" is a sum; digits drawn twice come beside other doubled characters, or as a year."""
    text = "全年全县地区生产总值554400万元,按不变价格计算,比上年增长4.4%。"
    assert undouble(text) == clean_line(text) == text
    assert not is_doubled(text)
    assert undouble("人口（（112233））万") == "人口（123）万"
    assert undouble("实施方案（22002233—2025年）") == "实施方案（2023—2025年）"
