"""Documents in traditional characters or with a mirror's pinyin: read plain, reported as printed."""

from __future__ import annotations

import re
from functools import cache

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.metrics.traditional import simplified
from govdoc.model import Report
from govdoc.parsing import parse_lines
from govdoc.parsing.plain import read_plain
from govdoc.parsing.source import lines_from_text
from govdoc.testing import canonical_reports

_READING = re.compile(r"\((?=[a-zü\n]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\n]{1,8}\)")

MIRROR = """(廣西壯族自治區(qū))關(guān)于百色市田東縣2021年財(cái)政預(yù)算執(zhí)行情況的報(bào)告
關(guān)于田東縣2021年財(cái)政預(yù)算執(zhí)行情況的報(bào)告
——2022年1月18日在田東縣第十七屆人民代表大會(huì)第二次會(huì)議上
田東縣人民政府
各位代表:
現(xiàn)將我縣2021年財(cái)政預(yù)算執(zhí)行情況提請(qǐng)會(huì)議審議。
一、2021年財(cái)政預(yù)算執(zhí)行情況
全縣一般公共預(yù)算收入完成162113萬(wàn)元,增長(zhǎng)5.2%,同比提高0.19個(gè)百分點(diǎn);
"""


def test_a_mirror_s_page_in_traditional_characters_with_pinyin_reads_as_its_simplified_copy() -> None:
    """The title, the meeting's date under it, the signing government, the heading and the figures of a
    mirror's page that prints readings behind its characters, each as the page prints it."""
    report = govdoc.parse(MIRROR)
    title = report.meta.title
    assert title is not None and title.endswith("2021年財(cái)政預(yù)算執(zhí)行情況的報(bào)告")
    assert report.meta.issuer == "田東縣人民政府"
    assert str(report.meta.date) == "2022-01-18"
    assert [(s.label, s.title) for s in report.sections] == [("一、", "2021年財(cái)政預(yù)算執(zhí)行情況")]
    found = [(m.text, m.unit, m.indicator, m.change) for _, m in report.metrics()]
    assert found[0] == ("162113萬(wàn)元", "元", "一般公共預(yù)算收入", None)
    assert found[1][:2] == ("5.2%", "%")
    assert found[2][:2] == ("0.19個(gè)百分點(diǎn)", "百分點")


def test_a_reading_a_line_break_cut_stays_whole_with_its_character() -> None:
    """A PDF's line break inside a reading ("項(xi" / "àng)目") or before it ("設" / "(shè)"): the paragraph
    prints the reading whole behind its character, and the break is gone."""
    text = ("2022年某縣工作總結\n\n一、項(xiàng)目建設(shè)\n"
            "全縣堅(jiān)持以項(xiàng)目建設(shè)為抓手,推進(jìn)重點(diǎn)項(xi\n"
            "àng)目12個(gè),完成投資3.5億元,同比增長(zhǎng)6.1%,新建和改建\n(shè)道路8公里。\n")
    report = govdoc.parse(text)
    assert [(s.label, s.title) for s in report.sections] == [("一、", "項(xiàng)目建設(shè)")]
    paragraph = report.sections[0].paragraphs[0].text
    assert "重點(diǎn)項(xiàng)目12個(gè)" in paragraph and "改建(shè)道路" in paragraph and "\n" not in paragraph
    assert [m.text for _, m in report.metrics()] == ["12個(gè)", "3.5億元", "6.1%", "8公里"]


def test_a_simplified_document_with_a_traditional_name_is_read_as_it_is() -> None:
    """One traditional character in a simplified text (a name, 《體育法》) does not make it a 繁體 page."""
    text = ("全县深入贯彻《中华人民共和国體育法》,新建和改建体育场地120个,全民健身活动广泛开展,全年举办各类赛事"
            "活动36场次,参与群众达到5.2万人次,人均体育场地面积提高到2.6平方米。\n")
    assert read_plain(list(lines_from_text(text))) is None
    assert read_plain(list(lines_from_text(text.replace("参与群众", "參與群眾")))) is not None  # (four in seventy-odd)


@cache
def _to_traditional() -> dict[int, str]:
    """OpenCC's simplified → traditional table, one character for one (the way a mirror converts a page)."""
    chars = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("s2t").convert("\n".join(chars)).split("\n")
    return {ord(char): other for char, other in zip(chars, converted, strict=True) if len(other) == 1}


def _with_readings(text: str, every: int) -> str:
    """``text`` with a reading behind every ``every``-th Chinese character, as a mirror prints some."""
    out: list[str] = []
    seen = 0
    for char in text:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff":
            seen += 1
            if seen % every == 0:
                out.append("(zhǎng)")
    return "".join(out)


def _strings(report: Report) -> list[str]:
    """Every text of a Report's dump, in order."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(report.model_dump(mode="json", exclude={"meta": {"source"}}))
    return found


@settings(max_examples=40, deadline=None)
@given(canonical_reports(max_depth=2), st.integers(2, 9), st.booleans())
def test_a_report_printed_in_traditional_characters_reads_as_its_plain_copy(report: Report, every: int,
                                                                           readings: bool) -> None:
    """Any report of the general strategy, written as text and printed as a mirror prints it (traditional
    characters, and a reading behind some): read by the heuristic parser, every text of the Report, read plain, is
    the text the parser reads in the plain copy, and every figure is the plain copy's."""
    printed = govdoc.write_text(report).translate(_to_traditional())
    if readings:
        printed = _with_readings(printed, every)
    plain_copy = simplified(_READING.sub("", printed))
    read = parse_lines(lines_from_text(printed))
    expected = parse_lines(lines_from_text(plain_copy))
    assert [simplified(_READING.sub("", text)) for text in _strings(read)] == _strings(expected)
    assert [(m.value, m.kind, m.change) for _, m in read.metrics()] == [
        (m.value, m.kind, m.change) for _, m in expected.metrics()]
