"""Word's automatic list numbering read back as the labels a reader sees."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from govdoc.formats import docx as gdocx

from .helpers import FOREIGN, W, attr, parts, q, sample_report, style

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
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract

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
