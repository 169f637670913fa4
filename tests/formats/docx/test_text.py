"""Any .docx as the parser's typed lines: levels, indentation, blank paragraphs, bold, alignment,
pages, tables with merged cells and header rows, notes, and what the core properties declare."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from govdoc.formats import docx as gdocx
from govdoc.formats.docx.archive import open_document
from govdoc.formats.docx.read import declared
from govdoc.formats.docx.styles import Styles
from govdoc.formats.docx.text import body_lines, fingerprint
from govdoc.parsing.source import SourceCell, SourceLine

from .build import Grid, Para, Region, build, foreign_docx, read_lines
from .helpers import FOREIGN, W


def _save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xml_document(body: str, styles: str = "") -> bytes:
    """A python-docx document whose body is ``body`` (WordprocessingML) and with ``styles`` added."""
    document = docx.Document()
    element = document.element.body
    for child in etree.fromstring(f'<w:body xmlns:w="{W}">{body}</w:body>'):
        element.insert(len(element) - 1, child)  # before the final w:sectPr
    if styles:
        for style in etree.fromstring(f'<w:styles xmlns:w="{W}">{styles}</w:styles>'):
            document.styles.element.append(style)
    return _save(document)


# ---- heading levels ------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["english", "chinese", "outline"])
def test_heading_levels_and_the_title_come_from_styles_and_outline_levels(how: str) -> None:
    lines = read_lines(foreign_docx(how))
    assert [(line.level, line.text) for line in lines] == [
        (0 if level == "title" else level, text) for level, text in FOREIGN]


def test_style_name_lookup_is_locale_independent() -> None:
    """Chinese Word stores heading styles with numeric IDs; the reader goes by name."""
    document = docx.Document()
    custom = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    custom.element.set(qn("w:styleId"), "1")
    document.add_paragraph("一、总体情况", style=custom)
    assert [(line.level, line.style, line.text) for line in read_lines(_save(document))] == [
        (1, "标题 1", "一、总体情况")]


def test_paragraphs_without_a_style_take_the_default_style() -> None:
    document = docx.Document()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    document.styles["Normal"].element.get_or_add_pPr().append(outline)
    p = document.add_paragraph("（一）经济发展")
    assert p._p.pPr is None or p._p.pPr.find(qn("w:pStyle")) is None
    assert [(line.level, line.style) for line in read_lines(_save(document))] == [(2, "Normal")]


def test_body_text_outline_level_cancels_a_heading_style_but_not_the_title() -> None:
    lines = read_lines(build(Para("标题", style="Title", outline=9), Para("一、总体", style="Heading 1", outline=9),
                             Para("二、下一步", outline=0)))
    assert [line.level for line in lines] == [0, None, 1]


def test_levels_are_inherited_through_based_on_but_the_title_is_not() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="我的标题"/>'
        '<w:basedOn w:val="Heading2"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="文件名"/>'
        '<w:basedOn w:val="Title"/></w:style>'
    )
    body = ('<w:p><w:pPr><w:pStyle w:val="MyHead"/></w:pPr><w:r><w:t>（一）经济</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pStyle w:val="MyTitle"/></w:pPr><w:r><w:t>某某报告</w:t></w:r></w:p>')
    assert [(line.level, line.style) for line in read_lines(_xml_document(body, styles))] == [
        (2, "我的标题"), (None, "文件名")]


# ---- indentation, blank paragraphs, bold, alignment ------------------------------------------------


@pytest.mark.parametrize(("ind", "text", "expected"), [
    ('<w:ind w:firstLineChars="200"/>', "正文", 4),
    ('<w:ind w:firstLine="640" w:firstLineChars="200"/>', "正文", 4),
    ('<w:ind w:firstLine="420"/>', "正文", 4),  # 420 twips at 10.5 pt (the default size) is two characters
    ('<w:ind w:left="420" w:firstLine="420"/>', "正文", 8),
    ('<w:ind w:left="420" w:hanging="420"/>', "正文", 0),
    ("", "\u3000\u3000正文", 4),  # typed ideographic spaces count as raw text counts them
    ('<w:ind w:firstLineChars="100"/>', "\u3000正文", 4),
])
def test_indent_counts_half_width_columns(ind: str, text: str, expected: int) -> None:
    body = f'<w:p><w:pPr>{ind}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    (line,) = read_lines(_xml_document(body))
    assert (line.indent, line.text) == (expected, text)


def test_indent_of_the_style_chain_and_the_paragraph_overriding_it() -> None:
    document = docx.Document()
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLineChars"), "200")
    document.styles["Normal"].element.get_or_add_pPr().append(ind)
    document.add_paragraph("继承的首行缩进")
    p = document.add_paragraph("顶格")
    own = OxmlElement("w:ind")
    own.set(qn("w:firstLineChars"), "0")
    p._p.get_or_add_pPr().append(own)
    assert [line.indent for line in read_lines(_save(document))] == [4, 0]


def test_blank_paragraphs_are_counted_and_a_page_break_is_no_blank() -> None:
    body = ('<w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p/><w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p>'
            '<w:p><w:r><w:t>乙</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p>'
            '<w:p><w:r><w:t>丙</w:t></w:r></w:p>')
    assert [(line.text, line.blank_before, line.page, line.origin) for line in read_lines(_xml_document(body))] == [
        ("甲", 0, 1, 1), ("乙", 2, 1, 4), ("丙", 0, 2, 6)]


def test_bold_is_the_bold_of_the_paragraph_opening() -> None:
    styles = ('<w:style w:type="character" w:styleId="Strong2"><w:name w:val="加粗"/><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="BoldPara"><w:name w:val="粗体段落"/>'
              '<w:rPr><w:b/></w:rPr></w:style>')
    body = (
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（一）标题。</w:t></w:r><w:r><w:t>正文</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>加粗</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:rStyle w:val="Strong2"/></w:rPr><w:t>字符样式</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="BoldPara"/></w:pPr><w:r><w:t>段落样式</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="BoldPara"/></w:pPr>'
        '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>取消</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>空格之后</w:t></w:r></w:p>'
    )
    assert [line.bold for line in read_lines(_xml_document(body, styles))] == [True, False, True, True, False, True]


@pytest.mark.parametrize(("jc", "expected"), [("center", "center"), ("both", "justify"), ("distribute", "justify"),
                                              ("right", "right"), ("end", "right"), ("left", "left"),
                                              ("start", "left"), (None, None)])
def test_alignment(jc: str | None, expected: str | None) -> None:
    (line,) = read_lines(build(Para("某某文字", jc=jc)))
    assert line.align == expected


def test_alignment_of_the_style_chain() -> None:
    document = docx.Document()
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    document.styles["Title"].element.get_or_add_pPr().append(jc)
    document.add_paragraph("居中的标题", style="Title")
    assert read_lines(_save(document))[0].align == "center"


# ---- pages -------------------------------------------------------------------------------------------


def test_pages_from_breaks_and_page_break_before() -> None:
    lines = read_lines(build(Para("第一页", break_after=True), Para("第二页"), Para("第三页", page_break_before=True),
                             Para("第四页", break_before=True)))
    assert [(line.text, line.page) for line in lines] == [("第一页", 1), ("第二页", 2), ("第三页", 3), ("第四页", 4)]


def test_page_break_before_on_the_first_paragraph_starts_no_page() -> None:
    (line,) = read_lines(build(Para("第一页", page_break_before=True)))
    assert line.page == 1


@pytest.mark.parametrize(("kind", "page"), [("nextPage", 2), ("oddPage", 2), ("continuous", 1), (None, 2)])
def test_section_breaks(kind: str | None, page: int) -> None:
    following = f'<w:type w:val="{kind}"/>' if kind else ""
    document = docx.Document()
    body = document.element.body
    final = body.find(qn("w:sectPr"))
    if following:
        final.insert(0, etree.fromstring(f'<w:type xmlns:w="{W}" w:val="{kind}"/>'))
    first = document.add_paragraph("第一节")
    first._p.get_or_add_pPr().append(OxmlElement("w:sectPr"))
    document.add_paragraph("第二节")
    assert [line.page for line in read_lines(_save(document))] == [1, page]


# ---- tables --------------------------------------------------------------------------------------


def test_merged_cells_become_colspan_and_rowspan() -> None:
    grid = Grid(3, 3, [Region(0, 0, rows=2), Region(1, 1, cols=2)],
                {(0, 0): "指标", (0, 1): "2023年", (0, 2): "2024年", (1, 1): "产值", (2, 0): "工业", (2, 1): "12",
                 (2, 2): "15"}, header_rows=1)
    lines = read_lines(build(Para("表1 主要指标"), grid))
    assert lines[0].cells is None
    rows = lines[1:]
    assert [line.cells for line in rows] == [
        (SourceCell("指标", 1, 2), SourceCell("2023年"), SourceCell("2024年")),
        (SourceCell("产值", 2, 1),),
        (SourceCell("工业"), SourceCell("12"), SourceCell("15")),
    ]
    assert [line.header for line in rows] == [True, False, False]
    assert {line.table for line in rows} == {1}
    assert rows[0].text == "指标 | 2023年 | 2024年"


def test_tables_are_numbered_in_order_and_empty_rows_dropped() -> None:
    first = Grid(2, 2, texts={(0, 0): "甲", (0, 1): "乙"})
    second = Grid(2, 2, texts={(0, 0): "丙", (1, 1): "丁"})
    lines = read_lines(build(first, Para("之间"), second))
    assert [(line.text, line.table) for line in lines] == [("甲 | 乙", 1), ("之间", None), ("丙 | ", 2), (" | 丁", 2)]


@pytest.mark.parametrize(("grid", "header"), [
    (Grid(3, 2, texts={(0, 0): "地区", (0, 1): "人口", (1, 0): "甲县", (1, 1): "12.5", (2, 0): "乙县",
                       (2, 1): "8"}), True),  # labels over figures
    (Grid(2, 2, texts={(0, 0): "项目", (0, 1): "说明", (1, 0): "甲", (1, 1): "乙"}, bold_rows=frozenset({0})),
     True),  # bold over plain
    (Grid(2, 4, texts={(0, 0): "索引号", (0, 1): "11310115MB2F13658N/2024-00012", (0, 2): "发布机构",
                       (0, 3): "东明路街道", (1, 0): "公开类别", (1, 1): "主动公开", (1, 2): "发布时间",
                       (1, 3): "2024-01-29"}), False),  # a metadata table has no header row
    (Grid(2, 2, texts={(0, 0): "项目", (0, 1): "说明", (1, 0): "甲", (1, 1): "乙"}), False),
])
def test_a_first_row_that_is_plainly_a_header(grid: Grid, header: bool) -> None:
    lines = read_lines(build(grid))
    assert [line.header for line in lines] == [header] + [False] * (len(lines) - 1)


def test_a_one_column_table_is_read_as_its_paragraphs() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].text = "一、总体情况"
    table.cell(0, 0).add_paragraph("框内的正文。")
    assert [(line.text, line.cells) for line in read_lines(_save(document))] == [
        ("一、总体情况", None), ("框内的正文。", None)]


def test_a_cell_s_paragraphs_and_nested_table_are_its_text() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].text = "规模以上工业"
    table.cell(0, 0).add_paragraph("增加值")
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "A"
    inner.cell(0, 1).text = "B"
    (line,) = read_lines(_save(document))
    assert line.cells == (SourceCell("规模以上工业增加值"), SourceCell("A | B"))


def test_govdoc_figure_appendix_and_toc_are_skipped(written: bytes) -> None:
    texts = [line.text for line in read_lines(written)]
    assert "目录" not in texts
    assert not any(text.startswith("指标 | ") for text in texts)


# ---- notes and declared metadata ------------------------------------------------------------------


def _with_footnote() -> bytes:
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    p = document.add_paragraph("全年引进企业139家，同比增长5%。")
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
    return _save(document)


def test_footnotes_follow_the_body() -> None:
    lines = read_lines(_with_footnote())
    assert [(line.text, line.origin) for line in lines] == [
        ("一、总体情况", 1), ("全年引进企业139家，同比增长5%。", 2), ("注1：数据来源：区统计局。", 3)]


def _declared(document: docx.document.Document) -> dict[str, str]:
    return declared(open_document(_save(document), None, gdocx._limits()))


def test_core_properties_are_declared() -> None:
    document = docx.Document()
    document.core_properties.title = "Microsoft Word - 2023年工作报告.doc"
    document.core_properties.author = "东明路街道办事处"
    document.core_properties.created = dt.datetime(2024, 1, 29, 9, 30)
    assert _declared(document) == {"title": "2023年工作报告", "issuer": "东明路街道办事处", "date": "2024-01-29"}


def test_a_user_name_and_a_template_title_are_not_declared() -> None:
    document = docx.Document()
    document.core_properties.title = "Word Document"
    document.core_properties.author = "Administrator"
    assert _declared(document) == {}  # nor is the creation date of python-docx's template (2013-12-23 23:15)


def test_a_creation_date_of_its_own_is_declared_beside_the_template_s() -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2013, 12, 23, 23, 16)
    assert _declared(document) == {"date": "2013-12-23"}


# ---- round trip of the description of a body --------------------------------------------------------

_TEXT = st.text(st.sampled_from("一二三四五经济社会发展工作报告，。、（）0123456789%年月日"), min_size=1, max_size=30)
_PARAS = st.builds(
    Para, text=_TEXT,
    style=st.sampled_from([None, "Heading 1", "Heading 2", "Heading 3", "Title", "Caption"]),
    first_chars=st.sampled_from([0.0, 1.0, 2.0, 2.5, 4.0]), bold=st.sampled_from([None, True, False]),
    jc=st.sampled_from([None, "center", "both", "right", "left"]), blanks=st.integers(0, 2),
    break_before=st.booleans(), break_after=st.booleans(), page_break_before=st.booleans(),
    outline=st.sampled_from([None, None, 0, 3, 9]),
)
# python-docx's template: (level, stored name, bold) of each style the strategy uses
_STYLES = {None: (None, "Normal", False), "Heading 1": (1, "heading 1", True), "Heading 2": (2, "heading 2", True),
           "Heading 3": (3, "heading 3", True), "Title": (0, "Title", False), "Caption": (None, "caption", True)}
_JC = {"center": "center", "both": "justify", "right": "right", "left": "left"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PARAS, min_size=1, max_size=8))
def test_any_body_reads_back_as_it_was_described(paras: list[Para]) -> None:
    lines = read_lines(build(*paras))
    assert len(lines) == len(paras)
    page, origin = 1, 0
    for index, (line, para) in enumerate(zip(lines, paras, strict=True)):
        origin += para.blanks + 1
        page += (para.page_break_before and origin > 1) + para.break_before
        level, name, bold = _STYLES[para.style]
        if para.outline is not None:
            level = para.outline + 1 if para.outline < 9 else (0 if level == 0 else None)
        assert line == SourceLine(
            text=para.text, origin=origin, indent=round(2 * para.first_chars), blank_before=para.blanks,
            level=level, style=name, bold=bold if para.bold is None else para.bold, align=_JC.get(para.jc or ""),
            page=page), index
        page += para.break_after


@st.composite
def grids(draw: st.DrawFn) -> Grid:
    rows, cols = draw(st.integers(2, 5)), draw(st.integers(2, 5))
    taken: set[tuple[int, int]] = set()
    regions = []
    for _ in range(draw(st.integers(0, 4))):
        row, col = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        height, width = draw(st.integers(1, rows - row)), draw(st.integers(1, cols - col))
        cells = {(row + i, col + j) for i in range(height) for j in range(width)}
        if cells & taken or len(cells) == 1:
            continue
        taken |= cells
        regions.append(Region(row, col, height, width))
    starts = {(r.row, r.col) for r in regions} | {(i, j) for i in range(rows) for j in range(cols)
                                                  if (i, j) not in taken}
    texts = {key: draw(st.text(st.sampled_from("甲乙丙丁戊己庚辛壬癸"), min_size=1, max_size=4)) for key in starts}
    return Grid(rows, cols, regions, texts, header_rows=draw(st.integers(0, 1)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids())
def test_any_grid_reads_back_with_its_spans(grid: Grid) -> None:
    """Every row holds the regions that start in it, left to right, with their spans; a row that
    starts no region (all its cells merged from above) is no row, and spans count only rows. A grid
    whose every row is one cell is a frame around paragraphs."""
    spans = {(r.row, r.col): r for r in grid.regions}
    starts = {(i, j) for i, j in grid.texts}
    lines = read_lines(build(grid))
    if all(spans.get((i, 0), Region(i, 0)).cols == grid.cols or any(r.row < i < r.row + r.rows and r.cols == grid.cols
                                                                     for r in grid.regions)
           for i in range(grid.rows)):
        assert [(line.text, line.cells) for line in lines] == [(grid.texts[key], None) for key in sorted(starts)]
        return
    kept = [i for i in range(grid.rows) if any(row == i for row, _ in starts)]
    expected = []
    for i in kept:
        cells = []
        for j in range(grid.cols):
            if (i, j) not in starts:
                continue
            region = spans.get((i, j), Region(i, j))
            rowspan = sum(1 for k in kept if i <= k < i + region.rows)
            cells.append(SourceCell(grid.texts[(i, j)], region.cols, rowspan))
        expected.append(tuple(cells))
    assert [line.cells for line in lines] == expected
    assert [line.header for line in lines] == [i < grid.header_rows for i in kept]


def test_fingerprint_changes_with_the_text_and_the_levels() -> None:
    lines = [SourceLine("一、总体", 1, level=1), SourceLine("正文。", 2)]
    assert fingerprint(lines) == fingerprint([SourceLine("一、总体", 7, level=1, bold=True), SourceLine("正文。", 9)])
    assert fingerprint(lines) != fingerprint([SourceLine("一、总体", 1, level=2), SourceLine("正文。", 2)])
    assert fingerprint(lines) != fingerprint([SourceLine("一、总体", 1, level=1), SourceLine("正文！", 2)])


def test_body_lines_of_a_bare_body() -> None:
    document = docx.Document(io.BytesIO(build(Para("一、总体", style="Heading 1"), Para("正文。"))))
    lines = list(body_lines(document.element.body, Styles(document.styles.element)))
    assert [(line.level, line.text) for line in lines] == [(1, "一、总体"), (None, "正文。")]
