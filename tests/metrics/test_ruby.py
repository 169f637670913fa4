"""metrics.ruby: figures in a text a mirror annotated with pinyin are read as if the readings were not there."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govdoc.metrics import extract_metrics
from govdoc.metrics.ruby import has_readings

_TEXT = ("2023年全縣一般公共預(yù)算總收入完成506843萬(wàn)元,為預(yù)算的108.96%。"
         "本級(jí)收入62956萬(wàn)元,同比增長(zhǎng)14.6%;建筑業(yè)實現增加值1.7億元,建成8個(gè)項目。")


def test_figures_read_through_the_readings_and_reported_as_printed() -> None:
    found = [(m.text, m.value, m.unit, m.indicator, m.change) for m in extract_metrics(_TEXT)]
    assert [(text, int(value), unit, indicator, change) for text, value, unit, indicator, change in found] == [
        ("506843萬(wàn)元", 5068430000, "元", "一般公共預(yù)算總收入", None),
        ("108.96%", 108, "%", "一般公共預(yù)算總收入", None),
        ("62956萬(wàn)元", 629560000, "元", "本級(jí)收入", None),
        ("14.6%", 14, "%", "本級(jí)收入", "increase"),
        # (a name whose words stand apart keeps each character's reading: 建筑業(yè) … 增加值)
        ("1.7億元", 170000000, "元", "建筑業(yè)增加值", None),
        ("8個", 8, "個", "項目", None)]  # (the reading behind a span's last character stays out of it)
    assert all(_TEXT[m.start:m.end] == m.text for m in extract_metrics(_TEXT))


def test_what_is_no_reading() -> None:
    """A bracket of letters without a tone mark, or behind no character, is no reading: the text is read as it is."""
    assert has_readings("預(yù)算") and has_readings("萬(wàn)元")
    assert not has_readings("GDP(gdp)增长5%") and not has_readings("方案(a)和(b)") and not has_readings("1(à)")


_PIECES = [("增长", "增(zēng)长"), ("收入", "收(shōu)入"), ("万元", "萬(wàn)元"), ("个", "个(gè)"),
           ("项目", "项(xiàng)目"), ("5.5", "5.5"), ("3", "3"), ("%", "%"), ("，", "，"), ("。", "。"),
           ("预算", "预(yù)算")]


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.booleans()), max_size=12))
def test_readings_never_move_a_figure_off_its_print(pieces: list[tuple[tuple[str, str], bool]]) -> None:
    """Any text with readings behind some of its characters: every span is the text it prints, and the figures
    are those of the text without its readings (萬 and 万 alike)."""
    text = "".join(annotated if read else plain for (plain, annotated), read in pieces)
    plain = "".join(plain.replace("万", "萬") if read else plain for (plain, _), read in pieces)
    metrics = extract_metrics(text)
    assert all(text[m.start:m.end] == m.text for m in metrics)
    assert [(m.value, m.unit, m.change) for m in metrics] == [
        (m.value, m.unit, m.change) for m in extract_metrics(plain)]
