"""Hostile web pages: each fails in one line (a GovdocError naming the file) or converts, fast.

Linear time is measured by ``tests/benchmarks/html_speed.py`` (ratios per MB at 1, 10 and 50 MB);
these tests check what each hostile page gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdoc import limits
from govdoc.errors import DecodeError, FormatError, GovdocError, LimitError
from govdoc.formats import html as html_format
from govdoc.formats.html._decode import declared_encoding
from govdoc.formats.html.read import page_source_lines, read_html

from . import corpus
from .test_fuzz import FUZZ, _count, check, mutated

WILD_PAGES = Path(__file__).resolve().parents[1] / "quality" / "corpus" / "wild" / "html"


def test_10000_nested_divs_are_a_one_line_format_error() -> None:
    with pytest.raises(FormatError) as caught:
        read_html(corpus.html_deep(), source="deep.html")
    message = str(caught.value)
    assert message.startswith("deep.html: ") and "256 deep" in message and "\n" not in message


def test_huge_attributes_are_read_past() -> None:
    data = corpus.html_huge_attributes()
    assert read_html(data, source="attributes.html").meta.title == "关于2023年社区工作的报告"
    lines, _ = page_source_lines(data)
    texts = [line.text for line in lines]
    assert "长属性的段落。" in texts and "万个属性的段落。" in texts
    assert max(len(text) for text in texts) < 100  # no attribute became text (the link shows 50 a's)


def test_a_page_of_two_encodings_converts_as_a_browser_shows_it() -> None:
    report = read_html(corpus.html_broken_encoding(), source="broken.html")
    # the half in the declared encoding reads; the other half is what a browser shows too
    assert any("新建养老床位300张" in paragraph.text for _, paragraph in report.paragraphs())


def test_a_page_claiming_utf16_is_read_as_utf8() -> None:
    assert read_html(corpus.html_declared_utf16()).meta.title == "关于2023年社区工作的报告"


@pytest.mark.parametrize("data", [corpus.binary_junk(), b"\x89PNG\r\n\x1a\n" + corpus.binary_junk(),
                                  b"<html>" + b"\x00\x01\x02" * 200])
def test_binary_named_html_fails_in_one_line(data: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        read_html(data, source="junk.html")
    assert str(caught.value).startswith("junk.html: ") and "\n" not in str(caught.value)


def test_a_50_mb_page_converts() -> None:
    data = corpus.html_big_page(50 * 10**6)
    assert len(data) == 50 * 10**6
    report = read_html(data, source="big.html")
    assert report.meta.title == "关于2023年社区工作的报告"
    texts = [paragraph.text for _, paragraph in report.paragraphs()]
    assert any("新建养老床位300张" in text for text in texts)
    assert not any("新闻标题" in text for text in texts)  # the link list is chrome


def test_the_size_limit_comes_first_and_can_be_raised_by_name() -> None:
    page = corpus.sample_page().encode()
    with limits.override({"html.max_bytes": 100}), pytest.raises(LimitError, match=r"\(html\.max_bytes\)"):
        read_html(page, source="p.html")
    with pytest.raises(LimitError):
        read_html(page, max_bytes=100)
    assert read_html(page).meta.title == "关于2023年社区工作的报告"


def test_the_depth_limit_can_be_set_by_name() -> None:
    page = ("<div>" * 300 + "深处的一句话。" + "</div>" * 300).encode()
    with pytest.raises(FormatError):
        read_html(page)
    with limits.override({"html.max_depth": 400}):
        assert read_html(page).preamble[0].text == "深处的一句话。"


@pytest.mark.parametrize("name", ["deep.html", "huge_attributes.html", "broken_encoding.html", "declared_utf16.html"])
def test_the_format_s_reader_gives_only_govdoc_errors(name: str) -> None:
    build = corpus.HOSTILE[name]
    try:
        html_format.from_bytes(build(), source=name)  # type: ignore[operator]
    except GovdocError as exc:
        assert str(exc).startswith(name)


# ---- fuzzing (hypothesis): only GovdocError comes out of the reader, and no wrapped crash

PAGES = [page.read_bytes() for page in sorted(WILD_PAGES.rglob("*.html"))] + [corpus.sample_page().encode()]
TAGS = ["<html>", "<head>", "</head>", "<body>", "<div class='TRS_Editor'>", "<div class='nav'>", "</div>", "<p>",
        "</p>", "<br>", "<h1>", "</h1>", "<h2>", "<table>", "<tr>", "<td colspan='99999999999'>", "<th rowspan=x>",
        "</table>", "<a href='javascript:x()'>", "<a href='/x'>", "</a>", "<b>", "<strong style='font-weight:900'>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<pre>", "\n", "<img src=x>",
        "<meta charset='gbk'>", "<meta charset=utf-16>", "<title>", "</title>", "<p style='display:none'>",
        "&nbsp;", "&#0;", "&#x110000;", "&amp;", "&unknown;", "<!DOCTYPE html>", "<?xml version='1.0'?>",
        "一、", "（一）", "经济增长5%。", "\u3000\u3000", "发布时间：2024-01-02", "<center>", "<font>",
        "<sup>[1]</sup>"]


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_into_read_html(data: bytes) -> None:
    _count("bytes → read_html")
    check(read_html, data, source="fuzz.html")


@FUZZ
@given(st.data())
def test_mutated_pages_into_read_html(data: st.DataObject) -> None:
    _count("mutated page → read_html")
    page = data.draw(st.sampled_from(PAGES))
    check(read_html, data.draw(mutated(page)), source="page.html")


@FUZZ
@given(st.lists(st.sampled_from(TAGS), max_size=200), st.booleans())
def test_tag_soup_into_read_html(tokens: list[str], as_text: bool) -> None:
    _count("tag soup → read_html")
    soup = "".join(tokens)
    check(read_html, soup if as_text else soup.encode("utf-8"), source="soup.html")


def test_regression_a_nul_in_the_declared_charset_is_no_declaration() -> None:
    """fuzz_html.py: codecs.lookup raised ValueError on a label with NUL bytes."""
    assert declared_encoding(b'<meta charset="g\x00\x00\x00\x00b2312">') is None
    with pytest.raises(DecodeError, match="binary"):  # and a page with NUL bytes is refused cleanly
        read_html(corpus.sample_page(charset="g\x00\x00\x00\x00b2312").encode())


@pytest.mark.parametrize("label", ["base64", "zlib", "rot13", "undefined", "hex"])
def test_regression_a_codec_that_is_no_text_encoding_is_no_declaration(label: str) -> None:
    assert read_html(corpus.sample_page(charset=label).encode()).meta.title == "关于2023年社区工作的报告"
