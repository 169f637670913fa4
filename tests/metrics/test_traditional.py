"""metrics.traditional: figures in traditional characters are read in simplified ones and reported as printed."""

from __future__ import annotations

from functools import cache

import opencc
from hypothesis import given

import govdoc
from govdoc.metrics import extract_metrics
from govdoc.metrics.traditional import simplified
from govdoc.testing import texts_with_metrics


def test_a_bulletin_in_traditional_characters_reads_as_its_simplified_copy() -> None:
    """Units, qualifiers, changes and names as the simplified text has them, each reported as printed: 上漲 is a rise
    (not 上 left in the name), 百分點 a unit, 以內 a qualifier."""
    text = ("居民消費價格累計上漲2.8%,商品零售價格指數上漲2.7%。城鎮化率提高0.97個百分點。"
            "年末城鎮登記失業率控制在4%以內。全年接待遊客約120萬人次。")
    found = [(m.text, m.unit, m.qualifier, m.indicator, m.change) for m in extract_metrics(text)]
    assert found == [
        ("2.8%", "%", None, "居民消費價格", "increase"), ("2.7%", "%", None, "商品零售價格指數", "increase"),
        ("0.97個百分點", "百分點", None, "城鎮化率", "increase"), ("4%以內", "%", "以內", "城鎮登記失業率", None),
        ("約120萬人次", "人次", "約", "遊客", None)]


def test_a_shared_unit_and_a_name_after_its_figure_as_printed() -> None:
    """A unit printed behind the figure that shares it ("10.6、6.3個百分點"); a name after its count ("三個水源地")."""
    found = [(m.text, m.unit) for m in extract_metrics("民間投資、產業投資占比分別提高10.6、6.3個百分點。")]
    assert found == [("10.6", "百分點"), ("6.3個百分點", "百分點")]
    found = [(m.text, m.unit, m.indicator) for m in extract_metrics("保護好三個重要水源地馮家山水庫。")]
    assert found == [("三個", "個", "重要水源地馮家山水庫")]

    # (a name put together from two, which the text prints nowhere whole: each character as printed)
    text = "社區，業委會1平方米，企業1平方米。"
    assert all(char in text for m in extract_metrics(text) for char in m.indicator or "")

def test_the_place_a_traditional_title_names_is_no_part_of_a_name() -> None:
    """A 繁體 bulletin of 大武口區 prints the place before its aggregates as a simplified one does: the place goes
    from the name, which stays as printed; with a mirror's pinyin too ("皂市鎮(zhèn)位列榜單")."""
    for title, body, expected in [
        ("2022年石嘴山市大武口區國民經濟和社會發展統計公報", "全年大武口區地區生產總值2435313萬元,增長3%。",
         [("2435313萬元", "地區生產總值"), ("3%", "地區生產總值")]),
        ("皂市鎮(zhèn)躋身2018年全國綜合實(shí)力千強鎮(zhèn)", "皂市鎮(zhèn)位列榜單823位。", [("823位", "位列榜單")]),
    ]:
        report = govdoc.parse(f"{title}\n\n{body}\n")
        assert [(metric.text, metric.indicator) for _, metric in report.metrics()] == expected


def test_simplified_text_is_read_as_it_is() -> None:
    text = "全年地区生产总值增长5.2%。"
    assert simplified(text) is text
    assert simplified("增長") == "增长" and len(simplified("萬億個百分點")) == len("萬億個百分點")


@cache
def _to_traditional() -> dict[int, str]:
    """OpenCC's simplified → traditional table, one character for one (the way a mirror converts a page)."""
    chars = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("s2t").convert("\n".join(chars)).split("\n")
    return {ord(char): other for char, other in zip(chars, converted, strict=True) if len(other) == 1}


@given(texts_with_metrics())
def test_a_text_converted_to_traditional_characters_keeps_its_figures(case: tuple[str, object]) -> None:
    """Any text of the general strategy, converted to traditional characters: every span is the text it prints, and
    the figures (value, kind, change, where they stand) are those of its simplified reading; each unit and name is
    printed in the text."""
    traditional = case[0].translate(_to_traditional())
    metrics = extract_metrics(traditional)
    assert all(traditional[m.start:m.end] == m.text for m in metrics)
    assert all(m.unit in m.text or m.unit in traditional[m.end:] or m.unit == simplified(m.unit) for m in metrics)
    assert [(m.start, m.end, m.value, m.kind, m.change) for m in metrics] == [
        (m.start, m.end, m.value, m.kind, m.change) for m in extract_metrics(simplified(traditional))]
    for m in metrics:
        assert m.indicator is None or all(char in traditional for char in m.indicator)
