"""The PDF writer: page geometry and grid, page numbers, bookmarks, document info, determinism."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govdoc.conventions import heading_text
from govdoc.fonts import FontResolver
from govdoc.formats import pdf
from govdoc.formats.pdf.layout import NO_END, NO_START
from govdoc.model import Meta, Paragraph, Report, Section

from .helpers import HAVE_CJK_FONTS, MM, bbox_pages, needs_fonts, needs_poppler, printed, pypdf_text, squash

# ------------------------------------------------------------------------------ geometry (poppler)



@needs_poppler
def test_page_size_margins_and_grid(pdf_path: Path) -> None:
    pages = bbox_pages(pdf_path)
    left, right, top, bottom = 28 * MM, 184 * MM, 37 * MM, 262 * MM
    full_pages = 0
    for width, height, lines in pages:
        assert (round(width, 2), round(height, 2)) == (595.28, 841.89)
        body = [line for line in lines if not re.fullmatch(r"—\d+—", line[4])]
        for x0, y0, x1, y1, text in body:
            assert x0 >= left - 0.1 and x1 <= right + 0.1, text
            assert y0 >= top - 0.1 and y1 <= bottom + 0.1, text
        full_pages += len(body) == 22
    assert full_pages >= 1


@needs_fonts
def test_lines_sit_on_the_grid(pdf_bytes: bytes) -> None:
    lines, _ = pdf.extract_lines(pdf_bytes)
    body = [line for line in lines if line.size == 16 and not pdf.PAGE_NUMBER.match(line.text)]
    pitch = 225 * MM / 22  # 28.99 pt = 10.23 mm
    for a, b in itertools.pairwise(body):
        if a.page == b.page:
            steps = (a.y - b.y) / pitch
            assert abs(steps - round(steps)) < 0.01 and round(steps) >= 1


@needs_poppler
def test_justified_lines_fill_the_type_area(pdf_path: Path) -> None:
    lines = [line for _, _, page in bbox_pages(pdf_path) for line in page]
    checked = 0
    for line, following in itertools.pairwise(lines):
        # a body line followed by a continuation line (flush left at 28 mm) is justified to 184 mm
        continuation = abs(following[0] - 28 * MM) < 0.1 and following[2] - following[0] > 100
        if (continuation and abs(line[0] - 28 * MM) < 0.1) or (continuation and abs(line[0] - 39.14 * MM) < 0.1):
            assert abs(line[2] / MM - 184.0) < 0.1, line
            checked += 1
    assert checked > 20


@needs_poppler
def test_no_forbidden_line_starts_or_ends(pdf_path: Path) -> None:
    for _, _, lines in bbox_pages(pdf_path):
        for *_, text in lines:
            if re.fullmatch(r"—\d+—", text):
                continue
            assert text[:1] not in NO_START, text
            assert text[-1:] not in NO_END, text


@needs_poppler
def test_page_numbers_alternate_sides(pdf_path: Path) -> None:
    for number, (_, _, lines) in enumerate(bbox_pages(pdf_path), start=1):
        x0, y0, x1, _, _ = next(line for line in lines if line[4] == f"—{number}—")
        assert abs(y0 / MM - 269.0) < 1.0  # the dash line's top 7 mm below the type area
        if number % 2:
            assert abs(x1 / MM - (184 - 14 / MM)) < 0.2  # odd: right, one 4号 character in
        else:
            assert abs(x0 / MM - (28 + 14 / MM)) < 0.2  # even: left, one 4号 character in


@needs_fonts
def test_title_lines_are_balanced(pdf_bytes: bytes) -> None:
    lines, _ = pdf.extract_lines(pdf_bytes)
    title = [line for line in lines if line.size > 20]
    assert len(title) == 2 and abs((title[0].x1 - title[0].x0) - (title[1].x1 - title[1].x0)) <= 22


# ---------------------------------------------------------------------------- bookmarks, metadata


def test_bookmarks_for_every_section(report: Report, pdf_bytes: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))

    def flatten(outline: list[object], level: int) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for entry in outline:
            if isinstance(entry, list):
                out += flatten(entry, level + 1)
            else:
                out.append((level, entry.title))  # type: ignore[attr-defined]
        return out

    assert flatten(reader.outline, 1) == [(level, heading_text(s.label, s.title)) for level, s in report.walk()]


def test_document_info(pdf_bytes: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "关于2024年度全市国民经济和社会发展的统计公报"
    assert meta.author == "某某市统计局"
    assert "综合" in (meta.get("/Keywords") or "")
    assert meta.creation_date is not None and meta.creation_date.date() == dt.date(2025, 3, 15)
    assert reader.trailer["/Root"].get("/Lang") == "zh-CN"


def test_output_is_deterministic(report: Report, resolver: FontResolver, pdf_bytes: bytes) -> None:
    assert pdf.to_bytes(report, fonts=resolver) == pdf_bytes
    code = ("import sys, hashlib; sys.path.insert(0, '.'); from tests.formats.pdf.helpers import sample_report; "
            "from govdoc.fonts import FontResolver; from govdoc.formats.pdf import to_bytes; "
            "print(hashlib.sha256(to_bytes(sample_report(), fonts=FontResolver(packaged=()))).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[3]).stdout.strip()
    assert out == hashlib.sha256(pdf_bytes).hexdigest()


def test_toc_and_figures_are_furniture(report: Report, resolver: FontResolver) -> None:
    if not HAVE_CJK_FONTS:
        pytest.skip("no Chinese system fonts")
    data = pdf.to_bytes(report, fonts=resolver, style=pdf.PdfStyle(toc=True, figures=True))
    text = squash("".join(pypdf_text(data)))
    assert "目录" in text and "图表目录" in text and "表1主要经济指标" in text
    shown, title = squash(pdf.pdf_text(data)), report.meta.title or ""
    assert shown.startswith(title) and shown.endswith(printed(report)[len(title):])  # the lists follow the title
    assert pdf.read_pdf(data) == report


def test_style_from_a_word_style_object() -> None:
    from types import SimpleNamespace

    word = SimpleNamespace(margin_top_mm=30.0, size_body_pt=14.0, chars_per_line=30, lines_per_page=None,
                           page_number_outer=False)
    style = pdf.PdfStyle.from_style(word, toc=True)
    assert abs(style.margin_top - 30 * MM) < 1e-9 and style.body_size == 14.0 and style.chars_per_line == 30
    assert style.lines_per_page == 22 and style.toc and not style.page_number_outer


@needs_fonts
def test_heading_is_kept_with_the_next_line(resolver: FontResolver) -> None:
    filler = Paragraph(text="国" * (26 + 20 * 28))  # exactly 21 lines: the heading would be line 22
    report = Report(preamble=[filler], sections=[
        Section(label="一、", number=1, title="经济发展", paragraphs=[Paragraph(text="国" * 100)])])
    lines, _ = pdf.extract_lines(pdf.to_bytes(report, fonts=resolver))
    body = [line for line in lines if not pdf.PAGE_NUMBER.match(line.text)]
    heading = next(line for line in body if line.text == "一、经济发展")
    assert heading.page == 2 and [line.page for line in body].count(1) == 21


def _line_fonts(data: bytes) -> dict[str, str]:
    """Every text line of a PDF with the font of its first character (the subset prefix removed)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    out: dict[str, str] = {}
    for page in extract_pages(io.BytesIO(data)):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if isinstance(line, LTTextLine):
                    chars = [c for c in line if isinstance(c, LTChar)]
                    if chars:
                        out["".join(c.get_text() for c in chars).strip()] = chars[0].fontname.split("+")[-1]
    return out


@pytest.mark.parametrize("part", [True, False], ids=["under-a-part", "top-level"])
def test_heading_fonts_follow_the_label_family_not_the_depth(resolver: FontResolver, part: bool) -> None:
    if not HAVE_CJK_FONTS:
        pytest.skip("no Chinese system fonts")
    deepest = Section(label="（1）", number=1, title="制造业", paragraphs=[Paragraph(text="回暖。")])
    tree = Section(label="一、", number=1, title="经济发展", children=[
        Section(label="（一）", number=1, title="招商", children=[Section(label="1.", number=1, title="工业",
                                                                         children=[deepest])])])
    top = [Section(label="第一部分", number=1, title="回顾", kind="part", children=[tree])] if part else [tree]
    fontset = resolver.resolve("一二三四五六七八九十、（）.1234567890经济发展招商工业制造业回暖。第部分回顾— ")
    fonts = _line_fonts(pdf.to_bytes(Report(sections=top), fonts=fontset))
    assert fonts["一、经济发展"] != fonts["（一）招商"]  # 黑体 and 楷体 differ whatever the depth
    assert fonts["1.工业"] == fonts["（1）制造业"] == fonts["回暖。"]  # 仿宋, the body face


def test_full_width_punctuation_in_the_text_layer(resolver: FontResolver) -> None:
    if not HAVE_CJK_FONTS:
        pytest.skip("no Chinese system fonts")
    report = Report(sections=[Section(label="(一)", number=1, title="经济发展",
                                      paragraphs=[Paragraph(text="增长5.2%,比上年(含新增)多3,000人:好")])])
    shown = squash(pdf.pdf_text(pdf.to_bytes(report, fonts=resolver)))
    assert "（一）经济发展" in shown and "增长5.2%，比上年（含新增）多3,000人：好" in shown
    as_is = squash(pdf.pdf_text(pdf.to_bytes(report, fonts=resolver, style=pdf.PdfStyle(punctuation="as-is"))))
    assert "(一)经济发展" in as_is and "增长5.2%,比上年(含新增)多3,000人:好" in as_is


def test_nothing_printed_twice_and_no_date_without_one(resolver: FontResolver) -> None:
    if not HAVE_CJK_FONTS:
        pytest.skip("no Chinese system fonts")
    from pypdf import PdfReader

    report = Report(meta=Meta(title="社区晨报", publication="社区晨报", issue="第42期", authors=["记者 武钢"],
                              subtitle="——副题"),
                    sections=[Section(title="养老服务见实效", kind="article", byline="记者 武钢",
                                      paragraphs=[Paragraph(text="社区食堂开业。")])])
    data = pdf.to_bytes(report, fonts=resolver)
    shown = squash(pdf.pdf_text(data))
    assert shown.count("记者武钢") == 1 and shown.count("社区晨报") == 1 and "——副题" in shown
    info = PdfReader(io.BytesIO(data)).metadata
    assert info is not None and "/CreationDate" not in info and "/ModDate" not in info
