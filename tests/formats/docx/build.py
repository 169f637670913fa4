"""Word files for the reader tests, built with python-docx and a little raw WordprocessingML.

:class:`Para` and :class:`Grid` describe what a test wants in a body (a paragraph with its style,
indentation, bold, alignment, breaks; a table with merged regions); :func:`build` writes them as
a .docx. The reader tests read the file back and compare the lines with the description.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .helpers import FOREIGN


@dataclass(frozen=True)
class Para:
    """A paragraph: ``first_chars`` is the first-line indent in characters (``w:firstLineChars``),
    ``blanks`` the empty paragraphs written before it, ``break_before`` a ``w:br w:type="page"``
    before its text, ``break_after`` one after it."""

    text: str
    style: str | None = None
    first_chars: float = 0.0
    bold: bool | None = None
    jc: str | None = None
    blanks: int = 0
    break_before: bool = False
    break_after: bool = False
    page_break_before: bool = False
    outline: int | None = None


@dataclass(frozen=True)
class Region:
    """A merged region of a grid: top-left cell (row, col) and its size."""

    row: int
    col: int
    rows: int = 1
    cols: int = 1


@dataclass
class Grid:
    """A table of ``rows`` × ``cols`` whose cells are the given regions (the rest single cells);
    ``texts`` maps a region's top-left (row, col) to its text; ``header_rows`` are marked
    ``w:tblHeader``; ``bold_rows`` have every run bold."""

    rows: int
    cols: int
    regions: list[Region] = field(default_factory=list)
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    header_rows: int = 0
    bold_rows: frozenset[int] = frozenset()


def _set(parent: Any, tag: str, **attrs: str) -> Any:
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.append(element)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _page_break(paragraph: Any) -> None:
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    paragraph.add_run()._r.append(br)


def add_paragraph(document: Any, para: Para) -> None:
    """Write one :class:`Para` (and its blank paragraphs) at the end of the body."""
    for _ in range(para.blanks):
        document.add_paragraph("")
    p = document.add_paragraph(style=para.style)
    if para.break_before:
        _page_break(p)
    run = p.add_run(para.text)
    if para.bold is not None:
        b = _set(run._r.get_or_add_rPr(), "w:b")
        b.set(qn("w:val"), "1" if para.bold else "0")
    if para.break_after:
        _page_break(p)
    ppr = p._p.get_or_add_pPr()
    if para.page_break_before:
        _set(ppr, "w:pageBreakBefore")
    if para.first_chars:
        _set(ppr, "w:ind", firstLineChars=str(round(para.first_chars * 100)))
    if para.jc is not None:
        _set(ppr, "w:jc", val=para.jc)
    if para.outline is not None:
        _set(ppr, "w:outlineLvl", val=str(para.outline))


def add_grid(document: Any, grid: Grid) -> None:
    """Write one :class:`Grid` at the end of the body, its regions merged the way Word merges cells."""
    table = document.add_table(rows=grid.rows, cols=grid.cols)
    starts = {(r.row, r.col): r for r in grid.regions}
    covered = {(r.row + i, r.col + j) for r in grid.regions for i in range(r.rows) for j in range(r.cols)}
    for row in range(grid.rows):
        for col in range(grid.cols):
            if (row, col) not in covered:
                starts[(row, col)] = Region(row, col)
    cells = {key: table.cell(*key) for key in starts}  # before merging: merges remove cells
    for (row, col), region in starts.items():
        cell = cells[(row, col)]
        if region.rows > 1 or region.cols > 1:
            cell = cell.merge(table.cell(row + region.rows - 1, col + region.cols - 1))
        text = grid.texts.get((row, col), "")
        cell.paragraphs[0].text = text
        if row in grid.bold_rows:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for index, tr in enumerate(table._tbl.tr_lst):
        if index < grid.header_rows:
            _set(tr.get_or_add_trPr(), "w:tblHeader")


def build(*items: Para | Grid, document: Any | None = None) -> bytes:
    """A .docx holding ``items`` in order (in ``document`` if given, else a new python-docx document)."""
    document = document if document is not None else docx.Document()
    for item in items:
        if isinstance(item, Para):
            add_paragraph(document, item)
        else:
            add_grid(document, item)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def foreign_docx(how: str) -> bytes:
    """The FOREIGN report as someone else's .docx: headings by English or Chinese style names, by
    outline levels, or ("none") as plain paragraphs."""
    document = docx.Document()
    if how == "chinese":
        for level in (1, 2):
            document.styles[f"Heading {level}"].name = f"标题 {level}"
        document.styles["Title"].name = "标题"
    for level, text in FOREIGN:
        if level == "title":
            document.add_paragraph(text, style={"chinese": "标题", "none": None}.get(how, "Title"))
        elif level is None:
            document.add_paragraph(text)
        elif how == "english":
            document.add_paragraph(text, style=f"Heading {level}")
        elif how == "chinese":
            document.add_paragraph(text, style=f"标题 {level}")
        else:
            p = document.add_paragraph(text)
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            p._p.get_or_add_pPr().append(outline)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read_lines(data: bytes) -> list[Any]:
    """The reader's lines (body and notes) of a .docx."""
    from govdoc.formats import docx as gdocx
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract

    return extract(open_document(data, None, gdocx._limits()), None).source_lines()
