"""The text layer as PDFium gives it: characters, lines, spaces, hyphens, bold, document
information, attachments, limits; and the same characters as pdfminer.six on govdoc's PDFs."""

from __future__ import annotations

import io
import warnings
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from reportlab.pdfbase import pdfmetrics

import govdoc.testing
from govdoc.errors import FormatError, LimitError
from govdoc.fonts import FontResolver, FontWarning
from govdoc.formats import pdf
from govdoc.formats.pdf.textlayer import read_text_layer

from .helpers import needs_fonts

pytestmark = needs_fonts
RESOLVER = FontResolver(packaged=())


def face(role: str) -> str:
    return str(RESOLVER.resolve("国").chains[role][0].name)


def drawn(draw: Callable[[Any], None], *, pages: int = 1, **info: str) -> bytes:
    """A PDF whose every page reportlab draws with ``draw(canvas)``."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, 842.0))
    for key, value in info.items():
        getattr(c, f"set{key}")(value)
    for _ in range(pages):
        c.setFont(face("fangsong"), 16)
        draw(c)
        c.showPage()
    c.save()
    return buffer.getvalue()


def texts(data: bytes) -> list[tuple[str, bool]]:
    return [(line.text, line.bold) for line in read_text_layer(data, max_pages=99).lines]


def test_lines_by_baseline_with_position_size_and_page() -> None:
    def draw(c: Any) -> None:
        c.drawString(120, 700, "第二段")  # drawn first, printed lower
        c.drawString(100, 729, "第一段")
        c.setFont(face("fangsong"), 22)
        c.drawString(150, 760, "标题")

    lines = read_text_layer(drawn(draw, pages=2), max_pages=9).lines
    assert [(line.text, line.x0, line.y, line.size, line.page) for line in lines] == [
        ("标题", 150, 760, 22, 1), ("第一段", 100, 729, 16, 1), ("第二段", 120, 700, 16, 1),
        ("标题", 150, 760, 22, 2), ("第一段", 100, 729, 16, 2), ("第二段", 120, 700, 16, 2)]
    assert lines[0].x1 == pytest.approx(150 + 2 * 22, abs=0.5)


def test_a_typed_space_is_kept_gaps_of_layout_are_not() -> None:
    def draw(c: Any) -> None:
        c.drawString(100, 700, "治理 构建")
        text = c.beginText(100, 650)
        text.setFont(face("fangsong"), 16)
        text.setCharSpace(16)  # letter-spaced: a character's width between characters
        text.textLine("字间距加宽")
        c.drawText(text)
        c.drawString(100, 600, "公开类别")
        c.drawString(300, 600, "主动公开")  # a table's columns

    assert [text for text, _ in texts(drawn(draw))] == ["治理 构建", "字间距加宽", "公开类别主动公开"]


def test_a_gap_a_word_processor_leaves_for_a_space_is_one_space() -> None:
    """LibreOffice draws no glyph for most spaces: the next characters are moved on in the same run
    (a TJ adjustment) and PDFium infers the space at the end of the gap; some spaces it also draws,
    before the line's text, at the start of the gap (PDFium lists them after the line)."""
    hello, world, space = (pdfmetrics.stringWidth(word, "Helvetica", 16) for word in ("Hello", "World", " "))

    def draw(c: Any) -> None:
        text = c.beginText(100, 700)
        text.setFont("Helvetica", 16)
        text._code.append("[(Hello)-600(World)] TJ")  # the gap: 0.6 of the font size
        c.drawText(text)
        spaces = c.beginText(100 + hello, 650)  # one run of spaces, one at each gap
        spaces.setFont("Helvetica", 16)
        spaces._code.append(f"[( )-{(9.6 + world - space) / 16 * 1000:.0f}( )] TJ")
        c.drawText(spaces)
        text = c.beginText(100, 650)
        text.setFont("Helvetica", 16)
        text._code.append("[(Hello)-600(World)-600(Again)] TJ")
        c.drawText(text)

    assert [text for text, _ in texts(drawn(draw))] == ["Hello World", "Hello World Again"]


def test_a_hyphen_ending_a_line_stays() -> None:
    def draw(c: Any) -> None:
        c.drawString(100, 700, "4月22日-")
        c.drawString(100, 671, "24日召开")

    assert [text for text, _ in texts(drawn(draw))] == ["4月22日-", "24日召开"]


def test_bold_by_font_name_by_stroke_and_by_doubled_glyphs() -> None:
    def draw(c: Any) -> None:
        c.setFont(face("heiti"), 16)
        c.drawString(100, 750, "一、黑体标题")
        c.setFont(face("fangsong"), 16)
        c.drawString(100, 700, "正文仿宋")
        c.drawString(100, 650, "2020年经济")
        c.drawString(100.3, 650, "2020年经济")  # the line drawn twice, shifted a little
        for i, ch in enumerate("加粗标题"):  # every character drawn twice
            c.drawString(100 + 16 * i, 600, ch)
            c.drawString(100.5 + 16 * i, 600, ch)
        c.saveState()
        text = c.beginText(100, 550)
        text.setFont(face("fangsong"), 16)
        text.setTextRenderMode(2)  # filled and stroked: Word's emulated bold
        text.textLine("描边加粗")
        c.drawText(text)
        c.restoreState()
        c.drawString(100, 500, "其后正文")

    assert texts(drawn(draw)) == [("一、黑体标题", True), ("正文仿宋", False), ("2020年经济", True),
                                  ("加粗标题", True), ("描边加粗", True), ("其后正文", False)]


def test_document_information_and_attachments(pdf_bytes: bytes) -> None:
    layer = read_text_layer(drawn(lambda c: c.drawString(100, 700, "正文"), Title="某某报告", Author="某某局"),
                            max_pages=9)
    assert (layer.info["Title"], layer.info["Author"], layer.attachments, layer.pages) == ("某某报告", "某某局", [], 1)
    assert read_text_layer(pdf_bytes, max_pages=99).attachments == ["govdoc-report.json"]


def test_the_page_limit_is_checked_before_any_page_is_read() -> None:
    data = drawn(lambda c: c.drawString(100, 700, "正文"), pages=3)
    assert read_text_layer(data, max_pages=3).pages == 3
    with pytest.raises(LimitError, match=r"3 pages, more than 2 \(pdf.max_pages\)"):
        read_text_layer(data, max_pages=2)


def test_a_pdf_encrypted_without_a_user_password_is_refused() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(drawn(lambda c: c.drawString(100, 700, "正文")))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FormatError, match="encrypted"):
        read_text_layer(out.getvalue(), max_pages=9)


def test_threads_read_at_once() -> None:
    data = drawn(lambda c: c.drawString(100, 700, "各线程读到同样的文字"), pages=5)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: texts(data), range(16)))
    assert all(result == results[0] for result in results) and len(results[0]) == 5


def _pdfminer_pages(data: bytes) -> dict[int, Counter[str]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    pages: dict[int, Counter[str]] = {}
    for number, page in enumerate(extract_pages(io.BytesIO(data)), start=1):
        found: Counter[str] = Counter()
        stack: list[Any] = [page]
        while stack:
            for child in stack.pop():
                if isinstance(child, LTChar):
                    found.update(ch for ch in child.get_text() if not ch.isspace())
                elif isinstance(child, LTContainer):
                    stack.append(child)
        pages[number] = found
    return pages


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(govdoc.testing.reports())
def test_the_same_characters_as_pdfminer_on_every_page(report: govdoc.Report) -> None:
    """The switch from pdfminer.six: on govdoc's PDFs of any Report, each page holds the same characters."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FontWarning)
        data = pdf.to_bytes(report, fonts=RESOLVER, style=pdf.PdfStyle(missing="replace"))
    ours: dict[int, Counter[str]] = {}
    for line in read_text_layer(data, max_pages=999).lines:
        ours.setdefault(line.page, Counter()).update(ch for ch in line.text if not ch.isspace())
    theirs = {page: chars for page, chars in _pdfminer_pages(data).items() if chars}
    assert ours == theirs


def test_the_typed_lines_of_a_drawn_report() -> None:
    """A report as a word processor draws it, through the text layer to typed lines: a centred title in
    fake bold, headings in 黑体 indented like the body, paragraphs wrapped at the column's edge, a
    signature set right, a running head and page numbers on every page (dropped)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from govdoc.formats.pdf.read import extract

    left, right, top, pitch = 100.0, 100.0 + 28 * 16, 720.0, 29.0
    title = "关于2023年工作情况的报告"
    pages: list[list[tuple[str, str, float, float, float]]] = [  # text, face, size, x, y
        [(title, "fangsong", 22, (left + right - stringWidth(title, face("fangsong"), 22)) / 2, top),
         ("一、总体情况", "heiti", 16, left + 32, top - 2 * pitch),
         ("正" * 26, "fangsong", 16, left + 32, top - 3 * pitch), ("文" * 28, "fangsong", 16, left, top - 4 * pitch),
         ("末" * 5 + "。", "fangsong", 16, left, top - 5 * pitch)],
        [("二、下一步打算", "heiti", 16, left + 32, top), ("继" * 26, "fangsong", 16, left + 32, top - pitch),
         ("续" * 3 + "。", "fangsong", 16, left, top - 2 * pitch)],
        [("某某区人民政府", "fangsong", 16, right - 7 * 16, top)],
    ]
    number = iter(range(1, 4))

    def draw(c: Any) -> None:
        page = next(number)
        c.setFont(face("fangsong"), 10)
        c.drawString(left, 800, "某某区2023年工作报告")  # running head
        c.setFont(face("fangsong"), 14)
        c.drawCentredString((left + right) / 2, 40, f"— {page} —")
        for text, role, size, x, y in pages[page - 1]:
            c.setFont(face(role), size)
            c.drawString(x, y, text)
            if size == 22:
                c.drawString(x + 0.4, y, text)  # fake bold: the title drawn twice

    got = extract(drawn(draw, pages=3), max_pages=9).source_lines()
    assert [(s.text, s.bold, s.align, s.page) for s in got] == [
        (title, True, "center", 1), ("一、总体情况", True, None, 1),
        ("正" * 26 + "文" * 28 + "末" * 5 + "。", False, None, 1),
        ("二、下一步打算", True, None, 2), ("继" * 26 + "续" * 3 + "。", False, None, 2),
        ("某某区人民政府", False, "right", 3)]
    assert [(s.indent, s.blank_before) for s in got[1:5]] == [(4, 1), (4, 0), (4, 0), (4, 0)]
