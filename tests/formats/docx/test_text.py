"""The visible text of any .docx: heading levels from styles and outline levels, tables, notes."""

from __future__ import annotations

import io
from decimal import Decimal

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from lxml import etree

import govdoc
from govdoc.formats import docx as gdocx
from govdoc.formats.docx.text import Styles, body_lines, lines_to_text
from govdoc.model import Report
from govdoc.testing import reports

from .helpers import FOREIGN, W

# ---- foreign files -------------------------------------------------------------------------------


def _foreign(how: str) -> bytes:
    document = docx.Document()
    if how == "chinese":
        for level in (1, 2):
            document.styles[f"Heading {level}"].name = f"标题 {level}"
    for level, text in FOREIGN:
        if level == "title":
            document.add_paragraph(text, style="Title" if how != "none" else None)
        elif level is None:
            document.add_paragraph(text)
        elif how == "english":
            document.add_paragraph(text, style=f"Heading {level}")
        elif how == "chinese":
            document.add_paragraph(text, style=f"标题 {level}")
        elif how == "outline":
            p = document.add_paragraph(text)
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            p._p.get_or_add_pPr().append(outline)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _lines(data: bytes) -> list[tuple[int | None, str]]:
    document = docx.Document(io.BytesIO(data))
    styles = Styles(document.styles.element)
    return [(line.level, line.text) for line in body_lines(document.element.body, styles)]


@pytest.mark.parametrize("how", ["english", "chinese", "outline"])
def test_foreign_heading_levels_are_found(how: str) -> None:
    lines = _lines(_foreign(how))
    assert [(level, text) for level, text in lines if level] == [
        (level, text) for level, text in FOREIGN if isinstance(level, int)]


def test_foreign_text_puts_headings_on_their_own_flush_left_lines() -> None:
    document = docx.Document(io.BytesIO(_foreign("none")))
    text = lines_to_text(body_lines(document.element.body, Styles(document.styles.element)))
    assert text.split("\n\n")[:2] == ["关于2023年工作情况的报告", "一、总体情况"]  # blocks apart
    assert [line for line in text.splitlines() if line] == [
        "关于2023年工作情况的报告", "一、总体情况",
        "\u3000\u3000今年以来，街道坚持稳中求进，引进企业139家。",
        "（一）经济发展", "\u3000\u3000全年吸引内资3.45亿元，比上年增长5.2%。", "（二）社会治理",
        "\u3000\u3000完成旧区改造项目12个，惠及居民3000余户。", "二、下一步打算",
        "\u3000\u3000继续做好各项工作，推动社区治理再上新台阶。"]


@pytest.mark.parametrize("how", ["english", "chinese", "outline", "none"])
def test_foreign_docx_goes_through_the_parser(how: str) -> None:
    report = gdocx.from_bytes(_foreign(how), source="foreign.docx")
    assert report.outline() == [(1, "一、", "总体情况"), (2, "（一）", "经济发展"), (2, "（二）", "社会治理"),
                                (1, "二、", "下一步打算")]
    assert report.meta.title == "关于2023年工作情况的报告"
    values = [m.value for _, m in report.metrics()]
    assert Decimal(139) in values and Decimal(345000000) in values


def _with_table_and_footnote() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for row, cells in zip(table.rows, (("索引号", "11310115MB2F13658N/2024-00012", "发布机构", "东明路街道"),
                                       ("公开类别", "主动公开", "发布时间", "2024-01-29")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("一、总体情况")
    p = document.add_paragraph("全年引进企业139家，同比增长5%。")
    # a footnote: python-docx has no API, so add the part and the reference by hand
    footnotes = etree.fromstring(
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>数据来源：区统计局。</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                etree.tostring(footnotes), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    p.add_run()._r.append(ref)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_tables_become_rows_and_footnotes_are_appended() -> None:
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract

    content = extract(open_document(_with_table_and_footnote(), None, gdocx._limits()), None)
    assert [line for line in content.text().splitlines() if line] == [
        "索引号 | 11310115MB2F13658N/2024-00012 | 发布机构 | 东明路街道",
        "公开类别 | 主动公开 | 发布时间 | 2024-01-29",
        "一、总体情况",
        "\u3000\u3000全年引进企业139家，同比增长5%。",
        "\u3000\u3000注1：数据来源：区统计局。",
    ]


def test_foreign_table_metadata_reaches_the_report() -> None:
    report = gdocx.from_bytes(_with_table_and_footnote())
    assert report.meta.index_number == "11310115MB2F13658N/2024-00012"
    assert report.meta.category == "主动公开"
    assert report.outline() == [(1, "一、", "总体情况")]


def test_visible_text_of_own_file_parses_like_a_foreign_one(written: bytes) -> None:
    report = gdocx.from_bytes(written, use_embedded=False)
    titles = [title for _, _, title in report.outline()]
    assert titles.index("经济发展") < titles.index("区域规划战略引领") < titles.index("营商环境")
    assert report.meta.index_number == "11310115MB2F13658N/2024-00012"  # the metadata table


def test_style_name_lookup_is_locale_independent() -> None:
    """Chinese Word stores heading styles with numeric IDs; the reader goes by name."""
    document = docx.Document()
    custom = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    custom.element.set(qn("w:styleId"), "1")
    document.add_paragraph("一、总体情况", style=custom)
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == [(1, "一、总体情况")]


# ---- robustness ------------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_visible_text_of_any_report_parses_without_surprises(report: Report) -> None:
    """The foreign path on govdoc's own output: a Report or a GovdocError, never anything else."""
    try:
        back = gdocx.from_bytes(gdocx.to_bytes(report), use_embedded=False)
    except govdoc.GovdocError:
        return
    assert isinstance(back, Report)


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


def test_paragraphs_without_a_style_take_the_default_style() -> None:
    document = docx.Document()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    document.styles["Normal"].element.get_or_add_pPr().append(outline)
    p = document.add_paragraph("（一）经济发展")
    assert p._p.pPr is None or p._p.pPr.find(qn("w:pStyle")) is None
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == [(2, "（一）经济发展")]
