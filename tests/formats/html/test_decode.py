"""Decoding a page as a browser would: byte-order mark, <meta charset>, http-equiv, then sniffing."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdoc.errors import DecodeError
from govdoc.formats.html._decode import PRESCAN_BYTES, declared_encoding, decode_html

TEXT = "关于2023年社区工作的报告：引进企业139家，吸引内资3.45亿元。"


def page(charset_tag: str, body: str = TEXT) -> str:
    return f"<html><head>{charset_tag}<title>报告</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(("tag", "codec"), [
    ('<meta charset="utf-8">', "utf-8"),
    ("<meta charset=GB2312>", "gb18030"),  # every GBK-family label reads with GB18030, their superset
    ("<meta charset='gbk'>", "gb18030"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb18030"),
    ("<META HTTP-EQUIV=content-type CONTENT='text/html;charset=GB18030'>", "gb18030"),
    ('<meta charset="big5">', "big5hkscs"),
    ('<meta charset="utf-16">', "utf-8"),  # found by an ASCII scan, so it cannot be UTF-16 (WHATWG)
    ('<meta charset="iso-8859-1">', "cp1252"),
    ('<meta charset="shift_jis">', "shift_jis"),
    ('<meta charset="no-such-encoding">', None),
    ('<meta charset="base64">', None), ('<meta charset="rot13">', None), ('<meta charset="undefined">', None),
    ('<meta charset="zlib">', None), ('<meta charset="utf\x00-8">', None), ('<meta charset="idna">', None),
    ('<meta name="keywords" content="charset=gbk">', None),  # not a Content-Type declaration
    ("<!-- <meta charset=gbk> -->", None),  # commented out
])
def test_the_declared_encoding_is_read_from_meta(tag: str, codec: str | None) -> None:
    assert declared_encoding(page(tag).encode("ascii", "ignore")) == codec


def test_only_the_first_declaration_counts_and_only_near_the_top() -> None:
    assert declared_encoding(b'<meta charset="gbk"><meta charset="utf-8">') == "gb18030"
    late = b" " * PRESCAN_BYTES + b'<meta charset="gbk">'
    assert declared_encoding(late) is None


@pytest.mark.parametrize("label", ["gb2312", "gbk", "gb18030"])
def test_a_gbk_page_decodes_with_its_declaration(label: str) -> None:
    data = page(f'<meta charset="{label}">').encode("gb18030")
    decoded = decode_html(data)
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.how) == ("gb18030", "meta")


def test_a_page_declared_gb2312_with_gbk_only_characters_still_reads() -> None:
    body = "镕基与珺、瑄"  # 镕 珺 瑄 are not in GB2312 but in GBK, as on many "gb2312" portals
    data = page('<meta charset="gb2312">', body).encode("gbk")
    assert body in decode_html(data).text


def test_utf8_bytes_win_over_a_gbk_declaration() -> None:
    """A page re-saved as UTF-8 that kept its old <meta charset=gb2312>: the bytes say UTF-8."""
    data = page('<meta charset="gb2312">').encode("utf-8")
    decoded = decode_html(data)
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.how) == ("utf-8", "sniffed")


def test_gbk_bytes_win_over_a_false_utf8_declaration() -> None:
    data = page('<meta charset="utf-8">').encode("gb18030")
    decoded = decode_html(data)
    assert TEXT in decoded.text
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize(("bom", "codec"), [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_a_byte_order_mark_wins_over_everything(bom: bytes, codec: str) -> None:
    data = bom + page('<meta charset="gbk">').encode(codec)
    decoded = decode_html(data)
    assert TEXT in decoded.text
    assert not decoded.text.startswith("\ufeff")
    assert decoded.how == "bom"


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_an_undeclared_page_is_sniffed(codec: str) -> None:
    decoded = decode_html(page("").encode(codec))
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.how) == (codec, "sniffed")


def test_broken_bytes_are_replaced_as_a_browser_does() -> None:
    data = page('<meta charset="utf-8">').encode("utf-8")
    cut = data.replace("引进".encode(), "引进".encode()[:-1])  # a character cut in half mid-page
    text = decode_html(cut).text
    assert "\ufffd" in text
    assert "吸引内资3.45亿元" in text


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
    (b"%PDF-1.7\n", "PDF"),
    (b"PK\x03\x04rest", "zip"),
    (b"<html>\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "binary"),
])
def test_binary_data_is_refused_with_a_clear_error(data: bytes, what: str) -> None:
    with pytest.raises(DecodeError, match=what):
        decode_html(data, source="x.html")


@given(st.text(alphabet=st.characters(codec="gb18030", exclude_categories=("Cs", "Cc")), max_size=200),
       st.sampled_from(["utf-8", "gb18030"]))
def test_any_text_comes_back_from_its_declared_page(text: str, codec: str) -> None:
    data = page(f'<meta charset="{codec}">', TEXT + text).encode(codec)
    assert TEXT + text in decode_html(data).text


@given(st.text(alphabet=st.characters(codec="gb18030", exclude_categories=("Cs", "Cc")), max_size=200))
def test_any_text_comes_back_from_an_undeclared_utf8_page(text: str) -> None:
    assert text in decode_html(page("", text).encode("utf-8")).text
