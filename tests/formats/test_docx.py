"""Word output and input: the XML govdoc writes, exact read-back, foreign files, hostile files."""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

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

import govdoc
from govdoc.errors import FormatError, LimitError, OutputError, SchemaError
from govdoc.formats import docx as gdocx
from govdoc.formats._docx_read import StaleDocxWarning
from govdoc.formats._docx_text import Styles, body_lines, lines_to_text
from govdoc.model import GlossaryTerm, Meta, Metric, Paragraph, Report, Section
from govdoc.testing import reports

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def sample_report() -> Report:
    """A small report using every block kind: meta, preamble, sections, run-in, article, glossary."""
    text = "全年引进企业139家，吸引内资3.45亿元。"
    a, b = text.index("139家"), text.index("3.45亿元")
    metrics = [
        Metric(text="139家", start=a, end=a + 4, value=Decimal(139), unit="家", indicator="引进企业"),
        Metric(text="3.45亿元", start=b, end=b + 6, value=Decimal(345000000), unit="元", kind="money",
               currency="CNY"),
    ]
    return Report(
        meta=Meta(title="东明路街道2023年工作报告", subtitle="东明路街道办事处",
                  issuer="东明路街道办事处",
                  date=dt.date(2024, 1, 29), doc_number="浦东明〔2024〕3号", category="主动公开",
                  index_number="11310115MB2F13658N/2024-00012", authors=["记者 武钢"]),
        preamble=[Paragraph(text="各居委会、各科室：", kind="salutation"),
                  Paragraph(text="现将2023年工作报告印发给你们。")],
        sections=[
            Section(label="一、", number=1, title="经济发展",
                    paragraphs=[Paragraph(text=text, metrics=metrics)],
                    children=[
                        Section(label="（一）", number=1, title="区域规划战略引领", run_in=True,
                                paragraphs=[Paragraph(text="立足资源禀赋，统筹推进建设布局。")],
                                children=[Section(label="1.", number=1, title="工业",
                                                  paragraphs=[Paragraph(text="规模以上工业稳步增长。")],
                                                  children=[Section(
                                                      label="（1）", number=1, title="制造业",
                                                      paragraphs=[Paragraph(text="制造业回暖。")])])]),
                        Section(label="（二）", number=2, title="营商环境", paragraphs=[
                            Paragraph(text="表1 主要指标", kind="caption"),
                            Paragraph(text="注：数据为初步统计。", kind="note")]),
                    ]),
            Section(label="二、", number=2, title="社区报道", kind="article", kicker="聚焦民生",
                    subtitle="养老服务见实效", byline="记者 武钢",
                    paragraphs=[Paragraph(text="社区食堂开业。")]),
            Section(title="名词解释", kind="glossary"),
        ],
        glossary=[GlossaryTerm(number=1, term="三送进企业", definition="送政策、送健康、送文体活动进企业。")],
    )


def parts(data: bytes) -> dict[str, Any]:
    """The XML parts of a .docx, parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist()
                if name.endswith(".xml") or name.endswith(".rels")}


def style(styles: Any, name: str) -> Any:
    for element in styles.iter(q("w:style")):
        if element.find(q("w:name")).get(q("w:val")).lower() == name.lower():
            return element
    raise AssertionError(f"no style {name!r}")


def style_by_id(styles: Any, style_id: str) -> Any:
    return next(s for s in styles.iter(q("w:style")) if s.get(q("w:styleId")) == style_id)


def attr(element: Any, path: str, name: str) -> str | None:
    found = element.find(path, NS)
    return None if found is None else found.get(q(f"w:{name}"))


@pytest.fixture(scope="module")
def written() -> bytes:
    return gdocx.to_bytes(sample_report(), toc=True, figures=True)


@pytest.fixture(scope="module")
def xml(written: bytes) -> dict[str, Any]:
    return parts(written)


# ---- exact round trip ----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_own_docx_reads_back_exactly(report: Report) -> None:
    data = gdocx.to_bytes(report)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a stale-fingerprint warning would mean the visible text drifted
        back = gdocx.from_bytes(data)
    assert back == report
    assert back.model_dump() == report.model_dump()  # provenance comes back too


def test_round_trip_with_toc_figures_and_plain_style(written: bytes) -> None:
    report = sample_report()
    assert gdocx.from_bytes(written) == report
    assert gdocx.from_bytes(gdocx.to_bytes(report, style="plain")) == report


def test_write_and_read_paths_and_streams(tmp_path: Path) -> None:
    report = sample_report()
    target = tmp_path / "r.docx"
    govdoc.write_docx(report, target)
    assert govdoc.read_docx(target) == report
    with pytest.raises(OutputError):
        govdoc.write_docx(report, target)
    govdoc.write_docx(report, target, force=True)
    stream = io.BytesIO()
    gdocx.write_docx(report, stream)
    assert gdocx.read_docx(io.BytesIO(stream.getvalue())) == report
    assert gdocx.read_docx(stream.getvalue()) == report
    assert [p.name for p in tmp_path.iterdir()] == ["r.docx"]  # no temporary files left


# ---- GB/T 9704 layout in the XML -----------------------------------------------------------------


def test_page_size_margins_and_grid(xml: dict[str, Any]) -> None:
    sect = xml["word/document.xml"].find(".//w:body/w:sectPr", NS)
    mm = {k: int(v) / 20 * 25.4 / 72 for k, v in sect.find("w:pgMar", NS).attrib.items()
          if k.split("}")[1] in ("top", "bottom", "left", "right")}
    got = {k.split("}")[1]: v for k, v in mm.items()}
    for side, want in {"top": 37, "bottom": 35, "left": 28, "right": 26}.items():
        assert abs(got[side] - want) < 0.1, side
    size = sect.find("w:pgSz", NS)
    assert abs(int(size.get(q("w:w"))) / 20 * 25.4 / 72 - 210) < 0.1
    assert abs(int(size.get(q("w:h"))) / 20 * 25.4 / 72 - 297) < 0.1
    grid = sect.find("w:docGrid", NS)
    assert grid.get(q("w:type")) == "lines"
    assert 578 <= int(grid.get(q("w:linePitch"))) <= 580  # 225 mm / 22 lines = 28.95 pt


def test_fonts_sizes_and_indents(xml: dict[str, Any]) -> None:
    styles = xml["word/styles.xml"]
    expected = {"Title": ("方正小标宋简体", 44), "govdoc Body": ("仿宋_GB2312", 32),
                "Heading 1": ("黑体", 32), "Heading 2": ("楷体_GB2312", 32),
                "Heading 3": ("仿宋_GB2312", 32), "Heading 4": ("仿宋_GB2312", 32), "Footer": ("宋体", 28)}
    for name, (font, half_points) in expected.items():
        element = style(styles, name)
        assert attr(element, "w:rPr/w:rFonts", "eastAsia") == font, name
        assert attr(element, "w:rPr/w:sz", "val") == str(half_points), name
    body = style(styles, "govdoc Body")
    assert attr(body, "w:pPr/w:ind", "firstLine") == "640"  # 2 × 16 pt in twips
    assert attr(body, "w:pPr/w:ind", "firstLineChars") == "200"
    assert attr(body, "w:pPr/w:spacing", "lineRule") == "exact"
    assert attr(body, "w:pPr/w:spacing", "line") == "579"
    assert attr(body, "w:rPr/w:spacing", "val") == "-5"  # −0.25 pt: 28 characters per line
    assert attr(style(styles, "Normal"), "w:pPr/w:ind", "firstLine") == "0"  # Footer inherits Normal
    assert attr(style(styles, "Title"), "w:pPr/w:jc", "val") == "center"
    assert style(styles, "Title").find("w:pPr/w:pBdr", NS) is None
    for level in range(1, 10):
        assert attr(style(styles, f"Heading {level}"), "w:pPr/w:outlineLvl", "val") == str(level - 1)


def test_every_used_style_has_east_asian_font_and_no_theme_fonts(xml: dict[str, Any]) -> None:
    styles = xml["word/styles.xml"]
    used = {p.get(q("w:val")) for p in xml["word/document.xml"].iter(q("w:pStyle"))}
    used |= {r.get(q("w:val")) for r in xml["word/document.xml"].iter(q("w:rStyle"))}
    assert {"Heading1", "Heading2", "Heading3", "Heading4", "Title", "Caption"} <= used
    for style_id in used:
        element = style_by_id(styles, style_id)
        fonts = element.find("w:rPr/w:rFonts", NS)
        assert fonts is not None and fonts.get(q("w:eastAsia")), style_id
    for fonts in styles.iter(q("w:rFonts")):
        assert not any(fonts.get(q(f"w:{a}")) for a in THEME_ATTRS)
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(q("w:eastAsia")) == "zh-CN"


def test_headings_captions_and_blocks_use_their_styles(xml: dict[str, Any]) -> None:
    styles = xml["word/styles.xml"]
    names = {}
    for p in xml["word/document.xml"].iter(q("w:p")):
        style_el = p.find("w:pPr/w:pStyle", NS)
        text = "".join(t.text or "" for t in p.iter(q("w:t")))
        if style_el is not None and text:
            names[text] = style_by_id(styles, style_el.get(q("w:val"))).find(q("w:name")).get(q("w:val"))
    assert names["一、经济发展"] == "heading 1"
    assert names["1.工业"] == "heading 3"
    assert names["（1）制造业"] == "heading 4"
    assert names["表1 主要指标"] == "caption"
    assert names["东明路街道2023年工作报告"] == "Title"
    assert names["记者 武钢"] in ("govdoc Byline", "govdoc Author")
    assert names["1. 三送进企业：送政策、送健康、送文体活动进企业。"] == "govdoc Glossary"
    assert names["（一）区域规划战略引领。立足资源禀赋，统筹推进建设布局。"] == "govdoc Body"  # run-in
    assert names["2024年1月29日"] == "govdoc Signature"
    assert names["——东明路街道办事处"] == "Subtitle"
    metadata = xml["word/document.xml"].find(".//w:tbl", NS)
    assert [[t.text for t in tr.iter(q("w:t"))] for tr in metadata.findall("w:tr", NS)] == [
        ["索引号", "11310115MB2F13658N/2024-00012"], ["公开类别", "主动公开"], ["文号", "浦东明〔2024〕3号"]]


def test_page_numbers_odd_right_even_left(xml: dict[str, Any], written: bytes) -> None:
    assert xml["word/settings.xml"].find("w:evenAndOddHeaders", NS) is not None
    rels = xml["word/_rels/document.xml.rels"]
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sect = xml["word/document.xml"].find(".//w:body/w:sectPr", NS)
    footers = {ref.get(q("w:type")): xml["word/" + targets[ref.get(f"{{{NS_R}}}id")]]
               for ref in sect.findall("w:footerReference", NS)}
    assert set(footers) == {"default", "even"}
    for kind, align in (("default", "right"), ("even", "left")):
        p = footers[kind].find("w:p", NS)
        assert attr(p, "w:pPr/w:jc", "val") == align
        assert attr(p, "w:pPr/w:ind", "firstLine") == "0"
        assert attr(p, "w:pPr/w:ind", align) == "280"  # one 4号 character in from the edge
        instr = "".join(t.text for t in p.iter(q("w:instrText")))
        assert instr.strip() == "PAGE"
        texts = [t.text for t in p.iter(q("w:t"))]
        assert texts[0] == "— " and texts[-1] == " —"
    document = docx.Document(io.BytesIO(written))
    assert document.sections[0].footer.paragraphs[0].text == "— 1 —"


NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_core_properties(xml: dict[str, Any]) -> None:
    core = xml["docProps/core.xml"]
    assert core.find("dc:title", NS).text == "东明路街道2023年工作报告"
    assert core.find("dc:creator", NS).text == "东明路街道办事处"
    assert core.find("dc:subject", NS).text == "东明路街道办事处"
    assert core.find("dcterms:created", NS).text.startswith("2024-01-29")
    assert "经济发展" in core.find("cp:keywords", NS).text


def test_toc_field_and_figures_appendix(xml: dict[str, Any]) -> None:
    document = xml["word/document.xml"]
    sdt = document.find(".//w:sdt", NS)
    assert attr(sdt, "w:sdtPr/w:docPartObj/w:docPartGallery", "val") == "Table of Contents"
    assert "TOC \\o" in "".join(t.text for t in sdt.iter(q("w:instrText")))
    assert attr(xml["word/settings.xml"], "w:updateFields", "val") == "true"
    table = next(t for t in document.iter(q("w:tbl"))
                 if attr(t, "w:tblPr/w:tblCaption", "val") == "govdoc figures")
    rows = [["".join(t.text for t in tc.iter(q("w:t"))) for tc in tr.findall("w:tc", NS)]
            for tr in table.findall("w:tr", NS)]
    assert rows[0] == ["指标", "数值", "单位", "约数"]
    assert rows[1:] == [["引进企业", "139", "家", ""], ["经济发展", "345000000", "元", ""]]
    assert table.find("w:tr/w:trPr/w:tblHeader", NS) is not None


def test_plain_preset() -> None:
    xml = parts(gdocx.to_bytes(sample_report(), style=gdocx.PLAIN))
    styles = xml["word/styles.xml"]
    assert attr(style(styles, "govdoc Body"), "w:rPr/w:rFonts", "eastAsia") == "宋体"
    assert attr(style(styles, "govdoc Body"), "w:rPr/w:sz", "val") == "24"
    assert attr(style(styles, "Heading 1"), "w:rPr/w:b", "val") == "1"
    assert xml["word/settings.xml"].find("w:evenAndOddHeaders", NS) is None


def test_font_names_are_configurable() -> None:
    from dataclasses import replace

    mine = replace(gdocx.GBT9704, font_body="仿宋", font_headings=("黑体", "楷体"),
                   font_latin="Times New Roman")
    styles = parts(gdocx.to_bytes(sample_report(), style=mine))["word/styles.xml"]
    body = style(styles, "govdoc Body")
    assert attr(body, "w:rPr/w:rFonts", "eastAsia") == "仿宋"
    assert attr(body, "w:rPr/w:rFonts", "ascii") == "Times New Roman"
    assert attr(style(styles, "Heading 3"), "w:rPr/w:rFonts", "eastAsia") == "楷体"


def test_reference_docx_styles_win(tmp_path: Path) -> None:
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.size = docx.shared.Pt(20)
    heading.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "华文中宋")
    reference.add_paragraph("this text is dropped")
    path = tmp_path / "reference.docx"
    reference.save(str(path))
    data = gdocx.to_bytes(sample_report(), style=str(path))
    xml = parts(data)
    assert attr(style(xml["word/styles.xml"], "Heading 1"), "w:rPr/w:rFonts", "eastAsia") == "华文中宋"
    assert attr(style(xml["word/styles.xml"], "Heading 1"), "w:rPr/w:sz", "val") == "40"
    assert attr(style(xml["word/styles.xml"], "govdoc Body"), "w:rPr/w:rFonts", "eastAsia") == "仿宋_GB2312"
    assert "this text is dropped" not in etree.tostring(xml["word/document.xml"], encoding=str)
    assert gdocx.from_bytes(data) == sample_report()


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
    from govdoc.formats._docx_read import extract, open_document, restore

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


# ---- foreign files -------------------------------------------------------------------------------

FOREIGN = [
    ("title", "关于2023年工作情况的报告"),
    (1, "一、总体情况"),
    (None, "今年以来，街道坚持稳中求进，引进企业139家。"),
    (2, "（一）经济发展"),
    (None, "全年吸引内资3.45亿元，比上年增长5.2%。"),
    (2, "（二）社会治理"),
    (None, "完成旧区改造项目12个，惠及居民3000余户。"),
    (1, "二、下一步打算"),
    (None, "继续做好各项工作，推动社区治理再上新台阶。"),
]


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
    from govdoc.formats._docx_read import extract, open_document

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
    with pytest.raises(LimitError, match="MAX_COMPRESSION_RATIO"):
        gdocx.from_bytes(_zip(members))


def test_oversized_members_are_refused(written: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gdocx, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(LimitError, match="MAX_UNCOMPRESSED_BYTES"):
        gdocx.from_bytes(written)


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


def test_unknown_style_name_is_a_clear_error() -> None:
    with pytest.raises(govdoc.GovdocError, match="unknown style"):
        gdocx.to_bytes(sample_report(), style="fancy")


def test_reference_that_is_not_a_docx(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(FormatError):
        gdocx.to_bytes(sample_report(), style=bad)


def test_style_name_lookup_is_locale_independent() -> None:
    """Chinese Word stores heading styles with numeric IDs; the reader goes by name."""
    document = docx.Document()
    custom = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    custom.element.set(qn("w:styleId"), "1")
    document.add_paragraph("一、总体情况", style=custom)
    buffer = io.BytesIO()
    document.save(buffer)
    assert _lines(buffer.getvalue()) == [(1, "一、总体情况")]


# ---- automatic list numbering --------------------------------------------------------------------

_LIST = (
    f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
    '<w:suff w:val="nothing"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
    '<w:suff w:val="nothing"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
    "</w:abstractNum>"
)


def _add_list(document: Any) -> str:
    """Add a 一、/（一）/1. multilevel list to the document's numbering part; return its numId."""
    numbering = document.part.numbering_part.element
    abstract = etree.fromstring(_LIST)
    first_num = numbering.find(q("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(etree.fromstring(
        f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(p: Any, num_id: str, ilvl: int) -> None:
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(ilvl)), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    p._p.get_or_add_pPr().append(num_pr)


def test_automatic_list_numbers_become_labels() -> None:
    document = docx.Document()
    num_id = _add_list(document)
    for level, text in FOREIGN:
        if isinstance(level, int):
            _numbered(document.add_paragraph(text.split("、")[-1].split("）")[-1], style=f"Heading {level}"),
                      num_id, level - 1)
        else:
            document.add_paragraph(text, style="Title" if level == "title" else None)
    buffer = io.BytesIO()
    document.save(buffer)
    headings = [(level, text) for level, text in _lines_with_lists(buffer.getvalue()) if level]
    assert headings == [(level, text) for level, text in FOREIGN if isinstance(level, int)]
    report = gdocx.from_bytes(buffer.getvalue())
    assert [(label, title) for _, label, title in report.outline()] == [
        ("一、", "总体情况"), ("（一）", "经济发展"), ("（二）", "社会治理"), ("二、", "下一步打算")]


def _lines_with_lists(data: bytes) -> list[tuple[int | None, str]]:
    from govdoc.formats._docx_read import extract, open_document

    content = extract(open_document(data, None, gdocx._limits()), None)
    return [(line.level, line.text) for line in content.lines]


def test_reference_with_numbered_headings_does_not_number_twice(tmp_path: Path) -> None:
    reference = docx.Document()
    num_id = _add_list(reference)
    heading = reference.styles["Heading 1"].element
    num_pr = OxmlElement("w:numPr")
    child = OxmlElement("w:numId")
    child.set(qn("w:val"), num_id)
    num_pr.append(child)
    heading.get_or_add_pPr().insert(0, num_pr)
    path = tmp_path / "numbered.docx"
    reference.save(str(path))
    data = gdocx.to_bytes(sample_report(), style=path)
    document = parts(data)["word/document.xml"]
    heading_id = style(parts(data)["word/styles.xml"], "Heading 1").get(q("w:styleId"))
    first = next(p for p in document.iter(q("w:p")) if attr(p, "w:pPr/w:pStyle", "val") == heading_id)
    assert attr(first, "w:pPr/w:numPr/w:numId", "val") == "0"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert gdocx.from_bytes(data) == sample_report()


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


def test_output_is_deterministic(written: bytes) -> None:
    """Equal Reports give byte-equal files, in this process and in another one (fixed zip dates,
    the report's date as created/modified, a custom XML item ID derived from the content)."""
    import hashlib
    import subprocess
    import sys

    assert gdocx.to_bytes(sample_report(), toc=True, figures=True) == written
    code = ("import sys, hashlib; sys.path.insert(0, 'tests/formats'); from test_docx import sample_report; "
            "from govdoc.formats.docx import to_bytes; "
            "print(hashlib.sha256(to_bytes(sample_report(), toc=True, figures=True)).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2]).stdout.strip()
    assert out == hashlib.sha256(written).hexdigest()
    core = parts(written)["docProps/core.xml"]
    assert core.find("dcterms:modified", NS).text.startswith("2024-01-29")
    undated = Report(sections=[Section(title="总体情况", paragraphs=[Paragraph(text="全年引进企业139家。")])])
    assert parts(gdocx.to_bytes(undated))["docProps/core.xml"].find("dcterms:modified", NS) is None


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
