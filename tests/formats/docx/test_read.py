"""Reading a .docx: govdoc's own (the embedded Report, and what an edit after writing does to it),
and anyone else's through the parser."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from hypothesis import HealthCheck, given, settings

import govdoc
from govdoc.errors import SchemaError
from govdoc.formats import docx as gdocx
from govdoc.formats.docx.read import StaleDocxWarning
from govdoc.model import Report
from govdoc.testing import reports

from .build import Grid, Para, build, foreign_docx
from .libreoffice_files import styled_docx

SEED = Path(__file__).resolve().parents[3] / "seeds" / "003_c9a0b06722f75ec0.txt"

# ---- stale embedded data -------------------------------------------------------------------------


def _edit_body(data: bytes, old: str, new: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "word/document.xml":
                assert old.encode() in blob
                blob = blob.replace(old.encode(), new.encode())
            dst.writestr(info, blob)
    return out.getvalue()


def test_edited_text_makes_the_embedded_report_stale(written: bytes) -> None:
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract, restore

    edited = _edit_body(written, "经济发展</w:t>", "经济社会发展</w:t>")
    content = extract(open_document(edited, None, gdocx._limits()), None)
    with pytest.warns(StaleDocxWarning):
        assert restore(content, None) is None


def test_edited_file_is_read_from_its_visible_text(written: bytes) -> None:
    edited = _edit_body(written, "经济发展</w:t>", "经济社会发展</w:t>")
    with pytest.warns(StaleDocxWarning):
        report = gdocx.from_bytes(edited)
    assert "经济社会发展" in [s.title for _, s in report.walk()]


def test_tampered_embedded_report_is_a_schema_error(written: bytes) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(written)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if b"urn:govdoc:docx:1" in blob and info.filename.startswith("customXml/item"):
                blob = blob.replace(b'"number":1', b'"number":7', 1)
            dst.writestr(info, blob)
    with pytest.raises(SchemaError):
        gdocx.from_bytes(out.getvalue())


# ---- anyone's .docx through the parser -----------------------------------------------------------


@pytest.mark.parametrize("how", ["english", "chinese", "outline", "none"])
def test_foreign_docx_goes_through_the_parser(how: str) -> None:
    report = gdocx.from_bytes(foreign_docx(how), source="foreign.docx")
    assert report.outline() == [(1, "一、", "总体情况"), (2, "（一）", "经济发展"), (2, "（二）", "社会治理"),
                                (1, "二、", "下一步打算")]
    assert report.meta.title == "关于2023年工作情况的报告"
    values = [m.value for _, m in report.metrics()]
    assert Decimal(139) in values and Decimal(345000000) in values


def _with_metadata_table() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for row, cells in zip(table.rows, (("索引号", "11310115MB2F13658N/2024-00012", "发布机构", "东明路街道"),
                                       ("公开类别", "主动公开", "发布时间", "2024-01-29")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("一、总体情况")
    document.add_paragraph("全年引进企业139家，同比增长5%。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_foreign_table_metadata_reaches_the_report() -> None:
    report = gdocx.from_bytes(_with_metadata_table())
    assert report.meta.index_number == "11310115MB2F13658N/2024-00012"
    assert report.meta.category == "主动公开"
    assert report.outline() == [(1, "一、", "总体情况")]


def test_run_in_headings_of_a_word_file_with_an_indented_body() -> None:
    """python-docx's file with Word's styles as it is (body and run-in headings indented two
    characters) gives the outline of the report's text."""
    report = govdoc.parse(SEED.read_bytes(), source=SEED.name)
    assert gdocx.from_bytes(styled_docx(report)).outline() == report.outline()


def test_a_bulletin_s_table_stays_a_table() -> None:
    """A statistical bulletin's table (rows of cells) is a Table of the Report, not lines of text."""
    grid = Grid(4, 3, texts={(0, 0): "指标", (0, 1): "绝对数", (0, 2): "比上年增长（%）",
                             (1, 0): "地区生产总值（亿元）", (1, 1): "1234.5", (1, 2): "5.2",
                             (2, 0): "第一产业", (2, 1): "123.4", (2, 2): "3.1",
                             (3, 0): "第二产业", (3, 1): "456.7", (3, 2): "6.0"})
    back = gdocx.from_bytes(build(Para("一、综合"), Para("表1 2023年主要指标"), grid, Para("注：绝对数按现价计算。")))
    [(_, table)] = list(back.tables())
    assert [cell.text for cell in table.header[0]] == ["指标", "绝对数", "比上年增长（%）"]
    assert [cell.text for cell in table.rows[0]] == ["地区生产总值（亿元）", "1234.5", "5.2"]
    assert back.outline() == [(1, "一、", "综合")]


def test_unlabelled_headings_take_their_style_level() -> None:
    """Headings without numbering labels take the depth their Word style declares."""
    data = build(Para("某某区2023年工作总结", style="Title"), Para("工作回顾", style="Heading 1"),
                 Para("经济发展", style="Heading 2"), Para("全年引进企业139家。"),
                 Para("社会事业", style="Heading 2"), Para("新建养老助餐点3个。"),
                 Para("下一步打算", style="Heading 1"), Para("继续做好各项工作。"))
    back = gdocx.from_bytes(data)
    assert back.meta.title == "某某区2023年工作总结"
    assert back.outline() == [(1, None, "工作回顾"), (2, None, "经济发展"), (2, None, "社会事业"),
                              (1, None, "下一步打算")]


def test_declared_date_fills_what_the_text_does_not_print() -> None:
    document = docx.Document(io.BytesIO(foreign_docx("english")))
    document.core_properties.created = dt.datetime(2024, 1, 29, 8, 0)
    buffer = io.BytesIO()
    document.save(buffer)
    assert gdocx.from_bytes(buffer.getvalue()).meta.date == dt.date(2024, 1, 29)


def test_visible_text_of_own_file_parses_like_a_foreign_one(written: bytes) -> None:
    back = gdocx.from_bytes(written, use_embedded=False)
    titles = [title for _, _, title in back.outline()]
    assert titles.index("经济发展") < titles.index("区域规划战略引领") < titles.index("营商环境")
    assert back.meta.index_number == "11310115MB2F13658N/2024-00012"  # the metadata lines


def test_caption_style_marks_a_caption_for_the_parser() -> None:
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("全年引进企业139家，同比增长5%，吸引内资3.45亿元。")
    document.add_paragraph("2019年区域化党建联建工作推进会议现场", style="Caption")
    buffer = io.BytesIO()
    document.save(buffer)
    report = gdocx.from_bytes(buffer.getvalue())
    kinds = [(p.kind, p.text) for _, p in report.paragraphs()]
    assert ("caption", "2019年区域化党建联建工作推进会议现场") in kinds


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_visible_text_of_any_report_parses_without_surprises(report: Report) -> None:
    """The foreign path on govdoc's own output: a Report or a GovdocError, never anything else."""
    try:
        back = gdocx.from_bytes(gdocx.to_bytes(report), use_embedded=False)
    except govdoc.GovdocError:
        return
    assert isinstance(back, Report)


def test_a_paragraph_ending_open_is_not_joined_to_the_next() -> None:
    """Word paragraphs are whole: one that ends with a comma or a figure stays apart."""
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("全年完成固定资产投资12.5亿元，比上年增长5%，")
    document.add_paragraph("其中工业投资3.4亿元")
    buffer = io.BytesIO()
    document.save(buffer)
    back = gdocx.from_bytes(buffer.getvalue())
    assert [p.text for p in back.sections[0].paragraphs] == ["全年完成固定资产投资12.5亿元，比上年增长5%，",
                                                           "其中工业投资3.4亿元"]


def test_an_attachment_prints_its_label_on_a_line_of_its_own_and_reads_back() -> None:
    """GB/T 9704 (7.3.7): "附件2" in 黑体 at the top left, the attachment's title centred below it."""
    report = govdoc.parse("工作报告\n一、总体情况\n　　我们做了很多工作。\n附件2\n2026年民生实事项目\n"
                          "　　1.新建养老服务中心3个。\n".encode())
    assert [(s.label, s.title) for s in report.sections][-1] == ("附件2", "2026年民生实事项目")
    document = docx.Document(io.BytesIO(gdocx.to_bytes(report)))
    texts = [(p.text, p.style.name if p.style is not None else None, p.alignment) for p in document.paragraphs]
    at = next(i for i, (text, _, _) in enumerate(texts) if text == "附件2")
    assert texts[at + 1][0] == "2026年民生实事项目" and texts[at + 1][2] == WD_ALIGN_PARAGRAPH.CENTER
    back = gdocx.from_bytes(gdocx.to_bytes(report), use_embedded=False)
    assert [(s.label, s.title) for s in back.sections][-1] == ("附件2", "2026年民生实事项目")


# ---- web pages saved as Word, and Word files that set the title as a heading ------------------------


def test_the_first_heading_of_a_file_without_a_title_style_is_its_title() -> None:
    """A title set in Heading 1 over sections in Heading 2 (as a page's <h1> over its <h2>s saves): the title."""
    data = build(Para("首页 > 统计公报"), Para("某市2025年国民经济和社会发展统计公报", style="Heading 1"),
                 Para("工作回顾", style="Heading 2"), Para("全年地区生产总值1234.5亿元，增长5.2%。"),
                 Para("下一步打算", style="Heading 2"), Para("继续做好各项工作。"))
    back = gdocx.from_bytes(data)
    assert back.meta.title == "某市2025年国民经济和社会发展统计公报"
    assert back.outline() == [(1, None, "工作回顾"), (1, None, "下一步打算")]


def test_a_heading_above_the_title_heading_is_the_page_s_navigation() -> None:
    """A menu's heading (<h3> over the site's links) above the page's <h1> heads nothing of the document."""
    data = build(Para("省直单位", style="Heading 3"), Para("首页"), Para("数据解读"),
                 Para("某市2025年统计公报", style="Heading 1"), Para("一、综合", bold=True),
                 Para("全年地区生产总值1234.5亿元，增长5.2%。"), Para("二、农业", bold=True),
                 Para("全年粮食总产量50.1万吨。"))
    back = gdocx.from_bytes(data)
    assert back.meta.title == "某市2025年统计公报"
    assert all(title != "省直单位" for _, _, title in back.outline())


@pytest.mark.parametrize("items", [
    # two unnumbered headings at the top: sections, the first of them no title
    [Para("工作回顾", style="Heading 1"), Para("全年完成投资12.5亿元。"), Para("下一步打算", style="Heading 1"),
     Para("继续做好各项工作。")],
    # a numbered heading is a section
    [Para("一、工作回顾", style="Heading 1"), Para("全年完成投资12.5亿元。"), Para("二、打算", style="Heading 2"),
     Para("继续做好各项工作。")],
    # the text starts above the heading
    [Para("根据工作安排，现将有关情况报告如下。"), Para("工作回顾", style="Heading 1"), Para("全年完成投资12.5亿元。")],
], ids=["two-unnumbered", "numbered", "text-above"])
def test_a_heading_that_is_a_section_stays_one(items: list[Para]) -> None:
    back = gdocx.from_bytes(build(*items))
    headings = [p.text for p in items if p.style == "Heading 1"]
    assert [title for _, _, title in back.outline() if title in headings or f"一、{title}" in headings] != []
    assert back.meta.title not in headings


def test_an_internal_link_to_no_part_does_not_stop_the_file_being_read() -> None:
    """LibreOffice saves a page's href="#" as an internal hyperlink to a part that is not there; Word opens the
    file, and so does the reader (python-docx alone fails: "There is no item named 'word/#'")."""
    document = docx.Document()
    paragraph = document.add_paragraph("一、总体情况")
    document.add_paragraph("全年完成投资12.5亿元。")
    rid = document.part.relate_to("https://example.org/", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK,
                                  is_external=True)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(b'Target="https://example.org/" TargetMode="External"', b'Target="#"')
                assert b'Target="#"' in blob
            dst.writestr(info, blob)
    with pytest.raises(KeyError):
        docx.Document(io.BytesIO(out.getvalue()))
    back = gdocx.from_bytes(out.getvalue())
    assert paragraph.text and back.outline() == [(1, "一、", "总体情况")]
    assert rid


def test_an_attachment_note_and_its_list_are_text() -> None:
    """The note of a report's attachments ("附件：1.…分配计划表" over "2.…调整情况表"), each title a Word paragraph
    of its own, is text: no heading, no caption."""
    data = build(Para("关于2025年某市本级预算调整方案的报告", style="Title"), Para("一、调整情况", bold=True),
                 Para("全年调增一般公共预算支出3.4亿元。", first_chars=2),
                 Para("专此报告，请予审查批准。", first_chars=2),
                 Para("附件：1.2025年某市地方政府新增债务限额分配计划表", first_chars=2, blanks=1),
                 Para("2.2025年某市再融资债券发行规模上限分配计划表", first_chars=2),
                 Para("3.2025年某市本级一般公共预算调整情况表", first_chars=2))
    back = gdocx.from_bytes(data)
    assert back.outline() == [(1, "一、", "调整情况")]
    texts = [(p.kind, p.text) for p in back.sections[0].paragraphs]
    assert texts[-3:] == [("text", "附件：1.2025年某市地方政府新增债务限额分配计划表"),
                          ("text", "2.2025年某市再融资债券发行规模上限分配计划表"),
                          ("text", "3.2025年某市本级一般公共预算调整情况表")]
