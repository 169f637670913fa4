"""Hostile .docx files: zip bombs, lying sizes, traversal, damage; only GovdocErrors escape."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.errors import FormatError, LimitError
from govdoc.formats import docx as gdocx
from govdoc.limits import Limits
from govdoc.model import Paragraph, Report, Section

from .helpers import W

# ---- hostile input -------------------------------------------------------------------------------


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return out.getvalue()


def _members(written: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(written)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_zip_bomb_is_refused_before_unpacking(written: bytes) -> None:
    members = _members(written)
    members["word/media/bomb.xml"] = b"\x00" * (50 * 2**20)  # 50 MiB that packs to ~50 KiB
    with pytest.raises(LimitError, match=r"docx\.max_ratio"):
        gdocx.from_bytes(_zip(members))


def test_oversized_members_are_refused(written: bytes) -> None:
    with pytest.raises(LimitError, match=r"docx\.max_uncompressed \(1000\)"):
        gdocx.from_bytes(written, limits=Limits(docx_max_uncompressed=1000))


def test_a_text_larger_than_the_parser_takes_is_refused(written: bytes) -> None:
    """The parse.max_bytes limit bounds the text a foreign file hands the parser, as for raw text."""
    with pytest.raises(LimitError, match=r"parse\.max_bytes"):
        gdocx.from_bytes(written, use_embedded=False, limits=Limits(parse_max_bytes=100))
    assert gdocx.from_bytes(written, limits=Limits(parse_max_bytes=100)).sections  # the embedded Report


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text("一、总体情况\n全年引进企业139家。\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not a zip"):
        gdocx.read_docx(path)
    with pytest.raises(FormatError, match=r"legacy \.doc"):
        gdocx.from_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)


def test_zip_without_main_document(written: bytes) -> None:
    members = _members(written)
    del members["word/document.xml"]
    with pytest.raises(FormatError, match=r"main document part word/document\.xml is missing"):
        gdocx.from_bytes(_zip(members))
    with pytest.raises(FormatError, match=r"\[Content_Types\]"):
        gdocx.from_bytes(_zip({"hello.txt": b"hi"}))


def test_path_traversal_member(written: bytes) -> None:
    members = _members(written)
    members["../../etc/evil.xml"] = b"<x/>"
    with pytest.raises(FormatError, match="unsafe member name"):
        gdocx.from_bytes(_zip(members))
    members = _members(written)
    members["/abs.xml"] = b"<x/>"
    with pytest.raises(FormatError, match="unsafe member name"):
        gdocx.from_bytes(_zip(members))


def test_broken_xml_and_wrong_package_are_format_errors(written: bytes) -> None:
    members = _members(written)
    members["word/document.xml"] = b"<w:document><unclosed>"
    with pytest.raises(FormatError):
        gdocx.from_bytes(_zip(members))
    members = _members(written)
    members["word/document.xml"] = (f'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p>'
                                    "</w:body></w:document>").encode()
    try:
        report = gdocx.from_bytes(_zip(members), use_embedded=False)
    except FormatError:
        pass
    else:
        assert "root:" not in str(report.model_dump())


_SMALL: list[bytes] = []


def small_docx() -> bytes:
    if not _SMALL:
        paragraph = Paragraph(text="全年引进企业139家，同比增长5%。")
        _SMALL.append(gdocx.to_bytes(Report(sections=[Section(label="一、", number=1, title="总体情况",
                                                              paragraphs=[paragraph])])))
    return _SMALL[0]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_damaged_files_raise_only_govdoc_errors(data: st.DataObject) -> None:
    """Flip, cut and overwrite bytes anywhere in a valid .docx: FormatError/LimitError or a Report."""
    blob = bytearray(small_docx())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(blob) - 1))
        blob[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        blob = blob[: data.draw(st.integers(0, len(blob)))]
    try:
        result = gdocx.from_bytes(bytes(blob))
    except govdoc.GovdocError:
        return
    assert isinstance(result, Report)


def test_member_that_understates_its_size_is_never_inflated_in_full(written: bytes) -> None:
    """A zip bomb with a lying header: word/document.xml declares 1,000 bytes (with the CRC of those
    bytes) but inflates to 64 MiB. zipfile's own read() inflates all of it before cutting (141 MiB measured)."""
    import struct
    import tracemalloc
    import zlib

    members = _members(written)
    members["word/document.xml"] = members["word/document.xml"] + b"<!--" + b"A" * (64 * 2**20) + b"-->"
    data = bytearray(_zip(members))
    declared = members["word/document.xml"][:1000]
    at = data.find(b"PK\x01\x02")
    while at != -1:  # patch the central directory entry, which is what zipfile trusts
        length = struct.unpack("<H", data[at + 28:at + 30])[0]
        if data[at + 46:at + 46 + length] == b"word/document.xml":
            struct.pack_into("<I", data, at + 16, zlib.crc32(declared))
            struct.pack_into("<I", data, at + 24, len(declared))
        at = data.find(b"PK\x01\x02", at + 4)
    tracemalloc.start()
    try:
        with pytest.raises(FormatError):
            gdocx.from_bytes(bytes(data))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20, f"{peak / 2**20:.0f} MiB allocated"


def test_pictures_are_not_unpacked_and_do_not_disturb_reading(tmp_path: Path) -> None:
    import base64

    png = tmp_path / "dot.png"
    png.write_bytes(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_picture(str(png), width=docx.shared.Mm(20))
    document.add_paragraph("全年引进企业139家，同比增长5%，吸引内资3.45亿元。")
    buffer = io.BytesIO()
    document.save(buffer)
    report = gdocx.from_bytes(buffer.getvalue())
    assert report.outline() == [(1, "一、", "总体情况")]
    assert [p.text for _, p in report.paragraphs()] == ["全年引进企业139家，同比增长5%，吸引内资3.45亿元。"]
