"""Shared by the PDF tests: a several-page sample report, extractors of the text layer, poppler."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from govdoc.fonts import fc_list_fonts
from govdoc.formats import layout as lay
from govdoc.model import GlossaryTerm, Meta, Paragraph, Report, Section

MM = 72 / 25.4
HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
HAVE_CJK_FONTS = bool(fc_list_fonts())
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils is not installed")
needs_fonts = pytest.mark.skipif(not HAVE_CJK_FONTS, reason="no Chinese system fonts (fonts-arphic-gbsn00lp ...)")

LONG = ("全年全市地区生产总值达到12345.67亿元，比上年增长5.2％。坚持“稳中求进”工作总基调，"
        "完善《规划》（试行）要求；推进GDP growth高质量发展：一网通办、一网统管——两张网建设成效明显！"
        "城运中心……各项指标（含新增）均达到预期？")


def sample_report() -> Report:
    """A report with every element the PDF writer knows: several pages long."""
    body = [Paragraph(text=LONG * 2) for _ in range(3)]
    return Report(
        meta=Meta(title="关于2024年度全市国民经济和社会发展的统计公报", issuer="某某市统计局",
                  date=dt.date(2025, 3, 15)),
        preamble=[Paragraph(text="2024年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。")],
        sections=[
            Section(label="一、", number=1, title="综合", paragraphs=body, children=[
                Section(label="（一）", number=1, title="经济增长", run_in=True,
                        paragraphs=[Paragraph(text=LONG), Paragraph(text="表1 主要经济指标", kind="caption")],
                        children=[Section(label="1.", number=1, title="工业", paragraphs=[Paragraph(text=LONG)],
                                          children=[Section(label="（1）", number=1, title="规模以上工业",
                                                            paragraphs=[Paragraph(text=LONG * 3)])])]),
                Section(label="（二）", number=2, title="社会发展", paragraphs=[Paragraph(text=LONG * 2)]),
            ]),
            Section(label="二、", number=2, title="社区晨报", children=[
                Section(title="旧区改造换档加速", kind="article", byline="记者 武钢",
                        paragraphs=[Paragraph(text=LONG * 2), Paragraph(text="图1 旧区改造现场", kind="caption")]),
            ]),
            Section(title="名词解释", kind="glossary"),
        ],
        glossary=[GlossaryTerm(number=1, term="三送进企业", definition="送政策、送健康、送文体活动进企业。"),
                  GlossaryTerm(number=2, term="地区生产总值",
                               definition="指本地区所有常住单位在一定时期内生产活动的最终成果。")],
    )


def squash(text: str) -> str:
    return "".join(text.split())


def elements(report: Report) -> list[str]:
    """Every text the layout prints, in reading order (what must be found in the text layer)."""
    return list(lay.walk_text(lay.layout(report, punctuation="fullwidth")))


def printed(report: Report) -> str:
    """The text the PDF of ``report`` shows, whitespace left out (page numbers aside)."""
    return squash("".join(elements(report)))


def pypdf_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    # boxes_flow=None: reading order by position (the default flow may put a centred caption late)
    return str(extract_text(io.BytesIO(data), laparams=LAParams(boxes_flow=None)))
def pdffonts(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni id gen
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows

def bbox_pages(path: Path) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Pages as (width, height, lines), every line as (x0, y0, x1, y1, text) in points from the top."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for match in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        lines = []
        for line in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
                                match.group(3), re.S):
            words = re.findall(r"<word[^>]*>(.*?)</word>", line.group(5))
            lines.append((*(float(line.group(i)) for i in range(1, 5)), "".join(words)))
        pages.append((float(match.group(1)), float(match.group(2)), lines))
    return pages

def make_cff_font(path: Path, chars: str) -> None:
    """A small OpenType/CFF font with a box glyph for every character (stands in for Noto SC)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    chars_sorted = sorted(set(chars) | set(" 0123456789—〓"))
    names = [".notdef"] + [f"u{ord(c):05X}" for c in chars_sorted]
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): n for c, n in zip(chars_sorted, names[1:], strict=True)})
    strings = {}
    for name, ch in zip(names, ["", *chars_sorted], strict=True):
        pen = T2CharStringPen(1000, None)
        if not ch.isspace():
            pen.moveTo((100, -100))
            pen.lineTo((100, 800))
            pen.lineTo((900, 800))
            pen.lineTo((900, -100))
            pen.closePath()
        strings[name] = pen.getCharString()
    builder.setupCFF("FakeSerifSC-Regular", {"FullName": "Fake Serif SC"}, strings, {})
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Fake Serif SC", "styleName": "Regular", "psName": "FakeSerifSC-Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120, fsType=0)
    builder.setupPost()
    builder.save(str(path))
