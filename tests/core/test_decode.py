"""Stage 1, decode: every supported encoding back to the same text; binary data refused clearly."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc import DecodeError
from govdoc.parsing.decode import decode

TEXT = "金山区石化街道2023年工作总结\n一、主要工作\n全年新增就业岗位1860个，帮扶困难家庭215户。\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("gb18030"),
    TEXT.encode("gbk"),
    TEXT.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-32"),
    TEXT.encode("utf-16-le"),  # without BOM
    TEXT.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16", "utf16le-bom", "utf16be-bom", "utf32", "utf16le", "utf16be"])
def test_supported_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode(data) == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_and_almost_no_ascii(encoding: str) -> None:
    text = "社区治理精细化，居民生活品质化。" * 30
    assert decode(text.encode(encoding)) == text


def test_gb18030_only_characters() -> None:
    text = "㐀龘𠀀社区，营商环境。"  # outside GBK: four-byte GB18030 sequences
    assert decode(text.encode("gb18030")) == text


def test_the_bom_is_not_part_of_the_text() -> None:
    assert not decode(codecs.BOM_UTF8 + "一、".encode()).startswith("\ufeff")
    assert decode(b"") == ""


@pytest.mark.parametrize(("data", "words"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    (b"PK\x03\x04" + bytes(100), "zip"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"\xff\xd8\xff\xe0" + bytes(50), "JPEG"),
    (b"\x7fELF\x02\x01\x01" + bytes(50), "executable"),
    (bytes(range(256)) * 8, "not UTF-8"),
    (b"\x00\x01\x02\x03\x04\x05" * 50, "binary"),
    ("正文".encode() + b"\x00\x00\x00\x00" + "正文".encode(), "binary"),
])
def test_binary_data_is_a_clear_decode_error(data: bytes, words: str) -> None:
    with pytest.raises(DecodeError, match=words) as info:
        decode(data, source="scan.txt")
    assert info.value.source == "scan.txt"
    assert str(info.value).startswith("scan.txt: ")


def test_invalid_bytes_after_a_bom_are_named() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc")


def test_parse_raises_decode_error_for_binary() -> None:
    with pytest.raises(DecodeError):
        govdoc.parse(b"\x89PNG\r\n\x1a\n" + bytes(64), source="photo.txt")


def test_parse_of_each_encoding_gives_the_same_report() -> None:
    reference = govdoc.parse(TEXT)
    for encoding in ("utf-8-sig", "gb18030", "utf-16", "utf-16-le"):
        assert govdoc.parse(TEXT.encode(encoding)) == reference


_CHARS = st.sampled_from([*"社区治理服务建设推进完善居民党建，。、；：“”（）１２", *"abcxyzABC0123456789 .,:%\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, min_size=1, max_size=120).map("".join))
def test_gb18030_text_is_never_mistaken_for_utf16(text: str) -> None:
    assert decode(text.encode("gb18030")) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(_CHARS, min_size=1, max_size=120).map("".join), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_encodings_round_trip(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text
