"""Reading PDFs: the text layer in order (two extractors), round trips, damaged and foreign files."""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given

import govdoc.testing
from govdoc.errors import FormatError, LimitError, OutputError
from govdoc.fonts import FontResolver, FontWarning
from govdoc.formats import pdf
from govdoc.limits import Limits
from govdoc.model import Report

from ..strategies import round_trip
from .helpers import elements, needs_fonts, pdfminer_text, printed, pypdf_text, squash

RESOLVER = FontResolver(packaged=())

# ------------------------------------------------------------------------------------ text layer


@pytest.mark.parametrize("extractor", ["pypdf", "pdfminer"])
def test_text_layer_holds_every_element_in_order(extractor: str, report: Report, pdf_bytes: bytes) -> None:
    text = "".join(pypdf_text(pdf_bytes)) if extractor == "pypdf" else pdfminer_text(pdf_bytes)
    assert "\x00" not in text and "(cid:" not in text
    flat = re.sub(r"—\d+—", "", squash(text))  # page numbers are furniture
    position = 0
    for element in elements(report):
        found = flat.find(squash(element), position)
        assert found >= 0, f"{extractor} lost {element!r}"
        position = found + len(squash(element))


def test_every_page_has_its_number(pdf_bytes: bytes) -> None:
    pages = pypdf_text(pdf_bytes)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"— {number} —" in text


def test_own_pdf_reads_back_exactly_from_the_embedded_report(report: Report, pdf_bytes: bytes) -> None:
    back = pdf.read_pdf(pdf_bytes)
    assert back == report and back.model_dump() == report.model_dump()
    assert pdf.embedded_report(pdf_bytes) == report


def test_the_text_layer_shows_what_the_layout_prints(report: Report, pdf_bytes: bytes) -> None:
    text = pdf.pdf_text(pdf_bytes)
    assert squash(text) == printed(report)  # page numbers are furniture; nothing else is dropped or added


def test_the_text_layer_path_reads_govdoc_pdfs_like_any_other(pdf_bytes: bytes) -> None:
    back = pdf.read_pdf(pdf_bytes, use_embedded=False)
    assert ("一、", "综合") in [(s.label, s.title) for _, s in back.walk()]
    assert "12345.67亿元" in [m.text for _, m in back.metrics()]


def test_an_edited_pdf_is_read_from_its_text_layer(pdf_bytes: bytes) -> None:
    """Changing the text changes the fingerprint of the text layer: the embedded Report is stale."""
    from govdoc.formats.pdf.embed import FINGERPRINT_KEY, StalePdfWarning

    at = pdf_bytes.index(f"/{FINGERPRINT_KEY} (".encode()) + len(FINGERPRINT_KEY) + 3
    digit = pdf_bytes[at:at + 1]
    edited = pdf_bytes[:at] + (b"0" if digit != b"0" else b"1") + pdf_bytes[at + 1:]
    with pytest.warns(StalePdfWarning, match="changed after govdoc wrote it"):
        back = pdf.read_pdf(edited)
    assert back != pdf.read_pdf(pdf_bytes) and ("一、", "综合") in [(s.label, s.title) for _, s in back.walk()]
    with pytest.warns(StalePdfWarning):
        assert pdf.embedded_report(edited) is None


def test_the_report_is_an_attachment_other_tools_see(report: Report, pdf_bytes: bytes) -> None:
    from pypdf import PdfReader

    attachments = PdfReader(io.BytesIO(pdf_bytes)).attachments
    assert list(attachments) == ["govdoc-report.json"]
    assert Report.model_validate_json(attachments["govdoc-report.json"][0]) == report


@round_trip
@given(govdoc.testing.reports())
def test_read_pdf_round_trip_property(generated: Report) -> None:
    """Every Report comes back exactly; characters no font has are drawn as 〓 but kept in the data."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FontWarning)
        data = pdf.to_bytes(generated, fonts=RESOLVER, style=pdf.PdfStyle(missing="replace"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a stale fingerprint would mean the text layer drifted
        back = pdf.read_pdf(data)
    assert back == generated
    assert back.model_dump() == generated.model_dump()


# ------------------------------------------------------------------------------- errors and output


def test_truncated_pdf_is_a_format_error(pdf_bytes: bytes) -> None:
    with pytest.raises(FormatError, match="truncated"):
        pdf.from_bytes(pdf_bytes[: len(pdf_bytes) // 2])


def test_damaged_pdf_is_a_format_error(pdf_bytes: bytes) -> None:
    damaged = pdf_bytes[:200] + b"\x00garbage" * 50 + pdf_bytes[-1000:]
    with pytest.raises(FormatError):
        pdf.pdf_text(damaged)
    with pytest.raises(FormatError):
        pdf.pdf_text(b"not a pdf at all")
    with pytest.raises(FormatError):
        pdf.read_pdf(b"")


def test_encrypted_pdf_is_a_format_error(pdf_bytes: bytes) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FormatError, match="encrypted"):
        pdf.read_pdf(out.getvalue())


def test_page_limits(report: Report, resolver: FontResolver, pdf_bytes: bytes) -> None:
    with pytest.raises(LimitError, match="max_pages"):
        pdf.to_bytes(report, fonts=resolver, style=pdf.PdfStyle(max_pages=1))
    with pytest.raises(LimitError):
        pdf.pdf_text(pdf_bytes, max_pages=1)


def test_a_text_layer_larger_than_the_parser_takes_is_refused(pdf_bytes: bytes) -> None:
    with pytest.raises(LimitError, match=r"parse\.max_bytes"):
        pdf.from_bytes(pdf_bytes, use_embedded=False, limits=Limits(parse_max_bytes=1000))
    assert pdf.from_bytes(pdf_bytes, use_embedded=False, limits=Limits(parse_max_bytes=10**6)).sections


def test_write_pdf_to_path_and_stream(report: Report, resolver: FontResolver, pdf_bytes: bytes,
                                      tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    pdf.write_pdf(report, target, fonts=resolver)
    assert target.read_bytes() == pdf_bytes
    with pytest.raises(OutputError):
        pdf.write_pdf(report, target, fonts=resolver)
    pdf.write_pdf(report, target, fonts=resolver, force=True)
    stream = io.BytesIO()
    pdf.write_pdf(report, stream, fonts=resolver)
    assert stream.getvalue() == pdf_bytes
    assert not list(tmp_path.glob(".*.part"))


@needs_fonts
def test_foreign_pdf_goes_through_the_parser(tmp_path: Path) -> None:
    """A PDF govdoc did not write: no layout note, blocks from indentation, page numbers dropped."""
    from reportlab.pdfgen import canvas

    face = FontResolver(packaged=()).resolve("国").chains["fangsong"][0].name
    path = tmp_path / "foreign.pdf"
    c = canvas.Canvas(str(path), pagesize=(595.28, 841.89))
    c.setFont(face, 16)
    rows = [(112, "一、经济发展"), (112, "引进企业139家，吸引内资3.45亿元，实到外资1619万美元，"),
            (80, "均取得大幅增长。"), (112, "二、社会事业"), (112, "新建养老助餐点3个。")]
    for i, (x, text) in enumerate(rows):
        c.drawString(x, 700 - 29 * i, text)
    c.setFont(face, 14)
    c.drawString(460, 60, "— 1 —")
    c.save()
    report = pdf.read_pdf(path)
    assert [s.title for s in report.sections] == ["经济发展", "社会事业"]
    joined = "引进企业139家，吸引内资3.45亿元，实到外资1619万美元，均取得大幅增长。"
    assert report.sections[0].paragraphs[0].text == joined
    assert [m.unit for _, m in report.metrics()][:2] == ["家", "元"]


def test_pdf_without_text_layer_is_a_format_error(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 300, fill=1)
    c.save()
    with pytest.raises(FormatError, match="no text layer"):
        pdf.read_pdf(path)


def test_damaged_bytes_raise_only_govdoc_errors(pdf_bytes: bytes) -> None:
    import random

    from govdoc.errors import GovdocError

    rng = random.Random(7)
    for _ in range(25):
        damaged = bytearray(pdf_bytes)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        with contextlib.suppress(GovdocError), warnings.catch_warnings():  # anything else fails the test
            warnings.simplefilter("ignore", pdf.StalePdfWarning)  # damage in the text: the report is stale
            pdf.read_pdf(bytes(damaged))


@needs_fonts
def test_cli_converts_text_to_pdf_and_back(tmp_path: Path) -> None:
    from govdoc.cli import main
    from govdoc.parsing import parse

    source = tmp_path / "report.txt"
    source.write_text("标题：经济运行情况\n\n一、总体情况\n\n\u3000\u3000全年引进企业139家。\n", encoding="utf-8")
    target = tmp_path / "report.pdf"
    assert main(["convert", "-t", "pdf", str(source), "-o", str(target)]) == 0
    assert pdf.read_pdf(target) == parse(source.read_bytes())


@needs_fonts
def test_running_heads_of_a_foreign_pdf_are_furniture(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    face = FontResolver(packaged=()).resolve("国").chains["fangsong"][0].name
    path = tmp_path / "foreign.pdf"
    c = canvas.Canvas(str(path), pagesize=(595.28, 841.89))
    for page in range(1, 4):
        c.setFont(face, 10)
        c.drawString(80, 800, "某某街道2023年工作报告")
        c.drawString(260, 40, f"第 {page} 页 共 3 页")
        c.setFont(face, 16)
        c.drawString(112, 700, f"第{page}页正文内容，引进企业{page}家。")
        c.showPage()
    c.save()
    text = pdf.pdf_text(path.read_bytes())
    assert "工作报告" not in text and "共 3 页" not in text and "共3页" not in text
    assert text.count("正文内容") == 3


def test_an_attachment_prints_its_label_on_a_line_of_its_own_and_reads_back() -> None:
    """GB/T 9704 (7.3.7): "附件2" at the top left, the attachment's title centred below it; the text layer
    reads back as that attachment, also after a body line that fills the column."""
    body = "　　我们做了很多工作" + "，扎实推进各项工作" * 6 + "。\n"
    text = f"工作报告\n一、总体情况\n{body}附件2\n2026年民生实事项目\n　　1.新建养老服务中心3个。\n"
    report = govdoc.parse(text.encode())
    assert [(s.label, s.title) for s in report.sections][-1] == ("附件2", "2026年民生实事项目")
    lines = [line.strip() for line in pdf.pdf_text(pdf.to_bytes(report)).splitlines()]
    assert lines[lines.index("附件2") + 1] == "2026年民生实事项目"
    back = pdf.read_pdf(pdf.to_bytes(report), use_embedded=False)
    assert [(s.label, s.title) for s in back.sections][-1] == ("附件2", "2026年民生实事项目")
