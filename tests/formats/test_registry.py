"""The format registry: each format recognised by its content, the extension breaking ties, govdoc.read."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdoc
from govdoc import GovdocError, Report
from govdoc.formats import (
    FORMATS,
    HEAD_BYTES,
    Format,
    detect_format,
    get_format,
    input_extensions,
    read_any,
    sniff_docx,
    sniff_json,
    sniff_pdf,
    sniff_xml,
)
from govdoc.testing import reports

NAMES = (None, "report", "report.txt", "report.json", "report.xml", "report.docx", "report.pdf", "report.bin")
FAST = ("text", "json", "xml", "docx")  # PDF is typeset with real fonts: checked on fewer examples below


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(), fmt=st.sampled_from(FAST), name=st.sampled_from(NAMES))
def test_every_written_format_is_recognised_whatever_its_name(report: Report, fmt: str, name: str | None) -> None:
    data = FORMATS[fmt].writer(report)
    detected = detect_format(data, name).name
    assert detected == fmt  # govdoc's canonical text has a signature of its own: its front matter


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(), name=st.sampled_from(NAMES))
def test_plain_text_has_no_signature_and_its_name_is_believed(report: Report, name: str | None) -> None:
    data = govdoc.write_text(report, style="plain").encode("utf-8")
    expected = get_format(Path(name).suffix).name if name and Path(name).suffix not in ("", ".bin") else "text"
    assert detect_format(data, name).name == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(), fmt=st.sampled_from(("json", "xml", "docx")))
def test_read_any_reads_structured_formats_without_a_name(report: Report, fmt: str) -> None:
    assert read_any(FORMATS[fmt].writer(report), source="download") == report


@pytest.mark.filterwarnings("ignore:no font covers")
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(max_depth=2))
def test_a_pdf_is_recognised_without_its_name(report: Report) -> None:
    from govdoc.formats.pdf import PdfStyle, to_bytes

    assert detect_format(to_bytes(report, style=PdfStyle(missing="replace")), "download").name == "pdf"


def test_json_without_a_json_name_is_read_as_json_not_as_a_heading() -> None:
    report = govdoc.parse("一、经济发展\n全年完成税收收入18.6亿元。\n")
    data = FORMATS["json"].writer(report)
    for name in (None, "report", "report.txt"):
        read = read_any(data, source=name)
        assert read == report
        assert all(not s.title.startswith("{") for _, s in read.walk())


@pytest.mark.parametrize("prefix", [codecs.BOM_UTF8, b" \r\n\t"])
def test_structured_text_after_a_bom_or_blank_lines(prefix: bytes) -> None:
    report = govdoc.parse("一、经济发展\n全年完成税收收入18.6亿元。\n")
    for fmt in ("json", "xml"):
        assert detect_format(prefix + FORMATS[fmt].writer(report)).name == fmt


def test_utf16_json_is_json() -> None:
    data = json.dumps({"meta": {}}).encode("utf-16")  # with its BOM
    assert sniff_json(data) and detect_format(data).name == "json"


@pytest.mark.parametrize(("head", "expected"), [
    (b'{"meta": {}}', True), (b"{\n  }", True), (b"{", True), (b"  {\"a\"", True),
    ("{一、经济发展}".encode(), False), (b"[1, 2]", False), ("一、{“数据”}".encode(), False), (b"", False),
])
def test_sniff_json(head: bytes, expected: bool) -> None:
    assert sniff_json(head) is expected


@pytest.mark.parametrize(("head", "expected"), [
    (b'<?xml version="1.0"?><report xmlns="urn:govdoc:report:1">', True),
    (b"<report>", True),
    (b"<!-- written by govdoc --><gd:report xmlns:gd='urn:govdoc:report:1'>", True),
    (b'<?xml version="1.0"?><catalog>', True),  # XML, though not govdoc's: the XML reader says what is wrong
    (b'<?xml version="1.0"?><!DOCTYPE html><html>', False),  # XHTML is a web page
    (b"<html><body>", False),
    (b"<div>", False),
    (b"<?xml version='1.0'?><!-- a comment that the head cuts", True),
    ("<p>一、经济发展</p>".encode(), False),
    ("一、经济发展".encode(), False),
])
def test_sniff_xml(head: bytes, expected: bool) -> None:
    assert sniff_xml(head) is expected


def test_binary_signatures() -> None:
    assert sniff_pdf(b"%PDF-1.7\n") and sniff_pdf(b"\x00junk%PDF-1.4") and not sniff_pdf(b"PDF report")
    assert sniff_docx(b"PK\x03\x04\x14\x00") and not sniff_docx(b"PK report")


def test_sniffers_are_linear_on_long_heads() -> None:
    """A head of repeated openers is scanned once (the hostile regex test covers module patterns)."""
    for head in (b"<!--" * 20_000, b"<?" * 20_000, b"<!" * 20_000, b"{" + b" " * 100_000, b"<" + b"a" * 100_000):
        for sniff in (sniff_json, sniff_xml, sniff_pdf, sniff_docx):
            sniff(head)


def test_binary_signatures_come_before_structured_text() -> None:
    data = b"%PDF-1.7\n" + b'{"meta": {}}'  # a JSON sniffer shown this head would not claim it anyway,
    assert detect_format(data, "x.json").name == "pdf"  # and the extension does not overrule a signature


def test_damaged_files_are_read_by_their_extension(tmp_path: Path) -> None:
    """Data that no sniffer claims goes to the reader its extension names, whose error is the clear one."""
    assert detect_format(b"not a zip", "report.docx").name == "docx"
    with pytest.raises(govdoc.FormatError):
        read_any(b"not a zip at all", source="report.docx")
    assert detect_format(b"not a zip", "report.bin").name == "text"


def test_the_extension_breaks_a_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    twin = Format("twin", ".twin", "govdoc.formats.json", binary=False, sniff="govdoc.formats:sniff_json")
    monkeypatch.setitem(FORMATS, "twin", twin)
    data = b'{"meta": {}}'
    assert detect_format(data, "x.twin") is twin  # the sniffer named as "module:function" was loaded
    assert detect_format(data, "x.json").name == "json"
    assert detect_format(data, "x.txt").name == "json"  # no claimant named: the first in the table
    assert detect_format(data).name == "json"


def test_a_sniffer_sees_only_the_head() -> None:
    seen: list[int] = []

    def sniff(head: bytes) -> bool:
        seen.append(len(head))
        return False

    fmt = Format("probe", ".probe", "govdoc.formats.text", binary=False, sniff=sniff)
    assert not fmt.recognises(b"x" * 10)
    FORMATS["probe"] = fmt
    try:
        detect_format(b"x" * (HEAD_BYTES * 3))
    finally:
        del FORMATS["probe"]
    assert seen == [10, HEAD_BYTES]


def test_get_format_by_name_and_extension() -> None:
    assert get_format("txt").name == get_format(".TXT").name == get_format("text").name == "text"
    assert get_format(".text").name == "text" and get_format(".htm").name == "html"
    with pytest.raises(GovdocError, match="unknown format"):
        get_format("yaml")
    assert set(input_extensions()) >= {".txt", ".json", ".xml", ".docx", ".pdf", ".html", ".htm"}


# ------------------------------------------------------------------------------------ govdoc.read


@pytest.fixture
def report() -> Report:
    return govdoc.parse("华泾镇2024年工作总结\n一、经济发展\n全年完成税收收入18.6亿元，同比增长4.5%。\n")


@pytest.mark.parametrize("fmt", ["text", "json", "xml", "docx"])
def test_read_takes_a_path_a_str_a_stream_or_bytes(fmt: str, report: Report, tmp_path: Path) -> None:
    path = tmp_path / "download"  # no extension: the content decides
    path.write_bytes(FORMATS[fmt].writer(report))
    for argument in (path, str(path)):
        read = govdoc.read(argument)
        assert read == report
        if fmt == "text":  # govdoc's own formats keep the source they were written with
            assert read.meta.source == "download"
    with path.open("rb") as stream:
        assert govdoc.read(stream) == report
    assert govdoc.read(path.read_bytes(), source="x") == report


def test_read_of_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(GovdocError, match="cannot read") as info:
        govdoc.read(tmp_path / "missing.docx")
    assert info.value.source is not None and "missing.docx" in info.value.source


def test_read_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "scan.docx"
    path.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(govdoc.FormatError) as info:
        govdoc.read(path)
    assert info.value.source == "scan.docx"


def test_read_of_a_stream_without_a_name() -> None:
    report = govdoc.read(io.BytesIO("一、经济发展\n税收18.6亿元。\n".encode()))
    assert report.sections[0].title == "经济发展" and report.meta.source is None
