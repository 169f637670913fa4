"""The Word writer: GB/T 9704 page setup, styles and fonts, page numbers, properties, presets."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

import govdoc
from govdoc.errors import FormatError
from govdoc.formats import docx as gdocx
from govdoc.model import Metric, Paragraph, Report, Section

from .helpers import NS, THEME_ATTRS, attr, parts, q, sample_report, style, style_by_id

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
    for row in ("索引号：11310115MB2F13658N/2024-00012", "公开类别：主动公开", "文号：浦东明〔2024〕3号"):
        assert names[row] == "govdoc Meta"  # as in the PDF: one line per field


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


def test_a_range_in_the_figures_appendix_reads_low_to_high() -> None:
    """A range's value is its upper bound and value_min its lower: the appendix prints them "low–high"."""
    ranged = Metric(text="3-5万元", start=2, end=7, value=Decimal(50000), value_min=Decimal(30000), unit="元",
                    kind="money", currency="CNY", indicator="补贴")
    report = Report(sections=[Section(title="补贴", paragraphs=[Paragraph(text="补贴3-5万元。", metrics=[ranged])])])
    document = parts(gdocx.to_bytes(report, figures=True))["word/document.xml"]
    table = next(t for t in document.iter(q("w:tbl")) if attr(t, "w:tblPr/w:tblCaption", "val") == "govdoc figures")
    rows = [["".join(t.text for t in tc.iter(q("w:t"))) for tc in tr.findall("w:tc", NS)]
            for tr in table.findall("w:tr", NS)]
    assert rows[1:] == [["补贴", "30000–50000", "元", ""]]


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


def test_unknown_style_name_is_a_clear_error() -> None:
    with pytest.raises(govdoc.GovdocError, match="unknown style"):
        gdocx.to_bytes(sample_report(), style="fancy")


def test_reference_that_is_not_a_docx(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(FormatError):
        gdocx.to_bytes(sample_report(), style=bad)


def test_output_is_deterministic(written: bytes) -> None:
    """Equal Reports give byte-equal files, in this process and in another one (fixed zip dates,
    the report's date as created/modified, a custom XML item ID derived from the content)."""
    import hashlib
    import subprocess
    import sys

    assert gdocx.to_bytes(sample_report(), toc=True, figures=True) == written
    code = ("import sys, hashlib; sys.path.insert(0, '.'); from tests.formats.docx.helpers import sample_report; "
            "from govdoc.formats.docx import to_bytes; "
            "print(hashlib.sha256(to_bytes(sample_report(), toc=True, figures=True)).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[3]).stdout.strip()
    assert out == hashlib.sha256(written).hexdigest()
    core = parts(written)["docProps/core.xml"]
    assert core.find("dcterms:modified", NS).text.startswith("2024-01-29")
    undated = Report(sections=[Section(title="总体情况", paragraphs=[Paragraph(text="全年引进企业139家。")])])
    assert parts(gdocx.to_bytes(undated))["docProps/core.xml"].find("dcterms:modified", NS) is None


def _runs(data: bytes) -> list[tuple[str, str | None, Any]]:
    """Every paragraph's text with its paragraph style name and its first run's character style."""
    xml = parts(data)
    styles = xml["word/styles.xml"]
    out = []
    for p in xml["word/document.xml"].iter(q("w:p")):
        text = "".join(t.text or "" for t in p.iter(q("w:t")))
        style_el = p.find("w:pPr/w:pStyle", NS)
        name = style_by_id(styles, style_el.get(q("w:val"))).find(q("w:name")).get(q("w:val")) if style_el is not None \
            else None
        run_style = p.find("w:r/w:rPr/w:rStyle", NS)
        out.append((text, name, style_by_id(styles, run_style.get(q("w:val"))) if run_style is not None else None))
    return out


@pytest.mark.parametrize("part", [True, False], ids=["under-a-part", "top-level"])
def test_heading_fonts_follow_the_label_family_not_the_depth(part: bool) -> None:
    deepest = Section(label="（1）", number=1, title="制造业", paragraphs=[Paragraph(text="回暖。")])
    tree = Section(label="一、", number=1, title="经济发展", children=[
        Section(label="（一）", number=1, title="招商", children=[Section(label="1.", number=1, title="工业",
                                                                         children=[deepest])])])
    top = [Section(label="第一部分", number=1, title="回顾", kind="part", children=[tree])] if part else [tree]
    fonts = {}
    for text, _, run_style in _runs(gdocx.to_bytes(Report(sections=top))):
        if run_style is not None:
            fonts[text] = run_style.find("w:rPr/w:rFonts", NS).get(q("w:eastAsia"))
    assert fonts["一、经济发展"] == "黑体"
    assert fonts["（一）招商"] == "楷体_GB2312"
    assert fonts["1.工业"] == fonts["（1）制造业"] == "仿宋_GB2312"
    if part:
        assert fonts["第一部分 回顾"] == "黑体"


def test_punctuation_is_printed_full_width_unless_asked_not_to() -> None:
    import dataclasses

    report = Report(sections=[Section(label="(一)", number=1, title="经济发展",
                                      paragraphs=[Paragraph(text="增长5.2%,比上年(含新增)多3,000人:好")])])
    texts = [text for text, _, _ in _runs(gdocx.to_bytes(report))]
    assert "（一）经济发展" in texts and "增长5.2%，比上年（含新增）多3,000人：好" in texts
    as_is = dataclasses.replace(gdocx.GBT9704, punctuation="as-is")
    texts = [text for text, _, _ in _runs(gdocx.to_bytes(report, style=as_is))]
    assert "(一)经济发展" in texts and "增长5.2%,比上年(含新增)多3,000人:好" in texts
    assert gdocx.from_bytes(gdocx.to_bytes(report)) == report  # the data keeps its own punctuation


def test_nothing_is_printed_twice(written: bytes) -> None:
    texts = [text for text, _, _ in _runs(written)]
    assert texts.count("记者 武钢") == 1  # the article's byline; the same author is not repeated on top
    assert sum("社区" in t and "晨报" in t for t in texts) <= 1
    assert "——养老服务见实效" in texts and "——东明路街道办事处" in texts  # subtitles keep their dash


def test_article_headlines_are_centred_and_headings_not_justified(xml: dict[str, Any]) -> None:
    body = xml["word/document.xml"]
    headline = next(p for p in body.iter(q("w:p")) if "".join(t.text or "" for t in p.iter(q("w:t"))) == "二、社区报道")
    assert attr(headline, "w:pPr/w:jc", "val") == "center"
    for level in range(1, 5):
        assert attr(style(xml["word/styles.xml"], f"heading {level}"), "w:pPr/w:jc", "val") == "left"


def test_tables_are_three_line_tables_with_merged_cells() -> None:
    from govdoc.model import Cell, Table

    table = Table(unit="单位：万人",
                  header=[[Cell(text="指标", rowspan=2), Cell(text="年末数", colspan=2)],
                          [Cell(text="城镇"), Cell(text="乡村")]],
                  rows=[[Cell(text="全市"), Cell(text="500.1"), Cell(text="112.3")], [Cell(text="其中：城镇")]],
                  notes=["注：初步统计。"], position=1)
    captioned = Report(preamble=[Paragraph(text="表1 年末常住人口", kind="caption")], preamble_tables=[table])
    data = gdocx.to_bytes(captioned)
    body = parts(data)["word/document.xml"].find("w:body", NS)
    tbl = body.find("w:tbl", NS)
    borders = tbl.find("w:tblPr/w:tblBorders", NS)
    assert [(b.tag.split("}")[1], b.get(q("w:val")), b.get(q("w:sz"))) for b in borders] == [
        ("top", "single", "12"), ("left", "nil", None), ("bottom", "single", "12"), ("right", "nil", None),
        ("insideH", "nil", None), ("insideV", "nil", None)]
    rows = tbl.findall("w:tr", NS)
    assert [r.find("w:trPr/w:tblHeader", NS) is not None for r in rows] == [True, True, False, False]
    first = rows[0].findall("w:tc", NS)
    assert attr(first[0], "w:tcPr/w:vMerge", "val") == "restart" and attr(first[1], "w:tcPr/w:gridSpan", "val") == "2"
    second = rows[1].findall("w:tc", NS)
    assert second[0].find("w:tcPr/w:vMerge", NS) is not None and attr(second[0], "w:tcPr/w:vMerge", "val") is None
    assert all(attr(tc, "w:tcPr/w:tcBorders/w:bottom", "sz") == "6" for tc in second)  # the rule under the header
    assert attr(rows[3].findall("w:tc", NS)[-1], "w:tcPr/w:gridSpan", "val") == "2"  # a short row is filled
    texts = [text for text, _, _ in _runs(data)]
    assert texts[:2] == ["表1 年末常住人口", "单位：万人"] and texts[-1] == "注：初步统计。"
    assert gdocx.from_bytes(data) == captioned
